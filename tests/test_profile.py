"""The sourcing profile: every number checked on small articles made for it.

Two kinds of input: results built by hand (so that each count is fixed whatever the
analyser finds) and short articles run through the analyser, whose quotes are printed
in the test's comments.
"""

from __future__ import annotations

import builtins
import dataclasses
from pathlib import Path
from typing import Any

import pytest

import attribution
from attribution import Analysis, Entity, Hedge, Quote, Span, Speaker
from attribution.errors import LexiconError
from attribution.resources import STANCES, CueLexicon, Resources
from attribution.sourcing import Profile, count_words, profile
from attribution.types import Furniture

# --- results built by hand ------------------------------------------------------------------

TEXT = (
    "“We will win,” Ann Lee said. “We always do.”\n\n"  # 0..44
    "“Keep going.”\n\n"  # 46..59
    "Officials claimed the vote may be late. "  # 61..
    "The party admitted defeat, according to a report. "
    "Someone frobbed that it was over."
)


def _span(text: str, part: str, after: int = 0) -> Span:
    start = text.index(part, after)
    return Span.of(text, start, start + len(part))


def hand_made() -> Analysis:
    """Ann Lee: one quotation in three pieces (group 0) and nothing else; officials
    (anonymous): one hedged indirect quote ("may", not embedded); the party: one with an
    embedded hedge only; a report (no entity): an according-to quote; one unattributed
    quote with a cue the lexicon lacks."""
    t = TEXT
    ann = Entity("e1", "Ann Lee", "person", "female", (_span(t, "Ann Lee"),), ("a nurse",))
    officials = Entity("e2", "Officials", "anonymous", None, (_span(t, "Officials"),))
    party = Entity("e3", "The party", "organization", None, (_span(t, "The party"),))
    ann_sp = Speaker("Ann Lee", "person", _span(t, "Ann Lee"), None, "e1", "female")
    said = _span(t, "said")
    may = Hedge(_span(t, "may"), "modal", 0.5)
    embedded = Hedge(_span(t, "defeat"), "modal", 0.5, embedded=True)
    quotes = [
        Quote(_span(t, "“We will win,”"), said, ann_sp, "direct", 0.9, group=0),
        Quote(_span(t, "“We always do.”"), said, ann_sp, "direct", 0.9, group=0,
              inherited=True),
        Quote(_span(t, "“Keep going.”"), None, ann_sp, "direct", 0.8, group=0,
              inherited=True),
        Quote(_span(t, "the vote may be late"), _span(t, "claimed"),
              Speaker("Officials", "anonymous", _span(t, "Officials"), None, "e2"),
              "indirect", 0.7, hedges=(may,), group=1),
        Quote(_span(t, "defeat"), _span(t, "admitted"),
              Speaker("The party", "organization", _span(t, "The party"), None, "e3"),
              "indirect", 0.7, hedges=(embedded,), group=2),
        Quote(_span(t, "The party admitted defeat"), _span(t, "according to"),
              Speaker("report", "document", _span(t, "a report")), "according_to", 0.6,
              group=3),
        Quote(_span(t, "it was over"), _span(t, "frobbed"), None, "indirect", 0.5, group=4),
    ]
    return Analysis(quotes, [may, embedded], [ann, officials, party], text=t)


def test_the_example_in_the_docstring() -> None:
    import doctest

    from attribution.sourcing import build

    assert doctest.testmod(build, optionflags=doctest.ELLIPSIS).failed == 0


def test_words_are_runs_of_letters_and_digits() -> None:
    assert count_words("Russia’s long-range drones, in 2024 — “can’t” stop.") == 7
    assert count_words("“ … ”") == 0


