"""Compare two figures of the same measure, with their bounds and time windows.

The ledger's vocabulary: ``corroborates`` (close values), ``consistent`` (bounds overlap but the
precision differs), ``conflicts`` (incompatible for the same window), ``updates`` (a later,
larger figure for a cumulative measure). Each verdict comes with one sentence of arithmetic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date
from typing import Optional

# Relative slack around a figure: an approximate or vague figure is not a point.
_TOLERANCE = {"exact": 0.02, "approx": 0.10, "vague": 0.10, "average": 0.05, "range": 0.02,
              "at_least": 0.0, "more_than": 0.0, "at_most": 0.0, "less_than": 0.0, "up_to": 0.0}
CLOSE = 0.10


@dataclass(frozen=True)
class Estimate:
    """A figure as the comparison sees it."""

    id: str
    document: str
    low: Optional[float]
    high: Optional[float]
    qualifier: str
    window: tuple[Optional[date], Optional[date]]  # what the figure covers
    as_of: Optional[date]  # when it was stated (document date or window end)
    # The day its article reports, when the figure's own window is unknown: not a window to
    # compare values on, only to tell a day's count from a total over a span.
    day: Optional[date] = None
    # Set aside by its article for a later figure of its own (``Quantity.set_aside``).
    set_aside: bool = False


def fmt(v: Optional[float]) -> str:
    if v is None:
        return "∞"
    if abs(v) < 10 and not float(v).is_integer():
        return f"{v:.2f}"
    return f"{v:,.0f}".replace(",", " ")


def describe(e: Estimate) -> str:
    if e.low is not None and e.high is not None:
        return fmt(e.low) if e.low == e.high else f"{fmt(e.low)}–{fmt(e.high)}"
    if e.low is not None:
        return f"≥ {fmt(e.low)}"
    return f"≤ {fmt(e.high)}"


def bounds(e: Estimate) -> tuple[float, float]:
    tol = _TOLERANCE.get(e.qualifier, 0.02)
    # The slack is a share of the figure's size, below zero as above ("-0,3 %").
    lo = -math.inf if e.low is None else e.low - abs(e.low) * tol
    hi = math.inf if e.high is None else e.high + abs(e.high) * tol
    return lo, hi


def _point(e: Estimate) -> Optional[float]:
    if e.low is None or e.high is None:
        return None
    if e.high - e.low > abs(e.low) * CLOSE * 2:
        return None  # a wide range is not a point estimate
    return (e.low + e.high) / 2


# Two days' states a later one updates lie at most this many days apart.
STATE_DAYS = 14


def _state_days(a: Estimate, b: Estimate) -> Optional[tuple[date, date]]:
    """The days of two figures of a state, each of one day (its own, else the one its article
    reports), when they are other days at most ``STATE_DAYS`` apart; else None."""
    days = []
    for e in (a, b):
        if None not in e.window:
            if e.window[0] != e.window[1]:
                return None
            days.append(e.window[0])
        else:
            days.append(_framed(e))
    if None in days or not 0 < abs((days[0] - days[1]).days) <= STATE_DAYS:  # type: ignore[operator]
        return None
    return days[0], days[1]  # type: ignore[return-value]


def _windows_overlap(a: Estimate, b: Estimate) -> bool:
    a0, a1 = a.window
    b0, b1 = b.window
    if None in (a0, a1, b0, b1):
        return True  # an unknown window cannot be told apart
    return a0 <= b1 and b0 <= a1  # type: ignore[operator]


# The day an article reports is told loosely ("dans la nuit de mardi à mercredi"): a window of
# a figure's own this many days from it may still be that day's.
FRAME_SLACK = 2


def _framed(e: Estimate) -> Optional[date]:
    """The day its article reports, when ``e`` has no window of its own, else None."""
    return e.day if None in e.window else None


def another_day(a: Estimate, b: Estimate) -> bool:
    """Whether one figure, of no window of its own, is of a day its article reports that lies
    further than ``FRAME_SLACK`` days from the other's own window: the protest a week before
    ("il y a une semaine, 900 véhicules") is not today's ("1 450 taxis")."""
    for framed, other in ((a, b), (b, a)):
        day, (start, end) = _framed(framed), other.window
        if day is not None and start is not None and end is not None \
                and max((start - day).days, (day - end).days) > FRAME_SLACK:
            return True
    return False


