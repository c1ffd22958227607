"""Figures with bounds, units and rates (``recoupe.nlp.quantities.find_quantities``).

Runs on plain text, without the spaCy model. Each row of ``TABLE`` is a French sentence and
the quantities it must yield, in order: (a substring of the quantity's span, low, high,
qualifier, unit, per). ``None`` bounds mean unbounded on that side.
"""

from __future__ import annotations

import re
from typing import Optional

import pytest

from recoupe.nlp.quantities import find_quantities

NBSP = "\u00a0"
NNBSP = "\u202f"

Row = tuple[str, Optional[float], Optional[float], str, Optional[str], Optional[str]]

TABLE: list[tuple[str, list[Row]]] = [
    # A figure whose unit is left out keeps its own rate; coordinated figures share a unit.
    ("L'usine produirait 250 000 obus par mois, soit près de trois millions par an.",
     [("250 000 obus par mois", 250000, 250000, "exact", "shell", "month"),
      ("trois millions par an", 3e6, 3e6, "approx", "shell", "year")]),
    ("Un million deux cent mille soldats et trois milliards cinq cents millions d'euros.",
     [("Un million deux cent mille soldats", 1_200_000, 1_200_000, "exact", "soldier", None),
      ("trois milliards cinq cents millions d'euros", 3.5e9, 3.5e9, "exact", "eur", None)]),
    ("Les obus livrés sont des calibres 122 et 152 mm.",
     [("122", 122, 122, "exact", "mm", None), ("152 mm", 152, 152, "exact", "mm", None)]),
    # Digits with French separators.
    ("L'artillerie a reçu 16 000 obus en un mois.", [("16 000 obus", 16000, 16000, "exact", "shell", None)]),
    (f"L'artillerie a reçu 16{NBSP}000 obus.", [(f"16{NBSP}000 obus", 16000, 16000, "exact", "shell", None)]),
    (f"L'artillerie a reçu 16{NNBSP}000 obus.", [(f"16{NNBSP}000 obus", 16000, 16000, "exact", "shell", None)]),
    ("Le chantier a commandé 1.500 conteneurs.", [("1.500 conteneurs", 1500, 1500, "exact", "container", None)]),
    ("Le port a vu passer 1.500.000 obus.", [("1.500.000 obus", 1_500_000, 1_500_000, "exact", "shell", None)]),
    ("Le taux de panne atteint 4,5 % cette année.", [("4,5 %", 4.5, 4.5, "exact", "percent", None)]),
    # Number words and multipliers.
    ("Quatre navires ont quitté le port.", [("Quatre navires", 4, 4, "exact", "ship", None)]),
    ("Vingt et un soldats sont rentrés.", [("Vingt et un soldats", 21, 21, "exact", "soldier", None)]),
    ("Quatre-vingt-dix conteneurs ont été chargés.",
     [("Quatre-vingt-dix conteneurs", 90, 90, "exact", "container", None)]),
    ("Quatre-vingts combattants ont déserté.", [("Quatre-vingts combattants", 80, 80, "exact", "soldier", None)]),
    ("Soixante-dix-sept individus ont été arrêtés.",
     [("Soixante-dix-sept individus", 77, 77, "exact", "person", None)]),
    ("Le dépôt contenait deux cent mille obus.", [("deux cent mille obus", 200_000, 200_000, "exact", "shell", None)]),
    ("Trois cents soldats sont arrivés.", [("Trois cents soldats", 300, 300, "exact", "soldier", None)]),
    ("Cinq millions d'obus sortent des usines.", [("Cinq millions d'obus", 5e6, 5e6, "exact", "shell", None)]),
    ("Le pays compte 1,5 million de soldats.", [("1,5 million de soldats", 1.5e6, 1.5e6, "exact", "soldier", None)]),
    ("Le contrat atteint 1,5 milliard d'euros.", [("1,5 milliard d'euros", 1.5e9, 1.5e9, "exact", "eur", None)]),
    ("Une dizaine de cargaisons ont quitté le port.",
     [("Une dizaine de cargaisons", 10, 10, "approx", "shipment", None)]),
    ("Une centaine de conteneurs ont été repérés.",
     [("Une centaine de conteneurs", 100, 100, "approx", "container", None)]),
    # Bounds.
    ("Pyongyang aurait engrangé plus de 20 milliards de dollars.",
     [("plus de 20 milliards de dollars", 2e10, None, "more_than", "usd", None)]),
    ("Plus de 13 000 conteneurs ont transité par le port.",
     [("Plus de 13 000 conteneurs", 13000, None, "more_than", "container", None)]),
    ("Au-delà de 5 000 hommes ont été mis hors de combat.",
     [("Au-delà de 5 000 hommes", 5000, None, "more_than", "man", None)]),
    ("Le régime a fourni au moins 4 millions d'obus.",
     [("au moins 4 millions d'obus", 4e6, None, "at_least", "shell", None)]),
    ("Pas moins de 300 obus sont tombés sur la ville.",
     [("Pas moins de 300 obus", 300, None, "at_least", "shell", None)]),
    ("Kiev a reçu moins de 2 000 obus.", [("moins de 2 000 obus", None, 2000, "less_than", "shell", None)]),
    ("L'armée peut tirer jusqu'à 60 000 obus par jour.",
     [("jusqu'à 60 000 obus par jour", None, 60000, "up_to", "shell", "day")]),
    ("L'armée peut tirer jusqu’à 60 000 obus par jour.",
     [("jusqu’à 60 000 obus", None, 60000, "up_to", "shell", "day")]),
    ("Près de 16 000 conteneurs ont été expédiés.",
     [("Près de 16 000 conteneurs", 16000, 16000, "approx", "container", None)]),
    ("Environ 4 700 soldats ont été tués ou blessés.",
     [("Environ 4 700 soldats", 4700, 4700, "approx", "soldier", None)]),
    ("Quelque 11 000 soldats ont été déployés.", [("Quelque 11 000 soldats", 11000, 11000, "approx", "soldier", None)]),
    ("Le nombre est estimé à 12 000 soldats.", [("12 000 soldats", 12000, 12000, "approx", "soldier", None)]),
    # Ranges.
    ("Entre 4 et 6 millions d'obus ont été livrés.",
     [("Entre 4 et 6 millions d'obus", 4e6, 6e6, "range", "shell", None)]),
    ("De 3 à 5 millions d'obus ont été livrés.", [("De 3 à 5 millions d'obus", 3e6, 5e6, "range", "shell", None)]),
    ("Le régime a touché 2 à 3 milliards de dollars.",
     [("2 à 3 milliards de dollars", 2e9, 3e9, "range", "usd", None)]),
    ("Entre 10 et 12 000 soldats ont été envoyés.",
     [("Entre 10 et 12 000 soldats", 10000, 12000, "range", "soldier", None)]),
    ("Pyongyang a envoyé 10 à 12 000 soldats.", [("10 à 12 000 soldats", 10000, 12000, "range", "soldier", None)]),
    ("Le régime envoie 4 ou 5 navires.", [("4 ou 5 navires", 4, 5, "range", "ship", None)]),
    ("Le marché pèse entre 20 et 30 % du total.", [("entre 20 et 30 %", 20, 30, "range", "percent", None)]),
    # Vague amounts.
    ("Plusieurs milliers de soldats ont été déployés.",
     [("Plusieurs milliers de soldats", 2000, 9999, "vague", "soldier", None)]),
    ("Des dizaines de milliers de combattants sont partis.",
     [("Des dizaines de milliers de combattants", 20000, 99999, "vague", "soldier", None)]),
    ("Des dizaines de drones ont été abattus.", [("Des dizaines de drones", 20, 99, "vague", "drone", None)]),
    # Fractions and shares.
    ("La moitié des obus venait de Pyongyang.", [("La moitié", 0.5, 0.5, "exact", "ratio", None)]),
    ("Plus de la moitié des obus venait de Pyongyang.", [("Plus de la moitié", 0.5, None, "more_than", "ratio", None)]),
    ("Près de la moitié des obus est défectueuse.", [("Près de la moitié", 0.5, 0.5, "approx", "ratio", None)]),
    ("Un tiers des soldats a été blessé.", [("Un tiers", 1 / 3, 1 / 3, "exact", "ratio", None)]),
    ("Les deux tiers des obus étaient défectueux.", [("deux tiers", 2 / 3, 2 / 3, "exact", "ratio", None)]),
    ("Trois quarts des soldats sont revenus.", [("Trois quarts", 0.75, 0.75, "exact", "ratio", None)]),
    ("Moins d'un tiers des obus est arrivé.", [("Moins d'un tiers", None, 1 / 3, "less_than", "ratio", None)]),
    ("Les usines tournent à 30 % de leur capacité.", [("30 %", 30, 30, "exact", "percent", None)]),
    ("Environ 40 % des munitions viennent de Corée du Nord.", [("Environ 40 %", 40, 40, "approx", "percent", None)]),
    # Money.
    ("Le régime a gagné 20 milliards de dollars.", [("20 milliards de dollars", 2e10, 2e10, "exact", "usd", None)]),
    ("Le contrat vaut 3 M€.", [("3 M€", 3e6, 3e6, "exact", "eur", None)]),
    # A fall told after a share, or by "inférieur de", is negative; a rise stays positive.
    ("C'est 2 % de moins qu'en 2034.", [("2 %", -2, -2, "exact", "percent", None)]),
    ("La récolte est 4 % sous la moyenne.", [("4 %", -4, -4, "exact", "percent", None)]),
    ("La récolte est inférieure de 3 % à la moyenne.", [("3 %", -3, -3, "exact", "percent", None)]),
    ("La récolte est supérieure de 2 % à celle de 2034.", [("2 %", 2, 2, "exact", "percent", None)]),
    ("Il en reste 2 000 de moins.", [("2 000", 2000, 2000, "exact", None, None)]),
    ("Elles ont bondi de 75 % en moins d'un an.", [("75 %", 75, 75, "exact", "percent", None)]),
    ("En Guyane, 14,5 % vivent sous le seuil de pauvreté.", [("14,5 %", 14.5, 14.5, "exact", "percent", None)]),
    ("La commune est à 90 % sous l'eau.", [("90 %", 90, 90, "exact", "percent", None)]),
    ("La partie inférieure de 30 mètres a cédé.", [("30 mètres", 30, 30, "exact", "metre", None)]),
    # A measure's abbreviation that carries its millions.
    ("La récolte atteint 42,8 Mhl.", [("42,8 Mhl", 42.8e6, 42.8e6, "exact", "hectolitre", None)]),
    ("Pyongyang a encaissé 20 Md$.", [("20 Md$", 2e10, 2e10, "exact", "usd", None)]),
    ("L'amende atteint 500 000 euros.", [("500 000 euros", 500_000, 500_000, "exact", "eur", None)]),
    # A year and a colon before a figure are no clock: "pour 2039 : 31,6 millions de tonnes".
    ("Agreste a revu sa prévision pour 2039 : 31,6 millions de tonnes.",
     [("31,6 millions de tonnes", 31.6e6, 31.6e6, "exact", "tonne", None)]),
    ("Le régime a touché 500 000 €.", [("500 000 €", 500_000, 500_000, "exact", "eur", None)]),
    ("Le programme coûte 40 millions d'euros par an.",
     [("40 millions d'euros par an", 4e7, 4e7, "exact", "eur", "year")]),
    # Rates.
    ("La Russie tire 10 000 obus par jour.", [("10 000 obus par jour", 10000, 10000, "exact", "shell", "day")]),
    ("La Russie tire 10 000 obus chaque jour.", [("10 000 obus", 10000, 10000, "exact", "shell", "day")]),
    ("L'armée tire 10 000 obus quotidiens.", [("10 000 obus quotidiens", 10000, 10000, "exact", "shell", "day")]),
    ("La Russie a tiré 38 000 obus en l'espace de 24 heures.",
     [("38 000 obus", 38000, 38000, "exact", "shell", "day")]),
    ("Moscou a tiré 38 000 obus en 24 heures.", [("38 000 obus", 38000, 38000, "exact", "shell", "day")]),
    ("Pyongyang envoie 3 000 soldats par mois.", [("3 000 soldats", 3000, 3000, "exact", "soldier", "month")]),
    # A toll over a week is a toll, no weekly rate.
    ("Les inondations ont fait 40 morts en une semaine.", [("40 morts", 40, 40, "exact", "death", None)]),
    # What one week added is a week's count, not a step of the running total told beside it.
    ("L'agence recense 664 cas, soit une progression de 112 cas en une semaine.",
     [("664 cas", 664, 664, "exact", "case", None), ("112 cas en une semaine", 112, 112, "exact", "case", "week")]),
    ("Les usines produisent 3 millions d'obus par an.", [("3 millions d'obus", 3e6, 3e6, "exact", "shell", "year")]),
    # Unit nouns → concepts.
    ("Le navire transportait 300 conteneurs.", [("300 conteneurs", 300, 300, "exact", "container", None)]),
    ("Pyongyang a envoyé 11 000 soldats.", [("11 000 soldats", 11000, 11000, "exact", "soldier", None)]),
    ("Pyongyang a envoyé 11 000 hommes.", [("11 000 hommes", 11000, 11000, "exact", "man", None)]),
    ("Pyongyang a envoyé 11 000 combattants.", [("11 000 combattants", 11000, 11000, "exact", "soldier", None)]),
    ("La police a interpellé 40 individus.", [("40 individus", 40, 40, "exact", "person", None)]),
    ("Washington a sanctionné 25 entités.", [("25 entités", 25, 25, "exact", "organization", None)]),
    ("Le pays importe 100 000 barils par jour.", [("100 000 barils", 100_000, 100_000, "exact", "barrel", "day")]),
    ("Séoul évoque environ 500 000 roquettes.", [("environ 500 000 roquettes", 5e5, 5e5, "approx", "rocket", None)]),
    ("Le convoi comptait 30 chars.", [("30 chars", 30, 30, "exact", "tank", None)]),
    # Bare casualty nouns count people; the event (killed, wounded) is read from unit_text.
    ("Le bilan fait état de 300 morts et 2 700 blessés.",
     [("300 morts", 300, 300, "exact", "death", None), ("2 700 blessés", 2700, 2700, "exact", "injured", None)]),
    # An elided unit inherits the unit and rate of the figure before it in the sentence.
    ("La Russie tire 10 000 obus par jour, contre moins de 2 000 pour Kiev.",
     [("10 000 obus par jour", 10000, 10000, "exact", "shell", "day"),
      ("moins de 2 000", None, 2000, "less_than", "shell", "day")]),
    ("Moscou tirait de 20 000 à 50 000 obus par jour, contre 4 000 à 7 000 pour l'Ukraine.",
     [("de 20 000 à 50 000 obus par jour", 20000, 50000, "range", "shell", "day"),
      ("4 000 à 7 000", 4000, 7000, "range", "shell", "day")]),
    # A pronoun before the verb points back at the count the sentence before named; an article
    # after a preposition does not.
    ("Le nombre de manifestants fait débat. La police le chiffre à 3 000.",
     [("3 000", 3000, 3000, "exact", "protester", None)]),
    ("Le nombre de manifestants fait débat. Selon la police, 3 000 sont venus.",
     [("3 000", 3000, 3000, "exact", None, None)]),
    # The partitive "en" before a verb points back too, and so does a pronoun after an apposition
    # closed by a comma; "en" before a noun is a preposition.
    ("Le nombre d'évacués fait débat. La région en dénombre 3 100, l'État avance le chiffre de 4 500.",
     [("3 100", 3100, 3100, "exact", "evacuee", None), ("4 500", 4500, 4500, "exact", "evacuee", None)]),
    ("Le nombre d'évacués a grimpé. Le président de la région, Marco Ferrandi, l'a chiffré à 14 500.",
     [("14 500", 14500, 14500, "exact", "evacuee", None)]),
    # A count raised to a small number word; a count after a counting verb the tagger may take
    # for a noun is no footnote.
    ("Trois corps ont été extraits, portant le nombre de morts à six, a indiqué la préfecture.",
     [("Trois corps", 3, 3, "exact", "body", None), ("six", 6, 6, "exact", "death", None)]),
    ("La direction fait état de 42 lits fermés ; SUD Santé en dénombre 65, en incluant les lits de suite.",
     [("42 lits", 42, 42, "exact", "bed", None), ("65", 65, 65, "exact", "bed", None)]),
    # An age is no count a later figure leaves out.
    ("L'explosion a coûté la vie à neuf personnes, âgées de 19 à 84 ans, et en a blessé 18 autres.",
     [("neuf personnes", 9, 9, "exact", "person", None), ("19 à 84 ans", 19, 84, "range", "year", None),
      ("18", 18, 18, "exact", "person", None)]),
    # A pronoun of people and a copula before a bare figure: a count of people.
    ("Ils étaient 18 000 selon la police, 60 000 selon l'intersyndicale, à défiler jeudi.",
     [("18 000", 18000, 18000, "exact", "person", None), ("60 000", 60000, 60000, "exact", "person", None)]),
    ("Ils étaient 40 % à soutenir la réforme.", [("40 %", 40, 40, "exact", "percent", None)]),
    # A copula after what is counted, or a participle opening its sentence and the subject after
    # its comma: a count of that subject (not of a noun no one counts: "les prix sont 20 fois").
    ("Selon le Sdis, les sapeurs-pompiers étaient 230 au plus fort de l'intervention.",
     [("230", 230, 230, "exact", "firefighter", None)]),
    ("Les manifestants seraient près de 4 000 selon la police.", [("près de 4 000", 4000, 4000, "approx", "protester", None)]),
    ("Engagés à 80 peu après 3 heures du matin, les sapeurs-pompiers ont lutté toute la nuit.",
     [("80", 80, 80, "exact", "firefighter", None)]),
    ("Les loyers sont 20 fois plus élevés qu'ailleurs.", [("20 fois", 20, 20, "exact", "ratio", None)]),
    # A plural noun of counted things named before a bare whole figure in its sentence, with no
    # figure between: what it counts (not across a sentence, nor a noun one does not count).
    ("Les plaintes continuent d'affluer : près de 5 000 ont été enregistrées depuis lundi.",
     [("près de 5 000", 5000, 5000, "approx", "complaint", None)]),
    ("Parmi ces malades, 58 ont dû être hospitalisés, selon l'ARS.", [("58", 58, 58, "exact", "patient", None)]),
    ("Les élections ont été reportées. Finalement, 12 sont prévues.", [("12", 12, 12, "exact", None, None)]),
    ("Les rues sont calmes et 12 sont fermées.", [("12", 12, 12, "exact", None, None)]),
    # A fall told by its noun and a verb of level, or with "ne … que", is negative.
    ("La baisse atteint 3,4 % à Paris.", [("3,4 %", -3.4, -3.4, "exact", "percent", None)]),
    ("Le prix n'y a baissé que de 0,9 %.", [("0,9 %", -0.9, -0.9, "exact", "percent", None)]),
    ("La hausse atteint 3,4 % à Paris.", [("3,4 %", 3.4, 3.4, "exact", "percent", None)]),
    # A share listed right after a fall told by a word falls too; a fall to come is a fall.
    ("La baisse atteint 3,4 % à Paris, où le mètre carré vaut 9 280 euros, et 2,6 % en Île-de-France.",
     [("3,4 %", -3.4, -3.4, "exact", "percent", None), ("9 280 euros", 9280, 9280, "exact", "eur", None),
      ("2,6 %", -2.6, -2.6, "exact", "percent", None)]),
    ("Renault a chuté de 6 %, et Stellantis de 4,5 %.", [("6 %", -6, -6, "exact", "percent", None),
                                                           ("4,5 %", -4.5, -4.5, "exact", "percent", None)]),
    ("Les prix ont reculé de 2 %, contre une hausse de 4 % en 2035.", [("2 %", -2, -2, "exact", "percent", None),
                                                                         ("4 %", 4, 4, "exact", "percent", None)]),
    ("Le prix du gaz baissera de 6,4 % en janvier.", [("6,4 %", -6.4, -6.4, "exact", "percent", None)]),
    # (not a share of things of its own)
    ("Les ventes ont chuté de 9 %, et 25 % des voitures neuves étaient électriques.",
     [("9 %", -9, -9, "exact", "percent", None), ("25 %", 25, 25, "exact", "percent", None)]),
    # A copula of a count is no ratio's: "3 fois meilleurs".
    ("Les résultats étaient 3 fois meilleurs.", [("3", 3, 3, "exact", None, None)]),
    # A noun of the lexicon that starts with "point" is no percentage point.
    ("Nous avions 18 points d'eau, soit six de plus.", [("18 points d'eau", 18, 18, "exact", "water_point", None),
                                                         ("six", 6, 6, "exact", "water_point", None)]),
    ("Le réseau compte 640 points de vente.", [("640 points de vente", 640, 640, "exact", "shop", None)]),
    ("On comptait déjà 85 prises en charge à midi.", [("85 prises en charge", 85, 85, "exact", "patient", None)]),
    # "à l'heure de pointe" is a time, no rate per hour.
    ("Environ 250 passagers se trouvaient à bord à l'heure de pointe.",
     [("Environ 250 passagers", 250, 250, "approx", "passenger", None)]),
    # An object pronoun after a body's acronym in parentheses points back at the count named before.
    ("Le nombre de personnes évacuées a presque doublé. L'agence nationale (BNPB) en dénombrait 11 400 lundi.",
     [("11 400", 11400, 11400, "exact", "person", None)]),
    # A colon joins a sum and the next one that leaves its currency out.
    ("L'enveloppe, fixée à 30 millions d'euros : elle atteint désormais 45 millions.",
     [("30 millions d'euros", 30e6, 30e6, "exact", "eur", None), ("45 millions", 45e6, 45e6, "exact", "eur", None)]),
    # A comparison joins a count and a bare rival figure ("loin des", "mais"); a multiple or a
    # share between them is read past, and a share is still the unit of a bare figure joined to
    # it in its own sentence.
    ("Le cabinet a compté 52 000 manifestants dans le cortège mais bien loin des 250 000 revendiqués par les syndicats.",
     [("52 000 manifestants", 52000, 52000, "exact", "protester", None),
      ("250 000", 250000, 250000, "exact", "protester", None)]),
    ("L'agence recense 870 noyades ; l'association en compte trois fois plus : « au moins 2 600 ».",
     [("870 noyades", 870, 870, "exact", "drowning", None), ("trois fois plus", 3, 3, "exact", "ratio", None),
      ("au moins 2 600", 2600, None, "at_least", "drowning", None)]),
    ("Quelque 3 900 lits sont fermés, soit 3 % du total. La fédération avance le chiffre de 6 000.",
     [("Quelque 3 900 lits", 3900, 3900, "approx", "bed", None), ("3 %", 3, 3, "exact", "percent", None),
      ("6 000", 6000, 6000, "exact", "bed", None)]),
    ("Le chômage touche 7,4 % des actifs, contre 7,1 il y a un an.",
     [("7,4 %", 7.4, 7.4, "exact", "percent", None), ("7,1", 7.1, 7.1, "exact", "percent", None)]),
    # A count grouped by thousands is no label, even after a noun that numbers things; a small
    # number word after "contre" or after "en" and its verb counts what the figure before it
    # counted; a known set said to be missing or sought is a count told again.
    ("La préfecture a compté à la mi-journée 5 300 manifestants.",
     [("5 300 manifestants", 5300, 5300, "exact", "protester", None)]),
    ("Six personnes sont mortes, contre deux annoncées la veille.",
     [("Six personnes", 6, 6, "exact", "person", None), ("deux", 2, 2, "exact", "person", None)]),
    ("Paris compte sept ressortissants tués ; Rabat n'en recense que cinq.",
     [("sept ressortissants", 7, 7, "exact", "national", None), ("cinq", 5, 5, "exact", "national", None)]),
    ("Les quatre randonneurs portés disparus ont été retrouvés.",
     [("quatre randonneurs", 4, 4, "exact", "hiker", None)]),
    ("Sur les six personnes encore recherchées, deux ont été retrouvées.",
     [("six personnes", 6, 6, "exact", "person", None), ("deux", 2, 2, "exact", "person", None)]),
    # What a figure counts is read across a wrapped line, never across a blank one: a
    # headline's last figure counts nothing of the paragraph after it.
    ("Le bilan est de 38\n\nTrente et un morts ont été recensés depuis janvier.",
     [("38", 38, 38, "exact", None, None), ("Trente et un morts", 31, 31, "exact", "death", None)]),
    ("La préfecture a compté 3 000\nmanifestants à Lyon.",
     [("3 000\nmanifestants", 3000, 3000, "exact", "protester", None)]),
    # A time after the figure is no unit: it inherits the one before it.
    ("Seules 37 communes restent soumises, contre 143 début août.",
     [("37 communes", 37, 37, "exact", "municipality", None), ("143", 143, 143, "exact", "municipality", None)]),
    # Negated bounds and bounding verbs.
    ("Le pays ne peut pas importer plus de 500 000 barils par jour.",
     [("plus de 500 000 barils", None, 500_000, "at_most", "barrel", "day")]),
    ("Les livraisons ne dépassent pas 300 tonnes.", [("300 tonnes", None, 300, "at_most", "tonne", None)]),
    ("Les livraisons n'ont pas dépassé 300 tonnes.", [("300 tonnes", None, 300, "at_most", "tonne", None)]),
    ("Le pays n'a jamais reçu plus de 1 000 obus.", [("plus de 1 000 obus", None, 1000, "at_most", "shell", None)]),
    # Not excluding a bound, in a simple or a compound tense, keeps it.
    ("Les secours n'excluent pas un bilan de plus de 100 morts.",
     [("plus de 100 morts", 100, None, "more_than", "death", None)]),
    ("Les secours n'ont pas exclu un bilan de plus de 100 morts.",
     [("plus de 100 morts", 100, None, "more_than", "death", None)]),
    ("Les pertes dépasseraient 6 000 hommes.", [("6 000 hommes", 6000, None, "more_than", "man", None)]),
    ("Les pertes avoisinent 6 000 hommes.", [("6 000 hommes", 6000, 6000, "approx", "man", None)]),
    # Figures next to things that are not figures.
    ("En 2024, la Corée du Nord a envoyé 12 000 soldats en Russie.",
     [("12 000 soldats", 12000, 12000, "exact", "soldier", None)]),
    ("Le 3ème bataillon a perdu 40 hommes.", [("40 hommes", 40, 40, "exact", "man", None)]),
    ("Les 64 navires ont transporté 16 000 conteneurs.",
     [("64 navires", 64, 64, "exact", "ship", None), ("16 000 conteneurs", 16000, 16000, "exact", "container", None)]),
    ("Le pays a reçu 5 000 obus de 152 mm.",
     [("5 000 obus", 5000, 5000, "exact", "shell", None), ("152 mm", 152, 152, "exact", "mm", None)]),
]


