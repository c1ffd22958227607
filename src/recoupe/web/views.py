"""The ledger as the pages and the HTML report show it, a page at a time, reviews applied.

This is the read model both ``recoupe.web`` and ``recoupe.report`` use. ``LedgerView(ledger)``
answers what a page shows through the store's paged queries (LIMIT with an offset, counts
and filters in SQL; no SQL here): a page of claims with their grades and reviewed figures,
a measure with its latest estimates, its links and its consensus, a page of sources,
conflicts, entities or documents, a document's highlight spans. Only the reviews are read
whole (people write them one by one). Reviewed values win: a corrected figure is shown with
the reviewer's value (the parsed one beside it), a figure marked wrong stays listed but
struck out and out of every chart, and a filter judges a reviewed claim on its reviewed
values. The report asks the same methods for everything at once.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, Iterable, Optional, TypeVar
from urllib.parse import quote, urlsplit

from recoupe.model import OWN_TIME_ROLES, Check, Claim, Consensus, Document, Entity, Grade, Link, Mention, Quantity
from recoupe.review import Review, Verdict, apply_one, locate, verdicts
from recoupe.report.formatting import value_text as shared_value_text
from recoupe.store import ClaimWhere, Ledger
from recoupe.model import CREDIBILITY, RELIABILITY

OWN_VOICE = "(own voice)"
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
           "#7f7f7f", "#bcbd22")
RELATION_COLORS = {"conflicts": "#d62728", "corroborates": "#2ca02c", "consistent": "#7f7f7f",
                   "updates": "#1f77b4"}
GRADE_TEXT = CREDIBILITY  # the information's credibility, 1–6
RELIABILITY_TEXT = RELIABILITY  # the source's reliability, A–F


def grade_text(grade: Optional[int], reliability: Optional[str]) -> str:
    """A two-part grade in words: "B2 — grade 2 (probably true), source B (usually reliable)"."""
    if grade is None:
        return ""
    text = f"grade {grade} ({GRADE_TEXT.get(grade, '?')})"
    if reliability is None:
        return text
    return f"{reliability}{grade} — {text}, source {reliability} ({RELIABILITY_TEXT.get(reliability, '?')})"


# -- formatting ---------------------------------------------------------------------------


def fmt(v: Optional[float]) -> str:
    """A number as a French page prints it: 20 000, 4.80, ∞ for an open bound."""
    if v is None:
        return "∞"
    if not math.isfinite(v):
        return str(v)
    if abs(v) < 10 and not float(v).is_integer():
        return f"{v:.2f}"
    if not float(v).is_integer():
        return f"{v:,.1f}".replace(",", " ")
    return f"{v:,.0f}".replace(",", " ")


def short(v: float) -> str:
    """A compact axis label: 950, 12 k, 4.8 M, 20 G."""
    a = abs(v)
    for size, suffix in ((1e9, " G"), (1e6, " M"), (1e3, " k")):
        if a >= size:
            x = v / size
            return (f"{x:.0f}" if float(x).is_integer() or a >= 100 * size else f"{x:.1f}") + suffix
    return f"{v:.0f}" if float(v).is_integer() else f"{v:.2g}"


def value_text(q: Quantity) -> str:
    """A figure as a reader would say it, compactly: "4–6 M shell", "≥ 6 000 soldier"."""
    return shared_value_text(q, fmt)


def bounds_text(q: Quantity) -> str:
    """The bounds spelled out: "low 20 000, high 50 000 (range)"."""
    return f"low {fmt(q.low) if q.low is not None else '−∞'}, high {fmt(q.high)} ({q.qualifier})"


def unit_text(q: Quantity) -> str:
    if not q.unit:
        return "no unit"
    out = q.unit + (f" per {q.per}" if q.per else "")
    if q.unit_text:
        out += f" (written “{q.unit_text}”{', carried over' if q.unit_inherited else ''})"
    return out


def safe_url(url: Optional[str]) -> Optional[str]:
    """``url`` when it is an http(s) address, else None (``javascript:`` and friends are shown as text)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(ch in url for ch in "\"'<>\\ \t\n"):
        return url.strip()
    return None


def measure_path(key: str) -> str:
    return "/measures/" + quote(key, safe="")


