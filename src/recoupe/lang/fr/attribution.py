"""French attribution: the patterns that find who a figure is attributed to, as data.

``recoupe.nlp.attribution`` is a generic engine: it runs ``PREPOSITION_PATTERNS`` through a
spaCy ``Matcher`` and ``DEPENDENCY_PATTERNS`` through a ``DependencyMatcher`` over the parse,
then reads the source noun phrase with the word classes below. Another language plugs in by
giving the same names in its own ``recoupe/lang/<xx>/attribution.py``.
"""

from __future__ import annotations

from recoupe.lang.fr import cues

# -- verbs ----------------------------------------------------------------------------------
# Verbs of saying: their subject is the source of what they report ("que …", a quote, an
# inverted "…, a précisé X").
SAY_VERBS = (
    "indiquer", "affirmer", "déclarer", "préciser", "annoncer", "assurer", "rapporter", "confirmer",
    "expliquer", "ajouter", "souligner", "rappeler", "signaler", "dire", "avancer", "révéler",
    "observer", "noter", "relever", "constater", "reconnaître", "admettre", "soutenir", "insister",
    "marteler", "répéter", "détailler", "écrire", "publier", "communiquer", "avertir", "alerter",
    "prévenir", "déplorer", "dénoncer", "regretter", "souligner", "mentionner", "évoquer",
    "conclure", "résumer", "raconter", "témoigner", "tweeter", "proclamer", "officialiser",
    "commenter", "démentir", "contester", "certifier", "attester", "prétendre", "juger",
    "considérer", "penser", "croire", "redouter", "craindre", "se féliciter", "saluer", "réagir",
    "faire savoir", "faire valoir", "espérer", "souhaiter", "montrer", "démontrer", "rapporter", "relayer", "détailler", "citer", "clamer",
    "accuser", "affirmer", "reconnaître", "souligner", "signaler", "estimer", "mettre en garde", "inquiéter", "réjouir", "féliciter", "alarmer", "fustiger", "annoncer",
)
# Verbs of stance: their subject is the source of what they take a stand on, with or
# without "que" ("X a dénoncé l'envoi de 12 000 soldats", "X alerte sur …").
STANCE_VERBS = ("dénoncer", "alerter", "déplorer", "saluer", "condamner", "critiquer", "fustiger", "regretter",
                "accuser", "avertir", "mettre en garde", "redouter", "craindre", "contester", "démentir",
                "insister", "s'inquiéter", "inquiéter", "réclamer", "exiger", "revendiquer", "plaider")
# Verbs that say something only when they follow what is said: "…, a lancé le ministre",
# "…, a réagi X" (but "la Russie a lancé 90 missiles" is an action).
INVERTED_ONLY_VERBS = ("lancer", "poursuivre", "confier", "glisser", "lâcher", "trancher", "réagir",
                       "répondre", "renchérir", "tempérer", "nuancer", "résumer", "conclure", "sourire",
                       "regretter", "ironiser", "s'emporter", "s'exclamer", "s'agacer", "plaider",
                       # figures put by whoever follows: "…, calcule le comité", "…, prévoit Atout France"
                       "calculer", "évaluer", "chiffrer", "décrire", "prévoir", "anticiper", "pronostiquer",
                       "projeter", "recenser", "dénombrer")
# Verbs that put a figure on something: their subject is the source of the figure that is
# their object ("la CGT revendique 3 millions", "le ministère a recensé 230 cas", "Bercy
# chiffre à 58 milliards la charge", "la direction table sur 5 %").
COUNT_VERBS = (
    "estimer", "évaluer", "chiffrer", "dénombrer", "recenser", "compter", "revendiquer",
    "comptabiliser", "enregistrer", "décompter", "répertorier", "identifier", "calculer", "tabler",
    "prévoir", "anticiper", "projeter", "viser", "attendre", "avancer", "annoncer", "rapporter",
    "signaler", "évoquer", "mentionner", "faire état", "publier", "communiquer", "déplorer",
    "dresser", "confirmer", "maintenir", "relever", "abaisser", "réviser", "ramener", "proclamer", "officialiser",
    # claims made by the subject: a budget presented, a sentence requested, a sum demanded.
    "présenter", "dévoiler", "requérir", "réclamer", "exiger", "demander", "promettre", "proposer",
    "plaider", "chiffrer", "afficher", "retenir", "mesurer", "parler",
    # a figure placed: "l'Insee le situe à 70,5 %", "la préfecture situe le bilan à 12 morts"
    "situer",
    # a poll credits a candidate with a share: "l'institut le crédite de 37 %"
    "créditer",
    # a figure given again or revised: "le HUR a réitéré son estimation : 3 200 soldats",
    # "le ministère a revu à la hausse le bilan : 27 morts"
    "réitérer", "revoir", "actualiser", "corriger",
    # a figure kept to: "la direction s'en tient à son chiffre de 21 %"
    "s'en tenir",
    # a count declared: "les autorités vétérinaires ont déclaré 42 foyers"
    "déclarer",
)
# What a body grants or commits of its own means, which it alone can tell: the figures of its
# clause and of the clauses that share its subject are the body's ("le gouvernement a débloqué
# 25 millions d'euros", "Enedis a mobilisé 2 800 techniciens"), not those of a clause with a
# subject of its own; never under a negation, and nothing carries over to the next sentence.
DEED_VERBS = ("débloquer", "allouer", "octroyer", "mobiliser", "verser", "consacrer")
# Words that join a clause on (with "," and ";"): "…, et quelque 600 personnels sont mobilisés".
CLAUSE_JOINS = ("et", "mais", "puis", "tandis", "alors")
# Verbs that give a figure only with a clitic: the verb's lemma, the clitic, and the phrase they
# make, as the tables spell it ("la protection civile s'en tient à 12 000"; not "tenir une réunion").
CLITIC_VERBS = {"tenir": ("en", "s'en tenir")}
# Counting verbs whose participle names the counter with "par": "les 104 000 arrivées
# enregistrées au 17 septembre par le ministère".
COUNTED_BY_PARTICIPLES = ("enregistrer", "recenser", "comptabiliser", "dénombrer", "décompter", "compter",
                          "répertorier", "chiffrer", "évaluer", "calculer", "revendiquer", "réclamer",
                          "avancer", "retenir", "signaler")
