"""The speed pass of issue 13 (branch speed7): each short cut against the plain
definition it replaces, so that a later change to one cannot silently change output.

* ``segment.tokens_in``: the tokens of a word set, picked at C speed;
* ``speakers.clustering.place_words``: only the place and institution nouns read;
* ``speakers.org_types.OrgTypes``: only the nouns of its table read;
* ``segment._lower_words``: each token lowered by ``map``;
* ``furniture``: no lexicon match tried on a line longer than any kind takes;
* ``records.copy_with``: ``dataclasses.replace`` with the field names read once.
"""

from __future__ import annotations

import dataclasses
import random

import pytest

import attribution
import attribution.furniture as furniture
from attribution.furniture import WORDS, find_furniture
from attribution.records import copy_with
from attribution.resources import Resources
from attribution.segment import DocView, _lower_words, build_view, tokens_in
from attribution.speakers import org_types
from attribution.speakers.clustering import INSTITUTIONS, place_words
from attribution.speakers.scan import THIRD_PERSON_FORMS
from attribution.tokenize import blank_english

NLP = blank_english()
RES = Resources.default()
REPORTING = frozenset(f for e in RES.cues.entries for f in e.forms if " " not in f)


def view_of(text: str) -> DocView:
    return build_view(NLP(text), text)


def test_tokens_in_a_set_are_those_a_plain_loop_finds() -> None:
    rnd = random.Random(13)
    vocabulary = ["he", "He", "his", "her", "Her", "she", "the", "a", ",", "", "hers"]
    for _ in range(200):
        words = [rnd.choice(vocabulary) for _ in range(rnd.randrange(0, 30))]
        expected = [i for i, w in enumerate(words) if w in THIRD_PERSON_FORMS]
        assert tokens_in(words, THIRD_PERSON_FORMS) == expected, words


def _place_words_plain(view: DocView, place_heads: frozenset[str]) -> frozenset[str]:
    """The definition: every token visited, in order."""
    words, lower = view.words, view.lower
    out: set[str] = set()
    for i, w in enumerate(lower):
        if not words[i].islower() or not (w in INSTITUTIONS or w in place_heads):
            continue
        k = i - 1
        while k >= 0 and i - k <= 2 and words[k].isalpha() and words[k].islower() and (
            lower[k] not in ("and", "the", "a", "an", "of", "in", "at", "to")
        ):
            k -= 1
        while k >= 0 and words[k][:1].isupper():
            out.add(words[k])
            k -= 1
            if k >= 1 and lower[k] in ("and", ",") and words[k - 1][:1].isupper():
                k -= 1
    return frozenset(out)


@pytest.mark.parametrize("text", [
    "Pupils of Hawthorne and Millbrook elementary schools met at Pilrig farm. The River "
    "Street station closed; Kings Cross Stations and the SCHOOL stayed open.",
    "Schools closed. school park Park Farm farm, Old Mill farm and the Elm Street",
    "",
    "farm",
])
def test_place_words_are_those_a_visit_of_every_token_finds(text: str) -> None:
    view = view_of(text)
    heads = RES.speakers.words["place_head"]
    assert place_words(view, heads) == _place_words_plain(view, heads)
    # A set the lexicon does not hold: the nouns come from the argument, not a cache.
    assert place_words(view, frozenset(["station"])) == _place_words_plain(
        view, frozenset(["station"])
    )


def test_place_words_finds_names_before_place_nouns() -> None:
    view = view_of("Pupils of Hawthorne and Millbrook elementary schools met at Pilrig farm.")
    assert place_words(view, frozenset()) == {"Hawthorne", "Millbrook", "Pilrig"}


@pytest.mark.parametrize("text", [
    "Ödön Şahin İSTANBUL said and Straße", "plain words, and MORE", "",
])
def test_tokens_are_lowered_as_one_by_one(text: str) -> None:
    view = view_of(text)
    lowered = _lower_words(view.text, view.words, view.starts, view.ends)
    assert lowered == [w.lower() for w in view.words]
    assert all(type(w) is str for w in lowered)


