"""French numbers: digits with French separators, number words, multipliers, collectives,
vague amounts and fractions (``recoupe.nlp.numbers``). No model needed."""

from __future__ import annotations

import pytest

from recoupe.nlp.numbers import find_numbers, parse_digits, parse_words
from recoupe.nlp.textnorm import fold

NBSP = "\u00a0"
NNBSP = "\u202f"


@pytest.mark.parametrize(
    "written, value",
    [
        ("16 000", 16000),
        (f"16{NBSP}000", 16000),
        (f"16{NNBSP}000", 16000),
        ("1 500 000", 1_500_000),
        (f"1{NNBSP}500{NNBSP}000", 1_500_000),
        ("4,5", 4.5),
        ("0,25", 0.25),
        ("1.500", 1500),  # a dot every three digits is a thousands separator
        ("1.500.000", 1_500_000),
        ("4.5", 4.5),  # one digit after the dot: a decimal point
        ("12.75", 12.75),
        ("2 000,5", 2000.5),
        ("38000", 38000),
        ("7", 7),
    ],
)
def test_parse_digits(written: str, value: float) -> None:
    assert parse_digits(written) == pytest.approx(value)


@pytest.mark.parametrize("written", ["abc", "", "4,,5"])
def test_parse_digits_rejects_non_numbers(written: str) -> None:
    assert parse_digits(written) is None


@pytest.mark.parametrize(
    "written, value",
    [
        ("quatre", 4),
        ("onze", 11),
        ("dix-sept", 17),
        ("vingt", 20),
        ("vingt et un", 21),
        ("vingt-deux", 22),
        ("trente et un", 31),
        ("soixante et onze", 71),
        ("soixante-dix-sept", 77),
        ("quatre-vingts", 80),
        ("quatre-vingt-onze", 91),
        ("quatre-vingt-dix", 90),
        ("cent", 100),
        ("cent vingt", 120),
        ("trois cents", 300),
        ("mille", 1000),
        ("mille cinq cents", 1500),
        ("deux mille vingt-quatre", 2024),
        ("deux cent mille", 200_000),
        ("quatre-vingt mille", 80_000),
    ],
)
def test_parse_words(written: str, value: float) -> None:
    assert parse_words(written) == value


@pytest.mark.parametrize("written", ["", "obus", "quatre obus", "et"])
def test_parse_words_rejects_other_words(written: str) -> None:
    assert parse_words(written) is None


# text → (low, high, kind); the one number must cover the whole text.
FIND_TABLE = [
    ("16 000", 16000, 16000, "digits"),
    (f"16{NBSP}000", 16000, 16000, "digits"),
    (f"16{NNBSP}000", 16000, 16000, "digits"),
    ("4,5", 4.5, 4.5, "digits"),
    ("1.500", 1500, 1500, "digits"),
    ("1.500.000", 1_500_000, 1_500_000, "digits"),
    ("4.5", 4.5, 4.5, "digits"),
    ("quatre", 4, 4, "words"),
    ("vingt", 20, 20, "words"),
    ("vingt et un", 21, 21, "words"),
    ("quatre-vingt-dix", 90, 90, "words"),
    ("quatre-vingts", 80, 80, "words"),
    ("soixante-dix-sept", 77, 77, "words"),
    ("deux cent mille", 200_000, 200_000, "words"),
    ("trois cents", 300, 300, "words"),
    ("mille", 1000, 1000, "words"),
    ("cinq millions", 5_000_000, 5_000_000, "words"),
    ("4 millions", 4_000_000, 4_000_000, "digits"),
    ("1,5 milliard", 1_500_000_000, 1_500_000_000, "digits"),
    ("2,5 millions", 2_500_000, 2_500_000, "digits"),
    ("un million", 1_000_000, 1_000_000, "words"),
    ("plusieurs milliers", 2000, 9999, "vague"),
    ("des dizaines de milliers", 20_000, 99_999, "vague"),
    ("quelques centaines", 200, 599, "vague"),
    ("plusieurs millions", 2_000_000, 9_999_999, "vague"),
    ("une centaine", 100, 100, "collective"),
    ("une dizaine de milliers", 10_000, 10_000, "collective"),
    ("la moitié", 0.5, 0.5, "fraction"),
    ("un tiers", 1 / 3, 1 / 3, "fraction"),
    ("deux tiers", 2 / 3, 2 / 3, "fraction"),
    ("trois quarts", 0.75, 0.75, "fraction"),
    ("un quart", 0.25, 0.25, "fraction"),
]


