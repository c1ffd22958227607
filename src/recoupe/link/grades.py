"""Credibility grades in the spirit of the NATO Admiralty code, with their reasons.

1 confirmed by other independent sources; 2 probably true (consistent with other information,
not independently confirmed); 3 possibly true; 4 doubtful; 5 improbable (contradicted);
6 cannot be judged. Source reliability (A–F) is the other axis of the code: it comes from an
optional user file and is reported beside the grade, never folded into it.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from recoupe import gazetteer
from recoupe.model import Claim, Link

RELIABILITY = {"A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
               "D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"}


def load_ratings(path: str | Path) -> dict[str, str]:
    """Source ratings from a CSV (``source,rating``) or JSON (``{"source": "B"}``) file, keyed
    by normalised source name."""
    p = Path(path)
    raw: dict[str, str] = {}
    if p.suffix.lower() == ".json":
        raw = {str(k): str(v) for k, v in json.loads(p.read_text(encoding="utf-8")).items()}
    else:
        with p.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                if len(row) >= 2 and row[0].strip() and row[0].strip().lower() != "source":
                    raw[row[0].strip()] = row[1].strip()
    out = {}
    for name, rating in raw.items():
        letter = rating.strip().upper()[:1]
        if letter not in RELIABILITY:
            raise ValueError(f"{path}: rating {rating!r} for {name!r} is not one of A–F")
        out[gazetteer.normalise_name(name)] = letter
    return out


def reliability(claim: Claim, ratings: dict[str, str]) -> str:
    """The A–F rating of the claim's source; unrated and unnamed sources are F."""
    if not claim.source:
        return "F"
    names = [gazetteer.normalise_name(claim.source.name)] + [k.split(":", 1)[-1] for k in claim.source.entity_keys]
    for n in names:
        if n in ratings:
            return ratings[n]
    return "F"


def grade(claim: Claim, links: list[Link], ratings: dict[str, str]) -> tuple[int, list[str]]:
    """The grade of ``claim`` given the links of its figures, and the reasons for it."""
    reasons: list[str] = []
    letter = reliability(claim, ratings)
    reasons.append(f"source reliability {letter} ({RELIABILITY[letter]})")
    # Only a close independent estimate confirms: a figure that merely fits within bounds or
    # a wide range ("consistent") is not confirmed by them (6 700 fits "> 1 000" and "< 16 000").
    support_ind = [l for l in links if l.relation == "corroborates" and l.independent]
    fits_ind = [l for l in links if l.relation == "consistent" and l.independent]
    support = [l for l in links if l.relation in ("corroborates", "consistent", "updates")]
    against_ind = [l for l in links if l.relation == "conflicts" and l.independent]
    against = [l for l in links if l.relation == "conflicts"]
    if support_ind and not against_ind:
        reasons.append(f"confirmed by {len(support_ind)} independent estimate(s)")
        value = 1
    elif fits_ind and not against:
        reasons.append(f"consistent with {len(fits_ind)} independent estimate(s), whose bounds or ranges "
                       "do not confirm it")
        value = 2
    elif against_ind and not support_ind and not fits_ind:
        reasons.append(f"contradicted by {len(against_ind)} independent estimate(s)")
        value = 5
    elif support and not against:
        reasons.append("consistent with other estimates, none established as independent")
        value = 2
    elif against:
        reasons.append("both supported and contradicted" if support else "contradicted by a dependent estimate")
        value = 4 if not (support_ind or fits_ind) else 3
    elif claim.quantities or claim.source:
        reasons.append("nothing else in the ledger measures the same thing")
        value = 4 if claim.hedged else 3
    else:
        reasons.append("no source and nothing to check it against")
        value = 6
    if claim.hedged:
        reasons.append("the text itself hedges it (" + ", ".join(claim.hedge_cues[:3]) + ")" if claim.hedge_cues
                       else "the text itself hedges it")
    if not claim.source:
        reasons.append("asserted in the article's own voice, no source named")
    return value, reasons
