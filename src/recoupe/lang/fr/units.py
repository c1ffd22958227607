"""French unit nouns mapped to the ledger's unit concepts, currencies and rate phrases.

Plain tables. ``UNIT_NOUNS`` keys are singular lower-case nouns (the parser also tries the
word without a final "s"/"x"); values are the short English concept the ledger stores.
A noun that is not listed is kept as written, so the ledger still shows what was counted.
"""

UNIT_NOUNS = {
    # munitions and weapons
    "obus": "shell", "munition": "munition", "cartouche": "munition", "projectile": "shell",
    "roquette": "rocket", "missile": "missile", "drone": "drone", "bombe": "bomb",
    "mine": "mine", "grenade": "grenade", "torpille": "torpedo",
    "canon": "gun", "pièce d'artillerie": "gun", "obusier": "gun", "mortier": "gun",
    "lance-roquettes": "launcher", "lanceur": "launcher", "système": "system",
    "char": "tank", "blindé": "vehicle", "véhicule": "vehicle", "camion": "truck",
    "avion": "aircraft", "chasseur": "aircraft", "hélicoptère": "helicopter",
    "navire": "ship", "bateau": "ship", "cargo": "ship", "pétrolier": "ship", "sous-marin": "submarine",
    "train": "train", "wagon": "train", "conteneur": "container", "container": "container",
    "cargaison": "shipment", "livraison": "shipment", "convoi": "convoy",
    # people
    "soldat": "soldier", "homme": "soldier", "combattant": "soldier", "militaire": "soldier",
    "troupe": "soldier", "fantassin": "soldier", "mercenaire": "soldier", "recrue": "soldier",
    "conscrit": "soldier", "officier": "officer", "général": "general", "ouvrier": "worker",
    # A bare "600 morts" or "2 000 blessés" counts people; the event (killed, wounded) is
    # read from the noun by the linker (events.NOUN_EVENTS).
    "travailleur": "worker", "civil": "civilian", "victime": "casualty", "mort": "person",
    "tué": "person", "blessé": "person", "décédé": "person", "perte": "casualty",
    "prisonnier": "prisoner",
    "réfugié": "refugee", "déplacé": "displaced", "personne": "person", "individu": "person",
    "habitant": "inhabitant", "enfant": "child", "femme": "woman", "membre": "member",
    "brigade": "brigade", "bataillon": "battalion", "régiment": "regiment", "division": "division",
    # organisations, places, things
    "entité": "organization", "entreprise": "organization", "société": "organization",
    "organisation": "organization", "banque": "bank", "pays": "country", "état": "country",
    "site": "site", "dépôt": "depot", "entrepôt": "warehouse", "usine": "factory",
    "village": "village", "localité": "village", "ville": "city", "région": "region",
    "oblast": "oblast", "sanction": "sanction", "attaque": "attack", "frappe": "strike",
    "tonne": "tonne", "kilomètre": "km", "km": "km", "mètre": "m", "baril": "barrel",
    "litre": "litre", "millimètre": "mm", "mm": "mm", "hectare": "hectare", "km2": "km2",
    # time units (a figure of time units is a duration)
    "an": "year", "année": "year", "mois": "month", "semaine": "week", "jour": "day",
    "journée": "day", "heure": "hour", "minute": "minute", "seconde": "second",
}

# Unit nouns whose plural is irregular or that end in s/x in the singular.
PLURALS = {"yeux": "œil", "travaux": "travail", "généraux": "général", "chevaux": "cheval",
           "journaux": "journal", "canaux": "canal", "locaux": "local"}

# Multi-word unit nouns, longest first in the parser.
MULTIWORD_UNITS = ("pièce d'artillerie", "pièces d'artillerie", "lance-roquettes")

# Adjectives that may stand between a figure and its noun: "10 000 nouveaux soldats".
PRE_NOUN_ADJECTIVES = ("nouveaux", "nouvelles", "autres", "premiers", "premières", "derniers",
                       "dernières", "petits", "petites", "grands", "grandes", "vieux", "anciens",
                       "anciennes", "jeunes", "seuls", "seules", "bons", "mauvais", "gros")


