"""Grouping again only what changed gives the groups of a whole grouping.

A run that re-links a measure around new figures re-forms only the consensus groups its
changed links can move (``recoupe.link.partial._regroup``) and keeps the stored others. On
random chains of linked figures over many weeks (short stories and long series, joined and
split by the changes), the stored groups the run keeps plus those it forms are the groups a
whole grouping of the new links gives (``recoupe.link.consensus``)."""

from __future__ import annotations

import importlib
import random
from datetime import date, timedelta
from typing import Any, Iterable, Optional

import pytest

from recoupe.link import partial
from recoupe.model import Link

consensus = importlib.import_module("recoupe.link.consensus")  # the module, not its function
KEY = "killed|person||"


def whole(edges: set[tuple[str, str]], rows: dict[str, partial.Row]) -> set[frozenset[str]]:
    """The groups a whole grouping gives."""
    when = {q: r.when for q, r in rows.items()}
    components, neighbours = consensus.graph(edges)
    return {frozenset(g) for c in components for b in consensus.blocks(c, when)
            for g in consensus.groups_of(b, neighbours, when)}


class FakeLedger:
    """The reads ``_regroup`` makes, from a measure's links and stored groups in memory."""

    def __init__(self, edges: set[tuple[str, str]], rows: dict[str, partial.Row], stored: set[frozenset[str]]):
        self.edges, self.rows, self.stored = edges, rows, stored

    def link_edges(self, key: str, figures: Iterable[str]) -> list[tuple[str, str, str, bool, str, str]]:
        wanted = set(figures)
        return [(a, b, "corroborates", False, self.rows[a].document, self.rows[b].document)
                for a, b in self.edges if a in wanted or b in wanted]

    def consensus_members(self, key: str, figures: Iterable[str]) -> set[str]:
        wanted = set(figures)
        return {q for g in self.stored if g & wanted for q in g}

    def measure_rows(self, key: str, since: Optional[str] = None, until: Optional[str] = None,
                     figures: Optional[Iterable[str]] = None, undated: bool = False) -> list[tuple[str, str, int, Any]]:
        if undated:
            return []
        out = []
        for r in self.rows.values():
            day = r.as_of.isoformat() if r.as_of else None
            if figures is not None and r.figure not in set(figures):
                continue
            if since is not None and (day is None or not since <= day <= (until or "9999")):
                continue
            out.append((r.figure, r.document, r.start, day))
        return out


def chain(rng: random.Random, n: int) -> tuple[dict[str, partial.Row], set[tuple[str, str]]]:
    """``n`` figures told over a few months, each linked to some of the figures just before it,
    in stories that break off now and then."""
    day = date(2025, 1, 6)
    rows: dict[str, partial.Row] = {}
    edges: set[tuple[str, str]] = set()
    order: list[str] = []
    for i in range(n):
        day += timedelta(days=rng.choice([0, 0, 1, 1, 2, 5, 9]))
        q = f"q{i + 1}"
        rows[q] = partial.Row(q, f"d{i // 2}", i, day)
        if order and rng.random() > 0.15:  # else a new story starts
            for a in rng.sample(order[-6:], k=min(len(order[-6:]), rng.choice([1, 1, 2, 3]))):
                edges.add((a, q))
        order.append(q)
    return rows, edges


@pytest.mark.parametrize("seed", range(1000))
def test_regrouping_what_changed_gives_the_whole_grouping(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(seed)
    long_series = rng.choice([3, 5, 8])
    for module in (consensus, partial):
        monkeypatch.setattr(module, "LONG_SERIES", long_series)
    rows, old_edges = chain(rng, rng.randint(15, 60))
    figures = sorted(rows, key=lambda q: rows[q].when)
    # The run: a few figures of new documents, whose links to their neighbours come, and some
    # links near them that go or come (a window that moved).
    new_figures = set(rng.sample(figures, k=rng.randint(1, 3)))
    old_edges = {e for e in old_edges if not new_figures & set(e)}
    new_edges = set(old_edges)
    for q in new_figures:
        at = figures.index(q)
        near = figures[max(0, at - 6):at] + figures[at + 1:at + 4]
        for a in rng.sample(near, k=min(len(near), rng.randint(0, 3))):
            new_edges.add((a, q) if rows[a].when < rows[q].when else (q, a))
        for e in list(new_edges):
            if rng.random() < 0.1 and set(e) & set(near) and not set(e) & new_figures:
                new_edges.discard(e)
    changed = old_edges ^ new_edges
    touched = new_figures | {q for e in changed for q in e}
    old_rows = {q: r for q, r in rows.items() if q not in new_figures}
    stored = whole(old_edges, old_rows)
    ledger = FakeLedger(new_edges, rows, stored)
    p = partial.Plan(KEY, sorted(rows.values(), key=lambda r: r.when), [])
    links = lambda es: [Link(a, b, "corroborates", False, "", KEY) for a, b in sorted(es)]  # noqa: E731
    found = partial._regroup(ledger, p, links(old_edges - new_edges), links(new_edges - old_edges),  # type: ignore[arg-type]
                             touched, {q: r.document for q, r in rows.items()}, partial._Told(ledger))  # type: ignore[arg-type]
    kept = {g for g in stored if not g & (found.done if found else set())}
    formed = {frozenset(g) for g in found.groups} if found else set()
    assert kept | formed == whole(new_edges, rows)
    assert not kept & formed
