"""Scraped news of every desk (issue 16): page furniture, what a quote is, senses of cue
verbs from their objects, section labels. One phenomenon per test."""

from __future__ import annotations

import pytest

from attribution import Analysis, Analyzer, analyze
from attribution.furniture import find_furniture
from attribution.resources import Resources
from attribution.types import Furniture

REPORTING = frozenset(
    f for e in Resources.default().cues.entries for f in e.forms if " " not in f
)


def furniture_lines(text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.kind) for f in find_furniture(text, REPORTING)]


# --- page furniture ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Advertisement", "ad"),
        ("Story continues below advertisement", "ad"),
        ("Scroll to continue with content", "ad"),
        ("Related: Council votes down the new budget", "link"),
        ("READ MORE:", "link"),
        ("Watch: Crowds gather outside the stadium", "video"),
        ("Share this article", "share"),
        ("Facebook Twitter Email", "share"),
        ("Sign up for our morning newsletter", "newsletter"),
        ("We use cookies to improve your experience.", "cookie"),
        ("© 2026 Example Media Ltd. All rights reserved.", "copyright"),
        ("By Jane Okafor and Li Wei", "byline"),
        # the wire byline row, rewritten without nested ambiguous repeats
        ("By JOHN SMITH, Associated Press", "byline"),
        ("By J.D. Smith & A. Jones", "byline"),
        ("By Anna Lee and Tom Hart and Sue Bell", "byline"),
        ("By Joe O'Neill — Staff writer", "byline"),
        ("Reporting by Ana Souza; Editing by Tom Reed", "byline"),
        ("Reporter: Lakshmi Narayanan", "byline"),
        ("Words and pictures by Ana de la Cruz", "byline"),
        ("Photo: Mark Lee / Getty Images", "credit"),
        ("Updated 3:45 p.m. EST", "timestamp"),
        ("Published Jan 22, 2025", "timestamp"),
        ("12 comments", "comments"),
        ("Her new album, Tidelines, is out now on Ninja Tune.", "ad"),
        ("Pre-order now: Ghosts of the Delta", "ad"),
        ("Contact Ama Li at ali@example.com or follow her on X @amali.", "byline"),
        ("Leeds 2-1 Hull: match report", "link"),
        ("This article was amended on 9 November 2026 to correct the number of suppliers.",
         "label"),
        ("Read more: What is clear-air turbulence, and is climate change making it worse?",
         "link"),
        ("Share or comment on this story", "share"),
        ("(Reporting by Ana Souza in Hanoi; Additional reporting by Wen Li; Editing by Tom "
         "Reed)", "byline"),
        ("Meridian Wire journalism follows our editorial principles of independence.",
         "label"),
        ("Prices delayed by at least 15 minutes. Not investment advice.", "label"),
        ("Story continues after this advert", "ad"),
        ("Story continues below this message from our sponsors", "ad"),
        ("Have your say: has someone you love waited in a corridor? Get in touch", "label"),
        ("Most Shared Stories", "link"),
        # a related story's headline after "READ:", its "…, DMW says" no quote
        ("READ: OFW deployment tops 2.3 million for first time, DMW says", "link"),
        ("Read next: Tanker owner to shoulder cleanup costs", "link"),
    ],
)
def test_furniture_lexicon_kinds(line: str, kind: str) -> None:
    text = f"Headline of the story\n\nThe minister spoke on Monday.\n\n{line}\n\nShe left."
    assert furniture_lines(text) == [(line, kind)]


def test_layout_furniture_subheads_lists_and_labels() -> None:
    text = (
        "Headline of the story\n\nThe minister spoke on Monday.\n\n"
        "What Happens Next\n\n"
        "The vote is set for June.\n\n"
        "Key points:\nTurnout was low in the north\nThe count ends tonight\n\n"
        "• Police name the driver in Tuesday's crash\n\n"
        "Politics | World\n\nShe left."
    )
    assert [line for line, _ in furniture_lines(text)] == [
        "What Happens Next",
        "Key points:",
        "Turnout was low in the north",
        "The count ends tonight",
        "• Police name the driver in Tuesday's crash",
        "Politics | World",
    ]


@pytest.mark.parametrize(
    "label", ["POLITICS", "WORLD NEWS", "Football | Premier League", "Home › Technology › Security",
              "Sport", "Crime & Courts"],
)
def test_a_section_label_above_the_headline_is_furniture(label: str) -> None:
    """The first line is the headline, unless it is a section label or breadcrumbs with
    the headline under it: then the line after it is the headline."""
    text = f"{label}\n\nSchool board votes to close two schools\n\nThe board met on Monday."
    assert furniture_lines(text) == [(label, "navigation")]


