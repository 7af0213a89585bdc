"""Unit tests of the speaker-resolution benchmark (benchmarks/speakers.py and
speaker_metrics.py): name rules, gold parsing, row matching, people sets, gender adapter.

Everything here is inline or in benchmarks/speakers_gold; nothing reads ../shared.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from accuracy import Pred
from polnear import Article, GoldAttribution
from speaker_metrics import (
    COLUMNS,
    GenderTally,
    GoldFormatError,
    GoldSource,
    check_offsets,
    entity_genders,
    gold_people,
    load_gold,
    normalize_name,
    pair_names,
    parse_gold,
    people_scores,
    resolves,
    same_name,
)
from speakers import match_rows, resolution_table

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def source(canonical: str, kind: str = "person", gender: str = "-", **kw: object) -> GoldSource:
    fields = {
        "article": "a",
        "start": 0,
        "end": 1,
        "mention": "x",
        "mention_type": "pronoun",
        "entity": "e1",
        "canonical": canonical,
        "kind": kind,
        "gender": gender,
    }
    fields.update(kw)
    return GoldSource(**fields)  # type: ignore[arg-type]


# --- names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("Mr. Trump's", "trump"),
        ("President Barack Obama", "barack obama"),
        ("the Tax Policy Center", "tax policy center"),
        ("Sen. Lindsey Graham", "lindsey graham"),
        ("Justin\u200b Trudeau", "justin trudeau"),  # zero-width space inside a name
        ("O’Neill", "o neill"),
        ("Davis’", "davis"),
        ("The", "the"),  # a lone word is kept even if it is a determiner
    ],
)
def test_normalize_name(raw: str, normal: str) -> None:
    assert normalize_name(raw) == normal


def test_surname_alone_does_not_name_a_full_name_entity() -> None:
    assert not same_name("Trump", "Donald Trump")
    assert not same_name("Butterfield", "G.K. Butterfield")


def test_middle_initials_and_suffixes_are_optional() -> None:
    assert same_name("Donald Trump", "Donald J. Trump")
    assert same_name("Joseph Biden Jr.", "Joseph R. Biden Jr.")
    assert same_name("Mr. O'Neill", "O’Neill")


def test_longer_or_different_names_are_wrong() -> None:
    assert not same_name("Hillary Clinton", "Bill Clinton")
    assert not same_name("Donald Trump Jr.", "Donald Trump")  # the son is someone else
    assert not same_name("", "Trump")


def test_groups_need_every_member_named() -> None:
    group = source("Jon Tester | David Vitter")
    assert group.is_group and group.members == ("Jon Tester", "David Vitter")
    assert resolves("Jon Tester and David Vitter", group)
    assert not resolves("Tester and Vitter", group)
    assert not resolves("Jon Tester", group)


def test_unresolvable_rows_are_never_right() -> None:
    row = source("-", kind="unknown")
    assert not row.resolvable
    assert not resolves("-", row)
    assert not resolves(None, source("Hillary Clinton"))


# --- gold files -----------------------------------------------------------------------

HEADER = "\t".join(COLUMNS)


def test_parse_gold_reads_rows() -> None:
    rows = parse_gold([HEADER, "art\t5\t7\the\tpronoun\tdt\tDonald Trump\tperson\tm\t"])
    assert rows == [
        source(
            "Donald Trump",
            gender="m",
            article="art",
            start=5,
            end=7,
            mention="he",
            entity="dt",
            note="",
        )
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["article\tstart"],
        [HEADER, "art\t5\t7\the\tpronoun\tdt\tDonald Trump\tperson"],
        [HEADER, "art\t5\t7\the\tpronominal\tdt\tDonald Trump\tperson\tm\t"],
        [HEADER, "art\t5\t7\the\tpronoun\tdt\tDonald Trump\tperson\tmale\t"],
    ],
)
def test_parse_gold_rejects_bad_shapes(lines: list[str]) -> None:
    with pytest.raises(GoldFormatError):
        parse_gold(lines)


def test_check_offsets_reports_spans_that_do_not_fit() -> None:
    text = "Yesterday he said so."
    good = source("X", start=10, end=12, mention="he")
    shifted = source("X", start=9, end=11, mention="he")
    long = source("X", start=0, end=9, mention="Yesterday …")
    assert check_offsets(text, [good, long]) == []
    assert len(check_offsets(text, [shifted])) == 1
    assert len(check_offsets(text, [source("X", start=5, end=99)])) == 1


@pytest.mark.parametrize("split", ["dev", "train"])
def test_packaged_gold_parses(split: str) -> None:
    path = BENCH / "speakers_gold" / f"polnear_{split}.tsv"
    if not path.exists():
        pytest.skip(f"{path.name} not written yet")
    gold = load_gold(path)
    rows = [r for rows in gold.values() for r in rows]
    assert rows and all(r.start < r.end for r in rows)
    for article_rows in gold.values():
        keys = [(r.start, r.end) for r in article_rows]
        assert len(keys) == len(set(keys)), "one row per source span"
        entity_names: dict[str, str] = {}
        for r in article_rows:
            assert entity_names.setdefault(r.entity, r.canonical) == r.canonical


def test_dev_gold_has_enough_pronouns_and_descriptions() -> None:
    rows = [r for rs in load_gold(BENCH / "speakers_gold" / "polnear_dev.tsv").values() for r in rs]
    assert sum(r.mention_type in ("pronoun", "description") for r in rows) >= 300


# --- matching rows --------------------------------------------------------------------

TEXT = "Ann Lee said: “We win.” He said it was over. The mayor said no."
# spans: Ann Lee 0-7, “We win.” 14-23, He 24-26, it was over 32-43, The mayor 45-54, no 60-62


def _attribution(content: tuple[int, int], src: tuple[int, int], k: int) -> GoldAttribution:
    return GoldAttribution(f"E{k}", (content,), (src,), ())


def _pred(content: tuple[int, int], speaker: tuple[int, int] | None, name: str | None) -> Pred:
    return Pred(
        content=(content,),
        speaker=(speaker,) if speaker else (),
        cue=(),
        kind="direct",
        cue_type="speech",
        speaker_name=name,
        speaker_kind="person",
    )


def test_match_rows_sorts_rows_by_what_the_library_did() -> None:
    article = Article(
        "a",
        TEXT,
        (
            _attribution((14, 23), (0, 7), 1),  # Ann Lee: “We win.”
            _attribution((32, 43), (24, 26), 2),  # He: it was over
            _attribution((60, 62), (45, 54), 3),  # The mayor: no
        ),
        "x",
    )
    rows = [
        source("Ann Lee", start=0, end=7, mention="Ann Lee", mention_type="full_name"),
        source("Ann Lee", start=24, end=26, mention="He", mention_type="pronoun"),
        source("Bo Day", start=45, end=54, mention="The mayor", mention_type="description"),
    ]
    preds = [
        _pred((14, 23), (0, 7), "Ann Lee"),  # right
        _pred((32, 43), (24, 26), "Lee"),  # matched, surname only: wrong
        _pred((60, 62), (0, 7), "Ann Lee"),  # content found, mention elsewhere
    ]
    results = match_rows(article, rows, preds)
    assert [(r.status, r.correct) for r in results] == [
        ("matched", True),
        ("matched", False),
        ("other_mention", False),
    ]
    assert [r.predicted for r in results] == ["Ann Lee", "Lee", None]
    no_preds = match_rows(article, rows, [])
    assert {r.status for r in no_preds} == {"no_quote"}
    table = resolution_table(results, "mention_type", ["pronoun", "description"])
    assert table["pronoun"]["matched"] == 1 and table["pronoun"]["accuracy"] == 0.0
    assert table["all"]["correct"] == 1 and table["all"]["other_mention"] == 1


def test_match_rows_needs_half_of_both_contents() -> None:
    article = Article("a", TEXT, (_attribution((14, 23), (0, 7), 1),), "x")
    rows = [source("Ann Lee", start=0, end=7, mention="Ann Lee")]
    too_long = _pred((0, 63), (0, 7), "Ann Lee")
    assert match_rows(article, rows, [too_long])[0].status == "no_quote"


# --- people sets ----------------------------------------------------------------------


def test_gold_people_takes_persons_and_group_members() -> None:
    rows = [
        source("Donald Trump", gender="m"),
        source("Jon Tester | David Vitter"),
        source("FBI", kind="organization"),
        source("-", kind="unknown"),
        source("senior official", kind="anonymous"),
    ]
    assert gold_people(rows) == {"Donald Trump": "m", "Jon Tester": "-", "David Vitter": "-"}


def test_pair_names_is_one_to_one() -> None:
    pairs = pair_names(
        ["Donald J. Trump", "Hillary Clinton"], ["Donald Trump", "Trump", "Hillary Clinton"]
    )
    assert pairs == [("Hillary Clinton", "Hillary Clinton"), ("Donald J. Trump", "Donald Trump")]


def test_people_scores_micro_and_macro() -> None:
    scores = people_scores(
        [
            (["Ann Lee", "Bo Day"], ["Ann Lee"]),  # P 1, R 0.5
            (["Cy Fox"], ["Cy Fox", "Fox"]),  # P 0.5, R 1
            ([], []),  # no gold, no predictions: left out of the means
        ]
    )
    micro = scores["micro"]
    assert (micro.gold, micro.pred, micro.matched) == (3, 3, 2)
    assert micro.precision == pytest.approx(2 / 3) and micro.recall == pytest.approx(2 / 3)
    assert scores["macro"]["precision"] == pytest.approx(0.75)
    assert scores["macro"]["recall"] == pytest.approx(0.75)
    assert scores["macro"]["f1"] == pytest.approx(2 / 3)


# --- gender ---------------------------------------------------------------------------


def test_entity_genders_is_none_until_the_library_has_entities() -> None:
    assert entity_genders(SimpleNamespace(quotes=[])) is None


def test_entity_genders_reads_objects_and_dicts() -> None:
    analysis = SimpleNamespace(
        entities=[
            SimpleNamespace(id="e1", name="Mason Clark", kind="person", gender="male"),
            {"id": "e2", "name": "Jacinda Ardern", "kind": "person", "gender": "f"},
            {"id": "e3", "name": "ISW", "kind": "organization", "gender": None},
            {"id": "e4", "name": "Kwame Mensah", "kind": "person", "gender": None},
        ]
    )
    assert entity_genders(analysis) == {
        "Mason Clark": "m",
        "Jacinda Ardern": "f",
        "Kwame Mensah": None,
    }


def test_gender_tally_counts_stated_right_and_unsupported() -> None:
    tally = GenderTally()
    for gold, predicted in [("m", "m"), ("f", "m"), ("f", None), ("-", "f")]:
        tally.add(gold, predicted)
    assert (tally.people, tally.stated, tally.right, tally.stated_unsupported) == (4, 3, 1, 1)


def test_main_reports_missing_data_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from speakers import main

    assert main(["--data", str(tmp_path / "nowhere")]) == 1
    assert "no PolNeAR split" in capsys.readouterr().err
    bad = tmp_path / "gold.tsv"
    bad.write_text("not a header\n", encoding="utf-8")
    assert main(["--data", str(tmp_path), "--gold", str(bad)]) == 1
    assert "header" in capsys.readouterr().err
