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
from typing import Callable, Optional

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
    groups = _Groups()
    measure_of: dict[str, str] = {}
    neighbours: dict[str, set[str]] = defaultdict(set)
    # An estimate a later one updates (the toll of Monday, once Wednesday's is out) is history.
    superseded = {_earlier(l, estimates) for l in links if l.relation == "updates"}
    for l in links:
        if l.a in estimates and l.b in estimates:
            groups.union(l.a, l.b)
            measure_of[l.a] = measure_of[l.b] = l.measure
            neighbours[l.a].add(l.b)
            neighbours[l.b].add(l.a)
    components: dict[str, list[str]] = defaultdict(list)
    for qid in measure_of:
        components[groups.find(qid)].append(qid)
    out = []
    when = {q: _when(estimates[q][0], estimates[q][2]) for q in measure_of}
    for component in components.values():
        # A chain of links may run from one occurrence to the next (the linker compares each
        # figure with its neighbours only): each group is the latest estimate left and the
        # figures within two links of it.
        left = set(component)
        # Latest first, sorted once: a long chain costs its length, not its square.
        for latest in sorted(component, key=lambda q: when[q], reverse=True):
            if latest not in left:
                continue
            if len(left) < 2:
                break
            # Two steps from the latest estimate: each figure links to its nearest estimates
            # only, so the first of a dozen outlets is a neighbour's neighbour.
            near = neighbours[latest] & left
            group = ({latest} | near | {x for n in near for x in neighbours[n]}) & left
            left -= group
            if len(group) < 2:
                continue
            key = measure_of[latest]
            found = _one(sorted(group, key=lambda q: when[q]), estimates, key, labels.get(key, key), origin,
                         forecast, copies or {}, superseded, same_origin)
            if found is not None:
                out.append(found)
    # Ties by the latest estimate's date and place, never by its row id, which follows the
    # order the documents were stored in.
    out.sort(key=lambda c: (-c.origins, -len(c.members), c.measure, when[c.latest]))
    return out


def _earlier(link: Link, estimates: dict[str, tuple[Estimate, Claim, int]]) -> str:
    a, b = estimates.get(link.a), estimates.get(link.b)
    if a is None or b is None:
        return link.a
    return link.a if _when(a[0], a[2]) <= _when(b[0], b[2]) else link.b


def _one(qids: list[str], estimates: dict[str, tuple[Estimate, Claim, int]], key: str, label: str,
         origin: Callable[[Claim], frozenset[str]], forecast: Callable[[Claim], bool],
         copies: dict[str, str], superseded: set[str] = frozenset(),  # type: ignore[assignment]
         same_origin: Optional[Callable[[Claim, Claim], bool]] = None) -> Optional[Consensus]:
    observed = [q for q in qids if not forecast(estimates[q][1]) and estimates[q][0].document not in copies]
    if not observed:
        return None
    latest = observed[-1]
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
