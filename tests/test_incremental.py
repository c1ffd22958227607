"""Incremental re-linking: a run re-links only the measures its new or changed figures touch,
and the ledger it leaves is the one a whole re-link gives, whatever order the documents came in."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import recoupe
from recoupe.link import relink
from recoupe.review import MeasureReview, Review
from recoupe.store import Ledger

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".md"))
# Five stories of several outlets each (floods, a strike, a by-election, dengue, a shipwreck)
# beside the examples: figures that link within a story, and stories that must not meet.
STORIES = ROOT / "eval" / "stories6"
CORPUS = EXAMPLES + sorted((STORIES / "texts").glob("*.txt"))
MANIFEST = STORIES / "manifest.csv"


def snapshot(ledger: Ledger) -> tuple[list[Any], ...]:
    """Everything a re-link stores, figures and claims named by document and span (row ids
    differ from one ledger to another)."""
    span: dict[str, tuple[str, int, int]] = {}
    for c in ledger.claims():
        span[c.id or ""] = (c.document, c.start, c.end)
        for q in c.quantities:
            span[q.id or ""] = (c.document, q.start, q.end)
    links = [(span[l.a], span[l.b], l.relation, l.independent, l.explanation, l.measure, l.copy)
             for l in ledger.links()]
    checks = sorted((tuple(span[f] for f in c.facts), c.verdict, c.explanation, c.kind) for c in ledger.checks())
    consensus = [(c.measure, tuple(span[q] for q in c.members), tuple(span[q] for q in c.current), c.low, c.high,
                  c.agree, c.origins, tuple(span[q] for q in c.outliers), span[c.latest], c.window, c.explanation)
                 for c in ledger.consensus()]
    grades = sorted((span[k], g[0], tuple(g[1]), g.reliability) for k, g in ledger.grades().items())
    return links, checks, consensus, grades


def one_by_one(paths: list[Path], db: Path) -> None:
    for path in paths:
        result = recoupe.analyze([path], db=db, manifest=MANIFEST)
        assert not result.errors, result.errors


@pytest.fixture(scope="module")
def shuffled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ledger the corpus came into one document per run, in a random order."""
    db = tmp_path_factory.mktemp("inc") / "one-by-one.db"
    order = CORPUS[:]
    random.Random(20261202).shuffle(order)
    one_by_one(order, db)
    return db


@pytest.fixture(scope="module")
def at_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Any], ...]:
    db = tmp_path_factory.mktemp("inc") / "at-once.db"
    recoupe.analyze(CORPUS, db=db, manifest=MANIFEST)
    with recoupe.open_ledger(db) as ledger:
        return snapshot(ledger)


def test_the_corpus_links_across_documents(at_once: tuple[list[Any], ...]) -> None:
    links, _, consensus, _ = at_once
    assert len({(a[0], b[0]) for a, b, *_ in links if a[0] != b[0]}) >= 20  # many pairs of documents
    assert len(consensus) >= 10


def test_runs_one_document_at_a_time_give_the_ledger_of_one_run(
        shuffled: Path, at_once: tuple[list[Any], ...]) -> None:
    with recoupe.open_ledger(shuffled) as ledger:
        assert ledger.stale() == (set(), set())  # each run's re-link looked at what it touched
        assert snapshot(ledger) == at_once


