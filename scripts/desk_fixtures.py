"""Check (and fill in) the offsets of the desk fixtures in ``tests/fixtures/desks``.

Each article ``NAME.txt`` has ``NAME.json`` with its expected quotes, attributions,
non-quotes, page furniture and speaker entities (the format is described in
``tests/fixtures/desks/README.md``). Every span there is an object
``{"text": ..., "start": ..., "end": ...}`` with ``article[start:end] == text``, and may
carry a ``"context"``: a longer stretch of the article, found once, inside which ``text``
is the first occurrence (``{"text": "he", "context": "” he said"}``). A furniture span is
a whole line of the article.

Usage::

    python scripts/desk_fixtures.py            # check every fixture; exit 1 on a problem
    python scripts/desk_fixtures.py --fill     # compute start/end from text (+ context)
                                               # where they are missing, then check

``--fill --refresh`` recomputes every offset (after an edit of an article).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "desks"

QUOTE_KINDS = {"direct", "mixed", "indirect", "according_to"}
SPEAKER_KINDS = {"person", "organization", "anonymous", "media", "document"}
CUE_TYPES = {"speech", "belief", "intention", "knowledge", "perception", "document"}
GENDERS = {"m", "f", None}


class FixtureError(ValueError):
    """A fixture whose annotation does not fit its article."""


def locate(article: str, span: dict[str, Any], line: bool = False) -> tuple[int, int]:
    """Offsets of ``span["text"]``: the only occurrence, or the first one inside the only
    occurrence of ``span["context"]``; with ``line``, the only whole line equal to it."""
    text = span["text"]
    if line:
        starts = [i for i in _line_starts(article) if article.startswith(text + "\n", i)
                  or (article.startswith(text, i) and i + len(text) == len(article))]
        if len(starts) != 1:
            raise FixtureError(f"furniture line {text!r} is a whole line {len(starts)} times")
        return starts[0], starts[0] + len(text)
    context = span.get("context")
    if context is None:
        return _only(article, text, "text"), _only(article, text, "text") + len(text)
    at = _only(article, context, "context")
    inner = context.find(text)
    if inner < 0:
        raise FixtureError(f"{text!r} is not inside its context {context!r}")
    return at + inner, at + inner + len(text)


def _only(article: str, needle: str, what: str) -> int:
    first = article.find(needle)
    if first < 0:
        raise FixtureError(f"{what} {needle!r} is not in the article")
    if article.find(needle, first + 1) >= 0:
        raise FixtureError(f"{what} {needle!r} occurs more than once: give a context")
    return first


def _line_starts(article: str) -> Iterator[int]:
    yield 0
    at = article.find("\n")
    while at >= 0:
        yield at + 1
        at = article.find("\n", at + 1)


def spans(fixture: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """Every span object of a fixture: (where, span, is a furniture line)."""
    for group in ("quotes", "attributions_only"):
        for q in fixture.get(group, []):
            where = f"{group}/{q['id']}"
            yield f"{where}/content", q["content"], False
            if q.get("cue") is not None:
                yield f"{where}/cue", q["cue"], False
            if q["speaker"].get("mention") is not None:
                yield f"{where}/mention", q["speaker"]["mention"], False
    for i, s in enumerate(fixture.get("optional", [])):
        yield f"optional/{i}", s, False
    for i, s in enumerate(fixture.get("not_quotes", [])):
        yield f"not_quotes/{i}", s, False
    for i, s in enumerate(fixture.get("furniture", [])):
        yield f"furniture/{i}", s, True
    for e in fixture.get("entities", []):
        for i, m in enumerate(e["mentions"]):
            yield f"entities/{e['id']}/mentions/{i}", m, False


def fill(article: str, fixture: dict[str, Any], refresh: bool) -> None:
    for where, span, line in spans(fixture):
        if refresh or "start" not in span or "end" not in span:
            try:
                span["start"], span["end"] = locate(article, span, line)
            except FixtureError as e:
                raise FixtureError(f"{where}: {e}") from None
    for group in ("quotes", "attributions_only"):
        for q in fixture.get(group, []):
            anchor, content = q["anchor"], q["content"]
            if refresh or "start" not in anchor:
                at = content["text"].find(anchor["text"])
                if at < 0:
                    raise FixtureError(f"{group}/{q['id']}: anchor is not in the content")
                anchor["start"] = content["start"] + at
                anchor["end"] = anchor["start"] + len(anchor["text"])


def check(article: str, fixture: dict[str, Any]) -> list[str]:
    """Every problem of one fixture, as messages."""
    problems: list[str] = []
    anchors = [
        (f"{group}/{q['id']}/anchor", q["anchor"], False)
        for group in ("quotes", "attributions_only")
        for q in fixture.get(group, [])
    ]
    for where, span, line in [*spans(fixture), *anchors]:
        start, end = span.get("start"), span.get("end")
        if not isinstance(start, int) or not isinstance(end, int):
            problems.append(f"{where}: no offsets (run with --fill)")
        elif article[start:end] != span["text"]:
            problems.append(f"{where}: article[{start}:{end}] is {article[start:end]!r}, "
                            f"not {span['text']!r}")
        elif line and not _is_line(article, start, end):
            problems.append(f"{where}: {span['text']!r} is not a whole line")
    if problems:
        return problems
    entities = {e["id"]: e for e in fixture.get("entities", [])}
    for e in entities.values():
        if e["kind"] not in SPEAKER_KINDS:
            problems.append(f"entity {e['id']}: kind {e['kind']!r}")
        if e.get("gender") not in GENDERS:
            problems.append(f"entity {e['id']}: gender {e.get('gender')!r}")
    furniture = [(f["start"], f["end"]) for f in fixture.get("furniture", [])]
    ids = set()
    for group in ("quotes", "attributions_only"):
        for q in fixture.get(group, []):
            where = f"{group}/{q['id']}"
            if q["id"] in ids:
                problems.append(f"{where}: duplicate id")
            ids.add(q["id"])
            problems += _check_quote(where, q, entities, furniture, fixture)
    return problems


def _check_quote(
    where: str,
    q: dict[str, Any],
    entities: dict[str, Any],
    furniture: list[tuple[int, int]],
    fixture: dict[str, Any],
) -> list[str]:
    problems = []
    content, anchor = q["content"], q["anchor"]
    if not content["start"] <= anchor["start"] < anchor["end"] <= content["end"]:
        problems.append(f"{where}: anchor is not inside the content")
    if q["kind"] not in QUOTE_KINDS:
        problems.append(f"{where}: kind {q['kind']!r}")
    if q.get("cue_type", "speech") not in CUE_TYPES:
        problems.append(f"{where}: cue_type {q.get('cue_type')!r}")
    speaker = q["speaker"]
    entity = entities.get(speaker.get("entity"))
    if entity is None:
        problems.append(f"{where}: speaker entity {speaker.get('entity')!r} is not listed")
    elif (speaker["name"], speaker["kind"], speaker.get("gender")) != (
        entity["name"], entity["kind"], entity.get("gender")
    ):
        problems.append(f"{where}: speaker name/kind/gender differ from entity {entity['id']}")
    for f0, f1 in furniture:
        inside = content["start"] < f0 and f1 < content["end"]
        if f0 < content["end"] and content["start"] < f1 and not inside:
            problems.append(f"{where}: content overlaps furniture at {f0}")
    for s in fixture.get("not_quotes", []):
        if s["start"] < content["end"] and content["start"] < s["end"]:
            problems.append(f"{where}: content overlaps not_quote {s['text']!r}")
    return problems


def dump(value: Any, indent: int = 0) -> str:
    """JSON with one object per line where an object holds no list or object (a span, a
    speaker's fields), so that the fixtures read and diff line by line."""
    pad = " " * indent
    if isinstance(value, dict) and any(isinstance(v, (dict, list)) for v in value.values()):
        items = [f"{pad}  {json.dumps(k)}: {dump(v, indent + 2).lstrip()}"
                 for k, v in value.items()]
        return pad + "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
        items = [dump(v, indent + 2) for v in value]
        return pad + "[\n" + ",\n".join(items) + "\n" + pad + "]"
    return pad + json.dumps(value, ensure_ascii=False)


def _is_line(article: str, start: int, end: int) -> bool:
    return (start == 0 or article[start - 1] == "\n") and (
        end == len(article) or article[end] == "\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fill", action="store_true", help="compute missing offsets")
    parser.add_argument("--refresh", action="store_true", help="with --fill: recompute all")
    parser.add_argument("--dir", type=Path, default=FIXTURES)
    args = parser.parse_args(argv)
    bad = 0
    for path in sorted(args.dir.glob("*.json")):
        article = path.with_suffix(".txt").read_text(encoding="utf-8")
        fixture = json.loads(path.read_text(encoding="utf-8"))
        try:
            if args.fill:
                fill(article, fixture, args.refresh)
                path.write_text(dump(fixture) + "\n", encoding="utf-8")
            problems = check(article, fixture)
        except FixtureError as e:
            problems = [str(e)]
        for p in problems:
            print(f"{path.name}: {p}")
        bad += bool(problems)
    print(f"{len(list(args.dir.glob('*.json')))} fixtures, {bad} with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
