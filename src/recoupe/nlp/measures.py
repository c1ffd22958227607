"""``recoupe_measures``: which measure does each figure quantify (unit and rate, kind of event,
whose), read in the language of its document when it is analysed.

The linker (``recoupe.link``) sees only the ``Measure`` each figure gets, stored with the
analysis: it reads no text. Two figures are compared only when they share a measure key. The event is read from the
words around the figure (see ``lang/fr/events.py``); the actor is the state whose troops,
shells or money are counted: the owner named right after the figure ("soldats de la Corée
du Nord", "2 000 pour Kiev"), or the first state named in the clause once its source is set
aside ("le SNR sud-coréen indique que le régime nord-coréen a envoyé…" → North Korea).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from bisect import bisect_left
from dataclasses import replace
from typing import Iterable, NamedTuple, Optional

from recoupe import gazetteer
from recoupe.lang.fr import events as ev
from recoupe.lang.fr import numbers as frn
from recoupe.lang.fr.units import MEASUREMENT_UNITS
from recoupe.layout import headline_end, headline_over_body
from recoupe.model import PERCENT, RATIO, SHARE_PREFIX, STATED, Claim, Measure, Mention, Quantity
from recoupe.nlp.quantities import (EN_BEFORE, PEOPLE, count_noun, counted_head, event_head, is_waiting_time,
                                    sense_in_context, subject_head)
from recoupe.nlp.textnorm import fold, phrase_pattern

def _stem_patterns(table: dict[str, tuple[str, ...]]) -> list[tuple[str, "re.Pattern[str]"]]:
    """Each event of ``table`` with one pattern for its word prefixes, in the table's order."""
    return [(event, re.compile(rf"(?<![\w])(?:{phrase_pattern(stems)})")) for event, stems in table.items()]


_STEMS = _stem_patterns(ev.EVENT_STEMS)
# Where any event word starts (zero-width, so words of two events at one place are both seen):
# a claim is scanned once, and each event's pattern is tried only there.
_ANY_STEM = re.compile(rf"(?<![\w])(?=(?:{phrase_pattern([s for stems in ev.EVENT_STEMS.values() for s in stems])}))")
# Whose figure it is, right after it: "850 tonnes pour l'exploitant", "12 morts selon la police".
_RIVAL_AFTER = re.compile(rf"\s+(?:{phrase_pattern(ev.RIVAL_FIGURE_AFTER)})(?![\w])")
_NOT_EVENT = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.EVENT_NOT_WORDS)})(?![\w])")
_COPULA = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.COPULA_STEMS)})[\w']*\s+(?:[\w']+\s+){{0,3}}$")
_WORD = re.compile(r"[\w][\w\-]*")
_OWNER = re.compile(rf"\s*(?:{phrase_pattern(ev.OWNER_PREPOSITIONS)})\s*")
_DESTINATION = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.NOT_ACTOR_BEFORE)})\s+(?:la\s+|le\s+|les\s+|l')?$|(?<![\w])(?:aux|au|à\s+l')$")
# A rival source's words before its figure: it counts what was counted before ("La police
# évoque pour sa part « environ 50 000 personnes »").
_RIVAL = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.RIVAL_WORDS)})(?![\w])")
_RIVAL_PEOPLE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.RIVAL_PEOPLE_WORDS)})(?![\w])")
# Goods seized and what they are worth: in an article on a seizure, a sum its words name as
# nothing else, or a price, is the haul's worth ("la cargaison représente « quelque 370 millions
# d'euros au prix de la rue »", "220 millions d'euros pour la douane").
SEIZED, VALUE = "seized", "value"
# Those a study asked or looked at: "un échantillon de 3 000 écoles", "auprès de 1 002 personnes".
SAMPLED = "sampled"
_SAMPLE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.SAMPLE_BEFORE)})\s+(?:\S+\s+){{0,2}}$")
# What a body or a place has, told by the verb right before the figure in the present or the
# imperfect ("l'opérateur compte environ 700 000 abonnés", "l'académie compte quelque 2 900
# écoles", "Varentis emploie 800 salariés"): a stock, no count of what its story tells. (Not "en
# compte", "en a compté": a source counting those its story counts; nor "compte recruter 3 000
# policiers", an intention.)
HELD = "held"
# A place's capacity ("conçu pour 20 000 réfugiés", "d'une capacité de 60 000 places") and those
# a place houses ("le camp en abrite déjà plus de 34 000"), told by the words right before the figure.
CAPACITY = "capacity"
# What a body has, a study's sample, a place's capacity: no count an article's other figures
# could be of ("Le CHU emploie 9 000 personnes. La grève a été suivie par 1 200 agents").
NO_STORY_EVENTS = (HELD, CAPACITY, SAMPLED)
_CAPACITY = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.CAPACITY_BEFORE)})\s+(?:[^\s\d]+\s+){{0,2}}$")
_HOUSED = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.HOUSING_VERBS)})\s+(?:\S+\s+){{0,2}}$")
_GATHERED = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.GATHER_VERBS)})\s+(?:[^\s\d]+\s+){{0,2}}$")
_HELD = re.compile(rf"(?<![\w])(?<!en\s)(?:{phrase_pattern(ev.HELD_VERBS)})\s+"
                   rf"(?:(?!\S*(?:{phrase_pattern(ev.INFINITIVE_ENDINGS)})\s)\S+\s+){{0,2}}$")
_PLACE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.PLACE_NOUNS)})\s+$")
# The event a counted thing names by itself ("3 000 évacués" were evacuated). Concepts are
# recoupe's own English names, the same in every language.
CONCEPT_EVENTS = {"outbreak": "infected", "death": "killed", "injured": "wounded", "evacuee": "evacuated", "protester": "protested",
                  "striker": "protested", "displaced_person": "evacuated", "refugee": "displaced",
                  "missing_person": "missing", "arrest": "arrested", "homicide": "killed", "casualty": "lost",
                  "victim": "killed", "arrival": "arrived", "job_cut": "cut", "layoff": "cut",
                  # bodies found are dead people; survivors of a wreck were rescued
                  "body": "killed", "survivor": "rescued",
                  # "dont onze hospitalisés", "1 200 hospitalisations": the people hospitalised
                  "hospitalisation": "hospitalised", "starter": "started"}
# Nouns whose count is of an event unless their clause names another: migrants arrive, unless
# "six migrants sont morts".
# (Firefighters counted on a fire with no verb of their own are those sent to fight it.)
# (A reading on a scale, a quake's magnitude, is measured.)
CONCEPT_DEFAULT_EVENTS = {"escapee": "escaped", "migrant": "arrived", "asylum_seeker": "arrived", "firefighter": "deployed", "rescuer": "deployed",
                          # soldiers sent to a disaster or a front with no word of what befell them
                          "soldier": "deployed",
                          "magnitude": "measured",
                          # a crowd that watches attends (see ev.UNIT_EVENT_READINGS for the verbs
                          # that brought it: "attiré", "venus encourager")
                          "spectator": "attended", "visitor": "attended", "festivalgoer": "attended",
                          # a prison's inmates are held there, unless their words say more ("4 280
                          # détenus dormaient sur un matelas"); places with no event are what a
                          # prison, a stadium or a camp can hold
                          "inmate": "imprisoned", "place": "capacity",
                          # a train's or a ship's passengers with no verb of their own were on board
                          # ("son estimation d'« environ 250 passagers »", "qui évoquait 370 voyageurs")
                          "passenger": "present"}
# How far around a rate the words that tell its sense may stand (characters).
SENSE_REACH = 400
# Units counted as another: a count of arrivals counts the people who arrive.
CONCEPT_UNITS = {"arrival": "person", "departure": "person", "job_cut": "job", "layoff": "job",
                 "hospitalisation": "person",
                 # "plus de 140 feux de forêt actifs" and "142 incendies actifs" are one count
                 "wildfire": "fire"}
# What happens to people, read near a count of happenings, is not what the happenings are:
# "plus de 140 feux de forêt actifs, des milliers d'évacués" counts fires that burn.
NOT_OF_HAPPENINGS = {"evacuated", "killed", "wounded", "missing", "deployed", "arrested", "affected", "homeless",
                     "rescued", "hospitalised", "treated"}
# A sum demanded ("réclament 500 millions d'euros") and how far before it the demand may stand.
DEMANDED = "demanded"
DEMAND_REACH = 50
_DEMAND = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.DEMAND_WORDS)})")
# The event of a count of things whose clause names none: the things are counted. Only things
# one counts one by one (tractors, homes, insurance claims); a mass, a length, seats, events
# ("64 traversées"), beds (closed? reopened?) or drones (launched? shot down?) say nothing
# without the event they measure.
COUNTED = "counted"
# What a count of happenings whose clause names no event tells: that many happened ("plus de
# 250 répliques depuis mardi", "une quarantaine d'incendies"). Happenings do not un-happen, so
# later counts of one occurrence's grow (model.CUMULATIVE_EVENTS).
OCCURRED = "occurred"
HAPPENINGS = "event"
# Claims that tell what may come, not what happened.
FORECASTS = ("prediction", "possible")
VEHICLE = "vehicle"
COUNTED_CLASSES = {"vehicle", "house", "document", "product", "animal",
                   "facility", "infrastructure", "ship", "plant", "case"}
# Units whose figure, when its clause names no event, counts what its article counts most.
STORY_UNITS = ("person", "building", *ev.MONEY_UNITS)
# Classes of things counted one by one whose figure, when neither its clause nor its article
# names an event, counts them ("6 200 pains … répartis dans 248 sacs", "nos 40 000 assesseurs",
# "au moins 14 sujets comportant des erreurs"): one measure with the other counts of them its
# occurrence holds. (Not a mass, a length, a share, a duration, seats, beds, votes, money,
# weapons or munitions: those say nothing without the event they measure.)
COUNTED_IF_UNREAD = {"person", "other", "food", "organization", "job", None}
# Events a building can undergo; any other read near it ("arrivés") is not about it.
BUILDING_EVENTS = {"destroyed", "produced", "delivered", "evacuated", "burnt", "flooded", "sold"}
# Events only things undergo: read near a count of people, they are about something else.
THING_EVENTS = {"destroyed", "burnt", "flooded", "seized", "spilled", "sold", "opened", "fired"}
BURNT_OR_DESTROYED = ("burnt", "destroyed")
# What can be opened: places, beds, facilities, schools, jobs (not doses an agency that opened
# centres gave).
OPENED = "opened"
OPENED_CLASSES = {"seat", "facility", "building", "organization", "job"}
OPENED_UNITS = {"bed", "school_class", "place", "prison_place", "shelter_place", "childcare_place"}
# What those a place holds are, for whom being held is their story: a prison's inmates are its
# prisoners ("la maison d'arrêt hébergeait 397 détenus" and "86 420 détenus" are one count).
HELD_READINGS = {"inmate": "imprisoned"}
# Those a power cut leaves without electricity are counted as homes however named: "41 000
# foyers", "12 500 abonnés", "30 000 clients", "20 000 compteurs" are one count.
DEPRIVED, HOUSEHOLD = "deprived", "household"
OUTAGE_UNITS = {"household", "subscriber", "customer", "meter", "dwelling", "user"}
# Vehicles and travellers held by snow or a closed road (see ev.STRANDED_PEOPLE).
STRANDED = "stranded"
# A firm's staff and shops are counted as they are, whether it employs, runs or has them: "emploie
# 1 380 salariés" and "la direction évoque 1 380 salariés", "exploite 214 magasins" and "214
# points de vente" are one count each.
COUNTED_AS_HELD = {"employee", "shop"}
# Things sold are counted as sales, whatever they are: "836 000 logements anciens ont été
# vendus" and "842 000 ventes" (or "transactions") are one count.
SOLD, SALE = "sold", "sale"
SALE_UNITS = (SALE, "transaction")  # (counts whose noun itself sells: "842 000 ventes", "transactions")
# Things sold that keep their unit: masses and volumes ("48 millions de tonnes de blé vendues").
NOT_SALES = ("measure",)
# Events only the figure's own words tell: a word of them right after the figure in its clause,
# in its own phrase, or right before it ("a vendu 120 000 voitures", "1 870 places ont été
# ouvertes", "4 280 détenus dormaient sur un matelas"); not one the clause says of something
# else ("Le site, vendu l'an dernier, compte 14 bâtiments", "La prison, ouverte en 2030, compte
# 600 places").
NEAR_ONLY_EVENTS = {"sold", "opened", "on_floor"}
TAKEN_IN_CHARGE = "taken_in_charge"
_CARE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.CARE_WORDS)})")
_CAPTIVITY = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.CAPTIVITY_WORDS)})")
_PRISON = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.PRISON_WORDS)})")
ABDUCTED, FREED, RESCUED = "abducted", "freed", "rescued"
# A commodity withdrawn from its market is an output cut (for commodities only).
WITHDRAWN = "withdrawn"
COMMODITY_UNITS = ("barrel", "tonne", "cubic_metre", "hectolitre")
# Troops that arrive somewhere are deployed there; so are firefighters and rescuers.
SOLDIER_EVENTS = {"arrived": "deployed"}
RESPONDERS = ("firefighter", "rescuer")
ANIMAL = "animal"
# Units of a toll's nouns ("morts", "blessés"), which count whatever their whole counts.
TOLL_NOUN_UNITS = ("death", "injured", "victim", "casualty")
# Classes compared as one unit: a toll in "morts", "personnes" or "victimes" counts people;
# "canards", "volailles" and "animaux" culled count animals.
CLASS_UNITS = ("person", "building", "animal")
# Events whose state matters (whose troops, shells or money): for the others, the place of the
# occurrence tells figures apart, not an actor.
ACTOR_EVENTS = {"delivered", "deployed", "fired", "produced", "sanctioned", "lost", "paid", "captured",
                # a state's sales are its own: "La France a vendu 80 Rafale", "2 millions de tonnes de maïs"
                "sold"}
# A cut of a commodity is a state's own ("La Russie réduira sa production de 250 000 barils par
# jour"), no rival of the alliance's total (a plan's jobs cut are no state's).
ACTOR_UNIT_EVENTS = {("cut", "barrel"), ("cut", "tonne"), ("cut", "cubic_metre")}
_MONEY = re.compile(rf"(?<![\w])(?:{phrase_pattern(sorted(ev.MONEY_NOUNS, key=len, reverse=True))})(?![\w])")
_RATE = re.compile(rf"(?<![\w])(?:{phrase_pattern(sorted(ev.RATE_NOUNS, key=len, reverse=True))})(?![\w])")
_AREA = _stem_patterns(ev.AREA_EVENTS)
_AREA_FIRST = [(event, rx) for event, rx in _AREA if event in ev.AREA_EVENTS_FIRST]
_AREA_HAIL = [(event, rx) for event, rx in _AREA if event == ev.AREA_HAIL]
_AREA_DAMAGE = [(event, rx) for event, rx in _AREA if event == ev.AREA_HIT or event in ev.AREA_DONE]
_DEPTH = _stem_patterns(ev.DEPTH_EVENTS)
_MEASURED = _stem_patterns(ev.MEASURED_EVENTS)
# A reading's narrower kinds' patterns: gusts of the wind.
_MEASURED_NARROWER = {read: [(e, rx) for e, rx in _MEASURED if e in narrower] for read, narrower in ev.MEASURED_NARROWER.items()}
_SUBSET = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.SUBSET_WORDS)})\s+(?:[\w']+\s+){{0,2}}$")
_OF_THOSE_AFTER = re.compile(rf"\s+(?:{phrase_pattern(ev.OF_THOSE_WORDS)})(?![\w])")
# "Trois des victimes", "deux de ces blessés": a figure's own words counting some of a group.
_PARTITIVE = re.compile(rf"\s(?:{phrase_pattern(frn.PART_OF_WHOLE)})\s")
_OF_THOSE_BEFORE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.OF_THOSE_WORDS)}),?\s+soit\s+(?:\S+\s+){{0,1}}$")
_INCREMENT = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.INCREMENT_WORDS)})")
_STRIKE_CLAUSE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.STRIKE_CLAUSE_WORDS)})")
_CLAUSE_AFTER = re.compile(r"[^.;:!?\n]{0,80}")
# (and the shares coordinated after the first: "réuni 31,2 % des professeurs et 23,5 % des …")
_STRIKE_FOLLOWED = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.STRIKE_FOLLOWED_WORDS)})\s+(?:\d[^.;:!?\n]{{0,80}}\s+et\s+)?$")
_STRIKE_NOUN = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.STRIKE_NOUNS)})(?![\w])")
STRIKE_RATE = "strike_rate"
_SUBGROUP = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.SUBGROUP_OPENERS)})\s+[^\W\d_]")
_NEW_OCCURRENCE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.NEW_OCCURRENCE)})\s+(?:{phrase_pattern(ev.NEW_OCCURRENCE_NOUNS)})(?![\w])")
_ELSEWHERE = re.compile(rf"(?:^|\n)\s*(?:{phrase_pattern(ev.ELSEWHERE_OPENERS)})(?![\w])"
                        rf"(?=[^\n]*?(?<![\w])(?:{phrase_pattern(ev.INDEFINITE_ARTICLES)})\s+"
                        rf"(?:{phrase_pattern(ev.OCCURRENCE_NOUNS)})(?![\w]))")
_SHOCK = re.compile(rf"(?<![\w])(?:(?P<after>{phrase_pattern(ev.AFTERSHOCK_NOUNS)})|"
                    rf"{phrase_pattern(ev.MAIN_SHOCK_NOUNS)})(?![\w])")
_DONT = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.SUBSET_WORDS)})(?![\w])")
_ALONE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.ALONE_WORDS)})(?![\w])")
_BREACH = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.BREACH_WORDS)})")
_AFFECTED_BY = re.compile(r"(?<![\w])(?:concern|touch|affect)\w*\s+par\s+(?:l'|la\s+|le\s+|les\s+|des\s+|une?\s+)?")
_BREACH_DATA_BEFORE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.BREACH_DATA_BEFORE)})\s+(?:\S+\s+){{0,1}}$")
_ESTIMATE_BEFORE = re.compile(
    rf"(?:(?<![\w])(?:{phrase_pattern(ev.ESTIMATE_DETERMINERS)})\s*(?:{phrase_pattern(ev.ESTIMATE_NOUNS)})s?"
    rf"|(?<![\w])(?:{phrase_pattern(ev.ESTIMATE_VERBS)}))"
    rf"(?:\s+(?:{phrase_pattern(ev.ESTIMATE_ADVERBS)}))?(?:\s+(?:{phrase_pattern(ev.ESTIMATE_COMPARATIVES)}),?)?"
    rf"\s*(?:(?:{phrase_pattern(ev.ESTIMATE_LINKS)})\s*)?(?:[«“\"]\s*)?$")
