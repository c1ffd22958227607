"""The ledger as the pages and the HTML report show it: one snapshot, reviews applied.

``LedgerView(ledger)`` reads everything once through the ``Ledger`` API (no SQL here) and
answers what a page needs: claims with their grades and reviewed figures, measures with
their estimates, sources, conflicts, an entity's claims, a document's highlight spans.
Reviewed values win: a corrected figure is shown with the reviewer's value (the parsed one
beside it), a figure marked wrong stays listed but struck out and out of every chart.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional
from urllib.parse import quote, urlsplit

from recoupe.model import OWN_TIME_ROLES, Check, Claim, Consensus, Document, Entity, Link, Mention, Quantity
from recoupe.review import Review, Verdict, apply_one, verdicts
from recoupe.report.formatting import value_text as shared_value_text
from recoupe.store import Ledger
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
    facts: list[Fact]  # every estimate, wrong ones included, in time order

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
    documents: set[str] = field(default_factory=set)
    grades: Counter = field(default_factory=Counter)
    entity_keys: set[str] = field(default_factory=set)
    labels: Counter = field(default_factory=Counter)  # the two-part grades ("B2") of its claims


@dataclass
class Span:
    """A stretch of text to highlight, with what it is and what to say about it."""

    start: int
    end: int
    kind: str  # quantity, time, source, entity
    title: str
    ref: str = ""  # id of the fact (q12, c3, e7) for links and the click panel
    classes: str = ""


class LedgerView:
    """Everything a page shows, read once from ``ledger`` with reviews applied."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.documents: list[Document] = ledger.documents()
        self.docs: dict[str, Document] = {d.id: d for d in self.documents}
        self.entities: list[Entity] = ledger.entities()
        self.entity_by_key: dict[str, Entity] = {e.key: e for e in self.entities}
        self.entity_by_id: dict[int, Entity] = {e.id: e for e in self.entities if e.id is not None}
        self.grades = ledger.grades()
        self.measure_of = ledger.measures()
        self.links: list[Link] = ledger.links()
        self.consensus_all: list[Consensus] = ledger.consensus()
        self.checks: list[Check] = ledger.checks()
        self.reviews: list[Review] = ledger.reviews()
        self.found = verdicts(self.reviews)
        self.counts = ledger.counts()
        self.claims: list[ClaimRow] = []
        self.claim_by_id: dict[str, ClaimRow] = {}
        self.facts: dict[str, Fact] = {}
        for c in ledger.claims():
            row = self._row(c)
            self.claims.append(row)
            self.claim_by_id[row.id] = row
            for f in row.facts:
                self.facts[f.id] = f

    def _row(self, c: Claim) -> ClaimRow:
        doc = self.docs[c.document]
        reviewed = apply_one(c, self.found, self.entities, drop_wrong=False) or c
        g = self.grades.get(c.id or "")
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
            m = self.measure_of.get(orig.id or "")
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

    # -- measures, sources, conflicts -----------------------------------------------------

    def measures(self) -> list[MeasureView]:
        """Every measure, most estimates first; each with its estimates in time order."""
        by_key: dict[str, list[Fact]] = defaultdict(list)
        labels: dict[str, str] = {}
        for qid, (key, label) in self.measure_of.items():
            f = self.facts.get(qid)
            if f is not None:
                by_key[key].append(f)
                labels.setdefault(key, label)
        views = [MeasureView(k, labels[k], sorted(fs, key=_time_key)) for k, fs in by_key.items()]
        views.sort(key=lambda m: (-len(m.estimates), m.label))
        return views

    def measure(self, key: str) -> Optional[MeasureView]:
        for m in self.measures():
            if m.key == key:
                return m
        return None

    def consensus(self, key: str) -> list[tuple[Consensus, Optional[Fact], list[Fact]]]:
        """The consensus of each occurrence this measure counts, with its latest estimate and
        its outliers, the best supported first."""
        return [(c, self.facts.get(c.latest), [f for f in (self.facts.get(q) for q in c.outliers) if f])
                for c in self.consensus_all if c.measure == key]

    def measure_links(self, key: str) -> list[tuple[Link, Optional[Fact], Optional[Fact]]]:
        return [(l, self.facts.get(l.a), self.facts.get(l.b)) for l in self.links if l.measure == key]

    def fact_links(self, qids: Iterable[str]) -> list[tuple[Link, Optional[Fact], Optional[Fact]]]:
        wanted = set(qids)
        return [(l, self.facts.get(l.a), self.facts.get(l.b)) for l in self.links if l.a in wanted or l.b in wanted]

    def conflicts(self) -> list[tuple[Link, Optional[Fact], Optional[Fact]]]:
        return [(l, self.facts.get(l.a), self.facts.get(l.b)) for l in self.links if l.relation == "conflicts"]

    def fact_checks(self, qids: Iterable[str]) -> list[Check]:
        wanted = set(qids)
        return [k for k in self.checks if wanted & set(k.facts)]

    def sources(self) -> list[SourceView]:
        """Every source named in a claim (reviewed names), most claims first."""
        out: dict[str, SourceView] = {}
        for row in self.claims:
            if row.claim.source is None:
                continue
            s = out.setdefault(row.claim.source.name, SourceView(row.claim.source.name))
            s.claims += 1
            s.figures += len(row.facts)
            s.documents.add(row.doc.id)
            s.entity_keys.update(row.claim.source.entity_keys)
            if row.grade is not None:
                s.grades[row.grade] += 1
                s.labels[row.label] += 1
        return sorted(out.values(), key=lambda s: (-s.claims, s.name.casefold()))

    def source_colors(self, facts: Iterable[Fact]) -> dict[str, str]:
        """A colour per source, in order of first appearance."""
        colors: dict[str, str] = {}
        for f in facts:
            if f.source_name not in colors:
                colors[f.source_name] = PALETTE[len(colors) % len(PALETTE)]
        return colors

    # -- documents ------------------------------------------------------------------------

    def doc_claims(self, doc_id: str) -> list[ClaimRow]:
        return [r for r in self.claims if r.doc.id == doc_id]

    def latest_documents(self, n: int = 10) -> list[Document]:
        order = {d.id: i for i, d in enumerate(self.documents)}
        return sorted(self.documents, key=lambda d: (d.published or date.min, order[d.id]), reverse=True)[:n]

    def doc_stats(self) -> dict[str, tuple[int, int]]:
        """Claims and figures per document id."""
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in self.claims:
            out[r.doc.id][0] += 1
            out[r.doc.id][1] += len(r.facts)
        return {k: (v[0], v[1]) for k, v in out.items()}

    def spans(self, doc_id: str, mentions: Optional[list[Mention]] = None) -> list[Span]:
        """What to highlight in a document: figures, times, sources and entity mentions."""
        doc = self.docs[doc_id]
        n = len(doc.text)
        spans: list[Span] = []
        seen: set[tuple[str, int, int]] = set()

        def add(span: Span) -> None:
            k = (span.kind, span.start, span.end)
            if k in seen or not (0 <= span.start < span.end <= n):
                return
            seen.add(k)
            spans.append(span)

        for row in self.doc_claims(doc_id):
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
                names = [self.entity_by_key[k].name for k in src.entity_keys if k in self.entity_by_key]
                if names:
                    lines.append("entities: " + ", ".join(names))
                if row.source_verdict is not None:
                    lines.append(f"review: {row.source_verdict.describe()}")
                lines.append(f"claim {row.id}, modality {c.modality}"
                             + (f", grade {row.label}" if row.grade is not None else ""))
                add(Span(src.start, src.end, "source", "\n".join(lines), row.id,
                         "corrected" if row.source_verdict is not None else ""))
        for m in mentions if mentions is not None else self.ledger.mentions(doc_id):
            e = self.entity_by_key.get(m.key)
            mv = self.found.get((doc_id, "mention", m.start, m.end))
            lines = [f"entity: {e.name if e else m.key} ({m.label})", f"key: {m.key}"]
            if e and e.country:
                lines.append(f"country: {e.country}")
            if mv and mv.wrong:
                lines.append("review: marked wrong")
            add(Span(m.start, m.end, "entity", "\n".join(lines), f"e{e.id}" if e else "",
                     "wrong" if mv and mv.wrong else ""))
        return spans

    def orphaned_reviews(self, doc_id: str, mentions: list[Mention]) -> list[Review]:
        """Reviews of this document whose span the ledger no longer has."""
        spans: set[tuple[str, int, int]] = set()
        for row in self.doc_claims(doc_id):
            c = row.original
            spans.update({("claim", c.start, c.end), ("source", c.start, c.end)})
            spans.update(("quantity", q.start, q.end) for q in c.quantities)
            spans.update(("time", t.start, t.end) for t in c.times if t.role in OWN_TIME_ROLES)
        spans.update(("mention", m.start, m.end) for m in mentions)
        return [r for r in self.reviews if r.document == doc_id and (r.target, r.start, r.end) not in spans]

    # -- claims ---------------------------------------------------------------------------

    def filter_claims(self, *, source: str = "", entity: str = "", unit: str = "", hedged: str = "",
                      grade: str = "", date_from: str = "", date_to: str = "", q: str = "",
                      figures: str = "", document: str = "") -> list[ClaimRow]:
        """Claims matching every given filter; empty filters match everything.

        ``q`` is searched with the ledger's full-text index (best match first); otherwise
        the ledger's order is kept.
        """
        rows = self.claims
        if q.strip():
            order = {f"c{rowid}": i for i, rowid in enumerate(self.ledger.search(q, limit=100_000))}
            rows = sorted((r for r in rows if r.id in order), key=lambda r: order[r.id])
        if source:
            rows = [r for r in rows if r.source_name == source
                    or (r.claim.source is not None and source in r.claim.source.entity_keys)]
        if entity:
            rows = [r for r in rows if entity in r.claim.entity_keys
                    or (r.claim.source is not None and entity in r.claim.source.entity_keys)]
        if unit:
            rows = [r for r in rows if any((f.q.unit or "") == unit and not f.wrong for f in r.facts)]
        if hedged in ("yes", "no"):
            rows = [r for r in rows if r.claim.hedged == (hedged == "yes")]
        if grade.isascii() and grade.isdigit():
            rows = [r for r in rows if r.grade == int(grade)]
        if figures in ("yes", "no"):
            rows = [r for r in rows if bool(r.facts) == (figures == "yes")]
        if document:
            rows = [r for r in rows if r.doc.id == document]
        lo, hi = parse_date(date_from), parse_date(date_to)
        if lo:
            rows = [r for r in rows if r.as_of is not None and r.as_of >= lo]
        if hi:
            rows = [r for r in rows if r.as_of is not None and r.as_of <= hi]
        return rows

    def claim_choices(self) -> dict[str, list[tuple[str, str]]]:
        """The values the claim filters offer: (value, label) pairs."""
        sources = sorted({r.source_name for r in self.claims}, key=str.casefold)
        used: Counter = Counter()
        for r in self.claims:
            used.update(set(r.claim.entity_keys) | set(r.claim.source.entity_keys if r.claim.source else []))
        entities = sorted(((k, self.entity_by_key[k].name) for k in used if k in self.entity_by_key),
                          key=lambda kv: kv[1].casefold())
        units = sorted({f.q.unit for f in self.facts.values() if f.q.unit})
        return {"source": [(s, s) for s in sources], "entity": entities, "unit": [(u, u) for u in units]}

    def find_claim(self, ident: str) -> Optional[ClaimRow]:
        """The claim with id ``c<n>``, or the claim holding figure ``q<n>``."""
        if ident.startswith("q"):
            f = self.facts.get(ident)
            return self.claim_by_id.get(f.claim.id or "") if f else None
        return self.claim_by_id.get(ident)

    # -- entities -------------------------------------------------------------------------

    def entity_claims(self, key: str) -> tuple[list[ClaimRow], list[ClaimRow]]:
        """(claims mentioning the entity, claims attributed to it as a source)."""
        mentioning = [r for r in self.claims if key in r.claim.entity_keys]
        attributed = [r for r in self.claims if r.claim.source is not None and key in r.claim.source.entity_keys]
        return mentioning, attributed

    def entity_documents(self, key: str) -> list[tuple[Document, int]]:
        out = []
        for d in self.documents:
            n = sum(1 for m in self.ledger.mentions(d.id) if m.key == key)
            if n:
                out.append((d, n))
        return out

    def entity_claim_counts(self) -> Counter:
        counts: Counter = Counter()
        for r in self.claims:
            counts.update(set(r.claim.entity_keys) | set(r.claim.source.entity_keys if r.claim.source else []))
        return counts


def _time_key(f: Fact) -> tuple:
    return (f.as_of is None, f.as_of or date.min, _num(f.id))


def _num(ident: str) -> int:
    m = re.search(r"\d+", ident)
    return int(m.group()) if m else 0
