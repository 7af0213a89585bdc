"""Shared by ``test_desks.py`` and ``test_furniture_metamorphic.py``: the desk
fixtures, their analyses, the matching rules (from ``benchmarks/desks.py``, which scores
the fixtures the same way), adapters for fields the result model does not have yet, and
the parametrisation that marks the known failures.

The known failures live in ``desks_known_failures.py``, one set of test ids per check.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from attribution import Analysis, Analyzer, Quote, Speaker, analyze
from desks_known_failures import KNOWN_FAILURES

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from desks import kind_ok, matches, name_ok, norm_name, overlap

__all__ = ["KNOWN_FAILURES", "kind_ok", "matches", "name_ok", "norm_name", "overlap"]

FIXTURE_DIR = Path(__file__).resolve().parent / "fixtures" / "desks"


@dataclass(frozen=True)
class Fixture:
    name: str
    text: str
    data: dict[str, Any]

    @property
    def quotes(self) -> list[dict[str, Any]]:
        return list(self.data["quotes"])

    @property
    def attributions_only(self) -> list[dict[str, Any]]:
        return list(self.data.get("attributions_only", []))

    @property
    def furniture(self) -> list[dict[str, Any]]:
        return list(self.data.get("furniture", []))


def read_text(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


@functools.cache
def fixtures() -> tuple[Fixture, ...]:
    return tuple(
        Fixture(p.stem, read_text(p.with_suffix(".txt")), json.loads(read_text(p)))
        for p in sorted(FIXTURE_DIR.glob("*.json"))
    )


@functools.cache
def fixture(name: str) -> Fixture:
    return next(f for f in fixtures() if f.name == name)


@functools.cache
def default_analysis(name: str) -> Analysis:
    """``attribution.analyze`` of a fixture: quotes only, as a user calls it."""
    return analyze(fixture(name).text)


@functools.cache
def _attributions_analyzer() -> Analyzer | None:
    try:
        return Analyzer(attributions=True)  # type: ignore[call-arg]
    except TypeError:
        return None


def attributions_analysis(name: str) -> Analysis:
    """The fixture analysed with ``Analyzer(attributions=True)``; an xfail until the
    argument exists (issue 16, item 2)."""
    an = _attributions_analyzer()
    if an is None:
        pytest.xfail("Analyzer(attributions=True) does not exist yet (issue 16)")
    return _attributions_cached(name, an)


@functools.cache
def _attributions_cached(name: str, an: Analyzer) -> Analysis:
    return an.analyze(fixture(name).text)


# --------------------------------------------------------------------------- matching


def find(quotes: Sequence[Quote], expected: dict[str, Any]) -> Quote | None:
    """The predicted quote matching ``expected`` (the largest overlap), or None."""
    e = expected["content"]
    found = [q for q in quotes if matches(q, expected)]
    return max(
        found, key=lambda q: overlap(q.content.start, q.content.end, e["start"], e["end"]),
        default=None,
    )


def found_or_skip(quotes: Sequence[Quote], expected: dict[str, Any]) -> Quote:
    """The matching quote; a skip (pointing at test_quote_found) when there is none, so
    one missing quote is one failure, not five."""
    q = find(quotes, expected)
    if q is None:
        pytest.skip(f"quote {expected['id']} not found: see test_quote_found")
    return q


def describe(q: Quote) -> str:
    speaker = "-" if q.speaker is None else f"{q.speaker.name} ({q.speaker.kind})"
    cue = "-" if q.cue is None else q.cue.text
    text = q.content.text.replace("\n", " ")
    return f"{q.kind} [{cue}] {speaker}: {text[:90]!r} at {q.content.start}"


# --------------------------------------------------------------------------- adapters
# Fields that issue 16 and 17 add. Each adapter returns the field, or xfails the test
# (not strict) while the result model does not have it.


def gender_value(value: Any) -> str | None:
    """"m"/"f" from whatever the result model uses ("m", "male", "masculine", ...)."""
    if value is None:
        return None
    text = str(getattr(value, "value", value)).strip().casefold()
    if text[:1] in ("m", "f"):
        return text[:1]
    return text or None


def entities(analysis: Analysis) -> list[Any]:
    """``Analysis.entities`` (issue 17): records with id, name, kind, gender, mentions,
    descriptions."""
    found = getattr(analysis, "entities", None)
    if found is None:
        pytest.xfail("Analysis.entities does not exist yet (issue 17)")
    return list(found)


def entity_of(analysis: Analysis, q: Quote) -> Any:
    """The entity a quote's speaker refers to (its id on the speaker or on the quote), or
    None when no entity has that id."""
    ents = entities(analysis)
    ref = None
    for holder in (q.speaker, q):
        for attr in ("entity", "entity_id"):
            if ref is None and holder is not None:
                ref = getattr(holder, attr, None)
    if ref is None:
        pytest.xfail("quotes do not refer to an entity yet (issue 17)")
    ref_id = getattr(ref, "id", ref)
    return next((e for e in ents if e.id == ref_id), None)


def speaker_gender(analysis: Analysis, q: Quote) -> str | None:
    """The stated gender of a quote's speaker: ``q.speaker.gender`` or its entity's."""
    if q.speaker is not None and hasattr(q.speaker, "gender"):
        return gender_value(q.speaker.gender)
    entity = entity_of(analysis, q)
    return None if entity is None else gender_value(entity.gender)


def furniture_spans(analysis: Analysis) -> list[tuple[int, int]]:
    """``Analysis.furniture`` (issue 16): the lines set aside, as spans."""
    found = getattr(analysis, "furniture", None)
    if found is None:
        pytest.xfail("Analysis.furniture does not exist yet (issue 16)")
    return [(s.start, s.end) for s in found]


def mention_spans(entity: Any) -> list[tuple[int, int]]:
    spans = []
    for m in entity.mentions:
        span = getattr(m, "span", m)
        spans.append((span.start, span.end))
    return spans


# --------------------------------------------------------------------------- params


def slug(text: str, words: int = 4) -> str:
    return "_".join(re.findall(r"\w+", text)[:words]) or "x"


def params(test: str, cases: Iterable[tuple[str, Any]]) -> list[Any]:
    """``pytest.param`` per (id, value); ids listed under ``test`` in KNOWN_FAILURES get a
    strict xfail, so an entry that starts to pass fails until it is removed."""
    known = KNOWN_FAILURES.get(test, (frozenset(), ""))
    ids, reason = known
    out = []
    for case_id, value in cases:
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if case_id in ids else []
        out.append(pytest.param(value, id=case_id, marks=marks))
    return out


def quote_cases(only_cued: bool = False) -> list[tuple[str, Any]]:
    return [
        (f"{f.name}-{q['id']}", (f.name, q))
        for f in fixtures()
        for q in f.quotes
        if q.get("cue") is not None or not only_cued
    ]


def attribution_cases() -> list[tuple[str, Any]]:
    return [(f"{f.name}-{a['id']}", (f.name, a)) for f in fixtures() for a in f.attributions_only]


def not_quote_cases() -> list[tuple[str, Any]]:
    return [
        (f"{f.name}-{slug(n['text'])}", (f.name, n))
        for f in fixtures()
        for n in f.data.get("not_quotes", [])
    ]


def entity_cases() -> list[tuple[str, Any]]:
    return [(f"{f.name}-{e['id']}", (f.name, e)) for f in fixtures() for e in f.data["entities"]]


def fixture_cases() -> list[tuple[str, Any]]:
    return [(f.name, f.name) for f in fixtures()]


def metamorphic_cases() -> list[tuple[str, Any]]:
    return [("seed_article", "seed_article"), *fixture_cases()]


# Which cases each parametrised test runs: the known failures must name one of these.
CASES = {
    "test_quote_found": quote_cases,
    "test_quote_kind": quote_cases,
    "test_quote_cue": lambda: quote_cases(only_cued=True),
    "test_speaker_name": quote_cases,
    "test_speaker_kind": quote_cases,
    "test_speaker_gender": quote_cases,
    "test_speaker_entity": quote_cases,
    "test_no_unexpected_quote": fixture_cases,
    "test_not_quote": not_quote_cases,
    "test_furniture_not_in_quotes": fixture_cases,
    "test_furniture_exposed": fixture_cases,
    "test_attribution_not_default": attribution_cases,
    "test_attribution_found": attribution_cases,
    "test_entity": entity_cases,
    "test_entity_mentions": entity_cases,
    "test_furniture_changes_no_quote": metamorphic_cases,
}


def _has_field(cls: type, name: str) -> bool:
    return name in getattr(cls, "__dataclass_fields__", {}) or hasattr(cls, name)


def _missing_api() -> dict[str, str]:
    """What each test needs that the result model does not have yet."""
    entities = _has_field(Analysis, "entities")
    gender = _has_field(Speaker, "gender") or entities
    attributions = "attributions" in inspect.signature(Analyzer.__init__).parameters
    needs = {
        "test_speaker_gender": (gender, "a speaker's gender (issue 17)"),
        "test_speaker_entity": (entities, "Analysis.entities (issue 17)"),
        "test_entity": (entities, "Analysis.entities (issue 17)"),
        "test_entity_mentions": (entities, "Analysis.entities (issue 17)"),
        "test_furniture_exposed": (
            _has_field(Analysis, "furniture"), "Analysis.furniture (issue 16)"
        ),
        "test_attribution_found": (attributions, "Analyzer(attributions=True) (issue 16)"),
    }
    return {test: what for test, (there, what) in needs.items() if not there}


MISSING_API = _missing_api()


def cases(test: str) -> list[Any]:
    """The parameters of ``test``, known failures marked. A test of a field the result
    model does not have yet is one xfail ("pending") until the field exists; then its
    cases are collected and pass or fail on their own."""
    if test in MISSING_API:
        reason = f"{MISSING_API[test]} does not exist yet"
        return [pytest.param(None, id="pending", marks=pytest.mark.xfail(reason=reason,
                                                                          run=False))]
    return params(test, CASES[test]())
