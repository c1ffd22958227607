"""Re-linking a measure around the figures that came: what a run costs when a ledger grows.

A figure's links read only the ``WINDOW`` figures before it in its measure's time order, and a
town's check against a whole is decided by the town's figure and the ``WINDOW`` after it. So
when a measure only gained figures (of new documents, or of documents changed in place: an
entity regrouped, a copy flagged), the links that can change are those of the figures from
``WINDOW`` before each new one to ``2 × WINDOW`` after it, and they read the figures
``WINDOW`` before those. This module reads those figures' documents and no others, links
them, and replaces what it recomputed; the consensus groups and the grades the changed links
touch follow. The result is the ledger a whole re-link gives (``tests/test_incremental.py``).

The figures' order comes from the measure's index (figure, document, offset, date) without
their claims; a figure of an undated document takes the date its claim says, read for those
documents only. Headline figures an article's body restates are no figures of the order; which
they are is read from the documents within reach, which are read until each new figure has
the ``2 × WINDOW`` figures it needs on each side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Optional

from recoupe.link import (WINDOW, Changes, Item, _anonymous, _changes, _date, _for_grades, _grades, _headline_links,
                          _headline_restatements, _headline_totals,
                          _Inputs, Prepared, estimate, forecast_test, in_time_order, link_measure, places_of, prepare,
                          reviewed, tellers_of, told_again)
from recoupe.link.consensus import LONG_SERIES, groups_of, in_order, of_groups, superseded_by
from recoupe.link.independence import IndependenceJudge, origin_of
from recoupe.model import Check, Claim, Document, Link, Measure, Quantity
from recoupe.store import Ledger

# A measure is re-linked whole when its stale figures are more than this share of it (a first
# run, a large batch): reading around each would read it all anyway.
WHOLE_SHARE = 0.25
# Rows read on each side of a new figure before the documents' headlines are known; more are
# read when restated headline figures leave fewer than the two windows needed.
REACH = 2 * WINDOW


@dataclass
class Row:
    """A figure in its measure's time order, read without its claim."""

    figure: str
    document: str
    start: int
    as_of: Optional[date]

    @property
    def when(self) -> tuple[date, str, int]:
        return (self.as_of or date.min, self.document, self.start)


@dataclass
class Plan:
    """A measure to re-link around its stale figures: a stretch of its figures in time order
    (``rows``), the positions of the stale ones in it, and whether the stretch reaches the
    measure's first and last figures."""

    key: str
    rows: list[Row]
    stale: list[int]
    first: bool = True
    last: bool = True
    days: int = 0  # the days read on each side of the stale figures (0: every figure)
    since: Optional[date] = None  # the first and last days read (None: from the first, to the last)
    until: Optional[date] = None
    stale_rows: list[Row] = field(default_factory=list)


# A measure of more figures than this is read by the days around its stale figures, through
# the documents of those days; a smaller one whole, through its index.
READ_BY_DAYS = 400
FIRST_DAYS = 7


def plan(ledger: Ledger, keys: set[str], stale: set[str],
         whole: bool = True) -> tuple[list[Plan], set[str]]:
    """The measures of ``keys`` that can be re-linked around their figures of the ``stale``
    documents, and those to re-link whole: those whose stale figures are more than
    ``WHOLE_SHARE`` of them, unless not ``whole`` (each step of a long run: none)."""
    plans, relinked = [], set()
    told = _Told(ledger, keys)
    for key in sorted(keys):
        size = ledger.measure_size(key)
        if size > READ_BY_DAYS:
            mine = told.rows(ledger.measure_rows(key, documents=stale))
            p = Plan(key, [], [], days=FIRST_DAYS, stale_rows=mine)
            if mine:
                _stretch(ledger, p, told)
        else:
            rows = sorted(told.rows(ledger.measure_rows(key)), key=lambda r: r.when)
            p = Plan(key, rows, [i for i, r in enumerate(rows) if r.document in stale])
            size = len(rows)
        if not p.stale:
            continue
        if whole and len(p.stale) > WHOLE_SHARE * size:
            relinked.add(key)
        else:
            plans.append(p)
    return plans, relinked


