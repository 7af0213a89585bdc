"""spaCy conventions: extension names under a prefix, a clear error instead of a silent
clash, Span extensions on quote spans, and the quotation a quote belongs to."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.tokens import Doc, DocBin, Span

import attribution
from attribution.extensions import ExtensionClash

INTERRUPTED = (
    "“We will win,” the senator said. “The votes are there.”\n\n"
    "“And they will stay there.”\n\n"
    "Prices may rise, the minister said."
)


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution")
    return nlp


def test_pieces_of_one_quotation_share_a_group_and_uncued_ones_are_flagged(
    nlp: spacy.language.Language,
) -> None:
    result = attribution.analyze(INTERRUPTED)
    table = [(q.content.text, q.group, q.inherited) for q in result.quotes]
    assert table == [
        ("“We will win,”", 0, False),
        ("“The votes are there.”", 0, True),  # continues it: same cue, no cue of its own
        ("“And they will stay there.”", 0, True),  # an uncued paragraph continuing it
        ("Prices may rise", 1, False),
    ]
    cues = [q.cue.text if q.cue else None for q in result.quotes]
    assert cues[:2] == ["said", "said"]
    assert nlp(INTERRUPTED)._.quotes == result.quotes


def test_quote_spans_carry_their_speaker_cue_hedges_and_group(
    nlp: spacy.language.Language,
) -> None:
    doc = nlp(INTERRUPTED)
    spans = list(doc.spans["quotes"])
    assert [s._.group for s in spans] == [0, 0, 0, 1]
    first, last = spans[0], spans[-1]
    assert first._.quote == doc._.quotes[0]
    assert first._.speaker.name == "senator" and first._.cue.text == "said"
    assert [h.cue.text for h in last._.hedges] == ["may"]
    quote_spans = [s for s in doc.spans["attribution"] if s.label_.endswith("quote")]
    assert [s._.speaker for s in quote_spans] == [q.speaker for q in doc._.quotes]
    other = doc[0:2]  # not a quote span
    assert other._.quote is None and other._.speaker is None and other._.hedges == ()


def test_span_extensions_survive_serialisation(nlp: spacy.language.Language) -> None:
    doc = nlp(INTERRUPTED)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = DocBin().from_bytes(data).get_docs(nlp.vocab)
    assert [s._.speaker for s in back.spans["quotes"]] == [s._.speaker for s in doc.spans["quotes"]]


def test_reading_every_quote_span_parses_the_results_once(
    nlp: spacy.language.Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attribution import extensions

    calls = []
    real = attribution.Analysis.from_dict

    def counting(d, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return real(d, **kwargs)

    monkeypatch.setattr(extensions.Analysis, "from_dict", counting)
    doc = nlp(INTERRUPTED * 20)
    speakers = [s._.speaker for s in doc.spans["quotes"]]
    assert len(speakers) == 80 and len(calls) == 1
    doc._.attribution_dict = dict(doc._.attribution_dict)  # a new stored form: read again
    assert len(doc._.quotes) == 80 and len(calls) == 2
    quotes = doc._.quotes
    quotes.clear()  # the caller's list, not the cached one
    assert len(doc._.quotes) == 80


def test_a_prefix_puts_every_extension_under_other_names() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution", config={"extension_prefix": "attr_"})
    doc = nlp(INTERRUPTED)
    assert doc._.attr_quotes == attribution.analyze(INTERRUPTED).quotes
    assert doc._.attr_attribution_dict["quotes"]
    assert doc._.quotes == []  # the unprefixed names hold nothing for this component
    assert doc.spans["quotes"][0]._.attr_speaker.name == "senator"


def test_a_name_another_library_holds_is_never_taken_over() -> None:
    """Run in a fresh interpreter: the other library registers doc._.quotes first."""
    script = """
import spacy
from spacy.tokens import Doc

def other_quotes(doc):
    return "theirs"

Doc.set_extension("quotes", getter=other_quotes)
import attribution
from attribution.extensions import ExtensionClash

nlp = spacy.blank("en")
try:
    nlp.add_pipe("attribution")
except ExtensionClash as e:
    print("CLASH", e)
nlp.add_pipe("attribution", config={"extension_prefix": "attribution_"})
doc = nlp("“We will win,” the senator said.")
print(doc._.quotes, len(doc._.attribution_quotes))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout
    assert "CLASH doc._.quotes is already registered by another library (the getter " in out
    assert "__main__.other_quotes" in out and "'extension_prefix': 'attribution_'" in out
    assert out.strip().endswith("theirs 1")


def test_bad_prefix_is_refused() -> None:
    with pytest.raises(ValueError, match="extension_prefix"):
        spacy.blank("en").add_pipe("attribution", config={"extension_prefix": "bad prefix"})


def test_clash_on_a_span_extension() -> None:
    Span.set_extension("test_clash_speaker", default=1)
    try:
        with pytest.raises(ExtensionClash, match=r"span\._\.test_clash_speaker .*plain attribute"):
            spacy.blank("en").add_pipe("attribution", config={"extension_prefix": "test_clash_"})
    finally:
        Span.remove_extension("test_clash_speaker")
        for name in ("quote",):
            if Span.has_extension(f"test_clash_{name}"):
                Span.remove_extension(f"test_clash_{name}")
        for name in ("attribution_dict", "attribution", "quotes", "hedges"):
            if Doc.has_extension(f"test_clash_{name}"):
                Doc.remove_extension(f"test_clash_{name}")
