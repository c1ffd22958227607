"""The ``recoupe_entities`` component: entity mentions resolved to keys within a document.

Mentions come from spaCy's NER (cleaned of footnote markers and headline debris), acronyms
defined in parentheses ("Open Source Center (OSC)"), state metonyms ("le régime
nord-coréen", "le Kremlin") and source phrases NER misses ("le renseignement britannique").
Each mention gets a key: ``country:KP`` for a state and its capital, ``city:<geonameid>`` for a
city, ``sub:<ISO 3166-2 code>`` for a region, a department or a province, ``per:``/``org:`` plus
a normalised name otherwise, so spelling variants ("Center" /
"Centre", "Kim Jong-Un" / "Kim Jong Un") share a key. The source records of
``recoupe_attribution`` get the keys of the entities behind them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from recoupe import gazetteer, lang
from recoupe.lang.fr import cues
from recoupe.lang.fr.demonyms import (LANDMARK_NOUNS, NATION_SCOPES, PERIPHRASES, SCOPE_ANAPHOR_BEFORE,
                                      SCOPE_ANAPHOR_FOLLOWERS, SCOPE_ANAPHORS, STATE_NOUNS)
from recoupe.nlp import extensions, guard  # noqa: F401  (extensions declares the Doc extensions)
from recoupe.nlp.spans import GrowingSpans
from recoupe.nlp.textnorm import fold, phrase_pattern

_ACRONYM = re.compile(r"\(\s*(?P<acr>[A-Z][A-Za-z0-9&\-]{1,11})\s*\)")
_NAME_WORD = re.compile(r"[\w’'\-&.]+")
_FUNCTION = {"of", "for", "the", "and", "on", "in", "at", "de", "du", "des", "la", "le", "les", "d'",
             "l'", "et", "pour", "à", "en", "d’", "l’", "&"}
_ENGLISH_FUNCTION = {"of", "for", "the", "and", "on", "in", "at", "&"}
_METONYM = re.compile(rf"(?<![\w\-])(?:le|la|les|l')\s*(?:{phrase_pattern(STATE_NOUNS)})\s+[\w\-]+")
_PERIPHRASE = re.compile(rf"(?<![\w\-])(?:{phrase_pattern(PERIPHRASES)})(?![\w\-])")
_PERIPHRASE_CITY = {fold(k): v for k, v in PERIPHRASES.items()}
_NATION_SCOPE = re.compile(rf"(?<![\w\-])(?:{phrase_pattern(NATION_SCOPES)})(?![\w\-])")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d][\w']*)")
# "dans la région", "de l'académie" with no name after: the kind points back (SCOPE_ANAPHORS).
_SCOPE_ANAPHOR = re.compile(rf"(?<![\w\-])(?:{phrase_pattern(SCOPE_ANAPHOR_BEFORE)})\s*(?P<kind>"
                            rf"{phrase_pattern(SCOPE_ANAPHORS)})(?![\w\-])(?!\s+(?:(?:de|du|des)\s+|d')\S)")
_LANDMARK_BEFORE = re.compile(rf"(?<![\w\-])(?:{phrase_pattern(LANDMARK_NOUNS)})\s+(?:de\s+la\s+|de\s+l'|de\s+|d'|du\s+|des\s+)$",
                              re.IGNORECASE)
_LEADING = re.compile(rf"^(?:(?:{phrase_pattern(cues.NAME_STRIP)})(?:\s+|(?<=')))+", re.IGNORECASE)
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
_PERSON_TITLES = {fold(t) for t in cues.PERSON_TITLES}
_TRAILING_FOOTNOTE = re.compile(r"\s+\d{1,2}$")
_SPOKES = {fold(w) for w in cues.SPOKESPERSON_NOUNS} | {"renseignement", "services", "service",
                                                        "sources", "source", "militaires", "officiels"}


def _clean(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim an entity span: spaces, quotes, a trailing footnote digit, a leading article."""
    while start < end and (text[start].isspace() or text[start] in "«\"'’-–(["):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "»\"'’,.;:)]"):
        end -= 1
    foot = _TRAILING_FOOTNOTE.search(text[start:end])
    if foot:
        end = start + foot.start()
    m = _LEADING.match(text[start:end])
    if m and m.end() < end - start:
        start += m.end()
    return start, end


