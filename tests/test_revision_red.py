"""A revision is a later statement about the same thing: the same origin's figure for
another period (March's rate, then April's) revises nothing."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Optional

import pytest

import recoupe


def _relation(tmp_path: Path, first: tuple[str, str], second: tuple[str, str]) -> Optional[str]:
    files = []
    for name, (published, sentence) in (("a.txt", first), ("b.txt", second)):
        p = tmp_path / name
        p.write_text(f"Publié le {published}\n\nLes chiffres du mois\n\n{sentence}\n", encoding="utf-8")
        files.append(str(p))
    assert recoupe.analyze(files, db=tmp_path / "l.db").ok
    with recoupe.open_ledger(tmp_path / "l.db") as ledger:
        body = {q.id for c in ledger.claims() if "selon" in c.text for q in c.quantities}
        found = [l.relation for l in ledger.links() if {l.a, l.b} <= body]
    assert len(found) <= 1
    return found[0] if found else None


@pytest.mark.parametrize(("first", "second", "relation"), [
    # One office's rate for two months: two facts, not a revision.
    (("15 avril 2026", "L'inflation a atteint 2,3 % sur un an en mars, selon l'Insee."),
     ("15 mai 2026", "L'inflation a atteint 2,1 % sur un an en avril, selon l'Insee."), None),
    # One ministry's arrivals for two months: two counts, neither a step of the other.
    (("5 avril 2025", "En mars, 5 000 migrants sont arrivés en Italie, selon le ministère italien de l'Intérieur."),
     ("5 mai 2025", "En avril, 7 000 migrants sont arrivés en Italie, selon le ministère italien de l'Intérieur."), None),
    # One ministry's toll as of two days: the later revises the earlier.
    (("6 février 2023", "Le séisme a fait 1 500 morts en Turquie, selon le ministère turc de la Santé."),
     ("8 février 2023", "Le séisme a fait 5 800 morts en Turquie, selon le ministère turc de la Santé."), "updates"),
])
def test_the_same_origins_figure_for_another_period_revises_nothing(
        tmp_path: Path, first: tuple[str, str], second: tuple[str, str], relation: Optional[str]) -> None:
    assert _relation(tmp_path, first, second) == relation
