"""The reading page: what it marks, in which colour, what hovering tells, what the side
panel counts. (That it escapes everything and keeps every character: test_html_safety;
that a browser shows it so: test_browser.)"""

from __future__ import annotations

import re

import spacy

import attribution
from attribution import Analysis, Entity, Hedge, Quote, Span, Speaker
from attribution.pages import PALETTE, dark
from attribution.reading import reading_page
from attribution.types import Furniture
from html_support import ReadingText

TEXT = (
    "“We will win,” Ann Lee said. “It may rain,” Bo Li added.\n\n"
    "“We always do,” she said.\n"
    "Share this article"
)


def at(part: str, after: int = 0) -> Span:
    start = TEXT.index(part, after)
    return Span.of(TEXT, start, start + len(part))


def result() -> Analysis:
    ann = Speaker("Ann Lee", "person", at("Ann Lee"), None, "e1", "female")
    she = Speaker("Ann Lee", "person", at("she"), None, "e1", "female")
    bo = Speaker("Bo Li", "person", at("Bo Li"), None, "e2")
    may = Hedge(at("may"), "modal", 0.5, certainty=0.6)
    quotes = [
        Quote(at("“We will win,”"), at("said"), ann, "direct", 0.91),
        Quote(at("“It may rain,”"), at("added"), bo, "direct", 0.72, hedges=(may,),
              certainty=0.6),
        Quote(at("“We always do,”"), at("said", 40), she, "direct", 0.88),
    ]
    entities = [
        Entity("e1", "Ann Lee", "person", "female", (at("Ann Lee"), at("she"))),
        Entity("e2", "Bo Li", "person", None, (at("Bo Li"),)),
    ]
    share = at("Share this article")
    furniture = [Furniture(share.start, share.end, share.text, "share")]
    return Analysis(quotes, [may], entities, text=TEXT, furniture=furniture)


def spans_with(page: str, cls: str) -> list[tuple[str, str]]:
    """(class, text up to the next tag) of the article's spans whose classes hold
    ``cls``."""
    article = page[page.index('<div class="text">'):page.index("<aside>")]
    pattern = rf'<span class="([^"]*\b{cls}\b[^"]*)"(?: data-tip="[^"]*")?>([^<]*)'
    return re.findall(pattern, article)


def test_quotes_take_their_speaker_s_colour_by_entity() -> None:
    page = reading_page(result())
    quotes = spans_with(page, "q")
    assert [(c, s) for c, s in quotes] == [
        ("m q s0", "“We will win,”"), ("m q s1", "“It "), ("m q s0", "“We always do,”")]
    # the hedge "may" is nested in Bo Li's quote: "“It " <hedge>may</hedge> " rain,”"
    assert f".s0{{--c:{PALETTE[0]};--d:{dark(PALETTE[0])}}}" in page
    assert f".s1{{--c:{PALETTE[1]}" in page


def test_cues_mentions_hedges_and_furniture_are_marked() -> None:
    page = reading_page(result())
    assert [s for _, s in spans_with(page, "cue")] == ["said", "added", "said"]
    assert [s for _, s in spans_with(page, "who")] == ["Ann Lee", "Bo Li", "she"]
    assert [s for _, s in spans_with(page, "hedge")] == ["may"]
    assert [s for _, s in spans_with(page, "furniture")] == ["Share this article"]
    assert ReadingText(page).articles == [TEXT]


def test_hovering_a_quote_tells_speaker_kind_cue_and_confidence() -> None:
    page = reading_page(result())
    tips = re.findall(r'class="m q s\d"(?: data-tip="([^"]*)")', page)
    assert tips[0] == "Ann Lee (person)&#10;direct quote&#10;cue: said&#10;confidence 0.91"
    assert tips[1] == ("Bo Li (person)&#10;direct quote&#10;cue: added&#10;confidence 0.72"
                       "&#10;hedged: certainty 0.60")
    assert "hedge: modal, p 0.50&#10;certainty 0.60, held by the author" in page


def test_the_side_panel_counts_each_source() -> None:
    page = reading_page(result())
    panel = page[page.index("<aside>"):]
    assert "<b>3 quotations</b> from <b>2 sources</b>" in panel
    assert "people quoted: 1 women, 0 men, 1 unstated" in panel
    items = re.findall(r'<li class="src (s\d)">.*?class="name">([^<]*)</span>'
                       r'<span class="count">([^<]*)</span>', panel)
    assert items == [("s0", "Ann Lee", "2 quotes · 6 w"), ("s1", "Bo Li", "1 quote · 3 w")]
    # "We will win" and "We always do": 6 words; "It may rain": 3
    assert ".attribution-reading:has(.src.s0:hover) .q.s0{outline" in page


def test_a_quote_without_speaker_is_grey_and_counted() -> None:
    text = "“Nobody knows,” it was said."
    res = Analysis([Quote(Span.of(text, 0, 15), Span.of(text, 23, 27), None, "direct", 0.4)],
                   text=text)
    page = reading_page(res)
    assert spans_with(page, "q") == [("m q s-none", "“Nobody knows,”")]
    assert "1 quotation without a speaker" in page


def test_page_fragment_and_several_articles() -> None:
    whole = attribution.render(result(), page=True)
    assert whole.startswith("<!DOCTYPE html>") and "<title>“We will win,” Ann Lee said." in whole
    fragment = attribution.render(result())
    assert fragment.startswith("<style>") and "<html" not in fragment
    several = reading_page([("one.txt", result()), ("two.txt", attribution.analyze("Hi."))])
    assert re.findall(r"<h1>([^<]*)</h1>", several) == ["one.txt", "two.txt"]
    assert ReadingText(several).articles == [TEXT, "Hi."]
    assert "http" not in re.sub(r"https?://(www\.)?w3\.org", "", several)  # nothing fetched


def test_the_component_s_doc_draws_the_same_page() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution")
    text = "“We will win,” Ann Lee said. She was sure."
    assert attribution.render(nlp(text), page=True) == attribution.render(
        attribution.analyze(text), page=True)


def test_a_doc_of_a_component_with_an_extension_prefix() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution", config={"extension_prefix": "mine_"})
    text = "“We will win,” Ann Lee said."
    page = attribution.render(nlp(text))
    assert ReadingText(page).articles == [text] and "Ann Lee (person)" in page
