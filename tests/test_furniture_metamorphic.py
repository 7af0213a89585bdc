"""Page furniture inserted between paragraphs changes no quote (issue 16, item 5).

A metamorphic test: lines of ``benchmarks/furniture_lines.txt`` (ad and scroll prompts,
bylines, captions, share prompts, subheads, ...) are inserted between the paragraphs of
every desk fixture and of the seed article, with a fixed random seed; the quotes found
after insertion, mapped back to the original offsets, must be those found before (same
content span, kind and speaker name), and none may be added. ``benchmarks/furniture.py``
runs the same insertion on PolNeAR dev, and inside multi-paragraph quotations too.

Fixtures where today's analyzer changes a quote are listed in
``desks_known_failures.py`` (strict xfail).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from attribution import analyze
from desk_support import cases, fixture, fixtures

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import furniture as F

LINES = F.load_lines()
SEED = 16
RATE = 0.5


def _text(case: str) -> str:
    return F.seed_text() if case == "seed_article" else fixture(case).text


def _problems(diff: F.Diff) -> list[str]:
    problems = [f"changed {F._show(b)} -> {F._show(a)}" for b, a in diff.changed]
    problems += [f"lost {F._show(k)}" for k in diff.lost]
    problems += [f"added {F._show(k)}" for k in diff.added]
    return problems


@pytest.mark.parametrize("case", cases("test_furniture_changes_no_quote"))
def test_furniture_changes_no_quote(case: str) -> None:
    """Zero changes, under three random insertions between paragraphs and one at every
    break inside a quotation that runs over paragraphs (when the text has one)."""
    text = _text(case)
    before = analyze(text)
    inserted_any = False
    for seed, mode in [(SEED, "between"), (SEED + 1, "between"), (SEED + 2, "between"),
                       (SEED, "inside")]:
        rng = random.Random(f"{seed}:{mode}:{case}")
        result = F.run_article(analyze, text, LINES, rng, mode, RATE, before)
        if result is None:
            continue
        inserted, diff = result
        inserted_any = inserted_any or bool(inserted.blocks)
        assert diff.unchanged == diff.before
        assert not _problems(diff), f"{mode}, seed {seed}:\n" + "\n".join(_problems(diff))
    assert inserted_any, "no paragraph break to insert at"


# --------------------------------------------------------------------------- the harness


def test_lines_are_not_the_fixtures() -> None:
    """The inserted lines are not those the fixtures hold: the benchmark measures
    furniture the fixtures did not show."""
    fixture_lines = {line.strip() for f in fixtures() for line in f.text.splitlines()}
    assert len(LINES) >= 150
    assert not [line.text for line in LINES if line.text in fixture_lines]


def test_insert_maps_offsets_back() -> None:
    text = "One.\n\nTwo.\n\nThree."
    blocks = [F.Block(6, "Ad\n\n", ("ad",)), F.Block(12, "Share\n\n", ("share",))]
    ins = F.insert(text, blocks)
    assert ins.text == "One.\n\nAd\n\nTwo.\n\nShare\n\nThree."
    for old in range(len(text) + 1):  # an insertion point is where its block starts
        assert ins.to_original(old + sum(len(b.text) for b in blocks if b.at < old)) == old
    assert ins.to_original(ins.text.index("Ad") + 1) == 6
    assert ins.inserted_at(ins.text.index("Share"), ins.text.index("Share") + 5) is blocks[1]
    assert ins.inserted_at(0, 4) is None


def test_breaks_inside_a_run_on_quotation() -> None:
    text = (
        "He spoke.\n\n“First part, no closing mark.\n\nAdvertisement\n\n"
        "“Second part,” he said.\n\nAfter."
    )
    breaks = F.paragraph_breaks(text)
    assert [b.in_quote for b in breaks] == [False, True, True, False]
    rng = random.Random(0)
    assert all(b.at in {br.end for br in breaks if br.in_quote}
               for b in F.choose_blocks(text, LINES, rng, "inside", 0.0))
    assert all(b.at in {br.end for br in breaks if not br.in_quote}
               for b in F.choose_blocks(text, LINES, rng, "between", 1.0))


def test_compare_sorts_quotes_into_unchanged_changed_lost_added() -> None:
    before = [F.Key(0, 10, "direct", "A"), F.Key(20, 30, "indirect", "B"),
              F.Key(40, 50, "direct", "C")]
    after = [F.Key(0, 10, "direct", "A"), F.Key(20, 30, "indirect", "Photo"),
             F.Key(60, 70, "indirect", "Share")]
    diff = F.compare(before, after)
    assert diff.unchanged == 1
    assert diff.changed == [(before[1], after[1])]
    assert diff.lost == [before[2]]
    assert diff.added == [after[2]]
    assert diff.affected == 3
