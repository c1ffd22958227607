#!/usr/bin/env python
"""Adding one document costs what the document costs, not what the ledger holds.

Builds one ledger from the generated corpus (``corpus.py``) in steps (by default 300, then
1 500, then 5 000 documents) and, at each step, times adding one new document to a copy of
the ledger with ``recoupe.analyze`` (the model is loaded once, before any timing). Each of
``--repeat`` new documents is added to a copy of each step's ledger, the sizes in turn, for
``--rounds`` rounds, after one addition that loads what a first one loads. It prints, for
each size, the best and the median time and the re-link's part of the best, and the ratio of
the largest size to the smallest (the issue asks < 1.5), of the best and of the medians.

    .venv/bin/python bench/bench_add.py                           # 300, 1 500, 5 000 documents
    .venv/bin/python bench/bench_add.py --sizes 100 300 --json out.json

Building the 5 000-document ledger analyses about 3.5 million words: count 15 to 20 minutes
on two cores.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import recoupe  # noqa: E402
from recoupe import api  # noqa: E402
from corpus import build_corpus, write_corpus  # noqa: E402

# Words per generated document, on average: how many words to ask the generator for.
WORDS_PER_DOCUMENT = 720


def timed_add(db: Path, path: Path, work: Path) -> tuple[float, float]:
    """Seconds to add ``path`` to a copy of ``db``: in all, and in the re-link."""
    copy = work / "copy.db"
    shutil.copyfile(db, copy)
    # The copy's bytes go to disk before the clock starts: a ledger in use is at rest on disk,
    # and the first checkpoint's fsync would otherwise write out the whole fresh copy, a cost
    # of the copy (and of the ledger's size), not of adding a document.
    fd = os.open(copy, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    spent = [0.0]
    relink = api.relink

    def timed_relink(*args, **kwargs):  # type: ignore[no-untyped-def]
        t = time.perf_counter()
        try:
            return relink(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - t

    api.relink = timed_relink
    try:
        t = time.perf_counter()
        result = recoupe.analyze([path], db=copy)
        total = time.perf_counter() - t
    finally:
        api.relink = relink
        copy.unlink()
    assert not result.errors and result.added, (result.errors, path)
    return total, spent[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[300, 1_500, 5_000], help="ledger sizes, in documents")
    ap.add_argument("--repeat", type=int, default=3, help="new documents timed at each size")
    ap.add_argument("--rounds", type=int, default=3,
                    help="rounds over the sizes, interleaved (each round adds each new document at each size)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path, default=None, help="save the results as JSON")
    a = ap.parse_args()
    sizes = sorted(a.sizes)
    docs = build_corpus(words=(sizes[-1] + a.repeat + 20) * WORDS_PER_DOCUMENT, seed=a.seed)
    if len(docs) < sizes[-1] + a.repeat:
        raise SystemExit(f"bench_add: the corpus has {len(docs)} documents, fewer than {sizes[-1] + a.repeat}")
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        paths = write_corpus(docs, work / "corpus")
        new, stock = paths[-a.repeat:], paths[:-a.repeat]
        db = work / "ledger.db"
        recoupe.analyze(new[:1], db=work / "warm.db")  # the model, loaded once
        done = 0
        steps: dict[int, Path] = {}
        for size in sizes:
            t = time.perf_counter()
            recoupe.analyze(stock[done:size], db=db)
            built = time.perf_counter() - t
            done = size
            steps[size] = work / f"ledger{size}.db"
            with recoupe.open_ledger(db) as ledger:
                counts = ledger.counts()
            shutil.copyfile(db, steps[size])  # (closed: its write-ahead log is in it)
            results.append({"documents": size, "claims": counts.get("claims"), "links": counts.get("links"),
                            "step_seconds": round(built, 1)})
        # What a first addition loads once (word lists, place names) is no cost of the ledger.
        timed_add(steps[sizes[0]], new[0], work)
        # The sizes in turn, round after round: the machine's drift from one minute to the
        # next falls on each size alike.
        runs: dict[int, list[tuple[float, float]]] = {size: [] for size in sizes}
        for _ in range(a.rounds):
            for size in sizes:
                runs[size] += [timed_add(steps[size], p, work) for p in new]
        for r in results:
            done_runs = runs[r["documents"]]
            total, relinked = min(done_runs)
            r.update(add_seconds=round(total, 3), relink_seconds=round(relinked, 3),
                     add_median=round(statistics.median(t for t, _ in done_runs), 3))
            print(f"{r['documents']:>6} documents, {r['claims']:>7} claims, {r['links']:>7} links: adding one document "
                  f"{total:.2f} s best, {r['add_median']:.2f} s median of {len(done_runs)} "
                  f"(re-link {relinked:.2f} s)", flush=True)
    ratio = results[-1]["add_seconds"] / results[0]["add_seconds"]
    medians = results[-1]["add_median"] / results[0]["add_median"]
    print(f"time({sizes[-1]}) / time({sizes[0]}) = {ratio:.2f} (best), {medians:.2f} (medians)")
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps({"machine": platform.platform(), "python": platform.python_version(),
                                      "results": results, "ratio": round(ratio, 2),
                                      "ratio_of_medians": round(medians, 2)}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
