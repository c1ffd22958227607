"""Failure safety of a whole run: bad inputs, a read-only ledger, SIGKILL at any moment,
two writers at once, old and new schema versions.

The small French model (``fr_core_news_sm``, about 2 s to load) is used throughout: what is
tested here is the plumbing around the pipeline, not its output.
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Callable

import pytest

import recoupe
from recoupe import migrations
from recoupe.ingest import document_id
from recoupe.model import Document
from recoupe.store import LedgerError, open_ledger

MODEL = "fr_core_news_sm"

SOURCES = ["le ministère de la Défense", "l'état-major ukrainien", "l'AFP", "le Kremlin", "l'ONU",
           "la police locale", "le gouverneur régional", "l'OTAN"]
PLACES = ["Kharkiv", "Donetsk", "Odessa", "Zaporijia", "Kherson", "Soumy", "Dnipro", "Lviv"]
WHAT = ["soldats ont été blessés", "drones ont été abattus", "civils ont été évacués",
        "obus ont été tirés", "chars ont été détruits", "maisons ont été endommagées"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin"]


def small_texts(n: int, seed: int) -> list[str]:
    """``n`` distinct small French news texts with figures, dates and sources."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lines = [f"Dépêche {seed}-{i} : {rng.choice(PLACES)}"]
        for _ in range(2):
            lines.append(
                f"Selon {rng.choice(SOURCES)}, {rng.randint(2, 9000)} {rng.choice(WHAT)} à "
                f"{rng.choice(PLACES)} le {rng.randint(1, 28)} {rng.choice(MONTHS)} 2024."
            )
        out.append("\n".join(lines) + "\n")
    return out


def write_texts(folder: Path, texts: list[str], prefix: str = "d") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, text in enumerate(texts):
        p = folder / f"{prefix}{i:02d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    return paths


RUNNER = """
import sys
import recoupe

db, *files = sys.argv[1:]
result = recoupe.analyze(files, db=db, model=%r,
                         progress=lambda what, d: print(what, d.path, flush=True))
for e in result.errors:
    print("error:", e, file=sys.stderr)
print("done", flush=True)
sys.exit(1 if result.errors else 0)
""" % MODEL


@pytest.fixture
def runner(tmp_path: Path) -> Callable[..., subprocess.Popen]:
    """Start ``recoupe.analyze(files, db)`` in a new process; stdout has one line per document."""
    script = tmp_path / "run_analyze.py"
    script.write_text(RUNNER, encoding="utf-8")

    def start(db: Path, files: list[Path]) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, str(script), str(db), *map(str, files)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )

    return start


def per_document(db: Path) -> dict[str, tuple[int, int, int, int]]:
    """``{document id: (claims, quantities, times, mentions)}``, read with plain sqlite3."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT d.id,"
            " (SELECT count(*) FROM claims c WHERE c.document_id = d.id),"
            " (SELECT count(*) FROM quantities q WHERE q.document_id = d.id),"
            " (SELECT count(*) FROM times t WHERE t.document_id = d.id),"
            " (SELECT count(*) FROM mentions m WHERE m.document_id = d.id)"
            " FROM documents d"
        ).fetchall()
    finally:
        conn.close()
    return {r[0]: tuple(r[1:]) for r in rows}  # type: ignore[misc]


def check_sound(db: Path, reference: dict[str, tuple[int, int, int, int]]) -> int:
    """The ledger opens, passes integrity and foreign key checks, and every document in it
    is whole (as many claims, figures, times and mentions as in an uninterrupted run).
    Returns the number of documents."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')")
    finally:
        conn.close()
    with open_ledger(db) as ledger:  # and recoupe itself opens it
        assert ledger.schema_version == migrations.known_version()
    got = per_document(db)
    for doc_id, counts in got.items():
        assert doc_id in reference, "a document that no uninterrupted run stores"
        assert counts == reference[doc_id], f"document {doc_id[:8]} is not whole: {counts} != {reference[doc_id]}"
    return len(got)


# -- bad inputs in a real run -------------------------------------------------------------

STORY = (
    "Selon le ministère ukrainien de la Défense, 1 200 soldats ont été blessés la semaine dernière "
    "dans la région de Donetsk, où les combats se sont intensifiés depuis le début du mois. "
    "Moscou affirme de son côté avoir abattu 15 drones dans la nuit de lundi à mardi, a indiqué "
    "l'agence TASS. Le bilan n'a pas pu être vérifié de manière indépendante.\n"
)


