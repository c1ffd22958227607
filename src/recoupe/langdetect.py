"""Which language a text is written in, offline, with lingua.

recoupe analyses French only; a text in another language must be stored as such and not
fed to the French pipeline, where it would yield nonsense claims. Detection is restricted
to the handful of languages recoupe meets in practice (French, English, German, Spanish,
Italian, Russian, Ukrainian, Korean, Chinese), which keeps it fast and its models small.

A text too short or too poor in letters to tell is taken as French: that is what recoupe
is fed, and a wrong "French" on a three-word text costs little.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["DEFAULT", "LANGUAGES", "NAMES", "detect", "name"]

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


def detect(text: str) -> str:
    """The ISO 639-1 code of the language of ``text`` (one of ``LANGUAGES``), or ``DEFAULT``."""
    sample = _sample(text)
    if sum(1 for c in sample if c.isalpha()) < MIN_LETTERS:
        return DEFAULT
    try:
        found = _detector().detect_language_of(sample)
    except Exception:  # lingua missing or broken: never fail a read on it
        return DEFAULT
    if found is None:
        return DEFAULT
    code = found.iso_code_639_1.name.lower()
    return code if code in LANGUAGES else DEFAULT


def name(code: str) -> str:
    """A readable name for a language code: "en" → "English"."""
    return NAMES.get(code, code)
