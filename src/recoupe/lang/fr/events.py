"""French cues for the kind of event a figure measures, as word prefixes.

``recoupe.link.measures`` reads the words around a figure: a participle right after what is
counted ("11 000 soldats … déployés"), the subject of a bounding verb ("les pertes
dépasseraient 6 000 hommes"), or the verb of the clause ("a livré 4 millions d'obus").
"""

# event → word prefixes (folded: lower-case, straight apostrophes)
EVENT_STEMS: dict[str, tuple[str, ...]] = {
    "lost": ("pertes", "perte ", "tués", "tuées", "tué ", "morts", "mort ", "blessé", "décéd", "décès",
             "hors de combat", "perdu", "tombés", "victimes", "éliminé", "neutralisé"),
    "paid": ("paiement", "payé", "payer", "paie", "versé", "verser", "versement", "rapporté", "rapporter",
             "rapporte ", "revenu", "recettes", "gagné", "gain", "rémunér", "facturé", "vendu", "ventes",
             "chiffre d'affaires", "encaiss", "reçu", "recevoir", "aurait reçu", "touch"),
    "fired": ("tir", "utilis", "consomm", "dépens", "lancé", "lancer", "bombard", "pilonn"),
    "delivered": ("livr", "transit", "parties vers", "partis vers", "parti vers", "quitté", "transport", "expédi", "achemin", "fourni", "fournir", "transfér",
                  "exporté", "exporter", "importé", "importer", "cargaison", "envoi d'obus", "stock",
                  "cédé", "acquis", "acheté", "acheter", "obtenu"),
    "deployed": ("déploy", "envoy", "envoi", "dépêch", "engag", "stationn", "mobilis", "présents",
                 "combattent", "combattant aux", "positionn", "renfort"),
    "produced": ("produi", "production", "fabriqu", "manufactur"),
    "sanctioned": ("sanction", "visé", "gel"),
}
# When the unit is people, "envoyer" means deployed; for materiel it means delivered.
PEOPLE_UNITS = ("soldier", "person", "officer", "worker", "general", "member", "brigade", "battalion",
                "regiment", "division")
# Units that name the event themselves: a count of deaths is a loss.
UNIT_EVENTS = {"casualty": "lost", "prisoner": "captured"}
# Nouns counted that name the event: "600 morts" were killed, "2 000 blessés" wounded.
NOUN_EVENTS = {"mort": "killed", "morts": "killed", "tué": "killed", "tués": "killed",
               "décédé": "killed", "décédés": "killed", "blessé": "wounded", "blessés": "wounded",
               "perte": "lost", "pertes": "lost", "victime": "lost", "victimes": "lost"}
# Money is paid, earned or spent; other events read near a sum are not what it measures.
MONEY_UNITS = ("usd", "eur", "rub", "krw", "cny", "uah", "gbp", "jpy", "chf", "inr")
MONEY_EVENTS = ("paid", "produced", "sanctioned", "lost")
# In the fallback (first state of the clause), states after these words are destinations or
# places, not the actor: "livrés à la Russie", "la frontière ukrainienne".
NOT_ACTOR_BEFORE = ("à", "au", "aux", "vers", "en", "contre", "dans", "sur", "jusqu'en", "pour")
PLACE_NOUNS = ("frontière", "territoire", "sol", "côté", "ports", "port", "région", "front", "ville",
               "capitale", "zone", "oblast", "ligne", "villages", "positions", "sanctions")
MATERIEL_EVENTS_FOR_PEOPLE = {"delivered": "deployed"}
PEOPLE_EVENTS_FOR_MATERIEL = {"deployed": "delivered"}

# Verbs that make the figure after them the value of the clause's subject:
# "les pertes dépasseraient 6 000", "le bilan s'élève à 300", "ces pertes représentent".
COPULA_STEMS = ("dépass", "excéd", "atteign", "atteint", "s'élève", "s'élèvent", "s'élevait", "s'établi",
                "représent", "est de", "sont de", "était de", "totalis", "se chiffr", "avoisin", "frôl",
                "approch", "estimé", "estimées", "estimés", "estimée", "évalué", "chiffré", "compte",
                "comptent", "porté à", "portant à")

# Words that introduce the owner of what is counted: "soldats de la Corée du Nord",
# "2 000 pour Kiev".
OWNER_PREPOSITIONS = ("de", "du", "de la", "de l'", "des", "pour", "d'")

# A figure that is a part of a following whole: "plus de la moitié des 11 000 soldats".
PART_OF = ("des", "du", "de la", "de l'", "de", "d'")
# Anaphoric subjects pointing back at a figure in an earlier sentence: "ces pertes".
ANAPHORIC_DETERMINERS = ("ces", "ce", "cette", "ceux-ci", "celles-ci", "ils", "elles")
