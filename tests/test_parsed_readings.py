"""The parse's readings of a cue of several words and of a noun cue's clause
(``parsed.phrase_complement``, ``parsed.noun_clause``): what they read with the model
backend's parse, what they leave alone, and that the rules backend (and its decider's
columns) never sees them."""

from __future__ import annotations

import json

import pytest

from attribution import Analyzer
from attribution.decider.features import FEATURES, PARSED_FEATURES, featurize
from attribution.decider.model import packaged_model
from attribution.decider.parsed import PARSE_FEATURES, ParseFeatures
from attribution.lexicon import data_path
from attribution.quotes.attributions import Proposals
from attribution.quotes.rules.parsed import (
    NOUN_CLAUSE,
    ONLY_WITH_PARSE,
    PHRASE,
    WORD_ORDER,
    WORD_ORDER_OBJECT,
)
from parsed_support import parsed, propose

Reading = tuple[str, str, str | None, str | None]  # rule, content, speaker, cue




def readings(p: Proposals, rules: tuple[str, ...] = ONLY_WITH_PARSE) -> list[Reading]:
    view = p.ctx.view
    out = []
    for c in p.candidates:
        if c.rule not in rules:
            continue
        speaker = None
        if c.speaker is not None:
            speaker = view.text[view.starts[c.speaker[0]] : view.ends[c.speaker[1] - 1]]
        cue = None if c.cue is None else view.text[c.cue[0] : c.cue[1]]
        out.append((c.rule, view.text[c.content[0] : c.content[1]], speaker, cue))
    return out


@pytest.mark.parametrize(("text", "content", "speaker", "cue"), [
    ("Most Whigs voted for the candidate in the end.", "the candidate", "Most Whigs",
     "voted for"),
    ("Many voters talk about the economy at length.", "the economy", "Many voters",
     "talk about"),
    ("The union is calling on the city to raise wages.", "to raise wages", "The union",
     "calling on"),
])
def test_a_cue_of_several_words_is_read_past_its_last_word(
    text: str, content: str, speaker: str, cue: str
) -> None:
    """The last word of "voted for" is a preposition; its object is the content, and
    the subject of the cue's verb the source."""
    assert (PHRASE, content, speaker, cue) in readings(propose(parsed(), text))


def test_a_framed_cue_of_several_words_gets_the_parse_reading_alongside() -> None:
    p = propose(parsed(), "Most Whigs voted for the candidate in the end.")
    ours = [c for c in p.candidates if c.rule == PHRASE]
    assert ours and all(c.evidence == {"parse_alongside": 1.0} for c in ours)
    assert any(c.rule.startswith("preposed.") for c in p.candidates)  # the rules' own


@pytest.mark.parametrize(("text", "content", "speaker", "cue"), [
    ("The senator's claim that farmers would suffer drew criticism.",
     "farmers would suffer", "The senator's", "claim"),
    ("Trump's promise to build a wall drew cheers.", "to build a wall", "Trump's",
     "promise"),
    ("Beck's contention was that Trump is appealing to the alt-right.",
     "Trump is appealing to the alt-right", "Beck's", "contention"),
    ("Their argument: Only a Democratic Senate can make headway.",
     "Only a Democratic Senate can make headway", "Their", "argument"),
])
def test_a_noun_cue_is_read_from_its_clause(
    text: str, content: str, speaker: str, cue: str
) -> None:
    """A that-clause, an infinitive, a clause after a colon or the copula's clause of a
    noun cue; its possessor is the source."""
    assert (NOUN_CLAUSE, content, speaker, cue) in readings(propose(parsed(), text))


@pytest.mark.parametrize("text", [
    "The report released by the committee was long.",  # a participle
    "The statement that he made was long.",  # a relative clause
    "The weather was cold.",
])
def test_a_noun_cue_with_no_clause_of_its_own_gets_no_reading(text: str) -> None:
    assert [r for r in readings(propose(parsed(), text)) if r[0] == NOUN_CLAUSE] == []


def test_the_rules_backend_proposes_neither() -> None:
    for text in ("Most Whigs voted for the candidate in the end.",
                 "The senator's claim that farmers would suffer drew criticism."):
        assert readings(propose(Analyzer(attributions=True), text)) == []


def test_the_blank_model_has_no_column_for_them() -> None:
    """The rules only a parse proposes have their one-hot columns in the parse's block:
    the blank model (and so the rules backend's output) keeps the columns it had."""
    for rule in ONLY_WITH_PARSE:
        assert f"rule={rule}" not in FEATURES
        assert f"p_rule={rule}" in PARSE_FEATURES
    with open(data_path("decider_blank.json"), encoding="utf-8") as fh:
        shipped = json.load(fh)
    assert tuple(shipped["features"]) == FEATURES
    assert packaged_model("parsed").features == PARSED_FEATURES


def test_a_parse_only_rule_sets_its_own_column() -> None:
    p = propose(parsed(), "The senator's claim that farmers would suffer drew criticism.")
    k = next(i for i, c in enumerate(p.candidates) if c.rule == NOUN_CLAUSE)
    row = dict(zip(PARSE_FEATURES, ParseFeatures(p.ctx).row(p.candidates[k]), strict=True))
    assert row[f"p_rule={NOUN_CLAUSE}"] == 1.0
    assert row[f"p_rule={PHRASE}"] == 0.0
    X = featurize(p, packaged_model("parsed").rates)
    assert X.shape == (len(p.candidates), len(PARSED_FEATURES))
    assert X[k, : len(FEATURES)].sum() > 0  # the shared columns are filled as for any rule


def test_a_cue_nothing_else_read_gets_word_order_readings_with_a_parse() -> None:
    """The parse tags "support" a noun here, so neither the frame readings, the parse's
    readings nor the narrow unframed readings take it: with a parse it gets the
    word-order readings (``parsed.word_order``), which the parsed decider weighs."""
    text = ("Two-thirds support reducing the prison sentences for people convicted of "
            "non-violent crimes.")
    got = readings(propose(parsed(), text), (WORD_ORDER, WORD_ORDER_OBJECT))
    assert (WORD_ORDER, "reducing the prison sentences for people convicted of non-violent "
            "crimes", "Two-thirds", "support") in got


def test_the_rules_backend_proposes_no_word_order_reading() -> None:
    an = Analyzer(attributions=True)
    text = ("Two-thirds support reducing the prison sentences for people convicted of "
            "non-violent crimes.")
    p = an.pipeline.propose(an.nlp(text), text)
    assert not readings(p, (WORD_ORDER, WORD_ORDER_OBJECT))


def test_the_parsed_tagger_reads_a_noun_that_governs_a_preposition() -> None:
    """With a parse the tagger also reads nouns with a preposition's object or a clause
    ("criticism | of …"); without one it reads verbs only."""
    from attribution.quotes.cue_tagger import candidate_tokens

    text = "The criticism of the senator grew louder after the vote."
    p = propose(parsed(), text)
    words = [p.ctx.view.words[i] for i in candidate_tokens(p.ctx, set())]
    assert "criticism" in words
    an = Analyzer(attributions=True)
    b = an.pipeline.propose(an.nlp(text), text)
    assert "criticism" not in [b.ctx.view.words[i] for i in candidate_tokens(b.ctx, set())]