def _check(text: str, expected: list[Row]) -> None:
    quantities, _ = find_quantities(text)
    got = [(q.text, q.low, q.high, q.qualifier, q.unit, q.per) for q in quantities]
    assert len(quantities) == len(expected), got
    for q, (sub, low, high, qualifier, unit, per) in zip(quantities, expected):
        assert sub in q.text, got
        assert (q.low is None) == (low is None) and (q.high is None) == (high is None), got
        if low is not None:
            assert q.low == pytest.approx(low, rel=1e-5), got
        if high is not None:
            assert q.high == pytest.approx(high, rel=1e-5), got
        assert (q.qualifier, q.unit, q.per) == (qualifier, unit, per), got


@pytest.mark.parametrize("text, expected", TABLE, ids=[t for t, _ in TABLE])
def test_quantities(text: str, expected: list[Row]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text", [t for t, _ in TABLE], ids=[t for t, _ in TABLE])
def test_spans_slice_the_text(text: str) -> None:
    quantities, consumed = find_quantities(text)
    for q in quantities:
        assert text[q.start:q.end] == q.text
        assert 0 <= q.start < q.end <= len(text)
    for a, b in consumed:
        assert 0 <= a < b <= len(text)


def test_rate_phrase_is_consumed_not_counted() -> None:
    text = "La Russie a tiré 38 000 obus en l'espace de 24 heures."
    quantities, consumed = find_quantities(text)
    assert [q.low for q in quantities] == [38000]  # "24 heures" is the rate, not a figure
    assert [text[a:b] for a, b in consumed] == ["en l'espace de 24 heures"]


def test_unit_as_written_is_kept() -> None:
    quantities, _ = find_quantities("Le bilan fait état de 300 morts et de 2 700 blessés, et de 40 chars.")
    assert [q.unit_text for q in quantities] == ["morts", "blessés", "chars"]


def test_inherited_unit_is_marked() -> None:
    quantities, _ = find_quantities("La Russie tire 10 000 obus par jour, contre moins de 2 000 pour Kiev.")
    assert [q.unit_inherited for q in quantities] == [False, True]
    assert quantities[1].unit_text == "obus"


def test_unit_carried_by_en_across_sentences_not_paragraphs() -> None:
    # "en" stands for what the sentence before counted; a new paragraph starts afresh.
    quantities, _ = find_quantities("La Russie a reçu 10 000 obus. Le ministre en attend 2 000 de plus.")
    assert [q.unit for q in quantities] == ["shell", "shell"] and quantities[1].unit_inherited
    quantities, _ = find_quantities("La Russie a reçu 10 000 obus.\nLe ministre en attend 2 000 de plus.")
    assert quantities[0].unit == "shell" and quantities[1].unit is None
    # Without "en", money is not carried into the next sentence: a bare count there is another thing.
    quantities, _ = find_quantities("Le budget atteint 3 milliards d'euros. Au total, 400 ont été recrutés.")
    assert quantities[1].unit != "eur"


@pytest.mark.parametrize("text, per", [
    ("On compte 350 cas pour 100 000 habitants.", "100k_inhabitants"),
    ("Le taux atteint 4,2 décès pour 1 000 naissances.", "1k_births"),
    ("La ville a réservé 20 000 places pour 62 380 places demandées.", None),  # not a population rate
    ("L'armée tire 10 000 obus par jour.", "day"),
])
def test_rates(text: str, per: Optional[str]) -> None:
    quantities, _ = find_quantities(text)
    assert quantities[0].per == per, (quantities[0].text, quantities[0].per)


@pytest.mark.parametrize("text, unit, cls, mapped", [
    ("Environ 3 000 manifestants ont défilé.", "protester", "person", True),
    ("Plus de 1 200 maisons ont été détruites.", "house", "building", True),
    ("Trente policiers ont été blessés.", "police_officer", "person", True),
    ("Les secours ont évacué 800 habitantes.", "inhabitant", "person", True),
    ("Le feu a parcouru 3 500 hectares.", "hectare", "measure", True),
    ("Il a plu 120 mm en une nuit.", "mm", "measure", True),
    ("Les vents ont atteint 190 km/h.", "km_per_hour", "km", True),                # a speed: km per hour
    ("Les capteurs ont relevé 820 µg/m3 de dioxyde de soufre.", "microgram_per_m3", "measure", True),
    ("Environ 9 000 foyers restaient privés d'électricité.", "household", "house", True),
    ("Douze foyers de grippe aviaire ont été détectés en Vendée.", "outbreak", "event", True),
    ("L'établissement compte 640 places de prison.", "prison_place", "other", True),
    ("Le contrat vaut 60 millions de dollars australiens.", "aud", "money", True),
    ("La facture atteint 1,5 Md€.", "eur", "money", True),
    # Any currency in use is money: by its noun alone when no other currency bears it, the franc
    # CFA the West African one.
    ("Une rançon de 300 millions de nairas aurait été payée.", "ngn", "money", True),
    ("Le plan coûte 40 milliards de rands.", "zar", "money", True),
    ("L'État verse une aide de 500 000 francs CFA à chaque famille.", "xof", "money", True),
    ("L'enveloppe atteint 2 millions de FCFA.", "xof", "money", True),
    # A noun of two senses in the one its article speaks of.
    ("Loup : la DDT a recensé 63 attaques depuis le 1er janvier, 412 brebis tuées.", "wolf_attack", "event", True),
    ("Carburant : 2 140 stations étaient à sec mercredi.", "petrol_station", "facility", True),
    ("Carburant : 23 stations de métro resteront fermées jeudi.", "station", "facility", True),
    ("Loup : on compte 431 victimes depuis janvier dans les troupeaux, des brebis pour la plupart.", "animal",
     "animal", True),
    ("L'incendie a fait 12 victimes, dont trois enfants.", "victim", "person", True),
    ("Le pays a exporté 12 tonnes de cacao.", "tonne", "measure", True),
    ("On a recensé 14 zébrures sur la coque.", "zébrure", None, False),
    ("398 000 Bretons ont voté.", "person", "person", True),
    ("Le club a disputé 31 matches cette saison.", "match", "event", True),  # both plurals
    ("La saisie porte sur 350 kilos de cocaïne.", "kg", "measure", True),
    ("Quelque 4 200 électrices ont voté blanc.", "voter", "person", True),        # -teur, -trice
    ("La Russie a tiré 40 missiles balistiques.", "missile", "weapon", True),     # a kind of its head
    ("Le parc compte 12 gardiens de but.", "goalkeeper", "person", True),         # not a kind of "gardien"
    ("L'hôpital dispose de 24 lits de réanimation.", "bed", "equipment", True),
    # Those who arrive, at a port or at a race's finish line, are arrivals.
    ("Le centre a accueilli 1 200 arrivants en trois jours.", "arrival", "person", True),
    ("La course a compté 14 205 finishers.", "arrival", "person", True),
])
def test_units_as_concepts(text: str, unit: str, cls: Optional[str], mapped: bool) -> None:
    quantities, _ = find_quantities(text)
    assert quantities, text
    q = quantities[0]
    assert (q.unit, q.unit_class, q.unit_mapped) == (unit, cls, mapped), (q.text, q.unit, q.unit_class)


@pytest.mark.parametrize("text, readings", [
    # A scale's noun before the figure, or after it.
    ("Un séisme de magnitude 7,1 a frappé le sud du pays.", {"7,1": "magnitude"}),
    ("L'IGP a mesuré une magnitude de 7,1 ; l'USGS a évalué la secousse à 6,9.", {"7,1": "magnitude", "6,9": "magnitude"}),
    ("L'IGP a révisé la magnitude du séisme principal à 7,0, tandis que l'USGS maintient son estimation de 6,9.",
     {"7,0": "magnitude", "6,9": "magnitude"}),
    ("Le séisme, de 6,2 sur l'échelle de Richter, a fait 12 morts.", {"6,2": "magnitude", "12 morts": "death"}),
    ("Des dizaines de répliques ont suivi, dont une de magnitude 5,4.",
     {"Des dizaines de répliques": "aftershock", "5,4": "magnitude"}),
    # Not on the scale: a value it cannot take, or a figure with a unit of its own.
    ("Le séisme de 2012 avait fait 300 morts.", {"300 morts": "death"}),
    ("Le séisme a détruit 45 maisons.", {"45 maisons": "house"}),
    ("Le tremblement de terre a frappé à 38 kilomètres de profondeur.", {"38 kilomètres": "km"}),
    # The quake named as the complement of a toll, or as the subject of another verb, reads nothing.
    ("Le bilan du séisme est passé à 9, selon la protection civile.", {"9": None}),
    ("Le séisme a touché 4 des 7 provinces du sud.", {"4 des 7 provinces": "province", "7 provinces": "province"}),
    # Nor one that is another noun's complement, whatever the verb: the toll was revised, not the quake.
    ("Le bilan du séisme a été revu à 9.", {"9": None}),
    ("Les dégâts de la secousse ont été évalués à 3.", {"3": None}),
    # The nearest noun reads the figure; a verb of reading names the quake's reading.
    ("Un séisme d'une magnitude comprise entre 6 et 6,5 a frappé la région.", {"entre 6 et 6,5": "magnitude"}),
    ("Selon l'IGP, le séisme a atteint 7,1.", {"7,1": "magnitude"}),
    # A verb after the scale's figure is no unit ("frappe", a strike).
    ("Un séisme de magnitude 7 frappe le sud du Pérou.", {"7": "magnitude"}),
    # A tornado's rating, written as the scale's code and grade; a flat's "F3" is no rating.
    ("La tornade, classée EF3 sur l'échelle de Fujita améliorée, a été reclassée EF-4.",
     {"EF3": "ef_scale", "EF-4": "ef_scale"}),
    ("Le couple a loué un F3 en centre-ville.", {}),
])
def test_readings_on_a_scale(text: str, readings: dict[str, str]) -> None:
    quantities, _ = find_quantities(text)
    assert {q.text: q.unit for q in quantities} == readings


@pytest.mark.parametrize("text, units", [
    # "puis" is no unit, and a figure it joins to the next shares that one's unit.
    ("La magnitude a été revue à 7,8 puis à 7,5.", {"7,8": "magnitude", "7,5": "magnitude"}),
    ("Le bilan est passé à 12 puis à 15 morts.", {"12": "death", "15 morts": "death"}),
    ("Des obus de calibres 122 et 152 mm.", {"122": "mm", "152 mm": "mm"}),
])
def test_a_figure_joined_to_the_next_shares_its_unit(text: str, units: dict[str, str]) -> None:
    quantities, _ = find_quantities(text)
    assert {q.text: q.unit for q in quantities} == units


@pytest.mark.parametrize("text, units", [
    # The level a change brings its subject to counts the subject, not percents.
    ("Le nombre de demandeurs d'emploi a augmenté de 1,6 % au quatrième trimestre, pour s'établir à 3 112 400.",
     {"1,6 %": "percent", "3 112 400": "jobseeker"}),
    ("Le nombre de passagers a progressé de 4 % sur un an pour atteindre 12,3 millions.",
     {"4 %": "percent", "12,3 millions": "passenger"}),
    ("Le nombre de demandeurs d'emploi en catégorie A s'élève à 3 368 700, en progression de 1,5 %.",
     {"3 368 700": "jobseeker", "1,5 %": "percent"}),
    # A level in units counts the change's subject, named at its sentence's start (after a dateline).
    ("Les immatriculations de voitures neuves ont reculé de 4,8 % en mars, à 162 340 unités.",
     {"4,8 %": "percent", "162 340 unités": "car"}),
    ("PARIS, 1er avril 2038 (AFP) - Les immatriculations ont reculé de 4,8 % en mars, à 162 340 unités.",
     {"4,8 %": "percent", "162 340 unités": "car"}),
    # (sales may be a sum: their level stays bare; a count per something is a rate; a head in
    # another clause, or another subject before the change, is not the change's)
    ("Les ventes du groupe ont reculé de 5 % au premier trimestre, à 4,2 milliards.",
     {"5 %": "percent", "4,2 milliards": None}),
    ("Le nombre d'enfants par femme a baissé de 2 % l'an dernier, à 1,62.", {"2 %": "percent", "1,62": None}),
    ("Malgré la baisse du nombre de visiteurs, le chiffre d'affaires du parc a progressé de 3 %, pour atteindre "
     "182 millions.", {"3 %": "percent", "182 millions": None}),
    ("Les agriculteurs ont vu leur revenu reculer de 8 % en 2037, à 28 400 par actif.",
     {"8 %": "percent", "28 400": None}),
    ("Le nombre d'entrées au cinéma a progressé de 8 % en mars, le prix moyen du billet augmentant de 2 %, à 7,40.",
     {"8 %": "percent", "2 %": "percent", "7,40": None}),
    ("Les immatriculations d'étudiants à l'université ont reculé de 3 % à la rentrée, à 17 800.",
     {"3 %": "percent", "17 800": "student"}),
    # (units they stay when the sentence opens on nothing counted)
    ("Le groupe a vendu 3 % de plus, à 40 000 unités.", {"3 %": "percent", "40 000 unités": "unit"}),
    # (a subject the lexicon does not count: a bare level, no percent)
    ("Le trafic a progressé de 2,1 % sur un an pour s'établir à 7 480.", {"2,1 %": "percent", "7 480": None}),
    # Guards: a level of a rate is a rate; a figure set against a change is the change's.
    ("Le taux de chômage a augmenté de 0,2 point, à 8,1 %.", {"0,2 point": "percentage_point", "8,1 %": "percent"}),
    ("Les ventes ont progressé de 4 % en mai, contre 3 en avril.", {"4 %": "percent", "3": "percent"}),
])
def test_the_level_a_change_brings_its_subject_to(text: str, units: dict[str, Optional[str]]) -> None:
    quantities, _ = find_quantities(text)
    assert {q.text: q.unit for q in quantities} == units


def test_a_count_named_after_its_figure() -> None:
    text = "L'OIM a porté à 1 390 son décompte des morts et disparus, quand l'ONG avance le chiffre de 3 600."
    quantities, _ = find_quantities(text)
    assert [(q.low, q.unit) for q in quantities] == [(1390, "death"), (3600, "death")]


@pytest.mark.parametrize("text, units", [
    # A bare sum in millions in a sentence that names a sum is in the currency of the sum before.
    ("Les clubs se sont entendus sur 75 millions d'euros. Le montant se situe entre les 70 millions annoncés par "
     "L'Équipe et les 80 millions avancés par Marca.", {"75 millions d'euros": "eur", "70 millions": "eur",
                                                         "80 millions": "eur"}),
    # Not when the sentence names no sum: two millions of what, it does not say.
    ("Le club a versé 72 millions d'euros. Quelque 2 millions ont suivi le match à la télévision.",
     {"72 millions d'euros": "eur", "Quelque 2 millions": None}),
    # Nor a figure with no scale word: "80" alone may be anything.
    ("Le club a versé 72 millions d'euros. Le montant couvre 80 joueurs.", {"72 millions d'euros": "eur",
                                                                            "80 joueurs": "player"}),
])
def test_a_bare_sum_in_a_sentence_on_a_sum(text: str, units: dict[str, Optional[str]]) -> None:
    quantities, _ = find_quantities(text)
    assert {q.text: q.unit for q in quantities} == units


def _spans(text: str, *parts: str) -> list[tuple[int, int]]:
    out = []
    for p in parts:
        i = text.index(p)
        out.append((i, i + len(p)))
    return out


def test_years_passed_as_time_spans_are_not_quantities() -> None:
    text = "La guerre dure depuis 2022 et s'est intensifiée en 2024."
    quantities, _ = find_quantities(text, skip=_spans(text, "depuis 2022", "en 2024"))
    assert quantities == []


def test_skip_spans_leave_other_figures() -> None:
    text = "En 2024, Pyongyang a envoyé 12 000 soldats."
    quantities, _ = find_quantities(text, skip=_spans(text, "En 2024"))
    assert [(q.text, q.low) for q in quantities] == [("12 000 soldats", 12000)]


NEGATIVES = [
    "La Russie et la Corée du Nord ont signé un traité en 2024.",  # a bare year
    "Le rapport date de 2019.",
    "Pyongyang est devenu le principal fournisseur de la Russie 1.",  # footnote markers
    "Le Kremlin a multiplié les offensives 4.\nLe front a bougé.",
    "Le pays dépend de la Russie 1, selon les experts.",
    "La parade du 80e anniversaire a eu lieu en mai.",  # ordinals
    "Le premier convoi est parti le 1er juin.",
    "Au XXe siècle, la Seconde Guerre mondiale a tout changé.",
    "La Russie est le 2e producteur d'obus.",
    "La Corée du Nord a lancé un sous-marin et une fusée.",  # the article
    "Un soldat est rentré chez lui.",
    "Pyongyang livre des missiles KN-23 et Moscou des Su-35 ; Kiev attend ses F-16.",  # model names
    "La Russie a installé des S-400.",
    "Les deux pays ont signé un accord.",  # references
    "Ces quatre États ont voté contre.",
    "Trois d'entre eux ont été tués.",
    "Leurs deux fils sont partis au front.",
    "Les trois frères sont partis en vacances.",  # a known set in no counted state
    "La ligne 13 du métro reste fermée.",  # a label
    "Le train de 09:14 est parti à l'heure.",  # a clock
    "Les opérateurs de quart ont donné l'alerte.",  # on watch, no quarter
    "Le conflit dure depuis 20 mois.",  # a duration inside a time phrase
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_quantities(text: str) -> None:
    quantities, _ = find_quantities(text)
    assert quantities == [], [(q.text, q.low, q.unit) for q in quantities]


def test_tagger_tells_verbs_from_unit_nouns() -> None:
    # Without a tagger "reste" could be a noun; the part of speech settles it.
    text = "Le rapport de 2019 reste la référence, 300 obus sont tombés."

    def pos_at(offset: int) -> str:
        return "VERB" if text.startswith(("reste", "sont"), offset) else "NOUN"

    quantities, _ = find_quantities(text, pos_at=pos_at)
    assert [(q.low, q.unit) for q in quantities] == [(300, "shell")]


@pytest.mark.parametrize("text, verbs, unit", [
    # "en" before a verb points back at the count the sentence before named …
    ("Le nombre d'évacués fait débat. La région en dénombre 3 100.", ("dénombre",), "evacuee"),
    # … "en" before a noun is a preposition, and the figure stays bare.
    ("Le nombre de blessés reste inconnu. Les cortèges sont partis en fin de matinée, 3 000 selon la police.",
     ("sont", "partis"), None),
])
def test_tagger_tells_the_pronoun_en_from_the_preposition(text: str, verbs: tuple[str, ...], unit: str | None) -> None:
    def pos_at(offset: int) -> str:
        return "VERB" if text.startswith(verbs, offset) else "NOUN"

    quantities, _ = find_quantities(text, pos_at=pos_at)
    assert [q.unit for q in quantities] == [unit]


# Real bugs, reported to the owner of quantities.py / numbers.py.

@pytest.mark.parametrize("text, expected", [
    ("Le pays a livré plus d'un million d'obus.", [("plus d'un million d'obus", 1e6, None, "more_than", "shell", None)]),
    ("Le pays a livré près d'un million d'obus.", [("près d'un million d'obus", 1e6, 1e6, "approx", "shell", None)]),
    ("Le contrat dépasse la valeur d'un milliard de dollars.", [("un milliard de dollars", 1e9, 1e9, "exact", "usd", None)]),
])
def test_bug_number_after_elided_de(text: str, expected: list[Row]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    ("Les pertes dépassent les 6 000 hommes.", [("6 000 hommes", 6000, None, "more_than", "man", None)]),
    ("Le coût frôle les 2 milliards d'euros.", [("2 milliards d'euros", 2e9, 2e9, "approx", "eur", None)]),
])
def test_bug_bounding_verb_with_article(text: str, expected: list[Row]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # A toll told again after "les" or "ces" is counted; "les deux pays" is a set named (above).
    ("Les cinq victimes ont été inhumées.", [("cinq victimes", 5, 5, "exact", "victim", None)]),
    ("Ces trois morts ont ému le pays.", [("trois morts", 3, 3, "exact", "death", None)]),
])
def test_a_toll_told_again_after_an_article(text: str, expected: list[Row]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # A part of the things named right after it counts those things.
    ("Trois des blessés ont été transférés à Lyon.", [("Trois des blessés", 3, 3, "exact", "injured", None)]),
    ("L'ambassade a confirmé la mort de cinq de nos compatriotes.",
     [("cinq de nos compatriotes", 5, 5, "exact", "national", None)]),
    # A part of a set a pronoun points back at counts what the paragraph counted last.
    ("Les secours ont recueilli douze migrants. Deux d'entre eux ont été hospitalisés.",
     [("douze migrants", 12, 12, "exact", "migrant", None), ("Deux", 2, 2, "exact", "migrant", None)]),
    # No counted set before it: a set named, no figure.
    ("Les deux pays ont signé. Trois d'entre eux avaient hésité.", []),
    ("Trois d'entre eux ont refusé de répondre.", []),
    # A number word, subject of its own verb after "et", counts what its sentence counted.
    ("Cinquante-deux personnes ont été hospitalisées et trois sont décédées, selon l'ARS.",
     [("Cinquante-deux personnes", 52, 52, "exact", "person", None), ("trois", 3, 3, "exact", "person", None)]),
    ("Les trois sont partis.", []),
    ("Douze migrants ont été secourus. Et deux ont été hospitalisés.",
     [("Douze migrants", 12, 12, "exact", "migrant", None)]),
])
def test_a_part_of_a_set(text: str, expected: list[Row]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text, expected", [
    # A waiting time in hours is a figure, written as a clock reads or not.
    ("Des patients ont attendu jusqu'à 30 heures sur un brancard.",
     [("jusqu'à 30 heures", None, 30, "up_to", "hour", None)]),
    ("Le temps de passage moyen a atteint 8 h 30, contre 4 h 45 l'an dernier.",
     [("8 h 30", 8.5, 8.5, "exact", "hour", None), ("4 h 45", 4.75, 4.75, "exact", "hour", None)]),
    ("Le temps de passage était encore de 7 heures ce week-end.", [("7 heures", 7, 7, "exact", "hour", None)]),
    ("Le délai d'attente a atteint au plus 9 h 15 dimanche.", [("au plus 9 h 15", None, 9.25, "at_most", "hour", None)]),
    ("Près de quatre heures se sont écoulées entre l'alerte et l'arrivée des secours.",
     [("Près de quatre heures", 4, 4, "approx", "hour", None)]),
    # A time of day stays one, waiting word or not.
    ("La réunion a commencé à 8 h 30.", []),
    ("Le délai de recours court jusqu'à 18 heures.", []),
    ("Après une longue attente, le train est arrivé à 14 h 05.", []),
])
def test_a_waiting_time(text: str, expected: list[Row]) -> None:
    _check(text, expected)


