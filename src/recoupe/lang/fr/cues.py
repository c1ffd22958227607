"""French hedges, clauses, abbreviations, and the words entity mentions are cleaned of.

Plain tables read by ``recoupe.nlp.modality``, ``recoupe.nlp.sentences`` and
``recoupe.nlp.entities``. Attribution has its own tables and patterns in ``attribution.py``.
"""

# People who speak for an organisation: "les experts du X", "un porte-parole de X".
SPOKESPERSON_NOUNS = ("experts", "expert", "analystes", "analyste", "chercheurs", "chercheur",
                      "porte-parole", "responsables", "responsable", "spécialistes", "auteurs",
                      "officiels", "représentants", "représentant", "services", "agents",
                      "dirigeants", "membres", "économistes", "observateurs")
# Leading words removed from a source name.
NAME_STRIP = ("le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cette", "ces")
# Civil titles before a person's name, as entity keys write them: "M. Villacís", "Mme Andrade".
# Words between a body's short name and the place its full name adds: "ARS des Hauts-de-France",
# "CHU de Nantes", "SDIS du Var".
PLACE_PREPOSITIONS = ("de", "des", "du", "d'", "de la", "de l'")
PERSON_TITLES = ("m.", "mme", "mlle", "mm.", "mmes", "dr", "pr", "me")

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
               "devront": "prediction",
               # "une amende pouvant aller jusqu'à 1 500 euros": a ceiling that may be reached
               "pouvant": "possible"}
# Participles after "pourrait être" that tell a state now, not what may come: "150 000 patients
# pourraient être concernés" is a hedged count of those concerned (conditional), "10 000
# personnes pourraient être évacuées" a possibility.
MODAL_STATE_STEMS = ("concerné", "touché", "affecté", "impacté", "exposé", "infecté", "contaminé")

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

# "Un montant appelé à dépasser 70 milliards" will grow; a union "qui avait appelé à la grève"
# or "appelé à manifester" called people out, and forecasts nothing: only a verb of change
# after "appelé à" makes it a forecast.
CHANGE_VERBS = ("dépasser", "atteindre", "franchir", "croître", "augmenter", "doubler", "tripler", "grimper",
                "progresser", "s'alourdir", "s'aggraver", "s'accroître", "se multiplier", "devenir", "durer",
                "diminuer", "baisser", "reculer", "chuter", "se poursuivre", "disparaître")
# Future tense endings for predictions, checked only when the morphologizer says Tense=Fut.
PREDICTION_WORDS = ("prévoit", "prévoient", "prévu", "prévue", "prévus", "prévues",
                    "s'attend", "s'attendent", "table sur", "tablent sur", "anticip",
                    # a forecast named as such: "Agreste ramène sa prévision de récolte à 42,8 Mhl"
                    "sa prévision", "ses prévisions", "leur prévision", "leurs prévisions",
                    # "un montant appelé à dépasser 70 milliards", "la dette risque de franchir …",
                    # "2 300 postes menacés": what may happen, not what has.
                    *(f"{called} à {verb}" for called in ("appelé", "appelée", "appelés", "appelées")
                      for verb in CHANGE_VERBS),
                    "risque de", "risquent de",
                    "a promis", "ont promis",
                    "menacé", "menacée", "menacés", "menacées",
                    # a deadline ahead: "200 radars supplémentaires d'ici à la fin de 2026"
                    "d'ici", "à l'horizon")
# A poll taken before a vote tells what the vote may give: its shares are forecasts, which the
# outcome may bear out or not, never contradict ("le sondage donnait encore 58 % de oui"). Not an
# exit poll, which tells how people voted ("selon un sondage réalisé à la sortie des urnes").
POLL_WORDS = ("sondage", "sondages", "intentions de vote", "intention de vote", "enquête d'opinion")
# A poll's clause forecasts only when it speaks of a vote ("54 % voteraient oui", "le sondage
# donnait 58 % de oui"), not an opinion or a habit ("30 % des ménages ont renoncé").
POLL_VOTE_WORDS = ("oui", "non", "voix", "vote", "voteraient", "voterait", "votant", "suffrage", "scrutin",
                   "intentions de vote", "candidat", "candidate", "crédité", "créditée", "premier tour", "second tour")
