"""Find French numbers in text and read their values.

Handles digits with French separators ("16 000", "4,5", "1.500"), number words ("quatre",
"quatre-vingt-dix", "deux cent mille"), multipliers ("4 millions", "1,5 milliard"), collective
nouns ("une dizaine", "plusieurs milliers", "des dizaines de milliers") and fractions ("la
moitié", "deux tiers"). It works on text folded by ``textnorm.fold`` so offsets are the
document's. Bounds, ranges and units are ``quantities.py``'s job.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass

from recoupe.lang.fr import numbers as fr
from recoupe.nlp.textnorm import phrase_pattern


@dataclass(frozen=True)
class NumberMatch:
    """A number in the text. ``low``/``high`` differ only for vague collectives."""

    start: int
    end: int
    low: float
    high: float
    kind: str  # digits, words, collective, vague, fraction
    multiplied: bool = False  # a multiplier word or collective noun was applied
    approx: bool = False  # "un millier", "une dizaine": the figure itself is approximate
    bare_article: bool = False  # "un"/"une" alone: the article, not a count
    year_like: bool = False  # four plain digits between 1800 and 2100
    factor: float = 1.0  # the multiplier applied: 1e6 for "4 millions"
    signed: bool = False  # a sign was written: "-0,4", "+2,1"


_WORDS = {**fr.UNITS, **fr.TENS, **fr.HUNDRED, **fr.THOUSAND}
_WORD = phrase_pattern(_WORDS)
_MULT = phrase_pattern(fr.MULTIPLIERS)
_COLLECTIVE = phrase_pattern(fr.APPROX_NOUNS)
_VAGUE_DET = phrase_pattern(fr.VAGUE_DETERMINERS)
_FRACTION = phrase_pattern(fr.FRACTIONS)
_FRACTION_DET = phrase_pattern(fr.FRACTION_DETERMINERS)

_DIGITS = (
    r"\d{1,3}(?:[ ]\d{3})+(?:,\d+)?"  # 16 000 / 1 500 000 / 2 000,5
    r"|\d{1,3}(?:\.\d{3})+(?![\d,])"  # 1.500 / 1.500.000 (thousands with dots)
    r"|\d+(?:[,.]\d+)?"  # 4,5 / 38000 / 4.5
)
# "et" joins number words only in "vingt et un", "soixante et onze": "dix et trois" is two figures.
_WORD_SEQ = rf"(?:{_WORD})(?:(?:\s+et\s+(?=(?:un|une|onze)(?![\w\-]))|-et-|-|\s+)(?:{_WORD})){{0,15}}"
_CORE = re.compile(
    rf"(?<![\w.,/\-])(?P<num>{_DIGITS})(?![\w])(?!-[a-z])"
    rf"|(?<![\w\-])(?<!pour\s)(?P<words>{_WORD_SEQ})(?![\w\-])"
)
_SLASH = re.compile(r"(?<![\w./,])(?:(?P<whole>\d{1,3})\s)?(?P<num>\d{1,2})/(?P<den>\d{1,2})(?![\w/]|[.,]\d)")
# A sign touches its number ("-0,4 point", "—1,8 %"); only the true minus sign may stand apart
# ("− 0,4"): a dash and a space are punctuation ("PARIS (AFP) - 3 000 manifestants", "- 3 morts").
_SIGNED = re.compile(
    rf"(?:(?<=^)|(?<=[\s(\[:;«\"]))(?P<sign>\u2212\s?|{'|'.join(re.escape(c) for c in fr.MINUS_SIGNS)}|\+)"
    rf"(?P<num>{_DIGITS})(?![\w])(?!-[a-z])"
)
_AFTER_MULT = re.compile(rf"\s+(?P<mult>{_MULT})(?![\w])(?P<half>\s+et\s+demie?(?![\w]))?")
_WORDS_AFTER = re.compile(rf"\s+(?P<words>{_WORD_SEQ})(?![\w\-])")
_VAGUE = re.compile(
    rf"(?<![\w\-])(?P<det>{_VAGUE_DET})\s+(?P<noun>{_COLLECTIVE}|{_MULT})"
    rf"(?:\s+(?:de\s+|d')(?P<mult>{_MULT}))?(?![\w])"
)
_COLLECTIVE_ONE = re.compile(
    rf"(?<![\w\-])(?:une?|la)\s+(?P<noun>{_COLLECTIVE})(?:\s+(?:de\s+|d')(?P<mult>{_MULT}))?(?![\w])"
)
_FRACTION_RE = re.compile(
    rf"(?<![\w\-])(?:(?P<det>{_FRACTION_DET})\s*|(?P<count>{_WORD_SEQ}|\d+)\s+)(?P<frac>{_FRACTION})(?![\w])"
)


def parse_digits(s: str) -> float | None:
    """Read digits written the French way: "16 000" → 16000, "4,5" → 4.5, "1.500" → 1500."""
    s = s.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):
        s = s.replace(".", "")
    s = s.replace(",", ".")
    try:
        value = float(s)
    except ValueError:
        return None
    # A run of hundreds of digits is no figure (and would be stored as infinity).
    return value if math.isfinite(value) and value < 1e18 else None


# The longest French number in words news writes ("neuf cent quatre-vingt-dix-neuf mille neuf
# cent quatre-vingt-dix-neuf") has about a dozen words, and none runs to a billion.
MAX_NUMBER_WORDS = 16
MAX_WORDS_VALUE = 10**9


def parse_words(s: str) -> float | None:
    """Read French number words: "quatre-vingt-dix" → 90, "deux cent mille" → 200000."""
    words = [w for w in re.split(r"[\s\-]+", s.strip()) if w and w != "et"]
    if not words or len(words) > MAX_NUMBER_WORDS:
        return None  # "cent cent cent …": no number is written with that many words
    total = 0
    current = 0
    previous: str | None = None
    for w in words:
        if w in fr.UNITS:
            current += fr.UNITS[w]
        elif w in fr.TENS:
            value = fr.TENS[w]
            # "quatre-vingt(s)" is 80: the unit before multiplies the twenty.
            if value == 20 and previous in fr.UNITS and current % 100 == fr.UNITS[previous]:
                current = current - fr.UNITS[previous] + fr.UNITS[previous] * 20
            else:
                current += value
        elif w in fr.HUNDRED:
            current = (current or 1) * 100
        elif w in fr.THOUSAND:
            total += (current or 1) * 1000
            current = 0
        else:
            return None
        previous = w
        if total + current > MAX_WORDS_VALUE:
            return None
    return float(total + current)


def _number_value(m: re.Match[str]) -> tuple[float | None, str]:
    if m.group("num"):
        return parse_digits(m.group("num")), "digits"
    return parse_words(m.group("words")), "words"


class _Taken:
    """The spans already read, kept sorted: whether a new span is free costs a bisection, so
    a sentence of thousands of figures costs its length, not its square."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.starts, a)
        if i > 0 and self.ends[i - 1] > a:
            return False  # the span before reaches into this one
        return not (i < len(self.starts) and self.starts[i] < b)

    def append(self, span: tuple[int, int]) -> None:
        i = bisect.bisect_right(self.starts, span[0])
        self.starts.insert(i, span[0])
        self.ends.insert(i, span[1])


