"""French time words: months, days, seasons, relative words, durations and their prepositions.

Plain tables only; the parser in ``recoupe.nlp.timeexpr`` reads them. Keys are lower-case and
use the straight apostrophe. The parser folds case, accents and typographic apostrophes (’)
itself, and treats a hyphen inside a phrase as optional ("avant-hier" = "avant hier"), so each
phrase is listed once in its usual spelling.
"""

# --- Calendar names -------------------------------------------------------------------------

MONTHS = {
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}
# Abbreviations are written with their dot; without it ("sept", "oct") they count as a month
# only when a year follows, since "sept" is also the number seven.
MONTH_ABBREVIATIONS = {
    "janv.": 1, "jan.": 1, "févr.": 2, "fév.": 2, "avr.": 4, "juil.": 7, "sept.": 9,
    "oct.": 10, "nov.": 11, "déc.": 12,
}

# Monday is 0, as in ``datetime.date.weekday()``.
WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}

# Day words: "le premier mars" (only before a month, as "premier" also starts "premier trimestre").
DAY_WORDS = {"premier": 1}
# Day suffixes accepted after a day number: "1er mars", "1re".
DAY_ORDINAL_SUFFIXES = ("er", "re")

# Parts of a day that may follow a day word without changing the day: "hier soir".
TIMES_OF_DAY = (
    "matin", "midi", "après-midi", "soir", "soirée", "matinée", "nuit", "dans la matinée",
    "dans la soirée", "dans la nuit", "en fin de journée", "en début de journée",
)

# --- Relative words -------------------------------------------------------------------------

# Phrase -> (unit, offset from the unit holding the reference date). Units: day, week, month,
# quarter, semester, year. Article-less forms serve after "du"/"d'": "fin du mois dernier".
RELATIVE = {
    "aujourd'hui": ("day", 0), "ce jour": ("day", 0), "ce matin": ("day", 0),
    "ce midi": ("day", 0), "cet après-midi": ("day", 0), "ce soir": ("day", 0),
    "cette nuit": ("day", 0), "nos jours": ("day", 0),
    "hier": ("day", -1), "la nuit dernière": ("day", -1),
    "avant-hier": ("day", -2),
    "demain": ("day", 1), "après-demain": ("day", 2),
    "cette semaine": ("week", 0), "la semaine dernière": ("week", -1),
    "la semaine passée": ("week", -1), "la semaine prochaine": ("week", 1),
    "semaine dernière": ("week", -1), "semaine prochaine": ("week", 1),
    "ce mois-ci": ("month", 0), "ce mois": ("month", 0), "le mois en cours": ("month", 0),
    "le mois dernier": ("month", -1), "le mois passé": ("month", -1),
    "le mois prochain": ("month", 1), "mois dernier": ("month", -1),
    "mois passé": ("month", -1), "mois prochain": ("month", 1),
    "ce trimestre": ("quarter", 0), "le trimestre dernier": ("quarter", -1),
    "le trimestre prochain": ("quarter", 1), "trimestre dernier": ("quarter", -1),
    "ce semestre": ("semester", 0), "le semestre dernier": ("semester", -1),
    "le semestre prochain": ("semester", 1),
    "cette année": ("year", 0), "l'année en cours": ("year", 0), "cette année-ci": ("year", 0),
    "l'an dernier": ("year", -1), "l'année dernière": ("year", -1), "l'an passé": ("year", -1),
    "l'année passée": ("year", -1), "année dernière": ("year", -1), "an dernier": ("year", -1),
    "année passée": ("year", -1),
    "l'an prochain": ("year", 1), "l'année prochaine": ("year", 1),
    "année prochaine": ("year", 1),
}
# Suffixes that point away from the reference date: "cette année-là", "ce jour-là".
DISTAL_SUFFIXES = ("là",)
# Bare unit nouns that name the current unit only after a part word: "fin de l'année",
# "en fin d'année", "au début du mois".
PART_ONLY_RELATIVE = {
    "l'année": ("year", 0), "année": ("year", 0), "l'an": ("year", 0),
    "mois": ("month", 0), "le mois": ("month", 0),
    "la semaine": ("week", 0), "semaine": ("week", 0),
}