# Verbs that give a figure only when their object is a count: "le Dodma a porté dimanche à
# 58 morts le bilan", "le ministère a alourdi le bilan à 27 morts" (but "il a porté plainte").
COUNT_OBJECT_VERBS = ("porter", "alourdir", "élever", "aggraver", "arrêter")
# Besides the data nouns, what such a verb's object may be: "a porté à 310 le nombre de morts".
COUNT_OBJECT_NOUNS = ("nombre", "total", "taux", "montant", "niveau", "décompte")
# Public offices, by the head of their name, and their remit ("state" when it is the
# government as a whole): "les autorités" may stand for any office of their state, "la
# préfecture" for the interior, "le ministère de la Santé" is health. A capitalised head of
# OFFICE_CAPITALISED is an office ("le Département de gestion des catastrophes"), a lower-case
# one a territory ("le département").
OFFICE_HEADS = {
    "autorités": "state", "gouvernement": "state", "exécutif": "state", "ministère": "state",
    "ministre": "state", "présidence": "state", "administration": "state", "pouvoir": "state",
    "préfecture": "interior", "préfet": "interior", "police": "interior", "gendarmerie": "interior",
    "armée": "military", "état-major": "military", "renseignement": "intelligence",
}
OFFICE_CAPITALISED = ("département", "institut national", "agence nationale", "office national",
                      "direction générale", "service national")
# Words that make a body local or independent, no office of the state: "la police municipale",
# "le conseil départemental" (the singular "Autorité de la concurrence" is no "autorités").
NOT_OFFICE_WORDS = ("municipal", "municipale", "municipaux", "municipales", "départemental", "départementale",
                    "régional", "régionale", "communal", "communale", "indépendante", "indépendant")
# Words that give an office its remit: "autorités sanitaires", "porte-parole militaire".
REMIT_WORDS = {
    "santé": "health", "sanitaire": "health", "sanitaires": "health",
    "militaire": "military", "militaires": "military", "défense": "military", "armée": "military",
    "intérieur": "interior", "policier": "interior", "policière": "interior",
    "renseignement": "intelligence", "catastrophe": "disaster", "catastrophes": "disaster",
    "protection civile": "disaster",
}
# Roles that speak for the body they head: "le maire, Olivier Vernet" is the town hall's voice, as
# "la mairie" is; "le préfet de la Loire" the prefecture's; "le procureur" the prosecution's.
ROLE_BODIES = {"maire": "mairie", "préfet": "préfecture", "préfète": "préfecture", "procureur": "parquet",
               "procureure": "parquet"}
