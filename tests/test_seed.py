"""The seed article end to end: every required quote with its resolved speaker.

The expectations are the project's gold annotation of the article (written into this
test, so it needs nothing outside the package); the article itself ships as the demo's
sample text.
"""

from __future__ import annotations

from importlib import resources

import pytest

from attribution import Analysis, Analyzer, Quote

# (content, cue, speaker mention, resolved name, speaker kind, quote kind)
REQUIRED = [
    ("Russia buys weapons from North Korea", "says", "US", "US", "organization", "indirect"),
    ("Russia is buying weapons from North Korea, in a sign that Moscow is struggling to cope "
     "with the brunt of Western sanctions", "said", "US officials", "US officials",
     "anonymous", "indirect"),
    ("the Kremlin is purchasing large numbers of rockets and artillery shells from Pyongyang "
     "for use in Ukraine", "indicates", "Declassified American military intelligence",
     "American military intelligence", "document", "indirect"),
    ("Russia “continues to suffer from severe supply shortages in Ukraine, in part due to "
     "export controls and sanctions,”", "said", "the US official", "US official",
     "anonymous", "mixed"),
    ("“We hope Russia can try to purchase additional North Korean military equipment going "
     "forward,”", "added", "they", "US official", "anonymous", "direct"),
    ("Moscow also recently purchased Iranian-made drones to fill a shortage of military "
     "equipment", "according to", "US intelligence", "US intelligence", "document",
     "according_to"),
    ("these drones had suffered “numerous failures”", "announced", "The Biden administration",
     "Biden administration", "organization", "mixed"),
    ("Russia’s dependence on rogue states must upset the Kremlin", "told", "Mason Clark",
     "Mason Clark", "person", "indirect"),
    ("“The Kremlin should be alarmed that they have to buy anything from North Korea,”",
     "said", "he", "Mason Clark", "person", "direct"),
    ("Russia cannot or will not increase its own weapons manufacturing", "telling",
     "Frederick W Kagan", "Frederick W Kagan", "person", "indirect"),
    ("the North Korean purchases are “very likely an indication of a massive failure of the "
     "Russian military-industrial complex that likely has deep roots and very serious "
     "implications for the Russian military.”", "said", "The military expert",
     "Frederick W Kagan", "person", "mixed"),
    ("The counteroffensive has now spread to the southeastern and eastern parts of the "
     "country", "said", "Ukrainian presidential adviser Oleksiy Arestovych",
     "Oleksiy Arestovych", "person", "indirect"),
    ("the action “speaks of a change in the situation as a whole”", "added", "He",
     "Oleksiy Arestovych", "person", "mixed"),
]

DESCRIPTIONS = {
    "Mason Clark": "head of the Russia team at the Institute for the Study of War (ISW) "
    "studies institute",
    "Frederick W Kagan": "a military expert at the American Enterprise Institute",
    "Oleksiy Arestovych": "Ukrainian presidential adviser",
}


@pytest.fixture(scope="module")
def article() -> str:
    return resources.files("attribution").joinpath("data", "seed_article.txt").read_text(
        encoding="utf-8"
    )


@pytest.fixture(scope="module")
def result(article: str) -> Analysis:
    return Analyzer().analyze(article)


def _find(result: Analysis, content: str) -> Quote:
    for q in result.quotes:
        if q.content.text == content:
            return q
    raise AssertionError(f"no quote with content {content!r}")


@pytest.mark.parametrize("row", REQUIRED, ids=[r[0][:30] for r in REQUIRED])
def test_required_seed_quote(result: Analysis, row: tuple[str, ...]) -> None:
    content, cue, mention, name, kind, qkind = row
    q = _find(result, content)
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == mention
    assert (q.speaker.name, q.speaker.kind, q.kind) == (name, kind, qkind)


def test_seed_descriptions(result: Analysis) -> None:
    described = {
        q.speaker.name: q.speaker.description
        for q in result.quotes
        if q.speaker is not None and q.speaker.description
    }
    for name, description in DESCRIPTIONS.items():
        assert described.get(name) == description


def test_seed_addressees_are_not_speakers(result: Analysis) -> None:
    names = {q.speaker.name for q in result.quotes if q.speaker is not None}
    assert "The New York Times" not in names and "New York Times" not in names
    assert "paper" not in names


def test_seed_quotes_are_in_text_order_and_offsets_match(article: str, result: Analysis) -> None:
    starts = [q.content.start for q in result.quotes]
    assert starts == sorted(starts)
    for q in result.quotes:
        assert article[q.content.start:q.content.end] == q.content.text


def test_seed_hedges_inside_kagan_quote_are_his(result: Analysis) -> None:
    q = _find(result, REQUIRED[10][0])
    assert q.hedges, "the Kagan quote holds 'very likely' and 'likely'"
    assert all(h.holder is not None and h.holder.name == "Frederick W Kagan" for h in q.hedges)
    assert q.certainty < 1.0


def test_seed_round_trips_through_dict(result: Analysis) -> None:
    import json

    d = json.loads(json.dumps(result.to_dict()))
    assert Analysis.from_dict(d) == result


def test_seed_speakers_are_entities(result: Analysis) -> None:
    """Issue 17's "done when": an entity for each speaker, its mentions and its gender
    as the text states it."""
    by_name = {e.name: e for e in result.entities}
    assert "he" in [m.text for m in by_name["Mason Clark"].mentions]
    assert "The military expert" in [m.text for m in by_name["Frederick W Kagan"].mentions]
    assert "they" in [m.text for m in by_name["US official"].mentions]
    assert by_name["US official"].kind == "anonymous"
    assert by_name["Mason Clark"].gender == "male"  # "he said"
    assert by_name["Oleksiy Arestovych"].gender == "male"  # "He added"
    assert by_name["Frederick W Kagan"].gender is None  # the text says nothing
    for q in result.quotes:
        sp = q.speaker
        assert sp is not None
        e = result.entity(sp.entity)
        if sp.entity is not None:
            assert e is not None
            assert (sp.name, sp.kind, sp.gender) == (e.name, e.kind, e.gender)
            assert sp.mention is None or (sp.mention.start, sp.mention.end) in {
                (m.start, m.end) for m in e.mentions
            }
