"""French unit nouns mapped to the ledger's unit concepts, currencies and rate phrases.

Plain tables. ``UNIT_NOUNS`` keys are singular lower-case nouns (the parser also tries the
word without a final "s"/"x"); values are the short English concept the ledger stores.
A noun that is not listed is kept as written, so the ledger still shows what was counted.
"""

import csv
from datetime import date
from pathlib import Path

from babel import Locale
from babel.numbers import get_territory_currencies
from babel.units import format_unit

from recoupe.nlp.textnorm import fold


def _count_nouns() -> dict[str, tuple[str, str, str]]:
    """``count_nouns.tsv``: every form (singular and plural, folded) → (lemma, concept, class)."""
    out: dict[str, tuple[str, str, str]] = {}
    with (Path(__file__).with_name("count_nouns.tsv")).open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        entry = (row["lemma"], row["concept"], row["class"])
        out.setdefault(fold(row["lemma"]), entry)
        for plural in row["plural"].split("|"):  # "matchs|matches": both spellings are in use
            out.setdefault(fold(plural), entry)
    # The feminine of people's nouns, which the table lists in the masculine: "blessées",
    # "manifestantes", "infirmières". Written forms already in the table keep their entry.
    for row in rows:
        if row["class"] != "person" or " " in row["lemma"]:
            continue
        entry = (row["lemma"], row["concept"], row["class"])
        for fem in _feminines(fold(row["lemma"])):
            out.setdefault(fem, entry)
            out.setdefault(fem + "s", entry)
    return out


def _feminines(masculine: str) -> tuple[str, ...]:
    """The feminine forms of a noun of people (folded): "électeur" → "électrice" (and
    "électeuse", which no one writes and costs nothing), "chanteur" → "chanteuse"."""
    for masc, fems in (("ien", ("ienne",)), ("teur", ("trice", "teuse")), ("eur", ("euse",)), ("ier", ("ière",)),
                       ("if", ("ive",)), ("on", ("onne",)), ("el", ("elle",)), ("et", ("ette",))):
        if masculine.endswith(masc):
            return tuple(masculine[: len(masculine) - len(masc)] + fem for fem in fems)
    if masculine.endswith(("é", "ant", "ent", "ais", "ois", "in", "ain", "al", "u", "i", "t", "d")):
        return (masculine + "e",)
    return ()


# The lexicon of counted nouns: "manifestants" → ("manifestant", "protester", "person").
COUNT_NOUNS = _count_nouns()
# Hyphenated nouns the tokenizer keeps whole, as the model was taught them: "état-major",
# "sapeurs-pompiers", "porte-parole" (spaCy's rules would cut them at the hyphen).
HYPHENATED_WORDS = frozenset({w for w in COUNT_NOUNS if "-" in w and " " not in w} | {
    "état-major", "états-majors", "chef-lieu", "chefs-lieux", "après-midi", "week-end", "week-ends",
    "vice-président", "vice-présidente", "vice-présidents", "porte-parole", "sous-préfet", "sous-préfète",
    "sous-préfecture", "sous-préfectures", "contre-offensive", "contre-offensives", "contre-attaque",
    "contre-attaques", "cessez-le-feu", "pare-feu", "ex-président", "ex-ministre"})

# Measures one reads, never counts: a bare figure "en" points back to ("la préfecture en a compté
# 110 000") is no length, temperature or speed told before it.
NOT_COUNTED_MEASURES = ("km", "metre", "cm", "mm", "mile", "nautical_mile", "celsius", "km_per_hour", "m_per_s",
                        "knot", "l_per_100km")
