"""Pathological text costs its length, not its square.

Each family of text is read at two sizes, 4× apart; the CPU time may grow by 8× at most
(quadratic growth would be 16×). The engines that read numbers, figures and times run here
without the model, so the test stays quick and measures recoupe's own code.
"""

from __future__ import annotations

import time
from pathlib import Path
from datetime import date
from typing import Callable

import pytest

from recoupe.nlp.quantities import find_quantities
from recoupe.nlp.timeexpr import find_times


def _cpu(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return max(best, 1e-3)


FAMILIES = {
    "number words": lambda n: "Selon la police, " + "cent " * n + "personnes ont manifesté.",
    "figures in one sentence": lambda n: "Selon le ministère, " + ", ".join(f"{i} obus" for i in range(n)) + ".",
    "digits without end": lambda n: "Le bilan atteint " + "1 " * n + "morts.",
    "source openings": lambda n: "Selon le ministère " * n + "3 000 personnes.",
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_figures_and_times_are_linear(family: str) -> None:
    make = FAMILIES[family]
    small, large = make(1500), make(6000)

    def read(text: str) -> Callable[[], object]:
        return lambda: (find_quantities(text), find_times(text, date(2025, 3, 4)))

    t_small, t_large = _cpu(read(small)), _cpu(read(large))
    assert t_large / t_small <= 8, f"{family}: {t_small:.3f}s → {t_large:.3f}s for 4× the text"


def test_a_run_of_number_words_is_no_figure() -> None:
    """"cent" twenty thousand times is no number (it would overflow a float), and reading it
    fails nothing."""
    quantities, _ = find_quantities("Selon la police, " + "cent " * 20000 + "personnes ont manifesté.")
    assert all(q.high is None or q.high < 1e15 for q in quantities)


# -- the whole pipeline, with the model -------------------------------------------------------

@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from recoupe.nlp.pipeline import load
    return load()


def _words(n_chars: int) -> str:
    words = ("le gouvernement a annoncé mardi que les troupes avaient reçu des renforts dans la "
             "région après plusieurs semaines de combats intenses autour de la ville").split()
    return " ".join(words[i % len(words)] for i in range(n_chars // 6))


# family → (text of size n, n for the smaller size): each smaller text takes ~0.1–0.3 s.
PIPELINE_FAMILIES = {
    "source openings": (lambda n: "Selon le ministère " * n + "3 000 personnes.", 250),
    "source openings with parenthesis": (lambda n: "Selon le ministère (" * n + "3 000 personnes.", 250),
    "one line without punctuation": (_words, 12_000),
    "quotations and their speakers": (
        lambda n: "« Nous avons compté 3 000 morts », a déclaré mardi le ministre. " * n, 100),
    "names and pronouns": (
        lambda n: ("Jean Dupont, le directeur de l'ONU, a dit que Paris et Berlin comptent 3 000 soldats. "
                   "Il a indiqué que 200 soldats sont morts mardi. L'institut a recensé 3 000 cas. ") * n, 40),
    "scopes named again by their kind": (
        lambda n: ("En Occitanie, 87 cas ont été recensés. Dans la région, 12 malades sont hospitalisés, et au "
                   "niveau national 300. C'est 4 % de plus qu'en 2024. ") * n, 40),
    "figures and times in one sentence": (
        lambda n: "Selon le ministère, " + ", ".join(f"{1000 + i} obus le {1 + i % 28} mars" for i in range(n)) + ".",
        150),
}


@pytest.mark.parametrize("family", list(PIPELINE_FAMILIES))
def test_the_pipeline_is_linear(nlp, family: str) -> None:  # type: ignore[no-untyped-def]
    make, n = PIPELINE_FAMILIES[family]
    small, large = make(n), make(4 * n)
    t_small, t_large = _cpu(lambda: nlp(small), repeat=2), _cpu(lambda: nlp(large), repeat=2)
    assert t_large / t_small <= 8, f"{family}: {t_small:.3f}s → {t_large:.3f}s for 4× the text"


def test_the_linker_is_linear_in_the_figures_of_a_sentence() -> None:
    """One claim of N figures, each followed by a state: the measures and the arithmetic checks
    read the claim once, not once per figure."""
    from recoupe.nlp.checks import find_checks
    from recoupe.nlp.measures import assign
    from recoupe.model import Claim, Mention, Quantity

    def build(n: int) -> tuple[list[Claim], dict[str, str], dict[str, list[Mention]]]:
        text = "Selon le ministère, la Corée du Nord a livré "
        quantities, mentions = [], []
        for i in range(n):
            figure = f"{1000 + i} obus"
            quantities.append(Quantity(len(text), len(text) + len(figure), figure, 1000 + i, 1000 + i, "exact",
                                       unit="shell", unit_text="obus", unit_inherited=i > 0, id=f"q{i}"))
            text += figure + " à la "
            mentions.append(Mention(len(text), len(text) + 6, "Russie", "country:RU", "GPE"))
            text += "Russie, "
        claim = Claim("d", 0, len(text), text, quantities=quantities, id="c1")
        return [claim], {"d": text}, {"d": mentions}

    def link(n: int) -> Callable[[], object]:
        claims, texts, mentions = build(n)
        return lambda: (assign(claims, texts, mentions), find_checks(claims, texts, {}))

    t_small, t_large = _cpu(link(500)), _cpu(link(2000))
    assert t_large / t_small <= 8, f"{t_small:.3f}s → {t_large:.3f}s for 4× the figures"


# -- long sentences ----------------------------------------------------------------------------

def test_a_long_sentence_is_cut_and_offsets_stay_exact(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.sentences import MAX_TOKENS

    text = ("Selon le ministère de la défense, la Corée du Nord a livré "
            + ", ".join(f"{1000 + i} obus" for i in range(400)) + " à la Russie.\n"
            + "le gouvernement a annoncé que les troupes avaient reçu des renforts " * 80 + "\n"
            + "Selon la police, 3 000 personnes ont manifesté mardi.")
    doc = nlp(text)
    sents = list(doc.sents)
    assert max(len(s) for s in sents) <= MAX_TOKENS
    assert len(sents) >= 6  # the two long lines are cut
    figures = doc._.recoupe_quantities
    assert len(figures) == 401
    for q in figures:
        assert text[q["start"]:q["end"]] == q["text"]
    # a figure is never cut in two: every one keeps its number and its unit
    assert all(q["unit"] == "shell" for q in figures[:400]), {q["unit"] for q in figures[:400]}
    assert figures[-1]["text"].startswith("3 000") and figures[-1]["source"]["name"] == "police"
    # the source of the list still reaches the figures of its first part
    assert figures[0]["source"] and "ministère" in figures[0]["source"]["name"]


def test_a_sentence_is_cut_at_a_pause_never_inside_a_figure() -> None:
    from recoupe.nlp.sentences import _cut_long

    texts = ["mot"] * 150 + [","] + ["mot"] * 60 + ["3", "000", "obus"] * 100
    starts = [False] * len(texts)
    starts[0] = True
    _cut_long(texts, starts, 200)
    cuts = [i for i, s in enumerate(starts) if s]
    assert cuts[1] == 151  # after the comma
    for i in cuts[1:]:
        assert not (texts[i - 1].isdigit() and texts[i].isdigit()), (i, texts[i - 1:i + 1])
    assert all(b - a <= 200 for a, b in zip(cuts, cuts[1:] + [len(texts)]))


# -- the per-document budget -------------------------------------------------------------------

def test_a_document_over_its_budget_fails_alone(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A tiny time limit stops the long document with one line naming it; the short ones are
    stored, and the long one is stored by a later run without the limit."""
    import recoupe
    from recoupe.nlp.guard import Limits

    paragraph = ("Selon le ministère de la défense, la Corée du Nord a livré 3 000 obus à la Russie en mars, "
                 "contre 2 000 un mois plus tôt, a indiqué mardi un responsable. ")
    (tmp_path / "a.txt").write_text("Selon la police, 3 000 personnes ont manifesté mardi à Paris.", encoding="utf-8")
    (tmp_path / "long.txt").write_text((paragraph * 6 + "\n") * 25, encoding="utf-8")
    (tmp_path / "c.txt").write_text("Le ministère a recensé 12 morts et 40 blessés lundi.", encoding="utf-8")
    db = tmp_path / "ledger.db"
    result = recoupe.analyze(sorted(tmp_path.glob("*.txt")), db=db, limits=Limits(seconds=0.5, mb=None))
    assert [str(e) for e in result.errors] == [f"{tmp_path / 'long.txt'}: analysis stopped: over 0.5 s"]
    assert sorted(Path(d.path).name for d in result.added) == ["a.txt", "c.txt"]
    with recoupe.open_ledger(db) as ledger:
        assert len(ledger.documents()) == 2
        assert {q.text for c in ledger.claims() for q in c.quantities} >= {"3 000 personnes", "12 morts"}


def test_the_budget_counts_memory_and_time() -> None:
    from recoupe.nlp import guard

    guard.check()  # nothing armed: no limit
    with guard.budget(guard.Limits(seconds=None, mb=20)):
        guard.check()
        block = bytearray(200 * 2**20)  # touched: resident
        time.sleep(0.03)
        with pytest.raises(guard.Stopped, match=r"^analysis stopped: over 20 MB$"):
            guard.check()
        del block
    with guard.budget(guard.Limits(seconds=0.01, mb=None)):
        time.sleep(0.02)
        with pytest.raises(guard.Stopped, match=r"over 0.01 s"):
            guard.check()
    guard.check()  # disarmed again


def test_limits_come_from_the_environment(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.guard import DEFAULT_MB, Limits

    monkeypatch.setenv("RECOUPE_MAX_SECONDS", "12")
    monkeypatch.setenv("RECOUPE_MAX_MB", "0")
    assert Limits.from_env() == Limits(12.0, None)
    assert Limits.from_env(seconds=3) == Limits(3.0, None)
    monkeypatch.delenv("RECOUPE_MAX_MB")
    assert Limits.from_env().mb == DEFAULT_MB
    monkeypatch.setenv("RECOUPE_MAX_SECONDS", "soon")
    with pytest.raises(ValueError, match="RECOUPE_MAX_SECONDS"):
        Limits.from_env()