# Adjectives that turn a duration or a season into a window before or after the reference.
LAST_WORDS = (
    "dernier", "derniers", "dernière", "dernières", "écoulé", "écoulés", "écoulée", "écoulées",
    "passé", "passés", "passée", "passées",
)
NEXT_WORDS = ("prochain", "prochains", "prochaine", "prochaines", "à venir")
# "les trois premiers mois de 2024": only meaningful before an anchor.
FIRST_WORDS = ("premier", "premiers", "première", "premières")
# Demonstratives: "cet été", "ce lundi".
DEMONSTRATIVES = ("ce", "cet", "cette")

# --- Seasons, parts of periods, quarters ----------------------------------------------------

# Season -> (start month, start day, end month, end day); winter ends the following year.
SEASONS = {
    "printemps": (3, 20, 6, 20),
    "été": (6, 21, 9, 22),
    "automne": (9, 23, 12, 20),
    "hiver": (12, 21, 3, 19),
}

# Part words and which part they name. "courant" names the whole period.
PARTS = {
    "début": "start", "mi": "mid", "milieu": "mid", "fin": "end", "courant": "whole",
    "dans le courant de": "whole", "tout au long de": "whole",
}
# Words linking a part to its period: "fin de l'année", "au début du mois", "fin des années 1990".
PART_LINKS = ("de", "d'", "du", "des")
# Months of the year, days of the month and years of the decade that each part covers.
# "fin 2024" is December: the figures news dates so are mostly stocks at the year's end (a
# debt, a headcount "fin 2024").
PART_OF_YEAR_MONTHS = {"start": (1, 4), "mid": (5, 8), "end": (12, 12)}
PART_OF_MONTH_DAYS = {"start": (1, 10), "mid": (11, 20), "end": (21, 31)}
PART_OF_DECADE_YEARS = {"start": (0, 3), "mid": (4, 6), "end": (7, 9)}

QUARTERS = {
    "premier trimestre": 1, "1er trimestre": 1, "deuxième trimestre": 2, "second trimestre": 2,
    "2e trimestre": 2, "2ème trimestre": 2, "troisième trimestre": 3, "3e trimestre": 3,
    "3ème trimestre": 3, "quatrième trimestre": 4, "4e trimestre": 4, "4ème trimestre": 4,
    "dernier trimestre": 4,
}
SEMESTERS = {
    "premier semestre": 1, "1er semestre": 1, "second semestre": 2, "deuxième semestre": 2,
    "2e semestre": 2, "2ème semestre": 2, "dernier semestre": 2,
}
# Codes that name a quarter or half only when a year follows: "T1 2024", "S2 2025".
QUARTER_CODES = {"t1": 1, "t2": 2, "t3": 3, "t4": 4, "q1": 1, "q2": 2, "q3": 3, "q4": 4}
SEMESTER_CODES = {"s1": 1, "s2": 2, "h1": 1, "h2": 2}

# Nouns that make the following number a year or a decade: "l'année 2024", "les années 1990".
YEAR_NOUNS = ("l'année", "l'an", "année", "an", "l'exercice", "exercice")
DECADE_NOUNS = ("années", "décennie", "la décennie")
# "au mois de mars", "le mois d'octobre 2024".
MONTH_NOUNS = ("mois de", "mois d'")

# --- Durations ------------------------------------------------------------------------------

# Unit word -> unit. Singular and plural forms.
DURATION_UNITS = {
    "heure": "hour", "heures": "hour", "h": "hour",
    "jour": "day", "jours": "day", "journée": "day", "journées": "day",
    "semaine": "week", "semaines": "week",
    "mois": "month",
    "trimestre": "quarter", "trimestres": "quarter",
    "semestre": "semester", "semestres": "semester",
    "an": "year", "ans": "year", "année": "year", "années": "year",
    "décennie": "decade", "décennies": "decade",
    "siècle": "century", "siècles": "century",
}
# Unit -> (months, days, hours) it spans.
UNIT_SIZES = {
    "hour": (0, 0, 1), "day": (0, 1, 0), "week": (0, 7, 0), "month": (1, 0, 0),
    "quarter": (3, 0, 0), "semester": (6, 0, 0), "year": (12, 0, 0), "decade": (120, 0, 0),
    "century": (1200, 0, 0),
}
# "un an et demi": half of a unit, in (months, days, hours).
HALF_UNIT_SIZES = {
    "hour": (0, 0, 0), "day": (0, 0, 12), "week": (0, 3, 12), "month": (0, 15, 0),
    "quarter": (1, 15, 0), "semester": (3, 0, 0), "year": (6, 0, 0), "decade": (60, 0, 0),
    "century": (600, 0, 0),
}
HALF_WORDS = ("et demi", "et demie")

