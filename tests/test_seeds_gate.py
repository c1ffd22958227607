"""Acceptance gate: the ledger of the shared seed articles, scored against the shared gold.

Skipped when the shared evaluation folder (``../shared`` beside the repository) is absent.
The floors are pinned: a change that lowers a metric below them fails here, with the
scorer's verbose listing of misses in the failure message.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from recoupe.cli import app

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SCORE = SHARED / "eval" / "score.py"
SEEDS = sorted((SHARED / "seeds").glob("*.txt")) if (SHARED / "seeds").is_dir() else []

pytestmark = pytest.mark.skipif(
    not SCORE.is_file() or not SEEDS,
    reason=f"shared evaluation not found ({SCORE} and {SHARED / 'seeds'}/*.txt): nothing to gate on",
)

# metric → (comparison, pinned value). Every metric measures 1.0 on the seeds; with their 20
# gold figures, a floor of 0.95 lets one figure slip and no more.
FLOORS: dict[str, tuple[str, float]] = {
    "quantity_f1": (">=", 0.95),
    "value_accuracy": (">=", 0.95),
    "unit_accuracy": (">=", 0.95),
    "qualifier_accuracy": (">=", 0.95),
    "attribution_accuracy": (">=", 0.95),
    "hedging_accuracy": (">=", 0.95),
    "time_accuracy": (">=", 0.95),
    "entity_recall": (">=", 0.95),
    "link_recall": ("==", 1.0),
    "link_independence_accuracy": ("==", 1.0),
    "wrong_links": ("==", 0),
    "alias_pair_recall": ("==", 1.0),
    "wrong_merges": ("==", 0),
    "arithmetic_checks": ("==", 1.0),
}


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    root = tmp_path_factory.mktemp("seeds")
    out = root / "seeds.json"
    result = CliRunner().invoke(app, ["analyze", *map(str, SEEDS), "--db", str(root / "seeds.db"),
                                      "--json", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    proc = subprocess.run([sys.executable, str(SCORE), "--pred", str(out), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    start = proc.stdout.index("{")
    metrics, _ = json.JSONDecoder().raw_decode(proc.stdout[start:])
    verbose = subprocess.run([sys.executable, str(SCORE), "--pred", str(out), "-v"],
                             capture_output=True, text=True, timeout=120).stdout
    return metrics, verbose


def test_scorer_reports_every_gated_metric(scored: tuple[dict[str, Any], str]) -> None:
    metrics, _ = scored
    assert set(FLOORS) <= set(metrics), sorted(set(FLOORS) - set(metrics))


@pytest.mark.parametrize("metric", list(FLOORS))
def test_floor(scored: tuple[dict[str, Any], str], metric: str) -> None:
    metrics, verbose = scored
    op, floor = FLOORS[metric]
    value = metrics.get(metric)
    assert value is not None, f"{metric} was not computed\n{verbose}"
    ok = value >= floor if op == ">=" else value == floor
    assert ok, f"{metric} = {value}, expected {op} {floor}\n{verbose}"
