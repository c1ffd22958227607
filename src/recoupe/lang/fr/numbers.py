"""French number words, multipliers, vague amounts, fractions and bound phrases.

Plain tables, like spaCy's ``lang/fr/lex_attrs.py``; the parser in ``recoupe.nlp.numbers``
reads them. Keys are lower-case and use the straight apostrophe; the parser normalises ’ to '.
"""

# Units, teens and tens. "un"/"une" count only inside a compound or before a multiplier:
# alone they are the indefinite article ("un sous-marin").
UNITS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
}
TENS = {
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}
HUNDRED = {"cent": 100, "cents": 100}
THOUSAND = {"mille": 1000, "mil": 1000}

# Nouns that multiply the figure before them: "4 millions", "quatre milliards".
MULTIPLIERS = {
    "millier": 1_000, "milliers": 1_000,
    "million": 1_000_000, "millions": 1_000_000,
    "milliard": 1_000_000_000, "milliards": 1_000_000_000,
    "billion": 1_000_000_000_000, "billions": 1_000_000_000_000,
    "douzaine": 12, "douzaines": 12,  # "deux douzaines" (alone, "une douzaine" is about 12)
}
# Abbreviated multipliers written after digits, mostly before a currency: "20 Md$", "3 M€".
ABBREVIATED_MULTIPLIERS = {
    "k": 1_000, "m": 1_000_000, "mio": 1_000_000, "md": 1_000_000_000, "mds": 1_000_000_000,
    "mrd": 1_000_000_000, "mrds": 1_000_000_000, "milliard": 1_000_000_000,
}

# Approximate collective nouns: "une dizaine de", "une centaine de" (approx, value given).
APPROX_NOUNS = {
    "dizaine": 10, "dizaines": 10, "douzaine": 12, "douzaines": 12, "quinzaine": 15,
    "vingtaine": 20, "vingtaines": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
    "soixantaine": 60, "centaine": 100, "centaines": 100,
}

# Words that make a plural collective vague: "plusieurs milliers", "des dizaines de".
# The vague amount is 2..9 (or 2..5 for "quelques") times the collective.
VAGUE_DETERMINERS = {
    "plusieurs": (2, 9), "des": (2, 9), "quelques": (2, 5), "de nombreux": (2, 9),
    "de nombreuses": (2, 9), "maints": (2, 9),
}

# Fractions and shares, valued as ratios.
FRACTIONS = {
    "moitié": 0.5, "tiers": 1 / 3, "quart": 0.25, "quarts": 0.25, "cinquième": 0.2,
    "cinquièmes": 0.2, "sixième": 1 / 6, "sixièmes": 1 / 6, "septième": 1 / 7, "septièmes": 1 / 7,
    "huitième": 0.125, "huitièmes": 0.125, "dixième": 0.1, "dixièmes": 0.1, "centième": 0.01,
    "double": 2.0, "triple": 3.0, "quadruple": 4.0,
}
# Determiners before a fraction and what they multiply it by: "la moitié", "deux tiers".
FRACTION_DETERMINERS = {"la": 1, "le": 1, "un": 1, "une": 1, "l'": 1, "de": 1, "du": 1}
# Fractions that a determiner of theirs does not make one: "les opérateurs de quart", "l'officier
# de quart" are on watch ("réduit de moitié" is a half).
NOT_FRACTIONS_AFTER = {"de": ("quart", "quarts")}