def is_english_style(name: str) -> bool:
    """A name of capitalised words joined by English function words ("Open Source Centre")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in _ENGLISH_FUNCTION for w in words)


def _acronym_long_form(text: str, paren_start: int, acronym: str) -> Optional[tuple[int, int]]:
    """The words before "(ACR)" whose initials spell ACR, skipping function words: capitalised
    words ("Open Source Centre (OSC)"), or, for three letters or more, the lower-case words a
    public body's name is written in ("l'agence régionale de santé (ARS)", "le service
    départemental d'incendie et de secours (Sdis)")."""
    before = text[max(0, paren_start - 160):paren_start]
    offset = paren_start - len(before)
    words = [(m.start() + offset, m.end() + offset, m.group(0)) for m in _NAME_WORD.finditer(before)]
    letters = [c for c in acronym.upper() if c.isalpha()]
    i = len(letters) - 1
    j = len(words) - 1
    first = None
    while j >= 0 and i >= 0:
        w = words[j][2]
        bare = re.sub(r"^[ldLD]['’]", "", w)
        if w.lower() in _FUNCTION:
            j -= 1
            continue
        if bare[:1].upper() == letters[i] and (bare[:1].isupper() or len(letters) >= 3 and bare[:1].isalpha()):
            first = j
            i -= 1
            j -= 1
            continue
        return None
    if i >= 0 or first is None:
        return None
    start = words[first][0]
    w0 = words[first][2]
    if re.match(r"^[ldLD]['’]", w0):
        start += 2
    return start, words[-1][1]


class _Resolver:
    """Assigns keys to mention texts within one document."""

    def __init__(self) -> None:
        self.acronyms: dict[str, str] = {}
        self.people: dict[str, str] = {}  # surname → key of the full name

    def key(self, text: str, label: str, definite: bool = False) -> tuple[str, str, Optional[str], str]:
        """(key, type, country, display name) for a mention (``definite``: a definite article
        stands before it, as before a department and not before a town)."""
        if text in self.acronyms:
            return self.acronyms[text], "ORG", None, text
        if label in ("LOC", "GPE"):
            ranked = _ADMIN_BEFORE.match(text)
            if ranked and ranked.end() < len(text) and (gazetteer.subdivision(text[ranked.end():]) is not None
                                                         or gazetteer.resolve_place(text[ranked.end():]) is not None):
                text, definite = text[ranked.end():], True  # "la province du Sud-Kivu": the Sud-Kivu
        if label in ("LOC", "GPE", "MISC", "ORG"):
            place = gazetteer.resolve_place(text)
            sub = gazetteer.subdivision(text) if definite and label in ("LOC", "GPE") else None
            if sub is not None and (place is None or place.kind != "country"):
                return f"sub:{sub[0]}", "LOC", sub[1], sub[2]
            if place is not None:
                kind = "GPE" if place.kind in ("country", "capital") else "LOC"
                name = gazetteer.country_names(place.country)[0] if kind == "GPE" else (place.name_fr or place.name)
                return place.key, kind, place.country, name
            state = gazetteer.state_metonym(text)
            if state is None and label in ("LOC", "GPE", "MISC") and text[:1].isupper() and " " not in text.strip() \
                    and (people := gazetteer.demonym_country(text)) is not None:
                # "Les Suisses ont rejeté …", "trois Français blessés": a state's people, which
                # place nothing (neither a town of it nor the state: its people may be abroad)
                return f"people:{people}", "MISC", None, text
            if state:
                return f"country:{state}", "GPE", state, gazetteer.country_names(state)[0]
        norm = gazetteer.normalise_name(text)
        if _ACRONYM_WORD.fullmatch(text):
            return f"org:{norm}", "ORG", None, text  # "OSC" tagged as a place is an acronym
        first, _, rest = text.partition(" ")
        if _ACRONYM_WORD.fullmatch(first) and rest and (_PLACED_NAME.match(" " + rest) or gazetteer.is_local_place(rest)):
            # "ARS des Hauts-de-France", "ARS Occitanie", "SDIS du Var" tagged as a place: a body and its place.
            return f"org:{norm}", "ORG", None, text
        if label == "PER":
            words = norm.split()
            if len(words) == 1 and words[0] in self.people:
                return self.people[words[0]], "PER", None, text
            key = f"per:{norm}"
            if len(words) > 1:
                self.people.setdefault(words[-1], key)
            return key, "PER", None, text
        kind = "ORG" if label in ("ORG", "MISC") else label
        if kind == "ORG":
            return f"org:{norm}", kind, None, text
        # A region or a department places a figure within its state ("87 cas en Occitanie"),
        # keyed by its ISO 3166-2 code, which tells in which region a department lies.
        sub = gazetteer.subdivision(text) if kind in ("LOC", "GPE") else None
        if sub is not None:
            return f"sub:{sub[0]}", "LOC", sub[1], sub[2]
        town = gazetteer.town_of_compound(text) if kind == "LOC" else None
        if town is not None:  # "Lyon-Bron", "Grenoble-Saint-Geoirs": a station or an airport of a town
            return town.key, "LOC", town.country, text
        return f"loc:{norm}", kind, None, text


