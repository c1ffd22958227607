"""Two-part Admiralty grades: the reliability of a claim's source (A–F, from ``--ratings``)
beside the credibility of what it says (1–6), shown together as "B2".

A small ledger is analysed once from short French articles written for these tests; each
case re-links a copy of it with its own ratings file.
"""

from __future__ import annotations

import json
import pickle
import sqlite3
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

import recoupe
from recoupe import migrations
from recoupe.cli import app
from recoupe.link import relink
from recoupe.link.grades import load_ratings, rating, unmatched
from recoupe.model import Claim, Grade, Source
from recoupe.review import Review, review_grades

from conftest import copy_ledger

ARTICLES = {
    "seoul.txt": """
        Publié le 12 mars 2025
        Séoul s'alarme des renforts nord-coréens

        Environ 11 000 soldats nord-coréens ont été déployés en Russie, selon le renseignement sud-coréen (NIS).
        """,
    "nis.txt": """
        Publié le 13 mars 2025
        Le renseignement sud-coréen revoit son estimation

        Le Service national de renseignement (NIS) a fait état de 12 000 soldats nord-coréens déployés en Russie.
        Le NIS estime que 3 000 hommes supplémentaires arriveront en avril.
        """,
    "kiev.txt": """
        Publié le 14 mars 2025
        Koursk : de lourdes pertes

        Selon l'état-major ukrainien, 300 soldats nord-coréens ont été tués depuis janvier dans la région de Koursk.
        Les combats ont fait 40 blessés dans la nuit de jeudi à vendredi.
        """,
}

# The sources of the ledger, by the name each claim gives (None: the article's own voice).
LONG = "renseignement sud-coréen (NIS)"
FULL = "Service national de renseignement (NIS)"
SHORT = "NIS"
STAFF = "état-major ukrainien"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("grades")
    files = []
    for name, body in ARTICLES.items():
        p = root / name
        p.write_text(textwrap.dedent(body).lstrip("\n"), encoding="utf-8")
        files.append(p)
    db = root / "base.db"
    result = recoupe.analyze(files, db=db)
    assert result.ok and len(result.added) == len(ARTICLES), result.errors
    return db


@pytest.fixture
def db(base: Path, tmp_path: Path) -> Path:
    return copy_ledger(base, tmp_path / "ledger.db")


def write(path: Path, text: str) -> Path:
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def graded(db: Path) -> dict[str | None, set[str]]:
    """The two-part grades of the ledger's claims with figures, by the name of their source."""
    out: dict[str | None, set[str]] = {}
    with recoupe.open_ledger(db) as ledger:
        grades = ledger.grades()
        for c in ledger.claims():
            if c.quantities:
                g = grades[c.id or ""]
                assert g.label == f"{g.reliability}{g[0]}"
                out.setdefault(c.source.name if c.source else None, set()).add(g.reliability)
    return out


@pytest.mark.parametrize(("name", "ratings", "expected"), [
    # No ratings: every source is F, and so is the article's own voice.
    ("none.csv", "source,rating\n", {LONG: "F", FULL: "F", SHORT: "F", STAFF: "F", None: "F"}),
    # An acronym reaches the long names its entity goes by.
    ("acronym.csv", "source,rating\nNIS,B\n", {LONG: "B", FULL: "B", SHORT: "B", STAFF: "F", None: "F"}),
    # The entity's full name reaches the acronym and the other spelling; case and accents do not matter.
    ("full.json", '{"Service national de renseignement": "A", "Etat-Major ukrainien": "c"}',
     {LONG: "A", FULL: "A", SHORT: "A", STAFF: "C", None: "F"}),
    # The name before the brackets of "renseignement sud-coréen (NIS)" rates that source.
    ("plain.csv", "renseignement sud-coréen,D\n", {LONG: "D", FULL: "F", SHORT: "F", STAFF: "F", None: "F"}),
])
def test_reliability_of_each_source(db: Path, tmp_path: Path, name: str, ratings: str,
                                    expected: dict[str | None, str]) -> None:
    rated = load_ratings(write(tmp_path / name, ratings))
    with recoupe.open_ledger(db) as ledger:
        relink(ledger, rated)
    assert graded(db) == {k: {v} for k, v in expected.items()}


