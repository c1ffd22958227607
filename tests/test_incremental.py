"""Incremental re-linking: a run re-links only the measures its new or changed figures touch,
and the ledger it leaves is the one a whole re-link gives, whatever order the documents came in."""

from __future__ import annotations

import random
import sqlite3
from datetime import date, timedelta
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
    # Links and groups are sets: a run that re-links around new figures stores its rows in
    # another order than a whole re-link.
    links = sorted((span[l.a], span[l.b], l.relation, str(l.independent), l.explanation, l.measure, l.copy)
                   for l in ledger.links())
    checks = sorted((tuple(span[f] for f in c.facts), c.verdict, c.explanation, c.kind) for c in ledger.checks())
    consensus = sorted((c.measure, tuple(span[q] for q in c.members), tuple(span[q] for q in c.current), repr(c.low),
                        repr(c.high), c.agree, c.origins, tuple(span[q] for q in c.outliers), span[c.latest],
                        repr(c.window), c.explanation) for c in ledger.consensus())
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


def _corpus(words: int, seed: int, folder: Path) -> list[Path]:
    """Articles of the benchmarks' generated corpus: one story told for months by many outlets."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_corpus(module.build_corpus(words=words, seed=seed), folder)


def test_new_articles_within_long_series_are_linked_around_as_a_whole_relink_would(tmp_path: Path) -> None:
    """Articles dated within a story followed for months come into a ledger of it one per run:
    each run re-links its measures around the new figures only, reading the days around them
    through the documents' dates, and regroups the weeks of the long series its links touch,
    and the ledger is the one a single run gives. The thresholds are lowered so that a ledger
    of a few dozen articles has long series and measures read by the days."""
    import importlib

    from recoupe import link
    from recoupe.link import partial

    consensus = importlib.import_module("recoupe.link.consensus")  # the module, not the function of that name
    paths = _corpus(46 * 720, 11, tmp_path / "corpus")
    order = paths[:]
    random.Random(3).shuffle(order)
    base, new = order[:-6], order[-6:]
    plans: list[tuple[str, int, int, bool]] = []
    relink_around = partial.relink_around

    def spy(ledger: Ledger, found: list[partial.Plan], stale: set[str]) -> Any:
        plans.extend((p.key, len(p.rows), len(p.stale), p.since is not None) for p in found)
        return relink_around(ledger, found, stale)

    with pytest.MonkeyPatch.context() as mp:
        for module in (consensus, partial):
            mp.setattr(module, "LONG_SERIES", 8)
        mp.setattr(partial, "READ_BY_DAYS", 40)
        mp.setattr(partial, "FIRST_DAYS", 3)
        mp.setattr(link, "relink_around", spy)  # the name the re-link calls
        recoupe.analyze(paths, db=tmp_path / "once.db")
        with recoupe.open_ledger(tmp_path / "once.db") as ledger:
            once = snapshot(ledger)
        assert not plans, "a first run links every measure whole"
        recoupe.analyze(base, db=tmp_path / "runs.db")
        for path in new:
            assert not recoupe.analyze([path], db=tmp_path / "runs.db").errors
        with recoupe.open_ledger(tmp_path / "runs.db") as ledger:
            assert snapshot(ledger) == once
            assert ledger.consensus_total(max({p[0] for p in plans}, key=ledger.measure_size)) > 3
    assert len(plans) >= 10, "the new figures were linked around"
    assert any(by_days for *_, by_days in plans), "a measure was read by the days around its new figures"
    assert any(rows < 46 for _, rows, _, by_days in plans if by_days)


@pytest.mark.parametrize("long_series", [3, 100])
def test_every_run_linking_around_its_new_figures_gives_the_ledger_of_one_run(
        long_series: int, tmp_path: Path, at_once: tuple[list[Any], ...]) -> None:
    """The stories come in one per run, in a random order, and every measure a run touches is
    re-linked around its new figures, however few figures it held (a story's toll, a town's
    part of a national count, a headline restated): the ledger is the one a single run gives.
    With a short long series, groups turn from one story's into a series' week by week as the
    runs go."""
    import importlib

    from recoupe import link
    from recoupe.link import partial

    consensus = importlib.import_module("recoupe.link.consensus")
    plans: list[str] = []
    relink_around = partial.relink_around

    def spy(ledger: Ledger, found: list[partial.Plan], stale: set[str]) -> Any:
        plans.extend(p.key for p in found)
        return relink_around(ledger, found, stale)

    order = CORPUS[:]
    random.Random(long_series).shuffle(order)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(partial, "WHOLE_SHARE", 1.0)
        mp.setattr(link, "relink_around", spy)  # the name the re-link calls
        for module in (consensus, partial):
            mp.setattr(module, "LONG_SERIES", long_series)
        one_by_one(order, tmp_path / "runs.db")
        recoupe.analyze(CORPUS, db=tmp_path / "once.db", manifest=MANIFEST)
        with recoupe.open_ledger(tmp_path / "runs.db") as runs, recoupe.open_ledger(tmp_path / "once.db") as once:
            assert snapshot(runs) == snapshot(once)
            if long_series == 100:
                assert snapshot(once) == at_once
    assert len(plans) >= 30


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
TOWNS = ["Lyon", "Marseille", "Toulouse", "Nantes", "Rennes", "Bordeaux", "Lille", "Grenoble", "Montpellier"]
ASIDES = ["Les syndicats appellent à une nouvelle journée la semaine prochaine.",
          "Le gouvernement maintient son calendrier.",
          "Des heurts ont éclaté en fin de cortège.",
          "La CGT réclame le retrait du texte.",
          "Les transports restaient perturbés dans la soirée."]


def protest_days(folder: Path, n: int, seed: int) -> list[Path]:
    """``n`` dispatches on a season of protest days, each with a town's crowd and the nation's:
    a town's count is checked against the nearest national count of its period."""
    rng = random.Random(seed)
    folder.mkdir()
    day = date(2023, 1, 19)
    paths = []
    for i in range(n):
        day += timedelta(days=rng.choice([0, 1, 2, 3]))
        town = rng.choice(TOWNS)
        whole = f"{rng.randrange(8, 30) * 100_000:,}".replace(",", " ")
        text = (f"Publié le {day.day} {MONTHS[day.month - 1]} {day.year}\n\nRetraites : {town} dans la rue\n\n"
                f"À {town}, {rng.randrange(5, 40)} 000 personnes ont manifesté jeudi contre la réforme des "
                f"retraites, selon la préfecture. {rng.choice(ASIDES)} Dans toute la France, {whole} "
                f"manifestants ont défilé selon le ministère de l'Intérieur. {rng.choice(ASIDES)}\n")
        path = folder / f"{day.isoformat()}_{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_a_towns_count_is_checked_against_the_nearest_whole_when_runs_add_articles_around_it(tmp_path: Path) -> None:
    """Dispatches on a season of protest days come in a few per run, in a random order; every
    run re-links its measure around the new figures, reading only the days around them. A
    town's count is checked against the nearest national count within the window after it,
    so a run must link again the figures up to two windows after a new one: the checks and
    links are those of one run."""
    from recoupe import link
    from recoupe.link import partial

    paths = protest_days(tmp_path / "days", 70, 5)
    recoupe.analyze(paths, db=tmp_path / "once.db")
    with recoupe.open_ledger(tmp_path / "once.db") as ledger:
        once = snapshot(ledger)
        assert len(once[1]) >= 15, "towns' counts checked against the nation's"
    order = paths[:]
    random.Random(8).shuffle(order)
    plans: list[bool] = []
    relink_around = partial.relink_around

    def spy(ledger: Ledger, found: list[partial.Plan], stale: set[str]) -> Any:
        plans.extend(p.since is not None for p in found)
        return relink_around(ledger, found, stale)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(partial, "WHOLE_SHARE", 1.0)
        mp.setattr(partial, "READ_BY_DAYS", 30)
        mp.setattr(link, "relink_around", spy)  # the name the re-link calls
        recoupe.analyze(order[:40], db=tmp_path / "runs.db")
        for k in range(40, 70, 3):
            assert not recoupe.analyze(order[k:k + 3], db=tmp_path / "runs.db").errors
    with recoupe.open_ledger(tmp_path / "runs.db") as ledger:
        assert snapshot(ledger) == once
    assert len(plans) == 10 and any(plans)


@pytest.mark.parametrize("first", [0, 25])
def test_many_new_documents_are_linked_a_stretch_of_days_at_a_time(tmp_path: Path, first: int) -> None:
    """A run of many documents links them a few at a time in the order of their dates, so
    that memory holds one stretch of days: into an empty ledger (each step links its own
    figures), or into one that holds others (each step links around its figures). The ledger
    is the one a whole re-link gives."""
    from recoupe import link

    paths = CORPUS + protest_days(tmp_path / "days", 45, 9)
    random.Random(first).shuffle(paths)
    steps: list[bool] = []
    in_chunks = link._relink_in_chunks

    def spy(ledger: Ledger, documents: set[str], fresh: bool) -> Any:
        steps.append(fresh)
        return in_chunks(ledger, documents, fresh)

    db = tmp_path / "l.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(link, "CHUNK", 9)
        mp.setattr(link, "_relink_in_chunks", spy)
        if first:
            recoupe.analyze(paths[:first], db=db, manifest=MANIFEST)
        recoupe.analyze(paths[first:], db=db, manifest=MANIFEST)
    assert steps == ([True, False] if first else [True])
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
                            "12 000 soldats en Russie.\n",
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
