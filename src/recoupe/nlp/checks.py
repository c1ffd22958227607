"""Arithmetic checks of relations a text states between its own figures.

- Part of a whole: "ces pertes représentent plus de la moitié des quelque 11 000 soldats"
  tests the part (6 000, found in the sentence or, through "ces pertes", an earlier one)
  divided by the whole against the stated share.
- Rate × duration against a total: "10 000 obus par jour" over a window of known length
  against a total of the same unit stated in the same paragraph.
- Parts against their whole: "27 morts, dont onze enfants et quatre femmes" — the parts
  together are no more than the whole.
"""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Optional

from recoupe.lang.fr import events as ev
from recoupe.link.compare import fmt
from recoupe.model import Check, Claim, Quantity
from recoupe.nlp.textnorm import fold, phrase_pattern

_PART_OF = re.compile(rf"\s*(?:{phrase_pattern(ev.PART_OF)})\s*$")
_ANAPHORA = re.compile(rf"^\W*(?:[\w']+\s+){{0,6}}?(?:{phrase_pattern(ev.ANAPHORIC_DETERMINERS)})\s+\w+")
_PER_DAYS = {"day": 1, "week": 7, "month": 30.44, "year": 365.25}
_COMPATIBLE = {("soldier", "casualty"), ("casualty", "soldier"), ("shell", "munition"), ("munition", "shell")}


def _share(q: Quantity) -> tuple[float, float]:
    scale = 0.01 if q.unit == "percent" else 1.0
    lo = -math.inf if q.low is None else q.low * scale
    hi = math.inf if q.high is None else q.high * scale
    return lo, hi  # strict bounds ("plus de la moitié") are handled by part_of_whole


def _units_match(a: Quantity, b: Quantity) -> bool:
    """Whether a part and a whole count the same things: one unit, two that go together, or
    people of any kind ("6 000 hommes" of "11 000 soldats")."""
    if a.unit is None or b.unit is None or a.unit == b.unit or (a.unit, b.unit) in _COMPATIBLE:
        return True
    return a.unit_class == b.unit_class == "person"


def _whole_after(text: str, claim: Claim, r: Quantity) -> Optional[Quantity]:
    for q in claim.quantities:
        if q.start >= r.end and q.start - r.end <= 12 and _PART_OF.match(fold(text[r.end:q.start])):
            return q
    return None


def _part_for(text: str, claims: list[Claim], idx: int, r: Quantity, whole: Quantity) -> Optional[Quantity]:
    claim = claims[idx]
    before = [q for q in claim.quantities if q.end <= r.start and q.unit not in ("ratio", "percent")
              and _units_match(q, whole)]
    if before:
        return before[-1]
    # "Ces pertes représentent …": the figure the demonstrative points back to.
    if not _ANAPHORA.match(fold(text[claim.start:r.start])):
        return None
    for prev in reversed(claims[max(0, idx - 3):idx]):
        if prev.document != claim.document:
            break
        cands = [q for q in prev.quantities if q.unit not in ("ratio", "percent") and _units_match(q, whole)]
        if cands:
            return cands[-1]
    return None


def part_of_whole(part: Quantity, share: Quantity, whole: Quantity) -> Check:
    plo = part.low if part.low is not None else 0.0
    phi = part.high if part.high is not None else math.inf
    wlo = whole.low if whole.low is not None else 0.0
    whi = whole.high if whole.high is not None else math.inf
    rlo = plo / whi if whi not in (0, math.inf) else 0.0
    rhi = phi / wlo if wlo else math.inf
    slo, shi = _share(share)
    ok = rhi >= slo and rlo <= shi
    if share.qualifier == "more_than":
        ok = rhi > slo
    elif share.qualifier == "less_than":
        ok = rlo < shi
    shown = f"{fmt(part.low if part.low is not None else part.high)} / {fmt(whole.low if whole.low is not None else whole.high)}"
    value = (part.low if part.low is not None else part.high or 0) / ((whole.low if whole.low is not None else whole.high) or 1)
    stated = {"more_than": "more than", "at_least": "at least", "less_than": "less than", "at_most": "at most",
              "up_to": "up to", "approx": "about"}.get(share.qualifier, "")
    target = _share(share)[0] if share.low is not None else _share(share)[1]
    verdict = "consistent" if ok else "inconsistent"
    explanation = f"{shown} = {value:.2f}, {'' if ok else 'not '}{stated + ' ' if stated else ''}{target:.2f} as stated"
    return Check([part.id or "", share.id or "", whole.id or ""], verdict, explanation.replace("  ", " "), "part_of_whole")


def _days(claim: Claim) -> Optional[float]:
    t = claim.event_time()
    if t is not None and t.from_ and t.to:
        return (date.fromisoformat(t.to[:10]) - date.fromisoformat(t.from_[:10])).days + 1
    return None