# A craft and the verb that says it carried the figure's people: "le train, qui transportait environ".
# (Forces a craft carries are deployed, as soldiers are: "un convoi qui transportait 80 gendarmes".)
CARRIED_FORCES = ("gendarme", "police_officer", "firefighter", "rescuer", "riot_police", "mercenary", "fighter")
_CARRIED = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.CRAFTS)})(?![\w])[^.;:!?]{{0,80}}"
                      rf"(?<![\w])(?:{phrase_pattern(ev.CARRY_VERBS)})\w*\s+(?:[^\s\d]+\s+){{0,2}}$")
_PART_BEFORE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.PART_OPENERS)})\s+$")
_LIST_JOIN = re.compile(rf"(?:[,;]|(?<![\w])(?:{phrase_pattern(ev.LIST_JOINS)}))\s+(?:\S+\s+){{0,2}}$")
_STILL_AFTER = re.compile(rf"\s+(?:\S+\s+){{0,2}}(?:{phrase_pattern(ev.STILL_WORDS)})(?![\w])")
_REMAINING_AFTER = re.compile(rf"\s*(?:{phrase_pattern(ev.REMAINING_AFTER)})(?![\w])")
_THING_OF = re.compile(rf"\s+(?:{phrase_pattern(ev.PART_OF)})\s*(?P<thing>[^\W\d_]+)")
_SPILLED_THING = re.compile(rf"(?:{phrase_pattern(ev.SPILLED_THINGS)})$")
_SPILL_CONTEXT = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.SPILL_WORDS)})")
_CUT_CONTEXT = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.CUT_PLAN_WORDS)})")
# How far before a reading on a scale its shock may be named.
SHOCK_REACH = 160
# Where a sentence (or a clause closed by ";") ends, and what may open one before its subject (a
# date, a place, a headline's topic: "Mardi, ", "Bouches-du-Rhône : ").
_SENTENCE_END = re.compile(r"[.;!?]\s|\n")
_OPENS = re.compile(r"\s*(?:[^,;:.!?\n]*[,:]\s*)?")
_ASIDE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.OTHER_OCCURRENCE)})\s+(?:{phrase_pattern(ev.OCCURRENCE_NOUNS)})(?![\w])")
_BESIDE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.BESIDE_OPENERS)})\s*,?\s+(?:{phrase_pattern(ev.INDEFINITE_ARTICLES)})\s+"
                     rf"(?:{phrase_pattern(ev.OCCURRENCE_NOUNS)})(?![\w])")


def _event_words(folded: str, start: int, end: int, text: Optional[str] = None) -> list[tuple[int, str, int]]:
    """(start, event, end) of every event word in ``folded[start:end]``, in text order: the
    text is scanned once, and each event's pattern is tried only where some event word starts.
    Given the ``text`` as written, a word with a capital inside a sentence is part of a name,
    no event ("la société Ivoire Live Productions")."""
    # At one place the longest word wins: "privées de leur logement" (evacuated) over "privé".
    # A word inside a phrase that tells no event is none ("tirées des avant-contrats").
    nots = [(m.start(), m.end()) for m in _NOT_EVENT.finditer(folded, max(0, start - 20), min(len(folded), end + 20))]
    found = sorted(((at, -m.end(), event) for at in (w.start() for w in _ANY_STEM.finditer(folded, start, end))
                    if (text is None or not _in_name(text, at)) and not any(a <= at < b for a, b in nots)
                    for event, rx in _STEMS if (m := rx.match(folded, at, end))))
    # (A word inside a longer one that starts before it is part of that one: "réduisant sa
    # production" is a cut, no production.)
    out: list[tuple[int, str, int]] = []
    reach = -1
    for at, neg_end, event in found:
        if -neg_end <= reach and (not out or out[-1][0] != at):
            continue
        out.append((at, event, -neg_end))
        reach = max(reach, -neg_end)
    return out


# Where an event word of NEAR_ONLY_EVENTS may stand: in the figure's own phrase, after it in its
# clause, or right before it with two words at most between.
_NEAR_BEFORE = {event: re.compile(rf"(?<![\w])(?:{phrase_pattern([w.strip(' ,.') for w in ev.EVENT_STEMS[event]])})"
                                  rf"[\w']*\s+(?:\S+\s+){{0,2}}$")
                for event in NEAR_ONLY_EVENTS}


def _told_near(folded: str, q: Quantity, event: str) -> bool:
    """Whether a word of ``event`` is the figure's own (see NEAR_ONLY_EVENTS)."""
    end = _clause_end(folded, q.end)
    return any(found == event for _, found, _ in _event_words(folded, q.start, end)) \
        or _NEAR_BEFORE[event].search(folded, max(0, q.start - 60), q.start) is not None


def _in_name(text: str, at: int) -> bool:
    """Whether the word at ``at`` is written with a capital inside a sentence."""
    if not text[at:at + 1].isupper():
        return False
    before = text[max(0, at - 3):at].rstrip(" «\"“(")
    return bool(before) and before[-1] not in ".!?:\n-–—»…"  # (a dateline's dash, a quote closed)


class _Events:
    """The event words of one span of text (a claim), found once: every figure of the claim
    asks for the first or last one before it or the first one after it (a bisection, so a
    sentence of a thousand figures costs its length, not its square)."""

    def __init__(self, folded: str, start: int, end: int, text: Optional[str] = None) -> None:
        found = _event_words(folded, start, end, text)
        self.found = found
        self.starts = [f[0] for f in found]

    def before(self, at: int, last: bool) -> Optional[str]:
        """The first (or with ``last`` the last) event word that ends by ``at``."""
        k = bisect_left(self.starts, at)
        order = range(k - 1, -1, -1) if last else range(k)
        return next((self.found[i][1] for i in order if self.found[i][2] <= at), None)

    def after(self, at: int) -> Optional[str]:
        k = bisect_left(self.starts, at)
        return self.found[k][1] if k < len(self.found) else None


class _Countries:
    """The states the mentions of one document name, sorted by offset, to read those of any
    span by bisection instead of going through all the document's mentions for each figure."""

    def __init__(self, mentions: list[Mention], named: bool = False) -> None:
        # (a scope, "au niveau national", names no actor; ``named``: the mentions were sorted
        # out already, with the states' people, who act for them, when wanted: "Les Russes ont
        # tiré 80 missiles")
        if not named:
            mentions = [m for m in mentions if _names_a_state(m)]
        found = sorted((m.start, m.key.split(":", 1)[1]) for m in mentions)
        self.found = found
        self.starts = [f[0] for f in found]
        self.at: dict[int, str] = {}
        for m in mentions:  # the first mention listed at an offset, as the list is read
            if m.key.startswith(("country:", "people:")):
                self.at.setdefault(m.start, m.key.split(":", 1)[1])

    def between(self, start: int, end: int) -> list[tuple[int, str]]:
        return self.found[bisect_left(self.starts, start):bisect_left(self.starts, end)]

    @classmethod
    def of_states_and_people(cls, mentions: list[Mention]) -> tuple["_Countries", "_Countries"]:
        """The document's states, and its states with their people (each mention read once)."""
        states = [m for m in mentions if _names_a_state(m)]
        named = {id(m) for m in states}
        agents = [m for m in mentions if id(m) in named or m.key.startswith("people:")]
        return cls(states, named=True), cls(agents, named=True)


def _names_a_state(m: Mention) -> bool:
    """Whether a mention names a state by a name the gazetteer knows (not a scope: "au niveau
    national")."""
    return m.key.startswith("country:") and (gazetteer.resolve_place(m.text) is not None
                                              or bool(gazetteer.state_metonym(m.text)))


# Places below a state (towns, regions, departments), as the entity keys name them.
_LOCAL_KEYS = ("city:", "loc:", "sub:")
# What may stand between a figure and the place its own phrase names: a few words ("dans les
# Landes", "pour la seule ville de Lyon"), no punctuation, no other figure.
_TO_PLACE = re.compile(r"[^\W\d_]*(?:[\s'’-]+[^\W\d_]*){0,5}\s*")
_AT_TOWN = re.compile(rf"\s+(?:{phrase_pattern(ev.AT_TOWN_WORDS)})\s+")


class _Places:
    """Where one document names towns and regions, to ask whether a figure's own phrase
    names one ("dont 14 dans les Landes")."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.starts = sorted(m.start for m in mentions if m.key.startswith(_LOCAL_KEYS))
        # (A capital is a town right after "à": "14 interpellations en France, dont neuf à Paris",
        # not "dont 40 à la demande de Paris".)
        self.capitals = sorted(m.start for m in mentions if m.key.startswith("country:") and gazetteer.is_capital(m.text))

    def between(self, start: int, end: int) -> bool:
        """Whether a town or region is named in ``start``–``end``."""
        k = bisect_left(self.starts, start)
        return k < len(self.starts) and self.starts[k] < end

    def right_after(self, folded: str, end: int) -> bool:
        k = bisect_left(self.starts, end)
        c = bisect_left(self.capitals, end)
        return (k < len(self.starts) and self.starts[k] - end <= 40
                and _TO_PLACE.fullmatch(folded, end, self.starts[k]) is not None) \
            or (c < len(self.capitals) and _AT_TOWN.fullmatch(folded, end, self.capitals[c]) is not None)


def _clause_bounds(text: str, claim: Claim) -> tuple[int, int]:
    """The claim span without its source phrase and reporting cue ("X indique que")."""
    start = claim.start
    if claim.source and claim.start <= claim.source.start < claim.end:
        after = claim.source.end
        # Past "… estime que" when there is one (an apposition may stand before it), else past
        # the comma that closes "Selon X,".
        m = re.match(r"[^;:.]{0,160}?(?:\bque\b|\bqu['’])", text[after:claim.end]) or \
            re.match(r"[^,;:.]{0,60}?,", text[after:claim.end])
        # "Selon X, …" or "X indique que …" opens the claim: what is measured comes after.
        # A trailing "…, selon X" leaves the clause before it as it is.
        if claim.source.start - claim.start <= 25:
            start = after + (m.end() if m else 0)
    return start, claim.end


def _countries(text: str, folded: str, start: int, end: int, mentions: _Countries,
               actors_only: bool = False) -> list[tuple[int, str]]:
    """States named in ``text[start:end]``: mentions and demonym adjectives. With
    ``actors_only``, leave out destinations ("livrés à la Russie") and places ("la frontière
    ukrainienne")."""
    found = [(at, iso) for at, iso in mentions.between(start, end)
             if not (actors_only and _DESTINATION.search(folded, max(0, at - 16), at))]
    for w in _WORD.finditer(folded, start, end):
        if w.group(0)[:1].isalpha() and not text[w.start()].isupper():
            iso = gazetteer.demonym_country(w.group(0))
            if iso and not (actors_only and _PLACE.search(folded, max(0, w.start() - 16), w.start())):
                found.append((w.start(), iso))
    return sorted(found)


def event_of(text: str, folded: str, claim: Claim, q: Quantity, events: Optional[_Events] = None) -> Optional[str]:
    """The kind of event ``q`` counts, or None when the text does not say. ``events`` holds
    the claim's event words when they were read already."""
    c_start, c_end = claim.start, claim.end
    after_end = min(c_end, q.end + 50)
    stop = re.search(r"[,;:.]\s", folded[q.end:after_end])
    if stop:
        after_end = q.end + stop.start()
    own = _event_words(folded, q.start, q.end)
    # (a participle the figure's own phrase ends with, past its noun, before what follows it: "45
    # brebis mortes et 12 blessées"; its noun alone is no event, "104 malades hospitalisés")
    noun = folded.find(fold(q.unit_text), q.start, q.end) if q.unit_text else -1
    ends = own[-1:] if own and own[-1][2] >= q.end and noun >= 0 and own[-1][0] >= noun + len(q.unit_text or "") else []
    found = ends or _event_words(folded, q.end, after_end) or own
    if not found and stop and folded[q.end + stop.start()] == ",":
        # Past an apposition closed by a second comma: "Quelque 1 500 personnes, pour l'essentiel
        # des vacanciers de trois campings, ont été évacuées".
        end = _SENTENCE_END.search(folded, q.end, q.end + 200)
        limit = min(len(folded), end.start() if end else q.end + 200)
        apposition = _APPOSITION.match(folded, q.end + stop.start(), limit)
        if apposition and not _COORDINATED.match(folded, apposition.end()):
            # (not a clause coordinated after it: "a coûté la vie à neuf personnes, âgées de 19 à
            # 84 ans, et en a blessé 18 autres")
            found = _event_words(folded, apposition.end(), min(limit, apposition.end() + 40))
    if not found and _RIVAL_AFTER.match(folded, q.end) and q.start > headline_end(folded):
        # A rival's figure of a list a colon opens counts what the sentence names before it:
        # "Sur la quantité de produits partis en fumée, les versions divergent : 850 tonnes pour
        # l'exploitant, 2 700 pour l'association" (not a headline's "Saisie record : 6 200 pains").
        start = _sentence_start(folded, q.start)
        colon = folded.rfind(":", start, q.start)
        if colon > start and not _event_words(folded, colon, _sentence_end(folded, q.end)):
            found = _event_words(folded, start, colon)[-1:]
    if found and q.unit in ev.MONEY_UNITS and _PER_THING.match(folded, q.end) and found[0][0] >= q.end:
        found = []  # "entre 180 et 260 euros par brebis tuée": what each was for, not what the sum is
    if found and found[0][0] >= q.end and not folded[q.end:found[0][0]].strip():
        # A participle right after the figure describes what it counts; the verb of its
        # sentence says what befell them: "Cent dix-huit élèves enlevés dans la nuit du 11 au 12
        # février, …, ont été libérés jeudi".
        main = _main_verb_event(folded, claim, q, found[0])
        if main is not None:
            return main
    if found:
        return _casualties(found, claim.quantities)
    if q.start - c_start <= 2:
        # A figure that opens its claim (the claim was cut before it: "un plan prévoyant la
        # suppression de 640 postes"): the words of its clause before it say what it counts.
        lead_start = max(0, q.start - LEAD_REACH)
        breaks = [m.end() for m in _CLAUSE_END.finditer(folded, lead_start, q.start)]
        lead = _event_words(folded, breaks[-1] if breaks else lead_start, q.start, text)
        if lead:
            return lead[-1][1]
    if events is None:
        events = _Events(folded, c_start, c_end, text)
    before = folded[max(c_start, q.start - 40):q.start]
    if _COPULA.search(before):
        subject = events.before(q.start, last=False)
        if subject:
            return subject
    return events.before(q.start, last=True) or events.after(q.end)


# A verb's auxiliary right before its participle: "ont été libérés", "sont morts", "a été retrouvé".
_AUXILIARY = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.AUXILIARIES)})\s+(?:(?:été|tous|toutes|finalement|enfin|déjà)\s+)*$")


def _main_verb_event(folded: str, claim: Claim, q: Quantity, described: tuple[int, str, int]) -> Optional[str]:
    """The event of the verb with an auxiliary that follows a figure's describing participle
    in its sentence, before any other figure, when it is another event than the participle's (a
    headline's verbs go without: "les 118 élèves enlevés à Dan Magaji libérés")."""
    end = _sentence_end(folded, q.end)
    nxt = min((p.start for p in claim.quantities if p.start > q.end), default=end)
    headline = q.start < headline_over_body(folded)
    for at, event, _ in _event_words(folded, described[2], min(end, nxt)):
        if _AUXILIARY.search(folded, max(0, at - 40), at) or headline:
            return event if event != described[1] else None
    return None


_COORDINATED = re.compile(r"(?:et|ou|mais|puis)(?![\w])")
# A sum for each thing: "240 euros par brebis laitière tuée".
_PER_THING = re.compile(r"\s+(?:par|pour\s+chaque)\s+(?!an\b|mois\b|jour\b|semaine\b|heure\b)[^\W\d]")
# How far before a figure that opens its claim the words of its clause are read, and what ends a
# clause there.
LEAD_REACH = 80
_CLAUSE_END = re.compile(r"[,;:.!?\n]")
# ", pour l'essentiel des vacanciers de trois campings, ": a short aside between two commas.
_APPOSITION = re.compile(r",[^,;:.()]{1,90},\s*")
# "tués ou blessés", "morts et blessés confondus": the two together are casualties.
_BOTH_GAP = 16


def _casualties(found: list[tuple[int, str, int]], figures: Iterable[Quantity] = ()) -> str:
    """The event of the first event word after a figure, the killed and the wounded named
    together ("4 000 soldats tués ou blessés") being casualties ("lost"), unless a figure of
    their own stands between them ("deux personnes ont été tuées et onze blessées")."""
    first = found[0]
    if len(found) > 1 and {first[1], found[1][1]} == {"killed", "wounded"} and found[1][0] - first[2] <= _BOTH_GAP \
            and not any(first[2] <= f.start < found[1][0] for f in figures):
        return "lost"
    return first[1]


def _FIRST_IS_DEMONYM(folded: str, at: int) -> bool:
    w = _WORD.search(folded, at, at + 30)
    return bool(w and gazetteer.demonym_country(w.group(0)))


