"""Property-based tests (Hypothesis) of reading inputs: random file trees (FIFOs, folders
named like files, symlinks that dangle or loop, names with non-UTF-8 bytes, rich markup,
spaces and line breaks, random bytes) and random manifests (CSV and JSON Lines with bad
quotes, NUL, bad dates, missing paths), through ``recoupe.ingest.read_all`` and through the
whole ``recoupe analyze`` command run in process.

Invariants: no exception, no hang (an alarm stops any example after ``TIMEOUT`` seconds),
each input gets exactly one outcome (a document or one error line naming it), the good
files are read (and stored, for the command), the ledger exports as valid JSON, and the
command exits 0 when every input was read and 1 when some were refused (README).

The example counts scale with the Hypothesis profile (``conftest.py``): ``read_all`` runs
the profile's count, the command a fifth of it (it analyses the documents, with the spaCy
pipeline loaded once for the module).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import deadline
from recoupe.ingest import InputError, SourceDocument, display_path, read_all, read_document

TIMEOUT = 20  # seconds for one example; reading a handful of tiny files takes milliseconds


def scaled(fraction: float, floor: int = 10) -> int:
    return max(floor, int(settings().max_examples * fraction))


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-trees")


@contextlib.contextmanager
def fresh(scratch: Path) -> Iterator[Path]:
    """A new empty folder for one example, removed afterwards."""
    folder = Path(tempfile.mkdtemp(dir=scratch))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# -- random trees -------------------------------------------------------------------------

NAME_PIECES = [
    b"a", b"x[bold]y", b"[i]", b"[red", b"[link=https:x]z", b"[@click]", b" ", b"two  spaces ", b"new\nline", b"cr\r",
    b"tab\t", b"\xe9t\xe9", b"\xff\xfe", "été".encode(), "Kyïv ✓".encode(), b"\\", b"\\x41", b"-", b"%s",
    b"'\"", b"$(x)", b"*", b"?", b"~", b":", b",", b"#", b"\x1b[31m", b"\x7f",
]
GOOD_SUFFIXES = [".txt", ".md", ".TXT", ".Md"]
ANY_SUFFIXES = [".txt", ".md", ".html", ".htm", ".pdf", ".TXT"]
PLACES = ["Kharkiv", "Donetsk", "Odessa", "Kherson", "Soumy", "Dnipro"]

KINDS = ["good", "good", "good", "empty", "nul", "magic", "random", "fifo", "folder", "dangling", "loop",
         "link_good", "link_fifo", "link_dir", "unsupported"]


@dataclass
class Entry:
    kind: str
    stem: bytes
    suffix: str
    hidden: bool = False
    data: bytes = b""
    inner: bool = False  # a folder entry holds one good file
    link_to: int = 0  # which good entry a link_good points at


entries = st.builds(
    Entry,
    kind=st.sampled_from(KINDS),
    stem=st.lists(st.sampled_from(NAME_PIECES), min_size=0, max_size=3).map(b"".join),
    suffix=st.sampled_from(ANY_SUFFIXES),
    hidden=st.sampled_from([False, False, False, True]),
    data=st.one_of(st.binary(max_size=200), st.text(max_size=80).map(lambda t: t.encode("utf-8", "surrogatepass"))),
    inner=st.booleans(),
    link_to=st.integers(min_value=0, max_value=20),
)


def good_text(i: int, seed: int) -> str:
    return (f"Dépêche {seed}-{i}\nSelon l'état-major ukrainien, {100 + 37 * i + seed} soldats ont été blessés "
            f"à {PLACES[(i + seed) % len(PLACES)]} le {1 + i % 28} mars 2024, a indiqué l'agence.\n")


@dataclass
class Tree:
    """The inputs of one example, and what reading them must give."""

    root: Path
    inputs: list[Path]  # the entries as named on the command line (explicit mode)
    # One expectation per outcome: (names under which it may appear, "doc"/"error"/"either").
    walk: list[tuple[set[str], str]] = field(default_factory=list)
    explicit: list[tuple[set[str], str]] = field(default_factory=list)


def build(base: Path, items: list[Entry], seed: int) -> Tree:
    """Make the entries under ``base/tree`` (targets of some links under ``base/outside``)."""
    root, outside = base / "tree", base / "outside"
    root.mkdir()
    outside.mkdir()
    tree = Tree(root=root, inputs=[])
    goods = [i for i, e in enumerate(items) if e.kind == "good"]
    paths: list[Path] = []
    for i, e in enumerate(items):
        suffix = GOOD_SUFFIXES[i % len(GOOD_SUFFIXES)] if e.kind in ("good", "folder", "link_good") else e.suffix
        if e.kind == "unsupported":
            suffix = ".exe"
        name = (b"." if e.hidden else b"") + f"{i:02d}".encode() + e.stem + suffix.encode()
        paths.append(root / os.fsdecode(name))
    shown = [display_path(str(p)) for p in paths]
    for i, (e, p) in enumerate(zip(items, paths)):
        walked = not e.hidden  # a folder walk skips hidden names
        outcome: tuple[set[str], str] | None = None
        if e.kind == "good":
            p.write_text(good_text(i, seed), encoding="utf-8")
            # A link to this file is the same file: one document between the names.
            names = {shown[i]} | {shown[j] for j, f in enumerate(items)
                                  if f.kind == "link_good" and goods and goods[f.link_to % len(goods)] == i}
            walked_names = {shown[i]} if walked else set()
            walked_names |= {shown[j] for j, f in enumerate(items) if f.kind == "link_good" and not f.hidden
                             and goods and goods[f.link_to % len(goods)] == i}
            tree.explicit.append((names, "doc"))
            if walked_names:
                tree.walk.append((walked_names, "doc"))
            tree.inputs.append(p)
            continue
        if e.kind == "link_good":
            if goods:
                p.symlink_to(paths[goods[e.link_to % len(goods)]])
                tree.inputs.append(p)
                continue  # counted with its target
            e = Entry("dangling", e.stem, e.suffix, e.hidden)  # nothing to point at
        if e.kind == "empty":
            p.write_bytes(e.data[:0] + b" \n\t" * (len(e.data) % 3))
            outcome = ({shown[i]}, "error")
        elif e.kind == "nul":
            p.write_bytes(b"\x00" + e.data + good_text(i, seed).encode())
            outcome = ({shown[i]}, "error")
        elif e.kind == "magic":
            p.write_bytes(b"\x89PNG\r\n\x1a\n" + e.data)
            outcome = ({shown[i]}, "error")
        elif e.kind == "random":
            p.write_bytes(e.data)
            outcome = ({shown[i]}, "either")
        elif e.kind == "fifo":
            os.mkfifo(p)
            outcome = ({shown[i]}, "error")
        elif e.kind == "dangling":
            p.symlink_to(outside / f"missing-{i}.txt")
            outcome = ({shown[i]}, "error")
        elif e.kind == "loop":
            p.symlink_to(p)
            outcome = ({shown[i]}, "error")
        elif e.kind == "link_fifo":
            os.mkfifo(outside / f"fifo-{i}")
            p.symlink_to(outside / f"fifo-{i}")
            outcome = ({shown[i]}, "error")
        elif e.kind == "unsupported":
            p.write_text(good_text(i, seed), encoding="utf-8")
            tree.explicit.append(({shown[i]}, "error"))  # named: refused; in a folder: skipped
            tree.inputs.append(p)
            continue
        elif e.kind == "folder":  # a folder named like a file
            p.mkdir()
            if e.inner:
                (p / "inner.txt").write_text(good_text(i, seed + 1000), encoding="utf-8")
                inner = {display_path(str(p / "inner.txt"))}
                tree.explicit.append((inner, "doc"))
                if walked:
                    tree.walk.append((inner, "doc"))
            else:
                tree.explicit.append(({shown[i]}, "error"))  # "folder holds no … file"
            tree.inputs.append(p)
            continue
        elif e.kind == "link_dir":  # a link to a folder: followed when named, not when walked
            target = outside / f"dir-{i}"
            target.mkdir()
            (target / "inner.md").write_text(good_text(i, seed + 2000), encoding="utf-8")
            p.symlink_to(target)
            tree.explicit.append(({display_path(str(p / "inner.md"))}, "doc"))
            tree.inputs.append(p)
            continue
        assert outcome is not None, e.kind
        tree.explicit.append(outcome)
        if walked:
            tree.walk.append(outcome)
        tree.inputs.append(p)
    return tree


def check_outcomes(expected: list[tuple[set[str], str]], docs: list[str], errors: list[InputError]) -> None:
    """Each expectation met by exactly one outcome among its names, and no outcome besides."""
    for e in errors:
        line = str(e)
        assert "\n" not in line and "\r" not in line and e.reason, line
        assert line.startswith(e.path + ": "), line
    error_paths = [e.path for e in errors]
    claimed = 0
    for names, kind in expected:
        got_docs = [d for d in docs if d in names]
        got_errors = [p for p in error_paths if p in names]
        assert len(got_docs) + len(got_errors) == 1, (names, kind, got_docs, got_errors, errors)
        if kind == "doc":
            assert got_docs, (names, errors)
        elif kind == "error":
            assert got_errors, (names, docs)
        claimed += 1
    assert len(docs) + len(errors) == claimed, (expected, docs, [str(e) for e in errors])


trees = st.tuples(st.lists(entries, min_size=1, max_size=8), st.integers(min_value=0, max_value=999),
                  st.booleans(), st.booleans())


@settings(max_examples=scaled(1.0), suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(tree=trees)
@example(tree=([Entry("fifo", b"x[bold]y", ".txt"), Entry("good", b"\xff", ".txt"),
                Entry("folder", b" ", ".txt", inner=False), Entry("loop", b"new\nline", ".md"),
                Entry("link_good", b"[i]", ".txt"), Entry("dangling", b"", ".txt")], 1, True, False))
@example(tree=([Entry("good", b"a", ".txt"), Entry("link_good", b"b", ".txt", hidden=True),
                Entry("link_dir", b"", ".txt"), Entry("unsupported", b"", ".txt")], 2, False, True))
def test_any_tree_is_read_or_refused_one_line_each(scratch: Path, tree: tuple[list[Entry], int, bool, bool]) -> None:
    items, seed, walk, repeat = tree
    with fresh(scratch) as base:
        t = build(base, items, seed)
        inputs = [t.root] if walk else list(t.inputs) + (t.inputs[:2] if repeat else [])  # named twice: read once
        with deadline(TIMEOUT):
            docs, errors = read_all(inputs)
        if walk and not t.walk:
            # Nothing a walk reads (hidden, skipped, empty folders): one error naming the folder.
            assert not docs and [e.path for e in errors] == [display_path(str(t.root))], errors
            assert "holds no" in errors[0].reason
            return
        check_outcomes(t.walk if walk else t.explicit, [d.path for d in docs], errors)
        for d in docs:
            assert isinstance(d, SourceDocument) and d.text.strip()


# -- random manifests -------------------------------------------------------------------

JUNK_LINES = ["{", "[1, 2]", '"path"', "null", '{"path": }', "{}", '{"url": "https://ex.fr"}', "# a comment", "",
              "   ", "path,url", "{'path': 'a.txt'}", '{"path": "a.txt"}}', "\u2028", "{\"path\": \"a\u2028b\"",
              "\x0c", "\x85"]
BAD_DATES = ["2024-13-45", "31/02/2024", "hier", "2024-02-30", "0000-00-00", "99999", "2024-1-1x", "١٢/٠٣/٢٠٢٤",
             "2024-03-12T25:00:00", "1e400", "-1", "²⁰²⁴"]
GOOD_DATES = ["2024-03-12", "2024-03", "2024", "12/03/2024", "2024-03-12T10:00:00Z"]
# Any text but line feeds and carriage returns (which end a JSON line): U+2028, U+0085 and
# friends are inside a JSON string, not line ends.
odd_text = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\n\r"), max_size=20)
ALIASES = {"path": ["path", "file", "fichier", "Path ", "FILENAME"], "url": ["url", "lien"],
           "outlet": ["outlet", "média"], "title": ["title", "titre"], "date": ["date", "published"],
           "lang": ["lang", "langue"]}
BAD_LISTINGS = ("missing", "nul", "surrogate", "nopath", "folder")


@dataclass
class Line:
    what: str  # good, missing, nul, surrogate, nopath, folder, junk
    target: int = 0
    date: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    junk: str = ""
    absolute: bool = False


manifest_lines = st.builds(
    Line,
    what=st.sampled_from(["good", "good", "good", "missing", "nul", "surrogate", "nopath", "junk", "folder"]),
    target=st.integers(min_value=0, max_value=3),
    date=st.none() | st.sampled_from(BAD_DATES + GOOD_DATES) | odd_text,
    extra=st.dictionaries(st.sampled_from(["url", "outlet", "title"]), odd_text, max_size=3),
    junk=st.sampled_from(JUNK_LINES) | odd_text,
    absolute=st.booleans(),
)


def _row(line: Line, files: list[Path], folder: Path, i: int) -> dict[str, str] | None:
    """The manifest row for ``line`` (None for a junk line); makes the folder it may name."""
    if line.what == "junk":
        return None
    row = dict(line.extra)
    if line.date is not None:
        row["date"] = line.date
    if line.what == "folder":
        (folder / f"sub{i}").mkdir()
    rel = {"good": files[line.target % len(files)].name, "missing": f"missing-{i}.txt", "nul": f"a\x00b{i}.txt",
           "surrogate": f"\ud800{i}.txt", "folder": f"sub{i}"}.get(line.what)
    if rel is not None:
        row["path"] = str(folder / rel) if line.absolute else rel
    return row


def _junk_outcomes(junk: str) -> int:
    """How many errors a junk JSON line gives: none when blank or a comment, else one."""
    return 0 if not junk.strip() or junk.lstrip().startswith("#") else 1


@settings(max_examples=scaled(1.0), suppress_health_check=[HealthCheck.too_slow])
@given(lines=st.lists(manifest_lines, min_size=1, max_size=8), jsonl=st.booleans(), seed=st.integers(0, 999),
       named=st.booleans())
@example(lines=[Line("nul"), Line("surrogate"), Line("good", date="2024-13-45")], jsonl=True, seed=0, named=False)
@example(lines=[Line("nul"), Line("good", date="hier"), Line("missing")], jsonl=False, seed=0, named=True)
@example(lines=[Line("good", extra={"title": "a\u2028b"})], jsonl=True, seed=1, named=True)
@example(lines=[Line("junk", junk="\x00")], jsonl=True, seed=0, named=False)  # its one line refused: not "empty"
def test_any_manifest_lists_or_refuses_one_line_each(scratch: Path, lines: list[Line], jsonl: bool, seed: int,
                                                     named: bool) -> None:
    with fresh(scratch) as folder:
        files = []
        for i in range(4):
            p = folder / f"f{i}.txt"
            p.write_text(good_text(i, seed), encoding="utf-8")
            files.append(p)
        manifest = folder / ("m.jsonl" if jsonl else "m.csv")
        if not jsonl:
            lines = [line for line in lines if line.what != "junk"]  # junk CSV: the next test
        rows = [_row(line, files, folder, i) for i, line in enumerate(lines)]
        if jsonl:
            text = "\n".join(line.junk if row is None else json.dumps(row, ensure_ascii=i % 2 == 0 or line.what == "surrogate")
                             for i, (line, row) in enumerate(zip(lines, rows))) + "\n"
        else:
            columns = ["path", "url", "outlet", "title", "date"]
            out = io.StringIO()
            writer = csv.writer(out)
            writer.writerow([ALIASES[c][seed % len(ALIASES[c])] for c in columns])
            for row in rows:
                assert row is not None
                writer.writerow([row.get(c, "") for c in columns])
            text = out.getvalue()
        # An unpaired surrogate cannot be written raw in UTF-8: JSON escapes it ("\ud800"),
        # a CSV file holds it as the three bytes of its code (not UTF-8: the manifest is
        # then read in some other encoding, or refused).
        data = text.encode("utf-8", "surrogatepass")
        manifest.write_bytes(data)
        with deadline(TIMEOUT):
            docs, errors = read_all([manifest] if named else [], manifest=None if named else manifest)
        for e in errors:
            assert "\n" not in str(e) and str(e).startswith(e.path + ": ") and e.reason, str(e)
        # A line with a raw NUL byte (a CSV cell) is one error for that line; the others are read.
        if not text.lstrip("\ufeff").strip():  # only blank lines: one error for the manifest
            assert not docs and [str(e) for e in errors] == [f"{manifest}: empty manifest"], errors
            return
        if not jsonl and any(line.what == "surrogate" for line in lines):
            return  # not UTF-8 any more: nothing crashed, every error is one line (above)
        # Each listed file is read once, with its warnings; every other line is one error.
        # In a CSV file a NUL in any cell is a raw NUL byte in the line: the line is one error.
        nul_line = [not jsonl and row is not None and any("\x00" in str(v) for v in row.values())
                    for row in rows]
        listed = {display_path(str(files[line.target % len(files)])) for line, nul in zip(lines, nul_line)
                  if line.what == "good" and not nul}
        assert sorted(d.path for d in docs) == sorted(listed), ([d.path for d in docs], [str(e) for e in errors])
        for d in docs:
            assert isinstance(d, SourceDocument)
            for w in d.warnings:
                assert "\n" not in w and w.startswith(str(manifest) + " line ") and "bad date" in w, w
        expected = sum(_junk_outcomes(line.junk) if line.what == "junk" else (line.what in BAD_LISTINGS or nul)
                       for line, nul in zip(lines, nul_line))
        assert len(errors) == expected, ([str(e) for e in errors], lines)
        named_paths = {display_path(str(folder / rel)) for rel in (
            [f"missing-{i}.txt" for i in range(len(lines))] + [f"a\x00b{i}.txt" for i in range(len(lines))]
            + [f"\ud800{i}.txt" for i in range(len(lines))] + [f"sub{i}" for i in range(len(lines))])}
        for e in errors:
            assert e.path in named_paths or e.path.startswith(str(manifest) + " line "), str(e)


CSV_PIECES = ['"', '""', ",", ";", "\t", "\n", "\r\n", "\r", "path", "date", "titre", "f0.txt", "f1.txt", "missing.txt",
              "2024-13-01", "2024-03-12", " ", "é", "\u2028", "\\", "'", "\ufeff"]


@settings(max_examples=scaled(0.5), suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.sampled_from(CSV_PIECES) | odd_text, max_size=40), header=st.booleans(),
       suffix=st.sampled_from([".csv", ".tsv", ".jsonl", ".ndjson"]), raw=st.binary(max_size=64))
@example(pieces=['"', "f0.txt", "\n", "f1.txt", "\n"], header=True, suffix=".csv", raw=b"")
def test_any_manifest_text_is_read_or_refused(scratch: Path, pieces: list[str], header: bool, suffix: str,
                                              raw: bytes) -> None:
    """Bad quotes, stray delimiters, raw bytes: no crash, one line per error, only files that
    exist are read."""
    with fresh(scratch) as folder:
        for i in range(2):
            (folder / f"f{i}.txt").write_text(good_text(i, 7), encoding="utf-8")
        manifest = folder / f"m{suffix}"
        manifest.write_bytes((("path,date\n" if header else "") + "".join(pieces)).encode() + raw)
        with deadline(TIMEOUT):
            docs, errors = read_all([manifest])
        for e in errors:
            assert "\n" not in str(e) and str(e).startswith(e.path + ": ") and e.reason, str(e)
        assert {d.path for d in docs} <= {str(folder / "f0.txt"), str(folder / "f1.txt")}
        assert len({d.path for d in docs}) == len(docs)


# -- the whole command --------------------------------------------------------------------


@pytest.fixture(scope="module")
def cli(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """``recoupe``'s Typer app and a runner, the spaCy pipeline loaded (and warmed) once."""
    from typer.testing import CliRunner

    import recoupe
    from recoupe.cli import app

    warm = tmp_path_factory.mktemp("warm")
    (warm / "a.txt").write_text(good_text(0, 0), encoding="utf-8")
    assert recoupe.analyze([warm / "a.txt"], db=warm / "w.db").added
    return CliRunner(), app