# Speakers whose remit word makes them an office's voice: "un porte-parole militaire".
OFFICE_VOICES = ("porte-parole",)
# Stems of the forms of verbs not in -er, for forms the lemmatizer misses ("-er" verbs are
# read from their lemma: "estimer" → "estim…", "annoncer" → "annonç…").
IRREGULAR_STEMS = {
    "dire": ("dit", "dis", "di"), "écrire": ("écri",), "prévoir": ("prévoi", "prévoy", "prévu", "prévi"),
    "reconnaître": ("reconn",), "admettre": ("admet", "admis", "admit"), "soutenir": ("souten", "soutien", "soutin"),
    "craindre": ("craign", "crain"), "conclure": ("conclu",), "croire": ("croi", "croy", "cru"),
    "prévenir": ("préven", "prévien", "prévin"), "avertir": ("averti",), "établir": ("établi",),
    "maintenir": ("mainten", "maintien", "maintin"), "poursuivre": ("poursui",), "faire": ("fai", "fait", "fon", "fass", "fer", "fi"),
    "transmettre": ("transmet", "transmis"), "mettre": ("met", "mis"), "produire": ("produi",),
    "conduire": ("condui",), "réagir": ("réagi",), "démentir": ("démen", "démenti"), "attendre": ("attend",),
    "rendre": ("rend",), "fournir": ("fourni",), "réfléchir": ("réfléchi",),
}
# Of those, the ones whose figure is a forecast, not an observation.
FORECAST_VERBS = ("tabler", "prévoir", "anticiper", "projeter", "viser", "attendre")
# Counting verbs that, with a duration, tell what their subject went through: "les patients ont
# attendu 4 h 15" waited (but "la direction attend 5 000 visiteurs" expects them).
NOT_WITH_DURATION = ("attendre",)
DURATION_WORDS = cues.DURATION_WORDS  # the words of a duration, as modality reads them
# Verbs through which a source relays another: "…, a rapporté BFMTV" (BFMTV relays unless
# nobody else is named), "Yonhap, qui s'appuie sur le NIS" (the NIS is the origin).
RELAY_VERBS = ("rapporter", "relayer", "révéler", "citer", "reprendre")
ORIGIN_VERBS = ("appuyer", "fonder", "baser", "reposer", "citer", "reprendre", "s'appuyer", "se fonder",
                "se baser")
# Relative pronouns that open a clause between a subject and its verb: "MSF, qui soutient
# l'hôpital, dit avoir reçu …".
RELATIVE_PRONOUNS = ("qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles")
# The prepositions an origin takes after those verbs: "qui s'appuie sur X", "fondé sur X".
ORIGIN_PREPOSITIONS = ("sur",)
# Participles that give the author of a report: "un bilan établi par la préfecture",
# "une étude réalisée par l'OSC", "le député X, cité par Yonhap" (the relay).
AUTHOR_PARTICIPLES = ("réaliser", "établir", "publier", "communiquer", "mener", "conduire", "diffuser", "fixer",
                      "évaluer", "estimer", "chiffrer", "calculer", "recenser", "annoncer", "avancer",
                      "rendre", "fournir", "transmettre", "produire", "effectuer", "dresser", "présenter",
                      "commander", "compiler", "élaborer", "rédiger", "signer")
CITED_PARTICIPLES = ("citer", "relayer", "rapporter", "reprendre", "interroger", "contacter", "joindre",
                     "consulter", "interviewer", "sonder")

# -- dependency patterns --------------------------------------------------------------------
# Each pattern names its nodes by role: "cue" (the word that attributes), "source" (the head
# of the source's noun phrase), "via" (a relay) and "object" (the figure a count verb governs).
# The subject of an active verb (a passive one's is what is counted: "sont attendus").
_SUBJECT = {"DEP": {"IN": ["nsubj", "expl:subj"]}}
DEPENDENCY_PATTERNS: dict[str, list[list[dict]]] = {
    # "X a indiqué que …", "…, a précisé X", "X revendique 3 millions", "elle a ajouté".
    "verb_subject": [[
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(set(SAY_VERBS) | set(COUNT_VERBS) | set(INVERTED_ONLY_VERBS) | set(STANCE_VERBS)
                                                                | set(COUNT_OBJECT_VERBS) | set(DEED_VERBS))},
                                            "POS": {"IN": ["VERB", "AUX", "NOUN", "ADJ"]}}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": _SUBJECT},
    ]],
    # "X fait état de N", "X a fait savoir que".
    "faire_etat": [[
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "faire"}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {"LOWER": {"IN": ["état", "savoir", "valoir"]}}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": _SUBJECT},
    ], [
        # "Madrid avait d'abord fait état de sept morts": an adverb between the auxiliary and
        # its participle, and the parse hangs "état" and the subject on the auxiliary.
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "avoir", "POS": "AUX"}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {"LOWER": "état"}},
        {"LEFT_ID": "object", "REL_OP": ">", "RIGHT_ID": "participle", "RIGHT_ATTRS": {"LOWER": "fait"}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": _SUBJECT},
    ]],
    # "un bilan communiqué par la préfecture", "a été annoncé par le ministère" (not "une aide
    # proposée par X": the agent of a deed is not a source).
    "by_agent": [[
        {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(set(SAY_VERBS) | set(AUTHOR_PARTICIPLES))}}},
        {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": {"IN": ["obl:agent"]}}},
    ]],
}

# A word written with a capital, as a name's words are; clitics that stand between a subject
# and its verb ("la CGT en revendique 25 000").
_CAPITALISED = r"^[A-ZÀ-Ý][\w\-’']*$"
OBJECT_CLITICS = ("en", "y", "l'", "l’", "le", "la", "les")
STRESSED_PRONOUNS = ("elle", "lui", "eux", "elles")

