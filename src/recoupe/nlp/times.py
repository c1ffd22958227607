"""The ``recoupe_times`` component: time expressions resolved against the publication date.

The parsing lives in ``timeexpr.py`` (plain text in, ISO intervals out). This component
decides the reference date: ``doc._.recoupe_published`` when the caller set it, otherwise a
date read from the text or inferred from its latest explicit date, and records how.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from recoupe.nlp import extensions  # noqa: F401  (declares the Doc extensions)
from recoupe.nlp.timeexpr import find_times, infer_published


def reference_date(doc: Doc) -> date | None:
    """The document's date, filling ``recoupe_published(_how)`` when the caller gave none."""
    given = doc._.recoupe_published
    if given:
        if not doc._.recoupe_published_how:
            doc._.recoupe_published_how = "given"
        return date.fromisoformat(str(given)[:10])
    found, how = infer_published(doc.text)
    if found is not None:
        doc._.recoupe_published = found.isoformat()
        doc._.recoupe_published_how = how
    return found


class TimeFinder:
    """Stores ``[{start, end, text, from, to, precision}]`` on ``doc._.recoupe_times``."""

    def __call__(self, doc: Doc) -> Doc:
        ref = reference_date(doc)
        doc._.recoupe_times = [
            {"start": t.start, "end": t.end, "text": t.text, "from": t.from_, "to": t.to,
             "precision": t.precision}
            for t in find_times(doc.text, ref)
        ]
        return doc


@Language.factory("recoupe_times", assigns=["doc._.recoupe_times", "doc._.recoupe_published"], default_config={})
def make_times(nlp: Language, name: str) -> TimeFinder:
    return TimeFinder()
