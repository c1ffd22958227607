"""``FixedPhrases``: a language's fixed cue phrases, written as ``Matcher`` patterns, found
by a ``PhraseMatcher`` with the very matches, in the very order, a ``Matcher`` gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from recoupe.lang.fr import attribution as fr
from recoupe.nlp.phrases import FixedPhrases


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    blank = spacy.blank("fr")
    blank.add_pipe("sentencizer")
    return blank


SENTENCES = [
    "Selon la préfecture, 12 000 personnes ont défilé. D'après les syndicats, elles étaient 40 000.",
    "Aux dires de la maire, au moins 300 foyers restent privés d'électricité.",
    "Pour le ministère, le taux de grévistes atteint 12 %. Le Snes, pour qui « c'est historique », dit 40 %.",
    "À Bercy, on table sur 1,2 % de croissance ; chez Oddo, on anticipe 0,9 %.",
    "Le bilan de source hospitalière, de même source, s'élève à 21 morts.",
    "À en croire l'agence Reuters, citant un responsable, le chiffre est proche de celui de la police.",
    "Il s'est rendu à Lyon pour voir selon quelles règles on compte les manifestants.",
    "De l'avis des experts, et aux yeux de l'OMS, l'épidémie recule.",
    "",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_language_cues_match_as_the_matcher_finds_them(nlp, text):
    doc = nlp(text)
    matcher = Matcher(nlp.vocab)
    for label, patterns in fr.PREPOSITION_PATTERNS.items():
        matcher.add(label, patterns)
    assert FixedPhrases(nlp.vocab, fr.PREPOSITION_PATTERNS)(doc) == list(matcher(doc))


@pytest.mark.parametrize("text, expected", [
    # "pour" opens the sentence only: the second "pour" is no such cue (the engine asks whether a
    # figure stands before it, see FIGURE_PREPOSITIONS).
    ("Pour la CGT, c'est un succès. Ils sont venus pour rien.", [("pour", 0, 1), ("pour (chiffres)", 12, 13)]),
    ("Ils sont venus pour rien.", [("pour (chiffres)", 3, 4)]),
    # "à" at the start of a sentence, not inside it.
    ("Il vit à Paris. À Matignon, on dément.", [("à", 5, 6)]),
    # Either apostrophe.
    ("D’après la police, 5 000.", [("d'après", 0, 2)]),
])
def test_a_sentence_start_is_asked_for(nlp, text, expected):
    doc = nlp(text)
    found = FixedPhrases(nlp.vocab, fr.PREPOSITION_PATTERNS)(doc)
    assert [(nlp.vocab.strings[k], s, e) for k, s, e in found] == expected


@pytest.mark.parametrize("pattern, text, expected", [
    # A part of speech is no fixed word: the Matcher runs it as written.
    ([{"LOWER": "selon"}, {"IS_DIGIT": True}], "selon 3 sources", [(0, 2)]),
    # A case asked for with TEXT is kept (the phrase matcher compares lower case).
    ([{"TEXT": "Selon"}], "selon lui. Selon elle.", [(3, 4)]),
    ([{"LOWER": "selon"}], "selon lui. Selon elle.", [(0, 1), (3, 4)]),
    # A sentence start asked to be absent is not a fixed phrase either.
    ([{"LOWER": "pour", "IS_SENT_START": False}], "Pour lui, pour elle.", [(3, 4)]),
])
def test_patterns_that_are_no_fixed_words_still_match(nlp, pattern, text, expected):
    doc = nlp(text)
    found = FixedPhrases(nlp.vocab, {"cue": [pattern]})(doc)
    assert [(s, e) for _, s, e in found] == expected


@pytest.mark.parametrize("patterns, text", [
    # TEXT asks for the case as written: "selon" is not "Selon", which the phrase matcher (on
    # lower case) would take.
    ({"cue": [[{"TEXT": "selon"}]]}, "Selon lui. selon elle."),
    ({"cue": [[{"TEXT": {"IN": ["selon", "d'après"]}}]]}, "SELON lui. Selon elle. selon nous."),
    # A LOWER with a capital matches no token.
    ({"cue": [[{"LOWER": "Selon"}]]}, "Selon lui. selon elle."),
    # Two labels on one span come in the order they were given, as the Matcher gives them.
    ({"zeta": [[{"LOWER": "selon"}]], "alpha": [[{"LOWER": "selon"}]]}, "selon lui"),
    ({"b": [[{"LOWER": "source"}]], "a": [[{"LOWER": "de"}, {"LOWER": "source"}]], "c": [[{"LOWER": "source"}]]},
     "de source sûre, selon une source"),
])
def test_the_very_matches_of_the_matcher(nlp, patterns, text):
    doc = nlp(text)
    matcher = Matcher(nlp.vocab)
    for label, group in patterns.items():
        matcher.add(label, group)
    assert FixedPhrases(nlp.vocab, patterns)(doc) == list(matcher(doc))
