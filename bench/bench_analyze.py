#!/usr/bin/env python
"""Throughput of ``recoupe analyze`` against the bare spaCy model it is built on.

Builds a corpus of varied French news (``bench/corpus.py``: the example articles shuffled
with their figures moved, plus generated sourced claims; 300–1 000 words a document, all
distinct), writes it as files, then times, in the same process and interleaved so that
background load hits every configuration alike:

* ``recoupe.analyze([folder], db=tmp)`` — the CLI's library call: reading the files,
  the pipeline, claim building, SQLite storage and the final re-link of the ledger;
* bare ``spacy.load(model)`` (the full pipeline as shipped) ``nlp.pipe`` on the same texts,
  same batch size;
* bare ``spacy.load(model, exclude=["parser", "lemmatizer"])``, for reference (what recoupe ran before it read sources from the parse);
* recoupe's pipeline alone (``recoupe.nlp.pipeline.load(model).pipe``), no storage or linking.

Each is run ``--repeat`` times (default 3) and the best time is kept. Words are counted as
``len(text.split())``. It then prints the ratio recoupe / bare spaCy (target ≥ 0.80), where
the time of the ``analyze`` run goes (files, tokenizer, pipeline, storage, linking), how many
of the figures' units the lexicons do not know (kept as a lemma, flagged unmapped), and the
time of every pipeline component, run one after the other over the whole corpus.

    .venv/bin/python bench/bench_analyze.py
    .venv/bin/python bench/bench_analyze.py --words 50000 --model fr_core_news_sm --json out.json
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

TARGET = 0.80  # recoupe analyze / bare fr_core_news_md, words per second
from typing import Any, Callable, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus, write_corpus  # noqa: E402

EXCLUDED = ["parser", "lemmatizer"]


# -- timing probes ----------------------------------------------------------------------------


class Probe:
    """Inclusive wall time and call count per label, collected by wrapping functions."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._undo: list[Callable[[], None]] = []

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()

    def wrap(self, owner: Any, attr: str, label: str) -> None:
        if not hasattr(owner, attr):
            return  # the code moved on: time what exists
        original = owner.__dict__[attr] if isinstance(owner, type) else getattr(owner, attr)
        probe = self

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                probe.seconds[label] += time.perf_counter() - t0
                probe.calls[label] += 1

        setattr(owner, attr, timed)
        if not isinstance(owner, type) and attr not in getattr(owner, "__dict__", {attr: None}):
            self._undo.append(lambda: delattr(owner, attr))
        else:
            self._undo.append(lambda: setattr(owner, attr, original))

    def wrap_generator(self, owner: Any, attr: str, label: str) -> None:
        """Time only the work done inside the generator (each ``next``), not the consumer's."""
        if not hasattr(owner, attr):
            return
        original = getattr(owner, attr)
        probe = self

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Iterator[Any]:
            it = iter(original(*args, **kwargs))
            while True:
                t0 = time.perf_counter()
                try:
                    item = next(it)
                except StopIteration:
                    probe.seconds[label] += time.perf_counter() - t0
                    return
                probe.seconds[label] += time.perf_counter() - t0
                probe.calls[label] += 1
                yield item

        setattr(owner, attr, timed)
        self._undo.append(lambda: setattr(owner, attr, original))

    def undo(self) -> None:
        while self._undo:
            self._undo.pop()()


def instrument(probe: Probe, nlp: Any) -> None:
    """Wrap the steps of ``recoupe.analyze`` and ``relink`` (module globals they look up)."""
    import recoupe.api as api
    import recoupe.link as link
    from recoupe.store import Ledger

    probe.wrap(api, "read_all", "read files")
    probe.wrap(Ledger, "has_document", "skip known texts (has_document)")
    probe.wrap(nlp, "make_doc", "tokenizer (make_doc)")
    probe.wrap_generator(api, "_annotate", "pipeline (nlp.pipe)")
    probe.wrap(api, "_store", "store")
    probe.wrap(api, "build_analysis", "store/build_analysis")
    probe.wrap(Ledger, "add_analysis", "store/add_analysis")
    probe.wrap(api, "_store_info", "store info (_store_info)")
    probe.wrap(api, "_flag_copies", "near-duplicates (_flag_copies)")
    try:
        import recoupe.dedup as dedup

        probe.wrap(dedup, "shingles", "near-duplicates (_flag_copies)/shingles")
        probe.wrap(dedup, "signature", "near-duplicates (_flag_copies)/signature")
        probe.wrap(Ledger, "record_fingerprint", "near-duplicates (_flag_copies)/ledger.record_fingerprint")
    except ImportError:
        pass
    probe.wrap(api, "relink", "relink")
    probe.wrap(Ledger, "claims", "relink/ledger.claims")
    probe.wrap(Ledger, "documents", "relink/ledger.documents")
    probe.wrap(Ledger, "mentions", "relink/ledger.mentions")
    probe.wrap(api, "_read_measures", "store/measures and checks")
    probe.wrap(link, "link_all", "relink/link_all")
    probe.wrap(api, "find_checks", "store/find_checks (arithmetic)")
    probe.wrap(link, "grade", "relink/grade")
    probe.wrap(link, "consensus", "relink/consensus")
    for name in ("links", "grades", "replace_links", "replace_consensus", "set_grades"):
        probe.wrap(Ledger, name, "relink/ledger reads+writes")


