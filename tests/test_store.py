"""The ledger: schema, atomic writes, idempotence, entities, migrations, search, later stages."""

from __future__ import annotations

import copy
import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from recoupe import migrations
from recoupe.model import (
    QUALIFIERS,
    Analysis,
    Check,
    Claim,
    Document,
    Entity,
    Link,
    Measure,
    Mention,
    Quantity,
    Source,
    TimeSpan,
)
from recoupe.gazetteer import normalise_name
from recoupe.store import Ledger, LedgerError, open_ledger

TABLES = {
    "documents", "entities", "aliases", "mentions", "claims", "claim_sources", "claim_entities",
    "quantities", "times", "links", "checks", "grades", "measures", "claims_fts", "_migrations",
}


# -- building analyses by hand ------------------------------------------------------------


def span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    """Offsets of ``part`` in ``text`` (searching from ``after``)."""
    start = text.index(part, after)
    return start, start + len(part)


def make_analysis(text: str, path: str = "a.txt", *, entity_name: str = "ministère de la Défense",
                  aliases: tuple[str, ...] = ("la Défense",), published: date | None = date(2024, 3, 5),
                  entity_key: str = "org:mindef") -> Analysis:
    """A one-claim analysis of ``text``, which must contain 'selon', '1 200 blessés' and 'en mars 2024'."""
    doc = Document(
        id=hashlib.sha256(text.encode()).hexdigest(), path=path, text=text, title="Bilan", outlet="Le Monde",
        url="https://example.org/a", published=published, published_how="given",
    )
    s, e = 0, len(text)
    src_s, src_e = span(text, "le ministère")
    q_s, q_e = span(text, "1 200 blessés")
    t_s, t_e = span(text, "en mars 2024")
    claim = Claim(
        document=doc.id, start=s, end=e, text=text[s:e],
        source=Source(start=src_s, end=src_e, text=text[src_s:src_e], name="ministère de la Défense",
                      cue="selon", kind="other", entity_keys=[entity_key], via=None, office="military",
                      country="FR", described=True),
        hedged=True, modality="reported", hedge_cues=["environ", "selon"],
        quantities=[
            Quantity(start=q_s, end=q_e, text=text[q_s:q_e], low=1200.0, high=1200.0, qualifier="approx",
                     unit="casualty", unit_text="blessés"),
            Quantity(start=q_s, end=q_s + 5, text=text[q_s:q_s + 5], low=None, high=2000.0, qualifier="up_to",
                     unit="casualty", unit_inherited=True),
        ],
        times=[TimeSpan(start=t_s, end=t_e, text=text[t_s:t_e], from_="2024-03-01", to="2024-03-31",
                        precision="month")],
        entity_keys=[entity_key, "gpe:ua"],
        paragraph=1, sentence=2,
    )
    mentions = [
        Mention(start=src_s + 3, end=src_e, text=text[src_s + 3:src_e], key=entity_key, label="ORG"),
    ]
    if "Ukraine" in text:
        u_s, u_e = span(text, "Ukraine")
        mentions.append(Mention(start=u_s, end=u_e, text="Ukraine", key="gpe:ua", label="GPE"))
    entities = [
        Entity(key=entity_key, name=entity_name, type="ORG", aliases=list(aliases), country="FR"),
        Entity(key="gpe:ua", name="Ukraine", type="GPE", aliases=[], country="UA"),
    ]
    return Analysis(document=doc, claims=[claim], mentions=mentions, entities=entities)


TEXT_A = "Selon le ministère, environ 1 200 blessés ont été soignés en Ukraine en mars 2024."
TEXT_B = "Selon le ministère, 1 200 blessés au moins, dont des civils, en mars 2024 en Ukraine."


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.db"


@pytest.fixture
def ledger(ledger_path: Path):
    with open_ledger(ledger_path) as led:
        yield led


# -- schema and connection ----------------------------------------------------------------


def test_schema_opens_with_plain_sqlite3(ledger: Ledger, ledger_path: Path) -> None:
    conn = sqlite3.connect(ledger_path)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert TABLES <= names
    columns = {row[1] for row in conn.execute("PRAGMA table_info(quantities)")}
    assert {"id", "claim_id", "document_id", "start", "end", "text", "low", "high", "qualifier", "unit",
            "per", "unit_text", "unit_inherited"} <= columns
    conn.close()


