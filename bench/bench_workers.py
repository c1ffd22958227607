#!/usr/bin/env python
"""``recoupe analyze --workers 2`` against ``--workers 1`` on the generated corpus.

Writes the corpus (``corpus.py``, 200 000 words by default) to a temporary folder, then times
``recoupe analyze FOLDER --db NEW.db -q --workers N`` as a command, model load included, for
each N (the best and the median of ``--repeat`` runs, interleaved), checks that the ledgers
hold the same documents, claims and links, and prints the speed-up.

    .venv/bin/python bench/bench_workers.py                       # 200 000 words, 1 and 2 workers
    .venv/bin/python bench/bench_workers.py --words 50000 --workers 1 2 --json out.json
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus, write_corpus  # noqa: E402

RECOUPE = Path(sys.executable).with_name("recoupe")


def counts(db: Path) -> tuple[int, ...]:
    with sqlite3.connect(db) as conn:
        return tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("documents", "claims", "quantities", "links"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=1, help="runs of each; the best is kept")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path, default=None)
    a = ap.parse_args()
    docs = build_corpus(words=a.words, seed=a.seed)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(docs, folder)
        # Interleaved (each N once, then again), so that a change in the machine's load
        # between runs hits every N alike.
        runs: dict[int, list[float]] = {n: [] for n in a.workers}
        for k in range(a.repeat):
            for n in a.workers:
                db = Path(tmp) / f"w{n}-{k}.db"
                t = time.perf_counter()
                subprocess.run([str(RECOUPE), "analyze", str(folder), "--db", str(db), "-q", "--workers", str(n)],
                               check=True, stderr=subprocess.DEVNULL)
                runs[n].append(time.perf_counter() - t)
        for n in a.workers:
            best, db = min(runs[n]), Path(tmp) / f"w{n}-0.db"
            results.append({"workers": n, "seconds": round(best, 1), "median": round(statistics.median(runs[n]), 1),
                            "runs": [round(x, 1) for x in runs[n]], "counts": counts(db),
                            "words_per_second": round(a.words / best)})
            print(f"--workers {n}: {best:.1f} s (median {statistics.median(runs[n]):.1f} s), "
                  f"{a.words / best:,.0f} words/s, documents/claims/figures/links {counts(db)}", flush=True)
    same = len({r["counts"] for r in results}) == 1
    speedup = results[0]["seconds"] / results[-1]["seconds"]
    median = results[0]["median"] / results[-1]["median"]
    print(f"speed-up --workers {results[-1]['workers']} / --workers {results[0]['workers']}: {speedup:.2f}"
          f" (of the medians: {median:.2f}; {'same' if same else 'DIFFERENT'} ledgers)")
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps({"machine": platform.platform(), "words": a.words, "documents": len(docs),
                                      "results": results, "speedup": round(speedup, 2),
                                      "speedup_of_medians": round(median, 2), "same": same}, indent=2))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
