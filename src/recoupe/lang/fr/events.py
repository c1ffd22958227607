"""French cues for the kind of event a figure measures, as word prefixes.

``recoupe.nlp.measures`` reads the words around a figure: a participle right after what is
counted ("11 000 soldats … déployés"), the subject of a bounding verb ("les pertes
dépasseraient 6 000 hommes"), or the verb of the clause ("a livré 4 millions d'obus").
"""

# The words of a home deprived of something ("privés de téléphone") or cut off ("coupés du
# réseau"), and what of: the longest words at one place win over "privé" alone.
_DEPRIVED = ("privé", "privés", "privée", "privées", "privant")
_CUT_OFF = ("coupé", "coupés", "coupée", "coupées", "coupure", "coupures")
_LINES = ("de téléphone", "du téléphone", "de ligne", "de lignes", "d'internet", "de l'internet",
          "de réseau", "du réseau", "de connexion", "de télécommunications", "de télévision", "de box")

# event → word prefixes (folded: lower-case, straight apostrophes)
EVENT_STEMS: dict[str, tuple[str, ...]] = {
    "lost": ("pertes", "perte ", "hors de combat", "perdu ", "perdus", "perdue ", "perdues", "éliminé", "neutralisé"),
    # ("péri " and not "péri": "le périphérique"; not "meurtrier": "l'effondrement meurtrier" is
    # no count of the dead)
    "killed": ("tués", "tuées", "tué ", "morts", "mortes", "mort ", "morte ", "morte,", "morte.", "décéd", "décès", "victimes", "tombés", "péri ", "péri,",
               "péri.", "périr", "périss", "perdu la vie", "trouvé la mort", "sans vie", "coûté la vie",
               "coûte la vie"),
    "wounded": ("blessé",),
    "paid": ("paiement", "payé", "payer", "paie", "versé", "verser", "versement", "rapporté", "rapporter",
             "rapporte ", "revenu", "recettes", "gagné", "gain", "rémunér", "facturé",
             "chiffre d'affaires", "encaiss", "reçu", "recevoir", "aurait reçu", "débours",
             # compensation paid: "L'État indemnise les éleveurs entre 180 et 260 euros par brebis"
             "indemnis", "dédommag"),
    # things sold are sales, however told ("842 000 ventes", "836 000 logements ont été vendus",
    # "21 400 logements ont changé de mains"); a sum sold for is paid (MONEY_EVENT_READINGS)
    "sold": ("vendu", "vente", "changé de mains", "changent de mains", "changeant de mains", "changé de propriétaire",
             "changent de propriétaire", "changeant de propriétaire", "trouvé preneur",
             "trouvé acquéreur", "écoulé", "transaction"),
    # (not "bombard": "dix bombardiers d'eau" are aircraft fighting a fire)
    "fired": ("tir", "utilis", "consomm", "dépens", "lancé", "lancer", "bombardé", "bombarder", "bombardement",
              "bombardant", "bombardent", "pilonn"),
    "delivered": ("livr", "transit ", "transité", "transitent", "transitant", "parties vers", "partis vers",
                  "parti vers", "quitté", "transport", "expédi", "achemin", "fourni", "fournir", "transfér",
                  "exporté", "exporter", "importé", "importer", "exportation", "importation", "cargaison", "envoi d'obus", "stock",
                  "cédé", "acquis", "acheté", "acheter", "obtenu"),
    "deployed": ("déploy", "envoy", "envoi", "dépêch", "engag", "stationn", "mobilis", "présents",
                 "combattent", "combattant aux", "positionn", "renfort"),
    # (a harvest is what a farm or a vineyard produces: "la récolte atteindrait 41,3 millions d'hectolitres")
    "produced": ("produi", "production", "fabriqu", "manufactur", "récolte", "récolté", "vendange"),
    # (an asset freeze, not frost: "amputée par le gel de printemps")
    "sanctioned": ("sanction", "visé", "gel des", "gel d'", "gel de ses", "gel de leurs", "gelés", "gelées"),
    "evacuated": ("évacu", "déplacé", "mis à l'abri", "mises à l'abri", "mis en sécurité", "relogé",
                  # families out of their homes: "41 familles restent privées de leur logement"
                  "privées de leur logement", "privés de leur logement", "privées de logement",
                  "privés de logement", "sans logement", "retrouvé de logement", "retrouvé un logement",
                  # "1 100 personnes ont dû quitter leur domicile"
                  "quitter leur domicile", "quitté leur domicile", "quitter leurs domiciles", "quitté leurs domiciles",
                  "quitter leur maison", "quitté leur maison", "quitter leur logement", "quitté leur logement"),
    # (people "déplacés" by a disaster are those evacuated: "près de 16 000 personnes déplacées"
    # and "11 000 évacués" are one count; refugees and those who fled are another)
    "displaced": ("réfugié", "fui ", "fui,", "fuient", "fuyant", "fuir", "chassé"),
    # people with no roof, after a disaster or sleeping rough: "45 000 sans-abri", "3 620
    # personnes dormant à la rue", "350 000 personnes sans domicile" (a state, not a running count)
    # ("mettre 400 salariés à la rue" is no count of the homeless)
    "homeless": ("sans-abri", "sans abri", "sans domicile", "sdf", "dormant dehors", "dorment dehors",
                 "dormaient dehors", "sans solution d'hébergement", "sans hébergement", "sans toit",
                 *(f"{w} à la rue" for w in ("dormant", "dorment", "dormaient", "vivant", "vivent", "vivaient",
                                             "retrouvé", "retrouvés", "retrouvée", "retrouvées"))),
    # happenings foiled or avoided did not happen: "9 attentats déjoués", "3 000 accidents évités"
    "foiled": ("déjoué", "déjouer", "évité", "éviter"),
    "affected": ("sinistré", "affecté", "touch", "impacté", "concerné", "concernerait", "concernera", "concernent",
                 "ont besoin d'aide",
                 "besoin d'une aide", "besoin d'assistance", "besoin d'une assistance", "à aider", "à secourir"),
    # homes without power: "a privé d'électricité 250 000 foyers", "80 000 foyers sans courant"
    "deprived": ("privé", "privant", "sans électricité", "sans courant", "coupure", "coupé",
                 "dans le noir"),
    # without water, or without a telephone line or the internet: other counts than homes
    # without power, told by other operators ("120 000 foyers privés de téléphone fixe et
    # d'internet, selon l'opérateur", "3 000 habitants privés d'eau potable")
    "deprived_water": ("sans eau", *(f"{w} d'eau" for w in _DEPRIVED), *(f"{w} en eau" for w in _CUT_OFF)),
    "deprived_telecom": ("sans téléphone", "sans internet", "sans réseau", "sans connexion",
                         *(f"{w} {o}" for w in _DEPRIVED for o in _LINES),
                         *(f"{w} du réseau" for w in _CUT_OFF), *(f"{w} des télécommunications" for w in _CUT_OFF)),
    # places under an alert or a restriction: "41 départements placés au niveau crise",
    # "12 départements en vigilance orange", "143 communes soumises à des restrictions"
    "alerted": ("vigilance", "en alerte", "placé en alerte", "placés en alerte", "placées en alerte",
                "restriction", "niveau crise", "niveau « crise »", "placé au niveau", "placés au niveau",
                "placées au niveau", "soumis à", "soumises à", "en état de catastrophe naturelle"),
    # animals culled: "410 000 canards abattus" (people "abattus" are killed, drones destroyed)
    "culled": ("abattu", "abattus", "abattues", "abattage", "euthanasi", "dépeupl"),
    # goods seized: "7,4 tonnes de cocaïne saisies", "la saisie de 6 200 pains", "deux
    # conteneurs interceptés" ("saisi " and not "saisi": "saisir la justice" seizes nothing)
    # (goods "découverts" are seized too: "la découverte de 7,4 tonnes de cocaïne"; bodies or
    # cases found count the dead or the sick by their own unit)
    "seized": ("saisi ", "saisi,", "saisi.", "saisis", "saisie", "confisqu", "mis la main sur",
               "mettre la main sur", "découverte de", "découverte d'", "ont découvert", "a découvert"),
    # data or goods stolen: "ont dérobé les dossiers de 400 000 patients"
    "stolen": ("dérob", "volé", "volés", "volées", "subtilis", "exfiltr", "piraté"),
    # a crowd at a show or a match: "12 000 personnes ont assisté au concert"
    "attended": ("ont assisté", "a assisté", "assistaient", "avaient assisté"),
    # ("entrés", not "entré": "devant l'entrée du puits" is a place)
    "arrived": ("arriv", "débarqu", "entrés", "entrées", "entré en", "entré sur", "entré dans", "entré illégalement",
                "traversé", "franchi", "secouru en mer"),
    # (not "le manifeste d'embarquement", a ship's list of passengers)
    "protested": ("manifestant", "manifestation", "manifesté", "manifester", "manifestent", "manifestaient",
                  "manifestait", "manifestera", "manifestons", "manif ", "manifs", "défil", "rassembl", "réuni", "grév",
                  "mobilisé dans la rue"),
    "arrested": ("interpell", "arrêté", "arrestation", "garde à vue", "écroué", "placé en détention"),
    # "quatre personnes manquent toujours à l'appel", "six sont toujours recherchées"
    "missing": ("disparu", "porté disparu", "portés disparus", "introuvable", "à l'appel", "recherchés",
                "recherchées", "sans nouvelles d", "sans nouvelle d", "n'ont aucune nouvelle", "n'a aucune nouvelle",
                "n'avaient aucune nouvelle", "sans aucune nouvelle",
                # trapped: "19 autres restaient bloqués sous terre", "coincés sous les décombres"
                "bloqué sous", "bloqués sous", "bloquée sous", "bloquées sous", "bloqués au fond",
                "coincé sous", "coincés sous", "coincée sous", "coincées sous", "piégés sous", "piégées sous",
                "pris au piège", "prises au piège", "emmuré"),
    # vehicles or travellers held where they were by snow, a flood or a closed road: "2 800
    # véhicules étaient immobilisés samedi matin", "650 véhicules ont été bloqués plusieurs heures"
    "stranded": ("immobilisé", "immobilisés", "immobilisée", "immobilisées", "coincés sur", "coincées sur",
                 "coincé sur", "sont coincés", "sont coincées", "étaient coincés", "étaient coincées",
                 "bloqués sur", "bloquées sur", "bloqués dans la neige", "bloqués plusieurs", "bloquées plusieurs",
                 "bloqués pendant", "bloquées pendant", "étaient bloqués", "étaient bloquées", "sont bloqués",
                 "sont bloquées", "ont été bloqués", "ont été bloquées", "naufragés de la route"),
    # people where the thing happened when it did: "41 ouvriers se trouvaient dans les galeries",
    # "64 personnes avaient pris place à bord",
    # "52 personnes étaient descendues au fond" (no toll of the dead)
    "present": tuple(f"{v} {w}" for v in ("se trouvaient", "se trouvait")
                     for w in ("dans", "sur", "sous", "au fond", "à bord", "à l'intérieur"))
    # "il y avait sans doute plus de 260 personnes sur ce bateau"
    + ("il y avait", "il y a avait")
    # (aboard a craft named, or alone: "les 475 personnes à bord du Nordic Vega", not "à bord de
    # 27 embarcations", how they came)
    + ("pris place à bord", "à bord du", "à bord de la", "à bord de l'", "à bord,", "à bord.", "à bord ;",
       "étaient descendus", "étaient descendues", "était descendu", "descendus au fond",
       "descendues au fond", "travaillaient au fond",
       # a crowd where it happened: "près de 700 personnes se pressaient dans la salle", "entre
       # 50 000 et 55 000 personnes se pressaient aux abords du stade"
       "se pressaient", "se pressait", "se sont pressés", "se sont pressées", "se pressent"),
    # people sick with a disease are its cases: "14 malades", "31 personnes contaminées"
    "infected": ("malades", "tombés malades", "tombées malades", "infecté", "contaminé"),
    "hospitalised": ("hospitalis", "admis à l'hôpital", "en réanimation", "soins intensifs"),
    # seen at an emergency ward, not kept: "14 personnes se sont présentées aux urgences", "47
    # personnes vues aux urgences", "61 personnes ont consulté"
    "treated": ("présentées aux urgences", "présentés aux urgences", "présenté aux urgences", "présentée aux urgences",
                "vues aux urgences", "vus aux urgences", "reçues aux urgences", "reçus aux urgences",
                "passées aux urgences", "passés aux urgences", "ont consulté aux urgences", "consultations aux urgences",
                "soigné", "soignés", "soignées", "traité sur place", "traités sur place", "traitées sur place"),
    # taken in charge: by the emergency services in an article on the hurt or the sick (see
    # CARE_WORDS), by a welfare office otherwise ("30 000 mineurs pris en charge par l'ASE")
    "taken_in_charge": ("pris en charge", "prises en charge", "prendre en charge", "prise en charge"),
    # goods burnt: "600 tonnes de produits ont brûlé", "partis en fumée" (areas have their own words)
    "burnt": ("brûlé", "brûlés", "brûlée", "brûlées", "ont brûlé", "partis en fumée", "parties en fumée",
              "parti en fumée", "partie en fumée", "consumé", "consumés", "consumées", "calciné", "calcinés"),
    # held in prison: "86 420 personnes détenues", "incarcérés"
    "imprisoned": ("détenus", "détenues", "incarcér", "écroué", "emprisonn",
                   "derrière les barreaux", "sous écrou"),
    # out of a prison: "plus de 300 détenus se sont évadés", "812 évadés", "toujours en cavale"
    "escaped": ("évadé", "évadés", "évadée", "évadées", "se sont évadés", "s'est évadé", "s'étaient évadés",
                "se sont enfuis", "s'est enfui", "en cavale", "toujours en fuite", "encore en fuite"),
    # escaped inmates caught again or who gave themselves up: "318 des 812 évadés ont été repris
    # ou se sont livrés"
    "recaptured": ("ont été repris", "a été repris", "ont été reprises", "avaient été repris", "rattrapé",
                   "rattrapés", "se sont rendus", "se sont livrés", "s'est rendu", "s'est livré",
                   "réincarcér", "réintégré la prison", "ramenés en prison", "ramené en prison"),
    # sleeping on the floor, in a prison or a shelter: "4 280 détenus dormaient sur un matelas"
    "on_floor": ("sur un matelas", "sur des matelas", "à même le sol", "matelas au sol", "matelas posé au sol",
                 "matelas posés au sol"),
    # places, beds or shelters opened: "seules 1 870 places ont été ouvertes" (see UNIT_EVENT_READINGS)
    # (whole words: not "l'ouverture du mercato", "ouvertement")
    "opened": ("ouvert ", "ouvert,", "ouvert.", "ouverte ", "ouverte,", "ouverte.", "ouverts", "ouvertes",
               "mis en service", "mise en service", "mises en service",
               "inauguré", "inaugurée", "inaugurés", "inaugurées"),
    # signed up, and those who started a race: "14 600 personnes s'étaient inscrites", "11 940
    # partants", "ils ont pris le départ"
    "registered": ("inscrit", "inscrite", "inscription", "enregistrés pour"),
    "started": ("ont pris le départ", "avaient pris le départ", "a pris le départ", "partants", "au départ de la course",
                "sur la ligne de départ"),
    # a commodity taken off the market (read for commodities only): "retireront 1,2 million de
    # barils par jour du marché", "la coupe de 2 millions de barils de l'an dernier"
    "withdrawn": ("du marché", "retirer du marché", "retiré du marché", "retirera du marché", "la coupe de", "une coupe de",
                  "cette coupe de", "coupe de"),
    # told to stay indoors: "le confinement de quelque 18 000 habitants", "6 500 habitants sont confinés"
    "confined": ("confin",),
    # complaints filed: "135 plaintes avaient été déposées", "80 familles à porter plainte"
    "filed": ("déposé", "déposée", "déposés", "déposées", "porter plainte", "porté plainte", "portent plainte"),
    # complaints closed: "28 000 ont été classées sans suite"
    "dismissed": ("classé sans suite", "classée sans suite", "classés sans suite", "classées sans suite",
                  "sans suite"),
    "destroyed": ("détruit", "endommag", "effondr", "rasé", "soufflé", "inhabitable", "hors service"),
    # jobs cut, trains, flights or operations cancelled: "640 postes supprimés", "4 200 trains
    # annulés", "250 interventions déprogrammées"
    "cut": ("supprim", "suppression", "licenci", "annul", "déprogramm", "plan social", "menacé", "sur la sellette",
            # output cut: "réduire sa production de 1,2 million de barils par jour", "retirer du
            # marché 1,2 million de barils", "une coupe de 2 millions de barils"
            "coupe de production", "coupes de production", "baisse de l'offre", "baisse effective de l'offre",
            "baisse réelle de l'offre", "réduction de l'offre", "réduction de production", "réduction de la production",
            *(f"{verb} {whose} production" for verb in ("réduire", "réduisant", "réduit", "réduira", "réduiront",
                                                         "réduisent", "réduction de", "baisse de", "abaisser",
                                                         "abaissé", "abaissera")
              for whose in ("sa", "leur", "la")),
            "rayés de la carte", "rayées de la carte",
            "disparaiss", "disparaîtr", "vont disparaître"),
    # jobs kept by moving their holders elsewhere: "une cinquantaine de postes seraient reclassés en interne"
    "reassigned": ("reclass", "réaffect", "redéploy"),
    # a mark passed, no border crossed: "9 d'entre elles ont franchi la barre des 10 %"
    "reached": ("franchi la barre", "franchi le cap", "franchi le seuil", "passé la barre", "passé le cap",
                "dépassé la barre", "dépassé le seuil", "dépassé le cap"),
    # jobs created or hired for: "600 emplois seront créés", "la création de 1 500 emplois",
    # "va embaucher 300 personnes"
    "created": ("créé", "créer", "création", "créat", "crée ", "créent", "embauch", "recrut"),
    "rescued": ("secouru", "secourus", "secourues", "sauvé", "repêch", "hélitreuill", "récupéré"),
    # people abducted: "au moins 87 élèves enlevés", "5 120 personnes enlevées en 2038" (read as
    # missing, people only: "300 tonnes de déchets enlevées" is no abduction)
    "abducted": ("enlevé", "enlevés", "enlevée", "enlevées", "kidnapp", "pris en otage", "prises en otage"),
    # set free: captives freed are rescued ("118 élèves enlevés ont été libérés" against the army's
    # "secouru 126 élèves"), in an article on a captivity (CAPTIVITY_WORDS); inmates or players
    # "libérés" are released
    "freed": ("libéré", "libérés", "libérée", "libérées", "libération des", "libération de", "libération d'"),
    # beds, classes, roads or shops closed, and reopened: "42 lits fermés", "la réouverture de 20 lits"
    "closed": ("fermé", "fermée", "fermés", "fermées", "fermeture", "fermer ", "ferment "),
    "reopened": ("rouvert", "réouvert", "réouverture", "rouvrir", "rouvrent"),
    # fuel or a product let out into the sea, a river or the soil: "300 tonnes de fioul se sont
    # échappées", "avait déversé 220 000 tonnes de brut" (things only: "les détenus se sont
    # échappés" is no spill)
    # ("échappées" with "se sont"; not "ont échappé aux flammes", spared)
    "spilled": ("s'échapp", "se sont échapp", "s'est échapp", "s'étaient échapp", "se seraient échapp",
                "se serait échapp", "se sont déjà échapp", "s'est déjà échapp", "s'est réellement échapp",
                "échappées", "dévers", "répandu", "répandus", "répandues", "rejeté en mer", "rejetés en mer",
                "rejetées en mer", "rejeté dans", "rejetés dans", "rejeté environ"),
}
# Auxiliaries of a compound or passive verb: "ont été libérés", "sont morts", "avaient été retrouvés".
AUXILIARIES = ("ont", "a", "sont", "est", "avaient", "avait", "étaient", "était", "seront", "sera", "auraient",
               "aurait", "ont tous", "sont tous")
