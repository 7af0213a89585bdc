"""Hedge words in their literal senses: each case pairs a hedge with the same word used
as no hedge (Szarvas et al. 2012: disambiguation decides uncertainty-cue accuracy)."""

from __future__ import annotations

import pytest

import attribution


def cues(text: str) -> list[str]:
    return [h.cue.text for h in attribution.find_hedges(text)]


@pytest.mark.parametrize(
    ("hedge", "no_hedge", "cue"),
    [
        # "provided that" as a condition, not the verb "to stipulate"
        ("The deal holds provided that both sides agree.",
         "The accords had provided that talks should continue.", "provided that"),
        # believing a claim, not believing in something
        ("They believe the vote was rigged.", "They believe in the rule of law.", "believe"),
        # doubt, not its negation ("no one could doubt": a booster)
        ("Many doubt the figures.", "No one could doubt their courage.", "doubt"),
        # "assume" as suppose, not as take on an office
        ("We assume the figures are right.", "She will assume the duties of chair.", "assume"),
        # "appear" as seem, not as be seen somewhere
        ("He would appear to be tired.", "He would appear on television later.", "appear"),
        # "indicate" as evidence, not as denote
        ("The data indicate that prices rose.", "Zero indicates 'level' on the scale.",
         "indicate"),
        # "can" before a consequence, not ability
        ("This can lead to confusion.", "She can swim well.", "can"),
        # "could" of possibility, not a capacity of the thing described
        ("The deal could collapse.", "It had a ring (which could swivel freely).", "could"),
        # "predict" as a belief, not the act
        ("Analysts predict a recession.", "The best way to predict the future is to make it.",
         "predict"),
        # "must" of inference, not an instruction
        ("He must have known.", "You must always think ahead.", "must"),
        # an open condition, not a past counterfactual (its condition is known false)
        ("If the talks fail, prices will rise.", "If he had run, he would have won easily.",
         "if"),
        # believing a claim, not trusting a person
        ("He does not believe the figures are right.", "John does not believe his father.",
         "believe"),
        # a belief with its content, not beliefs described by a relative clause
        ("The belief that prices will rise is common.",
         "They hold beliefs that strongly support the plan.", "belief"),
        # a doubt held, not an attitude of people
        ("Experts are skeptical that it works.", "Most skeptical investigators left.",
         "skeptical"),
    ],
)
def test_hedge_and_literal_sense(hedge: str, no_hedge: str, cue: str) -> None:
    assert any(c.lower().endswith(cue.lower()) or cue.lower() in c.lower()
               for c in cues(hedge)), cues(hedge)
    assert not any(cue.lower() in c.lower() for c in cues(no_hedge)), cues(no_hedge)


def test_a_capitalised_cue_in_a_title_is_no_hedge() -> None:
    assert cues('In a piece titled "Questions and Fears From the Wounded", Blair described '
                "interviewing four injured soldiers.") == []
    # a headline in title case keeps its hedges
    assert cues("Russia Likely To Buy More Weapons") == ["Likely"]


def test_opinion_verbs_after_adverbs_and_perfects() -> None:
    assert "viewed" in cues("The tournament is generally viewed as a precursor.")
    assert "viewed" in cues("It was given in what some have viewed as a theatrical style.")
    assert "consider" in cues("Most people would consider him to be right of center.")
    assert "possible" in cues("It is possible they are separate species.")
