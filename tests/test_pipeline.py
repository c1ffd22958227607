"""The French pipeline (``recoupe.nlp.pipeline.load``): sentences, attribution, modality,
entities, times and provenance, on sentences written for these tests.

The model is loaded once for the module (about 3 s).
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from recoupe import gazetteer
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
# One source per figure, read from the parse. Each row: a text, a phrase of the figure to look
# at, and the source expected (a substring of its name; None for the article's own voice).


def source_of(doc: Doc, needle: str) -> Optional[dict]:
    found = [q for q in doc._.recoupe_quantities if needle in q["text"]]
    assert found, f"no figure {needle!r} in {[q['text'] for q in doc._.recoupe_quantities]}"
    return found[0]["source"]


ATTRIBUTION = [
    # A body's name written right after its noun, whatever the parse made of its words.
    ("En Suisse, les remontées mécaniques ont enregistré 21,3 millions de journées-skieurs cet hiver, selon "
     "l'association Remontées Mécaniques Suisses.", "21,3 millions", "association Remontées Mécaniques Suisses"),
    ("Selon le quotidien Le Monde, 40 personnes ont été blessées.", "40 personnes", "Le Monde"),
    # A second source whose verb is left out, a demonstrative standing for the first one's noun.
    ("Les organisateurs maintiennent le chiffre de 80 000 spectateurs, la police celui d'environ 50 000.",
     "50 000", "police"),
    # A figure given again or revised after a colon, and one a speaker "parle de".
    ("Le renseignement militaire ukrainien a réitéré mardi son estimation : environ 3 200 soldats nord-coréens "
     "ont rejoint le front.", "3 200", "renseignement militaire ukrainien"),
    ("Le ministère de la Santé a revu à la hausse, mercredi, le bilan de la frappe : 27 personnes ont été tuées.",
     "27 personnes", "ministère de la Santé"),
    ("Le maire, Jean-Luc Sardou, parle de « plus de 4 000 personnes évacuées ».", "4 000", "Jean-Luc Sardou"),
    # Prepositions, before and after, in several forms.
    ("Selon le ministère de l'Intérieur, 1,2 million de personnes ont manifesté.", "1,2 million", "ministère de l'Intérieur"),
    ("Environ 1,2 million de personnes ont manifesté mardi selon le ministère.", "1,2 million", "ministère"),
    ("D'après l'Insee, le chômage a reculé à 7,3 % au troisième trimestre.", "7,3 %", "Insee"),
    ("Le chômage s'établit à 7,3 %, d'après les chiffres publiés mardi par l'Insee.", "7,3 %", "Insee"),
    ("De source policière, 3 000 personnes ont défilé à Nantes.", "3 000", "source policière"),
    ("Pour l'OFCE, le déficit atteindra 5,6 % l'an prochain.", "5,6 %", "OFCE"),
    ("Selon les estimations de Frontex, 380 000 franchissements ont été recensés.", "380 000", "Frontex"),
    ("Selon un décompte de l'AFP, 1 140 personnes ont été tuées.", "1 140", "AFP"),
    ("Selon les données de Santé publique France, 412 cas pour 100 000 habitants ont été relevés.", "412 cas", "Santé publique France"),
    ("De l'avis de la Banque de France, la croissance ne dépassera pas 0,8 %.", "0,8 %", "Banque de France"),
    # Verbs of saying with their subject, in several tenses and orders.
    ("L'Insee a indiqué mardi que les prix avaient augmenté de 2,3 % sur un an.", "2,3 %", "Insee"),
    ("Le préfet affirme que 2 500 hectares ont brûlé.", "2 500 hectares", "préfet"),
    ("La CGT avait déclaré que 40 000 salariés étaient en grève.", "40 000", "CGT"),
    ("Le ministère précisera jeudi que 300 écoles restent fermées.", "300 écoles", "ministère"),
    ("Le gouvernement annonce que 150 millions d'euros seront débloqués.", "150 millions", "gouvernement"),
    ("Le Haut Conseil estime que le déficit atteindra 5,6 % du PIB.", "5,6 %", "Haut Conseil"),
    ("La direction assure que 1 150 postes seront supprimés.", "1 150 postes", "direction"),
    ("Le parquet a confirmé que 14 personnes avaient été interpellées.", "14 personnes", "parquet"),
    # Verbs of counting and estimating: the figure is their object.
    ("La CGT a fait état de 3 millions de manifestants.", "3 millions", "CGT"),
    ("La préfecture de police a dénombré 80 000 manifestants à Paris.", "80 000", "préfecture de police"),
    ("Les secours ont recensé 612 morts et 4 870 blessés.", "612 morts", "secours"),
    ("L'intersyndicale revendique 400 000 participants dans toute la France.", "400 000", "intersyndicale"),
    ("Bercy chiffre à 58 milliards d'euros la charge de la dette.", "58 milliards", "Bercy"),
    ("Le NIS évalue à 11 000 le nombre de soldats déployés.", "11 000", "NIS"),
    ("La direction table sur une hausse des ventes de 3 %.", "3 %", "direction"),
    ("Météo-France prévoit jusqu'à 450 mm de pluie.", "450 mm", "Météo-France"),
    # Inverted after the clause.
    ("Au moins 42 personnes ont été tuées, a indiqué mardi le ministère de la Santé.", "42 personnes", "ministère de la Santé"),
    ("Le feu a parcouru 3 500 hectares, a précisé le préfet du Var.", "3 500 hectares", "préfet du Var"),
    ("« Nous avons recensé 230 cas », a déclaré à l'AFP la directrice de l'ARS, Marie Dupont.", "230 cas", "Marie Dupont"),
    ("Quelque 300 000 personnes ont fui, ont indiqué les autorités.", "300 000", "autorités"),
    ("La ville compte 12 000 sinistrés, selon la préfecture, qui prévoit 200 logements d'urgence.", "12 000 sinistrés", "préfecture"),
    # People with roles: the person is the source.
    ("Porte-parole du gouvernement, Maud Lefort a affirmé que 300 postes seraient supprimés.", "300 postes", "Maud Lefort"),
    ("Le porte-parole de l'armée, Daniel Cohen, a affirmé que 150 combattants avaient été tués.", "150 combattants", "Daniel Cohen"),
    ("Le député sud-coréen Lee Seong-kweun a déclaré que 1 100 soldats avaient été blessés.", "1 100 soldats", "Lee Seong-kweun"),
    ("Selon la porte-parole du HCR, Claire Bellenger, 590 000 réfugiés sont arrivés au Tchad.", "590 000", "Claire Bellenger"),
    # Relays: the source is the origin.
    ("Selon le député Kim Min-su, cité par l'agence Yonhap, 2 000 soldats ont été blessés.", "2 000", "Kim Min-su"),
    ("D'après Yonhap, qui s'appuie sur le NIS, 11 000 soldats ont été déployés.", "11 000", "NIS"),
    ("Selon la préfecture, citée par BFMTV, 800 personnes ont été évacuées.", "800 personnes", "préfecture"),
    ("Les analystes interrogés par LSEG attendaient en moyenne un bénéfice de 240 millions d'euros.", "240 millions", "analystes"),
    ("Le coût a atteint 9 millions d'euros, a rapporté Le Parisien.", "9 millions", "Le Parisien"),
    # The author inside a phrase.
    ("Selon une étude réalisée par l'Open Source Center (OSC), 16 000 conteneurs ont transité.", "16 000", "Open Source Center"),
    ("Selon les experts de l'Institute for the Study of War (ISW), 600 soldats ont péri.", "600 soldats", "Institute for the Study of War"),
    ("Selon un bilan communiqué lundi par la protection civile, 146 personnes sont mortes.", "146 personnes", "protection civile"),
    ("Selon les résultats publiés dans la nuit par la préfecture, le maire obtient 38,4 %.", "38,4 %", "préfecture"),
    # Unnamed sources keep their kind.
    ("Selon une source proche du dossier, 5 milliards d'euros pourraient être gelés.", "5 milliards", "source proche du dossier"),
    ("Un responsable américain a indiqué sous couvert d'anonymat que 300 missiles avaient été livrés.", "300 missiles", "responsable américain"),
    ("Selon des sources militaires, 8 000 combattants ont été blessés.", "8 000", "sources militaires"),
    # The journalist's own voice.
    ("La Corée du Nord a envoyé 11 000 soldats en Russie.", "11 000", None),
    ("Les combats ont repris près de Koursk, où 300 chars ont été détruits.", "300 chars", None),
    ("Pour la première fois, 500 soldats ont été faits prisonniers.", "500 soldats", None),
    ("La ville compte 15 200 places de stationnement.", "15 200", None),
    ("La Russie a lancé 93 missiles contre le réseau électrique.", "93 missiles", None),
    ("Pour le blé tendre, la récolte atteint 33,6 millions de tonnes.", "33,6 millions", None),
    # Verbs the tagger reads as nouns or adjectives, after a fronted phrase or a quotation.
    ("Pour l'exercice en cours, la direction table sur une marge de 4 à 5 %.", "4 à 5 %", "direction"),
    ("Faute de pluie, le syndicat déplore la perte de 1 200 hectares de vignes.", "1 200 hectares", "syndicat"),
    ("Dans le Gers, où les cultures sont touchées, Agreste chiffre la baisse à 12 %, contre 4 % en 2021.",
     "4 %", "Agreste"),
    ("« Près de 40 sites pourraient fermer », avance de son côté Hélène Morvan, déléguée syndicale.",
     "40 sites", "Hélène Morvan"),
    # "chez X, on …": the house an impersonal subject speaks for.
    ("Les marchés restent prudents : chez Natixis, on anticipe une hausse des taux d'au moins 0,5 point.",
     "0,5 point", "Natixis"),
    ("Chez le constructeur Renaudin, on table sur 8 000 embauches d'ici à 2027.", "8 000", "Renaudin"),
    # A subject the parser hung on the auxiliary, past an aside.
    ("L'Office des migrations (OFM) a, pour sa part, recensé quelque 12 000 demandes.", "12 000", "Office des migrations"),
    # The speaker after a quotation, not a noun inside it; "par visioconférence" is not an agent.
    ("« Ce sont en moyenne six personnes qui meurent chaque semaine », a déploré la porte-parole du HCR, "
     "Inès Morel.", "six personnes", "Inès Morel"),
    ("« Nous avons recensé plus de 200 cas », a-t-il déclaré par visioconférence depuis Lyon.", "200 cas", None),
    # The author of a count, even where the tagger reads the participle as a noun.
    ("Selon un bilan provisoire communiqué mardi soir par la Sécurité civile, 14 personnes ont péri.",
     "14 personnes", "Sécurité civile"),
    # A name the tagger reads as a pronoun; a phrase with a preposition is no subject; what is
    # published is no speaker; an agent that cannot speak is no source.
    ("Koursk : Kiev affirme que plus de 3 000 soldats ont été tués ou blessés.", "3 000 soldats", "Kiev"),
    ("Une semaine avant la première annonce, Washington n'en confirmait qu'au moins 3 000.", "3 000", "Washington"),
    ("Le décompte porte sur 64 traversées effectuées par quatre porte-conteneurs russes.", "64 traversées", None),
    # A plain "chez" is a place, not a source.
    ("Chez les moins de 25 ans, le chômage atteint 17 %.", "17 %", None),
    # The noun before a passive verb is what was counted, not who counted it.
    ("Au total, 230 interpellations ont été recensées dans la nuit.", "230 interpellations", None),
    # Bodies named by their kind and complement: "chambre", "conseil", "comité", "caisse".
    ("La chambre de commerce de Lille a recensé 140 commerces fermés.", "140 commerces", "chambre de commerce de Lille"),
    ("Quarante routes restaient fermées jeudi, a indiqué le conseil départemental.", "Quarante routes",
     "conseil départemental"),
    ("« La perte pourrait atteindre 12 000 euros par bateau », calcule le comité régional des pêches.", "12 000 euros",
     "comité régional des pêches"),
    ("Le coût du sinistre s'élève à 80 millions d'euros, a fait valoir la direction de l'usine.", "80 millions",
     "direction de l'usine"),
    ("La Caisse nationale d'assurance maladie avance un chiffre de 3 200 arrêts de travail.", "3 200",
     "Caisse nationale d'assurance maladie"),
    # "faire valoir" either way round; a participle of the body's name is kept.
    ("Le ministère chargé des Transports a fait valoir mardi que 9 trains sur 10 avaient circulé.", "9 trains sur 10",
     "ministère chargé des Transports"),
    ("Les ventes ont reculé de 4 %, a fait valoir le ministère chargé du Commerce.", "4 %",
     "ministère chargé du Commerce"),
    # An inverted speaker after the one spoken to: "a précisé à l'AFP le commandant X".
    ("« Nous avons mobilisé 90 pompiers », a précisé à l'AFP le lieutenant Paul Mercier.", "90 pompiers", "Paul Mercier"),
    ("Quelque 12 000 foyers restaient sans courant, a indiqué Enedis à l'AFP.", "12 000 foyers", "Enedis"),
    # Forecasts and counts inverted after the clause; a name and its acronym before the verb.
    ("Les recettes devraient dépasser 9 milliards d'euros, prévoit l'Observatoire du tourisme.", "9 milliards",
     "Observatoire du tourisme"),
    ("La Fédération française du bâtiment (FFB) table sur 250 000 mises en chantier.", "250 000",
     "Fédération française du bâtiment"),
    ("La municipalité espère, elle, que le dispositif attirera 3 000 visiteurs.", "3 000 visiteurs", "municipalité"),
    # A body's acronym in parentheses before a verb the tagger took for a noun; a name the
    # parse left after its description; a name the tagger took for a common noun.
    ("L'Union nationale des aéroports (UAF) table sur 180 millions de passagers.", "180 millions", "(UAF)"),
    ("Le fleuve a atteint 6,10 mètres lundi, selon le service d'alerte des crues Vigicrues.", "6,10 mètres",
     "Vigicrues"),
    ("Vigicrues annonce une montée des eaux jusqu'à 4,80 mètres.", "4,80 mètres", "Vigicrues"),
    # Hyphenated nouns stay whole ("état-major"); a verb the tagger took for a lower-case name;
    # the speaker right after an inverted verb, wherever the parse hung it.
    ("L'état-major de l'armée revendique pour sa part 1 200 combattants capturés.", "1 200", "état-major"),
    ("Au total, la FSU Bretagne chiffre à 14 000 le nombre de grévistes.", "14 000", "FSU Bretagne"),
    ("Les flammes ont parcouru 3 400 hectares dans l'Aude, relève l'Office national des forêts.", "3 400 hectares",
     "Office national des forêts"),
    # A capital speaks for its state, in a clause of its own after a conjunction too.
    ("Séoul avance le chiffre de 1 500 tués quand Kiev en revendique plus de 3 000.", "3 000", "Kiev"),
    ("Moscou a recensé 40 drones abattus dans la nuit.", "40 drones", "Moscou"),

    # A place in an aside ("basée à Varsovie") is neither the source nor its origin.
    ("Eurostat, l'office statistique européen, a relevé une inflation de 2,4 % en mai. L'office, basé à "
     "Luxembourg, table sur 2,1 % en juin.", "2,1 %", "Eurostat"),
    # A verb tagged as a lower-case name or an adjective; a body with its acronym or remit; a
    # relative clause between the subject and its verb; a body named by noun and adjective.
    ("Pour 2026, le ministère anticipe une récolte de 31 millions de tonnes.", "31 millions", "ministère"),
    ("Pour le trimestre en cours, Norvalis table sur un chiffre d'affaires de 4,2 milliards de dollars.",
     "4,2 milliards", "Norvalis"),
    ("Le Bureau américain des statistiques du travail (BLS) évalue les créations d'emplois à 180 000.", "180 000",
     "(BLS)"),
    ("Médecins du monde (MDM), qui gère deux cliniques, dit avoir soigné « 640 patients en une semaine ».",
     "640 patients", "Médecins du monde"),
    ("Plus de 300 habitants ont été évacués dans la nuit, a précisé la sécurité civile.", "300 habitants",
     "sécurité civile"),
    ("La fédération des céréaliers retient 29 millions de tonnes.", "29 millions", "fédération"),
    ("Le préjudice a été chiffré à 4 millions d'euros par les enquêteurs.", "4 millions", "enquêteurs"),
    # What a poll shows; a region that "affiche" gives way to who says it; a verb of saying
    # after "venir de", and what its colon announces.
    ("Une enquête Ifop pour la Fondation Jean-Jaurès montre que 41 % des salariés redoutent un licenciement.",
     "41 %", "Ifop"),
    ("La Bourgogne affiche le taux le plus bas, avec 6,1 % de chômeurs, a indiqué l'Insee.", "6,1 %", "Insee"),
    ("La RATP vient de publier ses chiffres : 19 % des conducteurs sont en grève ce matin.", "19 %", "RATP"),
    # A participle's agent speaks for the whole phrase it describes.
    ("Le taux a atteint 12 %, au-dessus du seuil d'alerte de 10 % fixé par l'Organisation mondiale de la santé.",
     "10 %", "Organisation mondiale de la santé"),
    ("L'objectif de 40 000 logements fixé par le conseil régional reste hors d'atteinte.", "40 000 logements",
     "conseil régional"),
    # "on" after an inverted verb speaks for the house that follows; "de même source"; a seat
    # of power before "on"; a metropolis is a body.
    ("Le service a accueilli 140 patients par jour, précise-t-on à la direction de l'hôpital.", "140 patients",
     "direction de l'hôpital"),
    ("Le service a accueilli 140 patients, indique l'hôpital. De même source, on indique que 12 lits ont rouvert.",
     "12 lits", "hôpital"),
    ("À Matignon, on évalue le coût de la mesure à 3 milliards d'euros.", "3 milliards", "Matignon"),
    ("À Lyon, on compte 3 000 manifestants.", "3 000", None),
    ("La métropole table sur 38 000 voyageurs par jour.", "38 000", "métropole"),
    # "la municipalité" is a body of its own, not the last one named.
    ("Selon un décompte de l'AFP, 6 personnes ont été tuées. À Lviv, 2 employés ont péri, a indiqué la municipalité.",
     "2 employés", "municipalité"),
    # "selon nos informations" is the article's own voice.
    ("Selon nos informations, 45 policiers supplémentaires seront affectés au quartier.", "45 policiers", None),
    ("D'après nos calculs, la facture a augmenté de 11 % en un an.", "11 %", None),
    # A region or a city counts nothing; a state that announces is a source.
    ("La Normandie affiche une hausse de 6 % des nuitées.", "6 %", None),
    ("L'Allemagne a annoncé une aide de 500 millions d'euros.", "500 millions", "Allemagne"),
    ("La Belgique a enregistré 2 300 cas de rougeole.", "2 300 cas", None),
    # What a body is made of is not a count it gives.
    ("Le conseil régional compte 83 élus.", "83 élus", None),
    ("La préfecture a compté 4 500 manifestants.", "4 500", "préfecture"),
    # A list or a proposal stands for its author.
    ("Selon la liste publiée par la Maison-Blanche, l'aide comprend 400 missiles.", "400 missiles", "Maison-Blanche"),
    ("Les propositions du gouvernement prévoient une baisse de 5 % des crédits.", "5 %", "gouvernement"),
    # An inverted speaker past a day: "…, affirme vendredi le quotidien X".
    ("Le club a versé 40 millions d'euros, affirme jeudi le quotidien sportif Marca.", "40 millions", "Marca"),
    ("Le transfert a coûté 30 millions de livres, soit environ 35 millions d'euros bonus compris, à Liverpool, "
     "affirme vendredi le quotidien britannique The Guardian.", "35 millions", "The Guardian"),
    ("Le déficit atteindrait 4,1 %, a estimé lundi soir la Cour des comptes.", "4,1 %", "Cour des comptes"),
    # A relative clause the parse hung on the place of the body that speaks.
    ("Les routes ont été coupées, a indiqué la préfecture du Gard, qui évoque 1 200 foyers privés de courant.",
     "1 200 foyers", "préfecture du Gard"),
    ("La mairie de Nantes, qui recense 450 sinistrés, a ouvert deux gymnases.", "450 sinistrés", "mairie de Nantes"),
    ("Le stade de Lens, qui compte 38 000 places, affiche complet.", "38 000 places", None),
    # A count raised or set: "a porté à N le bilan", "a alourdi mardi le bilan à N".
    ("L'Autorité de gestion des catastrophes (AGC) a porté samedi à 64 morts le bilan des inondations.", "64 morts",
     "AGC"),
    ("Le ministère a alourdi mardi le bilan à 19 victimes.", "19 victimes", "ministère"),
    ("Le Croissant-Rouge a porté à 212 le nombre de blessés.", "212", "Croissant-Rouge"),
    ("La famille a porté plainte contre 4 surveillants.", "4 surveillants", None),
    ("La hausse des loyers a porté le taux d'effort à 35 %.", "35 %", None),
    # A closing "selon X" that belongs to a clause of its own.
    ("Les ventes ont reculé de 2 % en mai, a précisé la fédération, alors qu'elles progressaient de 5 % "
     "en Espagne, selon les chiffres de l'Anfac.", "5 %", "Anfac"),
    ("Les ventes ont reculé de 2 % en mai, a précisé la fédération, alors qu'elles progressaient de 5 % "
     "en Espagne, selon les chiffres de l'Anfac.", "2 %", "fédération"),
    # Whose figure a parenthesis gives after "celui de X", when "celui" stands for a count.
    ("Le collectif a compté 12 500 personnes, un chiffre éloigné de celui de la police (7 800).", "7 800", "police"),
    ("La liste arrive devant, avec un score supérieur à celui du Parti socialiste (18,4 %).", "18,4 %", None),
    # A participle the tagger took for an adjective, and counting participles, with "par".
    ("Copernicus estime la zone brûlée à 1 900 hectares, proche des 1 800 hectares avancés lundi par la préfecture.",
     "1 800 hectares", "préfecture"),
    ("Ces 61 000 arrivées enregistrées depuis janvier par le ministère de l'Intérieur dépassent le total de 2023.",
     "61 000", "ministère de l'Intérieur"),
    # A finite verb the parse hung on the subject it made the root.
    ("Le service européen d'observation par satellite Sentinel, activé par la préfecture, évalue pour sa part "
     "la zone touchée à environ 940 hectares.", "940 hectares", "Sentinel"),
    # Past a relative clause with "dont" between the speaker and its verb.
    ("L'Organisation mondiale de la santé, dont les chiffres restent plus élevés, recense pour sa part 3 600 cas.",
     "3 600 cas", "Organisation mondiale de la santé"),
    # "le syndicat" is the body the sentence before named, not the last source.
    ("Enedis a indiqué que 80 000 foyers restaient privés d'électricité. Un chiffre que conteste la CGT. "
     "D'après le syndicat, plus de 110 000 foyers étaient encore coupés.", "110 000", "CGT"),
    # A body only named in a complement of the sentence before is not "le syndicat".
    ("Le ministère a salué l'annonce de la SNCF. D'après le syndicat, 28 % des cheminots étaient en grève.", "28 %",
     "syndicat"),
    # A count raised in a relative clause on a data noun: the clause's subject raises it.
    ("À Paris, 12 000 personnes ont défilé, de source policière, un chiffre que les organisateurs portent à "
     "40 000.", "40 000", "organisateurs"),
    ("Le bilan, que les secours portent à 58 morts, pourrait encore s'alourdir.", "58 morts", "secours"),
    # A subject, its relative clause between commas, then its verb the parser hung inside the clause.
    ("Quelque 95 000 personnes ont manifesté, selon le ministère de l'Intérieur. L'intersyndicale, qui avait "
     "appelé à une journée de grève dans les écoles, collèges et lycées, en a compté 250 000.", "250 000",
     "intersyndicale"),
    # A second clause opened by a conjunction has its own source, wherever the parse hung its
    # verb (a counting verb after "en" the tagger took for a noun too).
    ("L'OIM a porté à 1 390 son décompte des morts, quand l'ONG Mar Abierto avance désormais le chiffre de 3 600.",
     "3 600", "ONG Mar Abierto"),
    ("La mairie fait état de 58 familles relogées, tandis que le collectif d'habitants Beaubrun solidaire en "
     "dénombre « près de 80 ».", "près de 80", "collectif d'habitants"),
    ("La mairie fait état de 58 familles relogées, tandis que le collectif d'habitants Beaubrun solidaire en "
     "dénombre « près de 80 ».", "58 familles", "mairie"),
    # A verb the parse hung on a word of a foreign name before it still has that name for
    # subject; the rival's "selon" after it is the rival's own.
    ("Le cabinet Sahel Risk Analytics estime à 5 120 le nombre de personnes enlevées en 2038, contre 3 400 selon "
     "la police fédérale.", "5 120", "cabinet Sahel Risk Analytics"),
    ("Le cabinet Sahel Risk Analytics estime à 5 120 le nombre de personnes enlevées en 2038, contre 3 400 selon "
     "la police fédérale.", "3 400", "police fédérale"),
    # A second source whose verb the sentence leaves out; a second place is no source.
    ("Le ministère de l'Intérieur a compté 95 000 manifestants, la CGT 250 000.", "250 000", "CGT"),
    ("La DGAC l'évalue désormais à 205 000, Airlines for Europe à près de 270 000.", "270 000", "Airlines for Europe"),
    ("La DGAC l'évalue désormais à 205 000, Airlines for Europe à près de 270 000.", "205 000", "DGAC"),
    ("La préfecture a compté 3 000 manifestants à Lyon, 1 200 à Grenoble.", "1 200", "préfecture"),
    ("Le ministère a recensé 12 morts, dont 3 enfants, et 40 blessés.", "40 blessés", "ministère"),
    # Agents coordinated after one participle, each with its figure.
    ("La participation est estimée à 34 % par Vigie Opinion et à 33 % par Sondéa.", "33 %", "Sondéa"),
    ("La participation est estimée à 34 % par Vigie Opinion et à 33 % par Sondéa.", "34 %", "Vigie Opinion"),
    # A body the recogniser took for a place still measures.
    ("L'Institut géophysique du Pérou (IGP) a mesuré une magnitude de 7,1.", "7,1", "Institut géophysique du Pérou"),
    # Whose press is a source; the press at large is none.
    ("Le montant est inférieur aux 80 millions d'euros rapportés par la presse espagnole.", "80 millions",
     "presse espagnole"),
    ("Selon la presse locale, 300 personnes ont été évacuées.", "300", "presse locale"),
    ("Selon la presse, 300 personnes ont été évacuées.", "300", None),
    ("Le montant est inférieur aux 80 millions d'euros rapportés par la presse.", "80 millions", None),
    # A counting form that says what a body is made of counts when it governs a toll; a count
    # declared and what a body grants or commits of its own means are its figures.
    ("Au lendemain du séisme, la protection civile comptait 41 morts et 9 disparus.", "41 morts", "protection civile"),
    ("La police compte 3 000 manifestants place de la République.", "3 000", "police"),
    ("Le club comptait alors 1 200 adhérents.", "1 200", None),
    ("Les services vétérinaires ont déclaré 17 nouveaux foyers depuis lundi.", "17 nouveaux foyers",
     "services vétérinaires"),
    ("Le conseil régional a débloqué une aide d'urgence de 12 millions d'euros pour les éleveurs.", "12 millions",
     "conseil régional"),
    ("Le gestionnaire du réseau a mobilisé 1 900 agents pour rétablir le courant.", "1 900 agents",
     "gestionnaire du réseau"),
    # A deed gives its own object's figures, not those of a clause with a subject of its own,
    # and nothing carries over to the next sentence; a clause that shares its subject stays its.
    ("Le département a débloqué une enveloppe de 8 millions d'euros, et quelque 400 bénévoles de la Croix-Rouge, "
     "du Secours populaire et des Restos du cœur sont mobilisés.", "400 bénévoles", None),
    ("Le département a débloqué une enveloppe de 8 millions d'euros. Un pont aérien assure quatre rotations par jour.",
     "quatre rotations", None),
    ("La régie a mobilisé 350 techniciens et se fixe pour objectif de rétablir 90 % des lignes d'ici jeudi.",
     "90 %", "régie"),
    # A count reported by an outlet is the counter's.
    ("L'Office des migrations a recensé 1 240 arrivées en août, a rapporté mardi la BBC.", "1 240",
     "Office des migrations"),
    ("Selon le ministère de l'Intérieur, 812 personnes ont traversé samedi, a rapporté la BBC.", "812",
     "ministère de l'Intérieur"),
    # A body's name that opens with a capitalised noun and ends with a state's name speaks; a
    # fronted phrase before a comma does not.
    ("Santé publique France dénombrait 640 cas de rougeole depuis janvier.", "640 cas", "Santé publique France"),
    ("Côté eau, la Société des eaux de Mayotte estime que sept abonnés sur dix sont privés d'eau.",
     "sept abonnés", "Société des eaux de Mayotte"),
    # A speaker who tells what another says is no relay: the speaker's inverted verb wins.
    ("Selon la police, 3 000 personnes ont défilé, a indiqué la préfecture.", "3 000", "préfecture"),
    # A deed denied gives no figure of its own: the sum is another's.
    ("Le département ne versera pas les 2 millions d'euros réclamés par les ravisseurs, a affirmé le préfet.",
     "2 millions", "préfet"),
    # A date line names no body: "l'établissement" stays itself.
    ("LE MANS, 12 mars 2027 (AFP) - Les pirates ont dérobé les données de 186 000 patients, a indiqué "
     "vendredi l'établissement.", "186 000", "établissement"),
    # A name, what it is between commas, then its verb, whatever the tagger made of them.
    ("Le SNES-FSU, majoritaire dans les lycées, revendique « près de 35 % » de grévistes.", "35 %", "SNES-FSU"),
    ("Force ouvrière, deuxième syndicat du groupe, avance le chiffre de 1 200 salariés en grève.", "1 200",
     "Force ouvrière"),
    # A clause of its own after a semicolon, its name read by its capitals, and that clause only.
    ("La police a compté 8 000 manifestants ; Sud Rail en annonce 60 000.", "60 000", "Sud Rail"),
    ("La police a compté 8 000 manifestants ; Sud Rail en annonce 60 000.", "8 000", "police"),
    ("La direction fait état de 42 lits fermés ; SUD Santé en dénombre 65.", "65", "SUD Santé"),
    ("L'institut Vigie Opinion le crédite de 37 % des suffrages exprimés.", "37 %", "Vigie Opinion"),
    # A name set against the one before by a stressed pronoun; a body's kind before its name and
    # its apposition.
    ("La préfecture annonce 5 000 manifestants ; la CGT, elle, en revendique 40 000.", "40 000", "CGT"),
    ("La préfecture annonce 5 000 manifestants ; la CGT, elle, en revendique 40 000.", "5 000", "préfecture"),
    ("Le syndicat Alliance, majoritaire chez les gardiens de la paix, en compte 200.", "200", "Alliance"),
    # A relative clause right after a source is its own, wherever the parse hung it: the
    # figures it cites are its origin's.
    ("Pas moins de 812 migrants ont traversé la Manche samedi, un record depuis le début de l'année, selon la "
     "BBC, qui cite des chiffres du Home Office.", "812", "Home Office"),
    # What the relay rests on, when it is no body and names none, leaves the figure the relay's.
    ("Le média indépendant Mediazona, qui s'appuie sur les avis de décès et les publications des familles, a "
     "identifié 90 019 militaires morts.", "90 019", "Mediazona"),
    # A clause of its own coordinated after a count, its name and clitic opening it.
    ("La CGT revendique 60 000 manifestants et FO en annonce 50 000.", "50 000", "FO"),
    ("La CGT revendique 60 000 manifestants et FO en annonce 50 000.", "60 000", "CGT"),
    # (A place that holds a count is no source: the ministry's count still.)
    ("Le ministère recense 300 cas et la Guyane en compte 40.", "40", "ministère"),
    # A subject, a participle's aside between commas, then its verb; a body whose name ends
    # with a state's is the body.
    ("Le préfet, arrivé sur place dans la matinée, évoque 35 blessés.", "35 blessés", "préfet"),
    ("Air France, contactée par nos soins, table sur une baisse de 3 % du trafic.", "3 %", "Air France"),
    # Not a place or a thing with its aside.
    ("Lyon, située au confluent du Rhône et de la Saône, compte 520 000 habitants.", "520 000", None),
    ("Le cortège, parti de la place de la République, a rassemblé 12 000 personnes.", "12 000", None),
    # An adverb between the auxiliary and its participle, the phrase hung on the auxiliary.
    ("Vendredi, le ministère avait d'abord fait état de sept morts.", "sept morts", "ministère"),
    # A bare participle after a name and its apposition is an aside, not a verb of telling.
    ("Le principal prévenu, Karim B., 34 ans, présenté comme le gérant du réseau, a écopé d'une amende de "
     "200 000 euros.", "200 000", None),
    # A subject, its relative clause between commas, then its verb, however the parse hung them.
    ("Le service départemental d'incendie et de secours (Sdis), dont les équipes arpentent les lisières, "
     "estime la surface touchée à « environ 1 500 hectares ».", "1 500", "Sdis"),
    ("Le ministère, dont les chiffres sont contestés, évoque 12 000 grévistes.", "12 000", "ministère"),
    # A service qualified by its adjective is a body of its own, not a spokesman for its complement.
    ("Le service départemental d'incendie et de secours estime la surface touchée à 900 hectares.", "900",
     "service départemental d'incendie et de secours"),
    # A figure the parse hung on its adverb is the counting verb's.
    ("Le parcours a attiré « près de 250 000 spectateurs », selon la mairie. La préfecture du Bas-Rhin en a "
     "compté environ 110 000.\n\nQuelque 1 800 bénévoles étaient mobilisés.", "110 000", "préfecture du Bas-Rhin"),
    # Readings nobody is named as making are the relay's; a bare noun after "par" is a means.
    ("Le feu a parcouru 1 200 hectares, selon la préfecture, qui s'appuie sur les relevés effectués par avion.",
     "1 200", "préfecture"),
    ("Le feu a parcouru 2 400 hectares, selon la préfecture, qui s'appuie sur les relevés effectués par ses agents.",
     "2 400", "préfecture"),
    ("Selon une analyse publiée lundi par le Parlement européen, 300 entreprises sont concernées.", "300",
     "Parlement européen"),
]


@pytest.mark.parametrize("text, needle, name", ATTRIBUTION, ids=[row[0][:60] for row in ATTRIBUTION])
def test_attribution(nlp: Language, text: str, needle: str, name: Optional[str]) -> None:
    rec = source_of(run(nlp, text), needle)
    if name is None:
        # The article's own voice ("selon nos informations" is too, backed by its outlet).
        assert rec is None or rec.get("own"), f"{needle!r} should be in the article's own voice, got {rec and rec['name']!r}"
        return
    assert rec is not None, f"no source for {needle!r} in {text!r}"
    assert name in rec["name"], (rec["name"], rec["cue"])
    # A source is a noun phrase: never a cue word, an article, a date or a figure.
    first = rec["name"].split()[0]
    assert first not in ("selon", "d'après", "le", "la", "les", "l'", "une", "un", "des", "que", "qui")
    assert not any(c.isdigit() for c in rec["name"].replace("56", "")), rec["name"]


@pytest.mark.parametrize("text, needle, name", [
    ("Grève dans l'éducation : 14 % de grévistes selon le ministère, 45 % selon le Snes-FSU\n\n"
     "Le Snes-FSU revendique 45 % de grévistes.", "45 %", "Snes-FSU"),
    ("Tempête : 250 000 foyers privés de courant, d'après Enedis\n\nLe réseau est coupé dans l'Ouest.",
     "250 000", "Enedis"),
])
def test_a_headline_source_ends_with_its_line(nlp: Language, text: str, needle: str, name: str) -> None:
    rec = source_of(run(nlp, text), needle)
    assert rec is not None and rec["name"] == name and not rec["text"][-1].isspace(), rec


@pytest.mark.parametrize("text, figures", [
    # Two sources in one sentence: each figure takes the one of its own segment.
    ("Environ 1,2 million de personnes ont manifesté mardi selon le ministère, 3 millions selon la CGT.",
     {"1,2 million": "ministère", "3 millions": "CGT"}),
    ("Selon la police, 12 000 personnes ont défilé à Paris, 40 000 selon les syndicats.",
     {"12 000": "police", "40 000": "syndicats"}),
    ("La préfecture a compté 80 000 manifestants, quand l'intersyndicale en revendiquait 400 000.",
     {"80 000": "préfecture", "400 000": "intersyndicale"}),
    ("Le ministère a recensé 38,5 % de grévistes, le SNUipp-FSU revendiquant pour sa part 70 %.",
     {"38,5 %": "ministère", "70 %": "SNUipp-FSU"}),
    # A subject, an aside that opens with a preposition, then its verb (which the tagger may
    # take for an adjective of the aside's last noun).
    ("Le rectorat fait état de 18 % de grévistes. Le SNES, à l'origine de l'appel, revendique pour sa part "
     "« plus de 50 % » de grévistes.", {"18 %": "rectorat", "50 %": "SNES"}),
    # A verb coordinated to the one that has the subject.
    ("D'après l'ONG, plus de 120 personnes sont portées disparues. La préfecture se refuse à avancer un chiffre "
     "et évoque « plusieurs dizaines » de personnes manquantes.", {"120": "ONG", "dizaines": "préfecture"}),
    # "s'en tenir à": a figure kept to.
    ("Le maire l'a chiffré jeudi à 14 500, tandis que la protection civile s'en tient à « environ 12 000 » "
     "personnes.", {"14 500": "maire", "12 000": "protection civile"}),
    ("Les syndicats annoncent 45 % de grévistes. La direction, elle, s'en tient à son chiffre de 21 %.",
     {"45 %": "syndicats", "21 %": "direction"}),
    # A relative clause after a name: the name counts, whatever noun the parse hung it on.
    ("L'ONU aboutit à un chiffre supérieur à celui de l'Indeci, qui recense 78 000 personnes à aider.",
     {"78 000": "Indeci"}),
    ("Le chiffre dépasse celui de l'Insee, qui recense 78 000 chômeurs de plus.", {"78 000": "Insee"}),
    # A source's phrase stops where a clause of its own opens, whose figure the next source tells.
    ("Au CHU de Reims, 42 lits sont fermés selon la direction et des patients ont passé jusqu'à 30 heures sur "
     "des brancards, selon les syndicats.", {"42 lits": "direction", "30 heures": "syndicats"}),
    # (A subject's coordinated noun stays in it: the verb after it is the whole subject's.)
    ("La préfecture maritime de la Manche et de la mer du Nord a recensé 74 passagers à bord.",
     {"74 passagers": "préfecture maritime de la Manche et de la mer du Nord"}),
    # Who waits a time counts nothing: the source is who tells it.
    ("Aux urgences, les patients ont attendu en moyenne 4 h 15 avant d'être vus, selon la direction.",
     {"4 h 15": "direction"}),
    # A department or a region that "compte" figures is weaker than a source named with "selon".
    ("Le Rhône en compte à lui seul 142, l'Isère 71, selon l'ARS.", {"142": "ARS", "71": "ARS"}),
    # A quoted rival figure and its source after the closing quotation mark.
    ("La police a compté 12 000 manifestants, contre « 40 000 » selon les syndicats.",
     {"12 000": "police", "40 000": "syndicats"}),
    ("La préfecture maintient son estimation de 110 000 spectateurs, contre « près de 250 000 » selon la "
     "municipalité.", {"110 000": "préfecture", "250 000": "municipalité"}),
])
def test_one_source_per_figure(nlp: Language, text: str, figures: dict[str, str]) -> None:
    doc = run(nlp, text)
    for needle, name in figures.items():
        rec = source_of(doc, needle)
        assert rec is not None and name in rec["name"], (needle, rec and rec["name"])


@pytest.mark.parametrize("text, needle, via", [
    ("Selon le député Kim Min-su, cité par l'agence Yonhap, 2 000 soldats ont été blessés.", "2 000", "Yonhap"),
    ("D'après Yonhap, qui s'appuie sur le NIS, 11 000 soldats ont été déployés.", "11 000", "Yonhap"),
    ("D'après l'agence Tass, qui cite le ministère russe, 42 drones ont été abattus.", "42 drones", "Tass"),
    ("Le député Kim Min-su, cité par l'agence Yonhap, affirme que 2 000 soldats ont été blessés.", "2 000", "Yonhap"),
    ("KIEV (AFP) - Selon l'armée de l'air, 81 missiles ont été abattus.", "81 missiles", "AFP"),
    # Datelines of two cities, or with the country in parentheses, are datelines too.
    ("GENÈVE/ANKARA (Reuters) - L'Organisation mondiale de la santé a recensé 340 cas.", "340 cas", "Reuters"),
    ("VAN (Turquie), 3 mai 2025 (AFP) - Selon la protection civile, 46 personnes sont mortes.", "46 personnes", "AFP"),
    # The body that counted is the origin, the outlet that reported it the relay.
    ("L'Office des migrations a recensé 1 240 arrivées en août, a rapporté mardi la BBC.", "1 240", "BBC"),
    ("Selon le ministère de l'Intérieur, 812 personnes ont traversé samedi, a rapporté la BBC.", "812", "BBC"),
    ("Santé publique France dénombrait 640 cas de rougeole depuis janvier, a rapporté l'AFP.", "640 cas", "AFP"),
])
def test_relay_is_kept_as_via(nlp: Language, text: str, needle: str, via: str) -> None:
    rec = source_of(run(nlp, text), needle)
    assert rec is not None and via in (rec["via"] or ""), rec
    assert "(" not in rec["name"] and via not in rec["name"], rec["name"]  # the dateline is not the source


def test_role_and_anonymity_are_kept(nlp: Language) -> None:
    rec = source_of(run(nlp, "Le porte-parole de l'armée, Daniel Cohen, a affirmé que 150 combattants ont été tués."),
                    "150")
    assert rec["name"] == "Daniel Cohen" and "porte-parole" in (rec["role"] or "") and not rec["anonymous"]
    rec = source_of(run(nlp, "Selon une source proche du dossier, 5 milliards d'euros pourraient être gelés."), "5 milliards")
    assert rec["anonymous"]
    rec = source_of(run(nlp, "Selon le ministère de l'Intérieur, 1,2 million de personnes ont défilé."), "1,2 million")
    assert not rec["anonymous"]


@pytest.mark.parametrize("text, needle, name", [
    # Pronouns point back to the last compatible source.
    ("Selon le ministre Shin Won-sik, 6 700 conteneurs ont été expédiés. Il estime que 3 millions d'obus ont été livrés.",
     "3 millions", "Shin Won-sik"),
    ("Le Pentagone a publié son bilan mardi. Il estime que 11 000 soldats sont déployés.", "11 000", "Pentagone"),
    ("La ministre de la Santé a présenté le plan. « Nous visons 500 centres », a-t-elle précisé.", "500 centres", "ministre de la Santé"),
    ("Selon la préfecture, 300 personnes ont été évacuées. Selon elle, 40 maisons sont détruites.", "40 maisons", "préfecture"),
    # Definite descriptions point back to the body named before.
    ("L'Insee a publié ses chiffres mardi. La dette atteint 3 305 milliards d'euros, a précisé l'institut.",
     "3 305", "Insee"),
    ("Verlan Industries a publié ses résultats. Le chiffre d'affaires atteint 6,4 milliards, a précisé le groupe.",
     "6,4 milliards", "Verlan"),
    ("Selon un rapport de l'Institut coréen d'analyses de défense, Pyongyang a gagné 20 milliards de dollars. "
     "Le régime a aussi envoyé des soldats.\nD'après ce rapport, 11 000 soldats ont été déployés.", "11 000",
     "Institut coréen d'analyses de défense"),
    ("Le courant a été coupé, a indiqué Enedis. Selon la même source, 780 000 clients restaient privés d'électricité.",
     "780 000", "Enedis"),
    ("Bercy chiffre à 58 milliards la charge, un montant appelé à dépasser 70 milliards selon ses propres projections.",
     "70 milliards", "Bercy"),
    ("Ukrenergo a annoncé des coupures. D'après son directeur, près de la moitié des capacités sont détruites.",
     "la moitié", "Ukrenergo"),
    # A possessive report's kind is no author: "selon sa note de conjoncture" is the subject's.
    ("L'Insee a publié ses comptes mardi. Selon sa note de conjoncture, la dette atteint 3 200 milliards d'euros.",
     "3 200 milliards", "Insee"),
    ("Le Crédit mutuel a publié ses résultats. Selon son rapport d'activité, le bénéfice atteint 3,2 milliards "
     "d'euros.", "3,2 milliards", "Crédit mutuel"),
    # A sentence's subject pronoun stands first for the subject of the sentence before, unless
    # someone spoke there.
    ("Selon le ministère, 300 maisons sont détruites. Le préfet a réuni les maires mardi. Il a annoncé une aide "
     "de 12 millions d'euros.", "12 millions", "préfet"),
    ("Selon la mairie, 40 rues sont inondées. La préfecture a ouvert un centre de crise. Elle a recensé 1 200 "
     "sinistrés.", "1 200", "préfecture"),
    ("La Russie a lancé 132 drones dans la nuit, a indiqué l'armée de l'air. Elle dit en avoir abattu 108.",
     "108", "armée de l'air"),
    # Of a role and a name, the person named.
    ("Le président ukrainien Volodymyr Zelensky a reçu les ministres mardi. Il a annoncé une aide de 300 "
     "millions d'euros.", "300 millions", "Volodymyr Zelensky"),
    # A described body points back only to a body of the same kind, or, bare and singular, to
    # the last body named; "les autorités israéliennes" are a source of their own.
    ("Selon un décompte de Reuters, 90 personnes ont été tuées. Selon les autorités israéliennes, 120 otages "
     "restent détenus.", "120 otages", "autorités israéliennes"),
    ("Le Service national de renseignement (NIS) a fait état de 300 morts. L'agence table sur l'envoi de "
     "4 000 hommes supplémentaires.", "4 000 hommes", "NIS"),
    ("L'armée israélienne affirme avoir touché 150 cibles. L'armée déplore pour sa part la mort de 12 soldats.",
     "12 soldats", "armée israélienne"),
    # A singular kind with one epithet that names no state points back too.
    ("Jeudi, la Croix-Rouge libanaise a recensé 85 blessés. La veille, l'organisation humanitaire en comptait 40.",
     "40", "Croix-Rouge libanaise"),
    ("Le Programme alimentaire mondial a recensé 900 000 personnes en détresse. L'agence onusienne a réclamé "
     "20 millions de dollars.", "20 millions", "Programme alimentaire mondial"),
    # A description points back to a body named before it, not to one its own sentence names
    # after it.
    ("Selon la Direction générale de la circulation, 650 véhicules restaient bloqués dimanche. Samedi matin, 2 800 "
     "véhicules y étaient bloqués selon cet organisme, plus de 4 000 selon le gouvernement régional.",
     "2 800", "Direction générale de la circulation"),
    # (the body of the same kind first, before the last body named)
    ("Selon la Fondation Solidarité Logement, 360 000 personnes sont sans domicile. Le ministère du Logement promet "
     "5 000 places. « Insuffisant », répond la fondation, qui réclame 30 000 places supplémentaires.",
     "30 000 places", "Fondation Solidarité Logement"),
    # A clitic after the verb points back to the speaker named by "Pour X, …".
    ("Pour Claire Dumas, économiste à l'OFCE, la reprise sera lente. « La croissance ne dépassera pas 0,7 % », "
     "estime-t-elle.", "0,7 %", "Claire Dumas"),
])
def test_anaphora(nlp: Language, text: str, needle: str, name: str) -> None:
    rec = source_of(run(nlp, text), needle)
    assert rec is not None and name in rec["name"], rec and rec["name"]


def test_carry_over_within_a_paragraph_only(nlp: Language) -> None:
    text = ("Le déficit public s'est établi à 5,8 % du PIB, a annoncé mercredi l'Insee. Il atteint 169,6 milliards "
            "d'euros.\nLa Russie a reçu 300 chars de Biélorussie.")
    doc = run(nlp, text)
    carried = source_of(doc, "169,6")
    assert carried is not None and "Insee" in carried["name"] and carried["cue"] == "carry-over"
    assert source_of(doc, "300 chars") is None


def test_carry_over_stops_at_a_new_source_and_after_one_sentence(nlp: Language) -> None:
    doc = run(nlp, "Selon l'OMS, 340 cas ont été recensés. Le bilan atteint 12 morts. Selon l'ARS, 20 lits sont occupés. "
                   "Le maire a visité 3 écoles. Il a plu toute la journée sur 4 communes.")
    assert "OMS" in source_of(doc, "12 morts")["name"]
    assert "ARS" in source_of(doc, "20 lits")["name"]
    assert source_of(doc, "4 communes") is None  # two sentences after the last source


def test_announced_results_carry_to_the_next_sentence(nlp: Language) -> None:
    doc = run(nlp, "Le groupe Orvalis a publié jeudi ses comptes semestriels. Son chiffre d'affaires a reculé de "
                   "3,2 %, à 4,1 milliards d'euros.")
    for needle in ("3,2 %", "4,1 milliards"):
        rec = source_of(doc, needle)
        assert rec is not None and "Orvalis" in rec["name"] and rec["cue"] == "carry-over", rec


def test_forecast_does_not_carry_unless_pointed_back_to(nlp: Language) -> None:
    doc = run(nlp, "L'équipe du maire sortant table sur une participation de 60 %. Le conseil municipal compte "
                   "49 sièges.\nL'Unicef table sur un besoin de 8 millions de doses. Son appel de fonds s'élève à "
                   "300 millions de dollars.")
    assert source_of(doc, "49 sièges") is None
    rec = source_of(doc, "300 millions")
    assert rec is not None and "Unicef" in rec["name"]


def test_study_announced_before_its_figures_carries_over(nlp: Language) -> None:
    doc = run(nlp, "Selon une étude réalisée par l'Open Source Center, l'armée russe dépend de Pyongyang. "
                   "Entre 2023 et 2025, 16 000 conteneurs ont transité.")
    rec = source_of(doc, "16 000")
    assert rec is not None and "Open Source Center" in rec["name"] and rec["kind"] == "study"


def test_opinion_without_figures_does_not_carry_over(nlp: Language) -> None:
    doc = run(nlp, "Les experts de l'ISW estiment que la Corée du Nord « utilise la guerre comme un terrain ». "
                   "Plusieurs pays ont imposé des sanctions à 11 individus.")
    assert source_of(doc, "11 individus") is None


def test_sentence_source_for_claims_without_figures(nlp: Language) -> None:
    doc = run(nlp, "Selon le renseignement britannique, la Corée du Nord profite du conflit. L'UE a dénoncé cette alliance.")
    assert [s and s["name"] for s in doc._.recoupe_sources] == ["renseignement britannique", "UE"]


def test_sources_get_entity_keys(nlp: Language) -> None:
    doc = run(nlp, "L'Open Source Center (OSC) a publié une analyse. Selon l'OSC, 16 000 conteneurs ont été "
                   "livrés.")
    rec = source_of(doc, "16 000")
    osc = [m for m in doc._.recoupe_mentions if m["text"] == "OSC"]
    assert osc and rec["entity_keys"] == [osc[0]["key"]]


def test_spokesperson_of_a_body_speaks_for_it(nlp: Language) -> None:
    plain = source_of(run(nlp, "Le renseignement britannique estime que 6 000 soldats ont été tués."), "6 000")
    for text in ("Les analystes du renseignement britannique estiment que 6 000 soldats ont été tués.",
                 "Selon les experts du renseignement britannique, 6 000 soldats ont été tués."):
        rec = source_of(run(nlp, text), "6 000")
        assert rec["name"] == "renseignement britannique"
        assert rec["entity_keys"] == plain["entity_keys"]


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
    # A forecast named as the source's own.
    ("Agreste ramène sa prévision de récolte à 42,8 millions d'hectolitres.", True),
    ("La récolte a atteint 42,8 millions d'hectolitres, selon Agreste.", False),
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
    # A state now, told with a hedge, against what may come.
    assert kind("Au maximum 150 000 patients pourraient être concernés, selon la direction.") == "conditional"
    assert kind("Quelque 10 000 personnes pourraient être évacuées d'ici ce soir.") == "possible"
    assert kind("Les obus venaient vraisemblablement de Corée du Nord.") == "hedged"
    assert kind("La Corée du Nord a livré des obus.") == "asserted"
    # Compared with what was expected, not a forecast.
    assert kind("Les prix ont augmenté de 2,3 %, une hausse plus forte que prévu.") == "asserted"
    assert kind("Les travaux ont été livrés comme prévu, en 2024.") == "asserted"
    assert kind("Le gouvernement a prévu 300 millions d'euros pour la reconstruction.") == "prediction"


def test_hedge_stays_in_its_clause(nlp: Language) -> None:
    doc = run(nlp, "Le navire a livré 300 conteneurs, mais les chiffres seraient plus élevés.")
    clauses = doc._.recoupe_modality[0]
    assert [c["hedged"] for c in clauses] == [False, True]


# Per figure: a hedge counts on the figure's own path in the parse (its clause and the verbs
# that govern that clause), not on its neighbours in the sentence.
FIGURE_HEDGING = [
    # "attendre" a duration: a wait endured, no forecast; "attendre" visitors: expected.
    ("Les patients attendent en moyenne 6 h 40 avant d'obtenir un lit, selon la direction.", {"6 h 40": False}),
    ("La direction attend 5 000 visiteurs samedi pour les portes ouvertes.", {"5 000": True}),
    ("Au total, 132 otages restent détenus, dont au moins 25 ne seraient plus en vie.",
     {"132 otages": False, "25": True}),
    ("Le syndicat estime que les pertes pourraient atteindre 30 % et réclame une aide de 500 millions d'euros.",
     {"30 %": True, "500 millions": False}),
    ("Au total, 81 missiles ont été abattus, tandis que 23 drones auraient été perdus.",
     {"81 missiles": False, "23 drones": True}),
    ("Les secours ont évacué 400 habitants, dont 120 vraisemblablement blessés.", {"400 habitants": False}),
    ("Le navire transportait vraisemblablement 300 conteneurs.", {"300 conteneurs": True}),
    ("La récolte devrait reculer de 12 %, à 8,1 millions de tonnes.", {"12 %": True, "8,1 millions": True}),
    ("Le groupe envisage de fermer deux usines en Bretagne.", {"deux usines": True}),
    ("Les éleveurs redoutent une baisse de 40 % des rendements.", {"40 %": True}),
    ("Si une quarantaine de députés se désistent, la majorité bascule.", {"une quarantaine": True}),
    ("La charge de la dette, appelée à dépasser 70 milliards d'euros, pèse sur le budget.", {"70 milliards": True}),
    ("Au moins 2 300 postes sont menacés par la restructuration.", {"2 300 postes": True}),
    # A union that called a strike forecasts nothing.
    ("L'intersyndicale, qui avait appelé à une journée de grève, en a compté 250 000.", {"250 000": False}),
    ("Les syndicats, qui ont appelé à manifester, revendiquent 40 000 personnes.", {"40 000": False}),
    ("Le bilan s'élève à 146 morts, a indiqué la protection civile.", {"146 morts": False}),
    ("Il y aurait 300 morts dans la ville.", {"300 morts": True}),           # "y aurait" parsed as fixed words
    ("Selon des sources non confirmées, 300 personnes ont été tuées.", {"300 personnes": True}),
    ("Selon des sources militaires, 300 personnes ont été tuées.", {"300 personnes": False}),
    ("Le gouvernement prévoit 30 000 logements sociaux, mais 12 000 ont été livrés l'an dernier.",
     {"30 000 logements": True, "12 000": False}),
    # Targets, promises, intents and deadlines ahead.
    ("Seuls 41 000 logements ont été financés, loin de l'objectif de 60 000 fixé par l'État.",
     {"41 000 logements": False, "60 000": True}),
    ("La région a promis 450 places de crèche supplémentaires.", {"450 places": True}),
    ("L'État cherche à économiser 12 milliards d'euros sur les dépenses de santé.", {"12 milliards": True}),
    ("Les gendarmes cherchaient 2 fugitifs dans la forêt.", {"2 fugitifs": False}),
    ("La métropole veut planter 20 000 arbres.", {"20 000 arbres": True}),
    ("Le ministère a annoncé l'ouverture de 85 centres de santé d'ici à la fin de 2027.", {"85 centres": True}),
    # What a plan, an agreement or a law provides for is decided, not forecast.
    ("Le groupe a présenté un plan qui prévoit la suppression de 640 postes, sur un effectif de 4 100 salariés.",
     {"640 postes": False, "4 100 salariés": False}),
    ("L'accord prévoit une hausse de 3,5 % des salaires en avril.", {"3,5 %": False}),
    ("La loi de finances prévoit 2 500 postes supplémentaires dans la police.", {"2 500 postes": False}),
    ("Météo-France prévoit jusqu'à 200 millimètres de pluie.", {"200 millimètres": True}),
    ("Le projet de loi prévoit 5 milliards d'euros d'économies l'an prochain.", {"5 milliards": True}),
    # A ceiling that may be reached.
    ("Les contrevenants s'exposent à une amende pouvant aller jusqu'à 1 500 euros.", {"1 500 euros": True}),
    ("Les économistes prévoient une hausse de 2 % du chômage.", {"2 %": True}),
    ("Le plan de la direction pourrait supprimer 300 postes.", {"300 postes": True}),
]


@pytest.mark.parametrize("text, expected", [
    # The past term of a comparison is no forecast, whatever the clause predicts.
    ("Les exportations devraient dépasser 64 milliards d'euros, contre 61,2 milliards en 2024.",
     {"64 milliards": True, "61,2 milliards": False}),
    ("La marge devrait avoisiner 18 % cette année, contre 19,5 % l'an dernier.", {"18 %": True, "19,5 %": False}),
])
def test_past_term_of_a_forecast_is_asserted(nlp: Language, text: str, expected: dict[str, bool]) -> None:
    doc = run(nlp, text, published="2025-10-14")
    for needle, hedged in expected.items():
        q = next(q for q in doc._.recoupe_quantities if needle in q["text"])
        assert q["hedged"] is hedged, (needle, q["modality"], q["hedge_cues"])


@pytest.mark.parametrize("text, expected", FIGURE_HEDGING, ids=[row[0][:60] for row in FIGURE_HEDGING])
def test_figure_hedging(nlp: Language, text: str, expected: dict[str, bool]) -> None:
    doc = run(nlp, text)
    for needle, hedged in expected.items():
        q = next((q for q in doc._.recoupe_quantities if needle in q["text"]), None)
        assert q is not None, (needle, [q["text"] for q in doc._.recoupe_quantities])
        assert q["hedged"] is hedged, (needle, q["modality"], q["hedge_cues"])


def test_hedged_and_asserted_figures_of_one_clause_are_two_claims(nlp: Language) -> None:
    text = "Au total, 132 otages restent détenus, dont au moins 25 ne seraient plus en vie."
    analysis = build_analysis(run(nlp, text), Document(id=document_id(text), path="a.txt", text=text))
    by_figure = {q.text: c for c in analysis.claims for q in c.quantities}
    held = next(c for t, c in by_figure.items() if "132" in t)
    dead = next(c for t, c in by_figure.items() if "25" in t)
    assert held is not dead and not held.hedged and dead.hedged and dead.modality == "conditional"
    assert "seraient" in dead.hedge_cues and not held.hedge_cues


def test_the_claims_of_one_clause_have_their_own_spans_and_reviews(nlp: Language) -> None:
    from recoupe.review import Review, apply_reviews

    text = "Environ 1,2 million de personnes ont manifesté mardi selon le ministère, 3 millions selon la CGT."
    analysis = build_analysis(run(nlp, text), Document(id=document_id(text), path="a.txt", text=text))
    ministry, union = sorted(analysis.claims, key=lambda c: c.start)
    assert (ministry.start, ministry.end) != (union.start, union.end)
    assert "ministère" in ministry.text and "CGT" not in ministry.text and union.text.startswith("3 millions")
    for c in analysis.claims:
        assert text[c.start:c.end] == c.text and all(c.start <= q.start < q.end <= c.end for q in c.quantities)
    for n, c in enumerate(analysis.claims):
        c.id = f"c{n}"
    # A reviewer marking one claim wrong drops that claim only.
    wrong = Review(document=union.document, target="claim", start=union.start, end=union.end, action="wrong")
    kept = apply_reviews(analysis.claims, [wrong])
    assert [c.text for c in kept] == [ministry.text]


@pytest.mark.parametrize("text, figure, window", [
    # The other term of a comparison dated apart is a claim of its own, about its own day.
    ("Le ministère a recensé 870 000 manifestants jeudi 24 avril, contre 1,12 million le 17 avril.",
     "1,12 million", ("2025-04-17", "2025-04-17")),
    ("Le ministère a recensé 870 000 manifestants jeudi 24 avril, contre 1,12 million le 17 avril.",
     "870 000", ("2025-04-24", "2025-04-24")),
    ("La direction a recensé 14 % de grévistes, contre 21 % le 10 avril.", "21 %", ("2025-04-10", "2025-04-10")),
    ("Seules 37 communes y restent soumises le 24 avril, contre 143 début avril.", "143", ("2025-04-01", "2025-04-10")),
    ("Seules 37 communes y restent soumises le 24 avril, contre 143 début avril.", "37", ("2025-04-24", "2025-04-24")),
    ("La mobilisation s'est tassée jeudi 24 avril. La CGT en a compté 2,6 millions, après 3,2 millions une "
     "semaine plus tôt.", "3,2 millions", ("2025-04-17", "2025-04-17")),
    # A figure compared with no date of its own keeps its claim's.
    ("Jeudi 24 avril, 12 000 foyers restaient privés de courant, contre 40 000 selon le gestionnaire.",
     "40 000", ("2025-04-24", "2025-04-24")),
])
def test_a_comparisons_other_term_has_its_own_window(nlp: Language, text: str, figure: str,
                                                     window: tuple[str, str]) -> None:
    doc = run(nlp, text, published="2025-04-28")
    analysis = build_analysis(doc, Document(id=document_id(text), path="a.txt", text=text, published=dt.date(2025, 4, 28)))
    claim = next(c for c in analysis.claims if any(figure in q.text for q in c.quantities))
    t = claim.event_time()
    assert t is not None and (t.from_, t.to) == window, claim
    for c in analysis.claims:
        assert text[c.start:c.end] == c.text


@pytest.mark.parametrize("text, figure, words, not_words", [
    # Each source's claim keeps its own town, told before the figure.
    ("Les cortèges ont été fournis à Marseille (16 000 selon la police, 130 000 selon les syndicats), à Lyon "
     "(21 000 selon la préfecture) et à Toulouse (18 000 selon la police).", "21 000", ["Lyon"], ["Toulouse"]),
    ("Les cortèges ont été fournis à Marseille (16 000 selon la police, 130 000 selon les syndicats), à Lyon "
     "(21 000 selon la préfecture) et à Toulouse (18 000 selon la police).", "18 000", ["Toulouse"], ["Lyon"]),
    # A source named before its figure opens its claim.
    ("Selon la préfecture, 37 communes restent en crise ; selon les agriculteurs, 60 communes.", "60 communes",
     ["selon les agriculteurs"], ["préfecture"]),
    # A comparison's other term begins at its marker.
    ("Seules 37 communes y restent soumises le 24 avril, contre 143 début avril.", "37", ["restent soumises"],
     ["contre"]),
    # Figures of one source are one claim, whatever else stands between them.
    ("Quelque 1 500 personnes, pour l'essentiel des vacanciers de trois campings, ont été évacuées, selon la "
     "préfecture.", "1 500", ["évacuées", "trois campings"], []),
])
def test_the_claims_of_a_clause_keep_their_own_words(nlp: Language, text: str, figure: str, words: list[str],
                                                     not_words: list[str]) -> None:
    analysis = build_analysis(run(nlp, text, published="2025-04-28"),
                              Document(id=document_id(text), path="a.txt", text=text, published=dt.date(2025, 4, 28)))
    claim = next(c for c in analysis.claims if any(figure in q.text for q in c.quantities))
    assert all(w in claim.text for w in words) and not any(w in claim.text for w in not_words), claim.text


# --- time roles ------------------------------------------------------------------------

TIME_ROLES = [
    # When a source spoke: a day hung on a verb of saying or publishing.
    ("Le chômage a reculé à 7,3 %, a annoncé mardi l'Insee.", "mardi", "statement"),
    ("L'OMS a fait état jeudi de 18 000 cas depuis le début de l'année.", "jeudi", "statement"),
    # The day a report was published, on its participle: when it was told, not the window.
    ("Dans une estimation actualisée publiée mardi, l'agence évalue à 1 640 le nombre de décès.", "mardi",
     "statement"),
    # The window a figure measures, even on that verb.
    ("L'OMS a fait état jeudi de 18 000 cas depuis le début de l'année.", "depuis le début de l'année", "event"),
    ("Le groupe a publié un bénéfice de 212 millions d'euros au premier semestre.", "au premier semestre", "event"),
    ("Mardi, 3 000 manifestants ont défilé à Rennes.", "Mardi", "event"),
    # The other term of a comparison, decimals and "qu'en" included.
    ("La participation atteint 66,7 %, contre 47,5 % au premier tour de 2022.", "2022", "comparison"),
    ("La liste obtient 13 sièges, soit dix de moins qu'en 2019.", "en 2019", "comparison"),
    ("La participation est de 51 %, un niveau identique à celui de 2019.", "2019", "comparison"),
    # A mean's own period is its window: "la moyenne" is a comparison only after a figure.
    ("La moyenne des températures en mars 2031 a atteint 13,2 degrés.", "mars 2031", "event"),
    # "celle de", "celui de" right after a figure: the term a gap is measured against.
    ("La récolte dépasserait encore de 4 % celle de 2028.", "2028", "comparison"),
    ("Le trafic serait supérieur de 2 % à la moyenne des cinq dernières années.", "cinq dernières années",
     "comparison"),
    # Not after a verb with no figure: what follows is of that year ("celle de 2026, au cours de
    # laquelle l'île avait recensé 16 400 cas").
    ("L'épidémie devrait dépasser celle de 2026, au cours de laquelle l'île avait recensé 16 400 cas.", "2026",
     "event"),
    # A time on a participle that describes a noun dates that noun, no figure; one on the
    # participle of the figure's own noun dates the figure.
    ("L'usine, ouverte en 1998, emploie 300 salariés.", "1998", "description"),
    ("Météo-France a relevé 40,3 °C à Lyon-Bron, un record pour ce poste de mesure ouvert en 1920.", "1920",
     "description"),
    ("Au total, 12 000 personnes évacuées mardi ont regagné leur domicile.", "mardi", "event"),
]


@pytest.mark.parametrize("text, needle, role", TIME_ROLES, ids=[f"{r[1]}:{r[0][:40]}" for r in TIME_ROLES])
def test_time_roles(nlp: Language, text: str, needle: str, role: str) -> None:
    doc = run(nlp, text)
    found = [t for t in doc._.recoupe_times if needle in t["text"]]
    assert found, (needle, [t["text"] for t in doc._.recoupe_times])
    assert found[0]["role"] == role, found[0]


def test_a_time_that_describes_a_noun_dates_no_figure(nlp: Language) -> None:
    text = "Publié le 12 mars 2026\n\nL'usine, ouverte en 1998, emploie 300 salariés."
    document = Document(id=document_id(text), path="a.txt", text=text)
    analysis = build_analysis(run(nlp, text), document)
    (claim,) = [c for c in analysis.claims if c.quantities]
    assert [q.text for q in claim.quantities] == ["300 salariés"]  # "1998" is read as a time, no figure
    assert not any("1998" in t.text for t in claim.times), claim.times


def test_a_figure_without_time_takes_the_window_of_the_articles_lead(nlp: Language) -> None:
    text = ("PARIS, 25 juillet 2024 (Reuters) - Le groupe Orvalis a fait état jeudi d'un bénéfice net de "
            "212 millions d'euros au premier semestre, en recul de 18 %.\n\nLe chiffre d'affaires s'est établi à "
            "6,4 milliards d'euros sur la période, a précisé le groupe.")
    document = Document(id=document_id(text), path="a.txt", text=text)
    analysis = build_analysis(run(nlp, text), document)
    claim = next(c for c in analysis.claims for q in c.quantities if q.text.startswith("6,4"))
    windows = [(t.from_, t.to, t.role) for t in claim.times]
    assert ("2024-01-01", "2024-06-30", "document") in windows, windows
    assert not any(t.role == "document" and t.from_ == "2024-07-25" for t in claim.times), windows


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


@pytest.mark.parametrize("text, name, key", [
    # A definite article before a name makes it a department; without one it is the town.
    ("La sécheresse frappe la Vienne, où 40 communes sont en crise.", "Vienne", "sub:FR-86"),
    ("Le sommet s'est tenu à Vienne, en Autriche.", "Vienne", "country:AT"),
    ("Les éleveurs du Gers manifestent.", "Gers", "sub:FR-32"),
    ("L'épidémie progresse en Occitanie.", "Occitanie", "sub:FR-OCC"),
])
def test_regions_and_departments_are_keyed_by_their_code(nlp: Language, text: str, name: str, key: str) -> None:
    mentions = run(nlp, text)._.recoupe_mentions
    assert any(m["text"] == name and m["key"] == key for m in mentions), mentions


def test_the_nation_is_the_state_the_headline_and_lead_are_about(nlp: Language) -> None:
    # A Belgian story that names France more often further down: "au niveau national" is Belgium.
    text = ("Canicule : la Belgique compte ses morts\n\nÀ Bruxelles, les urgences ont débordé mardi.\n\n"
            "Au niveau national, 400 décès en excès ont été recensés, selon Sciensano. En France, à Lille et à "
            "Paris, les chiffres sont attendus.\n")
    mentions = run(nlp, text)._.recoupe_mentions
    (nation,) = [m for m in mentions if m["text"] == "Au niveau national"]
    assert nation["key"] == "country:BE", mentions


@pytest.mark.parametrize("text, surface, key", [
    # The whole state, said without its name: the state the document's places lie in.
    ("La rougeole progresse à Marseille et à Lyon. Au niveau national, 664 cas ont été déclarés.",
     "Au niveau national", "country:FR"),
    ("Les pluies ont touché Naples et Rome. Dans tout le pays, 40 000 foyers sont privés de courant.",
     "Dans tout le pays", "country:IT"),
    # A region, a department or an academy named again by its kind: the last one of that kind.
    ("En Provence-Alpes-Côte d'Azur, l'ARS recense 211 cas, dont 128 dans les Bouches-du-Rhône. Une trentaine de "
     "malades ont été hospitalisés dans la région.", "région", "sub:FR-PAC"),
    ("L'Occitanie compte 87 cas, dont 40 dans l'Hérault. Dans le département, trois écoles ont fermé.",
     "département", "sub:FR-34"),
    ("Dans l'académie de Lille, 32,8 % des professeurs ont cessé le travail. Dans les lycées de l'académie, le taux "
     "atteint 22,6 %.", "académie", "loc:academie de lille"),
])
def test_a_scope_said_without_its_name_is_placed(nlp: Language, text: str, surface: str, key: str) -> None:
    mentions = run(nlp, text)._.recoupe_mentions
    found = [m for m in mentions if m["text"].lower() == surface.lower()]
    assert found and found[0]["key"] == key, mentions


@pytest.mark.parametrize("text, surface", [
    # No state to stand for: a document that names no place.
    ("Au niveau national, 664 cas ont été déclarés depuis janvier.", "Au niveau national"),
    # A kind with its name after it, or a body that speaks, points back to nothing.
    ("En Provence-Alpes-Côte d'Azur, l'ARS recense 211 cas. Dans la région de Nice, 40 malades sont hospitalisés.",
     "région"),
    ("L'Occitanie compte 87 cas, dont 40 dans l'Hérault. Selon le département, trois écoles ont fermé.",
     "département"),
    # A kind with an adjective of its own is another place than the last one named.
    ("L'Occitanie compte 87 cas, dont 40 dans l'Hérault. Dans le département voisin, 12 cas ont été recensés.",
     "département"),
    ("L'Occitanie compte 87 cas. Dans la région lyonnaise, 30 cas ont été recensés.", "région"),
])
def test_a_scope_with_nothing_to_point_back_to_is_no_place(nlp: Language, text: str, surface: str) -> None:
    mentions = run(nlp, text)._.recoupe_mentions
    assert not [m for m in mentions if m["text"].lower() == surface.lower() and m["label"] in ("LOC", "GPE")], mentions


@pytest.mark.parametrize("text, town, placed", [
    # A street, a gate or a station named after a town stands in another one.
    ("À Lille, le cortège a défilé entre la porte de Paris et le rectorat.", "Paris", False),
    ("Les bus ne desservent plus la rue de Strasbourg, à Nancy.", "Strasbourg", False),
    ("À Paris, 12 000 personnes ont défilé.", "Paris", True),
    ("Le cortège est parti de Marseille.", "Marseille", True),
])
def test_a_street_named_after_a_town_places_nothing_there(nlp: Language, text: str, town: str, placed: bool) -> None:
    mentions = run(nlp, text)._.recoupe_mentions
    assert any(m["text"] == town for m in mentions) is placed, mentions


def test_acronym_mentions_all_share_the_key(nlp: Language) -> None:
    doc = run(nlp, "L'Open Source Center (OSC) a publié une analyse. Selon l'OSC, les livraisons continuent.")
    assert len(keys_of(doc, "OSC")) == 1
    assert len([m for m in doc._.recoupe_mentions if m["text"] == "OSC"]) == 2


@pytest.mark.parametrize("text, long_form, acronym", [
    # A public body's name in lower case, then its acronym: one key for both, the long form's,
    # which another article naming the body in full without the acronym gives too.
    ("Le bilan s'élève à 310 décès, a précisé l'agence régionale de santé (ARS), qui a recensé 1 480 passages.",
     "agence régionale de santé", "ARS"),
    ("Le service départemental d'incendie et de secours (Sdis) a mené 286 interventions.",
     "service départemental d'incendie et de secours", "Sdis"),
    ("Selon la direction départementale de la protection des populations (DDPP), 40 000 canards ont été abattus.",
     "direction départementale de la protection des populations", "DDPP"),
])
def test_a_lower_case_long_form_shares_its_acronyms_key(nlp: Language, text: str, long_form: str,
                                                         acronym: str) -> None:
    doc = run(nlp, text)
    assert keys_of(doc, acronym) == keys_of(doc, long_form) == {"org:" + gazetteer.normalise_name(long_form)}


@pytest.mark.parametrize("text, named, full", [
    # A title and a surname are the person the document names in full, wherever the full name stands.
    ("Lucía Andrade arrive en tête. Mme Andrade recueille 33,4 % des suffrages.", "Mme Andrade", "Lucía Andrade"),
    ("Andrade en tête au premier tour. La candidate Lucía Andrade recueille 33,4 %.", "Andrade", "Lucía Andrade"),
    ("Mateo Villacís conteste. Pour M. Villacís, le décompte est faussé.", "M. Villacís", "Mateo Villacís"),
])
def test_a_surname_or_a_title_is_the_person_named_in_full(nlp: Language, text: str, named: str, full: str) -> None:
    doc = run(nlp, text)
    assert keys_of(doc, named) == keys_of(doc, full) == {"per:" + gazetteer.normalise_name(full)}, doc._.recoupe_mentions


def test_a_surname_two_people_share_stays_as_it_is(nlp: Language) -> None:
    doc = run(nlp, "Marie Dupont et Paul Dupont se présentent. Mme Dupont recueille 12 % des voix.")
    assert keys_of(doc, "Mme Dupont") == {"per:dupont"}, doc._.recoupe_mentions


@pytest.mark.parametrize("text, acronym", [
    # Two letters are too few to read lower-case words as a name.
    ("Le texte sera examiné en séance publique (SP) mardi.", "SP"),
    # Words whose initials do not spell it are no long form.
    ("Les données du réseau de surveillance (ARS) manquent.", "ARS"),
])
def test_no_long_form_where_the_initials_do_not_spell_it(nlp: Language, text: str, acronym: str) -> None:
    doc = run(nlp, text)
    assert all(k == "org:" + gazetteer.normalise_name(acronym) or not k.startswith("org:") for k in keys_of(doc, acronym)), \
        doc._.recoupe_mentions


@pytest.mark.parametrize("text, figure, has, lacks", [
    # A person whose role, after the name, says which body the person speaks for.
    ("« Nous attendons plus de 200 cas », a déclaré Claire Mahieu, responsable de la veille sanitaire à l'ARS.",
     "200", "org:ars", None),
    ("« Plus de 40 000 personnes ont fui », a déclaré Jens Laerke, porte-parole de l'OCHA.", "40 000",
     "org:ocha", None),
    # A region's agency is the agency, and its region no voice of its own.
    ("L'agence régionale de santé des Hauts-de-France a recensé 212 cas.", "212", None, "sub:FR-HDF"),
    # A short name is the body the document names in full with it and a place.
    ("L'ARS des Hauts-de-France a ouvert une enquête. Selon l'ARS, 212 cas ont été recensés.", "212",
     "org:ars des hauts de france", None),
    ("L'ARS Occitanie a ouvert une enquête. Selon l'ARS, 120 cas ont été recensés.", "120",
     "org:ars occitanie", None),
])
def test_a_sources_keys_name_the_body_behind_it(nlp: Language, text: str, figure: str, has: Optional[str],
                                                lacks: Optional[str]) -> None:
    source = source_of(run(nlp, text), figure)
    assert source is not None
    keys = source.get("entity_keys") or []
    assert (has is None or has in keys) and (lacks is None or lacks not in keys), keys


def test_north_and_south_korea_differ(nlp: Language) -> None:
    doc = run(nlp, "La Corée du Sud surveille la Corée du Nord.")
    south, north = keys_of(doc, "Corée du Sud"), keys_of(doc, "Corée du Nord")
    assert south and north and south.isdisjoint(north)


def test_city_key(nlp: Language) -> None:
    doc = run(nlp, "Les combats se concentrent autour de Koursk.")
    [key] = keys_of(doc, "Koursk")
    assert key.startswith("city:")


@pytest.mark.parametrize("text, surface, country, kind", [
    # A town whose name towns of several states bear is the one in a state its article names,
    # else a French one; a name whose article is its own is a town; a land after an article that
    # only a far state's town bears is no town; a body's seat is part of its name.
    ("Le pétrolier a été remorqué à Brest, dans le Finistère.", "Brest", "FR", "city"),
    ("Les manifestants ont défilé à Brest, en Biélorussie.", "Brest", "BY", "city"),
    ("À Valence, les habitants ont manifesté samedi.", "Valence", "FR", "city"),
    ("Les inondations ont frappé Valence, en Espagne.", "Valence", "ES", "city"),
    ("Les bateaux sont rentrés à La Rochelle samedi.", "Rochelle", "FR", "city"),
    ("Les galettes de fioul touchent les côtes du Léon, dans le Finistère.", "Léon", None, "loc"),
    ("L'enquête a été confiée au parquet d'Albertville.", "parquet d'Albertville", None, "org"),
    ("Le blessé a été transporté au CHU de Grenoble.", "CHU de Grenoble", None, "org"),
    # The states an article names most, by towns only one state's bear too; a capital's name a
    # town of the state named bears; an island's name whole.
    ("Québec : les inondations frappent Laval et Montréal, selon Hydro-Québec.", "Laval", "CA", "city"),
    ("Le Standard de Liège s'est imposé à Mons. Anderlecht et Bruges suivent.", "Mons", "BE", "city"),
    ("À Valence, dans la Drôme, la crue inquiète. En Espagne, la pluie cesse.", "Valence", "FR", "city"),
    ("Un accident à Vienne, en Isère, a fait deux morts.", "Vienne", "FR", "city"),
    ("À Tripoli, dans le nord du Liban, des heurts ont fait 3 morts.", "Tripoli", "LB", "city"),
    ("L'île de Man accueille 300 000 touristes.", "île de Man", "IM", "country"),
])
def test_the_town_an_article_means(nlp: Language, text: str, surface: str, country: Optional[str],
                                   kind: str) -> None:
    [m] = [m for m in run(nlp, text)._.recoupe_mentions if m["text"] == surface]
    assert (m["key"].split(":")[0], m["country"]) == (kind, country)


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
    # A yearless day soon after publication is the one to come when its verb is no past.
    ("Le texte arrive dans l'hémicycle le 2 avril.", "2 avril", "2025-04-02", "2025-04-02"),
    # A weekend told by what happened in its course: the one of the week, or the one just past
    # (published on a Wednesday, 12 March 2025).
    ("Les secours ont recueilli 148 personnes en mer au cours du week-end.", "au cours du week-end",
     "2025-03-08", "2025-03-09"),
    ("Trois accidents ont eu lieu pendant le week-end.", "pendant le week-end", "2025-03-08", "2025-03-09"),
    ("Trois concerts auront lieu pendant le week-end.", "pendant le week-end", "2025-03-15", "2025-03-16"),
    ("Le vote aura lieu le 20 mars.", "20 mars", "2025-03-20", "2025-03-20"),
    ("L'intersyndicale envisage une nouvelle journée le 25 mars.", "25 mars", "2025-03-25", "2025-03-25"),
    ("Le 20 mars, un navire a été aperçu au large.", "20 mars", "2024-03-20", "2024-03-20"),
    ("Le 20 mars, la délégation était repartie.", "20 mars", "2024-03-20", "2024-03-20"),
    # No verb to tell: the year before.
    ("Prochaine réunion du conseil : le 20 mars.", "20 mars", "2024-03-20", "2024-03-20"),
    # Far ahead, it is the year before whatever the verb ...
    ("Le vote a lieu le 20 juin.", "20 juin", "2024-06-20", "2024-06-20"),
    # ... but the one to come in the future tense, within the year.
    ("Les deux finalistes s'affronteront le 10 juin.", "10 juin", "2025-06-10", "2025-06-10"),
    ("Le procès se tiendra le 2 décembre.", "2 décembre", "2025-12-02", "2025-12-02"),
    # A bare weekday that a verb of what is to come governs is the one ahead (published on a
    # Wednesday); told in the past, or in the narrative present, it is the one before.
    ("Un train sur deux est attendu jeudi sur la ligne A.", "jeudi", "2025-03-13", "2025-03-13"),
    ("La journée de jeudi s'annonce difficile pour les usagers.", "jeudi", "2025-03-13", "2025-03-13"),
    ("La grève sera suivie lundi par les enseignants.", "lundi", "2025-03-17", "2025-03-17"),
    ("Le trafic devrait reprendre lundi matin.", "lundi", "2025-03-17", "2025-03-17"),
    ("Lundi, la grève a été suivie par 30 % des enseignants.", "Lundi", "2025-03-10", "2025-03-10"),
    ("Jeudi, le ministère annonce 12 morts.", "Jeudi", "2025-03-06", "2025-03-06"),
    ("Un train sur deux était attendu lundi.", "lundi", "2025-03-10", "2025-03-10"),
    ("Plus de 2 000 vols auraient été annulés lundi.", "lundi", "2025-03-10", "2025-03-10"),
    ("La SNCF prévoyait lundi un train sur deux.", "lundi", "2025-03-10", "2025-03-10"),
    ("Lundi, 2 000 passagers attendent toujours leur vol.", "Lundi", "2025-03-10", "2025-03-10"),
])
def test_times_resolved_against_publication(nlp: Language, text: str, phrase: str, from_: str, to: str) -> None:
    doc = run(nlp, text, published="2025-03-12")
    times = [t for t in doc._.recoupe_times if phrase in t["text"]]
    assert len(times) == 1, doc._.recoupe_times
    assert times[0]["from"].startswith(from_) and times[0]["to"].startswith(to)


@pytest.mark.parametrize("text, phrase", [
    ("La régie prévoit un trafic un peu moins dégradé que la semaine dernière.", "la semaine dernière"),
    ("Les ventes sont plus élevées qu'en 2024.", "2024"),
])
def test_a_time_a_comparative_sets_against_is_a_comparison(nlp: Language, text: str, phrase: str) -> None:
    doc = run(nlp, text, published="2025-03-12")
    [t] = [t for t in doc._.recoupe_times if phrase in t["text"]]
    assert t["role"] == "comparison", doc._.recoupe_times


def test_a_headline_weekday_is_the_one_its_body_says_is_to_come(nlp: Language) -> None:
    doc = run(nlp, "Grève à la RATP jeudi : un métro sur deux\n\nLa journée de jeudi s'annonce difficile.",
              published="2025-03-12")
    assert [(t["text"], t["from"]) for t in doc._.recoupe_times] == [("jeudi", "2025-03-13"), ("jeudi", "2025-03-13")]
    doc = run(nlp, "Séisme au Japon jeudi : au moins 40 morts\n\nLe séisme de jeudi a fait 40 morts.",
              published="2025-03-12")
    assert [t["from"] for t in doc._.recoupe_times] == ["2025-03-06", "2025-03-06"]


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


@pytest.mark.parametrize("text, phrase, window", [
    # The other term of a comparison is dated from the first one, moved back.
    ("Au 1er mars, 80 % des nappes étaient sous les normales, contre 58 % un an plus tôt.", "un an plus tôt",
     ("2024-03-01", "2024-03-01")),
    ("En décembre, 262 personnes sont mortes sur les routes, contre 248 un an auparavant.", "un an auparavant",
     ("2023-12-01", "2023-12-31")),
    ("Au deuxième trimestre, le PIB a progressé de 0,3 %, contre 0,1 % le trimestre précédent.",
     "le trimestre précédent", ("2025-01-01", "2025-03-31")),
    ("Samedi, 12 000 foyers restaient privés de courant, contre 40 000 la veille.", "la veille",
     ("2025-04-25", "2025-04-25")),
    # Without a time before it in its sentence, the phrase keeps its own reading.
    ("L'an dernier, 3 000 personnes avaient défilé.", "L'an dernier", ("2024-01-01", "2024-12-31")),
    # A day or two back alone counts back from the publication day.
    ("Les 310 salariés ont appris la veille que leur usine fermerait.", "la veille", ("2025-04-27", "2025-04-27")),
    ("Les gendarmes ont interpellé 12 personnes l'avant-veille.", "l'avant-veille", ("2025-04-26", "2025-04-26")),
    # The day the sentence before told, not the publication day, is the one "la veille" counts back from.
    ("Le 3 avril, la police a compté 40 000 manifestants. La veille, 12 000 personnes avaient défilé.", "La veille",
     ("2025-04-02", "2025-04-02")),
    # With no time in its sentence, a comparison's phrase counts back from its paragraph's day.
    ("La mobilisation s'est tassée jeudi 24 avril. La CGT en a compté 2,6 millions, après 3,2 millions une "
     "semaine plus tôt.", "une semaine plus tôt", ("2025-04-17", "2025-04-17")),
    # A phrase that names its own anchor ("un an plus tôt") dates a sentence of its own from
    # its paragraph's time, moved back ("l'an dernier" alone stays the calendar year, above).
    ("Organisée le 28 janvier, la nuit du décompte a permis de recenser 1 140 personnes sans abri. Un an plus "
     "tôt, les bénévoles en avaient compté 980.", "Un an plus tôt", ("2024-01-28", "2024-01-28")),
    ("En mars, les ventes ont atteint 12 000 véhicules. Un mois plus tôt, elles s'élevaient à 9 000.",
     "Un mois plus tôt", ("2025-02-01", "2025-02-28")),
    ("En mars, les ventes ont atteint 12 000 véhicules. Trois mois plus tôt, elles s'élevaient à 9 000.",
     "Trois mois plus tôt", ("2024-12-01", "2024-12-31")),
])
def test_comparison_dated_from_its_first_term(nlp: Language, text: str, phrase: str,
                                              window: tuple[str, str]) -> None:
    doc = run(nlp, text, published="2025-04-28")
    found = [t for t in doc._.recoupe_times if t["text"] == phrase]
    assert found, doc._.recoupe_times
    assert (found[0]["from"], found[0]["to"]) == window, found


@pytest.mark.parametrize("text", [
    # The eve of a day the text names is no day back from publication.
    "La veille de Noël, 40 000 personnes ont manifesté à Paris.",
    "À la veille des élections, 40 000 personnes ont manifesté à Paris.",
])
def test_the_eve_of_a_named_day_is_not_the_day_before_publication(nlp: Language, text: str) -> None:
    doc = run(nlp, text, published="2025-04-28")
    assert not [t for t in doc._.recoupe_times if t["from"] == "2025-04-27"], doc._.recoupe_times


def test_hyphenated_nouns_are_one_token(nlp: Language) -> None:
    doc = nlp.make_doc("L'état-major a mobilisé 80 sapeurs-pompiers et un porte-parole. A-t-il dit vrai ?")
    words = [t.text for t in doc]
    assert "état-major" in words and "sapeurs-pompiers" in words and "porte-parole" in words
    assert "-il" in words  # an inverted pronoun is still cut off



@pytest.mark.parametrize("text, published, phrase, window", [
    # "depuis" opens a period up to publication, even with words before its date.
    ("Quelque 3 200 soldats ont été blessés depuis leur arrivée au front à l'automne dernier.", "2025-04-28",
     "à l'automne dernier", ("2024-09-23", "2025-04-28")),
    ("Près de 9 000 civils ont été tués depuis le début du conflit en mars 2023.", "2025-04-28",
     "en mars 2023", ("2023-03-01", "2025-04-28")),
    ("En mars, 300 cas ont été recensés.", "2025-04-28", "En mars", ("2025-03-01", "2025-03-31")),
    # Twelve months up to a date.
    ("Les ventes ont dépassé 850 000 sur un an à fin juin.", "2025-09-10", "à fin juin", ("2024-07-01", "2025-06-30")),
    # A season written as two years; "depuis" with its date in apposition.
    ("La campagne 2024-2025 s'est achevée avec 38 millions de tonnes exportées.", "2025-07-10", "2024-2025",
     ("2024-07-01", "2025-06-30")),
    ("Depuis le début du conflit, le 3 mars 2023, 4 500 civils ont été tués.", "2025-04-28", "le 3 mars 2023",
     ("2023-03-03", "2025-04-28")),
    # A yearless date after an opener of what is to come is the next one once the last is long past.
    ("L'aide pourrait tomber à 8 dollars par mois dès le mois d'avril.", "2026-02-17", "dès le mois d'avril",
     ("2026-04-01", None)),
    ("Dès avril, 300 familles ont été relogées.", "2026-05-20", "Dès avril", ("2026-04-01", None)),
    # Weekends: the one just past early in the week, the coming one late in it.
    ("Ce week-end, 4 000 personnes ont défilé à Nantes.", "2025-04-28", "Ce week-end", ("2025-04-26", "2025-04-27")),
    ("Ce week-end, 4 000 personnes sont attendues à Nantes.", "2025-04-24", "Ce week-end",
     ("2025-04-26", "2025-04-27")),
    ("Le week-end dernier, 4 000 personnes ont défilé.", "2025-04-24", "Le week-end dernier",
     ("2025-04-19", "2025-04-20")),
])
def test_periods_since_and_weekends(nlp: Language, text: str, published: str, phrase: str,
                                    window: tuple[str, str]) -> None:
    doc = run(nlp, text, published=published)
    found = [t for t in doc._.recoupe_times if t["text"] == phrase]
    assert found, doc._.recoupe_times
    assert (found[0]["from"], found[0]["to"]) == window, found


def test_a_capitals_deed_is_no_claim_it_makes(nlp: Language) -> None:
    """"Kiev revendique 4 500 tués" is the state's figure; "Pyongyang a dévoilé un destroyer" is
    something it did, which the article reports in its own voice (a footnote number is no figure)."""
    doc = run(nlp, "En mai, Pyongyang a dévoilé un nouveau destroyer lance-missiles 2.")
    assert doc._.recoupe_sources == [None]


@pytest.mark.parametrize("text, phrase", [
    ("Le CAC 40 a reculé de 1,4 %, à 7 310 points, son plus bas niveau depuis début mars.", "depuis début mars"),
    ("La fréquentation a dépassé 2 millions de visiteurs, une première depuis 2019.", "depuis 2019"),
])
def test_a_records_since_dates_the_comparison(nlp: Language, text: str, phrase: str) -> None:
    doc = run(nlp, text, published="2025-06-20")
    found = [t for t in doc._.recoupe_times if t["text"] == phrase]
    assert found and found[0]["role"] == "comparison", doc._.recoupe_times


def test_items_of_a_list_take_the_source_that_opened_it(nlp: Language) -> None:
    text = ("Selon les chiffres publiés jeudi par le ministère de l'Agriculture, la récolte se répartit ainsi :\n"
            "- blé tendre : 31,2 millions de tonnes ;\n"
            "- orge : 10,4 millions de tonnes.\n"
            "Les exportations devraient reculer, à 9 millions de tonnes.")
    doc = run(nlp, text)
    for needle in ("31,2 millions", "10,4 millions"):
        rec = source_of(doc, needle)
        assert rec is not None and "ministère de l'Agriculture" in rec["name"], (needle, rec)
    assert source_of(doc, "9 millions") is None  # the list is over


def test_an_interviews_answers_are_the_person_interviewed(nlp: Language) -> None:
    text = ("Grippe : « L'hiver sera long »\n\n"
            "Le virologue Paul Garnier, chercheur à l'Institut Pasteur, répond à nos questions.\n\n"
            "Combien de cas attendez-vous ?\n\n"
            "Nous estimons que 2 millions de personnes consulteront pour un syndrome grippal. "
            "« Nous avons déjà 400 cas », précise un médecin de garde.")
    doc = run(nlp, text)
    rec = source_of(doc, "2 millions")
    assert rec is not None and rec["name"] == "Paul Garnier", rec
    rec = source_of(doc, "400 cas")  # in quotation marks: the speaker of the quote
    assert rec is not None and "médecin" in rec["name"], rec



# --- public offices: remit, state, described or named ----------------------------------------

@pytest.mark.parametrize("text, needle, office, country, described", [
    ("Les autorités sanitaires syriennes font état de 41 morts.", "41 morts", "health", "SY", True),
    ("Le ministère de la Santé syrien a annoncé 41 morts.", "41 morts", "health", "SY", False),
    ("Selon un porte-parole militaire, six combattants ont été tués.", "six combattants", "military", None, True),
    ("Selon les autorités, 800 000 personnes ont défilé.", "800 000", "state", None, True),
    ("Le ministère de l'Intérieur a recensé 800 000 manifestants.", "800 000", "interior", None, False),
    ("Tokyo estime à 2 000 le nombre de déplacés.", "2 000", "state", "JP", True),
    ("Selon la préfecture, 1 500 personnes ont été évacuées.", "1 500", "interior", None, True),
    ("Selon la CFDT, 2 millions de salariés ont fait grève.", "2 millions", None, None, False),
    ("Selon une source militaire, 30 soldats ont été tués.", "30 soldats", None, None, False),
])
def test_a_source_knows_the_office_it_is(nlp: Language, text: str, needle: str, office: Optional[str],
                                         country: Optional[str], described: bool) -> None:
    rec = source_of(run(nlp, text), needle)
    assert rec is not None
    assert (rec["office"], rec["country"], rec["described"]) == (office, country, described), rec["name"]


@pytest.mark.parametrize("text, surface, key", [
    # A periphrasis for a city is that city.
    ("Selon la préfecture, 48 000 personnes ont défilé dans la capitale des Gaules.", "capitale des Gaules",
     "city:2996944"),
    ("Les supporters ont envahi la cité phocéenne dès midi.", "cité phocéenne", None),
])
def test_a_periphrasis_names_its_city(nlp: Language, text: str, surface: str, key: Optional[str]) -> None:
    from recoupe import gazetteer
    found = keys_of(run(nlp, text), surface)
    expected = key or gazetteer.resolve_place("Marseille").key
    assert found == {expected}


@pytest.mark.parametrize("text, word", [
    # A participle opening a sentence, or the state in general, is no place.
    ("Attisé par le vent, le feu a parcouru 600 hectares.", "Attisé"),
    ("Le maire reproche aux services de l'État de sous-estimer le nombre d'évacués.", "État"),
])
def test_words_the_recogniser_takes_for_places_are_none(nlp: Language, text: str, word: str) -> None:
    assert keys_of(run(nlp, text), word) == set()


@pytest.mark.parametrize("text, needle, person, body", [
    # A named spokesperson's figures are the body's too: one origin with it.
    ("Le bilan reste fixé à 212 morts, a confirmé le porte-parole du Croissant-Rouge turc, Emre Kaya.",
     "212 morts", "per:emre kaya", "org:croissant rouge turc"),
    ("Selon la porte-parole de l'Unicef, Anne Martin, 300 enfants ont été déplacés.", "300 enfants",
     "per:anne martin", "org:unicef"),
    # A director speaks for himself.
    ("Selon le directeur de l'hôpital, Paul Roux, 30 blessés ont été admis.", "30 blessés", "per:paul roux", None),
])
def test_a_spokesperson_speaks_for_the_body(nlp: Language, text: str, needle: str, person: str,
                                            body: Optional[str]) -> None:
    rec = source_of(run(nlp, text), needle)
    assert rec is not None and rec["entity_keys"][0] == person
    assert rec["entity_keys"][1:] == ([body] if body else []), rec["entity_keys"]


@pytest.mark.parametrize("text, needle, key", [
    # A remit the recogniser read as a place is part of the body's name.
    ("Une frappe a fait 23 morts, selon un bilan du ministère libanais de la Santé.", "23 morts",
     "org:ministere libanais de la sante"),
    # An anonymous source of a state is not the last body of that state named.
    ("Selon le ministère libanais de la Santé, 23 personnes sont mortes. Une source sécuritaire libanaise "
     "a indiqué que le bilan pourrait dépasser 30 morts.", "30 morts", "org:source securitaire libanaise"),
    # A body of a state named after another of that state is that one ("le renseignement
    # britannique" after the ministry it belongs to).
    ("Selon le ministère britannique de la Défense, 300 soldats sont morts. Le renseignement britannique "
     "estime que 500 soldats ont été blessés.", "500 soldats", "org:ministere britannique de la defense"),
    # The owners and operators of a ship or a site speak for themselves; a figure one "situe" is one's.
    ("Entre 300 et 500 tonnes de fioul se sont échappées, selon la préfecture maritime. L'armateur assure "
     "qu'au maximum 150 tonnes ont été perdues.", "150 tonnes", "org:armateur"),
    ("Le taux d'occupation a atteint 74 %, selon le CRT. L'Insee, qui publiait ses propres données, le situe "
     "à 70,5 %.", "70,5 %", "org:insee"),
    # Figures set against each other, each "pour" its body.
    ("L'estimation diverge : 220 millions d'euros pour la douane, environ 370 millions pour le parquet.",
     "370 millions", "org:parquet"),
    ("Le taux d'occupation reste sujet à débat : 74 % pour le CRT, 70,5 % pour l'Insee.", "74 %", "org:crt"),
    # The next sentence goes on with the report of the main clause, not the agent of an aside.
    ("Le ministère de la Santé a révisé mardi le bilan : 12 personnes ont perdu la vie, deux victimes ayant "
     "été comptabilisées par le CHU de Cocody. Le nombre de blessés a été ramené à 97.", "97",
     "org:ministere de la sante"),
])
def test_the_entity_a_source_names(nlp: Language, text: str, needle: str, key: str) -> None:
    rec = source_of(run(nlp, text), needle)
    assert rec is not None and rec["entity_keys"] == [key], rec and rec["entity_keys"]


@pytest.mark.parametrize("text, needle", [
    # "pour" after a figure names no source when it names those a sum is for, a place, or when no
    # other figure of the sentence has its own.
    ("L'aide atteint 500 euros pour les familles et 300 euros pour les retraités.", "500 euros"),
    ("Le chômage atteint 7 % pour la France et 6 % pour l'Allemagne.", "7 %"),
    ("Le contrat prévoit 220 millions d'euros pour la douane.", "220 millions"),
])
def test_pour_after_a_figure_names_no_beneficiary(nlp: Language, text: str, needle: str) -> None:
    assert source_of(run(nlp, text), needle) is None


@pytest.mark.parametrize("text, needle, country", [
    # A described office of a remit is of the state of the last office of that remit named.
    ("L'armée turque a affirmé avoir visé un dépôt d'armes. Selon un porte-parole militaire, six combattants "
     "ont été tués.", "six combattants", "TR"),
    # Not "les autorités": any office may be theirs.
    ("Le ministère russe de la Défense revendique 40 drones abattus. Selon les autorités, 12 civils ont été blessés.",
     "12 civils", None),
    # Nor across remits.
    ("Le ministère turc de la Santé fait état de 30 blessés. Selon un porte-parole militaire, six combattants "
     "ont été tués.", "six combattants", None),
])
def test_a_described_office_takes_the_state_of_its_remit(nlp: Language, text: str, needle: str,
                                                         country: Optional[str]) -> None:
    rec = source_of(run(nlp, text), needle)
    assert rec is not None and rec["described"] and rec["country"] == country, rec


@pytest.mark.parametrize("text, needle", [
    # Local and independent bodies are no offices of the state.
    ("Selon l'Autorité de la concurrence, 12 entreprises ont été sanctionnées.", "12 entreprises"),
    ("Selon la police municipale, 300 personnes étaient présentes.", "300 personnes"),
])
def test_local_and_independent_bodies_are_no_offices(nlp: Language, text: str, needle: str) -> None:
    rec = source_of(run(nlp, text), needle)
    assert rec is not None and rec["office"] is None