# Number words for counts of units: "vingt derniers mois". Compounds ("vingt-deux",
# "quatre-vingt-dix", "cent vingt") are built from these by the parser.
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80, "octante": 80,
    "nonante": 90, "cent": 100, "cents": 100,
}
# Links allowed inside a compound number: "vingt et un".
NUMBER_LINKS = ("et",)
# "une dizaine de jours", "une quinzaine d'années": approximate counts.
APPROX_COUNTS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}
APPROX_COUNT_LINKS = ("de", "d'")
# Counts with no figure: "depuis plusieurs mois", "ces dernières années".
VAGUE_COUNTS = ("quelques", "plusieurs", "des", "de nombreux", "de nombreuses", "nombreux",
                "nombreuses", "de longs", "de longues", "longs", "longues")
# Hedges between a preposition and a count, ignored for the window: "depuis plus de deux ans".
COUNT_HEDGES = (
    "plus de", "plus d'", "moins de", "moins d'", "près de", "près d'", "presque", "environ", "quelque", "au moins", "pas moins de",
    "quasiment", "à peine", "bientôt", "déjà", "désormais", "maintenant", "seulement",
    "un peu plus de", "un peu plus d'", "un peu moins de", "bien plus de", "bien plus d'",
    "largement plus de", "au moins",
)

# --- Prepositions ---------------------------------------------------------------------------