EXIT_POLL_WORDS = ("sortie des urnes", "sortie des bureaux de vote", "jour du vote", "jour du scrutin")
# Words right after a figure that make it a promise, what is to come (that figure only, not the
# outcome its clause tells): "Sur les 3 200 places promises pour 2036, 1 870 ont été livrées".
FORECAST_AFTER_FIGURE = ("promis", "promise", "promises")
# ... when the promise is the whole its part is told against ("Sur les 3 200 places promises, 1 870
# ont été livrées"; not "Les 1 500 euros promis ont été versés", a promise kept).
WHOLE_BEFORE_PROMISE = ("sur les", "sur ses", "sur leurs", "des", "parmi les")
# Words after which a prediction word compares with what was expected, and forecasts nothing:
# "une hausse plus forte que prévu", "comme prévu".
NOT_PREDICTION_AFTER = ("que", "qu'", "comme")
# Verbs of plans, forecasts and fears that govern a figure not yet real: "Mirelle envisage de
# fermer trois usines", "les agriculteurs redoutent une baisse de 40 %".
PREDICTION_LEMMAS = ("prévoir", "tabler", "anticiper", "attendre", "envisager", "projeter", "viser",
                     "espérer", "redouter", "craindre", "risquer", "menacer", "escompter", "pronostiquer",
                     "planifier", "programmer",
                     # targets and promises: "l'objectif de 75 %", "a promis 30 000 logements",
                     # "cherche à économiser 40 milliards", "veut créer 500 emplois"
                     "objectif", "cible", "ambition", "promettre", "chercher", "vouloir", "souhaiter")
# Of those, the verbs that tell no forecast when they govern a duration: "les patients attendent
# en moyenne 6 h 40" waited (but "la direction attend 5 000 visiteurs" expects them).
NOT_PREDICTION_WITH_DURATION = ("attendre",)
DURATION_WORDS = ("heure", "heures", "h", "minute", "minutes", "jour", "jours", "semaine", "semaines", "mois")
# What a plan, an agreement or a law "prévoit" is what it provides for, decided, not forecast:
# "un plan qui prévoit la suppression de 640 postes", "l'accord prévoit une hausse de 3 %". A
# draft provides for nothing yet: "le projet de loi prévoit 5 milliards d'économies" forecasts.
PROVISION_LEMMAS = ("prévoir",)
PROVISION_SUBJECTS = ("plan", "accord", "budget", "loi", "texte", "contrat", "programme",
                      "réforme", "dispositif", "protocole", "convention", "décret", "amendement",
                      "ordonnance", "règlement", "arrêté", "pse", "pacte", "traité", "compromis",
                      "préaccord", "avenant", "barème", "calendrier", "mesure", "directive")
# Verbs of intent that hedge only what they govern through an infinitive: "cherche à économiser
# 40 milliards" (not "la police cherchait 3 suspects").
INTENT_LEMMAS = ("chercher", "vouloir", "souhaiter")
# Endings of first-group verbs ("cherche", "tablaient", "visé"): their stem + "er" is the lemma.
FIRST_GROUP_ENDINGS = ("e", "es", "ent", "ons", "ez", "ait", "aient", "ais", "é", "ée", "és", "ées", "ant",
                       "era", "eront", "erait", "eraient", "a", "ai")
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

# Acronyms that say what kind of body a name is, written before it: "ONG Mar Abierto".
BODY_TYPE_ACRONYMS = ("ONG",)

# The state an article in French names a town of when it names no state: "Brest", "Valence" or
# "Laval" alone are French towns (in an article on Belarus, Spain or Quebec, theirs).
HOME_STATE = "FR"
# The articles before a town's name that may be its own ("La Rochelle", "au Mans"), and the
# article a contraction holds, as the town's name writes it: "du Mans" is "Le Mans".
TOWN_ARTICLES = ("la", "le", "les", "du", "des", "au", "aux", "l'", "l’")
ARTICLE_OF_CONTRACTION = {"du": "le", "des": "les", "au": "le", "aux": "les", "l": "l'"}
# Bodies named after the town they sit in, whose town is no place where what they count
# happened: "le parquet d'Albertville", "hospitalisé au CHU de Grenoble", "le tribunal de
# commerce de Brest" (one body, the town its seat). (Not a town's own hospital, "à l'hôpital de
# Sablé-sur-Sarthe, les soignants …", which may be where the story happens.)
SEAT_NOUNS = ("parquet", "tribunal", "tribunal judiciaire", "tribunal administratif", "tribunal de commerce",
              "tribunal correctionnel", "cour d'appel", "cour d’appel", "chu", "chr", "chru",
              "hôpital universitaire", "procureur", "procureure", "procureur de la république",
              "procureure de la république", "juge d'instruction", "pôle judiciaire")
