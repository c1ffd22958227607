"""The library behind the CLI: analyse files into a ledger, then cross-check the ledger.

    import recoupe
    result = recoupe.analyze(["examples/"], db="recoupe.db")
    ledger = recoupe.open_ledger("recoupe.db")
"""

from __future__ import annotations

import ctypes
import itertools
import multiprocessing
import os
import signal
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from recoupe import dates, langdetect
from recoupe.claims import build_analysis
from recoupe.nlp import measures
from recoupe.nlp.checks import find_checks
from recoupe.review import apply_reviews, source_names
from recoupe.dedup import mark_copies
from recoupe.ingest import InputError, read_all
from recoupe.lang import SUPPORTED
from recoupe.link import Changes, relink
from recoupe.model import Analysis, Claim, Document, Mention
from recoupe.nlp.guard import Limits, Stopped
from recoupe.store import Ledger, LedgerError, open_ledger

DEFAULT_DB = "recoupe.db"
Progress = Callable[[str, Document], None]
# Fewer documents than this are analysed in this process: starting workers costs more than
# they save.
MIN_PARALLEL = 4
#: Batches of documents tokenised and annotated at a time: memory holds one such chunk.
CHUNK_BATCHES = 16
# Documents in each of the last batches handed to workers.
TAIL_BATCH = 2


