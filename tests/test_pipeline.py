"""The French pipeline (``recoupe.nlp.pipeline.load``): sentences, attribution, modality,
entities, times and provenance, on sentences written for these tests.

The model is loaded once for the module (about 3 s).
"""

from __future__ import annotations

from typing import Optional

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from recoupe.claims import build_analysis
from recoupe.ingest import document_id
from recoupe.model import Document
from recoupe.nlp.pipeline import load


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


def run(nlp: Language, text: str, published: Optional[str] = None) -> Doc:
    doc = nlp.make_doc(text)
    if published:
        doc._.recoupe_published = published
    return nlp(doc)


def sentence_with(doc: Doc, needle: str) -> int:
    for i, s in enumerate(doc.sents):
        if needle in s.text:
            return i
    raise AssertionError(f"no sentence contains {needle!r}: {[s.text for s in doc.sents]}")


# --- sentences -------------------------------------------------------------------------

@pytest.mark.parametrize("text, sentences", [
    ("Le conflit a commencé en 2022.Les combats se poursuivent.",
     ["Le conflit a commencé en 2022.", "Les combats se poursuivent."]),
    ("M. Dupont a rencontré le ministre. Il est reparti mardi.",
     ["M. Dupont a rencontré le ministre.", "Il est reparti mardi."]),
    ("Pyongyang dément\nSéoul maintient ses chiffres.",
     ["Pyongyang dément", "Séoul maintient ses chiffres."]),
    ("Le général J. Martin est arrivé. Il a parlé.", ["Le général J. Martin est arrivé.", "Il a parlé."]),
    ("« Nous tiendrons », a-t-il dit. La séance est levée.",
     ["« Nous tiendrons », a-t-il dit.", "La séance est levée."]),
])
def test_sentences(nlp: Language, text: str, sentences: list[str]) -> None:
    doc = run(nlp, text)
    assert [s.text.strip() for s in doc.sents] == sentences


# --- attribution -----------------------------------------------------------------------

# (text, a phrase of the sentence to look at, expected name substring, expected cue prefix)
ATTRIBUTION = [
    ("Moscou pourrait recevoir jusqu'à 1,5 million d'obus, estime le Pentagone.",
     "1,5", "Pentagone", "verb:"),
    ("Les forces russes ont tiré 60 missiles, a affirmé jeudi le procureur général, Andriy Kostine.",
     "60", "Andriy Kostine", "verb:"),
    ("Selon le ministère sud-coréen de la défense, Pyongyang a livré 5 000 conteneurs.",
     "5 000", "ministère sud-coréen de la défense", "selon"),
    ("Pyongyang a livré 5 000 conteneurs, selon le Pentagone.", "5 000", "Pentagone", "selon"),
    ("D'après l'Institut pour l'étude de la guerre, la Russie a perdu 300 chars.",
     "300", "Institut pour l'étude de la guerre", "d'après"),
    ("D’après le Kremlin, aucun soldat étranger ne combat en Russie.", "aucun", "Kremlin", "d'après"),
    ("Le Pentagone indique que 10 000 soldats nord-coréens sont en Russie.", "10 000", "Pentagone", "verb:"),
    ("Le renseignement britannique estime que 6 000 soldats ont été tués.",
     "6 000", "renseignement britannique", "verb:"),
    ("Les services ukrainiens précisent que 1 500 soldats ont été déplacés.",
     "1 500", "services ukrainiens", "verb:"),
    ("Les experts de l'ONU alertent également sur le transfert de 200 missiles.", "200", "ONU", "verb:"),
    ("Le président Zelensky a dénoncé l'envoi de 12 000 soldats nord-coréens.", "12 000", "Zelensky", "verb:"),
    ("De source militaire ukrainienne, 3 000 soldats nord-coréens ont été tués.",
     "3 000", "source militaire ukrainienne", "de source"),
    ("Selon une étude réalisée par le Center for Strategic Studies, Pyongyang a livré 4 millions d'obus.",
     "4 millions", "Center for Strategic Studies", "selon"),
    ("Selon un rapport du Conseil de sécurité, 300 entités ont été sanctionnées.",
     "300", "Conseil de sécurité", "selon"),
    ("Selon les experts du Royal United Services Institute, la Russie tire 10 000 obus par jour.",
     "10 000", "Royal United Services Institute", "selon"),
    ("Selon le député Kim Min-su, cité par l'agence Yonhap, 2 000 soldats ont été blessés.",
     "2 000", "Kim Min-su", "selon"),
]


