"""The consensus an analyst leads with, on short French articles: each origin counted once
(neither merged with another through a relay both share, nor counted twice through a
headline), one consensus per occurrence, the same whatever order the documents were stored in,
and built in time linear in the figures."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

import recoupe
from recoupe.model import Claim, Consensus, Link


@dataclass
class Read:
    claims: list[Claim]
    links: list[Link]
    consensus: list[Consensus]
    paths: dict[str, str]

    def q(self, needle: str, doc: str) -> str:
        (found,) = [q.id for c in self.claims for q in c.quantities
                    if needle in q.text and self.paths[c.document] == doc]
        return found or ""


def read(root: Path, articles: dict[str, str], order: list[str] | None = None) -> Read:
    root.mkdir(parents=True, exist_ok=True)
    files = []
    for name in order or list(articles):
        p = root / name
        p.write_text(textwrap.dedent(articles[name]).lstrip("\n"), encoding="utf-8")
        files.append(str(p))
    result = recoupe.analyze(files, db=root / "l.db")
    assert result.ok, result.errors
    with recoupe.open_ledger(root / "l.db") as ledger:
        return Read(ledger.claims(), ledger.links(), ledger.consensus(),
                    {d.id: Path(d.path).name for d in ledger.documents()})


RELAYED = {
    "a.txt": """
        Publié le 6 février 2024

        Séisme en Turquie : le bilan

        Le séisme a fait 300 morts dans la province de Hatay, selon le ministère turc de la Santé, cité par l'AFP.
        """,
    "b.txt": """
        Publié le 6 février 2024

        Séisme en Turquie : les secours débordés

        Le séisme de la nuit a fait 310 morts dans la province de Hatay, selon le Croissant-Rouge turc, cité par l'AFP.
        """,
}

HEADLINE = {
    "a.txt": """
        Publié le 6 février 2024

        Séisme en Turquie : 300 morts selon le ministère

        Le séisme a fait 300 morts dans la province de Hatay, selon le ministère turc de la Santé.
        """,
    "b.txt": """
        Publié le 6 février 2024

        Séisme en Turquie : le bilan

        Le séisme de la nuit a fait 310 morts dans la province de Hatay, selon le Croissant-Rouge turc.
        """,
}


@pytest.mark.parametrize(("articles", "origins", "current"), [
    # Two origins an agency relays: the relay both share does not make them one (their link
    # says "independent"); neither estimate drops out of the range.
    (RELAYED, 2, [("300 morts", "a.txt"), ("310 morts", "b.txt")]),
], ids=["relay"])
def test_each_origin_counts_once_in_the_consensus(tmp_path: Path, articles: dict[str, str], origins: int,
                                                  current: list[tuple[str, str]]) -> None:
    got = read(tmp_path, articles)
    (found,) = got.consensus
    body = {(q.text, got.paths[c.document]): q.id for c in got.claims for q in c.quantities if "Hatay" in c.text}
    assert found.origins == origins, found.explanation
    assert sorted(found.current) == sorted(body[k] for k in current), found.explanation


def test_a_headline_under_a_date_line_that_the_body_repeats_is_one_estimate(tmp_path: Path) -> None:
    """"Publié le …" above the headline: the headline's figure, given again by the body, is
    not counted beside the body's: its links, to the body's figure it tells again and the body's
    own links told again, are a copy's."""
    got = read(tmp_path, HEADLINE)
    head = [q.id for c in got.claims for q in c.quantities if got.paths[c.document] == "a.txt" and "Hatay" not in c.text]
    body = [q.id for c in got.claims for q in c.quantities if got.paths[c.document] == "a.txt" and "Hatay" in c.text]
    (other,) = [q.id for c in got.claims for q in c.quantities if got.paths[c.document] == "b.txt" and "Hatay" in c.text]
    assert head and body
    linked = {frozenset((l.a, l.b)) for l in got.links}
    assert frozenset((body[0], other)) in linked
    # (It takes the body's links as a copy's, shown beside the other figure, which group and
    # grade nothing.)
    assert all(l.copy for l in got.links if head[0] in (l.a, l.b))
    assert any(frozenset((head[0], other)) == frozenset((l.a, l.b)) for l in got.links)
    assert all(head[0] not in c.members for c in got.consensus)