# Phrase -> (role, strength as a bare-year trigger).
# Roles: "plain" (the period itself), "since" (period start .. reference), "until" (.. period
# end), "before" (.. day before the period), "after" (day after the period ..), "from" (period
# start ..), "by" (reference .. period end), "ago" (a duration back from the reference),
# "in" (a duration ahead; the period itself otherwise), "during" (a duration with no anchor).
# Strength: "strong" makes a bare year a date ("en 2024"), "weak" only when no noun follows
# the year ("pour 2025" but not "pour 2000 euros"), "none" never.
PREPOSITIONS = {
    "en": ("plain", "strong"),
    "depuis": ("since", "strong"),
    "dès": ("from", "strong"),
    "à partir de": ("from", "strong"),
    "à partir du": ("from", "none"),
    "à compter de": ("from", "strong"),
    "à compter du": ("from", "none"),
    "avant": ("before", "weak"),
    "après": ("after", "weak"),
    "au-delà de": ("after", "weak"),
    "jusqu'en": ("until", "strong"),
    "jusqu'à": ("until", "weak"),
    "jusqu'au": ("until", "none"),
    "jusqu'à la": ("until", "none"),
    "d'ici": ("by", "strong"),
    "d'ici à": ("by", "strong"),
    "d'ici au": ("by", "none"),
    "à l'horizon": ("by", "strong"),
    "vers": ("plain", "weak"),
    "aux alentours de": ("plain", "weak"),
    "pour": ("plain", "weak"),
    "au": ("plain", "none"),
    "à": ("plain", "none"),
    "dans": ("in", "none"),
    "au cours de": ("during", "strong"),
    "au cours des": ("during", "none"),
    "durant": ("during", "strong"),
    "pendant": ("during", "strong"),
    "lors de": ("during", "strong"),
    "lors des": ("during", "none"),
    "sur": ("plain", "none"),
    "en l'espace de": ("since", "none"),
    "en l'espace d'": ("since", "none"),
    "il y a": ("ago", "none"),
    "il y a de cela": ("ago", "none"),
    "voici": ("ago", "none"),
    "voilà": ("ago", "none"),
    "cela fait": ("since", "none"),
    "ça fait": ("since", "none"),
}
# Range openers -> the words that may close them: "entre 2022 et 2024", "du 3 au 5 mars".
RANGE_WORDS = {
    "entre": ("et",),
    "de": ("à", "au", "jusqu'à", "jusqu'au", "jusqu'en"),
    "d'": ("à", "au", "jusqu'à", "jusqu'au", "jusqu'en"),
    "du": ("au", "à", "jusqu'au", "jusqu'à"),
    "des": ("aux", "à"),
    "les": ("et",),
    "depuis": ("jusqu'à", "jusqu'au", "jusqu'en"),
    "à partir de": ("jusqu'à", "jusqu'au", "jusqu'en"),
    "à partir du": ("jusqu'à", "jusqu'au", "jusqu'en"),
}
# Words that must keep their accent to count (in lower case): without it "à" is the verb "a",
# and "il a été blessé" would read as "à l'été". Capitals often drop accents, so "A partir de"
# still counts.
ACCENT_REQUIRED = ("à",)
# Articles and determiners that may stand between a preposition and the period.
ARTICLES = ("le", "la", "l'", "les", "ce", "cet", "cette", "ces", "des")
# Articles that make the unit after them plural: "les derniers mois" is vague, not one month.
PLURAL_ARTICLES = ("les", "ces", "des")
# Words between two numbers that make them a range of quantities: "de 2000 à 3000 soldats".
NUMBER_RANGE_WORDS = ("à", "au", "et", "ou")
# Words before which a bare year reads as a date without being part of the match: "l'offensive
# de 2022". Weak: a noun after the year cancels it ("une force de 2000 soldats").
YEAR_CONTEXT_WORDS = ("de", "d'")
# Words before "de" that make what follows a quantity, not a date: "plus de 2000".
QUANTITY_WORDS = (
    "plus", "moins", "près", "autour", "environ", "quelque", "total", "hausse", "baisse",
    "augmentation", "diminution", "bilan", "force", "contingent", "effectif", "effectifs",
    "nombre", "millier", "milliers", "centaine", "centaines", "dizaine", "dizaines", "chiffre",
    "montant", "somme", "budget", "coût", "prix", "perte", "pertes", "colonne", "convoi",
    "groupe", "armée", "brigade", "division", "rançon",
)
# Words that may follow a year caught by a weak trigger: function words, auxiliaries and
# punctuation-like words. Any other lower-case word after the year is taken for a counted noun.
FOLLOW_WORDS = (
    "et", "ou", "à", "au", "aux", "en", "de", "du", "des", "d'", "le", "la", "les", "l'", "un",
    "une", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "nous", "vous", "je",
    "j'", "qui", "que", "qu'", "dont", "où", "pour", "par", "sur", "sous", "dans", "avec", "sans",
    "contre", "selon", "puis", "mais", "donc", "alors", "est", "sont", "était", "étaient", "a",
    "ont", "avait", "avaient", "fut", "furent", "sera", "seront", "serait", "aura", "auront",
    "se", "s'", "ne", "n'", "y", "déjà", "encore", "après", "avant", "lorsque", "quand", "comme",
    "entre", "vers", "chez", "jusqu'", "jusqu'à", "jusqu'en", "depuis", "pendant", "durant",
    "lors", "tandis", "soit", "sa", "son", "ses", "leur", "leurs", "notre", "nos",
    "votre", "vos", "mon", "ma", "mes", "ton", "ta", "tes", "cela", "ceci", "ça", "c'", "lui",
    "tout", "tous", "toute", "toutes", "plusieurs", "certains", "certaines", "aucun",
    "aucune", "chaque", "ainsi", "aussi", "toutefois", "cependant", "pourtant", "notamment",
    "également", "inclus", "compris", "incluse", "seulement", "uniquement", "plus", "moins",
    "toujours", "jamais", "très", "trop", "près", "dès", "sans", "puisque", "parce", "afin",
    "lesquels", "lesquelles", "auxquels", "desquels", "quelques", "nombreux", "nombreuses",
    "était", "sont", "avons", "avez", "étaient", "furent", "seraient", "auraient", "avaient",
)

# --- Publication date -----------------------------------------------------------------------

# Markers before the publication date: "Publié le 12 mars 2025", "Mis à jour le …".
PUBLISHED_MARKERS = (
    "publié le", "publiée le", "publié", "publiée", "mis à jour le", "mise à jour le",
    "mis à jour", "mise à jour", "modifié le", "modifiée le", "date de publication",
    "posté le", "paru le", "parue le", "mis en ligne le", "édition du", "daté du", "rédigé le",
)
# Marks that may follow a dateline's date: "PARIS, 3 mars 2025 — …", "Kiev, 3 mars (AFP) -".
DATELINE_ENDS = ("—", "–", "-", "(", ":", "|")

# Words before a date that a text recalls: it does not date the text ("comme lors des
# tempêtes de décembre 1999", "depuis 2022", "le record de 2003", "il y a", "en souvenir").
RECALL_MARKERS = ("comme lors", "comme en", "lors de", "lors des", "lors du", "depuis", "record", "déjà en",
                  "souvenir", "rappelle", "rappel", "précédent", "précédente", "dernière fois", "il y a",
                  "à l'époque", "auparavant", "jadis", "naguère", "autrefois", "remonte", "datant de",
                  "avait", "avaient", "fut", "furent", "qui a fait", "qui avait fait", "depuis la",
                  "depuis le", "au lendemain de", "dès", "comparé à", "par rapport à", "contre")