@pytest.mark.parametrize("text, needle, name, cue", ATTRIBUTION, ids=[row[0][:60] for row in ATTRIBUTION])
def test_attribution(nlp: Language, text: str, needle: str, name: str, cue: str) -> None:
    doc = run(nlp, text)
    rec = doc._.recoupe_sources[sentence_with(doc, needle)]
    assert rec is not None, f"no source for {text!r}"
    assert name in rec["name"]
    assert rec["cue"].startswith(cue)
    # The name is an author, not the report or the experts that carry it, nor an article.
    assert rec["name"].split()[0].lower() not in ("étude", "rapport", "experts", "analystes", "selon", "le",
                                                  "la", "les", "l'", "une", "un")


@pytest.mark.parametrize("text", [
    "Les analystes du renseignement britannique estiment que 6 000 soldats ont été tués.",
    "Selon les experts du renseignement britannique, 6 000 soldats ont été tués.",
])
def test_bug_spokesperson_of_lowercase_body(nlp: Language, text: str) -> None:
    plain = run(nlp, "Le renseignement britannique estime que 6 000 soldats ont été tués.")._.recoupe_sources[0]
    rec = run(nlp, text)._.recoupe_sources[0]
    assert rec["name"] == "renseignement britannique"
    assert rec["entity_keys"] == plain["entity_keys"]


def test_pronoun_points_back_to_last_source(nlp: Language) -> None:
    doc = run(nlp, "Selon le ministre Shin Won-sik, 6 700 conteneurs ont été expédiés. Il estime que 3 millions "
                   "d'obus ont été livrés.")
    rec = doc._.recoupe_sources[1]
    assert rec is not None and "Shin Won-sik" in rec["name"] and rec["cue"] == "anaphora"


def test_bug_pronoun_after_plain_subject(nlp: Language) -> None:
    doc = run(nlp, "Le Pentagone a publié son bilan mardi. Il estime que 11 000 soldats sont déployés.")
    rec = doc._.recoupe_sources[1]
    assert rec is not None and "Pentagone" in rec["name"]


def test_study_kind(nlp: Language) -> None:
    doc = run(nlp, "Selon un rapport du Conseil de sécurité, 300 entités ont été sanctionnées.")
    assert doc._.recoupe_sources[0]["kind"] == "study"
    doc = run(nlp, "Selon le Pentagone, 300 entités ont été sanctionnées.")
    assert doc._.recoupe_sources[0]["kind"] == "other"


def test_cited_by_prepositional(nlp: Language) -> None:
    doc = run(nlp, "Selon le député Kim Min-su, cité par l'agence Yonhap, 2 000 soldats ont été blessés.")
    rec = doc._.recoupe_sources[0]
    assert "Kim Min-su" in rec["name"]
    assert "Yonhap" in (rec["via"] or "")


def test_bug_cited_by_verbal(nlp: Language) -> None:
    doc = run(nlp, "Le député Kim Min-su, cité par l'agence Yonhap, affirme que 2 000 soldats ont été blessés.")
    rec = doc._.recoupe_sources[0]
    assert rec is not None and "Kim Min-su" in rec["name"]
    assert "Yonhap" in (rec["via"] or "")


@pytest.mark.parametrize("text", [
    "La Corée du Nord a envoyé 11 000 soldats en Russie.",
    "Les combats ont repris près de Koursk, où 300 chars ont été détruits.",
    "Le Pentagone avait confirmé l'envoi de 11 000 soldats nord-coréens.",
    "Pour la première fois, 500 soldats ont été faits prisonniers.",
])
def test_own_voice_has_no_source(nlp: Language, text: str) -> None:
    doc = run(nlp, text)
    assert doc._.recoupe_sources == [None] * len(list(doc.sents))