# Words right after a figure that give it to its source, in a list of rivals' figures ("850
# tonnes pour l'exploitant, 2 700 tonnes pour l'association").
RIVAL_FIGURE_AFTER = ("pour", "selon", "d'après")
# Phrases that hold an event's word but tell no event: data "tirées des avant-contrats" fired
# nothing, "640 points de vente" sold nothing, homes "mis en vente" are not sold yet.
EVENT_NOT_WORDS = ("de produits", "des produits", "les produits", "ces produits", "aux produits", "en produits",
                   "stockage", "de stockage",
                   # a death sentence kills no one: "Douze des 37 condamnés à mort en fuite"
                   "condamné à mort", "condamnés à mort", "condamnée à mort", "condamnées à mort",
                   "condamnation à mort", "peine de mort", "couloir de la mort",
                   # transport as a noun carries nothing: "les validations de titres de transport"
                   "titre de transport", "titres de transport", "transports en commun", "transport en commun",
                   "moyen de transport", "moyens de transport",
                   "ouvert le feu", "ouvert une enquête", "ouverte une enquête", "ouvert une information",
                   "ouvert la voie", "ouvert ses portes", "ouvert les portes",
                   # a social or financial charge treats no one: "30 000 mineurs pris en charge par l'ASE"
                   *(f"{taken} par {who}" for taken in ("pris en charge", "prises en charge", "prise en charge")
                     for who in ("l'ase", "l'aide sociale", "la croix-rouge", "les services sociaux", "le département",
                                 "la sécurité sociale", "l'assurance maladie", "l'état", "la commune", "la mairie")),
                   "prise en charge financière",
                   # what stays open opened nothing: "les 30 écoles restées ouvertes", "ouverts le dimanche"
                   *(f"{stay} {opened}" for stay in ("resté", "restés", "restée", "restées", "restent", "reste", "restait",
                                                      "restaient", "demeurent", "demeuraient")
                     for opened in ("ouvert", "ouverts", "ouverte", "ouvertes")),
                   "ouverts le dimanche", "ouvertes le dimanche", "ouvert le dimanche",
                   *(f"{opened} {when}" for opened in ("ouvert", "ouverts", "ouverte", "ouvertes")
                     for when in ("sept jours", "tous les jours", "pendant", "toute l'année", "jour et nuit")),
                   "tiré de", "tirés de", "tirée de", "tirées de", "tiré des", "tirés des", "tirée des", "tirées des",
                   "tiré au sort", "tirés au sort", "tirée au sort", "tirées au sort", "tirage", "tirages", "tirelire",
                   "point de vente", "points de vente", "en vente", "à la vente", "prix de vente", "prix de ventes",
                   # what found no buyer sold nothing; a sales department or an online shop sells no
                   # count: "Vingt-deux lots n'ont pas trouvé preneur", "les salariés de l'entrepôt
                   # de vente en ligne"
                   "pas trouvé preneur", "pas trouvé acquéreur", "n'a été vendu", "n'a été vendue", "n'ont été vendus",
                   "n'ont été vendues", "pas été vendu", "pas été vendue", "pas été vendus", "pas été vendues",
                   "invendu", "invendus", "invendues", "vente en ligne", "vente à distance", "service de vente",
                   "force de vente", "forces de vente", "service des ventes", "directeur des ventes",
                   "directrice des ventes", "lors de la vente", "vente aux enchères", "ventes aux enchères",
                   # a sale banned sells nothing: "la préfecture a interdit la vente des légumes"
                   "interdit la vente", "interdiction de la vente", "interdiction de vente", "suspendu la vente",
                   "suspension de la vente", "retiré de la vente", "retirés de la vente", "retirées de la vente")
