"""The furniture alternation split by first character finds what the whole finds."""

from __future__ import annotations

import re

import pytest

from attribution.alternation import by_first_char
from attribution.furniture import _packaged

ROWS = [
    r"(?P<k0>(advertisement|ad)s?)",
    r"(?P<k1>[-–•|\s]*sponsored.*)",
    r"(?P<k2>\d{1,2}:\d{2})",
    r"(?P<k3>(\w+ ){0,3}reporter)",
    r"(?P<k4>key (points|events))",
    r"(?P<k5>.{0,20}all rights reserved)",
    r"(?P<k6>[a-c][x-z]+)",
]


def _row(pattern: re.Pattern[str], line: str) -> str | None:
    m = pattern.fullmatch(line)
    return None if m is None else m.lastgroup


@pytest.mark.parametrize("line", [
    "Advertisement", "ADS", "  sponsored content", "12:30", "staff reporter", "Reporter",
    "Key Points", "\u212aey points",  # the Kelvin sign equals "k" ignoring case
    "© 2016 All rights reserved", "ayz", "Bxx", "cat", "", "“Quoted,” he said.",
])
def test_split_finds_the_row_the_whole_finds(line: str) -> None:
    split = by_first_char(ROWS, re.IGNORECASE)
    assert split is not None
    whole = re.compile("|".join(ROWS), re.IGNORECASE)
    assert _row(split.pattern(line), line) == _row(whole, line)


def test_rows_that_cannot_start_a_line_are_left_out() -> None:
    split = by_first_char(ROWS, re.IGNORECASE)
    assert split is not None
    tried = split.pattern("Key Points").pattern
    assert "k4" in tried and "k0" not in tried and "k6" not in tried
    # \d, \s, \w and . may stand for anything: those rows are always tried
    assert all(f"k{k}" in tried for k in (1, 2, 3, 5))


def test_the_furniture_lexicon_is_split() -> None:
    lex = _packaged()
    assert lex.by_first is not None
    assert lex.kind_of("Advertisement") == "ad"
    assert lex.kind_of("The senator said the bill would pass on Tuesday.") is None
