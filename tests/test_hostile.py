"""Hostile input: the shapes scraped pages, OCR output and social-media dumps take.

For every shape of ``benchmarks/hostile.py`` (quote marks by the thousand, quotes that
never close, a text with no space, one endless sentence full of cues, ...):

* the result is valid (exact offsets, ordered, JSON round trip);
* the work is linear in the length, on each way in: the Analyzer, the spaCy component
  (``nlp.add_pipe("attribution")`` on spaCy's blank English) and ``render``. Tests hold
  no timing thresholds, so work is counted instead of timed: Python lines executed in
  the package (``sys.settrace``), characters the tokenizer's affix searches read,
  characters of span text in the result (memory), and how often the Doc's text is
  joined (``Doc.text``, C code the line count cannot see). Each count per input
  character must stay flat, within ``SLACK``, from ``SMALL`` to ``LARGE`` characters; a
  quadratic cost grows 8 times. The timings (10x the input in at most 12x the time)
  are in the benchmark.

The regular expressions are fed the worst inputs found for them. Those that are linear
run here in-process at a size where backtracking would not finish; the one that is not
runs in a subprocess whose time limit is a hang guard (the linear run takes
milliseconds, the current one minutes), not a timing threshold.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import attribution
from attribution import Analysis, Analyzer
from attribution.quotes.marks import find_quote_regions

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from hostile import SHAPES, repeat
from test_properties import all_spans, check_result

SRC = str(Path(attribution.__file__).resolve().parent)
SMALL, LARGE = 1_000, 8_000
SLACK = 1.5
# Runs of quote marks: spaCy's tokenizer splits them one affix at a time, so their Docs
# are built from the known tokens, one per character.
PUNCT_RUNS = frozenset({"marks_curly", "marks_straight", "guillemets", "alternating_tight"})

ANALYZER = Analyzer(max_length=10_000_000)


def component_pipeline() -> Language:
    """spaCy's blank English with the component: the README's way in."""
    nlp = spacy.blank("en")
    nlp.max_length = 10_000_000
    nlp.add_pipe("attribution")
    return nlp


COMPONENT_NLP = component_pipeline()


def text_of(shape: str, n: int) -> str:
    return SHAPES[shape][1](n)


def doc_of(shape: str, text: str, nlp: Language = ANALYZER.nlp) -> Doc:
    if shape in PUNCT_RUNS:
        return Doc(nlp.vocab, words=list(text), spaces=[False] * len(text))
    return nlp.make_doc(text)


def analyze_shape(shape: str, n: int) -> Analysis:
    text = text_of(shape, n)
    return ANALYZER.analyze_doc(doc_of(shape, text))


DISPLACY = str(Path(spacy.__file__).resolve().parent / "displacy")


def python_lines(run: Callable[[], Any], where: tuple[str, ...] = (SRC,)) -> int:
    """Lines of the attribution package (or the folders ``where``) that ``run()`` executes."""
    count = 0

    def local(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame: Any, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(where) else None

    old = sys.gettrace()
    sys.settrace(calls)
    try:
        run()
    finally:
        sys.settrace(old)
    return count


def per_char_growth(measure: Callable[[int], float], small: int = SMALL,
                    large: int = LARGE) -> float:
    """How much ``measure(n) / n`` grows from ``small`` to ``large`` (1.0: linear)."""
    per_small = measure(small) / small
    per_large = measure(large) / large
    return per_large / max(per_small, 1e-9) if per_large > 0 else 0.0


# --- every shape: a valid result ---------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_hostile_shape_gives_a_valid_result(shape: str) -> None:
    n = SMALL if shape in PUNCT_RUNS else LARGE
    text = text_of(shape, n)
    result = ANALYZER.analyze_doc(doc_of(shape, text))
    check_result(text, result)


@pytest.mark.parametrize("shape", sorted(PUNCT_RUNS))
def test_punctuation_runs_tokenize_to_one_token_per_mark(shape: str) -> None:
    """The Docs built by hand for these shapes are the ones spaCy's tokenizer makes."""
    text = text_of(shape, 300)
    assert [t.text for t in ANALYZER.nlp.make_doc(text)] == list(text)
    assert ANALYZER.analyze(text) == ANALYZER.analyze_doc(doc_of(shape, text))


