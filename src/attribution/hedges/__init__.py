"""Hedge detection and calibration (placeholder until the hedge issue lands)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language

from ..segment import DocView
from ..types import Hedge, Quote

__all__ = ["HedgeFinder", "attach_hedges", "hedge_probability", "text_certainty"]


class HedgeFinder:
    """Finds hedge cues in a document view."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, view: DocView) -> list[Hedge]:
        return []


def attach_hedges(
    quotes: Sequence[Quote], hedges: Sequence[Hedge]
) -> tuple[list[Quote], list[Hedge]]:
    """Give each hedge inside a quote that quote's speaker as holder; return both lists."""
    return list(quotes), list(hedges)


def hedge_probability(phrase: str) -> float | None:
    """The median probability readers give ``phrase``, or None."""
    return None


def text_certainty(hedges: Sequence[Hedge], text: str) -> float:
    """Certainty of a whole text given its hedges (1.0 when unhedged)."""
    return 1.0
