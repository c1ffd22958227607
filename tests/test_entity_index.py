"""Entities are grouped through the index: a re-link reads the entities stored since the last
one and those a rule may join them with, never every entity, and the groups come out as a
grouping of every stored entity gives them, whatever order the documents came in."""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest

from recoupe import entities as entity_index
from recoupe.entities import groups
from recoupe.model import Analysis, Document, Entity, Mention
from recoupe.store import Ledger, open_ledger

# (key, name, aliases): things named in several ways, and names two things claim.
NAMED = [
    # an acronym and the one full name that defines it …
    ("org:service national de renseignement sud coreen", "Service national de renseignement sud-coréen", ("NIS",)),
    ("org:nis", "NIS", ("NIS",)),
    # … and a second full name that claims it too: the acronym then joins neither
    ("org:network information service", "Network Information Service", ("NIS",)),
    ("org:open source center", "Open Source Centre", ("OSC",)),
    ("org:open source centre britannique", "Open Source Centre britannique", ()),
    ("org:osc", "OSC", ("OSC",)),
    ("org:ong espagnole mar abierto", "ONG espagnole Mar Abierto", ()),
    ("loc:mar abierto", "Mar Abierto", ()),
    ("org:agence publique andina", "agence publique Andina", ()),
    ("per:andina", "Andina", ()),
    # a surname alone and the one person of that surname, until a second one comes
    ("per:vladimir poutine", "Vladimir Poutine", ()),
    ("per:poutine", "Poutine", ()),
    ("per:ludmila poutine", "Ludmila Poutine", ()),
    ("per:emmanuel macron", "Emmanuel Macron", ()),
    ("per:macron", "Macron", ()),
    ("org:agence internationale de l'energie atomique", "Agence internationale de l'énergie atomique", ("AIEA",)),
    ("org:aiea", "AIEA", ("AIEA",)),
    ("loc:kherson", "Kherson", ()),
    ("org:croix-rouge", "Croix-Rouge", ()),
]


def test_every_rule_groups_the_pool() -> None:
    """The pool exercises each rule: with every entity stored, these are the groups."""
    found = groups([Entity(key=k, name=n, type=k.split(":")[0].upper(), aliases=list(a)) for k, n, a in NAMED])
    assert found == {
        "org:open source centre britannique": "org:open source center", "org:osc": "org:open source center",
        "loc:mar abierto": "org:ong espagnole mar abierto", "per:andina": "org:agence publique andina",
        "per:macron": "per:emmanuel macron", "org:aiea": "org:agence internationale de l'energie atomique",
    }


def analysis(doc_no: int, named: list[tuple[str, str, tuple[str, ...]]]) -> Analysis:
    """A document that names ``named``, one sentence each."""
    text = " ".join(f"{name} s'est exprimé jeudi." for _, name, _ in named)
    doc = Document(id=hashlib.sha256(f"{doc_no}:{text}".encode()).hexdigest(), path=f"d{doc_no}.txt", text=text)
    mentions, at = [], 0
    for key, name, _ in named:
        mentions.append(Mention(start=at, end=at + len(name), text=name, key=key, label="ORG"))
        at += len(name) + len(" s'est exprimé jeudi. ")
    found = [Entity(key=k, name=n, type=k.split(":")[0].upper(), aliases=list(a)) for k, n, a in named]
    return Analysis(document=doc, claims=[], mentions=mentions, entities=found)


def documents(seed: int, count: int = 14) -> list[Analysis]:
    rng = random.Random(seed)
    return [analysis(i, rng.sample(NAMED, rng.randint(1, 3))) for i in range(count)]


@pytest.mark.parametrize("seed", range(12))
def test_grouping_through_the_index_equals_grouping_every_entity(tmp_path: Path, seed: int) -> None:
    """Documents come one at a time in a random order; after each, the groups the index
    finds are those a grouping of every stored entity gives."""
    with open_ledger(tmp_path / "index.db") as indexed, open_ledger(tmp_path / "whole.db") as whole:
        for a in documents(seed):
            indexed.add_analysis(a)
            whole.add_analysis(analysis_copy(a))
            indexed.group_entities(groups, entity_index)
            whole.group_entities(groups)
            assert indexed.entity_groups() == whole.entity_groups()
        assert {e.key for e in indexed.entities()} == {e.key for e in whole.entities()}


def analysis_copy(a: Analysis) -> Analysis:
    """The same analysis, as new objects (storing one sets ids on it)."""
    return Analysis(document=a.document, claims=[], mentions=list(a.mentions),
                    entities=[Entity(key=e.key, name=e.name, type=e.type, aliases=list(e.aliases)) for e in a.entities])


def test_a_new_entity_is_grouped_reading_only_those_it_may_join(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """With 300 unrelated entities stored, grouping a document that names "Poutine" reads the
    entities a rule may join it with, not the 300."""
    with open_ledger(tmp_path / "l.db") as ledger:
        crowd = [(f"org:comite {i}", f"Comité numéro {i}", ()) for i in range(300)]
        for i in range(0, 300, 50):
            ledger.add_analysis(analysis(i, crowd[i:i + 50]))
        ledger.add_analysis(analysis(999, [NAMED[10]]))  # Vladimir Poutine
        ledger.group_entities(groups, entity_index)
        read: list[int] = []
        raw = Ledger._raw_entities

        def counted(self: Ledger, rows: list, same_as: dict) -> list[Entity]:
            read.append(len(rows))
            return raw(self, rows, same_as)

        monkeypatch.setattr(Ledger, "_raw_entities", counted)
        ledger.add_analysis(analysis(1000, [NAMED[11]]))  # "Poutine" alone
        assert ledger.group_entities(groups, entity_index) == 1
        assert ledger.entity_groups() == {"per:poutine": "per:vladimir poutine"}
        assert sum(read) <= 3, read
        read.clear()
        assert ledger.group_entities(groups, entity_index) == 0  # nothing new: nothing read
        assert read == []


def test_an_entity_gone_groups_every_entity_again(tmp_path: Path) -> None:
    """A document analysed again no longer names the second full name of "NIS": its entity
    goes, and "NIS" joins the one full name left."""
    with open_ledger(tmp_path / "l.db") as ledger:
        ledger.add_analysis(analysis(1, [NAMED[0], NAMED[1]]))
        second = analysis(2, [NAMED[2], NAMED[17]])
        ledger.add_analysis(second)
        ledger.group_entities(groups, entity_index)
        assert "org:nis" not in ledger.entity_groups()  # two full names claim it
        again = analysis(2, [NAMED[17]])
        again.document.id = second.document.id
        ledger.add_analysis(again, replace=True)
        ledger.group_entities(groups, entity_index)
        assert ledger.entity_groups()["org:nis"] == "org:service national de renseignement sud coreen"


@pytest.mark.parametrize(("key", "name", "aliases", "probes"), [
    ("org:open source centre britannique", "Open Source Centre britannique", (), {"key:org:open source center"}),
    ("org:ong espagnole mar abierto", "ONG espagnole Mar Abierto", (),
     {"key:org:mar abierto", "key:loc:mar abierto", "key:per:mar abierto", "key:misc:mar abierto"}),
    ("per:vladimir poutine", "Vladimir Poutine", (), {"surname:poutine"}),
    ("per:poutine", "Poutine", (), set()),
    ("org:nis", "NIS", ("NIS",), set()),
])
def test_the_probes_an_entity_is_found_by(key: str, name: str, aliases: tuple[str, ...], probes: set[str]) -> None:
    assert entity_index.probes(Entity(key=key, name=name, type="ORG", aliases=list(aliases))) == probes
