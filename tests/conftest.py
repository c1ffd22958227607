"""Shared fixtures: ledgers analysed from real text, built once and copied for writing."""

from __future__ import annotations

import contextlib
import shutil
import signal
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def copy_ledger(src: Path, dst: Path) -> Path:
    """Copy a closed ledger file (and its WAL, if one was left behind) to ``dst``."""
    shutil.copyfile(src, dst)
    for suffix in ("-wal", "-shm"):
        side = Path(str(src) + suffix)
        if side.exists():
            shutil.copyfile(side, Path(str(dst) + suffix))
    return dst


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ledger of ``examples/``, analysed once per test session. Read it, never write it:
    take ``ledger_copy`` for that."""
    import recoupe

    path = tmp_path_factory.mktemp("examples-ledger") / "examples.db"
    result = recoupe.analyze([EXAMPLES], db=path)
    assert result.added, f"nothing analysed from {EXAMPLES}: {result.errors}"
    return path


@pytest.fixture
def ledger_copy(example_db: Path, tmp_path: Path) -> Path:
    """A private, writable copy of the examples ledger."""
    return copy_ledger(example_db, tmp_path / "ledger.db")


@pytest.fixture
def analyse_texts(tmp_path: Path) -> Callable[..., Path]:
    """Write ``{name: text}`` files under ``tmp_path`` and analyse them into a new ledger.

    Returns the ledger path; pass ``db`` to add to an existing ledger instead.
    """

    def run(files: dict[str, str], db: Path | None = None, extra: Iterable[Path] = ()) -> Path:
        import recoupe

        folder = tmp_path / "texts"
        folder.mkdir(exist_ok=True)
        paths = []
        for name, text in files.items():
            p = folder / name
            p.write_text(text, encoding="utf-8")
            paths.append(p)
        target = db or tmp_path / "texts.db"
        result = recoupe.analyze([*extra, *paths], db=target)
        assert not result.errors, result.errors
        return target

    return run


class Hang(Exception):
    """An example that ran past its ``deadline``."""


@contextlib.contextmanager
def deadline(seconds: int = 20) -> Iterator[None]:
    """Raise ``Hang`` if the block runs longer than ``seconds`` (a blocking open of a FIFO,
    an endless loop): SIGALRM interrupts even a system call. Main thread only."""

    def alarm(signum, frame):  # type: ignore[no-untyped-def]
        raise Hang(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# -- Hypothesis profiles (tests/test_fuzz*.py) ---------------------------------------------
# ``default``: a few hundred examples per property, what ``pytest`` runs; ``long``: tens of
# thousands, with ``pytest tests/test_fuzz*.py --hypothesis-profile=long`` (about an hour on
# 2 cores). Slower properties (the spaCy pipeline, the analyze command, review forms) scale
# their example count down from the profile's.

import io  # noqa: E402
from typing import Callable, Optional  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("default", max_examples=300, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=20_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")


# -- input files for the ingest and robustness tests ---------------------------------------


def _pdf_bytes(pages: list[str], password: Optional[str] = None, title: Optional[str] = None) -> bytes:
    """A small PDF, one text page per item of ``pages`` (Helvetica, WinAnsi: French is fine),
    encrypted with RC4 when ``password`` is given ("" encrypts with an empty user password)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    }))
    for text in pages:
        page = writer.add_blank_page(width=595, height=842)
        ops = ["BT", "/F1 11 Tf", "14 TL", "50 800 Td"]
        for line in text.split("\n"):
            raw = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append("(" + raw.decode("latin-1") + ") Tj T*")
        ops.append("ET")
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    if title:
        writer.add_metadata({"/Title": title})
    if password is not None:
        writer.encrypt(user_password=password, owner_password="owner-secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.fixture
def make_pdf() -> Callable[..., bytes]:
    """``make_pdf(["page 1 text", "page 2 text"], password=None, title=None) -> bytes``."""
    return _pdf_bytes


from collections import Counter  # noqa: E402
from datetime import date  # noqa: E402

from recoupe.store import Ledger  # noqa: E402
from recoupe.web.views import LedgerView, MeasureView, _time_key  # noqa: E402


class Whole:
    """The ledger read whole and sorted in Python, the way the pages read it before they
    paged: the oracle each paged page is checked against."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.paged = LedgerView(ledger)
        self.counts = ledger.counts()
        self.documents = ledger.documents()
        self.claims = self.paged.rows(ledger.claims())
        self.facts = {f.id: f for r in self.claims for f in r.facts}
        self.entities = ledger.entities()
        self.entity_by_key = {e.key: e for e in self.entities}
        self.links = ledger.links()
        by_key: dict[str, list] = {}
        for f in self.facts.values():
            if f.measure:
                by_key.setdefault(f.measure, []).append(f)
        self.measures_ = sorted((MeasureView(k, fs[0].measure_label or k, sorted(fs, key=_time_key), total=len(fs))
                                 for k, fs in by_key.items()), key=lambda m: (-len(m.facts), m.label, m.key))

    def doc_claims(self, doc_id: str) -> list:
        return [r for r in self.claims if r.doc.id == doc_id]

    def latest_documents(self, n: int) -> list:
        order = {d.id: i for i, d in enumerate(self.documents)}
        return sorted(self.documents, key=lambda d: (d.published is not None, d.published or date.min, order[d.id]),
                      reverse=True)[:n]

    def measure_links(self, key: str) -> list:
        return [(l, self.facts.get(l.a), self.facts.get(l.b)) for l in self.links if l.measure == key]

    def consensus(self, key: str) -> list:
        return self.paged.consensus(key)

    def entity_claim_counts(self) -> Counter:
        counts: Counter = Counter()
        for r in self.claims:
            counts.update(set(r.claim.entity_keys) | set(r.claim.source.entity_keys if r.claim.source else []))
        return counts

    def measures(self) -> list:
        return self.measures_

    def sources(self) -> list:
        return self.paged.sources_of(self.claims)

    def conflicts(self) -> list:
        return [(l, self.facts.get(l.a), self.facts.get(l.b)) for l in self.links if l.relation == "conflicts"]

    def entity_claims(self, key: str) -> tuple[list, list]:
        return ([r for r in self.claims if key in r.claim.entity_keys],
                [r for r in self.claims if r.claim.source is not None and key in r.claim.source.entity_keys])
