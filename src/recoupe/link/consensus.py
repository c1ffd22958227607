"""Consensus per measure and occurrence: what the independent estimates of one thing support.

The figures of one measure that the linker tied together (one occurrence: one toll, one
protest day, one fee) form a group. For each group recoupe gives what an analyst leads with:

* **the latest estimate** (an observation, not a forecast);
* **the origins** behind the current estimates: each origin (a source with its relays, or an
  article's own voice) counts once, with its latest figure: a ministry's toll of Monday is
  superseded by its toll of Wednesday; a copy of a story is no origin;
* **the range** those current estimates support: their overlap when they agree, their spread
  when they do not;
* **the outliers**: the estimates without which the others agree.

It reads no language: only estimates, links, sources and dates.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date
from typing import Callable, Iterable, Optional

from recoupe.link.compare import Estimate, bounds, describe, fmt
from recoupe.model import Claim, Consensus, Link


class _Groups:
    """Union-find over figure ids."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        root = x
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while self.parent.get(x, x) != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _interval(e: Estimate) -> tuple[float, float]:
    """The values an estimate allows, with the slack of its wording ("environ 3 000")."""
    return bounds(e)


def _overlap(intervals: list[tuple[float, float]]) -> Optional[tuple[float, float]]:
    lo, hi = max(i[0] for i in intervals), min(i[1] for i in intervals)
    return (lo, hi) if lo <= hi else None


def _bound(v: float) -> Optional[float]:
    return None if math.isinf(v) else v


def _when(e: Estimate, start: int) -> tuple[date, str, int]:
    return (e.as_of or date.min, e.document, start)


# A group of linked figures longer than this is a series followed for months (a state's troops
# sent to a war, estimated every week): its consensus is given week by week, so that an estimate
# told today regroups its own week, never the series. A story's toll, crowd or fee, told over
# days by a few dozen outlets, stays one group read from its latest estimate.
LONG_SERIES = 100
When = tuple[date, str, int]


def graph(edges: Iterable[tuple[str, str]]) -> tuple[list[list[str]], dict[str, set[str]]]:
    """The connected groups of figures the links make (each in no order), and each figure's
    neighbours."""
    groups = _Groups()
    neighbours: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        groups.union(a, b)
        neighbours[a].add(b)
        neighbours[b].add(a)
    components: dict[str, list[str]] = defaultdict(list)
    for qid in neighbours:
        components[groups.find(qid)].append(qid)
    return list(components.values()), neighbours


def blocks(component: list[str], when: dict[str, When]) -> list[list[str]]:
    """The parts of a connected group that are grouped on their own: the whole of it, or
    each week of a long series (``LONG_SERIES``)."""
    if len(component) <= LONG_SERIES:
        return [component]
    weeks: dict[tuple[int, int], list[str]] = defaultdict(list)
    for q in component:
        weeks[tuple(when[q][0].isocalendar()[:2])].append(q)  # type: ignore[index]
    return [weeks[w] for w in sorted(weeks)]


def groups_of(block: list[str], neighbours: dict[str, set[str]], when: dict[str, When]) -> list[list[str]]:
    """The groups of one block, each in time order: a chain of links may run from one
    occurrence to the next (the linker compares each figure with its neighbours only), so each
    group is the latest estimate left and the figures within two links of it. Figures of the
    block only: a group depends on the links among its block's figures and on no other."""
    left = set(block)
    out = []
    # Latest first, sorted once: a long chain costs its length, not its square.
    for latest in sorted(block, key=lambda q: when[q], reverse=True):
        if latest not in left:
            continue
        if len(left) < 2:
            break
        # Two steps from the latest estimate: each figure links to its nearest estimates
        # only, so the first of a dozen outlets is a neighbour's neighbour.
        near = neighbours[latest] & left
        group = ({latest} | near | {x for n in near for x in neighbours[n]}) & left
        left -= group
        if len(group) >= 2:
            out.append(sorted(group, key=lambda q: when[q]))
    return out


