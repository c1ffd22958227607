"""The ``Doc`` extension attributes recoupe's components read and write, declared once.

They hold plain values (offsets, strings, numbers, lists and dicts of those), never ``Span``
objects, so a ``DocBin`` can save them.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, object] = {
    # ISO date the document was published, set by the caller or inferred by recoupe_times.
    "recoupe_published": None,
    # How it was obtained: "given", "text" or "inferred".
    "recoupe_published_how": None,
    # [{start, end, text, from, to, precision}]
    "recoupe_times": None,
    # [{start, end, text, low, high, qualifier, unit, per, unit_text, unit_inherited,
    #   per_start, per_end}]
    "recoupe_quantities": None,
    # One per sentence, aligned with doc.sents: {start, end, text, name, cue, kind, via,
    # entity_names} or None when the sentence is asserted in the article's own voice.
    "recoupe_sources": None,
    # One per sentence: [{start, end, hedged, modality, cues}] for each clause.
    "recoupe_modality": None,
    # [{start, end, text, label, key, name, type, country}]
    "recoupe_mentions": None,
}


def text_of(doc: Doc) -> str:
    """``doc.text``, read once: spaCy rebuilds the string from the tokens on every access, and
    every component needs it."""
    # Keyed by the Doc's shape too: a Doc made from another with its user data
    # (``span.as_doc(copy_user_data=True)``) must not read its parent's text.
    shape = (len(doc), doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None or cached[0] != shape:
        cached = doc.user_data[_TEXT_KEY] = (shape, doc.text)
    return cached[1]


_TEXT_KEY = "recoupe.text"


def register() -> None:
    """Declare the extensions once; calling it again is harmless."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()
