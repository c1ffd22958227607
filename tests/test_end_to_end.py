"""The command line end to end: ``recoupe analyze`` on the demo corpus and on bad inputs.

Runs ``recoupe.cli.app`` in-process with Typer's ``CliRunner`` (the model loads once).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import recoupe
from recoupe.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md") and p.name[:4].isdigit())


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


def analyze(*args: str) -> Run:
    result = CliRunner().invoke(app, ["analyze", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], Run]:
    root = tmp_path_factory.mktemp("demo")
    db, out = root / "demo.db", root / "demo.json"
    run = analyze(str(EXAMPLES), "--db", str(db), "--json", str(out), "--quiet")
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    return db, data, run


def test_demo_corpus_is_there() -> None:
    assert len(EXAMPLE_FILES) == 6


def test_analyze_examples(demo: tuple[Path, dict[str, Any], Run]) -> None:
    db, data, run = demo
    assert run.exit_code == 0, run.stderr
    assert run.stderr.strip() == ""
    docs = data["documents"]
    assert sorted(Path(d["path"]).name for d in docs) == [p.name for p in EXAMPLE_FILES]
    for d in docs:
        # Every example starts with "Publié le …" and its file name starts with that date.
        assert d["published"] == Path(d["path"]).name[:10]
        assert d["lang"] == "fr"
    claims = data["claims"]
    assert sum(len(c["quantities"]) for c in claims) >= 40
    assert sum(1 for c in claims if c["source"]) >= 20
    assert any(c["hedged"] for c in claims) and any(not c["hedged"] for c in claims)
    assert len(data["links"]) >= 3
    assert {l["relation"] for l in data["links"]} <= {"corroborates", "consistent", "conflicts", "updates"}
    # Each group of linked figures has its consensus, read from figures the export holds.
    figures = {q["id"] for c in data["claims"] for q in c["quantities"]}
    assert data["consensus"] and all(set(c["members"]) <= figures and c["latest"] in c["members"]
                                     for c in data["consensus"])
    assert data["entities"]


def test_json_offsets_and_ids(demo: tuple[Path, dict[str, Any], Run]) -> None:
    _, data, _ = demo
    texts = {d["id"]: Path(d["path"]).read_text(encoding="utf-8").removeprefix("\ufeff") for d in data["documents"]}
    quantity_ids = set()
    entity_ids = {e["id"] for e in data["entities"]}
    for c in data["claims"]:
        text = texts[c["document"]]
        assert text[c["start"]:c["end"]] == c["text"]
        for q in c["quantities"]:
            assert text[q["start"]:q["end"]] == q["text"]
            assert c["start"] <= q["start"] < c["end"]
            quantity_ids.add(q["id"])
        for t in c["times"]:
            assert text[t["start"]:t["end"]] == t["text"]
        if c["source"]:
            assert text[c["source"]["start"]:c["source"]["end"]] == c["source"]["text"]
        assert set(c["entities"]) <= entity_ids
    for l in data["links"]:
        assert l["a"] in quantity_ids and l["b"] in quantity_ids and l["explanation"]
    for k in data["checks"]:
        assert set(k["facts"]) <= quantity_ids and k["verdict"] in ("consistent", "inconsistent")


def test_expected_figures_in_examples(demo: tuple[Path, dict[str, Any], Run]) -> None:
    _, data, _ = demo
    figures = {(q["low"], q["high"], q["unit"]) for c in data["claims"] for q in c["quantities"]}
    assert (4_000_000, 6_000_000, "shell") in figures  # "de 4 à 6 millions d'obus"
    assert any(lo == 20_000_000_000 and unit == "usd" for lo, _, unit in figures)  # "20 milliards de dollars"
    assert any(unit == "container" and lo == 16_000 for lo, _, unit in figures)


def test_a_measure_has_three_estimates_from_different_documents(demo: tuple[Path, dict[str, Any], Run]) -> None:
    db, _, _ = demo
    with recoupe.open_ledger(db) as ledger:
        doc_of = {q.id: c.document for c in ledger.claims() for q in c.quantities}
        by_measure: dict[str, set[str]] = defaultdict(set)
        for qid, (key, _) in ledger.measures().items():
            by_measure[key].add(doc_of[qid])
    assert max(len(docs) for docs in by_measure.values()) >= 3


def test_analyze_again_adds_nothing(demo: tuple[Path, dict[str, Any], Run], tmp_path: Path) -> None:
    db, data, _ = demo
    with recoupe.open_ledger(db) as ledger:
        before = ledger.counts()
    again = analyze(str(EXAMPLES), "--db", str(db), "--json", str(tmp_path / "again.json"), "--quiet")
    assert again.exit_code == 0, again.stderr
    with recoupe.open_ledger(db) as ledger:
        assert ledger.counts() == before
    second = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    assert len(second["documents"]) == len(data["documents"])
    assert len(second["claims"]) == len(data["claims"])
    assert len(second["links"]) == len(data["links"])


GOOD = """Publié le 12 mars 2024
Munitions nord-coréennes