def _towns_of_named_states(text: str, mentions: list[dict]) -> None:
    """Read a town whose name towns of several states bear as the one in a state its article
    names (a state, a region or a department), else in the home state of the language: "Brest"
    beside "le Finistère" is the French port. A name after a definite article that only a town of
    a state the article never names bears is a land's, no town ("les côtes du Léon" in an
    article on the Finistère, not León in Mexico)."""
    # The states an article names: by name, by a region, or by a town no other state's bears
    # ("Montréal" names Canada; "Laval" or "Vienne", which several states' towns bear, names none).
    # Those it names most first, its home state first among equals ("Valence, dans la Drôme" in
    # an article that names Spain once is the French town; "Mons" among Liège, Anderlecht and
    # Bruges the Belgian one).
    counts = Counter(m["country"] for m in mentions if m["country"] and (
        m["key"].startswith("sub:") or m["key"].startswith("country:") and not gazetteer.is_capital(m["text"])
        or (m["key"].startswith("city:") or gazetteer.is_capital(m["text"])) and not gazetteer.towns_named(m["text"])))
    named = sorted(counts, key=lambda state: (-counts[state], state != cues.HOME_STATE, state))
    for m in mentions:
        if m["key"].startswith("country:") and gazetteer.is_capital(m["text"]) and named and m["country"] not in named:
            # "Vienne, en Isère", "Tripoli, dans le nord du Liban": a town of the state named.
            town = gazetteer.town_in(m["text"], named)
            if town is not None:
                m.update(key=town.key, country=town.country, name=town.name_fr or town.name)
            continue
        if m["key"].startswith("loc:"):
            # "La Rochelle", "au Mans": the name the tagger took without its article.
            town = _town_with_its_article(text, m, named or (cues.HOME_STATE,))
            if town is not None:
                m.update(key=town.key, country=town.country, name=town.name_fr or town.name)
            continue
        if not m["key"].startswith("city:") or m["country"] in named and not gazetteer.towns_named(m["text"]):
            continue
        town = gazetteer.town_in(m["text"], named or (cues.HOME_STATE,))
        if town is None and named and m["country"] != cues.HOME_STATE \
                and _TOWN_ARTICLE_BEFORE.search(text, max(0, m["start"] - 5), m["start"]):
            town = _town_with_its_article(text, m, named)
            if town is None:  # "les côtes du Léon": a land's name
                m.update(key=f"loc:{gazetteer.normalise_name(m['text'])}", country=None, name=m["text"])
                continue
        if town is not None and town.key != m["key"]:
            m.update(key=town.key, country=town.country, name=town.name_fr or town.name)


def _town_with_its_article(text: str, m: dict, states: list[str] | tuple[str, ...]) -> Optional[gazetteer.Place]:
    """The town of ``states`` whose name is a mention's with the article before it ("La
    Rochelle", "au Mans" for "Le Mans"), or None."""
    article = _TOWN_ARTICLE_BEFORE.search(text, max(0, m["start"] - 5), m["start"])
    if article is None:
        return None
    word = article.group("article").strip("'’").lower()
    return gazetteer.town_in(f"{cues.ARTICLE_OF_CONTRACTION.get(word, word)} {m['text']}", states)