def rate_times_duration(rate: Quantity, days: float, total: Quantity) -> Check:
    per = _PER_DAYS[rate.per or "day"]
    rlo = (rate.low if rate.low is not None else 0.0) * days / per
    rhi = (rate.high if rate.high is not None else math.inf) * days / per
    tlo = total.low if total.low is not None else 0.0
    thi = total.high if total.high is not None else math.inf
    ok = rlo <= thi * 1.15 and tlo <= rhi * 1.15
    verdict = "consistent" if ok else "inconsistent"
    r = rate.low if rate.low is not None else rate.high
    explanation = (f"{fmt(r)} per {rate.per} × {days:.0f} days = {fmt(r * days / per if r else 0)}, "
                   f"{'compatible' if ok else 'incompatible'} with {fmt(total.low if total.low is not None else total.high)}")
    return Check([rate.id or "", total.id or ""], verdict, explanation, "rate_times_duration")


def find_checks(claims: list[Claim], texts: dict[str, str], measures: dict[str, object]) -> list[Check]:
    """All arithmetic checks the ledger's texts allow."""
    checks: list[Check] = []
    for idx, claim in enumerate(claims):
        text = texts[claim.document]
        for r in claim.quantities:
            if r.unit not in ("ratio", "percent"):
                continue
            whole = _whole_after(text, claim, r)
            if whole is None or whole.unit in ("ratio", "percent"):
                continue
            part = _part_for(text, claims, idx, r, whole)
            if part is not None and part.id and r.id and whole.id:
                checks.append(part_of_whole(part, r, whole))
    # Rate × duration: a daily rate over a window, against a total of the same measure nearby.
    for idx, claim in enumerate(claims):
        days = _days(claim)
        if not days:
            continue
        for rate in claim.quantities:
            if rate.per not in _PER_DAYS or not rate.id or rate.id not in measures:
                continue  # a rate over time only: "pour 100 000 habitants" has no duration
            m = measures[rate.id]
            for other in claims[max(0, idx - 3):idx + 4]:
                if other.document != claim.document:
                    continue
                for total in other.quantities:
                    mt = measures.get(total.id or "")
                    if total.per is None and mt is not None and getattr(mt, "unit") == getattr(m, "unit") \
                            and getattr(mt, "event") == getattr(m, "event") and getattr(mt, "actor") == getattr(m, "actor"):
                        checks.append(rate_times_duration(rate, days, total))
    checks.extend(_parts_against_wholes(claims, measures))
    return checks


def _parts_against_wholes(claims: list[Claim], measures: dict[str, object]) -> list[Check]:
    """For each figure given with its parts ("27 morts, dont onze enfants et quatre femmes"),
    whether the parts together fit within it: the whole is the nearest figure before the parts,
    in their sentence, of the same measure."""
    out: list[Check] = []
    for claim in claims:
        parts: dict[str, list[Quantity]] = {}
        wholes: dict[str, Quantity] = {}
        last: dict[tuple[object, object, object], Quantity] = {}  # the latest whole of each measure
        sums: dict[object, Quantity] = {}  # the latest whole sum in each currency
        for q in sorted(claim.quantities, key=lambda q: q.start):
            m = measures.get(q.id or "")
            if m is None or not q.id:
                continue
            what = (getattr(m, "event"), getattr(m, "unit"), getattr(m, "actor"))
            if not getattr(m, "part"):
                last[what] = q
                if getattr(m, "is_money", False):
                    sums[getattr(m, "unit")] = q
                continue
            # (a sum's part is what it is paid as: "60 millions d'euros, dont 15 en bonus")
            whole = last.get(what) or (sums.get(getattr(m, "unit")) if getattr(m, "is_money", False) else None)
            if whole is not None and whole.id:
                wholes[whole.id] = whole
                parts.setdefault(whole.id, []).append(q)
        for wid, found in parts.items():
            out.append(parts_within_whole(found, wholes[wid]))
    return out


def parts_within_whole(parts: list[Quantity], whole: Quantity) -> Check:
    """Whether ``parts`` together fit within ``whole``: their least total is not above the
    whole's largest value."""
    least = sum(p.low if p.low is not None else 0.0 for p in parts)
    most = whole.high if whole.high is not None else math.inf
    named = " + ".join(fmt(p.low) for p in parts if p.low is not None) or "?"
    if least <= most:
        verdict = "consistent"
        why = f"the parts ({named} = {fmt(least)}) fit within the whole ({fmt(whole.low)})"
    else:
        verdict = "inconsistent"
        why = f"the parts ({named} = {fmt(least)}) exceed the whole ({fmt(whole.high)})"
    return Check(facts=[whole.id or "", *(p.id or "" for p in parts)], verdict=verdict, explanation=why,
                 kind="parts_of_whole")