@pytest.mark.parametrize(
    "first",
    [
        "Obama wins",  # a short headline, not in capitals
        "Russia buys weapons, says US",  # a reporting verb
        "Storms hit the coast.",  # a sentence
    ],
)
def test_a_short_headline_is_no_section_label(first: str) -> None:
    text = f"{first}\n\nA subhead without a full stop\n\nThe board met on Monday."
    assert first not in [line for line, _ in furniture_lines(text)]


def test_a_line_that_opens_with_by_is_no_byline_when_it_is_prose() -> None:
    text = ("Headline of the story\n\nThe minister spoke on Monday.\n\n"
            "By Monday morning, the grim toll had risen to 49 and officials said more "
            "bodies were expected.\n\nShe left.")
    assert furniture_lines(text) == []


def test_prose_and_headlines_are_no_furniture() -> None:
    text = (
        "Russia buys weapons from North Korea, says US\n\n"  # the headline: first line
        "Prices rose, says the central bank\n\n"  # a reporting verb: left to the rules
        "By Tuesday most of the water had gone.\n\n"  # a sentence, not a byline
        "Published in 1998, the book sold well.\n\n"
        "He said:\n\n“We will win.”"  # a colon that announces a quotation
    )
    assert furniture_lines(text) == []
    # a label with words after it that are no name: "Editor: the decision was wrong"
    assert furniture_lines("Headline\n\nThe board met.\n\nEditor: the plan is wrong.") == []


def test_a_labelled_byline_under_the_section_label_is_no_headline() -> None:
    """Under a section label the headline is the next line no lexicon row sets aside;
    a byline written as a labelled field ("Reporter: …") is one, so the colon-label
    reader does not make "Reporter" a speaker, and the headline keeps its place."""
    text = (
        "POLITICS\n\nReporter: Lakshmi Narayanan\n\n"
        "Senate deal on border funding collapses, leaders say\n\n"
        "The Senate deal collapsed on Monday, hours before the vote."
    )
    assert ("Reporter: Lakshmi Narayanan", "byline") in furniture_lines(text)
    quotes = analyze(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == ["leaders"]


def test_sales_and_availability_in_prose_are_no_promotion() -> None:
    """A promotional trailer ("… is out now from …") is furniture; a sentence about
    sales or availability is prose."""
    text = (
        "Headline\n\nThe company spoke on Monday.\n\n"
        "The new phone is on sale in 30 countries.\n\n"
        "The vaccine is now available at pharmacies.\n\n"
        "Tickets sold out within hours.\n\nShe left."
    )
    assert furniture_lines(text) == []


def test_a_hard_wrapped_sentence_is_no_furniture() -> None:
    text = "Headline\n\nThe minister said the plan\nwould fail in the spring.\n\nShe left."
    assert furniture_lines(text) == []


def test_furniture_is_exposed_with_exact_offsets_and_round_trips() -> None:
    text = "Headline\n\n“We will win,” she said.\n\nAdvertisement\n\nThe vote is on Monday."
    res = analyze(text)
    (f,) = res.furniture
    assert (f.text, f.kind) == ("Advertisement", "ad") and text[f.start : f.end] == f.text
    assert Analysis.from_dict(res.to_dict()) == res
    assert isinstance(Furniture.from_dict(f.to_dict()), Furniture)


def test_furniture_is_never_a_quote_or_a_speaker() -> None:
    text = (
        "Headline\n\nThe council met on Monday.\n\n"
        "Article continues below this ad\n\n"
        "Scroll down for the latest updates from the council\n\n"
        "The mayor said the budget would pass."
    )
    quotes = analyze(text).quotes
    assert [(q.content.text, q.speaker.name if q.speaker else None) for q in quotes] == [
        ("the budget would pass", "mayor")
    ]


def test_furniture_does_not_break_a_quotation_over_paragraphs() -> None:
    text = (
        "Headline\n\nThe minister was clear.\n\n"
        "“We will not move on this. Not this year and not next,” she said. “The plan\n\n"
        "Advertisement\n\n"
        "“stays as it is.”"
    )
    res = analyze(text)
    pieces = [q.content.text for q in res.quotes if q.cue is not None and q.cue.text == "said"]
    assert pieces[-2:] == ["“The plan", "“stays as it is.”"]
    assert all("Advertisement" not in q.content.text for q in res.quotes)


def test_furniture_between_paragraphs_changes_no_quote_or_pronoun() -> None:
    text = (
        "Headline\n\nMason Clark, an analyst, said the deal was weak.\n\n"
        "“It will not hold,” he said."
    )
    inserted = text.replace("\n\n“It", "\n\nPhoto: Getty Images\n\nRelated: More coverage\n\n“It")
    before = [(q.content.text, q.speaker.name if q.speaker else None) for q in analyze(text)]
    after = [(q.content.text, q.speaker.name if q.speaker else None) for q in analyze(inserted)]
    assert before == after and ("“It will not hold,”", "Mason Clark") in after


# --- what a quote is ---------------------------------------------------------------------


def test_default_output_holds_quotes_attributions_add_the_rest() -> None:
    text = (
        "The mayor said the budget would pass. The council echoed this view. "
        "Residents believe that taxes will rise. The agency confirmed the development."
    )
    quotes = [q.content.text for q in Analyzer().analyze(text).quotes]
    assert quotes == ["the budget would pass"]
    every = {q.content.text: q.cue_type for q in Analyzer(attributions=True).analyze(text).quotes}
    assert every["this view"] == "speech"  # a noun phrase's content: an attribution
    assert every["taxes will rise"] == "belief"
    assert "the development" in every


def test_seed_article_default_has_no_noun_phrase_attribution() -> None:
    from importlib.resources import files

    text = files("attribution").joinpath("data/seed_article.txt").read_text("utf-8")
    default = {q.content.text for q in analyze(text).quotes}
    every = {q.content.text for q in Analyzer(attributions=True).analyze(text).quotes}
    assert "the development" not in default and "the development" in every


# --- senses of cue verbs from their objects ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Flames added two more goals in the second period.",
        "Japan's Nikkei added 1.2 per cent on Tuesday.",
        "Boston responded 40 seconds later.",
        "The club added $4 million to its budget.",
        # a plural the number counts, though the word list calls it a verb
        "Minnesota had just added two runs in the eighth.",
        "Nakarawa added two tries in the final ten minutes.",
        "Brzezinski added two more hits, including a double.",
    ],
)
def test_a_score_or_a_measure_is_no_speech(text: str) -> None:
    assert Analyzer(attributions=True).analyze(text).quotes == []