class _Told:
    """The dates figures are told on: their document's, else the end of their claim's window
    (as ``estimate`` gives it), read once for each undated document."""

    def __init__(self, ledger: Ledger, keys: Iterable[str] = ()) -> None:
        self.ledger = ledger
        self.undated: dict[str, Optional[date]] = {}
        self.read: set[str] = set()
        # The measures read together by their days (``dated``): one document's figures fall
        # in the same weeks for each of its measures.
        self.keys = set(keys)
        self.days: dict[tuple[str, str], dict[str, list[tuple[str, str, int, Optional[str]]]]] = {}

    def dated(self, key: str, since: str, until: str) -> list[tuple[str, str, int, Optional[str]]]:
        """``Ledger.measure_rows(key, since=…, until=…)``, the documents of those days read
        once for every measure of ``keys``."""
        found = self.days.get((since, until))
        if found is None or key not in found:
            found = self.days[(since, until)] = self.ledger.measures_rows(self.keys | {key}, since, until)
        return found[key]

    def rows(self, raw: list[tuple[str, str, int, Optional[str]]]) -> list[Row]:
        undated = {doc for _, doc, _, published in raw if not published} - self.read
        if undated:
            claims = reviewed(self.ledger, self.ledger.claims(documents=undated),
                              self.ledger.reviews(documents=undated))
            for c in claims:
                t = c.event_time()
                for q in c.quantities:
                    self.undated[q.id or ""] = _date(t.to) if t else None
            self.read |= undated
        return [Row(q, doc, start, date.fromisoformat(published) if published else self.undated.get(q))
                for q, doc, start, published in raw]


def _stretch(ledger: Ledger, p: Plan, told: _Told) -> None:
    """Read the figures of ``p``'s measure told from ``p.days`` before its first stale figure
    to ``p.days`` after its last, in whole weeks (every undated document's figures are read
    and placed by their claim's date)."""
    dates = [r.as_of or date.min for r in p.stale_rows]
    lo, hi = min(dates), max(dates)
    since = None if lo - date.min <= timedelta(days=p.days + 7) else _monday(lo - timedelta(days=p.days))
    until = None if date.max - hi <= timedelta(days=p.days + 7) else \
        _monday(hi + timedelta(days=p.days)) + timedelta(days=6)
    rows, undated = _between(ledger, p.key, told, since, until)
    p.first = since is None or not (ledger.measure_dated_beyond(p.key, before=since.isoformat())
                                    or any((r.as_of or date.min) < since for r in undated))
    p.last = until is None or not (ledger.measure_dated_beyond(p.key, after=until.isoformat())
                                   or any((r.as_of or date.min) > until for r in undated))
    mine = {r.figure for r in p.stale_rows}
    p.rows, p.stale, p.since, p.until = rows, [i for i, r in enumerate(rows) if r.figure in mine], since, until


def _between(ledger: Ledger, key: str, told: _Told, since: Optional[date],
             until: Optional[date]) -> tuple[list[Row], list[Row]]:
    """The figures of a measure told from ``since`` to ``until`` (None: from the first, to the
    last), in time order, read through the documents of those days and every undated one; and
    the undated documents' figures, wherever their claims place them."""
    undated = told.rows(ledger.measure_rows(key, undated=True))
    rows = told.rows(told.dated(key, (since or date.min).isoformat(), (until or date.max).isoformat())) + undated
    rows = [r for r in rows if (since is None or (r.as_of or date.min) >= since)
            and (until is None or (r.as_of or date.min) <= until)]
    return sorted(rows, key=lambda r: r.when), undated


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


@dataclass
class _Reader:
    """The documents read so far, each once, with what linking reads of them: their claims as
    stored and with the reviews applied, their figures' measures and which of those restate
    their headline."""

    ledger: Ledger
    docs: dict[str, Document] = field(default_factory=dict)
    stored: dict[str, list[Claim]] = field(default_factory=dict)
    claims: dict[str, list[Claim]] = field(default_factory=dict)  # reviewed values win
    reviews: list = field(default_factory=list)
    measures: dict[str, Measure] = field(default_factory=dict)
    restated: set[str] = field(default_factory=set)

    def read(self, documents: set[str]) -> None:
        new = documents - self.docs.keys()
        if not new:
            return
        docs = {d.id: d for d in self.ledger.documents(new)}
        stored = self.ledger.claims(documents=new)
        reviews = self.ledger.reviews(documents=new)
        claims = reviewed(self.ledger, stored, reviews)
        measures = self.ledger.measure_records(documents=new)
        self.docs.update(docs)
        self.reviews += reviews
        for c in stored:
            self.stored.setdefault(c.document, []).append(c)
        for c in claims:
            self.claims.setdefault(c.document, []).append(c)
        self.measures.update(measures)
        # Restatements and totals are read per document: these documents' own (those
        # ``prepare`` leaves out of the blocks).
        left_out = _headline_restatements(claims, docs, measures) | _headline_totals(claims, docs, measures)
        self.restated |= {q for q in left_out if q in measures and not measures[q].aside}

    def all_claims(self) -> list[Claim]:
        return [c for doc in self.docs for c in self.claims.get(doc, [])]


