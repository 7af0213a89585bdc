"""News of every desk, as a scraper delivers it (issue 16 item 5, issue 17).

Each article in ``tests/fixtures/desks`` (sports recap, market roundup, court report,
council meeting, culture review, obituary, wire story, live blog, science, local crime,
weather, earnings, interview Q&A, international politics, transport, a feature with
dialogue) keeps its page furniture, and its ``.json`` says what a reader counts as its
quotes (``README.md`` there gives the format and the conventions). The checks, each
parametrised per fixture and per item so a failure names what went wrong:

* every expected quote is found by ``attribution.analyze`` (its content holds the anchor
  and overlaps the expected content on half of each), with its kind, cue, speaker name,
  kind and stated gender, and the entity it refers to;
* no other quote is reported (precision); attributions that are no quotes (beliefs,
  perception, noun-phrase contents) only with ``Analyzer(attributions=True)``;
* the ``not_quotes`` (other senses of cue verbs, section labels, datelines) are no
  quote's content and no speaker; furniture is in no quote, cue or speaker, and is
  exposed as spans;
* each speaker entity has its canonical name, kind, stated gender and mentions.

Tests that fail today are listed in ``desks_known_failures.py`` (strict xfail: remove an
entry when it passes). Tests of fields that do not exist yet (``Analysis.entities``,
``Analysis.furniture``, a speaker's gender, ``Analyzer(attributions=True)``) are one
"pending" xfail each until they exist (``desk_support.py``), then run per item.
"""

from __future__ import annotations

from typing import Any

import pytest

from desk_support import (
    CASES,
    KNOWN_FAILURES,
    attributions_analysis,
    cases,
    default_analysis,
    describe,
    entities,
    entity_of,
    find,
    fixture,
    fixtures,
    found_or_skip,
    furniture_spans,
    gender_value,
    kind_ok,
    mention_spans,
    name_ok,
    norm_name,
    overlap,
    speaker_gender,
)

Case = tuple[str, dict[str, Any]]


def test_fixtures_are_there() -> None:
    assert len(fixtures()) >= 14
    desks = {f.data["desk"] for f in fixtures()}
    assert len(desks) == len(fixtures()), "one fixture per desk"


def test_fixture_offsets() -> None:
    """Every span of every fixture quotes its article (scripts/desk_fixtures.py checks
    more; this keeps a hand edit from going unnoticed)."""
    for f in fixtures():
        groups = [*f.quotes, *f.attributions_only]
        spans = [q[k] for q in groups for k in ("content", "anchor")]
        spans += [q["cue"] for q in groups if q["cue"] is not None]
        spans += [q["speaker"]["mention"] for q in groups if q["speaker"]["mention"]]
        spans += f.data["not_quotes"] + f.data["optional"] + f.furniture
        spans += [m for e in f.data["entities"] for m in e["mentions"]]
        for s in spans:
            assert f.text[s["start"] : s["end"]] == s["text"], (f.name, s)


def test_known_failures_name_tests() -> None:
    """An entry of the known failures that names no test is stale: remove it."""
    stale = [
        f"{test}[{case}]"
        for test, (ids, _) in KNOWN_FAILURES.items()
        for case in ids
        if test not in CASES or case not in {c for c, _ in CASES[test]()}
    ]
    assert not stale


# --------------------------------------------------------------------------- quotes


@pytest.mark.parametrize("case", cases("test_quote_found"))
def test_quote_found(case: Case) -> None:
    name, expected = case
    quotes = default_analysis(name).quotes
    if find(quotes, expected) is None:
        near = [
            describe(q)
            for q in quotes
            if overlap(q.content.start, q.content.end,
                       expected["content"]["start"], expected["content"]["end"])
        ]
        pytest.fail(
            f"no quote holds {expected['anchor']['text']!r} and overlaps "
            f"{expected['content']['text'][:80]!r} on half of each; overlapping: {near}"
        )


@pytest.mark.parametrize("case", cases("test_quote_kind"))
def test_quote_kind(case: Case) -> None:
    name, expected = case
    q = found_or_skip(default_analysis(name).quotes, expected)
    assert q.kind == expected["kind"], describe(q)


