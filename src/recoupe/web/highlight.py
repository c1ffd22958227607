"""Document text with spans highlighted in place, built by escaping every slice.

The text is untrusted: each stretch of it goes through ``markupsafe.escape`` on its own, and
so does every attribute value; the only markup in the result is the ``<mark>`` tags written
here. Spans may nest (an entity inside a source) or overlap (a time inside a figure): nested
ones become nested marks, and a span that overlaps the end of an open one is split so the
tags stay well formed (both pieces carry the same data).
"""

from __future__ import annotations

import heapq
from typing import Iterable

from markupsafe import Markup, escape

from recoupe.web.views import Span

# Among spans with the same start and end, the outer one first.
_ORDER = {"source": 0, "entity": 1, "quantity": 2, "time": 3}


def _open_tag(span: Span, interactive: bool) -> str:
    classes = " ".join(c for c in ("hl", f"hl-{span.kind}", span.classes) if c)
    attrs = [f'class="{escape(classes)}"', f'data-kind="{escape(span.kind)}"', f'title="{escape(span.title)}"']
    if span.ref:
        attrs.append(f'data-ref="{escape(span.ref)}"')
    if interactive:
        attrs.append('tabindex="0"')
    return "<mark " + " ".join(attrs) + ">"


def highlight(text: str, spans: Iterable[Span], *, offset: int = 0, interactive: bool = True) -> Markup:
    """``text`` as HTML with ``spans`` marked; span offsets are ``offset`` + index in ``text``.

    Spans outside ``text`` are clipped to it or dropped.
    """
    n = len(text)
    heap: list[tuple[int, int, int, int, Span]] = []
    for i, s in enumerate(spans):
        start, end = max(s.start - offset, 0), min(s.end - offset, n)
        if start < end:
            heapq.heappush(heap, (start, -end, _ORDER.get(s.kind, 9), i, s))
    out: list[str] = []
    pos = 0
    stack: list[int] = []  # ends of the open marks, innermost last

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1] <= limit:
            end = stack.pop()
            out.append(str(escape(text[pos:end])))
            out.append("</mark>")
            pos = end

    while heap:
        start, neg_end, order, i, span = heapq.heappop(heap)
        end = -neg_end
        close_until(start)
        if stack and end > stack[-1]:
            # Overlaps the end of the innermost open mark: mark up to there now, the rest later.
            heapq.heappush(heap, (stack[-1], -end, order, i, span))
            end = stack[-1]
            if start >= end:
                continue
        out.append(str(escape(text[pos:start])))
        pos = start
        out.append(_open_tag(span, True if interactive else False))
        stack.append(end)
    close_until(n)
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))
