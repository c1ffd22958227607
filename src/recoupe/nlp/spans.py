"""Sets of character spans asked about in O(log n): a document's times, figures and
quotations are asked about for every token or figure, and a scan of the whole list each time
made long documents cost their square."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable


class Spans:
    """Half-open spans ``(start, end)``, fixed once built; they may overlap."""

    __slots__ = ("starts", "reach")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # the furthest end so far

    def holds(self, at: int) -> bool:
        """Whether a span holds offset ``at`` (``start <= at < end``)."""
        k = bisect_right(self.starts, at)
        return k > 0 and self.reach[k - 1] > at

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span overlaps ``[start, end)`` (``s < end and start < e``)."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start

    def __len__(self) -> int:
        return len(self.starts)


class GrowingSpans:
    """Spans added one at a time, asked whether one overlaps a span. Kept as their union (a
    sorted list of disjoint runs), which answers the same for spans of one character or more;
    spans added in text order are appended at the end."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        k = bisect_left(self.starts, end)
        return k > 0 and self.ends[k - 1] > start

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        lo = bisect_left(self.ends, start)  # the first run that ends at or after ``start``
        hi = bisect_right(self.starts, end)  # past the last run that starts by ``end``
        if lo < hi:
            start, end = min(start, self.starts[lo]), max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]
