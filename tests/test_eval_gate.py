"""Acceptance gate: the real-news dev set (``eval/``), the held-out set (``eval/heldout/``) and
the linked stories (``eval/stories/``), analysed as ``make eval`` does and scored by the shared
scorer.

The floors are pinned just under the scores measured when they were set (as trafilatura's
evaluation pins its own), so that a change that loses figures, sources, units, hedges or
times fails here with the scorer's listing of the dev set's misses. The held-out set is
gated on its scores only: its misses are not listed, so that nobody tunes on it.

The floors hold for the texts and gold they were measured on: the digest of each set is
pinned with them, and a change of the set fails until its scores are measured again and the
floors re-pinned (``make eval``, ``eval/run.py --heldout``).

Skipped when the shared scorer (``../shared/eval/score.py``) is absent.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import io
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN = ROOT / "eval" / "run.py"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason=f"shared scorer not found ({SCORER})")

# Measured on 2026-12-02 (dev: 109 documents, 2 015 gold figures; held-out: 34 documents): dev F1
# 0.987, value 0.993, unit 0.899, qualifier 0.977, attribution 0.873, hedging 0.953, time 0.858;
# held-out 0.978, 0.977, 0.841, 0.977, 0.843, 0.945, 0.824.
# The issue's own floors are F1 0.93, value 0.95, unit 0.85, attribution 0.85, hedging 0.90,
# time 0.75; the dev floors are tighter.
DEV_FLOORS = {
    "quantity_f1": 0.98,
    "value_accuracy": 0.985,
    "unit_accuracy": 0.89,
    "qualifier_accuracy": 0.97,
    "attribution_accuracy": 0.865,
    "hedging_accuracy": 0.945,
    "time_accuracy": 0.85,
}
HELDOUT_FLOORS = {
    "quantity_f1": 0.97,
    "value_accuracy": 0.97,
    "unit_accuracy": 0.83,
    "qualifier_accuracy": 0.97,
    "attribution_accuracy": 0.835,
    "hedging_accuracy": 0.935,
    "time_accuracy": 0.815,
}
# The linked stories (40 documents, 90 gold links, 70 must-not-links): link recall 0.911,
# independence accuracy 0.900, no wrong link (from 0.133, 0.067 and 2 before the cross-checking
# work). The floors are the cross-checking issue's: 0.85, 0.90 and 0.
STORY_FLOORS = {
    "quantity_f1": 0.99,
    "link_recall": 0.85,
    "link_independence_accuracy": 0.90,
}
STORY_CEILINGS = {"wrong_links": 0}
# Five more stories on other topics (eval/stories2), written without the code in view and first
# scored out of sample (link recall 0.172, independence 0.155, 1 wrong link), then read as a dev
# set: link recall 0.552, independence 0.448, no wrong link; 0.586 and 0.483 since, 0.638 and 0.500
# after, 0.638 and 0.586 since, 0.655 and 0.603 after, 0.672 and 0.621 since, 0.690 and 0.638 after,
# 0.690 and 0.655 after, 0.741 and 0.707 now.
STORY2_FLOORS = {"link_recall": 0.74, "link_independence_accuracy": 0.70}
STORY2_CEILINGS = {"wrong_links": 0}
# Five more (eval/stories3), written the same way and first scored out of sample (link recall
# 0.418, independence 0.358, 3 wrong links), then read as a dev set: 0.657, 0.582, no wrong link;
# 0.672 and 0.597 after, 0.672 and 0.642 since, 0.687 and 0.657 after, 0.701 and 0.672 since,
# 0.716 and 0.687 since, 0.776 and 0.731 now.
STORY3_FLOORS = {"link_recall": 0.77, "link_independence_accuracy": 0.73}
STORY3_CEILINGS = {"wrong_links": 0}
# Five more (eval/stories4), written the same way and first scored out of sample (link recall
# 0.348, independence 0.290, 1 wrong link), then read as a dev set: 0.435, 0.348, no wrong link;
# 0.464 and 0.377 since, 0.652 and 0.507 after, 0.667 and 0.522 since, 0.696 and 0.580 after,
# 0.710 and 0.594 since, 0.725 and 0.594 after, 0.739 and 0.623 now.
STORY4_FLOORS = {"link_recall": 0.73, "link_independence_accuracy": 0.62}
STORY4_CEILINGS = {"wrong_links": 0}
# Five more (eval/stories5: migrant arrivals, a forest fire, an earthquake abroad, a teachers'
# strike, a transfer fee), written the same way and first scored out of sample (link recall
# 0.275, independence 0.200, 5 wrong links), then read as a dev set: 0.487, 0.375, 2 wrong
# links; 0.650, 0.550 and 1 wrong link after; 0.688, 0.600 and 1 since; 0.725, 0.637 and 1 after;
# 0.750, 0.662 and none since; 0.787, 0.725 and none after; 0.800, 0.738 and none now.
# Pinned where they stand, as a guard, not a goal.
STORY5_FLOORS = {"link_recall": 0.80, "link_independence_accuracy": 0.73}
STORY5_CEILINGS = {"wrong_links": 0}
# Five more (eval/stories6: floods in Emilia-Romagna, dengue on La Réunion, a Paris transport
# strike, a by-election, a shipwreck off Lampedusa), written the same way and scored once out of
# sample at the end of the round that read stories5: link recall 0.403, independence 0.390,
# 5 wrong links (0.338, 0.325 and 6 with the code from before that round); read as a dev set
# since: 0.429, 0.390, 3 wrong links; 0.571, 0.494 and 2 wrong links after; 0.597, 0.558 and 2
# since; 0.662, 0.610 and 2 after; 0.662, 0.610 and 1 since; 0.675, 0.623 and 1 after; 0.675,
# 0.623 and none since; 0.688, 0.636 and none after; 0.714, 0.662 and none now.
STORY6_FLOORS = {"link_recall": 0.71, "link_independence_accuracy": 0.66}
STORY6_CEILINGS = {"wrong_links": 0}
# Five more (eval/stories7: a gas explosion, a pension-reform protest day, an emergency-room
# crisis, a salmonella outbreak in school canteens, a company's results and job cuts), written
# the same way and scored once out of sample in the round that read stories2 to stories6:
# link recall 0.237, independence 0.224, 3 wrong links (0.211, 0.197 and 3 with the code from
# before that round); read as a dev set since: 0.474, 0.434, 3 wrong links; 0.566, 0.513 and no
# wrong link after; 0.592, 0.539 and none since; 0.605, 0.553 and none after; 0.618, 0.566 and
# none since; 0.684, 0.618 and none; 0.684, 0.605 and none now (a forecast's link newly found,
# an ARS official's against the ARS's count, whose independence is read wrong: the floor of
# independence one point lower); 0.697, 0.618 and none after (an earlier count told again); 0.711,
# 0.632 and none now (a local body's remit places its article).
STORY7_FLOORS = {"link_recall": 0.71, "link_independence_accuracy": 0.63}
STORY7_CEILINGS = {"wrong_links": 0}
# Five more (eval/stories8: a cyclone on Mayotte, small-boat crossings of the Channel, a wine
# harvest forecast and its outcome, a train derailment abroad, a taxi drivers' protest day),
# written the same way and scored once out of sample at the start of the round that reads it:
# link recall 0.402, independence 0.315, 4 wrong links; 0.424, 0.337 and 4 after; 0.424, 0.337
# and 2 since; 0.446, 0.348 and 2 after; 0.478, 0.380 and 2 since; 0.500, 0.402 and 2 after;
# 0.554, 0.435 and 2 since; 0.565, 0.446 and 2 after; 0.598, 0.489 and 2 since; 0.609, 0.500
# and 1 after; 0.620, 0.511 and 1 since; 0.630, 0.522 and 1 after; 0.674, 0.565 and 1 since;
# 0.685, 0.576 and 1 now.
STORY8_FLOORS = {"link_recall": 0.68, "link_independence_accuracy": 0.57}
STORY8_CEILINGS = {"wrong_links": 1}
# Five more (eval/stories9: a teachers' strike day, a heatwave's excess deaths, a plant closure and
# its job cuts, a measles outbreak, a city marathon), written the same way and scored once out of
# sample at the start of the round that reads it: link recall 0.404, independence 0.364, 5 wrong
# links; 0.566, 0.505 and none at the end of that round; 0.626, 0.576 and none since; 0.636,
# 0.586 and none after; 0.667, 0.606 and none since; 0.677, 0.616 and none after; 0.697, 0.636 and
# none since; 0.707, 0.646 and none now.
STORY9_FLOORS = {"link_recall": 0.70, "link_independence_accuracy": 0.64}
STORY9_CEILINGS = {"wrong_links": 0}
# Five more (eval/stories10: an avalanche toll in Savoie beside an unrelated one in the Valais, a
# telecom data breach, the Paris homeless count against national estimates, a train derailment in
# Galicia, a quarter's unemployment forecast and outcome), written the same way and scored once
# out of sample at the start of the round that reads it: link recall 0.340, independence 0.302,
# 2 wrong links; 0.557, 0.509 and 1 at the end of that round; 0.575, 0.528 and 1 after; 0.585,
# 0.538 and 1 after; 0.632, 0.585 and 1 since; 0.642, 0.594 and 1 after; 0.642, 0.594 and none
# since (a local body's remit places an article that names no state); 0.670, 0.623 and none now.
STORY10_FLOORS = {"link_recall": 0.67, "link_independence_accuracy": 0.62}
STORY10_CEILINGS = {"wrong_links": 0}
# Five more (eval/stories11: a mine explosion in Turkey beside an older one in Colombia, a cocaine
# seizure at Le Havre, a hailstorm's cost to insurers, a volcanic eruption in Indonesia, a
# presidential election's first round), written the same way and scored once out of sample at the
# start of the round that reads it: link recall 0.323, independence 0.242, 5 wrong links; 0.548,
# 0.444 and 1 at the end of that round; 0.589, 0.492 and 1 after; 0.597, 0.500 and 1 since;
# 0.605, 0.516 and 1 after; 0.621, 0.524 and 1 now.
STORY11_FLOORS = {"link_recall": 0.62, "link_independence_accuracy": 0.52}
STORY11_CEILINGS = {"wrong_links": 1}
# Five more (eval/stories12), written the same way in the same round and never read for misses:
# its scores only, 0.488, 0.417 and 5 wrong links with the code that round started from, 0.512,
# 0.457 and 3 at its end (its wrong links read to mend them); read as a dev set the round after:
# 0.630, 0.575 and 3 at its end; 0.638, 0.583 and none since (two exams' pass rates told apart,
# an aside's agent no source carried on); 0.646, 0.583 and none after; 0.685, 0.638 and none now.
STORY12_FLOORS = {"link_recall": 0.68, "link_independence_accuracy": 0.63}
STORY12_CEILINGS = {"wrong_links": 0}
# Five more (eval/stories13: a ferry capsizing off Casamance, the French wine harvest's forecasts
# and outcome, an oil spill off Ouessant, a train derailment near Cremona, Brittany's summer
# tourism), written the same way in the round that read stories12, never read for misses: its
# scores only, 0.381, 0.353 and 1 wrong link with the code that round started from, 0.374, 0.353
# and 1 with its rules; its wrong link then read and mended (a civil protection named with its
# state's adjective is the same body): 0.388, 0.367 and none.
# Read as a dev set the round after: 0.576, 0.540 and none at its end; 0.612, 0.576 and none
# after; 0.619, 0.583 and none now.
STORY13_FLOORS = {"link_recall": 0.61, "link_independence_accuracy": 0.58}
STORY13_CEILINGS = {"wrong_links": 0}
# Five more (eval/stories14: a monsoon landslide in Nepal, a fire at a chemical plant near Rouen,
# an mpox outbreak in eastern DR Congo, a Swiss federal vote, the French housing market), written
# the same way in the round that read stories13, never read for misses: its scores only, 0.359,
# 0.308 and 2 wrong links with the code that round started from, 0.404, 0.340 and 2 with its rules
# (its two wrong links, read at the end, left: an earlier day's toll told as "le jour de la
# catastrophe", and a province's deaths against the nation's in one article). Read as a dev set
# the round after: 0.635, 0.571 and none at its end (the province's deaths now placed apart from
# the nation's; the first day's toll told again with "ne … que" an earlier count, updated);
# 0.654, 0.583 and none after; 0.660, 0.590 and none now.
STORY14_FLOORS = {"link_recall": 0.66, "link_independence_accuracy": 0.59}
STORY14_CEILINGS = {"wrong_links": 0}
# Five more (eval/stories15: a train derailment in Lombardy beside one in Tyrol, a volcanic
# eruption on Java, French prison overcrowding, an OPEC+ output cut, the Lyon marathon on a hot
# day), written the same way in the round that read stories14, and read as a dev set in that same
# round once a further set was written: 0.255, 0.218 and 2 wrong links with the code the round
# started from, 0.461, 0.418 and 1 at its end (the marathon's midday count of runners treated
# against the evening's, one day's running count at day precision, left); 0.509, 0.467 and 1 now.
STORY15_FLOORS = {"link_recall": 0.50, "link_independence_accuracy": 0.46}
STORY15_CEILINGS = {"wrong_links": 1}
# Five more (eval/stories16: a crowd crush at a stadium in Abidjan, French unemployment for a
# quarter, wildfires in Quebec, a tornado in Oklahoma, a clothing retailer's liquidation), written
# the same way in that round and never read for misses: its scores only, 0.503, 0.437 and 6 wrong
# links with the code the round started from, 0.517, 0.450 and 5 at its end (its wrong links read
# then: an earlier count told with "ne … que" mended, five left). Read as a dev set the round after:
# 0.649, 0.583 and 3 at its end; 0.662, 0.596 and 3 now.
STORY16_FLOORS = {"link_recall": 0.66, "link_independence_accuracy": 0.59}
STORY16_CEILINGS = {"wrong_links": 3}
# Five more (eval/stories17: a blizzard stranding drivers on a Spanish motorway, a general strike
# in Belgium, a nightclub fire in Thessaloniki, a suspension bridge's collapse in the Loiret,
# French new-car registrations), written the same way in the round that read stories16: 0.429,
# 0.363 and 5 wrong links with the code that round started from; read as a dev set in that same
# round once a further set was written: 0.512, 0.458 and 2 at its end; 0.548, 0.494 and 2 after;
# 0.577, 0.524 and 2 now.
STORY17_FLOORS = {"link_recall": 0.57, "link_independence_accuracy": 0.52}
STORY17_CEILINGS = {"wrong_links": 2}
# Five more (eval/stories18: a refinery strike and fuel shortages, wolf attacks in the Aveyron, the
# wheat harvest's forecasts and outcome, schoolboys abducted in Nigeria, a ferry fire in the
# Baltic), written the same way in that round and never read for misses: its scores only, 0.330,
# 0.302 and 9 wrong links with the code the round started from, 0.352, 0.313 and 4 at its end (the
# sentences of its nine wrong links read near the end: five mended by general rules, four left).
# Read as a dev set the round after: 0.462, 0.423 and 1 at its end; 0.478, 0.440 and none after;
# 0.522, 0.478 and none now.
STORY18_FLOORS = {"link_recall": 0.52, "link_independence_accuracy": 0.47}
STORY18_CEILINGS = {"wrong_links": 0}
# Five more (eval/stories19: a plane crash near Toamasina, a mass escape from a prison in the
# Congo, the French ski season, desert locusts in Niger, a French film's box office), written the
# same way in the round that read stories18 and never read for misses: its scores only, 0.340,
# 0.330 and 3 wrong links with the code that round started from, 0.350, 0.330 and 6 at its end (the
# sentences of its wrong links read then: a crash in another state dated apart, a count's source
# misread, left). Read as a dev set the round after: 0.515, 0.480 and 6 at its end (figures no
# rule measured: rates named by their noun, areas of land infested and treated, admissions,
# escapes, people aboard a craft); 0.585, 0.550 and 6 now.
STORY19_FLOORS = {"link_recall": 0.58, "link_independence_accuracy": 0.55}
STORY19_CEILINGS = {"wrong_links": 6}
# Five more (eval/stories20: a fuel-tanker explosion in Nigeria, hail on the Burgundy vineyards,
# French unemployment for a quarter, mpox in eastern DR Congo, the Bordeaux marathon in the heat),
# written the same way in the round that read stories19 and never read for misses: its scores
# only, 0.572, 0.536 and 7 wrong links with the code that round started from, 0.626, 0.586 and 8
# at its end. Read as a dev set the round after: 0.694, 0.653 and 8 at its end (an article's own
# history of a count, the same figure no word measures told again).
STORY20_FLOORS = {"link_recall": 0.69, "link_independence_accuracy": 0.65}
STORY20_CEILINGS = {"wrong_links": 8}
# Five more (eval/stories21: a coach crash in the Peruvian Andes, France's public deficit and debt
# for a year, sargassum strandings in Martinique, a music festival's attendance and accounts, a
# whisky-cask Ponzi scheme), written the same way in the round that read stories20 and never read
# for misses: its scores only, 0.471, 0.451 and 1 wrong link with the code that round started
# from, 0.502, 0.482 and 1 at its end.
STORY21_FLOORS = {"link_recall": 0.50, "link_independence_accuracy": 0.48}
STORY21_CEILINGS = {"wrong_links": 1}
DIGESTS = {
    "dev": "bd86def3472f719f389866e3a28a7335997690aa08b19c6326c5e3188ab83535",
    "heldout": "1e90ca30087d5b2efaa9c073ded61221bbff5a0659cb82c085386195ec456782",
    "stories": "bbaaf802c1fc3a3b44f4168c3ceca7de27818b65d46ca3ec7a57a73dfd0c3597",
    "stories2": "5e4ab05133e07c0be6aaf406c2113f52dea33fe964d8382fce24427df0e5c4c2",
    "stories3": "303b2bcd5bef2e6aee8b88615ce1468d4b6c0e712ed7c3aeaca0933f201339c9",
    "stories4": "1f301fcf67109921acdf1ca1f7e989b4d19cd862d4fb901cf79cd3b1cf06365a",
    "stories6": "5e7e758a59cef6397d60268f78e013d27e0e3d7c4a96f8ed3cdf524ed4de3c75",
    "stories5": "7206b584a509783a2baae2d53b83fbcbf802c5fab71f6768abb2761ba9842526",
    "stories7": "b099b9c668fe9e048435eb8decef83b891ee3e966c331a197b436a345fefaa2a",
    "stories8": "1ae61a78f3e4b84a88d75dfba91431d66a8f2efb4376743cea5e73d20477a131",
    "stories9": "2d4e8505ea7d8bc81a2ea3bf39d6dc381b18ad67b4913ab9c75ffc4093dcbda0",
    "stories10": "711caf5bf258396ee0d264be48cf7e1ce9176d24a2c76753523fab2f280bd286",
    "stories11": "90259b68fd9ed4f9231c8561ddaf9c6e9390248de0c209671637dfad19d379b6",
    "stories12": "44a852c021355c0a393e62b16f531c5737b5539595cac0ca8799645cb233c89f",
    "stories13": "a01cd84571590018b7e930bd6626ce54626a9548ea69329a4cfd648a22d5aff4",
    "stories14": "b1d4084bf783ad0d0d2c707f3ccd45838a902bec4aa22ed34223f990a14bc7da",
    "stories15": "c93e32dc0321e236b53790a338eedbcf54428a0ce29dee61a3c87f98279f5b79",
    "stories16": "e25e2ded49d99b8a849373723e34ed9fa7b3c46b3fcc280ca4bdf46292dc7464",
    "stories17": "0050f9bcd89961b4afdf27f31a503eadbdd9c6befc094cf2c10970dcce900a47",
    "stories18": "1f740afdac8000332424319483a94a57917fd790c5f9cbe6235c8bc6a3f050cc",
    "stories19": "24b802b7e1ff7623ec21dca8bf3f223dee1abfe67a0959b26512372449e241f2",
    "stories20": "4ad95a8f72253877fc8a526ba4fc2366c00b333520676c47c24ab8549d257c94",
    "stories21": "756aba7b497fba7dca77c8a8412cc900ecf0c3ea4e507d4b7933bb2b25186534",
}
FOLDERS = {"dev": ROOT / "eval", "heldout": ROOT / "eval" / "heldout", "stories": ROOT / "eval" / "stories",
           "stories2": ROOT / "eval" / "stories2", "stories3": ROOT / "eval" / "stories3",
           "stories4": ROOT / "eval" / "stories4", "stories5": ROOT / "eval" / "stories5",
           "stories6": ROOT / "eval" / "stories6", "stories7": ROOT / "eval" / "stories7",
           "stories8": ROOT / "eval" / "stories8", "stories9": ROOT / "eval" / "stories9",
           "stories10": ROOT / "eval" / "stories10", "stories11": ROOT / "eval" / "stories11",
           "stories12": ROOT / "eval" / "stories12", "stories13": ROOT / "eval" / "stories13",
           "stories14": ROOT / "eval" / "stories14", "stories15": ROOT / "eval" / "stories15",
           "stories16": ROOT / "eval" / "stories16", "stories17": ROOT / "eval" / "stories17",
           "stories18": ROOT / "eval" / "stories18", "stories19": ROOT / "eval" / "stories19",
           "stories20": ROOT / "eval" / "stories20", "stories21": ROOT / "eval" / "stories21"}


def _run_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("recoupe_eval_run", RUN)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def digest(folder: Path) -> str:
    """sha256 over the set's texts, gold and manifest (names and bytes, in name order)."""
    h = hashlib.sha256()
    files = sorted((folder / "texts").glob("*.txt")) + [folder / "gold.json", folder / "manifest.csv"]
    for path in files:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _scored(which: str, tmp: Path) -> tuple[dict[str, Any], str]:
    run = _run_module()
    folder = FOLDERS[which]
    gold = run.json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    texts = sorted((folder / "texts").glob("*.txt"))
    manifest = folder / "manifest.csv"
    pred = run.ledger_of(texts, manifest if manifest.is_file() else None, tmp)
    listing = io.StringIO()
    with contextlib.redirect_stdout(listing):
        metrics = run.score(pred, gold, folder / "texts", verbose=which != "heldout")
    return metrics, listing.getvalue()


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], tuple[dict[str, Any], str]]:
    """The scores and misses of a set, each set analysed once per module."""
    done: dict[str, tuple[dict[str, Any], str]] = {}

    def get(which: str) -> tuple[dict[str, Any], str]:
        if which not in done:
            done[which] = _scored(which, tmp_path_factory.mktemp(which))
        return done[which]

    return get


