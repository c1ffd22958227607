"""Pathological text costs its length, not its square.

Each family of text is read at two sizes, 4× apart; the CPU time may grow by 8× at most
(quadratic growth would be 16×). The engines that read numbers, figures and times run here
without the model, so the test stays quick and measures recoupe's own code.
"""

from __future__ import annotations

import time
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