@dataclass
class _Span:
    """A stretch of a measure's rows read around stale figures: links are recomputed for
    ``later`` (their window is whole in the stretch), checks for the towns' figures ``parts``."""

    lo: int
    hi: int  # exclusive
    later: set[str] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)


def _spans(ledger: Ledger, p: Plan, reader: _Reader, told: _Told, fresh: bool = False) -> list[_Span]:
    """The stretches of rows to read around the stale figures of ``p``, their documents read;
    more days of the measure are read while a stale figure lacks the figures it needs."""
    while True:
        spans = _spans_in(p, reader, fresh)
        if spans is not None:
            return spans
        p.days *= 2
        _stretch(ledger, p, told)


def _spans_in(p: Plan, reader: _Reader, fresh: bool = False) -> Optional[list[_Span]]:
    """``_spans`` within the rows read, or None when a stale figure needs rows beyond them.
    ``fresh``: no link of the measure is stored yet but those of the figures before, so only
    the stale figures' links and those of the WINDOW after them (their towns' checks) are
    computed, and they read one window on each side."""
    need = WINDOW if fresh else 2 * WINDOW
    reach = {i: (need + 2, need + 2) for i in p.stale}
    while True:
        wanted = sorted((max(0, i - b), min(len(p.rows), i + a + 1)) for i, (b, a) in reach.items())
        merged: list[list[int]] = []
        for lo, hi in wanted:
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        reader.read({p.rows[k].document for lo, hi in merged for k in range(lo, hi)})
        short = False
        for i, (b, a) in list(reach.items()):
            # Each side needs 2 × WINDOW figures that are not restatements, or the measure's end.
            before = sum(1 for k in range(max(0, i - b), i) if p.rows[k].figure not in reader.restated)
            after = sum(1 for k in range(i + 1, min(len(p.rows), i + a + 1)) if p.rows[k].figure not in reader.restated)
            if (before < need and i - b <= 0 and not p.first) or \
                    (after < need and i + a + 1 >= len(p.rows) and not p.last):
                return None  # the rows read end before the figures needed
            grow_b, grow_a = before < need and i - b > 0, after < need and i + a + 1 < len(p.rows)
            if grow_b or grow_a:
                reach[i] = (b + REACH if grow_b else b, a + REACH if grow_a else a)
                short = True
        if not short:
            break
    out = []
    for lo, hi in merged:
        span = _Span(lo, hi)
        kept = [k for k in range(lo, hi) if p.rows[k].figure not in reader.restated]
        position = {k: n for n, k in enumerate(kept)}
        for i in p.stale:
            if not lo <= i < hi or p.rows[i].figure in reader.restated:
                continue
            n = position[i]
            if fresh:
                span.later |= {p.rows[k].figure for k in kept[n:n + WINDOW + 1]}
                span.parts.add(p.rows[i].figure)
                continue
            span.later |= {p.rows[k].figure for k in kept[max(0, n - WINDOW):n + 2 * WINDOW + 1]}
            span.parts |= {p.rows[k].figure for k in kept[max(0, n - WINDOW):n + WINDOW + 1]}
        out.append(span)
    return out