# When the unit is people, "envoyer" means deployed; for materiel it means delivered.
# Events only people (or animals) undergo: a count of tonnes or containers told beside them
# counts something else.
# Words of an article on a prison, in which inmates escape and are caught again ("se sont rendus"
# is no one's surrender at a stadium or in Brussels).
PRISON_WORDS = ("prison", "détenu", "évasion", "évadé", "pénitentiaire", "maison d'arrêt", "maison centrale",
                "codétenu", "cellule", "gardiens", "incarcér", "fugitif")
PRISON_EVENTS = ("escaped", "recaptured")
PEOPLE_ONLY_EVENTS = ("arrested", "wounded", "homeless", "protested", "imprisoned", "on_floor", "treated",
                      "registered", "started", "attended", "abducted", "freed", "escaped", "recaptured")
# An event of things read another way for people: detainees "se sont échappés" escaped, no spill.
PEOPLE_READINGS = {"spilled": "escaped"}
# Words of an article on a captivity, in which those freed were rescued.
CAPTIVITY_WORDS = ("otage", "otages", "ravisseur", "ravisseurs", "enlèvement", "enlèvements", "enlevé", "enlevés",
                   "enlevées", "kidnapp", "captivité", "captifs", "rançon")
# Events people undergo read another way: the abducted are missing to their own.
ABDUCTED_READING = "missing"
# Words of an article on the hurt or the sick, in which those "pris en charge" were treated.
CARE_WORDS = ("urgences", "secours", "secouristes", "samu", "blessé", "blessés", "malaise", "malaises", "hôpital",
              "hôpitaux", "hospitalis", "pompiers", "infirmerie", "médecin", "soins", "intoxiqu", "déshydrat")
# Events a state's people do as its agents: "les Russes ont tiré 80 missiles" (not "les Algériens
# ont obtenu 31 000 titres de séjour", "les Français ont acheté 1,7 million de voitures": people
# served or buying).
PEOPLE_ACTOR_EVENTS = ("fired", "deployed", "lost", "captured", "sanctioned", "produced")
# Who and what snow or a closed road strands: vehicles, and those who travel in them ("1 500
# automobilistes bloqués par la neige"), not accounts, files, wages or strikers "bloqués".
STRANDED_PEOPLE = ("motorist", "driver", "passenger", "traveller", "lorry_driver", "tourist", "hiker",
                   "holidaymaker", "user", "skier")
# A change whose subject is a pronoun goes on with the change told before: "En Normandie, il a
# augmenté de 0,7 %".
SUBJECT_PRONOUNS = ("il", "elle", "ils", "elles")
# Units an event's words do not apply to: hostages "détenus" are held by their captors, no
# prison's inmates.
UNITS_NOT_OF = {"imprisoned": ("hostage",),
               # a hall's or a stadium's seats are no crowd: "entre 50 000 et 55 000 personnes se
               # pressaient aux abords du stade, bien au-delà des 35 000 places de l'enceinte"
               "present": ("place", "prison_place"), "attended": ("place", "prison_place")}
PEOPLE_UNITS = ("soldier", "person", "officer", "worker", "general", "member", "brigade", "battalion",
                "regiment", "division")
# Units that name the event themselves: a count of deaths is a loss.
UNIT_EVENTS = {"casualty": "lost", "prisoner": "captured", "case": "infected",
               # a prison's inmates are held there (no war's prisoners: whose state they are
               # counted by says nothing); the shelters opened for evacuees are counted, whatever
               # verb brought people to them ("évacuées vers 23 abris", "réparties dans 41 abris")
               "shelter": "counted",
               # claims filed with insurers are one count, whatever verb tells it ("85 000
               # sinistres déclarés", "151 000 sinistres enregistrés", "les sinistres touchés")
               "insurance_claim": "filed",
               # complaints are filed, whatever else their sentence tells ("plus de 400 plaintes
               # et toujours pas de chiffre commun sur les quantités brûlées")
               "complaint": "filed"}
# Events a figure's own words tell that its unit's event above does not override: complaints
# "classées sans suite" were dismissed.
UNIT_EVENTS_KEPT = {"complaint": ("dismissed",)}
# Units whose filing the words "déposé", "porter plainte" tell (not arms laid down, passengers
# dropped off, motions tabled by 40 members of parliament).
FILED_UNITS = ("complaint", "insurance_claim", "application", "lawsuit", "request", "appeal", "file", "signature")
# An event read another way for one unit: jobs "concernés" by a plan, "touchés" by it, are the
# jobs it cuts ("498 emplois sont concernés", "le plan concernerait 371 postes").
UNIT_EVENT_READINGS = {("job", "affected"): "cut",
                       # soldiers held are captured, hostages counted (no prison's inmates)
                       ("soldier", "imprisoned"): "captured",
                       # places a ministry delivers are places opened: "livrer 3 200 nouvelles
                       # places", "seules 1 870 places ont été ouvertes"
                       ("place", "delivered"): "opened", ("prison_place", "delivered"): "opened",
                       # fuel "perdu" by a ship in an article on a spill has spilled ("au maximum
                       # 150 tonnes ont été perdues", see SPILL_WORDS)
                       ("tonne", "lost"): "spilled", ("barrel", "lost"): "spilled",
                       # a crowd that watches attends, whatever brought it ("le parcours a attiré
                       # 250 000 spectateurs", "venus encourager"), unless hurt or evacuated
                       # vehicles "pris au piège" of the snow are stranded, no one missing
                       **{(u, "missing"): "stranded" for u in ("vehicle", "car", "truck", "van", "coach", "bus")},
                       **{(u, e): "attended" for u in ("spectator", "visitor", "festivalgoer", "admission")
                          for e in ("arrived", "deployed", "protested", "counted", "present")}}
# Crafts whose people a verb of carrying counts as aboard: "le bateau pneumatique transportait 59
# personnes", "le convoi, qui reliait Crémone à Milan, transportait environ 280 passagers" (troops
# carried are deployed).
CRAFTS = ("train", "convoi", "bateau", "navire", "ferry", "autocar", "bus", "avion", "appareil", "airbus", "boeing",
          "pirogue", "embarcation", "canot", "rame", "vol", "hélicoptère", "tramway", "métro", "minibus", "camion",
          "camionnette", "fourgon", "le car", "un car", "ce car")
CARRY_VERBS = ("transport", "convoy")
# Words of an article on a spill: there, fuel a ship lost has spilled.
SPILL_WORDS = ("marée noire", "nappe de fioul", "nappe de pétrole", "nappe de mazout", "nappe d'hydrocarbures",
               "nappes de fioul", "nappes d'hydrocarbures", "fuite de fioul", "fuite de pétrole", "fuite d'hydrocarbures",
               "fuite de gazole", "déversement", "pollution pétrolière", "pollution aux hydrocarbures", "dégazage")
# What a spill lets out: "au maximum 150 tonnes ont été perdues" (nothing named) or "150 tonnes
# de fioul" spilled, not "300 tonnes de coquillages" a fishery lost.
SPILLED_THINGS = ("fioul", "pétrole", "brut", "gazole", "mazout", "hydrocarbure", "hydrocarbures", "carburant",
                  "kérosène", "huile", "produit", "produits", "soude", "cargaison", "essence", "bitume")
# Units of what spills: a mass or a volume (not animals, countries or people "échappés").
SPILL_UNITS = ("tonne", "kg", "barrel", "litre", "m3", "hectolitre")
# Words of a paragraph on a data breach: there the people or accounts "concernés", "touchés", or
# whose data a hacker holds, are those whose data was stolen ("4,2 millions de comptes clients
# concernés", "les données de 19 millions de comptes"): one count with "le vol des données de …".
# Read in the figure's paragraph or its article's headline ("Fuite chez Télorys : …").
BREACH_WORDS = ("données personnelles", "vol des données", "vol de données", "fuite de données", "fuite des données",
                "piratage", "pirates informatiques", "pirate informatique", "cyberattaque", "rançongiciel",
                "ransomware", "hacker", "coordonnées bancaires", "exfiltr")
# The words right before the count of those a study asked or looked at: "un échantillon de
# quelque 3 000 écoles", "un sondage réalisé auprès de 1 002 personnes" (a study's sample, no
# count of the things themselves).
SAMPLE_BEFORE = ("échantillon de", "échantillon d'", "échantillon représentatif de", "panel de", "panel d'",
                 "réalisé auprès de", "réalisée auprès de", "menée auprès de", "mené auprès de")
# Words by which a source sets its figure against the one told before it: "La police évoque
# pour sa part « environ 50 000 personnes »", "le syndicat avance de son côté 4 000 grévistes".
RIVAL_WORDS = ("pour sa part", "pour leur part", "de son côté", "de leur côté", "quant à elle", "quant à lui",
               "quant à eux", "quant à elles",
               # "La police avance un chiffre nettement inférieur, « près de 45 000 personnes »",
               # "L'agence maintient son estimation de 60 000 personnes"
               "un chiffre", "un autre chiffre", "son chiffre", "leur chiffre", "son estimation", "leur estimation",
               "sa propre estimation", "une estimation", "son propre décompte", "son décompte", "leur décompte")
