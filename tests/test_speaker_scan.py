"""What speaker resolution reads of an article's tokens, against plain definitions.

The scan (``speakers/scan.py``, ``text.py``, ``casing.py``, ``wordsets.py``) takes short
cuts for speed: pronouns picked among the tokens rather than found by a regular
expression, flags set by slices, the lexicon's classes bound as sets. Each is checked
here against the slow definition it replaces.
"""

from __future__ import annotations

import dataclasses
import random
import re

from attribution import Analyzer
from attribution.phrases import Tagger
from attribution.resources import Resources
from attribution.segment import DocView, build_view
from attribution.speakers.casing import Casing
from attribution.speakers.mention import Mention
from attribution.speakers.scan import TextScan
from attribution.speakers.text import token_flags
from attribution.speakers.typer import MentionTyper
from attribution.speakers.wordsets import WordSets
from attribution.tokenize import blank_english

NLP = blank_english()
RES = Resources.default()
PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|him|his|His|her|Her)\b")


def view_of(text: str) -> DocView:
    return build_view(NLP(text), text)


def scan_of(view: DocView, quoted: list[tuple[int, int]] | None = None) -> TextScan:
    return TextScan(view, RES, MentionTyper(view, RES), Tagger(view, RES), quoted or [], [])


def test_pronouns_are_the_whole_words_a_regular_expression_finds() -> None:
    text = (
        "He said his sister and her friend saw him. Hehe, HE and Hers are none; "
        "she_x, x_he, 3he, he3, él, HIS and Him neither. She told Her story, his way."
    )
    view = view_of(text)
    scan = scan_of(view)
    expected = []
    for m in PRONOUN.finditer(text):
        i = view.token_at(m.start())
        if view.starts[i] == m.start() and view.ends[i] == m.end():
            expected.append(i)
    assert scan.all_pronouns == expected
    assert [view.words[i] for i in expected] == [
        "He", "his", "her", "him", "She", "Her", "his"
    ]


def test_pronouns_inside_quotations_are_not_the_articles() -> None:
    text = "Ana Ruiz spoke first. “He lied to her,” she said of him."
    view = view_of(text)
    start, end = text.index("“"), text.index("”") + 1
    found = [view.words[i] for i in scan_of(view, [(start, end)]).all_pronouns]
    assert found == ["she", "him"]


def test_token_flags_mark_the_tokens_each_range_overlaps() -> None:
    text = "One two, three. Four five six, seven eight nine ten."
    view = view_of(text)
    rnd = random.Random(7)
    for _ in range(300):
        ranges = [(rnd.randrange(-3, len(text) + 3), rnd.randrange(-3, len(text) + 3))
                  for _ in range(rnd.randrange(0, 4))]
        expected = [
            any(a < b and view.starts[i] < b and view.ends[i] > a for a, b in ranges)
            for i in range(len(view.words))
        ]
        assert token_flags(view, ranges) == expected, ranges


def test_a_moved_mention_keeps_every_other_field() -> None:
    values = {f.name: f"x{f.name}" for f in dataclasses.fields(Mention)}
    values.update(start=1, end=2, modifiers=("former",), plural=True, title_only=True,
                  weak=True)
    m = Mention(**values)  # type: ignore[arg-type]
    assert m.moved(10, 20) == dataclasses.replace(m, start=10, end=20)


def test_word_sets_are_the_lexicons_classes() -> None:
    lex = RES.speakers
    sets = WordSets.of(lex)
    assert WordSets.of(lex) is sets
    for f in dataclasses.fields(WordSets):
        if f.name in lex.words:
            assert getattr(sets, f.name) == lex.words[f.name], f.name
    assert sets.person_noun == lex.words["role"] | lex.words["gendered_male"] | lex.words[
        "gendered_female"
    ]
    for words, kind in sets.known_names.items():
        media = lex.phrase("media_name", words)
        assert kind == ("media" if media else "organization"), words
        assert media or lex.phrase("org_name", words) or lex.phrase("gpe", words), words


def test_casing_reads_capitals_by_their_definitions() -> None:
    text = (
        "Long-Time Leaders Of Conservative Movement Unite\n\n"
        "Terrorists mock the bids. Officials said Bush met Jeb Bush in Austin. "
        "Unions said little.\n\nA Short line Here"
    )
    view = view_of(text)
    casing = Casing(view, RES.words)
    for n, (first, end) in enumerate(view.paras):
        long_words = [w for w in view.words[first:end] if len(w) > 3 and w[0].isalpha()]
        caps = sum(w[0].isupper() for w in long_words)
        assert casing.titles[n] == (len(long_words) >= 2 and caps >= 0.7 * len(long_words))
    assert casing.titles == [True, False, False]
    # "A Short line Here" has two capitals of three longer words: no title line.
    assert casing.midcap == {"bush", "jeb", "austin", "short", "here"}


