"""The protected tokenizer: stand-ins for lone surrogates and Unicode spaces, the input
kept on the Doc, the component and the Analyzer agreeing, and the registered tokenizer."""

from __future__ import annotations

import ast
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import attribution
from attribution.tokenize import (
    SOURCE_KEY,
    TOKENIZER_NAME,
    ProtectedTokenizer,
    blank_english,
    protect,
    source_text,
    stand_in,
)

UNICODE_SPACED = [
    "Mr.\u00a0Kamp said the plan was “doomed.”",
    "“We will win,” Mr.\u00a0Kamp said.",
    "this\xa0source told the Post that it was over.",
    "“Fine,”\u2009the senator\u3000said.\u202fIt may\u2002rain.",
    "“We will \ud800win,” the senator said.\udfff",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution")
    return nlp


def test_stand_in_keeps_the_length_and_changes_only_what_it_must() -> None:
    assert stand_in("plain text, “quoted”") is None
    text = "a\u00a0b\u3000c\ud800d"
    proxy = stand_in(text)
    assert proxy == "a b c\ufffdd" and len(proxy) == len(text)


@pytest.mark.parametrize("text", UNICODE_SPACED)
def test_component_agrees_with_analyze_on_unicode_spaces_and_surrogates(
    nlp: Language, text: str
) -> None:
    doc = nlp(text)
    expected = attribution.analyze(text)
    assert expected.quotes
    assert doc._.quotes == expected.quotes
    assert doc._.hedges == expected.hedges
    assert doc._.attribution.text == text
    assert len(doc.text) == len(text) and doc.text == stand_in(text)


def test_no_break_space_is_no_token_of_its_own(nlp: Language) -> None:
    doc = nlp("Mr.\u00a0Kamp said it was over.")
    assert [t.text for t in doc][:2] == ["Mr.", "Kamp"]
    (quote,) = doc._.quotes
    assert quote.speaker is not None and quote.speaker.mention is not None
    assert quote.speaker.mention.text == "Mr.\u00a0Kamp"


def test_unprotected_pipeline_is_left_alone() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution", config={"protect_tokenizer": False})
    assert not isinstance(nlp.tokenizer, ProtectedTokenizer)
    assert "\u00a0" in [t.text for t in nlp("Mr.\u00a0Kamp said so.")]


def test_protect_wraps_once_and_keeps_the_tokenizer_tunable() -> None:
    nlp = spacy.blank("en")
    inner = nlp.tokenizer
    protect(protect(nlp))
    assert isinstance(nlp.tokenizer, ProtectedTokenizer) and nlp.tokenizer.inner is inner
    nlp.tokenizer.rules = {}  # written through to the wrapped tokenizer
    assert inner.rules == {}


@pytest.mark.parametrize("text", UNICODE_SPACED)
def test_the_input_survives_serialisation(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert source_text(doc) == text
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert source_text(again) == text and again._.quotes == doc._.quotes
    bin_ = DocBin(store_user_data=True, docs=[doc])
    (loaded,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(nlp.vocab)
    assert loaded._.attribution.text == text


def test_source_text_ignores_what_does_not_fit(nlp: Language) -> None:
    doc = nlp("plain text")
    assert source_text(doc) == "plain text" and SOURCE_KEY not in doc.user_data
    doc.user_data[SOURCE_KEY] = b"other length"
    assert source_text(doc) == "plain text"


def test_spacy_pipe_with_processes_keeps_results_and_input(nlp: Language) -> None:
    docs = list(nlp.pipe(UNICODE_SPACED, n_process=2, batch_size=2))
    assert [d._.quotes for d in docs] == [attribution.analyze(t).quotes for t in UNICODE_SPACED]
    assert [d._.attribution.text for d in docs] == UNICODE_SPACED


def test_registered_tokenizer_is_the_analyzers(tmp_path: Path) -> None:
    config = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}}
    nlp = spacy.blank("en", config=config)
    text = "“I love it!”Former Sens. Cruz said."
    assert [t.text for t in nlp(text)] == [t.text for t in blank_english()(text)]
    assert "Former" in [t.text for t in nlp(text)]
    nlp.add_pipe("attribution")
    assert nlp(text)._.quotes == attribution.analyze(text).quotes
    nlp.to_disk(tmp_path / "pipeline")
    script = (
        "import sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        "assert 'attribution' in sys.modules  # loaded through the entry points\n"
        f"print([t.text for t in nlp({text!r})])\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True)
    assert ast.literal_eval(out.stdout) == [t.text for t in nlp(text)]


TRICKY = [
    "Sen. Ted Cruz (R-Texas) said—“we won’t,” he said at 5 p.m.\n\nIt’s over.",
    "\n— “Fine,”he said.  Don't go…\t(U.S.) $5.3bn 10% ‘quoted’ e-mail... !!!",
    "— A headline\n\nBy Mr. Kamp\n\n“I love it!”Former Sens. Cruz and Rubio said. ;-)",
]


def test_remembered_searches_and_fewer_special_cases_change_no_token() -> None:
    """The news tokenizer remembers its affix searches and drops the special cases that
    only repeat its rules: its Docs are those of the plain searches and all the special
    cases, on a first reading and on a second (but token 0's SENT_START, see tokenize.py)."""
    from spacy.attrs import IS_SPACE, LENGTH, NORM, ORTH, SENT_START, SPACY

    fast: Any = blank_english().tokenizer
    plain: Any = blank_english().tokenizer.inner
    for attr in ("prefix_search", "suffix_search", "infix_finditer", "url_match"):
        setattr(plain, attr, getattr(plain, attr).__self__.search)  # the memo's search
    plain.rules = {**plain.rules, **{k: [{ORTH: k}] for k in (" ", "\t", "\n", "\u2014")}}
    attrs = [ORTH, NORM, SPACY, IS_SPACE, LENGTH]
    for text in TRICKY * 2:
        a, b = fast(text), plain(text)
        assert [t.text_with_ws for t in a] == [t.text_with_ws for t in b]
        assert (a.to_array(attrs) == b.to_array(attrs)).all()
        assert (a.to_array([SENT_START])[1:] == b.to_array([SENT_START])[1:]).all()
    # The searches survive serialisation as their patterns, and pickling.
    nlp = blank_english()
    nlp.from_bytes(blank_english().to_bytes())
    assert [t.text for t in pickle.loads(pickle.dumps(fast))(TRICKY[0])] == [
        t.text for t in nlp(TRICKY[0])
    ]
