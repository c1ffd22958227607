"""A document's most telling words, weighed by how rare they are in its language.

Two articles tell one story when they share enough of their rare words and of the entities
they name (``recoupe.link.occurrence``). A word's weight is the language's, not the ledger's
(wordfreq's frequencies), so it is a function of the document alone: it is computed once,
when the document is analysed, and stored with it (``Analysis.terms``); a re-link reads it
instead of cutting the text again.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

import wordfreq

# A document is compared on its TERMS most telling words and entities: enough to tell its
# story, and comparing two documents costs the same whatever their length.
TERMS = 100
# How rare a word is: ZIPF_TOP less its Zipf frequency (log10 of its uses per billion words), a
# word wordfreq does not know (a name, a rare spelling) counting as the rarest.
ZIPF_TOP = 9.0
_WORD = re.compile(r"[^\W\d_]{4,}")


def words(text: str) -> list[str]:
    # Lower-cased, accents kept: two articles on one story spell its words alike.
    return _WORD.findall(text.lower())


@lru_cache(maxsize=1 << 16)
def rarity(word: str, lang: str) -> float:
    """How rare ``word`` (or a name of several words) is in the language ``lang``: an inverse
    document frequency that is the language's, not the ledger's. About 3.4 for "selon", 5.3
    for "séisme", 9 for a name the language's table does not hold."""
    try:
        return max(0.0, ZIPF_TOP - wordfreq.zipf_frequency(word, lang))
    except LookupError:  # a language wordfreq has no table for: every word counts alike
        return 1.0


def weight(count: int, rare: float) -> float:
    """The weight of a term used ``count`` times, of rarity ``rare``."""
    return (1 + math.log(count)) * rare


def word_terms(text: str, lang: str) -> dict[str, float]:
    """The TERMS heaviest words of ``text`` and their weights, unnormalised: a document's
    vector is these and its entities, of which the TERMS heaviest are kept (no word beyond
    these can be among them)."""
    found = sorted(((weight(k, rarity(w, lang)), w) for w, k in Counter(words(text)).items()), reverse=True)
    return {w: x for x, w in found[:TERMS]}