# ... and for a count of people, by speaking of it: "La police, qui parlait dimanche d'« au moins 650 »
# personnes" (not of things: "le ministre parlait d'au moins 7 800 conteneurs, soit jusqu'à 4,8
# millions d'obus" is the ministry's own count).
RIVAL_PEOPLE_WORDS = ("parle", "parlait", "parlent", "parlaient")
# Events a count of the hurt or the saved still undergoes, said right after its noun with a word
# of still ("Quarante et un blessés restaient hospitalisés mardi", "deux rescapés sont toujours
# hospitalisés"): those still in hospital, no toll of the wounded.
STILL_EVENTS = {"hospitalised": "hospitalised",
                # the hurt still treated are still in hospital: "Quatorze blessés y étaient encore soignés"
                "treated": "hospitalised"}
STILL_WORDS = ("restent", "restaient", "reste", "restait", "toujours", "encore", "demeurent", "demeuraient",
               "demeure", "demeurait")
# Words that open a part right before its figure ("23 corps repêchés, dont quatre enfants") and
# words that join a list's items ("13,6 Mhl en Languedoc, 4,1 Mhl dans le Bordelais et 2,4 Mhl en
# Champagne").
PART_OPENERS = ("dont",)
LIST_JOINS = ("et", "ou")  # (and a comma or a semicolon)
# Words right before a sourced figure that name it as the source's estimate of what was told
# before ("s'en tient à sa fourchette de 300 à 500 tonnes", "maintient son estimation d'« un
# millier de tonnes »", "l'armateur parlait alors de 150 tonnes au plus"): it estimates what its
# article last counted in its unit.
ESTIMATE_NOUNS = ("fourchette", "estimation", "évaluation", "chiffre", "hypothèse", "décompte", "comptage", "prévision",
                  # "Le CIFFC attribue au Québec une superficie plus élevée, de 512 000 hectares"
                  "superficie", "surface")
# How a rival's estimate compares with the one told before: "une superficie plus élevée, de …".
ESTIMATE_COMPARATIVES = tuple(f"{adverb}{word}{end}" for adverb in ("", "nettement ", "bien ", "légèrement ")
                              for word in ("plus élevé", "plus faible", "plus important", "plus bas", "supérieur",
                                           "inférieur", "différent")
                              for end in ("", "e", "s", "es"))
ESTIMATE_DETERMINERS = ("sa", "son", "ses", "leur", "leurs", "une", "la", "le", "cette", "cet", "l'", "l’")
# (read only for measures, not counts of people or things: "la mairie attend 40 000 personnes"
# are visitors to come, no estimate of a toll)
ESTIMATE_VERBS = ("parlait", "parle", "parlent", "parlaient", "évoque", "évoquait", "évoquent", "évoquaient",
                  "avance", "avançait", "avancent", "avançaient", "table sur", "tablait sur", "tablent sur",
                  "retient", "retenait", "attend", "attendait", "prévoit", "prévoyait", "anticipe", "anticipait",
                  # "le centre de Darwin l'a estimée à près de 15 km"
                  "estimé", "estimée", "estimés", "estimées", "évalué", "évaluée", "évalués", "évaluées",
                  # "les évalue désormais à 130 000 tonnes", "qui en redoutait jusqu'à 150 000 tonnes"
                  "évalue", "évaluait", "évaluent", "estime", "estimait", "estiment", "redoute", "redoutait",
                  "redoutent", "craint", "craignait", "chiffre", "chiffrait", "tablait encore sur",
                  "table encore sur", "tablaient sur", "tablaient encore sur", "prévoient", "prévoyaient")
ESTIMATE_ADVERBS = ("alors", "désormais", "toujours", "encore", "déjà", "pour sa part", "de son côté")
ESTIMATE_LINKS = ("de", "d'", "d’", "à", "entre")
# What a ship or a tank still holds, said right after its figure: "avec près de 77 300 tonnes
# encore dans ses cuves" (no spill).
REMAINING_AFTER = ("encore dans", "encore à bord", "toujours à bord", "restant à bord", "restées à bord",
                   "restés à bord", "dans ses cuves", "dans ses soutes", "dans les cuves", "dans les soutes",
                   "encore en cuve")
# Verbs right before a figure of what a body or a place has: "l'opérateur compte environ 700 000
# abonnés", "le groupe emploie quelque 800 salariés" (read only for a figure whose words name
# no event: "la préfecture compte 12 morts" is a toll).
HELD_VERBS = ("compte", "comptent", "comptait", "comptaient", "emploie", "emploient", "employait",
              "employaient", "compte déjà", "emploie déjà", "dispose de", "disposait de", "possède", "possédait",
              "représente", "représentent", "représentait", "représentaient")
# Endings of an infinitive after a verb of HELD_VERBS: an intention, no stock ("le ministère
# compte recruter 3 000 policiers").
INFINITIVE_ENDINGS = ("er", "ir")
# Words of an outbreak: in its article, the people a clause naming one says it hit are its cases
# ("l'épidémie a désormais touché 31 personnes"; not "les coupures d'eau ont touché 40 000
# habitants", "les riverains concernés par le périmètre").
OUTBREAK_WORDS = ("épidémie", "virus", "maladie", "contamination", "infection", "intoxication", "bactérie",
                  "légionellose", "rougeole", "choléra", "dengue", "grippe", "covid", "salmonell", "listéri",
                  "toxi-infection", "variole", "mpox", "coqueluche", "méningite", "gastro-entérite")
# Words right before the figure of a place's capacity: "le camp, conçu pour 20 000 réfugiés",
# "un stade d'une capacité de 60 000 places" (how many it can hold, no count of those there).
CAPACITY_BEFORE = ("conçu pour", "conçue pour", "conçus pour", "conçues pour", "prévu pour", "prévue pour",
                   "prévus pour", "prévues pour", "capacité de", "capacité d'accueil de", "capable d'accueillir",
                   "pouvant accueillir", "peut accueillir", "peuvent accueillir",
                   # a ship's or a hall's licence: "le navire n'était autorisé à embarquer que 150
                   # personnes", "homologué pour 150 passagers"
                   "autorisé à embarquer", "autorisée à embarquer", "autorisé à transporter",
                   "autorisée à transporter", "homologué pour", "homologuée pour", "homologué que pour",
                   "homologuée que pour", "autorisé à accueillir", "autorisée à accueillir",
                   "autorisé à en accueillir", "autorisée à en accueillir", "pouvant en accueillir",
                   # "pour une capacité autorisée de 300 personnes", "un stade dont la capacité
                   # officielle est de 35 000 places"
                   "capacité autorisée de", "capacité maximale de", "capacité officielle de", "capacité est de",
                   "capacité officielle est de", "capacité maximale est de", "capacité autorisée est de")
# Verbs right before the figure of those a place houses: "le camp en abrite déjà plus de 34 000",
# "le gymnase héberge 300 sinistrés" (a population, no arrivals or departures).
HOUSING_VERBS = ("abrite", "abritent", "abritait", "abritaient", "héberge", "hébergent", "hébergeait",
                 "hébergeaient", "en abrite", "en abritent", "en héberge", "en hébergent")
# What a body of people is made of: "l'association, qui dit regrouper 19 familles" (people only:
# "la région regroupe dix départements" is no count of anything held).
GATHER_VERBS = ("regroupe", "regroupent", "regroupait", "regrouper", "fédère", "fédérait", "fédérer")
# Units counted only in a breach's story: a count of them that names no event is the breach's.
BREACH_UNITS = ("account",)
# The words right before a count of people whose data a breach holds: "les données de 19
# millions de comptes", "les dossiers de 400 000 patients".
BREACH_DATA_BEFORE = ("données de", "données des", "données personnelles de", "dossiers de", "dossiers médicaux de",
                      "fichiers de", "données attachées à", "données personnelles attachées à")
# Words of a sentence that make its jobs "concernés" the jobs a plan cuts (not those a hiring
# plan or an investment concerns).
CUT_PLAN_WORDS = ("plan social", "plan de sauvegarde", "pse", "suppression", "supprim", "licenci", "restructuration",
                  "fermeture", "ferme ", "fermer", "plan de départs", "départs volontaires")
# Nouns counted that name the event: "600 morts" were killed, "2 000 blessés" wounded.
NOUN_EVENTS = {"mort": "killed", "morts": "killed", "tué": "killed", "tués": "killed",
               "décédé": "killed", "décédés": "killed", "blessé": "wounded", "blessés": "wounded",
               "perte": "lost", "pertes": "lost", "victime": "killed", "victimes": "killed",
               "suppression": "cut", "suppressions": "cut", "licenciement": "cut", "licenciements": "cut"}
# A toll of people with no verb of its own ("le bilan s'élève à 731 personnes") counts the dead.
TOLL_WORDS = ("bilan", "victimes", "décompte des morts")
# Money is paid, earned or spent; other events read near a sum are not what it measures.
from recoupe.model import MONEY_UNITS  # noqa: E402  (codes, the same in every language)
MONEY_EVENTS = ("paid", "produced", "sanctioned", "lost")
# A sum told with what goods underwent is their worth: "la police évalue la saisie à 370
# millions d'euros".
MONEY_EVENT_READINGS = {"seized": "value", "sold": "paid"}
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