# Currencies: words and symbols → ISO 4217 lower-case.
CURRENCIES = {
    "dollar": "usd", "dollars": "usd", "$": "usd", "us$": "usd", "usd": "usd",
    "dollars américains": "usd", "euro": "eur", "euros": "eur", "€": "eur", "eur": "eur",
    "rouble": "rub", "roubles": "rub", "₽": "rub", "won": "krw", "wons": "krw", "₩": "krw",
    "yuan": "cny", "yuans": "cny", "renminbi": "cny", "hryvnia": "uah", "hryvnias": "uah",
    "livre sterling": "gbp", "livres sterling": "gbp", "£": "gbp", "yen": "jpy", "yens": "jpy",
    "¥": "jpy", "franc suisse": "chf", "francs suisses": "chf", "roupie": "inr", "roupies": "inr",
}

# Percent signs and words.
PERCENT = ("%", "pour cent", "pourcent", "pour-cent")

# Rate phrases after a figure and the time unit they give it.
PER_PHRASES = {
    "par jour": "day", "chaque jour": "day", "par journée": "day", "quotidiennement": "day",
    "/jour": "day", "/j": "day", "par 24 heures": "day", "en 24 heures": "day",
    "en l'espace de 24 heures": "day", "en l'espace d'une journée": "day", "en une journée": "day",
    "en un jour": "day", "en une seule journée": "day", "en 24h": "day", "en 24 h": "day",
    "par semaine": "week", "chaque semaine": "week", "hebdomadaires": "week", "/semaine": "week",
    "par mois": "month", "chaque mois": "month", "mensuellement": "month", "/mois": "month",
    "par an": "year", "par année": "year", "chaque année": "year", "annuellement": "year",
    "/an": "year", "par heure": "hour", "à l'heure": "hour", "/h": "hour",
}
# Adjectives after the unit noun that make a rate: "10 000 obus quotidiens".
PER_ADJECTIVES = {"quotidien": "day", "quotidiens": "day", "quotidienne": "day",
                  "quotidiennes": "day", "journaliers": "day", "journalier": "day",
                  "mensuels": "month", "mensuel": "month", "annuels": "year", "annuel": "year"}

# Time-unit concepts: a figure counted in these is a duration.
DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
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
    "est", "sont", "a", "ont", "était", "étaient", "sera", "seront", "serait", "seraient",
    "auraient", "aurait", "avait", "avaient", "fut", "furent", "été", "être", "avoir",
)

# Words joining two figures when the second leaves out the first one's unit:
# "10 000 obus par jour, contre moins de 2 000 pour Kiev", "12 000 soldats, dont 10 000…".
ELISION_CONNECTORS = ("contre", "et", "ou", "soit", "dont", "face à", "à", "puis", "voire", "quand",
                      "alors que", "tandis que", "lorsque",
                      "sinon", "que", "pour", "au lieu de", "après", "avant", "comparé à")
# "évalue à 11 000 le nombre de soldats", "chiffre à 4 700 les pertes": the unit follows.
COUNTED_NOUN_PHRASES = ("le nombre de", "le nombre d'", "le total de", "le total des", "le bilan des",
                        "le nombre total de", "les")
# Words after a duration that make it a time expression: "deux jours après", "trois ans plus tard".
# "âgé de 35 ans" is an age, not a figure of the claim.
AGE_WORDS = ("âgé de", "âgée de", "âgés de", "âgées de", "âge de", "à l'âge de")
DURATION_AFTER = ("après", "avant", "plus tard", "plus tôt", "auparavant", "durant", "de suite",
                  "d'affilée", "consécutifs", "consécutives")
# Units of length, area or calibre: figures in them describe things, they are not events.
MEASUREMENT_UNITS = ("km", "m", "mm", "hectare", "km2", "litre")