# Rate phrases that tell what a period added: a count's rate ("112 cas en une semaine"), but a
# sum's change ("le gazole a pris 4 centimes en une semaine"), no weekly sum.
ADDED_OVER_PHRASES = ("en une semaine", "en une seule semaine", "en l'espace d'une semaine")
# Nouns of growth right before a count that make such a phrase its period: "une progression de
# 112 cas en une semaine".
GROWTH_NOUNS = ("progression", "hausse", "augmentation", "bond", "accroissement", "envolée")
# Measurement units, written as CLDR writes them in French (long, short and narrow forms,
# singular and plural), mapped to the ledger's concept.
MEASURE_UNITS = {
    "area-hectare": "hectare", "area-square-kilometer": "km2", "area-square-meter": "m2",
    "mass-tonne": "tonne", "mass-kilogram": "kg", "mass-gram": "g", "volume-liter": "litre",
    "volume-hectoliter": "hectolitre", "volume-cubic-meter": "m3", "volume-barrel": "barrel",
    "length-kilometer": "km", "length-meter": "metre", "length-centimeter": "cm",
    "length-millimeter": "mm", "length-mile": "mile", "length-nautical-mile": "nautical_mile",
    "temperature-celsius": "celsius", "speed-kilometer-per-hour": "km_per_hour",
    "speed-meter-per-second": "m_per_s", "speed-knot": "knot", "energy-kilowatt-hour": "kwh",
    "power-watt": "watt", "power-kilowatt": "kw", "power-megawatt": "mw", "power-gigawatt": "gw",
    "consumption-liter-per-100-kilometer": "l_per_100km",
}
# Units news uses that CLDR lacks: larger energy amounts, "degrés" alone.
EXTRA_MEASURES = {
    "mégawattheure": "mwh", "mégawattheures": "mwh", "mwh": "mwh", "gigawattheure": "gwh",
    "gigawattheures": "gwh", "gwh": "gwh", "térawattheure": "twh", "térawattheures": "twh", "twh": "twh",
    "degré": "celsius", "degrés": "celsius", "°": "celsius", "km²": "km2", "km2": "km2", "m²": "m2",
    "m2": "m2", "km/h": "km_per_hour", "km / h": "km_per_hour", "nœuds": "knot", "noeuds": "knot",
    "tonnes-équivalent co2": "tonne_co2", "tonnes d'équivalent co2": "tonne_co2",
    "millions de tonnes": "tonne", "kilo": "kg", "kilos": "kg",
    "µg/m3": "microgram_per_m3", "µg/m³": "microgram_per_m3", "μg/m3": "microgram_per_m3",
    "μg/m³": "microgram_per_m3", "microgrammes par mètre cube": "microgram_per_m3",
    "microgramme par mètre cube": "microgram_per_m3", "mg/l": "mg_per_litre", "mg/m3": "mg_per_m3",
    "mg/m³": "mg_per_m3", "ppm": "ppm", "tep": "toe", "teq co2": "tonne_co2",
    "m3": "m3", "m³": "m3", "mètres cubes": "m3", "mètre cube": "m3", "kilocalories": "kcal",
    "kilocalorie": "kcal", "kcal": "kcal",
    # a harvest's millions, abbreviated: "42,8 Mhl" ("Mt" is left alone: megatonnes of a
    # warhead as well as millions of tonnes of CO2 equivalent)
    "mhl": "hectolitre",
}
# Measurement abbreviations that carry a multiplier: "42,8 Mhl" is 42,8 millions d'hectolitres.
SCALED_MEASURES = {"mhl": 1_000_000}
# Concepts of a noun with two senses, read from the words around it (within a few hundred
# characters): "12 foyers" in a piece on bird flu are outbreaks, not households.
SENSES_BY_CONTEXT = {
    "household": ("outbreak", "event", ("grippe aviaire", "influenza", "épizootie", "épidémie", "foyers infectieux",
                                        "virus", "abattage", "abattus", "rougeole", "choléra", "contamination")),
    # "(431 victimes)" beside "412 animaux tués" are animals too
    "victim": ("animal", "animal", ("brebis", "ovins", "troupeau", "bétail", "animaux tués", "bêtes tuées",
                                    "animaux morts", "bêtes mortes")),
    # "63 attaques" in a piece on wolves are the wolves' attacks (as "79 attaques de loup")
    "attack": ("wolf_attack", "event", ("loups", " loup ", " loup,", " loup.", "loup :", "prédation")),
    # "2 140 stations à sec" in a piece on fuel are filling stations
    "station": ("petrol_station", "facility", ("stations-service", "station-service", "stations service",
                                               "station service", "carburant", "gazole", "essence", "pompe")),
    # "318 000 entrées" in a piece on a film, a show or a museum are its spectators (not the
    # entries of migrants into a country)
    "entry": ("admission", "person", ("cinéma", "film", "box-office", "spectateurs", "exposition", "musée",
                                      "festival", "concert", "billetterie", "salles obscures")),
}
# Words of a figure's own phrase that keep its noun's sense: "23 stations de métro" in a piece on
# fuel, "12 attaques de drones" in one on wolves.
SENSES_KEPT_BY = {"station": ("de métro", "de ski", "de mesure", "d'épuration", "balnéaire", "de radio", "de pompage",
                              "de tramway", "de rer", "spatiale", "thermale", "de sports d'hiver", "de recharge"),
                  "entry": ("irrégulière", "illégale", "clandestine", "sur le territoire", "dans l'union",
                            "aux frontières", "sur le sol", "en europe", "dans l'ue", "de véhicule", "de camion",
                            "en ehpad", "aux urgences", "à l'hôpital", "en réanimation", "à l'université"),
                  "attack": ("de drone", "au couteau", "terroriste", "informatique", "de requin", "de chien", "à l'arme")}
