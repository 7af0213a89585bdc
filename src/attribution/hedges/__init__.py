"""Hedges: finding them, scoring them with calibrated probabilities, and saying whose they are.

Two questions are kept apart (Szarvas et al. 2012 on uncertainty types; Hyland 1998 on
hedges): how likely the writer or source says a claim is (``probability``, calibrated on
how people read estimative phrases: Kent 1964, US ICD 203, CAPphrase) and how committed
they are to it (``certainty``). "very likely" states a probability; "reportedly" lowers
commitment; "in part" limits how much of a claim holds and states no probability.

* :class:`HedgeFinder` finds the cues in a document (:mod:`.detect`);
* :func:`attach_hedges` gives hedges inside quotes their speaker as holder (:mod:`.attach`);
* :func:`hedge_probability` reads a phrase as a number (:mod:`.lexicon`, :mod:`.compose`);
* :func:`text_certainty` scores a text's commitment (Pei & Jurgens 2021).
"""

from __future__ import annotations

from .attach import attach_hedges, text_certainty
from .compose import lookup
from .detect import HedgeFinder
from .lexicon import HedgeEntry, HedgeLexicon, Modifier

__all__ = [
    "HedgeEntry",
    "HedgeFinder",
    "HedgeLexicon",
    "Modifier",
    "attach_hedges",
    "hedge_probability",
    "hedge_probability_range",
    "text_certainty",
]


def _read(phrase: object) -> tuple[float | None, tuple[float, float] | None] | None:
    if not isinstance(phrase, str):
        raise TypeError(
            f"phrase must be str, got {type(phrase).__name__}: pass the words of one "
            "phrase, for example hedge_probability('very likely')"
        )
    return lookup(HedgeLexicon.default(), phrase)


def hedge_probability(phrase: str) -> float | None:
    """The median probability (0-1) readers give ``phrase``, or None.

    None when the phrase states no probability ("in part", "reportedly") or is unknown.
    Case and spacing do not matter; a phrase not listed is composed from one that is
    ("extremely probable", "not very likely", "it is quite possible that").

    >>> hedge_probability("Likely")
    0.75
    >>> hedge_probability("in part") is None
    True
    """
    found = _read(phrase)
    return None if found is None else found[0]


def hedge_probability_range(phrase: str) -> tuple[float, float] | None:
    """The interquartile (survey) or official range of ``phrase``, or None."""
    found = _read(phrase)
    return None if found is None else found[1]