# What a percentage, a share or a rate is of: one of these nouns right after the figure ("6,4 %
# de chômage"), else the nearest before it in its paragraph ("le taux de chômage est resté à
# 6,4 %"), else one in the headline. A percentage with none of them gets no measure: "en hausse
# de 3 %" alone says nothing another article could be checked against. The longest phrase wins
# where one contains another ("inflation sous-jacente").
# Head nouns of a rate the lexicon does not know, named by what it rates after them ("le taux de
# réservation", "le taux moyen d'occupation des lits"): one measure per noun rated.
RATE_HEADS = ("taux", "pourcentage")
RATE_HEAD_ADJECTIVES = ("moyen", "global", "national", "officiel", "brut", "net", "annuel", "mensuel")
NAMED_RATE_PREFIX = "rate_"
RATE_NOUNS: dict[str, str] = {
    # a strike's participation: "38 % de grévistes selon la direction"
    "grévistes": "strike_rate", "taux de grévistes": "strike_rate", "taux de grève": "strike_rate",
    "participation à la grève": "strike_rate", "taux de participation à la grève": "strike_rate",
    # The harmonised index (HICP) is another measure than the national one (CPI).
    "indice des prix harmonisé": "inflation_hicp", "indice harmonisé": "inflation_hicp",
    "inflation harmonisée": "inflation_hicp", "ipch": "inflation_hicp",
    "inflation sous-jacente": "core_inflation", "inflation": "inflation", "hausse des prix": "inflation",
    "indice des prix": "inflation", "prix à la consommation": "inflation", "désinflation": "inflation",
    "taux de chômage": "unemployment", "chômage": "unemployment", "taux d'emploi": "employment",
    "taux de participation": "turnout", "participation": "turnout", "abstention": "abstention",
    "croissance": "growth", "produit intérieur brut": "growth", "pib": "growth",
    # what households borrow at to buy a home: "le taux moyen des crédits immobiliers est descendu à 3,4 %"
    "taux des crédits immobiliers": "mortgage_rate", "taux moyen des crédits immobiliers": "mortgage_rate",
    "taux de crédit immobilier": "mortgage_rate", "taux des prêts immobiliers": "mortgage_rate",
    "taux moyen des prêts immobiliers": "mortgage_rate", "taux immobiliers": "mortgage_rate",
    "taux d'emprunt immobilier": "mortgage_rate", "taux des emprunts immobiliers": "mortgage_rate",
    # a prison's occupancy: "la densité carcérale atteint 136,9 %", "une densité de 195 %"
    "densité carcérale": "occupancy", "densité": "occupancy", "surpopulation carcérale": "occupancy",
    "taux directeur": "policy_rate", "taux d'intérêt": "interest_rate", "taux de dépôt": "policy_rate",
    "déficit public": "deficit", "déficit": "deficit", "dette publique": "debt", "dette": "debt",
    # Trade is another account than the state's budget: its deficit, its surplus, what is sold
    # abroad and what is bought there are each a measure of their own.
    "déficit commercial": "trade_deficit", "balance commerciale": "trade_balance",
    "excédent commercial": "trade_surplus", "exportations": "exports", "importations": "imports",
    "ventes à l'étranger": "exports", "achats à l'étranger": "imports",
    "taux de pauvreté": "poverty", "pauvreté": "poverty", "taux de positivité": "positivity",
    "taux d'incidence": "incidence", "taux d'occupation": "occupancy", "taux de vaccination": "vaccination",
    "couverture vaccinale": "vaccination", "taux de remplissage": "fill_rate",
    "part de marché": "market_share", "parts de marché": "market_share", "intentions de vote": "vote_share",
    "suffrages exprimés": "vote_share", "des suffrages": "vote_share", "des voix": "vote_share",
    # a poll credits a candidate: "créditée de 28 % par Vigie Opinion"
    "crédité de": "vote_share", "créditée de": "vote_share", "crédités de": "vote_share",
    "créditées de": "vote_share", "créditant de": "vote_share", "crédite de": "vote_share",
    "popularité": "approval", "opinions favorables": "approval", "taux d'approbation": "approval",
    "salaire": "wages", "salaires": "wages", "smic": "minimum_wage", "loyers": "rents", "loyer": "rents",
    "taux de natalité": "birth_rate", "fécondité": "fertility", "taux de mortalité": "death_rate",
    # deaths above those expected: "une surmortalité de 14 %"
    "surmortalité": "excess_mortality",
    "taux de réussite": "pass_rate", "taux d'épargne": "saving_rate", "taux de marge": "margin_rate",
}
# A percentage that tells a change ("une hausse de 41 %", "le titre a chuté de 11,3 %", "44 %
# de plus"), when no rate noun says what it is of, measures the change of the thing named before
# it in its sentence: one of these nouns, else the figure told before it ("32 460 personnes ont
# débarqué, soit une hausse de 41 % sur un an"). Stems of words of change, right before it:
from recoupe.lang.fr.numbers import CHANGE_STEMS  # noqa: E402,F401  (one table for both)
# Stems of words that tell a gap only with "de" before the percentage: "dépasserait de 4 %
# celle de 2028", "supérieur de 2 % à la moyenne" ("dépasse 4 %" is a level, not a change).
CHANGE_BY_STEMS = ("dépass", "excéd", "supérieur", "inférieur")
# Adverbs that may stand between the word of change and its percentage: "dépasserait encore de
# 4 %", "a reculé légèrement de 0,2 %".
CHANGE_ADVERBS = ("encore", "déjà", "ainsi", "donc", "légèrement", "nettement", "fortement", "largement",
                  "seulement", "même", "toutefois", "pourtant", "à nouveau", "de nouveau", "au total",
                  # "les prix n'y ont baissé que de 0,9 %"
                  "que")
# and what right after it tells one: "44 % de plus que l'an dernier", "3 % en dessous de la
# moyenne".
CHANGE_AFTER = ("de plus", "de moins", "en plus", "en moins", "en dessous", "au-dessous", "au-dessus", "en deçà",
                "au-delà")
# Words of the clause after a change that make it a gap to a mean, not a change on a past
# period: "3 % en dessous de la moyenne quinquennale", "2 % au-dessus des normales de saison".
# Two measures: "2 % de plus qu'en 2028" is not "supérieur de 2 % à la moyenne".
CHANGE_TO_MEAN_WORDS = ("la moyenne", "sa moyenne", "leur moyenne", "une moyenne", "normales de saison",
                        "aux normales", "des normales", "la normale")
# The suffix of a gap to a mean's measure, after the change's.
TO_MEAN = "to_mean"
# How a sentence opens when its subject is the figure of the sentence before: "C'est 2 % de
# plus qu'en 2028", "Celle-ci dépasserait de 4 % celle de 2028", "Ce volume serait supérieur
# de 2 % à la moyenne". A change told there is the change of that figure.
ANAPHORIC_OPENINGS = ("c'est", "ce serait", "ce sera", "ce qui", "cela", "ça", "celle-ci", "celui-ci",
                      "celles-ci", "ceux-ci", "ce volume", "ce chiffre", "ce total", "ce niveau", "ce montant",
                      "ce nombre", "ce bilan", "cette production", "cette récolte", "cette somme")
# The figure told before, named again before its change: "avec 287 300 demandeurs sans activité,
# a vu ce nombre augmenter de 2,2 %".
FIGURE_ANAPHORS = ("ce nombre", "ce chiffre", "ce total", "ce volume", "ce niveau", "ce montant", "ce bilan",
                   "cet effectif", "ces effectifs")
from recoupe.lang.fr.units import EVENT_HEADS  # noqa: E402,F401  (one table for both)
# Words that negate the noun after them, which then names no thing that changed: "sans activité".
NEGATING_BEFORE_NOUN = ("sans", "sans aucune", "sans aucun", "hors")
# Things whose change a percentage tells, named before it in its sentence ("les prix" are not:
# in an article on inflation, they are its rate).
CHANGED_NOUNS: dict[str, str] = {
    "chiffre d'affaires": "revenue", "ventes": "sales", "bénéfice": "profit", "résultat net": "profit",
    "titre": "share_price", "action": "share_price", "cours": "share_price", "valeur": "share_price",
    "activité": "activity", "fréquentation": "attendance", "trafic": "traffic", "production": "production",
    "consommation": "consumption",
    # (registrations of no kind named; of cars, see EVENT_HEADS)
    "immatriculations": "registrations", "commandes": "orders", "effectifs": "headcount",
    "arrivées": "arrivals", "passages": "crossings", "naissances": "births", "décès": "deaths",
    "demandes d'asile": "asylum_claims", "nuitées": "overnight_stays", "audience": "audience",
    "prix": "price", "prix moyen": "price", "prix médian": "price",
}
# Changed nouns of any market, which an article on inflation means as its rate: there, "les prix
# ont augmenté de 2 %" is inflation; in one on housing, a change of prices.
GENERIC_CHANGED_NOUNS = ("prix", "prix moyen", "prix médian")
# A change told by its noun ("faisaient état d'une baisse de 1,8 %", "en hausse de 2 %"), no
# subject of its own: it goes on with the change told before in its paragraph.
CHANGE_NOUN_DETERMINERS = ("une", "d'une", "la", "en", "cette", "sa", "leur")
CHANGE_NOUNS = ("baisse", "hausse", "progression", "recul", "repli", "chute", "augmentation", "diminution",
                "contraction", "remontée", "rebond")
# How a sentence opens on the change told before it, to give its level somewhere else: "La
# baisse atteint 3,4 % à Paris", "Le recul est de 2 % en Bretagne" (that change's measure).
# Adverbs between a change's level verb and its figure: "elle atteint même 163 %".
CHANGE_LEVEL_ADVERBS = ("même", "jusqu'à")
CHANGE_OPENERS = ("la hausse", "cette hausse", "la progression", "cette progression", "l'augmentation",
                  "cette augmentation", "le bond", "ce bond")
from recoupe.lang.fr.numbers import CHANGE_LEVEL_VERBS, DECREASE_NOUNS  # noqa: E402,F401  (one table for both)
# The event a changed noun's figures count: "la production resterait supérieure de 2 %" after "42,8
# millions d'hectolitres" produced is that figure's change, as "soit une progression de 6 %" is.
CHANGED_NOUN_EVENTS = {"production": "produced", "arrivées": "arrived", "décès": "killed", "ventes": "sold",
                       "chiffre d'affaires": "paid", "fréquentation": "attended"}
# Rates of one of several things their sentence (else their headline) names: the pass rate of
# the baccalauréat and that of the brevet are two measures, never rival estimates of one.
RATE_SUBJECTS: dict[str, dict[str, str]] = {
    "pass_rate": {"baccalauréat": "bac", "bac": "bac", "bacs": "bac", "brevet": "brevet", "bts": "bts",
                  "cap": "cap", "licence": "licence", "permis de conduire": "driving_licence",
                  "code de la route": "driving_theory", "concours": "competitive_exam", "paces": "paces",
                  "pass": "pass", "examen du barreau": "bar_exam"},
}
# Words before a bare percentage that make it the other term of the rate told before it:
# "27,3 % étaient en grève, contre 24,6 % à la mi-journée".
RIVAL_RATE_OPENERS = ("contre", "au lieu de", "après", "et non")
# Shares that belong to one of several rivals, a candidate's share of the vote (see
# ``nlp.measures.candidate_of``), and the words that give the candidate after the share:
# "31,2 % pour M. Villacís", "29,1 % des voix à son rival".
CANDIDATE_RATES = ("vote_share",)
CANDIDATE_SHARE_NOUNS = ("des voix", "des suffrages", "des suffrages exprimés", "des votes")
CANDIDATE_BEFORE = ("pour", "à")
# A referendum's two sides: a share of its vote (or of a poll on it) is the yes side's or the no
# side's ("54 % voteraient oui, 43 % non", "le oui a plafonné à 47,3 %", "rejeté par 52,7 % des
# voix", "Genève l'a approuvé à 58,4 %"), two measures, never rival estimates of one. Words that
# make an article one on a referendum:
REFERENDUM_WORDS = ("votation", "référendum", "referendum", "référendaire", "initiative populaire", "plébiscite",
                    "consultation populaire")
