"""Cross-checking: assign measures, link figures, judge independence, grade, check arithmetic.

``relink(ledger)`` recomputes, from the stored claims, the links, checks, consensus and grades
of the measures that what changed since the previous run touches (the ledger records which:
``Ledger.stale``), stores them, and returns what changed. A run costs what its new figures
touch, not what the ledger holds; ``relink(ledger, everything=True)`` recomputes every
measure, after a change of rules. Both give the same ledger: what decides a link between two
figures is their measure's figures, their documents and the entities they name, never the
rest of the ledger.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Callable, Iterable, Iterator, Optional

from recoupe import entities as entity_index
from recoupe.entities import groups
from recoupe.link.compare import POINTS, SCALE_PRECISION, Estimate, another_day, bounds, different_spans, compare, describe, far_apart, revisable, revision, told_before_the_other
from recoupe.link.grades import grade, rate_entities
from recoupe.link.independence import ONE_READING, IndependenceJudge, one_reading, origin_of
from recoupe.link.consensus import consensus
from recoupe.layout import headline_end
from recoupe.gazetteer import subdivision_within
from recoupe.link.occurrence import PLACE_KEYS, SUBDIVISION, TOWN_KEYS, Occurrences, subdivision_codes
from recoupe.model import (PERCENT, RATIO, SAME_BOUNDS_ONLY_EVENTS, SAME_FIGURE_ONLY_EVENTS, SHARE_PREFIX, STUDY, Check, Claim, Consensus, Document, Link,
                           Measure, Quantity)
from recoupe.review import apply_reviews, review_grades, source_names
from recoupe.store import Ledger

# Each figure is compared with at most this many earlier figures of its measure: enough for
# an estimate's history, and it keeps linking linear in the number of claims.
WINDOW = 25
# Each figure is linked to at most PER_FIGURE earlier estimates, the nearest in time: the
# NEAREST first whatever their origin, then only the nearest of each origin not linked yet (an
# origin's older figures are its history, read in the chain of its updates); and to at most
# CONSISTENT estimates of other origins it merely fits (a bound it lies within confirms nothing;
# one origin's own floors are its history and are kept); and to at most REPEATS earlier
# statements of the same figure by an origin it is already linked to (a figure repeated in
# every article of a story confirms nothing more the tenth time).
PER_FIGURE = 6
NEAREST = 4
CONSISTENT = 1
REPEATS = 2


@dataclass
class Changes:
    """What a re-link changed: new links, new conflicts, grades that moved."""

    new_links: list[Link] = field(default_factory=list)
    new_conflicts: list[Link] = field(default_factory=list)
    changed_grades: list[tuple[str, Optional[int], int]] = field(default_factory=list)
    links: int = 0
    checks: int = 0

    def after(self, earlier: "Changes") -> "Changes":
        """These changes with an earlier step's before them (the counts are these, the last)."""
        self.new_links = earlier.new_links + self.new_links
        self.new_conflicts = earlier.new_conflicts + self.new_conflicts
        self.changed_grades = earlier.changed_grades + self.changed_grades
        return self