# Readings on a scale, whose noun stands before the figure ("un séisme de magnitude 7,1",
# "l'USGS a évalué la secousse à 6,9") or after it ("7,1 sur l'échelle de Richter"): the noun
# and the scale's concept.
SCALE_NOUNS_BEFORE = {"magnitude": "magnitude", "secousse": "magnitude", "séisme": "magnitude",
                      "tremblement de terre": "magnitude"}
SCALE_WORDS_AFTER = {"sur l'échelle de richter": "magnitude", "sur l'échelle ouverte de richter": "magnitude"}
# Nouns of a sum: a bare "80 millions" in a sentence that names one is money, in the currency
# of the sum before it ("Le montant se situe entre les 70 millions annoncés par L'Équipe et
# les 80 millions avancés par Marca").
SUM_NOUNS = ("montant", "somme", "prix", "coût", "indemnité", "enveloppe", "budget", "facture", "chèque",
             "rançon", "amende", "salaire", "rémunération", "offre", "valorisation")
# Of those nouns, the events a scale reads (not the scale itself): their figure follows "de"
# ("un séisme de 7,1") or a verb of reading ("l'USGS a évalué la secousse à 6,9", "le séisme a
# atteint 7,1"); not "le bilan du séisme est passé à 9", "le séisme a touché 4 des 7 provinces".
SCALE_EVENT_NOUNS = ("secousse", "séisme", "tremblement de terre")
# Words before an event noun that make it the complement of another noun ("le bilan du séisme",
# "les dégâts de la secousse"): the figure is that noun's, not a reading of the event.
SCALE_EVENT_COMPLEMENT = ("du", "de la", "de l'", "des", "d'un", "d'une")
SCALE_VERBS = ("évalu", "estim", "mesur", "révis", "revu", "atteint", "chiffr", "établi", "enregistr")
# Coins counted as such are amounts of their currency: "trois centimes" is 0,03 euro.
SUBUNITS = {"cent": ("eur", 0.01)}
# Speeds are rates: the ledger keeps the speed as the unit, the distance as its class and the
# time as the rate's unit, as for "6 tonnes par jour" (unit, class, per).
RATE_UNITS = {"km_per_hour": ("km_per_hour", "km", "hour"), "m_per_s": ("m_per_s", "metre", "second")}


def _measures() -> dict[str, str]:
    fr = Locale("fr")
    out: dict[str, str] = {}
    for unit, concept in MEASURE_UNITS.items():
        for length in ("long", "short", "narrow"):
            for count in (1, 2):
                try:
                    written = format_unit(count, unit, length=length, locale=fr)
                except (KeyError, ValueError):
                    continue
                form = written.replace(str(count), "", 1).strip()
                if form:
                    out.setdefault(fold(form), concept)
    for form, concept in EXTRA_MEASURES.items():
        out.setdefault(fold(form), concept)
    return out


MEASURES = _measures()

# The usual currency of a bare noun: "dollars" alone are US dollars in French news.
BARE_CURRENCIES = {"dollar": "usd", "euro": "eur", "livre sterling": "gbp", "yen": "jpy", "yuan": "cny",
                   "won": "krw", "rouble": "rub", "roupie": "inr", "hryvnia": "uah", "franc suisse": "chf",
                   "shekel": "ils", "livre": "gbp",
                   # the West African franc, the one of most French news (Senegal, Côte d'Ivoire, Mali)
                   "franc cfa": "xof", "francs cfa": "xof", "fcfa": "xof"}


