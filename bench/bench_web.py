#!/usr/bin/env python
"""How long the pages of ``recoupe serve`` take on a large ledger.

Times, on a ledger of generated documents (``corpus.py``), the overview ``/``, the claims list
``/claims``, a full-text search ``/claims?q=…``, the page of the largest measure and of a
middling one, a document page, the page of the entity with the most claims and the lists
``/entities`` and ``/measures``, each
``--repeat`` times, and prints the median and the slowest of each (the issue asks a median
under 300 ms on 5 000 documents). Requests go through the app in this process (Starlette's
test client: no network, no server), one at a time.

    .venv/bin/python bench/bench_web.py --db LEDGER                 # a ledger already built
    .venv/bin/python bench/bench_web.py --documents 5000 --keep L   # build it first (long)

Building a ledger of 5 000 generated documents analyses about 3.5 million words: count 15 to
25 minutes on two cores with ``--workers 2``.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

import recoupe  # noqa: E402
from corpus import build_corpus, write_corpus  # noqa: E402

WORDS_PER_DOCUMENT = 720


def build(documents: int, db: Path, work: Path, workers: int) -> None:
    docs = build_corpus(words=(documents + 20) * WORDS_PER_DOCUMENT, seed=7)[:documents]
    paths = write_corpus(docs, work / "corpus")
    recoupe.analyze(paths, db=db, workers=workers)


def routes(db: Path) -> dict[str, str]:
    """The pages to time, chosen from what the ledger holds (read with plain SQL here: the
    benchmark picks its pages, the app is what is timed)."""
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        sizes = conn.execute("SELECT measure_key, count(*) FROM measures GROUP BY measure_key"
                             " ORDER BY count(*) DESC, measure_key").fetchall()
        doc = conn.execute("SELECT document_id FROM claims GROUP BY document_id ORDER BY count(*) DESC, document_id"
                           " LIMIT 1 OFFSET (SELECT count(DISTINCT document_id) / 2 FROM claims)").fetchone()[0]
        entity = conn.execute(
            "SELECT entity_id FROM claim_entities GROUP BY entity_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        word = conn.execute("SELECT text FROM claims WHERE length(text) > 40 ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    term = max((w.strip(".,;:«»()") for w in word.split()), key=len)
    return {
        "/": "/",
        "/claims": "/claims",
        "/claims?q=…": "/claims?q=" + quote(term),
        "largest measure": "/measures/" + quote(sizes[0][0], safe=""),
        "middling measure": "/measures/" + quote(sizes[len(sizes) // 2][0], safe=""),
        "document": f"/documents/{doc}",
        "entity with most claims": f"/entities/{entity}",
        "/entities": "/entities",
        "/measures": "/measures",
    }


def time_pages(db: Path, repeat: int) -> list[dict[str, object]]:
    from fastapi.testclient import TestClient

    from recoupe.web.app import create_app

    client = TestClient(create_app(db, relink_on_review=False), base_url="http://127.0.0.1")
    out = []
    for name, url in routes(db).items():
        r = client.get(url)  # the first request warms SQLite's page cache
        assert r.status_code == 200, (url, r.status_code)
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            r = client.get(url)
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, (url, r.status_code)
        med = statistics.median(times)
        out.append({"page": name, "url": url, "median_ms": round(med, 1), "max_ms": round(max(times), 1),
                    "bytes": len(r.content)})
        print(f"{name:<24} median {med:7.1f} ms, slowest {max(times):7.1f} ms, {len(r.content) / 1024:7.0f} KiB"
              f"   {url[:70]}", flush=True)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, help="an existing ledger to time (else one is built)")
    ap.add_argument("--documents", type=int, default=5_000, help="documents of the ledger to build")
    ap.add_argument("--workers", type=int, default=2, help="processes building the ledger")
    ap.add_argument("--keep", type=Path, help="where to keep the ledger built")
    ap.add_argument("--repeat", type=int, default=15, help="timed requests per page")
    ap.add_argument("--json", type=Path, default=None, help="save the results as JSON")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = a.db
        if db is None:
            db = a.keep or Path(tmp) / "ledger.db"
            t = time.perf_counter()
            build(a.documents, db, Path(tmp), a.workers)
            print(f"built {db} in {time.perf_counter() - t:.0f} s", flush=True)
        with recoupe.open_ledger(db) as ledger:
            counts = ledger.counts()
        print(", ".join(f"{v} {k}" for k, v in counts.items()), f"({db.stat().st_size / 2**20:.0f} MiB)")
        results = time_pages(db, a.repeat)
    if a.json:
        a.json.parent.mkdir(parents=True, exist_ok=True)
        a.json.write_text(json.dumps({"machine": platform.platform(), "python": platform.python_version(),
                                      "counts": counts, "pages": results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
