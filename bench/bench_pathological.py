#!/usr/bin/env python
"""Pathological text costs its length: time and peak memory of each family at three sizes.

Each measurement runs in a fresh process (so its peak RSS is its own), loads the model,
warms it up on one short text, then times one call: ``nlp(text)`` for the pipeline families,
``recoupe.analyze([file], db=…)`` (read, pipeline, store, re-link) for the linker family and
the long report. A measurement that runs over ``--timeout`` seconds is killed and reported as
such. Prints a Markdown table: family, size, CPU and wall time, peak RSS, the growth of CPU
time from one size to the next (the sizes grow 4× or 3×; quadratic cost would grow 16× or 9×).

    .venv/bin/python bench/bench_pathological.py
    .venv/bin/python bench/bench_pathological.py --families "source openings" --scale 0.25
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))


def _words(n_chars: int) -> str:
    """French words, no punctuation, one line."""
    words = ("le gouvernement a annoncé mardi que les troupes avaient reçu des renforts dans la "
             "région après plusieurs semaines de combats intenses autour de la ville").split()
    out, size, i = [], 0, 0
    while size < n_chars:
        w = words[i % len(words)]
        out.append(w)
        size += len(w) + 1
        i += 1
    return " ".join(out)


def _figures(n: int) -> str:
    return ("Selon le ministère de la défense, la Corée du Nord a livré "
            + ", ".join(f"{1000 + i} obus" for i in range(n)) + " à la Russie.")


def _report(n_chars: int) -> str:
    from corpus import build_corpus
    docs = build_corpus(words=max(2000, n_chars // 6), seed=7)
    text = "\n\n".join(t for _, t in docs)
    return text[:n_chars]


# family → (sizes as counts, how the text is made, what is timed, size unit)
FAMILIES = {
    "source openings": ([500, 2000, 8000], lambda n: "Selon le ministère " * n + "3 000 personnes.", "nlp"),
    "source openings with parenthesis": ([1050, 4200, 16800], lambda n: "Selon le ministère (" * n + "3 000 personnes.", "nlp"),
    "figures in one sentence": ([250, 1000, 4000], _figures, "analyze"),
    "words without punctuation": ([60_000, 120_000, 240_000, 944_000], _words, "nlp"),
    "long report": ([100_000, 300_000, 900_000], _report, "analyze"),
}


def _measure(family: str, n: int) -> dict:
    """Run in a child process: one measurement."""
    import resource

    _, make, how = FAMILIES[family]
    text = make(n)
    from recoupe.nlp.pipeline import load
    nlp = load()
    nlp("Selon le ministère, 3 000 soldats ont été déployés mardi.")
    if how == "nlp":
        w0, c0 = time.perf_counter(), time.process_time()
        doc = nlp(text)
        cpu, wall = time.process_time() - c0, time.perf_counter() - w0
        figures = len(doc._.recoupe_quantities)
        error = None
    else:
        import recoupe
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "input.txt"
            path.write_text(text, encoding="utf-8")
            w0, c0 = time.perf_counter(), time.process_time()
            result = recoupe.analyze([path], db=Path(tmp) / "ledger.db", published=None)
            cpu, wall = time.process_time() - c0, time.perf_counter() - w0
            with recoupe.open_ledger(Path(tmp) / "ledger.db") as ledger:
                figures = sum(len(c.quantities) for c in ledger.claims())
            error = "; ".join(e.reason for e in result.errors) or None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"family": family, "n": n, "chars": len(text), "cpu": cpu, "wall": wall, "rss_mb": rss,
            "figures": figures, "error": error}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--families", nargs="*", default=list(FAMILIES), help="which families (default: all)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    ap.add_argument("--timeout", type=float, default=600, help="seconds before a measurement is killed")
    ap.add_argument("--json", help="write the measurements to this file")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_measure(args.child[0], int(args.child[1]))))
        return
    rows = []
    print("| family | size | characters | CPU s | wall s | peak RSS MB | CPU growth | figures |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for family in args.families:
        sizes, _, _ = FAMILIES[family]
        previous = None
        for n in sizes:
            n = max(1, int(n * args.scale))
            env = dict(os.environ, PYTHONPATH=str(HERE.parent / "src"))
            try:
                out = subprocess.run([sys.executable, __file__, "--child", family, str(n)], env=env,
                                     capture_output=True, text=True, timeout=args.timeout)
                row = json.loads(out.stdout.strip().splitlines()[-1]) if out.returncode == 0 else \
                    {"family": family, "n": n, "error": (out.stderr.strip().splitlines() or ["failed"])[-1]}
            except subprocess.TimeoutExpired:
                row = {"family": family, "n": n, "error": f"killed after {args.timeout:.0f} s"}
            rows.append(row)
            if "cpu" in row:
                growth = f"{row['cpu'] / previous:.1f}×" if previous else ""
                previous = max(row["cpu"], 1e-3)
                note = f" ({row['error']})" if row.get("error") else ""
                print(f"| {family}{note} | {n} | {row['chars']} | {row['cpu']:.2f} | {row['wall']:.2f} | "
                      f"{row['rss_mb']:.0f} | {growth} | {row['figures']} |", flush=True)
            else:
                print(f"| {family} | {n} | | {row['error']} | | | | |", flush=True)
                break  # larger sizes would only take longer
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