def _currencies() -> tuple[dict[str, str], dict[str, str]]:
    """Currency names and symbols from CLDR: every ISO 4217 currency in use, its French names
    (singular and plural) and its French and English symbols ("$ CA", "€", "£", "₩")."""
    fr, en = Locale("fr"), Locale("en")
    in_use: set[str] = set()
    for territory in fr.territories:
        try:
            in_use.update(get_territory_currencies(territory, date.today()))
        except Exception:  # noqa: BLE001 - a territory CLDR has no currency data for
            continue
    names: dict[str, str] = {}
    symbols: dict[str, str] = {}
    plural = fr._data["currency_names_plural"]
    for code in sorted(in_use):
        iso = code.lower()
        forms = [fr.currencies.get(code)]
        plurals = plural.get(code) or {}
        forms.extend(plurals.values() if hasattr(plurals, "values") else [])
        for form in forms:
            if form and len(form) > 2:
                names.setdefault(fold(form), iso)
        for sym in (fr.currency_symbols.get(code), en.currency_symbols.get(code)):
            if sym and sym != code and not sym.isalpha():
                symbols.setdefault(sym, iso)
                symbols.setdefault(sym.replace("$", "$ ").replace("  ", " ") if sym.startswith("$") else sym, iso)
        symbols.setdefault(code, iso)  # "1 000 EUR", "USD 5 millions"
    # A currency's noun alone, when no other currency in use bears it: "300 millions de nairas"
    # (not "dinars", "pesos" or "roupies", each of many states).
    heads: dict[str, set[str]] = {}
    for code in in_use:
        for form in [fr.currencies.get(code)] + list((plural.get(code) or {}).values() if hasattr(plural.get(code) or {}, "values") else []):
            if form and " " in form:
                heads.setdefault(fold(form.split(" ", 1)[0]), set()).add(code.lower())
    for head, codes in heads.items():
        if len(codes) == 1 and len(head) > 3 and head not in names:
            names[head] = next(iter(codes))
    for noun, iso in BARE_CURRENCIES.items():
        names.setdefault(noun, iso)
        names.setdefault(noun + "s", iso)
        if " " in noun:
            head, adj = noun.split(" ", 1)
            names.setdefault(f"{head}s {adj}s", iso)
    return names, symbols


CURRENCY_NAMES, CURRENCY_SYMBOLS = _currencies()

# Percentage points: "-0,4 point", "5,1 points de pourcentage".
POINT_WORDS = ("point de pourcentage", "points de pourcentage", "point", "points", "pt", "pts", "pp")
# "50 points de base" are hundredths of a percentage point.
BASIS_POINT_WORDS = ("point de base", "points de base", "pb")
# Points of a stock index are not percentage points: "le CAC 40 a perdu 94 points".
INDEX_WORDS = ("cac", "indice", "dow jones", "nasdaq", "stoxx", "nikkei", "dax", "ftse", "s&p", "sbf", "bourse",
               "hang seng", "ibex", "footsie")

# Words after a figure that name a time, not what is counted: "104 lundi", "contre 151 la veille",
# "contre 143 début août".
TIME_WORDS_NOT_UNITS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "veille",
                        "lendemain", "matin", "soir", "midi", "janvier", "février", "mars", "avril", "mai",
                        "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "hier",
                        "aujourd'hui", "avant-hier", "début", "fin", "mi", "courant", "cette", "ce")

# Time units: a figure counted in them is a duration.
TIME_UNIT_NOUNS = {"an": "year", "ans": "year", "année": "year", "années": "year", "mois": "month",
                   "semaine": "week", "semaines": "week", "jour": "day", "jours": "day", "journée": "day",
                   "journées": "day", "heure": "hour", "heures": "hour", "minute": "minute",
                   "minutes": "minute", "seconde": "second", "secondes": "second", "siècle": "century",
                   "siècles": "century", "décennie": "decade", "décennies": "decade", "trimestre": "quarter",
                   "trimestres": "quarter", "nuit": "night", "nuits": "night", "week-end": "weekend",
                   "week-ends": "weekend", "saison": "season", "saisons": "season"}