@pytest.mark.parametrize("text", [
    "The Mille Lacs Band of Ojibwe rejected that claim in a statement Friday, saying its "
    "harvest stayed within limits.",
    "Podesta reiterated that approach in his interview last week, saying Clinton was "
    "committed to a 50-state strategy.",
])
def test_that_before_a_singular_noun_and_its_adjuncts_is_a_determiner(text: str) -> None:
    # (its object, where the cue takes one, is an attribution; never a clause "claim in …")
    res = Analyzer(attributions=True).analyze(text)
    assert not [q for q in res.quotes if q.content.text.startswith(("claim", "approach"))]
    assert [q.content.text.split()[0] for q in res.quotes if "saying" not in q.content.text][
        -1] in ("its", "Clinton")


def test_that_before_a_plural_subject_still_opens_a_clause() -> None:
    (q,) = analyze("The mayor said that officials in the capital were worried.").quotes
    assert q.content.text == "officials in the capital were worried"


def test_a_number_that_opens_a_clause_is_still_reported() -> None:
    (q,) = analyze("The police said two men were arrested on Friday.").quotes
    assert q.content.text == "two men were arrested on Friday"
    (q,) = analyze("She said two more trains leave at noon.").quotes
    assert q.content.text == "two more trains leave at noon"
    (q,) = analyze("He said one runs the shop.").quotes
    assert q.content.text == "one runs the shop"


def test_a_determiner_that_is_no_complementizer() -> None:
    every = Analyzer(attributions=True)
    (q,) = every.analyze("Montoya rejected that claim.").quotes
    assert q.content.text == "that claim"
    (q,) = every.analyze("Montoya said that voters in the state would decide.").quotes
    assert q.content.text == "voters in the state would decide"


# --- labels and names ------------------------------------------------------------------------


@pytest.mark.parametrize("label", ["OIL", "GLOBAL MARKETS", "Currencies"])
def test_a_section_label_is_no_speaker(label: str) -> None:
    text = f"Markets wrap\n\n{label}: Benchmark crude fell 2 per cent to $71 a barrel."
    assert analyze(text).quotes == []


