"""Plain functions on a shared default :class:`~attribution.Analyzer` (rules backend)."""

from __future__ import annotations

import threading

from .analyzer import Analyzer
from .types import Analysis, Hedge, Quote

_default: Analyzer | None = None
_lock = threading.Lock()


def get_default_analyzer() -> Analyzer:
    """The shared rules-backend Analyzer, built on first use."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Analyzer()
    return _default


def analyze(text: str) -> Analysis:
    """Quotes and hedges of ``text`` (see :meth:`Analyzer.analyze`)."""
    return get_default_analyzer().analyze(text)


def find_quotes(text: str) -> list[Quote]:
    """The quotes of ``text`` in text order."""
    return get_default_analyzer().analyze(text).quotes


def find_hedges(text: str) -> list[Hedge]:
    """The hedges of ``text`` in text order."""
    return get_default_analyzer().analyze(text).hedges


def certainty(text: str) -> float:
    """How committed the text is to its claims, from 0 (hedged throughout) to 1."""
    from .hedges import text_certainty

    return text_certainty(get_default_analyzer().analyze(text).hedges, text)
