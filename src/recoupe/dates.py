"""Publication dates that may be partial: "2024-03-12", "2024-03", "2024", or read from a URL.

A date known to the month or the year is an interval; recoupe keeps its first day and its
precision ("day", "month", "year"), so that "l'an dernier" can still be resolved against
"2023-03" while "mardi" cannot. URL dates come from htmldate's URL extractor
("/2019/03/14/", "2019-03-14"), with the compact "20190314" and the partial "/2019/03/"
that it leaves out.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Optional

PRECISIONS = ("day", "month", "year")
_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2}))?")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_MONTH_FIRST = re.compile(r"(\d{1,2})[/.](\d{4})")
# In a URL: "20231102" between non-digits, or "/2024/03/" without a day.
_URL_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/")
_OLDEST = date(1990, 1, 1)


def parse(value: str) -> tuple[date, str]:
    """A date as a manifest or ``--published`` gives it, with its precision.

    ``2024-03-12``, an ISO timestamp, ``12/03/2024`` (day first), ``2024-03``, ``03/2024``,
    ``2024``. Raises ``ValueError`` for anything else.
    """
    value = value.strip()
    m = _DAY_FIRST.fullmatch(value)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))), "day"
    m = _MONTH_FIRST.fullmatch(value)
    if m:
        return date(int(m.group(2)), int(m.group(1)), 1), "month"
    m = _PARTIAL.fullmatch(value)
    if m:
        if m.group(2):
            return date(int(m.group(1)), int(m.group(2)), 1), "month"
        return date(int(m.group(1)), 1, 1), "year"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value), "day"
    return datetime.fromisoformat(value.replace("Z", "+00:00")).date(), "day"


def iso(day: Optional[date], precision: Optional[str] = "day") -> Optional[str]:
    """``2024-03-12``, ``2024-03`` or ``2024``."""
    if day is None:
        return None
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def from_iso(value: Optional[str]) -> tuple[Optional[date], str]:
    """The inverse of ``iso``: a full or partial ISO date and its precision."""
    if not value:
        return None, "day"
    try:
        return parse(str(value)[:10] if len(str(value)) > 10 else str(value))
    except ValueError:
        return None, "day"


def from_url(url: Optional[str], today: Optional[date] = None) -> Optional[tuple[date, str]]:
    """The date a URL holds, or None: htmldate first, then the forms it leaves out."""
    if not url:
        return None
    today = today or date.today()
    found: Optional[tuple[date, str]] = None
    try:
        from htmldate.extractors import extract_url_date
        from htmldate.utils import Extractor

        options = Extractor(False, datetime(today.year, today.month, today.day), datetime(1990, 1, 1), False, "%Y-%m-%d")
        value = extract_url_date(url, options)
        if value:
            found = (date.fromisoformat(value[:10]), "day")
    except (ImportError, ValueError, TypeError):  # an htmldate without that extractor
        found = None
    if found is None:
        m = _URL_COMPACT.search(url)
        if m:
            try:
                found = (date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day")
            except ValueError:
                found = None
    if found is None:
        m = _URL_MONTH.search(url)
        if m:
            found = (date(int(m.group(1)), int(m.group(2)), 1), "month")
    if found is None or not _OLDEST <= found[0] <= today:
        return None
    return found