def framed_apart(a: Estimate, b: Estimate) -> bool:
    """Whether two figures, neither of a window of its own, are of days their articles report
    more than ``FRAME_SLACK`` days apart: "quatre trains par heure" on one strike day and "une
    douzaine" on the next are two days' states, no revision nor contradiction of each other."""
    days = _framed(a), _framed(b)
    return None not in days and abs((days[0] - days[1]).days) > FRAME_SLACK  # type: ignore[operator]


def _same_window(a: Estimate, b: Estimate) -> bool:
    return None not in a.window and a.window == b.window


# A figure whose window ended this long before its article was written recalls a past
# occurrence ("le séisme de 2012 avait fait plus de 300 morts"): it is no step of a running toll.
RECALL_DAYS = 180


# How long before the other's period began a figure told later must have ended to be of
# another, earlier period.
EARLIER_PERIOD_DAYS = 31


def _of_an_earlier_period(a: Estimate, b: Estimate) -> bool:
    """Whether the figure told later is of a period that ended before the other's began: "1 384
    mineurs ont perdu la vie entre 2014 et 2032", told a week after an explosion's toll of
    March 2033, is no step of that toll."""
    earlier, later = _ordered(a, b)
    # (By more than a month: a toll's day read a few days off, "depuis le passage du cyclone le
    # 7 mars", still tells that toll.)
    return later.window[1] is not None and earlier.window[0] is not None \
        and (earlier.window[0] - later.window[1]).days > EARLIER_PERIOD_DAYS


def _recalls_the_past(e: Estimate) -> bool:
    end = e.window[1]
    return end is not None and e.as_of is not None and (e.as_of - end).days > RECALL_DAYS


# Readings on a scale are told to a fixed precision, not to a share of their size: a
# magnitude of 7,1 against 6,9 is a disagreement between two institutes, though 3 % apart.
SCALE_PRECISION = {"magnitude": 0.05}
# Shares told in percent corroborate within CLOSE of each other and within this many points:
# a turnout of 63,1 % and one of 66,7 % are two constituencies', not one estimate, though 5 %
# apart; 2,2 % and 2,3 % of inflation are held to CLOSE alone.
POINTS = {"percent": 2.0}


def compare(a: Estimate, b: Estimate, cumulative: bool, never_falls: bool = True,
            steps: bool = True, precision: Optional[float] = None,
            points: Optional[float] = None, state: bool = False, one_scope: bool = True) -> Optional[tuple[str, str]]:
    """(relation, explanation) between two estimates of one measure, or None if unrelated.
    ``never_falls`` (for a cumulative measure): a later, smaller figure is a contradiction
    (a toll), else an update (the firefighters still on duty two days later). Without
    ``steps`` (an increment against a total), neither is a step of the other: they may agree,
    never update one another. ``precision``: the absolute precision of a reading on a scale,
    which replaces the relative tolerances; ``points``: the largest gap, in the unit, of two
    figures that corroborate each other besides the relative one (shares in percent). ``state``:
    the measure is a state told for a day (a share of stations dry, a price), so that of a later
    day, told a few days on, updates that of an earlier one when it differs and ``one_scope`` holds
    (both of one place: Brittany's share is no state before Provence's)."""
    days = _state_days(a, b) if state and not cumulative else None
    if days is not None:
        (earlier, first), (later, then) = sorted(((a, days[0]), (b, days[1])), key=lambda p: p[1])
        lo, hi = bounds(earlier)
        if one_scope and not (lo <= bounds(later)[1] and bounds(later)[0] <= hi):
            return "updates", f"{describe(later)} on {then} is the state after {describe(earlier)} on {first}"
        return None  # the same state on two days: neither confirms the other
    if not _windows_overlap(a, b) and (not cumulative or _recalls_the_past(a) or _recalls_the_past(b)
                                       or _of_an_earlier_period(a, b)):
        return None  # a rate in 2023 and a rate in 2024 are different facts; so are two earthquakes
    if precision is not None:
        return _on_a_scale(a, b, precision)
    pa, pb = _point(a), _point(b)
    if pa is not None and pb is not None:
        gap = abs(pa - pb) / max(abs(pa), abs(pb), 1e-9)
        if gap <= CLOSE and (points is None or abs(pa - pb) <= points):
            return "corroborates", f"{describe(a)} and {describe(b)} differ by {gap:.0%}, within {CLOSE:.0%}"
    if a.high is None and b.high is None and a.low and b.low:
        gap = abs(a.low - b.low) / max(abs(a.low), abs(b.low))
        if gap <= CLOSE and (points is None or abs(a.low - b.low) <= points):
            return "corroborates", f"both give a lower bound: {describe(a)} and {describe(b)} ({gap:.0%} apart)"
    if a.low is None and b.low is None and a.high and b.high:
        gap = abs(a.high - b.high) / max(abs(a.high), abs(b.high))
        if gap <= CLOSE and (points is None or abs(a.high - b.high) <= points):
            return "corroborates", f"both give an upper bound: {describe(a)} and {describe(b)} ({gap:.0%} apart)"
    alo, ahi = bounds(a)
    blo, bhi = bounds(b)
    if alo <= bhi and blo <= ahi:
        lo, hi = max(alo, blo), min(ahi, bhi)
        return "consistent", (f"{describe(a)} and {describe(b)} overlap on "
                              f"{fmt(None if lo == -math.inf else lo)}–{fmt(None if hi == math.inf else hi)}"
                              .replace("∞–", "up to ").replace("–∞", " or more"))
    # Disjoint values.
    earlier, later = _ordered(a, b)
    if cumulative and steps and not _same_window(a, b) and earlier.as_of and later.as_of \
            and earlier.as_of < later.as_of and not _other_span(earlier, later):
        if bounds(later)[0] > bounds(earlier)[1]:
            return _grew(earlier, later)
        if not never_falls:
            # Fewer on a later day: people came back, crews left. The later count is the
            # current one, and updates the earlier.
            return "updates", (f"a running count fell from {describe(earlier)} ({earlier.as_of}) "
                               f"to {describe(later)} ({later.as_of})")
        return "conflicts", (f"a cumulative figure cannot fall from {describe(earlier)} ({earlier.as_of}) "
                             f"to {describe(later)} ({later.as_of})")
    if _windows_overlap(a, b) and not different_spans(a, b) and not another_day(a, b) and not framed_apart(a, b):
        return "conflicts", f"{describe(a)} and {describe(b)} do not overlap for the same period"
    return None  # a day's count and a month's, or two periods: no contradiction