def test_an_article_by_hand() -> None:
    art = profile(hand_made()).articles[0]
    assert art.quotes == 5  # the three pieces of group 0 are one quotation
    assert art.words_quoted == 3 + 3 + 2 + 5 + 1 + 4 + 3
    assert art.words == count_words(TEXT) == 32
    assert art.chars == len(TEXT)
    assert art.unattributed == 1
    assert art.hedged == 1  # the embedded hedge leaves its quotation unhedged
    assert [s.name for s in art.sources] == ["Ann Lee", "Officials", "report", "The party"]
    assert art.sources_by_kind == {"person": 1, "organization": 1, "anonymous": 1,
                                   "media": 0, "document": 1, "unknown": 0}
    assert art.sources_by_gender == {"female": 1, "male": 0, "unstated": 1}
    assert art.quotes_by_kind == {"person": 1, "organization": 1, "anonymous": 1,
                                  "media": 0, "document": 1, "unknown": 0, "none": 1}
    assert art.anonymous_share == pytest.approx(1 / 5)
    assert art.hedged_share == pytest.approx(1 / 5)
    assert art.top_source is not None and art.top_source.name == "Ann Lee"
    assert art.top_source_share == pytest.approx(8 / 21)
    assert art.stances == {"neutral": 2, "endorsing": 0, "insisting": 0, "doubting": 1,
                           "conceding": 1, "charged": 0, "unlisted": 1}


def test_each_source_of_the_hand_made_article() -> None:
    ann, officials, report, party = profile(hand_made()).articles[0].sources
    assert (ann.entity, ann.kind, ann.gender, ann.description) == (
        "e1", "person", "female", "a nurse")
    assert (ann.quotes, ann.words, ann.hedged) == (1, 8, 0)
    assert ann.quote_kinds == {"direct": 1, "mixed": 0, "indirect": 0, "according_to": 0}
    assert ann.direct_share == 1.0 and ann.indirect_share == 0.0
    assert ann.cues == {"say": 1} and ann.stances["neutral"] == 1
    assert (ann.first_quote, ann.first_char, ann.first_share) == (1, 0, 0.0)
    assert (officials.quotes, officials.words, officials.hedged_share) == (1, 5, 1.0)
    assert officials.cues == {"claim": 1} and officials.stances["doubting"] == 1
    assert officials.first_quote == 2
    assert officials.first_char == TEXT.index("the vote")
    assert officials.first_share == pytest.approx(TEXT.index("the vote") / len(TEXT))
    assert party.cues == {"admit": 1} and party.stances["conceding"] == 1
    assert party.hedged == 0
    assert report.entity is None and report.kind == "document"  # no entity: name and kind
    assert report.according_to_share == 1.0 and report.cues == {"according to": 1}


def test_a_result_read_without_its_text_has_no_word_count() -> None:
    d = hand_made().to_dict()  # what batch writes: no text
    art = profile([d]).articles[0]
    assert art.words is None and art.chars is None and art.quoted_share is None
    assert art.words_quoted == 21 and art.sources[0].first_share is None
    with_text = profile([hand_made().to_dict(include_text=True)]).articles[0]
    assert with_text.words == 32 and with_text.quoted_share == pytest.approx(21 / 32)


def test_furniture_words_are_not_the_article_s() -> None:
    text = "“Yes,” Bo said.\nShare this article"
    furniture = Furniture(16, 34, text[16:34], "share")
    res = Analysis([], [], [], text=text, furniture=[furniture])
    assert profile(res).articles[0].words == 3


def test_an_empty_result_counts_nothing() -> None:
    art = profile(Analysis(text="")).articles[0]
    assert (art.quotes, art.words, art.words_quoted) == (0, 0, 0)
    assert art.anonymous_share is None and art.top_source is None
    assert art.top_source_share is None and art.hedged_share is None


# --- the analyser's results, grouped -----------------------------------------------------------

NYT = (
    "Mary Smith, a nurse, said the ward was full. “We cannot cope,” she said.\n\n"
    "Officials admitted that the plan may fail."
)
# Mary Smith (person, female, e1): indirect "said" + direct "said" (7 words); Officials
# (anonymous): indirect "admitted", hedged by "may" (4 words).
POST = (
    "“We will win,” said Mary Smith. “It is certain,” she added.\n\n"
    "Anonymous officials insisted the vote was fair. John Brown claimed it was rigged."
)
# Mary Smith: two direct quotes (said, added; 6 words); Anonymous officials: insisted
# (4 words); John Brown (person, gender unstated): claimed (3 words).


