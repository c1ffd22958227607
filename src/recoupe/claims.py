"""Turn an annotated spaCy ``Doc`` into claims: the boundary between ``nlp`` and the rest.

A claim is a clause (a sentence, cut where ``recoupe_modality`` cut it) with the figures,
time expressions and entities inside it, the sentence's source and the clause's modality.
A claim with no time expression of its own takes the time frame of the claim before it in
the same paragraph: news writing sets a frame ("L'an dernier, …") and keeps it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc

from recoupe.nlp.extensions import text_of
from recoupe.nlp.times import DESCRIPTION

from typing import Optional

from recoupe.gazetteer import normalise_name
from recoupe.model import Analysis, Claim, Document, Entity, Mention, Quantity, Source, TimeSpan
from recoupe.terms import word_terms

_NEWLINE = re.compile("\n")
_SEVERITY = ("conditional", "possible", "prediction", "hedged", "asserted")


def _strongest(modalities: list[str]) -> str:
    """The most hedged of several figures' modalities."""
    return min(modalities, key=lambda m: _SEVERITY.index(m) if m in _SEVERITY else len(_SEVERITY))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "-–•*#>"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _source(rec: dict | None, outlet: Optional[str] = None) -> Source | None:
    if not rec:
        return None
    if rec.get("own"):
        # "selon nos informations": the article's own voice, which its outlet stands behind as
        # an origin; with no outlet known, only the article's voice.
        if not outlet:
            return None
        return Source(start=rec["start"], end=rec["end"], text=rec["text"], name=outlet, cue="own", kind="other",
                      entity_keys=[f"org:{normalise_name(outlet)}"])
    return Source(start=rec["start"], end=rec["end"], text=rec["text"], name=rec["name"], cue=rec["cue"],
                  kind=rec.get("kind", "other"), entity_keys=list(rec.get("entity_keys") or []),
                  via=rec.get("via"), role=rec.get("role"), anonymous=bool(rec.get("anonymous")),
                  office=rec.get("office"), country=rec.get("country"), described=bool(rec.get("described")))


def _quantity(q: dict) -> Quantity:
    return Quantity(q["start"], q["end"], q["text"], q["low"], q["high"], q["qualifier"], q["unit"], q["per"],
                    q.get("unit_text"), bool(q.get("unit_inherited")), unit_class=q.get("unit_class"),
                    unit_mapped=q.get("unit_mapped", True), whole=q.get("whole"),
                    set_aside=bool(q.get("set_aside")))


def _span(t: dict) -> TimeSpan:
    return TimeSpan(t["start"], t["end"], t["text"], t["from"], t["to"], t.get("precision", "day"),
                    t.get("role", "event"))


_PARENTHESES_AFTER = re.compile(r"\s*\(\s*")
# (Not a change told in them: "inférieures à celles de 2029 (-12 %)" is this year's change.)
_SIGNS = "-+−"


def _after(published: date | None, iso: str | None) -> bool:
    """Whether a time starting on ``iso`` falls after the day a document was published: a day
    to come, which dates nothing the document reports."""
    return published is not None and bool(iso) and date.fromisoformat(iso[:10]) > published


def _document_frame(doc: Doc, times: list[dict], published: date | None = None) -> list[TimeSpan]:
    """The time of the event an article reports: the first event time of its first sentence
    that asserts something (headlines and date lines have no verb), never one after the day it
    was published ("s'affronteront au second tour le 10 avril, selon les résultats publiés
    lundi" reports Monday's results); past its lead, never a time a year or more before it
    was published: an article whose lead names no day is not about an older event its last lines
    recall ("… celle de l'Amoco Cadiz, en mars 1978")."""
    asserted = 0
    for sent in doc.sents:
        if not any(tok.pos_ in ("VERB", "AUX") for tok in sent):
            continue
        mine = [t for t in times if sent.start_char <= t["start"] < sent.end_char
                and t.get("role", "event") == "event" and t["from"] is not None
                and (not _after(published, t["from"]) or asserted < LEAD_SENTENCES and _coming(published, t))
                and (asserted < LEAD_SENTENCES or not _recalled(published, t))]
        if mine:
            return [_span(mine[0])]
        asserted += 1
    return []