def test_a_transcript_label_still_speaks() -> None:
    (q,) = analyze("Transcript\n\nTAPPER: And obviously, you have been critical of it.").quotes
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "TAPPER"


def test_a_colon_dateline_before_a_lede_is_no_speaker() -> None:
    # Indian papers open the first paragraph with "CITY:"; with no cue after it the lede
    # is the writer's report, not the city's words.
    text = (
        "Water cuts in three wards\n\n"
        "MUMBAI: The city's water utility cut supplies to three wards on Monday after a "
        "main burst near Andheri.\n\n"
        '"We have had no water since Saturday," said Leela Pawar, 54.'
    )
    (q,) = analyze(text).quotes
    assert q.speaker is not None and q.speaker.name == "Leela Pawar"
    # a short headline label still speaks ("AP: …"), and so does a label before "we"
    (h,) = analyze("AP: Trump chair routed Ukrainian money to D.C. lobbyists.").quotes
    assert h.speaker is not None and h.speaker.name == "AP"
    text2 = "PAWAR: We have had no water since Saturday, and the tankers come only at night."
    (s,) = analyze(text2).quotes
    assert s.speaker is not None and s.speaker.mention is not None
    assert s.speaker.mention.text == "PAWAR"


def test_name_particles_keep_the_name_whole_in_an_appositive() -> None:
    every = Analyzer(attributions=True)
    text = "Sudan's irrigation minister, Hamid al-Tayeb, echoed this view."
    (q,) = every.analyze(text).quotes
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "Hamid al-Tayeb"


@pytest.mark.parametrize("text", [
    # financial and procedural senses: a noun phrase and an adjunct, no reported clause
    "Northwind Logistics reported a fourth-quarter profit well above Wall Street estimates "
    "on Thursday, as higher freight rates offset weaker volumes.",
    "Halifax Regional Police charged a 34-year-old man after a convenience store in "
    "Dartmouth was robbed at knifepoint early Tuesday.",
])
def test_an_object_and_an_adjunct_are_no_reported_clause(text: str) -> None:
    assert analyze(text).quotes == []


@pytest.mark.parametrize(("text", "content"), [
    ("He said the bill, as written, would fail.", "the bill, as written, would fail"),
    ("She said Tuesday the talks had collapsed.", "the talks had collapsed"),
    ("The senator said Smith, a Democrat, would lose.", "Smith, a Democrat, would lose"),
])
def test_a_reported_clause_keeps_its_asides(text: str, content: str) -> None:
    assert [q.content.text for q in analyze(text).quotes] == [content]


def test_what_footage_shows_with_a_wh_clause_is_no_quote() -> None:
    text = "Television footage showed how the water rose to the rooftops of the homes."
    assert analyze(text).quotes == []
    broad = Analyzer(attributions=True).analyze(text)
    assert [q.cue.text for q in broad.quotes if q.cue is not None] == ["showed"]
    assert [q.content.text for q in analyze("The audit showed that the agency hid data.")
            .quotes] == ["the agency hid data"]


@pytest.mark.parametrize("text", [
    "TUGUEGARAO, Philippines (PW) — Floodwaters swept through villages on Sunday, "
    "officials said.",
    "WASHINGTON — Floodwaters swept through villages on Sunday, officials said.",
    "NEW YORK (Reuters) - Floodwaters swept through villages on Sunday, officials said.",
])
def test_a_dateline_is_no_part_of_the_content(text: str) -> None:
    assert [q.content.text for q in analyze(text).quotes] == [
        "Floodwaters swept through villages on Sunday"]


def test_a_capital_word_before_a_dash_is_no_dateline() -> None:
    text = "I — and many others — think it failed, she said."
    assert [q.content.text for q in analyze(text).quotes] == [
        "I — and many others — think it failed"]


def test_a_sites_standards_link_is_furniture() -> None:
    text = ("“We will win,” the mayor said.\n\nOur Standards: How we report\n\n"
            "“We will lose,” her rival said.")
    res = analyze(text)
    assert [(f.text, f.kind) for f in res.furniture] == [
        ("Our Standards: How we report", "navigation")]
    assert [q.speaker.name for q in res.quotes if q.speaker] == ["mayor", "rival"]