def test_foreign_keys_wal_and_busy_timeout(ledger: Ledger, ledger_path: Path) -> None:
    conn = ledger._conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000
    # journal_mode=WAL is persistent: a fresh connection sees it too.
    other = sqlite3.connect(ledger_path)
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other.close()


def test_qualifier_check_matches_model(ledger: Ledger) -> None:
    # The migration copies the list as literals; it must still agree with the model.
    sql = ledger._conn.execute("SELECT sql FROM sqlite_master WHERE name = 'quantities'").fetchone()[0]
    for qualifier in QUALIFIERS:
        assert f"'{qualifier}'" in sql
    analysis = make_analysis(TEXT_A)
    analysis.claims[0].quantities[0].qualifier = "roughly"
    with pytest.raises(LedgerError, match="CHECK"):
        ledger.add_analysis(analysis)
    assert ledger.counts()["documents"] == 0


def test_start_after_end_is_refused(ledger: Ledger) -> None:
    analysis = make_analysis(TEXT_A)
    analysis.claims[0].times[0].start = 50
    analysis.claims[0].times[0].end = 10
    with pytest.raises(LedgerError):
        ledger.add_analysis(analysis)
    assert sum(ledger.counts().values()) == 0


# -- round trip ---------------------------------------------------------------------------


def test_round_trip(ledger: Ledger) -> None:
    analysis = make_analysis(TEXT_A)
    expected = copy.deepcopy(analysis)
    assert ledger.add_analysis(analysis) is True
    assert ledger.has_document(analysis.document.id)
    assert not ledger.has_document("nope")

    assert ledger.documents() == [expected.document]
    assert ledger.document(expected.document.id) == expected.document
    assert ledger.document("nope") is None
    assert isinstance(ledger.document(expected.document.id).published, date)

    (claim,) = ledger.claims()
    assert claim.id is not None and claim.id.startswith("c")
    assert [q.id for q in claim.quantities] == [q.id for q in analysis.claims[0].quantities]
    assert all(q.id and q.id.startswith("q") for q in claim.quantities)
    # Ids aside, everything comes back equal, offsets included.
    want = copy.deepcopy(expected.claims[0])
    want.id = claim.id
    for q, got in zip(want.quantities, claim.quantities):
        q.id = got.id
    assert claim == want
    assert TEXT_A[claim.start:claim.end] == claim.text
    for q in claim.quantities:
        assert TEXT_A[q.start:q.end] == q.text
    assert claim.quantities[1].low is None and claim.quantities[1].unit_inherited is True
    # add_analysis set the ids on the objects it was given.
    assert analysis.claims[0] == claim

    assert ledger.claims(expected.document.id) == [claim]
    assert ledger.claims("nope") == []
    assert ledger.mentions(expected.document.id) == expected.mentions
    entities = {e.key: e for e in ledger.entities()}
    assert entities["org:mindef"].aliases == ["la Défense"]
    assert entities["org:mindef"].country == "FR"
    assert isinstance(entities["gpe:ua"].id, int)
    assert analysis.entities[0].id == entities["org:mindef"].id


def test_document_without_optional_fields(ledger: Ledger) -> None:
    text = "Un texte sans date."
    doc = Document(id=hashlib.sha256(text.encode()).hexdigest(), path="b.txt", text=text)
    claim = Claim(document=doc.id, start=0, end=len(text), text=text)
    assert ledger.add_analysis(Analysis(document=doc, claims=[claim], mentions=[], entities=[]))
    assert ledger.document(doc.id) == doc
    (got,) = ledger.claims()
    assert got.source is None and got.quantities == [] and got.hedge_cues == []


def test_claims_ordered_by_document_then_start(ledger: Ledger) -> None:
    a, b = make_analysis(TEXT_A, "a.txt"), make_analysis(TEXT_B, "b.txt")
    # A later claim in B, stored before the one that starts at 0.
    b.claims.insert(0, Claim(document=b.document.id, start=20, end=25, text=TEXT_B[20:25]))
    ledger.add_analysis(b)
    ledger.add_analysis(a)
    got = [(c.document, c.start) for c in ledger.claims()]
    assert got == [(b.document.id, 0), (b.document.id, 20), (a.document.id, 0)]
    assert [c.start for c in ledger.claims(b.document.id)] == [0, 20]


def test_unknown_keys_get_an_entity(ledger: Ledger) -> None:
    analysis = make_analysis(TEXT_A)
    analysis.entities = []  # keys only known from mentions and claims
    analysis.claims[0].entity_keys.append("per:x")
    assert ledger.add_analysis(analysis)
    entities = {e.key: e for e in ledger.entities()}
    assert entities["org:mindef"].name == "ministère" and entities["org:mindef"].type == "ORG"
    assert entities["per:x"].name == "per:x"
    assert ledger.claims()[0].entity_keys == ["org:mindef", "gpe:ua", "per:x"]


