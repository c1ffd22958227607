"""spaCy ``Matcher`` patterns of fixed words, run as a ``PhraseMatcher``.

A language's tables give their cue phrases as ``Matcher`` patterns ("selon", "d'après", "aux
dires de"): one dict per token, with ``LOWER`` (or ``TEXT``) as a string or an ``IN`` list,
and perhaps ``IS_SENT_START``. A ``Matcher`` tries every pattern at every token; the same
phrases in a ``PhraseMatcher`` are looked up in one pass, some fifty times faster on a news
article. A pattern that asks for anything else runs through a ``Matcher``, as written.
"""

from __future__ import annotations

from itertools import product
from typing import Any

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

_FIXED = {"LOWER", "TEXT", "IS_SENT_START"}


def _words(token: dict[str, Any]) -> list[str] | None:
    """The lower-case words one token pattern allows, or None if it asks for more than that."""
    if not set(token) <= _FIXED or token.get("IS_SENT_START", True) is not True:
        return None
    if ("LOWER" in token) == ("TEXT" in token):
        return None
    value = token.get("LOWER", token.get("TEXT"))
    words = value.get("IN") if isinstance(value, dict) and set(value) == {"IN"} else [value]
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        return None
    if any(w != w.lower() for w in words):
        return None  # a case asked for (TEXT), or a LOWER no token has: the Matcher keeps it
    if "TEXT" in token and any(w != w.upper() for w in words):
        return None  # TEXT asks for lower case ("selon", not "Selon"): the Matcher keeps it
    return words


class FixedPhrases:
    """Runs ``{label: [pattern, ...]}`` and returns ``(label id, start, end)`` matches in the
    order a ``Matcher`` gives them (by the token they end at): the same matches as a
    ``Matcher`` given the same patterns."""

    def __init__(self, vocab: Vocab, patterns: dict[str, list[list[dict[str, Any]]]]) -> None:
        self._vocab = vocab
        self._phrases = PhraseMatcher(vocab, attr="LOWER")
        self._matcher = Matcher(vocab)
        self._label: dict[int, int] = {}  # a phrase group's key → its label's id
        self._order: dict[int, int] = {}  # a label's id → the order it was given in (the Matcher's, on ties)
        self._sent_start: dict[int, tuple[int, ...]] = {}  # and the tokens that must open a sentence
        self._any_matcher = False
        for label, group in patterns.items():
            label_id = vocab.strings.add(label)
            self._order.setdefault(label_id, len(self._order))
            for n, pattern in enumerate(group):
                words = [_words(t) for t in pattern]
                if not pattern or any(w is None for w in words):
                    self._matcher.add(label, [pattern])
                    self._any_matcher = True
                    continue
                key = vocab.strings.add(f"{label}\u241f{n}")
                self._label[key] = label_id
                self._sent_start[key] = tuple(i for i, t in enumerate(pattern) if t.get("IS_SENT_START"))
                self._phrases.add(f"{label}\u241f{n}", [Doc(vocab, words=list(combo))
                                                          for combo in product(*words)])  # type: ignore[arg-type]

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found = set()
        for key, start, end in self._phrases(doc):
            if all(doc[start + i].is_sent_start for i in self._sent_start[key]):
                found.add((self._label[key], start, end))
        if self._any_matcher:
            found.update(self._matcher(doc))
        return sorted(found, key=lambda m: (m[2], m[1], self._order[m[0]]))
