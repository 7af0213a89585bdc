"""Captions written as sentences, inserted between an article's paragraphs, change no
quote (issue 16; ``benchmarks/furniture.py`` at seeds 0–9).

Where the text says a quotation is due, a plain line is an interruption: news typography
opens every paragraph of a quotation that runs on with a quote mark and announces a
block quotation with a colon, so a short plain line standing between such a paragraph
and the one that opens with the mark is a caption or an editor's line the page put
there, set aside as furniture (kind ``caption``): it neither breaks the quotation nor
joins it. Elsewhere such a line is prose, and what it must not change is how far a
quote paragraph reaches for its speaker (a line announcing a quotation is its label),
which subject a pronoun continues (a sentence with no one as its subject realises no
center) and which entity is most salient (a sentence that mentions no one is no step of
salience's decay). A link that gives its own title lists nothing under it, so a headline
there is read. One phenomenon per test, each with its counter-examples.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from attribution import analyze
from attribution.furniture import find_furniture
from attribution.resources import Resources

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import furniture as F

CUES = Resources.default().cues.entries
REPORTING = frozenset(f for e in CUES for f in e.forms if " " not in f)
SPEECH = frozenset(
    f for e in CUES if e.cue_type in ("speech", "document") for f in e.forms if " " not in f
)
CAPTIONS = [
    "Firefighters work through the night at the site of the warehouse blaze.",
    "The new ferry terminal is expected to open in the spring.",
]

RUN_ON = (
    "Warehouse fire\n\n"
    "The owner of the warehouse spoke to reporters on Tuesday.\n\n"
    "“We will rebuild,” said Dana Whitfield, who has run the business since 1998. "
    "“It has stood here for ninety years and it will stand again.\n\n"
    "“Nobody lost a job tonight. Everybody will be back at work on Monday.\n\n"
    "“We owe that to the town and to the crews who saved the north wall.”\n\n"
    "The fire service said the cause was not yet known."
)
ANNOUNCED = (
    "Donors\n\n"
    "Small donors gave less this year than in 2012.\n\n"
    "The Harbour Times reports:\n\n"
    "“Just 24 percent of the contributors to the campaign have given $200 or less, "
    "well below the share of four years ago.”\n\n"
    "The campaign did not respond to a request for comment."
)


def interruptions(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_furniture(text, REPORTING, speech_words=SPEECH)
            if f.kind == "caption"]


def changes(text: str, at: int, line: str) -> list[str]:
    """What inserting ``line`` as a paragraph at offset ``at`` changes in the quotes
    (the benchmark's comparison: content span, kind, speaker)."""
    inserted = F.insert(text, [F.Block(at, line + "\n\n", ("caption",))])
    diff = F.compare(F.keys(analyze(text)), F.keys(analyze(inserted.text), inserted))
    return [f"changed {F._show(b)} -> {F._show(a)}" for b, a in diff.changed] + [
        f"lost {F._show(k)}" for k in diff.lost] + [f"added {F._show(k)}" for k in diff.added]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_inside_a_quotation_that_runs_on_is_an_interruption(caption: str) -> None:
    """Between a paragraph that leaves the quotation open and the one that continues it
    with a mark: set aside, the quotation keeps its pieces, cue and speaker."""
    before = analyze(RUN_ON)
    assert [q.speaker.name for q in before.quotes if q.speaker][:2] == ["Dana Whitfield"] * 2
    inside = [b.end for b in F.paragraph_breaks(RUN_ON) if b.in_quote]
    assert len(inside) == 2
    for at in inside:
        text = RUN_ON[:at] + caption + "\n\n" + RUN_ON[at:]
        assert interruptions(text) == [caption]
        assert changes(RUN_ON, at, caption) == []
        assert all(caption not in q.content.text for q in analyze(text).quotes)


def test_two_captions_and_furniture_inside_a_quotation_are_interruptions() -> None:
    at = RUN_ON.index("“Nobody")
    text = RUN_ON[:at] + CAPTIONS[0] + "\n\nAdvertisement\n\n" + CAPTIONS[1] + "\n\n" + RUN_ON[at:]
    assert interruptions(text) == [CAPTIONS[0], CAPTIONS[1]]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_between_an_announcement_and_its_quotation_is_an_interruption(
    caption: str,
) -> None:
    """"The Harbour Times reports:" announces the quotation that follows; a plain line
    between them is set aside and the quotation keeps its source."""
    at = ANNOUNCED.index("“Just")
    text = ANNOUNCED[:at] + caption + "\n\nSponsored Content\n\n" + ANNOUNCED[at:]
    assert interruptions(text) == [caption]
    speakers = [q.speaker.name for q in analyze(text).quotes if q.speaker]
    assert speakers == [q.speaker.name for q in analyze(ANNOUNCED).quotes if q.speaker]
    assert "Harbour Times" in speakers
    assert changes(ANNOUNCED, at, caption) == []


@pytest.mark.parametrize(
    "text",
    [
        # the writer closed the quotation: what follows is prose
        "Title\n\n“We will rebuild,” said Dana Whitfield.\n\n"
        "Firefighters worked through the night.\n\n“It will stand again,” she said.",
        # an unclosed quotation not continued by the next paragraph but the one after two
        # plain ones: a missing mark, and the lines are prose
        "Title\n\n“We will rebuild, said Dana Whitfield.\n\nThe fire started at night.\n\n"
        "Crews came from three towns.\n\nThe roof fell in at dawn.\n\n“It will stand,” she said.",
        # a verb of speech inside a quotation may be its attribution (a closing mark lost)
        "Title\n\n“We will rebuild, said Dana Whitfield.\n\nHer son said they would stay.\n\n"
        "“It will stand,” she said.",
        # a reporting verb after an announcement may be the report itself
        "Title\n\nThe Harbour Times reports:\n\nOfficials said the road would reopen.\n\n"
        "“The bridge is safe,” the mayor said.",
        # a list announced by "the following:" with one item a line: no paragraphs
        "Title\n\nHe has to accomplish the following:\n\nStop the leaks\nShow humility\n"
        "Fill the gaps in his plan.\n\n“I have learned a lot,” she said.",
        # a colon that announces nothing: prose
        "Title\n\nThe vote was close:\n\nTwelve members backed the plan.\n\n"
        "“We won,” the mayor said.",
        # a long paragraph is the article's, whatever stands around it
        "Title\n\n“We will rebuild,” said Dana Whitfield. “It will stand again.\n\n"
        "The warehouse, which employs forty people from the town and two more from the "
        "valley across the river, burned for nine hours on Monday.\n\n“We owe it to them.”",
    ],
)
def test_no_interruption_without_the_quotation_due(text: str) -> None:
    assert interruptions(text) == []


# --- a line announcing a quotation is its label ------------------------------------------

TRANSCRIPT = (
    "Pence on the debate\n\n"
    "On Sunday's broadcast of \"Weekly Report,\" Governor Mike Pence said the invitation "
    "was only meant to mock his rivals.\n\n"
    "{between}Partial transcript as follows:\n\n"
    "\"WALLACE: Will she be there tomorrow night?\n\n"
    "\"PENCE: She will not be attending the debate tomorrow night.\"\n\n"
)


def transcript_speakers(between: str) -> list[str | None]:
    text = TRANSCRIPT.format(between=between)
    return [q.speaker.name if q.speaker else None for q in analyze(text).quotes
            if "WALLACE" in q.content.text]


def test_an_announcing_line_is_no_paragraph_between_a_report_and_its_quotation() -> None:
    """A quote paragraph with no cue takes the speaker of the report within the two
    paragraphs before it; "Partial transcript as follows:" is the quotation's label, so a
    paragraph the page put before it (a caption written as a sentence, here in the past
    tense like prose) does not cost the transcript its speaker."""
    assert transcript_speakers("") == ["Mike Pence"]
    caption = "Firefighters worked through the night at the site of the warehouse blaze.\n\n"
    assert transcript_speakers(caption) == ["Mike Pence"]


def test_the_report_stays_within_reach_of_the_announced_quotation() -> None:
    """Two paragraphs between the report and the announcement: too far, as before."""
    assert transcript_speakers("The hall was full.\n\nThe hall was quiet.\n\n") == []


# --- a sentence with no one as its subject -----------------------------------------------

TOWN_HALL = (
    "Town hall\n\nPresident Barack Obama answered questions from voters on Wednesday "
    "night.\n\nDuring the town hall, Tina Houchins had a question for the president.\n\n"
    "{between}“As a Gold Star mother, my son gave his life for this country,” she said."
)


@pytest.mark.parametrize("between", ["", "The hall was quiet.\n\n", CAPTIONS[0] + "\n\n"])
def test_a_sentence_with_no_one_as_subject_keeps_the_subject_a_pronoun_continues(
    between: str,
) -> None:
    """Centering: "she" continues the subject of the sentence before; a sentence between
    them with no one as its subject (a caption, or prose: "The hall was quiet.") realises
    no center, so the subject continued is the one before it."""
    quotes = analyze(TOWN_HALL.format(between=between)).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Tina Houchins"]


def test_a_sentence_with_a_subject_of_its_own_is_the_one_continued() -> None:
    """A sentence between them whose subject can be "she" is continued instead."""
    between = "Later, Senator Maria Lopez took the microphone.\n\n"
    quotes = analyze(TOWN_HALL.format(between=between)).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["Maria Lopez"]


# --- a sentence that mentions no one -----------------------------------------------------

CLIMATE = [
    "Mr. Obama has spent eight years on the climate. Mr. Obama signed the Paris accord "
    "last year.",
    "Mrs. Clinton has embraced Mr. Obama's approach, promising to meet his goals.",
    "“It will be first-order business,” Mr. Podesta said.",
    "But Mrs. Clinton will face the same fire Mr. Obama has. He noted that Mrs. Clinton "
    "had been criticised in coal country.",
]


@pytest.mark.parametrize("caption", [*CAPTIONS, "The hall was quiet."])
def test_a_sentence_that_mentions_no_one_changes_no_pronoun(caption: str) -> None:
    """Salience halves with every sentence that mentions someone: "He noted …" weighs
    Mr. Obama (mentioned all along) against Mr. Podesta (who just spoke), a close call
    that a sentence mentioning nobody, wherever it stands, must not tip (it did when
    salience halved with every sentence: before Podesta's paragraph it aged Obama's
    earlier mentions by one more sentence than Podesta's)."""
    text = "\n\n".join(CLIMATE)
    expected = [(q.content.text, q.speaker.name if q.speaker else None)
                for q in analyze(text).quotes]
    assert ("Mrs. Clinton had been criticised in coal country", "Obama") in expected
    for k in range(1, len(CLIMATE)):
        at = text.index(CLIMATE[k])
        assert changes(text, at, caption) == [], k


def test_salience_counts_the_sentences_that_mention_someone() -> None:
    """The registry's clock: a sentence that mentions no entity is no step, one that
    mentions anyone is."""
    from attribution.speakers.entities import Registry

    def saliences(numbers: tuple[int, int, int, int]) -> tuple[float, float]:
        reg = Registry()
        a, b, c = reg.new("person", "A"), reg.new("person", "B"), reg.new("person", "C")
        reg.touch(a, numbers[0], 2.0)
        reg.touch(b, numbers[1], 3.0)
        reg.touch(c, numbers[2], 1.0)
        return reg.salience(a, numbers[3]), reg.salience(b, numbers[3])

    # sentences 0, 1, 2 and the pronoun's 3; then a sentence mentioning nobody before
    # each of them
    plain = saliences((0, 1, 2, 3))
    assert plain == (0.25, 0.75)
    assert saliences((0, 2, 3, 4)) == plain
    assert saliences((0, 1, 3, 4)) == plain
    assert saliences((0, 1, 2, 4)) == plain
    # a sentence that mentions someone else is a step: A and B fade
    reg = Registry()
    a, b = reg.new("person", "A"), reg.new("person", "B")
    reg.touch(a, 0, 2.0)
    reg.touch(b, 1, 1.0)
    assert reg.salience(a, 2) == 0.5
    assert reg.distance(0, 2) == 2 and reg.distance(1, 5) == 1
    # a sentence that quotes someone is a step too: the quotation is a speaker's turn
    reg.step(3)
    assert reg.distance(1, 5) == 2 and reg.salience(b, 5) == 0.25



NOMINEE = (
    "Campaign\n\nMike Pence said the ticket would win Ohio.\n\n"
    "Donald Trump says he and Pence have big plans for the final month.\n\n"
    "{between}The Republican presidential nominee noted Friday that his campaign has not "
    "spent much on television ads."
)


@pytest.mark.parametrize("between", ["", *(c + "\n\n" for c in CAPTIONS)])
def test_the_sentence_before_is_the_last_that_mentions_someone(between: str) -> None:
    """A definite role noun varies on the subject of the sentence before ("Donald Trump
    says …. The Republican presidential nominee noted …"); a sentence that mentions no
    one between them is no sentence before on salience's clock (it made the nominee
    someone new)."""
    quotes = analyze(NOMINEE.format(between=between)).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        "Mike Pence", "Donald Trump", "Donald Trump"
    ]