# Phrases before a figure and the qualifier they give. Longest match wins.
BOUND_PHRASES = {
    "plus de": "more_than", "plus d'": "more_than", "bien plus de": "more_than",
    "largement plus de": "more_than", "au-delà de": "more_than", "au delà de": "more_than",
    "davantage de": "more_than", "supérieur à": "more_than", "supérieure à": "more_than",
    "supérieurs à": "more_than", "supérieures à": "more_than", "dépassant": "more_than",
    "au moins": "at_least", "au minimum": "at_least", "pas moins de": "at_least",
    "pas moins d'": "at_least", "un minimum de": "at_least", "minimum": "at_least",
    "moins de": "less_than", "moins d'": "less_than", "inférieur à": "less_than",
    "inférieure à": "less_than", "en dessous de": "less_than", "en deçà de": "less_than",
    "au plus": "at_most", "au maximum": "at_most", "tout au plus": "at_most",
    "pas plus de": "at_most", "pas plus d'": "at_most", "un maximum de": "at_most",
    "jusqu'à": "up_to", "allant jusqu'à": "up_to", "jusqu'a": "up_to",
    "près de": "approx", "près d'": "approx", "environ": "approx", "quelque": "approx",
    "quelques": "approx", "autour de": "approx", "approximativement": "approx",
    "à peu près": "approx", "presque": "approx", "quasiment": "approx", "pratiquement": "approx",
    "aux alentours de": "approx", "de l'ordre de": "approx", "avoisinant": "approx",
    "plus ou moins": "approx", "grosso modo": "approx", "à près de": "approx",
    "estimé à": "approx", "estimée à": "approx", "estimés à": "approx", "estimées à": "approx",
    "en moyenne": "average", "une moyenne de": "average", "moyenne de": "average",
    "en moyenne que": "average", "en moyenne qu'": "average",  # "n'ont attiré en moyenne que 31 %"
    "sous les": "less_than", "sous la barre des": "less_than", "sous la barre de": "less_than",
    "sous le seuil des": "less_than", "sous le seuil de": "less_than", "sous": "less_than",
    "au-dessous de": "less_than", "au-dessous des": "less_than", "au-dessus de": "more_than",
    "au-dessus des": "more_than", "au dessus de": "more_than",
    "pouvant atteindre": "up_to", "pouvant aller jusqu'à": "up_to", "pourrait atteindre": "up_to",
    "pourraient atteindre": "up_to", "peut atteindre": "up_to", "peuvent atteindre": "up_to",
    "pourra atteindre": "up_to", "pourront atteindre": "up_to", "susceptible d'atteindre": "up_to",
    "susceptibles d'atteindre": "up_to",
    # a ceiling a sum may be raised to: "une indemnité de 72 millions, qui pourra être portée à 85 millions"
    **{f"{verb} être {raised} à": "up_to"
       for verb in ("pouvant", "pourra", "pourront", "pourrait", "pourraient", "peut", "peuvent")
       for raised in ("porté", "portée", "portés", "portées")},
    "plus des": "more_than", "moins des": "less_than", "plus du": "more_than",
}
# Bounds that may be places rather than amounts ("au-dessus de sept régions"): they bound
# only percentages, measures and money.
SPATIAL_BOUNDS = ("sous", "sous les", "au-dessus de", "au-dessus des", "au dessus de", "au-dessous de",
                  "au-dessous des", "en dessous de")
# What may stand between a bounding verb and its figure: "dépasse la barre des 1 000",
# "a franchi le cap des 100", "dépasser ensemble 130 sièges".
BOUND_VERB_FILLERS = ("les", "la", "le", "la barre des", "la barre de", "le cap des", "le cap de", "le seuil des",
                      "le seuil de", "la barre symbolique des", "le cap symbolique des", "ensemble", "largement",
                      "nettement", "déjà", "encore", "désormais", "même", "aisément", "lundi", "mardi",
                      "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "soir", "matin",
                      "pour la première fois", "à nouveau", "de nouveau")