def actor_of(text: str, folded: str, claim: Claim, q: Quantity, mentions: list[Mention] | _Countries,
             prev_end: Optional[int] = None, anywhere: Optional[list[tuple[int, str]]] = None) -> Optional[str]:
    """The state whose figure ``q`` is, or None. ``anywhere`` holds the states the claim's
    clause names when they were read already."""
    countries = mentions if isinstance(mentions, _Countries) else _Countries(mentions)
    # The owner named right after what is counted: "soldats de la Corée du Nord",
    # "2 000 pour Kiev", "obus nord-coréens".
    owner = _OWNER.match(folded, q.end)
    if owner and owner.end() > q.end and owner.end() in countries.at:
        return countries.at[owner.end()]
    # A demonym among the next few words of the noun phrase: "membres des forces spéciales
    # nord-coréennes", "obus nord-coréens".
    stop = re.search(r"[,;:.()]|\s(?:qui|que|dont|ont|a|sont|est|avaient|avait)\s", folded[q.end:q.end + 60])
    np_end = q.end + (stop.start() if stop else min(60, len(folded) - q.end))
    # "pour" names an owner only directly ("2 000 pour Kiev"), not in "pour assister l'armée russe".
    if (owner and not owner.group(0).strip().startswith("pour")) or _FIRST_IS_DEMONYM(folded, q.end):
        for w in list(_WORD.finditer(folded, q.end, np_end))[:5]:
            iso = gazetteer.demonym_country(w.group(0))
            if iso:
                return iso
    if q.unit_inherited and prev_end is not None:
        # "10 000 obus par jour, quand l'armée ukrainienne n'en tirait que 2 000": the state
        # named between the two figures owns the second one.
        between = _countries(text, folded, prev_end, q.start, countries, actors_only=True)
        if between:
            return between[-1][1]
    if anywhere is None:
        c_start, c_end = _clause_bounds(text, claim)
        anywhere = _countries(text, folded, c_start, c_end, countries, actors_only=True)
    return anywhere[0][1] if anywhere else None


# A figure a relative clause gives a noun as what it holds: "le bâtiment, qui comptait 16
# logements", "le site, qui abrite 40 cuves".
_DESCRIBED = re.compile(rf"(?<![\w])qui\s+(?:{phrase_pattern(ev.HOLDING_VERBS)})\w*\s+(?:[^\W\d]+\s+){{0,2}}$")
_MEAN = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.MEAN_WORDS)})(?![\w])")
_MEAN_AFTER = re.compile(rf"\s+(?:{phrase_pattern(ev.MEAN_WORDS)})(?![\w])")
_POPULATION_OF = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.POPULATION_PLACES)})\s+(?:de|d')\s*$")
_TOLL = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.TOLL_WORDS)})")
_INCLUDED = re.compile(rf"\s+(?:{phrase_pattern(ev.MONEY_NOUN_INCLUDED)})(?![\w])")
_OF = re.compile(rf"\s*(?:(?:le |la |l')(?:{phrase_pattern(ev.PROPORTION_NOUNS)}) )?(?:de la |du |des |de l'|d'|de )?")
_EXCLUDING = re.compile(rf"\s+(?:{phrase_pattern(ev.MONEY_NOUN_EXCLUDING)})\s+(?:les |le |la |l'|des |de )?")


def _noun_of(folded: str, q: Quantity, rx: "re.Pattern[str]", table: dict[str, str],
             own_sentence: tuple[str, ...] = (), denominators: tuple[str, ...] = ()) -> Optional[str]:
    """The noun of ``table`` right after ``q`` ("6,4 % de chômage", "60 millions d'euros de
    bonus"), else the nearest before it in its paragraph, else the first in the headline.
    A noun of ``denominators`` right after it says what it is a share of ("5,1 % du PIB"):
    what it measures is then read before it, and is that noun only when nothing is."""
    after = _OF.match(folded, q.end)
    m = rx.match(folded, after.end() if after else q.end)
    if m is None:
        # The noun the figure's own words end with ("15 millions de bonus", its unit the
        # paragraph's euros).
        m = next((n for n in rx.finditer(folded, q.start, q.end)
                  if n.end() == q.end and folded[max(q.start, n.start() - 3):n.start()].endswith(("de ", "d'"))), None)
    share_of = None
    if m and _phrase(m) in denominators:
        share_of, m = m, None
    if m and not _INCLUDED.match(folded, m.end()):
        return table[_specific(folded, _phrase(m), q.start)]
    # "55 millions hors bonus": what it leaves out is not what it is.
    skip = _left_out(folded, q, rx, table)
    start = folded.rfind("\n", 0, q.start) + 1
    sentence = _sentence_start(folded, q.start)
    found = None
    first = None  # the first of its paragraph, what the paragraph is about
    for candidate in rx.finditer(folded, max(start, q.start - 600), q.start):
        if table[_phrase(candidate)] != skip and (candidate.start() >= sentence or _phrase(candidate) not in own_sentence):
            found = candidate
            first = first or candidate
    if found is not None and found.start() < sentence:
        # Named in an earlier sentence only: the paragraph's subject, not its last aside ("une
        # indemnité de 75 millions … une part variable de 12 millions. Le montant se situe
        # entre les 70 millions annoncés par L'Équipe et les 80 millions …").
        found = first
    if found is None and share_of is not None:
        found = share_of
    if found is None:
        found = next((m for m in rx.finditer(folded, 0, min(headline_end(folded), start))
                      if _phrase(m) not in own_sentence), None)
    return table[_specific(folded, _phrase(found), q.start)] if found else None


def _specific(folded: str, phrase: str, before: int) -> str:
    """``phrase``, or the specific phrase it stands for when the text named that one earlier
    (anywhere, for a figure of the headline, which the body spells out): "le déficit se
    creuse" after "le déficit commercial" is the trade deficit."""
    for specific, rx in _ELLIPTIC.get(phrase, ()):
        if rx.search(folded, 0, len(folded) if before < headline_end(folded) else before):
            return specific
    return phrase


_ELLIPTIC = {head: tuple((s, re.compile(rf"(?<![\w]){phrase_pattern([s])}(?![\w])")) for s in narrower)
             for head, narrower in ev.ELLIPTIC_HEADS.items()}


def _phrase(m: "re.Match[str]") -> str:
    """A table phrase as matched ("taux  de\tchômage" matches "taux de chômage")."""
    return re.sub(r"\s+", " ", m.group(0))


_BASIS = re.compile(rf"(?<![\w])(?:{phrase_pattern(sorted(ev.RATE_BASES, key=len, reverse=True))})(?![\w])")
_BASIS_AFTER = re.compile(r"[^.;,()\n]{0,25}")


def _basis_after(folded: str, q: Quantity) -> Optional["re.Match[str]"]:
    """The period said right after a figure: "0,4 % sur un mois"."""
    reach = _BASIS_AFTER.match(folded, q.end)
    return _BASIS.search(folded, q.end, reach.end() if reach else q.end)


def rate_basis(folded: str, claim: Claim, q: Quantity) -> Optional[str]:
    """The period a rate of change is over when it is not the year: right after the figure
    ("0,4 % sur un mois"), else the last one before it in its clause ("Sur un mois, ils
    augmentent de 0,4 %") and after any figure before it, whose period it is ("0,2 % sur un
    mois, et l'inflation atteint 2,3 %"); None for the year."""
    after = _basis_after(folded, q)
    if after is None:
        start = claim.start
        for p in claim.quantities:
            if p.end <= q.start:
                own = _basis_after(folded, p)
                start = max(start, own.end() if own is not None and own.end() <= q.start else p.end)
        for after in _BASIS.finditer(folded, start, q.start):
            pass
    return (ev.RATE_BASES[_phrase(after)] or None) if after is not None else None


def rate_of(folded: str, claim: Claim, q: Quantity) -> Optional[str]:
    """What a percentage or share measures: "le taux de chômage est resté à 6,4 %", else the
    share of the things it is of ("28 % des cheminots", "80 % des foyers"), when they are
    things one counts and not people at large ("62 % des Français" answer polls of many
    questions)."""
    rated = None
    if _AT_BEFORE.search(folded, max(0, q.start - 12), q.start):
        after = _ARTICLE_AFTER.match(folded, q.end)
        rated = _RATE.match(folded, after.end()) if after else None  # "évalue à « 55 % environ » la participation"
    found = ev.RATE_NOUNS[_specific(folded, _phrase(rated), q.start)] if rated is not None else \
        _noun_of(folded, q, _RATE, ev.RATE_NOUNS, denominators=ev.RATE_DENOMINATORS)
    named = _named_rate(folded, q)
    if named is not None:
        # "le taux de réservation des hébergements atteignait 61 %": that rate, unless a rate the
        # lexicon knows is named after it, nearer the figure ("le taux de réservation est de 70 %
        # et le taux d'occupation de 82 %")
        known = [m.start() for m in _RATE.finditer(folded, _sentence_start(folded, q.start), q.start)]
        if not known or known[-1] < named[1]:
            return named[0]
    if found is not None and not _RATE.search(folded, _sentence_start(folded, q.start), _clause_end(folded, q.end)):
        # A share of things its own words name is theirs, not the rate an earlier sentence
        # named: "34 % de grévistes. Un quart des stations est à sec" (a share of people may
        # still be the strikers' or the voters').
        things = _share_entry(folded, q)
        if things is not None and things[2] != PEOPLE and things[1] not in SHARE_NOT_OF:
            return SHARE_MEASURES.get(things[1], f"{SHARE_PREFIX}{things[1]}")
    if found is not None:
        sense = ev.RATE_SENSES_BY_CONTEXT.get(found)
        if sense is not None:
            headline = folded[:max(0, headline_end(folded))]
            window = folded[max(0, q.start - SENSE_REACH):q.end + SENSE_REACH]
            own = folded[claim.start:claim.end]
            if any(fold(w) in own or fold(w) in headline for w in ev.RATE_SENSES_KEPT.get(found, ())):
                return found  # a vote's turnout, though a strike is named
            if any(w in window or w in headline for w in sense[1]):
                return sense[0]  # "taux de participation" on a strike day: its strikers
        return found
    clause = _CLAUSE_AFTER.match(folded, q.end)
    if clause is not None and _STRIKE_CLAUSE.search(folded, q.end, clause.end()):
        # "21 % des conducteurs étaient en grève", "un enseignant sur trois a cessé le travail":
        # the strikers' share, whatever group it is of.
        return STRIKE_RATE
    entry = _share_entry(folded, q) or _proportion_before(folded, q)
    if _STRIKE_FOLLOWED.search(folded, max(0, q.start - 110), q.start) \
            and _STRIKE_NOUN.search(folded, _sentence_start(folded, q.start), q.start) \
            and not (entry is not None and entry[1] in NOT_STRIKERS):
        return STRIKE_RATE  # "la grève du 4 février avait été suivie par 31,2 % des professeurs"
    if entry is None or entry[1] in SHARE_NOT_OF:
        return None
    return SHARE_MEASURES.get(entry[1], f"{SHARE_PREFIX}{entry[1]}")


# A rate estimated "à" a figure and named after it: "évalue à « 55 % environ » la participation".
_AT_BEFORE = re.compile(r"(?<![\w])à\s*(?:«\s*)?$")
_ARTICLE_AFTER = re.compile(r"\s*(?:»\s*)?(?:environ\s*)?(?:»\s*)?(?:la|le|les|l')\s*")
# A rate the lexicon does not know, named by its noun before the figure in its sentence, with no
# figure between: "le taux de réservation des hébergements atteignait 61 %", "le taux de
# remboursement passe à 70 %".
_NAMED_RATE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.RATE_HEADS)})\s+(?:(?:{phrase_pattern(ev.RATE_HEAD_ADJECTIVES)})\s+)?"
                         r"(?:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d')([^\W\d_][\w\-]*)")


def _named_rate(folded: str, q: Quantity) -> Optional[tuple[str, int]]:
    """The measure of a rate named by a head noun and the noun of what it rates ("taux de
    réservation": ``rate_reservation``), in the figure's sentence before it with no other figure
    between, and where it is named; the lexicon's own rate when only an adjective kept it from
    it ("le taux moyen d'occupation" is occupancy); None when none is."""
    found = None
    for found in _NAMED_RATE.finditer(folded, _sentence_start(folded, q.start), q.start):
        pass
    if found is None or re.search(r"\d", folded[found.end():q.start]) or tells_change(folded, q) \
            or (found.group(0).split()[0] in ev.PROPORTION_NOUNS and count_noun(found.group(1)) is not None):
        return None  # ("progresse de 5 %" is a change; "le pourcentage de fumeurs" their share)
    head, word = found.group(0).split()[0], found.group(1)
    known = ev.RATE_NOUNS.get(f"{head} d'{word}" if found.group(0).rstrip(word).endswith("'") else f"{head} de {word}")
    if known is not None:
        return known, found.start()
    return f"{ev.NAMED_RATE_PREFIX}{_measure_word(word)}", found.start()


def _measure_word(word: str) -> str:
    """A French word as part of a measure's name: without its accents, in the singular
    ("réservations": "reservation")."""
    word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return word[:-1] if word.endswith("s") and len(word) > 4 else word


def _proportion_before(folded: str, q: Quantity) -> Optional[tuple[str, str, str]]:
    """The lexicon entry of the counted noun a proportion named before a share in its sentence
    is of: "la proportion de stations en difficulté devrait repasser sous les 10 %"."""
    found = None
    for found in _PROPORTION_OF.finditer(folded, _sentence_start(folded, q.start), q.start):
        pass
    return _in_its_sense(folded, q, count_noun(found.group(1)) if found else None)


def _share_entry(folded: str, q: Quantity) -> Optional[tuple[str, str, str]]:
    """The lexicon entry of the counted noun a share is of, in the sense its article speaks
    of: right after it ("28 % des cheminots", "11,8 % des quelque 11 000 stations-service",
    "19 % de stations"), after the share listed with it ("27 % et 19 % de stations"), or
    inside a share written as a ratio ("près d'une station sur cinq")."""
    of = _SHARE_OF_NOUN.match(folded, q.end)
    if of is None:
        listed = _LISTED_SHARE.match(folded, q.end)
        of = _SHARE_OF_NOUN.match(folded, listed.end()) if listed else None
    entry = count_noun(of.group(1)) if of else None
    if entry is None and q.unit == RATIO and q.unit_text:
        entry = count_noun(q.unit_text)
    return _in_its_sense(folded, q, entry)


def _in_its_sense(folded: str, q: Quantity, entry: Optional[tuple[str, str, str]]) -> Optional[tuple[str, str, str]]:
    """A lexicon entry in the sense the article of figure ``q`` speaks of (``sense_in_context``)."""
    if entry is None:
        return None
    other = sense_in_context(folded, q.start, q.end, entry[1])
    return (entry[0], *other) if other is not None else entry


# Between a rate and the next one that leaves out what it is of: a source, a connector, no
# sentence break and no other figure ("28 % des cheminots selon la direction, 39 % selon …").
_ELLIPSIS = re.compile(r"[^.;:!?\n\d]{0,60}")
# Words right before a bare percentage that make it the rate told before, again: "contre 24,6 % à
# la mi-journée", "(19,8 % à midi)", "le taux atteint 21,4 %", "le taux s'est établi à 22,6 %".
_SAME_RATE_BEFORE = re.compile(rf"(?:(?<![\w])(?:{phrase_pattern(ev.RIVAL_RATE_OPENERS)})\s+|\(\s*"
                               rf"|(?<![\w])(?:{phrase_pattern(ev.BARE_RATE_HEADS)})\s+(?:[^\s\d%,;.]+\s+){{0,3}})$")
# How far back in its paragraph the rate a bare percentage takes up may be.
RIVAL_RATE_REACH = 300
# The rival's source right after its rate: "39 % selon les syndicats", "39 % d'après la CGT".
_SOURCE_AFTER = re.compile(rf"\s+(?:{phrase_pattern(ev.SOURCE_AFTER_RATE)})(?![\w])")
# "28 % des cheminots": the share of the counted noun right after a percentage.
_SHARE_OF = re.compile(r"\s+(?:des|du|de\s+la|de\s+l'|d')\s*([^\W\d_][\w\-']*)")
# ... past the count of the whole ("11,8 % des quelque 11 000 stations-service"), or after a
# bare "de" ("19 % de stations en difficulté").
_SHARE_OF_NOUN = re.compile(rf"\s+(?:des|du|de\s+la|de\s+l'|d'|de)\s*(?:(?:{phrase_pattern(frn.QUALIFIERS_BEFORE_FIGURE)})\s+)?"
                            r"(?:\d[\d\s\u00a0\u202f.,]*\s+(?:millions?\s+(?:de\s+|d'))?)?([^\W\d_][\w\-']*)")
# A proportion named alone before a share, the share told before in its article: "la proportion
# avait atteint 27,9 %" (not "la proportion de grévistes").
_BARE_PROPORTION = re.compile(rf"(?<![\w])(?:la|cette|leur|sa)\s+(?:{phrase_pattern(ev.PROPORTION_NOUNS)})"
                              r"(?!\s+(?:des|de|d'|du))\s+(?:[^\s\d%]+\s+){0,3}$")
PRICE = "price"
COST = "cost"
DEPLOYED, PRESENT = "deployed", "present"
# Words before a sum per unit that make it no price: "une remise de 30 centimes par litre", "la
# taxe augmentera de 2 centimes par litre", "une subvention de 12 euros par tonne".
_NOT_PRICE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.NOT_PRICE_WORDS)})")
# A proportion of counted things named before a share: "la proportion de stations en difficulté".
_PROPORTION_OF = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.PROPORTION_NOUNS)})\s+(?:des|de\s+la|de\s+l'|d'|de)\s*"
                            r"([^\W\d_][\w\-']*)")
# A share listed before another that says what both are of: "27 % et 19 % de stations".
_LISTED_SHARE = re.compile(r"\s+et\s+(?:de\s+)?\d[\d,]*\s*%")
# Shares of counted things that are a measure of their own: "28 % des voix" is a vote share.
SHARE_MEASURES = {"vote": "vote_share"}
# What a reading in a unit measures when its clause does not say: "Météo-France a relevé
# 40,3 °C à Lyon-Bron" is a temperature, "le convoi circulait à 118 km/h" a speed (and "un
# tronçon limité à 80 km/h" a speed limit).
MEASURED_DEFAULTS = {"celsius": "temperature", "km_per_hour": "speed"}
# Readings on a scale of one thing only: a quake's magnitude is measured, whatever its headline
# counts beside it ("Séisme de magnitude 7,1 au Pérou : au moins 46 morts").
READINGS = {"magnitude": "measured", "ef_scale": "measured"}
# Shares of people at large, which polls give for every question, measure nothing one article
# could check against another.
SHARE_NOT_OF = {"person", "inhabitant", "citizen", "voter", "respondent", "man", "woman", "adult", "young_person"}
# Groups a share of whom is no strike's following, whatever strike its sentence names: "le débat
# a été suivi par 22 % des téléspectateurs", "la motion a réuni 72 % des votants".
NOT_STRIKERS = SHARE_NOT_OF | {"viewer", "listener", "spectator", "reader", "visitor", "voter", "respondent"}