# --- a link that gives its own title -----------------------------------------------------

HEADLINE = "Wildfire smoke linked to rise in emergency visits for children, study finds"
SCIENCE = (
    "Science › Environment\n\n{above}"
    f"{HEADLINE}\n\n"
    "By Ingrid Solberg-Achebe, Science Correspondent\n\n"
    "Children living in areas hit by heavy wildfire smoke were more likely to visit an "
    "emergency department, according to a study published on Monday."
)


@pytest.mark.parametrize("above", [
    "", "RELATED: What we know so far about the bridge closure\n\n",
    "Samuel Oduya\n\nRead more: Inside the fight over the harbour expansion\n\n",
])
def test_a_headline_under_a_link_with_its_own_title_is_read(above: str) -> None:
    """"Read more" alone announces the linked headline on the next line; "Related: …"
    gives its own, so the line under it is no item of it: the article's headline there
    keeps its quote."""
    text = SCIENCE.format(above=above)
    lines = [text[f.start : f.end] for f in find_furniture(text, REPORTING, speech_words=SPEECH)]
    assert HEADLINE not in lines
    first = analyze(text).quotes[0]
    assert first.content.text == HEADLINE.partition(",")[0]
    assert first.speaker is not None and first.speaker.name == "study"


@pytest.mark.parametrize("prompt", ["Read more", "Related:", "Related Articles"])
def test_a_line_under_a_bare_link_prompt_is_the_link(prompt: str) -> None:
    """Below the headline, the line under a prompt alone is the story it links to,
    reporting verb or not."""
    linked = "Hospital chiefs say the winter will be the hardest yet"
    text = SCIENCE.format(above="") + f"\n\n{prompt}\n\n{linked}\n\nThe study ran for years."
    lines = [text[f.start : f.end] for f in find_furniture(text, REPORTING, speech_words=SPEECH)]
    assert linked in lines and HEADLINE not in lines
    assert all("winter" not in q.content.text for q in analyze(text).quotes)