def _date(s: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def estimate(q: Quantity, claim: Claim, doc: Document, measure: Optional[Measure] = None) -> Estimate:
    """A figure as the comparison sees it; a share written as a ratio ("un enseignant sur
    trois") in the percent of its ``measure``."""
    t = claim.event_time()
    window = (_date(t.from_), _date(t.to)) if t else (None, None)
    as_of = doc.published or window[1]
    low, high = q.low, q.high
    if measure is not None and measure.unit == PERCENT and q.unit == RATIO:
        low, high = (None if low is None else low * 100), (None if high is None else high * 100)
    frame = None if t else next((x for x in claim.times if x.role == "document"), None)
    day = _date(frame.from_) if frame is not None and frame.from_ and frame.from_ == frame.to else None
    return Estimate(q.id or "", claim.document, low, high, q.qualifier, window, as_of, day, q.set_aside)


# Modalities of a figure that is expected, not observed: "pourrait dépasser 1 000 morts".
FORECAST_MODALITIES = ("possible", "prediction")


def is_forecast(claim: Claim) -> bool:
    """Whether the claim gives a forecast or a possibility rather than an observation."""
    return claim.modality in FORECAST_MODALITIES


def forecast_test(measures: dict[str, Measure]) -> Callable[[Claim], bool]:
    """``is_forecast``, and a poll's share of a candidate's vote besides ("34,8 % des voix selon
    un sondage de sortie des urnes"): an estimate of the result the count gives, measured
    against the count, never contradicted by it."""
    def test(claim: Claim) -> bool:
        if is_forecast(claim):
            return True
        source = claim.source
        return source is not None and source.kind == STUDY and any(
            (m := measures.get(q.id or "")) is not None and m.whose is not None for q in claim.quantities)
    return test


# Rival counts of one thing in one article differ by this factor at most (police and unions
# rarely by more than three or four), and stand at most two paragraphs apart (paragraph
# numbers count the blank lines between them).
RIVALS_RATIO = 4.0
AVERAGE = "average"  # the qualifier of "en moyenne 27 400 spectateurs par match"
# Rates that sides dispute for one scope, like crowd counts: a strike's participation told by
# the ministry and by the unions in one article. Two other rates that differ, or two articles'
# rates, are most often two scopes (two groups on strike).
CONTESTED_RATES = {"strike_rate"}
# Rates of one day's occurrence (a strike day, a vote): told more than this many days apart with
# a day left unsaid, they are of two occurrences (a figure is restated within a week or two).
DAY_RATES = {"strike_rate", "turnout"}
DAY_RATE_HORIZON = 30
# Within that horizon, a day's rate or crowd told more than this many days after another, a day
# left unsaid, only restates it (the same value); a new value is another day's (a second round's
# turnout a week after the first's, the second protest day's crowd), neither its revision nor its
# rival.
DAY_RATE_REVISION = 3
DAY_COUNTS = DAY_RATES | {"protested"}
# Measures of a state on the day told, besides shares of things: a price at the pump.
DAY_STATES = {"price"}
RIVALS_PARAGRAPHS = 4
# Counts of one accident's toll, which spreads over no area (see ``_rival_estimates``).
TOLL_EVENTS = {"killed", "wounded", "missing", "lost"}


def _comparable(a: Estimate, b: Estimate) -> bool:
    """Whether two estimates are within the factor rival counts of one thing stay within."""
    values = [abs(v) for v in (a.low, a.high, b.low, b.high) if v]
    return bool(values) and max(values) <= RIVALS_RATIO * min(values)


def _rival_estimates(ca: Claim, cb: Claim, a: Estimate, b: Estimate, occurrences: Optional[Occurrences],
                     steps: tuple[bool, bool] = (False, False), campaign: bool = False, event: str = "") -> bool:
    """Whether two figures of one article are estimates of one thing by different sources,
    which the article sets against each other or beside each other: "1,2 million selon le
    ministère, 3,5 millions selon la CGT", "l'armée parle de huit terroristes", "une source
    sécuritaire évoque au moins 31 morts". They must come from different named sources, a few
    paragraphs apart at most, for one window and one place (a state's campaign spans the states
    of its war), neither an increment of the other."""
    if ca is cb or abs(ca.paragraph - cb.paragraph) > RIVALS_PARAGRAPHS or ca.source is None or cb.source is None:
        return False
    ka, kb = set(ca.source.entity_keys), set(cb.source.entity_keys)
    if not ka or not kb or ka & kb or ca.source.name == cb.source.name or steps[0] != steps[1]:
        return False
    if None not in a.window and None not in b.window and a.window != b.window:
        return False
    # (A figure of no window of its own is of about the day its article reports: "ils étaient
    # 900 véhicules selon la police, 2 500 selon leurs syndicats" a week before is another
    # protest; "la nuit de mardi à mercredi" is no other day than Wednesday's dawn.)
    if another_day(a, b):
        return False
    if not _comparable(a, b):
        return False  # 22 dead beside 412 are another toll, not a rival count of the same
    # (A figure in a paragraph that names no town may be a rival of a town's figure or a count
    # of a wider area, "dans tout le département": only the words tell, so it is not compared;
    # but a toll is one accident's, which spreads over no area: "Sept personnes ont été tuées
    # près de Monforte de Lemos", then "Les services d'urgence faisaient état d'un bilan plus
    # lourd, de neuf morts", is a rival count, unless its figure names a place of its own.)
    if occurrences is None or campaign:
        return True
    qa, qb = _figure(ca, a), _figure(cb, b)
    ta, tb = occurrences.towns(ca), occurrences.towns(cb)
    # (Not a smaller toll: "le CHU de Cocody a reçu 27 blessés" is one hospital's part of the
    # injured, no rival count of them.)
    same_towns = ta == tb or event in TOLL_EVENTS and (
        (not ta and qa is not None and not occurrences.figure_places(ca, qa) and not _smaller(a, b))
        or (not tb and qb is not None and not occurrences.figure_places(cb, qb) and not _smaller(b, a))) \
        and (ta | tb) <= occurrences.lead_places(ca.document)
    return occurrences.places(ca) == occurrences.places(cb) and same_towns \
        and occurrences.same_place_in_one_document(ca, cb, qa, qb)


# The same figure no word measures, told again by another article of its story, is told within
# this many days (a copy, the next day's follow-up).
TOLD_AGAIN_DAYS = 7
# A count told at a date rather than over a period spans this many days at most ("au 9
# septembre", "début septembre"): two such dates are two states of one count.
DATE_SPAN = 15
# An article's own history of a count runs over a few weeks at most: the same count a year
# before ("contre 79,6 % l'an dernier au même stade") is another period's.
HISTORY_DAYS = 45


def _dated(e: Estimate) -> bool:
    return None not in e.window and (e.window[1] - e.window[0]).days <= DATE_SPAN  # type: ignore[operator]


def _own_history(ca: Claim, cb: Claim, a: Estimate, b: Estimate, figures: tuple[Optional[Quantity], Optional[Quantity]],
                 occurrences: Optional[Occurrences], steps: tuple[bool, bool],
                 one_day: bool = False) -> Optional[tuple[Estimate, Estimate]]:
    """(older, newer) when two figures of one article are one origin's estimates of one thing
    told at two times, else None: a count the article sets aside for its latest ("La police, qui
    s'en tenait mercredi à 39 morts, fait désormais état de 58 victimes", "23 ont été calcinés,
    et non 17"), two counts it tells at two dates ("comptait 5 310 cas au 9 septembre"; "Début
    septembre, il faisait état de 9 870 cas"), a forecast it sets aside and its outcome ("qui en
    prévoyait 43 millions en juillet"). A figure the article gives no source is its own telling
    of the origin's. Two periods (this year's harvest and last year's; two strike days,
    ``one_day``: a measure of a day's own), two places or an increment are no history; nor are
    two figures the words do not order, two groups counted apart ("12 soignants" and "40
    patients"), or a part beside its whole's correction ("403 passagers et 72 membres
    d'équipage, soit 475 personnes, et non 458": 458 is the 475's)."""
    if a.id == b.id or steps[0] != steps[1]:
        return None
    if origin_of(ca) != origin_of(cb) and (ca.source is not None and cb.source is not None
                                           or ca.paragraph != cb.paragraph):
        return None  # (an unsourced figure is its paragraph's origin's, not another paragraph's)
    qa, qb = figures  # (each estimate's figure of its claim)
    if qa is not None and qb is not None:
        if not _one_thing(qa, qb):
            return None
        if ca is cb and any(min(qa.start, qb.start) < q.start < max(qa.start, qb.start) for q in ca.quantities):
            return None
    if a.window != b.window and (one_day or not (_dated(a) and _dated(b))) \
            and (None not in a.window or None not in b.window):
        return None
    if occurrences is not None:
        pa, pb = occurrences.places_named(ca, qa), occurrences.places_named(cb, qb)
        if occurrences.places(ca) != occurrences.places(cb) or occurrences.towns(ca) != occurrences.towns(cb) \
                or (pa and pb and not pa & pb):
            return None  # ("À Lyon, … 12 blessés. À Grenoble, … 30 blessés")
    if not a.set_aside and not b.set_aside:
        return None
    dates = a.window != b.window and _dated(a) and _dated(b)
    if dates and abs((a.window[1] - b.window[1]).days) > HISTORY_DAYS:  # type: ignore[operator]
        return None
    if a.set_aside != b.set_aside:
        return (a, b) if a.set_aside else (b, a)
    if not dates:
        return None
    return (a, b) if (a.window[1], a.window[0]) < (b.window[1], b.window[0]) else (b, a)  # type: ignore[operator]


# Words of a toll that count one thing however the article names it ("39 morts", "58 victimes").
TOLL_UNITS = {"death", "victim", "body"}


def _one_thing(qa: Quantity, qb: Quantity) -> bool:
    """Whether two figures of one measure may count one thing: the same counted noun, or one
    left unsaid or general ("personnes", taken from the figure before), or two words of a toll.
    Two particular nouns count two groups: "12 soignants" and "40 patients", "quatre victimes"
    and "deux enfants" among them."""
    if qa.unit == qb.unit or qa.unit is None or qb.unit is None or qa.unit_inherited or qb.unit_inherited \
            or {qa.unit, qb.unit} <= {PERCENT, RATIO}:
        return True
    if qa.unit == qa.unit_class or qb.unit == qb.unit_class:
        return qa.unit_class == qb.unit_class
    return qa.unit in TOLL_UNITS and qb.unit in TOLL_UNITS


def _overlap(a: Estimate, b: Estimate) -> bool:
    """Whether two figures' bounds meet: "au moins quatorze" and "14"."""
    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    return alo <= bhi and blo <= ahi


def _smaller(a: Estimate, b: Estimate) -> bool:
    """Whether ``a`` is below ``b``: its highest value under the other's lowest."""
    top = a.high if a.high is not None else a.low
    bottom = b.low if b.low is not None else b.high
    return top is not None and bottom is not None and top < bottom


# How long before a vote a poll's share is measured against its outcome (days).
POLL_HORIZON = 120


def _for_the_outcome(a: Estimate, b: Estimate, a_forecast: bool, b_forecast: bool) -> tuple[Estimate, Estimate]:
    """The two estimates as compared, when one is a poll's share of a candidate's or a side's
    vote and the other the count told after it (within POLL_HORIZON): the poll is read for the
    count's window, the vote it forecasts ("54 % voteraient oui" on 19 November, "47,3 %" on the
    30th); otherwise as they are."""
    if a_forecast == b_forecast:
        return a, b
    told, outcome = (a, b) if a_forecast else (b, a)
    if not _outcome_after(told, outcome) or (outcome.as_of - told.as_of).days > POLL_HORIZON:
        return a, b
    told = replace(told, window=outcome.window, day=outcome.day)
    return (told, outcome) if a_forecast else (outcome, told)


def _outcome_after(forecast: Estimate, outcome: Estimate) -> bool:
    """Whether the observed figure was told no earlier than the estimate it is set against."""
    return forecast.as_of is not None and outcome.as_of is not None and outcome.as_of >= forecast.as_of


def _figure(claim: Claim, e: Estimate) -> Optional[Quantity]:
    """The figure of ``claim`` an estimate was made from."""
    return next((q for q in claim.quantities if q.id == e.id), None)


def _headline_restatements(claims: list[Claim], docs: dict[str, Document], measures: dict[str, Measure]) -> set[str]:
    """The headline figures an article's body gives again (the same measure and bounds): one
    estimate, not two, so only the body's is linked."""
    body: set[tuple[str, str, Optional[float], Optional[float]]] = set()
    head: list[tuple[str, tuple[str, str, Optional[float], Optional[float]]]] = []
    for c, q, m, in_headline in _measured(claims, docs, measures):
        key = (c.document, m.key, q.low, q.high)
        (head.append((q.id or "", key)) if in_headline else body.add(key))
    return {qid for qid, key in head if key in body}


def _measured(claims: list[Claim], docs: dict[str, Document],
              measures: dict[str, Measure]) -> Iterator[tuple[Claim, Quantity, Measure, bool]]:
    """Each measured figure with its claim, its measure and whether it stands in its article's
    headline (under a date line when one stands above it: "Publié le 12 mars 2024")."""
    ends: dict[str, int] = {}
    for c in claims:
        end = ends.get(c.document)
        if end is None:
            doc = docs.get(c.document)
            end = ends[c.document] = headline_end(doc.text) if doc is not None else -1
        for q in c.quantities:
            m = measures.get(q.id or "")
            if m is not None and q.id is not None:
                yield c, q, m, 0 <= q.start < end


def _headline_totals(claims: list[Claim], docs: dict[str, Document], measures: dict[str, Measure]) -> set[str]:
    """The headline figures that add up two of the body's figures of their measure ("près de
    800 morts" above "731 morts au Mozambique" and "58 morts au Malawi"): a whole whose parts
    the article gives, which no other article's part estimates."""
    head: dict[str, list[tuple[str, Quantity]]] = defaultdict(list)
    body: dict[tuple[str, str], list[float]] = defaultdict(list)
    for c, q, m, in_headline in _measured(claims, docs, measures):
        if in_headline:
            head[c.document].append((m.key, q))
        elif q.low is not None and q.low == q.high:
            body[(c.document, m.key)].append(q.low)
    out = set()
    for doc, figures in head.items():
        for key, q in figures:
            values = sorted(set(body.get((doc, key), [])))
            if q.low is None or len(values) < 2:
                continue
            lo, hi = q.low * (1 - SUM_SLACK), (q.high if q.high is not None else q.low) * (1 + SUM_SLACK)
            if any(abs(x - q.low) <= abs(q.low) * RESTATED_SLACK for x in values):
                continue  # the body tells the headline's figure itself ("80 millions" above "80 millions")
            if any(lo <= x + y <= hi for i, x in enumerate(values) for y in values[i + 1:]):
                out.add(q.id or "")
    return out


# How far a headline total may stand from the sum of its parts ("près de 800" for 789).
SUM_SLACK = 0.10
# How far a body figure may stand from its headline's and tell it again: a headline the body
# tells itself is no total of two others, whatever they add up to.
RESTATED_SLACK = 0.02


def _breakdowns(blocks: dict[str, list[tuple[Estimate, Claim, int, bool]]],
                towns_of: dict[str, frozenset[str]]) -> set[tuple[str, str]]:
    """The (measure, document) pairs where the document breaks the measure down by town: its
    figures of the measure name two towns or more ("30 000 à Marseille, 36 000 à Toulouse").
    There a figure that names a town is that town's part, and one that names none is the whole."""
    towns: dict[tuple[str, str], set[frozenset[str]]] = defaultdict(set)
    for key, items in blocks.items():
        for e, c, _, _ in items:
            named = towns_of.get(e.id)
            if named:
                towns[(key, c.document)].add(named)
    return {k for k, found in towns.items() if len(found) >= 2}


def _wholes(blocks: dict[str, list[tuple[Estimate, Claim, int, bool]]], towns_of: dict[str, frozenset[str]],
            breakdowns: set[tuple[str, str]]) -> set[str]:
    """The figures of a breakdown whose regions hold the other figures' ("80 000 foyers en
    Bretagne et en Normandie, dont 31 000 dans le Finistère"): the whole of their article, no
    part of another article's count."""
    found: set[str] = set()
    for key, items in blocks.items():
        by_doc: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
        for e, c, _, _ in items:
            if (key, c.document) in breakdowns and towns_of.get(e.id):
                by_doc[c.document].append((e.id, towns_of[e.id]))
        for figures in by_doc.values():
            for fid, outer in figures:
                if any(inner != outer and _lies_within(inner, outer) for gid, inner in figures if gid != fid):
                    found.add(fid)
    return found


def _lies_within(inner: frozenset[str], outer: frozenset[str]) -> bool:
    """Whether every region of ``inner`` lies in one of ``outer`` (ISO 3166-2 keys only)."""
    codes = [subdivision_codes(keys) for keys in (inner, outer)]
    return bool(codes[0]) and bool(codes[1]) and \
        all(any(subdivision_within(x, y) for y in codes[1]) for x in codes[0])


def _part_and_whole(key: str, a: tuple[Estimate, Claim], b: tuple[Estimate, Claim], breakdowns: set[tuple[str, str]],
                    towns_of: dict[str, frozenset[str]], occurrences: Optional[Occurrences],
                    wholes: frozenset[str] | set[str] = frozenset()) -> Optional[int]:
    """Whether one figure is a town's part of a measure its document breaks down by town and
    the other is not about that town ("22 000 à Lyon" against "195 000 en France"): the index
    of the town's figure (0 or 1) when one is the whole's part, -1 for two towns' figures,
    None when they are not parts of one another. ``towns_of``: the towns each figure names."""
    if occurrences is None:
        return None
    if not ((key, a[1].document) in breakdowns or (key, b[1].document) in breakdowns):
        # A department's figure against its region's ("12 000 hectares en Gironde" and "au moins
        # 15 000 hectares en Nouvelle-Aquitaine"): a part and its whole.
        ta, tb = towns_of.get(a[0].id, frozenset()), towns_of.get(b[0].id, frozenset())
        if ta and tb and not ta & tb:
            if _lies_within(ta, tb) and not _lies_within(tb, ta):
                return 0
            if _lies_within(tb, ta) and not _lies_within(ta, tb):
                return 1
        # A figure its claim places in a town, against one its claim places in that town's
        # state and no town ("12 000 à Paris" and "95 000 en France"): a part and its whole.
        return _in_its_state(a, b, towns_of, occurrences)
    ta, tb = [towns_of.get(e.id, frozenset()) if (key, c.document) in breakdowns
              else (towns_of.get(e.id) or occurrences.towns(c)) for e, c in (a, b)]
    if not (ta or tb) or ta & tb:
        return None
    if bool(ta) != bool(tb) and (ta or tb) <= occurrences.lead_places((b if ta else a)[1].document):
        # The place the other article's headline or lead names: where its story happens, the
        # scope of its own count ("au moins cinq morts dans les inondations en Émilie-Romagne"
        # against "le bilan des inondations en Émilie-Romagne est passé à neuf morts").
        return None
    if bool(ta) != bool(tb) and (a if ta else b)[0].id in wholes:
        # The whole of its article's breakdown against another article's count: no part of
        # it, unless that count is its state's ("80 000 en Bretagne et en Normandie" against
        # "120 000 en France").
        return _in_its_state(a, b, towns_of, occurrences)
    return -1 if ta and tb else (0 if ta else 1)


def _one_scope_placed(a: Estimate, b: Estimate, ca: Claim, cb: Claim, scopes: dict[str, frozenset[str]],
                      occurrences: Occurrences) -> bool:
    """Whether one of two rates is placed in a town or region by its claim and the other is
    not, nor by its paragraph: "11 % de grévistes dans l'académie de Lille" and "11,2 % de
    grévistes" in the nation are rates of two scopes (a rate of a part is no part of a rate).
    ``scopes``: the places below a state each rate's claim names for it."""
    ta, tb = scopes.get(a.id, frozenset()), scopes.get(b.id, frozenset())
    if bool(ta) == bool(tb):
        return False
    named, other = (ta, cb) if ta else (tb, ca)
    return not named & (occurrences.towns(other) | occurrences.named_places(other))


def _scope(occurrences: Occurrences, claim: Claim, q: Quantity, towns: frozenset[str],
           measures: dict[str, Measure]) -> frozenset[str]:
    """The places a figure's claim names for it below the whole it is told against: its towns
    and regions, else the places the gazetteer does not hold ("l'académie de Lille",
    "l'Ouest"); and a state, when the claim breaks a rate down by state beside another figure
    of its measure ("2,6 % dans la zone euro, tirée par l'Allemagne (2,9 %) et l'Espagne
    (3,2 %)": Germany's rate is no estimate of the euro area's)."""
    below = towns or frozenset(k for k in occurrences.figure_places(claim, q) if k.startswith(TOWN_KEYS))
    states = occurrences.figure_states(claim, q)
    if not states:
        return below
    key = measures[q.id or ""].key
    others = [f for f in claim.quantities if f is not q and f.id in measures and measures[f.id or ""].key == key]
    if any(occurrences.figure_states(claim, f) != states and not _placed_within(occurrences, claim, f, states)
           for f in others):
        return below | states
    return below


def _placed_within(occurrences: Occurrences, claim: Claim, f: Quantity, states: frozenset[str]) -> bool:
    """Whether a figure's claim places it in towns or regions of ``states`` alone: the state's
    figure beside it is then the whole ("84,2 % dans les Bouches-du-Rhône, contre 89,6 % au
    niveau national"), not one state of a wider whole."""
    towns = [k for k in occurrences.figure_places(claim, f) if k.startswith(TOWN_KEYS)]
    return bool(towns) and all(occurrences.within(k, states) for k in towns)


def _in_its_state(a: tuple[Estimate, Claim], b: tuple[Estimate, Claim], towns_of: dict[str, frozenset[str]],
                  occurrences: Occurrences) -> Optional[int]:
    """The index of a figure its claim places in towns or regions (0 or 1) when the other's
    claim places it in their state and nowhere else, else None."""
    ta, tb = towns_of.get(a[0].id, frozenset()), towns_of.get(b[0].id, frozenset())
    if bool(ta) == bool(tb):
        return None
    whole_e, whole_c = b if ta else a
    part_e, part_c = a if ta else b
    qp = _figure(part_c, part_e)
    if qp is not None and occurrences.figure_states(part_c, qp):
        return None  # a town named beside the state its figure counts: "dans toute la France"
    q = _figure(whole_c, whole_e)
    states = occurrences.figure_places(whole_c, q) if q is not None else frozenset()
    if not states and not occurrences.named_places(whole_c) and all(t.startswith(SUBDIVISION) for t in ta | tb):
        # A figure its claim places nowhere, in an article whose headline and lead name states
        # alone ("Rougeole : 552 cas en France"), against a region's ("une trentaine dans la
        # région"): the nation's. (A town in a claim is as often where someone spoke: "a
        # averti le président lors d'une visite à Beira".)
        states = occurrences.lead_places(whole_c.document)
    if not states or not all(k.startswith(PLACE_KEYS) for k in states):
        return None
    within = {occurrences.state_of(t) for t in ta | tb}
    return (0 if ta else 1) if {k.split(":", 1)[1] for k in states} & within else None


def _town_within_whole(part: Estimate, whole: Estimate, key: str) -> Check:
    """A town's count against the whole it is a part of: it cannot be larger."""
    most = whole.high if whole.high is not None else float("inf")
    least = part.low if part.low is not None else 0.0
    verdict = "consistent" if least <= most else "inconsistent"
    why = (f"a town's {describe(part)} fits within the whole's {describe(whole)}" if verdict == "consistent"
           else f"a town's {describe(part)} exceeds the whole's {describe(whole)}")
    return Check(facts=[whole.id, part.id], verdict=verdict, explanation=f"{why} ({key})", kind="town_of_whole",
                 measure=key)


Item = tuple[Estimate, Claim, int, bool]  # a figure's estimate, its claim, its offset, whether an increment


@dataclass
class Prepared:
    """What linking reads of a set of documents' figures, by measure: each measure's items
    (in no order), the figures left out as restatements of their article's headline, the towns
    and scopes each figure names, and the breakdowns by town of each article. All of it is
    read per document, so a subset of documents gives the same for theirs."""

    blocks: dict[str, list[Item]]
    totals: set[str]
    towns_of: dict[str, frozenset[str]]
    scopes: dict[str, frozenset[str]]
    breakdowns: set[tuple[str, str]]
    wholes: set[str]


def prepare(claims: list[Claim], docs: dict[str, Document], measures: dict[str, Measure],
            occurrences: Optional[Occurrences] = None) -> Prepared:
    """The items of every measure, and what each document says of them (see ``Prepared``)."""
    blocks: dict[str, list[Item]] = defaultdict(list)
    totals = _headline_totals(claims, docs, measures)
    restated = _headline_restatements(claims, docs, measures) | totals
    towns_of: dict[str, frozenset[str]] = {}  # the towns each figure names
    scopes: dict[str, frozenset[str]] = {}  # the places below a state each rate is told for
    for c in claims:
        for q in c.quantities:
            m = measures.get(q.id or "")
            if m is not None and q.id not in restated and not m.aside:
                if occurrences is not None:
                    towns_of[q.id or ""] = occurrences.figure_towns(c, q)
                    if m.is_rate:
                        scopes[q.id or ""] = _scope(occurrences, c, q, towns_of[q.id or ""], measures)
                e = estimate(q, c, docs[c.document], m)
                if m.is_money:
                    # The day a sum was agreed or told ("dimanche soir", "lundi") is no period
                    # of the sum: a fee told on Sunday and on Monday is one fee.
                    one_day = e.window[0] is not None and e.window[0] == e.window[1]
                    e = replace(e, window=(None, None) if one_day else e.window, day=None)
                blocks[m.key].append((e, c, q.start, m.increment))
    breakdowns = _breakdowns(blocks, towns_of)
    return Prepared(blocks, totals, towns_of, scopes, breakdowns, _wholes(blocks, towns_of, breakdowns))


def in_time_order(items: list[Item]) -> list[Item]:
    """A measure's items in time order, ties by document and place in it: never by row id,
    which would make the links depend on the order the documents were stored."""
    return sorted(items, key=lambda it: (it[0].as_of or date.min, it[0].document, it[2]))


def link_all(
    claims: list[Claim], docs: dict[str, Document], measures: dict[str, Measure],
    copies: dict[str, str] | None = None, occurrences: Optional[Occurrences] = None,
    judge: Optional[IndependenceJudge] = None, checks: Optional[list[Check]] = None,
) -> list[Link]:
    """Links between figures of the same measure, blocked on the measure key; with
    ``occurrences``, only between figures that can be about one occurrence. A town's figure
    is no estimate of the whole it is a part of: given ``checks``, it is checked against the
    nearest whole of its period instead."""
    judge = judge or IndependenceJudge(claims, copies)
    prepared = prepare(claims, docs, measures, occurrences)
    links: list[Link] = []
    for key in sorted(prepared.blocks):
        links += link_measure(key, in_time_order(prepared.blocks[key]), measures, prepared, copies, occurrences,
                              judge, checks)
    headlines = _headline_links(claims, docs, measures, prepared.totals)
    document = {q.id: c.document for c in claims for q in c.quantities if q.id}
    copied = [(l.a, l.b, document.get(l.a, ""), document.get(l.b, "")) for l in links if l.copy]
    return links + headlines + told_again(links, tellers_of(headlines, copied, copies or {}))


def tellers_of(headlines: list[Link], copied: Iterable[tuple[str, str, str, str]],
               copies: dict[str, str]) -> dict[str, list[str]]:
    """The figures that tell each figure again: its article's headline (``headlines``: each
    headline figure's link to its body's), and its figure in each copy of its article
    (``copied``: the copy links, as (figure a, figure b, a's document, b's document);
    ``copies``: each copy's original document)."""
    tellers: dict[str, list[str]] = defaultdict(list)
    for l in headlines:
        tellers[l.b].append(l.a)
    for a, b, da, db in copied:
        if da != db and da in copies:
            tellers[b].append(a)
        elif da != db and db in copies:
            tellers[a].append(b)
    return tellers


def told_again(links: list[Link], tellers: dict[str, list[str]]) -> list[Link]:
    """The links a figure's tellers take from it (see ``tellers_of``): a headline that tells
    its body's figure again ("Le bilan s'alourdit à quatre morts" above "quatre personnes ont
    péri"), a copy of an article that tells its original's. Each is the same estimate, so its
    links are shown beside the other figure as a copy's are, never graded, and add nothing."""
    out: dict[tuple[str, str], Link] = {}  # a pair once: its first link's
    for l in links:
        if l.copy:
            continue
        ta, tb = tellers.get(l.a, ()), tellers.get(l.b, ())
        if not ta and not tb:
            continue
        why = f"{l.explanation}; told again by a headline or a copy of its article"
        for a, b in [(x, l.b) for x in ta] + [(l.a, y) for y in tb] + [(x, y) for x in ta for y in tb]:
            out.setdefault((a, b), Link(a, b, l.relation, l.independent, why, l.measure, copy=True))
    return list(out.values())


def link_measure(key: str, items: list[Item], measures: dict[str, Measure], prepared: Prepared,
                 copies: dict[str, str] | None, occurrences: Optional[Occurrences], judge: IndependenceJudge,
                 checks: Optional[list[Check]], only: Optional[set[str]] = None) -> list[Link]:
    """The links of one measure's ``items`` (in time order) to the figures before them, of
    those in ``only`` when given: each figure's links read the WINDOW items before it and no
    other, and a town's check is decided by the figure and the WINDOW items after it."""
    links: list[Link] = []
    if len(items) < 2:
        return links
    within: set[str] = set()  # the towns' figures already checked against a whole
    breakdowns, towns_of, wholes = prepared.breakdowns, prepared.towns_of, prepared.wholes
    measure = measures[items[0][0].id]
    cumulative, never_falls, rate = measure.cumulative, measure.never_falls, measure.is_rate
    campaign = measure.actor is not None  # a state's troops or shells, followed for years
    forecast = forecast_test(measures)
    scopes = prepared.scopes
    # A state told for a day (a share of things, a price): a later day's updates an earlier day's.
    state = measure.whose is None and not measure.part and (
        (rate and measure.event.startswith(SHARE_PREFIX)) or measure.event in DAY_STATES)
    for i, (b, cb, _, b_step) in enumerate(items):
        if only is not None and b.id not in only:
            continue
        # The nearest earlier estimates first, and a few per figure: an analyst reads the
        # chain of estimates and the consensus, not every pair.
        kept = 0
        consistent = 0
        repeats = 0
        origins: set[frozenset[str]] = set()
        qb = _figure(cb, b)
        # A figure told again later for an earlier day ("Au 9 août, l'agence ne dénombrait que
        # 14 malades") is checked against that day's own estimates, however many of their
        # origin's came since, and one of them past the figure's budget.
        b_day = b.window[1] if b.window[0] == b.window[1] and b.window[1] is not None and b.as_of is not None \
            and b.window[1] < b.as_of else None
        for a, ca, _, a_step in reversed(items[max(0, i - WINDOW):i]):
            # (An earlier count told again, "la police ne recensait que 14 morts", is checked
            # against the same count told before, past the budget, as a restated day is.)
            same_day = b_day is not None and (a.window[1] or a.as_of) == b_day \
                or cb.told_earlier and _overlap(a, b)
            if kept >= PER_FIGURE + (b_day is not None or cb.told_earlier):
                break
            if kept >= PER_FIGURE and not same_day:
                continue  # (past the budget, only that day's own estimate, once)
            qa = _figure(ca, a)
            origin = origin_of(ca)
            if kept >= NEAREST and origin in origins and not same_day:
                continue  # an older estimate of an origin already linked: its history, not a new check
            one_article = a.document == b.document
            if one_article and not _rival_estimates(ca, cb, a, b, occurrences, (a_step, b_step), campaign, measure.event):
                # Figures of one article are its own argument, not estimates to check, unless
                # the article tells one origin's estimate of one thing at two times.
                history = None if measure.event in SAME_FIGURE_ONLY_EVENTS else \
                    _own_history(ca, cb, a, b, (qa, qb), occurrences, (a_step, b_step), measure.event in DAY_COUNTS)
                if history is not None and _comparable(a, b):
                    links.append(_history_link(*history, key))
                continue
            copy = not one_article and \
                (copies or {}).get(a.document, a.document) == (copies or {}).get(b.document, b.document)
            if not copy and not one_article and copies and (a.document in copies or b.document in copies):
                continue  # a copy's figures are its original's: they take its links (``told_again``)
            # (Rivals in one article were placed by their own words and sentences above: "À
            # Paris, 12 000 personnes ont défilé, un chiffre que les organisateurs portent à
            # 40 000" is Paris's count twice, whatever towns the paragraph names after.)
            if not copy and not one_article and occurrences is not None \
                    and not occurrences.same(ca, cb, campaign, qa, qb)[0]:
                continue  # another earthquake, another protest day, another war
            if not campaign and far_apart(a, b):
                continue  # two summers' fires in one valley
            if rate and not forecast(ca) and not forecast(cb) and told_before_the_other(a, b):
                continue  # a rate told before the other's day began is of another day
            if measure.event in DAY_RATES and None in a.window + b.window and a.as_of and b.as_of \
                    and abs((a.as_of - b.as_of).days) > DAY_RATE_HORIZON:
                continue  # a strike day's rate told a month apart, its day unsaid: another strike
            if rate and occurrences is not None and _one_scope_placed(a, b, ca, cb, scopes, occurrences):
                continue  # an academy's strike rate against a nation's: two scopes, no estimate of one
            if (a.qualifier == AVERAGE) != (b.qualifier == AVERAGE):
                continue  # an average over many (by-elections, matches) is no estimate of one of them
            town = None if campaign else \
                _part_and_whole(key, (a, ca), (b, cb), breakdowns, towns_of, occurrences, wholes)
            if town is not None:
                # A town's count is a part of the nation's, not an estimate of it: checked
                # against the nearest whole of its period, never linked.
                part, whole = (a, b) if town == 0 else (b, a)
                if town >= 0 and checks is not None and part.id not in within and not different_spans(a, b):
                    within.add(part.id)
                    checks.append(_town_within_whole(part, whole, key))
                continue
            # An increment ("3 000 soldats supplémentaires") is no step of a running total.
            grows = cumulative and a_step == b_step
            ea, eb = _for_the_outcome(a, b, forecast(ca), forecast(cb)) if measure.whose is not None else (a, b)
            found = compare(ea, eb, cumulative, never_falls, steps=a_step == b_step,
                            precision=SCALE_PRECISION.get(measure.unit), points=POINTS.get(measure.unit),
                            state=state, one_scope=occurrences is None or qa is None or qb is None
                            or occurrences.figure_places(ca, qa) == occurrences.figure_places(cb, qb))
            if found is None and (copy or forecast(ca) != forecast(cb) or revisable(a, b, grows) is None):
                continue  # no relation, whoever gave them: their origins need no judging
            independent, reason, one_origin = judge.verdict(ca, cb)
            if independent and qa is not None and qb is not None and one_reading(qa, qb):
                independent, reason = False, ONE_READING
            if not copy and forecast(ca) == forecast(cb):
                found = revision(a, b, grows, one_origin, independent) or found
            if found is None:
                continue
            relation, why = found
            order = (a.id, b.id)  # (an update's older figure first)
            if relation == "conflicts" and cumulative and (
                    (ca.told_earlier and _smaller(a, b)) or (cb.told_earlier and _smaller(b, a))):
                # "l'exécutif n'avait confirmé que 12 décès" against 26: an earlier count, updated
                earlier, later = (a, b) if ca.told_earlier and _smaller(a, b) else (b, a)
                relation, why = "updates", f"{describe(earlier)} was told as an earlier count; {describe(later)} updates it"
                order = (earlier.id, later.id)
            if measure.event in SAME_BOUNDS_ONLY_EVENTS:
                if (a.low, a.high, a.qualifier) != (b.low, b.high, b.qualifier) \
                        or a.as_of is None or b.as_of is None or abs((a.as_of - b.as_of).days) > TOLD_AGAIN_DAYS:
                    # "50 mètres" and "inférieure à 50 mètres": nothing says they are one figure;
                    # nor a month apart, when nothing else says what it counts
                    continue
                if kept:
                    break  # the same figure told again: its nearest telling is enough
            if relation != "corroborates" and measure.event in SAME_FIGURE_ONLY_EVENTS:
                continue  # "pouvant accueillir jusqu'à 50 000 personnes" and "conçu pour 20 000": two camps
            if relation != "corroborates" and measure.event in DAY_COUNTS and None in a.window + b.window \
                    and a.as_of and b.as_of and abs((a.as_of - b.as_of).days) > DAY_RATE_REVISION:
                continue  # "38,9 %, contre 33,7 % une semaine plus tôt": two rounds, two days
            if relation == "conflicts" and rate and not one_origin and measure.whose is None and (
                    a.document != b.document or (ca.sentence != cb.sentence and measure.event not in CONTESTED_RATES)):
                # Two rates for one period that differ are most often two scopes (France and
                # the euro area, headline and core inflation), rarely a dispute: not compared,
                # unless one sentence sets them against each other (strikers according to the
                # ministry and to the unions).
                continue
            if (relation == "conflicts" or (relation == "updates" and measure.is_money)) and not _comparable(a, b):
                # 12 millions against 55: another deal, not a rival figure for this one; an
                # aid package raised from 30 to 45 millions, not from 800 000 to 50 millions.
                continue
            if forecast(ca) != forecast(cb):
                told = (a, b) if forecast(ca) else (b, a)
                if relation in ("conflicts", "updates") and not (measure.whose is not None and _outcome_after(*told)):
                    continue  # a forecast is measured against the outcome, never contradicted by it
                if relation in ("conflicts", "updates"):
                    # A poll's share and the count's: the count replaces it, and says how far off it was.
                    relation, why = "updates", f"the outcome {describe(told[1])} replaces the estimate {describe(told[0])}"
                why += "; one is a forecast, the other an observation"
            if copy:
                # A copy's figures are the original's: shown beside them, they neither
                # confirm nor contradict them (grades leave copy links out).
                if relation != "corroborates" and (a.low, a.high, a.qualifier) != (b.low, b.high, b.qualifier):
                    continue
                relation = "corroborates"  # (the same bounds: "des dizaines de répliques" twice)
                why = "a copy of the same story gives the same figure"
            if relation == "corroborates" and origin in origins and not copy:
                if repeats >= REPEATS:
                    continue  # one origin's same figure told again and again: two of those are enough
                repeats += 1
            if relation == "consistent" and a_step != b_step:
                continue  # "trois nouveaux corps" merely fits within "au moins trois morts": it is no estimate of it
            if relation == "consistent" and not one_origin:
                # Another origin's bound a figure lies within confirms nothing: one is enough.
                # (One origin's floor and its later figure are its history, kept.)
                if consistent >= CONSISTENT:
                    continue
                consistent += 1
            kept += 1
            origins.add(origin)
            if relation == "corroborates" and not copy and forecast(ca) != forecast(cb):
                # The outcome bears the forecast out: no second estimate of one thing.
                relation = "consistent"
            links.append(Link(*order, relation, independent, f"{why}; {reason}.", key, copy=copy))
    return links


def _history_link(older: Estimate, newer: Estimate, key: str) -> Link:
    """The link of one origin's two estimates of one thing in one article (``_own_history``):
    the newer updates the older, or tells it again."""
    if (older.low, older.high, older.qualifier) == (newer.low, newer.high, newer.qualifier):
        return Link(older.id, newer.id, "corroborates", False,
                    f"the article tells {describe(newer)} again, from the same origin; one origin.", key)
    return Link(older.id, newer.id, "updates", False,
                f"the article tells {describe(newer)} after {describe(older)}, from the same origin; one origin.", key)


def _headline_links(claims: list[Claim], docs: dict[str, Document], measures: dict[str, Measure],
                    totals: set[str]) -> list[Link]:
    """Each headline figure and the first figure of its body that it fits ("1 200 hectares
    brûlés" above "le feu a parcouru 1 200 hectares", "des dizaines de morts" above "au moins 46
    morts"): the article's one estimate told twice. They are linked as a copy is to its
    original: shown, never graded, no origin of their own (``totals``: the headline figures
    that add up the body's, no restatement of one of them)."""
    head: dict[tuple[str, str], list[tuple[Claim, Quantity, Measure]]] = defaultdict(list)
    body: dict[tuple[str, str], list[tuple[Claim, Quantity, Measure]]] = defaultdict(list)
    for c, q, m, in_headline in _measured(claims, docs, measures):
        if not m.aside and q.id not in totals:
            (head if in_headline else body)[(c.document, m.key)].append((c, q, m))
    out = []
    for where, figures in sorted(head.items()):
        told = sorted(body.get(where, []), key=lambda t: t[1].start)
        for ch, qh, m in figures:
            eh = estimate(qh, ch, docs[ch.document], m)
            for cb, qb, _ in told:
                found = compare(eh, estimate(qb, cb, docs[cb.document], m), m.cumulative, m.never_falls,
                                precision=SCALE_PRECISION.get(m.unit), points=POINTS.get(m.unit))
                if found is not None and found[0] in ("corroborates", "consistent"):
                    out.append(Link(eh.id, qb.id or "", found[0], False,
                                    f"{found[1]}; the headline tells its body's figure again: one estimate.",
                                    m.key, copy=True))
                    break
    return out


def _anonymous(claims: list[Claim]) -> set[str]:
    """The figures of claims whose source is anonymous."""
    return {q.id or "" for c in claims if c.source is not None and c.source.anonymous for q in c.quantities}


def _for_grades(links: list[Link], anonymous: set[str]) -> dict[str, list[Link]]:
    """The links each figure's grade reads: a copy adds nothing, and an anonymous source
    (its figures: ``anonymous``), though another origin, is no independent confirmation."""
    by_quantity: dict[str, list[Link]] = defaultdict(list)
    for l in links:
        if l.copy:
            continue
        if l.independent and (l.a in anonymous or l.b in anonymous):
            l = replace(l, independent=False)
        by_quantity[l.a].append(l)
        by_quantity[l.b].append(l)
    return by_quantity


def consensus_of(links: list[Link], claims: list[Claim], docs: dict[str, Document], measures: dict[str, Measure],
                 copies: dict[str, str] | None = None, judge: Optional[IndependenceJudge] = None) -> list[Consensus]:
    """The consensus of every group of linked figures (``judge``: the one the links were
    judged with, when there is one)."""
    estimates = {q.id: (estimate(q, c, docs[c.document], measures.get(q.id)), c, q.start)
                 for c in claims for q in c.quantities if q.id}
    labels = {m.key: m.label for m in measures.values()}
    judge = judge or IndependenceJudge(claims, copies)
    # A headline and its body's figure are one estimate, and a copy's figure its original's:
    # the body's and the original's stand for them (their copies' links group nothing).
    links = [l for l in links if not l.copy]
    return consensus(links, estimates, labels, origin_of, forecast_test(measures), copies,
                     same_origin=lambda a, b: judge.verdict(a, b)[2])


def relink(ledger: Ledger, ratings: dict[str, str] | None = None, everything: bool = False) -> Changes:
    """Recompute entity groups, then the links, checks, consensus and grades of the measures
    that changed since the last re-link (every measure with ``everything``, with ``ratings``,
    or when the ledger asks for it), and store them, in one transaction: the result is a
    function of the stored documents and reviews, whatever order they came in and however
    many runs brought them, and a concurrent run never sees half of it."""
    with ledger.transaction(), _no_cycle_collection():
        # (records the documents whose entities changed group; reads the new entities and
        # those they may join, through the index)
        ledger.group_entities(groups, entity_index)
        measures, documents = ledger.stale()
        fresh = "*" in measures and not ledger.count("links") and not ledger.count("grades")
        if not everything and not ratings and (fresh or "*" not in measures) and len(documents) > CHUNK \
                and not ledger.wholly_stale() - {"*"}:
            # Many new documents (a first run, a large batch) and no figure gone: linked around
            # them a stretch of days at a time, so that memory holds one stretch's documents.
            changes = _relink_in_chunks(ledger, documents, fresh)
        elif everything or ratings or "*" in measures:
            changes = _relink_all(ledger, ratings)
        else:
            # A measure that only gained figures of the stale documents is re-linked around
            # them; one that lost, moved or re-dated figures, whole.
            whole = ledger.wholly_stale()
            plans, more = plan(ledger, (measures | ledger.measures_of_documents(documents)) - whole, documents)
            whole |= more
            changes = Changes(links=ledger.count("links"), checks=ledger.count("checks"))
            if whole or not plans:
                changes = _relink_some(ledger, whole, documents)
            if plans:
                changes = relink_around(ledger, plans, documents).after(changes)
        ledger.clear_stale()
        return changes


# Stale documents are linked around this many at a time, in the order of their dates, when
# there are more of them.
CHUNK = 600


def _relink_in_chunks(ledger: Ledger, documents: set[str], fresh: bool) -> Changes:
    """Link the figures of many stale documents around them, ``CHUNK`` documents at a time in
    the order of their dates. Each step is a run that only adds figures (``partial``), each
    exact given the links the steps before stored, so the last leaves the ledger a whole
    re-link gives; what a step reads is its documents and the days around them. In a
    ``fresh`` ledger (nothing linked yet, every document stale) a step links its own figures
    and the few after them only: a later figure's links are the later step's."""
    order = ledger.documents_by_date(documents)
    changes = Changes()
    for k in range(0, len(order), CHUNK):
        chunk = set(order[k:k + CHUNK])
        plans, _ = plan(ledger, ledger.measures_of_documents(chunk), chunk, whole=False)
        changes = relink_around(ledger, plans, chunk, fresh).after(changes)
    return changes


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cyclic garbage collector off while a re-link runs: it allocates hundreds of
    thousands of short-lived objects and makes no cycles, and each collection would scan the
    model and the ledger's objects again (a quarter of a whole re-link's time). Memory is
    still freed as objects go; the collector is back on after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@dataclass
