"""Quotes and speakers on the desk fixtures: precision, recall and speaker accuracy.

The sixteen articles of ``tests/fixtures/desks`` (one per news desk, page furniture left
in; ``README.md`` there) with their expected quotes, scored as ``tests/test_desks.py``
checks them: an expected quote is found when a predicted content holds its anchor and the
two contents overlap on half of each; a predicted quote is expected when it overlaps an
expected quote (or an optional span) on half of its own length. Recall is found over
expected; precision is expected over predicted (optional ones left out of both); the
speaker, speaker kind and quote kind are scored on the found quotes; "attr." counts the
attributions that are no quotes (beliefs, perception, noun-phrase contents) reported by
default anyway.

Usage::

    python benchmarks/desks.py [--model NAME]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _setup import require_package

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "desks"


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _found(q: Any, e: dict[str, Any]) -> bool:
    c, x, a = q.content, e["content"], e["anchor"]
    shared = _overlap(c.start, c.end, x["start"], x["end"])
    return (c.start <= a["start"] and a["end"] <= c.end
            and 2 * shared >= x["end"] - x["start"] and 2 * shared >= c.end - c.start)


def _covered(q: Any, spans: Sequence[dict[str, Any]]) -> bool:
    c = q.content
    return any(2 * _overlap(c.start, c.end, s["start"], s["end"]) >= c.end - c.start
               for s in spans)


def _name(name: str) -> str:
    name = " ".join(name.replace("’", "'").casefold().split())
    return re.sub(r"^(?:the|a|an) ", "", name)


def score(name: str, text: str, data: dict[str, Any], analyze: Any) -> dict[str, Any]:
    quotes = analyze(text).quotes
    expected = data["quotes"]
    optional = data.get("optional", [])
    pred = [q for q in quotes if not _covered(q, optional) or _covered(
        q, [e["content"] for e in expected])]
    hits = [(e, next((q for q in quotes if _found(q, e)), None)) for e in expected]
    found = [(e, q) for e, q in hits if q is not None]

    def speaker_ok(e: dict[str, Any], q: Any) -> bool:
        accepted = {_name(e["speaker"]["name"]), *map(_name, e["speaker"].get("also", ()))}
        return q.speaker is not None and _name(q.speaker.name) in accepted

    def kind_ok(e: dict[str, Any], q: Any) -> bool:
        s = e["speaker"]
        return q.speaker is not None and q.speaker.kind in {s["kind"], *s.get("kind_also", ())}

    return {
        "fixture": name,
        "desk": data["desk"],
        "expected": len(expected),
        "found": len(found),
        "predicted": len(pred),
        "correct": sum(_covered(q, [e["content"] for e in expected]) for q in pred),
        "speaker": sum(speaker_ok(e, q) for e, q in found),
        "speaker_kind": sum(kind_ok(e, q) for e, q in found),
        "kind": sum(e["kind"] == q.kind for e, q in found),
        "attributions": sum(any(_found(q, a) for q in quotes)
                            for a in data.get("attributions_only", [])),
    }


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def table(rows: Sequence[dict[str, Any]]) -> str:
    headers = ["fixture", "desk", "quotes", "R", "P", "speaker", "speaker kind", "kind",
               "attr."]
    total = {k: sum(r[k] for r in rows) for k in rows[0] if isinstance(rows[0][k], int)}
    total.update(fixture="**all**", desk="")
    cells = [headers]
    for r in [*rows, total]:
        cells.append([
            r["fixture"], r["desk"], str(r["expected"]),
            _ratio(r["found"], r["expected"]), _ratio(r["correct"], r["predicted"]),
            _ratio(r["speaker"], r["found"]), _ratio(r["speaker_kind"], r["found"]),
            _ratio(r["kind"], r["found"]), str(r["attributions"]),
        ])
    widths = [max(len(c[i]) for c in cells) for i in range(len(headers))]
    out = ["| " + " | ".join(v.ljust(w) for v, w in zip(c, widths, strict=True)) + " |"
           for c in cells]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    require_package()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=None, help="spaCy pipeline for the analyzer")
    ap.add_argument("--json", type=Path, default=None, metavar="PATH")
    args = ap.parse_args(argv)
    from attribution import Analyzer

    analyzer = Analyzer(args.model)
    rows = []
    for path in sorted(FIXTURES.glob("*.json")):
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