# Verbs before a figure that bound it: "les pertes dépasseraient 6 000 hommes".
# Matched as word prefixes so every tense and mood counts.
BOUND_VERB_STEMS = {
    "dépass": "more_than", "excéd": "more_than", "excèd": "more_than", "surpass": "more_than",
    "franch": "more_than", "frôl": "approx", "avoisin": "approx", "approch": "approx",
}
# "ne dépasse pas 500" is at most 500, "ne … pas plus de" at most, "pas moins de" at least.
NEGATED = {"more_than": "at_most", "at_least": "at_most", "less_than": "at_least", "at_most": "at_least"}
NEGATION_WORDS = ("ne", "n'")
NEGATION_PARTICLES = ("pas", "plus", "jamais", "guère")
# Verbs whose negation leaves a bound as it is, and rather says it may happen: "les sismologues
# n'excluent pas une secousse supérieure à 6", "n'écarte pas un bilan de plus de 100 morts".
NEGATION_KEEPS_BOUND = ("exclu", "écart")
# Auxiliaries of such a verb's compound tenses: "les secours n'ont pas exclu un bilan de plus de 100 morts".
NEGATION_AUXILIARIES = ("a", "ont", "avait", "avaient", "aurait", "auraient", "avons", "avez", "est", "sont")
# Articles between a bounding verb and its figure: "dépassent les 6 000 hommes".
ARTICLES_BEFORE_FIGURE = ("les", "la", "le")

# Range connectors: "entre 4 et 6", "de 4 à 6", "4 à 6", "4 ou 5".
RANGE_OPENERS = ("entre", "de", "d'", "du")
RANGE_JOINERS = ("et", "à", "a", "ou", "au")
RANGE_BETWEEN = ("entre", "et")  # the pair that must go together
RANGE_TO = ("à", "a", "au")
RANGE_OR = ("ou",)

# A footnote marker follows a word directly and ends a sentence or clause: "Russie 1."
FOOTNOTE_MAX = 99

# Determiners before a small number word that make it a reference, not a count:
# "les deux pays", "ces quatre États", "ses trois fils".
REFERENCE_DETERMINERS = ("les", "ces", "leurs", "ses", "nos", "vos", "mes", "tes")
REFERENCE_MAX = 10
# What a known set named by a small number word may be said to be in, a toll's or a search's
# state, that makes it a count told again: "les trois personnes portées disparues", "sur les
# cinq personnes encore recherchées" (as word prefixes, after "encore", "toujours" or "portées").
COUNTED_STATE_ADVERBS = ("encore", "toujours", "déjà", "porté", "portés", "portée", "portées")
COUNTED_STATES = ("disparu", "recherché", "blessé", "hospitalisé", "évacué", "tué", "décédé", "secouru",
                  "interpellé", "sinistré", "relogé", "mort", "morte")
# "trois d'entre eux" refers to a set already counted.
PARTITIVE_REFERENCE = ("d'entre",)
# Verbs right after a number word that make it their subject: "… et trois sont décédées".
ELLIPTIC_SUBJECT_VERBS = ("sont", "ont", "est", "a", "restent", "reste", "demeurent", "demeure", "étaient",
                          "avaient", "était", "avait", "seraient", "auraient")

# Ordinals ("80e", "1er", "3ᵉ") need no table: a figure glued to letters is never read.

# "deux trains sur trois", "un électeur sur deux": a share when the whole is one of these.
RATIO_JOINER = "sur"
RATIO_DENOMINATORS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
                      "dix": 10, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10}
# "17 des 18 départements", "seuls 15 des 36 hôpitaux": a part counted in a whole.
PART_OF_WHOLE = ("des", "de ses", "de leurs", "d'entre les", "parmi les", "de nos", "de ces")