def test_bad_inputs_are_reported_and_the_others_go_on(tmp_path: Path, make_pdf: Callable[..., bytes]) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    good = {
        "a_story.txt": "Kiev fait état de 1 200 blessés\n" + STORY,
        "b_copy.txt": "Guerre en Ukraine : 1 200 soldats blessés selon le ministère\n" + STORY,
        "c_english.txt": "According to the Ukrainian defence ministry, 1,200 soldiers were wounded last "
                         "week in the Donetsk region, where fighting has intensified this month.\n",
        "d_latin1.txt": "Selon l'état-major français, 300 soldats ont été déployés en Estonie en février 2024.\n",
    }
    for name, text in good.items():
        (inputs / name).write_bytes(text.encode("cp1252" if "latin1" in name else "utf-8"))
    (inputs / "e_report.pdf").write_bytes(make_pdf(
        ["Selon l'ONU, 3 000 civils ont été évacués de Kherson le 4 mars 2024.",
         "Le HCR estime que 500 familles attendent un abri."]))
    bad = {
        "x_empty.txt": b"",
        "x_binary.txt": b"\x00\x01\x02\x03" * 512,
        "x_invalid.txt": ("Des blessés évacués à l'hôpital. " * 4).encode() + b"\xff\xfe\xfd" + "été".encode(),
        "x_truncated.pdf": make_pdf(["Selon Kiev, 15 drones ont été abattus."])[:300],
        "x_encrypted.pdf": make_pdf(["Selon Kiev, 15 drones ont été abattus."], password="secret"),
        "x_menu.html": b"<html><body><nav><a href=/>Accueil</a> <a href=/m>Monde</a></nav></body></html>",
    }
    for name, data in bad.items():
        (inputs / name).write_bytes(data)
    with (inputs / "x_big.txt").open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    db = tmp_path / "ledger.db"

    result = recoupe.analyze([inputs], db=db, model=MODEL)

    by_file = {Path(e.path).name: e for e in result.errors}
    assert sorted(by_file) == sorted([*bad, "x_big.txt"])
    assert all("\n" not in str(e) and str(e).startswith(str(inputs)) for e in result.errors)
    assert "too large" in by_file["x_big.txt"].reason
    assert "encrypted" in by_file["x_encrypted.pdf"].reason
    assert "truncated" in by_file["x_truncated.pdf"].reason
    assert "no article" in by_file["x_menu.html"].reason
    assert "invalid UTF-8" in by_file["x_invalid.txt"].reason
    assert sorted(Path(d.path).name for d in result.added) == sorted([*good, "e_report.pdf"])

    with open_ledger(db) as ledger:
        docs = {Path(d.path).name: d for d in ledger.documents()}
        # Not French: stored with its language, not analysed, said in one line.
        english = docs["c_english.txt"]
        assert english.lang == "en" and ledger.claims(english.id) == []
        notices = [str(n) for n in result.notices]
        assert any(n.startswith(str(inputs / "c_english.txt")) and "English" in n and "not analysed" in n
                   for n in notices)
        assert ledger.claims(docs["a_story.txt"].id) and ledger.claims(docs["d_latin1.txt"].id)
        # The near-duplicate is stored and flagged as a copy of the earlier document.
        assert ledger.copies() == {docs["b_copy.txt"].id: docs["a_story.txt"].id}
        assert any("b_copy.txt" in n and "near-duplicate of" in n for n in notices)
        # PDF page offsets are kept and map into the stored text.
        pdf = docs["e_report.pdf"]
        info = ledger.document_info(pdf.id)
        assert info is not None and info["pages"] == [0, pdf.text.index("Le HCR")]
        assert any(q.text.startswith("3 000") for c in ledger.claims(pdf.id) for q in c.quantities)

    # The same command again: nothing new, nothing twice.
    again = recoupe.analyze([inputs], db=db, model=MODEL)
    assert again.added == [] and len(again.unchanged) == len(good) + 1
    assert len(again.errors) == len(bad) + 1
    assert per_document(db).keys() == {d.id for d in result.added}