def find_numbers(folded: str) -> list[NumberMatch]:
    """Every number in ``folded`` text, non-overlapping, in order of position."""
    found: list[NumberMatch] = []
    taken = _Taken()
    free = taken.free

    # Vague collectives first: "plusieurs milliers", "des dizaines de milliers".
    for m in _VAGUE.finditer(folded):
        lo_f, hi_f = fr.VAGUE_DETERMINERS[re.sub(r"\s+", " ", m.group("det"))]
        noun = m.group("noun")
        base = fr.APPROX_NOUNS.get(noun) or fr.MULTIPLIERS[noun]
        if m.group("mult"):
            base *= fr.MULTIPLIERS[m.group("mult")]
        # "plusieurs milliers" is at least two thousand and less than ten thousand.
        found.append(NumberMatch(m.start(), m.end(), lo_f * base, (hi_f + 1) * base - 1, "vague", True))
        taken.append((m.start(), m.end()))
    for m in _COLLECTIVE_ONE.finditer(folded):
        if not free(m.start(), m.end()):
            continue
        value = float(fr.APPROX_NOUNS[m.group("noun")])
        if m.group("mult"):
            value *= fr.MULTIPLIERS[m.group("mult")]
        found.append(NumberMatch(m.start(), m.end(), value, value, "collective", True, approx=True))
        taken.append((m.start(), m.end()))
    for m in _FRACTION_RE.finditer(folded):
        if not free(m.start(), m.end()):
            continue
        if m.group("count"):
            count = parse_digits(m.group("count")) if m.group("count")[0].isdigit() else parse_words(m.group("count"))
        else:
            count = 1.0
        if count is None or m.group("frac") in getattr(fr, "NOT_FRACTIONS_AFTER", {}).get(m.group("det") or "", ()):
            continue  # "les opérateurs de quart": a watch, no quarter
        value = count * fr.FRACTIONS[m.group("frac")]
        found.append(NumberMatch(m.start(), m.end(), value, value, "fraction"))
        taken.append((m.start(), m.end()))
    # Written fractions: "3/4" (a share), "2 1/4" (two and a quarter). Day/month dates such
    # as "12/03" are not proper fractions.
    for m in _SLASH.finditer(folded):
        num, den = int(m.group("num")), int(m.group("den"))
        if not free(m.start(), m.end()) or not 0 < num < den <= 10:
            continue
        whole = int(m.group("whole")) if m.group("whole") else 0
        value = whole + num / den
        found.append(NumberMatch(m.start(), m.end(), value, value, "fraction" if not whole else "digits"))
        taken.append((m.start(), m.end()))
    # Signed figures: "-0,4 point", "−12,5 %", "—1,8 %", "+2,1 %" (a dash used as a minus).
    for m in _SIGNED.finditer(folded):
        if not free(m.start(), m.end()):
            continue
        before = folded[max(0, m.start() - 12):m.start()].rstrip()
        if before[-1:].isdigit() or before.endswith("%"):
            continue  # "3 - 4", "10 % - 12 %": a dash between two figures joins a range
        value = parse_digits(m.group("num"))
        if value is None:
            continue
        if before.endswith(")") and m.group("sign") != "+":
            # "PARIS (AFP) -3 000 …": the dash of a dateline; the figure is unsigned.
            found.append(NumberMatch(m.start("num"), m.end(), value, value, "digits"))
            taken.append((m.start("num"), m.end()))
            continue
        if m.group("sign").strip() != "+":
            value = -value
        end, multiplied, factor = m.end(), False, 1.0
        after = _AFTER_MULT.match(folded, end)
        if after:  # "-7,8 milliards d'euros": the multiplier applies to the signed figure too
            factor = float(fr.MULTIPLIERS[after.group("mult")])
            value *= factor
            if after.group("half"):
                value += math.copysign(factor / 2, value)
            end, multiplied = after.end(), True
        found.append(NumberMatch(m.start(), end, value, value, "digits", multiplied, signed=True, factor=factor))
        taken.append((m.start(), end))
    for m in _CORE.finditer(folded):
        if not free(m.start(), m.end()):
            continue
        value, kind = _number_value(m)
        if value is None:
            continue
        end = m.end()
        multiplied = False
        approx = False
        factor = 1.0
        after = _AFTER_MULT.match(folded, end)
        if after:
            mult = after.group("mult")
            factor = float(fr.MULTIPLIERS[mult])
            value *= factor
            if after.group("half"):
                value += factor / 2  # "deux millions et demi"
            end = after.end()
            multiplied = True
            approx = mult.startswith("millier")
            # "un million deux cent mille", "trois milliards cinq cents millions": the words
            # after a multiplier add a smaller amount to it.
            while kind == "words":
                rest = _WORDS_AFTER.match(folded, end)
                if not rest:
                    break
                extra = parse_words(rest.group("words"))
                more = _AFTER_MULT.match(folded, rest.end())
                scale = float(fr.MULTIPLIERS[more.group("mult")]) if more else 1.0
                if extra is None or extra * scale >= factor:
                    break
                value += extra * scale
                end = more.end() if more else rest.end()
                factor = scale if more else 1.0
                if not more:
                    multiplied = False  # "un million deux cent mille soldats": no "de" before the noun
                    break
        text = m.group(0)
        bare_article = kind == "words" and text in ("un", "une") and after is None
        year_like = kind == "digits" and bool(re.fullmatch(r"\d{4}", text)) and 1800 <= value <= 2100
        found.append(NumberMatch(m.start(), end, value, value, kind, multiplied, approx, bare_article, year_like, factor))
        taken.append((m.start(), end))
    found.sort(key=lambda n: n.start)
    return found