class _Inputs:
    """What linking reads of a set of documents."""

    stored: list[Claim]
    claims: list[Claim]  # reviewed values win
    reviews: list
    entities: list
    docs: dict[str, Document]
    copies: dict[str, str]
    occurrences: Occurrences
    judge: IndependenceJudge


def _inputs(ledger: Ledger, documents: Optional[set[str]] = None, ratings: dict[str, str] | None = None) -> _Inputs:
    """The claims, reviews, documents and their places of ``documents`` (all with None), and
    the entities ``ratings`` rate. Entities are looked up by key or name through the index,
    never read all at once."""
    stored = ledger.claims(documents=documents)
    reviews = ledger.reviews(documents=documents)
    claims = reviewed(ledger, stored, reviews)
    docs = {d.id: d for d in ledger.documents(documents)}
    copies = ledger.copies()
    rated = ledger.entities_named(ratings) if ratings else []
    return _Inputs(stored, claims, reviews, rated, docs, copies, places_of(ledger, docs, stored),
                   IndependenceJudge(claims, copies))


def reviewed(ledger: Ledger, stored: list[Claim], reviews: list) -> list[Claim]:
    """``stored`` with ``reviews`` applied: a source a reviewer named stands for the entity of
    that name or alias, looked up by that name alone."""
    return apply_reviews(stored, reviews, ledger.entities_named(source_names(reviews)) if reviews else [])


