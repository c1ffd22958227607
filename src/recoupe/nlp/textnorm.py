"""Length-preserving text normalisation, so regexes run on a simple form and offsets stay true.

Every function here returns a string of exactly the same length as its input: index ``i`` in
the result is index ``i`` in the document text.
"""

from __future__ import annotations

import re

# Typographic apostrophes and quotes → straight ones; no-break and thin spaces → space.
_TRANSLATE = str.maketrans({
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u200a": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-",
})


def fold(text: str) -> str:
    """Lower-case ``text``, straighten apostrophes and spaces, keeping its length."""
    lowered = text.lower()
    if len(lowered) != len(text):
        # A few characters ("İ") lower-case to two; keep those as they are.
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered.translate(_TRANSLATE)


def phrase_pattern(phrases: tuple[str, ...] | list[str] | set[str] | dict[str, object]) -> str:
    """A regex alternation of ``phrases`` (folded), longest first, spaces matching any run."""
    parts = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)