@pytest.fixture(scope="module")
def two_outlets() -> Profile:
    results = [
        (attribution.analyze(NYT), {"id": "a1", "outlet": "nyt"}),
        (attribution.analyze(POST), {"id": "a2", "outlet": "post"}),
    ]
    return profile(results, by="outlet")


def test_articles_of_the_analyser(two_outlets: Profile) -> None:
    nyt, post = two_outlets.articles
    assert (nyt.id, nyt.group, nyt.fields) == ("a1", "nyt", {"outlet": "nyt"})
    assert [(s.name, s.kind, s.gender, s.quotes, s.words) for s in nyt.sources] == [
        ("Mary Smith", "person", "female", 2, 7), ("Officials", "anonymous", None, 1, 4)]
    assert nyt.anonymous_share == pytest.approx(1 / 3)
    assert nyt.top_source_share == pytest.approx(7 / 11)
    assert nyt.hedged == 1 and nyt.stances["conceding"] == 1 and nyt.stances["neutral"] == 2
    assert [(s.name, s.quotes, s.words) for s in post.sources] == [
        ("Mary Smith", 2, 6), ("Anonymous officials", 1, 4), ("John Brown", 1, 3)]
    assert post.sources_by_gender == {"female": 1, "male": 0, "unstated": 2}
    assert post.stances["insisting"] == 1 and post.stances["doubting"] == 1
    assert post.sources[0].cues == {"add": 1, "say": 1}


def test_groups_and_the_corpus(two_outlets: Profile) -> None:
    assert two_outlets.by == "outlet"
    assert [g.group for g in two_outlets.groups] == ["nyt", "post"]
    corpus = two_outlets.corpus
    assert corpus.group is None and corpus.label == "all"
    assert (corpus.articles, corpus.quotes, corpus.words_quoted) == (2, 7, 24)
    assert corpus.source_appearances == 5
    assert corpus.sources_by_kind["person"] == 3 and corpus.sources_by_kind["anonymous"] == 2
    assert corpus.sources_by_gender == {"female": 2, "male": 0, "unstated": 3}
    assert corpus.anonymous_share == pytest.approx(2 / 7)
    # Mary Smith spoke in both articles: one pooled source of 13 words out of 24.
    mary = corpus.sources[0]
    assert (mary.name, mary.articles, mary.quotes, mary.words) == ("Mary Smith", 2, 4, 13)
    assert mary.gender == "female" and mary.first_quote is None
    assert mary.first_share == pytest.approx((NYT.index("the ward") / len(NYT) + 0) / 2)
    assert corpus.top_source_share == pytest.approx(13 / 24)
    # "Officials" and "Anonymous officials" are different descriptions: not pooled.
    assert len(corpus.sources) == 4


def test_tables(two_outlets: Profile) -> None:
    groups = two_outlets.rows("groups")
    assert [r["group"] for r in groups] == ["nyt", "post", "all"]
    assert groups[0]["people_female"] == 1 and groups[2]["sources"] == 4
    sources = two_outlets.rows("sources")
    assert [(r["doc_id"], r["source"]) for r in sources][:2] == [
        ("a1", "Mary Smith"), ("a1", "Officials")]
    assert sources[0]["cues"] == "say 2" and sources[0]["direct_share"] == 0.5
    pooled = two_outlets.rows("corpus_sources")
    assert {r["group"] for r in pooled} == {"nyt", "post"}
    assert len(two_outlets.rows("articles")) == 2
    with pytest.raises(ValueError, match="table must be one of"):
        two_outlets.rows("people")  # type: ignore[arg-type]