# Words of each side, right after the share ("58 % de oui", "43 % non", "71 % ont voté non", "50
# % des votants diront non"), or before it in its clause ("le oui atteignait 58 %", "rejeté par",
# "a voté oui à près de 57 %").
REFERENDUM_SIDES = {"yes": ("oui", "pour"), "no": ("non", "contre")}
# What a share of a vote or a poll is of, between it and its side: "52,7 % des voix non".
REFERENDUM_SHARE_OF = ("des voix", "des suffrages", "des suffrages exprimés", "des votants", "des votes", "des électeurs",
                       "des personnes interrogées", "des sondés")
REFERENDUM_SIDE_AFTER = {"yes": ("de oui", "oui", "pour le oui", "en faveur du oui", "en faveur du texte"),
                         "no": ("de non", "non", "pour le non", "en faveur du non", "contre le texte")}
REFERENDUM_VOTE_VERBS_AFTER = {"yes": ("voteraient oui", "voterait oui", "votent oui", "ont voté oui", "diront oui",
                                       "ont approuvé", "approuvent", "ont accepté", "acceptent", "approuveraient",
                                       "accepteraient", "disent oui", "ont dit oui"),
                               "no": ("voteraient non", "voterait non", "votent non", "ont voté non", "diront non",
                                      "ont rejeté", "rejettent", "ont refusé", "refusent", "rejetteraient",
                                      "refuseraient", "disent non", "ont dit non")}
# Neither side: "et 3 % ne se prononcent pas", "2 % de votes blancs".
REFERENDUM_UNDECIDED_AFTER = ("ne se prononcent pas", "ne se prononce pas", "sans opinion", "indécis", "d'indécis", "de blancs",
                              "de votes blancs", "de bulletins blancs", "blancs", "nuls", "ne savent pas")
REFERENDUM_SIDE_BEFORE = {"yes": ("le oui", "du oui", "au oui", "oui à", "voté oui", "dit oui", "disent oui",
                                  "en faveur du oui"),
                          "no": ("le non", "du non", "au non", "non à", "voté non", "dit non", "disent non",
                                 "en faveur du non")}
# Verbs of a side that give its share right after "à" or "par" ("Genève l'a approuvé à 58,4 %",
# "ont rejeté dimanche par 52,7 % des voix"; not "le texte approuvé prévoit de porter à 30 %").
REFERENDUM_SIDE_VERBS = {"yes": ("approuvé", "approuvée", "approuve", "approuvent", "accepté", "acceptée", "accepte",
                                 "acceptent", "adopté", "adoptée", "adoptent", "plébiscité", "plébiscitée"),
                         "no": ("rejeté", "rejetée", "rejette", "rejettent", "refusé", "refusée", "refuse", "refusent",
                                "repoussé", "repoussée", "repoussent")}
REFERENDUM_SHARE_BEFORE = ("à", "par")
# Their finite forms, which may take their object before the share ("les électeurs rejettent la
# taxe sur les voitures électriques à 52,7 %").
REFERENDUM_FINITE_VERBS = ("rejettent", "rejette", "approuvent", "approuve", "acceptent", "accepte", "refusent",
                           "refuse", "repoussent", "adoptent", "plébiscitent")
# The word before the agent of a passive ("créditée de 29 % par Sondéa"): a pollster, no candidate.
AGENT_WORDS = ("par",)
# The word that places a part in a capital right after it ("dont neuf à Paris").
AT_TOWN_WORDS = ("à",)
CANDIDATE_TITLES = ("m.", "mme", "mlle", "le candidat", "la candidate", "le président sortant",
                    "la présidente sortante", "le sortant", "la sortante")
# The cues by which a bare percentage's own source gives it as the rate told before it ("quand le
# ministère annonçait 27,3 %"): a verb of telling or counting, or "selon" (not "le gouvernement
# propose une revalorisation de 5 %").
RIVAL_RATE_CUES = ("selon", "d'après", "verb:annoncer", "verb:avancer", "verb:revendiquer", "verb:évoquer",
                   "verb:recenser", "verb:compter", "verb:dénombrer", "verb:faire état", "verb:estimer",
                   "verb:chiffrer", "verb:indiquer", "verb:affirmer", "verb:assurer", "verb:déclarer")
# A rate's head noun told bare, standing for the rate named before in its paragraph: "Le taux
# atteint 21,4 % dans le second degré".
BARE_RATE_HEADS = ("le taux", "ce taux", "leur taux", "son taux",
                   # "la densité carcérale globale à 136,9 %. Dans les maisons d'arrêt, elle atteint même
                   # 163 %", "la moyenne grimpe à 163 %": the rate told before, elsewhere
                   "elle", "celle-ci", "la moyenne", "la densité", "le niveau")
# The suffix of a change's measure: the measure of what changes, then this.
CHANGE = "change"
# Nouns that, right after a percentage, say what it is a share of rather than what it
# measures: "un déficit de 5,1 % du PIB" is a deficit, "la dette atteint 112 % du produit
# intérieur brut" a debt (the phrase as RATE_NOUNS spells it, folded).
RATE_DENOMINATORS = ("pib", "produit intérieur brut")
# A bare noun that, once the text has named a narrower one of the same head, stands for it:
# "le déficit se creuse à 39 milliards" in an article on "le déficit commercial" is that
# deficit, not the state's (the narrower phrases, spelt as RATE_NOUNS and MONEY_NOUNS do).
# Nouns of a proportion, before what it is of: "chiffre à 34 % la proportion de grévistes", "la
# proportion de stations en difficulté devrait repasser sous les 10 %".
PROPORTION_NOUNS = ("proportion", "part", "pourcentage")
ELLIPTIC_HEADS: dict[str, tuple[str, ...]] = {
    "déficit": ("déficit commercial",), "excédent": ("excédent commercial",),
}
# What a share of people did that makes it a strike's rate: "21 % des conducteurs de métro étaient
# en grève", "28 % des cheminots avaient cessé le travail" (not "72 % ont voté pour l'accord").
STRIKE_CLAUSE_WORDS = ("en grève", "grévistes", "cessé le travail", "débray", "fait grève", "faisaient grève",
                       "font grève", "feront grève")
# Words right before a share that make it a strike day's following, when its sentence names a
# strike: "la journée du 4 février avait été suivie par 31,2 % des professeurs", "celle du 4
# février, qui avait réuni 31,2 % des professeurs".
STRIKE_FOLLOWED_WORDS = ("suivie par", "suivi par", "suivie à", "suivi à", "réuni", "mobilisé")
STRIKE_NOUNS = ("grève", "mobilisation", "grévistes", "débrayage", "journée d'action")
# Words that open a subgroup before a rate: "Chez les conducteurs, la direction recensait 61 % de
# grévistes", "parmi les enseignants du primaire, 9 %": the subgroup's rate, a part of the whole's.
SUBGROUP_OPENERS = ("chez les", "parmi les", "chez ses", "parmi ses")
# Nouns of a sum that name it only in its own sentence: "les pertes pourraient atteindre 25
# millions d'euros"; in a headline or an earlier sentence, "pertes" are as often the dead.
MONEY_NOUNS_OWN_SENTENCE = ("perte", "pertes", "accompagner")
# Verbs that say what a sum is when no noun of its sentence does: "le plan social coûterait
# quelque 95 millions d'euros", "doit permettre d'économiser 2,8 milliards d'euros par an" (not
# "Le transfert a coûté 52 millions de livres": a transfer's fee).
MONEY_VERBS: dict[str, tuple[str, ...]] = {"cost": ("coût",), "savings": ("économis",),
                                           "investment": ("a investi", "ont investi", "investira", "investiront",
                                                          "investir", "investit", "investissent")}
# What a sum is for, named after "pour", that says what it is: help ("12 millions d'euros pour
# accompagner les salariés"), not a bill or a budget it goes to ("pour la facture énergétique").
MONEY_PURPOSES = ("aid",)
# Goods whose unit before a sum's verb makes it their price: "Le litre de gazole coûte 1,92 euro".
PRICED_UNITS = ("le litre", "la tonne", "le baril", "le kilo", "le kilogramme", "le mètre carré", "le m²",
                "le mégawattheure", "la bouteille", "le paquet")
# Rates of two senses, read from the words around them or the headline: the "taux de
# participation" of a strike day is its strikers' share, not an election's turnout.
RATE_SENSES_BY_CONTEXT: dict[str, tuple[str, tuple[str, ...]]] = {
    "turnout": ("strike_rate", ("grève", "grévistes", "débrayage")),
    # how full seats or rooms are, unless water is spoken of: "le taux de remplissage des
    # séances" against "le taux de remplissage des barrages"
    "fill_rate": ("reservoir_level", ("barrage", "retenue", "réservoir", "nappes", "hydraul", "hydroélectr",
                                      "sécheresse", "d'eau", "pluvio")),
}
# Words that keep a rate's own sense when its claim or the headline says them: a vote's turnout
# on a strike day ("Malgré la grève des transports, le taux de participation au premier tour").
RATE_SENSES_KEPT: dict[str, tuple[str, ...]] = {
    "turnout": ("scrutin", "premier tour", "second tour", "1er tour", "2nd tour", "électeur", "élection", "urnes",
                "inscrits", "référendum", "abstention", "municipales", "législatives", "présidentielle",
                "européennes", "régionales", "sénatoriales", "bureaux de vote", "votants"),
}
# The period a rate of change is over, when it is not the year (a rate's default): "0,4 % sur un
# mois" and "2,2 % sur un an" are two measures; "0,3 % sur un trimestre" a third.
RATE_BASES: dict[str, str] = {
    "sur un mois": "month", "en rythme mensuel": "month", "d'un mois sur l'autre": "month",
    "par rapport au mois précédent": "month", "en variation mensuelle": "month", "sur le mois": "month",
    "sur un trimestre": "quarter", "en rythme trimestriel": "quarter", "sur le trimestre": "quarter",
    "par rapport au trimestre précédent": "quarter", "d'un trimestre sur l'autre": "quarter",
    "sur un an": "", "sur douze mois": "", "sur 12 mois": "", "en glissement annuel": "", "sur l'année": "",
    "en rythme annuel": "", "sur un an glissant": "",
}
# How long people wait (at the emergency room, for help), in hours: a measure of its own.
WAITED = "waited"
WAITING_UNITS = ("hour",)
# A mean waiting time is another measure than the longest wait: "le temps de passage moyen
# était de 7 heures" against "des patients ont attendu jusqu'à 30 heures".
WAITED_MEAN = "waited_mean"
MEAN_WORDS = ("moyen", "moyenne", "en moyenne")
# Units that say how long, not how many: "15 ans de prison" is no estimate of anything.
DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")
# Units that are rates or shares: their measure is the rate noun they belong to.
from recoupe.model import RATE_UNITS  # noqa: E402
# Events an area is measured for: hectares burnt, flooded, contaminated.
AREA_EVENTS: dict[str, tuple[str, ...]] = {
    "burnt": ("brûl", "parcour", "incendi", "calcin", "feu", "flamme"),
    "flooded": ("inond", "submerg", "crue"),
    # land hit by hail or a storm: "12 000 hectares de vignes touchés", "hectares sinistrés"
    # (after fire and water: "le feu a touché 300 hectares" burnt them)
    "hail": ("grêl", "hach"),
    "hit": ("touch", "endommag", "sinistrés", "dévast", "dépouill", "détruit", "ravag",
            # land pests overran or a pollution reached: "86 000 hectares de pâturages envahis",
            # "hectares infestés", "le chlordécone a contaminé 20 000 hectares"
            "infest", "envah", "contamin", "pollu"),
    # land sprayed or treated against a pest: "31 000 hectares traités", "a traité 31 000
    # hectares" (not "le traité de paix", "une station de traitement des eaux")
    "treated": ("hectares traités", "hectares traitées", "ont été traités", "ont été traitées", "a traité",
                "avait traité", "ont traité", "avaient traité", "a été traité", "a été traitée", "pulvérisé",
                "pulvérisés", "pulvérisées"),
}
# The area events a clause or a headline is read for first: a fire's or a flood's words name the
# event; the words of damage ("touchés", "dévastés") say what it did.
AREA_EVENTS_FIRST = ("burnt", "flooded")
# Hail's own words, read in the clause before a headline's fire or flood and in the headline after
# the clause's words of damage; what hail did is land hit ("hit").
AREA_HAIL = "hail"
AREA_HIT = "hit"
# What is done to land after the harm (its treatment), read with the words of damage.
AREA_DONE = ("treated",)

