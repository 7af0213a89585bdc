"""The speed-ups that read less than the code they replace answer as it did: each fast
path is compared with the plain reading it stands for, on the same input."""

from __future__ import annotations

import pytest

from attribution import Analyzer
from attribution.segment import build_view
from attribution.speakers.dialogue import _VOCATIVE, vocative
from attribution.speakers.typer import MentionTyper

ARTICLE = (
    "Terrorists Mock Bids to End Long-Time Rule\n\n"
    "Minister for National Development Leong Shu Fen said on Monday that the plan, which "
    "Finance Minister Nirmala Sitharaman backed, would go ahead.\n\n"
    "Unions said the Bureau of Meteorology and the Institute for the Study of War had "
    "been consulted. Spokesmen for Ohio Secretary of State Jon Husted declined to say.\n\n"
    "Secretary of State John Kerry told reporters that Director Fernanda Rocha Lima agreed."
)


@pytest.fixture(scope="module")
def typer() -> MentionTyper:
    an = Analyzer()
    view = build_view(an.nlp(ARTICLE), ARTICLE)
    return MentionTyper(view, an.pipeline.resources)


def _reference_vocative(content: str, titles: frozenset[str]) -> str | None:
    m = _VOCATIVE.search(content)
    if m is None or (m.group(3) is not None and m.group(3) not in titles):
        return None
    return m.group(1) or m.group(2) or m.group(3)


@pytest.mark.parametrize("content", [
    "Walter. What did you see?", "“Ma, I'm always studying.”", "Time is up, senator.",
    "I told you, Mr. Felsted.", "Yes, no, maybe, Smith.", ", Okafor.", "No commas here",
    "A, b, c, d, e, mama,", "“Thanks, Dr Okoye,” she said", "", ",", "Well,, Jones!",
    "We lost, and we know it, Aylin", "She said: ‘Fine, Kemal.’",
])
def test_vocative_reads_what_a_search_of_the_whole_line_reads(content: str) -> None:
    titles = frozenset(["senator", "mama", "sir"])
    assert vocative(content, titles) == _reference_vocative(content, titles)


def test_common_caps_reads_by_position_once_as_casing_common_did(typer: MentionTyper) -> None:
    casing, lower, words = typer.casing, typer.view.lower, typer.view.words
    n = len(words)
    for a in range(n):
        for b in range(a + 1, min(a + 6, n) + 1):
            toks = list(range(a, b))
            expected = all(  # the reading before the fast path
                casing.common(i) or (lower[i] in typer.sets.role and casing.by_position(i))
                for i in toks if words[i][:1].isupper()
            )
            assert typer.common_caps(toks) == expected, words[a:b]


def test_office_end_needs_of_or_for_and_still_finds_the_holder(typer: MentionTyper) -> None:
    words = typer.view.words
    start = words.index("Minister")
    end = words.index("said")
    assert words[start + typer.office_end(list(range(start, end)))] == "Leong"
    kerry = words.index("John")
    assert typer.office_end(list(range(kerry - 3, kerry + 2))) == 3  # "Secretary of State"
    sitharaman = words.index("Sitharaman")
    assert typer.office_end(list(range(sitharaman - 3, sitharaman + 1))) == -1  # no "of"