def relink_around(ledger: Ledger, plans: list[Plan], stale: set[str], fresh: bool = False) -> Changes:
    """Re-link each planned measure around its stale figures, group again the linked figures
    those changes can move, and grade again the claims of the ``stale`` documents and those
    whose figures' links changed."""
    reader = _Reader(ledger)
    told = _Told(ledger, {p.key for p in plans})
    spans = {p.key: _spans(ledger, p, reader, told, fresh) for p in plans}
    inputs = _inputs(ledger, reader, occurrences=True)
    # What each document says of its figures (per document and measure: read once for all).
    prepared = prepare(inputs.claims, inputs.docs, reader.measures, inputs.occurrences)
    headlines: dict[str, list[Link]] = {}
    for l in _headline_links(inputs.claims, inputs.docs, reader.measures, prepared.totals):
        headlines.setdefault(l.measure, []).append(l)
    links: list[Link] = []
    old_links: list[Link] = []
    figures: set[str] = set()  # the figures whose links or claims changed: their claims are graded again
    regroup = []
    documents = {q.id or "": c.document for c in inputs.claims for q in c.quantities}
    figures_of: dict[tuple[str, str], list[str]] = {}  # each document's figures of each measure
    for q, m in reader.measures.items():
        if q in documents:
            figures_of.setdefault((documents[q], m.key), []).append(q)
    for p in plans:
        own = {q for d in {p.rows[i].document for i in p.stale} for q in figures_of.get((d, p.key), ())}
        new, old = _relink_measure(ledger, p, spans[p.key], prepared, headlines.get(p.key, []), own, reader, inputs,
                                   documents)
        links += new
        old_links += old
        changed = {(l.a, l.b, l.relation) for l in new} ^ {(l.a, l.b, l.relation) for l in old}
        regroup.append(_regroup(ledger, p, old, new, own | {q for a, b, _ in changed for q in (a, b)}, documents, told))
        # A grade reads its figures' links with their words and independence.
        moved = {(l.a, l.b, l.relation, l.independent, l.explanation, l.copy) for l in new} ^ \
            {(l.a, l.b, l.relation, l.independent, l.explanation, l.copy) for l in old}
        figures |= own | {q for t in moved for q in t[:2]}
    # The consensus reads every figure of the groups found, in documents maybe not read yet.
    wanted = {doc for g in regroup if g is not None for doc in g.documents.values()}
    if wanted - reader.docs.keys():
        reader.read(wanted)
        inputs = _inputs(ledger, reader, occurrences=False)
    told_in = {q.id: (c, q) for c in inputs.claims for q in c.quantities if q.id}  # each figure's claim
    for p, g in zip(plans, regroup):
        if g is not None:
            _store_consensus(ledger, p, g, inputs, reader, told_in)
    return _regrade(ledger, stale, figures, links, old_links)


def _inputs(ledger: Ledger, reader: _Reader, occurrences: bool) -> _Inputs:
    """What linking reads of the documents read, as ``link._inputs`` gives it for them (their
    places only with ``occurrences``: the consensus needs none)."""
    stored = [c for doc in reader.docs for c in reader.stored.get(doc, [])]
    claims = reader.all_claims()
    copies = ledger.copies()
    places = places_of(ledger, reader.docs, stored) if occurrences else None
    return _Inputs(stored, claims, reader.reviews, [], reader.docs, copies, places,  # type: ignore[arg-type]
                   IndependenceJudge(claims, copies))


def _relink_measure(ledger: Ledger, p: Plan, spans: list[_Span], prepared: Prepared, headlines: list[Link],
                    own: set[str], reader: _Reader, inputs: _Inputs,
                    documents: dict[str, str]) -> tuple[list[Link], list[Link]]:
    """Recompute and store the links and town checks of one measure around its stale figures
    (``own``: the stale documents' figures of it): the links now, and those they replace."""
    items: dict[str, Item] = {it[0].id: it for it in prepared.blocks.get(p.key, [])}
    links: list[Link] = []
    checks: list[Check] = []
    later: set[str] = set()
    parts: set[str] = set()
    for span in spans:
        block = in_time_order([items[r.figure] for r in p.rows[span.lo:span.hi] if r.figure in items])
        found: list[Check] = []
        links += link_measure(p.key, block, reader.measures, prepared, inputs.copies, inputs.occurrences,
                              inputs.judge, found, only=span.later)
        checks += [c for c in found if c.facts[1] in span.parts]
        later |= span.later
        parts |= span.parts
    # A headline figure's link to its body is its article's: those of the stale articles, and
    # any whose body figure is linked again.
    links += [l for l in headlines if l.b in later or l.a in own or l.b in own]
    links += _told_again_around(ledger, p.key, links, headlines, later, own, inputs.copies, documents)
    old = ledger.replace_links_around(p.key, later, own, links, parts, checks)
    return links, old