def places_of(ledger: Ledger, docs: dict[str, Document], stored: list[Claim]) -> Occurrences:
    """The occurrences' reader of ``docs``: their texts, the entities they name (looked up by
    the keys of their mentions) and the claims ``stored`` from them."""
    mentions = {k: ledger.mentions(k) for k in docs}
    named = ledger.entities_by(keys={m.key for found in mentions.values() for m in found})
    return Occurrences({k: d.text for k, d in docs.items()}, mentions, named, stored,
                       {k: d.lang for k, d in docs.items()}, ledger.document_terms(docs))


def _grades(claims: list[Claim], stored: list[Claim], reviews: list, entities: list,
            by_quantity: dict[str, list[Link]], ratings: dict[str, str] | None) -> dict:
    """The grade of every claim of ``claims`` (``stored`` with the ``reviews`` applied) from
    the links of its figures (``entities``: those a name of ``ratings`` rates)."""
    rated = rate_entities(ratings or {}, entities)  # "NIS" rates the entity it is an alias of
    grades = {c.id: grade(c, [l for q in c.quantities for l in by_quantity.get(q.id or "", [])], rated)
              for c in claims if c.id}
    return review_grades(grades, stored, reviews)


def _changes(links: list[Link], old_links: list[Link], grades: dict, old_grades: dict, ledger: Ledger) -> Changes:
    changes = Changes(links=ledger.count("links"), checks=ledger.count("checks"))
    before = {(l.a, l.b, l.relation) for l in old_links}
    for l in links:
        if (l.a, l.b, l.relation) not in before:
            changes.new_links.append(l)
            if l.relation == "conflicts":
                changes.new_conflicts.append(l)
    for cid, (g, _) in grades.items():
        was = old_grades.get(cid)
        if was is not None and was[0] != g:
            changes.changed_grades.append((cid, was[0], g))
    return changes