# Adjectives that may stand between a figure and its noun: "10 000 nouveaux soldats".
PRE_NOUN_ADJECTIVES = ("nouveaux", "nouvelles", "autres", "premiers", "premières", "derniers",
                       "dernières", "petits", "petites", "grands", "grandes", "vieux", "anciens",
                       "anciennes", "jeunes", "seuls", "seules", "bons", "mauvais", "gros")


# Percent signs and words.
PERCENT = ("%", "pour cent", "pourcent", "pour-cent")

# Rate phrases after a figure and the time unit they give it.
PER_PHRASES = {
    "par jour": "day", "chaque jour": "day", "par journée": "day", "quotidiennement": "day",
    "/jour": "day", "/j": "day", "par 24 heures": "day", "en 24 heures": "day",
    "en l'espace de 24 heures": "day", "en l'espace d'une journée": "day", "en une journée": "day",
    "en un jour": "day", "en une seule journée": "day", "en 24h": "day", "en 24 h": "day",
    "par semaine": "week", "chaque semaine": "week", "hebdomadaires": "week", "/semaine": "week",
    # (what one week added: "une progression de 112 cas en une semaine"; see ADDED_OVER_PHRASES)
    "en une semaine": "week", "en une seule semaine": "week", "en l'espace d'une semaine": "week",
    "par mois": "month", "chaque mois": "month", "mensuellement": "month", "/mois": "month",
    "par an": "year", "par année": "year", "chaque année": "year", "annuellement": "year",
    "/an": "year", "par heure": "hour", "à l'heure": "hour", "/h": "hour",
    # prices: "1,75 euro le litre", "4 200 euros le mètre carré", "80 dollars le baril"
    "le litre": "litre", "par litre": "litre", "/l": "litre", "le kilo": "kg", "le kg": "kg",
    "par kilo": "kg", "/kg": "kg", "le mètre carré": "m2", "du mètre carré": "m2", "par mètre carré": "m2",
    "le m²": "m2", "du m²": "m2", "par m²": "m2", "/m²": "m2", "le m2": "m2", "/m2": "m2",
    "la tonne": "tonne", "par tonne": "tonne", "le baril": "barrel", "par baril": "barrel",
    "le mégawattheure": "mwh", "par mégawattheure": "mwh", "le mwh": "mwh", "/mwh": "mwh",
}
# Adjectives after the unit noun that make a rate: "10 000 obus quotidiens".
PER_ADJECTIVES = {"quotidien": "day", "quotidiens": "day", "quotidienne": "day",
                  "quotidiennes": "day", "journaliers": "day", "journalier": "day",
                  "mensuels": "month", "mensuel": "month", "annuels": "year", "annuel": "year"}

# Time-unit concepts: a figure counted in these is a duration.
DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
# Words of waiting near a duration in hours that make it a figure of its own, not a time of day
# or a time expression: "les patients ont attendu jusqu'à 30 heures", "le temps de passage a
# atteint 8 h 30", "près de quatre heures se sont écoulées entre l'alerte et l'arrivée".
WAITING_WORDS = ("attente", "attendu", "attendre", "attendent", "attendaient", "patienté", "patienter",
                 "temps de passage", "temps d'intervention", "délai", "durée", "a duré", "ont duré",
                 "écoulé", "écoulée", "écoulées", "brancard", "brancards")
# The unit of a waiting time written as a clock reads ("8 h 30" is eight hours and a half), as
# written.
WAITING_CLOCK_UNITS = ("h",)
# Words before a duration that make it part of a time expression, not a claim's figure.
DURATION_PREPOSITIONS = ("depuis", "pendant", "durant", "il y a", "dans", "en l'espace de",
                         "au cours des", "au cours de", "ces", "les", "sur", "en", "d'ici",
                         "voilà", "cela fait", "ça fait", "après", "avant")