SEAT_LINKS = ("de", "d'", "d’", "du", "des")
# Nouns of a land's rank before its name, which the recogniser takes into the name: "la province
# du Sud-Kivu" is the Sud-Kivu, "le district de Myagdi" Myagdi.
ADMIN_NOUNS = ("province", "région", "département", "district", "état", "comté", "canton", "gouvernorat",
               "wilaya", "oblast", "land", "commune")
ADMIN_LINKS = ("de la", "de l'", "de l’", "du", "des", "de", "d'", "d’")

# A count told as an earlier, smaller one, with "ne … que" in the imperfect or the pluperfect:
# "Mardi soir, la police ne comptait encore que 14 morts", "l'exécutif n'avait confirmé que 12
# décès". What was told then: a later, larger toll updates it, never contradicts it.
EARLIER_NEGATIONS = ("ne", "n'")
EARLIER_AUXILIARIES = ("avait", "avaient")
EARLIER_ENDINGS = ("ait", "aient")
EARLIER_ADVERBS = ("encore", "alors", "toujours", "officiellement", "jusque-là")
EARLIER_RESTRICTIVES = ("que", "qu'")
# ... or told first, in those tenses: "les pompiers avaient d'abord annoncé neuf morts", "Au premier
# jour, la Garde civile faisait état de deux morts".
EARLIER_FIRST = ("d'abord", "initialement", "dans un premier temps", "au départ", "au premier jour",
                 "le premier jour", "dans un premier bilan", "au début")
# ... or set aside by the article for a later one of its own: corrected ("23 ont été calcinés, et
# non 17", "au lieu des 250 annoncés"), told with the words of its telling or hoping after it ("34 coureurs
# hospitalisés, contre 31 annoncés le soir de la course", "aux 38 brebis annoncées mardi"), or
# told by its teller in the imperfect or the pluperfect ("l'agence faisait état de 48 morts", "la
# police, qui s'en tenait mercredi à 39 morts", "ils étaient 22", "qui en prévoyait 43 millions").
CORRECTED_BEFORE = ("et non", "et non plus", "et non pas", "non plus", "au lieu de", "au lieu des", "au lieu d'",
                    "plutôt que", "et pas")
# (not a telling but the usual state, or another period, after it: "12 trains circuleront au lieu
# de 30 en temps normal", "contre 95 % au plus fort de l'épidémie de 2038")
SET_ASIDE_NOT_AFTER = ("en temps normal", "en temps ordinaire", "habituellement", "d'habitude", "d'ordinaire",
                       "en moyenne", "normalement", "en général", "un jour ordinaire", "un jour normal")
# ... or set against it as what was told before, the telling's time after it ("7 500 personnes,
# contre 12 300 au plus fort de la crise, mardi", "contre 7 kilomètres jusque-là"); not a figure
# set against another place's or group's ("16 personnes à la rue à Lyon, contre 17 à Paris").
COMPARED_BEFORE = ("contre",)
COMPARED_AFTER = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "la veille",
                  "l'avant-veille", "hier", "avant-hier", "la semaine dernière", "la semaine précédente",
                  "au plus fort", "au pic", "la nuit précédente", "en début de semaine", "en début de journée",
                  "dans la matinée", "à la mi-journée", "en milieu de journée", "le matin même")
# (the tellings an article recalls: "lors du précédent bilan", "dans sa première estimation")
_TELLINGS = (("première", "estimation"), ("précédente", "estimation"), ("premier", "bilan"), ("précédent", "bilan"),
             ("première", "évaluation"), ("précédente", "évaluation"), ("précédente", "prévision"),
             ("premier", "décompte"), ("précédent", "décompte"), ("premier", "pointage"), ("précédent", "pointage"))
_RECALLED = tuple(f"{at} {whose} {which} {what}" for which, what in _TELLINGS
                  for at, whose in (("dans", "sa" if which.endswith("e") else "son"), ("dans", "leur"),
                                    ("dans", "la" if which.endswith("e") else "le"),
                                    ("lors de", "sa" if which.endswith("e") else "son"),
                                    ("lors de", "la") if which.endswith("e") else ("lors", "du"),
                                    ("à", "la") if which.endswith("e") else ("au", "")))