def told_before_the_other(a: Estimate, b: Estimate) -> bool:
    """Whether one figure, of no known period, was told before the other's known period began:
    it cannot be about that period (an observation tells of its day or before). The ministry's
    strike rate of 16 November, its day left unsaid, is no estimate of the strike of the 30th."""
    for x, y in ((a, b), (b, a)):
        if x.window == (None, None) and x.as_of is not None and y.window[0] is not None and x.as_of < y.window[0]:
            return True
    return False


def _on_a_scale(a: Estimate, b: Estimate, precision: float) -> tuple[str, str]:
    """Two readings on a scale: the same to its precision, within each other's bounds, or not."""
    lo = [(-math.inf if e.low is None else e.low - precision) for e in (a, b)]
    hi = [(math.inf if e.high is None else e.high + precision) for e in (a, b)]
    if _point(a) is not None and _point(b) is not None and abs(_point(a) - _point(b)) <= precision:  # type: ignore[operator]
        return "corroborates", f"{describe(a)} and {describe(b)} are one reading to ±{precision:g}"
    if lo[0] <= hi[1] and lo[1] <= hi[0]:
        return "consistent", f"{describe(a)} and {describe(b)} overlap to ±{precision:g}"
    return "conflicts", f"{describe(a)} and {describe(b)} differ beyond ±{precision:g}"


def far_apart(a: Estimate, b: Estimate) -> bool:
    """Whether two known periods lie further apart than the count of one occurrence is
    followed: two summers' fires in one valley are two fires. (A state's campaign, its troops
    sent or its shells delivered, is followed for years: the caller decides.)"""
    if None not in a.window and None not in b.window:
        gap = max(a.window[0] - b.window[1], b.window[0] - a.window[1])  # type: ignore[operator]
        return gap.days > RECALL_DAYS
    for known, other in ((a, b), (b, a)):
        # A period that ended long before the other figure was told, its own period unsaid: the
        # other is of its own time ("l'île avait recensé onze décès en 2026" against "Santé
        # publique France en recense onze", told in 2028).
        if known.window[1] is not None and other.window == (None, None) and other.as_of is not None \
                and (other.as_of - known.window[1]).days > RECALL_DAYS:
            return True
    # A period unknown: when each was stated.
    return a.as_of is not None and b.as_of is not None and abs((a.as_of - b.as_of).days) > RECALL_DAYS


def _ordered(a: Estimate, b: Estimate) -> tuple[Estimate, Estimate]:
    return (a, b) if (a.as_of or date.min) <= (b.as_of or date.min) else (b, a)