# Words that make the time after them the other term of a comparison, not the time of the
# figures: "contre 2,6 % en mai", "dix de plus qu'en 2019", "après 5,5 % en 2023".
COMPARISON_MARKERS = ("contre", "qu'en", "que l'an", "qu'un an", "qu'il y a", "que lors", "par rapport à",
                      "comparé à", "comparativement à", "après", "au lieu de", "face à",
                      # "dix de moins qu'en 2019" (the time starts at "en"), "identique à celui de 2019"
                      "plus qu'", "moins qu'", "autant qu'", "plus que", "moins que", "autant que", "à celui de", "à celle de",
                      "à ceux de", "à celles de",
                      # "81,6 %, un niveau proche de celui de 2029"
                      *(f"{w} de {c} de" for w in ("proche", "proches", "loin", "au-dessus", "au-dessous", "en deçà",
                                                   "au-delà") for c in ("celui", "celle", "ceux", "celles")))

# Words that make the time after them the other term of a comparison only right after a figure:
# "dépasserait de 4 % celle de 2028" (not "devrait dépasser celle de 2026, au cours de laquelle
# l'île avait recensé 16 400 cas", whose figures are of 2026).
COMPARISON_AFTER_FIGURE = ("celui de", "celle de", "ceux de", "celles de")
# The mean a figure is told against, after it: "3 % en dessous de la moyenne des cinq dernières
# années" (not "la moyenne des températures en mars", a mean's own period).
MEAN_AFTER_FIGURE = ("la moyenne", "sa moyenne", "leur moyenne")

# The other term of a comparison dated from the first one: "135 % au 1er juillet, contre 128,5 %
# un an plus tôt" is 1 July of the year before; "en décembre, contre 248 un an plus tôt" is the
# December before. Each phrase: (unit, how many back).
SHIFTED_BACK = {
    "un an plus tôt": ("year", 1), "un an auparavant": ("year", 1), "il y a un an": ("year", 1),
    "l'année précédente": ("year", 1), "l'an dernier": ("year", 1), "l'année dernière": ("year", 1),
    "l'an passé": ("year", 1), "un an avant": ("year", 1), "sur la même période de l'an dernier": ("year", 1),
    "à la même période l'an dernier": ("year", 1), "à la même époque l'an dernier": ("year", 1),
    "à la même période de l'année précédente": ("year", 1), "deux ans plus tôt": ("year", 2),
    "il y a deux ans": ("year", 2), "un mois plus tôt": ("month", 1), "le mois précédent": ("month", 1),
    "le mois dernier": ("month", 1), "un trimestre plus tôt": ("month", 3), "le trimestre précédent": ("month", 3),
    "au trimestre précédent": ("month", 3), "la semaine précédente": ("day", 7), "une semaine plus tôt": ("day", 7),
    "la veille": ("day", 1), "l'avant-veille": ("day", 2), "deux mois plus tôt": ("month", 2),
    "trois mois plus tôt": ("month", 3), "six mois plus tôt": ("month", 6),
}
# Of those, the ones that name their own anchor, the story's time, even alone at the head of a
# sentence: "Un an plus tôt, les bénévoles en avaient compté 980" after a count "le 28 janvier"
# is of the January before ("l'an dernier" alone is the calendar year before).
SHIFTED_FROM_THE_STORY = ("un an plus tôt", "un an auparavant", "deux ans plus tôt", "un mois plus tôt",
                          "deux mois plus tôt", "trois mois plus tôt", "six mois plus tôt", "un trimestre plus tôt",
                          "un an avant")
# Words after a phrase of SHIFTED_BACK that make it the eve of a day it names, not a day back:
# "la veille de Noël", "à la veille des élections".
EVE_OF = ("de", "du", "des", "d'")

# Weekends: "ce week-end" is the one just past early in the week, the one to come late in it;
# "le week-end dernier" the one before. Phrase -> offset (0: this one, -1: the last, 1: the next).
WEEKEND_PHRASES = {"ce week-end": 0, "ce weekend": 0, "le week-end dernier": -1, "le weekend dernier": -1,
                   "le week-end passé": -1, "le week-end précédent": -1, "le week-end prochain": 1,
                   "le weekend prochain": 1,
                   # "a secouru 148 personnes en mer au cours du week-end"
                   **{f"{w} {we}": 0 for w in ("au cours du", "pendant le", "durant le", "tout au long du")
                      for we in ("week-end", "weekend")}}