# Matcher fallback where the parse misses a subject: a name that opens the sentence, then a
# verb of saying or counting ("Bercy chiffre à 58 milliards…", "L'Insee a indiqué…").
OPENING_NAME_PATTERNS = [[
    {"POS": "DET", "OP": "?"}, {"POS": "PROPN", "OP": "+"}, {"POS": "AUX", "OP": "*"},
    {"POS": "ADV", "OP": "?"}, {"POS": {"IN": ["VERB", "NOUN"]}},
], [
    # "L'armée déplore …", "Le parquet chiffre …": a body, then a verb tagged as its adjective.
    {"POS": "DET"}, {"POS": "NOUN"}, {"POS": "ADJ", "OP": "?"}, {"POS": {"IN": ["VERB", "NOUN", "ADJ"]}},
], [
    # "Santé publique France dénombrait 530 cas": a body's name that opens with a capitalised
    # noun and ends with a state's name.
    {"POS": "NOUN", "IS_TITLE": True}, {"POS": "ADJ", "OP": "?"}, {"POS": "PROPN", "OP": "+"},
    {"POS": "AUX", "OP": "*"}, {"POS": "ADV", "OP": "?"}, {"POS": "VERB"},
], [
    # A name, what it is between commas, then its verb, whatever the tagger made of it: "Le
    # SNES-FSU, majoritaire dans les lycées, revendique …", "Force ouvrière, deuxième syndicat
    # du groupe, avance …".
    # ("Le syndicat Alliance, majoritaire chez les gardiens de la paix, en compte 200": a
    # body's kind before its name.)
    {"POS": "DET", "OP": "?"}, {"POS": {"IN": ["NOUN", "PROPN"]}, "IS_LOWER": True, "OP": "?"},
    {"TEXT": {"REGEX": _CAPITALISED}, "OP": "+"}, {"POS": {"IN": ["PROPN", "ADJ"]}, "OP": "*"},
    {"TEXT": ","}, {"POS": {"NOT_IN": ["VERB", "AUX", "PUNCT", "PRON", "SCONJ"]}, "OP": "+"}, {"TEXT": ","},
    {"LOWER": {"IN": list(OBJECT_CLITICS)}, "OP": "?"}, {"POS": "AUX", "OP": "*"}, {"POS": "ADV", "OP": "?"},
    {"IS_ALPHA": True},
], [
    # A subject, a participle's aside between commas, then its verb: "Le préfet, arrivé sur
    # place dans la matinée, évoque 35 blessés", "Air France, contactée par nos soins, table sur".
    {"POS": "DET", "OP": "?"}, {"POS": {"IN": ["NOUN", "PROPN"]}, "OP": "+"}, {"POS": "ADJ", "OP": "*"},
    {"TEXT": ","}, {"MORPH": {"IS_SUPERSET": ["VerbForm=Part"]}},
    {"POS": {"NOT_IN": ["VERB", "AUX", "PUNCT", "SCONJ"]}, "OP": "*"}, {"TEXT": ","},
    {"LOWER": {"IN": list(OBJECT_CLITICS)}, "OP": "?"}, {"POS": "AUX", "OP": "*"}, {"POS": "ADV", "OP": "?"},
    {"IS_ALPHA": True},
], [
    # A name set against the one before by a stressed pronoun between commas: "; la CGT, elle,
    # en revendique 40 000".
    {"POS": "DET", "OP": "?"}, {"TEXT": {"REGEX": _CAPITALISED}, "OP": "+"}, {"TEXT": ","},
    {"LOWER": {"IN": list(STRESSED_PRONOUNS)}}, {"TEXT": ","},
    {"LOWER": {"IN": list(OBJECT_CLITICS)}, "OP": "?"}, {"POS": "AUX", "OP": "*"}, {"POS": "ADV", "OP": "?"},
    {"IS_ALPHA": True},
], [
    # A capitalised name the tagger read as anything, then a clitic "en" and its verb: "SUD
    # Santé en dénombre 65", "Sud Rail en annonce 60 000" (after a semicolon, too).
    # "L'institut Vigie Opinion le crédite de 37 %": a body's kind before its name.
    {"POS": "DET", "OP": "?"}, {"POS": {"IN": ["NOUN", "PROPN"]}, "IS_LOWER": True, "OP": "?"},
    {"TEXT": {"REGEX": _CAPITALISED}, "OP": "+"},
    {"LOWER": {"IN": list(OBJECT_CLITICS)}}, {"POS": "AUX", "OP": "*"}, {"IS_ALPHA": True},
]]