_CHANGE_ADVERB = rf"(?:(?:{phrase_pattern(ev.CHANGE_ADVERBS)})\s+)?"
_CHANGE_BEFORE = re.compile(rf"(?<![\w])(?:(?:{phrase_pattern(ev.CHANGE_STEMS)})[\w']*\s+{_CHANGE_ADVERB}(?:de\s+|d')?"
                            rf"|(?:{phrase_pattern(ev.CHANGE_BY_STEMS)})[\w']*\s+{_CHANGE_ADVERB}(?:de\s+|d'))$")
_TO_MEAN = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.CHANGE_TO_MEAN_WORDS)})(?![\w])")
_ANAPHORIC_OPENING = re.compile(rf"(?:{phrase_pattern(ev.ANAPHORIC_OPENINGS)})(?![\w])")
_CHANGE_AFTER = re.compile(rf"\s+(?:{phrase_pattern(ev.CHANGE_AFTER)})(?![\w])")
# "La baisse atteint 3,4 % à Paris": the change told before, at another level.
_CHANGE_AGAIN = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.CHANGE_OPENERS + ev.DECREASE_NOUNS)})\s+(?:{phrase_pattern(ev.CHANGE_LEVEL_VERBS)})"
                           rf"\s+{_CHANGE_ADVERB}(?:(?:{phrase_pattern(ev.CHANGE_LEVEL_ADVERBS)})\s+)?$")
_CHANGED = re.compile(rf"(?<![\w])(?:{phrase_pattern(sorted(ev.CHANGED_NOUNS, key=len, reverse=True))})(?![\w])")
# "214 ont été annulés, soit 52 % du programme": a share of the figure told before it.
_SHARE_SAID = re.compile(r"(?<![\w])soit\s+$")


# A percentage written with its sign tells a change: "un chiffre quasi stable (+0,3 %)".
_SIGNS = ("+", *frn.MINUS_SIGNS)


def tells_change(folded: str, q: Quantity) -> bool:
    """Whether a percentage tells a change ("a reculé de 4,2 %", "une hausse de 41 %", "44 %
    de plus") and no rate noun of its sentence says what it is ("les prix ont augmenté de
    1,8 %" is inflation)."""
    if not (_CHANGE_BEFORE.search(folded, max(0, q.start - 40), q.start) or _CHANGE_AFTER.match(folded, q.end)
            or tells_change_again(folded, q) or q.text.lstrip()[:1] in _SIGNS):
        return False
    after = _OF.match(folded, q.end)
    rates = list(_RATE.finditer(folded, _sentence_start(folded, q.start), q.start))
    # (not a rate named before what the change counts: "Chômage : le nombre de demandeurs
    # d'emploi augmente de 1,6 %")
    return not ((rates and counted_head(folded, rates[-1].end(), q.start) is None)
                or _RATE.match(folded, after.end() if after else q.end))


_CHANGE_BY_NOUN = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.CHANGE_NOUN_DETERMINERS)})\s*"
                             rf"(?:{phrase_pattern(ev.CHANGE_NOUNS)})\s+(?:de\s+|d')$")


def tells_change_again(folded: str, q: Quantity) -> bool:
    """Whether a percentage gives the change told before it at another level: "La baisse
    atteint 3,4 % à Paris"."""
    return _CHANGE_AGAIN.search(folded, max(0, q.start - 60), q.start) is not None


def _rival_rate(folded: str, claim: Claim, q: Quantity, last_end: int) -> bool:
    """Whether a bare percentage is the rate told last in its paragraph, again: its words say so
    ("contre 24,6 %", "(19,8 % à midi)", "le taux atteint 21,4 %"), or a source of its own
    sentence gives it ("quand le ministère annonçait 27,3 % au niveau national")."""
    if not 0 <= q.start - last_end <= RIVAL_RATE_REACH or "\n" in folded[last_end:q.start] \
            or "%" in folded[last_end:q.start]:
        return False  # (another percentage between them is what it answers, if anything)
    if _SAME_RATE_BEFORE.search(folded, max(last_end, q.start - 40), q.start):
        return True
    source = claim.source
    return source is not None and source.cue in ev.RIVAL_RATE_CUES \
        and _sentence_start(folded, q.start) <= source.start < q.start


def says_share(folded: str, q: Quantity) -> bool:
    """Whether a percentage is told after "soit": "214 ont été annulés, soit 52 % du programme"."""
    return _SHARE_SAID.search(folded, max(0, q.start - 8), q.start) is not None


# A complement after a changed noun makes it another's ("la fréquentation des urgences", "la
# production d'électricité de la Normandie", "les décès sur les routes").
_COMPLEMENT_AFTER = re.compile(r"\s*(?:de|des|du|d'|d’|sur|dans|en|à|au|aux)(?![\w])")


# A change of a figure is named as the change its noun names, where one does: "soit 7 % de moins"
# after "842 000 ventes" and "les ventes ont chuté de 7 %" are one measure, and so are "en baisse
# de 3,4 %" after a price and "les prix ont baissé de 3,4 %" (concepts, the same in every language).
CHANGE_NAMES = {(SOLD, SALE): "sales", ("price", None): "price"}


# The subject a sentence opens with (past a phrase set off by a comma): "Sur les trois premiers
# mois de l'année, le marché affiche un repli de 2,1 %", "Les forfaits augmentent de 4,5 %".
_OPENING_SUBJECT = re.compile(r"(?:[^,.;:!?\n\d]{0,80},\s*)?(?:le|la|les|l')\s*(?P<noun>[^\W\d_][\w\-]{2,})"
                              r"(?P<rest>[^.;:!?\n\d]*)$")


# The subject's own verb of change or of a change it shows, right after it: "le marché recule",
# "les forfaits augmentent", "le marché affiche un repli", "a augmenté".
_SUBJECT_CHANGES = re.compile(rf"(?:\s+[^\s]+){{0,4}}?\s+(?:(?:a|ont|avait|avaient|aurait|auraient|devrait|devraient|pourrait|pourraient)\s+)?"
                              rf"(?:{phrase_pattern(ev.SUBJECT_CHANGE_VERBS)})")


def _subject_change(folded: str, q: Quantity) -> Optional[str]:
    """The change of the noun its sentence opens with, for a change no figure, rate or noun
    before it names ("Le marché français recule encore de 6,3 %": ``marche_change``); None when
    the sentence opens on no such noun (a time, a name, a pronoun)."""
    start = _sentence_start(folded, q.start)
    found = _OPENING_SUBJECT.match(folded, start, q.start)
    if found is None or found.group("noun") in ev.NOT_CHANGE_SUBJECTS or not _SUBJECT_CHANGES.match(found.group("rest")):
        return None  # (nor the speaker of "Le ministre a salué une hausse de 3 %")
    return f"{_measure_word(found.group('noun'))}_{ev.CHANGE}"


def _figure_change(m: Measure) -> str:
    """The name of the change of the figure measured ``m``."""
    name = CHANGE_NAMES.get((m.event, m.unit)) or CHANGE_NAMES.get((m.event, None)) or f"{m.event}_{m.unit}"
    return f"{name}_{ev.CHANGE}"


def change_of(folded: str, q: Quantity, figure: Optional[tuple[int, Measure]], rate: Optional[str] = None,
              of_unit: Optional[dict[str, Measure]] = None) -> Optional[str]:
    """What a percentage that tells a change measures: the change of the nearest thing named
    before it in its sentence ("le chiffre d'affaires a reculé de 4,2 %"), or of the measure of
    ``figure``, the figure told before it there ("32 460 migrants ont débarqué, soit une
    hausse de 41 %"), whichever is nearer; None when neither is, or when the thing is a
    market's prices and ``rate``, the rate its article names, says what they are (inflation).
    A count named by its head ("le nombre de demandeurs d'emploi a augmenté de 1,6 %") is
    measured as the figures of its unit in ``of_unit`` are."""
    start = _sentence_start(folded, q.start)
    nouns = [n for n in _CHANGED.finditer(folded, start, q.start) if not _NEGATED_NOUN.search(folded, max(0, n.start() - 14), n.start())]
    if figure is not None and figure[0] >= start and any(
            not _COMPLEMENT_AFTER.match(folded, m.end()) for m in _FIGURE_AGAIN.finditer(folded, figure[0], q.start)):
        # "avec 287 300 demandeurs sans activité, a vu ce nombre augmenter de 2,2 %" (not "a vu
        # ce niveau de production reculer")
        nouns = []
    head = counted_head(folded, start, q.start)
    if head is not None and head[1] in ev.CHANGED_NOUNS and (not nouns or head[2] >= nouns[-1].end()):
        what = f"{ev.CHANGED_NOUNS[head[1]]}_{ev.CHANGE}"  # "le nombre de naissances" as "les naissances"
        return _to_mean(folded, q, what)
    if head is None and nouns:
        made = event_head(folded, nouns[-1].start())  # "les immatriculations de voitures neuves"
        head = (made[0], made[1], nouns[-1].end()) if made is not None else None
    if head is None and not nouns and (figure is None or figure[0] < start):
        # the count noun its sentence opens on, right before the change's verb: "Les mises en
        # chantier de logements ont chuté de 9 %"
        head = subject_head(folded, start)
        if head is not None and not _VERB_OF_CHANGE.fullmatch(folded, head[2], q.start):
            head = None
    if head is not None and (not nouns or head[2] >= nouns[-1].end()) and (figure is None or head[2] > figure[0]):
        _, unit, cls = head[0]
        measure = (of_unit or {}).get(unit)
        # (as a count of them with no event is named: vehicles as one, people by their own name)
        counted = VEHICLE if cls == VEHICLE else CONCEPT_UNITS.get(unit) or (cls if cls in CLASS_UNITS and cls != PEOPLE else unit)
        what = _figure_change(measure) if measure is not None else f"{COUNTED}_{counted}_{ev.CHANGE}"
        return _to_mean(folded, q, what)
    if nouns and rate is not None and _phrase(nouns[-1]) in ev.GENERIC_CHANGED_NOUNS:
        return None
    if nouns and figure is not None and ev.CHANGED_NOUN_EVENTS.get(_phrase(nouns[-1])) == figure[1].event \
            and figure[0] > folded.rfind("\n", 0, start) and not _COMPLEMENT_AFTER.match(folded, nouns[-1].end()):
        what = _figure_change(figure[1])  # (the figure's, in its words)
    elif nouns and (figure is None or nouns[-1].end() > figure[0]):
        what = f"{ev.CHANGED_NOUNS[_phrase(nouns[-1])]}_{ev.CHANGE}"
    elif figure is not None and (figure[0] >= start or (
            figure[0] >= _sentence_before(folded, start, tells_change_again(folded, q))
            and q.start - start <= ANAPHORIC_REACH and not _SHARE_OF.match(folded, q.end))):
        what = _figure_change(figure[1])
    else:
        return None
    return _to_mean(folded, q, what)


def _to_mean(folded: str, q: Quantity, what: str) -> str:
    """The change ``what``, or its gap to a mean when the clause sets it against one ("supérieur
    de 2 % à la moyenne")."""
    return f"{what}_{ev.TO_MEAN}" if _TO_MEAN.search(folded, q.end, _clause_end(folded, q.end)) else what


# "En Normandie, il a augmenté de 0,7 %": a change whose subject is a pronoun.
_PRONOUN_SUBJECT = re.compile(rf"[\s«\"]*(?:[^,\n]{{0,60}},\s*)?(?:{phrase_pattern(ev.SUBJECT_PRONOUNS)})\s")
# What stands between a sentence's subject and its change when nothing else does: "ont chuté de",
# "de logements ont encore reculé de près de" (a complement, an auxiliary, adverbs, the verb).
_VERB_OF_CHANGE = re.compile(rf"(?:\s+(?:de|d'|des|du)\s*[^\W\d_][\w\-]*)?\s+(?:[^\W\d_][\w']*\s+){{0,2}}"
                             rf"(?:{phrase_pattern(ev.CHANGE_STEMS)})[\w']*\s+(?:de\s+|d')"
                             rf"(?:(?:{phrase_pattern(frn.QUALIFIERS_BEFORE_FIGURE)})\s+)?")
# "sans activité": a noun negated names no thing that changed.
_NEGATED_NOUN = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.NEGATING_BEFORE_NOUN)})\s+$")
# "a vu ce nombre augmenter": the figure told before, named again.
_FIGURE_AGAIN = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.FIGURE_ANAPHORS)})(?![\w])")


# How far into a sentence opening on the figure before it its change may be told: "C'est 6 % de
# moins", "Celle-ci dépasserait encore de 4 %" (not "C'est aussi l'année où le prix du kérosène
# a grimpé de 30 %", a change of its own).
ANAPHORIC_REACH = 40


def _sentence_before(folded: str, start: int, again: bool = False) -> int:
    """How far back the figure a sentence starting at ``start`` speaks of may be, when it opens
    on that figure ("C'est 2 % de plus qu'en 2028", "Ce volume serait supérieur de 2 % à la
    moyenne") or tells its change again (``again``: "Sur un an, la hausse atteint 3,2 %"): its
    paragraph, or the one before when it opens one; else ``start``."""
    opening = _OPENING.match(folded, start)
    if not (again or _ANAPHORIC_OPENING.match(folded, opening.end())):
        return start
    paragraph = folded.rfind("\n", 0, start) + 1
    if folded[paragraph:start].strip():
        return paragraph
    end = paragraph
    while end > 0 and folded[end - 1].isspace():  # (back over the blank lines, not a copy of the text)
        end -= 1
    return folded.rfind("\n", 0, end) + 1 if end else start


_OPENING = re.compile(r"[\s«\"]*")


_CANDIDATE_AFTER = re.compile(rf"\s*(?:{phrase_pattern(ev.CANDIDATE_SHARE_NOUNS)}\s*)?(?:{phrase_pattern(ev.CANDIDATE_BEFORE)})\s+"
                              rf"(?P<title>(?:{phrase_pattern(ev.CANDIDATE_TITLES)})\s+)?")
# How far after a share, its sentence naming nobody before it, the name it is of may stand, with
# no quotation mark or sentence end between: "Arrivé troisième avec 15,1 %, Jorge Paredes".
NAME_AFTER_REACH = 40
_QUOTE_OR_STOP = re.compile(r"[«»\"“”.;:!?\n\d]")
_BY = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.AGENT_WORDS)})(?![\w])")
_RIVAL_OPENER_ANYWHERE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.RIVAL_RATE_OPENERS)})(?![\w])")
_RIVAL_OPENER = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.RIVAL_RATE_OPENERS)})\s+$")


_REFERENDUM = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.REFERENDUM_WORDS)})")
_SIDE_AFTER = {side: re.compile(rf"\s*(?:\)\s*)?(?:(?:{phrase_pattern(ev.REFERENDUM_SHARE_OF)})\s+)?(?:{phrase_pattern(words)})(?![\w])")
               for side, words in ev.REFERENDUM_SIDE_AFTER.items()}
_VERB_AFTER = {side: re.compile(rf"[^.;:!?\n%]{{0,60}}?(?<![\w])(?:{phrase_pattern(words)})(?![\w])")
               for side, words in ev.REFERENDUM_VOTE_VERBS_AFTER.items()}
_SIDE_BEFORE = {side: re.compile(rf"(?<![\w])(?:{phrase_pattern(words)})(?![\w])")
                for side, words in ev.REFERENDUM_SIDE_BEFORE.items()}
_SIDE_VERB = {side: re.compile(rf"(?<![\w])(?:{phrase_pattern(words)})\s+(?:[^\s\d%]+\s+){{0,2}}?"
                              rf"(?P<by>(?:{phrase_pattern(ev.REFERENDUM_SHARE_BEFORE)})\s+)?$")
              for side, words in ev.REFERENDUM_SIDE_VERBS.items()}
_SIDE_FINITE = {side: re.compile(rf"(?<![\w])(?:{phrase_pattern([w for w in ev.REFERENDUM_FINITE_VERBS if w in words])})"
                                rf"\s+(?:[^\s\d%,;:.]+\s+){{0,6}}?(?P<by>(?:{phrase_pattern(ev.REFERENDUM_SHARE_BEFORE)})\s+)?$")
                for side, words in ev.REFERENDUM_SIDE_VERBS.items()}
_SHARE_OPENER = re.compile(rf"(?:{phrase_pattern(ev.REFERENDUM_SHARE_BEFORE)})\s")
# How far before its share a side's words may stand in its clause ("le oui ne recueillait que").
SIDE_REACH = 60
UNDECIDED = "undecided"
# A vote's turnout, which a side named before it in its clause does not make a side's share
# ("le oui ne recueillait que 48,9 % des voix" in an article that names the turnout).
TURNOUT = "turnout"
_TURNOUT = re.compile(rf"(?<![\w])(?:{phrase_pattern([w for w, m in ev.RATE_NOUNS.items() if m == TURNOUT])})(?![\w])")
_UNDECIDED_AFTER = re.compile(rf"\s*(?:{phrase_pattern(ev.REFERENDUM_UNDECIDED_AFTER)})(?![\w])")


def on_a_referendum(folded: str) -> bool:
    """Whether an article is on a referendum (read once per article)."""
    return _REFERENDUM.search(folded) is not None


