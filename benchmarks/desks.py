"""Quotes and speakers on the desk fixtures: precision, recall and speaker accuracy.

The articles of ``tests/fixtures/desks`` (one or two per news desk, page furniture left
in; ``README.md`` there) with their expected quotes, scored as ``tests/test_desks.py``
checks them: an expected quote is found when a predicted content holds its anchor and the
two contents overlap on half of each; a predicted quote is expected when it overlaps an
expected quote (or an optional span) on half of its own length. Recall is found over
expected; precision is expected over predicted (optional ones left out of both); the
speaker, speaker kind and quote kind are scored on the found quotes; "attr." counts the
attributions that are no quotes (beliefs, perception, noun-phrase contents) reported by
default anyway. For speakers as entities (issue 17): "gender stated" is the share of the
found quotes whose speaker the text gives a gender that get one, "gender right" the
share of the stated genders that are the expected ones, "people F1" the people the
article quotes (expected person speakers against the library's, by name; a person the
library quotes only inside optional spans counts neither way, like those quotes).

The matching functions here are those the tests use (``tests/desk_support.py`` imports
them).

Usage::

    python benchmarks/desks.py [--model NAME] [--json PATH]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "desks"


def overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def matches(q: Any, expected: dict[str, Any]) -> bool:
    """A predicted quote is the expected one when its content holds the anchor and the
    two contents overlap on at least half of each."""
    c, x, a = q.content, expected["content"], expected["anchor"]
    shared = overlap(c.start, c.end, x["start"], x["end"])
    holds_anchor: bool = c.start <= a["start"] and a["end"] <= c.end
    return holds_anchor and 2 * shared >= x["end"] - x["start"] and 2 * shared >= len(c)


def covered(q: Any, spans: Sequence[dict[str, Any]]) -> bool:
    """The quote's content overlaps one of ``spans`` on half of its own length."""
    c = q.content
    return any(2 * overlap(c.start, c.end, s["start"], s["end"]) >= c.end - c.start
               for s in spans)


_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060\ufeff]")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def norm_name(name: str) -> str:
    """Names compared without case, invisible characters, a leading article, or the
    difference between straight and curly apostrophes."""
    name = _INVISIBLE.sub("", name).replace("’", "'").casefold()
    return _ARTICLE.sub("", " ".join(name.split()))


def name_ok(predicted: str | None, expected: dict[str, Any]) -> bool:
    """``expected`` is a speaker or entity: its ``name`` or one of its ``also`` names."""
    if predicted is None:
        return False
    accepted = {norm_name(expected["name"]), *(norm_name(n) for n in expected.get("also", ()))}
    return norm_name(predicted) in accepted


def kind_ok(predicted: str | None, expected: dict[str, Any]) -> bool:
    """``expected`` is a speaker or entity: its ``kind`` or one of its ``kind_also``
    (an organisation's data may be typed as the document it is)."""
    return predicted == expected["kind"] or predicted in expected.get("kind_also", ())


def score(name: str, text: str, data: dict[str, Any], analyze: Any) -> dict[str, Any]:
    result = analyze(text)
    quotes = result.quotes
    expected = data["quotes"]
    contents = [e["content"] for e in expected]
    optional = data.get("optional", [])
    pred = [q for q in quotes if covered(q, contents) or not covered(q, optional)]
    hits = [(e, next((q for q in quotes if matches(q, e)), None)) for e in expected]
    found = [(e, q) for e, q in hits if q is not None]
    return {
        "fixture": name,
        "desk": data["desk"],
        "expected": len(expected),
        "found": len(found),
        "predicted": len(pred),
        "correct": sum(covered(q, contents) for q in pred),
        "speaker": sum(q.speaker is not None and name_ok(q.speaker.name, e["speaker"])
                       for e, q in found),
        "speaker_kind": sum(q.speaker is not None and kind_ok(q.speaker.kind, e["speaker"])
                            for e, q in found),
        "kind": sum(e["kind"] == q.kind for e, q in found),
        "attributions": sum(any(matches(q, a) for q in quotes)
                            for a in data.get("attributions_only", [])),
        **_genders(found),
        # A person quoted only where the annotation is optional is neither required
        # nor an error, like the quote.
        **_people(expected, dataclasses.replace(result, quotes=pred).people_quoted()),
    }


def _letter(gender: Any) -> str | None:
    return None if gender is None else str(gender)[:1]


def _genders(found: Sequence[tuple[dict[str, Any], Any]]) -> dict[str, int]:
    """Of the found quotes whose speaker the text gives a gender: how many the library
    states one for; of those it states, how many are right (the expected gender, or
    none where the text states none)."""
    told = [(e, q) for e, q in found if e["speaker"]["gender"] is not None]
    stated = [(e, q) for e, q in found if q.speaker is not None and q.speaker.gender]
    return {
        "gender_told": len(told),
        "gender_stated": sum(q.speaker is not None and q.speaker.gender is not None
                             for _, q in told),
        "gender_said": len(stated),
        "gender_right": sum(_letter(q.speaker.gender) == e["speaker"]["gender"]
                            for e, q in stated),
    }


def _people(expected: Sequence[dict[str, Any]], people: Sequence[str]) -> dict[str, int]:
    """The people the article quotes: expected person speakers against the library's
    people quoted (``Analysis.people_quoted``: a group's members one by one), one to one
    by name."""
    gold = {norm_name(e["speaker"]["name"]): e["speaker"] for e in expected
            if e["speaker"]["kind"] == "person"}
    pred = {norm_name(p) for p in people}
    matched = sum(any(name_ok(p, g) for p in pred) for g in gold.values())
    return {"people_gold": len(gold), "people_pred": len(pred), "people_matched": matched}


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def table(rows: Sequence[dict[str, Any]]) -> str:
    from accuracy import pipe_table

    headers = ["fixture", "desk", "quotes", "R", "P", "speaker", "speaker kind", "kind",
               "attr.", "gender stated", "gender right", "people F1"]
    total = {k: sum(r[k] for r in rows) for k in rows[0] if isinstance(rows[0][k], int)}
    total.update(fixture="**all**", desk="")
    return pipe_table(headers, (
        [r["fixture"], r["desk"], r["expected"], _ratio(r["found"], r["expected"]),
         _ratio(r["correct"], r["predicted"]), _ratio(r["speaker"], r["found"]),
         _ratio(r["speaker_kind"], r["found"]), _ratio(r["kind"], r["found"]),
         r["attributions"], _ratio(r["gender_stated"], r["gender_told"]),
         _ratio(r["gender_right"], r["gender_said"]),
         _ratio(2 * r["people_matched"], r["people_gold"] + r["people_pred"])]
        for r in [*rows, total]
    ))


def main(argv: Sequence[str] | None = None) -> int:
    from _setup import require_package

    require_package()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=None, help="spaCy pipeline for the analyzer")
    ap.add_argument("--json", type=Path, default=None, metavar="PATH")
    ap.add_argument("--dir", type=Path, default=FIXTURES, metavar="DIR",
                    help="fixtures (NAME.txt + NAME.json); default: the tests' desks")
    args = ap.parse_args(argv)
    from attribution import Analyzer

    analyzer = Analyzer(args.model)
    rows = []
    for path in sorted(args.dir.glob("*.json")):
        with path.with_suffix(".txt").open(encoding="utf-8", newline="") as fh:
            text = fh.read()
        rows.append(score(path.stem, text, json.loads(path.read_text(encoding="utf-8")),
                          analyzer.analyze))
    print(f"## Desk fixtures ({len(rows)} articles, model {args.model or 'rules'})\n")
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