def default_workers() -> int:
    """The cores this process may run on: how many workers ``analyze`` starts by default."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@dataclass
class AnalyzeResult:
    """What one run did: documents added and already present, errors, and what changed."""

    added: list[Document] = field(default_factory=list)
    unchanged: list[Document] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    changes: Optional[Changes] = None
    # Not errors: a text stored but not analysed (not French), a near-duplicate flagged.
    notices: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def analyze(
    paths: Iterable[str | Path],
    db: str | Path = DEFAULT_DB,
    published: date | None = None,
    model: str | None = None,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
    batch_size: int = 8,
    manifest: str | Path | None = None,
    published_precision: str = "day",
    allow_outside: bool = False,
    limits: Limits | None = None,
    workers: int = 1,
    release_model: bool = False,
) -> AnalyzeResult:
    """Read ``paths``, extract their claims into the ledger ``db`` and re-link the ledger.

    Each document is stored in its own transaction; a document that fails is reported in
    ``errors`` and the others go on. Text already in the ledger is not analysed again.
    A text in another language than French is stored without analysis (a notice says so);
    a near-duplicate of a stored text is stored and flagged as a copy (``notices`` again).
    ``manifest`` is a CSV or JSON Lines file listing inputs with their url, outlet, title
    and date (see ``recoupe.ingest``); its paths must lie in its folder unless ``allow_outside``.
    A text stored earlier without analysis (read as another language) is analysed when this
    run reads it as French.

    ``limits`` bounds the time and the memory the analysis of one document may take (default:
    ``Limits.from_env()``, 300 s and 4 000 MB unless ``RECOUPE_MAX_SECONDS`` /
    ``RECOUPE_MAX_MB`` say otherwise); a document over them is reported in ``errors``
    ("analysis stopped: over 300 s") and the others go on.

    ``workers`` processes run the pipeline (one, in this process, for fewer than
    ``MIN_PARALLEL`` documents); this one stores their analyses in document order, each in its
    own transaction, so the ledger is the same whatever the number of workers.

    ``release_model`` lets go of the model once the documents are analysed, so that linking,
    which needs none, runs without its memory (the command does so: it analyses once; a
    program that calls ``analyze`` again keeps it loaded by default).
    """
    result = AnalyzeResult()
    docs, result.errors = read_all(paths, published, manifest, published_precision=published_precision,
                                   allow_outside=allow_outside)
    for d in docs:
        for warning in getattr(d, "warnings", None) or []:
            result.notices.append(InputError(d.path, warning))
    with open_ledger(db) as ledger:
        ledger.require_writable()
        todo: list[Document] = []
        redo: set[str] = set()
        seen: set[str] = set()
        for d in docs:
            stored_lang = ledger.lang_of(d.id)
            if d.id in seen or (stored_lang is not None and (stored_lang in SUPPORTED or d.lang not in SUPPORTED)):
                result.unchanged.append(d)
                _store_info(ledger, d)  # completes a run killed between the two writes
                continue
            seen.add(d.id)
            if d.lang not in SUPPORTED:
                _store_unanalysed(ledger, d, result, progress)
                continue
            if stored_lang is not None:
                # Stored earlier in a language recoupe could not read; this run can.
                redo.add(d.id)
                result.notices.append(InputError(
                    d.path, f"stored earlier as {langdetect.name(stored_lang)} without analysis; "
                    f"now analysed as {langdetect.name(d.lang)}"))
            todo.append(d)
        if on_total:
            on_total(len(todo))  # how many documents the pipeline will analyse
        _analyse_into(ledger, todo, model, batch_size, result, progress, redo, limits, workers)
        if release_model:
            from recoupe.nlp.pipeline import release

            release()
        _flag_copies(ledger, result)
        result.changes = relink(ledger)
    return result


def reanalyze(
    refs: Iterable[str],
    db: str | Path = DEFAULT_DB,
    lang: str | None = None,
    model: str | None = None,
    progress: Progress | None = None,
    batch_size: int = 8,
    limits: Limits | None = None,
) -> AnalyzeResult:
    """Analyse stored documents again, from the text the ledger holds, and re-link.

    ``refs`` name documents by id, the start of an id (six characters at least) or stored
    path. ``lang`` (a tag or a name: "fr", "fr-FR", "french") says which language to read
    them in; without it the language is detected again. Reviews apply again to the new
    facts, since they name facts by span.
    """
    result = AnalyzeResult()
    code = langdetect.normalize(lang) if lang else None
    if lang and code is None:
        raise ValueError(f"unknown language {lang!r}")
    with open_ledger(db) as ledger:
        ledger.require_writable()
        todo: list[Document] = []
        for ref in refs:
            found = ledger.find_documents(ref)
            if len(found) != 1:
                result.errors.append(InputError(ref, "no such document in the ledger" if not found else
                                                f"names {len(found)} documents; give more of the id"))
                continue
            d = found[0]
            if d.id in {t.id for t in todo}:
                continue
            d.lang = code or langdetect.detect(d.text, hint=d.lang if d.lang in SUPPORTED else None)
            if d.lang not in SUPPORTED:
                result.errors.append(InputError(d.path, f"not analysed: the text is in {langdetect.name(d.lang)}, "
                                                "recoupe analyses French only (--lang fr reads it as French)"))
                continue
            todo.append(d)
        _analyse_into(ledger, todo, model, batch_size, result, progress, {d.id for d in todo}, limits)
        result.changes = relink(ledger)
    return result


def _analyse_into(ledger: Ledger, todo: list[Document], model: str | None, batch_size: int,
                  result: AnalyzeResult, progress: Progress | None, redo: set[str],
                  limits: Limits | None = None, workers: int = 1) -> None:
    """Run the pipeline over ``todo`` and store each document in its own transaction;
    those in ``redo`` are stored already, and their analysis is replaced. ``limits`` is
    each document's budget (see ``analyze``); ``workers`` processes run the pipeline when
    there are ``MIN_PARALLEL`` documents or more."""
    if not todo:
        return
    from recoupe.nlp.pipeline import DEFAULT_MODEL

    model = model or DEFAULT_MODEL
    limits = limits if limits is not None else Limits.from_env()
    if workers > 1 and len(todo) >= MIN_PARALLEL:
        outcomes = _in_workers(todo, model, batch_size, limits, workers)
    else:
        outcomes = _analysed(todo, model, batch_size, limits)
    for d, outcome in outcomes:
        if isinstance(outcome, str):
            result.errors.append(InputError(d.path, outcome))
            continue
        try:
            stored = _store(ledger, d, outcome, replace=d.id in redo)
            _store_info(ledger, d)
        except LedgerError as exc:
            result.errors.append(InputError(d.path, str(exc)))
            continue
        if not stored:  # another process stored the same text meanwhile
            result.unchanged.append(d)
            continue
        result.added.append(d)
        if progress:
            progress("added", d)


Outcome = Union[Analysis, str]  # a document's analysis, or why it has none


def _analysed(todo: list[Document], model: str, batch_size: int,
              limits: Limits) -> Iterator[tuple[Document, Outcome]]:
    """Each document with its analysis, or the one line that says why it failed."""
    from recoupe.nlp.pipeline import load

    nlp = load(model)

    def prepared() -> Iterator[object]:  # tokenised as the pipeline asks, not all at once
        for d in todo:
            sdoc = nlp.make_doc(d.text)
            if d.published:
                sdoc._.recoupe_published = dates.iso(d.published, d.published_precision)
                sdoc._.recoupe_published_how = d.published_how or "given"
            yield sdoc

    for d, sdoc_or_error in zip(todo, _annotate(nlp, prepared(), batch_size, limits)):
        if isinstance(sdoc_or_error, Stopped):
            yield d, str(sdoc_or_error)
        elif isinstance(sdoc_or_error, Exception):
            yield d, f"analysis failed: {sdoc_or_error}"
        else:
            yield d, _analysis(d, sdoc_or_error)


def _in_workers(todo: list[Document], model: str, batch_size: int, limits: Limits,
                workers: int) -> Iterator[tuple[Document, Outcome]]:
    """``_analysed`` in ``workers`` processes, a batch of documents each at a time, handed
    back in document order. The workers are forked from this process once it holds the
    model, so they share its pages; they never touch the ledger, and die with this process."""
    from recoupe.gazetteer import preload
    from recoupe.nlp.pipeline import load
    from recoupe.terms import rarity

    load(model)  # once, here: the forked workers share its pages instead of each loading it
    preload()  # the place names too, which the model's first document would read
    for lang in sorted({d.lang or "fr" for d in todo}):
        rarity("selon", lang)  # and each language's word frequencies, which weigh a document's words
    batches = _batches(todo, batch_size, workers)
    with multiprocessing.get_context("fork").Pool(workers, initializer=_worker_start) as pool:
        for batch, outcomes in zip(batches, pool.imap(_worker_batch, [(b, model, batch_size, limits)
                                                                      for b in batches])):
            for d, (published, outcome) in zip(batch, outcomes):
                if published is not None and d.published is None:  # read from the text by the worker
                    d.published, d.published_precision, d.published_how = published
                if not isinstance(outcome, str):
                    outcome.document = d  # this process's document: it is the one reported
                yield d, outcome


def _batches(todo: list[Document], batch_size: int, workers: int) -> list[list[Document]]:
    """``todo`` cut in batches of ``batch_size``, in order, but for about the last ``workers``
    batches' worth of documents (from the end of a whole batch), cut in batches of
    ``TAIL_BATCH``: the workers then end together, where one whole batch left to the last
    worker would keep the others idle."""
    head = max(0, len(todo) - workers * batch_size)
    tail = min(len(todo), -(-head // batch_size) * batch_size)  # where a whole batch ends
    return [todo[k:k + batch_size] for k in range(0, tail, batch_size)] + \
        [todo[k:k + TAIL_BATCH] for k in range(tail, len(todo), TAIL_BATCH)]


def _worker_start() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # an interrupt stops the run in the parent
    try:
        # Die with the parent (PR_SET_PDEATHSIG): a run killed leaves no worker waiting for work.
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _worker_batch(args: tuple[list[Document], str, int, Limits]) -> list[tuple[Optional[tuple], Outcome]]:
    docs, model, batch_size, limits = args
    return [((d.published, d.published_precision, d.published_how) if d.published else None, outcome)
            for d, outcome in _analysed(docs, model, batch_size, limits)]


def _annotate(nlp: object, docs: Iterable[object], batch_size: int, limits: Limits | None = None
              ) -> Iterator[object]:
    """Run the pipeline over ``docs`` in batches, taking ``CHUNK_BATCHES`` batches of them at a
    time, so that memory holds one chunk, not the run; if a batch fails, redo the rest of its
    chunk one document at a time, so a single bad document costs only itself.

    ``limits`` is the budget of one document: in batches, renewed each time a document comes
    out (so no more than ``limits.seconds`` pass without one); one by one, each document's
    own. The components check it (``recoupe.nlp.guard``).
    """
    source = iter(docs)
    while True:
        chunk = list(itertools.islice(source, max(1, batch_size) * CHUNK_BATCHES))
        if not chunk:
            return
        yield from _annotate_chunk(nlp, chunk, batch_size, limits)


def _annotate_chunk(nlp: object, docs: list, batch_size: int, limits: Limits | None) -> Iterator[object]:
    """``_annotate`` over one chunk. ``docs`` is emptied as its documents are handed out, so
    that a document done or dropped can be freed."""
    from recoupe.nlp import guard
    from recoupe.nlp.pipeline import component_batches

    done = 0
    try:
        with guard.budget(limits):
            for sdoc in nlp.pipe(docs, batch_size=batch_size,  # type: ignore[attr-defined]
                                 component_cfg=component_batches(nlp, batch_size)):  # type: ignore[arg-type]
                docs[done] = None
                done += 1
                yield sdoc
                guard.renew()
    except Exception:
        for k in range(done, len(docs)):
            sdoc, docs[k] = docs[k], None
            try:
                with guard.budget(limits):
                    annotated = nlp(sdoc)  # type: ignore[operator]
            except Exception as exc:
                del sdoc
                exc.__traceback__ = None  # its frames hold the document
                yield exc
                continue
            yield annotated


def _store_unanalysed(ledger: Ledger, d: Document, result: AnalyzeResult, progress: Progress | None) -> None:
    """Store a text recoupe cannot analyse yet (not French): the document row only. A
    later run that reads it in a language recoupe analyses, or ``reanalyze``, fills it."""
    try:
        stored = ledger.add_analysis(Analysis(document=d, claims=[], mentions=[], entities=[]))
        _store_info(ledger, d)
    except LedgerError as exc:
        result.errors.append(InputError(d.path, str(exc)))
        return
    if not stored:
        result.unchanged.append(d)
        return
    result.added.append(d)
    result.notices.append(InputError(
        d.path, f"stored but not analysed: the text is in {langdetect.name(d.lang)}, recoupe analyses French only "
        "(a manifest's lang column, or recoupe reanalyze with --lang, can say it is French)"))
    if progress:
        progress("stored", d)


def _store_info(ledger: Ledger, d: Document) -> None:
    """The author and PDF page offsets read from the input, next to the document row."""
    author, pages = getattr(d, "author", None), getattr(d, "pages", None)
    if author or pages is not None:
        ledger.set_document_info(d.id, author=author, pages=pages)


def _flag_copies(ledger: Ledger, result: AnalyzeResult) -> None:
    """Flag near-duplicates among the stored documents and tell about this run's."""
    ours = {d.id: d for d in result.added}
    for doc_id, original in mark_copies(ledger):
        if doc_id in ours:
            ours[doc_id].copy_of = original
            other = ledger.document(original)
            result.notices.append(InputError(
                ours[doc_id].path, f"near-duplicate of {other.path if other else original}: stored, flagged as a copy"))
        elif original in ours:
            other = ledger.document(doc_id)
            result.notices.append(InputError(
                ours[original].path, f"published before its near-duplicate {other.path if other else doc_id}, "
                "which is now flagged as a copy of it"))