def _seats_of_bodies(text: str, mentions: list[dict]) -> None:
    """Make a town named as the seat of a body ("le parquet d'Albertville", "au CHU de
    Grenoble") part of the body's name: one organisation, no place of what its article counts
    (and the only mention of its words)."""
    bodies = []
    for m in mentions:
        if not m["key"].startswith(("city:", "loc:")):
            continue
        seat = _SEAT_BEFORE.search(text, max(0, m["start"] - 40), m["start"])
        if seat is None:
            continue
        start = seat.start("noun")
        name = text[start:m["end"]]
        m.update(start=start, text=name, label="ORG", key=f"org:{gazetteer.normalise_name(name)}", name=name,
                 country=None)
        bodies.append(m)
    if bodies:
        mentions[:] = [m for m in mentions if m in bodies
                       or not any(b["start"] <= m["start"] and m["end"] <= b["end"] for b in bodies)]


_SEAT_BEFORE = re.compile(rf"(?<![\w])(?P<noun>{phrase_pattern(sorted(cues.SEAT_NOUNS, key=len, reverse=True))})\s+"
                          rf"(?:{phrase_pattern(cues.SEAT_LINKS)})\s*$", re.IGNORECASE)
_ADMIN_BEFORE = re.compile(rf"(?:{phrase_pattern(cues.ADMIN_NOUNS)})\s+(?:{phrase_pattern(cues.ADMIN_LINKS)})\s*",
                           re.IGNORECASE)
# The article a town's name may hold, written before the name or in a contraction ("au Mans").
_TOWN_ARTICLE_BEFORE = re.compile(rf"(?:^|[\s'’])(?P<article>{phrase_pattern(cues.TOWN_ARTICLES)})\s*$", re.IGNORECASE)
# A definite article right before a name: "la Vienne", "le Var", "du Gers", "des Landes".
_DEFINITE_BEFORE = re.compile(r"(?:^|[\s'’])(?:la|le|les|du|des|l['’])\s*$", re.IGNORECASE)


def find_mentions(doc: Doc) -> list[dict]:
    """Entity mentions of ``doc`` with their keys; also fills ``entity_keys`` of its sources."""
    text = extensions.text_of(doc)
    resolver = _Resolver()
    mentions: list[dict] = []
    taken = GrowingSpans()  # the spans of ``mentions``, asked about for every new one

    def add(start: int, end: int, label: str, key_text: Optional[str] = None) -> Optional[dict]:
        start, end = _clean(text, start, end)
        surface = text[start:end]
        if end - start < 2 or "\n" in surface or not any(c.isupper() for c in surface[:1] + surface):
            return None
        if taken.overlaps(start, end):
            return None
        # "la Vienne", "dans le Var": a department, where "à Vienne" is the capital.
        definite = _DEFINITE_BEFORE.search(text, max(0, start - 4), start) is not None
        key, kind, country, name = resolver.key(key_text or surface, label, definite)
        m = {"start": start, "end": end, "text": surface, "label": kind, "key": key, "name": name,
             "country": country}
        mentions.append(m)
        taken.add(start, end)
        return m

    # Acronyms first, so that later "OSC" mentions and the long form share one key.
    for m in _ACRONYM.finditer(text):
        acr = m.group("acr")
        span = _acronym_long_form(text, m.start(), acr)
        if span is None:
            ent = next((e for e in doc.ents if 0 <= m.start() - e.end_char <= 2), None)
            if ent is None:
                continue
            span = (ent.start_char, ent.end_char)
        s, e = _clean(text, *span)
        long_form = text[s:e]
        key = f"org:{gazetteer.normalise_name(long_form)}"
        resolver.acronyms[acr] = key
        resolver.acronyms[long_form] = key
        mentions.append({"start": s, "end": e, "text": long_form, "label": "ORG", "key": key,
                         "name": long_form, "country": None})
        a, b = m.start("acr"), m.end("acr")
        mentions.append({"start": a, "end": b, "text": acr, "label": "ORG", "key": key, "name": long_form,
                         "country": None})
        taken.add(s, e)
        taken.add(a, b)
    folded = fold(text)
    for m in _METONYM.finditer(folded):
        iso = gazetteer.state_metonym(text[m.start():m.end()])
        if iso:
            s, e = _clean(text, m.start(), m.end())
            if not taken.overlaps(s, e):
                mentions.append({"start": s, "end": e, "text": text[s:e], "label": "GPE",
                                 "key": f"country:{iso}", "name": gazetteer.country_names(iso)[0],
                                 "country": iso})
                taken.add(s, e)
    for m in _PERIPHRASE.finditer(folded):
        place = gazetteer.resolve_place(_PERIPHRASE_CITY.get(" ".join(m.group(0).split()), ""))
        s, e = m.start(), m.end()
        if place is not None and not taken.overlaps(s, e):
            mentions.append({"start": s, "end": e, "text": text[s:e], "label": "LOC", "key": place.key,
                             "name": place.name_fr, "country": place.country})
            taken.add(s, e)
    for ent in doc.ents:
        label = ent.label_
        if label == "MISC" and not is_english_style(ent.text.strip()) and len(ent.text.split()) > 3:
            continue  # headline debris tagged MISC ("Une guerre lucrative pour …")
        if label == "LOC" and len(ent) == 1 and (ent[0].pos_ in ("VERB", "AUX", "ADJ", "ADV")
                                                  or gazetteer.is_state_noun(ent.text)):
            continue  # "Attisé par le mistral, …", "les services de l'État": no place
        if label in ("LOC", "GPE") and _LANDMARK_BEFORE.search(text, max(0, ent.start_char - 24), ent.start_char):
            continue  # "entre la porte de Paris et le rectorat", in Lille: a street, not the town
        add(ent.start_char, ent.end_char, label)
    _towns_of_named_states(text, mentions)
    _seats_of_bodies(text, mentions)
    # "Au niveau national", "dans tout le pays": the state the document's places lie in.
    nation = _main_state(mentions, _lead_end(text))
    if nation is not None:
        for m in _NATION_SCOPE.finditer(folded):
            s, e = m.start(), m.end()
            if not taken.overlaps(s, e):
                mentions.append({"start": s, "end": e, "text": text[s:e], "label": "GPE", "key": f"country:{nation}",
                                 "name": gazetteer.country_names(nation)[0], "country": nation})
                taken.add(s, e)
    _scope_anaphors(text, folded, mentions, taken)
    _people_by_surname(mentions)
    _bodies_by_short_name(mentions)
    _attach_sources(doc, mentions, resolver)
    mentions.sort(key=lambda m: m["start"])
    return mentions


