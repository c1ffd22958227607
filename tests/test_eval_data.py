"""Integrity of the team's real-news dev set (``eval/``): the gold must say what the texts say.

Each gold span is found in its text the way the shared scorer finds it; the fields hold the
values ``eval/GUIDELINES.md`` allows; the manifest lists files that exist. A dev set that
drifts from its texts fails here rather than skewing ``make eval``.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

EVAL = Path(__file__).resolve().parents[1] / "eval"
GOLD = json.loads((EVAL / "gold.json").read_text(encoding="utf-8"))
QUALIFIERS = {"exact", "approx", "range", "at_least", "more_than", "at_most", "less_than", "up_to", "average", "vague"}
DOCS = GOLD["documents"]


def _text(name: str) -> str:
    return (EVAL / "texts" / name).read_text(encoding="utf-8")


def test_size_and_breadth() -> None:
    # The extraction issue asks for at least 60 paragraphs on at least 12 topics.
    paragraphs = sum(len([p for p in re.split(r"\n\s*\n", _text(d["file"])) if len(p.split()) > 12]) for d in DOCS)
    topics = {d["file"].split("_")[0] for d in DOCS}
    assert paragraphs >= 60, paragraphs
    assert len(topics) >= 12, sorted(topics)
    assert sorted(p.name for p in (EVAL / "texts").glob("*.txt")) == sorted(d["file"] for d in DOCS)


@pytest.mark.parametrize("doc", DOCS, ids=[d["file"] for d in DOCS])
def test_gold_spans_and_fields(doc: dict[str, Any]) -> None:
    text = _text(doc["file"])
    for q in doc["quantities"]:
        span = q["span"]
        if "span_start" in q:
            assert text[q["span_start"]:q["span_start"] + len(span)] == span, span
        else:
            assert text.count(span) == 1, f"{span!r} occurs {text.count(span)} times without span_start"
        assert q["qualifier"] in QUALIFIERS, span
        if q["low"] is not None and q["high"] is not None:
            assert q["low"] <= q["high"], span
        if q.get("time"):
            start, end = q["time"]
            assert date.fromisoformat(start) <= date.fromisoformat(end or "9999-12-31"), span
    for n in doc.get("not_quantities", []):
        assert n["span"] in text, n["span"]


def test_manifest_lists_dev_texts() -> None:
    with (EVAL / "manifest.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows
    for row in rows:
        assert (EVAL / row["path"]).is_file(), row["path"]
        assert row["date"] or re.search(r"/20\d\d/\d\d/\d\d/|20\d{6}", row["url"]), row


STORIES = EVAL / "stories"
STORY_GOLD = json.loads((STORIES / "gold.json").read_text(encoding="utf-8"))


def test_stories_and_their_links() -> None:
    """Ten stories of several dated documents; every link end names one gold figure of its file
    (the scorer finds a span at its first occurrence), and every document is dated."""
    files = {d["file"]: (STORIES / "texts" / d["file"]).read_text(encoding="utf-8") for d in STORY_GOLD["documents"]}
    assert sorted(p.name for p in (STORIES / "texts").glob("*.txt")) == sorted(files)
    assert len({name.split("_")[0] for name in files}) >= 10
    spans = {d["file"]: [q["span"] for q in d["quantities"]] for d in STORY_GOLD["documents"]}
    for kind in ("links", "must_not_link"):
        assert len(STORY_GOLD[kind]) >= 60
        for link in STORY_GOLD[kind]:
            for name, span in (link["a"], link["b"]):
                assert span in files[name], (kind, name, span)
                assert any(span in s or s in span for s in spans[name]), (kind, name, span)
    with (STORIES / "manifest.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(Path(r["path"]).name for r in rows) == sorted(files) and all(r["date"] for r in rows)


@pytest.mark.parametrize("doc", STORY_GOLD["documents"], ids=[d["file"] for d in STORY_GOLD["documents"]])
def test_story_gold_spans_and_fields(doc: dict[str, Any]) -> None:
    text = (STORIES / "texts" / doc["file"]).read_text(encoding="utf-8")
    for q in doc["quantities"]:
        span = q["span"]
        if "span_start" in q:
            assert text[q["span_start"]:q["span_start"] + len(span)] == span, span
        else:
            assert span in text, span
        assert q["qualifier"] in QUALIFIERS, span
        if q["low"] is not None and q["high"] is not None:
            assert q["low"] <= q["high"], span
