"""Human review of extracted facts: mark one wrong, or correct its value, unit or source.

A review names the fact it is about by **where it is in the document**, never by row id:
``(document id, target, start, end)``. The document id is the sha256 of the text and the
offsets are ``str`` indices into it, so a review still applies after the document is
analysed again (new claim and quantity row ids, same text, same spans). A review whose span
the pipeline no longer finds is kept and reported as orphaned, never silently dropped.

Targets and what a review of each can say:

* ``quantity`` (the figure's span): ``wrong``, or ``correct`` its ``low``/``high``/
  ``qualifier`` and its ``unit``/``per``;
* ``source`` (keyed by the *claim's* span, since a claim may have no source span at all):
  ``wrong`` (the claim is not attributed to anyone) or ``correct`` the source's name;
* ``claim`` (the claim's span): ``wrong`` — nothing in it should be used;
* ``time`` and ``mention`` (their spans): ``wrong``.

``clear`` withdraws every earlier review of the same fact. Reviews are append-only rows with
a UTC timestamp; the effective verdict on a fact is the fold of its history in order.

Reviewed values win: ``apply_reviews`` returns the claims as a reader should see them, for
the JSON export, the reports, and — through the hook in ``recoupe.link.relink`` — for
measures, links and grades (``review_grades`` turns a reviewer's "wrong" into a grade).
This module holds no SQL: rows are read and written by ``Ledger.add_review``/``reviews``.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterable, Optional

from recoupe.model import Claim, Entity, Grade, Quantity, Source, sane_value

TARGETS: tuple[str, ...] = ("quantity", "source", "claim", "time", "mention")
ACTIONS: tuple[str, ...] = ("wrong", "correct", "clear")
#: Qualifiers a reviewer may give a corrected figure (the schema's list).
QUALIFIERS: tuple[str, ...] = (
    "exact", "approx", "range", "at_least", "more_than", "at_most", "less_than", "up_to", "average", "vague",
)
_LOWER_ONLY = ("at_least", "more_than")
_UPPER_ONLY = ("at_most", "less_than", "up_to")

Key = tuple[str, str, int, int]


class ReviewError(ValueError):
    """A review that cannot be stored as given (unknown target, no value to correct, ...)."""


@dataclass
class Review:
    """One reviewer's statement about one fact, as stored (append-only)."""

    document: str
    target: str
    start: int
    end: int
    action: str
    low: Optional[float] = None
    high: Optional[float] = None
    qualifier: Optional[str] = None
    unit: Optional[str] = None
    per: Optional[str] = None
    source: Optional[str] = None
    note: str = ""
    created_at: Optional[str] = None  # ISO timestamp, UTC; set when stored
    id: Optional[int] = None

    @property
    def key(self) -> Key:
        return (self.document, self.target, self.start, self.end)

    def validate(self) -> None:
        """Raise ``ReviewError`` when the review says nothing usable."""
        if self.target not in TARGETS:
            raise ReviewError(f"unknown review target {self.target!r}")
        if self.action not in ACTIONS:
            raise ReviewError(f"unknown review action {self.action!r}")
        if not (isinstance(self.start, int) and isinstance(self.end, int)) or not 0 <= self.start <= self.end:
            raise ReviewError("a review needs the fact's start and end offsets (0 <= start <= end)")
        if self.qualifier is not None and self.qualifier not in QUALIFIERS:
            raise ReviewError(f"unknown qualifier {self.qualifier!r}")
        if self.action != "correct":
            return
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ReviewError("the lower bound is above the upper bound")
        if self.target == "quantity":
            if self.low is None and self.high is None and not self.unit and not self.per and not self.qualifier:
                raise ReviewError("a correction of a figure needs a value, a unit or a qualifier")
        elif self.target == "source":
            if not (self.source or "").strip():
                raise ReviewError("a correction of a source needs the source's name")
        else:
            raise ReviewError(f"a {self.target} can be marked wrong, not corrected")