# What a length is measured for. A length of shore, road, track or dyke right after its figure
# ("35 km de côtes souillées", "12 kilomètres de routes emportés") measures how much of it was
# hit when its clause says so (one measure per kind of line); a length a noun before it names
# ("une nappe de 15 km", "un bouchon de 40 kilomètres", "une nappe couvrant près de 40 km2")
# measures that thing.
LENGTH_OBJECTS: dict[str, tuple[str, ...]] = {
    "coast_hit": ("de côte", "de côtes", "de littoral", "de plage", "de plages", "de rivage", "de rivages",
                  "de grève", "de grèves", "de berge", "de berges", "de rives", "de trait de côte"),
    "road_hit": ("de route", "de routes", "de chaussée", "de voirie", "de voie", "de voies", "d'autoroute",
                 "de piste", "de pistes", "de sentier", "de sentiers"),
    "track_hit": ("de rail", "de rails", "de voie ferrée", "de voies ferrées", "de ligne", "de lignes", "de caténaire",
                  "de caténaires"),
    "dyke_hit": ("de digue", "de digues", "de levée", "de levées"),
}
# The words that say a line was hit, by kind of line: a coast is soiled or reached; a road, a
# track or a dyke is damaged, carried off or flooded (a strike or a plan "concerne" lines, hits none).
LENGTH_HIT_WORDS = {
    "coast_hit": ("souill", "pollu", "mazout", "englu", "touch", "atteint"),
    "road_hit": ("endommag", "détruit", "emport", "dévast", "submerg", "arrach", "effondr", "inond", "ravin"),
    "track_hit": ("endommag", "détruit", "emport", "dévast", "submerg", "arrach", "effondr", "inond", "ravin"),
    "dyke_hit": ("endommag", "détruit", "emport", "dévast", "submerg", "arrach", "effondr", "rompu", "céd"),
}
EXTENT_NOUNS = {"nappe": "slick", "nappes": "slick", "bouchon": "traffic_jam", "bouchons": "traffic_jam",
                "embouteillage": "traffic_jam", "embouteillages": "traffic_jam", "coulée": "lava_flow",
                "coulées": "lava_flow", "front de feu": "fire_front", "front du feu": "fire_front",
                "front des flammes": "fire_front", "fissure": "rift", "faille": "rift",
                # a zone's radius: "une zone d'exclusion dans un rayon de 7 kilomètres"
                "rayon": "radius", "périmètre": "radius"}
# The words between such a noun and its figure: "une nappe d'environ 15 kilomètres", "une nappe
# couvrant près de 40 km2", "un front de feu s'étendant sur 12 km".
EXTENT_LINKS = ("de", "d'", "d’", "couvrant", "s'étendant sur", "long de", "longue de", "longs de", "longues de",
                "sur")
LENGTH_UNITS = ("km", "metre", "mile", "nautical_mile")
# A dimension said right after a length: "une coulée d'environ 400 mètres de large", "une
# vague de 6 mètres de haut" (what is that wide, its occurrence tells).
DIMENSION_AFTER = {"de large": "width", "de largeur": "width", "de long": "length", "de longueur": "length",
                   "de haut": "height", "de hauteur": "height", "de profondeur": "depth", "d'épaisseur": "thickness",
                   "de diamètre": "diameter",
                   # a plume's height above the sea, a zone's radius: "une colonne de cendres à 9
                   # kilomètres d'altitude", "une zone portée à 10 kilomètres autour du cratère"
                   "d'altitude": "altitude", "de rayon": "radius",
                   **{f"autour {of}": "radius" for of in ("du cratère", "du volcan", "du site", "de l'usine", "de la centrale",
                                                          "de l'épicentre", "du sommet", "de la zone", "du réacteur")}}
# The same, said before it: "le bateau, long d'environ sept mètres".
DIMENSION_BEFORE = {"long": "length", "longue": "length", "longs": "length", "longues": "length", "large": "width",
                    "larges": "width", "haut": "height", "haute": "height", "hauts": "height", "hautes": "height",
                    "profond": "depth", "profonde": "depth", "épais": "thickness", "épaisse": "thickness"}

# Events a depth of water or snow is measured for, read in its clause: "250 millimètres de
# pluie", "des cumuls de 120 mm", "30 centimètres de neige".
# Snow first: "il est tombé 40 centimètres de neige".
DEPTH_EVENTS: dict[str, tuple[str, ...]] = {
    "snowfall": ("neige", "enneig"),
    "rainfall": ("pluie", "pluvio", "précipit", "cumul", "averse", "orage", "tombé"),
}
DEPTH_UNITS = ("mm", "cm")

# What a speed, a flow or a temperature measures, read in its clause before it: "des rafales
# jusqu'à 172 km/h", "le car roulait à environ 70 km/h", "le débit de la Sèvre est tombé à 0,4
# mètre cube par seconde". Gusts before wind ("des rafales de vent"). A bare one measures
# nothing: "une route limitée à 80 km/h" is no estimate of anything.
MEASURED_EVENTS: dict[str, tuple[str, ...]] = {
    "wind_gust": ("rafale", "bourrasque"),
    "wind": ("vent ", "vents ", "a soufflé", "ont soufflé", "soufflait", "soufflaient", "soufflant", "mistral",
             "tramontane", "tornade", "tempête", "ouragan", "cyclone"),
    "speed": ("vitesse", "roulai", "roulant", "roulé", "circulai", "circulé", "circule", "flashé", "lancé à",
              "filait"),
    "flow": ("débit",),
    "temperature": ("températ", "mercure", "thermomètre"),
}
# What places undergo, read in their clause when no other event is: "41 départements en
# crise", "37 communes y restent soumises" (said of people or a sector, "en crise" tells nothing).
PLACE_EVENTS: dict[str, tuple[str, ...]] = {
    "alerted": ("en crise", "soumis", "soumises", "en alerte", "en vigilance"),
}
MEASURED_UNITS = ("km_per_hour", "m_per_s", "knot", "m3", "celsius")
# Words right before a reading that make it a rule's limit, no reading: "la vitesse est limitée à
# 50 km/h", "une limitation à 80 km/h", "la vitesse maximale autorisée de 130 km/h".
# A reading's narrower kind, which its clause's words name before it: gusts of the wind.
MEASURED_NARROWER = {"wind": ("wind_gust",)}
# Nouns a sentence may open with that are no subject whose change a percentage tells: times,
# bearers of a figure named elsewhere, what is said about it.
NOT_CHANGE_SUBJECTS = ("an", "année", "mois", "semaine", "trimestre", "semestre", "veille", "lendemain", "jour",
                       "journée", "période", "saison", "chiffre", "chiffres", "bilan", "hausse", "baisse", "recul",
                       "progression", "repli", "croissance", "tendance", "même", "plupart", "ensemble", "totalité",
                       "fois", "autre", "autres", "uns", "source", "sources", "ministère", "gouvernement",
                       "institut", "étude", "enquête", "rapport", "organisation", "agence", "fédération")
# Verbs by which a subject tells its own change, or shows one ("le marché recule de 6,3 %", "le
# marché affiche un repli de 2,1 %"); word starts.
SUBJECT_CHANGE_VERBS = ("recul", "augment", "baiss", "chut", "progress", "grimp", "plong", "bondi", "s'envol",
                        "gagn", "perd", "diminu", "cède", "cèdent", "rebondi", "s'effondr", "s'effrit", "fléchi",
                        "affiche", "affichent", "enregistr", "accus", "subi", "connaît", "connaissent")
# Readings of nature, which no rule limits ("le vent passera à 100 km/h en rafales").
NATURE_READINGS = ("wind", "wind_gust", "temperature")
LIMIT_BEFORE = ("limitée à", "limité à", "limités à", "limitées à", "limitation à", "limite de", "limite à",
                "autorisée de", "autorisée à", "maximale autorisée de", "plafonnée à", "plafonné à",
                # "la vitesse sera abaissée à 70 km/h", "la route repassera à 90 km/h", "le 30 km/h"
                "abaissée à", "abaissé à", "repassera à", "repasse à", "généralisé le", "généralise le",
                "instaure le", "le passage à")

