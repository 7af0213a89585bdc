"""The desk sets kept for measurement (``benchmarks/desk_sets``): well-formed, so a hand
edit cannot spoil the figures ``benchmarks/desks.py --dir`` reports on them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SETS = Path(__file__).resolve().parents[1] / "benchmarks" / "desk_sets"
FIXTURES = sorted(SETS.glob("*/*.json"))


def _spans(data: dict[str, Any]) -> list[dict[str, Any]]:
    groups = [*data["quotes"], *data.get("attributions_only", [])]
    spans = [q[k] for q in groups for k in ("content", "anchor")]
    spans += [q["cue"] for q in groups if q["cue"] is not None]
    spans += [q["speaker"]["mention"] for q in groups if q["speaker"].get("mention")]
    spans += data["not_quotes"] + data["optional"] + data["furniture"]
    spans += [m for e in data["entities"] for m in e["mentions"]]
    return spans


def test_the_sets_are_there() -> None:
    assert {p.parent.name for p in FIXTURES} >= {
        "heldout_1", "dev_1", "heldout_2", "dev_2", "dev_3", "heldout_3", "dev_4", "dev_5"
    }
    assert len(FIXTURES) >= 70


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_span_quotes_its_article(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    for s in _spans(data):
        assert text[s["start"] : s["end"]] == s["text"], s
    ids = [e["id"] for e in data["entities"]]
    assert len(ids) == len(set(ids))
    assert all(q["speaker"]["entity"] in ids for q in data["quotes"])
