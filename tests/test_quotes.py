"""Direct and mixed quotes: quote-mark styles, speaker positions, paragraphs."""

from __future__ import annotations

import pytest

import attribution
from attribution import Analyzer
from attribution.quotes.marks import find_quote_regions


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def quotes(an: Analyzer, text: str) -> list[tuple[str | None, str | None, str, str]]:
    """(speaker name, cue, kind, content) of every quote."""
    return [
        (q.speaker.name if q.speaker else None, q.cue.text if q.cue else None, q.kind,
         q.content.text)
        for q in an.analyze(text).quotes
    ]


@pytest.mark.parametrize(
    "opening, closing",
    [
        ("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"), ("‚", "‘"), ("‹", "›"),
        ("「", "」"), ("''", "''"), ("»", "«"),
    ],
)
def test_every_quote_mark_style(an: Analyzer, opening: str, closing: str) -> None:
    text = f"{opening}We will not back down,{closing} the minister said."
    assert quotes(an, text) == [
        ("minister", "said", "direct", f"{opening}We will not back down,{closing}")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russia’s army doesn’t want the ’90s back, he said in an interview on Monday.",
        "The students’ union met. Rock ’n’ roll isn’t dead, 'tis said.",
    ],
)
def test_apostrophes_are_not_quote_marks(text: str) -> None:
    assert [r for r in find_quote_regions(text) if r.depth == 0 and r.end - r.start > 4] == []


def test_nested_quotes_are_one_quote(an: Analyzer) -> None:
    text = "“He told me ‘never again’ and left,” she said."
    assert quotes(an, text) == [
        ("she", "said", "direct", "“He told me ‘never again’ and left,”")
    ]


@pytest.mark.parametrize("text", [
    "''She'd look at me and say, 'What did he mean by that?''' Mr. Biden said.",
    "''Part of my job is to say: 'Hey, he's for real,''' Mr. English said.",
])
def test_three_apostrophes_close_the_inner_quote_then_the_outer(an: Analyzer,
                                                                 text: str) -> None:
    # In the double-apostrophe style (''…''), a quote inside a quote that ends with it
    # closes with ' and then '': the run of three is one closing mark of each depth.
    end = text.index("''' ") + 3
    outer = [r for r in find_quote_regions(text) if r.depth == 0]
    assert [(r.start, r.end) for r in outer] == [(0, end)]
    speaker = text[end + 1 :].split(" said")[0].split()[-1]  # the surname
    assert quotes(an, text) == [(speaker, "said", "direct", text[:end])]


def test_speaker_before_with_colon(an: Analyzer) -> None:
    text = "The senator said: “We have the votes.”"
    assert quotes(an, text) == [("senator", "said", "direct", "“We have the votes.”")]


def test_speaker_after_and_inverted(an: Analyzer) -> None:
    a = quotes(an, "“It is over,” Smith said.")
    b = quotes(an, "“It is over,” said Smith.")
    assert a == b == [("Smith", "said", "direct", "“It is over,”")]


def test_speaker_in_the_middle_covers_both_halves(an: Analyzer) -> None:
    text = "“We are ready,” she said. “The talks start on Monday.”"
    got = quotes(an, text)
    assert got == [
        ("she", "said", "direct", "“We are ready,”"),
        ("she", "said", "direct", "“The talks start on Monday.”"),
    ]


def test_interrupted_sentence_quote(an: Analyzer) -> None:
    text = "“The risk,” said Edward Leamer, “is that we lose jobs.”"
    got = quotes(an, text)
    assert [g[3] for g in got] == ["“The risk,”", "“is that we lose jobs.”"]
    assert {g[0] for g in got} == {"Edward Leamer"}


def test_appositive_gives_description(an: Analyzer) -> None:
    text = (
        "Frederick W Kagan, a military expert at the American Enterprise Institute, said: "
        "“This is a failure.”"
    )
    (q,) = an.analyze(text).quotes
    assert q.speaker is not None
    assert q.speaker.name == "Frederick W Kagan"
    assert q.speaker.kind == "person"
    assert q.speaker.description == "a military expert at the American Enterprise Institute"


def test_title_before_name(an: Analyzer) -> None:
    text = "“It has spread,” Ukrainian presidential adviser Oleksiy Arestovych said on Monday."
    (q,) = an.analyze(text).quotes
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.name == "Oleksiy Arestovych"
    assert q.speaker.mention.text == "Ukrainian presidential adviser Oleksiy Arestovych"
    assert q.speaker.description == "Ukrainian presidential adviser"
    assert q.speaker.kind == "person"


def test_addressee_is_not_the_speaker(an: Analyzer) -> None:
    text = "Mason Clark told The New York Times: “The Kremlin should be alarmed.”"
    (q,) = an.analyze(text).quotes
    assert q.speaker is not None and q.speaker.name == "Mason Clark"
    assert q.cue is not None and q.cue.text == "told"