def test_a_words_capitals_are_read_from_its_own_tokens_as_from_all() -> None:
    texts = [
        "Bush spoke. Jeb Bush and bush pilots met BUSH fans; Bushes grew. Anne and Ann, "
        "Annan and ANN.\n\nTitle Case Line For Bush Here\n\nThe end came. Ann left.",
        "İstanbul said. The İstanbul office and Ankara met.",  # lengthens in lower case
        "ΟΔΟΣ Σ ΣΑΣ said. Then ΣΑΣ and Σ went.",
        "aa Aa aA AA. Aaa aa Aa.",
    ]
    for text in texts:
        view = view_of(text)
        midcap = Casing(view, RES.words).midcap
        casing = Casing(view, RES.words)
        for i, low in enumerate(view.lower):
            assert casing.capitalised_mid(low) == (low in midcap), (text, view.words[i])


def test_past_its_budget_a_document_reads_all_its_capitals_once() -> None:
    # Many distinct capitalised openers, and a word found in many places: the lazy
    # reading gives way to the whole set, with the same answers.
    text = " ".join(f"Word{n} went. Then Aa aa{n} Aa." for n in range(120))
    view = view_of(text)
    midcap = Casing(view, RES.words).midcap
    casing = Casing(view, RES.words)
    for low in ["aa", *(f"word{n}" for n in range(120)), "then", "aa7"]:
        assert casing.capitalised_mid(low) == (low in midcap), low
    assert casing._full == midcap  # the budget was spent


def test_a_long_document_searches_fewer_words_before_reading_all_its_capitals() -> None:
    # Each word searched for reads the whole text: a long article reads all its capitals
    # after fewer words (the same answers), so its cost grows with its length only.
    text = " ".join(f"Word{n} went. Then Aa aa{n} Aa." for n in range(4_000))
    view = view_of(text)
    midcap = Casing(view, RES.words).midcap
    casing = Casing(view, RES.words)
    assert casing._lazy < 64
    asked = [f"word{n}" for n in range(casing._lazy)]
    for low in asked:
        assert casing.capitalised_mid(low) == (low in midcap), low
    assert casing._full is None  # each read from its own tokens so far
    for low in ["aa", "then", "aa7", "word3999"]:
        assert casing.capitalised_mid(low) == (low in midcap), low
    assert casing._full == midcap


def test_the_lexicon_finds_a_phrase_of_a_class_in_words_with_or_without_single_words() -> None:
    lex = Resources.load().speakers
    clause = ("asked", "not", "to", "be", "named", "because", "he", "was", "not",
              "authorized")
    assert lex.holds("anon_marker", clause)
    assert lex.holds("anon_marker", clause, lambda w: w.startswith("anonym"))
    other = ("have", "battled", "other", "online", "threats")
    assert lex.holds("anon_marker", other)  # "other" alone is a marker of the class
    assert not lex.holds("anon_marker", other, lambda w: w.startswith("anonym"))
    assert lex.holds("anon_marker", ("spoke", "anonymously"), lambda w: w.startswith("anonym"))


def test_a_surname_before_a_verb_the_word_list_calls_a_noun_is_the_subject() -> None:
    # "disputes" is a plural noun in the word lexicon; after the surname of someone the
    # article names in full it is her verb, and "She" continues her
    text = (
        "Altagracia Wong runs the restaurant.\n\n"
        "A spokesperson for the company, Derek Oyelaran, says it has no plans for the "
        "space yet.\n\n"
        "Wong disputes that account. She says nobody mentioned an extension.\n"
    )
    quotes = Analyzer().analyze(text).quotes
    assert [q.speaker.name for q in quotes if q.speaker] == ["Derek Oyelaran", "Altagracia Wong"]


def test_a_number_word_the_lexicon_lacks_is_no_ed_verb() -> None:
    # "hundred" ends as "incurred" does; a number is never guessed a verb
    view = view_of("Several hundred drivers incurred fines, and two hundred more were warned.")
    tag = Tagger(view, RES)
    tags = {view.words[i]: tag(i) for i in range(len(view.words))}
    assert tags["hundred"] != "VERB" and tags["incurred"] == "VERB"


def test_inner_and_fronted_descriptions_read_the_determiners_found_once() -> None:
    # The determiners are picked once (``TextScan.determiners``); the fronted subjects
    # are the "the" among them that a plain pass over the tokens finds.
    text = (
        "On Tuesday, the trade group said its driver had left. Later, The captain and "
        "her deputy met an American engineer. In March, the mayor's aide, a former "
        "nurse, spoke to the press. A man and THE woman left; the end."
    )
    view = view_of(text)
    scan = scan_of(view)
    flags = [False] * len(view)
    assert scan.determiners == [
        i for i, w in enumerate(view.lower) if w in ("a", "an", "the", "his", "her", "its")
    ]
    fronted = scan.fronted_descriptions(flags)
    assert fronted and all(view.lower[k] == "the" for k in fronted)
    assert set(fronted) <= set(scan.determiners)
    assert scan.inner_descriptions(flags)
    assert scan.fronted_descriptions(flags) == fronted  # read again: the same