Selon le ministère sud-coréen de la défense, la Corée du Nord a livré 4 millions d'obus à la Russie.
"""
OTHER = """Publié le 14 mars 2024
Londres confirme

D'après l'Institut international d'études stratégiques, Pyongyang a fourni 4 millions d'obus aux forces russes.
"""


def test_bad_inputs_are_reported_and_good_ones_kept(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    first = tmp_path / "first.txt"
    first.write_text(GOOD, encoding="utf-8")
    assert analyze(str(first), "--db", str(db), "--quiet").exit_code == 0

    good = tmp_path / "good.txt"
    good.write_text(OTHER, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x00\x00" * 64)
    docx = tmp_path / "rapport.docx"
    docx.write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    bad_utf8 = tmp_path / "bad_utf8.txt"
    bad_utf8.write_bytes(OTHER.replace("4 millions", "5 millions").encode("utf-8").replace(b"Londres", b"Lond\xffres"))
    bad = [missing, empty, binary, docx, bad_utf8]

    run = analyze(*map(str, bad), str(good), "--db", str(db), "--json", str(tmp_path / "out.json"), "--quiet")
    assert run.exit_code == 1
    lines = [l for l in run.stderr.splitlines() if l.strip()]
    assert len(lines) == len(bad), run.stderr
    for path in bad:
        assert sum(path.name in l for l in lines) == 1, (path.name, lines)
    with recoupe.open_ledger(db) as ledger:
        names = sorted(Path(d.path).name for d in ledger.documents())
    assert names == ["first.txt", "good.txt"]
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert sorted(Path(d["path"]).name for d in data["documents"]) == ["first.txt", "good.txt"]
    # The two documents still get cross-checked.
    assert any(l["relation"] == "corroborates" for l in data["links"])


def test_error_lines_say_why(tmp_path: Path) -> None:
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    run = analyze(str(tmp_path / "absent.txt"), str(empty), "--db", str(tmp_path / "l.db"), "--quiet")
    assert run.exit_code == 1
    assert re.search(r"absent\.txt.*(no such|introuvable|not found)", run.stderr, re.IGNORECASE)
    assert re.search(r"vide\.txt.*empty", run.stderr, re.IGNORECASE)


def test_bad_published_option(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    run = analyze(str(good), "--db", str(tmp_path / "l.db"), "--published", "12/03/2024", "--quiet")
    assert run.exit_code not in (0, 1)  # a usage error, not a bad input
    assert "12/03/2024" in run.stderr
    if (tmp_path / "l.db").exists():
        with recoupe.open_ledger(tmp_path / "l.db") as ledger:
            assert ledger.documents() == []


@pytest.mark.parametrize("given, iso, precision", [("2024-03-12", "2024-03-12", "day"), ("2024-03", "2024-03-01", "month"),
                                                   ("2024", "2024-01-01", "year")])
def test_published_option_takes_partial_dates(tmp_path: Path, given: str, iso: str, precision: str) -> None:
    text = tmp_path / "sans-date.txt"
    text.write_text("Environ 300 manifestants ont défilé samedi à Rennes, selon la préfecture.", encoding="utf-8")
    run = analyze(str(text), "--db", str(tmp_path / "l.db"), "--published", given, "--quiet")
    assert run.exit_code == 0, run.stderr
    with recoupe.open_ledger(tmp_path / "l.db") as ledger:
        (doc,) = ledger.documents()
    assert (doc.published.isoformat(), doc.published_precision, doc.published_how) == (iso, precision, "given")


def _long_folder(root: Path, length: int = 220) -> Path:
    folder = root
    while len(str(folder)) < length:
        folder = folder / ("dossier-aux-articles-de-presse-" + str(len(str(folder))))
    folder.mkdir(parents=True)
    return folder


def test_progress_is_plain_lines_when_not_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # CliRunner's streams are not terminals: one plain line per document, no bar escapes, and
    # a path far longer than any terminal is never wrapped or cut, wherever the run happens.
    folder = _long_folder(tmp_path)
    for p in EXAMPLES.iterdir():
        (folder / p.name).write_bytes(p.read_bytes())
    monkeypatch.chdir(folder)
    run = analyze(str(folder), "--db", str(folder / "p.db"))
    assert run.exit_code == 0, run.stderr
    added = [l for l in run.stderr.splitlines() if l.startswith("added: ")]
    assert sorted(l[len("added: "):] for l in added) == sorted(str(folder / p.name) for p in EXAMPLES.iterdir())
    assert "\x1b[" not in run.stderr and "━" not in run.stderr
    # The summary tables are not cut either: each document's table title holds its full path.
    for p in EXAMPLES.iterdir():
        assert str(folder / p.name) in run.stdout


def test_markup_in_articles_and_names_is_printed_as_written(tmp_path: Path) -> None:
    """Text from an input is never read as terminal markup: brackets in an article or a file
    name are printed as they are, and ``--json``, ``measures`` and ``show`` still work."""
    folder = tmp_path / "in"
    folder.mkdir()
    name = "note[bold]interne.txt"
    (folder / name).write_text(
        "Bilan [/bold] de la crue [link=https://exemple.invalid/x]ici[/link]\n\n"
        "Selon la préfecture [red], 1 240 habitants [/red] ont été évacués mardi.\n", encoding="utf-8")
    db, out = tmp_path / "m.db", tmp_path / "m.json"
    run = analyze(str(folder), "--db", str(db), "--json", str(out))
    assert run.exit_code == 0, run.stderr
    assert f"added: {folder / name}" in run.stderr
    assert name in run.stdout and "\x1b]8;" not in run.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    claim = next(c for c in data["claims"] if c.get("quantities"))
    runner = CliRunner()
    shown = runner.invoke(app, ["show", claim["id"], "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "[red]" in shown.stdout and "[/red]" in shown.stdout and name in shown.stdout
    title = next(c for c in data["claims"] if "[link=" in c["text"])
    shown = runner.invoke(app, ["show", title["id"], "--db", str(db)])
    assert shown.exit_code == 0 and "[link=https://exemple.invalid/x]" in shown.stdout and "\x1b]8;" not in shown.stdout
    measures = runner.invoke(app, ["measures", "--db", str(db)])
    assert measures.exit_code == 0, measures.output


# -- texts stored without analysis, and reanalysis ------------------------------------------

FRENCH_WITH_ENGLISH_TITLE = ("Selon the Wall Street Journal, qui cite des responsables américains, "
                             "10 000 obus ont été livrés à la Russie en mars.")


def _stored_unanalysed(db: Path, path: Path, text: str, lang: str) -> str:
    """The state an earlier run left: the text stored as another language, no claims."""
    from recoupe.ingest import document_id
    from recoupe.model import Analysis, Document

    doc = Document(id=document_id(text), path=str(path), text=text, lang=lang)
    with recoupe.open_ledger(db) as ledger:
        assert ledger.add_analysis(Analysis(document=doc, claims=[], mentions=[], entities=[]))
    return doc.id


def test_text_stored_unanalysed_is_analysed_by_a_later_run(tmp_path: Path) -> None:
    """A rerun used to be a no-op (same sha256), so the figures were lost for good."""
    text = tmp_path / "wsj.txt"
    text.write_text(FRENCH_WITH_ENGLISH_TITLE, encoding="utf-8")
    db = tmp_path / "l.db"
    _stored_unanalysed(db, text, FRENCH_WITH_ENGLISH_TITLE, "en")
    run = analyze(str(text), "--db", str(db), "--quiet")
    assert run.exit_code == 0, run.stderr
    assert "stored earlier as English without analysis; now analysed as French" in run.stderr
    with recoupe.open_ledger(db) as ledger:
        (doc,) = ledger.documents()
        assert doc.lang == "fr"
        assert [q.low for c in ledger.claims() for q in c.quantities] == [10000]
    again = analyze(str(text), "--db", str(db), "--quiet")
    assert again.exit_code == 0 and again.stderr == ""
    with recoupe.open_ledger(db) as ledger:
        assert len(ledger.claims()) == 1


def test_reanalyze_reads_a_stored_text_in_the_language_given(tmp_path: Path) -> None:
    english = "The ministry said on Tuesday that 1,200 soldiers were wounded near Donetsk last week."
    db = tmp_path / "l.db"
    doc_id = _stored_unanalysed(db, tmp_path / "en.txt", english, "en")
    runner = CliRunner()
    refused = runner.invoke(app, ["reanalyze", doc_id[:8], "--db", str(db), "-q"])
    assert refused.exit_code == 1
    assert refused.stderr.strip() == (f"recoupe: {tmp_path / 'en.txt'}: not analysed: the text is in English, "
                                      "recoupe analyses French only (--lang fr reads it as French)")
    unknown = runner.invoke(app, ["reanalyze", "nosuchdoc", "--db", str(db), "-q"])
    assert (unknown.exit_code, unknown.stderr.strip()) == (1, "recoupe: nosuchdoc: no such document in the ledger")
    bad_lang = runner.invoke(app, ["reanalyze", doc_id, "--db", str(db), "--lang", "zz", "-q"])
    assert (bad_lang.exit_code, bad_lang.stderr.strip()) == (2, "recoupe: unknown language 'zz'")
    done = runner.invoke(app, ["reanalyze", str(tmp_path / "en.txt"), "--db", str(db), "--lang", "fr-FR", "-q"])
    assert done.exit_code == 0, done.stderr
    with recoupe.open_ledger(db) as ledger:
        assert ledger.lang_of(doc_id) == "fr"
        assert len(ledger.claims()) >= 1


def test_reanalyze_replaces_an_analysis_and_keeps_reviews(tmp_path: Path) -> None:
    from recoupe.review import Review

    text = tmp_path / "a.txt"
    text.write_text("Environ 1,2 million de personnes ont manifesté mardi selon le ministère, "
                    "3 millions selon la CGT.", encoding="utf-8")
    db = tmp_path / "l.db"
    assert analyze(str(text), "--db", str(db), "-q").exit_code == 0
    with recoupe.open_ledger(db) as ledger:
        before = [(c.start, c.end, [(q.start, q.end, q.low, q.unit) for q in c.quantities]) for c in ledger.claims()]
        (doc,) = ledger.documents()
        q = ledger.claims()[0].quantities[0]
        ledger.add_review(Review(document=doc.id, target="quantity", start=q.start, end=q.end, action="wrong"))
    run = CliRunner().invoke(app, ["reanalyze", doc.id, "--db", str(db), "-q"])
    assert run.exit_code == 0, run.stderr
    with recoupe.open_ledger(db) as ledger:
        after = [(c.start, c.end, [(q.start, q.end, q.low, q.unit) for q in c.quantities]) for c in ledger.claims()]
        assert after == before  # the same facts, stored once, not twice
        assert len(ledger.reviews(doc.id)) == 1
    exported = tmp_path / "out.json"
    assert CliRunner().invoke(app, ["export", "--db", str(db), "-o", str(exported)]).exit_code == 0
    values = [q["low"] for c in json.loads(exported.read_text(encoding="utf-8"))["claims"] for q in c["quantities"]]
    assert q.low not in values and values  # the fact reviewed as wrong is still left out


def test_progress_names_a_file_with_a_tab_as_it_is(tmp_path: Path) -> None:
    # Found by tests/test_fuzz_inputs.py: the progress line went through rich, which turned
    # the tab into spaces, so the line named no file.
    name = "dépêche\tAFP [i]\\x.txt"
    (tmp_path / name).write_text("Selon la préfecture, 1 240 habitants ont été évacués mardi à Nîmes.\n",
                                 encoding="utf-8")
    run = analyze(str(tmp_path / name), "--db", str(tmp_path / "t.db"), "--published", "2024-03-12")
    assert run.exit_code == 0, run.stderr
    assert f"added: {tmp_path / name}\n" in run.stderr


# -- an analyst's merges and splits of measures ------------------------------------------------

def _measure_of(db: Path, needle: str) -> str:
    with recoupe.open_ledger(db) as ledger:
        measures = ledger.measures()
        return next(measures[q.id][0] for c in ledger.claims() for q in c.quantities if needle in q.text)


def test_merges_and_splits_of_measures_survive_reanalysis(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Publié le 12 mars 2025\n\nInondations : 1 200 habitants évacués dans le Gard, selon la préfecture. "
        "Quelque 300 personnes ont été relogées dans un gymnase, selon la mairie.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Publié le 13 mars 2025\n\nInondations dans le Gard : 1 500 personnes sinistrées, selon les pompiers.\n",
        encoding="utf-8")
    db = tmp_path / "l.db"
    assert analyze(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db), "-q").exit_code == 0
    evacuated, displaced = _measure_of(db, "1 200"), _measure_of(db, "1 500")
    assert evacuated != displaced

    def measures(*args: str) -> Any:
        return CliRunner().invoke(app, ["measures", "--db", str(db), *args])

    # The analyst says the two are one measure, and that the gymnasium figure is another thing.
    run = measures("--merge", displaced, "--into", evacuated, "--note", "même décompte")
    assert run.exit_code == 0, run.stderr
    assert "1 measure choice(s) recorded" in run.stdout
    assert _measure_of(db, "1 500") == evacuated
    with recoupe.open_ledger(db) as ledger:
        qid = next(q.id for c in ledger.claims() for q in c.quantities if "300" in q.text)
        assert any({l.a, l.b} >= {next(q.id for c in ledger.claims() for q in c.quantities if "1 200" in q.text),
                                  next(q.id for c in ledger.claims() for q in c.quantities if "1 500" in q.text)}
                   for l in ledger.links())  # linked now that they are one measure
    assert measures("--split", qid, "--into", "relogés").exit_code == 0
    split = _measure_of(db, "300")
    assert split.endswith("|#relogés") and split != evacuated

    # Both choices hold after the documents are analysed again (new row ids, same spans).
    with recoupe.open_ledger(db) as ledger:
        ids = [d.id for d in ledger.documents()]
    assert CliRunner().invoke(app, ["reanalyze", *ids, "--db", str(db), "-q"]).exit_code == 0
    assert _measure_of(db, "1 500") == evacuated and _measure_of(db, "300") == split

    # Withdrawn, each goes back to what recoupe read.
    with recoupe.open_ledger(db) as ledger:
        qid = next(q.id for c in ledger.claims() for q in c.quantities if "300" in q.text)
    assert measures("--clear", displaced, "--clear", qid).exit_code == 0
    assert _measure_of(db, "1 500") == displaced and "#" not in _measure_of(db, "300")


@pytest.mark.parametrize("args, message", [
    (["--merge", "nope|person||"], "need --into"),
    (["--merge", "nope|person||", "--into", "x|person||"], "no measure 'nope|person||'"),
    (["--split", "q999999", "--into", "autre"], "no measured figure 'q999999'"),
    (["--clear", "rien"], "neither a figure id nor a merged measure"),
])
def test_a_measure_choice_that_names_nothing_is_refused(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "a.txt").write_text("Selon la préfecture, 1 200 habitants ont été évacués mardi.\n", encoding="utf-8")
    db = tmp_path / "l.db"
    assert analyze(str(tmp_path / "a.txt"), "--db", str(db), "-q").exit_code == 0
    run = CliRunner().invoke(app, ["measures", "--db", str(db), *args])
    assert run.exit_code == 1 and message in run.stderr and len(run.stderr.strip().splitlines()) == 1
    with recoupe.open_ledger(db) as ledger:
        assert ledger.measure_reviews() == []


def test_show_tells_what_reviewers_said_of_each_figure(tmp_path: Path) -> None:
    from recoupe.review import Review

    (tmp_path / "a.txt").write_text("Selon la préfecture, 1 200 habitants ont été évacués et 35 maisons détruites.\n",
                                    encoding="utf-8")
    db = tmp_path / "l.db"
    assert analyze(str(tmp_path / "a.txt"), "--db", str(db), "-q").exit_code == 0
    with recoupe.open_ledger(db) as ledger:
        (claim,) = [c for c in ledger.claims() if len(c.quantities) == 2]
        evacuated, houses = claim.quantities
        ledger.add_review(Review(claim.document, "quantity", evacuated.start, evacuated.end, "correct", low=1300.0))
        ledger.add_review(Review(claim.document, "quantity", houses.start, houses.end, "wrong"))
    run = CliRunner().invoke(app, ["show", evacuated.id or "", "--db", str(db)])
    assert run.exit_code == 0, run.stderr
    lines = run.stdout.splitlines()
    first = next(i for i, l in enumerate(lines) if l.strip().startswith(f"{evacuated.id}:"))
    second = next(i for i, l in enumerate(lines) if l.strip().startswith(f"{houses.id}:"))
    # Each figure's own review, under that figure, not the other's.
    assert "value 1 300" in lines[first + 1] and "now 1 300" in lines[first + 1]
    assert "marked wrong" in lines[second + 1] and "left out" in lines[second + 1]
    assert "marked wrong" not in lines[first + 1]


@pytest.mark.parametrize("text, own", [
    ("Selon nos informations, le club a accepté une offre de 35 millions d'euros.", True),
    ("D'après nos sources, 40 policiers ont été blessés samedi.", True),
    ("D'après nos calculs, la ville a dépensé 3 millions d'euros.", False),  # a computation, not a source
    ("Selon le ministère, 40 policiers ont été blessés samedi.", False),
])
def test_an_outlets_own_reporting_is_its_origin(tmp_path: Path, text: str, own: bool) -> None:
    """'Selon nos informations' stays in the article's own voice (no source in the JSON), but the
    outlet stands behind it: its figure is that outlet's, independent of another outlet's."""
    (tmp_path / "inputs.csv").write_text("path,url,outlet,title,date\na.txt,https://a.example/x,Le Courrier du Nord,Titre,2025-03-02\n",
                                         encoding="utf-8")
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    db, out = tmp_path / "l.db", tmp_path / "out.json"
    assert analyze("--manifest", str(tmp_path / "inputs.csv"), "--db", str(db), "--json", str(out), "-q").exit_code == 0
    with recoupe.open_ledger(db) as ledger:
        (claim,) = [c for c in ledger.claims() if c.quantities]
        assert (claim.source is not None and claim.source.cue == "own") is own
        if own:
            assert claim.source.name == "Le Courrier du Nord"
            assert claim.source.entity_keys == ["org:le courrier du nord"]
    (exported,) = [c for c in json.loads(out.read_text(encoding="utf-8"))["claims"] if c["quantities"]]
    assert exported["own_reporting"] == ("Le Courrier du Nord" if own else None)
    if own:
        assert exported["source"] is None


def test_the_command_lets_go_of_the_model_before_linking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``recoupe analyze`` as its own process links without the model in memory; a program
    that invokes the app, or calls ``analyze``, keeps it loaded for its next run."""
    from recoupe import api
    from recoupe.nlp import pipeline
    from recoupe.store import open_ledger

    text = ("Publié le 3 mars 2025\n\nSelon la préfecture, 12 000 personnes ont manifesté à Lyon mardi. "
            "Les syndicats en ont compté 30 000.\n")
    held_while_linking: list[int] = []
    relink = api.relink

    def watched(ledger: Any) -> Any:
        held_while_linking.append(pipeline._load.cache_info().currsize)
        return relink(ledger)

    monkeypatch.setattr(api, "relink", watched)
    first = tmp_path / "a.txt"
    first.write_text(text, encoding="utf-8")
    assert analyze(str(first), "--db", str(tmp_path / "a.db"), "-q").exit_code == 0
    assert held_while_linking == [1]  # invoked by a program: kept
    assert pipeline._load.cache_info().currsize == 1

    monkeypatch.setattr("recoupe.cli._own_process", True)  # as ``main()`` sets it
    second = tmp_path / "b.txt"
    second.write_text(text.replace("12 000", "14 000"), encoding="utf-8")
    assert analyze(str(second), "--db", str(tmp_path / "a.db"), "-q").exit_code == 0
    assert held_while_linking == [1, 0]  # released before the re-link
    with open_ledger(tmp_path / "a.db") as ledger:
        assert ledger.count("documents") == 2 and ledger.count("links") >= 1
    # The next run loads it again.
    assert recoupe.analyze([first], db=tmp_path / "c.db").ok
    assert pipeline._load.cache_info().currsize == 1