def test_manifest_and_stdin_in_a_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text('{"path": "a.txt", "url": "https://ex.fr/a", "outlet": "AFP", "date": "2024-03-12"}\n',
                        encoding="utf-8")
    stdin_text = "Selon l'OTAN, 40 avions ont décollé de Lituanie le 2 mai 2024.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin_text.encode("utf-8"))))
    db = tmp_path / "l.db"
    result = recoupe.analyze(["-"], db=db, model=MODEL, manifest=manifest)
    assert result.errors == []
    with open_ledger(db) as ledger:
        docs = {d.path: d for d in ledger.documents()}
    a = docs[str(tmp_path / "a.txt")]
    assert (a.url, a.outlet, a.published, a.published_how) == ("https://ex.fr/a", "AFP", date(2024, 3, 12), "given")
    assert docs["<stdin>"].text == stdin_text


# -- read-only ledger ---------------------------------------------------------------------


def _make_read_only(path: Path) -> Callable[[], None]:
    """Make ``path`` unwritable, even for root; return the undo. Skips when impossible."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return lambda: path.chmod(0o644)
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("running as root without chattr +i: cannot make a file read-only")
    return lambda: subprocess.run([chattr, "-i", str(path)], check=False)


def test_read_only_ledger(tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    open_ledger(db).close()
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    undo = _make_read_only(db)
    try:
        started = time.monotonic()
        with pytest.raises(LedgerError) as info:
            recoupe.analyze([tmp_path / "a.txt"], db=db, model=MODEL)
        message = str(info.value)
        assert "\n" not in message and str(db) in message and "read-only" in message
        # Said at once, not after analysing every document.
        assert time.monotonic() - started < 5
        # Through the command line: one line on stderr, no traceback, a failure status.
        proc = subprocess.run([sys.executable, "-m", "recoupe.cli", "analyze", str(tmp_path / "a.txt"),
                               "--db", str(db), "-q"], capture_output=True, text=True, timeout=120)
        assert proc.returncode != 0
        assert "Traceback" not in proc.stderr and "read-only" in proc.stderr
    finally:
        undo()


# -- SIGKILL at any moment ----------------------------------------------------------------


def _wait_for_lines(proc: subprocess.Popen, count: int, timeout: float = 60) -> int:
    """Read the child's progress lines until ``count`` documents were added (or it ends)."""
    seen = 0
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while seen < count and time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if not ready:
            if proc.poll() is not None:
                break
            continue
        line = proc.stdout.readline()
        if not line:
            break
        if line.startswith(("added ", "stored ")):
            seen += 1
    return seen


def test_sigkill_at_any_moment_then_rerun(tmp_path: Path, runner: Callable[..., subprocess.Popen]) -> None:
    texts = small_texts(14, seed=7)
    files = write_texts(tmp_path / "texts", texts)
    # What an uninterrupted run stores, document by document.
    reference = per_document(_reference_run(tmp_path, files))
    assert len(reference) == len(files)

    db = tmp_path / "ledger.db"
    rng = random.Random(20240312)
    kills = 0
    states: list[int] = []
    for attempt in range(5):
        stored = per_document(db) if db.exists() else {}
        remaining = len(files) - len(stored)
        proc = runner(db, files)
        try:
            if attempt == 0 or remaining <= 1:
                time.sleep(rng.uniform(0.05, 1.5))  # while starting, opening, migrating
            elif attempt == 4:
                _wait_for_lines(proc, remaining)  # after the last document: near-duplicates, links
                time.sleep(rng.uniform(0.0, 0.05))
            else:
                _wait_for_lines(proc, rng.randint(1, remaining - 1))
                time.sleep(rng.uniform(0.0, 0.03))  # somewhere inside the next document's write
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.communicate(timeout=60)
        if db.exists():
            states.append(check_sound(db, reference))
    assert kills >= 3, "the runs ended before they could be killed: the test proves little"
    assert any(0 < n < len(files) for n in states), f"no kill landed while documents were stored: {states}"

    proc = runner(db, files)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert check_sound(db, reference) == len(files)
    assert per_document(db) == reference  # each document once, whole
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM document_fingerprints").fetchone()[0] == len(files)
        # Linking ran to the end over every claim.
        assert conn.execute("SELECT count(*) FROM grades").fetchone()[0] == \
            conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    finally:
        conn.close()
    # And once more: nothing to do.
    proc = runner(db, files)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0 and "added" not in out
    assert per_document(db) == reference


def _reference_run(tmp_path: Path, files: list[Path]) -> Path:
    db = tmp_path / "reference.db"
    result = recoupe.analyze(files, db=db, model=MODEL)
    assert not result.errors
    return db