def test_the_grade_is_two_part_and_the_credibility_unchanged(db: Path, tmp_path: Path) -> None:
    with recoupe.open_ledger(db) as ledger:
        before = ledger.grades()
        relink(ledger, load_ratings(write(tmp_path / "r.csv", "NIS,B\n")))
        after = ledger.grades()
        claims = {c.id: c for c in ledger.claims()}
    assert {cid: g[0] for cid, g in before.items()} == {cid: g[0] for cid, g in after.items()}
    long = next(cid for cid, c in claims.items() if c.source and c.source.name == LONG)
    g = after[long]
    assert (g.reliability, g.label) == ("B", f"B{g[0]}")
    assert g.reasons[0] == "source reliability B (usually reliable), rated as “NIS” in the ratings file"
    # Still the (credibility, reasons) pair every reader takes.
    credibility, reasons = g
    assert (credibility, reasons) == (g.credibility, g.reasons) and credibility == before[long][0]
    # The letter is stored: the grades table keeps its integer and gains the letter.
    row = sqlite3.connect(db).execute("SELECT grade, reliability FROM grades WHERE claim_id = ?",
                                      (int(long[1:]),)).fetchone()
    assert row == (credibility, "B")


def test_unmatched_names_are_reported_and_the_run_goes_on(db: Path, tmp_path: Path) -> None:
    ratings = write(tmp_path / "sources.csv", """
        source,rating
        NIS,B
        Agence Foo,A
        état-major ukrainien,C
        Yonhap,C
        """)
    texts = tmp_path / "texts"
    texts.mkdir()
    files = [str(write(texts / name, body)) for name, body in ARTICLES.items()]  # already in the ledger
    run = CliRunner().invoke(app, ["analyze", *files, "--db", str(db), "--ratings", str(ratings), "-q"])
    assert run.exit_code == 0, run.stderr
    assert run.stderr.splitlines() == [
        'recoupe: ratings: "Agence Foo" matches no source in the ledger',
        'recoupe: ratings: "Yonhap" matches no source in the ledger',
    ]
    assert graded(db)[LONG] == {"B"} and graded(db)[STAFF] == {"C"}


@pytest.mark.parametrize(("ratings", "expected"), [
    ({}, []),
    ({"NIS": "B"}, []),
    ({"Service national de renseignement": "B"}, []),
    ({"Agence Foo": "A", "NIS": "B", "Ministère de la Défense": "C"}, ["Agence Foo", "Ministère de la Défense"]),
    # Russia is named in the ledger, but as no claim's source.
    ({"Russie": "E"}, ["Russie"]),
])
def test_unmatched(db: Path, tmp_path: Path, ratings: dict[str, str], expected: list[str]) -> None:
    rated = load_ratings(write(tmp_path / "r.json", json.dumps(ratings, ensure_ascii=False)))
    with recoupe.open_ledger(db) as ledger:
        assert unmatched(rated, ledger.claims(), ledger.entities()) == expected


