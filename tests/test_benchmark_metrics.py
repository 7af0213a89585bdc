"""Unit tests of the PolNeAR accuracy harness (benchmarks/): brat parsing and metrics.

Everything here is inline; nothing reads ../shared.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import accuracy
from metrics import (
    CharCounter,
    CueTypes,
    gold_kind,
    greedy_match,
    has_quote_mark,
    intersect,
    merge,
    normalize_content,
    quote_mark_positions,
    trim_bounds,
)
from polnear import (
    Article,
    GoldAttribution,
    attributions_from_brat,
    in_prose,
    parse_brat,
    parse_fragments,
)

ANN = (
    "T1\tSource 0 3\tSue\n"
    "T2\tCue 4 8\tsaid\n"
    "T3\tContent 9 14;20 25\tfirst second\n"
    "T4\tAttribution 4 8\tsaid\n"
    "E1\tAttribution:T4 Source:T3 Content:T3 Cue:T2 \n"
    "T5\tContent 30 40\ta text that runs\n"
    "over two lines\n"
    "#1\tAnnotatorNotes T5\ta note\n"
    "T6\tAttribution-no-source 41 45\tsays\n"
    "E2\tAttribution-no-source:T6 Content:T5 Content2:T7\n"
    "T7\tContent 50 55\tmore\n"
    "T8\tCue 60 64\tsaid\n"
    "E3\tAttribution:T8 Cue:T8\n"
)


def test_parse_fragments_discontinuous() -> None:
    assert parse_fragments("9 14;20 25") == ((9, 14), (20, 25))


def test_parse_brat_skips_continuation_and_note_lines() -> None:
    spans, events = parse_brat(ANN)
    assert sorted(spans) == ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8"]
    assert spans["T3"].fragments == ((9, 14), (20, 25))
    assert spans["T5"].label == "Content"
    assert [e.id for e in events] == ["E1", "E2", "E3"]
    assert events[1].label == "Attribution-no-source"
    assert ("Content2", "T7") in events[1].args


def test_attributions_from_brat_roles_and_missing_content() -> None:
    gold = attributions_from_brat(ANN)
    assert [g.id for g in gold] == ["E1", "E2"]  # E3 has no Content
    first, second = gold
    assert first.content == ((9, 14), (20, 25))
    assert first.cue == ((4, 8),)
    assert second.source == ()
    assert second.content == ((30, 40), (50, 55))  # Content and Content2


def test_merge_and_intersect() -> None:
    assert merge([(5, 8), (0, 3), (2, 4), (9, 9)]) == ((0, 4), (5, 8))
    assert intersect(((0, 4), (6, 10)), ((3, 7),)) == ((3, 4), (6, 7))


def test_char_counter_ignores_whitespace() -> None:
    counter = CharCounter("ab  cd\nef")
    assert counter.count(0, 9) == 6
    assert counter.size(((0, 4), (2, 6))) == 4
    assert counter.overlap(((0, 6),), ((3, 9),)) == 2
    assert counter.half_both_ways(((0, 6),), ((4, 9),))
    assert not counter.half_both_ways(((0, 2),), ((0, 9),))


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("“We will win,”", "We will win"),
        ("that the plan  failed.", "the plan failed"),
        ('  "That is it."  ', "That is it"),
        ("“that is it”", "that is it"),
        ("thatcher won", "thatcher won"),
        ("(done)", "done"),
    ],
)
def test_normalize_content(raw: str, normal: str) -> None:
    assert normalize_content(raw) == normal


def test_trim_bounds_keeps_quotes_when_asked() -> None:
    s = "that “yes.”,"
    i, j = trim_bounds(s, keep_quotes=True)
    assert s[i:j] == "“yes.”"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Clinton’s team didn’t go", False),
        ("the voters’ fears", False),
        ("it is ‘in their heads’", True),
        ('he said "no"', True),
        ("a “disgrace”", True),
        ("''She needs ideas,''", True),
    ],
)
def test_quote_marks_exclude_apostrophes(text: str, quoted: bool) -> None:
    assert has_quote_mark(text) is quoted


def test_quote_mark_positions_scare_quotes() -> None:
    s = "it’s ‘in their heads’"
    assert [s[i] for i in quote_mark_positions(s)] == ["‘", "’"]


@pytest.mark.parametrize(
    ("content", "cue", "kind"),
    [
        ("“We will win,”", "said", "direct"),
        ("“We will win,” “And soon.”", "said", "direct"),
        ("''She needs ideas,''", "said", "direct"),
        ("that “yes.”", "said", "direct"),
        ("that he “won.”", "said", "mixed"),
        ("the plan was a “disaster”", "called", "mixed"),
        ("the plan failed", "according to", "according_to"),
        ("the plan failed", "said", "indirect"),
        ("Clinton’s plan failed", "said", "indirect"),
    ],
)
def test_gold_kind(content: str, cue: str, kind: str) -> None:
    assert gold_kind(content, cue) == kind


def test_cue_types_longest_form_in_cue() -> None:
    types = CueTypes({"said": "speech", "according to": "speech", "believe": "belief"})
    assert types("has said") == "speech"
    assert types("According to") == "speech"
    assert types("did not believe") == "belief"
    assert types(":") == "other"


def test_greedy_match_is_one_to_one_largest_first() -> None:
    # gold 0 overlaps pred 0 (10) and pred 1 (4); gold 1 overlaps pred 0 (6) only
    assert greedy_match([(4, 0, 1), (10, 0, 0), (6, 1, 0)]) == {0: 0}
    assert greedy_match([(4, 0, 1), (6, 1, 0)]) == {0: 1, 1: 0}


def _article(text: str, ann: str) -> Article:
    return Article("doc", text, tuple(attributions_from_brat(ann)), "0000")


def test_evaluate_article_exact_overlap_source_and_cue() -> None:
    text = "Sue said that the plan failed badly. Bob thinks it worked."
    ann = (
        "T1\tSource 0 3\tSue\nT2\tCue 4 8\tsaid\nT3\tContent 9 35\tx\n"
        "E1\tAttribution:T2 Source:T1 Content:T3 Cue:T2\n"
        "T4\tSource 37 40\tBob\nT5\tCue 41 47\tthinks\nT6\tContent 48 57\tx\n"
        "E2\tAttribution:T5 Source:T4 Content:T6 Cue:T5\n"
    )
    preds = [
        accuracy.Pred(((14, 35),), ((0, 3),), ((4, 8),), "indirect", "speech"),
        accuracy.Pred(((48, 54),), (), ((41, 47),), "indirect", "belief"),
        accuracy.Pred(((37, 40),), (), (), "indirect", "speech"),
    ]
    ev = accuracy.evaluate_article(0, _article(text, ann), preds, CueTypes({"said": "speech"}))
    sue, bob = ev.golds
    assert sue.exact == 0 and sue.overlap == 0  # "that" and final "." trimmed
    assert sue.source == (True, True) and sue.cue == (True, True)
    assert bob.exact is None and bob.overlap == 1  # 5 of 8 chars: overlap, not exact
    assert bob.source == (False, False)  # no speaker mention counts as wrong
    assert bob.cue_type == "other"
    assert not ev.preds[2].touches_gold


def test_render_marks_nested_spans() -> None:
    text = "Sue said yes."
    out = accuracy.render(text, (0, 13), [(((0, 3),), "S"), (((4, 8),), "V")])
    assert out == "[S:Sue:S] [V:said:V] yes."


def test_gold_moves_with_the_furniture_the_rules_cut() -> None:
    """The training scripts label candidates in the offsets the rules read: an article
    with page furniture is read without it, and its gold moves with it."""
    import attribution

    text = "Advertisement\n\nThe mayor said the budget would shrink.\n"
    start = text.index("the budget")
    end = text.index(".\n")
    said = text.index("said")
    gold = GoldAttribution("R1", ((start, end),), ((said - 10, said - 1),), ((said, said + 4),))
    article = Article("a", text, (gold,), "a.ann")
    an = attribution.Analyzer()
    proposals = an.pipeline.propose(an.nlp(text), text)
    assert proposals.prose is not None  # "Advertisement" was cut
    prose_text, (moved,) = in_prose(article, proposals.prose)
    a, b = moved.content[0]
    assert prose_text[a:b] == "the budget would shrink"
    assert [prose_text[x:y] for x, y in moved.cue] == ["said"]
    assert [prose_text[x:y] for x, y in moved.source] == ["The mayor"]
    assert in_prose(article, None) == (text, (gold,))
    on_furniture = GoldAttribution("R2", ((0, 13),), (), ())  # "Advertisement"
    with_it = Article("a", text, (gold, on_furniture), "a.ann")
    assert [g.id for g in in_prose(with_it, proposals.prose)[1]] == ["R1"]
