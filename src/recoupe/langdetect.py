"""Which language a text is written in, offline, with lingua.

recoupe analyses French only; a text in another language must be stored as such and not
fed to the French pipeline, where it would yield nonsense claims. Detection is restricted
to the handful of languages recoupe meets in practice (French, English, German, Spanish,
Italian, Russian, Ukrainian, Korean, Chinese), which keeps it fast and its models small.

A text too short or too poor in letters to tell is taken as French: that is what recoupe
is fed, and a wrong "French" on a three-word text costs little. Names are masked before
detection ("Selon the Wall Street Journal" is French that names an English paper), and a
text where French is a strong second guess is French: recoupe's readers quote English
titles and phrases all the time.

A manifest's ``lang`` is a hint, written as a BCP 47 tag, an ISO 639 code or a name
(``fr-FR``, ``fr_FR``, ``fra``, ``french``, ``Français``): ``normalize`` reads it with
langcodes. The hint wins unless the text plainly says otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

__all__ = ["DEFAULT", "LANGUAGES", "NAMES", "detect", "name", "normalize"]

#: The language assumed when the text does not tell.
DEFAULT = "fr"

#: ISO 639-1 codes of the languages told apart, French first.
LANGUAGES = ("fr", "en", "de", "es", "it", "ru", "uk", "ko", "zh")

#: Names used in messages to the user.
NAMES = {
    "fr": "French", "en": "English", "de": "German", "es": "Spanish", "it": "Italian",
    "ru": "Russian", "uk": "Ukrainian", "ko": "Korean", "zh": "Chinese",
}

# Below this many letters, detection is a guess; keep the default.
MIN_LETTERS = 20
# Longer texts are judged on samples from their start, middle and end (a few ms each).
SAMPLE_CHARS = 1500
# French is kept when lingua gives it at least this confidence, even as a second guess.
FRENCH_FLOOR = 0.25
# A hint is kept when the text gives its language at least this confidence.
HINT_FLOOR = 0.05
# Another language wins over a French second guess only when it is at least this sure.
SURE = 0.5

# A capitalised word inside a sentence: a name, whatever its language ("Wall Street Journal").
_NAME = re.compile(r"(?<=[^.!?:;«»\"“”()\-–—\s])(\s+)[A-Z][\w'’.-]*")


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES]
    # A minimum relative distance makes lingua answer None when two languages are close,
    # instead of picking one at random; we then keep the default.
    return LanguageDetectorBuilder.from_languages(*languages).with_minimum_relative_distance(0.05).build()


def _sample(text: str) -> str:
    if len(text) <= 3 * SAMPLE_CHARS:
        return text
    middle = len(text) // 2 - SAMPLE_CHARS // 2
    return "\n".join((text[:SAMPLE_CHARS], text[middle:middle + SAMPLE_CHARS], text[-SAMPLE_CHARS:]))


def normalize(tag: Optional[str]) -> Optional[str]:
    """The ISO 639-1 code (639-3 when there is none) of a language tag or name, or None.

    "fr-FR", "fr_FR", "fra", "fre", "French", "français" → "fr"; "klingon" → "tlh";
    "xx", "" → None.
    """
    import langcodes

    value = (tag or "").strip()
    if not value:
        return None
    try:
        if langcodes.tag_is_valid(value.replace("_", "-")):
            language = langcodes.Language.get(langcodes.standardize_tag(value)).language
        else:
            language = langcodes.find(value).language
    except (LookupError, ValueError):
        return None
    # "und", "mul", "zxx", "mis" and private-use tags name no language a text is written in.
    if not language or language in ("und", "mul", "zxx", "mis") or language.startswith(("x-", "qaa")):
        return None
    return language


def _confidences(sample: str) -> dict[str, float]:
    try:
        values = _detector().compute_language_confidence_values(sample)
    except Exception:  # lingua missing or broken: never fail a read on it
        return {}
    return {v.language.iso_code_639_1.name.lower(): float(v.value) for v in values}


def _has_letters(text: str, n: int) -> bool:
    """Whether ``text`` holds ``n`` letters or more (read up to the ``n``-th only)."""
    seen = 0
    for c in text:
        if c.isalpha():
            seen += 1
            if seen >= n:
                return True
    return False


def detect(text: str, hint: Optional[str] = None) -> str:
    """The ISO 639-1 code of the language of ``text``: ``hint`` (a normalised code) unless
    the text plainly is in another language, French when French is a strong guess, else
    the best of ``LANGUAGES``; ``hint`` or ``DEFAULT`` when the text is too short to tell."""
    sample = _NAME.sub(r"\1", _sample(text))
    if not _has_letters(sample, MIN_LETTERS):
        return hint or DEFAULT
    confidence = _confidences(sample)
    if not confidence:
        return hint or DEFAULT
    if hint is not None and (hint not in LANGUAGES or confidence.get(hint, 0.0) >= HINT_FLOOR):
        return hint
    if confidence.get(DEFAULT, 0.0) >= FRENCH_FLOOR:
        return DEFAULT
    best = max(confidence, key=confidence.__getitem__)
    if confidence[best] < SURE and confidence.get(DEFAULT, 0.0) >= FRENCH_FLOOR / 2:
        return DEFAULT  # no language stands out ("(AFP) - 12 morts. (Reuters) - 15 morts."): French
    return best


def name(code: str) -> str:
    """A readable name for a language code: "en" → "English"."""
    return NAMES.get(code, code)