def _relink_all(ledger: Ledger, ratings: dict[str, str] | None) -> Changes:
    inputs = _inputs(ledger, ratings=ratings)
    # What each figure measures was read when its document was analysed (or reviewed), in its
    # language (``recoupe.nlp.measures``): the linker reads no text.
    measures = ledger.measure_records()
    towns: list[Check] = []
    links = link_all(inputs.claims, inputs.docs, measures, inputs.copies, inputs.occurrences, inputs.judge, towns)
    grades = _grades(inputs.claims, inputs.stored, inputs.reviews, inputs.entities,
                     _for_grades(links, _anonymous(inputs.claims)), ratings)
    old_links, old_grades = ledger.links(), ledger.grades()
    ledger.replace_cross_checks(links, grades, towns)
    ledger.replace_consensus(consensus_of(links, inputs.claims, inputs.docs, measures, inputs.copies, inputs.judge))
    return _changes(links, old_links, grades, old_grades, ledger)


def _relink_some(ledger: Ledger, keys: set[str], stale: set[str]) -> Changes:
    """Re-link the measures ``keys`` (every figure of theirs, in every document) and grade
    again the claims of the documents they or ``stale`` hold; the rest of the ledger stays.
    A measure's links read its own figures and documents only, so this is what a whole
    re-link would store."""
    if not keys and not stale:
        return Changes(links=ledger.count("links"), checks=ledger.count("checks"))
    involved = ledger.documents_measuring(keys) | stale
    inputs = _inputs(ledger, involved)
    measures = {q: m for q, m in ledger.measure_records(documents=involved).items() if m.key in keys}
    towns: list[Check] = []
    links = link_all(inputs.claims, inputs.docs, measures, inputs.copies, inputs.occurrences, inputs.judge, towns)
    # A claim's grade reads the links of all its figures: those of other measures are stored.
    figures = {q.id for c in inputs.claims for q in c.quantities if q.id}
    kept = [l for l in ledger.links(touching=figures) if l.measure not in keys]
    outside = {x for l in kept for x in (l.a, l.b)} - figures
    anonymous = _anonymous(inputs.claims) | ledger.anonymous_figures(outside)
    grades = _grades(inputs.claims, inputs.stored, inputs.reviews, inputs.entities,
                     _for_grades(links + kept, anonymous), None)
    old_links, old_grades = ledger.links(measures=keys), ledger.grades(claims=grades)
    ledger.replace_cross_checks_of(keys, links, grades, towns)
    ledger.replace_consensus_of(keys, consensus_of(links, inputs.claims, inputs.docs, measures, inputs.copies,
                                                   inputs.judge))
    return _changes(links, old_links, grades, old_grades, ledger)


# Re-linking around new figures builds on the linking above (imported last: it imports it).
from recoupe.link.partial import plan, relink_around  # noqa: E402

__all__ = ["Changes", "relink", "link_all", "estimate", "is_forecast", "forecast_test", "Measure"]
