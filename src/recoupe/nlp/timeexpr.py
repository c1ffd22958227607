"""Find French time expressions in plain text and resolve them to ISO date intervals.

``find_times`` tokenises the text once, tries a small hand-written grammar at every token that
can open a time expression ("en", "depuis", a month, a number…), and keeps the longest
expressions that do not overlap. Each one is resolved against ``ref``, the document's
publication date: "en mars" is the latest March not after it, "au cours des 20 derniers mois"
the 20 months before it. ``infer_published`` reads that date from the text when the caller
has none. Every French word comes from ``recoupe.lang.fr.time_words``; this module only holds
the grammar, so it never needs spaCy.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, NamedTuple

from recoupe.lang.fr import time_words as W

__all__ = ["TimeMatch", "find_times", "infer_published"]

Date = dt.date
PRECISIONS = ("day", "month", "quarter", "season", "year", "decade", "open")


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """One time expression: ``text == source[start:end]``; ``from_``..``to`` inclusive, ISO."""

    start: int
    end: int
    text: str
    from_: str | None
    to: str | None
    precision: str  # one of PRECISIONS


# --- Tokens and normalisation ---------------------------------------------------------------

# Letters-and-digits runs keep a trailing apostrophe ("l'", "jusqu'"); anything else that is
# not a space is a one-character token. "1er", "80e", "T1" and "KN" are single tokens.
_TOKEN = re.compile(r"[^\W_]+['\u2019\u02bc]?|\S")
_FOLD = str.maketrans({
    "à": "a", "â": "a", "ä": "a", "á": "a", "ã": "a", "ç": "c", "é": "e", "è": "e", "ê": "e",
    "ë": "e", "í": "i", "ì": "i", "î": "i", "ï": "i", "ñ": "n", "ó": "o", "ò": "o", "ô": "o",
    "ö": "o", "õ": "o", "ú": "u", "ù": "u", "û": "u", "ü": "u", "ý": "y", "ÿ": "y",
    "œ": "oe", "æ": "ae", "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-",
})
_SPACES = frozenset(" \u00a0\u202f\u2009\u2007")
# Characters that glue a number to its neighbour into something else: "KN-23", "2,5", "3/4".
_GLUE = frozenset({"-", "/", ".", ",", ":"})
_OPENERS = frozenset({"(", "[", "«", '"', "'", "“", "‘", "—"})
_SIGNS_AFTER = frozenset({"%", "‰", "°", "€", "$", "£", "¥", "+"})
_ORDINAL_DAY = re.compile(r"0?1(?:{})".format("|".join(W.DAY_ORDINAL_SUFFIXES)))
_END = ""  # trie key of a complete phrase; no token is empty


@lru_cache(maxsize=1 << 16)
def _norm(token: str) -> str:
    return token.lower().translate(_FOLD)


def _key(phrase: str) -> tuple[str, ...]:
    # Hyphens are optional inside phrases, so they are left out of the keys.
    return tuple(t for t in map(_norm, _TOKEN.findall(phrase)) if t != "-")


def _trie(entries: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for phrase, value in entries:
        node = root
        for tok in _key(phrase):
            node = node.setdefault(tok, {})
        node[_END] = value
    return root


def _words(words: Iterable[str], value: Any = True) -> dict[str, Any]:
    return _trie((w, value) for w in words)


def _month_entries() -> Iterator[tuple[str, tuple[int, bool]]]:
    for name, month in W.MONTHS.items():
        yield name, (month, False)
    for abbr, month in W.MONTH_ABBREVIATIONS.items():
        yield abbr, (month, False)
        # Without its dot the abbreviation may be a plain word ("sept"): a year must follow.
        yield abbr.rstrip("."), (month, True)


class _Prep(NamedTuple):
    role: str
    strength: str


_PLAIN = _Prep("plain", "none")
_ACCENT_REQUIRED = frozenset(_key(w) for w in W.ACCENT_REQUIRED)
_DISTAL = frozenset(_norm(w) for w in W.DISTAL_SUFFIXES)
_MONTHS = _trie(_month_entries())
_WEEKDAYS = {_norm(k): v for k, v in W.WEEKDAYS.items()}
_TIMES_OF_DAY = _words(W.TIMES_OF_DAY)
_RELATIVE = _trie(W.RELATIVE.items())
_PART_RELATIVE = _trie([*W.RELATIVE.items(), *W.PART_ONLY_RELATIVE.items()])
_ADJECTIVES = _trie([*((w, "last") for w in W.LAST_WORDS), *((w, "next") for w in W.NEXT_WORDS),
                     *((w, "first") for w in W.FIRST_WORDS)])
_DEMONSTRATIVES = frozenset(_norm(w) for w in W.DEMONSTRATIVES)
_SEASONS = {_norm(k): v for k, v in W.SEASONS.items()}
_PARTS = _trie(W.PARTS.items())
_PART_LINKS = frozenset(_norm(w) for w in W.PART_LINKS)
# Part words written glued to a number with a hyphen: "mi-2024".
_HYPHEN_PARTS = frozenset(k[0] for k in map(_key, W.PARTS) if len(k) == 1)
_QUARTERS = _trie([*((k, ("quarter", v)) for k, v in W.QUARTERS.items()),
                   *((k, ("semester", v)) for k, v in W.SEMESTERS.items())])
_QUARTER_CODES = _trie([*((k, ("quarter", v)) for k, v in W.QUARTER_CODES.items()),
                        *((k, ("semester", v)) for k, v in W.SEMESTER_CODES.items())])
_YEAR_NOUNS = _words(W.YEAR_NOUNS)
_DECADE_NOUNS = _words(W.DECADE_NOUNS)
_MONTH_NOUNS = _words(W.MONTH_NOUNS)
_UNITS = {_norm(k): v for k, v in W.DURATION_UNITS.items()}
_HALVES = _words(W.HALF_WORDS)
_NUMBERS = {_norm(k): v for k, v in W.NUMBER_WORDS.items()}
_NUMBER_LINKS = frozenset(_norm(w) for w in W.NUMBER_LINKS)
_APPROX = {_norm(k): v for k, v in W.APPROX_COUNTS.items()}
_APPROX_LINKS = frozenset(_norm(w) for w in W.APPROX_COUNT_LINKS)
_VAGUE = _words(W.VAGUE_COUNTS)
_HEDGES = _words(W.COUNT_HEDGES)
_PREPS = _trie((k, _Prep(*v)) for k, v in W.PREPOSITIONS.items())
_RANGES = _trie((k, _words(v)) for k, v in W.RANGE_WORDS.items())
_ARTICLES = frozenset(_norm(w) for w in W.ARTICLES)
_PLURAL_ARTICLES = frozenset(_norm(w) for w in W.PLURAL_ARTICLES)
_NUMBER_RANGE_WORDS = frozenset(_norm(w) for w in W.NUMBER_RANGE_WORDS)
_DAY_WORDS = {_norm(k): v for k, v in W.DAY_WORDS.items()}
_YEAR_CONTEXT = frozenset(_norm(w) for w in W.YEAR_CONTEXT_WORDS)
_QUANTITY_WORDS = frozenset(_norm(w) for w in W.QUANTITY_WORDS)
_FOLLOW_WORDS = frozenset(_norm(w) for w in W.FOLLOW_WORDS)

# Tokens that can open the expression proper, after any preposition or article; the grammar
# is not tried elsewhere, which keeps the scan cheap on common words such as "le" or "de".
_CORE_FIRST = frozenset(
    {k for t in (_MONTHS, _RELATIVE, _PART_RELATIVE, _PARTS, _QUARTERS, _QUARTER_CODES,
                 _YEAR_NOUNS, _DECADE_NOUNS, _MONTH_NOUNS, _ADJECTIVES, _VAGUE, _HEDGES) for k in t}
    | set(_WEEKDAYS) | set(_SEASONS) | set(_NUMBERS) | set(_UNITS) | set(_DAY_WORDS)
    | set(_APPROX)
)
_CAL_FIRST = frozenset({*_MONTHS, *_WEEKDAYS, *_DAY_WORDS, *_MONTH_NOUNS, *_YEAR_NOUNS})
_WINDOW_FIRST = frozenset({*_HEDGES, *_NUMBERS, *_APPROX, *_VAGUE, *_ADJECTIVES, *_UNITS})
# Every token that can open an expression, preposition and article included.
_FIRST = _CORE_FIRST | {k for t in (_PREPS, _RANGES) for k in t} | _ARTICLES

_UNIT_PRECISION = {
    "hour": "day", "day": "day", "week": "day", "month": "month", "quarter": "quarter",
    "semester": "quarter", "year": "year", "decade": "decade", "century": "decade",
}
_PRECISION_RANK = {p: i for i, p in enumerate(("day", "month", "season", "quarter", "year",
                                                "decade", "open"))}
_ONE_DAY = dt.timedelta(days=1)


# --- Dates ----------------------------------------------------------------------------------


class _Iv(NamedTuple):
    """A resolved interval; either end may be unknown (None)."""

    lo: Date | None
    hi: Date | None
    precision: str
    # Start of the last part named ("mars 2025" in "entre septembre 2023 et mars 2025"), which
    # is what dates a document that mentions the range.
    tail: Date | None = None
    # The year was guessed from the reference date ("en mars"), not written.
    yearless: bool = False


def _date(year: int, month: int, day: int) -> Date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _month_span(year: int, month: int) -> tuple[Date, Date] | None:
    if not (dt.MINYEAR <= year <= dt.MAXYEAR and 1 <= month <= 12):
        return None
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _months_span(year: int, first: int, last: int) -> tuple[Date, Date] | None:
    a, b = _month_span(year, first), _month_span(year, last)
    return (a[0], b[1]) if a and b else None


def _shift(d: Date, months: int = 0, days: int = 0, hours: int = 0, sign: int = 1) -> Date | None:
    """``d`` moved by a duration, months first, clamping the day to the month's length."""
    try:
        total = d.year * 12 + d.month - 1 + sign * months
        year, month = divmod(total, 12)
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            return None
        day = min(d.day, calendar.monthrange(year, month + 1)[1])
        return dt.date(year, month + 1, day) + sign * dt.timedelta(days=days + hours // 24)
    except (ValueError, OverflowError):
        return None


def _unit_span(unit: str, d: Date) -> tuple[Date, Date] | None:
    """The calendar unit (week, month, quarter…) that holds ``d``."""
    if unit in ("day", "hour"):
        return d, d
    if unit == "week":
        monday = _shift(d, days=d.weekday(), sign=-1)
        sunday = _shift(d, days=6 - d.weekday())
        return (monday, sunday) if monday and sunday else None
    size = {"month": 1, "quarter": 3, "semester": 6}.get(unit)
    if size:
        first = (d.month - 1) // size * size + 1
        return _months_span(d.year, first, first + size - 1)
    if unit == "year":
        return _months_span(d.year, 1, 12)
    if unit in ("decade", "century"):
        width = 10 if unit == "decade" else 100
        start = d.year // width * width
        a, b = _date(max(start, 1), 1, 1), _date(start + width - 1, 12, 31)
        return (a, b) if a and b else None
    return None


def _unit_step(unit: str, d: Date, n: int) -> Date | None:
    months, days, _ = W.UNIT_SIZES.get(unit, (0, 0, 0))
    return _shift(d, months * abs(n), days * abs(n), sign=1 if n >= 0 else -1)


def _season_span(season: tuple[int, int, int, int], year: int) -> tuple[Date, Date] | None:
    sm, sd, em, ed = season
    a, b = _date(year, sm, sd), _date(year + (em < sm), em, ed)
    return (a, b) if a and b else None


def _move_years(iv: _Iv, years: int) -> _Iv:
    sign = 1 if years >= 0 else -1
    lo = _shift(iv.lo, months=12 * abs(years), sign=sign) if iv.lo else None
    hi = _shift(iv.hi, months=12 * abs(years), sign=sign) if iv.hi else None
    if iv.hi and hi and iv.hi.month == 2 and iv.hi.day >= 28:
        # The end of February stays the end of February across leap years.
        february = _month_span(hi.year, 2)
        hi = february[1] if february else hi
    return iv._replace(lo=lo, hi=hi)


def _coarser(a: str, b: str) -> str:
    return a if _PRECISION_RANK.get(a, 0) >= _PRECISION_RANK.get(b, 0) else b


@dataclass(slots=True)
class _Cal:
    """A calendar date with parts possibly missing, before resolution."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    direction: int = 0        # "dernier" (-1) or "prochain" (+1) after a weekday or a month
    named: bool = False       # a noun or the layout says it is a date: "l'année 2024", 24/10/2025
    month_tok: int = -1       # token of a month named alone, for the capital-letter check

    def bare_year(self) -> bool:
        return self.year is not None and self.month is None and self.day is None


# --- The parser -----------------------------------------------------------------------------


class _Parser:
    """Token lists of one text and the grammar run over them."""

    def __init__(self, text: str, ref: Date | None, ref_precision: str = "day") -> None:
        self.text = text
        self.ref = ref
        # How precisely the reference is known: a publication date given as "2023-03" dates
        # "l'an dernier" but not "mardi".
        self.ref_precision = ref_precision
        self.s: list[int] = []
        self.e: list[int] = []
        self.n: list[str] = []
        s_add, e_add, n_add = self.s.append, self.e.append, self.n.append
        for m in _TOKEN.finditer(text):
            a, b = m.span()
            s_add(a)
            e_add(b)
            n_add(_norm(m.group()))
        self.size = len(self.n)

    # Token helpers ---------------------------------------------------------------------------

    def _walk(self, trie: dict[str, Any], k: int) -> tuple[int, Any] | None:
        """Longest phrase of ``trie`` starting at token ``k``: (end token, value)."""
        n, size = self.n, self.size
        node, best, j = trie, None, k
        while j < size:
            tok = n[j]
            if tok == "-" and j > k:
                j += 1
                continue
            nxt = node.get(tok)
            if nxt is None:
                break
            node = nxt
            j += 1
            if _END in node:
                best = (j, node[_END])
        return best

    def _accent_ok(self, k: int, j: int) -> bool:
        """Tokens ``k:j`` are not an accent-less lower-case form of a word that needs it."""
        if tuple(self.n[k:j]) not in _ACCENT_REQUIRED:
            return True
        raw = self.text[self.s[k]:self.e[j - 1]]
        return not (raw.islower() and raw.isascii())

    def _glued(self, k: int) -> bool:
        """Token ``k`` touches token ``k - 1``."""
        return 0 < k < self.size and self.s[k] == self.e[k - 1]

    def _one_space_before(self, k: int) -> bool:
        if not 0 < k < self.size:
            return False
        gap = self.text[self.e[k - 1]:self.s[k]]
        return len(gap) == 1 and gap in _SPACES

    def _digits(self, k: int) -> str | None:
        if k < self.size:
            t = self.n[k]
            if t.isascii() and t.isdigit():
                return t
        return None

    def _left_free(self, k: int) -> bool:
        """Number ``k`` does not continue what precedes it: "KN-23", "2,5", "12 000"."""
        n = self.n
        if self._glued(k):
            prev = n[k - 1]
            if prev in _GLUE:
                if self._glued(k - 1) and n[k - 2][:1].isalnum() and n[k - 2] not in _HYPHEN_PARTS:
                    return False
            elif prev not in _OPENERS:
                return False
        # "12 000": a group of three digits after a short number is its thousands.
        return not (len(n[k]) == 3 and self._one_space_before(k) and self._digits(k - 1)
                    and len(n[k - 1]) <= 3)

    def _right_free(self, k: int) -> bool:
        """Number ``k`` is not continued by what follows: "2024,5", "2 000", "30%"."""
        n = self.n
        if self._glued(k + 1):
            nxt = n[k + 1]
            if nxt in _GLUE and self._glued(k + 2) and n[k + 2][:1].isalnum():
                return False
            if nxt in _SIGNS_AFTER:
                return False
        if len(n[k]) <= 3 and self._one_space_before(k + 1):
            d = self._digits(k + 1)
            if d is not None and len(d) == 3:
                return False
        return True

    def _year(self, k: int, left: bool = True, right: bool = True) -> int | None:
        t = self._digits(k)
        if t is None or len(t) != 4:
            return None
        y = int(t)
        if not 1000 <= y <= 2999:
            return None
        if (left and not self._left_free(k)) or (right and not self._right_free(k)):
            return None
        return y

    def _day(self, k: int) -> int | None:
        if k >= self.size:
            return None
        t = self.n[k]
        if t.isascii() and t.isdigit() and len(t) <= 2:
            v = int(t)
            if 1 <= v <= 31 and self._left_free(k) and self._right_free(k):
                return v
            return None
        if _ORDINAL_DAY.fullmatch(t) and self._left_free(k):
            return 1
        return None

    def _follow_ok(self, k: int) -> bool:
        """What follows a weakly triggered year is not a counted noun: "de 2000 soldats"."""
        if k >= self.size:
            return True
        raw = self.text[self.s[k]:self.e[k]]
        nxt = self.n[k]
        if nxt[:1].isdigit():
            return False
        if not nxt[:1].isalpha():
            return nxt not in _SIGNS_AFTER
        if nxt in _FOLLOW_WORDS:
            # "de 2000 à 3000": a range of numbers, not a date.
            return not (nxt in _NUMBER_RANGE_WORDS and self._digits(k + 1))
        return raw[:1].isupper()

    def _plural_noun_follows(self, k: int) -> bool:
        """A lower-case plural word that is no function word: "en 2000 exemplaires"."""
        if k >= self.size:
            return False
        nxt = self.n[k]
        return (nxt[:1].isalpha() and nxt.endswith(("s", "x")) and nxt not in _FOLLOW_WORDS
                and self.text[self.s[k]:self.s[k] + 1].islower())

    def _unit_follows(self, k: int) -> bool:
        return k < self.size and self.n[k] in _UNITS

    # Counts and calendar pieces --------------------------------------------------------------

    def _number_words(self, k: int) -> tuple[int, int] | None:
        """A number in words, compounds included: "vingt-deux", "quatre-vingt-dix", "cent vingt"."""
        n, size = self.n, self.size
        if k >= size or n[k] not in _NUMBERS:
            return None
        vals = [_NUMBERS[n[k]]]
        j = k + 1
        while j < size and len(vals) < 16:  # no number is written with more words: a run stops
            # being read there, so a text of "cent cent cent …" costs its length, not its square
            tok = n[j]
            if tok == "-" or tok in _NUMBER_LINKS:
                w = _NUMBERS.get(n[j + 1]) if j + 1 < size else None
                # "vingt et un", "soixante et onze": the link only joins tens to one or eleven.
                if w is not None and (tok == "-" or (vals[-1] in (20, 30, 40, 50, 60) and w in (1, 11))):
                    vals.append(w)
                    j += 2
                    continue
                break
            w = _NUMBERS.get(tok)
            # Without a link a compound only goes on around a hundred: "deux cents", "cent dix".
            if w is not None and (w == 100 or vals[-1] >= 100):
                vals.append(w)
                j += 1
                continue
            break
        total = 0
        for v in vals:
            if v == 100:
                total = max(total, 1) * 100
            elif v == 20 and total % 100 == 4:  # "quatre-vingt"
                total += 76
            else:
                total += v
        return j, total

    def _count(self, k: int) -> tuple[int, int | None] | None:
        """A count before a unit: digits, words, "une dizaine de"; None value means vague."""
        d = self._digits(k)
        if d is not None:
            if len(d) <= 4 and self._left_free(k) and self._right_free(k):
                return k + 1, int(d)
            return None
        n = self.n
        j = k
        if j < self.size and _NUMBERS.get(n[j]) == 1 and j + 1 < self.size and n[j + 1] in _APPROX:
            j += 1
        if j < self.size and n[j] in _APPROX and j + 1 < self.size and n[j + 1] in _APPROX_LINKS:
            return j + 2, _APPROX[n[j]]
        words = self._number_words(k)
        if words:
            return words
        vague = self._walk(_VAGUE, k)
        if vague:
            return vague[0], None
        return None

    def _month(self, k: int) -> tuple[int, int, bool] | None:
        hit = self._walk(_MONTHS, k)
        if hit is None:
            return None
        end, (month, needs_year) = hit
        return end, month, needs_year

    def _month_year(self, k: int, c: _Cal) -> tuple[int, _Cal] | None:
        m = self._month(k)
        if m is None:
            return None
        j, month, needs_year = m
        c.month = month
        y = self._year(j)
        if y is not None:
            c.year = y
            return j + 1, c
        if needs_year:
            return None
        c.month_tok = k
        # "en mars dernier", "le 3 mars prochain": the adjective places the year.
        adj = self._walk(_ADJECTIVES, j)
        if adj and adj[1] in ("last", "next"):
            c.direction = -1 if adj[1] == "last" else 1
            c.named = True
            return adj[0], c
        return j, c

    def _day_month_year(self, k: int, c: _Cal) -> tuple[int, _Cal] | None:
        day = self._day(k)
        if day is None:
            return None
        c.day = day
        return self._month_year(k + 1, c)

    def _numeric_date(self, k: int) -> tuple[int, _Cal] | None:
        """24/10/2025, 24.10.2025, 2025-10-24."""
        if k + 4 >= self.size:
            return None
        n = self.n
        a, b, c = self._digits(k), self._digits(k + 2), self._digits(k + 4)
        sep = n[k + 1]
        if not (a and b and c) or sep not in ("/", ".", "-") or n[k + 3] != sep:
            return None
        if not all(self._glued(i) for i in range(k + 1, k + 5)):
            return None
        if not (self._left_free(k) and self._right_free(k + 4)) or len(b) > 2:
            return None
        if len(a) == 4 and len(c) <= 2:
            y, m, d = int(a), int(b), int(c)
        elif len(a) <= 2 and len(c) == 4:
            d, m, y = int(a), int(b), int(c)
        else:
            return None
        if not 1000 <= y <= 2999 or _date(y, m, d) is None:
            return None
        return k + 5, _Cal(year=y, month=m, day=d, named=True)

    def _cal(self, k: int) -> tuple[int, _Cal] | None:
        """Weekday, day, month, year in their usual order, any of them possibly missing."""
        if k >= self.size:
            return None
        n = self.n
        numeric = self._numeric_date(k)
        if numeric:
            return numeric
        c = _Cal()
        wd = _WEEKDAYS.get(n[k])
        if wd is not None:
            c.weekday = wd
            j = k + 1 + (k + 1 < self.size and n[k + 1] == ",")
            full = self._day_month_year(j, c) or self._numeric_date(j)
            if full:
                full[1].weekday = wd
                return full
            c.day = c.month = None
            j = k + 1
            adj = self._walk(_ADJECTIVES, j)
            if adj and adj[1] in ("last", "next"):
                c.direction = -1 if adj[1] == "last" else 1
                j = adj[0]
            tod = self._walk(_TIMES_OF_DAY, j)
            return (tod[0] if tod else j), c
        if n[k] in _DAY_WORDS:
            full = self._month_year(k + 1, _Cal(day=_DAY_WORDS[n[k]]))
            if full:
                return full
        full = self._day_month_year(k, c)
        if full:
            return full
        c = _Cal()
        noun = self._walk(_MONTH_NOUNS, k)
        if noun:
            found = self._month_year(noun[0], c)
            if found:
                found[1].named = True
                found[1].month_tok = -1
                return found
        noun = self._walk(_YEAR_NOUNS, k)
        if noun:
            y = self._year(noun[0])
            if y is not None:
                return noun[0] + 1, _Cal(year=y, named=True)
        found = self._month_year(k, _Cal())
        if found:
            return found
        y = self._year(k)
        if y is not None:
            return k + 1, _Cal(year=y)
        day = self._day(k)
        if day is not None:
            return k + 1, _Cal(day=day)
        return None

    def _resolve(self, c: _Cal) -> _Iv | None:
        ref = self.ref
        if c.year is not None:
            if c.month is None:
                if c.day is not None:
                    return None
                span = _months_span(c.year, 1, 12)
                return _Iv(*span, "year") if span else None
            if c.day is None:
                span = _month_span(c.year, c.month)
                return _Iv(*span, "month") if span else None
            d = _date(c.year, c.month, c.day)
            return _Iv(d, d, "day") if d else None
        if c.month is not None:
            if c.day is not None:
                if _date(2000, c.month, c.day) is None:  # 2000 is a leap year: 29 février is fine
                    return None
                if ref is None:
                    return _Iv(None, None, "day")
                cands = [d for y in range(ref.year + 1, ref.year - 9, -1)
                         if (d := _date(y, c.month, c.day)) is not None]
                if c.direction > 0:
                    ahead = [d for d in cands if d > ref]
                    return _Iv(ahead[-1], ahead[-1], "day", yearless=True) if ahead else None
                if c.weekday is not None:
                    # The weekday picks the year; the nearest such date to the reference wins.
                    same = [d for d in cands if d.weekday() == c.weekday]
                    if same:
                        best = min(same, key=lambda d: abs((d - ref).days))
                        return _Iv(best, best, "day", yearless=True)
                past = [d for d in cands if d < ref or (d == ref and c.direction == 0)]
                return _Iv(past[0], past[0], "day", yearless=True) if past else None
            if ref is None:
                return _Iv(None, None, "month")
            if c.direction > 0:
                year = ref.year if c.month > ref.month else ref.year + 1
            elif c.direction < 0:
                year = ref.year if c.month < ref.month else ref.year - 1
            else:
                year = ref.year if c.month <= ref.month else ref.year - 1
            span = _month_span(year, c.month)
            return _Iv(*span, "month", yearless=True) if span else None
        if c.weekday is not None and c.day is None:
            if ref is None or self.ref_precision != "day":
                return _Iv(None, None, "day")
            back = (ref.weekday() - c.weekday) % 7
            if c.direction < 0:
                d = _shift(ref, days=back or 7, sign=-1)
            elif c.direction > 0:
                d = _shift(ref, days=(c.weekday - ref.weekday()) % 7 or 7)
            else:
                d = _shift(ref, days=back, sign=-1)
            return _Iv(d, d, "day") if d else None
        return None

    # Cores: each returns (end token, interval) ---------------------------------------------

    def _relative(self, k: int, trie: dict[str, Any] = _RELATIVE) -> tuple[int, _Iv, str] | None:
        hit = self._walk(trie, k)
        if hit is None:
            return None
        end, (unit, offset) = hit
        if self._glued(end) and self.n[end] == "-" and end + 1 < self.size and (
                self.n[end + 1] in _DISTAL):
            return None  # "cette année-là" is some other year
        if unit == "day":
            tod = self._walk(_TIMES_OF_DAY, end)
            end = tod[0] if tod else end
        prec = _UNIT_PRECISION[unit]
        coarse = {"day": 0, "week": 0, "month": 1, "quarter": 2, "season": 2, "year": 3}
        if self.ref is None or coarse.get(unit, 3) < coarse.get(self.ref_precision, 0):
            return end, _Iv(None, None, prec), unit
        moved = _unit_step(unit, self.ref, offset)
        span = _unit_span(unit, moved) if moved else None
        return (end, _Iv(*span, prec), unit) if span else None

    def _decade(self, k: int) -> tuple[int, _Iv] | None:
        noun = self._walk(_DECADE_NOUNS, k)
        if noun is None:
            return None
        j = noun[0]
        start: int | None = None
        end = j + 1
        d = self._digits(j)
        if d is not None:
            if not (self._left_free(j) and self._right_free(j)):
                return None
            v = int(d)
            if len(d) == 4 and v % 10 == 0 and 1900 <= v <= 2090:
                start = v
            elif len(d) == 2 and v % 10 == 0:
                start = 2000 if v == 0 else 1900 + v if v >= 20 else None
        else:
            words = self._number_words(j)
            if words and words[1] % 10 == 0 and 20 <= words[1] <= 90:
                end, start = words[0], 1900 + words[1]
        if start is None:
            return None
        return end, _Iv(dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade")

    def _year_spec(self, k: int) -> tuple[int, int] | None:
        """A year after a season or a quarter: "2024", "de 2024", "de l'année dernière"."""
        y = self._year(k)
        if y is not None:
            return k + 1, y
        if k < self.size and self.n[k] in _PART_LINKS:
            y = self._year(k + 1)
            if y is not None:
                return k + 2, y
            noun = self._walk(_YEAR_NOUNS, k + 1)
            if noun and (y := self._year(noun[0])) is not None:
                return noun[0] + 1, y
            rel = self._walk(_PART_RELATIVE, k + 1)
            if rel and rel[1][0] == "year" and self.ref is not None:
                return rel[0], self.ref.year + rel[1][1]
        return None

    def _season(self, k: int, prep: _Prep | None, art: str | None) -> tuple[int, _Iv] | None:
        if k >= self.size:
            return None
        season = _SEASONS.get(self.n[k])
        if season is None:
            return None
        j = k + 1
        # "l'hiver 2022-2023": the second year only confirms the first.
        pair = self._year_range(j)
        spec = (j + 3, pair[1].lo.year) if pair and pair[1].lo and pair[1].hi and (
            pair[1].hi.year == pair[1].lo.year + 1) else self._year_spec(j)
        if spec:
            j, year = spec
            raw = self.text[self.s[k]:self.s[k] + 1]
            if prep is None and art is None and not raw.isupper():
                return None  # "ils ont été 2000 à manifester"
            span = _season_span(season, year)
            return (j, _Iv(*span, "season")) if span else None
        adj = self._walk(_ADJECTIVES, j)
        mode = adj[1] if adj and adj[1] in ("last", "next") else None
        if adj and mode:
            j = adj[0]
        elif art in _DEMONSTRATIVES:
            mode = "this"
        elif prep is None:
            return None
        else:
            mode = "plain"
        ref = self.ref
        if ref is None:
            return j, _Iv(None, None, "season")
        spans = [s for y in range(ref.year - 2, ref.year + 3) if (s := _season_span(season, y))]
        pick: tuple[Date, Date] | None = None
        if mode == "last":
            pick = max((s for s in spans if s[1] < ref), default=None)
        elif mode == "next":
            pick = min((s for s in spans if s[0] > ref), default=None)
        elif mode == "plain":
            pick = max((s for s in spans if s[0] <= ref), default=None)
        else:
            inside = [s for s in spans if s[0] <= ref <= s[1]]
            if inside:
                pick = inside[0]
            else:
                # Not in that season now: the one of this year, or the coming winter.
                wraps = season[2] < season[0]
                year = ref.year - 1 if wraps and ref.month < 7 else ref.year
                pick = _season_span(season, year)
        return (j, _Iv(*pick, "season", yearless=mode == "plain")) if pick else None

    def _quarter(self, k: int) -> tuple[int, _Iv] | None:
        hit = self._walk(_QUARTERS, k)
        coded = False
        if hit is None:
            hit = self._walk(_QUARTER_CODES, k)
            coded = True
        if hit is None:
            return None
        j, (unit, number) = hit
        size = 3 if unit == "quarter" else 6
        spec = self._year_spec(j)
        if spec is None and coded:
            return None
        if spec:
            j, year = spec
        elif self.ref is None:
            return j, _Iv(None, None, "quarter")
        else:
            first = (number - 1) * size + 1
            year = self.ref.year if dt.date(self.ref.year, first, 1) <= self.ref else self.ref.year - 1
        span = _months_span(year, (number - 1) * size + 1, number * size)
        return (j, _Iv(*span, "quarter", yearless=spec is None)) if span else None

    def _part(self, k: int) -> tuple[int, _Iv] | None:
        hit = self._walk(_PARTS, k)
        if hit is None:
            return None
        j, part = hit
        if j < self.size and self.n[j] == "-":
            j += 1
        starts = [j]
        if j < self.size and self.n[j] in _PART_LINKS:
            starts.append(j + 1)
        best: tuple[int, _Iv, str] | None = None
        for jj in starts:
            for found in self._part_bases(jj):
                if best is None or found[0] > best[0]:
                    best = found
        if best is None:
            return None
        end, base, unit = best
        return end, self._apply_part(part, unit, base)

    def _part_bases(self, k: int) -> Iterator[tuple[int, _Iv, str]]:
        rel = self._relative(k, _PART_RELATIVE)
        if rel:
            yield rel
        dec = self._decade(k)
        if dec:
            yield dec[0], dec[1], "decade"
        cal = self._cal(k)
        if cal:
            end, c = cal
            if c.month is not None or c.year is not None:
                if c.bare_year() and self._unit_follows(end):
                    return
                iv = self._resolve(c)
                if iv:
                    unit = "day" if c.day is not None else "month" if c.month is not None else "year"
                    yield end, iv, unit

    @staticmethod
    def _apply_part(part: str, unit: str, base: _Iv) -> _Iv:
        if part == "whole":
            return base
        lo = base.lo
        if unit == "year":
            a, b = W.PART_OF_YEAR_MONTHS[part]
            if lo is None:
                return _Iv(None, None, "month")
            span = _months_span(lo.year, a, b)
            return base._replace(lo=span[0], hi=span[1], precision="month") if span else base
        if unit == "month":
            a, b = W.PART_OF_MONTH_DAYS[part]
            if lo is None:
                return _Iv(None, None, "day")
            last = calendar.monthrange(lo.year, lo.month)[1]
            return base._replace(lo=lo.replace(day=a), hi=lo.replace(day=min(b, last)),
                                 precision="day")
        if unit == "decade":
            a, b = W.PART_OF_DECADE_YEARS[part]
            if lo is None:
                return _Iv(None, None, "year")
            return _Iv(dt.date(lo.year + a, 1, 1), dt.date(lo.year + b, 12, 31), "year")
        return base

    def _year_range(self, k: int) -> tuple[int, _Iv] | None:
        """2022-2023, 2022/23."""
        y1 = self._year(k, right=False)
        if y1 is None or not (k + 2 < self.size and self.n[k + 1] in ("-", "/")
                              and self._glued(k + 1) and self._glued(k + 2)):
            return None
        d = self._digits(k + 2)
        if d is None or len(d) not in (2, 4) or not self._right_free(k + 2):
            return None
        y2 = int(d) if len(d) == 4 else y1 // 100 * 100 + int(d)
        if not y1 < y2 <= min(2100, y1 + 100):
            return None
        return k + 3, _Iv(dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year")

    def _window(self, k: int, prep: _Prep | None, art: str | None) -> tuple[int, _Iv] | None:
        """A duration: "au cours des 20 derniers mois", "il y a deux ans", "depuis 20 mois"."""
        role = prep.role if prep else None
        j = k
        hedge = self._walk(_HEDGES, j)
        if hedge:
            j = hedge[0]
        count: int | None = None
        # "depuis des mois": an article that is itself a vague count.
        vague = art is not None and _END in _VAGUE.get(art, {})
        cnt = self._count(j)
        if cnt:
            j, count = cnt
            vague = count is None
        adj1 = self._walk(_ADJECTIVES, j)
        if adj1:
            j = adj1[0]
            if cnt is None:  # "ces dernières 24 heures"
                cnt = self._count(j)
                if cnt:
                    j, count = cnt
                    vague = count is None
        if j >= self.size or self.n[j] not in _UNITS:
            return None
        unit = _UNITS[self.n[j]]
        unit_word = self.n[j]
        j += 1
        half = self._walk(_HALVES, j)
        if half:
            j = half[0]
        adj2 = None if adj1 else self._walk(_ADJECTIVES, j)
        if adj2:
            j = adj2[0]
        adj_hit = adj1 or adj2
        adj = adj_hit[1] if adj_hit else None
        if prep is None and art is None and adj1 is None:
            return None
        if count is None and not vague:
            if adj_hit is None:
                return None
            # Plural marks: "les derniers mois" is vague, "le dernier mois" is one month.
            plural = (art in _PLURAL_ARTICLES or unit_word.endswith(("s", "x"))
                      or self.n[adj_hit[0] - 1].endswith(("s", "x")))
            if plural:
                vague = True
            else:
                count = 1
        months, days, hours = W.UNIT_SIZES[unit]
        if count is not None:
            months, days, hours = months * count, days * count, hours * count
            if half:
                hm, hd, hh = W.HALF_UNIT_SIZES[unit]
                months, days, hours = months + hm, days + hd, hours + hh
        prec = _UNIT_PRECISION[unit]
        # "les trois derniers mois de 2024": the window sits at the end of that period.
        if adj in ("last", "first") and j < self.size and self.n[j] in _PART_LINKS:
            anchor = self._anchor_after_link(j + 1)
            if anchor is None or vague:
                return None
            end, base = anchor
            if base.lo is None or base.hi is None:
                return end, _Iv(None, None, prec)
            if adj == "last":
                lo = _shift(base.hi, months, days, hours, sign=-1)
                return end, _Iv(lo + _ONE_DAY if lo else None, base.hi, prec)
            hi = _shift(base.lo, months, days, hours)
            return end, _Iv(base.lo, hi - _ONE_DAY if hi else None, prec)
        if adj == "first":
            return None
        ref = self.ref
        back = adj == "last" or (adj is None and role == "since")
        ahead = adj == "next" or (adj is None and role == "by")
        if back:
            if vague or ref is None:
                return j, _Iv(None, ref, "open" if vague else prec)
            return j, _Iv(_shift(ref, months, days, hours, sign=-1), ref, prec)
        if ahead:
            if vague or ref is None:
                return j, _Iv(ref, None, "open" if vague else prec)
            return j, _Iv(ref, _shift(ref, months, days, hours), prec)
        if role in ("ago", "in"):
            sign = -1 if role == "ago" else 1
            if vague:
                return j, (_Iv(None, ref, "open") if sign < 0 else _Iv(ref, None, "open"))
            if ref is None:
                return j, _Iv(None, None, prec)
            point = _shift(ref, months, days, hours, sign=sign)
            if point is None:
                return None
            span_unit = {"year": "year", "decade": "year", "century": "year", "month": "month",
                         "quarter": "month", "semester": "month"}.get(unit, "day")
            span = _unit_span(span_unit, point)
            return (j, _Iv(*span, _UNIT_PRECISION[span_unit])) if span else None
        if role == "during" and not vague:
            # "pendant trois mois": a length of time with nothing to place it.
            return j, _Iv(None, None, "open")
        return None

    def _anchor_after_link(self, k: int) -> tuple[int, _Iv] | None:
        best: tuple[int, _Iv] | None = None
        for end, iv, _unit in self._part_bases(k):
            if best is None or end > best[0]:
                best = (end, iv)
        dec = self._decade(k)
        if dec and (best is None or dec[0] > best[0]):
            best = dec
        return best

    def _side(self, k: int) -> list[tuple[int, _Cal | _Iv]]:
        """One end of a range, with its article: "le 3", "mars 2024", "la fin 2024"."""
        out: list[tuple[int, _Cal | _Iv]] = []
        starts = [k]
        if k < self.size and self.n[k] in _ARTICLES:
            starts.append(k + 1)
        for j in starts:
            if j >= self.size or (self.n[j] not in _CORE_FIRST and not self.n[j][:1].isdigit()):
                continue
            cal = self._cal(j)
            if cal and (cal[1].weekday is None or cal[1].day is not None):
                out.append(cal)
            # A season alone needs its article here: "de l'été à l'automne", not "a été".
            season = self._season(j, _PLAIN if j > k else None, None)
            for found in (self._part(j), season, self._quarter(j), self._decade(j),
                          self._year_range(j)):
                if found:
                    out.append(found)
            rel = self._relative(j)
            if rel:
                out.append((rel[0], rel[1]))
        return out

    def _range(self, i: int) -> tuple[int, _Iv] | None:
        hit = self._walk(_RANGES, i)
        if hit is None:
            return None
        j, closers = hit
        if self.n[i] in _YEAR_CONTEXT and i > 0 and self.n[i - 1] in _QUANTITY_WORDS:
            return None
        best: tuple[int, _Iv] | None = None
        for x_end, x in self._side(j):
            close = self._walk(closers, x_end)
            if close is None or not self._accent_ok(x_end, close[0]):
                continue
            for y_end, y in self._side(close[0]):
                iv = self._join(x, y)
                if iv is None:
                    continue
                if isinstance(y, _Cal) and y.bare_year() and not (
                        self._follow_ok(y_end) and not self._unit_follows(y_end)):
                    continue
                if best is None or y_end > best[0]:
                    best = (y_end, iv)
        return best

    def _join(self, x: _Cal | _Iv, y: _Cal | _Iv) -> _Iv | None:
        """One interval from the two ends of a range, each lending the other what it lacks."""
        if isinstance(y, _Cal) and y.month is None and (y.day is not None or y.weekday is not None):
            return None
        if isinstance(x, _Cal) and x.weekday is not None and x.month is None:
            return None
        xi: _Iv | None
        yi: _Iv | None
        if isinstance(x, _Cal) and isinstance(y, _Cal):
            pair = self._join_cals(replace(x), replace(y))
            if pair is None:
                return None
            xi, yi = pair
        elif isinstance(x, _Cal) and isinstance(y, _Iv):
            if x.year is None and y.hi is not None:
                x = replace(x, year=y.hi.year)
                if x.month is None and x.day is not None:
                    x.month = y.hi.month
                xi = self._resolve(x)
                if xi and xi.lo and xi.lo > y.hi:
                    x.year = y.hi.year - 1
            xi, yi = self._resolve(x), y
        elif isinstance(x, _Iv) and isinstance(y, _Cal):
            if y.year is None and x.lo is not None:
                y = replace(y, year=x.lo.year)
                yi = self._resolve(y)
                if yi and yi.hi and yi.hi < x.lo:
                    y.year = x.lo.year + 1
            xi, yi = x, self._resolve(y)
        else:
            assert isinstance(x, _Iv) and isinstance(y, _Iv)
            xi, yi = x, y
        if xi is None or yi is None:
            return None
        # A period whose year was guessed takes it from the other end: "de la mi-mars à la fin
        # avril 2024" is March 2024, whatever the reference date.
        if xi.yearless and not yi.yearless and xi.lo and yi.hi:
            xi = _move_years(xi, yi.hi.year - xi.lo.year)
            if xi.lo and xi.lo > yi.hi:
                xi = _move_years(xi, -1)
        elif yi.yearless and not xi.yearless and yi.hi and xi.lo:
            yi = _move_years(yi, xi.lo.year - yi.hi.year)
            if yi.hi and yi.hi < xi.lo:
                yi = _move_years(yi, 1)
        if xi.lo is not None and yi.hi is not None and xi.lo > yi.hi:
            return None
        return _Iv(xi.lo, yi.hi, _coarser(xi.precision, yi.precision), tail=yi.lo)

    def _join_cals(self, x: _Cal, y: _Cal) -> tuple[_Iv | None, _Iv | None] | None:
        """Both ends as calendar pieces: "du 3 au 5 mars 2024", "de janvier à mars 2024"."""
        if x.day is not None and x.month is None:
            if y.day is None or y.month is None:
                return None
            x.month = y.month
        if x.day is None and x.month is None and y.day is not None:
            return None
        if x.year is None and y.year is None:
            yv = self._resolve(y)
            if yv is None or yv.lo is None:
                unknown = _Iv(None, None, yv.precision if yv else "open")
                return unknown, unknown
            y.year = yv.lo.year
        if x.year is None and y.year is not None:
            x.year = y.year
            xv, yv = self._resolve(x), self._resolve(y)
            if xv and yv and xv.lo and yv.lo and xv.lo > yv.lo:
                x.year = y.year - 1
        elif y.year is None and x.year is not None:
            y.year = x.year
            xv, yv = self._resolve(x), self._resolve(y)
            if xv and yv and xv.lo and yv.hi and yv.hi < xv.lo:
                y.year = x.year + 1
        return self._resolve(x), self._resolve(y)

    def _accept(self, c: _Cal, end: int, prep: _Prep | None, art: str | None,
                context: bool) -> bool:
        """Whether a calendar piece standing alone is a date and not some other number."""
        if c.day is not None and c.month is None:
            return False
        if c.bare_year() and not c.named:
            if art is not None:  # "les 2000 soldats"
                return False
            strength = prep.strength if prep else ("weak" if context else "none")
            if strength == "none" or self._unit_follows(end):
                return False
            if strength == "weak" and not self._follow_ok(end):
                return False
            if strength == "strong" and self._plural_noun_follows(end):
                return False
        if c.month is not None and c.year is None and c.day is None and not c.named:
            if prep is None and not context:
                return False
            if c.month_tok >= 0:
                raw = self.text[self.s[c.month_tok]:self.e[c.month_tok]]
                # "vers Mars" is the planet; "EN MARS" in a headline is still the month.
                if raw[:1].isupper() and not raw.isupper():
                    return False
        return True

    def _apply_prep(self, prep: _Prep | None, iv: _Iv) -> _Iv | None:
        role = prep.role if prep else "plain"
        ref = self.ref
        if role == "by" and iv.yearless and ref and iv.hi and iv.hi < ref:
            # "d'ici fin mars" looks ahead: the coming March, not the last one.
            lo = _shift(iv.lo, months=12) if iv.lo else None
            iv = iv._replace(lo=lo, hi=_shift(iv.hi, months=12))
        lo, hi = iv.lo, iv.hi
        if role in ("plain", "in", "during"):
            return iv
        if role == "since":
            return _Iv(lo, ref if ref is None or lo is None or lo <= ref else None, "open")
        if role == "until":
            return _Iv(None, hi, "open")
        if role == "before":
            return _Iv(None, _shift(lo, days=1, sign=-1) if lo else None, "open")
        if role == "after":
            return _Iv(_shift(hi, days=1) if hi else None, None, "open")
        if role == "from":
            return _Iv(lo, None, "open")
        if role == "by":
            return _Iv(ref, hi, "open")
        return None

    def _cores(self, k: int, prep: _Prep | None, art: str | None,
               context: bool) -> Iterator[tuple[int, int, _Iv | None]]:
        """(end token, priority, interval) for every reading at token ``k``."""
        tok = self.n[k]
        digit = tok[:1].isdigit()
        if not digit and tok not in _CORE_FIRST:
            return
        if tok in _RELATIVE:
            rel = self._relative(k)
            if rel:
                yield rel[0], 0, self._apply_prep(prep, rel[1])
        if tok in _PARTS:
            found = self._part(k)
            if found:
                yield found[0], 1, self._apply_prep(prep, found[1])
        if tok in _SEASONS:
            found = self._season(k, prep, art)
            if found:
                yield found[0], 1, self._apply_prep(prep, found[1])
        if tok in _QUARTERS or tok in _QUARTER_CODES:
            found = self._quarter(k)
            if found:
                yield found[0], 1, self._apply_prep(prep, found[1])
        if tok in _DECADE_NOUNS:
            found = self._decade(k)
            if found:
                yield found[0], 1, self._apply_prep(prep, found[1])
        if digit:
            yr = self._year_range(k)
            if yr and (prep or art or self._follow_ok(yr[0])):
                yield yr[0], 1, self._apply_prep(prep, yr[1])
        if digit or tok in _CAL_FIRST:
            cal = self._cal(k)
            if cal and self._accept(cal[1], cal[0], prep, art, context):
                iv = self._resolve(cal[1])
                if iv:
                    yield cal[0], 1, self._apply_prep(prep, iv)
        if digit or tok in _WINDOW_FIRST:
            win = self._window(k, prep, art)
            if win:
                yield win[0], 2, win[1]

    def best_at(self, i: int) -> tuple[int, _Iv] | None:
        best: tuple[int, int, _Iv] | None = None

        def offer(end: int, prio: int, iv: _Iv | None) -> None:
            nonlocal best
            if iv is None or (iv.lo is not None and iv.hi is not None and iv.lo > iv.hi):
                return  # "d'ici 2000" written after 2000: no reading to offer
            if best is None or end > best[0] or (end == best[0] and prio < best[1]):
                best = (end, prio, iv)

        rng = self._range(i)
        if rng:
            offer(rng[0], 0, rng[1])
        n = self.n
        context = i > 0 and n[i - 1] in _YEAR_CONTEXT and not (i > 1 and n[i - 2] in _QUANTITY_WORDS)
        starts: list[tuple[int, _Prep | None]] = [(i, None)]
        prep = self._walk(_PREPS, i)
        if prep and self._accent_ok(i, prep[0]):
            starts.append(prep)
        for j, p in starts:
            arts: list[tuple[int, str | None]] = [(j, None)]
            if j < self.size and n[j] in _ARTICLES:
                arts.append((j + 1, n[j]))
            for k, art in arts:
                if k >= self.size:
                    continue
                ctx = context and p is None and art is None
                for end, prio, iv in self._cores(k, p, art, ctx):
                    offer(end, prio, iv)
        return (best[0], best[2]) if best else None

    def spans(self) -> list[tuple[int, int, _Iv]]:
        """(start char, end char, interval) of every expression kept, in text order."""
        n = self.n
        found: list[tuple[int, int, _Iv]] = []
        for i in range(self.size):
            tok = n[i]
            if tok not in _FIRST and not tok[:1].isdigit():
                continue
            try:
                hit = self.best_at(i)
            except (ValueError, OverflowError, IndexError, KeyError, TypeError, AttributeError):
                # Odd input must cost one expression, never the document.
                continue
            if hit:
                found.append((i, hit[0], hit[1]))
        # The longest expressions win; a shorter one inside or across them is dropped.
        found.sort(key=lambda f: (-(self.e[f[1] - 1] - self.s[f[0]]), f[0]))
        taken = [False] * self.size
        kept: list[tuple[int, int, _Iv]] = []
        for i, j, iv in found:
            if any(taken[i:j]):
                continue
            for t in range(i, j):
                taken[t] = True
            kept.append((i, j, iv))
        kept.sort(key=lambda f: f[0])
        return [(self.s[i], self.e[j - 1], iv) for i, j, iv in kept]

    def run(self) -> list[TimeMatch]:
        return [TimeMatch(a, b, self.text[a:b], iv.lo.isoformat() if iv.lo else None,
                          iv.hi.isoformat() if iv.hi else None, iv.precision)
                for a, b, iv in self.spans()]


# --- Public API -----------------------------------------------------------------------------


def find_times(text: str, ref: dt.date | None, ref_precision: str = "day") -> list[TimeMatch]:
    """Time expressions in ``text``, resolved against ``ref`` (the publication date).

    Expressions that need ``ref`` ("l'an dernier", "en mars") come back with ``from_`` and
    ``to`` None when it is missing, or when ``ref`` is known less precisely than they need
    (``ref_precision`` "month" or "year": "mardi" stays unresolved). Matches are in text
    order and never overlap.
    """
    if not isinstance(text, str) or not text:
        return []
    if isinstance(ref, dt.datetime):
        ref = ref.date()
    elif ref is not None and not isinstance(ref, dt.date):
        ref = None
    try:
        return _Parser(text, ref, ref_precision).run()
    except (ValueError, OverflowError, IndexError, KeyError, TypeError, AttributeError, RecursionError):
        return []


_PUBLISHED_MARKERS = "|".join(
    r"\s+".join(map(re.escape, _norm(m).split()))
    for m in sorted(W.PUBLISHED_MARKERS, key=len, reverse=True))
_PUBLISHED = re.compile(rf"(?:{_PUBLISHED_MARKERS})\s*:?\s*(?:le\s+)?$")
# What may surround a date alone on its line: punctuation, a time ("14h32", "à 14:32").
_ALONE_REST = re.compile(r"[\W\d_hHà]*")
_DATELINE_BEFORE = re.compile(
    r"\s*(?:[^\W\d_][^\W\d_'\u2019-]*(?:[\s'\u2019-]+[^\W\d_][^\W\d_'\u2019-]*)*\s*"
    r"(?:\([^)]*\))?\s*,)?\s*"
)
_DATELINE_ENDS = "|".join(re.escape(e) for e in W.DATELINE_ENDS)
_DATELINE_AFTER = re.compile(rf"\s*(?:$|{_DATELINE_ENDS})")
_EDGE_LINES = 5
# What comes before a date a text recalls rather than one it is written on.
_RECALLED = re.compile(r"(?:" + "|".join(r"\s+".join(map(re.escape, _norm(m).split())) for m in W.RECALL_MARKERS)
                       + r")[^.;!?\n]{0,20}$")
_LINE = re.compile(r"[^\n]+")


_PUBLISHED_ANY = re.compile(rf"(?:{_PUBLISHED_MARKERS})")


def _spans_in(text: str, regions: list[tuple[int, int]]) -> list[tuple[int, int, _Iv]]:
    """The expressions of ``text`` inside ``regions`` (merged), read region by region."""
    merged: list[list[int]] = []
    for a, b in sorted(regions):
        if merged and a <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out: list[tuple[int, int, _Iv]] = []
    for a, b in merged:
        out.extend((a + x, a + y, iv) for x, y, iv in _Parser(text[a:b], None).spans())
    return out


def _stated_day(text: str, spans: list[tuple[int, int, _Iv]], lines: list[tuple[int, int]]) -> dt.date | None:
    """The day a text states as its own: after "Publié le", alone on one of its first or last
    lines, or in a dateline."""
    days = [(a, b, iv.lo) for a, b, iv in spans
            if iv.precision == "day" and iv.lo is not None and iv.lo == iv.hi]
    for a, _b, day in days:
        if _PUBLISHED.search(text[max(0, a - 60):a].lower().translate(_FOLD)):
            return day
    for first, last in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]:
        for a, b, day in days:
            if not first <= a < b <= last:
                continue
            before, after = text[first:a], text[b:last]
            if _ALONE_REST.fullmatch(before + after):
                return day
            head = before.strip()
            if (len(before) < 80 and (not head or head[0].isupper())
                    and _DATELINE_BEFORE.fullmatch(before) and _DATELINE_AFTER.match(after)):
                return day
    return None


def infer_published(text: str) -> tuple[dt.date | None, str | None, str]:
    """The publication date of ``text``, how it was found ("text", "inferred" or None) and
    how precisely it is known ("day", "month", "year").

    "text": after "Publié le"/"Mis à jour le", alone on one of the first or last lines, or in a
    dateline ("PARIS, 3 mars 2025 —"). "inferred": the latest date the text states that is
    plausible as its own, known only as precisely as it is written ("mars 2025" dates the
    text to the month, "en 2025" to the year). A date the text recalls ("comme lors des
    tempêtes de décembre 1999", "depuis 2022") is history, not the day of writing.
    """
    if not isinstance(text, str) or not text:
        return None, None, "day"
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if not m.group().isspace()]
    # The date the text states as its own is on its first or last lines or after "Publié le":
    # those parts are read first, and the whole text only when they hold none.
    # On a line, only a date that starts within 80 characters can be the line's own (alone, or
    # in a dateline): 120 characters of each line hold it whole.
    regions = [(a, min(b, a + 120)) for a, b in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]] + [
        (m.start(), min(len(text), m.end() + 60)) for m in _PUBLISHED_ANY.finditer(text.lower().translate(_FOLD))]
    try:
        found = _stated_day(text, _spans_in(text, regions), lines)
        if found is not None:
            return found, "text", "day"
        spans = _Parser(text, None).spans()
    except (ValueError, OverflowError, IndexError, KeyError, TypeError, AttributeError,
            RecursionError):
        return None, None, "day"
    found = _stated_day(text, spans, lines)
    if found is not None:
        return found, "text", "day"
    # The latest date the text states explicitly and plausibly as its own: the end of a day,
    # month or range, the start of a bare year. Documents are not written in the future.
    today = dt.date.today()
    best: tuple[dt.date, str] | None = None
    folded = text.lower().translate(_FOLD)
    for a, _b, iv in spans:
        if iv.lo is None or iv.hi is None or iv.precision == "open":
            continue
        if _RECALLED.search(folded[max(0, a - 45):a]):
            continue
        precision = {"day": "day", "month": "month", "quarter": "month", "season": "month"}.get(iv.precision, "year")
        candidate = iv.lo if precision == "year" else iv.hi
        if candidate > today:
            continue
        if best is None or candidate > best[0]:
            best = (candidate, precision)
    return (best[0], "inferred", best[1]) if best else (None, None, "day")
