"""The Jinja2 environment of the pages and the report: autoescape on for every template."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from recoupe.web.views import GRADE_TEXT, OWN_VOICE, RELIABILITY_TEXT, bounds_text, doc_label, fmt, measure_path, safe_url, unit_text, value_text

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


def truncate_text(text: str, n: int = 220) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def environment() -> Environment:
    """Autoescaping, strict about undefined names, with recoupe's filters."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every template, whatever its name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        value=value_text, fmt=fmt, bounds=bounds_text, unit=unit_text, measure_path=measure_path,
        safe_url=safe_url, doc_label=doc_label, clip=truncate_text,
    )
    env.globals.update(GRADE_TEXT=GRADE_TEXT, RELIABILITY_TEXT=RELIABILITY_TEXT, OWN_VOICE=OWN_VOICE)
    return env


def stylesheet() -> str:
    """The CSS the pages link to, for the report to inline (our own file, no user data)."""
    return (STATIC / "style.css").read_text(encoding="utf-8")
