"""Entity resolution across the ledger: one entity per real-world thing.

Within a document, ``nlp.entities`` already gives spelling variants, capitals and state
metonyms one key. Across documents, this module groups the stored entities: an acronym used
alone ("l'OSC") with the entity that defined it, an English name with a French adjective
("Open Source Centre britannique") with the bare name, a surname alone ("Poutine") with the
one known person with that surname. Each document keeps the keys it was analysed with; the
groups are recomputed from all of them at each re-link, so the ledger is the same whatever
order its documents came in. Two different things are never grouped on a guess: each rule
needs an exact match, and a rule that finds more than one candidate does nothing.
"""

from __future__ import annotations

from recoupe import gazetteer
from recoupe.lang.fr.cues import BODY_TYPE_ACRONYMS
from recoupe.model import Entity
from recoupe.nlp.entities import is_english_style


def _acronyms(entity: Entity) -> set[str]:
    return {a for a in entity.aliases if a.isupper() and 2 <= len(a) <= 10}


def _bare_english_candidates(entity: Entity) -> list[str]:
    """"Open Source Centre britannique" → "org:open source centre", whether stored or not."""
    words = entity.name.split()
    out = []
    while len(words) > 2 and gazetteer.demonym_country(words[-1]):
        words = words[:-1]
        bare = " ".join(words)
        if is_english_style(bare):
            out.append(f"org:{gazetteer.normalise_name(bare)}")
    return out


def _bare_english_key(entity: Entity, keys: set[str]) -> str | None:
    """"Open Source Centre britannique" → the key of "Open Source Centre", when stored."""
    return next((k for k in _bare_english_candidates(entity) if k in keys and k != entity.key), None)


def _bare_name_candidates(entity: Entity) -> list[str]:
    """"ONG espagnole Mar Abierto" → the keys "Mar Abierto" may have, whether stored or not."""
    words = entity.name.split()
    # (the type words: lower case, or an acronym of a kind of body, "ONG")
    first = next((i for i, w in enumerate(words) if w[:1].isupper() and w not in BODY_TYPE_ACRONYMS), None)
    if first is None or first == 0 or not all(w.islower() or w in BODY_TYPE_ACRONYMS for w in words[:first]):
        return []
    tail = " ".join(words[first:])
    if len(tail) < 3:
        return []
    # (the recogniser may have taken the bare name for a place or a person: "Mar Abierto", "Andina")
    return [f"{kind}:{gazetteer.normalise_name(tail)}" for kind in _BARE_KINDS]


def _bare_name_key(entity: Entity, keys: set[str]) -> str | None:
    """"ONG espagnole Mar Abierto", "agence publique Andina", "tempête Ysolde" → the key of the
    name its lower-case type words stand before ("Mar Abierto"), when stored."""
    found = [k for k in _bare_name_candidates(entity) if k in keys]
    return found[0] if len(found) == 1 and found[0] != entity.key else None


_BARE_KINDS = ("org", "loc", "per", "misc")


def _surname(entity: Entity) -> str | None:
    """A person's surname, for a name of two words or more ("per:vladimir poutine" → "poutine")."""
    words = entity.key.split()
    return words[-1] if entity.key.startswith("per:") and len(words) > 1 else None


def probes(entity: Entity) -> set[str]:
    """What other entities find this one by when they are grouped (``neighbours``): the keys
    its rules point at ("key:org:open source centre"), and a person's surname
    ("surname:poutine"). Stored with the entity, so that grouping a new entity reads the few
    entities it may join, never all of them."""
    out = set()
    if entity.key.startswith(("org:", "loc:")):
        out = {f"key:{k}" for k in _bare_english_candidates(entity) + _bare_name_candidates(entity)}
    surname = _surname(entity)
    if surname:
        out.add(f"surname:{surname}")
    return out


def neighbours(entity: Entity) -> tuple[set[str], set[str], set[str]]:
    """(keys, probes, aliases) to look up the entities a rule of ``groups`` may join ``entity``
    with: the keys it points at, the probes of those that point at it or share its surname,
    and the entities that hold one of its acronyms. Each rule finds the pair from either side,
    so the entities reached from the new ones, then from those, and so on, group as they would
    among all the stored entities."""
    keys: set[str] = set()
    if entity.key.startswith(("org:", "loc:")):
        keys = set(_bare_english_candidates(entity) + _bare_name_candidates(entity))
    found = {f"key:{entity.key}"}
    surname = _surname(entity)
    if surname:
        keys.add(f"per:{surname}")
    elif entity.key.startswith("per:"):
        found.add(f"surname:{entity.key[4:]}")
    acronyms = _acronyms(entity) | ({entity.name} if entity.name.isupper() else set())
    return keys, found, acronyms


def _stands_for_group(e: Entity, joined: set[str]) -> tuple[bool, bool, int, str]:
    # What a rule joined to another (an acronym alone, a name with an adjective, a surname
    # alone) does not head; then a full name before an acronym, more words before fewer,
    # then the key: a choice that depends on the group, never on which document came first.
    return (e.key in joined, e.name.isupper(), -len(e.name.split()), e.key)


def groups(entities: list[Entity]) -> dict[str, str]:
    """Which entities are one thing: for each entity in a group of two or more, the key of
    the member that stands for the group (itself excluded from the result).

    A pure function of the set of entities, so the groups do not depend on the order the
    documents were stored. Rules, each on an exact match, none on a guess:

    * an acronym ("NIS") and the one full name a document defined it for ("Service national
      de renseignement sud-coréen (NIS)"); an acronym two full names claim joins neither;
    * an English name with a trailing French adjective and the bare name;
    * a name after lower-case words that say what it is ("ONG espagnole Mar Abierto",
      "agence publique Andina") and the bare name;
    * a surname alone ("Poutine") and the one known person with that surname.
    """
    keys = {e.key for e in entities}
    parent = {k: k for k in keys}

    def find(k: str) -> str:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    joined: set[str] = set()  # the entities a rule joined to another, which do not head a group

    def union(a: str, b: str) -> None:
        if a != b:
            joined.add(a)
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    holders: dict[str, list[Entity]] = {}
    for e in entities:
        if e.key.startswith(("org:", "loc:")):
            for acronym in _acronyms(e):
                holders.setdefault(acronym, []).append(e)
    for acronym, members in holders.items():
        defined = {e.key for e in members if e.name != acronym and e.key.startswith("org:")}
        if len(defined) == 1:
            head = next(iter(defined))
            for e in members:
                union(e.key, head)
    surnames: dict[str, list[str]] = {}
    for e in entities:
        if e.key.startswith("per:") and len(e.key.split()) > 1:
            surnames.setdefault(e.key.split()[-1], []).append(e.key)
        if e.key.startswith(("org:", "loc:")):
            bare = _bare_english_key(e, keys)
            if bare is not None:
                union(e.key, bare)
            named = _bare_name_key(e, keys)
            if named is not None:
                # The body's full name heads a bare name the recogniser took for a place or a person.
                union(named, e.key) if e.key.startswith("org:") and not named.startswith("org:") else union(e.key, named)
    for e in entities:
        if e.key.startswith("per:") and len(e.key.split()) == 1:
            found = surnames.get(e.key[4:], [])
            if len(found) == 1:
                union(e.key, found[0])
    members: dict[str, list[Entity]] = {}
    for e in entities:
        members.setdefault(find(e.key), []).append(e)
    out: dict[str, str] = {}
    for group in members.values():
        if len(group) < 2:
            continue
        head = min(group, key=lambda e: _stands_for_group(e, joined)).key
        out.update({e.key: head for e in group if e.key != head})
    return out