# Words after a figure that are never what it counts: "2 000 pour Kiev", "6 000 selon…".
NOT_UNIT_WORDS = (
    "de", "d'", "du", "des", "le", "la", "les", "l'", "un", "une", "et", "ou", "à", "au", "aux",
    "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "contre", "vers", "chez", "entre",
    "selon", "depuis", "pendant", "après", "avant", "dont", "qui", "que", "qu'", "quoi", "où",
    "ce", "ces", "cet", "cette", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre",
    "il", "ils", "elle", "elles", "on", "nous", "vous", "se", "s'", "y", "ne", "n'", "pas",
    "plus", "moins", "environ", "près", "presque", "seulement", "tout", "tous", "toutes", "même",
    "autres", "mais", "car", "donc", "or", "ni", "soit", "si", "comme", "ainsi", "alors", "aussi",
    "déjà", "encore", "toujours", "jamais", "très", "trop", "peu", "beaucoup", "fois", "contre",
    "puis", "voire", "ensuite", "enfin",
    "est", "sont", "a", "ont", "était", "étaient", "sera", "seront", "serait", "seraient",
    "auraient", "aurait", "avait", "avaient", "fut", "furent", "été", "être", "avoir",
    # participles of telling, after a figure told again: "au lieu des 412 annoncés le 16
    # septembre", "contre 90 prévus" (the figure takes the unit of the one it stands against)
    "annoncé", "annoncés", "annoncée", "annoncées", "prévu", "prévus", "prévue", "prévues",
    "évoqué", "évoqués", "évoquée", "évoquées", "avancé", "avancés", "avancée", "avancées",
    "initialement",
    # participles of where they come from, after a part: "128 sapeurs-pompiers, dont 22 venus de
    # la Gironde", "dont 40 issus des Landes"
    "venu", "venus", "venue", "venues", "issu", "issus", "issue", "issues", "originaires", "originaire",
    # adverbs of manner or degree after a figure: "21 blessés, dont quatre grièvement"
    "grièvement", "gravement", "légèrement", "sérieusement", "mortellement", "notamment",
    "respectivement", "officiellement", "actuellement", "désormais", "finalement",
)

# Words joining a bare figure to the next one, whose unit it shares: "calibres 122 et 152 mm",
# "le bilan est passé à 12 puis à 15 morts".
SHARED_UNIT_JOINERS = ("et", "ou", ",", "puis", "puis à", "voire", "voire à")
# Words joining two figures when the second leaves out the first one's unit:
# "10 000 obus par jour, contre moins de 2 000 pour Kiev", "12 000 soldats, dont 10 000…".
# Nouns whose complement is what a later bare figure of the clause counts: "le nombre de
# blessés a progressé, à 1 850", "le volume des transactions a dépassé 900 000".
# Object pronouns before a verb that point back at a count named in the sentence before: "La DGAC
# l'évalue à 205 000", "Le gouvernement régional en dénombre 3 100" (the partitive "en" too),
# "Le président de la région, Marco Ferrandi, l'a chiffré à 14 500".
POINTING_BACK_PRONOUNS = ("l'", "le", "la", "les", "en")
# Words after which "le", "la", "les" are articles, not pronouns: "selon la police", "et les syndicats".
WORDS_BEFORE_ARTICLES = ("de", "à", "selon", "par", "pour", "sur", "dans", "avec", "en", "vers", "chez", "contre",
                         "et", "ou", "que", "qu", "sous", "entre", "après", "avant", "depuis", "dont", "mais",
                         "d'après", "parmi", "tous", "toutes", "tout", "toute", "est", "sont", "a", "ont")
COUNT_HEADS = ("nombre", "nombre total", "total", "volume", "effectif", "effectifs", "bilan", "décompte", "cumul")
ELISION_CONNECTORS = ("contre", "et", "ou", "soit", "dont", "face à", "à", "puis", "voire", "quand", "sur",
                      "alors que", "tandis que", "lorsque",
                      "sinon", "que", "pour", "au lieu de", "après", "avant", "comparé à",
                      # "96 000 manifestants …, très loin des 400 000 annoncés par la CGT"
                      "loin de", "loin des", "mais", "au-delà de", "au-delà des", "en deçà de", "en deçà des",
                      "proche de", "proche des")
# "évalue à 11 000 le nombre de soldats", "chiffre à 4 700 les pertes": the unit follows.
COUNTED_NOUN_PHRASES = ("le nombre de", "le nombre d'", "le total de", "le total des", "le bilan des",
                        "le nombre total de", "les",
                        # "L'OIM a porté à 1 390 son décompte des morts et disparus"
                        "le décompte des", "son décompte des", "leur décompte des", "son bilan des",
                        "leur bilan des", "son nombre de", "son total de")
