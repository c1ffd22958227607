"""Property-based tests (Hypothesis): numbers and dates written in French read back to what
they say, and no text, however odd, crashes the pipeline or yields an offset outside it.

Profiles are registered in ``conftest.py``: ``default`` (hundreds of examples) and ``long``
(tens of thousands: ``pytest tests/test_fuzz*.py --hypothesis-profile=long``). The
model-based property runs a third of the profile's examples. Inputs and the command line are
fuzzed in ``test_fuzz_inputs.py``, the web app in ``test_fuzz_web.py``.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from num2words import num2words

from recoupe import langdetect
from recoupe.claims import build_analysis
from recoupe.ingest import InputError, SourceDocument, document_id, read_document
from recoupe.model import Document
from recoupe.nlp.numbers import find_numbers
from recoupe.nlp.quantities import find_quantities
from recoupe.nlp.textnorm import fold
from recoupe.nlp.timeexpr import find_times

SPACES = [" ", "\u00a0", "\u202f"]  # normal, no-break, narrow no-break
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
REF = dt.date(2025, 1, 1)


def grouped(n: int, space: str) -> str:
    """French digit grouping: 12345 → "12 345" with ``space`` between groups of three."""
    return f"{n:,}".replace(",", space)


def whole_number(text: str) -> list[float]:
    """The values of the numbers that span the whole of ``text``."""
    return [m.low for m in find_numbers(fold(text)) if m.start == 0 and m.end == len(text) and m.low == m.high]


# -- numbers in words ---------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=999_999))
@example(80)
@example(71)
@example(91)
@example(180)
@example(1990)
@example(80_000)
@example(999_999)
def test_french_words_below_a_million(n: int) -> None:
    words = num2words(n, lang="fr")
    assert whole_number(words) == [n], (words, [(m.start, m.end, m.low) for m in find_numbers(fold(words))])


@given(st.integers(min_value=1, max_value=999), st.sampled_from([10**6, 10**9]))
def test_french_words_round_millions(k: int, scale: int) -> None:
    n = k * scale
    words = num2words(n, lang="fr")  # "deux millions", "vingt et un milliards"
    assert whole_number(words) == [n], words


@given(st.integers(min_value=1_000_001, max_value=10**12 - 1).filter(lambda n: n % 10**6 != 0))
def test_french_words_above_a_million(n: int) -> None:
    words = num2words(n, lang="fr")
    assert whole_number(words) == [n], words


@given(st.integers(min_value=0, max_value=999_999))
def test_french_words_in_a_sentence(n: int) -> None:
    words = num2words(n, lang="fr")
    assume(words not in ("un", "une"))  # the article "un", not a count: skipped by design
    sentence = f"Selon l'armée, {words} soldats ont été déployés."
    quantities, _ = find_quantities(sentence)
    assert [(q.low, q.high) for q in quantities] == [(n, n)], (sentence, quantities)
    (q,) = quantities
    assert sentence[q.start:q.end] == q.text and q.text.startswith(words)


# -- numbers in digits --------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from(SPACES))
@example(1_000, "\u202f")
@example(1_999, " ")
@example(2_024, "\u00a0")
@example(12_345, " ")
def test_french_digit_grouping(n: int, space: str) -> None:
    text = grouped(n, space)
    assert whole_number(text) == [n], text
    sentence = f"Selon l'armée, {text} soldats ont été déployés."
    quantities, _ = find_quantities(sentence)
    assert [(q.low, q.high, q.qualifier) for q in quantities] == [(n, n, "exact")], (sentence, quantities)
    (q,) = quantities
    assert sentence[q.start:q.end] == q.text and q.text.startswith(text)


@given(st.integers(min_value=1_000, max_value=10**9), st.lists(st.sampled_from(SPACES), min_size=3, max_size=3))
def test_mixed_spaces_in_one_number(n: int, spaces: list[str]) -> None:
    groups = f"{n:,}".split(",")
    text = groups[0] + "".join(spaces[i % 3] + g for i, g in enumerate(groups[1:]))
    assert whole_number(text) == [n], text


# -- dates --------------------------------------------------------------------------------

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))


def _day(d: dt.date) -> str:
    return "1er" if d.day == 1 else str(d.day)


def _check(expr: str, low: dt.date, high: dt.date) -> None:
    for text, offset in ((expr, 0), (f"Selon le ministère, l'attaque a eu lieu {expr}.", 40)):
        found = find_times(text, REF)
        assert [(t.from_, t.to) for t in found] == [(low.isoformat(), high.isoformat())], (text, found)
        (t,) = found
        assert text[t.start:t.end] == t.text and t.start == offset and t.end == offset + len(expr)


@given(dates, st.booleans())
def test_french_day_dates(d: dt.date, article: bool) -> None:
    expr = f"{_day(d)} {MONTHS[d.month - 1]} {d.year}"
    _check(f"le {expr}" if article else expr, d, d)


@given(dates)
def test_french_day_dates_with_weekday(d: dt.date) -> None:
    _check(f"le {WEEKDAYS[d.weekday()]} {_day(d)} {MONTHS[d.month - 1]} {d.year}", d, d)


@given(dates)
def test_numeric_dates(d: dt.date) -> None:
    _check(f"{d.day:02d}/{d.month:02d}/{d.year}", d, d)


@given(dates)
def test_french_months(d: dt.date) -> None:
    last = calendar.monthrange(d.year, d.month)[1]
    _check(f"en {MONTHS[d.month - 1]} {d.year}", d.replace(day=1), d.replace(day=last))


@given(st.integers(min_value=1900, max_value=2099))
def test_french_years(year: int) -> None:
    _check(f"en {year}", dt.date(year, 1, 1), dt.date(year, 12, 31))


@given(dates, st.integers(min_value=1, max_value=60))
def test_french_day_ranges(d: dt.date, days: int) -> None:
    e = d + dt.timedelta(days=days)
    assume(e.year <= 2099)
    expr = f"du {_day(d)} {MONTHS[d.month - 1]} {d.year} au {_day(e)} {MONTHS[e.month - 1]} {e.year}"
    _check(expr, d, e)


@given(st.integers(min_value=1000, max_value=2999).filter(lambda y: not 1900 <= y <= 2100),
       st.integers(min_value=1, max_value=28), st.integers(min_value=1, max_value=12))
def test_dates_outside_the_supported_years_are_not_misdated(year: int, day: int, month: int) -> None:
    text = f"le {day} {MONTHS[month - 1]} {year}"
    for t in find_times(text, REF):
        assert t.from_ is None or t.from_.startswith(str(year)), (text, t)


# -- reading any bytes -------------------------------------------------------------------

PREFIXES = [b"", b"%PDF-1.4\n", b"<html><body><p>", "Selon l'armée, ".encode(), b"\xef\xbb\xbf", b"\xff\xfe",
            b"PK\x03\x04", "Selon l'état-major, ".encode("cp1252")]
SUFFIXES = [b"", b"\n%%EOF\n", b"</p></body></html>"]
encoded_text = st.tuples(st.text(max_size=300), st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1"])).map(
    lambda te: te[0].encode(te[1], errors="ignore"))


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return tmp_path_factory.mktemp("fuzz-inputs")


@given(
    body=st.one_of(st.binary(max_size=3000), encoded_text),
    prefix=st.sampled_from(PREFIXES),
    suffix=st.sampled_from(SUFFIXES),
    name=st.sampled_from(["in.txt", "in.md", "in.html", "in.pdf", "in"]),
)
def test_any_bytes_are_read_or_refused_in_one_line(scratch, body: bytes, prefix: bytes, suffix: bytes,
                                                   name: str) -> None:  # type: ignore[no-untyped-def]
    path = scratch / name
    path.write_bytes(prefix + body + suffix)
    result = read_document(path)
    if isinstance(result, InputError):
        line = str(result)
        assert line.startswith(f"{path}: ") and "\n" not in line and "\r" not in line and result.reason
        return
    assert isinstance(result, SourceDocument)
    assert result.text.strip() and result.id == document_id(result.text)
    assert result.lang in langdetect.LANGUAGES
    if result.pages is not None:
        assert result.pages[0] == 0 and result.pages == sorted(result.pages)
        assert all(0 <= p <= len(result.text) for p in result.pages)


# -- the whole pipeline on any text -------------------------------------------------------

FRAGMENTS = [
    "Selon le ministère de la Défense, ", "1 200 soldats", " ont été blessés", " le 3 mars 2024",
    " entre 4 et 6 millions d'euros", "« Nous ne reculerons pas », a déclaré Volodymyr Zelensky.",
    " au moins 15 drones", " plus de 40 %", " environ 300 chars", "\n\n", "\n", ". ", ", ",
    "PARIS, 12 mars 2025 — ", "l'an dernier", "en février", " Kiev", " Moscou", " l'OTAN",
    " d'après l'AFP", " aurait", " trois cents", " la moitié", " 4,5 milliards de dollars",
    "(1)", " – ", "’", "\u00a0", "\u202f", "\t", "\r\n", "\x00", "\x0b", "\x1b", "\u200b", "\ufeff",
    "\u0301", "İ", "ß", "ﬁ", "🇺🇦", "…", "n°3", "KN-23", "T1 2024", "1er", "80e", "−5", "+",
]
texts = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=12),
    ),
    max_size=25,
).map("".join)


def _inside(text: str, start: Any, end: Any, what: str, shown: Any = None) -> None:
    assert isinstance(start, int) and isinstance(end, int), what
    assert 0 <= start <= end <= len(text), (what, start, end, len(text))
    if shown is not None:
        assert text[start:end] == shown, (what, text[start:end], shown)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from recoupe.nlp.pipeline import load

    return load()


@settings(max_examples=max(20, settings().max_examples // 3))
@given(text=texts)
@example(text="")
@example(text="\x00\x00")
@example(text="Selon Kiev,\x00 1 200\u202fsoldats.\r\n\r\n")
def test_pipeline_never_crashes_and_offsets_hold(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert doc.text == text
    for t in doc._.recoupe_times or []:
        _inside(text, t["start"], t["end"], "time", t["text"])
    for q in doc._.recoupe_quantities or []:
        _inside(text, q["start"], q["end"], "quantity", q["text"])
        if q.get("per_start") is not None:
            _inside(text, q["per_start"], q["per_end"], "rate")
    for s in doc._.recoupe_sources or []:
        if s:
            _inside(text, s["start"], s["end"], "source", s["text"])
    for clauses in doc._.recoupe_modality or []:
        for c in clauses:
            _inside(text, c["start"], c["end"], "clause")
    for m in doc._.recoupe_mentions or []:
        _inside(text, m["start"], m["end"], "mention", m["text"])
    analysis = build_analysis(doc, Document(id=document_id(text), path="fuzz.txt", text=text))
    for c in analysis.claims:
        _inside(text, c.start, c.end, "claim", c.text)
        for q in c.quantities:
            _inside(text, q.start, q.end, "claim quantity", q.text)
        for t in c.times:
            _inside(text, t.start, t.end, "claim time", t.text)
        if c.source is not None:
            _inside(text, c.source.start, c.source.end, "claim source", c.source.text)
    for m in analysis.mentions:
        _inside(text, m.start, m.end, "mention", m.text)
