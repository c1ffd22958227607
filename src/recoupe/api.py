"""The library behind the CLI: analyse files into a ledger, then cross-check the ledger.

    import recoupe
    result = recoupe.analyze(["examples/"], db="recoupe.db")
    ledger = recoupe.open_ledger("recoupe.db")
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from recoupe.claims import build_analysis
from recoupe.entities import resolve_against
from recoupe.ingest import InputError, read_all
from recoupe.link import Changes, relink
from recoupe.model import Document
from recoupe.store import Ledger, LedgerError, open_ledger

DEFAULT_DB = "recoupe.db"
Progress = Callable[[str, Document], None]


@dataclass
class AnalyzeResult:
    """What one run did: documents added and already present, errors, and what changed."""

    added: list[Document] = field(default_factory=list)
    unchanged: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    changes: Optional[Changes] = None

    @property
    def ok(self) -> bool:
        return not self.errors


def analyze(
    paths: Iterable[str | Path],
    db: str | Path = DEFAULT_DB,
    published: date | None = None,
    model: str | None = None,
    progress: Progress | None = None,
    batch_size: int = 8,
) -> AnalyzeResult:
    """Read ``paths``, extract their claims into the ledger ``db`` and re-link the ledger.

    Each document is stored in its own transaction; a document that fails is reported in
    ``errors`` and the others go on. Text already in the ledger is not analysed again.
    """
    from recoupe.nlp.pipeline import DEFAULT_MODEL, load

    result = AnalyzeResult()
    docs, result.errors = read_all(paths, published)
    with open_ledger(db) as ledger:
        todo: list[Document] = []
        seen: set[str] = set()
        for d in docs:
            if ledger.has_document(d.id) or d.id in seen:
                result.unchanged.append(d)
            else:
                seen.add(d.id)
                todo.append(d)
        if todo:
            nlp = load(model or DEFAULT_MODEL)
            prepared = []
            for d in todo:
                sdoc = nlp.make_doc(d.text)
                if d.published:
                    sdoc._.recoupe_published = d.published.isoformat()
                    sdoc._.recoupe_published_how = d.published_how or "given"
                prepared.append(sdoc)
            for d, sdoc_or_error in zip(todo, _annotate(nlp, prepared, batch_size)):
                if isinstance(sdoc_or_error, Exception):
                    result.errors.append(InputError(d.path, f"analysis failed: {sdoc_or_error}"))
                    continue
                try:
                    _store(ledger, d, sdoc_or_error)
                except LedgerError as exc:
                    result.errors.append(InputError(d.path, str(exc)))
                    continue
                result.added.append(d)
                if progress:
                    progress("added", d)
        result.changes = relink(ledger)
    return result


def _annotate(nlp: object, docs: list, batch_size: int) -> Iterator[object]:
    """Run the pipeline in batches; if a batch fails, redo its documents one by one so a
    single bad document costs only itself."""
    done = 0
    try:
        for sdoc in nlp.pipe(docs, batch_size=batch_size):  # type: ignore[attr-defined]
            done += 1
            yield sdoc
    except Exception:
        for sdoc in docs[done:]:
            try:
                yield nlp(sdoc)  # type: ignore[operator]
            except Exception as exc:
                yield exc


def _store(ledger: Ledger, document: Document, sdoc: object) -> None:
    published = getattr(sdoc, "_").recoupe_published
    if published and document.published is None:
        document.published = date.fromisoformat(str(published)[:10])
        document.published_how = getattr(sdoc, "_").recoupe_published_how
    analysis = build_analysis(sdoc, document)  # type: ignore[arg-type]
    resolve_against(analysis, ledger.entities())
    ledger.add_analysis(analysis)


__all__ = ["AnalyzeResult", "analyze", "open_ledger", "Ledger", "LedgerError", "DEFAULT_DB"]
