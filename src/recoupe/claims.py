"""Turn an annotated spaCy ``Doc`` into claims: the boundary between ``nlp`` and the rest.

A claim is a clause (a sentence, cut where ``recoupe_modality`` cut it) with the figures,
time expressions and entities inside it, the sentence's source and the clause's modality.
A claim with no time expression of its own takes the time frame of the claim before it in
the same paragraph: news writing sets a frame ("L'an dernier, …") and keeps it.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from recoupe.model import Analysis, Claim, Document, Entity, Mention, Quantity, Source, TimeSpan


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "-–•*#>"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _source(rec: dict | None) -> Source | None:
    if not rec:
        return None
    return Source(start=rec["start"], end=rec["end"], text=rec["text"], name=rec["name"], cue=rec["cue"],
                  kind=rec.get("kind", "other"), entity_keys=list(rec.get("entity_keys") or []),
                  via=rec.get("via"))


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def build_analysis(doc: Doc, document: Document) -> Analysis:
    """The claims, mentions and entities of ``document``, read from its annotated ``doc``."""
    text = doc.text
    newlines = [i for i, c in enumerate(text) if c == "\n"]
    quantities = doc._.recoupe_quantities or []
    times = doc._.recoupe_times or []
    mentions_raw = doc._.recoupe_mentions or []
    sources = doc._.recoupe_sources or []
    modality = doc._.recoupe_modality or []
    claims: list[Claim] = []
    last_times: dict[int, list[TimeSpan]] = {}
    for si, sent in enumerate(doc.sents):
        clauses = modality[si] if si < len(modality) else [{"start": sent.start_char, "end": sent.end_char,
                                                             "hedged": False, "modality": "asserted", "cues": []}]
        source = sources[si] if si < len(sources) else None
        for clause in clauses:
            start, end = _trim(text, clause["start"], clause["end"])
            if end <= start:
                continue
            qs = [q for q in quantities if start <= q["start"] < end]
            if not qs and not _has_verb(doc, start, end):
                continue  # a heading or a fragment: nothing is asserted
            paragraph = bisect_right(newlines, start)
            ts = [TimeSpan(t["start"], t["end"], t["text"], t["from"], t["to"], t.get("precision", "day"))
                  for t in times if start <= t["start"] < end]
            if ts:
                last_times[paragraph] = ts
            else:
                ts = list(last_times.get(paragraph, []))
            hedged = bool(clause["hedged"])
            mode = str(clause["modality"])
            if mode == "asserted" and source:
                mode = "reported"
            claim = Claim(
                document=document.id, start=start, end=end, text=text[start:end], source=_source(source),
                hedged=hedged, modality=mode, hedge_cues=list(clause.get("cues") or []),
                quantities=[Quantity(q["start"], q["end"], q["text"], q["low"], q["high"], q["qualifier"],
                                     q["unit"], q["per"], q.get("unit_text"), bool(q.get("unit_inherited")))
                            for q in qs],
                times=ts,
                entity_keys=list(dict.fromkeys(m["key"] for m in mentions_raw if start <= m["start"] < end)),
                paragraph=paragraph, sentence=si,
            )
            claims.append(claim)
    mentions = [Mention(m["start"], m["end"], m["text"], m["key"], m["label"]) for m in mentions_raw]
    entities: dict[str, Entity] = {}
    for m in mentions_raw:
        ent = entities.get(m["key"])
        if ent is None:
            ent = entities[m["key"]] = Entity(key=m["key"], name=m["name"], type=m["label"], aliases=[],
                                              country=m.get("country"))
        for alias in (m["text"], m["name"]):
            if alias not in ent.aliases:
                ent.aliases.append(alias)
    return Analysis(document=document, claims=claims, mentions=mentions, entities=list(entities.values()))