def _named(line: str, names: set[str], prefix: str) -> bool:
    return any(line.startswith(f"{prefix}{n}: ") for n in names)


@settings(max_examples=scaled(0.2), suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(tree=st.tuples(st.lists(entries, min_size=1, max_size=6), st.integers(min_value=0, max_value=999),
                      st.booleans(), st.booleans()),
       quiet=st.booleans())
@example(tree=([Entry("fifo", b"x[bold]y", ".txt"), Entry("good", b"\xff[i]", ".txt"),
                Entry("good", b"new\nline [red", ".md"), Entry("folder", b" ", ".txt"),
                Entry("loop", b"", ".md"), Entry("link_good", b"", ".txt"), Entry("dangling", b"", ".txt")],
               3, False, True), quiet=False)
def test_analyze_command_on_any_tree(cli, scratch: Path, tree: tuple[list[Entry], int, bool, bool],  # type: ignore[no-untyped-def]
                                     quiet: bool) -> None:
    runner, app = cli
    items, seed, walk, repeat = tree
    with fresh(scratch) as base:
        t = build(base, items, seed)
        inputs = [t.root] if walk else list(t.inputs) + (t.inputs[:2] if repeat else [])
        expected = t.walk if walk else t.explicit
        if walk and not expected:
            expected = [({display_path(str(t.root))}, "error")]  # a folder with nothing to read
        db = base / "ledger.db"
        args = ["analyze", *map(str, inputs), "--db", str(db)] + (["--quiet"] if quiet else [])
        with deadline(120):
            run = runner.invoke(app, args)
        assert run.exception is None or isinstance(run.exception, SystemExit), (run.exception, run.stderr)
        assert "Traceback" not in run.stdout + run.stderr
        lines = run.stderr.splitlines()
        errors = [ln for ln in lines if ln.startswith("recoupe: ") and not ln.startswith("recoupe: note: ")]
        progress = [ln for ln in lines if ln.startswith(("added: ", "stored: "))]
        assert len(errors) + len(progress) + sum(ln.startswith("recoupe: note: ") for ln in lines) == len(lines), lines
        assert run.exit_code == (1 if errors else 0), (run.exit_code, lines)

        out = base / "ledger.json"
        exported = runner.invoke(app, ["export", "-o", str(out), "--db", str(db)])
        assert exported.exit_code == 0, exported.stderr
        ledger = json.loads(out.read_text(encoding="utf-8"))
        stored = [d["path"] for d in ledger["documents"]]
        ids = {d["id"] for d in ledger["documents"]}
        if not quiet:  # the progress names each stored document as it is stored: no markup eaten
            assert sorted(ln.split(": ", 1)[1] for ln in progress) == sorted(stored), (progress, stored)
        for names, kind in expected:
            said = [ln for ln in errors if _named(ln, names, "recoupe: ")]
            kept = [p for p in stored if p in names]
            if kind == "either" and not said and not kept:
                # Same text as another input: stored once, under the other name.
                (name,) = names
                doc = read_document(next(p for p in t.inputs if display_path(str(p)) == name))
                assert isinstance(doc, SourceDocument) and doc.id in ids, (name, lines)
                continue
            assert len(said) + len(kept) == 1, (names, kind, said, kept, lines)
            assert kind != "doc" or kept, (names, lines)
            assert kind != "error" or said, (names, stored)
        assert len(errors) <= len(expected) and len(stored) <= len(expected), (lines, stored)