def parse_date(s: Optional[str]) -> Optional[date]:
    if not s:
        return None
    try:
        return date.fromisoformat(str(s)[:10])
    except ValueError:
        return None


def doc_label(d: Document) -> str:
    return d.title or d.path.rsplit("/", 1)[-1]


# -- the snapshot -------------------------------------------------------------------------


@dataclass
class Fact:
    """One figure in context: the reviewed quantity, the parsed one, its claim and grade."""

    id: str
    q: Quantity
    original: Quantity
    claim: Claim
    doc: Document
    verdict: Optional[Verdict]
    measure: Optional[str]
    measure_label: Optional[str]
    grade: Optional[int]
    reasons: list[str]
    as_of: Optional[date]

    @property
    def wrong(self) -> bool:
        return bool(self.verdict and self.verdict.wrong) or self.claim_wrong

    claim_wrong: bool = False
    reliability: Optional[str] = None  # of the claim's source, A–F, beside the grade

    @property
    def label(self) -> str:
        """The two-part grade, "B2" (the bare grade when no letter is stored)."""
        return f"{self.reliability or ''}{self.grade}" if self.grade is not None else ""

    @property
    def corrected(self) -> bool:
        return bool(self.verdict and self.verdict.corrected)

    @property
    def source_name(self) -> str:
        return self.claim.source.name if self.claim.source else OWN_VOICE

    @property
    def hedged(self) -> bool:
        return self.claim.hedged

    @property
    def value(self) -> str:
        return value_text(self.q)

    @property
    def window(self) -> str:
        t = self.claim.event_time() or (self.claim.times[0] if self.claim.times else None)
        return f"{t.from_ or '…'} .. {t.to or '…'}" if t else ""

    def info(self) -> list[str]:
        """The lines of the tooltip and the click panel (plain text, escaped where written)."""
        q, c = self.q, self.claim
        lines = [f"figure {self.id}: “{self.original.text}”", f"value: {value_text(q)}", f"bounds: {bounds_text(q)}",
                 f"unit: {unit_text(q)}"]
        if self.corrected:
            lines.append(f"parsed as: {value_text(self.original)} ({bounds_text(self.original)})")
        if self.verdict and self.verdict.active:
            lines.append(f"review: {self.verdict.describe()}")
        if self.claim_wrong:
            lines.append("review: the whole claim is marked wrong")
        lines.append("source: " + (f"{c.source.name} (cue {c.source.cue})" if c.source else "none named (own voice)"))
        mod = c.modality + (" — hedged" + (": " + ", ".join(c.hedge_cues) if c.hedge_cues else "") if c.hedged else "")
        lines.append(f"modality: {mod}")
        if self.window:
            lines.append(f"when: {self.window}")
        if self.measure_label:
            lines.append(f"measure: {self.measure_label}")
        if self.grade is not None:
            lines.append(grade_text(self.grade, self.reliability) + ": " + "; ".join(self.reasons))
        return lines


@dataclass
class ClaimRow:
    """A claim as shown: reviewed source and figures, grade, and the reviews on it."""

    claim: Claim
    original: Claim
    doc: Document
    grade: Optional[int]
    reasons: list[str]
    facts: list[Fact]
    as_of: Optional[date]
    verdict: Optional[Verdict] = None  # on the claim as a whole
    source_verdict: Optional[Verdict] = None
    reliability: Optional[str] = None  # of the claim's source, A–F, beside the grade

    @property
    def label(self) -> str:
        """The two-part grade, "B2" (the bare grade when no letter is stored)."""
        return f"{self.reliability or ''}{self.grade}" if self.grade is not None else ""

    @property
    def id(self) -> str:
        return self.claim.id or ""

    @property
    def wrong(self) -> bool:
        return bool(self.verdict and self.verdict.wrong)

    @property
    def source_name(self) -> str:
        return self.claim.source.name if self.claim.source else OWN_VOICE

    @property
    def reviewed(self) -> bool:
        return any(v is not None and v.active for v in (self.verdict, self.source_verdict)) or any(
            f.verdict is not None and f.verdict.active for f in self.facts)


