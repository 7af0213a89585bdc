"""No text, name, description or label puts an element into any HTML the library writes.

Every page is parsed with :mod:`html.parser`: the elements found must be those of
displaCy's templates, of the reading page and of the corpus report, with no
event-handler or source attribute, and each payload must come out as text, whole (on
the reading page: the article's text content is the input, character for character).
The pages: ``render`` of an Analysis and of a component's Doc (the reading page and
displaCy's span style, fragment and whole page, every span group), ``attribution
analyze --format html`` (one file and several, payloads in file names), spaCy's own
``displacy.render`` of the component's span groups, and the profile's report (payloads
in group names and source names, in its tables and in its charts' data).
"""

from __future__ import annotations

import html.parser
import json
from pathlib import Path

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy import displacy
from typer.testing import CliRunner

import attribution
from attribution import Analysis, Hedge, Holder, Quote, Span, Speaker
from attribution.cli import app
from attribution.render import COLORS, SafeSpanRenderer
from html_support import ReadingText, shown

IMG = "</span><img//src=x/onerror=alert(1)/x"
PAYLOAD_TEXTS = [
    f"“Yes,” said Bob{IMG}.",
    "“Yes,” said <script>alert(1)</script> Smith.",
    "<img src=x onerror=alert(1)> said “we will win.”",
    '“Hi,” said Dr. <b onmouseover="alert(1)">Evil</b>, a spokesman for <i>ACME</i>.',
    "“It may rain,” said Ann &lt;img src=x onerror=alert(1)&gt; Lee.",
    "“Fine,” said O'Brien\"><svg/onload=alert(1)>, who may <u>possibly</u> come.",
    "Officials said <iframe src=javascript:alert(1)> that it was “very likely” over.",
]
NAME_PAYLOADS = [
    f"Bob{IMG}",
    "<script>alert(1)</script>",
    '"><svg onload=alert(1)>',
    "' onmouseover='alert(1)",
    "&lt;b&gt;",
]

# What displaCy's templates, the reading page and the report are made of.
ALLOWED_TAGS = {"html", "head", "title", "body", "div", "span", "figure", "h2", "meta", "a",
                "h1", "aside", "p", "ol", "li", "b", "br", "style"}
ALLOWED_ATTRS = {"style", "lang", "class", "charset", "href", "data-tip", "name", "content"}


class Elements(html.parser.HTMLParser):
    """The start tags, attributes and text of a page."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.texts: list[str] = []
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.texts.append(data)

    @property
    def text(self) -> str:
        return " ".join(" ".join(self.texts).split())


def assert_no_injection(page: str) -> Elements:
    found = Elements(page)
    assert set(found.tags) <= ALLOWED_TAGS, sorted(set(found.tags) - ALLOWED_TAGS)
    names = {name for name, _ in found.attrs}
    assert names <= ALLOWED_ATTRS, sorted(names - ALLOWED_ATTRS)
    for name, value in found.attrs:
        if name == "href":
            assert value == "#" or not (value or "").lower().startswith("javascript"), value
    return found


def payload_analysis(name: str) -> Analysis:
    """A result with ``name`` as a speaker's name, description and holder."""
    text = "“We will win,” he said. It may rain."
    speaker = Speaker(name, "person", Span.of(text, 15, 17), description=name)
    hedge = Hedge(Span.of(text, 27, 30), "modal", 0.5, holder=Holder(name, "person"))
    quote = Quote(Span.of(text, 0, 14), Span.of(text, 18, 22), speaker, "direct", 0.9)
    return Analysis([quote], [hedge], text=text)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution")
    return nlp


# --- render ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", PAYLOAD_TEXTS)
@pytest.mark.parametrize("page", [False, True])
def test_render_of_an_analysis_escapes_the_text(text: str, page: bool) -> None:
    result = attribution.analyze(text)
    for key in ("attribution", "quotes", "speakers", "cues", "hedges"):
        found = assert_no_injection(attribution.render(result, page=page, spans_key=key))
        assert "alert" in found.text
    reading = attribution.render(result, page=page)
    assert "alert" in assert_no_injection(reading).text
    assert ReadingText(reading).articles == [text]