def _untitled(words: list[str]) -> list[str]:
    """A person's name words without the civil titles before them ("m. villacis")."""
    while len(words) > 1 and words[0] in _PERSON_TITLES:
        words = words[1:]
    return words


def _people_by_surname(mentions: list[dict]) -> None:
    """One key per person in a document, titles left out: "Mme Andrade", "M. Villacís" and a
    headline's "Andrade" are the one person named in full with that surname ("Lucía Andrade"),
    wherever the full name stands; a surname two people share stays as it is."""
    full: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m["key"].startswith("per:"):
            words = _untitled(m["key"][4:].split())
            if len(words) > 1:
                full[words[-1]].add("per:" + " ".join(words))
    for m in mentions:
        if not m["key"].startswith("per:"):
            continue
        words = _untitled(m["key"][4:].split())
        known = full.get(words[-1], set()) if len(words) == 1 else set()
        m["key"] = next(iter(known)) if len(known) == 1 else "per:" + " ".join(words)


# Keys of places below a state: a town, a region or a department.
_LOCAL_KEYS = ("sub:", "city:", "loc:")
# A body's short name and the place its full name adds: "l'ARS" in an article that names "l'ARS
# des Hauts-de-France" is that agency.
_PLACED_NAME = re.compile(rf" (?:{phrase_pattern(cues.PLACE_PREPOSITIONS)})\s?")


def _bodies_by_short_name(mentions: list[dict]) -> None:
    """One key per body in a document: its short name ("ARS", "CHU") is the one body the
    document names in full with that name and a place ("ARS des Hauts-de-France", "ARS
    Occitanie", "CHU de Nantes"); a short name two such bodies share stays as it is."""
    orgs = {m["key"]: m["text"] for m in mentions if m["key"].startswith("org:")}
    for m in mentions:
        short = m["key"]
        if not short.startswith("org:"):
            continue
        full = {k for k, text in orgs.items() if k.startswith(short + " ")
                and (_PLACED_NAME.match(k, len(short)) or gazetteer.is_local_place(text.partition(" ")[2]))}
        if len(full) == 1:
            m["key"] = next(iter(full))


