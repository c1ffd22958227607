"""The ledger as the JSON document ``analyze --json`` writes (see the eval README).

Ids: documents by their sha256, claims ``c<n>``, quantities ``q<n>``, entities ``e<n>``.
A claim's ``grade`` is the credibility of what it says (1–6), ``reliability`` the rating of its
source (A–F, F when unrated or unnamed), ``grade_label`` both as the Admiralty code writes
them ("B2"), ``grade_reasons`` why.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from recoupe import dates
from recoupe.model import Claim
from recoupe.review import apply_reviews
from recoupe.store import Ledger


def _source(claim: Claim, ids: dict[str, str]) -> dict[str, Any] | None:
    s = claim.source
    if s is None or s.cue == "own":
        return None  # "selon nos informations" is the article's own voice (its outlet in "own_reporting")
    ents = [ids[k] for k in s.entity_keys if k in ids]
    out: dict[str, Any] = {"name": s.name, "text": s.text, "start": s.start, "end": s.end, "cue": s.cue,
                           "kind": s.kind, "entity": ents[0] if ents else None, "entities": ents}
    if s.via:
        out["via"] = s.via
    return out


def ledger_json(ledger: Ledger) -> dict[str, Any]:
    """The whole ledger as a JSON-ready dict."""
    entities = ledger.entities()
    ids = {e.key: f"e{e.id}" for e in entities}
    grades = ledger.grades()
    measures = ledger.measures()
    documents = [
        {"id": d.id, "path": d.path, "lang": d.lang, "title": d.title,
         "published": dates.iso(d.published, d.published_precision), "published_how": d.published_how}
        for d in ledger.documents()
    ]
    claims = []
    for c in apply_reviews(ledger.claims(), ledger.reviews(), entities):  # reviewed values win
        g = grades.get(c.id or "")
        claims.append({
            "id": c.id, "document": c.document, "start": c.start, "end": c.end, "text": c.text,
            "source": _source(c, ids), "hedged": c.hedged, "modality": c.modality, "hedge_cues": c.hedge_cues,
            # "selon nos informations": the outlet that stands behind its own reporting.
            "own_reporting": c.source.name if c.source is not None and c.source.cue == "own" else None,
            "grade": g[0] if g else None, "grade_reasons": g[1] if g else [],
            # The two-part Admiralty grade: the source's reliability (A–F) and both together ("B2").
            "reliability": g.reliability if g else None, "grade_label": g.label if g else None,
            "quantities": [
                {"id": q.id, "start": q.start, "end": q.end, "text": q.text, "low": q.low, "high": q.high,
                 "qualifier": q.qualifier, "unit": q.unit, "unit_class": q.unit_class, "unit_mapped": q.unit_mapped,
                 "per": q.per, "unit_text": q.unit_text, "whole": q.whole, "source": _source(c, ids),
                 "measure": measures.get(q.id or "", (None, None))[0]}
                for q in c.quantities
            ],
            "times": [{"start": t.start, "end": t.end, "text": t.text, "from": t.from_, "to": t.to, "role": t.role}
                      for t in c.times],
            "entities": [ids[k] for k in c.entity_keys if k in ids],
        })
    return {
        "documents": documents,
        "claims": claims,
        "entities": [{"id": f"e{e.id}", "key": e.key, "name": e.name, "type": e.type, "country": e.country,
                      "aliases": e.aliases} for e in entities],
        "links": [{"a": l.a, "b": l.b, "relation": l.relation, "independent": l.independent,
                   "explanation": l.explanation, "measure": l.measure, "copy": l.copy} for l in ledger.links()],
        "checks": [{"facts": k.facts, "verdict": k.verdict, "explanation": k.explanation, "kind": k.kind}
                   for k in ledger.checks()],
        "consensus": [{"measure": c.measure, "label": c.label, "members": c.members, "current": c.current,
                       "low": c.low, "high": c.high, "agree": c.agree, "origins": c.origins,
                       "outliers": c.outliers, "latest": c.latest, "window": list(c.window),
                       "explanation": c.explanation} for c in ledger.consensus()],
    }


def write_json(ledger: Ledger, path: str | Path) -> None:
    """Write the ledger JSON to ``path`` (``-`` for standard output is the CLI's job)."""
    with ledger.reading():  # one snapshot, even while a run writes
        data = ledger_json(ledger)
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
