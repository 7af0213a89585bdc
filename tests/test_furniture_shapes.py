"""Shapes of page furniture the desk fixtures showed (issue 16), each on text of its own
and each with prose of a similar shape that stays prose: a section label in title case
above the headline, a caption with its credit after the full stop, a book review's
details line, advertising and donation notices, a promotional trailer of two sentences;
and beside the furniture, a wire dateline with a date and an agency of two words, and a
headline that quotes first and names its speaker after a colon."""

from __future__ import annotations

import pytest

from attribution import analyze
from attribution.furniture import find_furniture
from attribution.resources import Resources

REPORTING = frozenset(
    f for e in Resources.default().cues.entries for f in e.forms if " " not in f
)


def furniture_lines(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.kind) for f in find_furniture(text, REPORTING)]


def between_paragraphs(line: str) -> str:
    return f"Headline of the story\n\nThe minister spoke on Monday.\n\n{line}\n\nShe left."


# --- a section label in title case --------------------------------------------------------


@pytest.mark.parametrize("label", ["Middle East", "Premier League", "Life and Style",
                                   "Asia-Pacific"])
def test_a_title_case_section_label_above_the_headline_is_furniture(label: str) -> None:
    text = f"{label}\n\nCeasefire talks resume in Cairo after a week of strikes\n\nThe talks began."
    assert furniture_lines(text) == [(label, "navigation")]


@pytest.mark.parametrize(
    "first",
    [
        "Middle East leaders meet in Cairo",  # a headline that opens with a title-case phrase
        "Middle East peace talks resume.",  # a sentence
        "Obama Wins",  # a short title-case headline over a line that says no more
    ],
)
def test_a_headline_in_title_case_is_no_section_label(first: str) -> None:
    text = f"{first}\n\nElection Night Results\n\nThe count ended on Monday."
    assert first not in [line for line, _ in furniture_lines(text)]


def test_the_headline_under_a_title_case_label_is_read_as_a_headline() -> None:
    text = ("Middle East\n\nCeasefire talks will resume next week, says Egypt\n\n"
            "Talks between the two sides stalled in March.")
    quotes = analyze(text).quotes
    assert [(q.content.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("Ceasefire talks will resume next week", "Egypt")]


# --- a caption with its credit ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Firefighters work through the night at the site of the blaze. Photo / Supplied",
        "Fans celebrate outside the ground after the final whistle. Photograph: Sportsfile "
        "via Getty Images",
        "Mara Osei at her desk in Accra in 1994. Photograph: family handout",
        "Volunteers fill sandbags on the riverbank on Sunday. Image: Tom Reed/PA",
    ],
)
def test_a_caption_with_its_credit_is_furniture(line: str) -> None:
    assert furniture_lines(between_paragraphs(line)) == [(line, "caption")]


@pytest.mark.parametrize("line", ["Image Credits: Bay Circuit", "Photo credit: Ana Ruiz"])
def test_a_credit_line_with_a_two_word_label_is_furniture(line: str) -> None:
    assert furniture_lines(between_paragraphs(line)) == [(line, "credit")]


@pytest.mark.parametrize(
    "line",
    [
        "The exhibition Photograph: A Retrospective opens on Friday at the city gallery.",
        "She said the word she hated most was photograph: it reminded her of the war.",
        "The council published the photo / video policy on its website last week.",
    ],
)
def test_prose_that_mentions_a_photograph_is_no_caption(line: str) -> None:
    assert furniture_lines(between_paragraphs(line)) == []


# --- a book review's details line --------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The Salt Road by Ines Okonkwo (Faber, £14.99)",
        "Night Ferry by Tom Arden (Knopf, 352 pages, $28)",
    ],
)
def test_a_books_details_line_is_furniture(line: str) -> None:
    assert furniture_lines(between_paragraphs(line)) == [(line, "label")]


@pytest.mark.parametrize(
    "line",
    [
        "The novel by Okonkwo (Faber, £14.99) sold 10,000 copies in its first week.",
        "The bridge was designed by Arup (the engineers behind it) in 1998.",
    ],
)
def test_prose_with_a_book_and_its_price_is_no_details_line(line: str) -> None:
    assert furniture_lines(between_paragraphs(line)) == []


# --- advertising and donation notices; promotional trailers -------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Our reporting is funded by readers like you, so please consider a contribution "
         "today", "ad"),
        ("Our journalism is free to read thanks to the advertisers whose messages you see "
         "on this page", "ad"),
        ("Order a copy from the Herald Bookshop – free delivery on all orders over £20",
         "ad"),
        ("Tidelines is out now on Ninja Tune. Mara Jones tours the UK from 3 March.", "ad"),
        ("Advertisement — Story continues below", "ad"),
        ("ADVERTISEMENT – Story continues below", "ad"),
    ],
)
def test_long_notices_and_trailers_are_furniture(line: str, kind: str) -> None:
    assert furniture_lines(between_paragraphs(line)) == [(line, kind)]


@pytest.mark.parametrize(
    "line",
    [
        "Our journalism is free from political influence, and it always will be.",
        "The paper said its journalism is funded by readers, not by advertisers.",
        "Order a copy of the report and read it before the vote, the chair urged members.",
        "The album is out now on vinyl, and she said it was the best thing she had made.",
    ],
)
def test_prose_about_funding_orders_or_releases_is_no_notice(line: str) -> None:
    assert furniture_lines(between_paragraphs(line)) == []


# --- a dateline with a date and an agency ------------------------------------------------