def test_show_json_html_and_pages_carry_the_letter(db: Path, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from recoupe.report.html import render_html
    from recoupe.web.app import create_app

    with recoupe.open_ledger(db) as ledger:
        relink(ledger, load_ratings(write(tmp_path / "r.csv", "NIS,B\n")))
        claim = next(c for c in ledger.claims() if c.source and c.source.name == LONG)
        g = ledger.grades()[claim.id or ""]
        page = render_html(ledger)
    label = f"B{g[0]}"
    runner = CliRunner()
    shown = runner.invoke(app, ["show", claim.id or "", "--db", str(db)])
    assert shown.exit_code == 0 and f"grade {label} (source usually reliable, information " in shown.stdout

    out = tmp_path / "ledger.json"
    assert runner.invoke(app, ["export", "--db", str(db), "-o", str(out)]).exit_code == 0
    data = {c["id"]: c for c in json.loads(out.read_text(encoding="utf-8"))["claims"]}
    assert data[claim.id]["grade"] == g[0] and data[claim.id]["grade_reasons"] == g.reasons
    assert (data[claim.id]["reliability"], data[claim.id]["grade_label"]) == ("B", label)
    own = next(c for c in data.values() if c["source"] is None)
    assert own["reliability"] == "F" and own["grade_label"] == f"F{own['grade']}"

    assert f">{label}</span>" in page
    with TestClient(create_app(db, relink_on_review=False), base_url="http://localhost:8000") as client:
        html = client.get(f"/claims/{claim.id}").text
        assert f">{label}</span>" in html and "source usually reliable, information" in html
        assert f">{label}</span>" in client.get(f"/documents/{claim.document}").text


def test_serve_reports_unmatched_names(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: None)
    ratings = write(tmp_path / "r.csv", "NIS,B\nAgence Foo,A\n")
    run = CliRunner().invoke(app, ["serve", "--db", str(db), "--ratings", str(ratings)])
    assert run.exit_code == 0, run.stderr
    assert 'recoupe: ratings: "Agence Foo" matches no source in the ledger' in run.stderr.splitlines()


def test_a_bad_ratings_file_is_one_line(db: Path, tmp_path: Path) -> None:
    for name, text in (("r.csv", "NIS,Z\n"), ("r.json", '["NIS", "B"]')):
        run = CliRunner().invoke(app, ["serve", "--db", str(db), "--ratings", str(write(tmp_path / name, text))])
        assert run.exit_code == 2 and len(run.stderr.splitlines()) == 1, run.stderr


# --- the Grade itself, without a ledger ---------------------------------------------------

def _claim(source: str | None, keys: list[str] = []) -> Claim:
    src = Source(0, 5, source, source, "selon", entity_keys=list(keys)) if source else None
    return Claim("d", 0, 60, "Selon quelqu'un, 300 soldats ont été tués.", source=src)


@pytest.mark.parametrize(("claim", "ratings", "letter"), [
    (_claim(None), {"nis": "B"}, "F"),
    (_claim("NIS"), {"nis": "B"}, "B"),
    (_claim("le NIS"), {"nis": "B"}, "F"),  # no entity to go through
    (_claim("renseignement sud-coréen (NIS)"), {"nis": "B"}, "B"),
    (_claim("Service national", ["org:service national de renseignement"]), {"org:service national de renseignement": "A"}, "A"),
    (_claim("Service national", ["org:service national de renseignement"]), {"service national de renseignement": "C"}, "C"),
])
def test_rating_of_a_claim(claim: Claim, ratings: dict[str, str], letter: str) -> None:
    assert rating(claim, ratings)[0] == letter


def test_grade_pairs_compare_and_keep_their_letter() -> None:
    g = Grade(2, ["source reliability B (usually reliable)"], "B")
    assert g == (2, ["source reliability B (usually reliable)"]) and g[0] == 2 and g.label == "B2"
    assert g != Grade(2, ["source reliability B (usually reliable)"], "C")
    assert pickle.loads(pickle.dumps(g)).reliability == "B"
    with pytest.raises(ValueError):
        Grade(2, [], "G")
    # A reviewer's word changes the credibility, not the source's reliability.
    claim = _claim("NIS")
    claim.id = "c1"
    wrong = Review("d", "claim", 0, 60, "wrong")
    assert review_grades({"c1": g}, [claim], [wrong])["c1"].label == "B5"


def test_an_old_ledger_gets_the_letters_of_its_reasons(db: Path, tmp_path: Path) -> None:
    """A ledger graded before the letter had a column keeps it in its first reason."""
    with recoupe.open_ledger(db) as ledger:
        relink(ledger, load_ratings(write(tmp_path / "r.csv", "NIS,B\n")))
        expected = {cid: g.reliability for cid, g in ledger.grades().items()}
    # The ledger as the migration before found it: it and those after it undone.
    names = migrations.names()
    at = next(i for i, n in enumerate(names) if n.endswith("_grade_reliability"))
    undo = {"_grade_reliability": ["ALTER TABLE grades DROP COLUMN reliability"],
            "_source_office": [f"ALTER TABLE claims DROP COLUMN source_{c}" for c in ("office", "country", "described")],
            "_measure_choices": ["DROP TABLE measure_reviews", "ALTER TABLE measures DROP COLUMN computed_key"],
            "_stale": ["DROP TABLE stale_measures", "DROP TABLE stale_documents", "DROP INDEX links_measure",
                       "DROP INDEX checks_measure", "DROP INDEX measures_key", "ALTER TABLE checks DROP COLUMN measure"],
            "_read_indexes": [f"DROP INDEX {i}" for i in ("documents_published", "claims_source", "quantities_unit",
                                                          "links_relation", "measures_key_label")],
            "_stale_figures": [],  # its column goes with the table "_stale" dropped
            "_entity_index": ["DROP TABLE entity_probes", "DROP INDEX aliases_alias", "DROP TABLE stale_entities"],
            "_stored_shingles": ["ALTER TABLE document_fingerprints DROP COLUMN shingle_set"],
            "_document_terms": ["DROP TABLE document_terms"],
            "_told_earlier": ["ALTER TABLE claims DROP COLUMN told_earlier"],
            "_set_aside": ["ALTER TABLE quantities DROP COLUMN set_aside"]}
    conn = sqlite3.connect(db)
    for name in names[at:]:
        for statement in next(v for k, v in undo.items() if name.endswith(k)):
            conn.execute(statement)
        conn.execute("DELETE FROM _migrations WHERE name = ?", (name,))
    conn.execute(f"PRAGMA user_version = {at}")
    conn.commit()
    conn.close()
    with recoupe.open_ledger(db) as ledger:
        assert {cid: g.reliability for cid, g in ledger.grades().items()} == expected
    assert "B" in expected.values() and "F" in expected.values()
