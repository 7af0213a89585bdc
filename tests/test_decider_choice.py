"""scripts/decider_choice.py: the tables of the decider's choice among competing readings
(the classes of its wrong kept predictions, the oracle choice, the selection objectives,
the second stage's rival columns), on small hand-made proposal sets."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from attribution.decider.select import select

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "decider_choice.py"


@pytest.fixture(scope="module")
def dc() -> ModuleType:
    spec = importlib.util.spec_from_file_location("decider_choice", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["decider_choice"] = module
    spec.loader.exec_module(module)
    return module


def col(dc: ModuleType, R: np.ndarray, row: int, name: str) -> float:
    return float(R[row, dc.RIVAL_FEATURES.index(name)])


def test_a_reading_below_a_better_one_of_its_cue_has_a_negative_margin(dc: ModuleType) -> None:
    # Two readings of cue token 5 (the long one scored higher), one candidate of cue 9.
    spans = [(0, 50), (0, 30), (60, 80)]
    R = dc.rival_features(spans, [5, 5, 9], np.array([2.0, 0.0, 1.0]))
    long_p, short_p = 1 / (1 + np.exp(-2.0)), 0.5
    assert col(dc, R, 1, "r_cue_readings") == 1
    assert col(dc, R, 1, "r_cue_best") == pytest.approx(long_p)
    assert col(dc, R, 1, "r_cue_margin") == pytest.approx(short_p - long_p)
    assert col(dc, R, 1, "r_cue_rank") == 1
    assert col(dc, R, 1, "r_cue_inside") == 1 and col(dc, R, 1, "r_cue_holds") == 0
    assert col(dc, R, 0, "r_cue_margin") == pytest.approx(long_p - short_p)
    assert col(dc, R, 0, "r_cue_rank") == 0
    assert col(dc, R, 0, "r_cue_holds") == 1
    assert col(dc, R, 0, "r_cue_share") == pytest.approx(long_p / (long_p + short_p))
    # The other cue's candidate overlaps nothing and has no other reading.
    assert col(dc, R, 2, "r_cue_readings") == 0 and col(dc, R, 2, "r_overlaps") == 0
    assert col(dc, R, 2, "r_cue_share") == 1.0


def test_the_margin_falls_as_the_rival_rises(dc: ModuleType) -> None:
    spans = [(0, 50), (0, 30)]
    margins = [col(dc, dc.rival_features(spans, [5, 5], np.array([r, 0.0])), 1, "r_cue_margin")
               for r in (-1.0, 0.0, 1.0, 3.0)]
    assert margins == sorted(margins, reverse=True)
    assert margins[0] > 0 > margins[-1]


def test_overlapping_candidates_of_other_cues_are_rivals_not_readings(dc: ModuleType) -> None:
    spans = [(0, 40), (20, 60), (100, 120)]
    R = dc.rival_features(spans, [3, 8, -1], np.array([1.0, -1.0, 0.5]))
    assert col(dc, R, 0, "r_overlaps") == 1 and col(dc, R, 0, "r_cue_readings") == 0
    assert col(dc, R, 1, "r_over_best") == pytest.approx(1 / (1 + np.exp(-1.0)))
    assert col(dc, R, 1, "r_over_same_cue") == 0
    assert col(dc, R, 1, "r_over_clear") == 1  # the rival's 0.73 clears CLEAR
    assert col(dc, R, 0, "r_over_clear") == 0  # its rival's 0.27 does not
    assert col(dc, R, 2, "r_overlaps") == 0
    assert dc.rival_features([], [], np.zeros(0)).shape == (0, len(dc.RIVAL_FEATURES))


def sheet(dc: ModuleType) -> object:
    # Cue 1 (chars 0-4) has a wrong reading (0) and a matching one (1) of gold 0; cue 2
    # (chars 100-104) has one reading that no gold holds; gold 1's content no one matches.
    return dc.Sheet(
        contents=[(5, 60), (5, 30), (105, 150)],
        cues=[(0, 4), (0, 4), (100, 104)],
        cue_toks=[1, 1, 20],
        marked=[0, 1, 0],
        best=[0, 1, 0],
        matches=[[], [0], []],
        gold_cues=[((0, 4),), ((200, 204),)],
    )


def test_classes_of_kept_predictions(dc: ModuleType) -> None:
    s = sheet(dc)
    assert dc.classify(s, [0, 2]) == ["another reading of the cue matches",
                                      "no gold at its cue"]
    assert dc.classify(s, [1]) == ["match"]
    assert dc.contested(s) == [[0, 1]]


def test_the_oracle_gives_the_matching_reading_the_best_score(dc: ModuleType) -> None:
    s = sheet(dc)
    out = dc.oracle(s, np.array([0.8, 0.3, 0.6]))
    assert out.tolist() == [0.3, 0.8, 0.6]


def test_the_shipped_gain_selects_as_the_library_does(dc: ModuleType) -> None:
    rng = random.Random(7)
    choose = dc.select_with(dc.OBJECTIVES["sum of p - t (shipped)"])
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 80)
            spans.append((a, a + rng.randint(0, 30)))
        scores = [rng.random() for _ in spans]
        assert choose(spans, scores, 0.35) == select(spans, scores, 0.35)
    # Greedy keeps the best-scored candidate even when two others together are worth more.
    spans = [(0, 100), (0, 40), (50, 100)]
    assert dc.greedy(spans, [0.9, 0.8, 0.8], 0.35) == [0]
    assert select(spans, [0.9, 0.8, 0.8], 0.35) == [1, 2]