@dataclass
class Verdict:
    """The effective review of one fact: the fold of its history."""

    key: Key
    wrong: bool = False
    low: Optional[float] = None
    high: Optional[float] = None
    value_set: bool = False
    qualifier: Optional[str] = None
    unit: Optional[str] = None
    per: Optional[str] = None
    source: Optional[str] = None
    note: str = ""
    updated_at: Optional[str] = None
    history: list[Review] = field(default_factory=list)

    @property
    def corrected(self) -> bool:
        return not self.wrong and (self.value_set or bool(self.unit) or bool(self.per) or bool(self.qualifier)
                                   or bool(self.source))

    @property
    def active(self) -> bool:
        """Whether the verdict changes anything (a cleared history does not)."""
        return self.wrong or self.corrected

    @property
    def status(self) -> str:
        return "wrong" if self.wrong else "corrected" if self.corrected else "cleared"

    def describe(self) -> str:
        """One line for tooltips and tables: "marked wrong", "corrected: value 1 200, unit shell"."""
        if self.wrong:
            text = "marked wrong by a reviewer"
        elif not self.corrected:
            return "review withdrawn"
        else:
            parts = []
            if self.value_set:
                low, high, qualifier = resolve_value(self.low, self.high, self.qualifier)
                parts.append("value " + _bounds_text(low, high) + f" ({qualifier})")
            elif self.qualifier:
                parts.append(f"qualifier {self.qualifier}")
            if self.unit:
                parts.append(f"unit {self.unit}")
            if self.per:
                parts.append(f"per {self.per}")
            if self.source:
                parts.append(f"source {self.source}")
            text = "corrected by a reviewer: " + ", ".join(parts)
        if self.note:
            text += f" ({self.note})"
        if self.updated_at:
            text += f", {self.updated_at}"
        return text


def now() -> str:
    """The timestamp stored with a review: UTC, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def parse_number(text: Optional[str]) -> Optional[float]:
    """A number as a French reader types it: "20 000", "4,8", "1.5", "3 millions" → float.

    Empty or missing → None; anything else that is not a number raises ``ReviewError``.
    """
    if text is None:
        return None
    s = str(text).strip()
    if not s:
        return None
    scale = 1.0
    folded = s.lower()
    for word, factor in (("milliards", 1e9), ("milliard", 1e9), ("millions", 1e6), ("million", 1e6),
                         ("mds", 1e9), ("md", 1e9), ("m", 1e6), ("k", 1e3)):
        if folded.endswith(word) and folded[: -len(word)].strip():
            scale, folded = factor, folded[: -len(word)]
            break
    folded = re.sub(r"[\s\u00a0\u202f\u2009']", "", folded).replace(",", ".")
    if not re.fullmatch(r"-?[0-9]{1,30}(?:\.[0-9]{1,30})?", folded):
        raise ReviewError(f"{s[:40]!r} is not a number")
    value = float(folded) * scale
    if not sane_value(value):
        raise ReviewError(f"{s[:40]!r} is beyond any figure a report gives (more than 10^15)")
    return value


def verdicts(reviews: Iterable[Review]) -> dict[Key, Verdict]:
    """The effective verdict on every reviewed fact (reviews folded in the order given)."""
    out: dict[Key, Verdict] = {}
    for r in sorted(reviews, key=lambda r: (r.created_at or "", r.id or 0)):
        v = out.get(r.key)
        if v is None or r.action == "clear":
            history = (v.history if v else []) + [r]
            v = out[r.key] = Verdict(key=r.key, history=history, updated_at=r.created_at)
            if r.action == "clear":
                continue
        else:
            v.history.append(r)
        v.updated_at = r.created_at
        v.note = r.note or v.note
        if r.action == "wrong":
            v.wrong = True
            continue
        v.wrong = False
        if r.low is not None or r.high is not None:
            v.low, v.high, v.value_set = r.low, r.high, True
            v.qualifier = r.qualifier
        elif r.qualifier:
            v.qualifier = r.qualifier
        if r.unit:
            v.unit = r.unit
        if r.per:
            v.per = r.per
        if r.source:
            v.source = r.source.strip()
    return out


def resolve_value(low: Optional[float], high: Optional[float],
                  qualifier: Optional[str]) -> tuple[Optional[float], Optional[float], str]:
    """The bounds and qualifier a reviewer's entry means.

    One number alone is exact; two are a range (or exact when equal); a one-sided
    qualifier keeps only its side ("at_least" 500 → 500..∞).
    """
    if qualifier is None:
        if low is not None and high is not None:
            return low, high, "exact" if low == high else "range"
        v = low if low is not None else high
        return v, v, "exact"
    if qualifier in _LOWER_ONLY:
        return (low if low is not None else high), None, qualifier
    if qualifier in _UPPER_ONLY:
        return None, (high if high is not None else low), qualifier
    if low is None or high is None:
        v = low if low is not None else high
        return v, v, qualifier
    return low, high, qualifier


def corrected_quantity(q: Quantity, v: Verdict) -> Quantity:
    """A copy of ``q`` with the reviewer's value, qualifier and unit."""
    out = copy.copy(q)
    if v.value_set:
        out.low, out.high, out.qualifier = resolve_value(v.low, v.high, v.qualifier)
    elif v.qualifier:
        out.qualifier = v.qualifier
    if v.unit:
        out.unit = v.unit
        out.unit_inherited = False
        if v.unit != q.unit:
            out.unit_class = None  # the class was the old unit's: "personnes" corrected to euros
    if v.per:
        out.per = None if v.per == "-" else v.per
    return out