def _told_again_around(ledger: Ledger, key: str, links: list[Link], headlines: list[Link], later: set[str],
                       own: set[str], copies: dict[str, str], documents: dict[str, str]) -> list[Link]:
    """The links the tellers of the figures linked anew take from them (``link.told_again``),
    as a whole re-link gives them; ``later`` gains the tellers of the figures re-linked, whose
    links they told again are replaced with theirs (``documents``: each figure's document)."""
    figures = {q for l in links for q in (l.a, l.b)} | own
    # The stored copy links of these figures, where a copy or its original holds them (those
    # this run replaces are its own to give).
    family = set(copies) | set(copies.values())
    held = {q for q in figures if documents.get(q) in family}
    edges = ledger.link_edges(key, held) if held else []
    copied = [(a, b, da, db) for a, b, _, copy, da, db in edges
              if copy and not (b in later or a in own or b in own)]
    copied += [(l.a, l.b, documents.get(l.a, ""), documents.get(l.b, "")) for l in links if l.copy]
    tellers = tellers_of(headlines, copied, copies)
    told = {q: ts for q, ts in tellers.items() if q in figures}
    # A figure told again by a stale article, its own links not linked anew: its stored links
    # are told again too (those of the figures linked anew are all in ``links``).
    anew = {q for q, ts in told.items() if q not in own and q not in later and any(t in own for t in ts)}
    around = [l for l in ledger.links([key], touching=anew)
              if not (l.b in later or l.a in own or l.b in own)] if anew else []
    later |= {t for q in (later | own) for t in tellers.get(q, ())}
    return told_again(links + around, told)


@dataclass
class _Regroup:
    """The groups of one measure formed again, and what storing their consensus reads."""

    groups: list[list[str]]
    figures: set[str]  # every figure of the blocks grouped again
    done: set[str]  # the figures whose stored groups go
    superseded: set[str]
    documents: dict[str, str]
    when: dict[str, tuple[date, str, int]]


class _Graph:
    """The links of one measure the consensus groups by (copies' links left out: a headline's to
    its body, a copy's to its original, and the links they tell again), read from the ledger figure by figure as a search reaches them, as they stand now
    and as they stood before this run (``old``, ``new``: the links it replaced, and their
    replacements)."""

    def __init__(self, ledger: Ledger, key: str, old: list[Link], new: list[Link]) -> None:
        self.ledger, self.key = ledger, key
        self.adjacent: dict[str, set[str]] = {}
        self.loaded: set[str] = set()  # the figures whose links are all read
        self.updates: set[tuple[str, str]] = set()

        def edges(links: list[Link]) -> set[tuple[str, str]]:
            return {(l.a, l.b) for l in links if not l.copy}

        olds, news = edges(old), edges(new)
        # The neighbours a figure had before and has not now, and those it has now and had not.
        self.lost: dict[str, set[str]] = {}
        self.gained: dict[str, set[str]] = {}
        for differ, into in ((olds - news, self.lost), (news - olds, self.gained)):
            for a, b in differ:
                into.setdefault(a, set()).add(b)
                into.setdefault(b, set()).add(a)
        self.long: set[str] = set()  # figures of a long series, now
        self.short: dict[str, frozenset[str]] = {}  # the group of linked figures of the others

    def read(self, figures: list[str]) -> None:
        """Read the links of these figures, once each."""
        wanted = [q for q in figures if q not in self.loaded]
        if not wanted:
            return
        self.loaded.update(wanted)
        for q in wanted:
            self.adjacent.setdefault(q, set())
        for a, b, relation, copy, da, db in self.ledger.link_edges(self.key, wanted):
            if copy:
                continue  # a headline and its body's figure are one estimate, a copy's its original's
            self.adjacent.setdefault(a, set()).add(b)
            self.adjacent.setdefault(b, set()).add(a)
            if relation == "updates":
                self.updates.add((a, b))

    def neighbours(self, q: str, before: bool = False) -> set[str]:
        now = self.adjacent[q]
        return (now - self.gained.get(q, set())) | self.lost.get(q, set()) if before else now

    def component(self, start: str, before: bool = False) -> tuple[bool, frozenset[str]]:
        """Whether the figures linked to ``start`` are a long series, and they (as far as the
        search went, for a long one)."""
        if not before and start in self.long:
            return True, frozenset()
        if not before and start in self.short:
            return False, self.short[start]
        seen = {start}
        frontier = [start]
        while frontier:
            self.read(frontier)
            reached = []
            for q in frontier:
                for n in self.neighbours(q, before):
                    if n not in seen:
                        seen.add(n)
                        reached.append(n)
            if len(seen) > LONG_SERIES:
                if not before:
                    self.long |= seen
                return True, frozenset(seen)
            frontier = reached
        found = frozenset(seen)
        if not before:
            for q in found:
                self.short[q] = found
        return False, found


