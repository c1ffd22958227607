#!/usr/bin/env python
"""Peak memory of ``recoupe analyze`` as the input grows, and what the ledger costs.

For each size of the generated corpus (``corpus.py``; by default 200 000, 1 000 000 and
2 000 000 words) runs ``recoupe analyze FOLDER --db NEW --workers 1`` in a fresh process and
reads its peak resident memory from the kernel (``wait4``), with the wall time, the ledger's
size per 1 000 words and its links per figure. The issue asks the peak to grow by less than
25 % from 200 000 to 2 000 000 words (the model alone is about 0.5 GB).

    .venv/bin/python bench/bench_memory.py                         # about 20 minutes on 2 cores
    .venv/bin/python bench/bench_memory.py --words 50000 200000 --json bench/out/memory.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus, write_corpus  # noqa: E402


def run(folder: Path, db: Path, workers: int) -> tuple[float, int]:
    """Seconds and peak RSS (bytes) of one ``recoupe analyze`` of ``folder`` into ``db``."""
    cmd = [sys.executable, "-m", "recoupe.cli", "analyze", str(folder), "--db", str(db), "--workers", str(workers),
           "-q"]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"bench_memory: {' '.join(cmd)} exited with {proc.returncode}")
    return seconds, usage.ru_maxrss * 1024  # Linux gives kilobytes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, nargs="+", default=[200_000, 1_000_000, 2_000_000])
    ap.add_argument("--workers", type=int, default=1, help="processes of the run (1: the peak is one process's)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", type=Path, default=None, help="save the results as JSON")
    a = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for words in sorted(a.words):
            docs = build_corpus(words=words, seed=a.seed)
            folder = Path(tmp) / f"corpus{words}"
            write_corpus(docs, folder)
            total = sum(len(text.split()) for _, text in docs)
            db = Path(tmp) / f"ledger{words}.db"
            seconds, rss = run(folder, db, a.workers)
            conn = sqlite3.connect(db)
            figures, links = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("quantities", "links"))
            conn.close()
            size = db.stat().st_size
            results.append({"words": total, "documents": len(docs), "seconds": round(seconds, 1),
                            "peak_rss_mb": round(rss / 2**20), "ledger_mb": round(size / 2**20, 1),
                            "ledger_kb_per_1000_words": round(size / 1024 / (total / 1000), 1),
                            "figures": figures, "links": links, "links_per_figure": round(links / max(figures, 1), 2)})
            r = results[-1]
            print(f"{total:>9} words, {len(docs):>5} documents: {seconds:7.1f} s, peak RSS {r['peak_rss_mb']} MiB, "
                  f"ledger {r['ledger_mb']} MiB ({r['ledger_kb_per_1000_words']} KiB per 1 000 words), "
                  f"{links / max(figures, 1):.2f} links per figure", flush=True)
            db.unlink()
            for p in folder.iterdir():
                p.unlink()
    growth = results[-1]["peak_rss_mb"] / results[0]["peak_rss_mb"] - 1
    print(f"peak RSS from {results[0]['words']} to {results[-1]['words']} words: {growth:+.0%}")
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps({"machine": platform.platform(), "python": platform.python_version(),
                                      "workers": a.workers, "results": results, "growth": round(growth, 3)},
                                     indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
