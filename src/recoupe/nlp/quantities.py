"""The ``recoupe_quantities`` component: figures with their bounds, unit and rate.

``find_quantities`` does the work on plain text so it can be tested without a model; the
component passes it the part-of-speech of each word and the time expressions already found
(years and dates are times, not quantities).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Iterable

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from recoupe import gazetteer
from recoupe.lang.fr import attribution as fra
from recoupe.lang.fr import numbers as frn
from recoupe.lang.fr import units as fru
from recoupe.layout import headline_end
from recoupe.model import Quantity, sane_value
from recoupe.nlp import extensions, guard  # noqa: F401  (extensions declares the Doc extensions)
from recoupe.nlp.numbers import NumberMatch, find_numbers
from recoupe.nlp.spans import GrowingSpans, Spans
from recoupe.nlp.textnorm import fold, phrase_pattern

PosLookup = Callable[[int], "str | None"]
LemmaLookup = Callable[[int], "str | None"]

_BOUND = re.compile(rf"(?<![\w\-])(?P<phrase>{phrase_pattern(frn.BOUND_PHRASES)})\s*$")
_BOUND_KEYS = {re.sub(r"\s+", " ", k): v for k, v in ((fold(k), v) for k, v in frn.BOUND_PHRASES.items())}
_PARTICLES = phrase_pattern(frn.NEGATION_PARTICLES)
_PREV_WORD = re.compile(rf"(?:n'|n’)?(?P<word>[\w\-']+)\s+(?:(?P<particle>{_PARTICLES})\s+)?"
                        rf"(?:(?:{phrase_pattern(frn.BOUND_VERB_FILLERS)})\s+|l'){{0,3}}$")
_NEGATION = re.compile(rf"(?<![\w])(?:{phrase_pattern(frn.NEGATION_WORDS)})(?:\s|(?<='))")
_KEEPS_BOUND = re.compile(rf"\s*(?:(?:{phrase_pattern(frn.NEGATION_AUXILIARIES)})\s+(?:{_PARTICLES})\s+)?"
                          rf"(?:{phrase_pattern(frn.NEGATION_KEEPS_BOUND)})")
_NEG_PARTICLE = re.compile(rf"(?<![\w])(?:{_PARTICLES})(?![\w])")
_RANGE_OPENER = re.compile(rf"(?<![\w\-])(?P<opener>{phrase_pattern(frn.RANGE_OPENERS)})\s*$")
_RANGE_JOIN = re.compile(rf"^\s*(?:{phrase_pattern(frn.RANGE_JOINERS)})\s+$|^\s*[-–]\s*$")
_PARTITIVE = re.compile(rf"\s*(?:{phrase_pattern(frn.PARTITIVE_REFERENCE)})(?![\w])")
_PERCENT = re.compile(rf"\s*(?:{phrase_pattern(fru.PERCENT)})(?![\w])")
# Currencies (CLDR names and symbols), measurement units (CLDR), multiword counted nouns.
_CURRENCY_WORDS = {**{fold(k): v for k, v in fru.CURRENCY_SYMBOLS.items()}, **fru.CURRENCY_NAMES}
# The ISO codes that are no currency's French name ("ars", "cup", "all" as words are none).
_CODES_ONLY = frozenset(fold(k) for k in fru.CURRENCY_SYMBOLS if k.isalpha() and k.isupper()) - set(fru.CURRENCY_NAMES)
_CURRENCY_AFTER = re.compile(
    rf"\s*(?:(?P<abbr>{phrase_pattern(frn.ABBREVIATED_MULTIPLIERS)})\s*)?"
    rf"(?:(?:de\s+|d')?(?P<cur>{phrase_pattern(_CURRENCY_WORDS)}))(?![\w])"
)
_CURRENCY_BEFORE = re.compile(rf"(?P<cur>{phrase_pattern({k: v for k, v in fru.CURRENCY_SYMBOLS.items() if not k.isalpha()})}|"
                              rf"{'|'.join(c for c in fru.CURRENCY_SYMBOLS if c.isalpha() and c.isupper())})\s*$")
_MEASURE = re.compile(rf"\s*(?:de\s+|d')?(?P<unit>{phrase_pattern(fru.MEASURES)})(?![\w²³'’])")
_MULTIWORD_NOUNS = [k for k in fru.COUNT_NOUNS if " " in k or "'" in k]
_MULTIWORD = re.compile(rf"\s*(?:de\s+|d')?(?:(?:{phrase_pattern(fru.PRE_NOUN_ADJECTIVES)})\s+)?"
                        rf"(?P<unit>{phrase_pattern(_MULTIWORD_NOUNS)})(?![\w])")
_POINTS = re.compile(rf"\s*(?P<unit>{phrase_pattern(fru.POINT_WORDS)})(?![\w])")
_BASIS_POINTS = re.compile(rf"\s*(?P<unit>{phrase_pattern(fru.BASIS_POINT_WORDS)})(?![\w])")
_INDEX = re.compile(rf"(?<![\w])(?:{phrase_pattern(fru.INDEX_WORDS)})(?![\w])")
_RATIO = re.compile(
    rf"(?P<noun>(?:\s+[^\W\d_][\w\-']*){{0,4}}?)\s+{frn.RATIO_JOINER}\s+"
    rf"(?P<den>{'|'.join(sorted(frn.RATIO_DENOMINATORS, key=len, reverse=True))})(?![\w,.]\d)(?![\w])")
_SPATIAL = re.compile(rf"(?:{phrase_pattern(frn.SPATIAL_BOUNDS)})\s+(?!(?:la|le)\s+(?:barre|cap|seuil)(?![\w]))")
_LABEL_BEFORE = re.compile(rf"(?<![\w])(?:l'|la\s+|le\s+|les\s+|de\s+l'|du\s+)?(?:{phrase_pattern(frn.NUMBERED_NOUNS)})\s*$")
_CLOCK_BEFORE = re.compile(r"(?<![\w'])(?:à|a|vers|dès|avant|après|jusqu'à|depuis|entre|et|de|d'|pour|midi|minuit)\s+$")
_AGE_BAND = re.compile(rf"(?<![\w])(?:{phrase_pattern(frn.AGE_BAND_BEFORE)})\s+(?:moins|plus)\s+(?:de\s+|d')$|"
                       rf"(?<![\w])(?:{phrase_pattern(frn.AGE_BAND_BEFORE)})\s+(?:\d+\s*[-–à]\s*)$")
# "près de", "environ" between a word and its figure (optional).
_QUALIFIED = rf"(?:(?:{phrase_pattern(frn.QUALIFIERS_BEFORE_FIGURE)})\s+)?"
_DECREASE = re.compile(rf"(?<![\w])(?:(?:{phrase_pattern(frn.DECREASE_WORDS)})\s+(?:(?:{phrase_pattern(frn.DECREASE_RESTRICTIVES)})\s+)?"
                       rf"(?:de\s+|d')|(?:{phrase_pattern(frn.DECREASE_NOUNS)})\s+(?:{phrase_pattern(frn.CHANGE_LEVEL_VERBS)})\s+"
                       rf"(?:(?:{phrase_pattern(frn.LEVEL_ADVERBS)})\s+)?)"
                       rf"{_QUALIFIED}$")
_DECREASE_SHARE = re.compile(rf"(?<![\w])(?:{phrase_pattern(frn.DECREASE_BEFORE_SHARE)})\s+(?:de\s+|d'){_QUALIFIED}$")
_DECREASE_AFTER = re.compile(rf"\s+(?:{phrase_pattern(frn.DECREASE_AFTER)})(?![\w])")
_HALF = re.compile(rf"\s+(?:{phrase_pattern(frn.HALF_AFTER_UNIT)})(?![\w])")
_TIMES = re.compile(rf"\s+(?:{phrase_pattern(frn.TIMES_WORDS[:2])})(?![\w])")
_MULTIPLIED_BY = re.compile(rf"(?<![\w])(?:{phrase_pattern(frn.MULTIPLIED_BY)})\s+$")
_UNIT_BETWEEN = re.compile(r"\s*(?:%|pour\s+cent|points?)(?=\s+(?:et|à|a|au|ou)\s)")
_INTRODUCED = re.compile(rf"(?<![\w])(?:{phrase_pattern(frn.COUNT_INTRODUCERS)})\s+$"
                         rf"|(?<![\w])(?:{phrase_pattern(frn.COUNT_HEADS_TO)})(?:\s+(?:de|des|d')\s*[^\W\d_][\w\-]*)?\s+à\s+$")
_PART_OF_AHEAD = re.compile(rf"\s+(?:{phrase_pattern(frn.PART_OF_WHOLE)})\s+(?:\d|[^\W\d_]+(?![\w]))")
_ELLIPTIC_AFTER = re.compile(r"\s+(?:dans|à|au|aux|en|pour|selon|parmi|sur)\s+(?:la|le|les|l')?\s*[^\W\d_]")
_CARRY_SCALE = re.compile(r"(?<![\w])(?:dont|soit|et|contre|ou)(?![\w])")
_REFERENCE_NOUNS = set(frn.REFERENCE_NOUNS)
_COUNTED_STATE = re.compile(rf"\s+(?:(?:{phrase_pattern(frn.COUNTED_STATE_ADVERBS)})\s+){{0,2}}"
                            rf"(?:{phrase_pattern(frn.COUNTED_STATES)})")
# "en" before the verb of a figure points back at what an earlier sentence counted: "l'intersyndicale
# en revendiquait 400 000".
EN_BEFORE = re.compile(r"(?<![\w])en\s+(?:\w+\s+){1,2}$")
_OF_THOSE = re.compile(rf"\s+(?:{phrase_pattern(fru.OF_THOSE_AFTER)})(?![\w])")
_PART_OF = re.compile(rf"\s+(?:{phrase_pattern(frn.PART_OF_WHOLE)})\s+$")
_PER_POPULATION = re.compile(r"\s+(?:pour|par|sur)\s+(?P<num>\d{1,3}(?:[ ]\d{3})+|\d+|mille|cent|un million)\s+(?P<noun>[^\W\d_][\w\-]*)")
# (Across a wrapped line, never across a blank one: a headline's last figure counts nothing of
# the paragraph after it.)
_WRAP = r"[^\S\n]*(?:\n(?![^\S\n]*\n)[^\S\n]*)?"
_NOUN_AFTER = re.compile(
    rf"{_WRAP}(?:[«»\"“”]{_WRAP})?(?P<of>de\s+|d')?(?:(?:{phrase_pattern(fru.PRE_NOUN_ADJECTIVES)})\s+)?"
    rf"(?P<unit>[^\W\d_][\w\-]*)"
)
_PER = re.compile(rf"(?<![\w])(?P<per>{phrase_pattern(fru.PER_PHRASES)})(?![\w])")
_OF_NEXT = re.compile(r"\s*(?:de\s|d')")
_NOT_PER = re.compile(rf"(?:{phrase_pattern(fru.NOT_PER_PHRASES)})")
_PER_KEYS = {re.sub(r"\s+", " ", fold(k)): v for k, v in fru.PER_PHRASES.items()}
_ADDED_OVER = {fold(k) for k in fru.ADDED_OVER_PHRASES}
_GROWTH_BEFORE = re.compile(rf"(?<![\w])(?:{phrase_pattern(fru.GROWTH_NOUNS)})\s+(?:de\s+|d')$")
_PER_ADJ = re.compile(rf"\s+(?P<adj>{phrase_pattern(fru.PER_ADJECTIVES)})(?![\w])")
_CLAUSE_END = re.compile(r"[.;:!?\n()«»]|,\s")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
# The words after a count noun that may still be its phrase's ("demandeurs d'emploi").
_MORE_WORDS = r"(?P<more>(?:(?:\s+|'|’)[^\W\d_][\w\-]*){0,2})"
_COUNTED_HEAD = re.compile(rf"(?<![\w])(?:{phrase_pattern(fru.COUNT_HEADS)})\s+(?:de\s+|d'|des\s+)(?P<unit>[^\W\d_][\w\-]*)"
                           + _MORE_WORDS)
_DURATION_PREP = re.compile(rf"(?<![\w])(?:{phrase_pattern(fru.DURATION_PREPOSITIONS)})\s+(?:\w+\s+)?$")
_NOT_UNITS = {fold(w) for w in fru.NOT_UNIT_WORDS + fru.TIME_WORDS_NOT_UNITS}
_REFERENCE_DETS = set(frn.REFERENCE_DETERMINERS)
# A toll's own nouns are counted even after "les": "les cinq victimes" tells the toll again.
_TOLL_NOUNS = set(frn.TOLL_NOUNS)
_CONNECTOR = re.compile(rf"(?<![\w])(?:{phrase_pattern(fru.ELISION_CONNECTORS)})(?![\w])")
# The phrases of _COUNTED that say a number of the noun after them ("le nombre de", "son total
# de"), not the noun alone ("à 14 000 les effectifs").
_OF_A_NUMBER = re.compile(r"(?:de|d'|des)\s*\S*$")
_COUNTED = re.compile(rf"\s*[»”\"]?\s+(?:{phrase_pattern(fru.COUNTED_NOUN_PHRASES)})\s*(?P<unit>[^\W\d_][\w\-]*)")
_AGE = re.compile(rf"(?:{phrase_pattern(fru.AGE_WORDS)})\s+$")
_AGE_WORD = re.compile(rf"(?:{phrase_pattern(fru.AGE_WORDS)})(?![\w])")
_DURATION_AFTER = re.compile(rf"\s+(?:{phrase_pattern(fru.DURATION_AFTER)})(?![\w])")


@dataclass
class _Found:
    q: Quantity
    per_span: tuple[int, int] | None = None
    money_or_share: bool = False
    scale: float = 1.0  # the multiplier written: 1e6 for "60 millions d'euros" or "60 M€"
    currency_text: str | None = None  # the currency as written, for a sum named by what it is
    partitive: bool = False  # "deux d'entre eux": a part of the set counted before it
    level: bool = False  # the level a change brings its subject to: no percent of the change


@dataclass
class Unit:
    """What a figure counts: the concept, its class, the words as written and where they end."""

    concept: str | None = None
    cls: str | None = None
    written: str | None = None
    end: int = 0
    money: bool = False
    mapped: bool = True  # False: a noun outside the lexicon, kept as its lemma


def count_noun(word: str) -> tuple[str, str, str] | None:
    """The lexicon entry (lemma, concept, class) of a counted noun as written ("manifestants"),
    or None."""
    return fru.COUNT_NOUNS.get(word) or fru.COUNT_NOUNS.get(word.replace("’", "'"))


_noun = count_noun


def _singular(word: str) -> str:
    entry = _noun(word)
    if entry is not None:
        return entry[0]
    if word in fru.TIME_UNIT_NOUNS:
        return word
    if word.endswith(("s", "x")) and len(word) > 3:
        return word[:-1]
    return word


def _qualifier_before(folded: str, start: int) -> tuple[str | None, int, bool]:
    """The bound phrase or bounding verb just before ``start``, where it begins, and whether
    a negation was already applied to it."""
    window_start = max(0, start - 48)
    pre = folded[window_start:start]
    m = _BOUND.search(pre)
    if m:
        return _BOUND_KEYS[re.sub(r"\s+", " ", m.group("phrase"))], window_start + m.start("phrase"), False
    w = _PREV_WORD.search(pre)
    if w:
        word = w.group("word")
        for stem, qualifier in frn.BOUND_VERB_STEMS.items():
            if word.startswith(fold(stem)):
                # "ne dépasse pas 500": the figure is a ceiling.
                if w.group("particle") and _NEGATION.search(pre[: w.start()][-24:]):
                    return frn.NEGATED.get(qualifier, qualifier), start, True
                return qualifier, start, False
    return None, start, False


def _negated(folded: str, clause_start: int, at: int) -> bool:
    """Whether a "ne … pas" stands in the clause before ``at`` ("ne peut pas importer plus de")."""
    before = folded[clause_start:at]
    neg = _NEGATION.search(before)
    if neg and _KEEPS_BOUND.match(before, neg.end()):
        return False  # "n'excluent pas une secousse supérieure à 6": the bound stands
    return bool(neg and _NEG_PARTICLE.search(before, neg.end()))


def _clause_start(folded: str, at: int) -> int:
    cut = max(folded.rfind(c, 0, at) for c in ".;:!?\n,")
    return cut + 1


def _unit_after(folded: str, end: int, number: NumberMatch, pos_at: PosLookup | None,
                lemma_at: LemmaLookup | None = None, text: str | None = None) -> Unit:
    """What the figure ending at ``end`` counts: a currency, a measurement unit, percentage
    points, a noun of the lexicon, a time unit, or another noun kept as its lemma."""
    cur = _CURRENCY_AFTER.match(folded, end)
    if cur and cur.group("cur") in _CODES_ONLY and (text is None or not text[cur.start("cur"):cur.end("cur")].isupper()):
        cur = None  # an ISO code is written in capitals: "9 mars" is no 9 million pesos, "3 cup" no Cuban peso
    if cur:
        written = re.sub(r"\s+", " ", cur.group("cur"))
        return Unit(_CURRENCY_WORDS.get(written, written), "money", written, cur.end(), money=True)
    measure = _MEASURE.match(folded, end)
    if measure:
        written = re.sub(r"\s+", " ", measure.group("unit"))
        return Unit(fru.MEASURES[written], "measure", written, measure.end())
    basis = _BASIS_POINTS.match(folded, end)
    if basis and not number.multiplied:
        return Unit("basis_point", "ratio", basis.group("unit"), basis.end())
    points = _POINTS.match(folded, end)
    multi = _MULTIWORD.match(folded, end)
    of_after = _OF_NEXT.match(folded, end) is not None  # (read in place: no copy of the rest of the text)
    if points and multi and multi.end() > points.end() and not of_after:
        points = None  # "18 points d'eau", "640 points de vente": a noun of the lexicon, no points
    if points and not number.multiplied:
        clause = folded[max(0, end - 120):end]
        clause = re.split(r"[.!?\n]\s", clause)[-1]
        if number.high >= 100 or _INDEX.search(clause):
            return Unit("index_point", "measure", points.group("unit"), points.end())  # "le CAC 40 a perdu 94 points"
        return Unit("percentage_point", "ratio", points.group("unit"), points.end())
    needs_of = number.multiplied or number.kind in ("vague", "collective")
    if multi and of_after == needs_of:
        written = re.sub(r"\s+", " ", multi.group("unit"))
        lemma, concept, cls = fru.COUNT_NOUNS[written]
        return Unit(concept, cls, written, multi.end())
    counted = _COUNTED.match(folded, end)
    if counted and re.search(r"(?<![\w])à\s+(?:[«“\"]\s*)?(?:\S+\s+){0,3}\S*$", folded[max(0, end - 40):end]):
        # "évalue à 11 000 le nombre de soldats", "chiffre à 4 700 les pertes", "évalue à « près
        # de 250 000 » le nombre de spectateurs".
        entry = _noun(counted.group("unit"))
        if entry is not None:
            return Unit(entry[1], entry[2], counted.group("unit"), counted.end("unit"))
        word = counted.group("unit")
        if text is not None and text[counted.start("unit"):counted.start("unit") + 1].isupper() and _demonym(word):
            return Unit("person", "person", word, counted.end("unit"))  # "à 27 000 le nombre de Soudanais"
        if word not in _NOT_UNITS and _OF_A_NUMBER.search(counted.group(0)) \
                and (pos_at is None or pos_at(counted.start("unit")) == "NOUN"):
            # A noun outside the lexicon, kept as its lemma: "a porté à 17 le nombre de sujets erronés".
            lemma = (lemma_at(counted.start("unit")) if lemma_at is not None else None) or _singular(word)
            return Unit(fold(lemma), None, word, counted.end("unit"), mapped=False)
    m = _NOUN_AFTER.match(folded, end)
    if not m:
        return Unit(end=end)
    if bool(m.group("of")) != needs_of:
        return Unit(end=end)
    word = m.group("unit")
    if word in _NOT_UNITS or word.startswith(("qu'", "l'", "d'", "s'", "n'", "c'", "j'")) \
            or folded[m.end("unit"):m.end("unit") + 1] in ("'", "’"):
        return Unit(end=end)  # an elided word ("les 310 qu'il compte") is no noun
    entry = _noun(word)
    if entry is not None:
        # In the lexicon: the noun counts, whatever the tagger says ("255 000 arrivées").
        return Unit(entry[1], entry[2], word, m.end("unit"))
    if word in fru.TIME_UNIT_NOUNS:
        return Unit(fru.TIME_UNIT_NOUNS[word], "time", word, m.end("unit"))
    if text is not None and text[m.start("unit"):m.start("unit") + 1].isupper() and _demonym(word):
        return Unit("person", "person", word, m.end("unit"))  # "398 000 Bretons", "1,9 million de Gazaouis"
    if pos_at is not None:
        capital = text is not None and text[m.start("unit"):m.start("unit") + 1].isupper()
        if pos_at(m.start("unit")) not in ("NOUN",) and not (capital and pos_at(m.start("unit")) == "PROPN"):
            return Unit(end=end)  # ("huit Canadair": a make counted, kept as written)
    elif word.endswith(("ent", "ait", "aient", "é", "ée", "és", "ées")):
        # Without a tagger, words that look like verbs or participles are not units.
        return Unit(end=end)
    if word.endswith(_VERB_ENDINGS):
        return Unit(end=end)  # a verb the tagger took for a noun: "19 autres restaient bloqués"
    lemma = (lemma_at(m.start("unit")) if lemma_at is not None else None) or _singular(word)
    # A participle counted as a noun names people: "12 intoxiqués", "300 rapatriés".
    cls = "person" if word.endswith(("és", "ées")) else None
    return Unit(fold(lemma), cls, word, m.end("unit"), mapped=False)


def _adjectives_after(folded: str, end: int, pos_at: PosLookup) -> int:
    """The end of up to two adjectives after a counted noun: they say what is counted."""
    for _ in range(2):
        m = re.match(r"\s+([^\W\d_][\w\-]*)", folded[end:end + 40])
        if not m or pos_at(end + m.start(1)) != "ADJ" or m.group(1) in _NOT_UNITS \
                or m.group(1).endswith(_VERB_ENDINGS):
            break
        end += m.end()
    return end


# Endings no adjective has, of verbs the tagger may take for one: "80 000 foyers restaient privés".
_VERB_ENDINGS = ("aient",)


_WAITING = re.compile(rf"(?<![\w])(?:{phrase_pattern(fru.WAITING_WORDS)})(?![\w])")


# Before a time of day: "à 18 heures", "jusqu'à 8 h 30", "vers 14 heures".
_AT_CLOCK = re.compile(r"(?<![\w'])(?:à|a|vers|dès|jusqu'à|avant|après|depuis|entre)\s+$")


def is_waiting_time(folded: str, start: int, end: int) -> bool:
    """Whether a figure in hours is a waiting time: a word of waiting stands in its sentence
    before it ("le temps de passage a atteint 8 h 30") or right after it ("quatre heures se
    sont écoulées")."""
    lo = max([folded.rfind("\n", 0, start) + 1, start - 80]
             + [m.end() for m in _SENTENCE_BREAK.finditer(folded, max(0, start - 80), start)])
    return _WAITING.search(folded, lo, start) is not None or _WAITING.search(folded, end, end + 40) is not None


def _not_a_count(text: str, folded: str, n: NumberMatch) -> bool:
    """Numbers that label or tell the time: "l'article 49.3", "à 14 heures", "09:14", "les
    moins de 25 ans", "les Vingt-Sept" (not a waiting time: "le temps d'attente atteint 8 h 30")."""
    before = folded[max(0, n.start - 24):n.start]
    after = folded[n.end:n.end + 12]
    if (_LABEL_BEFORE.search(before) and not re.search(r"\d[ \u00a0\u202f]\d{3}(?!\d)", folded[n.start:n.end])) \
            or re.search(r"(?<![\d,.])\d{1,2}\s?[:h]\s?$", before) and re.fullmatch(r"\d{2}", folded[n.start:n.end]):
        # A label ("la ligne 13", "la 7e journée"), not a count grouped by thousands ("à la
        # mi-journée 7 400 manifestants"); or the minutes of "09:14", "20 h 15".
        return True
    if (re.match(r"\s*[:h]\s?\d{2}(?!\d|,\d)", after) and n.high is not None and n.high <= 24
            or (re.match(r"\s*(?:h|heures?)(?![\w])", after)
                                                       and _CLOCK_BEFORE.search(before))) \
            and not (":" not in after[:3] and is_waiting_time(folded, n.start, n.end)
                     and not (_AT_CLOCK.search(before) and n.high <= 24)):
        return True  # "09:14", "18h05", "à 14 heures" (not "attendu jusqu'à 30 heures")
    if re.match(r"\s*ans(?![\w])", after) and _AGE_BAND.search(before):
        return True
    if re.match(r"\s*ans\s+et\s+(?:plus|moins)(?![\w])", after) and re.search(r"(?<![\w])(?:les|des|aux)\s+$", before):
        return True  # "chez les 65 ans et plus": an age band
    if re.match(r"\s?[-–]\s?\d+\s*ans(?![\w])", after) and re.search(r"(?<![\w])(?:les|des|aux|de)\s+$", before):
        return True  # "le chômage des 15-24 ans"
    if n.kind == "digits" and folded[n.start:n.end].isdigit() and n.low < 1000 \
            and re.match(r" [A-ZÀ-Ý][a-zà-ÿ]", text[n.end:n.end + 3]):
        name = re.search(r"(?:^|(.)\s)[A-ZÀ-Ý][\w'’\-]*\s$", text[max(0, n.start - 30):n.start])
        if name and name.group(1) is not None and name.group(1) not in ".!?\n«:":
            return True  # "a décrit à France 24 Mathilde Rousseau": the number of a name
    if n.kind == "words" and text[n.start:n.start + 1].isupper() and n.start > 0 \
            and not re.search(r"(?:^|[.!?\n«:]\s*|\s[-–—]\s)$", text[max(0, n.start - 3):n.start]):
        return True  # "les Vingt-Sept": a name
    return False


def _comparative(folded: str, text: str, n: NumberMatch) -> _Found | None:
    """"deux fois plus", "plus du double", "divisé par deux", "dix de plus" as figures."""
    if n.kind not in ("digits", "words"):
        return None
    m = _TIMES.match(folded, n.end)
    if m and not n.multiplied:
        q = Quantity(start=n.start, end=m.end(), text=text[n.start:m.end()], low=_clean(n.low), high=_clean(n.high),
                     qualifier="exact", unit="ratio", unit_class="ratio")
        return _Found(q, None, money_or_share=True)
    by = _MULTIPLIED_BY.search(folded, max(0, n.start - 16), n.start)
    if by and not n.multiplied:
        q = Quantity(start=by.start(), end=n.end, text=text[by.start():n.end], low=_clean(n.low), high=_clean(n.high),
                     qualifier="exact", unit="factor", unit_class="ratio")
        return _Found(q, None, money_or_share=True)
    return None


def _starts_range(folded: str, n: NumberMatch, nxt: NumberMatch | None) -> bool:
    return nxt is not None and bool(_RANGE_OPENER.search(folded, max(0, n.start - 8), n.start)) \
        and bool(_RANGE_JOIN.match(folded[n.end:nxt.start]))


def _ratio(folded: str, text: str, n: NumberMatch) -> _Found | None:
    """"deux trains sur trois", "moins d'un électeur sur deux": a share of a small whole."""
    if n.kind not in ("digits", "words") or n.multiplied or not float(n.low).is_integer():
        return None
    m = _RATIO.match(folded, n.end)
    if not m:
        return None
    den = frn.RATIO_DENOMINATORS[m.group("den")]
    noun = m.group("noun").strip()
    after = folded[m.end():m.end() + 30]
    nxt = re.match(r"\s+([\w\-']+)", after)
    words = noun.split()
    if not 0 < n.low < den or frn.RATIO_JOINER in words or (words and words[0] in ("de", "des", "du", "d'")):
        return None
    if nxt and (nxt.group(1) in fru.TIME_UNIT_NOUNS or nxt.group(1) in frn.MULTIPLIERS or _noun(nxt.group(1))):
        return None  # "sur dix ans", "sur trois millions", "sur cinq départements": not a share
    found, bound_start, negation_done = _qualifier_before(folded, n.start)
    qualifier = found or "exact"
    if found and not negation_done and qualifier in frn.NEGATED and _negated(folded, _clause_start(folded, bound_start), bound_start):
        qualifier = frn.NEGATED[qualifier]  # "n'a pas dépassé un électeur sur quatre"
    value = round(n.low / den, 4)
    low, high = value, value
    if qualifier in ("more_than", "at_least"):
        high = None  # type: ignore[assignment]
    elif qualifier in ("less_than", "at_most", "up_to"):
        low = None  # type: ignore[assignment]
    start = min(n.start, bound_start) if found else n.start
    q = Quantity(start=start, end=m.end(), text=text[start:m.end()], low=low, high=high, qualifier=qualifier,
                 unit="ratio", unit_text=noun or None, unit_class="ratio")
    return _Found(q, None, money_or_share=True)


def _parts_of_wholes(text: str, folded: str, found: list[_Found]) -> None:
    """"17 des 18 départements": the part counts what the whole counts, keeps the whole, and
    spans the phrase; the whole stays a figure of its own."""
    for part, whole in zip(found, found[1:]):
        p, w = part.q, whole.q
        if p.unit is None and w.unit is not None and not whole.money_or_share and _PART_OF.fullmatch(folded[p.end:w.start]):
            p.unit, p.unit_class, p.unit_mapped, p.unit_text, p.whole = w.unit, w.unit_class, w.unit_mapped, w.unit_text, w.low
            p.end, p.text = w.end, text[p.start:w.end]
        elif w.unit is None and p.unit is not None and not part.money_or_share \
                and re.fullmatch(r"\s+sur\s+", folded[p.end:w.start]):
            # "289 députés sur 577": the whole counts what the part counts.
            w.unit, w.unit_class, w.unit_mapped, w.unit_text = p.unit, p.unit_class, p.unit_mapped, p.unit_text
            p.whole = w.low


# "52 personnes ont été hospitalisées et trois sont décédées": a small number word after "et"
# or a comma, whose verb follows it, counts what the figure before it in its sentence counted.
_COORDINATED_BEFORE = re.compile(r"(?:(?<![\w])et|,)\s+$")
_VERB_RIGHT_AFTER = re.compile(rf"\s+(?:{phrase_pattern(frn.ELLIPTIC_SUBJECT_VERBS)})(?![\w])")


def _told_of_the_same(folded: str, start: int, end: int) -> bool:
    """Whether a number word is the subject of its own verb after a coordinator: "et trois
    sont décédées" (what it counts is left out, as the figure before it said)."""
    return _COORDINATED_BEFORE.search(folded, max(0, start - 6), start) is not None \
        and _VERB_RIGHT_AFTER.match(folded, end) is not None


_PART_OF_NAMED = re.compile(rf"\s+(?:{phrase_pattern(frn.PART_OF_WHOLE)})\s*(?P<noun>[^\W\d_][\w\-]*)")


def _partitives(text: str, folded: str, found: list[_Found]) -> list[_Found]:
    """A figure told as a part of a set: of the things named right after it ("quatre des
    victimes", "quatre de nos compatriotes"), it counts those things; of the set a pronoun
    points back at ("deux d'entre eux"), it counts what the last figure of its paragraph
    counted, and is dropped when there is none (the set was never counted)."""
    kept = []
    for k, cur in enumerate(found):
        q = cur.q
        if q.unit is None and not cur.money_or_share:
            m = _PART_OF_NAMED.match(folded, q.end)
            entry = _noun(m.group("noun")) if m is not None else None
            if m is not None and entry is not None:
                q.unit, q.unit_class, q.unit_text = entry[1], entry[2], text[m.start("noun"):m.end("noun")]
                q.end, q.text = m.end(), text[q.start:m.end()]
        if cur.partitive and q.unit is None:
            paragraph = folded.rfind("\n", 0, q.start)
            sentence = max([paragraph] + [m.end() for m in _SENTENCE_BREAK.finditer(folded, paragraph + 1, q.start)])
            # (the set "d'entre eux" points back at may be the sentence before; "et trois sont
            # décédées" counts what its own sentence counted)
            since = paragraph if _PARTITIVE.match(folded, q.end) else sentence
            before = next((f.q for f in reversed(found[:k]) if f.q.unit is not None and f.q.start > since
                           and not f.money_or_share), None)
            if before is None:
                continue
            q.unit, q.unit_class, q.unit_text, q.unit_mapped = before.unit, before.unit_class, before.unit_text, before.unit_mapped
            q.unit_inherited = True
        kept.append(cur)
    return kept


def _demonym(word: str) -> bool:
    """A people's name in the plural: "Ukrainiens" (a country's, from the gazetteer) or a
    region's or a city's by its ending ("Bretons", "Gazaouis", "Marseillais")."""
    if not word.endswith(("s", "x")):
        return False
    return bool(gazetteer.demonym_country(word)) or word.endswith(fru.DEMONYM_ENDINGS)


def _per_population(folded: str, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """"350 cas pour 100 000 habitants": the rate's denominator as ``100k_inhabitants``."""
    m = _PER_POPULATION.match(folded, end)
    if not m:
        return None, None
    raw = m.group("num").replace(" ", "")
    scale = {"mille": 1000, "cent": 100, "unmillion": 1_000_000}.get(raw) or int(raw)
    entry = _noun(m.group("noun"))
    if scale < 100 or entry is None or scale not in (100, 1000, 10_000, 100_000, 1_000_000):
        return None, None  # "pour 100 000 habitants"; "pour 62 380 places" is not a rate
    label = f"{scale // 1_000_000}m" if scale % 1_000_000 == 0 else f"{scale // 1000}k" if scale % 1000 == 0 else str(scale)
    noun = entry[1] if entry[1].endswith("s") else entry[1] + "s"  # "100k_inhabitants", "1k_births"
    return f"{label}_{noun}", (m.start(), m.end())


def _per_after(folded: str, end: int, numbers_after: Iterable[int]) -> tuple[str | None, tuple[int, int] | None]:
    """The rate phrase in the rest of the clause, unless another figure stands before it."""
    adj = _PER_ADJ.match(folded, end)
    if adj:
        return fru.PER_ADJECTIVES[adj.group("adj")], (adj.start("adj"), adj.end("adj"))
    stop = _CLAUSE_END.search(folded, end, end + 90)  # (bounded: a text without a clause end is read once)
    m = _PER.search(folded, end, stop.start() if stop else end + 90)
    if not m or _NOT_PER.match(folded, m.start()):
        return None, None  # (not "à l'heure de pointe": a time, no rate)
    if any(end <= n < m.start() for n in numbers_after):
        return None, None
    return _PER_KEYS[re.sub(r"\s+", " ", m.group("per"))], (m.start(), m.end())


def find_quantities(
    text: str,
    skip: Iterable[tuple[int, int]] = (),
    pos_at: PosLookup | None = None,
    lemma_at: LemmaLookup | None = None,
) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """Quantities in ``text`` and the spans of the rate phrases they consumed.

    ``skip`` are spans already read as times; ``pos_at`` gives the coarse part of speech of
    the word starting at an offset, when a tagger has run.
    """
    folded = fold(text)
    times = Spans(skip)
    numbers = [n for n in find_numbers(folded) if not times.overlaps(n.start, n.end)]
    starts = [n.start for n in numbers]
    out: list[_Found] = []
    consumed: list[tuple[int, int]] = []
    taken = GrowingSpans()  # the same spans, asked about for every number

    def consume(span: tuple[int, int]) -> None:
        consumed.append(span)
        taken.add(*span)

    i = 0
    while i < len(numbers):
        n = numbers[i]
        i += 1
        if not i & 63:
            guard.check()
        if taken.overlaps(n.start, n.start + 1):
            continue
        if _not_a_count(text, folded, n):
            continue
        comparative = _comparative(folded, text, n)
        if comparative is not None:
            out.append(comparative)
            consume((comparative.q.start, comparative.q.end))
            continue
        ratio = _ratio(folded, text, n)
        if ratio is not None:
            out.append(ratio)
            consume((ratio.q.start, ratio.q.end))
            continue
        if n.bare_article and not _starts_range(folded, n, numbers[i] if i < len(numbers) else None):
            continue  # "un" is an article, unless it opens a range: "de un à cinq ans"
        low, high = n.low, n.high
        span_start, last = n.start, n
        qualifier: str | None = "vague" if n.kind == "vague" else None
        # Ranges: "entre 4 et 6 millions", "de 3 à 5", "10 à 12 000", "4 ou 5".
        if i < len(numbers):
            nxt = numbers[i]
            between = folded[n.end:nxt.start]
            unit_between = _UNIT_BETWEEN.match(between)  # "entre 5 % et 5,5 %", "de 20 % à 30 %"
            if unit_between and folded[nxt.end:nxt.end + 12].lstrip().startswith(unit_between.group(0).strip()[:1]):
                between = between[unit_between.end():]
            opener = _RANGE_OPENER.search(folded, max(0, n.start - 8), n.start)
            joined = _RANGE_JOIN.match(between)
            if joined and n.kind not in ("fraction",) and nxt.kind not in ("fraction", "vague") and not nxt.bare_article:
                joiner = between.strip()
                # "entre X et Y", "de X à Y", and without opener "X à Y", "X ou Y", "X-Y".
                if opener:
                    pair = (opener.group("opener") == frn.RANGE_BETWEEN[0], joiner == frn.RANGE_BETWEEN[1])
                    ok = pair == (True, True) or (not pair[0] and joiner in frn.RANGE_TO)
                else:
                    ok = joiner in frn.RANGE_TO + frn.RANGE_OR + ("-", "–")
                if ok and n.low <= nxt.low * 1000:
                    low = n.low
                    if nxt.multiplied and not n.multiplied and n.low < 1000:
                        low = n.low * nxt.factor
                    elif not n.multiplied and n.low < 1000 <= nxt.low and n.low * 1000 <= nxt.low * 10:
                        # "entre 10 et 12 000 soldats" shares the thousands of the second figure.
                        scale = 1000 ** int(len(str(int(nxt.low))) // 3 - (1 if len(str(int(nxt.low))) % 3 == 0 else 0))
                        if n.low * scale <= nxt.low:
                            low = n.low * scale
                    if low <= nxt.high:
                        high = nxt.high
                        qualifier = "range"
                        if opener:
                            span_start = opener.start()
                        last = nxt
                        i += 1
        end = last.end
        # Bounds before the figure; "au moins plusieurs millions" bounds a vague amount too.
        if qualifier in (None, "vague"):
            found, bound_start, negation_done = _qualifier_before(folded, span_start)
            if found is None and qualifier == "vague":
                found, bound_start, negation_done = "vague", span_start, True
            if found:
                qualifier = found
                span_start = min(span_start, bound_start)
                if not negation_done and qualifier in frn.NEGATED and _negated(folded, _clause_start(folded, span_start), span_start):
                    qualifier = frn.NEGATED[qualifier]
        if qualifier is None:
            qualifier = "approx" if n.approx else "exact"
        # What is counted.
        percent = _PERCENT.match(folded, end)
        before_cur = _CURRENCY_BEFORE.search(text, max(0, span_start - 5), span_start) or \
            _CURRENCY_BEFORE.search(folded, max(0, span_start - 5), span_start)
        if n.kind == "fraction":
            found_unit = Unit("ratio", "ratio", None, end)
        elif percent:
            found_unit = Unit("percent", "ratio", "%", percent.end())
        elif before_cur:
            written = before_cur.group("cur")
            found_unit = Unit(_CURRENCY_WORDS.get(written) or _CURRENCY_WORDS.get(fold(written)), "money", written, end, money=True)
            span_start = before_cur.start()
        elif _SCALE_RIGHT_BEFORE.search(folded, max(0, span_start - 40), span_start):
            found_unit = Unit(end=end)  # "un séisme de magnitude 7 frappe le pays": read on the scale, no "frappe"
        else:
            found_unit = _unit_after(folded, end, last, pos_at, lemma_at, text)
            if found_unit.money:
                abbr = _CURRENCY_AFTER.match(folded, end)
                if abbr and abbr.group("abbr"):
                    factor = frn.ABBREVIATED_MULTIPLIERS[abbr.group("abbr")]
                    low, high = low * factor, high * factor
            elif found_unit.cls == "measure" and found_unit.written in fru.SCALED_MEASURES:
                factor = fru.SCALED_MEASURES[found_unit.written]  # "42,8 Mhl"
                low, high = low * factor, high * factor
        unit, unit_text, unit_end, money = found_unit.concept, found_unit.written, found_unit.end, found_unit.money
        if unit in fru.SUBUNITS and found_unit.cls == "money":
            unit, coin = fru.SUBUNITS[unit]  # "trois centimes": 0,03 euro
            low, high = low * coin, high * coin
        if qualifier in ("less_than", "more_than") and found_unit.cls not in ("ratio", "measure", "money") \
                and _SPATIAL.match(folded, span_start):
            qualifier, span_start = "exact", n.start  # "au-dessus de sept régions": a place, not a bound
            low, high = n.low, n.high
        if unit is not None and not money and found_unit.cls not in ("ratio", "measure", "time") and pos_at is not None:
            unit_end = _adjectives_after(folded, unit_end, pos_at)  # "sept sites français", "37 drones ukrainiens"
        half = _HALF.match(folded, unit_end) if unit is not None and not money else None
        if half and last is n and not n.multiplied:
            low, high, unit_end = low + 0.5, high + 0.5, half.end()  # "quatre mois et demi"
        if not n.signed and low >= 0 and (_DECREASE.search(folded, max(0, span_start - 32), span_start) or (
                found_unit.cls == "ratio" and (_DECREASE_AFTER.match(folded, unit_end)
                                               or _DECREASE_SHARE.search(folded, max(0, span_start - 32), span_start)))):
            # "en baisse de 3 %", "a reculé de 0,4 point": the change is negative.
            low, high = -high, -low
        # Not quantities: years, footnote markers, references, durations inside time phrases.
        if unit is None and qualifier in ("exact",) and last is n:
            if n.year_like:
                continue
            if _is_footnote(text, folded, n, pos_at):
                continue
        if n.kind == "words" and n.low <= frn.REFERENCE_MAX and last is n and unit is None and qualifier == "exact" \
                and not _INTRODUCED.search(folded, max(0, span_start - 40), span_start) \
                and not EN_BEFORE.search(folded, max(0, span_start - 40), span_start) \
                and not _PART_OF_AHEAD.match(folded, end) and not _ELLIPTIC_AFTER.match(folded, end) \
                and not _PARTITIVE.match(folded, end) and not _told_of_the_same(folded, span_start, end):
            continue  # "des deux", "l'un des": a small number word with nothing counted
        if unit == "year" and _AGE.search(folded, max(0, span_start - 16), span_start):
            continue
        if unit in fru.DURATION_UNITS and _DURATION_AFTER.match(folded, unit_end):
            continue  # "deux jours après": a time expression
        partitive = False
        if n.kind == "words" and n.low <= frn.REFERENCE_MAX and last is n:
            prev = re.search(r"([\w']+)\s+$", folded[max(0, span_start - 12):span_start])
            if prev and prev.group(1) in _REFERENCE_DETS and qualifier == "exact" and (
                    unit is None or (unit_text or "") in _REFERENCE_NOUNS or prev.group(1) in ("les", "ces")) \
                    and (unit_text or "").lower() not in _TOLL_NOUNS \
                    and not (unit is not None and _COUNTED_STATE.match(folded, unit_end)):
                continue  # "les deux pays", "leurs deux fils": a known set named, not counted
            partitive = unit is None and (_PARTITIVE.match(folded, end) is not None
                                          or _told_of_the_same(folded, span_start, end))
        if unit in fru.DURATION_UNITS and _DURATION_PREP.search(folded, max(0, span_start - 30), span_start) \
                and not (unit == "hour" and is_waiting_time(folded, span_start, end)):
            continue
        per, per_span = (None, None)
        if unit not in ("ratio", "percent", "percentage_point"):
            per, per_span = _per_population(folded, max(unit_end, end))
            if per is None:
                per, per_span = _per_after(folded, unit_end, starts)
            if per_span is not None and re.sub(r"\s+", " ", folded[per_span[0]:per_span[1]]) in _ADDED_OVER \
                    and (found_unit.cls == "money" or not _GROWTH_BEFORE.search(folded, max(0, span_start - 30), span_start)):
                # A week's count only when its words say what the week added ("une progression de
                # 112 cas en une semaine"); "40 morts en une semaine" is a toll, "le gazole a pris 4
                # centimes en une semaine" a change.
                per, per_span = None, None
        unit_class = found_unit.cls
        if per is None and unit in fru.RATE_UNITS:
            unit, unit_class, per = fru.RATE_UNITS[unit]  # "130 km/h": a speed, km per hour
        if per_span:
            consume(per_span)
            if folded[unit_end:per_span[0]].strip() == "":
                unit_end = per_span[1]
        if qualifier in ("more_than", "at_least"):
            high = None  # type: ignore[assignment]
        elif qualifier in ("less_than", "at_most", "up_to"):
            low = None  # type: ignore[assignment]
        q = Quantity(
            start=span_start, end=max(unit_end, end), text=text[span_start:max(unit_end, end)],
            low=_clean(low), high=_clean(high), qualifier=qualifier, unit=unit, per=per,
            unit_text=unit_text, unit_class=unit_class, unit_mapped=found_unit.mapped,
        )
        scale = last.factor if last.multiplied else (frn.ABBREVIATED_MULTIPLIERS.get(
            (_CURRENCY_AFTER.match(folded, end).group("abbr") or "") if money and _CURRENCY_AFTER.match(folded, end) else "", 1))
        out.append(_Found(q, per_span, money_or_share=money or unit in ("ratio", "percent"), scale=float(scale),
                          partitive=partitive))
    # A longer run of digits ("3" and twenty groups of "000") is no figure, and would reach
    # infinity further on.
    out = [f for f in out if all(v is None or sane_value(v) for v in (f.q.low, f.q.high))]
    _share_forward(folded, out)
    _scales(folded, out)
    _parts_of_wholes(text, folded, out)
    out = _partitives(text, folded, out)
    _counted_before(folded, out, pos_at)
    _people_by_pronoun(folded, out)
    _counted_subject(folded, out)
    _levels_after_changes(folded, out)
    _falls_listed(folded, out)
    _sense_by_context(folded, out)
    _currency_of_sums(folded, out)
    _inherit_units(folded, out)
    _nouns_as_units(folded, out)
    _headline_units(text, out)
    _waiting_clocks(text, folded, out)
    out = _scale_codes(text, folded, out, times)
    return [f.q for f in out], consumed


_SCALE_CODE = re.compile(rf"(?<![\w\-])(?P<code>{phrase_pattern(fru.SCALE_CODES)})-?(?P<grade>[0-5])(?![\w\-])")


def _scale_codes(text: str, folded: str, found: list[_Found], times: Spans) -> list[_Found]:
    """Ratings written as a scale's code and grade ("classée EF3"): a reading on that scale."""
    extra = []
    for m in _SCALE_CODE.finditer(folded):
        if times.overlaps(m.start(), m.end()) or any(f.q.start < m.end() and m.start() < f.q.end for f in found):
            continue
        grade = float(m.group("grade"))
        extra.append(_Found(Quantity(start=m.start(), end=m.end(), text=text[m.start():m.end()], low=grade, high=grade,
                                     qualifier="exact", unit=fru.SCALE_CODES[m.group("code")], unit_class="measure",
                                     unit_text=text[m.start("code"):m.end("code")])))
    return sorted(found + extra, key=lambda f: f.q.start) if extra else found


_MINUTES = re.compile(r"\s?([0-5]\d)(?![\d\w])")


def _waiting_clocks(text: str, folded: str, found: list[_Found]) -> None:
    """A waiting time written as a clock reads ("le temps de passage a atteint 8 h 30") is in
    hours, its minutes a fraction of the hour."""
    for cur in found:
        q = cur.q
        if (q.unit_text or "").strip().lower() not in fru.WAITING_CLOCK_UNITS or (q.low is None and q.high is None) \
                or not is_waiting_time(folded, q.start, q.end):
            continue
        minutes = _MINUTES.match(folded, q.end)
        if minutes is not None:
            extra = int(minutes.group(1)) / 60
            q.low = _clean(q.low + extra) if q.low is not None else None
            q.high = _clean(q.high + extra) if q.high is not None else None
            q.end = minutes.end()
            q.text = text[q.start:q.end]
        q.unit, q.unit_class, q.unit_mapped = "hour", "time", True


def _headline_units(text: str, found: list[_Found]) -> None:
    """A headline figure without its unit ("Monaco avance le chiffre de 55 millions hors bonus")
    has the unit of the same figure in the body ("55 millions d'euros hors bonus")."""
    end = headline_end(text)
    if end <= 0 or end >= len(text):
        return
    body = [f.q for f in found if f.q.start >= end and f.q.unit is not None]
    for f in found:
        q = f.q
        if q.start >= end:
            break
        if q.unit is not None or q.low is None:
            continue
        same = next((b for b in body if (b.low, b.high) == (q.low, q.high)), None)
        if same is not None:
            q.unit, q.unit_class, q.unit_mapped, q.unit_text = same.unit, same.unit_class, same.unit_mapped, same.unit_text
            q.unit_inherited = True
            f.money_or_share = same.unit_class == "money" or same.unit in ("ratio", "percent")


def _currency_of_sums(folded: str, found: list[_Found]) -> None:
    """A sum named by what it is, without its currency ("60 millions d'euros, dont 15 millions
    de bonus"), is in the currency of the sum before it in its sentence: euros of bonus."""
    for k, cur in enumerate(found):
        q = cur.q
        if cur.money_or_share or q.unit_class != "money":
            continue
        for j in range(k - 1, -1, -1):
            prev = found[j]
            p = prev.q
            if _SENTENCE_BREAK.search(folded, p.end, q.start) or "\n" in folded[p.end:q.start]:
                break
            if prev.money_or_share and p.unit_class == "money":
                q.unit, q.unit_inherited = p.unit, True
                cur.money_or_share = True
                cur.currency_text = prev.currency_text or p.unit_text
                break


# The values a reading on a scale can take: a magnitude of 12 or 300 is something else.
SCALE_RANGES = {"magnitude": (0.0, 10.0)}
# The scale's noun before the figure, in its clause, with a few words between ("une magnitude
# de", "la magnitude du séisme principal à", "évalué la secousse à") and no other figure.
_SCALE_BEFORE = re.compile(rf"(?<![\w])(?P<noun>{phrase_pattern(fru.SCALE_NOUNS_BEFORE)})(?![\w])"
                           r"(?P<gap>[^\d.;:!?()\n]{0,40})$")
_SCALE_GAP = re.compile(r"\s*(?:(?:[^\W\d_]+['’]?\s*){0,5}?)(?:de|d'|d’|à|a|:)?\s*"
                        rf"(?:(?:{phrase_pattern(frn.BOUND_PHRASES)})\s*)?$")
_SCALE_AFTER = re.compile(rf"\s*(?P<words>{phrase_pattern(fru.SCALE_WORDS_AFTER)})(?![\w])")
_SCALE_OF = {fold(k): v for k, v in {**fru.SCALE_NOUNS_BEFORE, **fru.SCALE_WORDS_AFTER}.items()}
_SCALE_EVENTS = {fold(k) for k in fru.SCALE_EVENT_NOUNS}
# The scale itself named right before its figure: "magnitude 7", "une magnitude de 6,2".
_SCALE_RIGHT_BEFORE = re.compile(
    rf"(?<![\w])(?:{phrase_pattern([k for k in fru.SCALE_NOUNS_BEFORE if k not in fru.SCALE_EVENT_NOUNS])})"
    r"\s+(?:(?:de|d'|d’)\s*)?$")
_SCALE_VERB = re.compile(rf"(?<![\w])(?:{phrase_pattern(fru.SCALE_VERBS)})")
_SCALE_COMPLEMENT = re.compile(rf"(?<![\w])(?:{phrase_pattern(fru.SCALE_EVENT_COMPLEMENT)})\s*$")
_SCALE_DE = re.compile(r"\s*(?:de|d'|d’)\s*")


def _scale_reading(folded: str, before: re.Match[str], at: int) -> bool:
    """Whether the scale's noun ``before`` reads the figure at ``at``: the scale itself ("une
    magnitude de"), or the event it reads after "de" or a verb of reading ("un séisme de 7,1",
    "l'USGS a évalué la secousse à 6,9"), not "le bilan du séisme est passé à 9"."""
    if not _SCALE_GAP.fullmatch(before.group("gap")):
        return False
    if re.sub(r"\s+", " ", before.group("noun")) not in _SCALE_EVENTS:
        return True
    if _SCALE_COMPLEMENT.search(folded, max(0, before.start() - 8), before.start()):
        return False  # "le bilan du séisme a été revu à 9": the toll's figure
    return _SCALE_DE.fullmatch(before.group("gap")) is not None \
        or _SCALE_VERB.search(folded, max(0, before.start() - 30), at) is not None


def _scales(folded: str, found: list[_Found]) -> None:
    """A bare figure read on a scale its noun names before it ("un séisme de magnitude 7,1",
    "l'IGP a révisé la magnitude du séisme principal à 7,0") or after it ("7,1 sur l'échelle de
    Richter"), when its value can be read on that scale."""
    for cur in found:
        q = cur.q
        if q.unit is not None or cur.money_or_share or q.low is None:
            continue
        after = _SCALE_AFTER.match(folded, q.end)
        concept = _SCALE_OF.get(re.sub(r"\s+", " ", after.group("words"))) if after else None
        if concept is None:
            before = _SCALE_BEFORE.search(folded, max(0, q.start - 80), q.start)
            # (the nearest noun that reads the figure: "un séisme d'une magnitude de 6")
            while before is not None and not _scale_reading(folded, before, q.start):
                before = _SCALE_BEFORE.search(folded, before.start() + 1, q.start)
            if before is None:
                continue
            concept = _SCALE_OF.get(re.sub(r"\s+", " ", before.group("noun")))
        lo, hi = SCALE_RANGES.get(concept or "", (None, None))
        if concept is None or lo is None or not lo < q.low <= hi or (q.high is not None and q.high > hi):
            continue
        q.unit, q.unit_class, q.unit_text, q.unit_mapped = concept, "scale", concept, True


def sense_in_context(folded: str, start: int, end: int, concept: str) -> tuple[str, str] | None:
    """The (concept, class) a noun of two senses takes where its surroundings or its article's
    headline speak of the other: "12 foyers" near "grippe aviaire", or under "Grippe aviaire :
    …", are outbreaks; else None."""
    sense = fru.SENSES_BY_CONTEXT.get(concept)
    if sense is None:
        return None
    other, cls, words = sense
    own = folded[start:end + SENSE_OWN_AFTER]
    if any(w in own for w in fru.SENSES_KEPT_BY.get(concept, ())):
        return None  # "23 stations de métro" keep their sense, whatever the article speaks of
    headline = folded[:max(0, headline_end(folded))]
    window = folded[max(0, start - SENSE_WINDOW):end + SENSE_WINDOW]
    return (other, cls) if any(w in window or w in headline for w in words) else None


# How far around a noun of two senses the words that choose one are read, and how far past a
# figure the words that keep its own.
SENSE_WINDOW = 400
SENSE_OWN_AFTER = 20


def _sense_by_context(folded: str, found: list[_Found]) -> None:
    """Each figure's noun of two senses in the sense its context speaks of (``sense_in_context``)."""
    for cur in found:
        other = sense_in_context(folded, cur.q.start, cur.q.end, cur.q.unit or "")
        if other is not None:
            cur.q.unit, cur.q.unit_class = other


_PEOPLE_COPULA = re.compile(rf"(?<![\w])(?:{phrase_pattern(fru.PEOPLE_COPULAS)})\s+$")
PEOPLE = "person"


_SUBJECT_COPULA = re.compile(rf"(?<![\w])(?:{phrase_pattern(fru.SUBJECT_DETERMINERS)})\s+(?P<unit>[^\W\d_][\w\-]*)"
                             rf"(?:\s+[^\W\d_][\w\-]*)?\s+(?:{phrase_pattern(fru.SUBJECT_COPULAS)})\s+{_QUALIFIED}$")
# "Engagés à 80 …, les sapeurs-pompiers étaient 230": a participle opening the sentence, its figure,
# and the subject after the comma.
_OPENING_PARTICIPLE = re.compile(rf"(?<![\w])(?:{phrase_pattern(fru.OPENING_PARTICIPLES)})\s+(?:{phrase_pattern(fru.OPENING_FIGURE_BEFORE)})\s+$")
_NOT_COUNTED_AFTER = re.compile(rf"\s*(?:{phrase_pattern(fru.NOT_COUNTED_AFTER)})(?![\w])")
_SUBJECT_AFTER_COMMA = re.compile(rf"[^,.;:\n]{{0,60}},\s+(?:{phrase_pattern(fru.SUBJECT_DETERMINERS)})\s+(?P<unit>[^\W\d_][\w\-]*)")


def _counted_subject(folded: str, found: list[_Found]) -> None:
    """A bare figure after a copula counts its subject ("les sapeurs-pompiers étaient 230"); one
    that a participle opening the sentence governs counts the subject after the comma ("Engagés
    à 80 peu après 3 heures du matin, les sapeurs-pompiers …"): when that subject is a noun one
    counts."""
    for cur in found:
        q = cur.q
        if q.unit is not None or cur.money_or_share or _NOT_COUNTED_AFTER.match(folded, q.end):
            continue
        m = _SUBJECT_COPULA.search(folded, max(0, q.start - 60), q.start)
        if m is None:
            opening = _OPENING_PARTICIPLE.search(folded, max(0, q.start - 30), q.start)
            start = opening.start() if opening is not None else -1
            if opening is None or not (start == 0 or _SENTENCE_BREAK.match(folded, start - 2) or folded[start - 1] == "\n"):
                continue
            m = _SUBJECT_AFTER_COMMA.match(folded, q.end)
        entry = _noun(m.group("unit")) if m is not None else None
        if entry is not None:
            q.unit, q.unit_class, q.unit_text, q.unit_inherited = entry[1], entry[2], m.group("unit"), True


_LEVEL_AFTER = re.compile(rf"(?<![\w])(?:{phrase_pattern(frn.LEVEL_AFTER_CHANGE)})\s+"
                          rf"(?:(?:{phrase_pattern(frn.QUALIFIERS_BEFORE_FIGURE)})\s+)?$")
_CHANGE_DE = re.compile(rf"(?<![\w])(?:{phrase_pattern(frn.CHANGE_STEMS)})[\w']*\s+(?:de\s+|d')"
                        rf"(?:(?:{phrase_pattern(frn.QUALIFIERS_BEFORE_FIGURE)})\s+)?$")
# How far before a change the subject it is of may be named, in its sentence.
SUBJECT_REACH = 160


_EVENT_HEADS = frozenset(fold(w) for w in fru.EVENT_HEADS)
_COMPLEMENT = re.compile(r"\s+(?:de\s+(?:la\s+|l')?|d'|des\s+|du\s+)(?P<c>[^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*)?)")


def _head_entry(m: "re.Match[str]") -> tuple[tuple[str, str, str], str] | None:
    """The count noun entry, and its words, of what a count head counts ("le nombre de
    demandeurs d'emploi" counts jobseekers): the longest phrase of the lexicon after it. A noun
    of a count's making counts its complement ("les immatriculations d'étudiants": students),
    itself when it has none, nothing when its complement is no noun one counts."""
    phrase = m.group("unit") + m.group("more")
    if m.group("unit") in _EVENT_HEADS:
        complement = _COMPLEMENT.match(phrase, len(m.group("unit")))
        if complement is not None:
            words = complement.group("c").split()
            for k in range(len(words), 0, -1):
                entry = _noun(" ".join(words[:k]))
                if entry is not None:
                    return entry, phrase[:complement.start("c")] + " ".join(words[:k])
            return None
    words = re.split(r"(\s+|'|’)", phrase)
    for k in range(len(words), 0, -2):  # (words and their separators: longest first)
        entry = _noun("".join(words[:k]))
        if entry is not None:
            return entry, "".join(words[:k])
    return None


# A sentence's opening, past a dispatch's dateline ("PARIS, 1er avril 2038 (AFP) - Les
# immatriculations …").
_OPENING_DATELINE = r"[\s«\"]*(?:[^\W\d_][^,\n]{0,30},[^()\n]{0,40}\([^()\n]{1,20}\)\s*[-–—]\s*)?"
# A count head in its sentence's subject: at its start, after an opening phrase and its comma or
# a rubric and its colon at most ("Sur un an, le nombre de …", "Chômage : le nombre de …"; not
# "Alors que le nombre de …", "qui dépendent du nombre de …").
_SUBJECT_BEFORE = re.compile(_OPENING_DATELINE + rf"(?:[^,:\n]{{0,60}}[,:]\s*)?(?:{phrase_pattern(frn.SUBJECT_OPENERS)})\s*$")
# A count per something is a rate, no count: "le nombre d'enfants par femme".
_PER_AFTER = re.compile(r"\s+par\s+[^\W\d_]")
# Another subject between a count's head and its change: "Les agriculteurs ont vu leur revenu
# reculer de 8 %", "…, où le prix du mètre carré a baissé de 3 %", "…, le prix moyen du billet
# augmentant de 2 %".
_OTHER_SUBJECT = re.compile(r"(?<![\w])(?:leur|leurs|son|sa|ses|où)\s+[^\W\d_]|,\s*(?:le|la|les|l')\s*[^\W\d_]")


def counted_head(folded: str, start: int, end: int) -> tuple[tuple[str, str, str], str, int] | None:
    """The count noun entry, its words and where they end, of the count head that is the subject
    of the sentence starting at ``start``, before ``end`` ("le nombre de demandeurs d'emploi a
    augmenté de 1,6 %"); None for a count per something ("le nombre d'enfants par femme")."""
    head = next((h for h in _COUNTED_HEAD.finditer(folded, start, end) if _SUBJECT_BEFORE.fullmatch(folded, start, h.start())), None)
    return _counted_by(folded, head)


def _counted_by(folded: str, m: "re.Match[str] | None") -> tuple[tuple[str, str, str], str, int] | None:
    """What the head ``m`` matched counts, its words and where they end; None for no count or a
    count per something."""
    found = _head_entry(m) if m is not None else None
    if found is None:
        return None
    at = m.start("unit") + len(found[1])
    return None if _PER_AFTER.match(folded, at) else (found[0], found[1], at)


_SUBJECT_HEAD = re.compile(_OPENING_DATELINE + rf"(?:{phrase_pattern(frn.SUBJECT_OPENERS)})\s*(?P<unit>[^\W\d_][\w\-]*)"
                           + _MORE_WORDS)


def subject_head(folded: str, sentence: int) -> tuple[tuple[str, str, str], str, int] | None:
    """The count noun a sentence opens on, as its subject: "Les immatriculations de voitures
    neuves ont reculé de 4,8 %"."""
    return _counted_by(folded, _SUBJECT_HEAD.match(folded, sentence))


_NOT_LEVEL_HEADS = frozenset(fold(w) for w in fru.NOT_LEVEL_HEADS)
_HEAD_AT = re.compile(r"(?P<unit>[^\W\d_][\w\-]*)" + _MORE_WORDS)


def event_head(folded: str, at: int) -> tuple[tuple[str, str, str], str] | None:
    """What a noun of a count's making at ``at`` counts ("les immatriculations d'étudiants":
    students; "les immatriculations" alone: cars), or None when it is no such noun or its
    complement is no noun one counts."""
    m = _HEAD_AT.match(folded, at)
    return _head_entry(m) if m is not None and m.group("unit") in _EVENT_HEADS else None


def _levels_after_changes(folded: str, found: list[_Found]) -> None:
    """A bare figure a change brings its subject to counts that subject, not percents: "Le
    nombre de demandeurs d'emploi a augmenté de 1,6 %, pour s'établir à 3 112 400", "a
    progressé de 4 % pour atteindre 12,3 millions" (a subject of its own or none)."""
    for prev, cur in zip(found, found[1:]):
        p, q = prev.q, cur.q
        placeholder = q.unit in frn.PLACEHOLDER_UNITS
        if (q.unit is not None and not placeholder) or cur.money_or_share or p.unit not in ("percent", "percentage_point"):
            continue
        if _SENTENCE_BREAK.search(folded, p.end, q.start) or not _LEVEL_AFTER.search(folded, max(0, q.start - 40), q.start) \
                or not _CHANGE_DE.search(folded, max(0, p.start - 40), p.start):
            continue
        cur.level = True
        sentence = max(folded.rfind("\n", 0, p.start) + 1, max((m.end() for m in _SENTENCE_BREAK.finditer(
            folded, max(0, p.start - SUBJECT_REACH), p.start)), default=0))
        head = counted_head(folded, sentence, p.start) if p.start - sentence <= SUBJECT_REACH else None
        if head is None and p.start - sentence <= SUBJECT_REACH:
            head = subject_head(folded, sentence)
        if head is not None and (_OTHER_SUBJECT.search(folded, head[2], p.start) or head[1].split()[0] in _NOT_LEVEL_HEADS
                                 or q.per or _PER_AFTER.match(folded, q.end)):
            head = None  # ("leur revenu …", "les ventes …, à 4,2 milliards", "à 2,6 par match")
        if head is not None:
            entry, words, _ = head
            q.unit, q.unit_class, q.unit_text, q.unit_inherited = entry[1], entry[2], words, True
        elif placeholder:
            cur.level = False  # (units it is, then)


_LISTED_AFTER_FALL = re.compile(rf"(?:,|(?<![\w])(?:{phrase_pattern(frn.FALL_LIST_JOINS)}))\s+"
                                rf"(?:(?:[^\s\d%]+\s+){{0,2}}(?:{phrase_pattern(frn.FALL_LIST_PREPOSITIONS)})\s*)?$")
_SHARE_OF_AFTER = re.compile(rf"\s+(?:{phrase_pattern(frn.SHARE_OF_WORDS)})\s*[^\W\d_]")
# How far a share listed after a fall may stand from it ("La baisse atteint 3,4 % à Paris, où le
# mètre carré vaut 9 280 euros, et 2,6 % en Île-de-France").
LISTED_FALL_REACH = 120


def _falls_listed(folded: str, found: list[_Found]) -> None:
    """A share listed right after a fall told by a word, in its sentence, falls too: "La baisse
    atteint 3,4 % à Paris et 2,6 % en Île-de-France", "ont chuté de 9 %, et de 12 % à Paris"."""
    shares = [f.q for f in found if f.q.unit == "percent"]
    for p, q in zip(shares, shares[1:]):
        if p.low is None or p.low >= 0 or q.low is None or q.low < 0:
            continue
        if p.text.lstrip()[:1] in frn.MINUS_SIGNS or q.text.lstrip()[:1] in frn.MINUS_SIGNS:
            continue  # (signs written: each tells its own)
        between = folded[p.end:q.start]
        if _SHARE_OF_AFTER.match(folded, q.end):
            continue  # (a share of things of its own)
        if len(between) <= LISTED_FALL_REACH and "%" not in between and not _SENTENCE_BREAK.search(between) \
                and _LISTED_AFTER_FALL.search(between):
            q.low, q.high = -q.high if q.high is not None else None, -q.low


def _people_by_pronoun(folded: str, found: list[_Found]) -> None:
    """A bare figure right after a pronoun of people and a copula counts people: "Ils étaient
    18 000 selon la police, 60 000 selon l'intersyndicale" (the qualifier, "près de", is part of
    the figure)."""
    for cur in found:
        q = cur.q
        if q.unit is None and not cur.money_or_share and _PEOPLE_COPULA.search(folded, max(0, q.start - 24), q.start):
            q.unit, q.unit_class, q.unit_inherited = PEOPLE, PEOPLE, True


def _counted_before(folded: str, found: list[_Found], pos_at: PosLookup | None = None) -> None:
    """A bare figure whose clause opened on what it counts: "Le nombre de blessés graves a
    progressé, à environ 1 850", "le volume des transactions a dépassé 900 000"; or whose verb
    points back with a pronoun at the count the sentence before named ("Le nombre de voyageurs
    touchés reste disputé. La DGAC l'évalue à 205 000")."""
    prev_end = 0
    for cur in found:
        q = cur.q
        if q.unit is None and not cur.money_or_share:
            lo = max(prev_end, q.start - 160)
            brk = None
            for brk in _SENTENCE_BREAK.finditer(folded, lo, q.start):
                pass
            lo = brk.end() if brk is not None else lo
            if brk is not None and _points_back(folded, lo, q.start, pos_at) and "\n" not in folded[brk.start():q.start]:
                before = None
                for before in _SENTENCE_BREAK.finditer(folded, max(0, brk.start() - 200), brk.start()):
                    pass
                lo = before.end() if before is not None else max(0, brk.start() - 200)
            m = None
            for m in _COUNTED_HEAD.finditer(folded, lo, q.start):
                pass
            found_entry = _head_entry(m) if m is not None else None
            if found_entry is None and m is not None and gazetteer.demonym_country(m.group("unit")):
                found_entry = (m.group("unit"), "person", "person"), m.group("unit")  # "le nombre de Soudanais arrivés … a atteint 41 000"
            if found_entry is not None:
                entry, words = found_entry
                q.unit, q.unit_class, q.unit_text, q.unit_inherited = entry[1], entry[2], words, True
        prev_end = q.end


# An object pronoun after its subject and before its verb: "La DGAC l'évalue à 205 000", "la
# police les estime" (not an article after a preposition: "selon la police").
_POINTS_BACK = re.compile(rf"([^\W\d_][\w\-]*\)?|\)),?\s+(?P<pronoun>{phrase_pattern(fru.POINTING_BACK_PRONOUNS)})(?:\s+|(?<='))(?P<verb>[^\W\d_])")
_NOT_SUBJECT_ENDS = frozenset(fold(w) for w in fru.WORDS_BEFORE_ARTICLES)
_VERBS = ("VERB", "AUX")


def _points_back(folded: str, start: int, end: int, pos_at: PosLookup | None = None) -> bool:
    """Whether ``folded[start:end]`` holds an object pronoun before a verb. "en" is a pronoun
    only before a verb ("la région en recense 3 100", not "ils ont défilé en France"), which
    the tagger, when it has run, tells."""
    for m in _POINTS_BACK.finditer(folded, start, end):
        if m.group(1) in _NOT_SUBJECT_ENDS:
            continue
        if m.group("pronoun") == "en" and pos_at is not None and pos_at(m.start("verb")) not in _VERBS:
            continue
        return True
    return False


def _clean(v: float | None) -> float | None:
    if v is None:
        return None
    return float(int(v)) if float(v).is_integer() else round(v, 6)


def _is_footnote(text: str, folded: str, n: NumberMatch, pos_at: PosLookup | None) -> bool:
    """A small number glued after a word and closing a sentence or clause: "Russie 1."."""
    if n.kind != "digits" or n.low > frn.FOOTNOTE_MAX or not folded[n.start:n.end].isdigit():
        return False
    if not re.match(r"\s*(?:[.,;)\]]|$)", folded[n.end:n.end + 3]) and not re.match(r"\s*\n", folded[n.end:]):
        return False
    prev = re.search(r"([^\W\d_][\w\-']*)\s$", text[max(0, n.start - 40):n.start])
    if not prev:
        return False
    if fold(prev.group(1)) in _COUNTING_FORMS:
        return False  # "SUD Santé en dénombre 65, …": a count, the tagger's noun notwithstanding
    if pos_at is not None:
        return pos_at(n.start - len(prev.group(0))) in ("NOUN", "PROPN", "ADJ", "X")
    return fold(prev.group(1)) not in _NOT_UNITS


# The present forms of the verbs that put a figure on something ("dénombre", "recensent").
_COUNTING_FORMS = frozenset(fold(lemma[:-2] + ending) for lemma in fra.COUNT_VERBS
                            if lemma.endswith("er") and " " not in lemma for ending in ("e", "ent"))


_SHARED_UNIT_JOINER = re.compile(rf"\s*(?:{phrase_pattern(fru.SHARED_UNIT_JOINERS)})\s*")


def _share_forward(folded: str, found: list[_Found]) -> None:
    """"calibres 122 et 152 mm": a bare figure coordinated with the next one shares its unit."""
    for cur, nxt in zip(found, found[1:]):
        q, n = cur.q, nxt.q
        if q.unit is None and n.unit is not None and not nxt.money_or_share \
                and _SHARED_UNIT_JOINER.fullmatch(folded, q.end, n.start) and n.qualifier == "exact":
            q.unit, q.per, q.unit_text, q.unit_class, q.unit_mapped = n.unit, n.per, n.unit_text, n.unit_class, n.unit_mapped


_SUM_NOUN = re.compile(rf"(?<![\w])(?:{phrase_pattern(fru.SUM_NOUNS)})s?(?![\w])")


def _names_a_sum(folded: str, at: int) -> bool:
    """Whether the sentence before ``at`` names a sum ("Le montant se situe entre les 70
    millions …")."""
    start = 0
    for m in _SENTENCE_BREAK.finditer(folded, max(0, at - 240), at):
        start = m.end()
    return _SUM_NOUN.search(folded, max(start, at - 240), at) is not None


def _inherit_units(folded: str, found: list[_Found]) -> None:
    """A figure without a unit takes the unit of the figure before it: "10 000 obus par jour,
    contre moins de 2 000 pour Kiev", "1,1 million selon le ministère, 2 millions selon la
    CGT", "l'intersyndicale en revendiquait 400 000". Within the sentence a connector, a comma
    or "d'entre eux" after it joins them; across sentences of a paragraph, the pronoun "en" or
    nothing counted."""
    for k, cur in enumerate(found):
        q = cur.q
        if q.unit is not None or cur.money_or_share or cur.level:
            continue
        for j in range(k - 1, -1, -1):
            prev = found[j]
            p = prev.q
            if q.start - p.end > 240:
                break  # (checked first: a long run of bare figures is walked back a bounded way)
            if p.unit is None or _AGE_WORD.search(folded, max(0, p.start - 16), p.start + 4):
                continue  # (an age is no count a later figure leaves out: "âgées de 19 à 84 ans, et en a blessé 18 autres")
            if "\n" in folded[p.end:q.start]:
                break
            same_sentence = not _SENTENCE_BREAK.search(folded, p.end, q.start)
            if (p.unit_class == "time" or p.unit in fru.NOT_COUNTED_MEASURES) \
                    and EN_BEFORE.search(folded, max(0, q.start - 40), q.start):
                # "en" counts things, not lengths or hours: "près de 250 000 spectateurs tout au
                # long des 42,195 km … La préfecture en a compté environ 110 000".
                continue
            if p.unit == "ratio" or (p.unit_class == "ratio" and not same_sentence):
                # A multiple or a share between a count and its bare restatement is read past:
                # "1 140 morts …, en dénombre près de trois fois plus : « au moins 3 200 »",
                # "5 800 lits fermés, soit environ 2 % du total. La FHF avance le chiffre de 8 000".
                continue
            if same_sentence and not (_CONNECTOR.search(folded, p.end, q.start) or "," in folded[p.end:q.start]
                                      or ":" in folded[p.end:q.start]
                                      or EN_BEFORE.search(folded, max(0, q.start - 40), q.start)
                                      or _OF_THOSE.match(folded, q.end)):
                break  # ("42 lits fermés ; SUD Santé en dénombre 65": "en" points back across the semicolon)
            if not same_sentence and not EN_BEFORE.search(folded, max(0, q.start - 40), q.start) \
                    and p.unit_class in ("money", "ratio") and not (p.unit_class == "money" and cur.scale > 1
                                                                    and _names_a_sum(folded, q.start)):
                break
            q.unit, q.unit_inherited, q.unit_class, q.unit_mapped = p.unit, True, p.unit_class, p.unit_mapped
            q.per = q.per or p.per  # "250 000 obus par mois, soit trois millions par an" keeps its own rate
            # (A bare sum after "15 millions de bonus" is in euros, not in bonus.)
            q.unit_text = prev.currency_text or p.unit_text
            if prev.scale > 1 and cur.scale == 1 and p.unit_class == "money" and (q.high or 0) < 1000 \
                    and _CARRY_SCALE.search(folded, p.end, q.start):
                # "60 millions d'euros, dont 15 en bonus": the 15 are millions too.
                q.low = _clean(q.low * prev.scale) if q.low is not None else None
                q.high = _clean(q.high * prev.scale) if q.high is not None else None
                cur.scale = prev.scale
            break


# Counted things named in a figure's sentence before it, with no figure between, that a bare
# figure counts: "Les plaintes continuent d'affluer : près de 5 000 ont été enregistrées", "Les
# blessés ont été 54", "Parmi ces malades, 58 ont dû être hospitalisés".
_NOUN_ANTECEDENT = re.compile(rf"(?<![\w])(?:{'|'.join(fru.PLURAL_DETERMINERS)})\s+([^\W\d_][\w\-]*)")
NOUN_ANTECEDENT_REACH = 120  # how far before the figure its noun may stand (characters)


def _count_noun_before(folded: str, q: Quantity) -> tuple[str, str, str, str] | None:
    """(word, lemma, concept, class) of the plural count noun of people or things a bare whole
    figure takes its unit from, in its sentence before it with no figure between; None when none."""
    start = max(q.start - NOUN_ANTECEDENT_REACH, folded.rfind("\n", 0, q.start) + 1)
    for brk in _SENTENCE_BREAK.finditer(folded, start, q.start):
        start = brk.end()
    if re.search(r"\d", folded[start:q.start]):
        return None
    found = None
    for found in _NOUN_ANTECEDENT.finditer(folded, start, q.start):
        pass
    entry = count_noun(found.group(1)) if found else None
    if entry is None or entry[2] not in fru.ANTECEDENT_CLASSES:
        return None
    return (found.group(1), *entry)


def _nouns_as_units(folded: str, found: list[_Found]) -> None:
    """A bare whole figure no figure before it gave a unit counts the plural noun its sentence
    names before it (``_count_noun_before``)."""
    for cur in found:
        q = cur.q
        if q.unit is not None or cur.money_or_share or cur.level or q.low is None or q.low != int(q.low):
            continue
        noun = _count_noun_before(folded, q)
        if noun is not None:
            word, _, concept, cls = noun
            q.unit, q.unit_class, q.unit_text, q.unit_inherited, q.unit_mapped = concept, cls, word, True, True


def _starts(doc: Doc) -> list[int]:
    """The character offset of every token, read in one array (not token by token)."""
    return doc.to_array(IDX).tolist()


def _lemma_lookup(doc: Doc, idx: list[int] | None = None) -> LemmaLookup:
    idx = _starts(doc) if idx is None else idx

    def lemma_at(offset: int) -> str | None:
        i = bisect_right(idx, offset) - 1
        return doc[i].lemma_ or None if i >= 0 else None

    return lemma_at


def _pos_lookup(doc: Doc, idx: list[int] | None = None) -> PosLookup:
    idx = _starts(doc) if idx is None else idx

    def pos_at(offset: int) -> str | None:
        i = bisect_right(idx, offset) - 1
        if i < 0:
            return None
        return doc[i].pos_ or None

    return pos_at


class QuantityFinder:
    """Finds figures and stores them on ``doc._.recoupe_quantities``; drops the time spans
    that were only the rate of a figure ("en l'espace de 24 heures")."""

    def __call__(self, doc: Doc) -> Doc:
        guard.check()
        times = doc._.recoupe_times or []
        use_pos = doc.has_annotation("POS")
        use_lemma = doc.has_annotation("LEMMA")
        idx = _starts(doc) if use_pos or use_lemma else None
        quantities, consumed = find_quantities(
            extensions.text_of(doc), [(t["start"], t["end"]) for t in times],
            _pos_lookup(doc, idx) if use_pos else None, _lemma_lookup(doc, idx) if use_lemma else None,
        )
        doc._.recoupe_quantities = [
            {"start": q.start, "end": q.end, "text": q.text, "low": q.low, "high": q.high,
             "qualifier": q.qualifier, "unit": q.unit, "per": q.per, "unit_text": q.unit_text,
             "unit_inherited": q.unit_inherited, "unit_class": q.unit_class, "unit_mapped": q.unit_mapped,
             "whole": q.whole}
            for q in quantities
        ]
        if consumed:
            rates = Spans(consumed)
            doc._.recoupe_times = [t for t in times if not rates.overlaps(t["start"], t["end"])]
        return doc


@Language.factory(
    "recoupe_quantities",
    requires=["token.pos"],
    assigns=["doc._.recoupe_quantities"],
    default_config={},
)
def make_quantities(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder()