STUDY = "Selon une étude réalisée par le Center for Strategic Studies, Pyongyang a livré 4 millions d'obus."


def test_study_carries_over_to_next_figure_in_paragraph(nlp: Language) -> None:
    doc = run(nlp, STUDY + " Ces envois représentent 40 % des munitions russes. Le Kremlin n'a pas réagi.")
    sources = doc._.recoupe_sources
    carried = sources[sentence_with(doc, "40 %")]
    assert carried is not None and carried["cue"] == "carry-over"
    assert "Center for Strategic Studies" in carried["name"]
    assert sources[sentence_with(doc, "Kremlin")] is None  # no figure: nothing to carry


def test_study_does_not_carry_across_paragraphs(nlp: Language) -> None:
    doc = run(nlp, STUDY + "\nLa Russie a reçu 300 chars de Biélorussie.")
    assert doc._.recoupe_sources[sentence_with(doc, "300 chars")] is None


def test_non_study_source_does_not_carry_over(nlp: Language) -> None:
    doc = run(nlp, "Selon le Pentagone, Pyongyang a livré 4 millions d'obus. La Russie a reçu 300 chars.")
    assert doc._.recoupe_sources[sentence_with(doc, "300 chars")] is None


def test_anaphoric_source_points_back(nlp: Language) -> None:
    doc = run(nlp, "Selon un rapport de l'Institut coréen d'analyses de défense, Pyongyang a gagné 20 milliards "
                   "de dollars. Le régime a aussi envoyé des soldats.\nD'après ce rapport, 11 000 soldats ont été "
                   "déployés.")
    rec = doc._.recoupe_sources[sentence_with(doc, "11 000")]
    assert rec is not None and rec["cue"] == "anaphora"
    assert "Institut coréen d'analyses de défense" in rec["name"]
    assert doc._.recoupe_sources[sentence_with(doc, "aussi envoyé")] is None


def test_sources_get_entity_keys(nlp: Language) -> None:
    doc = run(nlp, "L'Open Source Center (OSC) a publié une analyse. Selon l'OSC, 16 000 conteneurs ont été "
                   "livrés.")
    rec = doc._.recoupe_sources[1]
    osc = [m for m in doc._.recoupe_mentions if m["text"] == "OSC"]
    assert osc and rec["entity_keys"] == [osc[0]["key"]]


# --- modality --------------------------------------------------------------------------

@pytest.mark.parametrize("text, hedged", [
    ("La Corée du Nord aurait livré des obus à la Russie.", True),
    ("Les pertes dépasseraient 6 000 hommes.", True),
    ("Cette situation justifierait une réaction.", True),
    ("Cet accord permettrait à Moscou de tenir.", True),
    ("Pyongyang pourrait envoyer des renforts.", True),
    ("Le régime devrait envoyer des renforts.", True),
    ("Les obus venaient vraisemblablement de Corée du Nord.", True),
    ("Les obus venaient probablement de Corée du Nord.", True),
    ("La Corée du Nord a livré des obus à la Russie.", False),
    ("Le régime livrait des obus à la Russie.", False),
    ("L'artillerie russe tirait des milliers d'obus.", False),
    ("Le ministre déclarait alors son soutien.", False),
    ("Le portrait du dirigeant a été affiché.", False),
    ("Le régime entrait dans une nouvelle phase.", False),
])
def test_modality(nlp: Language, text: str, hedged: bool) -> None:
    doc = run(nlp, text)
    clauses = [c for sent in doc._.recoupe_modality for c in sent]
    assert any(c["hedged"] for c in clauses) is hedged, clauses


def test_modality_kinds(nlp: Language) -> None:
    def kind(text: str) -> str:
        return run(nlp, text)._.recoupe_modality[0][0]["modality"]

    assert kind("La Corée du Nord aurait livré des obus.") == "conditional"
    assert kind("Pyongyang pourrait envoyer des renforts.") == "possible"
    assert kind("Les obus venaient vraisemblablement de Corée du Nord.") == "hedged"
    assert kind("La Corée du Nord a livré des obus.") == "asserted"