@pytest.mark.parametrize("case", cases("test_quote_cue"))
def test_quote_cue(case: Case) -> None:
    name, expected = case
    q = found_or_skip(default_analysis(name).quotes, expected)
    cue = expected["cue"]
    assert q.cue is not None and overlap(q.cue.start, q.cue.end, cue["start"], cue["end"]), (
        f"expected cue {cue['text']!r} at {cue['start']}; got {describe(q)}"
    )


@pytest.mark.parametrize("case", cases("test_speaker_name"))
def test_speaker_name(case: Case) -> None:
    name, expected = case
    q = found_or_skip(default_analysis(name).quotes, expected)
    speaker = expected["speaker"]
    got = None if q.speaker is None else q.speaker.name
    assert name_ok(got, speaker), f"expected {speaker['name']!r}; got {describe(q)}"


@pytest.mark.parametrize("case", cases("test_speaker_kind"))
def test_speaker_kind(case: Case) -> None:
    name, expected = case
    q = found_or_skip(default_analysis(name).quotes, expected)
    got = None if q.speaker is None else q.speaker.kind
    assert kind_ok(got, expected["speaker"]), describe(q)


@pytest.mark.parametrize("case", cases("test_speaker_gender"))
def test_speaker_gender(case: Case) -> None:
    """The gender the text states for the speaker (pronouns, honorifics, 'her daughter');
    None where it states none, whatever the name."""
    name, expected = case
    analysis = default_analysis(name)
    q = found_or_skip(analysis.quotes, expected)
    assert speaker_gender(analysis, q) == expected["speaker"]["gender"], describe(q)


@pytest.mark.parametrize("case", cases("test_speaker_entity"))
def test_speaker_entity(case: Case) -> None:
    """The quote's speaker refers to the entity with the canonical name."""
    name, expected = case
    analysis = default_analysis(name)
    q = found_or_skip(analysis.quotes, expected)
    entity = entity_of(analysis, q)
    assert entity is not None, f"the speaker's entity id names no entity: {describe(q)}"
    assert name_ok(entity.name, expected["speaker"]), (
        f"entity {entity.name!r}, expected {expected['speaker']['name']!r}"
    )


@pytest.mark.parametrize("case", cases("test_no_unexpected_quote"))
def test_no_unexpected_quote(case: str) -> None:
    """Precision: every reported quote is an expected one (or one of the optional spans
    a reader might count either way): its content overlaps one on half of its length."""
    f = fixture(case)
    allowed = [q["content"] for q in f.quotes] + f.data["optional"]
    unexpected = [
        describe(q)
        for q in default_analysis(case).quotes
        if not any(
            2 * overlap(q.content.start, q.content.end, a["start"], a["end"])
            >= q.content.end - q.content.start
            for a in allowed
        )
    ]
    assert not unexpected, "\n".join(unexpected)


@pytest.mark.parametrize("case", cases("test_not_quote"))
def test_not_quote(case: Case) -> None:
    """Other senses of cue verbs, section labels, datelines: in no quote's content and no
    speaker."""
    name, item = case
    s0, s1 = item["start"], item["end"]
    bad = [
        describe(q)
        for q in default_analysis(name).quotes
        if overlap(q.content.start, q.content.end, s0, s1)
        or (q.speaker is not None and q.speaker.mention is not None
            and overlap(q.speaker.mention.start, q.speaker.mention.end, s0, s1))
    ]
    assert not bad, f"{item['text']!r} ({item['why']}) is read as a quote:\n" + "\n".join(bad)


# --------------------------------------------------------------------------- furniture


