"""French attribution cues, report nouns and hedges.

Plain tables read by ``recoupe.nlp.attribution`` and ``recoupe.nlp.modality``.
"""

# Prepositional cues before a source: "selon X", "d'après X", "de source X".
SOURCE_PREPOSITIONS = ("selon", "d'après", "de source", "de sources", "citant", "à en croire",
                       "aux dires de", "au dire de", "de l'avis de", "pour")
# "pour" is only a cue at the start of a sentence followed by a comma-closed phrase
# ("Pour le Pentagone, …"); the component checks that.
WEAK_PREPOSITIONS = ("pour",)

# Reporting verbs, as stems matched against word starts (every tense and person).
# They introduce a source when followed by "que", a colon or an opening quote.
REPORTING_VERB_STEMS = (
    "indiqu", "estim", "précis", "affirm", "déclar", "assur", "rapport", "révél", "révèl",
    "soulign", "expliqu", "avanc", "annonc", "confirm", "ajout", "écri", "prévien", "prévenu",
    "avert", "jug", "consid", "craign", "craint", "soupçonn", "conclu", "constat", "note",
    "notent", "notai", "observ", "signal", "rappel", "insist", "martel", "reconn", "admet",
    "admis", "sout", "prétend", "dément", "nie", "évalu", "calcul", "chiffr", "relev",
    "détaill", "pens", "croi", "croy", "dit", "disent", "disai", "a dit", "explic", "mentionn",
    "communiqu", "publi", "alert",
)
# Verbs whose subject is the source even without "que": "X alerte sur…", "X a dénoncé…".
STANCE_VERB_STEMS = ("alert", "dénonc", "condamn", "accus", "qualifi", "mett", "met en garde",
                     "mis en garde", "fustig", "critiqu", "salu", "déplor", "avert")
# What may follow a reporting verb for it to count: "que", "qu'", ":", "«", "sur" (alerter sur).
VERB_COMPLEMENTS = ("que", "qu'", ":", "«", "\"", "sur")
# Verbs that put a figure on something; their subject is the source when a figure or "à"
# follows: "le NIS évalue à 11 000 le nombre…", "le rapport recensait 13 000 conteneurs",
# "le département d'État fait état de 10 000 conteneurs".
QUANTIFYING_VERB_STEMS = ("évalu", "estim", "chiffr", "recens", "évoqu", "compt", "dénombr", "fait état",
                          "font état", "faisait état", "faisaient état", "fasse état", "parl", "avanc",
                          "table sur", "tablent sur", "mentionn", "annonc", "rapport", "signal")
QUANTIFYING_COMPLEMENTS = ("de", "d'", "des", "du", "entre", "plus", "près", "environ", "quelque",
                           "jusqu'à", "moins", "pas")
# Only these put a figure "à" something: "évalue à 11 000", not "a parlé à Séoul".
QUANTIFYING_A_STEMS = ("évalu", "estim", "chiffr")
# Participles and phrases that end a source's name: "un document de l'UE daté de mars",
# "le NIS, cité par Yonhap le 3 mars".
NAME_ENDERS = ("daté", "datée", "datés", "datées", "publié", "publiée", "publiés", "publiées", "paru",
               "parue", "parus", "parues", "diffusé", "diffusée", "rendu public", "rendue publique",
               "transmis", "transmise", "remis", "remise", "présenté", "présentée", "consulté",
               "consultée", "obtenu", "obtenue", "lors d", "le lundi", "le mardi", "le mercredi",
               "le jeudi", "le vendredi", "le samedi", "le dimanche", "lundi", "mardi", "mercredi",
               "jeudi", "vendredi", "samedi", "dimanche", "hier", "qui ", "dont ")
# Determiners that open a noun phrase; a comma-separated segment that starts otherwise in
# lower case is an apposition ("John Kirby, porte-parole de la Maison-Blanche, a affirmé").
NP_DETERMINERS = ("le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces",
                  "son", "sa", "ses", "leur", "leurs", "notre", "nos", "plusieurs", "certains",
                  "certaines", "deux", "trois")
# Adverbs that may stand between a verb and its complement: "alertent également sur".
INTERVENING_ADVERBS = ("également", "aussi", "notamment", "encore", "toutefois", "cependant",
                       "pourtant", "néanmoins", "ainsi", "déjà", "même", "par ailleurs",
                       "de son côté", "quant à lui", "quant à elle", "enfin", "clairement",
                       "publiquement", "récemment", "mardi", "lundi", "mercredi", "jeudi",
                       "vendredi", "samedi", "dimanche", "hier", "jeudi dernier", "désormais",
                       "alors", "aussitôt", "ensuite", "encore", "plus tard", "quelques jours plus tard",
                       "dès lors", "lui-même", "elle-même", "à son tour", "au passage", "mercredi soir",
                       "ce lundi", "ce mardi", "ce mercredi", "ce jeudi", "ce vendredi")