def superseded_by(links: Iterable[tuple[str, str, str]]) -> set[str]:
    """The figures a later one updates (the toll of Monday, once Wednesday's is out): history.
    ``links``: (figure a, figure b, relation), an update's older figure first, as the linker
    writes it (an article's own history may recall its older figure after its newer one: "un
    bilan définitif de 71 morts. Au lendemain du drame, l'agence faisait état de 48 morts")."""
    return {a for a, b, relation in links if relation == "updates"}


def consensus(
    links: list[Link], estimates: dict[str, tuple[Estimate, Claim, int]], labels: dict[str, str],
    origin: Callable[[Claim], frozenset[str]], forecast: Callable[[Claim], bool],
    copies: Optional[dict[str, str]] = None, same_origin: Optional[Callable[[Claim, Claim], bool]] = None,
) -> list[Consensus]:
    """The consensus of every group of linked figures. ``estimates`` maps a figure id to its
    estimate, claim and offset; ``labels`` a measure key to its label; ``origin`` gives the
    keys a claim goes back to, ``forecast`` whether it forecasts rather than observes;
    ``same_origin`` whether two claims are shown to go back to one source (a relay of the
    other, a copy), as the links judge it."""
    measure_of: dict[str, str] = {}
    edges = []
    for l in links:
        if l.a in estimates and l.b in estimates:
            measure_of[l.a] = measure_of[l.b] = l.measure
            edges.append((l.a, l.b))
    when = {q: _when(e[0], e[2]) for q, e in estimates.items()}
    # An estimate a later one updates (the toll of Monday, once Wednesday's is out) is history.
    superseded = superseded_by((l.a, l.b, l.relation) for l in links)
    components, neighbours = graph(edges)
    found = [group for component in components for block in blocks(component, when)
             for group in groups_of(block, neighbours, when)]
    return in_order(of_groups(found, measure_of, estimates, labels, origin, forecast, copies, superseded,
                              same_origin), when)


def of_groups(found: list[list[str]], measure_of: dict[str, str], estimates: dict[str, tuple[Estimate, Claim, int]],
              labels: dict[str, str], origin: Callable[[Claim], frozenset[str]], forecast: Callable[[Claim], bool],
              copies: Optional[dict[str, str]], superseded: set[str],
              same_origin: Optional[Callable[[Claim, Claim], bool]]) -> list[Consensus]:
    """The consensus of each group (its figures in time order), when it has an observation."""
    out = []
    for group in found:
        key = measure_of[group[-1]]
        one = _one(group, estimates, key, labels.get(key, key), origin, forecast, copies or {}, superseded,
                   same_origin)
        if one is not None:
            out.append(one)
    return out


def in_order(found: list[Consensus], when: dict[str, When]) -> list[Consensus]:
    """The best supported first; ties by the latest estimate's date and place, never by its
    row id, which follows the order the documents were stored in."""
    return sorted(found, key=lambda c: (-c.origins, -len(c.members), c.measure, when[c.latest]))