# -- idempotence and atomicity ------------------------------------------------------------


def test_same_document_twice_changes_nothing(ledger: Ledger) -> None:
    assert ledger.add_analysis(make_analysis(TEXT_A)) is True
    before = ledger.counts()
    claims = ledger.claims()
    assert ledger.add_analysis(make_analysis(TEXT_A, path="copy.txt")) is False
    assert ledger.counts() == before
    assert ledger.claims() == claims
    assert [d.path for d in ledger.documents()] == ["a.txt"]


def test_failure_midway_leaves_nothing(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    assert ledger.add_analysis(make_analysis(TEXT_A))
    before = ledger.counts()
    claims_before = ledger.claims()
    entities_before = ledger.entities()

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    # Fails after the document, entities, mentions, claim and quantities were written.
    monkeypatch.setattr(Ledger, "_insert_time", boom)
    b = make_analysis(TEXT_B, "b.txt", entity_name="Défense", aliases=("MinDef",))
    with pytest.raises(RuntimeError, match="disk on fire"):
        ledger.add_analysis(b)

    assert ledger.counts() == before
    assert not ledger.has_document(b.document.id)
    assert ledger.claims() == claims_before
    assert ledger.entities() == entities_before
    assert ledger.search("civils") == []
    assert b.claims[0].id is None  # no ids handed out for a rolled-back write
    assert not ledger._conn.in_transaction

    # And the ledger still works afterwards.
    monkeypatch.undo()
    assert ledger.add_analysis(b) is True
    assert ledger.counts()["documents"] == 2


# -- entities -----------------------------------------------------------------------------


def test_entities_merge_by_key_across_documents(ledger: Ledger) -> None:
    ledger.add_analysis(make_analysis(TEXT_A, "a.txt", aliases=("la Défense", "le ministère")))
    ledger.add_analysis(make_analysis(TEXT_B, "b.txt", entity_name="Minarm", aliases=("le ministère", "MinDef")))
    entities = [e for e in ledger.entities() if e.key == "org:mindef"]
    assert len(entities) == 1
    (mindef,) = entities
    assert mindef.name == "ministère de la Défense"  # the longest name seen, whatever the order
    assert mindef.aliases == ["la Défense", "le ministère", "MinDef", "Minarm"]
    assert ledger.counts()["entities"] == 2
    # Mentions and sources of both documents point at the same entity.
    rows = ledger._conn.execute(
        "SELECT DISTINCT entity_id FROM mentions WHERE entity_id = ?", (mindef.id,)
    ).fetchall()
    assert rows == [(mindef.id,)]
    assert ledger._conn.execute("SELECT count(*) FROM mentions WHERE entity_id = ?", (mindef.id,)).fetchone()[0] == 2
    assert all(c.source and c.source.entity_keys == ["org:mindef"] for c in ledger.claims())


def _ent(key: str, name: str, *aliases: str) -> Entity:
    return Entity(key=key, name=name, type=key.split(":")[0].upper(), aliases=[name, *aliases])


NIS_FULL = _ent("org:service national de renseignement sud coreen", "Service national de renseignement sud-coréen", "NIS")
NIS_ALONE = _ent("org:nis", "NIS")
OSC = f"org:{normalise_name('Open Source Centre')}"


@pytest.mark.parametrize(
    ("entities", "expected"),
    [
        # An acronym used alone joins the one name a document defined it for, the full name heads.
        ([NIS_ALONE, NIS_FULL], {"org:nis": NIS_FULL.key}),
        ([NIS_FULL, NIS_ALONE], {"org:nis": NIS_FULL.key}),
        # Two names claim the acronym: it joins neither, and they stay apart.
        ([NIS_ALONE, NIS_FULL, _ent("org:national intelligence service", "National Intelligence Service", "NIS")], {}),
        # An English name with a French adjective joins the bare name.
        ([_ent(OSC, "Open Source Centre"), _ent(OSC + " britannique", "Open Source Centre britannique")],
         {OSC + " britannique": OSC}),
        # A name after the words that say what it is joins the bare name.
        ([_ent("org:mar abierto", "Mar Abierto"), _ent("org:ong espagnole mar abierto", "ONG espagnole Mar Abierto"),
          _ent("org:ong mar abierto", "ONG Mar Abierto")],
         {"org:ong espagnole mar abierto": "org:mar abierto", "org:ong mar abierto": "org:mar abierto"}),
        ([_ent("org:andina", "Andina"), _ent("org:agence publique andina", "agence publique Andina")],
         {"org:agence publique andina": "org:andina"}),
        # The bare name taken for a person or a place: the body's full name heads.
        ([_ent("per:andina", "Andina"), _ent("org:agence publique andina", "agence publique Andina")],
         {"per:andina": "org:agence publique andina"}),
        # Without the bare name stored, or with a name of two capitalised words, nothing.
        ([_ent("org:agence publique andina", "agence publique Andina"), _ent("org:onu", "ONU")], {}),
        ([_ent("org:reseau", "Réseau"), _ent("org:sncf reseau", "SNCF Réseau")], {}),
        # A surname alone joins the one person who bears it; with two, neither.
        ([_ent("per:poutine", "Poutine"), _ent("per:vladimir poutine", "Vladimir Poutine")],
         {"per:poutine": "per:vladimir poutine"}),
        ([_ent("per:poutine", "Poutine"), _ent("per:vladimir poutine", "Vladimir Poutine"),
          _ent("per:lioudmila poutine", "Lioudmila Poutine")], {}),
        # Nothing in common: no group.
        ([NIS_ALONE, _ent("org:onu", "ONU")], {}),
    ],
)
def test_entity_groups_are_a_function_of_the_set(entities: list[Entity], expected: dict[str, str]) -> None:
    from recoupe.entities import groups

    assert groups(entities) == expected
    assert groups(list(reversed(entities))) == expected


def test_grouped_entities_read_as_one(ledger: Ledger) -> None:
    """Claims, mentions and the entity list read a grouped entity through the one that heads it;
    each document keeps the keys it was analysed with."""
    from recoupe.entities import groups

    ledger.add_analysis(make_analysis(TEXT_A, "a.txt", entity_name="NIS", aliases=("NIS",), entity_key="org:nis"))
    ledger.add_analysis(make_analysis(TEXT_B, "b.txt", entity_name="Service national de renseignement sud-coréen",
                                      aliases=("NIS",), entity_key=NIS_FULL.key))
    keys = {e.key for e in ledger.entities() if e.key.startswith("org:")}
    assert len(keys) == 2
    assert ledger.group_entities(groups) == 1
    (head,) = [e for e in ledger.entities() if e.key.startswith("org:")]
    assert head.name == "Service national de renseignement sud-coréen" and "NIS" in head.aliases
    assert {k for c in ledger.claims() for k in c.source.entity_keys} == {head.key}  # type: ignore[union-attr]
    assert ledger.entity_groups() == {next(k for k in keys if k != head.key): head.key}
    assert ledger.group_entities(groups) == 0  # idempotent


def test_relink_is_one_transaction(ledger: Ledger, monkeypatch: pytest.MonkeyPatch) -> None:
    """Links, grades and the consensus used to be written in several transactions: a failure
    (or a concurrent run) between them left links of one moment and grades of another."""
    from recoupe.api import remeasure
    from recoupe.link import relink

    def add(analysis: Analysis) -> None:  # as a run stores it: the analysis, then its measures
        ledger.add_analysis(analysis)
        remeasure(ledger, analysis.document.id)

    add(make_analysis(TEXT_A, "a.txt"))
    add(make_analysis(TEXT_B, "b.txt"))
    relink(ledger)
    # (Measures come with each analysis, not with the re-link.)
    before = (ledger.links(), ledger.grades(), ledger.consensus())
    assert before[0], "the two figures should link"
    add(make_analysis("Selon le ministère, 1 200 blessés à Kharkiv en mars 2024.", "c.txt"))

    def fail(self: Ledger, grades: dict[str, tuple[int, list[str]]]) -> None:
        raise LedgerError("disk gone")

    monkeypatch.setattr(Ledger, "set_grades", fail)
    with pytest.raises(LedgerError):
        relink(ledger)
    assert (ledger.links(), ledger.grades(), ledger.consensus()) == before
    monkeypatch.undo()
    relink(ledger)
    assert len(ledger.links()) > len(before[0])


# -- migrations ---------------------------------------------------------------------------


def test_migrations_recorded_and_not_reapplied(ledger_path: Path) -> None:
    with open_ledger(ledger_path) as led:
        assert led.schema_version == migrations.known_version() >= 1
    conn = sqlite3.connect(ledger_path)
    rows = conn.execute("SELECT name, applied_at FROM _migrations ORDER BY rowid").fetchall()
    assert [r[0] for r in rows] == migrations.names()
    assert rows[0][0] == "m001_initial"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(rows)
    conn.close()

    with open_ledger(ledger_path) as led:
        assert led.schema_version == len(rows)
    conn = sqlite3.connect(ledger_path)
    assert conn.execute("SELECT name, applied_at FROM _migrations ORDER BY rowid").fetchall() == rows
    conn.close()


def test_new_migration_is_applied_on_open(ledger_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_ledger(ledger_path).close()
    known = migrations.known_version()

    def m999_extra(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE extra (x INTEGER)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, m999_extra])
    with open_ledger(ledger_path) as led:
        assert led.schema_version == known + 1
    names = [r[0] for r in sqlite3.connect(ledger_path).execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names[-1] == "m999_extra" and len(names) == known + 1


def test_failed_migration_rolls_back(ledger_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_ledger(ledger_path).close()
    known = migrations.known_version()

    def m999_broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half (x INTEGER)")
        raise RuntimeError("bad migration")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, m999_broken])
    with pytest.raises(RuntimeError):
        open_ledger(ledger_path)
    conn = sqlite3.connect(ledger_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == known
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone()[0] == 0
    conn.close()


def test_migration_decorator_enforces_sequence() -> None:
    with pytest.raises(ValueError):
        migrations.migration(lambda conn: None)
    def m001_again(conn: sqlite3.Connection) -> None: ...
    with pytest.raises(ValueError, match="sequence"):
        migrations.migration(m001_again)


def test_newer_ledger_is_refused(ledger_path: Path) -> None:
    open_ledger(ledger_path).close()
    known = migrations.known_version()
    conn = sqlite3.connect(ledger_path)
    conn.execute(f"PRAGMA user_version = {known + 2}")
    conn.close()
    with pytest.raises(LedgerError, match=rf"newer recoupe \(schema {known + 2}, this one knows {known}\)") as info:
        open_ledger(ledger_path)
    assert "\n" not in str(info.value)


def test_non_sqlite_file_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("ceci n'est pas une base\n" * 20)
    with pytest.raises(LedgerError, match="not an SQLite database"):
        open_ledger(bogus)
    assert bogus.read_text().startswith("ceci")  # untouched
    with pytest.raises(LedgerError, match="directory"):
        open_ledger(tmp_path)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE stuff (x)")
    conn.commit()
    conn.close()
    with pytest.raises(LedgerError, match="not a recoupe ledger"):
        open_ledger(other)


def test_empty_file_becomes_a_ledger(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    with Ledger(empty) as led:
        assert led.counts()["documents"] == 0


# -- search -------------------------------------------------------------------------------


def test_search_french_accents_and_bad_syntax(ledger: Ledger) -> None:
    a, b = make_analysis(TEXT_A, "a.txt"), make_analysis(TEXT_B, "b.txt")
    ledger.add_analysis(a)
    ledger.add_analysis(b)
    id_a, id_b = (int(c.id[1:]) for c in (a.claims[0], b.claims[0]))
    assert ledger.search("soignés") == [id_a]
    assert ledger.search("soignes") == [id_a]  # accents are folded
    assert sorted(ledger.search("blessés")) == sorted([id_a, id_b])
    assert ledger.search("civils") == [id_b]
    assert ledger.search('"unbalanced') == []
    assert ledger.search('"soignés') == [id_a]
    assert ledger.search("l'Ukraine OR") == []
    assert ledger.search("été soignés") == [id_a]
    assert ledger.search("text:civils") == [id_b]
    assert ledger.search("nope:civils") == []
    assert ledger.search("   ") == []
    assert len(ledger.search("blessés", limit=1)) == 1


# -- later stages -------------------------------------------------------------------------


def test_links_checks_grades_measures_round_trip(ledger: Ledger) -> None:
    a, b = make_analysis(TEXT_A, "a.txt"), make_analysis(TEXT_B, "b.txt")
    ledger.add_analysis(a)
    ledger.add_analysis(b)
    qa, qb = a.claims[0].quantities[0].id, b.claims[0].quantities[0].id
    qa2 = a.claims[0].quantities[1].id
    links = [
        Link(a=qa, b=qb, relation="corroborates", independent=False, explanation="même source", measure="blessés"),
        Link(a=qa2, b=qb, relation="consistent", independent=None, explanation=""),
    ]
    checks = [Check(facts=[qa, qa2], verdict="consistent", explanation="1 200 ≤ 2 000")]
    ledger.replace_links(links, checks)
    assert ledger.links() == [links[1], links[0]]  # by measure, then in the order stored
    assert ledger.checks() == checks

    # Replacing drops the old ones.
    ledger.replace_links(links[:1], [])
    assert ledger.links() == links[:1] and ledger.checks() == []

    # An unknown quantity is refused and the previous state kept.
    with pytest.raises(LedgerError, match="q9999"):
        ledger.replace_links([Link(a=qa, b="q9999", relation="conflicts", independent=True, explanation="")], [])
    with pytest.raises(LedgerError, match="q9999"):
        ledger.replace_links([], [Check(facts=[qa, "q9999"], verdict="inconsistent", explanation="")])
    assert ledger.links() == links[:1]
    # Likewise among many links (more distinct ids than are checked one by one).
    ids = [qa, qb, qa2]
    for n in range(40):
        extra = make_analysis(TEXT_A.replace("Selon", f"Jour {n}, selon"), f"x{n}.txt")
        ledger.add_analysis(extra)
        ids += [q.id for q in extra.claims[0].quantities]
    assert len(set(ids)) > 64
    many = [Link(a=x, b=y, relation="consistent", independent=None, explanation="") for x, y in zip(ids, ids[1:])]
    with pytest.raises(LedgerError, match="q9998"):
        ledger.replace_links(many + [Link(a="q9998", b=qb, relation="conflicts", independent=True, explanation="")], [])
    assert ledger.links() == links[:1]
    ledger.replace_links(many, [])
    assert ledger.links() == many
    ledger.replace_links(links[:1], [])
    with pytest.raises(ValueError):
        ledger.replace_links([Link(a="12", b=qb, relation="conflicts", independent=True, explanation="")], [])

    ca, cb = a.claims[0].id, b.claims[0].id
    ledger.set_grades({ca: (2, ["source unique", "chiffre arrondi"]), cb: (4, [])})
    assert ledger.grades() == {ca: (2, ["source unique", "chiffre arrondi"]), cb: (4, [])}
    ledger.set_grades({cb: (5, ["corroboré"])})
    assert ledger.grades()[cb] == (5, ["corroboré"]) and ledger.grades()[ca][0] == 2
    with pytest.raises(LedgerError, match="c9999"):
        ledger.set_grades({"c9999": (1, [])})

    wounded = Measure("wounded", "person", None, "UA")
    ledger.set_measures({qa: wounded, qb: wounded})
    assert ledger.measures() == {qa: (wounded.key, wounded.label), qb: (wounded.key, wounded.label)}
    step = Measure("deployed", "soldier", "day", "KP", increment=True, aside=True, part=True)
    ledger.set_measures({qb: step})
    assert ledger.measures()[qb] == (step.key, step.label)
    # The parts come back as they went, flags included.
    found = ledger.measure_records()[qb]
    assert (found, found.increment, found.aside, found.part) == (step, True, True, True)
    with pytest.raises(LedgerError):
        ledger.set_measures({"q9999": wounded})

    counts = ledger.counts()
    assert counts["links"] == 1 and counts["grades"] == 2 and counts["measures"] == 2


def test_ledger_readable_while_open(ledger: Ledger, ledger_path: Path) -> None:
    # WAL: another connection (sqlite3 CLI, Datasette) reads committed data at any time.
    ledger.add_analysis(make_analysis(TEXT_A))
    reader = sqlite3.connect(ledger_path)
    assert reader.execute("SELECT count(*) FROM claims").fetchone()[0] == 1
    assert reader.execute("SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'blesses'").fetchall()
    reader.close()


def test_fts_follows_cascaded_deletes(ledger: Ledger) -> None:
    # Someone deleting a document by hand in sqlite3/Datasette must not leave the index stale.
    a, b = make_analysis(TEXT_A, "a.txt"), make_analysis(TEXT_B, "b.txt")
    ledger.add_analysis(a)
    ledger.add_analysis(b)
    ledger._conn.execute("DELETE FROM documents WHERE id = ?", (b.document.id,))
    assert ledger.search("civils") == []
    assert ledger.counts()["quantities"] == 2
    ledger._conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')")


def test_two_ledgers_on_one_file(ledger_path: Path) -> None:
    with open_ledger(ledger_path) as one, open_ledger(ledger_path) as two:
        assert one.add_analysis(make_analysis(TEXT_A)) is True
        assert two.add_analysis(make_analysis(TEXT_A)) is False
        assert two.add_analysis(make_analysis(TEXT_B, "b.txt")) is True
        assert one.counts()["documents"] == 2


def test_unit_coverage_counts_the_nouns_the_lexicons_do_not_know(ledger: Ledger) -> None:
    assert ledger.unit_coverage() == {"figures": 0, "counted": 0, "unmapped": 0, "share": 0.0, "top": []}
    analysis = make_analysis(TEXT_A)
    q = analysis.claims[0].quantities
    q[0].unit, q[0].unit_mapped = "blessé", False  # a noun outside the lexicon keeps its lemma
    ledger.add_analysis(analysis)
    coverage = ledger.unit_coverage()
    # Two figures; one with a unit written ("blessés"), and that one unknown.
    assert coverage == {"figures": 2, "counted": 1, "unmapped": 1, "share": 1.0, "top": [("blessé", 1)]}


def test_a_refused_step_inside_a_transaction_writes_nothing(ledger: Ledger) -> None:
    """A write nested in ``transaction()`` is a savepoint: refused, it leaves nothing behind,
    and the transaction around it goes on."""
    bad = make_analysis(TEXT_A, "a.txt")
    bad.claims[0].quantities[0].qualifier = "nonsense"
    with ledger.transaction():
        with pytest.raises(LedgerError):
            ledger.add_analysis(bad)
        assert ledger.add_analysis(make_analysis(TEXT_B, "b.txt"))
    assert ledger.counts()["documents"] == 1 and len(ledger.claims()) == 1
    ledger.require_writable()  # its probe row did not stay behind
    ledger.require_writable()


def test_a_replaced_analysis_leaves_no_entity_nobody_names(ledger: Ledger) -> None:
    ledger.add_analysis(make_analysis(TEXT_A, "a.txt", entity_key="org:ancien", entity_name="Ancien nom"))
    assert "org:ancien" in {e.key for e in ledger.entities()}
    ledger.add_analysis(make_analysis(TEXT_A, "a.txt", entity_key="org:nouveau", entity_name="Nouveau nom"),
                        replace=True)
    keys = {e.key for e in ledger.entities()}
    assert "org:nouveau" in keys and "org:ancien" not in keys


# -- measure choices ---------------------------------------------------------------------------

def test_measure_choices_fold_in_order() -> None:
    from recoupe.review import MeasureReview, ReviewError, measure_choices

    at = ("d", 10, 15)
    choices = measure_choices([
        MeasureReview("merge", "a|person||", into="b|person||", created_at="1"),
        MeasureReview("merge", "b|person||", into="c|person||", created_at="2"),
        MeasureReview("split", "c|person||", into="gymnase", document="d", start=10, end=15, created_at="3"),
    ])
    assert choices.key("a|person||", ("d", 0, 4)) == "c|person||"  # merges are followed to their end
    assert choices.key("a|person||", at) == "a|person|||#gymnase"  # a split names a measure beside its own
    cycle = measure_choices([MeasureReview("merge", "a|p||", into="b|p||", created_at="1"),
                             MeasureReview("merge", "b|p||", into="a|p||", created_at="2")])
    assert cycle.key("a|p||", at) == cycle.key("b|p||", at) == "a|p||"  # one measure, the later choice's
    cleared = measure_choices([MeasureReview("merge", "a|p||", into="b|p||", created_at="1"),
                               MeasureReview("split", "a|p||", into="x|p||", document="d", start=10, end=15,
                                             created_at="2"),
                               MeasureReview("clear", "a|p||", created_at="3")])
    assert cleared.key("a|p||", ("d", 0, 1)) == "a|p||" and cleared.key("a|p||", at) == "x|p||"
    for bad in (MeasureReview("merge", "a|p||"), MeasureReview("merge", "a|p||", into="a|p||"),
                MeasureReview("split", "a|p||", into="x"), MeasureReview("rename", "a|p||", into="x")):
        with pytest.raises(ReviewError):
            bad.validate()


def test_a_merge_applies_to_figures_stored_after_it(ledger: Ledger) -> None:
    from recoupe.model import Measure
    from recoupe.review import MeasureReview

    first = make_analysis(TEXT_A)
    ledger.add_analysis(first)
    q = first.claims[0].quantities[0]
    ledger.set_measures({q.id: Measure("wounded", "person", None, None)})
    ledger.add_measure_review(MeasureReview("merge", "wounded|person||", into="casualties|person||"))
    assert ledger.measure_records()[q.id].event == "casualties"
    second = make_analysis(TEXT_B, path="b.txt")
    ledger.add_analysis(second)
    q2 = second.claims[0].quantities[0]
    ledger.set_measures({q2.id: Measure("wounded", "person", None, None)})
    assert ledger.measures()[q2.id] == ("casualties|person||", "person casualties")
    with pytest.raises(LedgerError):
        ledger.add_measure_review(MeasureReview("split", "x|p||", into="y", document="nope", start=0, end=1))


@pytest.mark.parametrize(("asked", "found"), [
    ("état-major des armées", "org:emA"),
    ("ÉTAT-MAJOR DES ARMÉES", "org:emA"),
    ("l'EMA", "org:emA"),  # an alias
    ("Œuvre d'Orient", "org:oeuvre"),
    ("œuvre d'orient", "org:oeuvre"),
    ("Etat-major des armees", None),  # accents are letters, not case
])
def test_entities_named_ignore_case_beyond_ascii(tmp_path: Path, asked: str, found: str | None) -> None:
    """A reviewer's source name finds its entity whatever its case, "É" and "é" alike (as
    Python's casefold compares them, which SQLite's lower() does not do beyond ASCII)."""
    from recoupe.ingest import document_id
    from recoupe.model import Analysis, Document, Entity

    text = "Selon l'état-major des armées, rien."
    doc = Document(id=document_id(text), path="a.txt", text=text)
    entities = [Entity(key="org:emA", name="État-major des armées", type="ORG", aliases=["l'EMA"]),
                Entity(key="org:oeuvre", name="Œuvre d'Orient", type="ORG")]
    with open_ledger(tmp_path / "l.db") as ledger:
        ledger.add_analysis(Analysis(document=doc, claims=[], mentions=[], entities=entities))
        keys = [e.key for e in ledger.entities_named([asked])]
    assert keys == ([found] if found else [])


def test_links_around_are_replaced_by_what_differs(ledger: Ledger, ledger_path: Path) -> None:
    # Re-linking around a new article finds most links again: those stay as stored (same row),
    # only the changed ones are deleted and written, and the result is the replacement asked.
    a, b = make_analysis(TEXT_A, "a.txt"), make_analysis(TEXT_B, "b.txt")
    ledger.add_analysis(a)
    ledger.add_analysis(b)
    qa, qa2, qb = a.claims[0].quantities[0].id, a.claims[0].quantities[1].id, b.claims[0].quantities[0].id
    kept = Link(a=qa, b=qb, relation="corroborates", independent=True, explanation="1 200 = 1 200", measure="m")
    twice = Link(a=qa2, b=qb, relation="consistent", independent=None, explanation="", measure="m")
    changed = Link(a=qa, b=qa2, relation="consistent", independent=False, explanation="", measure="m")
    other = Link(a=qa, b=qb, relation="corroborates", independent=True, explanation="", measure="autre")
    ledger.replace_links([kept, twice, twice, changed, other])

    def rows() -> dict[tuple, list[int]]:
        with sqlite3.connect(ledger_path) as conn:
            found: dict[tuple, list[int]] = {}
            for rowid, *row in conn.execute("SELECT id, a_quantity_id, b_quantity_id, relation, independent,"
                                            " explanation, measure FROM links ORDER BY id"):
                found.setdefault(tuple(row), []).append(rowid)
            return found

    before = rows()
    now = Link(a=qa, b=qa2, relation="updates", independent=False, explanation="1 200 → 2 000", measure="m")
    around = ledger.links_around("m", [qb], [qa])
    replaced = ledger.replace_links_around("m", [qb], [qa], [kept, twice, now], [], [])
    assert sorted(map(repr, replaced)) == sorted(map(repr, around))  # what it replaced, as links_around gave it
    after = rows()
    key = lambda l: (int(l.a[1:]), int(l.b[1:]), l.relation,  # noqa: E731
                     None if l.independent is None else int(l.independent), l.explanation, l.measure)
    assert after[key(kept)] == before[key(kept)]  # not rewritten
    assert len(after[key(twice)]) == 1 and after[key(twice)][0] in before[key(twice)]  # one of two left
    assert key(changed) not in after and len(after[key(now)]) == 1
    assert after[key(other)] == before[key(other)]  # another measure: untouched
    assert sorted(map(key, ledger.links())) == sorted(map(key, [kept, twice, now, other]))