# Auxiliaries before a past participle: "a indiqué", "ont estimé", "avait précisé".
AUXILIARIES = ("a", "ont", "avait", "avaient", "aurait", "auraient", "eut", "a-t-il", "a-t-elle",
               "ont-ils", "ont-elles", "est", "sont", "s'est", "se sont", "va", "vont")

# Nouns naming a study or report: an attribution to one carries over to the following
# sentences that report its figures.
REPORT_NOUNS = ("étude", "rapport", "enquête", "analyse", "note", "bilan", "évaluation",
                "estimation", "estimations", "recherche", "recherches", "investigation", "document",
                "données", "chiffres", "calculs", "travaux", "relevé", "recensement", "sondage",
                "synthèse", "compte rendu", "mémo", "dossier", "audit", "expertise", "projection",
                "projections", "modélisation", "décompte", "rapports", "études", "analyses", "notes")
# People who speak for an organisation: "les experts du X", "un porte-parole de X".
SPOKESPERSON_NOUNS = ("experts", "expert", "analystes", "analyste", "chercheurs", "chercheur",
                      "porte-parole", "responsables", "responsable", "spécialistes", "auteurs",
                      "officiels", "représentants", "représentant", "services", "agents",
                      "dirigeants", "membres", "économistes", "observateurs")
# Anaphoric cues resolving to the last source: "d'après ce rapport", "selon la même source".
ANAPHORIC_SOURCES = ("ce rapport", "cette étude", "cette analyse", "cette enquête", "ce document",
                     "cette note", "ces données", "ces chiffres", "cette source", "la même source",
                     "les mêmes sources", "ce bilan", "cette évaluation", "ces estimations",
                     "ces travaux", "ce décompte", "cette estimation", "ces analystes", "ces experts",
                     "ces sources", "celui-ci", "celle-ci", "ce dernier", "cette dernière")
# "X, cité par Y": X is the source, Y the intermediary.
CITED_BY = ("cité par", "citée par", "cités par", "citées par", "repris par", "reprise par",
            "relayé par", "relayée par", "rapporté par", "rapportée par")
# Leading words removed from a source name.
NAME_STRIP = ("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cette", "ces")

# Hedges: adverbs and phrases that mark a claim as not asserted as fact.
HEDGE_WORDS = ("vraisemblablement", "probablement", "possiblement", "apparemment",
               "potentiellement", "présumément", "supposément", "prétendument", "sans doute",
               "peut-être", "semble-t-il", "semblerait", "semble", "semblent", "paraît-il",
               "selon toute vraisemblance", "selon toute probabilité", "il est possible que",
               "il est probable que", "il se pourrait que", "pas exclu", "présumé", "présumés",
               "présumée", "présumées", "supposé", "supposés", "hypothétique", "non confirmé",
               "non confirmés", "non confirmée", "non confirmées", "non vérifié", "non vérifiés",
               "aucune confirmation", "invérifiable", "invérifiables")
# Modal verbs in the conditional and future mark a possibility or an expectation. "peut" and
# "peuvent" alone are mostly ability ("peut tirer"), so they are not listed.
MODAL_FORMS = {"pourrait": "possible", "pourraient": "possible", "pourrais": "possible",
               "devrait": "prediction", "devraient": "prediction", "devrais": "prediction",
               "pourra": "prediction", "pourront": "prediction", "devra": "prediction",
               "devront": "prediction"}

# Conditional mood by form. The morphologizer misses many (it tags "dépasseraient",
# "justifierait", "permettrait" as indicative), so the ending is checked too.
CONDITIONAL_ENDINGS = ("erait", "eraient", "erais", "erions", "eriez",
                       "rrait", "rraient", "ttrait", "ttraient", "îtrait", "îtraient",
                       "itrait", "itraient", "uirait", "uiraient", "ndrait", "ndraient",
                       "udrait", "udraient", "oirait", "oiraient", "rirait", "riraient",
                       "lirait", "liraient", "dirait", "diraient", "fuirait", "crirait")