# How many sentences that assert something make an article's lead, and how long before its
# publication a time told past the lead recalls an older event rather than dating its own.
LEAD_SENTENCES = 3
RECALLED_DAYS = 365


def _coming(published: date | None, t: dict) -> bool:
    """Whether a time of the lead is a day of the coming week, which a preview reports ("La
    journée de jeudi s'annonce difficile", written on the Wednesday): no later round."""
    return published is not None and t.get("precision") == "day" and t["from"] == t.get("to") \
        and 0 < (date.fromisoformat(t["from"][:10]) - published).days <= COMING_DAYS


# How far ahead of its publication a day of an article's lead may be the one it reports; only
# what is to come takes it ("Une cérémonie aura lieu samedi. L'accident a fait 6 morts": the toll
# is no Saturday's).
COMING_DAYS = 6
FORECAST_MODES = ("prediction", "possible", "conditional")


def _recalled(published: date | None, t: dict) -> bool:
    end = t.get("to") or t.get("from")
    return published is not None and end is not None and (published - date.fromisoformat(end)).days >= RECALLED_DAYS


def _published_span(document: Document) -> TimeSpan | None:
    """The publication date as a claim's time: the day it was stated, as of which it holds.
    It is not read in the claim, so it carries no offsets of its own."""
    if document.published is None:
        return None
    lo = document.published
    precision = getattr(document, "published_precision", "day") or "day"
    iso = lo.isoformat()
    hi = iso if precision == "day" else (f"{lo.year}-12-31" if precision == "year"
                                        else (date.fromordinal(date(lo.year + (lo.month == 12), lo.month % 12 + 1, 1).toordinal() - 1)).isoformat())
    return TimeSpan(0, 0, "", iso, hi, precision, "published")


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _of_a_time_to_come(claim: Claim, published: date | None) -> bool:
    """Whether the time a claim's own words give begins after its article was published: in
    the conditional, what may happen then is a forecast ("plus de 2 000 vols pourraient être
    annulés jeudi", written on the Tuesday), not a hedged observation."""
    return any(t.role == "event" and _after(published, t.from_) for t in claim.times)


def _who(rec: dict | None) -> object:
    """One source, however many records name it: the same words at the same place."""
    return None if not rec else (rec.get("start"), rec.get("end"), rec.get("name"), rec.get("cue"))


_SEPARATOR = re.compile(r"[;)]|,(?=\s)")


def _cut(text: str, before: tuple[dict | None, list[dict]], after: tuple[dict | None, list[dict]],
         mark: Optional[int]) -> int:
    """Where the next claim of a clause begins (``after``, the one of another source or of a
    comparison's other term marked at ``mark``), so that each keeps its own words: at the
    comparison's marker ("y restent soumises, | contre 143 début août"), else after the last
    separator between what the claim before tells (its figures, and its source when named after
    them) and the next one's source or figure ("à Lyon (21 000 selon la préfecture) | et à
    Toulouse (18 000 selon la police)"), else at its first figure."""
    source, group = before
    first = after[1][0]["start"]
    told = max([q["end"] for q in group] or [first])
    if source is not None and group and group[0]["start"] <= source.get("start", -1) and source.get("end", first) <= first:
        told = max(told, source["end"])
    if told >= first:
        return first
    if mark is not None and told <= mark <= first:
        return mark
    nxt = after[0]
    limit = nxt["start"] if nxt is not None and told <= nxt.get("start", -1) < first else first
    last = None
    for last in _SEPARATOR.finditer(text, told, limit):
        pass
    if last is None:
        return first
    at = last.end()
    while at < first and text[at].isspace():
        at += 1
    return at


def _times_beyond(ts: list[TimeSpan], beyond: tuple[tuple[int, int], ...], before: list[TimeSpan] | None,
                  frame: list[TimeSpan], as_of: TimeSpan | None, published: date | None) -> list[TimeSpan]:
    """The times of a claim whose figures stand past the scope of the clause's times in
    ``beyond`` (spans): the others; with no event time left, its paragraph's before the
    clause, else its article's, as a claim with no time of its own (never one in ``beyond``)."""
    if not beyond:
        return ts
    kept = [t for t in ts if (t.start, t.end) not in beyond]
    if any(t.role == "event" for t in kept):
        return kept
    return kept + _inherited(before, frame, as_of, published, beyond)


