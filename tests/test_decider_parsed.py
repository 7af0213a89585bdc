"""What the parse adds to the decider and the proposals of the model backend: the
parse's own feature columns (only in the parsed model) and the parse's readings of a
cue the word-order rules framed too. The rules backend sees neither."""

from __future__ import annotations

import pytest

from attribution import Analyzer
from attribution.decider import Decider
from attribution.decider.features import FEATURES, PARSED_FEATURES, featurize
from attribution.decider.model import packaged_model
from attribution.decider.parsed import PARSE_FEATURES, ParseFeatures
from attribution.decider.rates import PARSE_TABLES, Rates
from attribution.quotes.attributions import Proposals
from parsed_support import parsed, propose


def content_of(p: Proposals, i: int) -> str:
    a, b = p.candidates[i].content
    return p.ctx.view.text[a:b]


def test_each_backend_model_has_its_own_columns() -> None:
    assert packaged_model("blank").features == FEATURES
    assert packaged_model("parsed").features == PARSED_FEATURES
    assert PARSED_FEATURES[: len(FEATURES)] == FEATURES
    assert not set(PARSE_FEATURES) & set(FEATURES)


def test_the_parse_columns_are_only_computed_for_a_parsed_doc() -> None:
    text = "The mayor said that the budget would shrink."
    blank = propose(Analyzer(attributions=True), text)
    model = propose(parsed(), text)
    rates = packaged_model("blank").rates
    assert featurize(blank, rates).shape[1] == len(FEATURES)
    assert featurize(model, rates).shape[1] == len(PARSED_FEATURES)


def test_a_clausal_complement_reads_as_one() -> None:
    p = propose(parsed(), "The mayor said that the budget would shrink next year.")
    i = next(k for k in range(len(p.candidates))
             if content_of(p, k) == "the budget would shrink next year")
    row = dict(zip(PARSE_FEATURES, ParseFeatures(p.ctx).row(p.candidates[i]), strict=True))
    assert row["p_content_dep=ccomp"] == 1.0
    assert row["p_head_under_cue"] == 1.0 and row["p_head_path"] == 1.0
    assert row["p_clause"] == 1.0  # "the budget" is its subject
    assert row["p_speaker_is_cue_subject"] == 1.0
    assert row["p_subtree_end_gap"] == 0.0


def test_a_noun_phrase_content_is_no_clause() -> None:
    p = propose(parsed(), "Senator Warren criticized the plan during a speech in Ohio.")
    i = next(k for k in range(len(p.candidates)) if content_of(p, k) == "the plan")
    row = dict(zip(PARSE_FEATURES, ParseFeatures(p.ctx).row(p.candidates[i]), strict=True))
    assert row["p_content_dep=dobj"] == 1.0
    assert row["p_head_pos=NOUN"] == 1.0
    assert row["p_clause"] == 0.0


def test_the_parse_reads_a_framed_cue_alongside_the_rules() -> None:
    """The object the parse bounds is one more reading of a report the word-order rules
    read past it; the rules backend proposes no parse reading."""
    text = "After the vote, Johnson attacked Democrats by posting a video of the count."
    p = propose(parsed(), text)
    alongside = [k for k, c in enumerate(p.candidates)
                 if c.evidence and c.evidence.get("parse_alongside")]
    assert alongside
    assert all(p.candidates[k].rule == "parsed.complement" for k in alongside)
    cues = {p.candidates[k].cue for k in alongside}
    # The same cue has a reading of a word-order rule too.
    assert any(c.cue in cues and c.rule != "parsed.complement" for c in p.candidates)
    blank = propose(Analyzer(attributions=True), text)
    assert not [c for c in blank.candidates if c.rule == "parsed.complement"]


def test_columns_a_model_never_reads_leave_its_scores_unchanged() -> None:
    # A headline in title case, so the title_case column is 1 where it is computed.
    text = ("Mayor Says Budget Will Shrink Next Year\n\n"
            "The mayor said that the budget would shrink. “We will cut,” she added.")
    p = propose(Analyzer(), text)
    model = packaged_model("blank")
    assert "title_case" in model.unread  # the shipped blank model reads no such column
    full = featurize(p, model.rates)
    lean = featurize(p, model.rates, model.unread)
    column = FEATURES.index("title_case")
    assert full[:, column].any() and not lean[:, column].any()
    others = [k for k in range(len(FEATURES)) if k != column]
    assert (full[:, others] == lean[:, others]).all()
    assert (model.raw(full) == model.raw(lean)).all()
    assert not packaged_model("parsed").unread & {"title_case"}


