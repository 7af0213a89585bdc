"""The learned hedge judge: the finder's hook, the scorer's decisions and its model file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attribution import Analyzer, Hedge
from attribution.errors import LexiconError
from attribution.hedges import HedgeFinder
from attribution.hedges.context import Context
from attribution.hedges.lexicon import HedgeEntry
from attribution.hedges.scorer import HedgeScorer, features, scored
from attribution.segment import build_view
from attribution.types import HedgeCategory

AN = Analyzer()


def find(text: str, judge: object | None) -> list[Hedge]:
    finder = HedgeFinder(AN.nlp, judge=judge)  # type: ignore[arg-type]
    return finder(build_view(AN.nlp(text), text))


class Recorder:
    """Keeps the rules' verdict and notes what it was asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, HedgeCategory | None, list[str]]] = []

    def judge(self, ctx: Context, s: int, e: int, entry: HedgeEntry,
              category: HedgeCategory | None) -> HedgeCategory | None:
        self.asked.append((entry.phrase, category, features(ctx, s, e, entry, category)))
        return category


class KeepAll:
    def judge(self, ctx: Context, s: int, e: int, entry: HedgeEntry,
              category: HedgeCategory | None) -> HedgeCategory | None:
        return category or entry.category


def scorer(weights: dict[str, float], bias: float = 2.0, checks: tuple[str, ...] = ("may",),
           rescue: float = 0.5) -> HedgeScorer:
    return HedgeScorer(weights, bias, 0.5, rescue, frozenset(checks), {})


def test_without_a_judge_the_finder_keeps_the_rules_verdicts() -> None:
    text = "Prices may rise in May 2026."
    assert [h.cue.text for h in find(text, None)] == ["may"]
    assert [h.cue.text for h in find(text, Recorder())] == ["may"]


def test_the_judge_hears_rejected_matches_and_can_keep_them() -> None:
    rec = Recorder()
    find("Prices may rise in May 2026.", rec)
    verdicts = [(phrase, category) for phrase, category, _ in rec.asked]
    assert verdicts == [("may", "modal"), ("may", None)]  # the month is rejected
    assert "v=rejected" in rec.asked[1][2] and "may|v=rejected" in rec.asked[1][2]
    assert [h.cue.text for h in find("Prices may rise in May 2026.", KeepAll())] == [
        "may", "May"]


def test_features_name_the_construction_around_the_cue() -> None:
    rec = Recorder()
    find("Members may not attack one another.", rec)
    find("One may be tempted to agree.", rec)
    (_, _, deontic), (_, _, generic) = rec.asked
    assert "may|after=not" in deontic and "may|subj=noun" in deontic
    assert "may|subj=generic" in generic and "may|after=passive" in generic


def test_a_scorer_drops_an_accepted_cue_in_a_construction_it_weighs_down() -> None:
    judge = scorer({"may|after=not": -5.0})
    assert find("Members may not attack one another.", judge) == []
    assert [h.cue.text for h in find("Prices may rise.", judge)] == ["may"]


def test_a_scorer_rescues_only_above_its_rescue_score_and_only_its_checks() -> None:
    text = "It rained in May 2026."
    assert find(text, scorer({}, bias=-1.0)) == []  # 0.27 < 0.5
    assert [h.cue.text for h in find(text, scorer({}, bias=1.0))] == ["May"]
    assert find(text, scorer({}, bias=1.0, checks=("would",))) == []
    # Unambiguous rows ("very likely": no check) keep the rules' verdict whatever the score.
    assert [h.cue.text for h in find("It is very likely.", scorer({}, bias=-9.0,
                                                                 checks=("-",)))] == [
        "very likely"]


def test_scored_rows_are_the_ambiguous_ones_of_the_uncertainty_categories() -> None:
    lexicon = HedgeFinder(AN.nlp).lexicon.entries
    assert scored(lexicon["may"]) and scored(lexicon["believed"])
    assert not scored(lexicon["very likely"])  # no check: unambiguous
    assert not scored(lexicon["said to"])  # a source, not a sense
    assert not scored(lexicon["about"]) and not scored(lexicon["hope"])  # extent, desire


def test_a_model_file_loads_and_bad_ones_say_what_is_wrong(tmp_path: Path) -> None:
    good = tmp_path / "scorer.json"
    good.write_text(json.dumps({"weights": {"may|after=not": -5}, "bias": 2, "threshold": 0.5,
                                "rescue": 2, "checks": ["may"], "meta": {"C": 0.3}}))
    judge = HedgeScorer.load(good)
    assert judge.checks == frozenset({"may"}) and judge.meta == {"C": 0.3}
    assert find("Members may not attack one another.", judge) == []
    with pytest.raises(LexiconError, match="not found"):
        HedgeScorer.load(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"weights": {}, "bias": 0}))
    with pytest.raises(LexiconError, match="cannot read the hedge scorer model"):
        HedgeScorer.load(bad)
