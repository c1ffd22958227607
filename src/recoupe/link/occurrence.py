"""Do two figures belong to one occurrence: the same earthquake, protest day, fire or war?

A measure says what is counted (deaths, protesters, hectares); it does not say which
earthquake. Two figures of one measure are compared only when their contexts say they are
about one occurrence:

* **the place**: the states named in each figure's paragraph (a capital counts; an
  organisation's state, or a state that speaks, is not a place), else the states its
  document names most; two figures placed in different states
  are different occurrences (an earthquake in Turkey, soldiers killed in Kursk);
* **the story**: the two documents must share enough of their words and of the entities they
  name, weighted by how rare each is in the documents' language (TF-IDF cosine, the rarity
  taken from wordfreq's word frequencies): two articles about one fire share its place names,
  its people and its vocabulary; two articles that merely both count deaths do not.

The weights are the language's, not the ledger's, so whether two documents tell one story
depends on those two alone: adding a document to the ledger changes no other pair, and a
re-link need only look at the measures the new figures touch.

This reads no language: words are runs of letters, places come from the entity mentions, and
how rare a word is comes from a frequency table of the document's language.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from typing import Iterable, Optional

from recoupe import gazetteer
from recoupe.gazetteer import subdivision_within
from recoupe.layout import DATELINE, DATELINE_AFTER_PLACE
from recoupe.model import Claim, Entity, Mention, Quantity
from recoupe.terms import TERMS, rarity, weight, word_terms

# Below this cosine two documents tell different stories.
MIN_SIMILARITY = 0.2
# The key of a region, a department or a province: its ISO 3166-2 code.
SUBDIVISION = "sub:"
PERSON = "per:"  # a person's entity key
# Entity keys that place a figure: states only. A town's name is too often another town's
# ("Newcastle"), and a region or a town stands inside its state anyway.
PLACE_KEYS = ("country:",)
CAPITAL = "capital:"  # a capital named as a town: "capital:FR"
TOWN_KEYS = ("city:", "loc:", SUBDIVISION, CAPITAL)


def _described(text: str, claim: Claim) -> range:
    """Where a person the claim cites is described, between the commas right after the name,
    before the claim's figures ("Selon Julien Marchal, chercheur à l'université de Rennes, le
    fichier …"): a place named there is where the person works, not where the figure is."""
    source = claim.source
    if source is None or not any(k.startswith(PERSON) for k in source.entity_keys) \
            or text[source.end:source.end + 1] != ",":
        return range(0)
    end = text.find(",", source.end + 1)
    first = min((q.start for q in claim.quantities), default=-1)
    if end < 0 or not source.end < end < first or "\n" in text[source.end:end]:
        return range(0)
    return range(source.end, end)


def _lead_end(text: str) -> int:
    """Where a document's headline and lead paragraph end (past a date line above the
    headline)."""
    lines = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text)][:3]
    lines = lines[:3] if lines and len(lines[0].group(0).strip()) <= DATELINE else lines[:2]
    return lines[-1].end() if lines else 0


def _datelines(text: str, mentions: list[Mention]) -> set[int]:
    """Where a dateline names a place ("PARIS, 9 juillet (AFP) -", "Paris, 9 juillet (AFP) -"):
    a name opening its paragraph, in capitals or followed by an agency and a dash, says where
    the dispatch was written, not where what it counts happened."""
    return {m.start for m in mentions if not text[text.rfind("\n", 0, m.start) + 1:m.start].strip(" \t-–—•*#")
            and (m.text.isupper() or DATELINE_AFTER_PLACE.match(text, m.end) is not None)}


# The remits of offices that count where they stand (crowds, for the police).
LOCAL_REMITS = ("interior",)


def _seats(text: str, mentions: list[Mention], claims: list[Claim]) -> set[int]:
    """Where a capital stands right before the office its claim quotes ("À Moscou, le ministère
    de la Défense a affirmé", "Depuis Washington, le Pentagone estime"): the seat of the state
    that speaks, not where what it counts happened. (A local office, one only described, and
    the police, which count crowds where they march, count in their town: "À Paris, la
    préfecture de police a compté 12 000 manifestants", "À Paris, le ministère de l'Intérieur a
    compté 12 000 manifestants".)"""
    offices = [c.source for c in claims if c.source is not None and c.source.office
               and c.source.office not in LOCAL_REMITS and (not c.source.described or c.source.office == "state")]
    if not offices:
        return set()
    # (A place by its name only: a scope, "Au niveau national, le ministère … en recense 6 020",
    # is the state's whole, no seat.)
    # (A state by its own name is where its office counts: "En Ukraine, le ministère de
    # l'Agriculture prévoit une récolte de 31,6 millions de tonnes" is Ukraine's harvest.)
    return {m.start for m in mentions if m.key.startswith("country:") and gazetteer.is_capital(m.text)
            and any(0 <= s.start - m.end <= 4 and not text[m.end:s.start].strip(" ,") for s in offices)}