def _source_keys(name: str, entities: Optional[Iterable[Entity]]) -> list[str]:
    if not entities:
        return []
    wanted = name.casefold().strip()
    for e in entities:
        if wanted == e.name.casefold() or any(wanted == a.casefold() for a in e.aliases):
            return [e.key]
    return []


def apply_one(claim: Claim, found: dict[Key, Verdict], entities: Optional[Iterable[Entity]] = None,
              drop_wrong: bool = True) -> Optional[Claim]:
    """``claim`` as reviewed: None when the claim is marked wrong (and ``drop_wrong``)."""
    doc = claim.document
    cv = found.get((doc, "claim", claim.start, claim.end))
    if cv is not None and cv.wrong and drop_wrong:
        return None
    out = copy.copy(claim)
    sv = found.get((doc, "source", claim.start, claim.end))
    if sv is not None and sv.active:
        if sv.wrong:
            out.source = None
        elif sv.source:
            old = claim.source
            out.source = Source(
                start=old.start if old else claim.start, end=old.end if old else claim.start,
                text=old.text if old else "", name=sv.source, cue="review",
                kind=old.kind if old else "other", entity_keys=_source_keys(sv.source, entities), via=None,
            )
    quantities = []
    for q in claim.quantities:
        qv = found.get((doc, "quantity", q.start, q.end))
        if qv is None or not qv.active:
            quantities.append(q)
        elif qv.wrong:
            if not drop_wrong:
                quantities.append(q)
        else:
            quantities.append(corrected_quantity(q, qv))
    out.quantities = quantities
    out.times = [t for t in claim.times
                 if not (drop_wrong and (tv := found.get((doc, "time", t.start, t.end))) and tv.wrong)]
    return out


def source_names(reviews: Iterable[Review]) -> set[str]:
    """The source names reviewers gave: the only names ``apply_reviews`` looks entities up by."""
    return {r.source for r in reviews if r.source}


def apply_reviews(claims: Iterable[Claim], reviews: Iterable[Review], entities: Optional[Iterable[Entity]] = None,
                  drop_wrong: bool = True) -> list[Claim]:
    """The claims as reviewed: corrections applied and, with ``drop_wrong``, wrong facts removed.

    The input claims are not modified. Ids are kept, so links, grades and measures stored
    under ``q<n>``/``c<n>`` still point at the right rows.
    """
    found = verdicts(reviews)
    if not found:
        return list(claims)
    entities = list(entities) if entities is not None else None
    out = []
    for c in claims:
        r = apply_one(c, found, entities, drop_wrong)
        if r is not None:
            out.append(r)
    return out