def test_hedge_stays_in_its_clause(nlp: Language) -> None:
    doc = run(nlp, "Le navire a livré 300 conteneurs, mais les chiffres seraient plus élevés.")
    clauses = doc._.recoupe_modality[0]
    assert [c["hedged"] for c in clauses] == [False, True]


# --- entities --------------------------------------------------------------------------

def keys_of(doc: Doc, surface: str) -> set[str]:
    return {m["key"] for m in doc._.recoupe_mentions if m["text"] == surface}


@pytest.mark.parametrize("text, a, b", [
    ("L'Open Source Center (OSC) a publié une analyse. Selon l'OSC, les livraisons continuent.",
     "Open Source Center", "OSC"),
    ("Pyongyang a envoyé des troupes. La Corée du Nord dément.", "Pyongyang", "Corée du Nord"),
    ("Le régime nord-coréen a envoyé des troupes. La Corée du Nord dément.", "régime nord-coréen", "Corée du Nord"),
    ("Moscou a reçu des obus. La Russie dément.", "Moscou", "Russie"),
    ("Kiev a reçu des obus. L'Ukraine remercie ses alliés.", "Kiev", "Ukraine"),
])
def test_aliases_share_a_key(nlp: Language, text: str, a: str, b: str) -> None:
    doc = run(nlp, text)
    ka, kb = keys_of(doc, a), keys_of(doc, b)
    assert len(ka) == 1 and ka == kb, doc._.recoupe_mentions


def test_acronym_mentions_all_share_the_key(nlp: Language) -> None:
    doc = run(nlp, "L'Open Source Center (OSC) a publié une analyse. Selon l'OSC, les livraisons continuent.")
    assert len(keys_of(doc, "OSC")) == 1
    assert len([m for m in doc._.recoupe_mentions if m["text"] == "OSC"]) == 2


def test_north_and_south_korea_differ(nlp: Language) -> None:
    doc = run(nlp, "La Corée du Sud surveille la Corée du Nord.")
    south, north = keys_of(doc, "Corée du Sud"), keys_of(doc, "Corée du Nord")
    assert south and north and south.isdisjoint(north)


def test_city_key(nlp: Language) -> None:
    doc = run(nlp, "Les combats se concentrent autour de Koursk.")
    [key] = keys_of(doc, "Koursk")
    assert key.startswith("city:")


def test_footnote_digit_stripped_from_entity(nlp: Language) -> None:
    text = "Pyongyang est devenu le principal fournisseur de la Russie 1.\nLe front a bougé."
    doc = run(nlp, text)
    russia = [m for m in doc._.recoupe_mentions if m["text"].startswith("Russie")]
    assert [m["text"] for m in russia] == ["Russie"]
    assert russia[0]["key"] == next(iter(keys_of(run(nlp, "La Russie dément."), "Russie")))
    assert doc._.recoupe_quantities == []


# --- times -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, from_, to", [
    ("L'an dernier, la Russie a reçu 3 millions d'obus.", "L'an dernier", "2024-01-01", "2024-12-31"),
    ("Au cours des 20 derniers mois, Pyongyang a envoyé 16 000 conteneurs.",
     "Au cours des 20 derniers mois", "2023-07", "2025-03-12"),
    ("En 2024, la Corée du Nord a envoyé 11 000 soldats.", "En 2024", "2024-01-01", "2024-12-31"),
    ("Entre septembre 2023 et mars 2025, 64 navires ont accosté.",
     "septembre 2023 et mars 2025", "2023-09-01", "2025-03-31"),
    ("Le 4 novembre, le Pentagone a parlé.", "4 novembre", "2024-11-04", "2024-11-04"),
])
def test_times_resolved_against_publication(nlp: Language, text: str, phrase: str, from_: str, to: str) -> None:
    doc = run(nlp, text, published="2025-03-12")
    times = [t for t in doc._.recoupe_times if phrase in t["text"]]
    assert len(times) == 1, doc._.recoupe_times
    assert times[0]["from"].startswith(from_) and times[0]["to"].startswith(to)