def test_an_incremental_relink_equals_a_whole_one(shuffled: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    with sqlite3.connect(shuffled) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
    with recoupe.open_ledger(db) as ledger:
        before = snapshot(ledger)
        relink(ledger, everything=True)
        assert snapshot(ledger) == before


def measure_rows(db: Path) -> dict[str, list[int]]:
    with sqlite3.connect(db) as conn:
        out: dict[str, list[int]] = {}
        for measure, rowid in conn.execute("SELECT measure, id FROM links ORDER BY id"):
            out.setdefault(measure, []).append(rowid)
        return out


def test_a_new_document_rewrites_only_the_measures_it_touches(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    recoupe.analyze(CORPUS, db=db, manifest=MANIFEST)
    before = measure_rows(db)
    new = tmp_path / "2024-11-05_obus.txt"
    new.write_text("Obus nord-coréens : Séoul relève son estimation\n\n"
                   "La Corée du Nord a livré à la Russie plus de 9 millions d'obus depuis août 2023, selon le "
                   "renseignement sud-coréen (NIS), qui en comptait 5 millions au printemps.\n", encoding="utf-8")
    recoupe.analyze([new], db=db)
    with recoupe.open_ledger(db) as ledger:
        touched = ledger.measures_of_documents([d.id for d in ledger.documents() if d.path.endswith(new.name)])
    after = measure_rows(db)
    assert touched & set(before), "the new figures join measures the ledger holds"
    untouched = set(before) - touched
    assert untouched, "and the ledger holds other measures"
    for measure in untouched:
        assert after[measure] == before[measure], f"{measure}: its links were written again"
    assert any(after[m] != before[m] for m in touched & set(before))


def compare_with_whole(db: Path) -> None:
    with recoupe.open_ledger(db) as ledger:
        incremental = snapshot(ledger)
        relink(ledger, everything=True)
        assert snapshot(ledger) == incremental


@pytest.mark.parametrize("change", ["reanalyse", "review", "merge", "copy"])
def test_what_an_analyst_or_a_rerun_changes_is_relinked_as_a_whole_relink_would(tmp_path: Path, change: str) -> None:
    db = tmp_path / "l.db"
    recoupe.analyze(CORPUS, db=db, manifest=MANIFEST)
    with recoupe.open_ledger(db) as ledger:
        docs = [d for d in ledger.documents() if "lstory01" in d.path]
        claim = next(c for c in ledger.claims(docs[0].id) if c.quantities)
        q = claim.quantities[0]
        if change == "review":
            # The analyst corrects a figure: it may now conflict where it agreed.
            ledger.add_review(Review(document=docs[0].id, target="quantity", start=q.start, end=q.end,
                                     action="correct", low=(q.low or 0) * 3 + 1, high=(q.low or 0) * 3 + 1))
        elif change == "merge":
            keys = sorted({m.key for m in ledger.measure_records(documents=[d.id for d in docs]).values()})
            ledger.add_measure_review(MeasureReview(action="merge", measure=keys[0], into=keys[1]))
        elif change == "copy":
            ledger.set_copy_of(docs[1].id, docs[0].id)
        measures, documents = ledger.stale()
        assert measures or documents or change == "reanalyse"
        if change != "reanalyse":
            relink(ledger)
            assert ledger.stale() == (set(), set())
    if change == "reanalyse":
        result = recoupe.reanalyze([docs[0].id], db=db)
        assert not result.errors
    compare_with_whole(db)


def test_a_ledger_from_before_is_relinked_whole_once(tmp_path: Path) -> None:
    """The migration that starts the record asks for one whole re-link: a ledger from before
    has no record of what its last re-link saw."""
    db = tmp_path / "l.db"
    with recoupe.open_ledger(db) as ledger:
        measures, _ = ledger.stale()
        assert measures == {"*"}
        relink(ledger)
        assert ledger.stale() == (set(), set())


def test_a_new_alias_relinks_the_documents_that_named_either_entity(tmp_path: Path) -> None:
    """A third article names the NIS by its full name and its acronym: the two earlier
    articles, each quoting one of the names, now go back to one source, though the new
    article's figure is of another measure."""
    texts = {
        "2024-11-01_a.txt": "Troupes nord-coréennes : Séoul avance un chiffre\n\n"
                            "Selon le NIS, la Corée du Nord a envoyé environ 11 000 soldats en Russie.\n",
        "2024-11-02_b.txt": "Koursk : des soldats nord-coréens au front\n\n"
                            "D'après le Service national du renseignement, la Corée du Nord a envoyé environ "
                            "11 000 soldats en Russie.\n",
        "2024-11-03_c.txt": "Obus : Pyongyang a livré des millions de munitions\n\n"
                            "Le Service national du renseignement (NIS) sud-coréen estime que la Corée du Nord a "
                            "livré plus de 8 millions d'obus à la Russie.\n",
    }
    db = tmp_path / "l.db"
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        recoupe.analyze([tmp_path / name], db=db)
        with recoupe.open_ledger(db) as ledger:
            if name.endswith("_b.txt"):
                assert [(l.relation, l.independent) for l in ledger.links()] == [("corroborates", True)]
    with recoupe.open_ledger(db) as ledger:
        assert ledger.entity_groups()  # the acronym joined the full name
        assert [(l.relation, l.independent) for l in ledger.links()] == [("corroborates", False)]
    compare_with_whole(db)


def test_the_relink_command_relinks_what_changed_or_everything(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from recoupe.cli import app

    db = tmp_path / "l.db"
    recoupe.analyze(EXAMPLES[:3], db=db)
    with recoupe.open_ledger(db) as ledger:
        links = len(ledger.links())
        assert links and ledger.stale() == (set(), set())
    run = CliRunner().invoke(app, ["relink", "--db", str(db)])
    assert run.exit_code == 0, run.output
    assert run.output.startswith(f"{links} links") and "0 new links" in run.output  # nothing had changed
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM links")  # as if the rules had changed
    run = CliRunner().invoke(app, ["relink", "--db", str(db)])
    assert run.output.startswith("0 links")  # nothing is stale: nothing recomputed
    run = CliRunner().invoke(app, ["relink", "--all", "--db", str(db)])
    assert run.exit_code == 0 and run.output.startswith(f"{links} links, ") and f"{links} new links" in run.output
    run = CliRunner().invoke(app, ["relink", "--db", str(tmp_path / "missing.db")])
    assert run.exit_code == 2