def test_shapes_find_what_they_should() -> None:
    """The shapes reach the stages they are meant to stress."""
    assert analyze_shape("cued_quotes", 2_000).quotes
    assert analyze_shape("run_on_said", 2_000).quotes
    assert analyze_shape("hedges", 2_000).hedges
    assert analyze_shape("news", 5_000).quotes
    (region,) = find_quote_regions(text_of("unclosed_paragraphs", 2_000))  # one, run on
    assert region.paragraphs > 50 and not region.closed
    assert not analyze_shape("marks_curly", 2_000).quotes


# --- linear work ------------------------------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_python_work_is_linear(shape: str) -> None:
    def lines(n: int) -> float:
        doc = doc_of(shape, text_of(shape, n))
        return python_lines(lambda: ANALYZER.pipeline(doc))

    growth = per_char_growth(lines)
    assert growth <= SLACK, f"{shape}: lines per character grew {growth:.2f}x"


@pytest.mark.parametrize("shape", SHAPES)
def test_result_size_is_linear(shape: str) -> None:
    """Memory: the characters of span text in the result grow with the input.

    Measured from 8,000 characters on: spans overlap legitimately (the scopes of
    stacked hedges, nested quotes) up to a window, so the count per character rises
    until the window is full and must stay flat after.
    """

    def span_chars(n: int) -> float:
        result = analyze_shape(shape, n)
        names = sum(len(q.speaker.name) for q in result.quotes if q.speaker is not None)
        return sum(len(s.text) for s in all_spans(result)) + names

    growth = per_char_growth(span_chars, 8_000, 32_000)
    assert growth <= SLACK, f"{shape}: span text per character grew {growth:.2f}x"


