"""Near-duplicate documents: the same agency story under another headline.

An identical text is stored once (its id is the sha256 of the text). A near-duplicate is a
different text that mostly repeats another one: it is stored, and flagged as a copy of the
earlier document (``documents.copy_of``), so that the linker does not count its figures as
independent corroboration.

How: each text becomes the set of its word 5-grams ("shingles"); two texts are near-
duplicates when the Jaccard similarity of their shingle sets is at least ``THRESHOLD``.
Comparing every pair would be quadratic, so each document's MinHash signature (126 values)
is cut into 42 bands of 3 and the band hashes are stored in the ledger: only documents that
share ``MIN_BANDS`` (3) bands or more are compared, exactly, on their texts. At the threshold
(0.6) a true pair shares three bands with probability 0.997, and at 0.7 with 0.99999; a pair
at 0.3, which a story's articles that repeat one paragraph often are, only 10% of the time,
so that adding an article to a ledger of one story reads few of its texts (one band shared,
which a pair at 0.6 shares with probability > 0.9999, let in eight times as many in the
benchmarks' generated corpus).

The original is the one published first; a dated text comes before an undated one, and
between texts of the same date (or none) the choice rests on the texts themselves (their
sha256), never on the order they were stored, so the ledger does not depend on it. All
copies of a story point at the same original.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import Optional

import numpy as np

from recoupe.store import Ledger

__all__ = ["THRESHOLD", "shingles", "jaccard", "signature", "bands", "fingerprint", "mark_copies"]

THRESHOLD = 0.6
SHINGLE_WORDS = 5
BANDS = 42
ROWS = 3
MIN_BANDS = 3
_PRIME = (1 << 31) - 1
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    # Fixed seed: the signatures stored in a ledger must be reproducible across runs.
    rng = np.random.default_rng(20240312)
    a = rng.integers(1, _PRIME, size=BANDS * ROWS, dtype=np.int64)
    b = rng.integers(0, _PRIME, size=BANDS * ROWS, dtype=np.int64)
    return a, b


def shingles(text: str) -> set[int]:
    """The word 5-grams of ``text`` (case-folded), hashed to 31-bit integers."""
    words = _WORD.findall(text.casefold())
    if not words:
        return set()
    n = min(SHINGLE_WORDS, len(words))
    return {
        zlib.crc32(" ".join(words[i:i + n]).encode("utf-8")) & _PRIME
        for i in range(len(words) - n + 1)
    }


def pack(shingle_set: set[int]) -> bytes:
    """A shingle set as stored with its document's fingerprint: its hashes, sorted, as
    little-endian 32-bit integers (a later document is compared with it without reading its
    text again)."""
    return np.array(sorted(shingle_set), dtype="<u4").tobytes()


def unpack(data: bytes) -> set[int]:
    """The shingle set ``pack`` stored."""
    return set(np.frombuffer(data, dtype="<u4").tolist())


def jaccard(a: set[int], b: set[int]) -> float:
    """|a ∩ b| / |a ∪ b|; 0.0 when both are empty."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def signature(shingle_set: set[int]) -> np.ndarray:
    """The MinHash signature (``BANDS * ROWS`` values) of a non-empty shingle set."""
    a, b = _permutations()
    x = np.fromiter(shingle_set, dtype=np.int64, count=len(shingle_set))
    # (a * x + b) mod p with a, x < 2**31: the product fits in int64.
    return ((np.outer(x, a) + b) % _PRIME).min(axis=0)


def bands(sig: np.ndarray) -> list[int]:
    """One hash per band of ``ROWS`` consecutive signature values (band ``i`` is item ``i``)."""
    return [zlib.crc32(sig[i * ROWS:(i + 1) * ROWS].astype("<i8").tobytes()) for i in range(BANDS)]


def fingerprint(text: str) -> tuple[set[int], list[int]]:
    """The shingles of ``text`` and its band hashes (none for a text without words)."""
    sh = shingles(text)
    return sh, (bands(signature(sh)) if sh else [])


def mark_copies(ledger: Ledger, threshold: float = THRESHOLD) -> list[tuple[str, str]]:
    """Fingerprint every stored document that has no fingerprint yet, in the order stored,
    and flag near-duplicates. Returns ``(document id, original id)`` for each document that
    is now flagged as a copy and was not before.

    Each document is handled in its own transaction and the step is idempotent: a run
    killed half-way is completed by the next one, and two processes may run it at once.
    """
    flagged: list[tuple[str, Optional[str]]] = []
    # A candidate text is compared with every later document that shares a band: compute its
    # shingles once per run, keyed by the text's identity (its sha256 is the document id).
    cache: dict[str, set[int]] = {}

    def shingles_of(text: str) -> set[int]:
        key = text if len(text) < 64 else f"{len(text)}:{hash(text)}"
        found = cache.get(key)
        if found is None:
            found = cache[key] = shingles(text)
        return found

    for doc_id in ledger.documents_without_fingerprint():
        doc = ledger.document(doc_id)
        if doc is None:  # deleted meanwhile
            continue
        sh = shingles_of(doc.text)
        doc_bands = bands(signature(sh)) if sh else []

        def similarity(other: Optional[str], kept: Optional[bytes], sh: set[int] = sh) -> float:
            return jaccard(sh, unpack(kept) if kept is not None else shingles_of(other or ""))

        flagged.extend(ledger.record_fingerprint(doc_id, len(sh), doc_bands, similarity, threshold, MIN_BANDS,
                                                 pack(sh)))
    # Keep the last word for each document (a later one may have re-pointed an earlier one).
    last: dict[str, Optional[str]] = {}
    for doc_id, original in flagged:
        last[doc_id] = original
    return [(d, o) for d, o in last.items() if o is not None]