def referendum_side(folded: str, q: Quantity) -> Optional[str]:
    """The side ("yes" or "no") of a referendum a share of its vote or of a poll on it is, in an
    article on a referendum (``on_a_referendum``): told right after it ("58 % de oui", "43 %
    non", "52,7 % des votants ont rejeté"), else the last side named before it in its clause ("le
    oui atteignait 58 %", "rejeté par 52,7 % des voix", "Genève l'a approuvé à 58,4 %"); None when
    neither is."""
    if _UNDECIDED_AFTER.match(folded, q.end):
        return UNDECIDED  # "et 3 % ne se prononcent pas"
    for side, rx in _SIDE_AFTER.items():
        if rx.match(folded, q.end):
            return side
    end = _clause_end(folded, q.end)
    for side, rx in _VERB_AFTER.items():
        if rx.match(folded, q.end, end):
            return side
    start = max(_sentence_start(folded, q.start), q.start - SIDE_REACH)
    stop = max((m.end() for m in re.finditer(r"[,;:]", folded[start:q.start])), default=0)
    found = [(m.start(), side) for side, rx in _SIDE_BEFORE.items() for m in rx.finditer(folded, start + stop, q.start)]
    if found:
        return max(found)[1]
    opens = _SHARE_OPENER.match(folded, q.start) is not None  # (the figure's span may hold its "à")
    for side in _SIDE_VERB:
        for rx in (_SIDE_VERB[side], _SIDE_FINITE[side]):
            m = rx.search(folded, max(0, q.start - SIDE_REACH), q.start)
            if m is not None and (m.group("by") or opens):
                return side
    return None


def candidate_of(folded: str, claim: Claim, q: Quantity, mentions: list[Mention]) -> Optional[str]:
    """The person whose share of the vote ``q`` is, when its claim names one for it: the name
    right before its parentheses ("Mateo Villacís (29,1 %)"), the name after "pour" or "à"
    ("contre 31,2 % pour M. Villacís"), else its clause's subject, the first name after the figure
    before it ("Mme Andrade recueille 33,4 %"), else a name right after it, else the candidate of
    the figure before it told again; no one's when the figure is set against another with
    "contre" ("contre 29,1 % à son rival" is the rival's). The source's names are no candidates."""
    said = set(claim.source.entity_keys) if claim.source is not None else set()
    people = sorted((m for m in mentions if m.key.startswith("per:") and m.key not in said
                     and not (claim.source is not None and claim.source.start <= m.start < claim.source.end)),
                    key=lambda m: m.start)
    if not people:
        return None
    starts = [m.start for m in people]
    close = folded.find(")", q.end, q.end + 3)
    opening = folded.rfind("(", max(0, q.start - 3), q.start + 1)
    if close >= 0 and opening >= 0:
        k = bisect_left(starts, opening) - 1
        if k >= 0 and not folded[people[k].end:opening].strip():
            return people[k].key  # "Mateo Villacís (29,1 %)"
    after = _CANDIDATE_AFTER.match(folded, q.end)
    if after is not None:
        at = after.start("title") if after.group("title") else after.end()
        k = bisect_left(starts, at)
        if k < len(people) and people[k].start in (at, after.end()):
            return people[k].key  # "31,2 % pour M. Villacís"
        return None  # "contre 29,1 % à son rival": someone the sentence does not name
    if _RIVAL_OPENER.search(folded, max(0, q.start - 20), q.start):
        return None
    # The first name after the figure before it in its claim, its subject ("M. Villacís devance
    # Mme Andrade avec 31,2 %", "Mme Andrade, qui affrontera M. Villacís, a obtenu 29,1 %";
    # "Andrade obtient 32,7 %, Villacís 31,6 %"). (Within its claim: a title's full stop, "M.
    # Villacís", ends no sentence.)
    before = [f for f in claim.quantities if f.end <= q.start]
    previous = max(before, key=lambda f: f.end) if before else None
    k = bisect_left(starts, previous.end if previous is not None else claim.start)
    if k < len(people) and people[k].start < q.start:
        return people[k].key
    k = bisect_left(starts, q.end)
    if k < len(people) and people[k].start - q.end <= NAME_AFTER_REACH and people[k].start < claim.end \
            and not _QUOTE_OR_STOP.search(folded, q.end, people[k].start) \
            and not _RIVAL_OPENER_ANYWHERE.search(folded, q.end, people[k].start) \
            and not _BY.search(folded, q.end, people[k].start):
        return people[k].key  # "Arrivé troisième avec 15,1 %, Jorge Paredes …" (not "29 % par Sondéa")
    if previous is not None and not _RIVAL_OPENER_ANYWHERE.search(folded, previous.end, q.start):
        # The same candidate's share again: "créditée de 28 % par Vigie Opinion et de 29 % par Sondéa".
        return candidate_of(folded, claim, previous, mentions)
    return None


def _sentence_end(folded: str, at: int) -> int:
    """Where the sentence (or the clause closed by ";") holding ``at`` ends."""
    stop = _SENTENCE_END.search(folded, at)
    return stop.start() if stop else len(folded)


_CLAUSE_STOP = re.compile(r"[,;.!?\n]\s|\d")


def _clause_end(folded: str, at: int) -> int:
    """Where the clause from ``at`` ends: the next comma, stop or figure."""
    stop = _CLAUSE_STOP.search(folded, at)
    return stop.start() if stop else len(folded)


def share_said_of(folded: str, q: Quantity, figure: Optional[tuple[int, Measure]]) -> Optional[str]:
    """What a percentage told after "soit" is a share of: the things counted by ``figure``, the
    figure told before it in its sentence ("214 vols ont été annulés, soit 52 % du
    programme"), unless they are people at large."""
    if figure is None or figure[0] < _sentence_start(folded, q.start) or figure[1].unit in SHARE_NOT_OF:
        return None
    return SHARE_MEASURES.get(figure[1].unit, f"{SHARE_PREFIX}{figure[1].unit}")


_RATE_SUBJECT = {what: re.compile(rf"(?<![\w])(?P<noun>{phrase_pattern(sorted(nouns, key=len, reverse=True))})(?![\w])")
                 for what, nouns in ev.RATE_SUBJECTS.items()}
_RATE_SUBJECT_OF = {what: {fold(k): v for k, v in nouns.items()} for what, nouns in ev.RATE_SUBJECTS.items()}


def subject_of(folded: str, q: Quantity, what: str) -> Optional[str]:
    """What a rate of several things is of: the last one its sentence names before it, else
    the first after it there, else the last its paragraph names before it, else the first its
    headline names ("le taux de réussite au baccalauréat", "Les résultats du diplôme national du
    brevet ont été publiés. Le taux de réussite s'élève à 87,3 %"); None when none is named."""
    rx, names = _RATE_SUBJECT[what], _RATE_SUBJECT_OF[what]
    start, end = _sentence_start(folded, q.start), _sentence_end(folded, q.end)
    for lo, hi, last in ((start, q.start, True), (q.end, end, False),
                         (folded.rfind("\n", 0, start) + 1, start, True), (0, headline_end(folded), False)):
        found = list(rx.finditer(folded, lo, hi))
        if found:
            return names.get(_phrase(found[-1 if last else 0]))
    return None


def _asked_before(folded: str, q: Quantity, unit: str) -> Optional[Measure]:
    """What the sentence before a source's estimate that no figure of its article measured
    before says happened: "Combien de fioul s'est réellement échappé ? L'association avance le
    chiffre d'« au moins 1 000 tonnes »" (spilled)."""
    start = _sentence_start(folded, q.start)
    if start < 2:
        return None
    found = _event_words(folded, _sentence_start(folded, start - 1), start)
    event = found[-1][1] if found else None
    if event is None or event in ev.PEOPLE_ONLY_EVENTS and unit != PEOPLE or event in THING_EVENTS and unit == PEOPLE:
        return None
    return Measure(event, unit, q.per, None)


def _sentence_start(folded: str, at: int) -> int:
    """Where the sentence (or the clause closed by ";") holding ``at`` starts, within its paragraph."""
    start = folded.rfind("\n", 0, at) + 1
    return max(start, max((m.end() for m in _SENTENCE_END.finditer(folded, start, at)), default=start))


def _left_out(folded: str, q: Quantity, rx: "re.Pattern[str]", table: dict[str, str]) -> Optional[str]:
    """What the words right after ``q`` say it leaves out, a noun of ``table`` ("55 millions
    hors bonus" → bonus), if any."""
    excluding = _EXCLUDING.match(folded, q.end)
    found = rx.match(folded, excluding.end()) if excluding else None
    return table[_phrase(found)] if found else None


def left_out_of(folded: str, q: Quantity) -> Optional[str]:
    """What a sum's own words say it leaves out ("55 millions hors bonus" → bonus), if any."""
    return _left_out(folded, q, _MONEY, ev.MONEY_NOUNS)


_COMMODITY = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.COMMODITIES)})(?![\w])")


def commodity_of(folded: str, q: Quantity) -> Optional[str]:
    """The commodity whose price a sum is, named last before it in its sentence ("le WTI
    américain progressait de 4,3 %, à 77,85 dollars"), or None."""
    found = list(_COMMODITY.finditer(folded, _sentence_start(folded, q.start), q.start))
    return ev.COMMODITIES[_phrase(found[-1])] if found else None


def money_of(folded: str, q: Quantity) -> Optional[str]:
    """What a sum is: "une indemnité de transfert de 60 millions d'euros" → fee, "dont 15
    millions en bonus" → bonus."""
    told_as = _AS.match(folded, q.end)
    found = _MONEY.match(folded, told_as.end()) if told_as else None
    if found and not _INCLUDED.match(folded, found.end()):
        return ev.MONEY_NOUNS[_phrase(found)]
    purpose = _FOR.match(folded, q.end)
    found = _MONEY.match(folded, purpose.end()) if purpose else None
    if found and ev.MONEY_NOUNS[_phrase(found)] in ev.MONEY_PURPOSES:
        return ev.MONEY_NOUNS[_phrase(found)]  # "12 millions d'euros pour accompagner les salariés" (not "pour la facture")
    found = _noun_of(folded, q, _MONEY, ev.MONEY_NOUNS, ev.MONEY_NOUNS_OWN_SENTENCE)
    if found is None:
        verb = next((event for event, rx in _MONEY_VERBS if rx.search(folded, max(0, q.start - 60), q.start)), None)
        if verb is not None and _PRICED_GOOD.search(folded, _sentence_start(folded, q.start), q.start):
            return PRICE  # "Le litre de gazole coûte désormais 1,92 euro"
        return verb
    return found


# A verb that says what a sum is, right before it (two words at most between): "le plan social
# coûterait quelque 95 millions", not "un ménage qui économise 10 % de gaz paiera 1 500 euros".
_MONEY_VERBS = [(event, re.compile(rf"(?<![\w])(?:{phrase_pattern(stems)})[\w']*\s+(?:[^\s\d]+\s+){{0,2}}$"))
                for event, stems in ev.MONEY_VERBS.items()]
# The good a sum is the price of, as the subject before it: "le litre de gazole", "la tonne de blé".
_PRICED_GOOD = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.PRICED_UNITS)})\s+(?:de|d')")


# What a sum is paid as, right after it: "dont 15 millions en bonus".
_AS = re.compile(r"\s+en\s+(?:les |des )?")
# What a sum is for, right after it: "12 millions d'euros pour accompagner les salariés".
_FOR = re.compile(r"\s+pour\s+(?:le |la |les |l')?")


def is_demanded_rate(folded: str, q: Quantity) -> bool:
    """Whether a rate is one demanded ("demandent une revalorisation de 6 %"): a word of
    demands stands before it in its clause (a rate raised or offered is not)."""
    return bool(_DEMAND_RATE.search(_demand_clause(folded, q)))


def is_demanded(folded: str, q: Quantity) -> bool:
    """Whether a sum is one demanded: a word of demands stands just before it in its clause
    ("réclament au moins 500 millions", "exigent une rançon de 2 millions", "relève sa demande
    à 5 millions") or right after it ("les 500 millions réclamés")."""
    after = _AFTER_BREAK.split(folded[q.end:q.end + DEMAND_REACH // 2])[0]
    return bool(_DEMAND.search(_demand_clause(folded, q)) or _DEMAND.search(after))


def _demand_clause(folded: str, q: Quantity) -> str:
    """The clause before a figure where a demand of it may stand, demands of things left out."""
    return _DEMAND_OF.sub(" ", _CLAUSE_BREAK.split(folded[max(0, q.start - DEMAND_REACH):q.start])[-1])


# A comma closes the clause of a demand before a sum ("interrogé sur la demande des syndicats,
# le ministre a annoncé une aide de 30 millions").
_CLAUSE_BREAK = re.compile(r"[.;:\n]\s|,")
# The demand for a thing ("la demande de gaz", "la demande d'asile") demands no sum.
_DEMAND_RATE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.DEMAND_RATE_WORDS)})")
_DEMAND_OF = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.DEMAND_OF_THING)})\s*[^\W\d_]")
_AFTER_BREAK = re.compile(r"[,.;:\n]")


def _burnt(folded: str, claim: Claim) -> bool:
    return any(rx.search(folded, claim.start, claim.end) for event, rx in _AREA if event == "burnt")


AREA_UNITS = ("hectare", "km2")
# A noun and "de" right before an area: the size of what it names ("un domaine de 300 hectares").
_SIZE_OF_NOUN = re.compile(rf"(?<![\w])[^\W\d_]{{3,}}\s+(?:de|d')\s*(?:(?:{phrase_pattern(frn.QUALIFIERS_BEFORE_FIGURE)})\s+)?$")


MEASURE_CLASS = "measure"  # the unit class of masses and volumes


def _told_estimate(folded: str, claim: Claim, q: Quantity) -> bool:
    """Whether an area, a mass or a volume no word measures is an estimate of what its article
    measures: in a headline, told as an estimate ("tablait sur 44,2 millions d'hectolitres", "qui
    évoquait alors « plus de 120 000 hectares »"), with "en" pointing back at what was measured
    ("en dénombre désormais 165 000 hectares") or with the unit of the figure before it; not the
    size of a thing named right before it ("un domaine de 300 hectares"). (Not any sourced
    figure: "le comté compte 40 000 hectares de pâturages".)"""
    if _SIZE_OF_NOUN.search(folded, max(0, q.start - 40), q.start):
        return False
    return q.unit_inherited or q.start < headline_end(folded) \
        or _ESTIMATE_BEFORE.search(folded, max(0, q.start - 60), q.start) is not None \
        or EN_BEFORE.search(folded, max(0, q.start - 40), q.start) is not None \
        or _ESTIMATE_COLON.search(folded, max(0, q.start - 120), q.start) is not None


# An estimate named before a colon that opens its figure: "sa prévision de récolte de blé tendre
# pour 2039 : 31,6 millions de tonnes".
_ESTIMATE_COLON = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.ESTIMATE_NOUNS)})s?(?![\w])[^.:;!?\n]{{0,80}}:\s*$")


def area_event_of(folded: str, claim: Claim, q: Quantity) -> Optional[str]:
    """What an area counts (hectares burnt, flooded, hit by hail), read in its clause, else its
    document's headline; None when neither says: a bare area measures nothing."""
    # Fire and water first, in the clause then in the headline ("quelque 150 hectares dévastés"
    # under "Incendie dans le Gard" burnt), but hail's words in the clause before a headline's
    # fire ("la grêle a haché 800 hectares" under "Incendies et orages"); words of damage after
    # them; in the headline only hail's words place an area ("Grêle : les vignes touchées", not
    # "Sécheresse : 60 départements touchés").
    head = headline_end(folded)
    found = _first_event(_AREA_FIRST, folded, claim.start, claim.end) \
        or _first_event(_AREA_HAIL, folded, claim.start, claim.end) \
        or _first_event(_AREA_FIRST, folded, 0, head) \
        or _nearest_event(_AREA_DAMAGE, folded, claim.start, claim.end, q) \
        or _first_event(_AREA_HAIL, folded, 0, head)
    return ev.AREA_HIT if found == ev.AREA_HAIL else found


def _nearest_event(patterns: list[tuple[str, "re.Pattern[str]"]], folded: str, start: int, end: int,
                   q: Quantity) -> Optional[str]:
    """The event of ``patterns`` one of whose words in ``folded[start:end]`` stands nearest the
    figure ``q`` ("141 000 hectares infestés, dont 78 000 traités": each its own)."""
    found = [(min(abs(m.start() - q.end), abs(q.start - m.end())), event)
             for event, rx in patterns for m in rx.finditer(folded, start, end)]
    return min(found)[1] if found else None


_LENGTH_OBJECT_OF = {fold(w): what for what, ws in ev.LENGTH_OBJECTS.items() for w in ws}
_LINES = rf"(?P<object>{phrase_pattern(_LENGTH_OBJECT_OF)})(?![\w])"
_LENGTH_OBJECT = re.compile(rf"\s*{_LINES}")  # right after the figure
_LENGTH_OBJECT_ANYWHERE = re.compile(_LINES)
_LENGTH_HIT = {what: re.compile(rf"(?<![\w])(?:{phrase_pattern(words)})") for what, words in ev.LENGTH_HIT_WORDS.items()}
_EXTENT_BEFORE = re.compile(rf"(?<![\w])(?P<noun>{phrase_pattern(ev.EXTENT_NOUNS)})"
                            rf"\s+(?:(?:{phrase_pattern(ev.EXTENT_LINKS)})\s*)[^\W\d]*\s*$")
_EXTENT_OF = {fold(k): v for k, v in ev.EXTENT_NOUNS.items()}


_DIMENSION = re.compile(rf"\s+(?P<dim>{phrase_pattern(ev.DIMENSION_AFTER)})(?![\w])")
_DIMENSION_OF = {fold(k): v for k, v in ev.DIMENSION_AFTER.items()}
_DIMENSION_BEFORE = re.compile(rf"(?<![\w])(?P<dim>{phrase_pattern(ev.DIMENSION_BEFORE)})\s+(?:de\s+|d'|d’)\s*$")
_DIMENSION_BEFORE_OF = {fold(k): v for k, v in ev.DIMENSION_BEFORE.items()}


def dimension_of(folded: str, q: Quantity) -> Optional[str]:
    """The dimension a length says right after it ("400 mètres de large": width), or None."""
    found = _DIMENSION.match(folded, q.end)
    if found:
        return _DIMENSION_OF[found.group("dim")]
    before = _DIMENSION_BEFORE.search(folded, max(0, q.start - 24), q.start)
    return _DIMENSION_BEFORE_OF[before.group("dim")] if before else None


def extent_of(folded: str, q: Quantity) -> Optional[str]:
    """What a length or an area a noun right before it names measures ("une nappe de 15 km",
    "une nappe d'environ 15 kilomètres", "une nappe couvrant près de 40 km2"); None otherwise."""
    found = _EXTENT_BEFORE.search(folded, max(0, q.start - 40), q.start)
    return _EXTENT_OF.get(found.group("noun")) if found else None