TOLD_AFTER = ("annoncé", "annoncée", "annoncés", "annoncées", "avancé", "avancée", "avancés", "avancées",
              "évoqué", "évoquée", "évoqués", "évoquées", "communiqué", "communiquée", "communiqués", "communiquées",
              # (a figure hoped for, its outcome told beside it: "250 000 espérés", "les 3 200 places promises")
              *(f"{stem}{end}" for stem in ("prévu", "attendu", "espéré", "promis", "escompté", "visé")
                for end in ("", "e", "s", "es") if not (stem == "promis" and end == "s")),
              "initialement", "précédemment", "auparavant", "dans un premier temps", "jusque-là",
              *(" ".join(w for w in phrase.split(" ") if w) for phrase in _RECALLED))
# A figure after these words is one first told, whatever the tense: "initialement estimés à 30
# millions", "le chiffre, d'abord évalué à 12 000", "après un premier bilan de 4 morts", "après
# avoir annoncé 120 blessés", "les pompiers ont d'abord parlé de cinq blessés".
TOLD_FIRST_ADVERBS = ("initialement", "d'abord", "à l'origine", "dans un premier temps", "dans un premier temps,",
                      "provisoirement", "jusqu'ici", "jusque-là", "longtemps")
TOLD_FIRST_NOUNS = tuple(f"{a} {which} {what}" for which, what in _TELLINGS
                         for a in (("une", "la") if which.endswith("e") else ("un", "le"))) + (
    "le bilan initial", "un bilan initial", "le décompte initial", "l'estimation initiale", "une estimation initiale")
TOLD_FIRST_AFTER_INFINITIVE = ("après avoir", "après en avoir", "après l'avoir")
# (between those words and the figure: "et non plus de 812", "au lieu des 458", "contre quelque 12 300")
SET_ASIDE_BETWEEN = ("plus", "pas", "les", "des", "de", "d'", "quelque", "environ", "près de")
# (the links after a telling verb or noun before its figure: "initialement estimé à", "un premier bilan de")
TOLD_FIRST_LINKS = ("à", "de", "d'")
# (a past participle's endings: "estimé", "évaluée", "parlé", "prévu", "établis")
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies")
# (a deed after a count of people: "Ils étaient 14 600 à avoir retiré un dossard")
DEED_LINKS = ("à",)
DEED_VERBS = ("avoir", "être")
INFINITIVE_ENDINGS = ("er", "ir", "re")
# (between a figure and the words of its telling: its noun, a word or two, not a verb)
TOLD_AFTER_WORDS = 2
TOLD_AFTER_NOT_BETWEEN = ("est", "sont", "a", "ont", "était", "étaient", "sera", "seront", "été", "serait",
                          "seraient", "reste", "restent", "avait", "avaient")
TOLD_PAST_VERBS = ("faisait état", "faisaient état", "s'en tenait", "s'en tenaient", "comptait", "comptaient",
                   "recensait", "recensaient", "dénombrait", "dénombraient", "évoquait", "évoquaient",
                   "annonçait", "annonçaient", "avançait", "avançaient", "tablait", "tablaient", "prévoyait",
                   "prévoyaient", "anticipait", "anticipaient", "espérait", "espéraient", "attendait",
                   "attendaient", "chiffrait", "chiffraient", "évaluait", "évaluaient", "estimait", "estimaient",
                   "signalait", "signalaient", "rapportait", "rapportaient", "étaient", "était")
# (no telling: "Ils étaient 14 600 à avoir retiré un dossard" tells what they did)
TOLD_PAST_STATES = ("étaient", "était")
TOLD_PAST_PARTICIPLES = ("annoncé", "recensé", "compté", "fait état", "évoqué", "avancé", "estimé", "prévu",
                         "dénombré", "chiffré", "évalué", "signalé", "rapporté", "tablé", "communiqué", "publié",
                         "espéré", "attendu", "donné")
# (what may stand between such a verb and its figure, in its clause: "de", "à", "sur", an adverb,
# a day, the noun of the count: "faisait alors état d'un bilan de 48 morts")
TOLD_PAST_REACH = 45