@pytest.mark.parametrize("which", list(FOLDERS))
def test_floors_were_measured_on_this_set(which: str) -> None:
    folder = FOLDERS[which]
    assert digest(folder) == DIGESTS[which], (
        f"the {which} set changed since its floors were pinned: measure it again "
        f"(eval/run.py{' --heldout' if which == 'heldout' else ''}) and re-pin the floors and the digest")


FLOORS = {"dev": DEV_FLOORS, "heldout": HELDOUT_FLOORS, "stories": STORY_FLOORS, "stories2": STORY2_FLOORS,
          "stories3": STORY3_FLOORS, "stories4": STORY4_FLOORS, "stories5": STORY5_FLOORS,
          "stories6": STORY6_FLOORS, "stories7": STORY7_FLOORS,
          "stories8": STORY8_FLOORS, "stories9": STORY9_FLOORS, "stories10": STORY10_FLOORS,
          "stories11": STORY11_FLOORS, "stories12": STORY12_FLOORS, "stories13": STORY13_FLOORS,
          "stories14": STORY14_FLOORS, "stories15": STORY15_FLOORS, "stories16": STORY16_FLOORS,
          "stories17": STORY17_FLOORS, "stories18": STORY18_FLOORS, "stories19": STORY19_FLOORS,
          "stories20": STORY20_FLOORS, "stories21": STORY21_FLOORS}