@pytest.mark.parametrize("case", cases("test_furniture_not_in_quotes"))
def test_furniture_not_in_quotes(case: str) -> None:
    """No furniture line is (in) a quote's content, its cue or its speaker; a quotation
    may run over one."""
    f = fixture(case)
    bad = []
    for q in default_analysis(case).quotes:
        for line in f.furniture:
            f0, f1 = line["start"], line["end"]
            c = q.content
            spans_over = c.start < f0 and f1 < c.end
            parts = [("content", c) if not spans_over else None, ("cue", q.cue),
                     ("speaker", None if q.speaker is None else q.speaker.mention)]
            for part in parts:
                if part is not None and part[1] is not None and overlap(
                    part[1].start, part[1].end, f0, f1
                ):
                    bad.append(f"{line['text']!r} in the {part[0]} of {describe(q)}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("case", cases("test_furniture_exposed"))
def test_furniture_exposed(case: str) -> None:
    """Every furniture line is set aside (``Analysis.furniture``), and nothing set aside
    touches an expected quote or speaker mention."""
    f = fixture(case)
    spans = furniture_spans(default_analysis(case))
    missed = [
        line["text"]
        for line in f.furniture
        if not any(2 * overlap(s0, s1, line["start"], line["end"])
                   >= line["end"] - line["start"] for s0, s1 in spans)
    ]
    kept = [s for q in f.quotes for s in (q["content"], q["speaker"]["mention"]) if s]
    wrong = [
        f.text[s0:s1]
        for s0, s1 in spans
        if any(overlap(s0, s1, k["start"], k["end"])
               and not (k["start"] < s0 and s1 < k["end"]) for k in kept)
    ]
    assert not missed and not wrong, f"not set aside: {missed}; set aside wrongly: {wrong}"


# --------------------------------------------------------------------------- attributions


@pytest.mark.parametrize("case", cases("test_attribution_not_default"))
def test_attribution_not_default(case: Case) -> None:
    """Beliefs, perception and noun-phrase contents are no quotes by default."""
    name, expected = case
    q = find(default_analysis(name).quotes, expected)
    assert q is None, f"{expected.get('cue_type', 'speech')} attribution reported: {describe(q)}"


@pytest.mark.parametrize("case", cases("test_attribution_found"))
def test_attribution_found(case: Case) -> None:
    """... and ``Analyzer(attributions=True)`` reports them, with their speaker."""
    name, expected = case
    q = find(attributions_analysis(name).quotes, expected)
    assert q is not None, f"{expected['content']['text']!r} not reported"
    assert q.speaker is not None and name_ok(q.speaker.name, expected["speaker"]), describe(q)


# --------------------------------------------------------------------------- entities


def _entity_analysis(name: str, expected: dict[str, Any]) -> Any:
    """The analysis the entity belongs to: the default one, where its quotes are; for a
    source that only believes, perceives or acts on a noun phrase ("Reef scientists
    believe …"), the one with ``attributions=True``: the default entities are those the
    quotes refer to."""
    quotes = fixture(name).data["quotes"]
    if any(q["speaker"].get("entity") == expected["id"] for q in quotes):
        return default_analysis(name)
    return attributions_analysis(name)


def _entity(name: str, expected: dict[str, Any]) -> Any:
    """The predicted entity with the expected name (or an accepted variant); of several,
    the one with most of the expected mentions."""
    analysis = _entity_analysis(name, expected)
    candidates = [e for e in entities(analysis) if name_ok(e.name, expected)]
    if not candidates:
        names = sorted({e.name for e in entities(analysis)})
        pytest.fail(f"no entity named {expected['name']!r}; entities: {names}")

    def hits(e: Any) -> int:
        spans = mention_spans(e)
        return sum(any(overlap(*s, m["start"], m["end"]) for s in spans)
                   for m in expected["mentions"])

    return max(candidates, key=hits)


@pytest.mark.parametrize("case", cases("test_entity"))
def test_entity(case: Case) -> None:
    """The speaker entity exists once under its canonical name, with its kind and the
    gender the text states."""
    name, expected = case
    e = _entity(name, expected)
    same = [x for x in entities(_entity_analysis(name, expected))
            if norm_name(x.name) == norm_name(e.name) and x.kind == e.kind]
    assert len(same) == 1, f"{len(same)} entities named {e.name!r}"
    assert kind_ok(e.kind, expected), f"kind {e.kind!r}, expected {expected['kind']!r}"
    assert gender_value(e.gender) == expected["gender"], f"gender {e.gender!r}"


@pytest.mark.parametrize("case", cases("test_entity_mentions"))
def test_entity_mentions(case: Case) -> None:
    """Names, surnames, descriptions and pronouns that refer to it are its mentions."""
    name, expected = case
    spans = mention_spans(_entity(name, expected))
    missing = [
        f"{m['text']!r}@{m['start']}"
        for m in expected["mentions"]
        if not any(2 * overlap(s0, s1, m["start"], m["end"]) >= m["end"] - m["start"]
                   for s0, s1 in spans)
    ]
    assert not missing, f"mentions missing: {missing}"