# -- prepositions ---------------------------------------------------------------------------
# Matcher patterns of the words that open a source phrase. The label is the cue recorded in
# the ledger; "pour" is weak: only at the start of a sentence, naming someone, then a comma.
PREPOSITION_PATTERNS: dict[str, list[list[dict]]] = {
    "selon": [[{"LOWER": "selon"}]],
    "d'après": [[{"LOWER": {"IN": ["d'", "d’"]}}, {"LOWER": "après"}], [{"LOWER": {"IN": ["d'après", "d’après"]}}]],
    "de source": [[{"LOWER": "de"}, {"LOWER": {"IN": ["source", "sources"]}}],
                  # "De même source, on indique que …": the source named before
                  [{"LOWER": "de"}, {"LOWER": "même"}, {"LOWER": {"IN": ["source", "sources"]}}]],
    "de l'avis de": [[{"LOWER": "de"}, {"LOWER": {"IN": ["l'", "l’"]}}, {"LOWER": "avis"},
                      {"LOWER": {"IN": ["de", "d'", "d’", "du", "des"]}}]],
    "aux yeux de": [[{"LOWER": "aux"}, {"LOWER": "yeux"}, {"LOWER": {"IN": ["de", "d'", "d’", "du", "des"]}}]],
    "à en croire": [[{"LOWER": "à"}, {"LOWER": "en"}, {"LOWER": "croire"}]],
    "aux dires de": [[{"LOWER": {"IN": ["aux", "au"]}}, {"LOWER": {"IN": ["dires", "dire"]}},
                      {"LOWER": {"IN": ["de", "d'", "d’", "du", "des"]}}]],
    "citant": [[{"LOWER": "citant"}]],
    "pour": [[{"LOWER": "pour", "IS_SENT_START": True}]],
    # "220 millions d'euros pour la douane, environ 370 millions pour le parquet": after figures
    # set against each other (see FIGURE_PREPOSITIONS)
    "pour (chiffres)": [[{"LOWER": "pour", "IS_SENT_START": False}]],
    "chez": [[{"LOWER": "chez"}]],
    # "À Bercy, on rappelle que …", "Au Quai d'Orsay, on assure …": a seat of power, then "on".
    "à": [[{"LOWER": {"IN": ["à", "au"]}, "IS_SENT_START": True}]],
    # "le Gisti, pour qui « … »", "selon qui": a relative pronoun standing for the name before it.
    "pour qui": [[{"TEXT": ","}, {"LOWER": {"IN": ["pour", "selon"]}}, {"LOWER": {"IN": ["qui", "lequel", "laquelle"]}}]],
    # "un chiffre proche de celui de la préfecture de police (95 000)": whose figure the
    # parenthesis gives.
    "celui de": [[{"LOWER": {"IN": ["celui", "celle", "ceux", "celles"]}},
                  {"LOWER": {"IN": ["de", "d'", "d’", "du", "des"]}}]],
}
# Pronouns that stand for a thing of someone's: "celui de l'Insee, qui recense …".
DEMONSTRATIVE_PRONOUNS = ("celui", "celle", "ceux", "celles")
# The prepositions whose source owns only the figure in parentheses after its name.
PARENTHESIS_PREPOSITIONS = ("celui de",)
WEAK_PREPOSITIONS = ("pour",)
# Prepositions that name a source only right after a figure, when another figure of the sentence
# has its own ("74 % pour le CRT, 70,5 % pour l'Insee"), and only a name or one of these bodies
# (not "500 euros pour les familles").
FIGURE_PREPOSITIONS = ("pour (chiffres)",)
FIGURE_PREPOSITION_BODIES = ("douane", "douanes", "parquet", "police", "préfecture", "ministère", "gouvernement",
                             "syndicat", "syndicats", "organisateur", "organisateurs", "mairie", "gendarmerie",
                             "armée", "direction", "intersyndicale", "opposition", "majorité", "patronat")
# "chez Oddo BHF, on anticipe …": the house an impersonal subject speaks for. The preposition
# names a source only when the comma and that subject follow its noun phrase.
HOUSE_PREPOSITIONS = ("chez", "à")
# The same house after an inverted "on": "…, précise-t-on à la direction", "indique-t-on chez X".
HOUSE_AFTER_ON = ("à", "au", "aux", "chez")
# What "par" introduces after a verb of saying when it is the means, not the speaker: "a-t-il
# déclaré par visioconférence", "annoncé par communiqué", "par la voix de son porte-parole".
MEANS_NOUNS = ("visioconférence", "téléconférence", "téléphone", "communiqué", "courriel", "mail", "e-mail",
               "courrier", "lettre", "message", "vidéo", "écrit", "voie", "voix", "biais", "intermédiaire",
               "sms", "tweet", "réseau", "radio", "télévision", "conférence", "visio", "duplex")
# A verb and the noun that makes it a verb of saying: "faire état de", "rendre compte de".
SAY_PHRASES = ("faire état", "rendre compte", "donner état", "rendre public", "tirer bilan")
IMPERSONAL_SUBJECTS = ("on",)
# Verbs that announce figures to come: "Distrimax a publié mercredi ses résultats. Son chiffre
# d'affaires a progressé de 4,6 % …" — the next sentence's figures are the publisher's.
ANNOUNCING_VERBS = ("publier", "présenter", "dévoiler", "annoncer", "communiquer", "détailler", "livrer",
                    "diffuser", "actualiser", "mettre à jour", "dresser", "proclamer", "officialiser")

