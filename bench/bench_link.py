#!/usr/bin/env python
"""Linking scales near-linearly: time ``recoupe.link.link_all`` on 1k–100k synthetic claims.

No spaCy here: claims are built directly as ``recoupe.model.Claim`` objects with
``Quantity`` figures (ids ``q<n>``), time spans, sources and ~20-word texts, spread over
documents of ~25 claims published over three years, and every figure gets a
``recoupe.model.Measure``. Two scenarios:

* ``growing``: the number of distinct measures grows with the corpus (``claims // 50``,
  at least 20), with a Zipf-like popularity so a few measures are common and most are rare;
* ``few``: 20 measures only, so each block holds thousands of figures.

Each size is timed ``--repeat`` times (best kept), with Python's cyclic garbage collector on
(as in real use) and off (the algorithm alone); the script prints the time per claim and per
link and the ratio time(100k) / time(10k), which is about 10 when linking is linear (100 if
it were quadratic).

    .venv/bin/python bench/bench_link.py
    .venv/bin/python bench/bench_link.py --sizes 1000 10000 --repeat 1 --json out.json
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

from recoupe.link import WINDOW, link_all
from recoupe.model import Measure
from recoupe.model import Claim, Document, Quantity, Source, TimeSpan

EVENTS = ["delivered", "deployed", "lost", "paid", "fired", "produced", "sanctioned"]
UNITS = ["shell", "soldier", "container", "usd", "missile", "drone", "tank", "casualty", "death",
         "rocket", "vehicle", "organization", "tonne", "barrel", "percent", "ship"]
PERS = [None, None, None, "day", "month", "year"]
ACTORS = [None, "KP", "RU", "UA", "US", "KR", "CN", "IR", "BY", "FR", "DE", "GB"]
QUALIFIERS = ["exact", "approx", "approx", "more_than", "at_least", "up_to", "range", "vague", "at_most"]
WORDS = ("selon le renseignement la corée du nord aurait livré envoyé déployé plus de obus soldats "
         "conteneurs à la russie depuis septembre environ militaires tués blessés dans région de koursk "
         "pentagone affirme estime rapport ministère défense britannique sud-coréen ukrainien armée "
         "forces spéciales front munitions missiles drones par jour chaque mois année dernière bilan "
         "pertes estimation chiffres officiels sources occidentales analystes images satellites port "
         "trains navires livraisons entre mars avril mai juin juillet août octobre novembre décembre").split()
SOURCES = [f"org:source {i}" for i in range(60)] + [f"per:analyste {i}" for i in range(40)]


def make_measures(n: int, rng: random.Random) -> list[Measure]:
    seen: set[str] = set()
    out: list[Measure] = []
    while len(out) < n:
        m = Measure(rng.choice(EVENTS), rng.choice(UNITS), rng.choice(PERS), rng.choice(ACTORS))
        if m.key in seen:
            # The combinations run out for large n: add an actor code to keep keys distinct.
            m = Measure(m.event, m.unit, m.per, f"X{len(out)}")
        seen.add(m.key)
        out.append(m)
    return out


def build(n_claims: int, n_measures: int, seed: int = 1) -> tuple[list[Claim], dict[str, Document], dict[str, Measure]]:
    """``n_claims`` claims with 1–3 figures each, in documents of ~25 claims."""
    rng = random.Random(seed)
    measures = make_measures(n_measures, rng)
    # Zipf-like popularity: weight 1/rank.
    weights = [1.0 / (r + 1) for r in range(n_measures)]
    base = {m.key: 10 ** rng.uniform(1, 7) for m in measures}
    start = date(2022, 2, 24)
    docs: dict[str, Document] = {}
    claims: list[Claim] = []
    by_qid: dict[str, Measure] = {}
    qn = 0
    doc_id = ""
    published = start
    for cn in range(n_claims):
        if cn % 25 == 0:
            doc_id = f"d{cn // 25:06d}"
            published = start + timedelta(days=rng.randint(0, 1100))
            docs[doc_id] = Document(id=doc_id, path=f"{doc_id}.txt", text="", published=published,
                                    published_how="text")
        words = rng.choices(WORDS, k=rng.randint(12, 30))
        text = " ".join(words)
        src = None
        if rng.random() < 0.8:
            key = rng.choice(SOURCES)
            via = f"agence {rng.randint(0, 9)}" if rng.random() < 0.1 else None
            src = Source(0, 10, text[:10], key.split(":", 1)[1], "selon", entity_keys=[key], via=via)
        times = []
        if rng.random() < 0.6:
            end = published - timedelta(days=rng.randint(0, 300))
            begin = end - timedelta(days=rng.choice([0, 30, 90, 365]))
            times.append(TimeSpan(0, 5, "depuis", begin.isoformat(), end.isoformat(), "month"))
        quantities = []
        for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
            qn += 1
            m = rng.choices(measures, weights)[0]
            # Cumulative figures grow over time; all vary by ±25 % around the measure's value.
            growth = 1 + (published - start).days / 1100 if m.cumulative else 1.0
            v = base[m.key] * growth * rng.uniform(0.75, 1.25)
            qual = rng.choice(QUALIFIERS)
            low, high = v, v
            if qual == "range":
                high = v * rng.uniform(1.1, 1.6)
            elif qual in ("more_than", "at_least"):
                high = None
            elif qual in ("up_to", "at_most"):
                low = None
            qid = f"q{qn}"
            quantities.append(Quantity(0, 5, f"{v:.0f}", low, high, qual, m.unit, m.per, id=qid))
            by_qid[qid] = m
        claims.append(Claim(document=doc_id, start=0, end=len(text), text=text, source=src,
                            quantities=quantities, times=times, id=f"c{cn + 1}"))
    return claims, docs, by_qid


def run(n_claims: int, n_measures: int, repeat: int) -> dict[str, object]:
    claims, docs, measures = build(n_claims, n_measures)
    blocks = Counter(m.key for m in measures.values())
    secs: list[float] = []
    secs_nogc: list[float] = []
    links: list[object] = []
    for _ in range(repeat):
        for out in (secs, secs_nogc):
            links = []  # free the previous run's links before timing the next
            gc.collect()
            if out is secs_nogc:
                gc.disable()
            try:
                t0 = time.perf_counter()
                links = link_all(claims, docs, measures)  # type: ignore[assignment]
                out.append(time.perf_counter() - t0)
            finally:
                gc.enable()
    relations = Counter(l.relation for l in links)  # type: ignore[attr-defined]
    return {"claims": n_claims, "quantities": len(measures), "documents": len(docs),
            "measures": len(blocks), "largest_block": max(blocks.values()),
            "links": len(links), "relations": dict(relations),
            "runs_seconds": secs, "best_seconds": min(secs),
            "us_per_claim": 1e6 * min(secs) / n_claims,
            "us_per_link": 1e6 * min(secs) / max(1, len(links)),
            "runs_seconds_gc_off": secs_nogc, "best_seconds_gc_off": min(secs_nogc),
            "us_per_claim_gc_off": 1e6 * min(secs_nogc) / n_claims}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 30_000, 100_000])
    ap.add_argument("--few", type=int, default=20, help="number of measures in the 'few' scenario")
    ap.add_argument("--repeat", type=int, default=3, help="runs per size; the best is kept")
    ap.add_argument("--json", type=Path, default=None, help="save the results as JSON")
    args = ap.parse_args()

    print(f"link_all, WINDOW={WINDOW}; best of {args.repeat}; python {platform.python_version()}, "
          f"{os.cpu_count()} CPUs ({platform.processor() or platform.machine()})")
    results: dict[str, list[dict[str, object]]] = {}
    scenarios = {"growing": lambda n: max(20, n // 50), "few": lambda n: args.few}
    for name, measures_for in scenarios.items():
        print(f"\nscenario '{name}' ({'measures = claims // 50' if name == 'growing' else f'{args.few} measures'}):")
        print(f"{'claims':>8} {'figures':>8} {'measures':>8} {'largest':>8} {'links':>9} "
              f"{'best s':>8} {'median s':>9} {'µs/claim':>9} {'µs/link':>8} {'gc off s':>9} {'µs/claim':>9}")
        rows = []
        for n in args.sizes:
            r = run(n, measures_for(n), args.repeat)
            rows.append(r)
            print(f"{n:8} {r['quantities']:8} {r['measures']:8} {r['largest_block']:8} {r['links']:9} "
                  f"{r['best_seconds']:8.3f} {statistics.median(r['runs_seconds']):9.3f} "  # type: ignore[arg-type]
                  f"{r['us_per_claim']:9.1f} {r['us_per_link']:8.2f} {r['best_seconds_gc_off']:9.3f} "
                  f"{r['us_per_claim_gc_off']:9.1f}", flush=True)
        results[name] = rows
        by_n = {r["claims"]: r for r in rows}
        for small, big in ((10_000, 100_000), (1_000, 10_000), (10_000, 30_000), (30_000, 100_000)):
            if small in by_n and big in by_n:
                a, b = by_n[small], by_n[big]
                print(f"  time({big // 1000}k) / time({small // 1000}k) = "
                      f"{b['best_seconds'] / a['best_seconds']:.1f}, gc off "  # type: ignore[operator]
                      f"{b['best_seconds_gc_off'] / a['best_seconds_gc_off']:.1f}, links "  # type: ignore[operator]
                      f"{b['links'] / a['links']:.1f} (linear: {big / small:.0f}, "  # type: ignore[operator]
                      f"quadratic: {(big / small) ** 2:.0f})")
    if args.json:
        out = {"date": datetime.now().isoformat(timespec="seconds"), "window": WINDOW,
               "machine": {"cpus": os.cpu_count(), "platform": platform.platform(),
                           "python": platform.python_version()},
               "repeat": args.repeat, "scenarios": results}
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2), encoding="utf-8")
        print(f"\nresults written to {args.json}")


if __name__ == "__main__":
    main()