def _regroup(ledger: Ledger, p: Plan, old: list[Link], new: list[Link], touched: set[str],
             documents: dict[str, str], told: _Told) -> Optional[_Regroup]:
    """The blocks of linked figures of the measure whose groups the changed links can move
    (``consensus.blocks``: a block's groups depend on the links among its figures only), with
    their groups formed again; None when none can. Blocks are closed under the stored groups:
    a stored group one of whose figures is grouped again goes, and every figure of it is
    grouped again."""
    if not touched:
        return None
    rows = {r.figure: r for r in p.rows}
    g = _Graph(ledger, p.key, old, new)

    def when(figures: set[str]) -> None:
        missing = figures - rows.keys()
        if missing:
            rows.update((r.figure, r) for r in told.rows(ledger.measure_rows(p.key, figures=missing)))

    def week(q: str) -> list[str]:
        """The figures of a long series told in ``q``'s week."""
        day = rows[q].as_of or date.min
        monday = _monday(day) if day - date.min > timedelta(days=7) else date.min
        sunday = monday + timedelta(days=6)
        if (p.since is None or p.since <= monday) and (p.until is None or sunday <= p.until):
            found = [r for r in p.rows if monday <= (r.as_of or date.min) <= sunday]
        else:
            found = _between(ledger, p.key, told, monday, sunday)[0]
        rows.update((r.figure, r) for r in found)
        return [r.figure for r in found if g.component(r.figure)[0]]

    queue = set(touched)
    # A short group before that is (part of) a long series now was grouped whole: all of it again.
    for q in touched:
        g.read([q])
        long, members = g.component(q, before=True)
        if not long:
            queue |= members
    done: set[str] = set()
    redo: list[list[str]] = []
    while queue:
        q = queue.pop()
        if q in done:
            continue
        when({q})
        long, members = g.component(q)
        block = week(q) if long else (list(members) if len(members) > 1 else [])
        done |= set(block) | {q}
        if block:
            redo.append(block)
        queue |= ledger.consensus_members(p.key, set(block) | {q}) - done
    figures = {q for block in redo for q in block}
    g.read(list(figures))
    when(figures | {x for pair in g.updates for x in pair})
    order = {q: rows[q].when for q in rows}
    groups = [grp for block in redo for grp in groups_of(block, g.adjacent, order)]
    return _Regroup(groups, figures, done, superseded_by((a, b, "updates") for a, b in g.updates),
                    {q: rows[q].document for q in figures}, order)


def _store_consensus(ledger: Ledger, p: Plan, g: _Regroup, inputs: _Inputs, reader: _Reader,
                     told_in: dict[str, tuple[Claim, Quantity]]) -> None:
    """Store the consensus of the groups formed again in place of the stored groups that held
    one of the figures looked at."""
    estimates = {f: (estimate(q, c, inputs.docs[c.document], reader.measures.get(f)), c, q.start)
                 for f in g.figures if f in told_in for c, q in (told_in[f],)}
    found = of_groups(g.groups, {q: p.key for q in g.figures}, estimates, {p.key: Measure.from_key(p.key).label},
                      origin_of, forecast_test(reader.measures), inputs.copies, g.superseded, lambda a, b: inputs.judge.verdict(a, b)[2])
    ledger.replace_consensus_touching(p.key, g.done, in_order(found, g.when))


def _regrade(ledger: Ledger, stale: set[str], figures: set[str], links: list[Link], old: list[Link]) -> Changes:
    """Grade again the claims of the ``stale`` documents and of ``figures`` from their
    figures' stored links."""
    ids = set(ledger.claims_of_figures(figures))
    stored = ledger.claims(documents=stale) + [c for c in ledger.claims(ids=ids) if c.document not in stale]
    reviews = ledger.reviews(documents={c.document for c in stored})
    claims = reviewed(ledger, stored, reviews)
    mine = {q.id or "" for c in claims for q in c.quantities}
    kept = ledger.links(touching=mine)
    outside = {x for l in kept for x in (l.a, l.b)} - mine
    anonymous = _anonymous(claims) | ledger.anonymous_figures(outside)
    grades = _grades(claims, stored, reviews, [], _for_grades(kept, anonymous), None)
    old_grades = ledger.grades(claims=grades)
    ledger.set_grades(grades)
    return _changes(links, old, grades, old_grades, ledger)