@pytest.mark.parametrize("which, metric", [(w, m) for w, floors in FLOORS.items() for m in floors])
def test_floor(scored: Callable[[str], tuple[dict[str, Any], str]], which: str, metric: str) -> None:
    metrics, listing = scored(which)
    value, floor = metrics.get(metric), FLOORS[which][metric]
    # The held-out set's misses are not listed (see eval/run.py): only its scores are.
    assert value is not None and value >= floor, f"{which} {metric} = {value}, floor {floor}\n{listing}"


CEILINGS = {"stories": STORY_CEILINGS, "stories2": STORY2_CEILINGS, "stories3": STORY3_CEILINGS,
            "stories4": STORY4_CEILINGS, "stories5": STORY5_CEILINGS,
            "stories6": STORY6_CEILINGS, "stories7": STORY7_CEILINGS,
            "stories8": STORY8_CEILINGS, "stories9": STORY9_CEILINGS, "stories10": STORY10_CEILINGS,
            "stories11": STORY11_CEILINGS, "stories12": STORY12_CEILINGS, "stories13": STORY13_CEILINGS,
            "stories14": STORY14_CEILINGS, "stories15": STORY15_CEILINGS, "stories16": STORY16_CEILINGS,
            "stories17": STORY17_CEILINGS, "stories18": STORY18_CEILINGS, "stories19": STORY19_CEILINGS,
            "stories20": STORY20_CEILINGS, "stories21": STORY21_CEILINGS}


@pytest.mark.parametrize("which, metric", [(w, m) for w, ceilings in CEILINGS.items() for m in ceilings])
def test_story_ceiling(scored: Callable[[str], tuple[dict[str, Any], str]], which: str, metric: str) -> None:
    metrics, listing = scored(which)
    value = metrics.get(metric)
    assert value is not None and value <= CEILINGS[which][metric], f"{which} {metric} = {value}\n{listing}"