@pytest.mark.parametrize("text, low, high, kind", FIND_TABLE, ids=[row[0] for row in FIND_TABLE])
def test_find_numbers_single(text: str, low: float, high: float, kind: str) -> None:
    found = find_numbers(fold(text))
    assert len(found) == 1, found
    n = found[0]
    assert (n.start, n.end) == (0, len(text))
    assert n.low == pytest.approx(low)
    assert n.high == pytest.approx(high)
    assert n.kind == kind


def test_find_numbers_flags() -> None:
    [collective] = find_numbers(fold("une centaine"))
    assert collective.approx and collective.multiplied
    [millier] = find_numbers(fold("un millier"))
    assert millier.low == 1000 and millier.approx
    [million] = find_numbers(fold("4 millions"))
    assert million.multiplied and million.factor == 1_000_000 and not million.approx
    [plain] = find_numbers(fold("16 000"))
    assert not plain.multiplied and plain.factor == 1


@pytest.mark.parametrize("text, flagged", [("un", True), ("une", True), ("un million", False), ("deux", False)])
def test_find_numbers_marks_bare_article(text: str, flagged: bool) -> None:
    [n] = find_numbers(fold(text))
    assert n.bare_article is flagged


@pytest.mark.parametrize("text, flagged", [("2024", True), ("1945", True), ("2500", False), ("16 000", False),
                                           ("deux mille vingt-quatre", False)])
def test_find_numbers_marks_years(text: str, flagged: bool) -> None:
    [n] = find_numbers(fold(text))
    assert n.year_like is flagged


def test_find_numbers_in_a_sentence_keeps_offsets() -> None:
    text = f"Entre 4 et 6 millions d'obus, puis 16{NNBSP}000 conteneurs et la moitié des soldats."
    found = find_numbers(fold(text))
    spans = [text[n.start:n.end] for n in found]
    assert spans == ["4", "6 millions", f"16{NNBSP}000", "la moitié"]
    assert [n.low for n in found] == [4, 6_000_000, 16000, 0.5]


@pytest.mark.parametrize("text", ["KN-23", "Su-35", "F-16", "S-400", "Hwasong-18"])
def test_find_numbers_skips_model_names(text: str) -> None:
    assert find_numbers(fold(f"Le pays a reçu des {text}.")) == []


@pytest.mark.parametrize("text, value", [("plus d'un million", 1_000_000), ("près d’un milliard", 1_000_000_000)])
def test_find_numbers_after_elided_de(text: str, value: float) -> None:
    values = [n.low for n in find_numbers(fold(text))]
    assert values == [value]


@pytest.mark.parametrize("text, values", [
    # On watch, no quarter: "de quart" with no determiner of its own.
    ("La direction chiffre les grévistes parmi les opérateurs de quart.", []),
    ("L'officier de quart a donné l'alerte.", []),
    # A quarter still is one, with its determiner or its count.
    ("Un quart des stations est à sec.", [0.25]),
    ("Les trois quarts des trains circulent.", [0.75]),
    ("Le prix a baissé de moitié.", [0.5]),
])
def test_a_fraction_needs_its_determiner(text: str, values: list[float]) -> None:
    assert [n.low for n in find_numbers(fold(text))] == values


def test_a_run_of_hundreds_of_digits_is_no_figure() -> None:
    from recoupe.nlp.numbers import parse_digits

    assert parse_digits("9" * 400) is None
    assert parse_digits("1 200 000 000") == 1.2e9