# A minus sign before digits, typographic or not: "-0,4 point", "−12,5 %", "—1,8 %".
MINUS_SIGNS = ("-", "\u2212", "\u2013", "\u2014")
# "n'y a baissé que de 0,9 %": the restrictive word between a fall and its "de"; "La baisse
# atteint même 3,4 %": the adverb between a fall's level verb and its figure.
DECREASE_RESTRICTIVES = ("que",)
LEVEL_ADVERBS = ("même",)
# A share listed after a fall: "ont chuté de 9 %, et de 12 % à Paris", "et Stellantis de 4,5 %".
FALL_LIST_JOINS = ("et",)
FALL_LIST_PREPOSITIONS = ("de", "d'")
# ... not a share of things of its own: "et 25 % des voitures neuves étaient électriques".
SHARE_OF_WORDS = ("des", "du", "de la", "de l'", "d'")
# Words of a bound or an approximation that may stand between a fall's word, or a copula, and
# its figure: "en baisse de près de 3 %", "les manifestants étaient plus de 4 000".
QUALIFIERS_BEFORE_FIGURE = ("plus de", "près de", "environ", "quelque", "au moins")
# A fall told by a word before "de": "en baisse de 3 %", "un recul de 0,2 %", "a reculé de 0,4
# point". The figure is stored signed.
DECREASE_WORDS = ("baisse", "recul", "repli", "chute", "diminution", "contraction", "reflux", "décrue",
                  "dégringolade", "fléchissement", "perte", "glissement négatif",
                  "baissé", "reculé", "chuté", "diminué", "fléchi", "régressé", "plongé", "dégringolé",
                  "baisser", "reculer", "chuter", "diminuer", "fléchir", "régresser",
                  "baisse", "recule", "chute", "diminue", "fléchit", "régresse", "baissent", "reculent",
                  "chutent", "diminuent", "baissait", "reculait", "chutait", "diminuait",
                  # what will or would fall: "le prix du gaz baissera de 6,4 %"
                  *(f"{stem}{end}" for stem in ("baisser", "reculer", "chuter", "diminuer", "fléchir")
                    for end in ("a", "ont", "ait", "aient")))
# Verbs that give a change's level after its noun: "La baisse atteint 3,4 % à Paris", "le recul
# est de 2 %".
CHANGE_LEVEL_VERBS = ("atteint", "atteignait", "atteindrait", "est de", "était de", "serait de", "s'élève à",
                      "s'élevait à", "se monte à", "culmine à", "avoisine", "dépasse", "dépassait", "frôle",
                      "grimpe à", "monte à")
# A fall's nouns before such a verb: "La baisse atteint 3,4 %" is a fall of 3,4 %.
DECREASE_NOUNS = ("la baisse", "cette baisse", "le recul", "ce recul", "la chute", "cette chute", "le repli",
                  "ce repli", "la diminution", "cette diminution", "la contraction", "cette contraction")
# The level a change brings a count to, after the change: "a augmenté de 1,6 %, pour s'établir à
# 3 112 400", "a progressé de 4 % à 12,3 millions". The level counts what changed, not percents.
LEVEL_AFTER_CHANGE = ("pour s'établir à", "pour s'établir désormais à", "pour atteindre", "pour s'élever à",
                      "pour se fixer à", "pour culminer à", "pour se situer à", "pour revenir à", "pour tomber à",
                      "pour remonter à", "pour grimper à", "pour passer à", "pour redescendre à", "à")
# Words a level after a change is told in when they leave what it counts to the change's subject:
# "Les immatriculations … ont reculé de 4,8 %, à 162 340 unités".
PLACEHOLDER_UNITS = ("unit",)
# Determiners of a change's subject at its sentence's start: "Les immatriculations de voitures".
SUBJECT_OPENERS = ("les", "le", "la", "l'", "ses", "leurs")
# Stems of the words of a change before its "de": "a augmenté de", "en hausse de", "un recul de".
CHANGE_STEMS = ("hauss", "baiss", "augment", "progress", "recul", "chut", "bond", "grimp", "diminu", "plong",
                "envol", "repli", "rebond", "accru", "flamb", "effondr", "contract", "décroch")
# A fall told of a share only: "inférieure de 3 %" (not "la partie inférieure de 30 mètres").
DECREASE_BEFORE_SHARE = ("inférieur", "inférieure", "inférieurs", "inférieures")
# A fall told by words after a share: "C'est 2 % de moins qu'en 2034", "4 % sous la moyenne" (not
# "en moins d'un an", "14,5 % sous le seuil de pauvreté", "90 % sous l'eau").
DECREASE_AFTER = ("de moins que", "de moins qu", "de moins,", "de moins.", "en moins,", "en moins.",
                  "de moins par rapport", "sous la moyenne", "sous sa moyenne", "sous leur moyenne", "sous le niveau",
                  "sous son niveau", "sous leur niveau", "sous la normale", "sous les normales", "en dessous de la moyenne",
                  "en dessous de son", "en dessous de leur", "au-dessous de la moyenne", "en deçà de la moyenne",
                  "en dessous du niveau")