@dataclass
class MeasureView:
    key: str
    label: str
    facts: list[Fact]  # the estimates shown, wrong ones included, in time order
    total: int = 0  # the figures the measure counts in all (shown or not)

    @property
    def estimates(self) -> list[Fact]:
        """The estimates that count (not marked wrong)."""
        return [f for f in self.facts if not f.wrong]

    @property
    def plotted(self) -> list[Fact]:
        """The estimates the chart draws: not marked wrong, with at least one bound."""
        return [f for f in self.estimates if f.q.low is not None or f.q.high is not None]

    @property
    def path(self) -> str:
        return measure_path(self.key)


@dataclass
class SourceView:
    name: str
    claims: int = 0
    figures: int = 0
    n_documents: int = 0
    labels: Counter = field(default_factory=Counter)  # the two-part grades ("B2") of its claims (the report's)


@dataclass
class Span:
    """A stretch of text to highlight, with what it is and what to say about it."""

    start: int
    end: int
    kind: str  # quantity, time, source, entity
    title: str
    ref: str = ""  # id of the fact (q12, c3, e7) for links and the click panel
    classes: str = ""


T = TypeVar("T")

#: Rows on one page of a list (claims, documents, measures, entities, conflicts).
PER_PAGE = 50
#: The estimates a measure's page draws and lists, the latest first; the rest are counted.
MEASURE_FACTS = 400
#: The links a measure's or a figure's page lists, conflicts first.
PAGE_LINKS = 200
#: The consensus groups a measure's page lists, the best supported first.
PAGE_CONSENSUS = 50


@dataclass
class Page(Generic[T]):
    """One page of a list: its rows, its number (from 1), the rows per page and how many
    rows the list holds in all."""

    rows: list[T]
    number: int
    size: int
    total: int
    next_after: Optional[int] = None  # the key the next page starts after, when it is read by key

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.size)) if self.size else 1


def _clamp(number: int, total: int, size: int) -> int:
    """Page ``number`` of a list of ``total`` rows, ``size`` a page: from 1 to its last page."""
    return min(max(number, 1), Page([], number, size, total).pages)


def page_number(value: Optional[str]) -> int:
    """A ``?page=`` value as a page number: 1 when absent or not a number."""
    return int(value) if value and value.isascii() and value.isdigit() and 0 < len(value) < 7 else 1