def test_bug_bound_before_vague_amount() -> None:
    _check("Le ministre estime qu'au moins plusieurs millions d'obus ont été livrés.",
           [("plusieurs millions d'obus", 2e6, None, "at_least", "shell", None)])


def test_bug_et_demi() -> None:
    _check("Le pays a livré deux millions et demi d'obus.",
           [("deux millions et demi d'obus", 2.5e6, 2.5e6, "exact", "shell", None)])


def test_no_quantity_overlaps_another() -> None:
    text = ("Selon Séoul, entre 4 et 6 millions d'obus et quelque 16 000 conteneurs ont été livrés, "
            "soit plus de la moitié des munitions ; la Russie tire 10 000 obus par jour.")
    quantities, _ = find_quantities(text)
    spans = sorted((q.start, q.end) for q in quantities)
    assert len(spans) == 4
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))
    assert re.search(r"moitié", quantities[2].text)


# The constructions of real news that the extraction issue lists: (text, [(text part, low, high,
# qualifier, unit, per)]).
NEWS_NUMBERS = [
    # Signed values, written or told by a word.
    ("Le chômage a reculé de 0,4 point, à 7,3 %.",
     [("0,4 point", -0.4, -0.4, "exact", "percentage_point", None), ("7,3 %", 7.3, 7.3, "exact", "percent", None)]),
    ("Les prix de l'énergie : —1,8 % sur un an.", [("—1,8 %", -1.8, -1.8, "exact", "percent", None)]),
    ("Les prix de l'énergie : −2,5 % en mai.", [("−2,5 %", -2.5, -2.5, "exact", "percent", None)]),
    ("Le solde net atteint -12 300 emplois.", [("-12 300 emplois", -12300, -12300, "exact", "job", None)]),
    ("Les ventes sont en baisse de 3 % au premier trimestre.", [("3 %", -3, -3, "exact", "percent", None)]),
    ("Le PIB enregistre un recul de 0,2 %.", [("0,2 %", -0.2, -0.2, "exact", "percent", None)]),
    ("La production a progressé de +2,1 %.", [("+2,1 %", 2.1, 2.1, "exact", "percent", None)]),
    ("Il a fait -6 °C à Erzurum.", [("-6 °C", -6, -6, "exact", "celsius", None)]),
    ("Le solde s'établit à − 0,4 %.", [("− 0,4 %", -0.4, -0.4, "exact", "percent", None)]),  # the minus sign may stand apart
    # A dash and a space, or a dateline's dash, are punctuation, not a sign.
    ("PARIS (AFP) - 3 000 manifestants ont défilé mardi.",
     [("3 000 manifestants", 3000, 3000, "exact", "protester", None)]),
    ("RENNES (AFP) -3 000 manifestants ont défilé mardi.",
     [("3 000 manifestants", 3000, 3000, "exact", "protester", None)]),
    ("Bilan de la nuit :\n- 3 morts\n- 12 blessés",
     [("3 morts", 3, 3, "exact", "death", None), ("12 blessés", 12, 12, "exact", "injured", None)]),
    # Ratios of a small whole.
    ("Un électeur sur deux s'est abstenu.", [("Un électeur sur deux", 0.5, 0.5, "exact", "ratio", None)]),
    ("La SNCF prévoit deux trains sur trois jeudi.", [("deux trains sur trois", 0.6667, 0.6667, "exact", "ratio", None)]),
    ("Moins d'un votant sur deux s'est déplacé.", [("Moins d'un votant sur deux", None, 0.5, "less_than", "ratio", None)]),
    ("L'abstention n'a pas dépassé un électeur sur quatre.",
     [("un électeur sur quatre", None, 0.25, "at_most", "ratio", None)]),
    ("Près de neuf conducteurs de métro sur dix sont en grève.",
     [("Près de neuf conducteurs de métro sur dix", 0.9, 0.9, "approx", "ratio", None)]),
    # Parts of a whole keep the whole.
    ("La pluie touche 17 des 18 départements.",
     [("17 des 18 départements", 17, 17, "exact", "department", None), ("18 départements", 18, 18, "exact", "department", None)]),
    ("Le RN obtient 289 députés sur 577.",
     [("289 députés", 289, 289, "exact", "mp", None), ("577", 577, 577, "exact", "mp", None)]),
    # Fractions.
    ("Les 3/4 des votants ont dit oui.", [("3/4", 0.75, 0.75, "exact", "ratio", None)]),
    ("La réunion a duré 2 1/4 heures.", [("2 1/4 heures", 2.25, 2.25, "exact", "hour", None)]),
    ("On a livré deux douzaines de caisses.", [("deux douzaines de caisses", 24, 24, "exact", "crate", None)]),
    ("Le chiffre d'affaires a plus que triplé, soit près d'un sixième du marché.",
     [("près d'un sixième", 1 / 6, 1 / 6, "approx", "ratio", None)]),
    ("Le bénéfice a été divisé par deux.", [("divisé par deux", 2, 2, "exact", "factor", None)]),
    ("Les arrivées ont été deux fois plus nombreuses.", [("deux fois plus", 2, 2, "exact", "ratio", None)]),
    # A multiplier and a currency carried over.
    ("Le club a payé 60 millions d'euros, dont 15 en bonus.",
     [("60 millions d'euros", 60e6, 60e6, "exact", "eur", None), ("15", 15e6, 15e6, "exact", "eur", None)]),
    ("Le préjudice atteint 60 M€, dont 15 pour l'État.",
     [("60 M€", 60e6, 60e6, "exact", "eur", None), ("15", 15e6, 15e6, "exact", "eur", None)]),
    # Bounds of news style.
    ("L'inflation reste sous les 3 %.", [("sous les 3 %", None, 3, "less_than", "percent", None)]),
    ("Le taux est repassé au-dessus de 2,5 %.", [("au-dessus de 2,5 %", 2.5, None, "more_than", "percent", None)]),
    ("Des rafales pouvant atteindre 130 km/h sont attendues.",
     [("pouvant atteindre 130 km/h", None, 130, "up_to", "km_per_hour", "hour")]),
    # A ceiling a sum may be raised to, or may reach.
    ("Le club a versé 72 millions d'euros, une somme qui pourra être portée à 85 millions d'euros.",
     [("72 millions d'euros", 72e6, 72e6, "exact", "eur", None),
      ("pourra être portée à 85 millions d'euros", None, 85e6, "up_to", "eur", None)]),
    ("L'enveloppe, pouvant être portée à 40 millions d'euros, sera votée jeudi.",
     [("pouvant être portée à 40 millions d'euros", None, 40e6, "up_to", "eur", None)]),
    ("Les dégâts sont susceptibles d'atteindre 2 milliards d'euros.",
     [("susceptibles d'atteindre 2 milliards d'euros", None, 2e9, "up_to", "eur", None)]),
    # The number of a channel's name is no figure: "France 24", "Europe 1".
    ("« On compte 800 familles », a raconté à France 24 Julie Martin, de l'OIM.",
     [("800 familles", 800, 800, "exact", "family", None)]),
    ("Le bilan a franchi lundi la barre des 1 000 morts.", [("1 000 morts", 1000, None, "more_than", "death", None)]),
    ("Les sommes n'excéderaient pas 9 millions d'euros.", [("9 millions d'euros", None, 9e6, "at_most", "eur", None)]),
    ("Les drones ont été abattus au-dessus de sept régions.", [("sept régions", 7, 7, "exact", "region", None)]),
    ("La démarche a pris quatre mois et demi.", [("quatre mois et demi", 4.5, 4.5, "exact", "month", None)]),
    ("Les peines vont de un à cinq ans de prison.", [("de un à cinq ans", 1, 5, "range", "year", None)]),
    ("La marge sera comprise entre 5 % et 5,5 %.", [("entre 5 % et 5,5 %", 5, 5.5, "range", "percent", None)]),
    # Small counts that are counts.
    ("Quinze blessés ont été hospitalisés, dont six grièvement.",
     [("Quinze blessés", 15, 15, "exact", "injured", None), ("six", 6, 6, "exact", "injured", None)]),
    ("07h40 - Trente-deux communes sont toujours inondées.",
     [("Trente-deux communes", 32, 32, "exact", "municipality", None)]),
    # A sign with a multiplier; coins; prices per litre, per square metre.
    ("Le solde commercial s'établit à -6,4 milliards d'euros en mai.",
     [("-6,4 milliards d'euros", -6.4e9, -6.4e9, "exact", "eur", None)]),
    ("Le gazole a pris 4 centimes en une semaine.", [("4 centimes", 0.04, 0.04, "exact", "eur", None)]),
    ("Le gazole se vendait 1,68 euro le litre.", [("1,68 euro", 1.68, 1.68, "exact", "eur", "litre")]),
    ("À Lyon, l'ancien se négocie 4 650 euros le mètre carré.",
     [("4 650 euros", 4650, 4650, "exact", "eur", "m2")]),
    # Points of an index, of base, of percentage; the number in an index's name.
    ("Le CAC 40 a terminé en baisse de 1,1 %, à 7 412 points.",
     [("1,1 %", -1.1, -1.1, "exact", "percent", None), ("7 412 points", 7412, 7412, "exact", "index_point", None)]),
    ("La banque centrale a relevé son taux de 25 points de base.",
     [("25 points de base", 25, 25, "exact", "basis_point", None)]),
    # What a bare figure counts, from its clause: "le nombre de …", "sur les N".
    ("Le nombre de chômeurs a encore augmenté, à 142 000.",
     [("142 000", 142000, 142000, "exact", "unemployed", None)]),
    ("L'hôpital a fermé 42 lits sur les 310 qu'il compte.",
     [("42 lits", 42, 42, "exact", "bed", None), ("310", 310, 310, "exact", "bed", None)]),
    ("On parle de « près de 9 000 » manifestants dans la ville.",
     [("près de 9 000", 9000, 9000, "approx", "protester", None)]),
    # "sous la barre des" bounds any count; an age band is not one.
    ("La durée moyenne passe sous la barre des cinq nuits.",
     [("sous la barre des cinq nuits", None, 5, "less_than", "night", None)]),
    ("La couverture atteint 52 % chez les 65 ans et plus.", [("52 %", 52, 52, "exact", "percent", None)]),
    # "l'an" is no litre.
    ("La CGT revendique 25 000 manifestants, contre 32 000 l'an dernier.",
     [("25 000 manifestants", 25000, 25000, "exact", "protester", None),
      ("32 000", 32000, 32000, "exact", "protester", None)]),
]


