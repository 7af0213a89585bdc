"""Properties of the other ways in, each closing a hole the fuzzer found: the spaCy
component and ``render`` on any str (lone surrogates, bidi controls), the component
against ``analyze()`` on Unicode spaces, the JSON round trip with pairs of lone
surrogates, ``from_dict`` on broken data, and ``pipe`` on what is no iterable of texts.

Budgets (spent in full by the "thorough" profile, a twentieth in the fast set):

=====================================================  ==========
test                                                   examples
=====================================================  ==========
test_component_agrees_with_analyze                     2,000
test_component_on_spacys_own_blank_english             1,500
test_render_of_any_text                                1,000
test_json_round_trip_keeps_pairs_of_lone_surrogates    1,000
test_from_dict_refuses_broken_values_clearly           1,000
test_pipe_refuses_what_is_no_iterable_of_texts           300
=====================================================  ==========
"""

from __future__ import annotations

import html.parser
import json
import math
from typing import Any

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import attribution
from attribution import Analysis, ResultFormatError
from attribution.tokenize import TOKENIZER_NAME, UNICODE_SPACES
from conftest import examples
from html_support import ReadingText, shown
from test_properties import ANALYZER, all_spans, check_result, news_texts

NEWS_TOKENIZER = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})
NEWS_TOKENIZER.add_pipe("attribution")
BLANK = spacy.blank("en")
BLANK.add_pipe("attribution")

ANY_STR = st.text(st.characters(codec=None, exclude_categories=()), max_size=200)
SPACES = st.sampled_from([*UNICODE_SPACES, " ", "\t", "\n"])
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
BIDI = st.sampled_from(["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067",
                        "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"])


NEWS = news_texts()


@st.composite
def spiced(draw: st.DrawFn) -> str:
    """News-like text with Unicode spaces in place of spaces, and lone surrogates and
    bidi controls spliced in."""
    text = draw(NEWS)
    chars = list(text)
    for k, c in enumerate(chars):
        if c == " " and draw(st.integers(0, 3)) == 0:
            chars[k] = draw(SPACES)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(chars)))
        chars.insert(at, draw(st.one_of(SURROGATES, BIDI)))
    return "".join(chars)


@settings(max_examples=examples(2_000))
@given(spiced())
def test_component_agrees_with_analyze(text: str) -> None:
    """The component, on a pipeline with the Analyzer's tokenizer, returns what
    analyze() returns: Unicode spaces, lone surrogates and bidi controls included."""
    doc = NEWS_TOKENIZER(text)
    expected = ANALYZER.analyze(text)
    assert doc._.quotes == expected.quotes
    assert doc._.hedges == expected.hedges
    check_result(text, doc._.attribution)


@settings(max_examples=examples(1_500))
@given(st.one_of(ANY_STR, spiced()))
def test_component_on_spacys_own_blank_english(text: str) -> None:
    """spaCy's blank English with the component (the README's way) accepts any str."""
    doc = BLANK(text)
    check_result(text, doc._.attribution)
    assert len(doc.text) == len(text)


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attrs: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attrs.update(name for name, _ in attrs)


@settings(max_examples=examples(1_000))
@given(st.one_of(ANY_STR, spiced()))
def test_render_of_any_text(text: str) -> None:
    """render() draws whatever analyze() accepts, as a page that can be written
    (UTF-8) and holds only displaCy's elements, or those of the reading page, whose
    article is the text."""
    for result in (ANALYZER.analyze(text), BLANK(text)):
        page = attribution.render(result, page=True, style="spans")
        page.encode("utf-8")
        parsed = _Tags()
        parsed.feed(page)
        assert parsed.tags <= {"html", "head", "title", "body", "div", "span", "figure"}
        assert parsed.attrs <= {"style", "lang", "class"}
        page = attribution.render(result, page=True)
        page.encode("utf-8")
        parsed = _Tags()
        parsed.feed(page)
        assert parsed.tags <= {"html", "head", "title", "body", "div", "span", "meta", "style",
                               "h1", "aside", "h2", "p", "ol", "li", "b", "br"}
        assert parsed.attrs <= {"style", "lang", "class", "charset", "name", "content",
                                "data-tip"}
        assert ReadingText(page).articles == [shown(text)]