# -- two writers at once ------------------------------------------------------------------


def test_two_processes_writing_one_ledger(tmp_path: Path, runner: Callable[..., subprocess.Popen]) -> None:
    n = 10
    first = write_texts(tmp_path / "one", small_texts(n, seed=1), "a")
    second = write_texts(tmp_path / "two", small_texts(n, seed=2), "b")
    shared = write_texts(tmp_path / "both", small_texts(1, seed=3), "s")  # both try to add it
    db = tmp_path / "shared.db"  # created by whichever process comes first
    procs = [runner(db, [*first, *shared]), runner(db, [*shared, *second])]
    outputs = [p.communicate(timeout=180) for p in procs]
    for p, (out, err) in zip(procs, outputs):
        assert p.returncode == 0, err
        assert "locked" not in err.lower() and "Traceback" not in err
    ids = {document_id(p.read_text(encoding="utf-8")) for p in [*first, *second, *shared]}
    assert set(per_document(db)) == ids  # every document, once
    added = sum(out.count("added ") for out, _ in outputs)
    assert added == 2 * n + 1
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM document_fingerprints").fetchone()[0] == 2 * n + 1
    finally:
        conn.close()


# -- schema versions ----------------------------------------------------------------------


def test_old_ledger_is_migrated_and_new_one_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "old.db"
    known = migrations.known_version()
    # A ledger as the first release wrote it: only m001, with one document in it.
    with monkeypatch.context() as m:
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        with open_ledger(db) as old:
            assert old.schema_version == 1
    text = "Titre du matin\n" + STORY
    conn = sqlite3.connect(db)
    conn.execute(
        "INSERT INTO documents (id, path, text, lang, published, added_at) VALUES (?, ?, ?, 'fr', ?, ?)",
        (document_id(text), "old.txt", text, "2024-03-12", "2024-03-12T10:00:00+00:00"),
    )
    conn.commit()
    conn.close()

    # Opening it with this recoupe migrates it, keeping what it holds.
    with open_ledger(db) as ledger:
        assert ledger.schema_version == known
        assert [d.path for d in ledger.documents()] == ["old.txt"]
        assert ledger.document_info(document_id(text)) == {"author": None, "pages": None, "copy_of": None}
    names = [r[0] for r in sqlite3.connect(db).execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == migrations.names()

    # A run on it works, and finds a near-duplicate of the old document.
    copy = tmp_path / "copy.txt"
    copy.write_text("Titre du soir\n" + STORY, encoding="utf-8")
    result = recoupe.analyze([copy], db=db, model=MODEL)
    assert result.errors == []
    with open_ledger(db) as ledger:
        assert ledger.copies() == {document_id(copy.read_text(encoding="utf-8")): document_id(text)}

    # A ledger from a newer recoupe is refused, in one clear line, and left untouched.
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {known + 1}")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(LedgerError) as info:
        recoupe.analyze([copy], db=db, model=MODEL)
    message = str(info.value)
    assert "\n" not in message and "newer recoupe" in message and str(db) in message
    assert db.read_bytes() == before


def test_writer_waits_out_a_long_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from recoupe import store
    from recoupe.model import Analysis, Document

    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 100)  # 5 attempts of 0.1 s
    db = tmp_path / "l.db"
    ledger = open_ledger(db)

    def hold(seconds: float, started: threading.Event) -> None:
        other = sqlite3.connect(db, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        started.set()
        time.sleep(seconds)
        other.execute("COMMIT")
        other.close()

    def add(text: str) -> bool:
        doc = Document(id=document_id(text), path="x.txt", text=text)
        return ledger.add_analysis(Analysis(document=doc, claims=[], mentions=[], entities=[]))

    try:
        # Longer than one busy timeout, shorter than all attempts: the write goes through.
        started = threading.Event()
        t = threading.Thread(target=hold, args=(0.3, started))
        t.start()
        started.wait()
        assert add(STORY) is True
        t.join()
        # Longer than all attempts: a clear error, and the ledger still works afterwards.
        started = threading.Event()
        t = threading.Thread(target=hold, args=(1.2, started))
        t.start()
        started.wait()
        with pytest.raises(LedgerError, match="cannot write to"):
            add("Autre texte.")
        t.join()
        assert add("Autre texte.") is True
    finally:
        ledger.close()


# -- a full disk, a damaged ledger, a closed stdin, a missing folder: one line each ---------


def _cli(*args: str) -> "object":
    from typer.testing import CliRunner

    from recoupe.cli import app

    return CliRunner().invoke(app, list(args))


def test_full_disk_stops_the_run_in_one_line_and_keeps_documents_whole(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk used to print a 69-line traceback. SQLite's page limit stands in for the
    disk: the ledger cannot grow past a few pages more than it holds."""
    from recoupe.store import Ledger

    folder = tmp_path / "texts"
    write_texts(folder, small_texts(12, seed=7))
    db = tmp_path / "l.db"
    configure = Ledger._configure

    def small_disk(self: Ledger) -> None:
        configure(self)
        pages = self._conn.execute("PRAGMA page_count").fetchone()[0]
        self._conn.execute(f"PRAGMA max_page_count = {max(pages, 69) + 6}")  # a new ledger holds 69

    monkeypatch.setattr(Ledger, "_configure", small_disk)
    run = _cli("analyze", str(folder), "--db", str(db), "--model", MODEL, "-q")
    assert run.exit_code == 2, run.output
    (line,) = run.stderr.strip().splitlines()
    assert line.startswith(f"recoupe: {db}: database or disk is full: the run stopped")
    monkeypatch.setattr(Ledger, "_configure", configure)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        whole = conn.execute("SELECT count(DISTINCT document_id) FROM quantities").fetchone()[0]
    assert 0 < stored < 12 and whole == stored  # each stored document has all its figures
    again = _cli("analyze", str(folder), "--db", str(db), "--model", MODEL, "-q")
    assert again.exit_code == 0, again.stderr
    with open_ledger(db) as ledger:
        assert len(ledger.documents()) == 12


def _damage(db: Path) -> None:
    """Overwrite the middle of every third page after the first ones: a damaged disk."""
    size = db.stat().st_size
    with db.open("r+b") as f:
        for page in range(3, size // 4096, 3):
            f.seek(page * 4096 + 100)
            f.write(b"\xa5" * 2000)


@pytest.mark.parametrize("command", [
    ["export", "-o", "{tmp}/out.json"], ["show", "c1"], ["measures"], ["report", "--html", "{tmp}/r.html"],
    ["analyze", "{tmp}/new.txt", "--model", MODEL, "-q"],
])
def test_damaged_ledger_is_one_line(ledger_copy: Path, tmp_path: Path, command: list[str]) -> None:
    (tmp_path / "new.txt").write_text("Selon la police, 3 000 personnes ont manifesté mardi à Nantes.",
                                      encoding="utf-8")
    for side in ("-wal", "-shm"):
        Path(str(ledger_copy) + side).unlink(missing_ok=True)
    _damage(ledger_copy)
    run = _cli(*[part.format(tmp=tmp_path) for part in command], "--db", str(ledger_copy))
    assert run.exit_code == 2
    assert run.stderr.strip() == (f"recoupe: {ledger_copy}: the ledger is damaged (database disk image is "
                                  "malformed); restore a copy, or analyse the texts into a new ledger")


def test_export_into_a_missing_folder_is_one_line(example_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "out.json"
    run = _cli("export", "--db", str(example_db), "-o", str(target))
    assert (run.exit_code, run.stderr.strip()) == (2, f"recoupe: {target}: No such file or directory")


def test_closed_stdin_is_one_line(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "recoupe.cli", "analyze", "-", "--db", str(tmp_path / "l.db")],
                          stdin=None, capture_output=True, text=True, timeout=120,
                          preexec_fn=lambda: os.close(0))
    assert (proc.returncode, proc.stderr.strip()) == (2, "recoupe: -: standard input is closed")
    assert not (tmp_path / "l.db").exists()


# -- the ledger is a function of its documents, not of their order -------------------------

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EVAL_TEXTS = Path(__file__).resolve().parents[1] / "eval" / "texts"


def cross_check_digest(db: Path) -> str:
    """sha256 over what cross-checking made of the ledger, with every fact named by its
    document and offsets (row ids depend on the order stored; these must not): links,
    grades, measures, checks, entity groups of the claims and sources, copies."""
    import hashlib
    import json as json_

    with open_ledger(db) as ledger:
        claims = ledger.claims()
        at = {c.id: (c.document, c.start, c.end) for c in claims}
        at.update({q.id: (c.document, q.start, q.end) for c in claims for q in c.quantities})
        state = {
            "links": sorted((at[l.a], at[l.b], l.relation, l.independent, l.explanation) for l in ledger.links()),
            "grades": sorted((at[c], g, r) for c, (g, r) in ledger.grades().items()),
            "measures": sorted((at[q], key, label) for q, (key, label) in ledger.measures().items()),
            "checks": sorted((sorted(at[f] for f in ch.facts), ch.verdict, ch.explanation) for ch in ledger.checks()),
            "keys": sorted((at[c.id], sorted(c.entity_keys), sorted(c.source.entity_keys) if c.source else None)
                           for c in claims),
            "copies": sorted((d.id, d.copy_of) for d in ledger.documents()),
        }
    return hashlib.sha256(json_.dumps(state, sort_keys=True, default=str).encode()).hexdigest()


def test_shuffled_corpus_gives_the_same_ledger(tmp_path: Path) -> None:
    """The same documents stored in other orders, all at once or one run each, used to give
    other links and grades: entities were resolved against whatever was stored before, ties
    in time were broken by row id, and an undated copy's original was the one stored first."""
    folder = tmp_path / "texts"
    files = write_texts(folder, small_texts(10, seed=5))
    for source in sorted(EXAMPLES.glob("2*.txt")) + sorted(EVAL_TEXTS.glob("*.txt"))[:14]:
        files.append(folder / source.name)
        shutil.copyfile(source, files[-1])
    # A near-duplicate without a date, and an acronym used alone before it is defined.
    files.append(folder / "copie.txt")
    files[-1].write_text("Reprise : " + files[0].read_text(encoding="utf-8"), encoding="utf-8")
    rng = random.Random(11)
    digests = []
    for trial in range(3):
        order = files[:] if trial == 0 else rng.sample(files, len(files))
        db = tmp_path / f"l{trial}.db"
        if trial < 2:
            result = recoupe.analyze(order, db=db, model=MODEL)
            assert not result.errors
        else:
            for chunk in (order[i:i + 5] for i in range(0, len(order), 5)):  # one run per few documents
                assert not recoupe.analyze(chunk, db=db, model=MODEL).errors
        digests.append(cross_check_digest(db))
    with open_ledger(tmp_path / "l0.db") as ledger:
        assert ledger.links() and ledger.entity_groups()  # something to compare
    assert digests[1] == digests[0] and digests[2] == digests[0]


# -- several workers ------------------------------------------------------------------------


def _document_order(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY rowid")]


def test_two_workers_store_the_ledger_one_worker_stores(tmp_path: Path) -> None:
    files = write_texts(tmp_path / "texts", small_texts(9, seed=3))
    for source in sorted(EXAMPLES.glob("2*.txt")):
        files.append(tmp_path / "texts" / source.name)
        shutil.copyfile(source, files[-1])
    digests, orders, counts = [], [], []
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.db"
        result = recoupe.analyze(files, db=db, model=MODEL, workers=workers, batch_size=3)
        assert not result.errors and len(result.added) == len(files)
        assert [d.path for d in result.added] == [str(f) for f in files]  # reported in document order
        digests.append(cross_check_digest(db))
        orders.append(_document_order(db))
        counts.append(per_document(db))
    with open_ledger(tmp_path / "w1.db") as ledger:
        assert ledger.links() and ledger.grades()  # something to compare
    assert digests[1] == digests[0]
    assert orders[1] == orders[0]  # stored in document order
    assert counts[1] == counts[0]


@pytest.mark.parametrize(
    ("documents", "batch_size", "workers", "sizes"),
    [
        (20, 8, 2, [8, 2, 2, 2, 2, 2, 2]),  # the last two batches' worth cut small
        (5, 8, 2, [2, 2, 1]),  # fewer than that: all small
        (16, 8, 2, [2] * 8),
        (30, 4, 3, [4, 4, 4, 4, 4, 2, 2, 2, 2, 2]),
        (9, 3, 1, [3, 3, 2, 1]),
        (3, 8, 2, [2, 1]),
    ],
)
def test_workers_get_small_batches_at_the_end(documents: int, batch_size: int, workers: int,
                                             sizes: list[int]) -> None:
    from recoupe.api import _batches

    todo = [Document(id=str(k), path=f"d{k}", text=str(k)) for k in range(documents)]
    batches = _batches(todo, batch_size, workers)
    assert [len(b) for b in batches] == sizes
    assert [d for b in batches for d in b] == todo  # every document once, in order


def test_a_document_over_its_budget_in_a_worker_is_one_error_and_the_run_ends(tmp_path: Path) -> None:
    from recoupe.nlp.guard import Limits

    files = write_texts(tmp_path / "texts", small_texts(5, seed=4))
    started = time.monotonic()
    result = recoupe.analyze(files, db=tmp_path / "l.db", model=MODEL, workers=2, batch_size=2,
                             limits=Limits(seconds=1e-9, mb=None))
    assert time.monotonic() - started < 120
    assert [e.path for e in result.errors] == [str(f) for f in files]
    assert all(str(e).endswith("analysis stopped: over 1e-09 s") for e in result.errors)
    assert not result.added


WORKERS_RUNNER = RUNNER.replace("model=%r," % MODEL, "model=%r, workers=2, batch_size=2," % MODEL)


def _processes_running(script: Path) -> list[int]:
    """The processes whose command line names ``script`` (a run and the workers it forked)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if str(script).encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="reads /proc to find the workers")
def test_sigkill_during_a_run_with_two_workers_then_rerun(tmp_path: Path) -> None:
    files = write_texts(tmp_path / "texts", small_texts(12, seed=8))
    reference = per_document(_reference_run(tmp_path, files))
    script = tmp_path / "run_workers.py"
    script.write_text(WORKERS_RUNNER, encoding="utf-8")
    assert "workers=2" in WORKERS_RUNNER

    def start() -> subprocess.Popen:
        return subprocess.Popen([sys.executable, str(script), str(db), *map(str, files)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    db = tmp_path / "ledger.db"
    proc = start()
    try:
        assert _wait_for_lines(proc, 3) == 3
        assert len(_processes_running(script)) >= 3, "the run and its two workers"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
    stored = check_sound(db, reference)
    assert 3 <= stored < len(files), stored
    deadline = time.monotonic() + 10
    while _processes_running(script) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_running(script) == [], "workers outlived the run that was killed"

    proc = start()
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    assert check_sound(db, reference) == len(files)
    assert per_document(db) == reference


class _Pipe:
    """A stand-in for the pipeline: annotates by upper-casing, fails a batch holding "bad",
    and records when each document was taken from its source."""

    def __init__(self, log: list[str]) -> None:
        self.log = log

    def pipe(self, docs, batch_size: int, component_cfg=None):  # type: ignore[no-untyped-def]
        docs = list(docs)
        for k in range(0, len(docs), batch_size):
            batch = docs[k:k + batch_size]
            if "bad" in batch:
                raise ValueError("a bad document in the batch")
            for d in batch:
                self.log.append(f"out {d}")
                yield d.upper()

    def __call__(self, doc: str) -> str:
        if doc == "bad":
            raise ValueError("bad")
        self.log.append(f"out {doc}")
        return doc.upper()

    @property
    def pipe_names(self) -> list[str]:
        return []


@pytest.mark.parametrize("chunk", [1, 2, 5])
def test_the_pipeline_takes_documents_a_chunk_at_a_time_and_a_bad_one_costs_only_itself(
        monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """Documents are tokenised as the pipeline asks for them, a chunk at a time (a run no
    longer holds every document at once), and a batch that fails is redone one by one within
    its chunk while the next chunks run in batches again."""
    from recoupe import api

    monkeypatch.setattr(api, "CHUNK_BATCHES", chunk)
    monkeypatch.setattr("recoupe.nlp.pipeline.component_batches", lambda nlp, size: {})
    log: list[str] = []
    names = ["a", "b", "c", "bad", "d", "e", "f", "g", "h", "i", "j", "k"]

    def source():  # type: ignore[no-untyped-def]
        for n in names:
            log.append(f"in {n}")
            yield n

    out = list(api._annotate(_Pipe(log), source(), batch_size=2, limits=None))
    assert [o if isinstance(o, str) else "error" for o in out] == [
        "error" if n == "bad" else n.upper() for n in names]
    taken = [i for i, e in enumerate(log) if e.startswith("in ")]
    first_out = next(i for i, e in enumerate(log) if e.startswith("out "))
    assert sum(1 for i in taken if i < first_out) == 2 * chunk  # one chunk read before the first result