@pytest.mark.parametrize("text, expected", NEWS_NUMBERS, ids=[row[0][:50] for row in NEWS_NUMBERS])
def test_news_numbers(text: str, expected: list[Row]) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text", [
    # Clock times are times, labels are names, age bands are not counts.
    "Le cortège est parti à 14 heures et s'est dispersé vers 18h30.",
    "Mis à jour à 09:14, publié à 08h52",
    "Le gouvernement a recouru à l'article 49.3.",
    "La circulation est coupée sur l'A7 et la RN 113.",
    "La résolution 2397 du Conseil de sécurité reste en vigueur.",
    "Les gilets jaunes ont défilé pour l'acte 2.",
    "Le chômage des moins de 25 ans a augmenté.",
    "Le taux d'emploi des 15-64 ans reste stable.",
    "Les Vingt-Sept se réunissent à Bruxelles.",
    "Le club joue en Ligue 1 depuis 2019.",
    "Les deux pays ont signé un accord.",
    "Leurs deux fils sont partis au front.",
    "Les trois frères sont partis en vacances.",  # a known set in no counted state
    "La ligne 13 du métro reste fermée.",  # a label
    "Le train de 09:14 est parti à l'heure.",  # a clock
    "Les opérateurs de quart ont donné l'alerte.",  # on watch, no quarter
])
def test_news_not_quantities(text: str) -> None:
    quantities, _ = find_quantities(text)
    assert quantities == [], [q.text for q in quantities]