# Words before a number that make it a label, not a count: "l'article 49.3", "la résolution
# 2397", "la ligne 13", "l'acte 2", "la saison 4".
NUMBERED_NOUNS = ("article", "articles", "alinéa", "résolution", "loi", "décret", "ligne", "lignes", "route",
                  "autoroute", "rn", "rd", "acte", "saison", "épisode", "chapitre", "section", "page",
                  "pages", "paragraphe", "numéro", "n°", "no", "niveau", "phase", "tome", "volume",
                  "édition", "porte", "terminal", "gate", "vol", "rue", "boulevard", "avenue",
                  "quai", "bus", "tram", "covid", "cop", "g", "version", "classe", "groupe",
                  "catégorie", "zone", "secteur", "chambre", "salle", "bâtiment", "bloc", "lot",
                  "point", "tour", "étape", "manche", "journée", "match", "semaine", "ligue", "division",
                  "formule", "type", "modèle", "airbus", "boeing", "iphone", "windows", "sans-plomb", "e",
                  # indices and names that carry a number: "le CAC 40", "l'Euro Stoxx 50", "Top 14"
                  "cac", "sbf", "stoxx", "ftse", "nikkei", "s&p", "nasdaq", "dax", "ibex", "msci", "top",
                  "pro", "rtl", "canal")
# Before "moins de 25 ans" or "plus de 65 ans", this makes an age band, not a count.
AGE_BAND_BEFORE = ("les", "des", "aux", "chez les", "parmi les", "pour les", "de", "d'")
# Nouns a small number word names a known set with: "les deux pays", "les trois camps".
REFERENCE_NOUNS = ("pays", "camps", "parties", "côtés", "belligérants", "chambres", "rives", "frères", "sœurs",
                   "soeurs", "partenaires", "alliés", "voisins", "communautés", "corées", "hommes", "femmes",
                   "candidats", "finalistes", "équipes", "clubs", "partis", "blocs", "puissances", "états",
                   "nations", "continents", "guerres", "tours", "mandats", "textes", "projets", "fils", "filles",
                   "enfants", "parents", "petits-enfants", "mains", "yeux", "jambes", "bras")
# Nouns of a toll, counted after "les" or "ces" too: "les cinq victimes", "ces trois morts".
TOLL_NOUNS = ("victimes", "morts", "tués", "blessés", "disparus", "décès")
# Comparatives that are figures: "deux fois plus", "dix de plus", "divisé par deux".
TIMES_WORDS = ("fois plus", "fois moins", "fois")
MORE_LESS_AFTER = ("de plus", "de moins", "de mieux")
MULTIPLIED_BY = ("divisé par", "divisée par", "divisés par", "divisées par", "multiplié par", "multipliée par",
                 "multipliés par", "multipliées par")
DOUBLE_WORDS = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5, "décuple": 10}
HALF_AFTER_UNIT = ("et demi", "et demie")
# Words before a small number word with nothing counted after it that still make it a
# count: "dont six", "soit trois".
COUNT_INTRODUCERS = ("dont", "soit", "parmi lesquels", "parmi lesquelles", "dont au moins",
                     # the other term of a comparison: "neuf morts, contre quatre annoncés la veille"
                     "contre",
                     # a count raised or set to a small number: "portant le nombre de morts à six",
                     # "le bilan est passé à six"
                     "passé à", "passée à", "porté à", "portée à", "portant le nombre de morts à",
                     "grimpé à", "monté à", "montée à", "s'élève à", "s'établit à", "alourdi à",
                     "revu à la hausse à", "relevé à")
# The head of a count raised to a number: "le nombre de morts à six", "le bilan à six".
COUNT_HEADS_TO = ("nombre", "bilan", "total", "décompte")
