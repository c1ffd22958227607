"""Entity resolution across the ledger: one entity per real-world thing.

Within a document, ``nlp.entities`` already gives spelling variants, capitals and state
metonyms one key. Across documents, this module maps the keys of a new analysis onto the
entities already stored: an acronym used alone ("l'OSC") onto the entity that defined it,
an English name with a French adjective ("Open Source Centre britannique") onto the bare
name, a surname alone ("Poutine") onto the one known person with that surname.
Two different things are never merged on a guess: each rule needs an exact match, and a rule
that finds more than one candidate does nothing.
"""

from __future__ import annotations

from recoupe import gazetteer
from recoupe.model import Analysis, Entity
from recoupe.nlp.entities import is_english_style


def _candidates(known: list[Entity]) -> tuple[dict[str, list[str]], dict[str, list[str]], set[str]]:
    by_acronym: dict[str, list[str]] = {}
    by_surname: dict[str, list[str]] = {}
    keys = set()
    for e in known:
        keys.add(e.key)
        for alias in e.aliases:
            if alias.isupper() and 2 <= len(alias) <= 10 and e.key.startswith("org:"):
                by_acronym.setdefault(alias, []).append(e.key)
        if e.key.startswith("per:") and len(e.key.split()) > 1:
            by_surname.setdefault(e.key.split()[-1], []).append(e.key)
    return by_acronym, by_surname, keys


def _map_key(entity: Entity, by_acronym: dict[str, list[str]], by_surname: dict[str, list[str]],
             keys: set[str]) -> str | None:
    key = entity.key
    if key in keys:
        return None
    if key.startswith(("org:", "loc:")):
        for alias in entity.aliases:
            found = set(by_acronym.get(alias, [])) - {key}
            if alias.isupper() and len(found) == 1:
                return found.pop()
        name = entity.name
        words = name.split()
        # Drop trailing demonyms: "Open Source Centre britannique" → "Open Source Centre".
        while len(words) > 2 and gazetteer.demonym_country(words[-1]):
            words = words[:-1]
            bare = " ".join(words)
            if is_english_style(bare):
                candidate = f"org:{gazetteer.normalise_name(bare)}"
                if candidate in keys:
                    return candidate
    if key.startswith("per:") and len(key.split()) == 1:
        found = set(by_surname.get(key[4:], []))
        if len(found) == 1:
            return found.pop()
    return None


def resolve_against(analysis: Analysis, known: list[Entity]) -> dict[str, str]:
    """Rewrite the keys of ``analysis`` onto ``known`` entities; returns the mapping used."""
    pool = list(known) + list(analysis.entities)
    by_acronym, by_surname, keys = _candidates(pool)
    mapping: dict[str, str] = {}
    for ent in analysis.entities:
        others = keys - {ent.key}
        target = _map_key(Entity(ent.key, ent.name, ent.type, ent.aliases, ent.country), by_acronym, by_surname, others)
        if target and target != ent.key:
            mapping[ent.key] = target
    if not mapping:
        return mapping
    merged: dict[str, Entity] = {}
    for ent in analysis.entities:
        key = mapping.get(ent.key, ent.key)
        if key in merged:
            for a in ent.aliases:
                if a not in merged[key].aliases:
                    merged[key].aliases.append(a)
        else:
            ent.key = key
            merged[key] = ent
    analysis.entities = list(merged.values())
    for m in analysis.mentions:
        m.key = mapping.get(m.key, m.key)
    for c in analysis.claims:
        c.entity_keys = list(dict.fromkeys(mapping.get(k, k) for k in c.entity_keys))
        if c.source:
            c.source.entity_keys = list(dict.fromkeys(mapping.get(k, k) for k in c.source.entity_keys))
    return mapping
