"""Where an article's headline ends, from its layout alone (no language is read).

A text starts with its headline, or with a short date or dateline line and then the headline
("Publié le 12 mars 2024", then the headline).
"""

from __future__ import annotations

import re

# The longest first line read as a date or dateline above a headline, and the longest headline.
DATELINE, HEADLINE = 40, 200
_FIRST_TWO = re.compile(r"\s*([^\n]*)\n+([^\n]*)")
# What follows the place a wire dateline opens with, in capitals or not: "Paris, 16 novembre
# 2028 (AFP) -", "Lyon (Reuters) —", "Erzurum (Turquie), 17 novembre (AFP) -".
DATELINE_AFTER_PLACE = re.compile(r"(?:\s*\([^()\n]{2,30}\))?(?:\s*,[^()\n]{0,40})?\s*\([^()\n]{2,30}\)\s*[-–—]")


def headline_over_body(text: str) -> int:
    """Where a headline that stands over a body ends: ``headline_end``, or 0 for a text of one
    line, which is all body."""
    top = headline_end(text)
    return top if text[max(0, top):].strip() else 0


def headline_end(text: str) -> int:
    """Where the headline ends: its first non-empty line, and the next one when the first is
    short, a date or a dateline rather than a headline."""
    m = _FIRST_TWO.match(text)
    if m is None:
        return len(text)
    if len(m.group(1).strip()) <= DATELINE and len(m.group(2)) <= HEADLINE and is_date_line(m.group(1)):
        return m.end()
    return m.end(1)


# What a date line's figures are: a year, a numeric date, a clock time, a day of the month.
_DATE_PARTS = re.compile(r"(?<![\d,.])(?:(?:19|20)\d\d|\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}\s*[h:]\s*\d{2}"
                         r"|[12]?\d|3[01])(?![\d,.]\d|\d)")


def is_date_line(line: str) -> bool:
    """Whether a short first line may be a date, a dateline, a byline or a kicker above the
    headline: it holds no figure but a year, a date, a time or a day ("Publié le 4 juillet 2025
    à 18h05", "Mis à jour le 3 juin", "Par Claire Martin"), where "Tempête : 150 km/h à Brest" and
    "Bac 2033 : 78,9 % de reçus" hold a headline's figure."""
    return not re.search(r"\d", _DATE_PARTS.sub("", line))