def reviewed_ids(claims: Iterable[Claim], reviews: Iterable[Review]) -> dict[str, Verdict]:
    """Active verdicts by the id they apply to today: ``c<n>`` (claim and source) and ``q<n>``.

    A claim with both a claim and a source verdict gets the claim's.
    """
    found = verdicts(reviews)
    out: dict[str, Verdict] = {}
    if not found:
        return out
    for c in claims:
        for target in ("source", "claim"):
            v = found.get((c.document, target, c.start, c.end))
            if v is not None and v.active and c.id:
                out[c.id] = v
        for q in c.quantities:
            v = found.get((c.document, "quantity", q.start, q.end))
            if v is not None and v.active and q.id:
                out[q.id] = v
    return out


def review_grades(grades: dict[str, tuple[int, list[str]]], claims: Iterable[Claim],
                  reviews: Iterable[Review]) -> dict[str, tuple[int, list[str]]]:
    """Grades with the reviewers' word in them.

    A claim marked wrong, or every figure of which is marked wrong, gets grade 5
    (improbable); a claim with a corrected figure or source keeps its computed grade and
    gains a reason saying so. ``claims`` are the claims as stored (not yet reviewed), so
    claims that ``apply_reviews`` dropped still get a grade. The reliability of a claim's
    source (the letter of a ``Grade``) stays as computed: a review judges the information.
    """
    found = verdicts(reviews)
    if not found:
        return grades
    out = dict(grades)
    for c in claims:
        if not c.id:
            continue
        doc = c.document
        cv = found.get((doc, "claim", c.start, c.end))
        qvs = [found.get((doc, "quantity", q.start, q.end)) for q in c.quantities]
        sv = found.get((doc, "source", c.start, c.end))
        if (cv is not None and cv.wrong) or (qvs and all(v is not None and v.wrong for v in qvs)):
            why = (cv if cv is not None and cv.wrong else qvs[0])
            out[c.id] = Grade(5, [why.describe() if why else "marked wrong by a reviewer"],
                              getattr(out.get(c.id), "reliability", "F"))
            continue
        extra = [f"source: {sv.describe()}"] if sv is not None and sv.active else []
        extra += [f"figure “{q.text}”: {v.describe()}" for q, v in zip(c.quantities, qvs) if v is not None and v.active]
        if extra and c.id in out:
            g, reasons = out[c.id]
            out[c.id] = Grade(g, list(reasons) + extra, getattr(out[c.id], "reliability", "F"))
    return out


def locate(claims: Iterable[Claim], review: Review) -> Optional[str]:
    """The id (``c<n>``/``q<n>``) the review's span has today, or None when it is orphaned.

    ``time`` and ``mention`` reviews have no id of their own: the claim holding the time is
    returned for a time; mentions are matched by the caller against ``Ledger.mentions``.
    """
    for c in claims:
        if c.document != review.document:
            continue
        if review.target in ("claim", "source") and (c.start, c.end) == (review.start, review.end):
            return c.id
        if review.target == "quantity":
            for q in c.quantities:
                if (q.start, q.end) == (review.start, review.end):
                    return q.id
        if review.target == "time":
            for t in c.times:
                if (t.start, t.end) == (review.start, review.end):
                    return c.id
    return None


def _bounds_text(low: Optional[float], high: Optional[float]) -> str:
    def f(v: float) -> str:
        return f"{v:,.0f}".replace(",", " ") if float(v).is_integer() else f"{v:g}"

    if low is not None and high is not None:
        return f(low) if low == high else f"{f(low)}–{f(high)}"
    if low is not None:
        return f"≥ {f(low)}"
    if high is not None:
        return f"≤ {f(high)}"
    return "?"