def test_no_kind_of_furniture_takes_more_words_than_the_cut_off() -> None:
    assert max(WORDS.values()) <= furniture.MOST_WORDS
    assert furniture.MOST_WORDS >= furniture.PROMPT_WORDS


def _long_lines_text(rnd: random.Random) -> str:
    caption = ("Firefighters work through the night at the site of the blaze in the old "
               "town. Photo: Jane Smith/Reuters")
    filler = ["the", "council", "said", "photo", "copyright", "on", "Monday", "credit",
              "Getty", "Images", "reporting", "by", "sign", "up", "newsletter", "and"]
    lines = ["Headline of the story", caption]
    for _ in range(6):
        n = rnd.choice([5, 12, 13, 40, 59, 60, 61, 62, 80, 110])
        words = [rnd.choice(filler) for _ in range(n)]
        words[0] = words[0].capitalize()
        lines.append(" ".join(words) + rnd.choice(["", ".", " Photo: Jane Smith/Reuters"]))
    return "\n\n".join(lines)


def test_furniture_is_the_same_when_every_line_is_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    rnd = random.Random(5)
    texts = [_long_lines_text(rnd) for _ in range(60)]
    fast = [find_furniture(t, REPORTING) for t in texts]
    monkeypatch.setattr(furniture, "MOST_WORDS", 10**9)
    plain = [find_furniture(t, REPORTING) for t in texts]
    assert fast == plain
    assert any(fast)  # the texts hold furniture lines


def test_copy_with_is_dataclasses_replace_on_the_result_records() -> None:
    text = (
        "Headline of the story\n\nAdvertisement\n\n“We will rebuild,” Mayor Ana Ruiz said on "
        "Monday. She said the city would probably need two years. Her deputy, Tom Okafor, "
        "told reporters the plan was likely to change."
    )
    analysis = attribution.Analyzer().analyze(text)
    records: list[object] = [analysis, *analysis.quotes, *analysis.hedges, *analysis.entities,
                             *analysis.furniture]
    for q in analysis.quotes:
        records += [q.content, q.speaker]
    assert len({type(r) for r in records}) >= 6
    for record in records:
        for f in dataclasses.fields(record):  # type: ignore[arg-type]
            if f.init:
                value = getattr(record, f.name)
                assert copy_with(record, **{f.name: value}) == dataclasses.replace(
                    record, **{f.name: value}  # type: ignore[type-var]
                )
        assert copy_with(record) == dataclasses.replace(record)  # type: ignore[type-var]
    quote = analysis.quotes[0]
    changed = copy_with(quote, kind="indirect", group=7)
    assert changed == dataclasses.replace(quote, kind="indirect", group=7)
    assert (changed.kind, changed.group, quote.kind) == ("indirect", 7, "direct")
    with pytest.raises(TypeError, match="no init field"):
        copy_with(quote, kinds="direct")


def _by_use_plain(view: DocView) -> dict[str, set[str]]:
    """The definition: every token looked up in the table."""
    after = org_types._table().get("after", {})
    words = view.words
    found: dict[str, set[str]] = {}
    for i, w in enumerate(view.lower):
        types = after.get((w,))
        if types is None or not words[i].islower():
            continue
        for n in range(1, min(org_types.NAME_SPAN, i) + 1):
            if not words[i - n][:1].isupper():
                break
            found.setdefault(org_types._key(words[i - n : i]), set()).update(types)
    return found


@pytest.mark.parametrize("text", [
    "A Sky Meridian flight landed; the Qantas jet and two Harland Air planes did not. "
    "Flight 12, a FLIGHT, Jet Blue jet, the airline said.",
    "flight jet plane",
    "",
])
def test_organisation_types_by_use_are_those_a_visit_of_every_token_finds(text: str) -> None:
    view = view_of(text)
    assert org_types.OrgTypes(view)._by_use() == _by_use_plain(view)


def test_a_name_before_a_noun_of_the_table_is_typed_by_it() -> None:
    view = view_of("A Sky Meridian flight landed.")
    assert org_types.OrgTypes(view).by_use("Sky Meridian") == {"airline", "carrier"}