def _scope_anaphors(text: str, folded: str, mentions: list[dict], taken: GrowingSpans) -> None:
    """Give "dans la région", "de l'académie" (no name after) the place named last before it
    of that kind: a region, a department, or a place named with that noun."""
    if not mentions:
        return
    regions = gazetteer.region_codes()
    # The places each kind may point back to, in text order, read once (each phrase then asks
    # by bisection: a long report of many "dans la région" costs its length, not its square).
    candidates: dict[str, list[dict]] = {}
    for x in sorted(mentions, key=lambda m: m["start"]):
        if x["key"].startswith("sub:"):
            candidates.setdefault("region" if x["key"][4:] in regions else "department", []).append(x)
        for kind, want in SCOPE_ANAPHORS.items():
            if want == "named" and fold(x["text"]).startswith(kind):
                candidates.setdefault(kind, []).append(x)
    starts = {k: [x["start"] for x in v] for k, v in candidates.items()}
    for m in _SCOPE_ANAPHOR.finditer(folded):
        kind = m.group("kind")
        s, e = m.start("kind"), m.end("kind")
        follows = _NEXT_WORD.match(folded, e)
        if text[e:e + 2].strip()[:1].isupper() or taken.overlaps(s, e) \
                or (follows is not None and follows.group(1) not in SCOPE_ANAPHOR_FOLLOWERS):
            continue  # "la région Bretagne", "la région lyonnaise", "le département voisin": not the last one named
        want = SCOPE_ANAPHORS[kind]
        pool = kind if want == "named" else want
        k = bisect_left(starts.get(pool, []), s)
        if k:
            x = candidates[pool][k - 1]
            mentions.append({"start": s, "end": e, "text": text[s:e], "label": "LOC", "key": x["key"],
                             "name": x["name"], "country": x["country"]})
            taken.add(s, e)


def _main_state(mentions: list[dict], lead: int = 0) -> Optional[str]:
    """The state a document's places (states, regions, towns) lie in most, if one leads: those
    before ``lead`` (its headline and lead) count twice, as where the story happens."""
    counts = Counter(m["country"] for m in mentions for _ in range(2 if m["start"] < lead else 1)
                     if m["country"] and m["key"].startswith(("country:", "sub:", "city:")))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _lead_end(text: str) -> int:
    """Where a document's headline and first paragraph end."""
    first = text.find("\n")
    if first < 0:
        return len(text)
    body = len(text) - len(text[first:].lstrip())
    end = text.find("\n", body)
    return len(text) if end < 0 else end


def _country_of(name: str) -> Optional[str]:
    for word in re.split(r"[\s,]+", name):
        iso = gazetteer.demonym_country(word)
        if iso:
            return iso
    return None


class _MentionIndex:
    """A document's mentions (the list itself, appended to through ``append``) and their
    starts, sorted: the mentions that overlap a span are read by bisection, in list order."""

    def __init__(self, mentions: list[dict]) -> None:
        self.mentions = mentions
        self.starts = sorted((m["start"], k) for k, m in enumerate(mentions))
        self.longest = max((m["end"] - m["start"] for m in mentions), default=0)
        self.position = {id(m): k for k, m in enumerate(mentions)}

    def overlapping(self, a: int, b: int) -> list[dict]:
        lo = bisect_left(self.starts, (a - self.longest, -1))
        hi = bisect_left(self.starts, (b, -1))
        found = sorted(k for start, k in self.starts[lo:hi] if self.mentions[k]["end"] > a)
        return [self.mentions[k] for k in found]

    def append(self, m: dict) -> None:
        k = len(self.mentions)
        self.mentions.append(m)
        self.position[id(m)] = k
        insort(self.starts, (m["start"], k))
        self.longest = max(self.longest, m["end"] - m["start"])

    def move(self, m: dict, start: int, end: int) -> None:
        """``m`` is about to span ``start``–``end``."""
        k = self.position[id(m)]
        del self.starts[bisect_left(self.starts, (m["start"], k))]
        insort(self.starts, (start, k))
        self.longest = max(self.longest, end - start)