def _inherited(before: list[TimeSpan] | None, frame: list[TimeSpan], as_of: TimeSpan | None,
               published: date | None, left_out: tuple[tuple[int, int], ...] = ()) -> list[TimeSpan]:
    """The times a claim with no event time of its own takes: the event times its paragraph
    told before it, else its article's, and its publication date (none in ``left_out``, and
    never a day to come: "Le procès s'ouvrira le 15 mai. L'incendie avait fait 9 morts" are the
    fire's dead)."""
    inherited = [t for t in before or [] if not _after(published, t.from_) and (t.start, t.end) not in left_out]
    out = [replace(t, role="paragraph") for t in inherited] if inherited else \
        [replace(t, role="document") for t in frame if (t.start, t.end) not in left_out]
    return out + ([as_of] if as_of is not None else [])


def build_analysis(doc: Doc, document: Document) -> Analysis:
    """The claims, mentions and entities of ``document``, read from its annotated ``doc``."""
    text = text_of(doc)
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    quantities = doc._.recoupe_quantities or []
    # (A time that dates a noun of its sentence, "une station ouverte en 1920", dates no figure.)
    times = [t for t in doc._.recoupe_times or [] if t.get("role") != DESCRIPTION]
    mentions_raw = doc._.recoupe_mentions or []
    sources = doc._.recoupe_sources or []
    modality = doc._.recoupe_modality or []
    claims: list[Claim] = []
    bodies: dict[str, str] = {}  # the bodies roles speak for, by key: "org:mairie" → "mairie"
    last_times: dict[int, list[TimeSpan]] = {}
    frame = _document_frame(doc, times, document.published)
    as_of = _published_span(document)
    for si, sent in enumerate(doc.sents):
        clauses = modality[si] if si < len(modality) else [{"start": sent.start_char, "end": sent.end_char,
                                                             "hedged": False, "modality": "asserted", "cues": []}]
        sentence_source = sources[si] if si < len(sources) else None
        for clause in clauses:
            start, end = _trim(text, clause["start"], clause["end"])
            if end <= start:
                continue
            qs = [q for q in quantities if start <= q["start"] < end]
            if not qs and not _has_verb(doc, start, end):
                continue  # a heading or a fragment: nothing is asserted
            paragraph = bisect_right(newlines, start)
            ts = [_span(t) for t in times if start <= t["start"] < end]
            before_clause = last_times.get(paragraph)
            # Times told right after a figure whose scope ends before a coordinated clause
            # ("112 millions d'euros pour 2028, et … 640 postes"): the offset it ends at.
            scoped = {(t["start"], t["end"]): t["scope_end"] for t in times
                      if start <= t["start"] < end and t.get("scope_end") is not None}
            # Event time, not statement time; a claim with no event time of its own takes
            # the time of the event its paragraph reports, else its article's, and holds as
            # of its publication date.
            # (A span of time anchored nowhere, "pendant près de trois semaines", dates nothing:
            # "L'Arjasari avait connu une éruption en 2029. … 9 000 personnes avaient été
            # évacuées pendant près de trois semaines" are 2029's.)
            own_events = [t for t in ts if t.role == "event" and (t.from_ is not None or t.to is not None)]
            if own_events:
                last_times[paragraph] = own_events
            else:
                ts = [t for t in ts if t.role != "event"] + _inherited(before_clause, frame, as_of, document.published)
            # One claim per source: "1,2 million selon le ministère, 3 millions selon la CGT"
            # are two claims of one clause, each with its own source.
            # Likewise a hedged figure and an asserted one ("132 otages sont retenus, dont au
            # moins 25 ne seraient plus en vie") are two claims.
            # And the other term of a comparison dated apart ("870 000 manifestants, contre
            # 1,12 million le 8 février") is a claim of its own, about its own day.
            compared = [t for t in times if start <= t["start"] < end and t.get("role") == "comparison"
                        and "mark" in t and t["from"] is not None]
            groups: dict[tuple[object, bool, int], tuple[dict | None, list[dict]]] = {}
            own_time: dict[tuple[object, bool, int], dict] = {}
            for q in qs:
                rec = q.get("source", sentence_source)
                # (The other term told between the marker and its time, or in parentheses right
                # after its time: "un niveau proche de celui de 2029 (82,4 %)".)
                other = next((t for t in compared if t["mark"] <= q["start"] and q["end"] <= t["start"]
                              or (_PARENTHESES_AFTER.fullmatch(text, t["end"], q["start"])
                                  and text[q["start"]:q["start"] + 1] not in _SIGNS)), None)
                # (A figure past the scope of a time told after a sum is not of that time, unless a sum.)
                beyond = tuple(sorted(span for span, limit in scoped.items() if q["start"] >= limit)) \
                    if q.get("unit_class") != "money" else ()
                key = (_who(rec), bool(q.get("hedged", clause["hedged"])), id(other) if other else 0, beyond)
                if other is not None:
                    own_time[key] = other
                groups.setdefault(key, (rec, []))[1].append(q)
            if not groups:
                groups[(_who(sentence_source), False, 0, ())] = (sentence_source, [])
            # Each claim of a split clause gets its own part of it, so that no two claims share
            # a span (reviews name a claim by its span): the first from the clause's start, the
            # next ones from their first figure, each up to where the next begins.
            parts = list(groups.values())
            owns = [own_time.get(key) for key in groups]
            outside = [key[3] for key in groups]
            bounds = [start] + [_cut(text, parts[k - 1], parts[k], owns[k]["mark"] if owns[k] else None)
                                for k in range(1, len(parts))] + [end]
            for k, (source, group) in enumerate(parts):
                c_start = bounds[k]
                c_end = max([bounds[k + 1]] + [q["end"] for q in group]) if k + 1 < len(parts) else end
                c_end = _trim(text, c_start, c_end)[1]
                reading = group[0] if group and "modality" in group[0] else clause
                cues = list(dict.fromkeys(c for q in group for c in q.get("hedge_cues") or [])) if group \
                    else list(clause.get("cues") or [])
                hedged = bool(reading["hedged"]) or bool(source and source.get("forecast"))
                mode = str(_strongest([q.get("modality", clause["modality"]) for q in group]) if group
                           else clause["modality"])
                if source and source.get("forecast") and mode in ("asserted", "reported"):
                    mode = "prediction"
                elif mode == "asserted" and source:
                    mode = "reported"
                own = owns[k]
                bodies.update((source or {}).get("bodies") or {})
                claim = Claim(
                    document=document.id, start=c_start, end=c_end, text=text[c_start:c_end], source=_source(source, document.outlet),
                    hedged=hedged, modality=mode, hedge_cues=cues,
                    quantities=[_quantity(q) for q in group],
                    times=_times_beyond(ts, outside[k], before_clause, frame, as_of, document.published) if own is None
                    else [replace(_span(own), role="event")] + ([as_of] if as_of else []),
                    entity_keys=list(dict.fromkeys(m["key"] for m in mentions_raw if c_start <= m["start"] < c_end)),
                    paragraph=paragraph, sentence=si, told_earlier=any(q.get("earlier") for q in group),
                )
                if claim.modality == "conditional" and _of_a_time_to_come(claim, document.published):
                    claim.modality = "prediction"  # "plus de 2 000 vols pourraient être annulés jeudi"
                if claim.modality not in FORECAST_MODES:
                    # A day to come its article's lead reports dates only what is to come: "Une
                    # cérémonie aura lieu samedi. L'accident a fait 6 morts" is no Saturday's toll.
                    claim.times = [t for t in claim.times
                                   if t.role != "document" or not _after(document.published, t.from_)]
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
    for c in claims:  # the outlet behind its own reporting is an entity of its own
        if c.source is not None and c.source.cue == "own" and c.source.entity_keys[0] not in entities:
            entities[c.source.entity_keys[0]] = Entity(key=c.source.entity_keys[0], name=c.source.name, type="ORG",
                                                       aliases=[c.source.name])
    for key, name in bodies.items():  # and so is the body a role speaks for ("le maire": the town hall)
        if key not in entities:
            entities[key] = Entity(key=key, name=name, type="ORG", aliases=[name])
    return Analysis(document=document, claims=claims, mentions=mentions, entities=list(entities.values()),
                    terms=word_terms(document.text, document.lang or "fr"))