def _one(qids: list[str], estimates: dict[str, tuple[Estimate, Claim, int]], key: str, label: str,
         origin: Callable[[Claim], frozenset[str]], forecast: Callable[[Claim], bool],
         copies: dict[str, str], superseded: set[str] = frozenset(),  # type: ignore[assignment]
         same_origin: Optional[Callable[[Claim, Claim], bool]] = None) -> Optional[Consensus]:
    observed = [q for q in qids if not forecast(estimates[q][1]) and estimates[q][0].document not in copies]
    if not observed:
        return None
    # (the last in time order unless a figure of it updates it: an article's own history may
    # recall its older figure after its newer one)
    latest = next((q for q in reversed(observed) if q not in superseded), observed[-1])
    window = estimates[latest][0].window
    # Each origin's latest estimate for the latest estimate's period: a revision supersedes
    # what the same origin said before. Origins that share a key (a source and its relay) are one.
    keys = _Groups()
    for q in observed:
        ks = sorted(origin(estimates[q][1]))
        for k in ks[1:]:
            keys.union(ks[0], k)
    if same_origin is not None:
        # One origin as the links judge it: a source and the relay that cites it, a copy, an
        # unsourced restatement (a group is a figure and its few nearest estimates).
        for i, q in enumerate(observed):
            for r in observed[:i]:
                kq, kr = min(origin(estimates[q][1])), min(origin(estimates[r][1]))
                if keys.find(kq) != keys.find(kr) and same_origin(estimates[q][1], estimates[r][1]):
                    keys.union(kq, kr)
    current: dict[str, str] = {}
    for q in observed:
        e = estimates[q][0]
        if q in superseded and q != latest:
            continue
        if None not in window and None not in e.window and (e.window[1] < window[0] or e.window[0] > window[1]):  # type: ignore[operator]
            continue  # another period than the latest estimate's
        current[keys.find(min(origin(estimates[q][1])))] = q  # in time order: the last one wins
    chosen = sorted(current.values(), key=lambda q: _when(estimates[q][0], estimates[q][2]))
    named = [q for q in chosen if _named(estimates[q][1])]
    intervals = {q: _interval(estimates[q][0]) for q in chosen}
    both = _overlap(list(intervals.values()))
    outliers: list[str] = []
    if both is None and len(chosen) >= 3:
        # An estimate without which all the others agree stands out.
        for q in chosen:
            if _overlap([i for k, i in intervals.items() if k != q]) is not None:
                outliers.append(q)
        if len(outliers) > 1:
            outliers = []  # several candidates: no single estimate stands out
    kept = [i for k, i in intervals.items() if k not in outliers]
    agreed = _overlap(kept)
    if agreed is not None:
        lo, hi = agreed
        agree = True
    else:
        # The spread of the values themselves, not of their slack.
        values = [v for q in chosen if q not in outliers for v in (estimates[q][0].low, estimates[q][0].high)]
        lo, hi = min((v for v in values if v is not None), default=-math.inf), \
            max((v for v in values if v is not None), default=math.inf)
        if any(estimates[q][0].high is None for q in chosen if q not in outliers):
            hi = math.inf
        agree = False
    n = len([q for q in named if q not in outliers])  # the origins behind the consensus, outliers aside
    # Agreeing estimates support their overlap; disagreeing ones span their values.
    if len(chosen) == 1:  # one origin (its figure restated or revised): nothing to agree with
        head = f"1 origin ({n} named): {describe(estimates[chosen[0]][0])}"
    else:
        head = (f"{len(chosen)} origins ({n} named) "
                + (f"agree on {_range_text(lo, hi)}" if agree else f"disagree, from {_range_text(lo, hi)}"))
    latest_e = estimates[latest][0]
    tail = f"; latest {describe(latest_e)} ({latest_e.as_of or 'undated'})"
    if outliers:
        tail += "; outlier " + ", ".join(describe(estimates[q][0]) for q in outliers)
    return Consensus(measure=key, label=label, members=qids, current=chosen, low=_bound(lo), high=_bound(hi),
                     agree=agree, origins=n, outliers=outliers, latest=latest,
                     window=(window[0].isoformat() if window[0] else None, window[1].isoformat() if window[1] else None),
                     explanation=head + tail)


def _named(claim: Claim) -> bool:
    """Whether the claim's source is named (not anonymous, not the article's own voice)."""
    return claim.source is not None and not claim.source.anonymous and bool(claim.source.entity_keys)


def _range_text(lo: float, hi: float) -> str:
    lo, hi = _round(lo), _round(hi)
    if math.isinf(lo) and math.isinf(hi):
        return "any value"
    if math.isinf(hi):
        return f"≥ {fmt(lo)}"
    if math.isinf(lo):
        return f"≤ {fmt(hi)}"
    return fmt(lo) if fmt(lo) == fmt(hi) else f"{fmt(lo)}–{fmt(hi)}"


def _round(v: float) -> float:
    """Three significant figures: the slack of "environ" is no precision to print."""
    if math.isinf(v) or v == 0:
        return v
    return round(v, 2 - int(math.floor(math.log10(abs(v)))))
