"""Word-order readings of cues no frame reading claims (``quotes/rules/unframed.py``).

PARC-style annotation marks what an act or attitude governs in any shape: a noun phrase
after the cue, a preposition's object, a passive's subject. These readings are proposed
only with ``attributions=True``; the decider weighs them.
"""

from __future__ import annotations

import pytest

from attribution import Analyzer, analyze
from attribution.quotes.attributions import Proposals


@pytest.fixture(scope="module")
def attributions() -> Analyzer:
    return Analyzer(attributions=True, cue_tagger=False)


UNFRAMED = frozenset(["unframed.following", "unframed.object"])


def propose(an: Analyzer, text: str, rules: frozenset[str] | None = None) -> Proposals:
    return an.pipeline.propose(an.nlp(text), text, rules=rules)


def readings(p: Proposals, family: str = "unframed.") -> set[tuple[str, str | None, str]]:
    view = p.ctx.view
    out = set()
    for c in p.candidates:
        if not c.rule.startswith(family) or c.cue is None:
            continue
        speaker = None
        if c.speaker is not None:
            speaker = view.text[view.starts[c.speaker[0]] : view.ends[c.speaker[1] - 1]]
        out.add((view.text[c.content[0] : c.content[1]], speaker, view.text[c.cue[0] : c.cue[1]]))
    return out


def test_a_noun_phrase_object_is_read_to_its_first_preposition(attributions: Analyzer) -> None:
    # Alone: with every rule, preposed.infinitive_cue frames this cue first.
    text = "Trump has yet to endorse the speaker's bid for re-election."
    found = readings(propose(attributions, text, UNFRAMED))
    assert ("the speaker's bid", "Trump", "endorse") in found
    assert ("the speaker's bid for re-election", "Trump", "endorse") in found


def test_a_noun_use_a_name_or_a_sentence_opening_cue_gets_none(attributions: Analyzer) -> None:
    for text in ("He starred in a reality TV show that ran for years.",
                 "He watched the show on Fox News Says Network last night.",
                 "Said differently, the plan fails."):
        assert not readings(propose(attributions, text)), text


def test_a_measure_or_an_aside_gets_none(attributions: Analyzer) -> None:
    for text in ("Shares added 3 per cent compared to Friday's close.",
                 "Sanders attacked, stating that her judgment was lacking.",
                 "Gingrich — mentioned as the leading choice — told Fox News that it works."):
        assert not readings(propose(attributions, text)), text


def test_the_source_is_found_over_an_infinitive_marker(attributions: Analyzer) -> None:
    text = "Trump has yet to endorse the speaker's re-election bid."
    found = readings(propose(attributions, text, UNFRAMED))
    assert ("the speaker's re-election bid", "Trump", "endorse") in found
    # With every rule, the infinitive's own reading frames it (and unframed stays out).
    p = propose(attributions, text)
    assert ("the speaker's re-election bid", "Trump", "endorse") in readings(
        p, "preposed.infinitive_cue")
    assert not readings(p)
    assert not readings(propose(attributions, "Another warning came on Monday."))


def test_a_passive_use_and_a_time_after_the_cue_get_none(attributions: Analyzer) -> None:
    for text in ("The report was released on Monday by the committee.",
                 "The board said released last week."):
        assert not readings(propose(attributions, text)), text


def test_a_cue_a_frame_reading_claims_gets_no_word_order_reading(
    attributions: Analyzer,
) -> None:
    p = propose(attributions, "The senator said that the plan would fail.")
    assert not [r for r in readings(p) if r[2] == "said"]
    assert any(c.rule.startswith("preposed.") for c in p.candidates)


def test_the_default_output_proposes_none_of_them() -> None:
    an = Analyzer()
    for text in ("Trump has yet to endorse the speaker's bid for re-election.",
                 "The report was released on Monday by the committee."):
        assert not readings(propose(an, text))
        assert not analyze(text).quotes