def test_duration_in_time_phrase_is_not_a_quantity(nlp: Language) -> None:
    doc = run(nlp, "Au cours des 20 derniers mois, Pyongyang a envoyé 16 000 conteneurs.", published="2025-03-12")
    assert [q["low"] for q in doc._.recoupe_quantities] == [16000]


def test_rate_phrase_is_not_a_time(nlp: Language) -> None:
    doc = run(nlp, "La Russie a tiré 38 000 obus en l'espace de 24 heures.", published="2025-03-12")
    [q] = doc._.recoupe_quantities
    assert q["per"] == "day"
    assert not any("24 heures" in t["text"] for t in doc._.recoupe_times)


def test_publication_line_sets_the_date(nlp: Language) -> None:
    doc = run(nlp, "Publié le 12 mars 2024\nL'an dernier, la Russie a reçu 3 millions d'obus.")
    assert doc._.recoupe_published == "2024-03-12"
    [t] = [t for t in doc._.recoupe_times if "an dernier" in t["text"]]
    assert (t["from"], t["to"]) == ("2023-01-01", "2023-12-31")


def test_a_ete_is_not_summer(nlp: Language) -> None:
    doc = run(nlp, "Le bilan a été publié par le ministère.", published="2025-03-12")
    assert doc._.recoupe_times == []


# --- provenance ------------------------------------------------------------------------

ARTICLE = (
    "Publié le 12 mars 2024\n"
    "Pyongyang, fournisseur d'obus de Moscou\n"
    "Selon une étude réalisée par l’Open Source Center (OSC), la Corée du Nord aurait livré entre 4 et "
    "6 millions d’obus à la Russie entre septembre 2023 et mars 2025. Ces livraisons représentent plus de "
    "la moitié des munitions tirées. Le Kremlin dément.\n"
    "Le ministère sud-coréen de la défense indique que 11\u202f000 soldats nord-coréens ont été déployés "
    "près de Koursk. Parmi eux, 3\u00a0000 auraient été tués l'an dernier.\n"
    "D'après l'OSC, la Russie tire 10 000 obus par jour, contre moins de 2 000 pour Kiev.\n"
)


def test_every_offset_slices_its_text(nlp: Language) -> None:
    doc = run(nlp, ARTICLE)
    text = doc.text
    assert len(doc._.recoupe_quantities) >= 6
    for q in doc._.recoupe_quantities:
        assert text[q["start"]:q["end"]] == q["text"]
    for t in doc._.recoupe_times:
        assert text[t["start"]:t["end"]] == t["text"]
    for m in doc._.recoupe_mentions:
        assert text[m["start"]:m["end"]] == m["text"]
    sources = [s for s in doc._.recoupe_sources if s]
    assert len(sources) >= 3
    for s in sources:
        assert text[s["start"]:s["end"]] == s["text"]
        assert text[s["name_start"]:s["name_end"]] == s["name"]


def test_claims_from_doc(nlp: Language) -> None:
    doc = run(nlp, ARTICLE)
    document = Document(id=document_id(ARTICLE), path="article.txt", text=ARTICLE)
    analysis = build_analysis(doc, document)
    for c in analysis.claims:
        assert ARTICLE[c.start:c.end] == c.text
        for q in c.quantities:
            assert ARTICLE[q.start:q.end] == q.text and c.start <= q.start < c.end
    by_figure = {q.text: c for c in analysis.claims for q in c.quantities}
    study = by_figure["entre 4 et 6 millions d’obus"]
    assert study.hedged and study.source is not None and "Open Source Center" in study.source.name
    assert study.times and study.times[0].from_ == "2023-09-01"
    deployed = next(c for t, c in by_figure.items() if t.startswith("11\u202f000"))
    assert deployed.source is not None and "ministère sud-coréen" in deployed.source.name
    assert not deployed.hedged
    daily = by_figure["10 000 obus par jour"]
    assert daily.source is not None and daily.source.name == "OSC"
    osc_keys = {m.key for m in analysis.mentions if m.text in ("OSC", "Open Source Center")}
    assert len(osc_keys) == 1 and daily.source.entity_keys == list(osc_keys)