# -- runs -------------------------------------------------------------------------------------


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def pipe_all(nlp: Any, texts: list[str], batch_size: int) -> int:
    n = 0
    for doc in nlp.pipe(texts, batch_size=batch_size):
        n += len(doc)
    return n


def component_times(nlp: Any, texts: list[str], batch_size: int) -> list[tuple[str, float]]:
    """Seconds per component, each run over the whole corpus before the next one."""
    out = []
    gc.collect()
    t0 = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    out.append(("tokenizer", time.perf_counter() - t0))
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
        else:
            docs = [proc(d) for d in docs]
        out.append((name, time.perf_counter() - t0))
    return out


def remove_db(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(db) + suffix)
        if p.exists():
            p.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=200_000, help="corpus size in words (default 200 000)")
    ap.add_argument("--model", default="fr_core_news_md", choices=["fr_core_news_md", "fr_core_news_sm"])
    ap.add_argument("--batch-size", type=int, default=8, help="nlp.pipe batch size (recoupe.analyze's default: 8)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each configuration; the best is kept")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-components", action="store_true", help="skip the per-component timing")
    ap.add_argument("--keep", type=Path, default=None, help="write the corpus here and keep it")
    ap.add_argument("--json", type=Path, default=None, help="save the results as JSON")
    args = ap.parse_args()

    import spacy

    import recoupe
    from recoupe.nlp.pipeline import load
    from recoupe.store import open_ledger

    work = Path(tempfile.mkdtemp(prefix="recoupe-bench-"))
    corpus_dir = args.keep or work / "corpus"
    try:
        t_corpus = time.perf_counter()
        docs = build_corpus(args.words, args.seed)
        write_corpus(docs, corpus_dir)
        t_corpus = time.perf_counter() - t_corpus
        texts = [t for _, t in docs]
        per_doc = [len(t.split()) for t in texts]
        words = sum(per_doc)
        print(f"corpus: {len(texts)} documents, {words} words (per document min {min(per_doc)}, "
              f"mean {statistics.mean(per_doc):.0f}, max {max(per_doc)}), built in {t_corpus:.1f} s")
        print(f"model {args.model}, batch size {args.batch_size}, best of {args.repeat}; "
              f"python {platform.python_version()}, spaCy {spacy.__version__}, {os.cpu_count()} CPUs "
              f"({platform.processor() or platform.machine()})")

        loads = {}
        t0 = time.perf_counter()
        nlp_recoupe = load(args.model)  # lru_cache: recoupe.analyze reuses this object
        loads["recoupe"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        nlp_full = spacy.load(args.model)
        loads["bare full"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        nlp_excl = spacy.load(args.model, exclude=EXCLUDED)
        loads["bare excluded"] = time.perf_counter() - t0
        print("model load (not timed below): " + ", ".join(f"{k} {v:.1f} s" for k, v in loads.items()))
        print(f"  recoupe pipeline: {nlp_recoupe.pipe_names}")
        print(f"  bare full:        {nlp_full.pipe_names}")
        print(f"  bare excluded:    {nlp_excl.pipe_names}")

        # Warm-up: first calls compile regexes, allocate arrays, fill the tokenizer caches.
        warm = texts[: min(20, len(texts))]
        for nlp in (nlp_recoupe, nlp_full, nlp_excl):
            pipe_all(nlp, warm, args.batch_size)
        warm_dir = work / "warm"
        write_corpus(docs[:10], warm_dir)
        recoupe.analyze([warm_dir], db=work / "warm.db", model=args.model, batch_size=args.batch_size)

        probe = Probe()
        configs: dict[str, Callable[[int], Any]] = {}
        breakdowns: list[tuple[float, dict[str, float], dict[str, int], dict[str, int]]] = []

        def run_analyze(r: int) -> Any:
            db = work / f"run{r}.db"
            remove_db(db)
            probe.reset()
            instrument(probe, nlp_recoupe)
            try:
                sec, res = timed(lambda: recoupe.analyze([corpus_dir], db=db, model=args.model,
                                                          batch_size=args.batch_size))
            finally:
                probe.undo()
            if res.errors or len(res.added) != len(texts):
                raise SystemExit(f"analyze: {len(res.added)} added of {len(texts)}, errors: {res.errors[:3]}")
            with open_ledger(db) as ledger:
                counts = ledger.counts()
                units = ledger.unit_coverage()
            counts["notices (near-duplicates, other languages)"] = len(getattr(res, "notices", []))
            breakdowns.append((sec, dict(probe.seconds), dict(probe.calls), counts, units))
            remove_db(db)
            return sec

        configs["recoupe analyze (files → SQLite → links)"] = run_analyze
        configs[f"bare spaCy {args.model} (full pipeline)"] = lambda r: timed(
            lambda: pipe_all(nlp_full, texts, args.batch_size))[0]
        configs["bare spaCy without parser, lemmatizer"] = lambda r: timed(
            lambda: pipe_all(nlp_excl, texts, args.batch_size))[0]
        configs["recoupe pipeline only (nlp.pipe)"] = lambda r: timed(
            lambda: pipe_all(nlp_recoupe, texts, args.batch_size))[0]

        times: dict[str, list[float]] = defaultdict(list)
        for r in range(args.repeat):
            for name, fn in configs.items():
                sec = fn(r)
                times[name].append(sec)
                print(f"  run {r + 1}/{args.repeat} {name}: {sec:.2f} s ({words / sec:,.0f} words/s)", flush=True)

        names = list(configs)
        best = {n: min(times[n]) for n in names}
        wps = {n: words / best[n] for n in names}
        print()
        print(f"{'configuration':48} {'best s':>8} {'median s':>9} {'words/s':>9}")
        for n in names:
            print(f"{n:48} {best[n]:8.2f} {statistics.median(times[n]):9.2f} {wps[n]:9,.0f}")
        a, full, excl, pipe_only = names
        ratio = wps[a] / wps[full]
        print()
        print(f"ratio recoupe analyze / bare {args.model}:          {ratio:.2f}  "
              f"(target ≥ {TARGET}: {'met' if ratio >= TARGET else 'NOT met'})")
        print(f"ratio recoupe analyze / bare without parser+lemmatizer: {wps[a] / wps[excl]:.2f}")
        print(f"ratio recoupe pipeline only / bare {args.model}:    {wps[pipe_only] / wps[full]:.2f}")
        print(f"ratio recoupe pipeline only / bare without parser+lemm.: {wps[pipe_only] / wps[excl]:.2f}")

        sec, seconds, calls, counts, units = min(breakdowns, key=lambda b: b[0])
        print()
        print(f"where the best recoupe analyze run goes ({sec:.2f} s; ledger: {counts.get('documents')} documents, "
              f"{counts.get('claims')} claims, {counts.get('quantities')} quantities, {counts.get('links')} links, "
              f"{counts['notices (near-duplicates, other languages)']} notices):")
        top = ["read files", "skip known texts (has_document)", "tokenizer (make_doc)", "pipeline (nlp.pipe)",
               "store", "store info (_store_info)", "near-duplicates (_flag_copies)", "relink"]
        accounted = sum(seconds.get(k, 0.0) for k in top)
        rows = []
        for k in top:
            rows.append((k, seconds.get(k, 0.0)))
            rows += [(s, v) for s, v in seconds.items() if s.startswith(k + "/")]
        rows.append(("other (ledger open, loop)", sec - accounted))
        for k, v in rows:
            name = f"  {k.split('/', 1)[1]}" if "/" in k else k
            n = calls.get(k)
            print(f"  {name:44} {v:8.2f} s {100 * v / sec:5.1f} %" + (f"  {n:7} calls" if n else ""))
        print()
        print(f"units: {units['counted']} of {units['figures']} figures have a unit; {units['unmapped']} of those "
              f"({100 * units['share']:.1f} %) are nouns the lexicons do not know, kept as their lemma"
              + (": " + ", ".join(f"{u} ({n})" for u, n in units["top"]) if units["top"] else ""))

        comps: dict[str, list[tuple[str, float]]] = {}
        if not args.no_components:
            print()
            print("per component, whole corpus, one component after the other (one run each):")
            for label, nlp in (("recoupe", nlp_recoupe), ("bare full", nlp_full)):
                comps[label] = component_times(nlp, texts, args.batch_size)
                total = sum(v for _, v in comps[label])
                print(f"  {label}: {total:.2f} s in all ({words / total:,.0f} words/s)")
                for name, v in comps[label]:
                    print(f"    {name:24} {v:7.2f} s {100 * v / total:5.1f} %")

        if args.json:
            out = {
                "date": datetime.now().isoformat(timespec="seconds"),
                "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                            "processor": platform.processor() or platform.machine(),
                            "python": platform.python_version(), "spacy": spacy.__version__},
                "model": args.model, "batch_size": args.batch_size, "repeat": args.repeat,
                "corpus": {"documents": len(texts), "words": words, "seed": args.seed,
                           "min_words": min(per_doc), "max_words": max(per_doc)},
                "model_load_seconds": loads,
                "runs_seconds": times, "best_seconds": best, "words_per_second": wps,
                "ratio_analyze_over_bare_full": ratio,
                "ratio_analyze_over_bare_excluded": wps[a] / wps[excl],
                "ratio_pipeline_over_bare_full": wps[pipe_only] / wps[full],
                "analyze_breakdown_seconds": {"total": sec, **seconds}, "analyze_breakdown_calls": calls,
                "ledger_counts": counts, "unit_coverage": units,
                "component_seconds": {k: dict(v) for k, v in comps.items()},
            }
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
            print(f"\nresults written to {args.json}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