def _analysis(document: Document, sdoc: object) -> Analysis:
    """The analysis of an annotated document, with the date the pipeline read in its text
    when it had none."""
    published = getattr(sdoc, "_").recoupe_published
    if published and document.published is None:
        document.published, document.published_precision = dates.from_iso(str(published))
        document.published_how = getattr(sdoc, "_").recoupe_published_how
    return build_analysis(sdoc, document)  # type: ignore[arg-type]


def _store(ledger: Ledger, document: Document, analysis: Analysis, replace: bool = False) -> bool:
    """Store one document's analysis with the entity keys of its own analysis (the re-link
    groups them with the ledger's)."""
    stored = ledger.add_analysis(analysis, replace=replace)
    if stored:
        if replace and ledger.reviews(document.id):
            remeasure(ledger, document.id)  # its reviews apply again
        else:  # the figures as just stored, with their ids: no need to read them back
            _read_measures(ledger, document, analysis.claims, analysis.claims, analysis.mentions)
    return stored


def _read_measures(ledger: Ledger, document: Document, claims: list[Claim], kept: list[Claim],
                   mentions: list[Mention]) -> None:
    """Store what the figures of ``claims`` measure and the arithmetic their text states
    (``kept``: the claims without the figures a reviewer marked wrong)."""
    found = measures.assign(claims, {document.id: document.text}, {document.id: mentions})
    ledger.replace_measures(document.id, found)
    ledger.replace_checks(document.id, find_checks(kept, {document.id: document.text}, found))  # type: ignore[arg-type]


def remeasure(ledger: Ledger, document_id: str) -> None:
    """Read again what the figures of one stored document measure (``recoupe_measures``) and
    the arithmetic its text states, with its reviews applied: a unit a reviewer corrected
    changes what its figure counts. Figures marked wrong keep their measure (their page shows
    them struck out; they link to nothing) and leave the checks."""
    document = ledger.document(document_id)
    if document is None:
        return
    claims = ledger.claims(document_id)
    reviews = ledger.reviews(document_id)
    kept = claims
    if reviews:
        entities = ledger.entities_named(source_names(reviews))
        kept = apply_reviews(claims, reviews, entities)
        claims = apply_reviews(claims, reviews, entities, drop_wrong=False)
    _read_measures(ledger, document, claims, kept, ledger.mentions(document_id))