# -- nouns ----------------------------------------------------------------------------------
# Nouns that carry figures for an author: "selon les chiffres du ministère" is the ministry,
# "d'après un décompte de l'AFP" is AFP. The kind says how the attribution carries over:
# a study or a count reports figures over several sentences.
DATA_NOUNS = {
    "chiffre": "count", "décompte": "count", "bilan": "count", "comptage": "count", "donnée": "count",
    "statistique": "count", "relevé": "count", "recensement": "count", "estimation": "count",
    "calcul": "count", "projection": "count", "prévision": "count", "évaluation": "count",
    "baromètre": "count", "indicateur": "count", "comptabilisation": "count", "pointage": "count",
    "rapport": "study", "étude": "study", "enquête": "study", "sondage": "study", "analyse": "study",
    "note": "study", "bulletin": "study", "document": "study", "synthèse": "study", "audit": "study",
    "recherche": "study", "travaux": "study", "modélisation": "study", "expertise": "study",
    "communiqué": "count", "résultat": "count", "barème": "count", "grille": "count", "budget": "count", "compte": "count", "déclaration": "other", "annonce": "other", "information": "other",
    "témoignage": "other", "point": "count", "briefing": "count", "chiffrage": "count",
    "liste": "count", "inventaire": "count", "tableau": "count", "classement": "count", "palmarès": "count",
    "proposition": "other", "prévisionnel": "count",
    "arrêté": "other", "décret": "other", "avis": "study", "panorama": "study", "vague": "study",
    "état des lieux": "study", "photographie": "study", "simulation": "study",
}
# People who speak for a body: "les experts de l'ISW" is the ISW, "la porte-parole de l'ONU"
# speaks for the ONU (unless her name is given).
SPOKESPERSON_NOUNS = ("expert", "analyste", "chercheur", "porte-parole", "spécialiste", "économiste",
                      "service", "équipe", "auteur", "observateur", "représentant", "membre", "agent",
                      "enquêteur", "responsable", "officiel", "dirigeant", "cadre", "statisticien",
                      "démographe", "épidémiologiste", "sismologue", "prévisionniste", "juriste")
# Roles that name a person when a name follows or stands in apposition: "le député Lee X",
# "la directrice de l'ARS, Marie Dupont". Without a name, the role is the source.
ROLE_NOUNS = (
    "ministre", "président", "présidente", "premier ministre", "porte-parole", "préfet", "préfète",
    "directeur", "directrice", "procureur", "procureure", "maire", "député", "députée", "sénateur",
    "sénatrice", "secrétaire", "commissaire", "chef", "cheffe", "général", "colonel", "commandant",
    "capitaine", "amiral", "gouverneur", "ambassadeur", "ambassadrice", "conseiller", "conseillère",
    "patron", "patronne", "pdg", "dirigeant", "dirigeante", "représentant", "représentante",
    "responsable", "analyste", "chercheur", "chercheuse", "économiste", "expert", "experte",
    "professeur", "professeure", "médecin", "docteur", "avocat", "avocate", "juge", "délégué",
    "déléguée", "coordinateur", "coordinatrice", "fondateur", "fondatrice", "élu", "élue", "adjoint",
    "adjointe", "vice-président", "vice-présidente", "syndicaliste", "leader", "entraîneur",
    "sélectionneur", "manager", "économiste", "épidémiologiste", "infectiologue", "urgentiste",
    "sismologue", "climatologue", "météorologue", "prévisionniste", "historien", "historienne",
    "politologue", "sociologue", "démographe", "magistrat", "magistrate", "officier", "lieutenant",
    "sergent", "major", "journaliste", "correspondant", "correspondante", "envoyé", "envoyée",
    "présidente-directrice", "président-directeur", "directeur général", "directrice générale",
    "administrateur", "administratrice", "chancelier", "chancelière", "roi", "reine", "émir",
    "pape", "gouvernement", "secrétaire général", "secrétaire générale", "négociateur", "médiateur",
    "rapporteur", "rapporteure", "questeur", "haut-commissaire", "commandante", "cheffe",
)
# Heads of noun phrases that keep a source anonymous: "une source proche du dossier",
# "des sources militaires", "un responsable sous couvert d'anonymat".
ANONYMOUS_HEADS = ("source", "responsable", "officiel", "diplomate", "proche", "entourage",
                   "interlocuteur", "enquêteur", "connaisseur", "observateur", "cadre", "membre",
                   "militaire", "haut fonctionnaire", "fonctionnaire", "conseiller", "dirigeant",
                   "négociateur", "spécialiste", "expert", "témoin", "collaborateur", "élu", "agent")
# Determiners that leave a noun phrase unnamed (an anonymous source has one of them and no name).
INDEFINITE_DETERMINERS = ("un", "une", "des", "plusieurs", "certains", "certaines", "de", "d'",
                          "d’", "quelques", "deux", "trois", "divers", "diverses", "nombreux",
                          "nombreuses")
