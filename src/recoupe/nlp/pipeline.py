"""Build the French pipeline: a trained spaCy model plus recoupe's components.

recoupe segments sentences by rule before the model runs (the parser keeps those boundaries,
which keeps English names inside French text whole: "Open Source Center"); the dependency
parse is how sources are found, and lemmas are how units and cue verbs are looked up. The
model's named-entity recogniser runs through ``recoupe_names``, on the sentences that may
hold a name only.
"""

from __future__ import annotations

import ctypes
import gc
import re
from functools import lru_cache
from typing import Callable, Optional

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

# Importing the component modules registers their factories.
from recoupe import lang
from recoupe.nlp import attribution, entities, modality, names, quantities, sentences, times  # noqa: F401

DEFAULT_MODEL = "fr_core_news_md"
EXCLUDED: tuple[str, ...] = ()
COMPONENTS = ("recoupe_times", "recoupe_quantities", "recoupe_attribution", "recoupe_modality",
              "recoupe_entities")

# "2022.Les": a period glued between a word and a capital ends a sentence (pasted text).
_GLUED_PERIOD = r"(?<=[0-9a-zà-ÿ»\)])\.(?=[A-ZÀ-Ý])"
# Hyphenated proper names stay one token ("Min-su", "Seong-kweun", "Saint-Denis"), but not an
# inverted pronoun at the start of a sentence ("A-t-il", "Est-ce").
_HYPHENATED_NAME = re.compile(
    r"^[A-ZÀ-Ý][A-Za-zÀ-ÿ]+(?:-(?!(?:t|il|elle|ils|elles|on|ce|je|tu|nous|vous|là|ci|y|en|même|mêmes|le|la|les|lui|leur|moi|toi)(?:-|$))[A-Za-zÀ-ÿ0-9]+)+$")


class _NamesFirst:
    """The tokenizer's ``token_match`` that keeps hyphenated proper names whole.

    spaCy serialises a ``token_match`` as the pattern of the compiled regex it is the
    ``match`` of (``token_match.__self__.pattern``): ``__self__`` here is the model's own
    regex, so a saved pipeline keeps the model's rule, and ``add_components`` adds this one
    again when the pipeline is loaded.
    """

    def __init__(self, then: Optional[Callable[[str], object]], words: frozenset[str] = frozenset()) -> None:
        self.then = then
        self.words = words  # hyphenated common nouns of the language: "état-major", "sapeurs-pompiers"
        self.__self__ = getattr(then, "__self__", None) or re.compile(r"(?!)")

    def __call__(self, text: str) -> object:
        if "-" in text and text.lower() in self.words:
            return True
        return _HYPHENATED_NAME.match(text) or (self.then(text) if self.then else None)


def add_components(nlp: Language) -> Language:
    """Add recoupe's components to ``nlp`` (any French pipeline with a tagger and NER)."""
    infixes = list(nlp.Defaults.infixes or []) + [_GLUED_PERIOD]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    token_match = nlp.tokenizer.token_match
    if not isinstance(token_match, _NamesFirst):
        words = getattr(lang.tables(nlp.lang, "units"), "HYPHENATED_WORDS", frozenset())
        nlp.tokenizer.token_match = _NamesFirst(token_match, words)
    if "recoupe_sentences" not in nlp.pipe_names:
        nlp.add_pipe("recoupe_sentences", first=True)
    # The recogniser, on the sentences that may hold a name only, when it can run apart.
    if "ner" in nlp.pipe_names and "recoupe_names" not in nlp.component_names \
            and names.uses_own_network(nlp.get_pipe("ner")):
        nlp.add_pipe("recoupe_names", after="ner")
        nlp.disable_pipe("ner")
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


# Components that run faster on larger batches than the pipeline's own: the parser reads the
# token vectors the tagger's network left on each Doc, so its batches need not match; 32
# documents cost about 12 % less than 8 (bench/README.md).
LARGER_BATCHES = {"parser": 32}


def component_batches(nlp: Language, batch_size: int) -> dict[str, dict[str, int]]:
    """``component_cfg`` for ``nlp.pipe``: the batch size of each component that prefers a
    larger one."""
    return {name: {"batch_size": max(size, batch_size)} for name, size in LARGER_BATCHES.items()
            if name in getattr(nlp, "pipe_names", ())}


def load(model: str = DEFAULT_MODEL) -> Language:
    """The model ``model`` with recoupe's components (loaded once: ``load()`` and
    ``load(DEFAULT_MODEL)`` are the same pipeline)."""
    return _load(model)


@lru_cache(maxsize=2)
def _load(model: str) -> Language:
    nlp = spacy.load(model, exclude=list(EXCLUDED))
    return add_components(nlp)


def release() -> None:
    """Let go of the loaded models and hand their memory back to the system (about 0.5 GB for
    ``fr_core_news_md``): a run that has analysed its documents links them with none. The
    next ``load`` reads the model again."""
    if not _load.cache_info().currsize:
        return  # nothing loaded: nothing to hand back
    _load.cache_clear()
    gc.collect()
    try:  # glibc keeps freed pages in its heap until asked to return them
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):
        pass