# What a sum of money is, read as for rates: right after it ("60 millions d'euros de bonus"),
# else back in its paragraph ("une indemnité de transfert de 60 millions d'euros"), else in the
# headline.
MONEY_NOUNS: dict[str, str] = {
    "indemnité de transfert": "fee", "montant du transfert": "fee", "transfert": "fee", "indemnité": "fee",
    "indemnités": "fee",
    "clause libératoire": "release_clause", "bonus": "bonus", "prime": "bonus", "primes": "bonus",
    "salaire": "wages", "salaires": "wages", "rémunération": "wages", "amende": "fine", "amendes": "fine",
    "sanction financière": "fine", "budget": "budget", "chiffre d'affaires": "revenue", "recettes": "revenue",
    "bénéfice": "profit", "bénéfices": "profit", "résultat net": "profit", "perte nette": "net_loss",
    "pertes nettes": "net_loss", "perte": "loss", "pertes": "loss", "manque à gagner": "loss", "dette": "debt", "déficit": "deficit", "aide": "aid", "enveloppe": "aid",
    "déficit commercial": "trade_deficit", "balance commerciale": "trade_balance", "excédent commercial": "trade_surplus",
    "excédent": "surplus", "exportations": "exports", "importations": "imports", "ventes à l'étranger": "exports",
    "achats à l'étranger": "imports",
    "rançon": "ransom", "dons": "donations", "appel de fonds": "appeal", "appel aux dons": "appeal",
    "investissement": "investment", "investissements": "investment",
    # (what the damage costs is one sum, told either way: "la facture s'élève à 720 millions",
    # "les dégâts sont estimés à 790 millions")
    "coût": "cost", "facture": "cost", "dégâts": "cost", "dommages": "cost", "préjudice": "damage",
    # what a reform saves: "les économies attendues" (not "l'économie", the country's)
    "économies": "savings",
    # what the state puts up for those a closure hits: "12 millions d'euros pour accompagner les salariés"
    "accompagner": "aid", "accompagnement": "aid", "fonds de soutien": "aid", "fonds d'urgence": "aid",
    # what goods seized are worth: "sa valeur à la revente est estimée à 220 millions d'euros"
    # (not "en valeur", "la valeur de la production", "la taxe sur la valeur ajoutée")
    "valeur marchande": "value", "valeur à la revente": "value", "valeur à la vente": "value",
    "valeur sur le marché": "value",
    # damages a court awards are no cost of damage
    "dommages et intérêts": "damages_awarded", "dommages-intérêts": "damages_awarded",
    # help the state pays households for their bills: "le chèque énergie de 150 euros"
    "chèque énergie": "aid", "chèque carburant": "aid", "chèque alimentaire": "aid", "indemnité carburant": "aid",
    "rachat": "acquisition", "acquisition": "acquisition", "levée de fonds": "fundraising",
    "capitalisation": "market_value", "valorisation": "market_value", "fortune": "wealth",
    "prix": "price", "tarif": "price", "loyer": "rent", "dividende": "dividend", "dividendes": "dividend",
    # a commodity's price: "le baril de Brent avait terminé à 78,40 dollars", "l'once d'or à 2 400 dollars"
    "le baril": "price", "baril de brent": "price", "baril de wti": "price", "le brent": "price", "le wti": "price",
    "l'once": "price", "la tonne de": "price", "le boisseau": "price", "le cours": "price",
}
# Commodities whose price its sentence names before it: the Brent's and the WTI's are two
# measures, never rival estimates of one ("le Brent à 82,01 dollars", "le WTI à 77,85 dollars").
# Words of a sum per unit that is no price of a good (see measures' price per unit).
NOT_PRICE_WORDS = ("remise", "ristourne", "réduction", "rabais", "taxe", "taxes", "accise", "subvention", "aide",
                   "prime", "bonus", "malus", "indemnis", "augment", "baisse", "hausse", "contribution")
COMMODITIES = {"brent": "brent", "gazole": "diesel", "diesel": "diesel", "sans-plomb": "petrol", "sp95": "petrol",
               "sp98": "petrol", "e10": "petrol", "essence": "petrol", "fioul domestique": "heating_oil", "lait": "milk", "wti": "wti", "once d'or": "gold", "l'or": "gold", "once d'argent": "silver",
               "gaz naturel": "natural_gas", "blé": "wheat", "maïs": "maize", "cuivre": "copper", "cacao": "cocoa"}
# Words that make a sum one demanded, not one paid or granted: "les syndicats réclament au
# moins 500 millions d'euros", "les pirates exigent 2 millions de dollars", "les 500 millions
# réclamés". A demand is a measure of its own: it neither confirms nor contradicts the sum
# granted.
DEMAND_WORDS = ("réclam", "exig", "demand", "revendiqu", "sollicit")
# Words of a demand before a rate: "les syndicats demandent une revalorisation de 6 %", "sa
# revendication de 6 %". Not the verb "revendiquer", which claims a count of strikers ("le Snes
# revendique 45 % de grévistes").
DEMAND_RATE_WORDS = ("réclam", "exig", "demand", "revendication")
# The demand for a thing demands no sum: "la demande de gaz", "la demande d'asile".
DEMAND_OF_THING = ("demande de", "demandes de", "demande du", "demandes du", "demande des", "demandes des",
                   "demande d'", "demandes d'")
# Words that open a rival's source right after its rate: "39 % selon les syndicats".
SOURCE_AFTER_RATE = ("selon", "d'après", "pour")
# A money noun that only says what a sum includes or leaves out ("60 millions d'euros bonus
# compris", "55 millions hors bonus") does not say what the sum is.
MONEY_NOUN_INCLUDED = ("compris", "comprise", "inclus", "incluse")
# Words before a money noun a sum leaves out or takes in ("55 millions hors bonus", "y compris
# les primes"): that noun is not what the sum is, even when the paragraph named it before.
MONEY_NOUN_EXCLUDING = ("hors", "sans", "y compris", "non compris", "bonus exclus")

# Words that make a count an increment, not a running total ("3 000 soldats supplémentaires",
# "3 000 de plus", "arrivés en renfort"): an increment neither updates
# a total nor is updated by it.
INCREMENT_WORDS = ("supplémentaire", "de plus", "en renfort", "de renfort", "nouveaux", "nouvelles", "additionnel",
                   # a count over a short period is what it added: "5 200 personnes en deux jours",
                   # "perdu 1 500 hectares cette nuit", "125 tués au cours des dernières 24 heures"
                   "en une nuit", "cette nuit", "en un jour", "en une journée", "en 24 heures", "en 48 heures",
                   "en 72 heures", "en deux jours", "en trois jours", "en une semaine", "ce week-end",
                   "au cours des dernières", "ces dernières 24 heures", "sur la seule journée")
# ("autres" is not one: "27 tués et 45 autres blessés" counts other people, not more of them.)

# A paragraph that turns to another occurrence ("Loin de là, dans l'Aude, un autre feu s'est
# déclaré", "une autre frappe a visé un véhicule"): its figures are not the story's.
OTHER_OCCURRENCE = ("un autre", "une autre")
# "une nouvelle secousse", "un nouvel incendie": an occurrence to come or just begun, not the
# one counted so far; not the things a running count adds up ("un nouveau foyer" of bird flu,
# "une nouvelle réplique", "un nouveau cas" are steps of the count). One that opens its sentence
# in the headline or the lead is the story itself ("Une nouvelle frappe russe a tué 12 civils");
# one further in its sentence is that sentence's only ("Les syndicats appellent à une nouvelle
# journée de mobilisation le 23. Jeudi, 1,2 million de personnes ont défilé").
NEW_OCCURRENCE = ("un nouveau", "une nouvelle", "un nouvel")
NEW_OCCURRENCE_NOUNS = ("feu", "incendie", "séisme", "tremblement de terre", "secousse", "frappe", "attaque",
                        "attentat", "manifestation", "journée de mobilisation", "journée de grève", "accident",
                        "explosion", "cyclone", "tempête", "ouragan", "inondation", "crue", "glissement de terrain",
                        "naufrage", "fusillade", "bombardement", "raid", "éruption", "émeute", "avalanche",
                        "déraillement", "effondrement", "tornade", "typhon", "cyberattaque", "bousculade",
                        "mouvement de foule", "intoxication")
# Words that open a paragraph turning to other places ("Ailleurs, la saison reste tendue : dans
# l'Aude, un incendie a détruit 1 250 hectares"); "Par ailleurs" only adds a point. The paragraph
# turns to another occurrence when it names one with an indefinite article ("un incendie");
# else it tells the same storm or protest day elsewhere ("Ailleurs, 30 000 foyers restaient
# privés d'électricité en Normandie"), which the places tell apart.
ELSEWHERE_OPENERS = ("ailleurs", "à l'autre bout du pays", "dans le reste du pays")
# Words that set an occurrence beside the story's, named with an indefinite article after them:
# "Mardi également, un incendie à bord d'un ferry … a fait six morts", "Le même jour, une
# explosion …" (its sentence is another occurrence's).
BESIDE_OPENERS = ("également", "aussi", "le même jour", "le même week-end", "au même moment", "dans le même temps",
                  "le même soir", "la même nuit", "la même semaine")
INDEFINITE_ARTICLES = ("un", "une", "des")
# Shocks after the one a story counts: a reading on a scale whose nearest shock before it is one
# of them is theirs ("Des dizaines de répliques ont suivi, dont une de magnitude 5,4"), not the
# main shock's ("l'IGP a révisé la magnitude du séisme principal à 7,0").
AFTERSHOCK_NOUNS = ("réplique", "répliques")
MAIN_SHOCK_NOUNS = ("séisme", "secousse", "tremblement de terre", "choc principal")
OCCURRENCE_NOUNS = ("feu", "feux", "incendie", "séisme", "tremblement de terre", "frappe", "attaque", "attentat",
                    "manifestation", "rassemblement", "cortège", "accident", "explosion", "cyclone", "tempête",
                    "ouragan", "inondation", "crue", "glissement de terrain", "naufrage", "fusillade",
                    "bombardement", "raid", "éruption", "épidémie", "foyer", "grève", "émeute", "collision",
                    "avalanche", "déraillement", "effondrement", "tornade", "typhon", "réplique", "flambée",
                    "vague", "marée noire", "cyberattaque",
                    # "Le même week-end, une autre bousculade a endeuillé l'Afrique de l'Ouest"
                    "bousculade", "mouvement de foule", "catastrophe", "drame", "intoxication", "tragédie")

# Words that make a figure a part of the one before it ("27 morts, dont neuf enfants", "parmi
# lesquels 12 mineurs"): a part is compared only with other parts.
# "Lorca compte à elle seule huit victimes": a part of the toll told before, unless a place says
# it of its own count: "L'Auvergne-Rhône-Alpes concentre à elle seule 310 décès" is the region's
# count (the linker tells places apart), not a subgroup.
ALONE_WORDS = ("à elle seule", "à lui seul", "à eux seuls", "à elles seules")
SUBSET_WORDS = ("dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "parmi elles", "notamment",
                "y compris", "en incluant", *ALONE_WORDS)
# Words of a part told of those named before, right after its figure ("Onze d'entre eux ont été
# hospitalisés") or before a "soit" that gives it ("Plus des deux tiers d'entre elles, soit
# 2 480 personnes").
OF_THOSE_WORDS = ("d'entre eux", "d'entre elles")

# Verbs by which a relative clause tells what a thing holds, no event: "le bâtiment, qui
# comptait 16 logements", "le site, qui abrite 40 cuves" (stems, folded).
# Those who live in a place, and the places a population is told of: "cette ville de 97 000
# habitants", "une île de 11 000 habitants" say what the place is, nothing that happened.
POPULATION_UNITS = ("inhabitant",)
POPULATION_PLACES = ("ville", "île", "commune", "village", "localité", "bourg", "cité", "agglomération", "métropole",
                     "département", "pays", "archipel", "hameau", "quartier", "port", "région", "territoire",
                     "municipalité", "canton", "station", "bastion", "enclave", "pays de")
HOLDING_VERBS = ("compt", "compren", "abrit", "accueill", "emploi", "possed", "dispos", "hebergeai", "heberge",
                 "rassembl", "regroup", "totalis")
