"""How a figure is written for a reader, shared by the terminal, the HTML report and the web UI."""

from __future__ import annotations

from typing import Callable, Optional

from recoupe.link.compare import fmt as full_number
from recoupe.model import Quantity

SIGNS = {"more_than": "> ", "at_least": "≥ ", "less_than": "< ", "at_most": "≤ ", "up_to": "≤ ",
         "approx": "≈ ", "average": "avg ", "vague": "~"}


def value_text(q: Quantity, number: Callable[[Optional[float]], str] = full_number) -> str:
    """A figure as a reader would say it: "4 000 000–6 000 000 shell", "≥ 6 000 soldier"."""
    sign = SIGNS.get(q.qualifier, "")
    if q.low is not None and q.high is not None and q.low != q.high:
        body = f"{number(q.low)}–{number(q.high)}"
    else:
        body = number(q.low if q.low is not None else q.high)
    unit = q.unit or ""
    return f"{sign}{body} {unit}{'/' + q.per if q.per else ''}".strip()