def test_the_payload_of_the_issue_is_a_speaker_and_comes_out_as_text() -> None:
    result = attribution.analyze(PAYLOAD_TEXTS[0])
    assert result.quotes[0].speaker is not None
    assert "</span><img" in result.quotes[0].speaker.name  # the name holds the payload
    found = assert_no_injection(attribution.render(result, style="spans"))
    assert "img" not in found.tags
    assert "<img//src" in found.text  # drawn as text: the token, and the label's look-alike
    kind = result.quotes[0].speaker.kind  # a one-word name the text never introduces
    assert f"{kind}: Bob‹/span›‹img//src" in found.text
    found = assert_no_injection(attribution.render(result))
    assert "img" not in found.tags
    name = result.quotes[0].speaker.name
    assert name in found.texts  # the panel's name of the source, as text
    assert any(value and f"{name} ({kind})" in value for _, value in found.attrs)  # tooltip


@pytest.mark.parametrize("name", NAME_PAYLOADS)
def test_render_escapes_names_descriptions_and_holders(name: str) -> None:
    for key in ("attribution", "speakers", "hedges"):
        assert_no_injection(attribution.render(payload_analysis(name), page=True, spans_key=key))
    reading = attribution.render(payload_analysis(name), page=True, title=name)
    found = assert_no_injection(reading)
    assert found.texts.count(name) >= 3  # title, heading, the panel's name
    assert ReadingText(reading).articles == [payload_analysis(name).text]


@pytest.mark.parametrize("name", NAME_PAYLOADS)
def test_render_of_a_doc_escapes_labels_links_and_titles(name: str) -> None:
    doc = spacy.blank("en")("“We will win,” he said.\n\nIt may rain.")
    doc.spans["mine"] = [doc.char_span(0, 14, label=name, kb_id=name)]
    doc.user_data["title"] = name
    found = assert_no_injection(attribution.render(doc, spans_key="mine", page=True))
    assert found.tags.count("a") == 1  # the knowledge-base link, its id escaped
    assert found.text.count(" ".join(name.split())) >= 3  # title, label, link: as given


@given(st.text(alphabet="<>&\"'/= abcimgonerrorsvg()\r\n", min_size=1, max_size=40))
def test_render_escapes_any_name(name: str) -> None:
    assert_no_injection(attribution.render(payload_analysis(name), page=True, style="spans"))
    assert_no_injection(attribution.render(payload_analysis(name), page=True, title=name))


# --- the component, with render and with displaCy itself -------------------------------


@pytest.mark.parametrize("text", PAYLOAD_TEXTS)
def test_component_labels_are_safe_for_displacy(nlp: spacy.language.Language, text: str) -> None:
    doc = nlp(text)
    for key in ("attribution", "quotes", "speakers", "cues", "hedges"):
        if doc.spans[key]:
            assert_no_injection(displacy.render(doc, style="span", options={"spans_key": key}))
        assert_no_injection(attribution.render(doc, spans_key=key, page=True))


@pytest.mark.parametrize("name", NAME_PAYLOADS)
def test_speaker_labels_cannot_open_an_element(name: str) -> None:
    quote = payload_analysis(name).quotes[0]
    label = attribution.component.speaker_label(quote)
    assert "<" not in label and ">" not in label
    assert label.startswith("person: ")


# --- the command line ---------------------------------------------------------------------


def test_cli_html_escapes_text_and_file_names(tmp_path: Path) -> None:
    runner = CliRunner()
    files = []
    for i, text in enumerate(PAYLOAD_TEXTS[:3]):
        path = tmp_path / f"{i}<img src=x onerror=alert({i})>.txt"
        path.write_text(text, encoding="utf-8")
        files.append(str(path))
    one = runner.invoke(app, ["analyze", files[0], "--format", "html"])
    assert one.exit_code == 0, one.output
    assert "alert" in assert_no_injection(one.stdout).text
    several = runner.invoke(app, ["analyze", *files, "--format", "html"])
    assert several.exit_code == 0, several.output
    found = assert_no_injection(several.stdout)
    assert found.tags.count("h1") == 3
    assert "onerror=alert(2)>.txt" in found.text
    assert ReadingText(several.stdout).articles == PAYLOAD_TEXTS[:3]


# --- the renderer draws what displaCy draws ---------------------------------------------