@st.composite
def split_pairs(draw: st.DrawFn) -> str:
    """News-like text with characters beyond U+FFFF written as two lone surrogates."""
    text = draw(news_texts())
    for _ in range(draw(st.integers(1, 3))):
        cp = draw(st.integers(0x10000, 0x10FFFF)) - 0x10000
        pair = chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))
        at = draw(st.integers(0, len(text)))
        text = text[:at] + pair + text[at:]
    return text


@settings(max_examples=examples(1_000))
@given(split_pairs())
def test_json_round_trip_keeps_pairs_of_lone_surrogates(text: str) -> None:
    """JSON reads an escaped pair of lone surrogates back as one character; from_dict
    restores the two from the offsets. Where a span also holds a character beyond
    U+FFFF written as one, JSON has made the two look alike and which one was split
    cannot be known: the spans still fit their offsets."""
    result = ANALYZER.analyze(text)
    for ensure_ascii in (True, False):
        data = json.dumps(result.to_dict(), ensure_ascii=ensure_ascii)
        back = Analysis.from_dict(json.loads(data))
        if not any(ord(c) > 0xFFFF for c in text):
            assert back == result
        for span in all_spans(back):
            assert len(span.text) == span.end - span.start


GOOD = ANALYZER.analyze(
    "“We will very likely win,” the senator said. Prices may rise, she said."
).to_dict()
NUMBERS = [("quotes", 0, "confidence"), ("quotes", 0, "certainty"), ("hedges", 0, "certainty"),
           ("hedges", 0, "probability"), ("quotes", 0, "content", "start"),
           ("quotes", 0, "content", "end"), ("hedges", 0, "cue", "end")]
BAD_NUMBERS = st.one_of(
    st.sampled_from([math.nan, math.inf, -math.inf, 7, -1, 1.0000001, -0.5, True]),
    st.integers(-10**6, -1), st.floats(1.0001, 1e300), st.text(max_size=3), st.none(),
)


@settings(max_examples=examples(1_000))
@given(st.sampled_from(NUMBERS), BAD_NUMBERS, st.booleans())
def test_from_dict_refuses_broken_values_clearly(path: tuple[Any, ...], value: Any,
                                                 swap: bool) -> None:
    """NaN, infinities, a confidence of 7, negative offsets, start after end, text that
    does not fit its offsets: a ResultFormatError naming the path, never another error."""
    doc = json.loads(json.dumps(GOOD))
    node: Any = doc
    for key in path[:-1]:
        node = node[key]
    if swap:  # start after end, or a text longer than its offsets
        span = doc["quotes"][0]["content"]
        span["start"], span["end"] = span["end"], span["start"]
        if span["start"] == span["end"]:
            span["text"] += "x"
    else:
        node[path[-1]] = value
    if not swap and path[-1] in ("start", "end") and isinstance(value, int) and (
        not isinstance(value, bool) and value >= 0
    ):
        return  # may still fit
    if not swap and path[-1] == "probability" and value is None:
        return  # a hedge may state no probability
    with pytest.raises(ResultFormatError) as info:
        Analysis.from_dict(doc)
    assert str(info.value).split(":")[0].startswith(("quotes[0]", "hedges[0]"))


NOT_TEXTS = st.one_of(
    st.none(), st.integers(), st.floats(), st.binary(max_size=5), st.text(max_size=5),
    st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=3),
)


@settings(max_examples=examples(300))
@given(NOT_TEXTS, st.integers(min_value=10**3, max_value=10**12))
def test_pipe_refuses_what_is_no_iterable_of_texts(texts: Any, n_process: int) -> None:
    """A TypeError at the call that says what to pass; a huge n_process a ValueError
    that gives the machine's CPUs."""
    with pytest.raises(TypeError, match=r"iterable of texts|single str|single bytes"):
        ANALYZER.pipe(texts)
    with pytest.raises(ValueError, match="processes per CPU"):
        ANALYZER.pipe(["a text"], n_process=n_process)