def test_the_parsed_tagger_leaves_doubtful_cues_to_the_decider() -> None:
    """With a parse the tagger proposes cues down to a lower score than the blank
    backend's (0.15 against 0.3): the parsed decider reads each tagged cue's score and
    the parse around it, and weighs the doubtful ones itself."""
    from attribution.quotes.cue_tagger import packaged_tagger

    assert packaged_tagger("parsed").threshold < packaged_tagger("blank").threshold
    text = "Voters punished the party in the election."
    p = propose(parsed(), text)
    view = p.ctx.view
    scores = {view.words[i]: s for i, s in p.ctx.tagged.items()}
    assert packaged_tagger("parsed").threshold <= scores["punished"]
    assert scores["punished"] < packaged_tagger("blank").threshold
    rows = [k for k, c in enumerate(p.candidates) if c.cue_tok in p.ctx.tagged]
    assert rows  # the cue is read, and the decider sees its score
    X = featurize(p, packaged_model("parsed").rates)
    col = PARSED_FEATURES.index("tagger_score")
    assert all(abs(X[k, col] - scores["punished"]) < 1e-6 for k in rows)


@pytest.mark.parametrize("backend", ["blank", "parsed"])
def test_an_uncued_paragraph_takes_the_small_models_probability_on_any_doc(
    backend: str,
) -> None:
    # a line no cue frames has no parse relation to weigh: the backend's model, trained
    # on PolNeAR's few such lines, defers to the small "uncued" model
    text = ("“The rivers are dying,” the minister said.\n\n"
            "“Anybody who gives land to miners will answer to the law.”\n")
    p = propose(parsed() if backend == "parsed" else Analyzer(), text)
    scores = Decider().scores(p)
    small = packaged_model("uncued")
    X = featurize(p, small.rates, small.unread, parsed=False)
    uncued = [i for i, c in enumerate(p.candidates) if c.rule.startswith("uncued.")]
    assert uncued and X.shape[1] == len(FEATURES)
    assert [scores[i] for i in uncued] == [float(v) for v in small.predict(X[uncued])]
    cued = [i for i, c in enumerate(p.candidates) if not c.rule.startswith("uncued.")]
    model = packaged_model(backend)
    own = model.predict(featurize(p, model.rates, model.unread))
    assert [scores[i] for i in cued] == [float(own[i]) for i in cued]


def test_the_parse_rate_tables_read_the_cue_in_its_frame_and_the_heads() -> None:
    """The parsed model reads how often annotators marked a cue lemma in one rule's frame
    ("release" with an object) and a content with this head ("statement"), from its own
    tables (train only); a key a table lacks gets the prior."""
    p = propose(parsed(), "Senator Elizabeth Warren released a statement on Tuesday.")
    parse = ParseFeatures(p.ctx)
    i = next(k for k, c in enumerate(p.candidates) if content_of(p, k) == "a statement")
    c = p.candidates[i]
    keys = parse.keys(c, "release")
    assert keys == {"frame": f"release|{c.rule}", "head": "statement"}
    rates = Rates(0.4, {}, {}, {"frame": {keys["frame"]: 0.7}, "head": {"statement": 0.8}})
    row = dict(zip(PARSE_FEATURES, ParseFeatures(p.ctx, rates).row(c, "release"), strict=True))
    assert row["p_frame_rate"] == pytest.approx(0.7) and row["p_frame_seen"] == 1.0
    assert row["p_head_rate"] == pytest.approx(0.8) and row["p_head_seen"] == 1.0
    row = dict(zip(PARSE_FEATURES, ParseFeatures(p.ctx, rates).row(c, "issue"), strict=True))
    assert row["p_frame_rate"] == pytest.approx(0.4) and row["p_frame_seen"] == 0.0


def test_only_the_parsed_model_carries_the_parse_rate_tables() -> None:
    assert set(packaged_model("parsed").rates.parse) == set(PARSE_TABLES)
    assert not packaged_model("blank").rates.parse