def test_the_count_noun_lexicon() -> None:
    """The lexicon is a plain table: at least 600 nouns of news, each with a short English
    concept and one of a closed set of classes, no noun twice."""
    import csv
    from pathlib import Path

    import recoupe.lang.fr as fr

    path = Path(fr.__file__).with_name("count_nouns.tsv")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) >= 600
    classes = {"person", "event", "document", "organization", "vehicle", "animal", "other", "place", "building",
               "facility", "equipment", "product", "weapon", "infrastructure", "money", "job", "case", "vote",
               "munition", "food", "plant", "seat", "class", "house", "ship"}
    lemmas = [r["lemma"] for r in rows]
    assert len(lemmas) == len(set(lemmas)), sorted({x for x in lemmas if lemmas.count(x) > 1})
    for r in rows:
        assert r["class"] in classes, r
        assert r["concept"] and r["concept"].isascii() and r["concept"] == r["concept"].lower() \
            and " " not in r["concept"], r
        assert all(p.strip() for p in r["plural"].split("|")), r


@pytest.mark.parametrize("text", [
    "Selon la police, 3 000 000 000 000 000 personnes ont manifesté.",
    "Le compteur affiche 99999999999999999999999999 visites.",
])
def test_no_figure_beyond_a_million_billion(text: str) -> None:
    assert find_quantities(text)[0] == []