class LedgerView:
    """The ledger as the pages and the report show it, read a page at a time.

    Each method answers what one page shows with the store's paged queries (LIMIT, keyset
    or offset; counts and filters in SQL), so a page costs what it shows, not what the
    ledger holds. Reviews are the one thing read whole (people write them, one by one):
    their verdicts are applied to every claim shown, and the claims they change are judged
    on their reviewed values when a list is filtered.
    """

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.reviews: list[Review] = ledger.reviews()
        self.found = verdicts(self.reviews)
        self._counts: Optional[dict[str, int]] = None
        self._reviewed: Optional[list[ClaimRow]] = None
        self._entities: dict[str, Entity] = {}

    @property
    def counts(self) -> dict[str, int]:
        if self._counts is None:
            self._counts = self.ledger.counts()
        return self._counts

    # -- claims as shown ------------------------------------------------------------------

    def rows(self, claims: list[Claim]) -> list[ClaimRow]:
        """These claims as shown: reviewed, graded, each figure with its measure."""
        if not claims:
            return []
        docs = {d.id: d for d in self.ledger.documents({c.document for c in claims})}
        grades = self.ledger.grades(claims=[c.id or "" for c in claims])
        measure_of = self.ledger.measures_of(q.id or "" for c in claims for q in c.quantities)
        named = self._named_entities(claims)
        return [self._row(c, docs[c.document], grades.get(c.id or ""), measure_of, named) for c in claims]

    def _named_entities(self, claims: list[Claim]) -> list[Entity]:
        """The entities a reviewer's new source name may stand for (by name or alias)."""
        names = set()
        for c in claims:
            v = self.found.get((c.document, "source", c.start, c.end))
            if v is not None and v.active and v.source:
                names.add(v.source)
        return self.ledger.entities_named(names) if names else []

    def _row(self, c: Claim, doc: Document, g: Optional[Grade], measure_of: dict[str, tuple[str, str]],
             named: list[Entity]) -> ClaimRow:
        reviewed = apply_one(c, self.found, named, drop_wrong=False) or c
        letter = getattr(g, "reliability", None)
        t = c.event_time()
        as_of = doc.published or (parse_date(t.to) if t else None)
        cv = self.found.get((c.document, "claim", c.start, c.end))
        sv = self.found.get((c.document, "source", c.start, c.end))
        cv = cv if cv is not None and cv.active else None
        sv = sv if sv is not None and sv.active else None
        facts = []
        for orig, q in zip(c.quantities, reviewed.quantities):
            v = self.found.get((c.document, "quantity", orig.start, orig.end))
            m = measure_of.get(orig.id or "")
            facts.append(Fact(
                id=orig.id or "", q=q, original=orig, claim=reviewed, doc=doc,
                verdict=v if v is not None and v.active else None,
                measure=m[0] if m else None, measure_label=m[1] if m else None,
                grade=g[0] if g else None, reasons=list(g[1]) if g else [], as_of=as_of,
                claim_wrong=bool(cv and cv.wrong), reliability=letter,
            ))
        return ClaimRow(claim=reviewed, original=c, doc=doc, grade=g[0] if g else None,
                        reasons=list(g[1]) if g else [], facts=facts, as_of=as_of, verdict=cv, source_verdict=sv,
                        reliability=letter)

    def claim_rows(self, ids: Iterable[int]) -> list[ClaimRow]:
        """The claims of these row ids, as shown, in the order given."""
        ids = list(ids)
        by_id = {r.id: r for r in self.rows(self.ledger.claims(ids=ids))}
        return [by_id[f"c{i}"] for i in ids if f"c{i}" in by_id]

    def facts(self, qids: Iterable[str]) -> dict[str, Fact]:
        """These figures as shown, by id."""
        wanted = set(qids)
        out: dict[str, Fact] = {}
        for row in self.claim_rows(self.ledger.claims_of_figures(wanted)) if wanted else []:
            out.update((f.id, f) for f in row.facts if f.id in wanted)
        return out

    def reviewed_rows(self) -> list[ClaimRow]:
        """The claims a reviewer changed (an active verdict on the claim, its source, one of
        its figures or times)."""
        if self._reviewed is None:
            active = [k for k, v in self.found.items() if v.active and k[1] != "mention"]
            self._reviewed = self.claim_rows(sorted(self.ledger.claims_at(active)))
        return self._reviewed

    # -- the claims list ------------------------------------------------------------------

    def claims_page(self, number: int = 1, size: int = PER_PAGE, after: Optional[int] = None,
                    **filters: str) -> Page[ClaimRow]:
        """One page of the claims matching every given filter (empty filters match
        everything); ``q`` is searched in the full-text index, best match first, else the
        claims come in the order they were stored. A page past the last is the last.

        ``after`` (the last claim of the page before, a row id) reads the page from the
        index, the way Datasette's "next" does, instead of counting ``number`` pages off;
        the page then knows the claim its own "next" starts after (``Page.next_after``)."""
        where = self._where(**filters)
        total = self.ledger.claim_total(where)
        number = _clamp(number, total, size)
        ids: list[int] = []
        if after is not None and not where.text:
            ids = self.ledger.claim_ids(where, limit=size, after=after)
        if not ids:
            ids = self.ledger.claim_ids(where, limit=size, offset=(number - 1) * size)
        keyset = not where.text and number < Page([], number, size, total).pages and len(ids) == size
        return Page(self.claim_rows(ids), number, size, total, next_after=ids[-1] if keyset else None)

    def _where(self, *, source: str = "", entity: str = "", unit: str = "", hedged: str = "", grade: str = "",
               date_from: str = "", date_to: str = "", q: str = "", figures: str = "",
               document: str = "") -> ClaimWhere:
        return self._overlay(ClaimWhere(
            text=q.strip(), document=document, source="" if source == OWN_VOICE else source,
            unattributed=source == OWN_VOICE, entity=entity, unit=unit,
            hedged=(hedged == "yes") if hedged in ("yes", "no") else None,
            grade=int(grade) if grade.isascii() and grade.isdigit() else None,
            figures=(figures == "yes") if figures in ("yes", "no") else None,
            date_from=date_from if parse_date(date_from) else "", date_to=date_to if parse_date(date_to) else ""))

    def _overlay(self, where: ClaimWhere) -> ClaimWhere:
        """``where`` with the claims a reviewer changed judged on what the reviewer said, not
        on what is stored, when it filters on something a review can change."""
        if any((where.source, where.unattributed, where.entity, where.names, where.attributed_to, where.unit,
                where.date_from, where.date_to)):
            reviewed = self.reviewed_rows()
            where.overridden = {_num(r.id) for r in reviewed}
            where.included = {_num(r.id) for r in reviewed if _matches(r, where)}
        return where

    def claim_choices(self, chosen: Optional[dict[str, str]] = None) -> dict[str, list[tuple[str, str]]]:
        """The values the claim filters offer, the most used first (the chosen ones kept)."""
        found = self.ledger.claim_choices()
        out: dict[str, list[tuple[str, str]]] = {}
        for name, rows in found.items():
            pairs = [(v, label) for v, label, _ in rows]
            if name == "source":
                pairs.append((OWN_VOICE, OWN_VOICE))
                pairs += [(r.source_name, r.source_name) for r in self.reviewed_rows() if r.claim.source is not None]
            value = (chosen or {}).get(name, "")
            if value:
                pairs.append((value, self.entity_name(value) if name == "entity" else value))
            pairs = list(dict.fromkeys(pairs))
            out[name] = sorted(pairs, key=lambda p: p[1].casefold())
        return out

    def entity_name(self, key: str) -> str:
        e = self.entities_of([key]).get(key)
        return e.name if e else key

    def entities_of(self, keys: Iterable[str]) -> dict[str, Entity]:
        """The entities of these keys, by key (those the ledger holds)."""
        missing = [k for k in set(keys) if k not in self._entities]
        if missing:
            self._entities.update((e.key, e) for e in self.ledger.entities_by(keys=missing))
        return {k: self._entities[k] for k in keys if k in self._entities}

    def find_claim(self, ident: str) -> Optional[ClaimRow]:
        """The claim with id ``c<n>``, or the claim holding figure ``q<n>``."""
        cid = self.ledger.claim_of_quantity(ident) if ident.startswith("q") else ident
        if not cid or not cid[1:].isdigit():
            return None
        rows = self.claim_rows([int(cid[1:])])
        return rows[0] if rows else None

    def all_claims(self) -> list[ClaimRow]:
        """Every claim (the report's table), in the order stored."""
        return self.rows(self.ledger.claims())

    # -- documents ------------------------------------------------------------------------

    def document(self, doc_id: str) -> Optional[Document]:
        return self.ledger.document(doc_id)

    def documents_page(self, number: int = 1, size: int = PER_PAGE) -> Page[Document]:
        """One page of the documents, the latest published first."""
        total = self.counts.get("documents", 0)
        number = _clamp(number, total, size)
        return Page(self.ledger.document_page(limit=size, offset=(number - 1) * size), number, size, total)

    def latest_documents(self, n: int = 10) -> list[Document]:
        return self.ledger.document_page(limit=n)

    def doc_stats(self, ids: Iterable[str]) -> dict[str, tuple[int, int]]:
        """Claims and figures per document id."""
        return self.ledger.document_stats(ids)

    def doc_claims(self, doc_id: str) -> list[ClaimRow]:
        return self.rows(self.ledger.claims(doc_id))

    def spans(self, doc_id: str, rows: list[ClaimRow], mentions: list[Mention]) -> list[Span]:
        """What to highlight in a document: figures, times, sources and entity mentions."""
        doc = rows[0].doc if rows else self.ledger.document(doc_id)
        n = len(doc.text) if doc else 0
        spans: list[Span] = []
        seen: set[tuple[str, int, int]] = set()
        entities = self.entities_of({m.key for m in mentions} | {k for r in rows if r.original.source
                                                                  for k in r.original.source.entity_keys})

        def add(span: Span) -> None:
            k = (span.kind, span.start, span.end)
            if k in seen or not (0 <= span.start < span.end <= n):
                return
            seen.add(k)
            spans.append(span)

        for row in rows:
            c = row.claim
            for f in row.facts:
                cls = "wrong" if f.wrong else "corrected" if f.corrected else ""
                add(Span(f.original.start, f.original.end, "quantity", "\n".join(f.info()), f.id, cls))
            for t in row.original.times:
                tv = self.found.get((doc_id, "time", t.start, t.end))
                wrong = bool(tv and tv.wrong)
                title = [f"time: “{t.text}”", f"from {t.from_ or 'open'} to {t.to or 'open'} ({t.precision})",
                         f"claim {row.id}"]
                if wrong:
                    title.append("review: marked wrong")
                add(Span(t.start, t.end, "time", "\n".join(title), row.id, "wrong" if wrong else ""))
            src = row.original.source
            if src is not None:
                lines = [f"source: {src.name}", f"cue: {src.cue}, kind: {src.kind}"]
                if src.via:
                    lines.append(f"via: {src.via}")
                names = [entities[k].name for k in src.entity_keys if k in entities]
                if names:
                    lines.append("entities: " + ", ".join(names))
                if row.source_verdict is not None:
                    lines.append(f"review: {row.source_verdict.describe()}")
                lines.append(f"claim {row.id}, modality {c.modality}"
                             + (f", grade {row.label}" if row.grade is not None else ""))
                add(Span(src.start, src.end, "source", "\n".join(lines), row.id,
                         "corrected" if row.source_verdict is not None else ""))
        for m in mentions:
            e = entities.get(m.key)
            mv = self.found.get((doc_id, "mention", m.start, m.end))
            lines = [f"entity: {e.name if e else m.key} ({m.label})", f"key: {m.key}"]
            if e and e.country:
                lines.append(f"country: {e.country}")
            if mv and mv.wrong:
                lines.append("review: marked wrong")
            add(Span(m.start, m.end, "entity", "\n".join(lines), f"e{e.id}" if e else "",
                     "wrong" if mv and mv.wrong else ""))
        return spans

    def orphaned_reviews(self, doc_id: str, rows: list[ClaimRow], mentions: list[Mention]) -> list[Review]:
        """Reviews of this document whose span the ledger no longer has."""
        spans: set[tuple[str, int, int]] = set()
        for row in rows:
            c = row.original
            spans.update({("claim", c.start, c.end), ("source", c.start, c.end)})
            spans.update(("quantity", q.start, q.end) for q in c.quantities)
            spans.update(("time", t.start, t.end) for t in c.times if t.role in OWN_TIME_ROLES)
        spans.update(("mention", m.start, m.end) for m in mentions)
        return [r for r in self.reviews if r.document == doc_id and (r.target, r.start, r.end) not in spans]

    # -- measures, links, checks ----------------------------------------------------------

    def measures_page(self, number: int = 1, size: int = PER_PAGE, sample: int = 5) -> Page[MeasureView]:
        """One page of the measures, the most figures first, each with its ``sample`` latest
        estimates (its count of figures in ``MeasureView.total``)."""
        total = self.ledger.measure_total()
        number = _clamp(number, total, size)
        found = self.ledger.measure_page(limit=size, offset=(number - 1) * size)
        shown = {k: self.ledger.measure_figures(k, limit=sample) for k, _, _ in found}
        facts = self.facts(q for qs in shown.values() for q in qs)
        views = [MeasureView(k, label, sorted((facts[q] for q in shown[k] if q in facts), key=_time_key), total=n)
                 for k, label, n in found]
        return Page(views, number, size, total)

    def measure(self, key: str, limit: Optional[int] = MEASURE_FACTS) -> Optional[MeasureView]:
        """One measure with its latest ``limit`` estimates (all with None), in time order."""
        qids = self.ledger.measure_figures(key, limit=limit)
        if not qids:
            return None
        facts = self.facts(qids)
        fs = sorted(facts.values(), key=_time_key)
        total = len(qids) if limit is None or len(qids) < limit else self.ledger.measure_size(key)
        return MeasureView(key, fs[0].measure_label or key if fs else key, fs, total=total)

    def all_measures(self) -> list[MeasureView]:
        """Every measure with every estimate, the most estimates first (the report)."""
        views = [self.measure(k, limit=None) for k, _, _ in self.ledger.measure_page(limit=None)]
        return [m for m in views if m is not None]

    def measure_keys(self, limit: int = 2_000) -> list[str]:
        return self.ledger.measure_keys(limit=limit)

    def consensus(self, key: str, limit: Optional[int] = PAGE_CONSENSUS
                  ) -> list[tuple[Consensus, Optional[Fact], list[Fact]]]:
        """The consensus of each occurrence this measure counts, with its latest estimate and
        its outliers, the best supported first (at most ``limit``; all with None)."""
        items = self.ledger.consensus(measure=key, limit=limit)
        facts = self.facts({c.latest for c in items} | {q for c in items for q in c.outliers})
        return [(c, facts.get(c.latest), [f for f in (facts.get(q) for q in c.outliers) if f]) for c in items]

    def _with_facts(self, links: list[Link], known: Optional[dict[str, Fact]] = None
                    ) -> list[tuple[Link, Optional[Fact], Optional[Fact]]]:
        known = dict(known or {})
        missing = {q for l in links for q in (l.a, l.b) if q not in known}
        known.update(self.facts(missing))
        return [(l, known.get(l.a), known.get(l.b)) for l in links]

    def measure_links(self, key: str, facts: Optional[list[Fact]] = None, limit: Optional[int] = PAGE_LINKS
                      ) -> list[tuple[Link, Optional[Fact], Optional[Fact]]]:
        """The links of one measure, conflicts first, at most ``limit`` (all with None)."""
        links = self.ledger.link_page(measure=key, limit=limit)
        return self._with_facts(links, {f.id: f for f in facts or []})

    def link_total(self, key: Optional[str] = None, relation: Optional[str] = None) -> int:
        return self.ledger.link_total(measure=key, relation=relation)

    def fact_links(self, qids: Iterable[str]) -> list[tuple[Link, Optional[Fact], Optional[Fact]]]:
        return self._with_facts(self.ledger.links(touching=list(qids))[:PAGE_LINKS])

    def conflicts_page(self, number: int = 1, size: int = PER_PAGE
                       ) -> Page[tuple[Link, Optional[Fact], Optional[Fact]]]:
        """One page of the conflicts, by measure."""
        total = self.ledger.link_total(relation="conflicts")
        number = _clamp(number, total, size)
        links = self.ledger.link_page(relation="conflicts", limit=size, offset=(number - 1) * size)
        return Page(self._with_facts(links), number, size, total)

    def all_conflicts(self) -> list[tuple[Link, Optional[Fact], Optional[Fact]]]:
        return self._with_facts(self.ledger.link_page(relation="conflicts", limit=None))

    def fact_checks(self, qids: Iterable[str]) -> list[Check]:
        return self.ledger.checks_of(qids)

    # -- sources --------------------------------------------------------------------------

    def sources(self, limit: Optional[int] = 12) -> list[SourceView]:
        """Named sources, most claims first (reviewed names where a reviewer renamed one)."""
        out: dict[str, SourceView] = {}
        for name, claims, figures, documents in self.ledger.source_page(limit=None if limit is None else limit + 50):
            out[name] = SourceView(name, claims=claims, figures=figures, n_documents=documents)
        for r in self.reviewed_rows():  # a renamed source counts under its new name
            old = r.original.source.name if r.original.source else None
            new = r.claim.source.name if r.claim.source else None
            if old == new:
                continue
            if old in out:
                out[old].claims -= 1
                out[old].figures -= len(r.facts)
            if new is not None:
                s = out.setdefault(new, SourceView(new))
                s.claims += 1
                s.figures += len(r.facts)
                s.n_documents = max(s.n_documents, 1)
        views = sorted((s for s in out.values() if s.claims > 0), key=lambda s: (-s.claims, s.name.casefold()))
        return views if limit is None else views[:limit]

    @staticmethod
    def sources_of(rows: Iterable[ClaimRow]) -> list[SourceView]:
        """The named sources of these claims (reviewed names), most claims first, with the
        grades of their claims (the report, which reads every claim)."""
        out: dict[str, SourceView] = {}
        documents: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            if row.claim.source is None:
                continue
            s = out.setdefault(row.claim.source.name, SourceView(row.claim.source.name))
            s.claims += 1
            s.figures += len(row.facts)
            documents[s.name].add(row.doc.id)
            s.n_documents = len(documents[s.name])
            if row.grade is not None:
                s.labels[row.label] += 1
        return sorted(out.values(), key=lambda s: (-s.claims, s.name.casefold()))

    def source_total(self) -> int:
        return self.ledger.source_total()

    def source_colors(self, facts: Iterable[Fact]) -> dict[str, str]:
        """A colour per source, in order of first appearance."""
        colors: dict[str, str] = {}
        for f in facts:
            if f.source_name not in colors:
                colors[f.source_name] = PALETTE[len(colors) % len(PALETTE)]
        return colors

    # -- entities -------------------------------------------------------------------------

    def entities_page(self, number: int = 1, size: int = PER_PAGE) -> Page[tuple[Entity, int]]:
        """One page of the entities, the most claims first, each with its claims."""
        total = self.ledger.entity_total()
        number = _clamp(number, total, size)
        return Page(self.ledger.entity_page(limit=size, offset=(number - 1) * size), number, size, total)

    def entity(self, entity_id: int) -> Optional[Entity]:
        found = self.ledger.entities_by(ids=[entity_id])
        return found[0] if found else None

    def entity_claims(self, e: Entity, number: int = 1, size: int = PER_PAGE
                      ) -> tuple[Page[ClaimRow], Page[ClaimRow]]:
        """(a page of the claims naming the entity, a page of those attributed to it), each
        the ``number``-th of its list (empty past its last), reviewed sources applied."""
        pages = []
        for where in (ClaimWhere(names=e.key), ClaimWhere(attributed_to=e.key)):
            where = self._overlay(where)
            total = self.ledger.claim_total(where)
            ids = self.ledger.claim_ids(where, limit=size, offset=(max(number, 1) - 1) * size)
            pages.append(Page(self.claim_rows(ids), max(number, 1), size, total))
        return pages[0], pages[1]

    def entity_documents(self, e: Entity, limit: int = 100) -> list[tuple[Document, int]]:
        found = self.ledger.entity_documents(e.id or 0, limit=limit)
        docs = {d.id: d for d in self.ledger.documents(doc for doc, _ in found)}
        return [(docs[doc], n) for doc, n in found if doc in docs]

    # -- reviews --------------------------------------------------------------------------

    def review_rows(self) -> list[tuple[Review, Optional[Document], Optional[str]]]:
        """Every review, the latest first, with its document and the id its span has today."""
        docs = {r.document for r in self.reviews}
        raw = self.ledger.claims(documents=docs) if docs else []
        by_id = {d.id: d for d in self.ledger.documents(docs)} if docs else {}
        return [(r, by_id.get(r.document), locate(raw, r)) for r in reversed(self.reviews)]