class AffixCounter:
    """Counts the characters the tokenizer's prefix, suffix, infix and URL searches read."""

    NAMES = ("prefix_search", "suffix_search", "infix_finditer", "url_match", "token_match")

    def __init__(self, nlp: Any) -> None:
        self.tokenizer = nlp.tokenizer
        self.chars = 0
        for name in self.NAMES:
            func = getattr(self.tokenizer, name)
            if func is not None:  # setting one re-tokenizes the special cases
                setattr(self.tokenizer, name, self._counting(func))

    def _counting(self, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapped(string: str, *args: Any) -> Any:
            self.chars += len(string)
            return func(string, *args)

        return wrapped

    def __call__(self, text: str) -> int:
        self.tokenizer._flush_cache()  # every run starts cold
        before = self.chars
        self.tokenizer(text)
        return self.chars - before


AFFIXES = AffixCounter(Analyzer().nlp)  # its own Language: ANALYZER's stays untouched
COMPONENT_AFFIXES = AffixCounter(component_pipeline())


@pytest.mark.parametrize("shape", SHAPES)
def test_tokenizer_work_is_linear(shape: str) -> None:
    """The analyzer's tokenizer reads each character a bounded number of times, also on
    runs of quote marks (attribution.tokenize.ProtectedTokenizer); so does the tokenizer
    of a pipeline the component was added to, which the component protects."""
    for name, counter in (("analyzer", AFFIXES), ("component", COMPONENT_AFFIXES)):
        growth = per_char_growth(lambda n, c=counter: c(text_of(shape, n)), 500, 4_000)
        assert growth <= SLACK, (
            f"{shape}, {name}: affix-search characters per character grew {growth:.2f}x"
        )


@pytest.mark.slow  # a long run: CI's slow set runs it
def test_an_unprotected_tokenizer_is_quadratic_on_quote_marks() -> None:
    """The counter sees the cost the protection removes (so the test above can fail)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution", config={"protect_tokenizer": False})
    counter = AffixCounter(nlp)
    growth = per_char_growth(lambda n: counter(text_of("marks_curly", n)), 500, 4_000)
    assert growth > 4


# --- the component and render --------------------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
def test_component_work_is_linear(shape: str) -> None:
    component = COMPONENT_NLP.get_pipe("attribution")

    def lines(n: int) -> float:
        doc = doc_of(shape, text_of(shape, n), COMPONENT_NLP)
        return python_lines(lambda: component(doc))

    growth = per_char_growth(lines)
    assert growth <= SLACK, f"{shape}: lines per character grew {growth:.2f}x"


@pytest.mark.parametrize("style", ["reading", "spans"])
@pytest.mark.parametrize("shape", SHAPES)
def test_render_work_is_linear(shape: str, style: Literal["reading", "spans"]) -> None:
    """Counted in the package and in displaCy, whose own span renderer visits every span
    for every token."""

    def lines(n: int) -> float:
        result = analyze_shape(shape, n)
        return python_lines(lambda: attribution.render(result, style=style), (SRC, DISPLACY))

    growth = per_char_growth(lines)
    assert growth <= SLACK, f"{shape}: lines per character grew {growth:.2f}x"


class CountingDoc(Doc):
    """A Doc that counts how often its text is joined."""

    reads = 0

    @property
    def text(self) -> str:
        CountingDoc.reads += 1
        return str(super().text)


@pytest.mark.slow  # a long run: CI's slow set runs it
def test_displacys_own_span_renderer_is_quadratic() -> None:
    """What the render test guards against: displaCy's renderer on the same spans."""
    from spacy import displacy

    def lines(n: int) -> float:
        doc = COMPONENT_NLP(text_of("cued_quotes", n))
        options = {"spans_key": "attribution"}
        return python_lines(lambda: displacy.render(doc, style="span", options=options),
                            (DISPLACY,))

    assert per_char_growth(lines) > 4


@pytest.mark.parametrize("shape", ["cued_quotes", "hedges", "run_on_said", "news"])
def test_component_and_render_join_the_text_once(shape: str) -> None:
    """``Doc.text`` joins every token: once per span made the component quadratic."""
    made = COMPONENT_NLP.make_doc(text_of(shape, 4_000))
    doc = CountingDoc(
        COMPONENT_NLP.vocab, words=[t.text for t in made],
        spaces=[bool(t.whitespace_) for t in made],
    )
    CountingDoc.reads = 0
    COMPONENT_NLP.get_pipe("attribution")(doc)
    # Several spans, so that a read of the text per span would show as several reads.
    assert len(doc.spans["attribution"]) >= 2
    assert CountingDoc.reads == 1
    CountingDoc.reads = 0
    attribution.render(doc, style="spans")
    assert CountingDoc.reads == 0
    attribution.render(doc)  # the reading page quotes the text: one read
    assert CountingDoc.reads <= 1


@pytest.mark.parametrize("shape", ["unicode_soup", "cued_quotes"])
def test_component_and_render_on_lone_surrogates_and_unicode_spaces(shape: str) -> None:
    text = text_of(shape, 3_000).replace("e", "\ud800").replace(" ", "\u00a0", 200)
    expected = ANALYZER.analyze(text)
    doc = COMPONENT_NLP(text)
    assert doc._.quotes == expected.quotes and doc._.hedges == expected.hedges
    check_result(text, doc._.attribution)
    for style in ("reading", "spans"):
        attribution.render(expected, style=style).encode("utf-8")  # type: ignore[arg-type]
        attribution.render(doc, style=style).encode("utf-8")  # type: ignore[arg-type]


# --- regular expressions on their worst inputs ---------------------------------------------

MARKS_WORST = {
    "marks": "“" * 200_000,
    "mixed marks": repeat("\"'“”„‟‘’‚‛«»‹›「」『』＂``''")(200_000),
    "line breaks and blanks": repeat("“a\n \t\u00a0\n\r\n \u3000")(200_000),
    "blank lines in an open quote": "“a" + repeat("\u3000\n")(200_000),
    "reopened paragraphs": repeat("“a\n\n")(200_000),
    "apostrophes in words": repeat("don’t ’90s rock 'n' roll ")(200_000),
}


@pytest.mark.parametrize("name", MARKS_WORST)
def test_quote_mark_scan_on_its_worst_inputs(name: str) -> None:
    text = MARKS_WORST[name]
    regions = find_quote_regions(text)
    for r in regions:
        assert 0 <= r.start < r.end <= len(text)
        assert text[r.start] in "\"'“”„‟‘’‚‛«»‹›「」『』＂`"


@pytest.mark.parametrize("name", MARKS_WORST)
def test_quote_mark_pairing_work_is_linear(name: str) -> None:
    text = MARKS_WORST[name]

    def lines(n: int) -> float:
        prefix = text[:n]
        return python_lines(lambda: find_quote_regions(prefix))

    growth = per_char_growth(lines, 2_000, 16_000)
    assert growth <= SLACK, f"{name}: lines per character grew {growth:.2f}x"


def test_surrogate_scan_on_a_long_text() -> None:
    text = "a " * 250_000 + "\ud800"
    result = ANALYZER.analyze(text)
    assert result.text == text and not result.quotes


def matches_in_subprocess(pattern: Any, text: str, limit: float = 5.0) -> int | None:
    """How many matches ``pattern.finditer`` finds in ``text``, run in a bare interpreter
    (only ``re`` or ``regex`` imported); None if it runs over ``limit`` seconds.

    A hang guard, not a timing threshold: a linear scan of the inputs given here takes
    milliseconds and the interpreter's start-up a fraction of a second, while the
    backtracking scans they guard against take minutes to hours.
    """
    module = "re" if isinstance(pattern, re.Pattern) else "regex"
    code = (f"import sys, {module}; p = {module}.compile({pattern.pattern!r}, "
            f"{int(pattern.flags)}); print(sum(1 for _ in p.finditer(sys.stdin.read())))")
    try:
        proc = subprocess.run([sys.executable, "-I", "-c", code], input=text, text=True,
                              capture_output=True, timeout=limit, check=True)
    except subprocess.TimeoutExpired:
        return None
    return int(proc.stdout)


def test_hang_guard_runs_linear_patterns_to_the_end() -> None:
    from attribution.quotes.marks import _SCAN

    assert matches_in_subprocess(_SCAN, "“" * 200_000) == 200_000


def test_quote_mark_scan_matches_the_plain_alternation() -> None:
    """The class-first scan finds exactly what the plain alternation of marks finds,
    less the apostrophes: a single ’, ' or ‘ between two letters or digits."""
    import random

    import regex

    from attribution.quotes.marks import _SCAN

    plain = regex.compile(
        r"''|``|[\"'“”„‟‘’‚‛«»‹›「」『』＂]|(?:[\n\r\u2028\u2029\x85\x0b\x0c][ \t\u00a0]*+)++"
    )
    alphabet = "\"'`“”„‟‘’‚‛«»‹›「」『』＂\n\r\u2028\u2029\x85\x0b\x0c \t\u00a0\u3000ab1_é\u0301"

    def apostrophe(text: str, a: int, b: int) -> bool:
        return (
            b == a + 1 and text[a] in "’'‘" and a > 0 and b < len(text)
            and text[a - 1].isalnum() and text[b].isalnum()
        )

    rnd = random.Random(6)
    for _ in range(5_000):
        text = "".join(rnd.choices(alphabet, k=rnd.randint(0, 16)))
        assert [m.span() for m in _SCAN.finditer(text)] == [
            m.span() for m in plain.finditer(text) if not apostrophe(text, *m.span())
        ], text


def test_sentence_splitter_on_runs_of_terminal_punctuation() -> None:
    from attribution.hedges.attach import _SENTENCE_END

    text = "." * 100_000 + " a " + "?!…" * 30_000 + " b"
    assert matches_in_subprocess(_SENTENCE_END, text) == 0  # no capital follows


def test_name_run_pattern_on_hyphenated_capitals() -> None:
    from attribution.speakers.names import NAME_RUN

    # one hyphenated word ("Boateng-Larbi"), found in one linear scan
    assert matches_in_subprocess(NAME_RUN, "A-" * 100_000 + " b") == 1


def test_name_run_pattern_on_inputs_it_handles() -> None:
    from attribution.speakers.names import NAME_RUN

    # at most eight words a match; particles ("al-") and invisible characters inside; no
    # match starts at a sentence's opening word ("A", "The")
    for unit, found in [("A ", 0), ("Aaaa", 1), ("A’", 0), ("Ab Cd. E \t", 7_500),
                        ("Ab de ", 4_167), ("Hamid al-", 1), ("A\u200b ", 8_334),
                        ("Ab Cd ", 8_334)]:
        text = (unit * 200_000)[:200_000]
        assert matches_in_subprocess(NAME_RUN, text) == found, unit


def test_long_run_check_agrees_with_the_run_pattern() -> None:
    """The tokenizer's quick test for a long run finds a run exactly when the run pattern
    does, also where the two engines' whitespace differs (U+001C..U+001F)."""
    from attribution.tokenize import _HAS_LONG_RUN, _LONG_RUN, RUN_LIMIT

    texts = ["", "a " * 1_000, "a" * RUN_LIMIT, "a" * (RUN_LIMIT + 1),
             " " + "b" * RUN_LIMIT + "\u00a0" + "c" * RUN_LIMIT,
             "a" * 200 + "\x1c" + "a" * 200, "a" * 200 + "\u2028" + "a" * 200,
             "a" * 200 + "\x1f\x1d" + "a" * 56, "a" * 200 + "\x1f\x1d" + "a" * 55]
    for text in texts:
        assert (_HAS_LONG_RUN.search(text) is None) == (_LONG_RUN.search(text) is None), text
    assert matches_in_subprocess(_HAS_LONG_RUN, "a" * 200_000) == 1
    assert matches_in_subprocess(_HAS_LONG_RUN, ("a" * RUN_LIMIT + " ") * 1_000) == 0


def test_block_check_never_misses_a_long_run() -> None:
    """The tokenizer tries the run pattern only where a block of text lacks a space: that
    pre-check must say "maybe" for every text that has a long run."""
    import random

    from attribution.tokenize import _LONG_RUN, RUN_LIMIT, _may_have_long_run

    rnd = random.Random(8)
    for _ in range(3_000):
        run = rnd.choice(["a", "a" * 40, "a" * RUN_LIMIT, "a" * (RUN_LIMIT + 1), "\x1c", "\n"])
        text = "".join(rnd.choice([run, " ", "b", "\u2028"]) for _ in range(rnd.randint(0, 12)))
        if _LONG_RUN.search(text) is not None:
            assert _may_have_long_run(text), text
    assert not _may_have_long_run("ordinary words, " * 1_000)


def test_sentence_splitter_on_inputs_it_handles() -> None:
    for text in ["\n \n" * 100_000, "a. " * 100_000, "\n" * 200_000 + "A"]:
        assert attribution.certainty(text) == 1.0


# --- the other ways in -----------------------------------------------------------------------


def test_pipe_accepts_lone_surrogates_like_analyze() -> None:
    texts = ["“We will \ud800win,” the senator said.", "plain"]
    assert list(ANALYZER.pipe(texts)) == [ANALYZER.analyze(t) for t in texts]


def test_analyze_accepts_lone_surrogates() -> None:
    text = "“We will \ud800win,” the senator said. \udfff"
    result = ANALYZER.analyze(text)
    check_result(text, result)
    assert result.quotes[0].content.text == "“We will \ud800win,”"
    assert json.loads(json.dumps(result.to_dict()))["quotes"][0]["content"]["text"] == (
        "“We will \ud800win,”"
    )


def test_many_documents_do_not_grow_memory() -> None:
    """Analysing the same text again and again leaves no per-call state behind."""
    import gc

    text = text_of("news", 3_000)
    ANALYZER.analyze(text)
    gc.collect()
    before = len(gc.get_objects())
    for _ in range(50):
        ANALYZER.analyze(text)
    gc.collect()
    assert len(gc.get_objects()) - before < 1_000


@pytest.mark.parametrize("shape", ["adjacent_quotes", "cued_quotes", "run_on_said"])
def test_speaker_reading_is_linear(shape: str) -> None:
    """The speaker stage alone: its share of the work is small enough that a quadratic
    lookup in it (a scan for each inherited candidate's source) hid in the whole
    pipeline's count at these sizes."""
    reader = str(Path(SRC) / "speakers")

    def lines(n: int) -> float:
        doc = doc_of(shape, text_of(shape, n))
        return python_lines(lambda: ANALYZER.pipeline(doc), (reader,))

    growth = per_char_growth(lines)
    assert growth <= SLACK, f"{shape}: speaker lines per character grew {growth:.2f}x"