def test_a_noun_of_two_senses_takes_the_one_its_surroundings_speak_of() -> None:
    outbreaks, _ = find_quantities("Un cas de grippe aviaire a été confirmé lundi. Au total, 9 foyers sont recensés.")
    households, _ = find_quantities("Après la tempête, 9 000 foyers restaient privés d'électricité.")
    assert [q.unit for q in outbreaks] == ["outbreak"] and [q.unit for q in households] == ["household"]



@pytest.mark.parametrize("text, units", [
    # A sum named by what it is takes the currency of the sum before it in its sentence, and a
    # bare figure after it takes that currency too.
    ("Le contrat atteint 80 millions d'euros, dont 20 millions de bonus, quand le club parle de 70 millions hors bonus.",
     ["eur", "eur", "eur"]),
    ("Le prêt s'élève à 500 millions de dollars, dont 50 millions de subventions.", ["usd", "usd"]),
    # Without a currency in its sentence, it stays what it is.
    ("Le budget atteint 40 millions d'euros. Il comprend 2 millions de primes.", ["eur", "bonus"]),
    ("L'État versera 3 millions de subventions aux communes.", ["subsidy"]),
])
def test_a_sum_takes_the_currency_of_its_sentence(text: str, units: list[str]) -> None:
    quantities, _ = find_quantities(text)
    assert [q.unit for q in quantities] == units
    assert all(q.unit_class == "money" for q in quantities)