# Pronouns that stand for a source named before; the engine resolves them.
# Titles before a name: "Me Nadia Ferhat", "Pr Antoine Mercier", "M. Dupont".
TITLES = ("me", "maître", "pr", "professeur", "dr", "docteur", "m.", "mme", "mlle", "mgr", "général",
          "colonel", "monsieur", "madame")
# Feminine endings of roles and people, and their masculine: "avocate" is "avocat".
FEMININE_ENDINGS = (("rice", "eur"), ("euse", "eur"), ("ienne", "ien"), ("ère", "er"), ("ive", "if"), ("e", ""))
PRONOUNS = {"il": ("Masc", "Sing"), "elle": ("Fem", "Sing"), "ils": ("Masc", "Plur"),
            "elles": ("Fem", "Plur"), "lui": ("Masc", "Sing"), "eux": ("Masc", "Plur"),
            "celui-ci": ("Masc", "Sing"), "celle-ci": ("Fem", "Sing"), "ceux-ci": ("Masc", "Plur"),
            "celles-ci": ("Fem", "Plur"), "ce dernier": ("Masc", "Sing"),
            "cette dernière": ("Fem", "Sing"), "ces derniers": ("Masc", "Plur")}
# The first person outside quotation marks: in an interview's answers, the person interviewed.
FIRST_PERSON = ("je", "j'", "j’", "nous")
# Subjects that are never a source: the speaker inside a quote, impersonal "on", "cela".
NON_SOURCE_SUBJECTS = ("je", "j'", "j’", "nous", "on", "tu", "vous", "ce", "c'", "c’", "cela", "ça",
                       "ceci", "tout", "rien", "personne", "chacun", "aucun", "aucune", "certains",
                       "beaucoup", "plusieurs", "la plupart")
# After "selon", phrases that name nobody: "selon toute vraisemblance", "selon les cas".
NON_SOURCE_PHRASES = ("toute vraisemblance", "toute probabilité", "les cas", "le cas", "les années",
                      "les régions", "les secteurs", "les pays", "les jours", "les heures", "les modèles",
                      "nos informations", "des informations", "certaines informations",
                      "les informations", "la presse", "les sources", "plusieurs sources",
                      "certaines sources", "des rumeurs", "la saison", "la météo", "la formule",
                      "les termes", "le texte", "le projet", "la loi", "la règle", "les règles",
                      "le calendrier", "leur âge", "leur taille", "l'âge", "la taille")
