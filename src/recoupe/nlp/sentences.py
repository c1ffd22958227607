"""The ``recoupe_sentences`` component: sentence boundaries for news text without a parser.

The parser is slow and splits English names inside French text ("Open Source Center"), so
recoupe segments with rules: a sentence ends at ., ! ?, or … followed by a capital, a quote, a
dash or a digit, and always at a line break (titles and bullet points are lines).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from recoupe.lang.fr.cues import ABBREVIATIONS

_FINAL = {".", "!", "?", "…", "?!", "!?", "..."}
_CLOSERS = {"»", "\"", "”", ")", "]"}
_ABBREVIATIONS = {a.rstrip(".") for a in ABBREVIATIONS}


def _opens_sentence(text: str) -> bool:
    c = text[:1]
    return c.isupper() or c.isdigit() or c in "«\"“-–—(["


def set_boundaries(doc: Doc) -> Doc:
    """Mark ``token.is_sent_start`` on every token of ``doc``."""
    n = len(doc)
    if n == 0:
        return doc
    starts = [False] * n
    starts[0] = True
    for i in range(1, n):
        prev = doc[i - 1]
        tok = doc[i]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            starts[i] = not tok.is_space or "\n" not in tok.text
            continue
        if tok.is_space:
            continue
        j = i - 1
        while j >= 0 and doc[j].text in _CLOSERS:
            j -= 1
        if j < 0 or doc[j].text not in _FINAL:
            continue
        before = doc[j - 1].text.lower() if j >= 1 else ""
        if doc[j].text == "." and (before in _ABBREVIATIONS or (len(before) == 1 and before.isalpha())):
            continue
        if _opens_sentence(tok.text):
            starts[i] = True
    for i, tok in enumerate(doc):
        tok.is_sent_start = starts[i]
    return doc


class SentenceSplitter:
    """Sets sentence starts by rule; stateless."""

    def __call__(self, doc: Doc) -> Doc:
        return set_boundaries(doc)


@Language.factory("recoupe_sentences", assigns=["token.is_sent_start"], default_config={})
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()
