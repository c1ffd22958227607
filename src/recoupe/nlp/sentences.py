"""The ``recoupe_sentences`` component: sentence boundaries for news text without a parser.

The parser is slow and splits English names inside French text ("Open Source Center"), so
recoupe segments with rules: a sentence ends at ., ! ?, or … followed by a capital, a quote, a
dash or a digit, and always at a line break (titles and bullet points are lines).

A sentence never runs over ``MAX_TOKENS`` tokens: a longer one (a line of words without
punctuation, a list of hundreds of figures) is cut at a comma, a semicolon or another safe
token, so the parser and the components, which look across a sentence, cost a bounded amount
per token. The cut moves no character: offsets into the text stay exact.
"""

from __future__ import annotations

import re
from bisect import bisect_left

import numpy
from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from recoupe.lang.fr.cues import ABBREVIATIONS
from recoupe.nlp import extensions, guard

_FINAL = {".", "!", "?", "…", "?!", "!?", "..."}
_CLOSERS = {"»", "\"", "”", ")", "]"}
# The longest sentence the pipeline reads; news sentences stay far below (the longest in
# eval/ and examples/ has 84 tokens).
MAX_TOKENS = 200
# Where a long sentence is best cut: after one of these, else between two words.
_PAUSES = {";": 0, ":": 1, ",": 2, ")": 3, "»": 3, "”": 3, "-": 4, "–": 4, "—": 4}
_ABBREVIATIONS = {a.rstrip(".") for a in ABBREVIATIONS}
# A wire dateline ends a sentence of its own: "GENÈVE (AFP) -", "LYON, 4 mai 2024 (Reuters) —",
# "GENÈVE/ANKARA (Reuters) -", "ERZURUM (Turquie), 17 novembre 2025 (AFP) -".
_DATELINE = re.compile(r"^[ \t\-–—•*#]*[A-ZÀ-Ý][A-ZÀ-Ý'’ ./\-]{1,40}(?:\s*\([^()\n]{2,30}\))?(?:,[^()\n]{0,40})?"
                       r"\s*\([^()\n]{2,30}\)\s*[-–—]+[ \t]*", re.MULTILINE)


def _opens_sentence(text: str) -> bool:
    c = text[:1]
    return c.isupper() or c.isdigit() or c in "«\"“-–—(["


def set_boundaries(doc: Doc) -> Doc:
    """Mark ``token.is_sent_start`` on every token of ``doc``."""
    n = len(doc)
    if n == 0:
        return doc
    # Read in arrays, not token by token (a Token object costs more than its text).
    strings = doc.vocab.strings
    texts = [strings[h] for h in doc.to_array(ORTH).tolist()]
    spaces = [" " if s else "" for s in doc.to_array(SPACY).tolist()]
    starts = [False] * n
    starts[0] = True
    for i in range(1, n):
        prev = texts[i - 1]
        cur = texts[i]
        if "\n" in prev or "\n" in spaces[i - 1]:
            starts[i] = not (cur.isspace() and "\n" in cur)
            continue
        if cur.isspace():
            continue
        j = i - 1
        while j >= 0 and texts[j] in _CLOSERS:
            j -= 1
        if j < 0 or texts[j] not in _FINAL:
            continue
        before = texts[j - 1].lower() if j >= 1 else ""
        if texts[j] == "." and (before in _ABBREVIATIONS or (len(before) == 1 and before.isalpha())):
            continue
        if _opens_sentence(cur):
            starts[i] = True
    idx = doc.to_array(IDX).tolist()
    for m in _DATELINE.finditer(extensions.text_of(doc)):
        i = bisect_left(idx, m.end())
        if 0 < i < n and idx[i] == m.end():
            starts[i] = True
    _cut_long(texts, starts, MAX_TOKENS)
    # One array write: the per-token setter re-checks the whole Doc on every call.
    # spaCy stores "not a start" as -1 in a uint64 array.
    values = numpy.fromiter((1 if st else -1 for st in starts), dtype="int64", count=n).astype("uint64").reshape(n, 1)
    doc.from_array([SENT_START], values)
    return doc


def _cut_rank(texts: list[str], k: int) -> int:
    """How good a sentence start token ``k`` makes, lower is better: after a pause (by
    ``_PAUSES``), else between two words (9); never inside a figure ("3 | 000", "1,5 |
    million"), on a space or before a closing mark (99)."""
    prev, cur = texts[k - 1], texts[k]
    if cur.isspace() or cur in _CLOSERS or cur in _PAUSES:
        return 99
    if prev in _PAUSES:
        return _PAUSES[prev]
    if prev.isspace() or prev[-1:].isdigit() or cur[:1].isdigit():
        return 99
    return 9


def _cut_long(texts: list[str], starts: list[bool], limit: int) -> None:
    """Add sentence starts so that no sentence runs over ``limit`` tokens. A long sentence is
    cut at the best start (by ``_cut_rank``) among its last ``limit // 2`` tokens, the latest
    of equal ones; each token is looked at a bounded number of times."""
    n = len(texts)
    start = 0
    i = 1
    while i < n:
        if starts[i]:
            start = i
        elif i - start >= limit:
            cut, best = i, 99
            for k in range(i, start + limit // 2, -1):
                rank = _cut_rank(texts, k)
                if rank < best:
                    cut, best = k, rank
                    if rank == 0:
                        break
            starts[cut] = True
            start = i = cut
        i += 1


class SentenceSplitter:
    """Sets sentence starts by rule; stateless."""

    def __call__(self, doc: Doc) -> Doc:
        guard.check()
        return set_boundaries(doc)


@Language.factory("recoupe_sentences", assigns=["token.is_sent_start"], default_config={})
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()