def _matches(r: ClaimRow, w: ClaimWhere) -> bool:
    """Whether a reviewed claim passes the filters a reviewer can change (source, entity,
    unit) and the others, as the store would judge it."""
    c = r.claim
    if w.document and r.doc.id != w.document:
        return False
    if w.source and not (r.source_name == w.source or (c.source is not None and w.source in c.source.entity_keys)):
        return False
    if w.unattributed and c.source is not None:
        return False
    if w.names and w.names not in c.entity_keys:
        return False
    if w.attributed_to and not (c.source is not None and w.attributed_to in c.source.entity_keys):
        return False
    if w.entity and not (w.entity in c.entity_keys or (c.source is not None and w.entity in c.source.entity_keys)):
        return False
    if w.unit and not any((f.q.unit or "") == w.unit and not f.wrong for f in r.facts):
        return False
    if w.hedged is not None and c.hedged != w.hedged:
        return False
    if w.grade is not None and r.grade != w.grade:
        return False
    if w.figures is not None and bool(r.facts) != w.figures:
        return False
    lo, hi = parse_date(w.date_from), parse_date(w.date_to)
    if lo and (r.as_of is None or r.as_of < lo):
        return False
    if hi and (r.as_of is None or r.as_of > hi):
        return False
    return True


def _time_key(f: Fact) -> tuple:
    return (f.as_of is None, f.as_of or date.min, _num(f.id))


def _num(ident: str) -> int:
    m = re.search(r"\d+", ident)
    return int(m.group()) if m else 0
