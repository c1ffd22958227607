"""Language data: one package per language (``recoupe.lang.fr``), each with the same tables.

Components never import a language directly: they ask for the tables of ``nlp.lang``, so a
language plugs in by adding its folder (``recoupe/lang/<xx>/``) with the same module names.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from types import ModuleType

SUPPORTED = ("fr",)


class UnsupportedLanguage(ValueError):
    """No tables for this language."""


@lru_cache(maxsize=None)
def tables(lang: str, name: str) -> ModuleType:
    """The table module ``name`` (``attribution``, ``units``…) of language ``lang``."""
    code = (lang or "").split("-")[0].split("_")[0].lower()
    if code not in SUPPORTED:
        raise UnsupportedLanguage(f"no {name} tables for language {lang!r} (supported: {', '.join(SUPPORTED)})")
    return importlib.import_module(f"recoupe.lang.{code}.{name}")
