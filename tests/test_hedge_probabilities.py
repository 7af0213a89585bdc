"""Every family of probability phrases readers meet has a number, a range and a source.

The numbers come from CAPphrase (Kucharski 2026), the official scales (ICD 203, IPCC,
EFSA, UK, NATO) or a derivation stated in the lexicon's source column; these tests pin
the families, their order and their negations, not the survey figures themselves.
"""

from __future__ import annotations

import pytest

import attribution
from attribution import hedge_probability
from attribution.hedges import HedgeLexicon, hedge_probability_range
from attribution.hedges.lexicon import normalize_phrase

FAMILIES: dict[str, tuple[list[str], float, float]] = {
    # family: (phrases, lowest and highest median allowed)
    "with high probability / confidence": (
        ["with high probability", "with a high probability", "high probability",
         "a high likelihood", "with high confidence", "high confidence", "highly confident",
         "we are highly confident that", "very confident"], 0.85, 0.95),
    "with moderate probability / confidence": (
        ["with moderate probability", "moderate probability", "medium probability",
         "with moderate confidence", "moderate confidence", "moderately confident",
         "fairly confident"], 0.5, 0.65),
    "with low probability": (
        ["with low probability", "low probability", "a low likelihood", "low chance"],
        0.05, 0.15),
    "with low confidence": (["with low confidence", "low confidence"], 0.3, 0.5),
    "confidence without a grade": (
        ["confident", "we are confident that", "confidently", "with confidence"], 0.7, 0.8),
    "we believe / judge / assess": (
        ["we believe", "We Believe", "I think", "we judge", "we assess", "we estimate",
         "it is thought", "it is believed", "it is widely believed", "it is understood"],
        0.7, 0.8),
    "we doubt": (["we doubt", "We Doubt", "I doubt", "doubtful"], 0.15, 0.25),
    "odds-on": (["odds-on", "an odds-on favourite"], 0.7, 0.8),
    "hearsay": (["reportedly", "it is said", "is said to", "it has been reported"],
                0.55, 0.65),
    "distancing": (["supposedly", "allegedly", "purportedly", "alleged", "it is claimed"],
                   0.45, 0.55),
    "there is a ... chance": (
        ["there is a good chance", "there's a good chance", "a strong chance",
         "there is a real chance", "there is a chance", "there is a slight chance",
         "there's a slight chance", "there is little chance", "there is a remote chance",
         "there is almost no chance", "there is a very good chance"], 0.0, 1.0),
    "adverb and adjective": (
        ["probable", "probably", "likely", "possible", "possibly", "conceivably",
         "improbable", "improbably", "certain", "certainly"], 0.0, 1.0),
    "negations": (
        ["not likely", "not very likely", "not probable", "probably not", "likely not",
         "no chance", "not a chance", "there is no chance", "almost certainly not",
         "not possible", "not certain", "not confident", "not unlikely", "cannot be ruled out"],
        0.0, 0.6),
    "frequency": (["always", "usually", "often", "sometimes", "rarely", "never"], 0.0, 1.0),
}


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_phrase_of_a_family_has_a_probability_and_a_range(family: str) -> None:
    phrases, lo, hi = FAMILIES[family]
    for phrase in phrases:
        p = hedge_probability(phrase)
        rng = hedge_probability_range(phrase)
        assert p is not None, phrase
        assert lo <= p <= hi, (phrase, p)
        assert rng is not None and rng[0] <= p <= rng[1], (phrase, p, rng)


def test_every_listed_probability_has_a_source_and_a_basis() -> None:
    lex = HedgeLexicon.default()
    for entry in lex.entries.values():
        if entry.probability is not None:
            assert entry.probability_range is not None, entry.phrase
            assert entry.source.strip(), entry.phrase


def test_the_chance_family_is_ordered() -> None:
    order = ["there is almost no chance", "there is a remote chance", "there is little chance",
             "there is a slight chance", "there is a chance", "there is a real chance",
             "there is a good chance", "there is a very good chance"]
    ps = [hedge_probability(p) for p in order]
    assert all(p is not None for p in ps)
    assert ps == sorted(ps), list(zip(order, ps, strict=True))  # type: ignore[arg-type]
    assert ps[0] < ps[-1]


def test_the_high_moderate_low_family_is_ordered() -> None:
    for noun in ("probability", "confidence"):
        high, mid, low = (hedge_probability(f"with {a} {noun}")
                          for a in ("high", "moderate", "low"))
        assert high is not None and mid is not None and low is not None
        assert high > mid > low


@pytest.mark.parametrize(
    ("negated", "plain"),
    [("not likely", "likely"), ("probably not", "probably"), ("no chance", "a good chance"),
     ("almost certainly not", "almost certainly"), ("not possible", "possible")],
)
def test_a_negation_reads_below_its_phrase(negated: str, plain: str) -> None:
    n, p = hedge_probability(negated), hedge_probability(plain)
    assert n is not None and p is not None and n < p


def test_probably_not_mirrors_probable() -> None:
    p, n = hedge_probability("probable"), hedge_probability("probably not")
    assert p is not None and n is not None
    assert n == pytest.approx(1 - p)


def test_detected_families_carry_their_numbers_in_text() -> None:
    cases = {
        "We believe the talks will fail.": ("We believe", 0.75),
        "We doubt the talks will fail.": ("We doubt", 0.2),
        "We assess that the talks will fail.": ("We assess", 0.75),
        "Russia will, with high probability, attack in spring.": ("with high probability", 0.9),
        "He is the odds-on favourite to win.": ("odds-on favourite", 0.75),
        "The minister supposedly resigned.": ("supposedly", 0.5),
        "It is thought that the minister resigned.": ("thought", 0.75),
        "There is a slight chance that it rains.": ("slight chance", 0.1),
    }
    for text, (cue, p) in cases.items():
        found = {h.cue.text: h for h in attribution.find_hedges(text)}
        assert cue in found, (text, list(found))
        assert found[cue].probability == pytest.approx(p), (text, found[cue])


def test_the_confidence_adjectives_rank_as_their_nouns_and_are_scored_only() -> None:
    ranked = [hedge_probability(p) for p in ("moderately confident", "confident",
                                             "highly confident")]
    assert ranked == sorted(ranked) and len(set(ranked)) == 3  # type: ignore[type-var]
    assert hedge_probability("highly confident") == hedge_probability("with high confidence")
    for text in ("She was confident of victory.", "We are highly confident that it rains."):
        assert [h.cue.text for h in attribution.find_hedges(text)] == [], text
    assert [h.cue.text for h in attribution.find_hedges("He is not confident it will pass.")
            ] == ["not confident"]


def test_we_judge_needs_a_clause_or_an_object() -> None:
    assert [h.cue.text for h in attribution.find_hedges("We judge by results.")] == []


def test_normalized_lookup_ignores_case_and_apostrophes() -> None:
    assert normalize_phrase("There’s  a Slight Chance") == "there's a slight chance"
    assert hedge_probability("There’s a slight chance") == hedge_probability("slight chance")