# A start that opens a period up to publication, even with words between it and its date:
# "depuis leur arrivée sur le front à l'automne dernier", "depuis le début de la guerre en
# février 2022".
SINCE_WORDS = ("depuis",)
# A record's "depuis" dates the comparison, not the figure: "son plus bas niveau depuis août",
# "une première depuis 2019", "sa plus forte baisse hebdomadaire depuis avril".
RECORD_MARKERS = ("plus bas", "plus haut", "plus fort", "plus forte", "plus faible", "plus élevé", "plus élevée",
                  "plus important", "plus importante", "plus grand", "plus grande", "plus lourd", "plus lourde",
                  "une première", "du jamais-vu", "inédit", "inédite", "record", "sans précédent", "jamais vu",
                  # "la catastrophe minière la plus meurtrière depuis près de dix ans"
                  "plus meurtrier", "plus meurtrière", "plus meurtriers", "plus meurtrières", "plus grave",
                  "plus violent", "plus violente", "plus chaud", "plus chaude", "plus froid", "plus froide",
                  "plus sec", "plus sèche", "plus pluvieux", "plus pluvieuse")
# Twelve months up to a date: "900 000 ventes sur un an à fin août" counts September to August.
TRAILING_YEAR = ("sur un an", "sur douze mois", "sur 12 mois", "sur les douze derniers mois",
                 "sur les 12 derniers mois", "en glissement annuel", "en cumul annuel", "sur une année glissante")
# A season written as two years ("la campagne 2024-2025", "la saison 2023-2024") is the twelve
# months across them: the noun before it gives the months (start month, end month).
SEASON_NOUNS = {"saison": (7, 6), "campagne": (7, 6), "exercice": (7, 6), "cuvée": (7, 6),
                "année scolaire": (9, 8), "année universitaire": (9, 8), "rentrée": (9, 8)}
# Openers of a time to come: with a date given without its year ("dès avril", "à compter du
# 1er juillet"), the date is the next one, not the last one, once the last is long past.
FORWARD_OPENERS = ("dès", "à partir de", "à partir du", "à partir d'", "à compter de", "à compter du",
                   "à compter d'")
# Adverbs of a comparative whose "que" sets a time against the one told: "un trafic un peu moins
# dégradé que la semaine dernière" (COMPARISON_MARKERS hold those with no adjective between).
COMPARATIVE_ADVERBS = ("plus", "moins", "aussi", "davantage", "mieux", "pire")
# Verbs (lemmas) that tell what is to come in the present: a bare weekday they govern is the one
# ahead ("un train sur deux est attendu jeudi", written on Wednesday); "annoncer" only as "s'annoncer"
# ("La journée de jeudi s'annonce difficile").
FORWARD_LEMMAS = ("prévoir", "attendre", "tabler", "envisager", "programmer", "appeler", "annoncer")
FORWARD_REFLEXIVE_ONLY = ("annoncer",)
# ... and "attendre" only in the passive or as "s'attendre": "2 000 passagers attendent lundi"
# wait, they foresee nothing.
FORWARD_PASSIVE_ONLY = ("attendre",)
# Endings of the future and the conditional, which the tagger's mood must agree with ("restent"
# is no conditional, whatever it says).
AHEAD_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront", "rais", "rait", "rions", "riez", "raient")

# Participles of founding and building: a time on one dates the thing it describes, no figure
# ("ce poste de mesure ouvert en 1920", "l'usine, construite en 1998, emploie 300 salariés").
FOUNDING_VERBS = ("ouvrir", "créer", "fonder", "construire", "bâtir", "édifier", "inaugurer", "naître",
                  "mettre en service")

# A time told right after a sum, by these words, is the period of that result ("une perte nette
# de 112 millions d'euros pour 2028"); a figure other than a sum, of a clause coordinated after
# it by COORDINATED_CLAUSE ("…, et un plan prévoyant la suppression de 640 postes"), is not of
# that time. (Not "en 2033": "560 000 accidents en 2033, et ces accidents ont causé 760 décès"
# are one year's.)
TIME_AFTER_FIGURE = ("pour", "au titre de", "sur l'exercice", "pour l'exercice", "pour l'année")
RESULT_CURRENCIES = ("euro", "euros", "dollar", "dollars", "€", "$", "livre", "livres", "franc", "francs")
COORDINATED_CLAUSE = (", et", ", mais", ", tandis que", ", alors que", ", ainsi que", ";")