# Words after a duration that make it a time expression: "deux jours après", "trois ans plus tard".
# "âgé de 35 ans" is an age, not a figure of the claim.
AGE_WORDS = ("âgé de", "âgée de", "âgés de", "âgées de", "âge de", "à l'âge de")
DURATION_AFTER = ("après", "avant", "plus tard", "plus tôt", "auparavant", "durant", "de suite",
                  "d'affilée", "consécutifs", "consécutives")
# Units of length, area or calibre: figures in them describe things, they are not events.
MEASUREMENT_UNITS = ("km", "m", "metre", "mm", "hectare", "km2", "litre")
# Endings of the plural names of peoples of regions and cities: "Bretons", "Parisiens",
# "Gazaouis", "Marseillais" (countries' come from the gazetteer).
DEMONYM_ENDINGS = ("ais", "aises", "ois", "oises", "iens", "iennes", "ains", "aines", "ouis", "ouies", "ons",
                   "onnes", "ins", "ines", "ites", "otes", "ards", "ards", "éens", "éennes", "ates")

# A pronoun of people and a copula just before a bare figure make it a count of people: "Ils
# étaient 18 000 selon la police", "elles sont près de 300 à avoir quitté leur logement".
PEOPLE_COPULAS = ("ils étaient", "elles étaient", "ils sont", "elles sont", "ils seraient", "elles seraient",
                  "ils seront", "elles seront", "ils ont été", "elles ont été", "nous étions", "nous sommes")

# Rate phrases that are part of a time phrase, no rate: "à l'heure de pointe", "à l'heure où".
NOT_PER_PHRASES = ("à l'heure de", "à l'heure d'", "à l'heure du", "à l'heure des", "à l'heure où", "à l'heure actuelle",
                   "à l'heure qu'il est", "à l'heure h")
# A copula between what is counted and a bare figure: "les sapeurs-pompiers étaient 230", "les
# manifestants seraient 4 000"; and a sentence opening on a participle and a bare figure, whose
# subject after the comma is what it counts ("Engagés à 80 peu après 3 heures, les
# sapeurs-pompiers étaient 230").
SUBJECT_COPULAS = ("étaient", "seraient", "étaient encore", "étaient déjà", "restaient", "demeuraient")
SUBJECT_DETERMINERS = ("les", "ces", "leurs", "nos")
OPENING_FIGURE_BEFORE = ("à",)
# The participles that open such a sentence: those of people sent, gathered or engaged
# ("Engagés à 80", "Rassemblés à plusieurs milliers"; not "Notés à 14 en moyenne").
OPENING_PARTICIPLES = ("engagés", "engagées", "mobilisés", "mobilisées", "déployés", "déployées", "partis", "parties",
                       "rassemblés", "rassemblées", "réunis", "réunies", "arrivés", "arrivées", "venus", "venues")
# Words right after a bare figure that make it no count: "3 fois meilleurs", "à 40 %".
NOT_COUNTED_AFTER = ("fois", "%", "pour cent", "ans")
# Words right after a bare figure that count some of those a figure before it counted: "31
# personnes ; 24 d'entre elles ont été hospitalisées" (the 24 are people too).
OF_THOSE_AFTER = ("d'entre eux", "d'entre elles")

# Ratings written as a scale's code and its grade: "classée EF3 sur l'échelle de Fujita
# améliorée", "reclassée EF-4" (a tornado's rating; "un F3" is a flat, not read).
SCALE_CODES = {"ef": "ef_scale"}
# Nouns of a count's making whose complement is what is counted: "les immatriculations d'étudiants"
# count students, "les créations d'entreprises" firms; "les immatriculations" alone, cars (their
# own entry).
EVENT_HEADS = ("immatriculation", "immatriculations", "création", "créations", "inscription", "inscriptions")
# Heads that say no count when a level follows their change: "Les ventes ont reculé de 5 %, à
# 4,2 milliards" (a sum, as often as a number of sales).
NOT_LEVEL_HEADS = ("vente", "ventes")

# Determiners of a plural noun a bare figure after it in its sentence may count ("Les blessés ont
# été 54"), and the classes of the nouns it may count (people, things counted one by one, cases).
PLURAL_DETERMINERS = ("les", "ces", "des", "leurs", "nos")
ANTECEDENT_CLASSES = ("person", "document", "case", "vehicle", "house", "building", "animal", "facility")