# Whole forms of irregular conditionals (future stem + ending).
CONDITIONAL_STEMS = ("ser", "aur", "ir", "fer", "pourr", "devr", "voudr", "viendr", "tiendr",
                     "verr", "faudr", "vaudr", "saur", "enverr", "recevr", "percevr", "apercevr",
                     "concevr", "décevr", "suivr", "poursuivr", "vivr", "survivr", "mourr",
                     "courr", "acquerr", "conquerr", "pleuvr", "devr", "obtiendr", "maintiendr",
                     "contiendr", "deviendr", "reviendr", "interviendr", "parviendr", "prévoir",
                     "revoudr", "refer", "défer", "satisfer")
CONDITIONAL_SUFFIXES = ("ait", "aient", "ais", "ions", "iez")
# Imperfect forms that end like a conditional: verbs whose stem ends in r ("livrait",
# "serrait", "tirait", "restaurait"). The stem is the form minus the imperfect ending.
IMPERFECT_R_STEMS = ("serr", "barr", "ferr", "bourr", "enterr", "déterr", "terr", "err", "tir",
                     "retir", "attir", "inspir", "aspir", "expir", "désir", "vir", "admir",
                     "soupir", "chavir", "délir", "étir", "conspir", "transpir", "restaur",
                     "instaur", "engendr", "encadr", "cadr", "poudr", "livr", "délivr", "œuvr",
                     "manœuvr", "ouvr", "couvr", "découvr", "recouvr", "rouvr", "entrouvr",
                     "offr", "souffr", "montr", "démontr", "rencontr", "entr", "rentr", "centr",
                     "concentr", "enregistr", "administr", "illustr", "filtr", "infiltr", "pénétr",
                     "outr", "vitr", "titr", "mitr", "lustr", "frustr", "cloîtr", "accr", "sucr",
                     "consacr", "massacr", "ancr", "nacr")

# Future tense endings for predictions, checked only when the morphologizer says Tense=Fut.
PREDICTION_WORDS = ("prévoit", "prévoient", "prévu", "prévue", "prévus", "prévues",
                    "s'attend", "s'attendent", "table sur", "tablent sur", "anticip",
                    # "un montant appelé à dépasser 70 milliards", "la dette risque de franchir …",
                    # "2 300 postes menacés": what may happen, not what has.
                    "appelé à", "appelée à", "appelés à", "appelées à", "risque de", "risquent de",
                    "menacé", "menacée", "menacés", "menacées")
# Verbs of plans, forecasts and fears that govern a figure not yet real: "Mirelle envisage de
# fermer trois usines", "les agriculteurs redoutent une baisse de 40 %".
PREDICTION_LEMMAS = ("prévoir", "tabler", "anticiper", "attendre", "envisager", "projeter", "viser",
                     "espérer", "redouter", "craindre", "risquer", "menacer", "escompter", "pronostiquer",
                     "planifier", "programmer")
# A figure in a hypothesis is not asserted: "si une centaine de candidats se retirent".
HYPOTHESIS_MARKERS = ("si", "s'", "s’")
# Where a sentence's clauses are cut for their modality: ";", ":" and a comma before a
# contrastive conjunction.
CLAUSE_CUT = r";|:\s|,\s+(?=(?:mais|or|même si)\b|(?:tandis|alors|bien) qu(?:e\b|'|’))"

# Abbreviations whose final period does not end a sentence.
ABBREVIATIONS = ("m.", "mm.", "mme.", "mlle.", "dr.", "pr.", "st.", "ste.", "me.", "mgr.", "gén.",
                 "col.", "cdt.", "lt.", "cap.", "av.", "apr.", "j.-c.", "env.", "etc.", "cf.",
                 "p.", "pp.", "n°.", "art.", "vol.", "éd.", "fig.", "min.", "max.", "approx.",
                 "janv.", "févr.", "sept.", "oct.", "nov.", "déc.", "no.", "vs.", "ex.")

# Phrases after "selon" that name no source: the claim is hedged, not attributed.
NON_SOURCES = ("informations", "des informations", "certaines informations", "rumeurs", "des rumeurs",
               "la presse", "certaines sources", "plusieurs sources", "des sources", "nos informations",
               "toute vraisemblance", "toute probabilité", "les cas", "les années", "les régions",
               "les estimations", "les chiffres", "les données", "les informations")
# Generic nouns before a media or agency name: "l'agence Yonhap" is Yonhap.
MEDIA_NOUNS = ("agence", "quotidien", "journal", "hebdomadaire", "chaîne", "radio", "site", "magazine",
               "télévision", "agence de presse", "média", "revue")