def test_safe_renderer_draws_what_displacy_draws_when_nothing_needs_escaping(
    nlp: spacy.language.Language,
) -> None:
    doc = nlp("“We will win,” the senator said, and it may very likely rain, she added.")
    assert len(doc.spans["attribution"]) >= 3
    colors = {s.label_: COLORS["speaker"] for s in doc.spans["attribution"]}
    options = {"spans_key": "attribution", "colors": colors}
    ours = SafeSpanRenderer(options=options).render(
        [displacy.parse_spans(doc, options)], page=True
    ).strip()
    assert ours == displacy.render(doc, style="span", options=options, page=True, jupyter=False)


def test_render_accepts_lone_surrogates_like_analyze(nlp: spacy.language.Language) -> None:
    text = "“We will \ud800win,” the senator said.\udfff"
    result = attribution.analyze(text)
    assert result.quotes
    page = attribution.render(result, page=True, style="spans")
    page.encode("utf-8")  # a page that can be written
    assert Elements(page).text.count("\ufffd") == 2
    page = attribution.render(result, page=True)
    page.encode("utf-8")
    assert ReadingText(page).articles == [shown(text)]
    doc = nlp(text)
    assert doc._.quotes == result.quotes
    assert_no_injection(attribution.render(doc))


# --- the reading page keeps every character ------------------------------------------------


@given(st.text(alphabet="ab “”\"'<>&;#\r\n\t\x00\x0c\u00a0\u2028\ud800\u202e.,", max_size=60))
def test_the_reading_page_shows_every_character_of_any_text(text: str) -> None:
    page = attribution.render(attribution.analyze(text), page=True)
    page.encode("utf-8")
    assert_no_injection(page)
    assert ReadingText(page).articles == [shown(text)]


def test_crossing_marks_nest_and_keep_the_text() -> None:
    """A cue inside another quote's content and a mention that crosses a quote's end are
    closed and reopened: the elements nest, the text is whole."""
    text = "“Ann said it was late,” Bo told us. Then more."
    ann = Speaker("Ann", "person", Span.of(text, 1, 4))
    bo = Speaker("Bo", "person", Span.of(text, 21, 26))  # crosses the quote's end
    quotes = [
        Quote(Span.of(text, 0, 23), Span.of(text, 27, 31), bo, "direct", 0.9),
        Quote(Span.of(text, 9, 21), Span.of(text, 5, 9), ann, "indirect", 0.5),
    ]
    result = Analysis(quotes, [Hedge(Span.of(text, 14, 21), "modal")], text=text)
    page = attribution.render(result, page=True)
    assert ReadingText(page).articles == [text]
    found = assert_no_injection(page)
    opened = found.tags.count("span")
    assert page.count("</span>") == opened


# --- the corpus report --------------------------------------------------------------------

REPORT_TAGS = ALLOWED_TAGS | {"main", "table", "tr", "th", "td", "script"}
REPORT_ATTRS = ALLOWED_ATTRS | {"type"}


class Scripts(html.parser.HTMLParser):
    """The script elements of a page: their type and content."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[str | None, str]] = []
        self._in: str | bool | None = False
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._in = dict(attrs).get("type")
            self.scripts.append((self._in, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in = False

    def handle_data(self, data: str) -> None:
        if self._in is not False:
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)


@pytest.mark.parametrize("name", [*NAME_PAYLOADS, "</script><script>alert(1)</script>",
                                  "<!--<script>", "]]></svg>&amp;"])
def test_the_report_escapes_group_and_source_names(name: str) -> None:
    pytest.importorskip("altair")
    pytest.importorskip("vl_convert")
    results = [(payload_analysis(name), {"outlet": name}),
               (payload_analysis("Ann"), {"outlet": "nyt"})]
    page = attribution.profile(results, by="outlet").to_html(title=name)
    found = Elements(page)
    assert set(found.tags) <= REPORT_TAGS, sorted(set(found.tags) - REPORT_TAGS)
    assert {n for n, _ in found.attrs} <= REPORT_ATTRS
    scripts = Scripts(page).scripts
    assert [kind for kind, _ in scripts] == ["application/json"] * 5 + [None]
    specs = [json.loads(text) for _, text in scripts[:5]]
    assert any(row.get("group") == name for row in specs[0]["data"]["values"])
    assert any(row.get("source") == name for row in specs[4]["data"]["values"])
    assert name in found.texts  # the title, the tables: as text
