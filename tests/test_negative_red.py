"""A figure below zero ("le PIB a reculé de 0,3 %") is compared as one above zero is: its
slack around it, its closeness to another, its consensus."""

from __future__ import annotations

from pathlib import Path

import pytest

import recoupe


@pytest.mark.parametrize("verb", ["progressé", "reculé"])
def test_two_offices_giving_the_same_fall_corroborate_each_other(tmp_path: Path, verb: str) -> None:
    files = []
    for name, (title, subject, source) in {
        "a.txt": ("Économie : les chiffres du trimestre", "Le produit intérieur brut", "l'Insee"),
        "b.txt": ("Économie : le PIB au premier trimestre", "Le PIB de la France", "la Banque de France"),
    }.items():
        p = tmp_path / name
        p.write_text(f"Publié le 30 avril 2026\n\n{title}\n\n{subject} a {verb} de 0,3 % au premier trimestre, "
                     f"selon {source}.\n", encoding="utf-8")
        files.append(str(p))
    assert recoupe.analyze(files, db=tmp_path / "l.db").ok
    with recoupe.open_ledger(tmp_path / "l.db") as ledger:
        values = [q.low for c in ledger.claims() for q in c.quantities]
        assert values == [-0.3 if verb == "reculé" else 0.3] * 2
        assert [(l.relation, l.independent) for l in ledger.links()] == [("corroborates", True)]
        (found,) = ledger.consensus()
        assert found.agree and found.origins == 2
        assert found.low is not None and found.high is not None and found.low <= values[0] <= found.high
