"""The ``recoupe_modality`` component: is a clause asserted as fact, or hedged?

Evidence, per clause: the conditional mood (the morphologizer's ``Mood=Cnd``, backed by verb
endings because the model tags "dépasseraient" or "justifierait" as indicative), modal verbs
("pourrait", "devrait"), hedging words ("vraisemblablement", "semble-t-il") and the future
tense of a prediction. Clauses are cut at ";", ":" and contrastive conjunctions so that a
hedge in one clause does not spread over an asserted one.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from recoupe.lang.fr import cues
from recoupe.nlp import extensions  # noqa: F401  (declares the Doc extensions)
from recoupe.nlp.textnorm import fold, phrase_pattern

_HEDGES = re.compile(rf"(?<![\w\-])(?:{phrase_pattern(cues.HEDGE_WORDS)})(?![\w\-])")
_PREDICTION = re.compile(rf"(?<![\w\-])(?:{phrase_pattern(cues.PREDICTION_WORDS)})")
_CLAUSE_CUT = re.compile(r";|:\s|,\s+(?=(?:mais|tandis qu|alors qu|bien qu|même si|or)\b)")
_COND_SUFFIX = re.compile(rf"({'|'.join(cues.CONDITIONAL_SUFFIXES)})$")
_IMPERFECT_STEMS = frozenset(cues.IMPERFECT_R_STEMS)
_STEMS = frozenset(cues.CONDITIONAL_STEMS)
_ENDINGS = tuple(cues.CONDITIONAL_ENDINGS)

# Severity order when a clause has several kinds of evidence.
_ORDER = ("conditional", "possible", "prediction", "hedged")


def is_conditional_form(word: str) -> bool:
    """Whether ``word`` reads as a conditional verb form by its shape alone."""
    w = fold(word)
    m = _COND_SUFFIX.search(w)
    if not m or len(w) < 5:
        return False
    stem = w[: m.start()]
    if stem in _STEMS:
        return True
    if not stem.endswith("r"):
        return False
    # An imperfect of a verb whose stem ends in r ("livrait", "tirait") looks the same.
    if stem in _IMPERFECT_STEMS:
        return False
    return w.endswith(_ENDINGS)


def clause_spans(sent: Span) -> list[tuple[int, int]]:
    """Character spans of the clauses of ``sent``."""
    text = sent.text
    cuts = [0] + [m.end() for m in _CLAUSE_CUT.finditer(text)] + [len(text)]
    spans = []
    for a, b in zip(cuts, cuts[1:]):
        if text[a:b].strip():
            spans.append((sent.start_char + a, sent.start_char + b))
    return spans or [(sent.start_char, sent.end_char)]


def clause_modality(doc: Doc, start: int, end: int, text: str | None = None) -> dict[str, object]:
    """``{start, end, hedged, modality, cues}`` for the clause ``doc.text[start:end]``.

    ``text`` is ``doc.text`` when the caller has it: spaCy rebuilds that string from the
    tokens on every access, which is costly once per clause.
    """
    if text is None:
        text = extensions.text_of(doc)
    found: list[tuple[str, str]] = []
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = span if span is not None else []
    for tok in tokens:
        if tok.pos_ not in ("VERB", "AUX") and not is_conditional_form(tok.text):
            continue
        low = fold(tok.text)
        if low in cues.MODAL_FORMS:
            found.append((cues.MODAL_FORMS[low], tok.text))
            continue
        mood = tok.morph.get("Mood")
        if "Cnd" in mood or (tok.pos_ in ("VERB", "AUX", "NOUN", "ADJ") and is_conditional_form(tok.text)):
            found.append(("conditional", tok.text))
        elif "Fut" in tok.morph.get("Tense") and "Ind" in mood:
            found.append(("prediction", tok.text))
    folded = fold(text[start:end])
    for m in _HEDGES.finditer(folded):
        found.append(("hedged", text[start + m.start():start + m.end()]))
    for m in _PREDICTION.finditer(folded):
        found.append(("prediction", text[start + m.start():start + m.end()]))
    kinds = [k for k, _ in found]
    modality = next((k for k in _ORDER if k in kinds), "asserted")
    return {"start": start, "end": end, "hedged": bool(found), "modality": modality,
            "cues": [c for _, c in found]}


class ModalityTagger:
    """Stores one list of clause modalities per sentence on ``doc._.recoupe_modality``."""

    def __call__(self, doc: Doc) -> Doc:
        text = extensions.text_of(doc)
        doc._.recoupe_modality = [
            [clause_modality(doc, a, b, text) for a, b in clause_spans(sent)] for sent in doc.sents
        ]
        return doc


@Language.factory(
    "recoupe_modality",
    requires=["token.morph", "token.pos", "token.is_sent_start"],
    assigns=["doc._.recoupe_modality"],
    default_config={},
)
def make_modality(nlp: Language, name: str) -> ModalityTagger:
    return ModalityTagger()