def length_event_of(folded: str, claim: Claim, q: Quantity) -> Optional[str]:
    """How much of a shore, a road, a track or a dyke was hit: a length whose kind of line
    follows it ("35 km de côtes souillées"), or took its unit from one in its clause ("35
    kilomètres de littoral touchés, contre 12 la veille"), when the clause says it was hit; None
    otherwise (a distance, a route's length)."""
    line = _LENGTH_OBJECT.match(folded, q.end)
    start = claim.start
    if line is None and q.unit_inherited:
        start = min(start, _sentence_start(folded, q.start))  # (the claim may start at "contre 12")
        line = _LENGTH_OBJECT_ANYWHERE.search(folded, start, q.start)
    what = _LENGTH_OBJECT_OF[line.group("object")] if line is not None else None
    if what is None or not _LENGTH_HIT[what].search(folded, start, claim.end):
        return None
    return what


def depth_event_of(folded: str, claim: Claim) -> Optional[str]:
    """What a depth in millimetres or centimetres measures (rain, snow), read in its clause;
    None when it does not say (a depth of water in a street, a wound)."""
    return _first_event(_DEPTH, folded, claim.start, claim.end)


def measured_event_of(folded: str, claim: Claim, q: Quantity) -> Optional[str]:
    """What a speed, a flow or a temperature measures, read in its clause before it ("des
    rafales jusqu'à 172 km/h"); None when it does not say."""
    start = max(claim.start, max((m.end() for m in _SENTENCE_END.finditer(folded, claim.start, q.start)),
                                 default=claim.start))
    read = _last_event(_MEASURED, folded, start, q.start)
    if read in _MEASURED_NARROWER:
        read = _first_event(_MEASURED_NARROWER[read], folded, start, q.start) or read  # "des rafales de vent": gusts
    if _LIMIT_BEFORE.search(folded, max(_sentence_start(folded, q.start), q.start - 40), q.start) \
            and read not in ev.NATURE_READINGS:
        # A rule's limit ("la vitesse est limitée à 50 km/h") is no reading: a measure of its
        # own (a road's: "la départementale, limitée à 80 km/h"). (A wind is no rule: "le vent
        # passera à 100 km/h".)
        limited = read or MEASURED_DEFAULTS.get(q.unit or "")
        return f"{limited}_limit" if limited else None
    return read


def _last_event(patterns: list[tuple[str, "re.Pattern[str]"]], folded: str, start: int, end: int) -> Optional[str]:
    """The event of ``patterns`` whose word in ``folded[start:end]`` stands last, nearest what
    follows ("Malgré la tempête, le TGV a circulé à 300 km/h" is a speed)."""
    found = [(m.start(), event) for event, rx in patterns for m in rx.finditer(folded, start, end)]
    return max(found)[1] if found else None


_PLACE_EVENTS = _stem_patterns(ev.PLACE_EVENTS)
_LIMIT_BEFORE = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.LIMIT_BEFORE)})\s*$")
# How far after the noun a figure took its unit from the words that say what it underwent
# may stand: "Le nombre de communes privées d'eau potable …", "Le nombre de voyageurs touchés".
ANTECEDENT_REACH = 60


def _event_of_antecedent(folded: str, q: Quantity) -> Optional[str]:
    """What the noun a bare figure took its unit from underwent, said right after that noun in
    the sentence before or the figure's own ("Le nombre de communes privées d'eau potable fait
    débat. Le ministère en recense 96": communes deprived of water)."""
    if not q.unit_text:
        return None
    paragraph = folded.rfind("\n", 0, q.start) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(folded, paragraph, q.start)]
    start = ends[-2] if len(ends) >= 2 else paragraph
    noun = folded.rfind(fold(q.unit_text), start, q.start)
    if noun < 0:
        return None
    after = noun + len(q.unit_text)
    stop = _SENTENCE_END.search(folded, after, after + ANTECEDENT_REACH)
    found = _event_words(folded, after, stop.start() if stop else min(q.start, after + ANTECEDENT_REACH))
    return found[0][1] if found else None


def _first_event(patterns: list[tuple[str, "re.Pattern[str]"]], folded: str, start: int, end: int) -> Optional[str]:
    """The first event of ``patterns`` (in their table's order) one of whose words stands in
    ``folded[start:end]``."""
    return next((event for event, rx in patterns if rx.search(folded, start, end)), None)