def revision(a: Estimate, b: Estimate, cumulative: bool, one_origin: bool,
             independent: bool) -> Optional[tuple[str, str]]:
    """("updates", explanation) when the later of two statements revises the earlier one, else
    None: the same origin giving another value later for the same thing (the statistics
    office's final figure after its first estimate, a ministry's new toll), or, for a count
    that only grows, a larger figure stated later by a source not shown to be independent (a
    toll that rises from 150 to 240). A figure restated later for an earlier day ("le 6 novembre,
    1,2 million") is no revision; two independent close estimates corroborate each other."""
    pair = revisable(a, b, cumulative)
    if pair is None:
        return None
    earlier, later = pair
    if one_origin and _point(earlier) is not None and _point(later) is not None:
        if earlier.as_of == later.as_of:
            # The ministry's strike rate at midday, then for the whole day: a revision, though
            # which came first the dates do not tell.
            return "updates", (f"the same origin gave {describe(earlier)} and {describe(later)} for the same day "
                               f"({later.as_of}): a revision")
        return "updates", (f"the same origin gave {describe(later)} ({later.as_of}) after "
                           f"{describe(earlier)} ({earlier.as_of})")
    if earlier.as_of == later.as_of:
        return None
    if one_origin and earlier.high is None and later.high is None and earlier.low is not None \
            and later.low is not None and later.low != earlier.low:
        # One origin's floor told again higher or lower later ("au moins 870 morts", a week on
        # "au moins 893"): its new floor, no second estimate.
        return "updates", (f"the same origin gave {describe(later)} ({later.as_of}) after "
                           f"{describe(earlier)} ({earlier.as_of})")
    # A floor ("au moins 23 morts") is not outgrown by a figure above it (27): they are consistent.
    if cumulative and not independent and earlier.high is not None and later.low is not None \
            and later.low > earlier.high and not _other_span(earlier, later):
        return _grew(earlier, later)
    return None


def revisable(a: Estimate, b: Estimate, cumulative: bool) -> Optional[tuple[Estimate, Estimate]]:
    """(earlier, later) when the later statement may revise the earlier one, whoever gave
    them (``revision`` then asks about their origins), else None."""
    earlier, later = _ordered(a, b)
    if not (earlier.as_of and later.as_of and earlier.as_of <= later.as_of):
        return None
    if earlier.as_of == later.as_of and (a.document == b.document or different_spans(a, b) or another_day(a, b)):
        return None  # told the same day: only a second article's figure for the very same day
    if later.window[1] is not None and later.window[1] < (earlier.window[1] or earlier.as_of):
        return None  # restated for an earlier day than the earlier statement's
    if not _windows_overlap(a, b) and (not cumulative or _other_span(earlier, later)):
        return None  # another period: March's rate or arrivals are no first estimate of April's
    if not cumulative and framed_apart(a, b):
        return None  # a state of the day its article reports (trains an hour, a crowd), a week apart: two days
    if (earlier.low, earlier.high) == (later.low, later.high):
        return None
    return earlier, later


def _grew(earlier: Estimate, later: Estimate) -> tuple[str, str]:
    return "updates", (f"a cumulative figure grew from {describe(earlier)} ({earlier.as_of}) "
                       f"to {describe(later)} ({later.as_of})")


def _other_span(a: Estimate, b: Estimate) -> bool:
    """Whether two counts cover different kinds of span: the two are known, and they neither
    start on the same day (two totals "since January") nor are both one day (two tolls as of
    their day). A weekend's arrivals against the year's are not one running count."""
    framed = _framed(a), _framed(b)
    # (A day's count, of the day its article reports.)
    a, b = (replace(e, window=(day, day)) if day is not None else e for e, day in zip((a, b), framed))
    if None in a.window or None in b.window:
        return False
    a_day, b_day = a.window[0] == a.window[1], b.window[0] == b.window[1]
    if a_day and b_day and framed != (None, None):
        return False  # (two days, one of them only its article's: as of their days)
    if a_day != b_day:
        # A running count on one day is counted up to that day ("104 000 arrivées au 17
        # septembre"): the same count as a total since January told two days before. And a
        # total since a day holds that day's count ("des dizaines de répliques" on the
        # Tuesday, "plus de 250 répliques depuis mardi" on the Thursday).
        day, span = (a, b) if a_day else (b, a)
        return not (span.window[1] <= day.window[0] or span.window[0] == day.window[0])  # type: ignore[operator]
    return not (a_day and b_day) and a.window[0] != b.window[0]


def different_spans(a: Estimate, b: Estimate) -> bool:
    """Whether both windows are known and are not the same period (a day within a month)."""
    return None not in a.window and None not in b.window and a.window != b.window
