"""The DocView of segment.py: token lookups, ranges, lower case, evidence flags."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Doc

from attribution.segment import _lower_words, _ranges, build_view
from attribution.tokenize import blank_english

NLP = blank_english()


def test_token_lookups_match_their_definitions() -> None:
    text = "“We won,” he said.  Then:\n\nnothing at all (really)!"
    view = build_view(NLP(text), text)
    for char in range(-2, len(text) + 3):
        at = next((i for i, e in enumerate(view.ends) if e > char), len(view.ends))
        before = max((i for i, s in enumerate(view.starts) if s < char), default=-1)
        assert view.token_at(char) == at, char
        assert view.token_before(char) == before, char


def test_ranges_start_at_flags_and_cover_every_token() -> None:
    rnd = random.Random(3)
    for n in range(0, 40):
        flags = [rnd.random() < 0.3 for _ in range(n)]
        if n:
            flags[0] = True
        spans, of = _ranges(flags)
        assert [i for i, f in enumerate(flags) if f] == [a for a, _ in spans]
        assert [k for k, (a, b) in enumerate(spans) for _ in range(a, b)] == of
        assert len(of) == n and (not spans or spans[-1][1] == n)


def test_lower_case_words_read_as_in_the_lowered_text() -> None:
    for text in ["ΟΔΟΣ. Σ ΣΑΣ-ΣΑΣ ΑΣ’", "İstanbul İ ΑΣ", "Plain Words, and MORE.", "ΣΣ"]:
        doc = NLP(text)
        words = [t.text for t in doc]
        starts = [t.idx for t in doc]
        ends = [t.idx + len(t) for t in doc]
        lowered = text.lower()
        if len(lowered) == len(text):
            expected = [lowered[a:b] for a, b in zip(starts, ends, strict=True)]
        else:
            expected = [w.lower() for w in words]
        assert _lower_words(text, words, starts, ends) == expected, text


def test_only_capital_sigma_lowers_by_context_and_only_dotted_i_changes_length() -> None:
    contextual = [c for c in map(chr, range(0x110000))
                  if ("A" + c + " ").lower() != "a" + c.lower() + " "
                  or ("A" + c + "A").lower() != "a" + c.lower() + "a"]
    assert contextual == ["\u03a3"]
    assert [c for c in map(chr, range(0x110000)) if len(c.lower()) != 1] == ["\u0130"]


def test_flags_say_what_the_doc_carries() -> None:
    blank = build_view(NLP("He said so."))
    assert (blank.annotations.pos, blank.annotations.dep, blank.annotations.ents) == (
        False, False, False)
    doc = Doc(spacy.blank("en").vocab, words=["He", "said", "so", "."],
              pos=["PRON", "VERB", "ADV", "PUNCT"], ents=["O", "O", "O", "O"])
    view = build_view(doc)
    assert view.annotations.pos and not view.annotations.dep
    assert view.pos == ["PRON", "VERB", "ADV", "PUNCT"]


def _sentences(text: str) -> list[str]:
    view = build_view(NLP(text), text)
    return [text[view.starts[a] : view.ends[b - 1]].strip() for a, b in view.sents]


def test_a_straight_mark_after_a_space_token_opens_the_next_sentence() -> None:
    # A newline or a no-break space after the stop is a token of its own: the mark
    # after it opens a quotation, so it starts the next sentence.
    for gap in (" \n", "\xa0", "  "):
        text = f'He said it. {gap}"They sue," he said.{gap}"Everybody sues."'.replace(
            ". " + gap, "." + gap
        )
        assert _sentences(text) == [
            "He said it.",
            '"They sue," he said.',
            '"Everybody sues."',
        ], repr(gap)
    # A mark that hugs the stop still closes the quotation.
    assert _sentences('He said "it is over." Then he left.') == [
        'He said "it is over."',
        "Then he left.",
    ]


def test_a_swedish_mark_after_a_space_opens_the_next_sentence() -> None:
    """Swedish and Finnish house style quotes ”…” with the same mark at both ends: after
    a stop and a space it opens the next sentence; hugging the stop it closes one."""
    text = "”It pays,” she said. ”The shop pays for the sea.”\n\n”Always.”"
    assert _sentences(text) == ["”It pays,” she said.", "”The shop pays for the sea.”", "”Always.”"]
    assert _sentences("He said ”it is over.” Then he left.") == [
        "He said ”it is over.”",
        "Then he left.",
    ]


def test_a_swedish_style_quotation_after_its_attribution_continues_it() -> None:
    from attribution import analyze

    text = "”Nobody has a plan B,” Westerlund said. ”We have talked about one since 1990.”"
    quotes = analyze(text).quotes
    assert [q.content.text for q in quotes][-1] == "”We have talked about one since 1990.”"
    assert quotes[-1].speaker is not None and quotes[-1].speaker.name == "Westerlund"