def test_quote_running_over_paragraphs_is_one_quote(an: Analyzer) -> None:
    text = (
        "The governor said: “First, we will rebuild the bridge.\n\n"
        "“Second, we will repair the roads.\n\n"
        "“Third, we will pay for it.”\n\nThe meeting ended."
    )
    (q,) = an.analyze(text).quotes
    assert q.content.text.startswith("“First") and q.content.text.endswith("pay for it.”")
    assert q.speaker is not None and q.speaker.name == "governor"


def test_quote_paragraph_without_cue_takes_neighbours_speaker(an: Analyzer) -> None:
    text = (
        "“We will win this election,” Clinton said.\n\n"
        "“Nobody should doubt that for a minute.”"
    )
    got = quotes(an, text)
    assert got[1] == ("Clinton", None, "direct", "“Nobody should doubt that for a minute.”")


def test_unbalanced_marks_never_raise_and_the_rest_is_recovered(an: Analyzer) -> None:
    text = (
        "“This quote never closes, the mayor said.\n\n"
        "“And neither does this one\n\n"
        "Later, Smith said: “The budget is fine.”"
    )
    got = quotes(an, text)
    assert ("Smith", "said", "direct", "“The budget is fine.”") in got


def test_mixed_quote_is_one_quote_with_the_whole_clause(an: Analyzer) -> None:
    text = (
        "The Biden administration announced last month that these drones had suffered "
        "“numerous failures”."
    )
    assert quotes(an, text) == [
        ("Biden administration", "announced", "mixed",
         "these drones had suffered “numerous failures”")
    ]


def test_mixed_quote_before_its_source(an: Analyzer) -> None:
    text = "Russia “continues to suffer from severe shortages,” the US official said."
    (q,) = an.analyze(text).quotes
    assert q.kind == "mixed"
    assert q.content.text == "Russia “continues to suffer from severe shortages,”"


@pytest.mark.parametrize(
    "text",
    [
        "She sang the song “Come Together” at the concert.",
        "The so-called “experts” were wrong again.",
        "He read “War and Peace” twice last year.",
    ],
)
def test_scare_quotes_and_titles_are_not_quotes(an: Analyzer, text: str) -> None:
    assert an.analyze(text).quotes == []


def test_content_keeps_marks_and_excludes_cue_and_speaker(an: Analyzer) -> None:
    text = "“We hope to buy more,” they added."
    (q,) = an.analyze(text).quotes
    assert q.content.text == "“We hope to buy more,”"
    assert q.cue is not None and q.cue.text == "added"
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "they"


def test_offsets_index_the_exact_input(an: Analyzer) -> None:
    text = "\ufeff  “Crème brûlée is 🍮 good,”\u00a0the chef said.\r\n"
    res = an.analyze(text)
    assert res.quotes
    for q in res.quotes:
        for span in (q.content, q.cue, q.speaker.mention if q.speaker else None):
            if span is not None:
                assert text[span.start:span.end] == span.text


def test_headline_colon_quote(an: Analyzer) -> None:
    text = "Trump: “I will win the nomination”\n\nThe campaign went on."
    (q,) = an.analyze(text).quotes
    assert q.speaker is not None and q.speaker.name == "Trump"
    assert q.kind == "direct"


def test_find_quotes_matches_analyze() -> None:
    text = "“It is done,” the mayor said."
    assert attribution.find_quotes(text) == attribution.analyze(text).quotes


def test_a_list_bullet_is_no_part_of_a_quotation() -> None:
    text = (
        "Headline here\n\n• “We will rebuild,” Mayor Ana Ruiz said.\n"
        "• “Nobody will be left behind,” Fire Chief Tom Bell said."
    )
    contents = [q.content.text for q in attribution.analyze(text).quotes]
    assert contents == ["“We will rebuild,”", "“Nobody will be left behind,”"]


@pytest.mark.parametrize(("text", "content"), [
    # a participle after "and" before a noun is no verb: the clause's verb comes later
    ("The council says collections of clinical waste and assisted collections for elderly "
     "residents are continuing.",
     "collections of clinical waste and assisted collections for elderly residents are "
     "continuing"),
    ("Forecaster Samantha Phillips said the heat and unsettled weather could last through "
     "the end of the week.",
     "the heat and unsettled weather could last through the end of the week"),
])
def test_a_participle_before_a_noun_after_and_is_no_predicate(
    an: Analyzer, text: str, content: str
) -> None:
    assert [q.content.text for q in an.analyze(text).quotes] == [content]


def test_a_cue_after_and_still_ends_a_noun_phrase_report(an: Analyzer) -> None:
    # "reported a loss … and added two floors": the firm's own verbs, no reported clause
    text = ("His firm, Keskin Yapı, reported a loss of 180 million liras last year and added "
            "two floors to its Defne project to cover costs.")
    assert an.analyze(text).quotes == []