@pytest.mark.parametrize("dateline", [
    "MANILA, Dec 2 (Reuters) - ",
    "LAGOS, 5 December (Press Association) - ",
    "BEIJING, Dec. 3 (Xinhua) -- ",
])
def test_a_dateline_with_a_date_is_no_part_of_the_content_or_speaker(dateline: str) -> None:
    text = f"{dateline}Floodwaters swept through villages on Sunday, officials said."
    (q,) = analyze(text).quotes
    assert q.content.text == "Floodwaters swept through villages on Sunday"
    assert q.speaker is not None and q.speaker.name == "officials"


def test_capitals_and_a_dash_in_a_sentence_are_no_dateline() -> None:
    text = "UN, EU and NATO officials said the talks - which ran late - had failed."
    assert [q.content.text for q in analyze(text).quotes] == [
        "the talks - which ran late - had failed"]


# --- a headline that quotes first --------------------------------------------------------


@pytest.mark.parametrize("headline", [
    "‘It felt like a rollercoaster’: Okafor shaken after turbulence on Lagos flight",
    "'We simply ran out of road': Brennan defiant after Cork defeat",
])
def test_a_headline_quote_with_its_speaker_and_a_predicate_after_the_colon(
    headline: str,
) -> None:
    text = f"Sport\n\n{headline}\n\nThe player spoke on Sunday after the match."
    quotes = analyze(text).quotes
    assert len(quotes) == 1
    (q,) = quotes
    assert q.content.text == headline.split(":")[0]
    assert q.speaker is not None and q.speaker.name in ("Okafor", "Brennan")


@pytest.mark.parametrize("headline", [
    "‘Killers of the Flower Moon’: Scorsese delivers a late masterpiece",  # a title
    "'Succession': Roy family drama ends with a shock",  # a title of one word
    "'We lost our nerve': Perera said the team was tired.",  # a sentence, no headline
])
def test_a_title_or_a_sentence_after_a_quotation_and_colon_is_no_headline_quote(
    headline: str,
) -> None:
    text = f"Culture\n\n{headline}\n\nThe show ended on Sunday."
    quote = headline.split(":")[0]
    assert quote not in [q.content.text for q in analyze(text).quotes]


def test_a_headline_quote_in_single_marks_is_read_under_unknown_lines() -> None:
    """A line that quotes in single marks is no subhead: the quote rules read it."""
    text = ("Cricket\n\nMatch centre\n\n"
            "'We lost our nerve': Perera blunt after collapse in Galle\n\n"
            "Perera spoke after the match.")
    assert "'We lost our nerve': Perera blunt after collapse in Galle" not in [
        line for line, _ in furniture_lines(text)]
    assert [q.content.text for q in analyze(text).quotes] == ["'We lost our nerve'"]


# --- a list of related headlines and a results label ------------------------------------


def test_a_headline_that_reports_under_related_news_is_a_link() -> None:
    """"RELATED NEWS / PAC to summon … / Vendors want their old spots back, petition
    says": the headlines the prompt lists are links, the one with "says" too."""
    text = ("Headline of the story\n\nThe minister spoke on Monday. She left.\n\n"
            "RELATED NEWS\nPAC to summon Sports Ministry officials over stadium spending\n"
            "Vendors want their old spots back, petition says\nTags: Audit, Cricket\n")
    kinds = dict(furniture_lines(text))
    assert kinds["Vendors want their old spots back, petition says"] == "link"
    assert not any("spots" in q.content.text for q in analyze(text).quotes)


def test_a_sentence_under_a_link_prompt_is_still_prose() -> None:
    """A line that ends a sentence after a list is the article's, not the list's."""
    text = ("Headline of the story\n\nThe minister spoke on Monday.\n\n"
            "RELATED NEWS\nPAC to summon Sports Ministry officials over stadium spending\n"
            "The vendors said they would petition the ministry again.\n")
    assert "The vendors said they would petition the ministry again." not in dict(
        furniture_lines(text))


@pytest.mark.parametrize("label", ["MEN'S FINAL", "WOMEN’S -67KG"])
def test_an_events_label_before_its_results_is_no_source(label: str) -> None:
    """"MEN'S FINAL: Tarek Mansour (EGY) bt Léo Garnier (FRA) 11-5, 11-8": a results
    line under an event's label, no one's words."""
    text = (f"Headline of the story\n\nThe final ended late.\n\n{label}: Tarek Mansour (EGY) "
            "bt Léo Garnier (FRA) 11-5, 11-8, 7-11, 11-6")
    assert analyze(text).quotes == []


@pytest.mark.parametrize("label", ["BY THE NUMBERS", "IN PICTURES", "At a glance"])
def test_a_boxs_heading_that_opens_with_a_preposition_is_no_source(label: str) -> None:
    """"BY THE NUMBERS: .ai registrations passed 900,000 in October": a fact box's
    heading, no one's name; "According to the minister:" would name one."""
    text = (f"Headline of the story\n\nThe final ended late.\n\n{label}: .ai registrations "
            "passed 900,000 in October.")
    assert analyze(text).quotes == []


def test_a_headline_with_a_quotation_under_a_link_lists_prompt_is_furniture() -> None:
    """A link list's prompt ("More from Nordic Air") lists headlines under it, quoting
    ones too ("Kraft: 'Wisła always feels like home'"): its unstopped quotation is a
    link's title, no one's words; a stopped one after it is read."""
    text = ("Headline of the story\n\nThe minister spoke on Monday.\n\n"
            "More from Nordic Air\nKraft: 'Wisła always feels like home'\n"
            "Explained: how a ski jumping suit is measured\n")
    assert ("Kraft: 'Wisła always feels like home'", "link") in furniture_lines(text)
    assert analyze(text).quotes == []
    said = text.replace("Kraft: 'Wisła always feels like home'",
                        "'Wisła always feels like home,' Kraft said.")
    assert [q.speaker.name if q.speaker else None for q in analyze(said).quotes] == ["Kraft"]