def _attach_sources(doc: Doc, mentions: list[dict], resolver: _Resolver) -> None:
    """Give each source record the keys of the entities it names, adding mentions for the
    source phrases NER missed."""
    text = extensions.text_of(doc)
    index = _MentionIndex(mentions)
    seen: list[tuple[str, Optional[str]]] = []  # (key, country) of sources so far
    records: dict[int, dict] = {}
    for rec in list(doc._.recoupe_sources or []) + [q.get("source") for q in doc._.recoupe_quantities or []]:
        if rec is not None:
            records.setdefault(id(rec), rec)
    ordered = sorted(records.values(), key=lambda r: r["start"])
    bodies = lang.tables(doc.lang_, "attribution").ROLE_BODIES
    # Carried-over and anaphoric records copy the keys of the record they point back to,
    # which bears the same name; they come last, once those are known.
    copied = [r for r in ordered if r.get("cue") in ("carry-over", "anaphora")]
    by_name: dict[str, list[str]] = {}
    for rec in [r for r in ordered if r.get("cue") not in ("carry-over", "anaphora")] + copied:
        if rec["name"] in by_name and rec.get("cue") in ("carry-over", "anaphora"):
            rec["entity_keys"] = list(by_name[rec["name"]])
            continue
        keys: list[str] = []
        for a, b in rec["parts"]:
            inside = index.overlapping(a, b)
            surface = text[a:b]
            words = fold(surface).split()
            if inside and all(m["label"] == "LOC" and not m["key"].startswith(("country:", "city:")) for m in inside) \
                    and a < inside[0]["start"]:
                # "le ministère libanais de la Santé": the recogniser's "Santé" is a remit, not
                # the body; the body is the whole phrase.
                inside = []
            if inside:
                extra = fold(re.sub(re.escape(inside[0]["text"]), " ", surface, count=1)).split()
                if len(inside) == 1 and extra and all(gazetteer.demonym_country(w) for w in extra) \
                        and not is_english_style(inside[0]["text"]) and inside[0]["key"].startswith("org:"):
                    # "Service de Renseignement National sud-coréen" is more precise than NER's span.
                    m = inside[0]
                    index.move(m, a, b)
                    m.update(start=a, end=b, text=surface, name=surface,
                             key=f"org:{gazetteer.normalise_name(surface)}")
                for m in inside:
                    if m["key"] not in keys:
                        keys.append(m["key"])
                continue
            country = _country_of(surface)
            if country and words and words[0] in _SPOKES and len(words) <= 3 and not rec.get("anonymous"):
                # "le renseignement britannique", "les analystes britanniques": the last
                # British source named in this document, when there is one.
                earlier = next((k for k, c in reversed(seen) if c == country), None)
                if earlier:
                    index.append({"start": a, "end": b, "text": surface, "label": "ORG", "key": earlier,
                                  "name": surface, "country": country})
                    keys.append(earlier)
                    continue
            key = f"org:{gazetteer.normalise_name(surface)}"
            index.append({"start": a, "end": b, "text": surface, "label": "ORG", "key": key,
                          "name": surface, "country": country})
            keys.append(key)
        if any(k.startswith(("org:", "per:")) for k in keys):
            # "l'agence régionale de santé des Hauts-de-France": the agency, whose region
            # makes no origin of its own (a prefecture of that region is another voice).
            keys = [k for k in keys if not k.startswith(_LOCAL_KEYS)]
        heads = _bodies_of_role(rec, bodies)
        keys += [k for k in heads if k not in keys]
        if heads:
            rec["bodies"] = heads  # (their names, for the ledger's entities)
        rec["entity_keys"] = keys
        by_name.setdefault(rec["name"], keys)
        for k in keys:
            seen.append((k, _country_of(rec["name"]) or _country_of(rec["text"])))



def _bodies_of_role(rec: dict, bodies: dict[str, str]) -> dict[str, str]:
    """The key and name of the body a source's role speaks for (``bodies``: role → body, the
    language's ``ROLE_BODIES``): "le maire, Olivier Vernet" and "la mairie", "le préfet de la
    Loire" and "la préfecture de la Loire" are one voice."""
    role = fold(rec.get("role") or "")
    if role in bodies:
        return {f"org:{gazetteer.normalise_name(bodies[role])}": bodies[role]}
    name = (rec.get("name") or "").split()
    if name and fold(name[0]) in bodies and not rec.get("person"):
        body = " ".join([bodies[fold(name[0])]] + name[1:])
        return {f"org:{gazetteer.normalise_name(body)}": body}
    return {}


class EntityFinder:
    """Stores mentions on ``doc._.recoupe_mentions``."""

    def __call__(self, doc: Doc) -> Doc:
        guard.check()
        doc._.recoupe_mentions = find_mentions(doc)
        return doc


@Language.factory(
    "recoupe_entities",
    requires=["doc.ents", "doc._.recoupe_sources"],
    assigns=["doc._.recoupe_mentions"],
    default_config={},
)
def make_entities(nlp: Language, name: str) -> EntityFinder:
    return EntityFinder()