def assign(claims: list[Claim], texts: dict[str, str], mentions: dict[str, list[Mention]]) -> dict[str, Measure]:
    """The measure of every quantity (by id) that has a unit and a known event."""
    out: dict[str, Measure] = {}
    folded_cache: dict[str, str] = {}
    countries_cache: dict[str, _Countries] = {}
    agents_cache: dict[str, _Countries] = {}
    places_cache: dict[str, _Places] = {}
    asides_cache: dict[str, _Asides] = {}
    last_actor: dict[tuple[str, int], str] = {}
    told: dict[tuple[str, str, Optional[str]], Counter[Measure]] = defaultdict(Counter)
    # The measure of the first figure of each value, by document and unit: a headline's sum
    # is the body's sum of that value ("prêt à mettre 80 millions d'euros" above "une
    # indemnité fixe de 80 millions d'euros").
    valued: dict[tuple[str, str, Optional[str], float, float], Measure] = {}
    # the last measure of each unit by paragraph, and where its figure ends
    told_last: dict[tuple[str, int, str], tuple[Measure, int]] = {}
    told_unit: dict[tuple[str, Optional[str]], Measure] = {}  # the last measure of each unit, by document
    headlines: list[tuple[Claim, Quantity]] = []  # headline figures no word measures
    told_story: dict[tuple[str, str], Measure] = {}  # the last measure of a story's count in each unit, by document
    told_measure: dict[tuple[str, str], Measure] = {}  # the last measure in each measure unit, by document
    told_paragraph: dict[tuple[str, int, str], Measure] = {}  # the same, by paragraph
    rate_last: dict[tuple[str, str], tuple[str, int]] = {}  # the last rate's measure and end, by document
    referendums: dict[str, bool] = {}  # whether each document is on a referendum
    sides: dict[str, tuple[int, str]] = {}  # where the last share of a referendum's side ends, and its side, by document
    unread: list[tuple[Claim, Quantity]] = []
    areas: list[tuple[Claim, Quantity]] = []  # areas, masses, volumes told as estimates with no word of what befell them
    said_after: list[_Said] = []  # changes and shares of a figure before them
    bare: list[tuple[Claim, Quantity]] = []
    rivals: dict[str, Measure] = {}  # figures a rival source tells of what was counted before them
    unnamed_sums: set[Optional[str]] = set()  # sums paid for all their words say, or priced
    for claim in claims:
        text = texts[claim.document]
        folded = folded_cache.get(claim.document)
        if folded is None:
            folded = folded_cache[claim.document] = fold(text)
        aside = asides_cache.get(claim.document)
        if aside is None:
            aside = asides_cache[claim.document] = _Asides(folded)
        doc_countries = countries_cache.get(claim.document)
        if doc_countries is None:
            doc_countries, agents_cache[claim.document] = _Countries.of_states_and_people(mentions.get(claim.document, []))
            countries_cache[claim.document] = doc_countries
        doc_agents = agents_cache[claim.document]  # (and the states' people, for what they do as its agents)
        doc_places = places_cache.get(claim.document)
        if doc_places is None:
            doc_places = places_cache[claim.document] = _Places(mentions.get(claim.document, []))
        events: Optional[_Events] = None  # the claim's, read when a figure needs them
        anywhere: Optional[tuple[bool, list[tuple[int, str]]]] = None  # (with the states' people or not, the states)
        previous: Optional[Measure] = None
        context = (claim.document, claim.paragraph)
        for i, q in enumerate(claim.quantities):
            if q.unit_class != "person" and q.unit not in ev.UNIT_EVENTS and (q.unit_text or "").lower() \
                    not in ev.NOUN_EVENTS and _DESCRIBED.search(folded, max(0, q.start - 60), q.start):
                # "le bâtiment, qui comptait 16 logements": what a thing holds, nothing that
                # happened (but "le bilan, qui compte 12 morts", "la Guyane, qui compte 530 cas").
                continue
            if q.unit in ev.POPULATION_UNITS and (_DESCRIBED.search(folded, max(0, q.start - 60), q.start)
                                                  or _POPULATION_OF.search(folded, max(0, q.start - 40), q.start)):
                continue  # "cette ville de 97 000 habitants", "El Hierro, qui compte 11 000 habitants": a population
            if q.id is not None and not q.unit and _bare_count_by_a_source(folded, q):
                bare.append((claim, q))  # "à Marseille (16 000 selon la police, …)": below
                continue
            if q.id is not None and q.unit in ev.WAITING_UNITS and is_waiting_time(folded, q.start, q.end):
                # "les patients ont attendu jusqu'à 30 heures": how long one waits is measured
                mean = _MEAN.search(folded, _sentence_start(folded, q.start), q.start) or _MEAN_AFTER.match(folded, q.end)
                out[q.id] = previous = Measure(ev.WAITED_MEAN if mean else ev.WAITED, q.unit, None, None, aside=aside(q))
                continue
            if q.id is None or not q.unit or q.unit in ev.DURATION_UNITS:
                continue
            if q.unit in ev.RATE_UNITS or q.unit in MEASUREMENT_UNITS or q.unit in ev.DEPTH_UNITS \
                    or q.unit in ev.MEASURED_UNITS or q.unit in READINGS:
                what = READINGS[q.unit] if q.unit in READINGS else \
                    (measured_event_of(folded, claim, q) or (MEASURED_DEFAULTS.get(q.unit) if q.start >= headline_end(folded)
                                                            else None)) if q.unit in ev.MEASURED_UNITS else \
                    rate_of(folded, claim, q) if q.unit in ev.RATE_UNITS else \
                    (extent_of(folded, q) or area_event_of(folded, claim, q)) if q.unit in AREA_UNITS else \
                    (extent_of(folded, q) or length_event_of(folded, claim, q) or dimension_of(folded, q)) \
                    if q.unit in ev.LENGTH_UNITS else \
                    depth_event_of(folded, claim) if q.unit in ev.DEPTH_UNITS else None
                last = rate_last.get((claim.document, q.unit))
                # Only a bare rate told with its own source is the rival's: "45 % des Français"
                # after "un taux de chômage de 7 %" is not a jobless rate.
                if what is None and last is not None and _ELLIPSIS.fullmatch(folded, last[1], q.start) \
                        and not _SHARE_OF.match(folded, q.end) and _SOURCE_AFTER.match(folded, q.end):
                    what = last[0]  # "28 % des cheminots selon la direction, 39 % selon les syndicats"
                elif what is None and last is not None and q.unit == PERCENT and not _SHARE_OF.match(folded, q.end) \
                        and not tells_change(folded, q) and _rival_rate(folded, claim, q, last[1]):
                    what = last[0]  # "27,3 % étaient en grève, contre 24,6 % à la mi-journée. Le taux atteint 21,4 % …"
                elif what is None and last is not None and q.unit == PERCENT and last[0].startswith(SHARE_PREFIX) \
                        and _BARE_PROPORTION.search(folded, max(0, q.start - 40), q.start) and not tells_change(folded, q):
                    what = last[0]  # "15,3 % des stations … Au plus fort de la crise, la proportion avait atteint 27,9 %"
                elif what is None and last is not None and q.unit != PERCENT and 0 <= q.start - last[1] <= RIVAL_RATE_REACH \
                        and "\n" not in folded[last[1]:q.start] and not re.search(r"\d", folded[last[1]:q.start]) and (
                            _RIVAL_OPENER.search(folded, max(0, q.start - 20), q.start)
                            or _ESTIMATE_BEFORE.search(folded, max(0, q.start - 60), q.start)):
                    # "portée à 10 kilomètres autour du cratère, contre 7 kilomètres jusque-là", "la
                    # colonne a atteint 9 km d'altitude, … l'a estimée à près de 15 km": the same
                    # measure, set against it or estimated again
                    what = last[0]
                change = q.unit == PERCENT and tells_change(folded, q)
                side = None
                if q.unit == PERCENT and not change and (what is None or what in ev.CANDIDATE_RATES or what == TURNOUT):
                    if claim.document not in referendums:
                        referendums[claim.document] = on_a_referendum(folded)
                    side = referendum_side(folded, q) if referendums[claim.document] else None
                    if side is not None and what == TURNOUT and _TURNOUT.search(folded, _sentence_start(folded, q.start), q.start):
                        side = None  # "à Genève, où le oui l'emporte, la participation atteignait 38,6 %"
                    before_side = sides.get(claim.document)
                    if side is None and what is None and before_side is not None \
                            and _listed_after(folded, before_side[0], q, 30):
                        side = before_side[1]  # "Genève l'a approuvé à 58,4 %, Vaud à 56,9 %"
                    if side == UNDECIDED:
                        continue
                    if side is not None:
                        what = ev.CANDIDATE_RATES[0]
                        sides[claim.document] = (q.end, side)
                # "La baisse atteint 3,4 % à Paris et 2,6 % en Île-de-France": listed after a change.
                listed = not change and what is None and q.unit == PERCENT and _listed_after_change(folded, claim, q, said_after)
                if change or listed or q.unit == PERCENT and what is None and says_share(folded, q):
                    # the change or the share of what is told before it: once all have a measure
                    said_after.append(_Said(claim, q, change or listed, aside(q), what, listed))
                    previous = None
                    continue
                if what is None and q.unit in AREA_UNITS and _told_estimate(folded, claim, q):
                    areas.append((claim, q))  # what the rest of its article measures, below
                    continue
                if what is not None and q.unit in ev.RATE_UNITS and is_demanded_rate(folded, q):
                    what = f"{what}_{DEMANDED}"  # a rise demanded, no rate observed or offered
                if what is not None:
                    rate_last[(claim.document, q.unit)] = (what, q.end)
                if what is not None:  # the place of the occurrence tells them apart, not an actor
                    per = q.per or (rate_basis(folded, claim, q) if q.unit in ev.RATE_UNITS else None)
                    part = is_part(folded, q, previous, claim.quantities[i - 1] if i else None, what) \
                        or (q.unit in ev.RATE_UNITS and _SUBGROUP.search(folded, claim.start, q.start) is not None)
                    # A share written as a ratio ("un enseignant sur trois", "la moitié") is a
                    # percent of the same measure; a multiplier ("trois fois plus") stays a ratio.
                    unit = PERCENT if q.unit == RATIO and q.high is not None and 0 < q.high <= 1 else q.unit
                    # A candidate's share is that candidate's: "34,8 %" for Andrade and "29,1 %"
                    # for Villacís are two measures, never rival estimates of one.
                    whose = side or (candidate_of(folded, claim, q, mentions.get(claim.document, []))
                                     if what in ev.CANDIDATE_RATES else subject_of(folded, q, what) if what in ev.RATE_SUBJECTS else None)
                    out[q.id] = previous = Measure(what, unit, per, None, increment=is_increment(folded, q),
                                                   aside=aside(q), part=part, whose=whose)
                continue
            if events is None:
                events = _Events(folded, claim.start, claim.end, text)
            event = event_of(text, folded, claim, q, events)
            inherited = False  # whether the event is that of the figure it took its unit from, is set against or is part of
            if previous is not None and _PART_BEFORE.search(folded, max(0, q.start - 12), q.start) \
                    and not _event_words(folded, q.end, _clause_end(folded, q.end)):
                event = previous.event  # "23 corps repêchés, dont quatre enfants": of the dead, not the rescued
                inherited = True
            against = None
            if q.unit_inherited and _RIVAL_OPENER.search(folded, max(0, q.start - 20), q.start):
                last_told = told_last.get((claim.document, claim.paragraph, q.unit))
                against = previous if previous is not None else last_told[0] \
                    if last_told is not None and not _SENTENCE_END.search(folded, last_told[1], q.start) else None
            if against is not None and against.event not in NO_STORY_EVENTS:
                # set against the figure it took its unit from, whatever its clause says after it:
                # "12 500 abonnés restaient privés d'électricité, contre 41 000 lundi matin, selon
                # le fournisseur, qui a mobilisé 900 techniciens"
                event, inherited = against.event, True
            elif q.unit_inherited and previous is not None and previous.unit == q.unit:
                # (not what a place can hold: "autorisée à accueillir 1 500 personnes, en recevait 2 200")
                inherited = event is None
                event = event or (previous.event if previous.event not in NO_STORY_EVENTS else None)
            elif event is None and (q.unit_inherited or _RIVAL_OPENER.search(folded, max(0, q.start - 20), q.start)
                                    or _LIST_JOIN.search(folded, max(0, q.start - 20), q.start)):
                # What the figure it took its unit from, is set against or is listed after
                # counts: in its sentence, though the claim was cut before it ("Six personnes
                # restent portées disparues, contre douze mardi", "44,5 millions d'hectolitres,
                # contre 41 millions d'hectolitres en 2034", "13,6 Mhl en Languedoc-Roussillon,
                # environ 4,1 Mhl dans le Bordelais et 2,4 Mhl en Champagne"), or, for a unit taken,
                # the sentence before if "en" points back at it ("Le gestionnaire de réseau en
                # dénombrait 250 000").
                before = told_last.get((claim.document, claim.paragraph, q.unit))
                in_sentence = before is not None and not _SENTENCE_END.search(folded, before[1], q.start)
                if not q.unit_inherited:
                    if in_sentence and before[0].event not in NO_STORY_EVENTS:
                        event = before[0].event  # (not "autorisée à accueillir 1 500 personnes, en recevait 2 200")
                elif before is not None and (in_sentence or EN_BEFORE.search(folded, max(0, q.start - 40), q.start)):
                    event = before[0].event
                else:
                    event = _event_of_antecedent(folded, q)
                inherited = event is not None
            if event is None and q.unit_class == "place":
                # "41 départements en crise", "37 communes y restent soumises": what places
                # undergo, said of them only.
                event = _first_event(_PLACE_EVENTS, folded, claim.start, claim.end)
            still = ev.STILL_EVENTS[event] if event in ev.STILL_EVENTS and _STILL_AFTER.match(folded, q.end) else None
            event = ev.NOUN_EVENTS.get((q.unit_text or "").lower(), event or ev.UNIT_EVENTS.get(q.unit))
            event = still or CONCEPT_EVENTS.get(q.unit or "", event) or CONCEPT_DEFAULT_EVENTS.get(q.unit or "")
            if q.unit_class == "building" and event not in BUILDING_EVENTS and _burnt(folded, claim):
                event = "destroyed"  # "trois maisons ont brûlé"
            if q.unit_class == "building" and event not in BUILDING_EVENTS:
                event = None
            if q.unit_class == "building" and event == "burnt":
                event = "destroyed"  # "trois maisons ont brûlé": destroyed, as the fire's others
            if event is None and q.unit_class == "person" and _TOLL.search(folded, claim.start, q.start):
                event = "killed"
            if event == "spilled" and q.unit not in ev.SPILL_UNITS:
                # "200 brebis se sont échappées", "le variant s'est répandu dans 12 pays" (people
                # escaped: "Trois détenus se sont échappés")
                event = ev.PEOPLE_READINGS.get(event) if q.unit in ev.PEOPLE_UNITS or q.unit_class == "person" else None
            if event == OPENED and q.unit_class not in OPENED_CLASSES and q.unit not in OPENED_UNITS:
                event = None  # "11 400 doses administrées, a indiqué l'ARS, qui a ouvert 14 centres"
            if q.unit in ev.UNITS_NOT_OF.get(event or "", ()):
                # "132 otages détenus": hostages, no inmates; "au-delà des 35 000 places de l'enceinte"
                # where a crowd pressed: what the stadium holds
                event = CONCEPT_DEFAULT_EVENTS.get(q.unit or "")
            if event == WITHDRAWN:
                event = "cut" if q.unit in COMMODITY_UNITS else None
            if event == "cut" and q.unit in ev.MONEY_UNITS:
                event = None  # "une réduction de 500 euros": a discount, no cut
            if event == TAKEN_IN_CHARGE:
                event = "treated" if _CARE.search(folded) else None
            if event == FREED and (q.unit in ev.PEOPLE_UNITS or q.unit_class == "person"):
                event = RESCUED if _CAPTIVITY.search(folded) else FREED  # captives freed; inmates released
            if event in NEAR_ONLY_EVENTS and not inherited and q.unit not in SALE_UNITS and q.unit not in ev.MONEY_UNITS \
                    and not _told_near(folded, q, event):
                event = CONCEPT_DEFAULT_EVENTS.get(q.unit or "")
            if event == STRANDED and q.unit_class != VEHICLE and q.unit not in ev.STRANDED_PEOPLE:
                event = None  # "1,2 milliard d'euros sont immobilisés", "12 000 comptes bloqués": nothing stranded
            if event == "filed" and q.unit not in ev.FILED_UNITS:
                event = None  # "200 combattants ont déposé les armes", "40 députés ont déposé une motion"
            if event in THING_EVENTS and (q.unit in ev.PEOPLE_UNITS or q.unit_class == "person"):
                event = ev.PEOPLE_READINGS.get(event)  # "a détruit un immeuble, faisant 29 morts, dont onze enfants"
            if event in ev.PEOPLE_ONLY_EVENTS and not (q.unit in ev.PEOPLE_UNITS or q.unit_class in ("person", "animal")):
                # "plus de sept tonnes … six personnes en garde à vue": no tonne is arrested ("397
                # détenus pour 204 places": the places a prison has)
                event = CONCEPT_DEFAULT_EVENTS.get(q.unit or "")
            if event == ABDUCTED:
                event = ev.ABDUCTED_READING  # the abducted are missing to their own
            if event in ev.PRISON_EVENTS and q.unit_class != ANIMAL and not _PRISON.search(folded):
                event = None  # "2 000 agriculteurs se sont rendus à Bruxelles", "280 salariés ont été repris"
            # "le camp, conçu pour 20 000 réfugiés": how many it can hold, no count; "en abrite
            # déjà plus de 34 000": those it holds, no arrivals (whatever their noun says).
            housed = CAPACITY if _CAPACITY.search(folded, max(0, q.start - 40), q.start) \
                else HELD if _HOUSED.search(folded, max(0, q.start - 40), q.start) \
                or q.unit_class == "person" and _GATHERED.search(folded, max(0, q.start - 40), q.start) else None
            housed = HELD_READINGS.get(q.unit or "", housed) if housed == HELD else housed
            event = housed or event
            if event is None and _SAMPLE.search(folded, max(0, q.start - 40), q.start):
                event = SAMPLED  # "un échantillon de quelque 3 000 écoles": those a study looked at
            if event is None and (q.unit_class in COUNTED_IF_UNREAD or q.unit_class in COUNTED_CLASSES) \
                    and q.unit is not None and _HELD.search(folded, max(0, q.start - 40), q.start):
                # "où l'opérateur compte environ 700 000 abonnés": what it has, no story's count
                event = COUNTED if q.unit in COUNTED_AS_HELD else HELD
            if _breached(folded, q, event):
                event = "stolen"  # a breach's count: "4,2 millions de comptes clients concernés"
            money = (DEMANDED if is_demanded(folded, q) else money_of(folded, q)) if q.unit in ev.MONEY_UNITS else None
            if money is None and q.unit in ev.MONEY_UNITS and _CHANGE_BEFORE.search(folded, max(0, q.start - 20), q.start):
                continue  # a change no noun names: "en hausse de 5 centimes sur une semaine" is no sum paid
            if money in (None, COST) and q.unit in ev.MONEY_UNITS and q.per is not None and q.per not in ev.DURATION_UNITS \
                    and not _NOT_PRICE.search(folded, _sentence_start(folded, q.start), q.start):
                money = PRICE  # a sum for each litre or tonne of a good is its price: "1,94 euro le litre"
            if money is None and q.unit_class != "person" and _REMAINING_AFTER.match(folded, q.end):
                event = HELD  # "avec près de 77 300 tonnes encore dans ses cuves": what it still holds
            if event is None and money is None:
                storied = _unit_of(q) in STORY_UNITS or q.unit is not None and q.unit_class in COUNTED_IF_UNREAD
                if q.unit not in ev.MONEY_UNITS and claim.source is not None:
                    unit = _unit_of(q)
                    rival = None
                    if _RIVAL.search(folded, _sentence_start(folded, q.start), q.start) or q.unit_class == PEOPLE \
                            and _RIVAL_PEOPLE.search(folded, _sentence_start(folded, q.start), q.start):
                        # "La police évoque pour sa part « environ 50 000 personnes »" after the
                        # organisers' "80 000 spectateurs": the same count, told by a rival (in its
                        # paragraph, else the one before: "L'association maintient pour sa part …").
                        rival = told_paragraph.get((claim.document, claim.paragraph, unit)) \
                            or told_paragraph.get((claim.document, claim.paragraph - 1, unit))
                    if rival is None and q.unit_class == "measure" \
                            and _ESTIMATE_BEFORE.search(folded, max(0, q.start - 60), q.start):
                        # "La préfecture maritime s'en tient à sa fourchette de 300 à 500 tonnes":
                        # its estimate of what the article counted last in that unit.
                        rival = told_story.get((claim.document, unit)) or _asked_before(folded, q, unit)
                    if rival is not None and rival.event not in NO_STORY_EVENTS:
                        told_story[(claim.document, unit)] = rival
                        if storied:
                            rivals[q.id] = rival
                        else:
                            event = rival.event  # (read now: a list's next figure may follow it)
                if storied:
                    unread.append((claim, q))  # what the rest of its article counts, below
                    continue
            if event is None and money is None:
                if q.unit_class == HAPPENINGS:
                    if claim.modality in FORECASTS or tells_change(folded, q):
                        continue  # "prévoit une vingtaine d'orages", "a reculé de 300": nothing happened that many times
                    event = OCCURRED
                elif q.unit_class in COUNTED_CLASSES:
                    # A count of things whose clause names no event is a count of those things
                    # ("420 tracteurs sur le périphérique", "plus de 40 000 sinistres"): one
                    # measure with the other counts of them its occurrence holds.
                    event = COUNTED
                elif q.unit_class == MEASURE_CLASS and _told_estimate(folded, claim, q):
                    areas.append((claim, q))  # "Le Bordelais, 3,8 Mhl", "tablait sur 44,2 millions d'hectolitres": below
                    continue
                else:
                    if q.start < headline_end(folded) and q.low is not None:
                        headlines.append((claim, q))  # what the body's same figure counts, below
                    continue
            if q.unit_class == HAPPENINGS and event in NOT_OF_HAPPENINGS:
                event = OCCURRED
            if event not in ev.UNIT_EVENTS_KEPT.get(q.unit or "", ()):
                event = ev.UNIT_EVENTS.get(q.unit, event)
            event = ev.NOUN_EVENTS.get((q.unit_text or "").lower(), event)
            event = housed or still or CONCEPT_EVENTS.get(q.unit or "", event)
            if q.unit in ev.MONEY_UNITS:
                read = money or ev.MONEY_EVENT_READINGS.get(event or "") or (event if event in ev.MONEY_EVENTS else None)
                if read is None or read == "price":
                    unnamed_sums.add(q.id)  # (what it is, its article may tell: see _values_of_seizures)
                event = read or "paid"
            if q.unit == "soldier" or q.unit in RESPONDERS:
                event = SOLDIER_EVENTS.get(event, event)
            reading = ev.UNIT_EVENT_READINGS.get((q.unit or "", event or ""))
            if reading == "spilled" and (q.per or not _SPILL_CONTEXT.search(folded) or (
                    (thing := _THING_OF.match(folded, q.end)) and not _SPILLED_THING.match(thing.group("thing")))):
                reading = None  # ("a perdu 30 000 tonnes de blé", "300 tonnes de coquillages": no spill)
            if reading is not None and (reading != "cut" or _CUT_CONTEXT.search(
                    folded, _sentence_start(folded, q.start), _sentence_end(folded, q.end))):
                event = reading
            people = q.unit in ev.PEOPLE_UNITS or q.unit_class == "person"
            event = (ev.MATERIEL_EVENTS_FOR_PEOPLE if people else ev.PEOPLE_EVENTS_FOR_MATERIEL).get(event, event)
            if event == DEPLOYED and people and q.unit != "soldier" and q.unit not in CARRIED_FORCES \
                    and _CARRIED.search(folded, _sentence_start(folded, q.start), q.start):
                event = PRESENT  # "le bateau pneumatique transportait 59 personnes": aboard
            if event == "culled":
                # Animals culled and people shot dead are killed ("410 000 canards abattus" and
                # "500 000 animaux tués" are one count); drones shot down are destroyed.
                event = "killed" if people or q.unit_class == "animal" else "destroyed"
            prev_end = claim.quantities[i - 1].end if i > 0 else None
            agents = event in ev.PEOPLE_ACTOR_EVENTS
            if anywhere is None or anywhere[0] != agents:
                c_start, c_end = _clause_bounds(text, claim)
                anywhere = (agents, _countries(text, folded, c_start, c_end, doc_agents if agents else doc_countries,
                                               actors_only=True))
            actor = actor_of(text, folded, claim, q, doc_agents if agents else doc_countries, prev_end, anywhere[1])
            if actor is None:
                actor = last_actor.get(context)  # the state the paragraph is about
            else:
                last_actor[context] = actor
            # A part that names its own town or region ("37 foyers, dont 14 dans les Landes")
            # is that place's whole count, no subgroup: the linker tells places apart. (Not one
            # that names a subgroup of its own: "112 morts, dont 20 enfants dans la ville
            # d'Arequipa" are children still.)
            # Nor one a place says it holds "à elle seule" ("L'Auvergne-Rhône-Alpes concentre à
            # elle seule 310 décès", "Le Rhône en compte à lui seul 142"): that place's count.
            part = is_part(folded, q, previous, claim.quantities[i - 1] if i else None,
                           None if q.unit in ev.MONEY_UNITS else event) \
                and not (q.unit_inherited and doc_places.right_after(folded, q.end)) \
                and not (_ALONE.search(folded, max(0, q.start - 30), q.start)
                         and doc_places.between(_sentence_start(folded, q.start), q.start))
            if not part and _of_those(folded, q):
                # "Plus des deux tiers d'entre elles, soit 2 480 personnes, ont été recensées
                # dans les rues": a part of those counted before, when it counts what they count
                # ("38 d'entre eux ont été blessés" after "52 passagers" is the whole count of the hurt).
                # (Of a kind of its own, "Trois des victimes" after "neuf morts": those the
                # document counted last in its measure's unit.)
                before = told_unit.get((claim.document, q.unit)) or told_measure.get((claim.document, _unit_of(q)))
                part = before is not None and before.event == event
            unit = _unit_of(q)
            if previous is not None and previous.unit == ANIMAL and q.unit in TOLL_NOUN_UNITS \
                    and _PART_BEFORE.search(folded, max(0, q.start - 12), q.start):
                unit = ANIMAL  # "610 oiseaux mazoutés, dont 380 morts": dead birds, no people
            if event == "stolen" and q.unit in ev.BREACH_UNITS:
                unit = PEOPLE  # accounts breached are their holders: "7,6 millions de comptes", "8 millions de clients"
            if event == SOLD and q.unit_class not in NOT_SALES:
                unit = SALE
            if event == DEPRIVED and q.unit in OUTAGE_UNITS:
                unit = HOUSEHOLD  # "12 500 abonnés restaient privés d'électricité, contre 41 000 foyers"
            if event == COUNTED and q.unit in COUNTED_AS_HELD:
                unit = q.unit  # (counted by their own name, as in an article that counts nothing else)
            if q.unit_class == VEHICLE and event in BURNT_OR_DESTROYED:
                unit = VEHICLE  # "745 voitures brûlées", "745 véhicules incendiés": one count, whatever kind
            if q.unit_class == VEHICLE and event in (COUNTED, "protested"):
                # A convoy's or a protest's vehicles are one count, whatever kind the words
                # name: "1 450 taxis selon la police", "plus de 4 000 véhicules selon la fédération".
                event, unit = COUNTED, VEHICLE
            measure = Measure(event, unit, q.per, actor if event in ACTOR_EVENTS or (event, unit) in ACTOR_UNIT_EVENTS else None,
                              increment=is_increment(folded, q), aside=aside(q), part=part,
                              whose=commodity_of(folded, q) if event == "price" else None)
            out[q.id] = measure
            previous = measure
            told_last[(claim.document, claim.paragraph, q.unit)] = (measure, q.end)
            told_unit[(claim.document, q.unit)] = measure
            told_measure[(claim.document, measure.unit)] = measure
            told_paragraph[(claim.document, claim.paragraph, measure.unit)] = measure
            if event not in NO_STORY_EVENTS:
                told[(claim.document, measure.unit, measure.per)][measure] += 1
                told_story[(claim.document, measure.unit)] = measure
            if q.low is not None and q.high is not None:
                valued.setdefault((claim.document, measure.unit, measure.per, q.low, q.high), measure)
    # A figure whose clause names no event counts what its article counts most with the same
    # unit: "1,2 million de personnes" in an article on a protest day are protesters, "731
    # personnes" in one on a cyclone are its dead, "60 millions d'euros" in one on a transfer
    # are its fee.
    # A bare whole number its source follows counts the people its article counts most, if it
    # counts people: crowds ("à Marseille (16 000 selon la police, 130 000 selon les
    # syndicats)"), tolls. A figure a rival source sets against one before it counts what that one
    # counts; a sum in an article on a seizure, what the haul is worth; things counted one by one
    # that nothing else in the article counts are counted.
    seizures = {c.document for c in claims for q in c.quantities if q.id in out and out[q.id].event == SEIZED}
    for claim, q, unit in [(c, q, _unit_of(q)) for c, q in unread] + [(c, q, PEOPLE) for c, q in bare]:
        most = told.get((claim.document, unit, q.per))
        if q.id in rivals:
            measure = rivals[q.id]
        elif most:
            measure = valued.get((claim.document, unit, q.per, q.low, q.high)) if unit in ev.MONEY_UNITS else None
            if measure is None and unit in ev.MONEY_UNITS:
                # A sum is the article's first sum, its story's (a transfer's fee, a town's
                # budget), not what its own words leave out ("70 millions d'euros hors bonus").
                left_out = left_out_of(folded_cache[claim.document], q)
                measure = next((m for m in most if m.event != left_out), None)
            if measure is None:
                (measure, n), = most.most_common(1)
        elif unit in ev.MONEY_UNITS and claim.document in seizures:
            measure = Measure(VALUE, unit, q.per, None)  # "220 millions d'euros pour la douane": the haul's worth
        elif q.unit not in (None, PEOPLE) and q.unit_class in COUNTED_IF_UNREAD and q.low is not None:
            # Nothing else in the article counts them: they are counted, by their own name
            # ("712 400 candidats", never people in general).
            reading = ev.UNIT_EVENT_READINGS.get((q.unit, COUNTED))  # (visitors counted attended)
            measure = Measure(reading, _unit_of(q), q.per, None) if reading else Measure(COUNTED, q.unit, q.per, None)
        else:
            continue
        folded = folded_cache[claim.document]
        before = told_unit.get((claim.document, q.unit))
        out[q.id] = replace(measure, increment=False, aside=asides_cache[claim.document](q),
                            part=is_part(folded, q) or (_of_those(folded, q) and before is not None
                                                        and before.event == measure.event))
    # An area, a mass or a volume whose words say nothing of what befell it, told as an estimate
    # (``_told_estimate``), measures what its article measures most in that unit ("La FAO, qui
    # évoquait alors « plus de 120 000 hectares », en dénombre désormais 165 000" in a piece on
    # land infested).
    area_units = {(c.document, q.unit) for c, q in areas}
    measured: dict[tuple[str, Optional[str]], Counter[Measure]] = defaultdict(Counter)
    for c in claims:
        for p in c.quantities:
            if (c.document, p.unit) in area_units and (m := out.get(p.id or "")) is not None:
                measured[(c.document, p.unit)][m] += 1
    for claim, q in areas:
        most = measured[(claim.document, q.unit)]
        if most:
            (measure, n), = most.most_common(1)
            out[q.id] = replace(measure, increment=False, aside=asides_cache[claim.document](q), part=False)
            most[out[q.id]] += 1  # (counted for the next, as if read in turn)
    for claim, q in headlines:
        # A headline's figure whose words name no event counts what the same figure counts in
        # the body ("la préfecture maritime relève son estimation à 650 tonnes" over "environ 650
        # tonnes de fioul se seraient échappées").
        measure = valued.get((claim.document, _unit_of(q), q.per, q.low, q.high))
        if measure is not None and measure.event not in NO_STORY_EVENTS:
            out[q.id] = replace(measure, increment=False, aside=False, part=False)
    by_document = _measured_by_document(claims, out)
    said = {q.id: c.text for c in claims for q in c.quantities}  # each figure's claim's words
    _cases_of_outbreaks(by_document.values(), out, said)
    _values_of_seizures([by_document[d] for d in seizures if d in by_document], out, unnamed_sums)
    _arrivals_of_refugees(by_document.values(), out, said)
    _changes_and_shares(said_after, claims, folded_cache, out)
    _headlines_as_bodies(claims, folded_cache, out)
    # A figure no word measures is at least what it is: "33 000 litres", "16 communes", "jusqu'à
    # 80 %". Told again by another article of its story (a copy, a follow-up) it is the same
    # figure; never an estimate of anything else, so only the same figure is linked to it. (Not
    # the size that names a thing: "des obus de 155 mm", "un domaine de 11 hectares".)
    for claim in claims:
        for q in claim.quantities:
            if q.id not in out and q.unit is not None and (q.low is not None or q.high is not None) \
                    and not _SIZE_OF_NOUN.search(folded_cache[claim.document], max(0, q.start - 40), q.start):
                out[q.id] = Measure(STATED, _unit_of(q), q.per, None, aside=asides_cache[claim.document](q),
                                    part=is_part(folded_cache[claim.document], q))
    return out


