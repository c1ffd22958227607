"""The SVG chart of a measure's estimates over time, written as inline markup.

x is when the estimate was stated (the document's date, else the end of the window it
covers); y is the value, on a log scale when the estimates span more than a factor of 30.
A range is a bar from low to high, a point a dot, a lower bound an arrow pointing up from
it, an upper bound an arrow pointing down; colours stand for sources, a dashed outline for a
hedged estimate, thin lines between estimates for the links (red for a conflict). Each
estimate is one ``<g class="mark">`` with a ``<title>``; every text in it is escaped.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Callable, Optional

from markupsafe import Markup, escape

from recoupe.model import Link
from recoupe.web.views import RELATION_COLORS, Fact, parse_date, short, value_text

W, H = 960, 360
LEFT, RIGHT, TOP, BOTTOM = 70, 20, 16, 46
ARROW = 34  # length of a one-sided bound's arrow, px


def _e(value: object) -> str:
    return str(escape(str(value)))


def _nice_step(span: float, count: int = 5) -> float:
    raw = span / max(count, 1)
    if raw <= 0:
        return 1.0
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


class _Scale:
    def __init__(self, values: list[float]) -> None:
        positive = [v for v in values if v > 0]
        lo = min(values) if values else 0.0
        hi = max(values) if values else 1.0
        self.log = bool(positive) and lo > 0 and hi / lo > 30
        if self.log:
            self.lo = 10 ** math.floor(math.log10(lo))
            self.hi = 10 ** math.ceil(math.log10(hi * 1.05))
            if self.hi <= self.lo:
                self.hi = self.lo * 10
        else:
            top = hi * 1.15 if hi > 0 else 1.0
            bottom = min(0.0, lo * 1.15)
            step = _nice_step(top - bottom)
            self.lo = math.floor(bottom / step) * step
            self.hi = math.ceil(top / step) * step
            if self.hi <= self.lo:
                self.hi = self.lo + step
            self.step = step

    def y(self, v: float) -> float:
        inner = H - TOP - BOTTOM
        if self.log:
            v = max(v, self.lo)
            frac = (math.log10(v) - math.log10(self.lo)) / (math.log10(self.hi) - math.log10(self.lo))
        else:
            frac = (v - self.lo) / (self.hi - self.lo)
        return TOP + inner * (1 - min(max(frac, 0.0), 1.0))

    def ticks(self) -> list[float]:
        if self.log:
            out, v = [], self.lo
            while v <= self.hi * 1.0001:
                out.append(v)
                v *= 10
            return out
        count = int(round((self.hi - self.lo) / self.step))
        return [self.lo + i * self.step for i in range(count + 1)]


def _x_range(dates: list[date]) -> tuple[date, date]:
    lo, hi = min(dates), max(dates)
    pad = max(timedelta(days=20), (hi - lo) * 0.06)
    return lo - pad, hi + pad


def _month_ticks(lo: date, hi: date, count: int = 6) -> list[date]:
    months = (hi.year - lo.year) * 12 + hi.month - lo.month
    step = max(1, math.ceil(months / count))
    for nice in (1, 2, 3, 4, 6, 12, 24, 60):
        if step <= nice:
            step = nice
            break
    y, m = lo.year, lo.month
    out = []
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        d = date(y, m, 1)
        if d > hi:
            break
        if ((y * 12 + m - 1) % step) == 0:
            out.append(d)
    return out or [lo]


def _window(f: Fact) -> Optional[tuple[date, date]]:
    """The period the figure covers, when its claim gives both ends."""
    t = f.claim.event_time()
    if t is None:
        return None
    a, b = parse_date(t.from_), parse_date(t.to)
    if a is None or b is None or b < a or (b - a).days > 366 * 30:
        return None
    return a, b


def measure_chart(facts: list[Fact], links: list[Link], colors: dict[str, str],
                  href: Optional[Callable[[Fact], str]] = None, title: str = "") -> Markup:
    """The chart of ``facts`` (estimates of one measure; wrong ones are left out) as SVG."""
    facts = [f for f in facts if not f.wrong and (f.q.low is not None or f.q.high is not None)]
    values = [v for f in facts for v in (f.q.low, f.q.high) if v is not None]
    scale = _Scale(values)
    dated = [f.as_of for f in facts if f.as_of is not None]
    windows = {f.id: _window(f) for f in facts}
    dated += [d for w in windows.values() if w for d in w]
    undated = any(f.as_of is None for f in facts)
    inner_w = W - LEFT - RIGHT - (60 if undated else 0)
    if dated:
        x0, x1 = _x_range(dated)
    else:
        x0 = x1 = date.today()
    span_days = max((x1 - x0).days, 1)

    def x_of(d: Optional[date]) -> float:
        if d is None:
            return LEFT + inner_w + 30
        return LEFT + inner_w * (d - x0).days / span_days

    # Estimates of one day side by side instead of on top of each other.
    slots: dict[Optional[date], int] = {}
    positions: dict[str, tuple[float, float]] = {}
    parts: list[str] = []
    parts.append(
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}"'
        f' role="img" aria-label="{_e(title or "estimates over time")}">'
    )
    parts.append(f"<title>{_e(title or 'estimates over time')}</title>")
    # axes and grid
    for t in scale.ticks():
        y = scale.y(t)
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{W - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"'
                     ' stroke="#e3e3e3" stroke-width="1"/>')
        parts.append(f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11"'
                     f' fill="#555">{_e(short(t))}</text>')
    if dated:
        for d in _month_ticks(x0, x1):
            x = x_of(d)
            parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{H - BOTTOM}" y2="{H - BOTTOM + 4}" stroke="#888"/>')
            parts.append(f'<text class="tick" x="{x:.1f}" y="{H - BOTTOM + 17}" text-anchor="middle" font-size="11"'
                         f' fill="#555">{_e(d.strftime("%Y-%m"))}</text>')
    if undated:
        parts.append(f'<text class="tick" x="{x_of(None):.1f}" y="{H - BOTTOM + 17}" text-anchor="middle"'
                     ' font-size="11" fill="#555">undated</text>')
    parts.append(f'<line x1="{LEFT}" x2="{W - RIGHT}" y1="{H - BOTTOM}" y2="{H - BOTTOM}" stroke="#888"/>')
    parts.append(f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{H - BOTTOM}" stroke="#888"/>')
    if scale.log:
        parts.append(f'<text x="{LEFT}" y="{H - 8}" font-size="10" fill="#777">log scale</text>')

    marks: list[str] = []
    for f in facts:
        n = slots.get(f.as_of, 0)
        slots[f.as_of] = n + 1
        x = x_of(f.as_of) + (n % 2 * 2 - 1) * (7 * ((n + 1) // 2))
        color = colors.get(f.source_name, "#333")
        dash = ' stroke-dasharray="4 3"' if f.hedged else ""
        low, high = f.q.low, f.q.high
        tip = [f"{f.id}: {value_text(f.q)}", f"source: {f.source_name}",
               f"stated: {f.as_of.isoformat() if f.as_of else 'undated'}"]
        if f.window:
            tip.append(f"covers: {f.window}")
        if f.hedged:
            tip.append("hedged" + (": " + ", ".join(f.claim.hedge_cues) if f.claim.hedge_cues else ""))
        if f.grade is not None:
            tip.append(f"grade {f.label}")
        if f.corrected:
            tip.append("corrected by a reviewer")
        tip.append(f"“{f.original.text}” — {f.doc.title or f.doc.path}")
        if low is not None and high is not None and low != high:
            shape = "range"
            y1, y2 = scale.y(high), scale.y(low)
            if y2 - y1 < 4:
                y1, y2 = (y1 + y2) / 2 - 2, (y1 + y2) / 2 + 2
            body = (f'<rect x="{x - 5:.1f}" y="{y1:.1f}" width="10" height="{y2 - y1:.1f}" rx="2"'
                    f' fill="{color}" fill-opacity="{0.3 if f.hedged else 0.75}" stroke="{color}"'
                    f' stroke-width="1.5"{dash}/>')
            cy = (y1 + y2) / 2
        elif low is not None and high is None or (high is not None and low is None):
            up = high is None
            v = low if up else high
            assert v is not None
            y = scale.y(v)
            tip_y = y - ARROW if up else y + ARROW
            tip_y = min(max(tip_y, TOP), H - BOTTOM)
            shape = "lower-bound" if up else "upper-bound"
            head = (f"{x - 6:.1f},{tip_y + 8:.1f} {x + 6:.1f},{tip_y + 8:.1f} {x:.1f},{tip_y:.1f}" if up
                    else f"{x - 6:.1f},{tip_y - 8:.1f} {x + 6:.1f},{tip_y - 8:.1f} {x:.1f},{tip_y:.1f}")
            body = (f'<line x1="{x - 7:.1f}" x2="{x + 7:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{color}"'
                    f' stroke-width="3"/>'
                    f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y:.1f}" y2="{tip_y:.1f}" stroke="{color}"'
                    f' stroke-width="2.5"{dash}/>'
                    f'<polygon points="{head}" fill="{color}"/>')
            cy = y
        else:
            shape = "point"
            v = low if low is not None else high
            assert v is not None
            y = scale.y(v)
            body = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{"#fff" if f.hedged else color}"'
                    f' stroke="{color}" stroke-width="2.5"{dash}/>')
            cy = y
        positions[f.id] = (x, cy)
        w = windows.get(f.id)
        if w and f.as_of is not None:
            # The period the figure covers, as a thin line at its level.
            wx0, wx1 = x_of(w[0]), x_of(w[1])
            if wx1 - wx0 < 2:
                wx0, wx1 = wx0 - 1, wx1 + 1
            parts.append(f'<line class="window" x1="{wx0:.1f}" x2="{wx1:.1f}" y1="{cy:.1f}" y2="{cy:.1f}"'
                         f' stroke="{color}" stroke-width="4" stroke-opacity="0.35" stroke-linecap="round"/>')
        inner = f"<title>{_e(chr(10).join(tip))}</title>{body}"
        attrs = (f'class="mark" data-q="{_e(f.id)}" data-shape="{shape}" data-source="{_e(f.source_name)}"'
                 f' data-hedged="{"1" if f.hedged else "0"}"')
        if href is not None:
            marks.append(f'<a href="{_e(href(f))}"><g {attrs}>{inner}</g></a>')
        else:
            marks.append(f"<g {attrs}>{inner}</g>")
    for l in links:
        if l.a in positions and l.b in positions:
            (xa, ya), (xb, yb) = positions[l.a], positions[l.b]
            color = RELATION_COLORS.get(l.relation, "#999")
            dash = ' stroke-dasharray="5 4"' if l.relation != "conflicts" else ""
            parts.append(f'<line class="link link-{_e(l.relation)}" x1="{xa:.1f}" y1="{ya:.1f}" x2="{xb:.1f}"'
                         f' y2="{yb:.1f}" stroke="{color}" stroke-width="{2 if l.relation == "conflicts" else 1}"'
                         f' stroke-opacity="{0.8 if l.relation == "conflicts" else 0.45}"{dash}><title>{_e(l.a + " ~ " + l.b + ": " + l.relation)}</title>'
                         "</line>")
    parts.extend(marks)
    parts.append("</svg>")
    return Markup("".join(parts))


def legend(colors: dict[str, str]) -> Markup:
    """The key of a chart: one swatch per source, and what dashes and arrows mean."""
    items = [f'<li><svg width="14" height="14" aria-hidden="true"><rect width="14" height="14" rx="3" fill="{c}"/>'
             f"</svg> {_e(name)}</li>" for name, c in colors.items()]
    items.append('<li class="key"><svg width="30" height="14" aria-hidden="true"><line x1="2" x2="28" y1="7" y2="7"'
                 ' stroke="#444" stroke-width="2" stroke-dasharray="4 3"/></svg> hedged</li>')
    items.append('<li class="key">bar = range · dot = single figure · ↑ at least · ↓ at most ·'
                 ' faint line = the period the figure covers</li>')
    return Markup('<ul class="legend">' + "".join(items) + "</ul>")


__all__ = ["measure_chart", "legend"]