@pytest.mark.parametrize("text, units", [
    # A headline figure without its unit has the unit of the same figure in the body.
    ("Mercato : Lyon avance le chiffre de 42 millions hors bonus\n\nLe club a annoncé un transfert de "
     "42 millions d'euros hors bonus.\n", ["eur", "eur"]),
    ("Grève : 38 % selon la direction\n\nLa direction a recensé 38 % de grévistes, les syndicats 60 %.\n",
     ["percent", "percent", "percent"]),
    # A body figure of another value gives it nothing.
    ("Mercato : Lyon avance le chiffre de 42 millions\n\nLe club a annoncé un transfert de 40 millions d'euros.\n",
     [None, "eur"]),
])
def test_a_headline_figure_takes_the_unit_of_the_same_figure_in_the_body(text: str, units: list) -> None:
    quantities, _ = find_quantities(text)
    assert [q.unit for q in quantities] == units


@pytest.mark.parametrize("text, units", [
    # "en" points back to things counted, past a length or a time told between them.
    ("Le parcours a attiré près de 250 000 spectateurs tout au long des 42,195 km. La préfecture en a compté "
     "environ 110 000.", {"près de 250 000 spectateurs": "spectator", "42,195 km": "km", "environ 110 000": "spectator"}),
    ("Plus de 3 000 coureurs ont pris le départ pour 6 heures de course. Les organisateurs en ont recensé 2 800 à "
     "l'arrivée.", {"Plus de 3 000 coureurs": "runner", "2 800": "runner"}),
    # (A volume or a mass is counted: "en" may point back to it.)
    ("La récolte atteint 4,2 millions d'hectolitres. Le CIVB en attendait 3,9 millions.",
     {"4,2 millions d'hectolitres": "hectolitre", "3,9 millions": "hectolitre"}),
    # "évaluer à N le nombre de X", the figure quoted.
    ("La mairie évalue à « près de 250 000 » le nombre de spectateurs.",
     {"près de 250 000 » le nombre de spectateurs": "spectator"}),
    # A participle of telling after a figure told again is no unit.
    ("Le plan concernerait finalement 371 postes, au lieu des 412 annoncés à la rentrée.",
     {"371 postes": "job", "412": "job"}),
])
def test_a_figure_told_again_takes_the_unit_of_what_was_counted(text: str, units: dict[str, str]) -> None:
    quantities, _ = find_quantities(text)
    assert {q.text: q.unit for q in quantities} == units


@pytest.mark.parametrize("text, unit", [
    ("Le prêt atteint 3 000 ARS.", "ars"),
    ("Le prêt atteint 9 M ARS.", "ars"),
    # an ISO code is written in capitals: a month, a word, are no currency
    ("Le vote aura lieu le 9 mars.", None),
])
def test_an_iso_code_is_a_currency_only_in_capitals(text: str, unit: Optional[str]) -> None:
    quantities, _ = find_quantities(text)
    assert quantities[0].unit == unit