def _headlines_as_bodies(claims: list[Claim], folded: dict[str, str], out: dict[str, Measure]) -> None:
    """A headline's figure no word of its own measures takes the measure of the body's first
    figure of the same value and unit ("Bac 2033 : 78,9 % de reçus" over "le taux de réussite
    s'établit à 78,9 %", "Le Brent s'envole de 4,6 %" over "le baril a gagné 4,6 %")."""
    bodies: dict[tuple[str, Optional[str], Optional[str], float, float], Measure] = {}
    unmeasured: list[tuple[Claim, Quantity]] = []
    for claim in claims:
        head = headline_end(folded[claim.document]) if claim.document in folded else -1
        for q in claim.quantities:
            if q.id is None or q.low is None or q.high is None:
                continue
            if q.start < head:
                if q.id not in out and q.unit is not None and q.unit not in ev.DURATION_UNITS:
                    unmeasured.append((claim, q))
            elif q.id in out:
                bodies.setdefault((claim.document, q.unit, q.per, q.low, q.high), out[q.id])
    for claim, q in unmeasured:
        measure = bodies.get((claim.document, q.unit, q.per, q.low, q.high))
        if measure is None and q.unit in MEASURED_DEFAULTS:
            measure = Measure(MEASURED_DEFAULTS[q.unit], q.unit, q.per, None)  # (read for the body's first: "Tempête : 150 km/h")
        if measure is not None:
            out[q.id] = replace(measure, aside=False, part=False)


def _values_of_seizures(seizures: Iterable[list[str]], out: dict[str, Measure], unnamed: set[Optional[str]]) -> None:
    """Read the unnamed sums and prices of articles on a seizure (their figures' ids) as the
    haul's worth."""
    for ids in seizures:
        for i in ids:
            if i in unnamed and out[i].is_money:
                out[i] = replace(out[i], event=VALUE)


def _measured_by_document(claims: list[Claim], out: dict[str, Measure]) -> dict[str, list[str]]:
    """The ids of the figures with a measure, by document, in text order."""
    by_document: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        by_document[claim.document].extend(q.id for q in claim.quantities if q.id in out)
    return by_document


# In an article that counts people arriving, the refugees it says arrived are those arrivals:
# "plus de 18 000 réfugiés soudanais arrivés" and "18 400 arrivées depuis le 27 mars" are one count.
ARRIVED, DISPLACED = "arrived", "displaced"


def _arrivals_of_refugees(documents: Iterable[list[str]], out: dict[str, Measure], said: dict[Optional[str], str]) -> None:
    """Read the refugees of an article that counts people arriving as those arrivals, when their
    own clause says they arrived or crossed ("plus de 18 000 réfugiés soudanais arrivés en une
    semaine"; not "le camp accueille 3 500 réfugiés", "40 000 réfugiés attendent en Mauritanie").
    ``documents``: the ids of each document's figures; ``said``: each figure's claim's words."""
    for ids in documents:
        if not any(out[i].event == ARRIVED and out[i].unit == PEOPLE and not out[i].part for i in ids):
            continue
        for i in ids:
            if out[i].event == DISPLACED and out[i].unit == PEOPLE and out[i].actor is None \
                    and any(e == ARRIVED for _, e, _ in _event_words(fold(said[i]), 0, len(said[i]))):
                out[i] = replace(out[i], event=ARRIVED)


# People infected are cases ("14 malades" and "14 cas" are one count); in an article whose
# first count of people is an outbreak's, the people a clause naming the outbreak says it hit
# are those cases too ("l'épidémie a touché 31 personnes" and "31 cas recensés").
INFECTED, CASE = "infected", "case"
_SICK_EVENTS = (INFECTED, "affected")
_OUTBREAK = re.compile(rf"(?<![\w])(?:{phrase_pattern(ev.OUTBREAK_WORDS)})")


def _cases_of_outbreaks(documents: Iterable[list[str]], out: dict[str, Measure], said: dict[Optional[str], str]) -> None:
    """Read the people counted as sick, and those an outbreak's article counts as hit by it, as
    cases (``documents`` and ``said`` as for ``_arrivals_of_refugees``)."""
    for ids in documents:
        for i in ids:
            if out[i].event == INFECTED and out[i].unit == PEOPLE:
                out[i] = replace(out[i], unit=CASE)  # "14 malades", "31 personnes infectées"
        # The article is an outbreak's when the first of its counts is of cases.
        first = next((out[i] for i in ids if out[i].event in _SICK_EVENTS or out[i].unit == PEOPLE), None)
        if first is None or first.event != INFECTED:
            continue
        for i in ids:
            m = out[i]
            if m.event in _SICK_EVENTS and m.unit == PEOPLE and m.actor is None and _OUTBREAK.search(fold(said[i])):
                out[i] = replace(m, event=INFECTED, unit=CASE)


class _Said(NamedTuple):
    """A percentage told after a figure: a change (``listed`` after another change in its
    sentence) or a share, with the rate its words name, if any."""
    claim: Claim
    q: Quantity
    change: bool
    aside: bool
    rate: Optional[str]
    listed: bool = False


# How far after a change a percentage listed after it may stand ("la baisse atteint 3,4 % à
# Paris, où le mètre carré est retombé à 9 280 euros, et 2,6 % en Île-de-France").
LISTED_REACH = 120


def _listed_after_change(folded: str, claim: Claim, q: Quantity, said: list[_Said]) -> bool:
    """Whether a bare percentage is listed right after a change told in its sentence: "la baisse
    atteint 3,4 % à Paris et 2,6 % en Île-de-France"."""
    if not said or not said[-1].change or said[-1].claim.document != claim.document:
        return False
    last = said[-1].q
    return "%" not in folded[last.end:q.start] and _listed_after(folded, last.end, q, 20)


def _listed_after(folded: str, end: int, q: Quantity, join_reach: int) -> bool:
    """Whether a figure is listed after the figure that ends at ``end``, in its sentence, a list's
    join within ``join_reach`` before it ("Genève l'a approuvé à 58,4 %, Vaud à 56,9 %")."""
    return 0 <= q.start - end <= LISTED_REACH and not _SENTENCE_END.search(folded, end, q.start) \
        and _LIST_JOIN.search(folded, max(0, q.start - join_reach), q.start) is not None


def _changes_and_shares(said: list[_Said], claims: list[Claim],
                        folded: dict[str, str], out: dict[str, Measure]) -> None:
    """Give each percentage told after a figure (a change, "soit une hausse de 41 %", or a
    share, "soit 52 % du programme") the measure of what it is the change or share of, read
    from the figures of its document that have one (a change is no increment of its own);
    else what its paragraph or headline said it is the rate of ("Inflation : les prix ont
    augmenté de 2 %")."""
    if not said:
        return
    told: dict[str, list[tuple[int, Measure]]] = defaultdict(list)  # by document, where each figure ends
    of_unit: dict[str, dict[str, Measure]] = defaultdict(dict)  # by document: the first measure of each unit
    for claim in claims:
        for q in claim.quantities:
            m = out.get(q.id) if q.id is not None else None
            if m is not None and not m.is_rate:
                told[claim.document].append((q.end, m))
                if q.unit:
                    of_unit[claim.document].setdefault(q.unit, m)
    for figures in told.values():
        figures.sort(key=lambda f: f[0])
    last: dict[str, tuple[int, str]] = {}  # by document: where its last change ends, and what it measures
    for claim, q, change, aside, rate, listed in said:
        text = folded[claim.document]
        figures = told.get(claim.document, [])
        k = bisect_left(figures, q.start, key=lambda f: f[0])
        figure = figures[k - 1] if k else None
        before = opening = last.get(claim.document)
        if before is not None and (q.start - before[0] > RIVAL_RATE_REACH or "\n" in text[before[0]:q.start]):
            before = None  # (a change told in its paragraph only)
        if opening is not None and (q.start - opening[0] > RIVAL_RATE_REACH
                                    or _sentence_start(text, q.start) != text.rfind("\n", 0, q.start) + 1):
            opening = None  # (… or told at the end of the paragraph before the sentence it opens)
        changed = before or opening
        if listed or (change and changed is not None and tells_change_again(text, q)):
            # listed after a change, or that change told again at another level ("La baisse
            # atteint 3,4 % à Paris", "Sur un an, la hausse atteint 3,2 %" opening a paragraph)
            what = changed[1] if changed is not None else None
        else:
            own = change_of(text, q, figure, rate, of_unit.get(claim.document)) if change else share_said_of(text, q, figure)
            if own is None and change and changed is not None and (
                    _CHANGE_BY_NOUN.search(text, max(0, q.start - 40), q.start)
                    or _PRONOUN_SUBJECT.match(text, _sentence_start(text, q.start))
                    or _RIVAL_OPENER.search(text, max(0, q.start - 20), q.start)):
                # a change whose sentence names nothing ("faisaient état d'une baisse de 1,8 %",
                # "Les analystes s'attendaient à une baisse d'environ 3 %" opening the paragraph
                # after it, "En Normandie, il a augmenté de 0,7 %", "contre 1,1 % pour l'ensemble
                # des inscrits"): the one told before it, not the rate its headline names (nor
                # "la population a augmenté de 0,9 %")
                what = changed[1]
            else:
                what = own or rate
        if what is None and change:
            what = _subject_change(text, q)  # "Sur trois mois, le marché affiche un repli de 2,1 %"
        if what is not None and change:
            last[claim.document] = (q.end, what)
        if what is not None:
            per = q.per or rate_basis(text, claim, q)
            out[q.id] = Measure(what, PERCENT, per, None, aside=aside, part=is_part(text, q))


# The least a bare number told with its source must be to count people (not "3 selon X").
BARE_COUNT_MIN = 10


def _bare_count_by_a_source(folded: str, q: Quantity) -> bool:
    """Whether a figure without a unit is a whole number of at least BARE_COUNT_MIN right
    before its source: "16 000 selon la police"."""
    return q.low is not None and q.low == q.high and q.low >= BARE_COUNT_MIN and float(q.low).is_integer() \
        and _SOURCE_AFTER.match(folded, q.end) is not None


_AND = re.compile(r"\s*,?\s*(?:et|ainsi que)\s+")


def _of_those(folded: str, q: Quantity) -> bool:
    """Whether a figure is told of those named before: "Onze d'entre eux", "les deux tiers
    d'entre elles, soit 2 480 personnes", "Trois des victimes" (of no whole of its own: "17 des
    18 départements" is a share)."""
    return _OF_THOSE_AFTER.match(folded, q.end) is not None \
        or _OF_THOSE_BEFORE.search(folded, max(0, q.start - 30), q.start) is not None \
        or (q.whole is None and _PARTITIVE.search(folded, q.start, q.end) is not None)


def _breached(folded: str, q: Quantity, event: Optional[str]) -> bool:
    """Whether a count of people or accounts is a data breach's: its paragraph or its article's
    headline speaks of one, and the count is "concerné" or "touché" by it, or names no event and
    is of accounts or of those whose data it holds ("les données de 19 millions de comptes")."""
    if q.unit_class != "person" and q.unit not in ev.BREACH_UNITS or event not in ("affected", None, COUNTED):
        return False
    if event != "affected" and q.unit not in ev.BREACH_UNITS \
            and not _BREACH_DATA_BEFORE.search(folded, max(0, q.start - 50), q.start):
        return False
    end = _sentence_end(folded, q.end)
    by = _AFFECTED_BY.search(folded, q.end, end)
    if by is not None and not _BREACH.match(folded, by.end()):
        return False  # "concernés par des reports d'opérations": touched by something else than the breach
    paragraph = folded.rfind("\n", 0, q.start) + 1
    return _BREACH.search(folded, paragraph, end) is not None \
        or (event == "affected" and _BREACH.search(folded, 0, headline_end(folded)) is not None)


def is_part(folded: str, q: Quantity, previous: Optional[Measure] = None, before: Optional[Quantity] = None,
            event: Optional[str] = None) -> bool:
    """Whether the figure is a part of the one before it: "dont neuf enfants", "dont 15 en
    bonus", and the parts coordinated after a first ("dont onze enfants et quatre femmes") that
    count what it counts (``event``, None for a sum: a fee's parts are bonuses and premiums),
    not another count ("27 morts, dont onze enfants, et 50 blessés")."""
    if _SUBSET.search(folded, max(0, q.start - 30), q.start):
        return True
    return previous is not None and previous.part and before is not None and before.end <= q.start \
        and (event is None or event == previous.event) and _AND.fullmatch(folded, before.end, q.start) is not None


def is_increment(folded: str, q: Quantity) -> bool:
    """Whether the figure's own noun phrase makes it an increment: "3 000 soldats
    supplémentaires", "1 900 autres habitants", "arrivés en renfort"."""
    stop = re.search(r"[,;:.()]", folded[q.end:q.end + 40])
    end = q.end + (stop.start() if stop else min(40, len(folded) - q.end))
    return bool(_INCREMENT.search(folded, q.start, end))


class _Asides:
    """Where one document's paragraphs turn to another occurrence ("un autre feu s'est
    déclaré"), found once: each figure then asks by bisection, so a paragraph of a thousand
    figures costs its length, not its square."""

    def __init__(self, folded: str) -> None:
        self.folded = folded
        self.breaks = [i for i, ch in enumerate(folded) if ch == "\n"]
        # (where the turn is, where it ends): a paragraph's end, or for a new occurrence
        # further in its sentence, that sentence's end.
        turns = [(m.end(), self._paragraph_end(m.end())) for rx in (_ASIDE, _ELSEWHERE) for m in rx.finditer(folded)]
        head = headline_end(folded)
        lead = re.compile(r"\s*[^\n]*").match(folded, head)
        lead_end = lead.end() if lead else head
        for m in _BESIDE.finditer(folded):  # "Mardi également, un incendie …": that sentence
            end = _SENTENCE_END.search(folded, m.end())
            turns.append((m.end(), end.start() if end else len(folded)))
        for m in _NEW_OCCURRENCE.finditer(folded):
            opening = max([folded.rfind("\n", 0, m.start()) + 1] + [x.end() for x in _SENTENCE_END.finditer(
                folded, max(0, m.start() - 300), m.start())])
            if _OPENS.fullmatch(folded, opening, m.start()) is not None:
                if m.start() < lead_end:
                    continue  # the headline's or the lead's new occurrence is the story itself
                turns.append((m.end(), self._paragraph_end(m.end())))
            else:
                end = _SENTENCE_END.search(folded, m.end())
                turns.append((m.end(), end.start() if end else len(folded)))
        turns.sort()
        self.turns = [t for t, _ in turns]
        self.until = [u for _, u in turns]

    def _aftershock(self, q: Quantity, paragraph: int) -> bool:
        """Whether the nearest shock named before a reading on a scale, in its sentence, is an
        aftershock."""
        start = max(paragraph, q.start - SHOCK_REACH)
        for end in _SENTENCE_END.finditer(self.folded, start, q.start):
            start = end.end()
        shocks = list(_SHOCK.finditer(self.folded, start, q.start))
        if not shocks:
            return False
        if shocks[-1].group("after") is not None:
            return True
        # "Des dizaines de répliques ont suivi la secousse principale, dont une de magnitude
        # 5,4": one of the aftershocks named before.
        return any(m.group("after") for m in shocks) and \
            _DONT.search(self.folded, shocks[-1].end(), q.start) is not None

    def _paragraph_end(self, at: int) -> int:
        k = bisect_left(self.breaks, at)
        return self.breaks[k] if k < len(self.breaks) else 1 << 62

    def __call__(self, q: Quantity) -> bool:
        """Whether the figure's paragraph has turned to another occurrence before it: "un
        autre feu s'est déclaré … Il avait parcouru environ 700 hectares"."""
        k = bisect_left(self.breaks, q.start)
        start = self.breaks[k - 1] + 1 if k else 0
        if q.unit_class == "scale" and self._aftershock(q, start):
            return True  # an aftershock's magnitude, not the main shock's
        i = bisect_left(self.turns, start)
        while i < len(self.turns) and self.turns[i] <= q.start:
            if q.start < self.until[i]:
                return True
            i += 1
        return False


def _unit_of(q: Quantity) -> str:
    """The unit a measure counts in: people and buildings by their class, arrivals as people."""
    if q.unit in CONCEPT_UNITS:
        return CONCEPT_UNITS[q.unit]
    return q.unit_class if q.unit_class in CLASS_UNITS else (q.unit or "")