def _chain(n: int):  # type: ignore[no-untyped-def]
    """A toll told n times by fifty sources, each figure linked to its eight predecessors: one
    long chain of links, as a large ledger makes of a measure followed for months."""
    from datetime import date, timedelta

    from recoupe.link import estimate
    from recoupe.model import Document, Quantity, Source

    estimates, links = {}, []
    for i in range(n):
        text = "Le bilan du séisme est de 300 morts, selon les autorités."
        src = Source(44, 57, "les autorités", "les autorités", "selon", entity_keys=[f"org:source {i % 50}"])
        q = Quantity(start=26, end=29, text="300", low=300, high=300, qualifier="exact", unit="person", id=f"q{i}")
        c = Claim(document=f"d{i}", start=0, end=len(text), text=text, source=src, quantities=[q], id=f"c{i}")
        doc = Document(id=c.document, path=c.document, text=text, published=date(2000, 1, 1) + timedelta(days=i // 3))
        estimates[q.id] = (estimate(q, c, doc), c, 0)
        links += [Link(f"q{j}", q.id, "corroborates", True, "", "killed|person||") for j in range(max(0, i - 8), i)]
    return links, estimates


def test_the_consensus_of_a_long_chain_costs_its_length_not_its_square() -> None:
    import time

    from recoupe.link import is_forecast
    from recoupe.link.consensus import consensus
    from recoupe.link.independence import origin_of

    def cpu(n: int) -> float:
        links, estimates = _chain(n)
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            consensus(links, estimates, {}, origin_of, is_forecast)
            best = min(best, time.process_time() - start)
        return max(best, 1e-3)

    small, large = cpu(3000), cpu(12000)
    assert large / small <= 8, f"{small:.3f}s → {large:.3f}s for 4× the figures"


TWO_QUAKES = {
    "turquie1.txt": """
        Publié le 6 février 2023

        Séisme en Turquie

        Le séisme a fait 1 500 morts dans le sud de la Turquie, selon le ministère turc de la Santé.
        """,
    "turquie2.txt": """
        Publié le 6 février 2023

        Séisme en Turquie : les secours

        Le tremblement de terre a fait 1 550 morts dans le sud de la Turquie, selon le Croissant-Rouge turc.
        """,
    "iran1.txt": """
        Publié le 6 février 2023

        Séisme en Iran

        Le séisme a fait 40 morts dans le nord-ouest de l'Iran, selon le ministère iranien de la Santé.
        """,
    "iran2.txt": """
        Publié le 6 février 2023

        Séisme en Iran : les secours

        Le tremblement de terre a fait 41 morts dans le nord-ouest de l'Iran, selon le Croissant-Rouge iranien.
        """,
}


def test_the_consensus_is_the_same_whatever_order_the_documents_were_stored_in(tmp_path: Path) -> None:
    seen = []
    for i, order in enumerate((list(TWO_QUAKES), list(reversed(TWO_QUAKES)))):
        got = read(tmp_path / f"run{i}", TWO_QUAKES, order)
        at = {q.id: (got.paths[c.document], q.start) for c in got.claims for q in c.quantities}
        seen.append([(c.measure, at[c.latest], sorted(at[q] for q in c.members), c.explanation) for c in got.consensus])
    assert len(seen[0]) == 2
    assert seen[1] == seen[0]


SAYINGS = ("Le séisme a fait", "Les secouristes ont dénombré", "Le bilan provisoire atteint", "On compte désormais",
           "Les autorités locales recensent", "La catastrophe a coûté la vie à", "Les hôpitaux ont enregistré",
           "Le tremblement de terre a tué", "Les équipes de secours ont retrouvé", "Le dernier décompte fait état de",
           "La secousse a provoqué la mort de", "Les sauveteurs ont extrait des décombres")


def test_a_toll_told_by_a_dozen_outlets_is_one_consensus_with_its_outlier() -> None:
    """Twelve outlets on one toll the same week, the first of them far off: one occurrence, one
    consensus, and the far figure is its outlier, not a consensus of its own."""
    from datetime import date

    from recoupe.link import Measure, consensus_of, link_all
    from recoupe.model import Document, Quantity, Source

    claims, docs = [], {}
    for i in range(1, 13):
        value = 900 if i == 1 else 300
        opening = SAYINGS[i - 1]
        text = f"{opening} {value} morts dans la province de Hatay, selon la source {i}."
        q = Quantity(start=len(opening) + 1, end=len(opening) + 4, text=str(value), low=value, high=value, qualifier="exact", unit="person",
                     id=f"qd{i}")
        src = Source(55, len(text) - 1, f"la source {i}", f"source {i}", "selon", entity_keys=[f"org:source {i}"])
        claims.append(Claim(document=f"d{i}", start=0, end=len(text), text=text, source=src, quantities=[q],
                            id=f"cd{i}"))
        docs[f"d{i}"] = Document(id=f"d{i}", path=f"d{i}", text=text, published=date(2023, 2, 6 + i // 4))
    measures = {c.quantities[0].id: Measure("killed", "person", None, None) for c in claims}
    links = link_all(claims, docs, measures)  # type: ignore[arg-type]
    found = consensus_of(links, claims, docs, measures)  # type: ignore[arg-type]
    assert len(found) == 1 and found[0].outliers == ["qd1"], [c.explanation for c in found]