@pytest.mark.parametrize(
    "text",
    [
        "Smith said criminals stole data from the server.",
        "Pulsewise says hackers stole data of 2.3 million users",
        "The captain said the ferry sank within minutes.",
    ],
)
def test_an_irregular_past_tense_the_word_lexicon_lacks_still_makes_a_clause(text: str) -> None:
    """Without a model, a word the lexicon lacks is guessed from its ending; the past
    forms of irregular verbs ("stole", "sank") are a closed class read as verbs, so the
    bare clause they head is reported."""
    quotes = analyze(text).quotes
    assert len(quotes) == 1 and quotes[0].kind == "indirect"
    assert quotes[0].content.text.split()[-1] in text.split()[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Moyo was asked whether the board had given him funds.",
        "Asked whether he would resign, Lopez smiled.",
    ],
)
def test_a_question_by_nobody_named_is_no_quote_by_default(text: str) -> None:
    """The writer's (or an unnamed reporter's) question is no source's words; PolNeAR
    may annotate it, so ``attributions=True`` keeps it."""
    assert not analyze(text).quotes
    assert Analyzer(attributions=True).analyze(text).quotes


def test_a_question_a_named_source_asks_is_a_quote() -> None:
    quotes = analyze("Reporters asked whether the board had given him funds.").quotes
    assert [q.content.text for q in quotes] == ["whether the board had given him funds"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The team claimed the title with a win over Leeds.", None),  # a noun after "a"
        ("He noted the time and left.", None),  # "and left": the subject's own verb
        # "and now welcomes": the subject's own verb over an adverb
        ("Glenardoch added a visitor centre in 2019 and now welcomes 40,000 visitors a year.",
         None),
        ("He said the plant now welcomes visitors.", "the plant now welcomes visitors"),
        ("He said a win would help.", "a win would help"),
        ("The judge ruled that the evidence was admissible.", "the evidence was admissible"),
        ("He ruled out a run for office.", None),
    ],
)
def test_what_follows_a_cue_is_a_clause_only_with_its_own_verb(
    text: str, content: str | None
) -> None:
    assert [q.content.text for q in analyze(text).quotes] == ([content] if content else [])


@pytest.mark.parametrize(
    "text",
    ["Route histories can reveal where a person lives.",
     "The test can tell whether a patient is infected."],
)
def test_what_something_can_show_is_no_quote_by_default(text: str) -> None:
    """An ability with a wh-clause ("can reveal where …") reports nothing that was said."""
    assert not analyze(text).quotes


def test_a_modal_before_a_that_clause_still_reports() -> None:
    assert [q.content.text for q in analyze("Smith can confirm that the plan failed.").quotes] == [
        "the plan failed"
    ]


@pytest.mark.parametrize(
    "inserted", ["Advertisement", "We use cookies to improve your experience."]
)
def test_furniture_under_a_section_label_leaves_the_headline_a_headline(inserted: str) -> None:
    """A furniture line between a first-line label and the headline: the headline is the
    first line no lexicon row sets aside, and its quote is still read."""
    text = (
        f"Culture | Music\n\n{inserted}\n\n"
        "'I stopped trying to be cool': Aroha Tipene on the album that nearly broke her\n\n"
        "Aroha Tipene's third album took four years to finish."
    )
    assert [line for line, _ in furniture_lines(text)] == ["Culture | Music", inserted]
    quotes = analyze(text).quotes
    assert [q.content.text for q in quotes] == ["'I stopped trying to be cool'"]


# --- the source phrase ----------------------------------------------------------------


def test_the_speaker_s_relative_clause_is_no_second_report() -> None:
    text = (
        "A construction firm was paid for work that was never done, said Rosaura "
        "Quintero, who heads the audit office."
    )
    assert [(q.content.text, q.speaker.name if q.speaker else None)
            for q in analyze(text).quotes] == [
        ("A construction firm was paid for work that was never done", "Rosaura Quintero")
    ]