def test_to_dataframe(two_outlets: Profile) -> None:
    pytest.importorskip("pandas")
    df = two_outlets.to_dataframe("sources")
    assert list(df["source"]) == ["Mary Smith", "Officials", "Mary Smith",
                                  "Anonymous officials", "John Brown"]
    assert two_outlets.to_dataframe("groups")["quotes"].tolist() == [3, 4, 7]


def test_to_dataframe_without_pandas_names_the_extra(
    two_outlets: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_pandas(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas":
            raise ImportError("No module named 'pandas'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pandas)
    with pytest.raises(ImportError, match=r"attribution-nlp\[pandas\]"):
        two_outlets.to_dataframe()


def test_to_dict_is_json_safe(two_outlets: Profile) -> None:
    import json

    d = json.loads(json.dumps(two_outlets.to_dict()))
    assert d["by"] == "outlet" and len(d["articles"]) == 2
    assert d["corpus"]["sources"][0]["name"] == "Mary Smith"
    assert d["articles"][0]["sources"][0]["cues"] == {"say": 2}


# --- the shapes profile takes ------------------------------------------------------------------


def test_one_analysis_and_the_ways_in() -> None:
    res = attribution.analyze(NYT)
    one = profile(res)
    assert len(one.articles) == 1 and one.groups == (one.corpus,)
    assert profile({"x": res}).articles[0].id == "x"
    assert profile([("y", res)]).articles[0].id == "y"
    assert profile([(res, "z")]).articles[0].id == "z"
    record = {"id": "r", "line": 3, "record_hash": "0" * 16, "outlet": "nyt",
              **res.to_dict()}
    art = profile([record], by="outlet").articles[0]
    assert (art.id, art.group, art.fields) == ("r", "nyt", {"outlet": "nyt"})
    assert profile([{"error": "bad record"}, res]).corpus.articles == 1


def test_grouping_by_mapping_function_and_missing_fields() -> None:
    res = attribution.analyze(NYT)
    p = profile({"a": res, "b": res, "c": res}, by={"a": "left", "b": "right"})
    assert [g.group for g in p.groups] == ["left", "right", None]  # missing: last
    assert p.groups[2].label == "(none)" and not p.groups[2].whole and p.corpus.whole
    p = profile([res, res], by=lambda a: a.id % 2)
    assert [g.group for g in p.groups] == ["0", "1"]  # JSON of the value


def test_bad_input_says_what_to_do() -> None:
    res = attribution.analyze(NYT)
    with pytest.raises(ValueError, match="no article has a field 'outlet'"):
        profile([res], by="outlet")
    with pytest.raises(TypeError, match="profile takes an Analysis"):
        profile("some text")
    with pytest.raises(TypeError, match=r"results\[0\]: a dict without 'quotes'"):
        profile([{"text": "x"}])
    with pytest.raises(attribution.ResultFormatError, match=r"results\[0\]"):
        profile([{"quotes": [{"kind": "shouted"}], "hedges": []}])
    with pytest.raises(TypeError, match="by must be"):
        profile([res], by=3)  # type: ignore[arg-type]


# --- the stance column of the cue lexicon ----------------------------------------------------


def test_the_cue_lexicon_says_the_writer_s_stance() -> None:
    cues = Resources.default().cues
    stance = {w: cues.entry_for(w).stance for w in  # type: ignore[union-attr]
              ("said", "told", "according to", "claimed", "alleged", "admitted",
               "conceded", "insisted", "pointed out", "revealed", "boasted", "slammed")}
    assert stance == {
        "said": "neutral", "told": "neutral", "according to": "neutral",
        "claimed": "doubting", "alleged": "doubting", "admitted": "conceding",
        "conceded": "conceding", "insisted": "insisting", "pointed out": "endorsing",
        "revealed": "endorsing", "boasted": "charged", "slammed": "charged",
    }
    assert {e.stance for e in cues.entries} == set(STANCES)
    assert cues.entry_for("Said  in a statement").lemma == "say"  # type: ignore[union-attr]
    assert cues.entry_for("frobbed") is None and cues.entry_for(" ") is None


HEADER = "lemma\tforms\tcue_type\tframe\tinvert\tstance\tsource\n"


def test_a_lexicon_without_the_column_reads_neutral(tmp_path: Path) -> None:
    path = tmp_path / "cues.tsv"
    path.write_text("lemma\tforms\tcue_type\tframe\tinvert\tsource\n"
                    "claim\tclaim|claimed\tspeech\tsay\t1\tme\n", encoding="utf-8")
    assert CueLexicon.load(path).entries[0].stance == "neutral"


def test_a_bad_stance_is_a_lexicon_error(tmp_path: Path) -> None:
    path = tmp_path / "cues.tsv"
    path.write_text(HEADER + "claim\tclaim|claimed\tspeech\tsay\t1\tsneaky\tme\n",
                    encoding="utf-8")
    with pytest.raises(LexiconError, match=r"line 2, column 6 \(stance\): 'sneaky'"):
        CueLexicon.load(path)


def test_a_user_lexicon_changes_the_profile(tmp_path: Path) -> None:
    path = tmp_path / "cues.tsv"
    path.write_text(HEADER + "say\tsay|said\tspeech\tsay\t1\tcharged\tme\n", encoding="utf-8")
    res = attribution.analyze(NYT)
    p = profile(res, resources=Resources.load(cues=path))
    assert p.corpus.stances["charged"] == 2 and p.corpus.stances["unlisted"] == 1


def _source(name: str, kind: str = "person", gender: str | None = None) -> Any:
    from attribution.sourcing import SourceProfile

    return SourceProfile(name, kind, gender, 1, 2, {"direct": 1}, 0, {"say": 1},  # type: ignore[arg-type]
                         {"neutral": 1})


def test_pooling_joins_a_surname_to_the_one_full_name_and_takes_the_gender_most_state() -> None:
    from attribution.sourcing.count import group_profile

    empty = profile(Analysis(text="")).articles[0]

    def article(*sources: Any) -> Any:
        return dataclasses.replace(empty, sources=sources)

    arts = [article(_source("Barack Obama", gender="male")), article(_source("Obama")),
            article(_source("Obama", gender="male")), article(_source("the Obama's")),
            article(_source("Trump")), article(_source("Donald Trump")),
            article(_source("Ivanka Trump")), article(_source("Obama", "organization"))]
    pooled = {(s.name, s.kind): (s.articles, s.gender) for s in group_profile(arts).sources}
    assert pooled == {
        ("Barack Obama", "person"): (4, "male"),
        ("Trump", "person"): (1, None),  # two Trumps: "Trump" stays apart
        ("Donald Trump", "person"): (1, None), ("Ivanka Trump", "person"): (1, None),
        ("Obama", "organization"): (1, None),
    }
    two_to_one = [article(_source("Ann Lee", gender="female")),
                  article(_source("Ann Lee", gender="female")),
                  article(_source("Ann Lee", gender="male")), article(_source("Ann Lee"))]
    assert group_profile(two_to_one).sources[0].gender == "female"
    tie = [article(_source("Ann Lee", gender="female")), article(_source("Ann Lee", gender="male"))]
    assert group_profile(tie).sources[0].gender is None
    apart = [article(_source("Michelle Obama", gender="female")),
             article(_source("Obama", gender="male"))]
    assert [s.name for s in group_profile(apart).sources] == ["Michelle Obama", "Obama"]


def test_a_colon_cue_is_counted_as_such() -> None:
    text = "The senator: “We will win.”"
    q = Quote(Span.of(text, 13, 27), Span.of(text, 11, 12),
              Speaker("senator", "anonymous", Span.of(text, 4, 11)), "direct", 0.8)
    art = profile(Analysis([q], text=text)).articles[0]
    assert art.sources[0].cues == {"(colon)": 1} and art.stances["unlisted"] == 1