# Determiners and possessives stripped from the start of a source's name.
NAME_STRIP = ("le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "ce", "cet",
              "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "au", "aux")
# Possessive determiners: "selon ses propres projections" is the subject's own.
POSSESSIVES = ("son", "sa", "ses", "leur", "leurs")
# The writer's own: "selon nos informations", "d'après nos calculs" is the article's voice.
OWN_POSSESSIVES = ("notre", "nos", "mon", "ma", "mes")
# Of those, the outlet's own reporting, which its outlet stands behind as an origin: "selon nos
# informations", "d'après nos sources", "selon notre enquête" (the claim stays in the
# article's own voice).
OWN_REPORTING = ("information", "informations", "source", "sources", "enquête", "révélation", "révélations")
# A definite noun phrase naming a body by its kind: "l'institut", "le ministère",
# "l'organisation", "le bureau onusien" points back to the last source with that head.
ANAPHORIC_DETERMINERS = ("le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces")
# Determiners of "ce rapport", "cette étude": the last study or count named.
DEMONSTRATIVES = ("ce", "cet", "cette", "ces")
# Media nouns before a name: "l'agence Yonhap" is Yonhap, "le quotidien Le Monde" is Le Monde.
MEDIA_NOUNS = ("agence", "quotidien", "journal", "hebdomadaire", "chaîne", "radio", "site", "magazine",
               "télévision", "média", "revue", "station", "journaliste", "correspondant", "presse")
# News agencies in a dateline: "PARIS (AFP) -" makes the agency the relay of the dispatch.
DATELINE_AGENCIES = ("AFP", "Reuters", "AP", "Belga", "ATS", "ANSA", "DPA", "EFE", "Xinhua", "Yonhap",
                     "Anadolu", "Kyodo", "Tass", "TASS", "RIA Novosti", "Ukrinform", "APS", "MAP",
                     "Sipa", "Bloomberg", "UPI")
# Nouns that stand for a body already named by its kind: "le groupe" after "Verlan
# Industries", "l'institut" after "l'Insee", "l'organisation" after "l'OMS".
KIND_NOUNS = ("groupe", "entreprise", "société", "compagnie", "firme", "constructeur", "équipementier",
              "fabricant", "distributeur", "enseigne", "opérateur", "industriel", "géant", "laboratoire",
              "banque", "assureur", "transporteur", "club", "institut", "office", "agence", "organisation",
              "bureau", "organisme", "observatoire", "fédération", "syndicat", "confédération", "association",
              "ong", "fondation", "centre", "institution", "cabinet", "établissement", "think tank", "média",
              "journal", "quotidien", "chaîne", "gestionnaire", "régie", "plateforme", "service", "autorité",
              "instance", "collectif", "ligue", "formation", "parti", "mouvement", "alliance", "coalition",
              "conseil", "commission", "comité", "cour", "conférence", "assemblée", "délégation", "cellule",
              "inspection", "administration", "exploitant", "haut-commissariat", "commissariat", "secrétariat",
              "courtier", "consortium", "holding", "filiale", "mutuelle")
# Forms of counting verbs that, without an auxiliary, say what their subject is made of: "le
# conseil municipal compte 55 sièges", "l'entreprise comptait 1 200 salariés" (not "la police a
# compté 3 000 manifestants").
COMPOSITION_FORMS = ("compte", "comptent", "comptait", "comptaient")
# What happens, not what a body is made of: such a form counts when it governs one of these
# ("la préfecture comptait trois morts et onze disparus", "la police compte 3 000 manifestants").
EVENT_COUNT_NOUNS = ("mort", "morts", "blessé", "blessés", "disparu", "disparus", "victime", "décès", "tué",
                     "tués", "cas", "manifestant", "gréviste", "participant", "interpellation", "arrestation",
                     "hospitalisation", "évacué", "sinistré", "intervention", "incident", "noyade")
# Verbs whose subject is the speaker of the verb of saying they govern: "la direction vient de
# publier", "le ministre a tenu à préciser", "l'intersyndicale continue de réclamer".
CONTROL_VERBS = ("venir", "tenir", "continuer")
# Counting verbs whose subject is often what is measured, not who measures: "l'académie affiche
# 90,2 % d'admis, a indiqué le rectorat". Such a subject gives way to any other source.
MEASURED_VERBS = ("afficher",)
# Participles that belong to a body's name: "le ministère chargé du Commerce extérieur".
NAME_PARTICIPLES = ("chargé", "chargée", "chargés", "chargées")
# Nouns that name a body only with their complement: "la chambre d'agriculture", "la Caisse
# des dépôts", "la maison mère" (a "chambre" alone is a room).
BODY_WITH_COMPLEMENT = ("chambre", "caisse", "maison", "bureau", "haut conseil", "tribunal", "direction")
# People who speak or count as a group, besides roles and bodies: "les syndicats affirment",
# "les organisateurs ont compté", "des habitants racontent".
SPEAKING_PEOPLE = ("syndicat", "organisateur", "manifestant", "habitant", "riverain", "témoin", "secouriste",
                   "sauveteur", "pompier", "policier", "gendarme", "militaire", "soldat", "médecin", "soignant",
                   "infirmier", "élu", "député", "sénateur", "maire", "enquêteur", "avocat", "magistrat",
                   "procureur", "juge", "militant", "ong", "humanitaire", "observateur", "chercheur", "scientifique",
                   "analyste", "expert", "économiste", "statisticien", "sondeur", "institut", "auteur", "rapporteur",
                   "opposition", "majorité", "autorité", "dirigeant", "responsable", "employeur", "patronat",
                   "salarié", "agriculteur", "éleveur", "producteur", "professionnel", "commerçant", "opérateur",
                   "compagnie", "assureur", "banquier", "investisseur", "marché", "spécialiste", "météorologue",
                   "armateur", "affréteur", "exploitant", "propriétaire", "constructeur", "fabricant", "transporteur",
                   "gestionnaire", "concessionnaire", "bailleur", "promoteur",
                   "sismologue", "vulcanologue", "climatologue", "épidémiologiste", "virologue", "urgentiste",
                   "collectif", "association", "famille", "proche", "victime", "rescapé", "survivant", "passager",
                   "voyageur", "usager", "consommateur", "électeur", "sondé", "parent", "enseignant", "élève",
                   "étudiant", "supporter", "club", "fédération", "ligue", "gouvernement", "exécutif", "ministère",
                   "préfecture", "mairie", "municipalité", "collectivité", "métropole", "intercommunalité",
                   "agglomération", "rectorat", "hôpital", "clinique", "chu", "centre hospitalier", "armée",
                   "protection civile",
                   "sécurité civile", "défense civile", "police nationale", "gendarmerie nationale",
                   "garde nationale", "garde civile", "police municipale", "police judiciaire", "police", "gendarmerie", "justice", "parquet", "direction",
                   "état-major", "commandement", "autorité", "secours", "garde-côte", "intersyndicale",
                   "ministre", "président", "porte-parole", "préfet", "maire", "procureur", "renseignement",
                   "diplomatie", "marine", "aviation", "défense", "douane", "administration", "chancellerie",
                   "présidence", "diplomate", "agence", "office", "institut", "observatoire", "ong")
# "selon la même source": the last source named.
SAME_WORDS = ("même", "mêmes")

# Demonstratives that stand for the first source's noun in a gapped second one: "Les organisateurs
# maintiennent le chiffre de 80 000 spectateurs, la police celui d'environ 50 000".
GAP_DEMONSTRATIVES = ("celui", "celle", "ceux", "celles")