@pytest.mark.parametrize(("text", "mention"), [
    ("Prices will rise, said the union chief.", "the union chief"),
    ("Builder was paid for work never done, says audit chief", "audit chief"),
])
def test_a_noun_the_word_list_tags_an_adjective_heads_the_source(text: str, mention: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert quote.speaker.mention.text == mention


@pytest.mark.parametrize("subject", [
    "The chief executive, Ingrid Solberg,", "The airline's boss, Ingrid Solberg,",
])
def test_a_verb_after_an_apposition_shares_its_subject(subject: str) -> None:
    text = f"{subject} apologised and said the crew had acted well."
    (quote,) = analyze(text).quotes
    assert quote.content.text == "the crew had acted well"
    assert quote.speaker is not None and quote.speaker.name == "Ingrid Solberg"


@pytest.mark.parametrize(("text", "speaker"), [
    ("27 percent of those who named a candidate said they could be persuaded.",
     "27 percent of those who named a candidate"),
    ("Half of those who voted said they regretted it.", "Half of those who voted"),
])
def test_a_share_of_those_who_did_something_is_the_source(text: str, speaker: str) -> None:
    quotes = analyze(text).quotes
    assert speaker in [q.speaker.mention.text for q in quotes
                       if q.speaker is not None and q.speaker.mention is not None]


def test_a_participle_in_a_list_of_adjectives_keeps_the_object_whole() -> None:
    text = "Alastair Osman called him a kind, loving and admirable person."
    quotes = Analyzer(attributions=True).analyze(text).quotes
    assert [q.content.text for q in quotes] == ["him a kind, loving and admirable person"]


def test_an_apposition_holding_a_list_of_nouns_is_one_apposition() -> None:
    text = (
        '"We will not solve this," Anne Richards, assistant secretary of state for '
        "population, refugees, and migration, said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None and quote.speaker.name == "Anne Richards"


@pytest.mark.parametrize(("text", "speakers"), [
    # a modal or a month that is someone's name, before a finite verb
    ('"This is a caricature," George Will wrote. "It is sad," Will wrote.',
     ["George Will", "George Will"]),
    ("Theresa May said Britain would leave. May said the deal was done.",
     ["Theresa May", "Theresa May"]),
    # a surname that is a word of the language, after the full name
    ('"We tackled it," said Al From. "It worked," From said.', ["Al From", "Al From"]),
    # (but a month after "in" is a time)
    ("A report published in August found that bears came down.", ["report"]),
])
def test_a_name_that_is_also_a_word_speaks(text: str, speakers: list[str]) -> None:
    assert [q.speaker.name if q.speaker else None for q in analyze(text).quotes] == speakers


@pytest.mark.parametrize("text", [
    "47% say the United States should commit troops.",
    "Of those polled, 47% said the United States should commit troops.",
])
def test_a_share_written_with_a_percent_sign_is_a_source(text: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.content.text == "the United States should commit troops"
    assert quote.speaker is not None and quote.speaker.name == "47%"


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Clinton paused, then said the activism was moving.", "the activism was moving",
     "Clinton"),
    ("Kofi Mensah laughed, then added that the vote was close.", "the vote was close",
     "Kofi Mensah"),
])
def test_a_cue_after_then_shares_the_subject(text: str, content: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.content.text == content
    assert quote.speaker is not None and quote.speaker.name == speaker


@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_a_participle_after_a_plural_possessive_is_in_the_source(apostrophe: str) -> None:
    text = f"The Democrats{apostrophe} leading candidate said the plan was bold."
    (quote,) = analyze(text).quotes
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert quote.speaker.mention.text == f"The Democrats{apostrophe} leading candidate"


def test_a_cue_verb_after_a_comma_ends_the_report_before_it() -> None:
    text = (
        "He later suggested her tone was aggressive, called her “third-rate” and "
        "boycotted one of the debates."
    )
    contents = [q.content.text for q in Analyzer(attributions=True).analyze(text).quotes]
    assert contents[0] == "her tone was aggressive"


def test_and_a_possessed_subject_with_its_verb_ends_the_report() -> None:
    text = (
        "He is suggesting that delegates from states he won should flip to his column, "
        "and his campaign is approaching delegates to back him."
    )
    contents = [q.content.text for q in Analyzer(attributions=True).analyze(text).quotes]
    assert contents == ["delegates from states he won should flip to his column"]


def test_a_headline_source_with_a_participle_after_of_speaks() -> None:
    # a headline drops its articles: "owner of shuttered Short North restaurant"
    text = (
        "'We'll fix it and we'll be back,' says owner of shuttered Short North restaurant\n\n"
        "Columbus health officials closed the restaurant on Tuesday after an inspection "
        "found rodent droppings in the kitchen.\n\n"
        "Owner Selam Wolde-Giorgis said she would reopen within a month."
    )
    res = analyze(text)
    head = res.quotes[0]
    assert head.content.text == "'We'll fix it and we'll be back,'"
    assert head.speaker is not None and head.speaker.mention is not None
    assert head.speaker.mention.text == "owner of shuttered Short North restaurant"