__all__ = [
    "ACTIONS", "TARGETS", "Review", "ReviewError", "Verdict", "apply_reviews", "apply_one", "corrected_quantity",
    "locate", "now", "parse_number", "review_grades", "reviewed_ids", "verdicts",
]


# -- an analyst's choices about measures ---------------------------------------------------

MEASURE_ACTIONS: tuple[str, ...] = ("merge", "split", "clear")


@dataclass
class MeasureReview:
    """An analyst's choice about what figures measure, as stored (append-only).

    * ``merge``: the measure ``measure`` is the measure ``into`` (two keys recoupe told apart
      for one thing); every figure of it, now and after any re-analysis, joins ``into``.
    * ``split``: the figure at ``document``/``start``/``end`` leaves ``measure`` for ``into``:
      another measure's key, or a name of the analyst's ("centre d'accueil"), which makes a
      measure of its own beside the one it leaves.
    * ``clear``: withdraws the merge of ``measure`` or, with a figure's span, its split.

    Figures are named by where they are in their document, so a choice applies again after
    the document is analysed again.
    """

    action: str
    measure: str
    into: Optional[str] = None
    document: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    note: str = ""
    created_at: Optional[str] = None
    id: Optional[int] = None

    @property
    def figure(self) -> Optional[tuple[str, int, int]]:
        if self.document is None or self.start is None or self.end is None:
            return None
        return (self.document, self.start, self.end)

    def validate(self) -> None:
        if self.action not in MEASURE_ACTIONS:
            raise ReviewError(f"unknown measure action {self.action!r}")
        if not self.measure.strip() or len(self.measure) > 300:
            raise ReviewError("a measure choice needs the measure's key")
        if self.action in ("merge", "split") and not (self.into or "").strip():
            raise ReviewError(f"a {self.action} needs the measure to join or the name of a new one")
        if self.into is not None and (len(self.into) > 300 or "#" in self.into.split("|")[0]):
            raise ReviewError("a measure's name is at most 300 characters, without '#'")
        if self.action == "merge" and self.into == self.measure:
            raise ReviewError("a measure cannot be merged into itself")
        if self.action == "split" and self.figure is None:
            raise ReviewError("a split needs the figure's document and span")
        if self.figure is not None and not (0 <= (self.start or 0) <= (self.end or 0)):
            raise ReviewError("a figure's span needs 0 <= start <= end")


@dataclass
class MeasureChoices:
    """The effective merges and splits: the fold of the analyst's choices in order."""

    merges: dict[str, str] = field(default_factory=dict)  # measure key -> the key it joins
    splits: dict[tuple[str, int, int], str] = field(default_factory=dict)  # figure -> key or name

    def key(self, computed: str, figure: tuple[str, int, int]) -> str:
        """The key a figure's measure has once the choices apply: its split first (to a key,
        or to a named measure beside the one it leaves), then merges, followed to their end."""
        key = computed
        into = self.splits.get(figure)
        if into:
            key = into if "|" in into else f"{computed}|#{into}"
        seen = {key}
        while key in self.merges and self.merges[key] not in seen:
            key = self.merges[key]
            seen.add(key)
        return key


def measure_choices(reviews: Iterable[MeasureReview]) -> MeasureChoices:
    """The choices in force after ``reviews`` (folded by time, then row id)."""
    out = MeasureChoices()
    for r in sorted(reviews, key=lambda r: (r.created_at or "", r.id or 0)):
        figure = r.figure
        if r.action == "merge" and r.into:
            # "B is A" after "A is B" says they are one, not that they swap: the later choice
            # names the measure both join, and the merge that led back is dropped.
            k, seen = r.into, set()
            while k in out.merges and k not in seen:
                seen.add(k)
                if out.merges[k] == r.measure:
                    del out.merges[k]
                    break
                k = out.merges[k]
            out.merges[r.measure] = r.into
        elif r.action == "split" and figure is not None and r.into:
            out.splits[figure] = r.into.strip()
        elif r.action == "clear":
            if figure is not None:
                out.splits.pop(figure, None)
            else:
                out.merges.pop(r.measure, None)
    return out