def _name_words(key: str) -> frozenset[str]:
    return frozenset(_LETTERS.findall(key.split(":", 1)[-1]))


_LETTERS = re.compile(r"[^\W\d_]+")


def subdivision_codes(keys: Iterable[str]) -> set[str]:
    """The ISO 3166-2 codes of the regions and departments among place keys."""
    return {k[len(SUBDIVISION):] for k in keys if k.startswith(SUBDIVISION)}


# Towns this close are one scene of one occurrence: the port the rescued are landed at and the
# coast they were rescued off, the airport a convoy left and the capital it reached.
NEIGHBOURS_KM = 40.0


def _neighbours(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether a town of ``a`` and a town of ``b`` stand within ``NEIGHBOURS_KM`` of each other."""
    for x in a:
        for y in b:
            if not x.startswith(SUBDIVISION) and not y.startswith(SUBDIVISION):
                d = gazetteer.distance_km(x, y)
                if d is not None and d <= NEIGHBOURS_KM:
                    return True
    return False


def _share_a_name(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of place keys may name one place: a longer name holding a shorter one
    ("Var" in "préfecture du Var"), a department and its region, or a region and a town (which
    region a town is in is not known, so it may be in it)."""
    if a & b:
        return True
    wa = [_name_words(k) for k in a if not k.startswith(SUBDIVISION)]
    wb = [_name_words(k) for k in b if not k.startswith(SUBDIVISION)]
    if wa and wb:  # towns on both sides: they tell, unless they are neighbours
        return any(x and y and (x <= y or y <= x) for x in wa for y in wb) or _neighbours(a, b)
    sa, sb = subdivision_codes(a), subdivision_codes(b)
    if sa and sb:
        return any(subdivision_within(x, y) or subdivision_within(y, x) for x in sa for y in sb)
    return True  # a region on one side, a town on the other


class Occurrences:
    """Per-document word vectors and per-paragraph places, computed once per re-link."""

    def __init__(self, texts: dict[str, str], mentions: dict[str, list[Mention]], entities: Iterable[Entity],
                 claims: Iterable[Claim] = (), langs: Optional[dict[str, str]] = None,
                 terms: Optional[dict[str, dict[str, float]]] = None) -> None:
        # Places only: a state, a city, a region. An organisation's state (the Pentagon's)
        # says who speaks, not where the thing counted happened.
        country_of = {e.key: e.country for e in entities if e.country and e.key.startswith(PLACE_KEYS)}
        town_of = {e.key: e.country for e in entities if e.country and e.key.startswith(TOWN_KEYS)}
        self._state_of_town = town_of
        # Each document's words and entities, weighed when two of its figures are first
        # compared with another document's (``_vector``): a re-link reads more documents
        # around the new figures than it compares.
        self._vectors: dict[str, dict[str, float]] = {}
        self._mentions = mentions
        self._langs = langs or {}
        self._terms = terms or {}  # the words each document was stored with (``recoupe.terms``)
        self._texts = texts
        # Each mention's state, in text order, and the state each document names most.
        self._placed: dict[str, list[tuple[int, str]]] = {}
        self._remits: dict[str, list[tuple[int, str]]] = {}
        self._remit_keys: dict[str, list[tuple[int, str]]] = {}
        self._main: dict[str, frozenset[str]] = {}
        # A state that speaks ("selon le Pentagone", "Moscou affirme") is a source, not a place.
        speaking: dict[str, set[int]] = {}
        claims = list(claims)
        # Each claim's claim before it in its document.
        self._before: dict[tuple[str, int], Claim] = {}
        last: dict[str, Claim] = {}
        for c in sorted(claims, key=lambda c: (c.document, c.start)):
            if c.document in last:
                self._before[(c.document, c.start)] = last[c.document]
            last[c.document] = c
        by_doc: dict[str, list[Claim]] = {}
        for c in claims:
            by_doc.setdefault(c.document, []).append(c)
            if c.source is not None:
                speaking.setdefault(c.document, set()).update(range(c.source.start, c.source.end))
                speaking[c.document].update(_described(texts.get(c.document, ""), c))
        self._towns: dict[str, list[tuple[int, str]]] = {}
        self._ends: dict[str, dict[int, int]] = {}  # where each mention ends, by its start
        # Every place each document names (those the gazetteer does not place too), for figures
        # of one document, which one reading of the text tells apart.
        self._named: dict[str, list[tuple[int, str]]] = {}
        self._states: dict[str, list[tuple[int, str]]] = {}  # the states named, not by a capital
        self._lead: dict[str, frozenset[str]] = {}
        for doc, ms in mentions.items():
            said = speaking.get(doc, set()) | _datelines(texts.get(doc, ""), ms) \
                | _seats(texts.get(doc, ""), ms, by_doc.get(doc, []))
            placed = [(m.start, country_of[m.key]) for m in ms if m.key in country_of and m.start not in said]
            # A region a local body is named by ("le conseil départemental du Loiret", "selon la
            # préfecture des Pyrénées-Atlantiques") is its remit, where what it counts happens: its
            # state places what a paragraph naming no other says, or an article naming none (no
            # town: and a state that speaks, "selon Moscou", places nothing).
            self._remit_keys[doc] = sorted((m.start, m.key) for m in ms if m.key.startswith(SUBDIVISION) and m.key in town_of)
            self._remits[doc] = [(at, town_of[key]) for at, key in self._remit_keys[doc]]
            if not placed:
                placed = list(self._remits[doc])
            # A town places a figure when its document names the town's state too: "Kerman" in
            # an article on Iran, not "Newcastle" (Australia) in an article on a transfer. A
            # region, whose name is its state's alone, places it by itself: "aux Canaries".
            states = {cc for _, cc in placed}
            towns = [(m.start, m.key) for m in ms if m.key in town_of and m.start not in said
                     and (town_of[m.key] in states or m.key.startswith(SUBDIVISION))]
            placed = sorted(placed + [(at, town_of[key]) for at, key in towns])
            if not states:
                # An article that names no state (regional news: "dans l'Aude, près de
                # Lagrasse") is placed by its towns alone, which tell two fires apart.
                towns = [(m.start, m.key) for m in ms if m.key in town_of and m.start not in said]
            # A capital is its state's when it speaks ("Paris dément"), but a town where a
            # figure is counted ("12 000 manifestants à Paris" against "95 000 en France").
            towns += [(m.start, f"{CAPITAL}{m.key[len('country:'):]}") for m in ms
                      if m.key.startswith("country:") and m.start not in said and gazetteer.is_capital(m.text)]
            self._towns[doc] = sorted(towns)
            self._ends[doc] = {m.start: m.end for m in ms}
            self._named[doc] = sorted([(m.start, m.key) for m in ms
                                       if m.key.startswith(PLACE_KEYS + TOWN_KEYS) and m.start not in said]
                                      + [t for t in towns if t[1].startswith(CAPITAL)])
            capitals = {at for at, key in towns if key.startswith(CAPITAL)}
            self._states[doc] = [(at, key) for at, key in self._named[doc]
                                 if key.startswith(PLACE_KEYS) and at not in capitals]
            self._placed[doc] = placed
            # (A state the headline or the lead names counts twice: the story happens there.)
            lead = _lead_end(texts.get(doc, ""))
            named = Counter(cc for at, cc in placed for _ in range(2 if at < lead else 1))
            top = max(named.values(), default=0)
            # The states it names most (a tie, or a close second, is part of the story), when
            # named more than once: a state named once in passing does not place a document.
            self._main[doc] = frozenset(cc for cc, k in named.items() if 2 * k >= top and k >= 2)
        self._similar: dict[tuple[str, str], float] = {}
        self._places: dict[tuple[str, int], frozenset[str]] = {}
        self._town_cache: dict[tuple[str, int], frozenset[str]] = {}

    def _paragraph(self, claim: Claim) -> tuple[int, int]:
        text = self._texts.get(claim.document, "")
        start = text.rfind("\n", 0, claim.start) + 1
        end = text.find("\n", claim.end)
        return start, len(text) if end < 0 else end

    def _in_paragraph(self, claim: Claim, found: dict[str, list[tuple[int, str]]]) -> frozenset[str]:
        start, end = self._paragraph(claim)
        items = found.get(claim.document, [])
        lo = bisect_left(items, (start, ""))
        hi = bisect_left(items, (end, ""))
        return frozenset(value for _, value in items[lo:hi])

    def _states_of(self, document: str, towns: frozenset[str]) -> frozenset[str]:
        """The state of a figure's towns and regions (keys), when every town its document names
        lies in that one state (a town's name another state's town bears, "Bellevue" in an
        article on Saint-Étienne, places nothing)."""
        def state(t: str) -> Optional[str]:
            return t[len(CAPITAL):] if t.startswith(CAPITAL) else self._state_of_town.get(t)
        every = {state(t) for _, t in self._towns.get(document, [])}
        return frozenset(every) if towns and len(every) == 1 and None not in every else frozenset()

    def within(self, place: str, states: frozenset[str]) -> bool:
        """Whether a town or region (its key) lies in one of ``states`` (keys: "country:FR")."""
        country = self._state_of_town.get(place)
        return country is not None and f"country:{country}" in states

    def places(self, claim: Claim) -> frozenset[str]:
        """The states a claim's paragraph names, else those of the local bodies it names (their
        remits), else its document's main state, else none."""
        key = (claim.document, claim.start)
        cached = self._places.get(key)
        if cached is None:
            cached = self._in_paragraph(claim, self._placed) or self._in_paragraph(claim, self._remits) \
                or self._main.get(claim.document, frozenset())
            self._places[key] = cached
        return cached

    def towns(self, claim: Claim) -> frozenset[str]:
        """The towns and regions a claim's paragraph names (those its document places)."""
        key = (claim.document, claim.start)
        cached = self._town_cache.get(key)
        if cached is None:
            # A capital places the figures of its own claim only: named elsewhere in the
            # paragraph, it is as often the state's ("Lusaka" for Zambia's government).
            cached = self._town_cache[key] = frozenset(
                k for k in self._in_paragraph(claim, self._towns) if not k.startswith(CAPITAL))
        return cached

    def claim_towns(self, claim: Claim) -> frozenset[str]:
        """The towns and regions the claim itself names ("À Lyon, ils étaient 22 000")."""
        items = self._towns.get(claim.document, [])
        lo = bisect_left(items, (claim.start, ""))
        hi = bisect_left(items, (claim.end, ""))
        return frozenset(value for _, value in items[lo:hi])

    def figure_towns(self, claim: Claim, q: Quantity) -> frozenset[str]:
        """The towns and regions the claim names for one of its figures. Each goes to the
        figure it qualifies: the one right after it in parentheses ("l'Auvergne-Rhône-Alpes
        (88)"), else the one before it with no comma between ("80 000 foyers privés
        d'électricité en Bretagne, dont 31 000 dans le Finistère"), else the nearest."""
        owned = self._owned(claim, q, self._towns)
        if owned or not q.unit_inherited or self._owned(claim, q, self._named):
            return owned  # (one that names its state is that state's: "contre 37 dans toute la France")
        # A figure that leaves out what it counts is the figure before it told again, for
        # another day or by another source ("23 foyers dans les Landes, contre quatorze la
        # semaine dernière"): it is of that figure's place unless it names its own.
        before = [f for f in claim.quantities if f.end <= q.start]
        return self._owned(claim, max(before, key=lambda f: f.start), self._towns) if before \
            else self._told_before(claim, q)

    def _towns_for(self, claim: Claim, q: Optional[Quantity]) -> frozenset[str]:
        named = self.claim_towns(claim)
        if q is not None and len(named) > 1:
            return self.figure_towns(claim, q) or named
        return named or self.towns(claim) or self._remit_of(claim)

    def _remit_of(self, claim: Claim) -> frozenset[str]:
        """The region a claim's own source is named by, when its paragraph names no town and its
        document names that region, and no other, as a place too: "38 brebis, selon la
        préfecture de l'Aveyron" in an article on the Aveyron are the Aveyron's (not "la
        préfecture maritime de la Manche" in an article on the Pas-de-Calais's shore)."""
        source = claim.source
        if source is None:
            return frozenset()
        items = self._remit_keys.get(claim.document, [])
        lo = bisect_left(items, (source.start, ""))
        hi = bisect_left(items, (source.end, ""))
        regions = {key for _, key in self._towns.get(claim.document, []) if key.startswith(SUBDIVISION)}
        return frozenset(key for _, key in items[lo:hi] if regions == {key})

    def state_of(self, town: str) -> Optional[str]:
        """The state (ISO code) a town, region or capital key lies in, when known."""
        if town.startswith(CAPITAL):
            return town[len(CAPITAL):]
        if town.startswith(SUBDIVISION):
            return town[len(SUBDIVISION):].split("-")[0]
        return self._state_of_town.get(town)

    def figure_places(self, claim: Claim, q: Quantity) -> frozenset[str]:
        """Every place, states included, the claim names for one of its figures."""
        return self._owned(claim, q, self._named)

    def figure_states(self, claim: Claim, q: Quantity) -> frozenset[str]:
        """The states the claim names for one of its figures by their own name, not by a
        capital's ("dans toute la France", not "à Paris")."""
        return self._owned(claim, q, self._states)

    def _owned(self, claim: Claim, q: Quantity, found: dict[str, list[tuple[int, str]]]) -> frozenset[str]:
        """The places of ``found`` the claim names for its figure ``q``: each goes to the
        figure it qualifies (see ``figure_towns``)."""
        items = found.get(claim.document, [])
        lo = bisect_left(items, (claim.start, ""))
        hi = bisect_left(items, (claim.end, ""))
        if len(claim.quantities) < 2:
            return frozenset(value for _, value in items[lo:hi])
        ends = self._ends.get(claim.document, {})
        text = self._texts.get(claim.document, "")
        figures = sorted(claim.quantities, key=lambda f: f.start)

        def owner(start: int, end: int) -> Quantity:
            after = next((f for f in figures if f.start >= end), None)
            before = next((f for f in reversed(figures) if f.end <= start), None)
            if after is not None and not text[end:after.start].strip(" ()"):
                return after
            if before is not None and "," not in text[before.end:start]:
                return before
            return min(figures, key=lambda f: max(0, f.start - end, start - f.end))

        # (A state named before every figure of its claim is the scope of them all: "Au niveau
        # national, le ministère en recense 6 020, ainsi que 131 décès".)
        return frozenset(key for start, key in items[lo:hi]
                         if owner(start, ends.get(start, start)) is q
                         or key.startswith(PLACE_KEYS) and ends.get(start, start) <= figures[0].start)

    def _told_before(self, claim: Claim, q: Quantity) -> frozenset[str]:
        """The towns of the figure a figure with no unit of its own tells again from the claim
        before it in its paragraph ("80 000 foyers restaient privés d'électricité en Bretagne
        et en Normandie. Le gestionnaire de réseau en dénombrait 250 000 lundi matin")."""
        previous = self._before.get((claim.document, claim.start))
        if previous is None or previous.paragraph != claim.paragraph:
            return frozenset()
        same = [f for f in previous.quantities if f.unit == q.unit]
        return self.figure_towns(previous, same[0]) if same else frozenset()  # its head count, not a part

    def named_places(self, claim: Claim) -> frozenset[str]:
        """Every place the claim itself names, states, towns and regions alike."""
        items = self._named.get(claim.document, [])
        lo = bisect_left(items, (claim.start, ""))
        hi = bisect_left(items, (claim.end, ""))
        return frozenset(value for _, value in items[lo:hi])

    def places_named(self, c: Claim, q: Optional[Quantity] = None) -> frozenset[str]:
        """The places a figure's own words name (``q``), else its claim's."""
        return self.figure_places(c, q) if q is not None else self.named_places(c)

    def same_place_in_one_document(self, a: Claim, b: Claim, qa: Optional[Quantity] = None,
                                   qb: Optional[Quantity] = None) -> bool:
        """Whether two claims of one document (or two of their figures, ``qa`` and ``qb``) can
        be about one place: they name none, or places in common, or only one names a state
        ("dans toute la France"); not when one names a town or region the other does not ("À
        Lampedusa, 71 500" against "105 000"), unless one sentence sets them side by side
        ("12 000 manifestants à Paris selon la police, 40 000 selon les syndicats")."""
        pa, pb = self.places_named(a, qa), self.places_named(b, qb)
        if pa & pb or pa == pb:
            return True
        if pa and pb:
            return False
        placeless = qb if pa else qa
        placed, unplaced = (pa, b) if pa else (pb, a)
        if all(k.startswith(PLACE_KEYS) for k in placed) and self.towns(unplaced):
            # A state's whole against a figure of a paragraph on one of its regions: "La province
            # du Sud-Kivu a enregistré 41 décès. Au niveau national, le ministère en recense 131".
            return False
        if a.paragraph == b.paragraph and abs(a.sentence - b.sentence) == 1:
            # The rival told in the next sentence answers the count before it: "La préfecture
            # a dénombré 1 450 taxis à Marseille. La fédération revendique pour sa part « plus
            # de 4 000 véhicules »".
            return True
        if a.sentence == b.sentence and (placeless is None or placeless.unit_inherited):
            # The rival that leaves out what it counts tells the other's count again: "12 000
            # manifestants à Paris selon la police, 40 000 selon les syndicats"; not a count of
            # its own ("800 hectares dans le Gard, alors que 2 300 hectares ont brûlé depuis le
            # début de l'été").
            return True
        # A town the headline or the lead names is where the story happens, not a part of it.
        lead = self.lead_places(a.document)
        return not any(k.startswith(TOWN_KEYS) and k not in lead for k in pa | pb)

    def lead_places(self, doc: str) -> frozenset[str]:
        """The places a document's headline and lead name: where its story happens."""
        found = self._lead.get(doc)
        if found is None:
            end = _lead_end(self._texts.get(doc, ""))
            items = self._named.get(doc, [])
            found = self._lead[doc] = frozenset(key for _, key in items[:bisect_left(items, (end, ""))])
        return found

    def _vector(self, doc: str) -> dict[str, float]:
        """The document's most telling words (those stored with it, else its text's), and the
        entities it names (as one token each: "Pyongyang" and "la Corée du Nord" are one
        state, "l'OSC" and "l'Open Source Center" one organisation), weighed by their rarity
        in its language, once."""
        found = self._vectors.get(doc)
        if found is None:
            if doc not in self._texts:
                return {}
            lang = self._langs.get(doc, "fr")
            terms = self._terms.get(doc) or word_terms(self._texts[doc], lang)
            c: Counter[str] = Counter()
            names: dict[str, str] = {}
            for m in self._mentions.get(doc, []):  # an entity is as rare as its name ("France", "Finistère"), not its key
                c[f"@{m.key}"] += 1
                names.setdefault(f"@{m.key}", m.text)
            weights = sorted([(x, w) for w, x in terms.items()]
                             + [(weight(k, rarity(names[w].lower(), lang)), w) for w, k in c.items()],
                             reverse=True)[:TERMS]
            norm = math.sqrt(sum(x * x for x, _ in weights)) or 1.0
            found = self._vectors[doc] = {w: x / norm for x, w in weights}
        return found

    def similarity(self, a: str, b: str) -> float:
        """Cosine of the two documents' TF-IDF vectors (1.0 for one document)."""
        if a == b:
            return 1.0
        key = (a, b) if a < b else (b, a)
        found = self._similar.get(key)
        if found is None:
            va, vb = self._vector(a), self._vector(b)
            # Over the terms both share only (a set intersection, done in C): most are not.
            found = self._similar[key] = sum(va[w] * vb[w] for w in va.keys() & vb.keys())
        return found

    def same(self, a: Claim, b: Claim, campaign: bool = False, qa: Optional[Quantity] = None,
             qb: Optional[Quantity] = None) -> tuple[bool, str]:
        """Whether two claims (or two of their figures, ``qa`` and ``qb``) can be about one
        occurrence, and why not when they cannot. A state's campaign (its troops or shells sent
        to a war) spans the states of that war: the sender, the front and the capital an
        estimate is told from are no other occurrence."""
        if not campaign:
            pa, pb = self.places(a), self.places(b)
            if pa and pb and not pa & pb:
                return False, f"placed in different states ({', '.join(sorted(pa))} / {', '.join(sorted(pb))})"
            # The towns a figure's claim names for it ("à Lyon (21 000 selon la préfecture) et à
            # Toulouse (18 000 selon la police)"), else those the claim names, else its paragraph's.
            ta, tb = self._towns_for(a, qa), self._towns_for(b, qb)
            if ta and tb and not _share_a_name(ta, tb):
                return False, "placed in different towns or regions"
            # A figure placed by its towns only is in their states: "à Abidjan" is no French
            # motorway's pile-up.
            sa, sb = pa or self._states_of(a.document, ta), pb or self._states_of(b.document, tb)
            if sa and sb and not sa & sb:
                return False, f"placed in different states ({', '.join(sorted(sa))} / {', '.join(sorted(sb))})"
        similar = self.similarity(a.document, b.document)
        if similar < MIN_SIMILARITY:
            return False, f"the two documents tell different stories (similarity {similar:.2f})"
        return True, ""
