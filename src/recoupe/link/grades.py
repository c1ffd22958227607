"""Two-part grades in the spirit of the NATO Admiralty code, with their reasons.

Information credibility (1–6): 1 confirmed by other independent sources; 2 probably true
(consistent with other information, not independently confirmed); 3 possibly true; 4 doubtful;
5 improbable (contradicted); 6 cannot be judged. Source reliability (A–F) is the other axis of
the code: it comes from an optional user file of ratings and is given beside the credibility,
never folded into it ("B2": a usually reliable source, a probably true figure). A source the
file does not rate, or a claim that names none, is F.

A rating reaches a source through the ledger's entities: "NIS,B" rates "renseignement
sud-coréen (NIS)" and "Service national de renseignement" when the entity grouping makes them
one thing. Names are compared normalised (``gazetteer.normalise_name``).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Iterable, Mapping, Optional

from recoupe import gazetteer
from recoupe.model import CREDIBILITY, RELIABILITY, Claim, Entity, Grade, Link

__all__ = ["CREDIBILITY", "RELIABILITY", "Grade", "Ratings", "entity_names", "grade", "load_ratings", "rate_entities",
           "rating", "reliability", "unmatched"]


class Ratings(dict[str, str]):
    """Source ratings: a letter A–F by normalised name (or by entity key, once matched against
    a ledger's entities by ``rate_entities``); ``written`` gives, for each, the name as the
    ratings file spells it."""

    def __init__(self, letters: Optional[Mapping[str, str]] = None, written: Optional[Mapping[str, str]] = None) -> None:
        super().__init__(letters or {})
        self.written: dict[str, str] = dict(written or {})


def load_ratings(path: str | Path) -> Ratings:
    """Source ratings from a CSV (``source,rating``) or JSON (``{"source": "B"}``) file, keyed
    by normalised source name."""
    p = Path(path)
    raw: dict[str, str] = {}
    if p.suffix.lower() == ".json":
        data = json.loads(p.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError(f"{path}: JSON ratings must be an object such as {{\"NIS\": \"B\"}}")
        raw = {str(k): str(v) for k, v in data.items()}
    else:
        with p.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                if len(row) >= 2 and row[0].strip() and row[0].strip().lower() != "source":
                    raw[row[0].strip()] = row[1].strip()
    out = Ratings()
    for name, rating in raw.items():
        letter = rating.strip().upper()[:1]
        if letter not in RELIABILITY:
            raise ValueError(f"{path}: rating {rating!r} for {name!r} is not one of A–F")
        key = gazetteer.normalise_name(name)
        out[key] = letter
        out.written[key] = name
    return out


def entity_names(entity: Entity) -> list[str]:
    """The normalised names an entity goes by: its key's name, its own name, then the names
    and aliases of its group (``Ledger.entities`` gathers those into ``aliases``)."""
    names = [entity.key.split(":", 1)[-1], gazetteer.normalise_name(entity.name)]
    names += [gazetteer.normalise_name(a) for a in entity.aliases]
    return [n for n in dict.fromkeys(names) if n]


def rate_entities(ratings: Mapping[str, str], entities: Iterable[Entity]) -> Ratings:
    """``ratings`` with, besides, the letter of each entity one of whose names is rated (the
    first rated one, in the order of ``entity_names``), by the entity's key."""
    written = getattr(ratings, "written", {})
    out = Ratings(ratings, written)
    if not ratings:
        return out
    for e in entities:
        for n in entity_names(e):
            if n in ratings:
                out[e.key] = ratings[n]
                if n in written:
                    out.written[e.key] = written[n]
                break
    return out


# "renseignement sud-coréen (NIS)": a name with what it is called for short.
_SHORT_NAME = re.compile(r"^(.+?)\s*\(([^()]+)\)$")


def _source_names(claim: Claim) -> list[str]:
    """What the claim's source is looked up by: its name as written (and, for a name with its
    short form in brackets, either part), then its entities' keys (rated by
    ``rate_entities``), then the names in those keys."""
    if claim.source is None:
        return []
    written = [claim.source.name]
    m = _SHORT_NAME.match(claim.source.name.strip())
    if m:
        written += [m.group(1), m.group(2)]
    keys = claim.source.entity_keys
    names = [gazetteer.normalise_name(n) for n in written] + [*keys, *(k.split(":", 1)[-1] for k in keys)]
    return [n for n in dict.fromkeys(names) if n]


def rating(claim: Claim, ratings: Mapping[str, str]) -> tuple[str, Optional[str]]:
    """The A–F rating of the claim's source and the name it was rated under (as the ratings
    file writes it, when known); unrated and unnamed sources are F, under no name."""
    if not ratings:
        return "F", None  # nothing rated: no need to spell the source's names
    for n in _source_names(claim):
        if n in ratings:
            return ratings[n], getattr(ratings, "written", {}).get(n)
    return "F", None


def reliability(claim: Claim, ratings: Mapping[str, str]) -> str:
    """The A–F rating of the claim's source; unrated and unnamed sources are F."""
    return rating(claim, ratings)[0]


def unmatched(ratings: Mapping[str, str], claims: Iterable[Claim], entities: Iterable[Entity]) -> list[str]:
    """The names of ``ratings`` (as ``load_ratings`` reads them) that rate no claim's source,
    neither by the source's name nor through its entity's names and aliases; as the ratings
    file writes them, in its order."""
    if not ratings:
        return []
    by_key = {e.key: e for e in entities}
    seen: set[str] = set()
    for c in claims:
        if c.source is None:
            continue
        seen.update(_source_names(c))
        for k in c.source.entity_keys:
            if k in by_key:
                seen.update(entity_names(by_key[k]))
    written = getattr(ratings, "written", {})
    return [written.get(n, n) for n in ratings if n not in seen]


def grade(claim: Claim, links: list[Link], ratings: Mapping[str, str]) -> Grade:
    """The two-part grade of ``claim`` given the links of its figures, and the reasons for it:
    the reliability of its source under ``ratings`` (see ``rate_entities``) and the
    credibility of what it says. It unpacks as ``(credibility, reasons)``."""
    reasons: list[str] = []
    letter, rated_as = rating(claim, ratings)
    reasons.append(f"source reliability {letter} ({RELIABILITY[letter]})"
                   + (f", rated as “{rated_as}” in the ratings file" if rated_as else ""))
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
    return Grade(value, reasons, letter)
