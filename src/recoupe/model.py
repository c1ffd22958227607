"""The domain objects every stage after the NLP step works with.

The spaCy ``Doc`` stays inside ``recoupe.nlp``; ``claims.py`` turns it into these plain
dataclasses, which the store writes, the linker compares and the reports print. Offsets are
always Python ``str`` indices into ``Document.text`` exactly as read.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from babel.core import get_global

QUALIFIERS: tuple[str, ...] = (
    "exact", "approx", "range", "at_least", "more_than", "at_most", "less_than", "up_to", "average", "vague",
)


@dataclass
class Document:
    """One input text. ``id`` is the sha256 of ``text``, so the same text is stored once."""

    id: str
    path: str
    text: str
    lang: str = "fr"
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[date] = None
    # How ``published`` was obtained: "given" (flag or manifest), "html" (the page's
    # metadata), "url" (a date in the address), "text" (a dateline or "publié le" in the
    # text), "inferred" (the latest plausible date in the text) or None.
    published_how: Optional[str] = None
    # How precisely ``published`` is known: "day", or "month"/"year" for a date given as
    # "2023-03" or "2023" (then ``published`` is the interval's first day).
    published_precision: str = "day"
    # The id of the earlier document this one is a near-duplicate of (same story, another
    # headline), or None. Set by ``recoupe.dedup``; the linker treats copies as dependent.
    copy_of: Optional[str] = None


# No figure a report gives runs past a million billion (euros, people, shells): extraction and
# reviews refuse a value beyond it, or one that is not finite (it would be stored as infinity).
MAX_MAGNITUDE = 1e15


def sane_value(value: float) -> bool:
    """Whether ``value`` can be a figure of a report."""
    return math.isfinite(value) and abs(value) <= MAX_MAGNITUDE


# Roles of the times read in a claim's own words (offsets inside it), as against the times
# it takes from its paragraph, its article or its publication date.
OWN_TIME_ROLES = ("event", "statement", "comparison")


@dataclass
class TimeSpan:
    """A time expression and the ISO interval it denotes (``from_``..``to`` inclusive)."""

    start: int
    end: int
    text: str
    from_: Optional[str]
    to: Optional[str]
    precision: str = "day"  # day, month, quarter, season, year, decade, open
    # What it dates: "event", "statement", "comparison" when read in the claim; "paragraph"
    # or "document" when the claim takes the time of the event its paragraph or article
    # reports; "published" for the date the claim was published (as of which it holds).
    role: str = "event"


@dataclass
class Quantity:
    """A figure with its bounds. ``low``/``high`` of None mean unbounded on that side."""

    start: int
    end: int
    text: str
    low: Optional[float]
    high: Optional[float]
    qualifier: str
    unit: Optional[str] = None  # concept, e.g. "shell", "usd", "ratio"
    per: Optional[str] = None  # time unit of a rate, e.g. "day"
    unit_text: Optional[str] = None  # the unit as written, e.g. "obus"
    unit_inherited: bool = False  # unit taken from an earlier figure ("contre 2 000 pour Kiev")
    id: Optional[str] = None
    unit_class: Optional[str] = None  # the unit's broader class: protester ⊂ "person", house ⊂ "building"
    unit_mapped: bool = True  # False when the counted noun is outside the lexicon (kept as its lemma)
    whole: Optional[float] = None  # the whole a part is counted in: 18 for "17 des 18 départements"
    # Set aside by its article for a later figure of its own: corrected ("23, et non 17"), told
    # with the words of its telling ("contre 31 annoncés"), or by its teller in the imperfect
    # ("l'agence faisait état de 48 morts"). Its origin's other figure of the same thing in the
    # article updates it.
    set_aside: bool = False


# The kind of source that is a report, a survey or a poll (``Source.kind``).
STUDY = "study"


@dataclass
class Source:
    """Who a claim is attributed to: the span naming it and the entities behind it."""

    start: int
    end: int
    text: str
    name: str
    cue: str  # "selon", "verb:indiquer", "anaphora", "carry-over", ...
    kind: str = "other"  # STUDY for a report, survey or investigation; "other" otherwise
    entity_keys: list[str] = field(default_factory=list)
    via: Optional[str] = None  # the relay: "X, cité par Y", "d'après Y, qui s'appuie sur X", a dateline's agency
    role: Optional[str] = None  # a person's role: "porte-parole de l'armée" for "le porte-parole de l'armée, Y"
    anonymous: bool = False  # "une source proche du dossier", "des sources militaires"
    # A public authority: its remit ("state" for a government or a capital standing for it,
    # "health", "military", "interior", "intelligence"), its state when the words say it
    # (ISO2), and whether it is only described ("les autorités sanitaires libanaises", "un
    # porte-parole militaire", "Séoul"), which a named office of that remit may stand behind.
    office: Optional[str] = None
    country: Optional[str] = None
    described: bool = False


@dataclass
class Mention:
    """One place an entity is named in a document."""

    start: int
    end: int
    text: str
    key: str  # the entity key it resolves to
    label: str  # spaCy-style type: PER, ORG, LOC, GPE, MISC


@dataclass
class Entity:
    """A real-world thing: one per key across the whole ledger."""

    key: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: Optional[str] = None  # ISO 3166 alpha-2 when the entity is or belongs to a state
    id: Optional[int] = None


# The roles of the times a claim's figures measure, best first (see ``Claim.event_time``).
_EVENT_TIME_ROLES = {"event": 0, "paragraph": 1, "statement": 2}


@dataclass
class Claim:
    """A sentence or clause asserting something, with its facts and provenance."""

    document: str
    start: int
    end: int
    text: str
    source: Optional[Source] = None
    hedged: bool = False
    modality: str = "asserted"  # asserted, reported, conditional, possible, prediction, hedged
    hedge_cues: list[str] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeSpan] = field(default_factory=list)
    entity_keys: list[str] = field(default_factory=list)
    paragraph: int = 0
    sentence: int = 0
    id: Optional[str] = None
    # Told as an earlier, smaller count than its article's ("la police ne recensait que 14 morts"):
    # a later, larger count of its measure updates it.
    told_earlier: bool = False

    def event_time(self) -> Optional[TimeSpan]:
        """The window its figures measure, for comparing them: a time read in the claim (an
        event, else the statement), else its paragraph's event. The article's event and the
        publication date are guesses a comparison must not rest on."""
        found: Optional[TimeSpan] = None
        rank = len(_EVENT_TIME_ROLES)
        for t in self.times:  # one pass: the first time of the best role
            r = _EVENT_TIME_ROLES.get(t.role, rank)
            if r < rank:
                found, rank = t, r
                if r == 0:
                    break
        return found


@dataclass
class Link:
    """A relation between two quantities that measure the same thing."""

    a: str
    b: str
    relation: str
    independent: Optional[bool]
    explanation: str
    measure: str = ""
    copy: bool = False  # between a copy of a story and its original: shown, never graded


# Unit codes of sums of money: every ISO 4217 code CLDR knows, in lower case (the naira, the rand
# and the franc CFA are money as the euro is), but "try", a rugby try's concept before it is the
# Turkish lira's code.
NOT_MONEY_CODES = frozenset({"try"})
MONEY_UNITS = frozenset(c.lower() for c in get_global("all_currencies")) - NOT_MONEY_CODES
# Unit codes of rates (recoupe's own, the same in every language).
PERCENT, RATIO = "percent", "ratio"
# The start of a share's event: "share_petrol_station" is the share of filling stations.
SHARE_PREFIX = "share_"
RATE_UNITS = (PERCENT, "percentage_point", RATIO, "basis_point")

# Counts that grow as an occurrence goes on: a later, larger figure updates an earlier one.
CUMULATIVE_EVENTS = {"delivered", "deployed", "lost", "killed", "wounded", "paid", "produced", "sanctioned", "burnt",
               "flooded", "evacuated", "arrived", "displaced", "destroyed", "arrested", "infected", "affected",
               "deprived", "deprived_water", "deprived_telecom", "stolen", "demanded", "cut", "aid", "cost", "damage", "appeal", "budget",
               "alerted", "missing", "hospitalised", "rescued", "occurred", "seized", "hit", "filed", "value", "created",
               "treated", "confined", "escaped", "dismissed", "registered", "opened", "imprisoned", "recaptured"}
# Measures of a thing's size, not of what happened: two of one occurrence that differ are two
# things (two camps' capacities), so only the same figure told twice is linked.
# What a figure no word measures is (``nlp.measures.assign``): "33 000 litres", "16 communes".
# Only the same figure with the same bounds told again is linked to it ("50 mètres" is not
# "inférieure à 50 mètres", "le double" not "presque le double").
STATED = "stated"
SAME_FIGURE_ONLY_EVENTS = {"capacity", STATED}
SAME_BOUNDS_ONLY_EVENTS = {STATED}
# Of those, the ones that cannot fall: the dead stay dead, a burnt hectare stays burnt. People
# evacuated return home, troops or firefighters on duty leave, homes without power are
# reconnected, places under an alert are released, a sum demanded is lowered, a plan's job cuts
# are revised, an aid package or a cost estimate is raised or cut, the missing are found and the
# patients leave hospital, the confined are let out, inmates are released: a smaller count of
# those on a later day is a change, not a contradiction. (Those treated, complaints dismissed,
# places opened only add up.)
NEVER_FALL_EVENTS = {"delivered", "lost", "killed", "wounded", "paid", "produced", "sanctioned", "burnt", "flooded",
               "destroyed", "infected", "occurred", "seized", "hit", "filed", "treated", "escaped", "recaptured", "dismissed",
               "registered", "opened"}


@dataclass(frozen=True)
class Measure:
    """What a figure measures, in recoupe's own words (the same in every language): the kind
    of event, the unit, the rate, the state whose troops or money are counted, and how the
    figure stands to the others. ``key`` groups figures that can be compared."""

    event: str
    unit: str
    per: Optional[str]
    actor: Optional[str]  # ISO country code, or None when no state is named
    # An increment ("3 000 soldats supplémentaires"), not a running total: compared with the
    # measure's other figures, but never an update of a total nor updated by one.
    increment: bool = field(default=False, compare=False)
    # Told in a paragraph that turns to another occurrence ("un autre feu s'est déclaré dans
    # l'Aude"): kept, but linked to nothing, as nothing says which occurrence the others are.
    aside: bool = field(default=False, compare=False)
    # A part of the figure before it ("27 morts, dont neuf enfants"): a measure of its own.
    part: bool = False
    # A measure an analyst split off under a name of their own ("centre d'accueil").
    group: Optional[str] = None
    # Whose share it is, when a share is one of several rivals' (a candidate's vote): the
    # entity key of the candidate ("per:lucia andrade").
    whose: Optional[str] = None

    @classmethod
    def from_key(cls, key: str, increment: bool = False, aside: bool = False) -> "Measure":
        """The measure a key names (``key`` holds every part that tells measures apart)."""
        parts = key.split("|")
        event, unit, per, actor = (parts + ["", "", "", ""])[:4]
        rest = parts[4:]
        part = "part" in rest
        group = next((r[1:] for r in rest if r.startswith("#")), None)
        whose = next((r[1:] for r in rest if r.startswith("@")), None)
        return cls(event, unit, per or None, actor or None, increment=increment, aside=aside, part=part, group=group,
                   whose=whose)

    @property
    def cumulative(self) -> bool:
        return self.per is None and self.event in CUMULATIVE_EVENTS and self.unit not in (RATIO, PERCENT)

    @property
    def is_money(self) -> bool:
        return self.unit in MONEY_UNITS

    @property
    def is_rate(self) -> bool:
        return self.unit in RATE_UNITS

    @property
    def never_falls(self) -> bool:
        return self.cumulative and self.event in NEVER_FALL_EVENTS

    @property
    def key(self) -> str:
        base = f"{self.event}|{self.unit}|{self.per or ''}|{self.actor or ''}"
        base = base + "|part" if self.part else base
        base = f"{base}|@{self.whose}" if self.whose else base
        return f"{base}|#{self.group}" if self.group else base

    @property
    def label(self) -> str:
        rate = f" per {self.per}" if self.per else ""
        whose = ""
        if self.actor:
            try:
                from recoupe import gazetteer

                whose = f" ({gazetteer.country_names(self.actor)[1]})"
            except KeyError:
                whose = f" ({self.actor})"
        named = f" [{self.group}]" if self.group else ""
        if self.whose:
            whose += f" ({self.whose.split(':', 1)[-1].title()})"
        return f"{self.unit} {self.event}{rate}{whose}{named}"


@dataclass
class Consensus:
    """What the estimates of one measure, linked as one occurrence, support together."""

    measure: str  # the measure key
    label: str
    members: list[str]  # every figure of the group ("q<rowid>"), in time order
    current: list[str]  # each origin's latest estimate, the ones the range is read from
    low: Optional[float]  # the range they support: their overlap, or their spread (agree False)
    high: Optional[float]
    agree: bool
    origins: int  # named origins among the current estimates
    outliers: list[str]
    latest: str  # the latest observed estimate
    window: tuple[Optional[str], Optional[str]] = (None, None)  # the period of the latest estimate
    explanation: str = ""


@dataclass
class Check:
    """An arithmetic test of a relation a text states between figures."""

    facts: list[str]
    verdict: str  # consistent, inconsistent
    explanation: str
    kind: str = "part_of_whole"
    measure: Optional[str] = None  # a check across documents: the measure of its figures


#: The two axes of the Admiralty code: the reliability of a source, the credibility of what it says.
RELIABILITY = {"A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
               "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"}
CREDIBILITY = {1: "confirmed", 2: "probably true", 3: "possibly true", 4: "doubtful", 5: "improbable",
               6: "cannot be judged"}


class Grade(tuple):  # type: ignore[type-arg]
    """A two-part Admiralty grade: the reliability of the claim's source (A–F) and the
    credibility of the information (1–6), with the reasons; ``label`` is "B2".

    It is the pair ``(credibility, reasons)`` every reader of grades has always taken (it
    unpacks, indexes and compares with a plain pair as such) and carries the letter beside
    it; two grades are equal only when their letters are too.
    """

    reliability: str

    def __new__(cls, credibility: int, reasons: list[str], reliability: str = "F") -> "Grade":
        if reliability not in RELIABILITY:
            raise ValueError(f"source reliability {reliability!r} is not one of A–F")
        self = super().__new__(cls, (credibility, reasons))
        self.reliability = reliability
        return self

    def __getnewargs__(self) -> tuple[int, list[str], str]:  # type: ignore[override]
        return self[0], self[1], self.reliability

    @property
    def credibility(self) -> int:
        return self[0]  # type: ignore[no-any-return]

    @property
    def reasons(self) -> list[str]:
        return self[1]  # type: ignore[no-any-return]

    @property
    def label(self) -> str:
        """Reliability and credibility together, as the Admiralty code writes them: "B2"."""
        return f"{self.reliability}{self.credibility}"

    def meaning(self) -> str:
        """What the two parts say: "source usually reliable, information probably true"."""
        return (f"source {RELIABILITY[self.reliability]}, "
                f"information {CREDIBILITY.get(self.credibility, 'of unknown credibility')}")

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Grade) and other.reliability != self.reliability:
            return False
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = tuple.__hash__

    def __repr__(self) -> str:
        return f"Grade({self[0]!r}, {self[1]!r}, {self.reliability!r})"


@dataclass
class Analysis:
    """What the NLP step found in one document, ready to be stored."""

    document: Document
    claims: list[Claim]
    mentions: list[Mention]
    entities: list[Entity]
    # The document's most telling words and their weights (``recoupe.terms.word_terms``),
    # stored with it so that linking need not cut its text again; empty: none computed.
    terms: dict[str, float] = field(default_factory=dict)
