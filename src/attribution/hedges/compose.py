"""Composing a hedge's probability with the words around it: degree, comparison, negation.

Hedges are modified like other scalar expressions (Lakoff 1973): "very likely" is read
higher than "likely", "fairly likely" lower, "more likely" states no absolute probability,
and "not likely" is read near "unlikely". The arithmetic, documented in docs/hedging.md:

* an **intensifier** of strength ``a`` moves ``p`` the fraction ``a`` of the way to the
  endpoint the phrase leans to (1 for ``p >= 0.3``, else 0): ``p + a(1 - p)`` or
  ``p - a p``. The strengths of "very", "highly" and "extremely" are fitted to CAPphrase
  and the EFSA scale by ``scripts/build_hedge_lexicon.py``;
* a **downtoner** of strength ``b`` moves ``p`` the fraction ``b`` towards an even chance;
* a **comparative** ("more", "less", "increasingly") keeps the category but drops the
  probability: it compares, it states none;
* a **negator** flips the phrase: an endpoint (``p >= 0.9``) leaves the open range below
  it (median 0.5); a possibility (``0.3 <= p <= 0.5``: "possible", "may") becomes its
  impossibility (0.05); a phrase with a negative prefix ("unlikely") is litotes, a weak
  positive (``0.5 + (0.5 - p) / 4``); anything else becomes ``1 - p``.

Negated phrases that people use often ("not likely", "not unlikely", "cannot be ruled
out", "probably not") have rows of their own in the lexicon, which take precedence.
"""

from __future__ import annotations

import functools
import re

from .lexicon import HedgeEntry, HedgeLexicon, Modifier, normalize_phrase

Range = tuple[float, float]

LEAN_THRESHOLD = 0.3
ENDPOINT = 0.9
IMPOSSIBILITY = 0.05
NEGATIVE_PREFIXES = ("un", "im", "in", "ir", "dis")


def certainty_of(p: float) -> float:
    """Commitment left by a probability: low near an even chance, high near an endpoint."""
    return round(0.3 + 0.7 * abs(2 * p - 1), 2)


def _clip(x: float) -> float:
    return min(1.0, max(0.0, round(x, 4)))


def intensify(p: float, strength: float, lean_up: bool) -> float:
    return _clip(p + strength * (1 - p) if lean_up else p - strength * p)


def downtone(p: float, strength: float) -> float:
    return _clip(p + strength * (0.5 - p))


def negate(phrase: str, p: float, rng: Range | None) -> tuple[float, Range | None]:
    """Probability and range of "not <phrase>"."""
    head = phrase.split()[0] if phrase else ""
    if p >= ENDPOINT:
        return 0.5, (0.1, ENDPOINT)
    if any(head.startswith(pre) for pre in NEGATIVE_PREFIXES) and p < 0.5:
        f = _litotes
        lo, hi = (f(rng[1]), f(rng[0])) if rng else (f(p), f(p))
        return f(p), (lo, hi)
    if LEAN_THRESHOLD <= p <= 0.5:
        return IMPOSSIBILITY, (0.0, 0.1)
    if rng is None:
        return _clip(1 - p), None
    return _clip(1 - p), (_clip(1 - rng[1]), _clip(1 - rng[0]))


def _litotes(p: float) -> float:
    return _clip(0.5 + (0.5 - p) / 4)


def apply_modifier(
    mod: Modifier, phrase: str, p: float | None, rng: Range | None
) -> tuple[float | None, Range | None]:
    """The probability and range of ``<mod.word> <phrase>``."""
    if p is None:
        return None, None
    if mod.kind == "comparative":
        return None, None
    if mod.kind == "negator":
        return negate(phrase, p, rng)
    if mod.kind == "intensifier":
        up = p >= LEAN_THRESHOLD
        new = intensify(p, mod.strength, up)
        if rng is None:
            return new, None
        return new, (intensify(rng[0], mod.strength, up), intensify(rng[1], mod.strength, up))
    new = downtone(p, mod.strength)
    if rng is None:
        return new, None
    lo, hi = downtone(rng[0], mod.strength), downtone(rng[1], mod.strength)
    return new, (min(lo, hi), max(lo, hi))


_LEADING = re.compile(
    r"^(?:(?:it|that|this|there)(?:'s|\s+(?:is|was|seems|appears|remains|'s))\s+|"
    r"(?:we|i|they|he|she|you)(?:'re|'m|\s+(?:are|am|is|was|were))\s+|"  # "we are confident"
    r"(?:is|was|be|are|am|were)\s+|"
    r"(?:a|an|the)\s+)"
)
_TRAILING = re.compile(r"\s+(?:that|to|to happen|to be|to occur|happen|happens)$")
_EDGE_PUNCT = " \t\n.,;:!?\"'()[]"


@functools.lru_cache(maxsize=4096)
def lookup(lexicon: HedgeLexicon, phrase: str) -> tuple[float | None, Range | None] | None:
    """Probability and range of ``phrase``, composed where it is not listed; None if unknown."""
    text = normalize_phrase(phrase).strip(_EDGE_PUNCT)
    return _lookup(lexicon, text, 0)


def _lookup(lexicon: HedgeLexicon, text: str, depth: int
            ) -> tuple[float | None, Range | None] | None:
    entry = lexicon.entries.get(text)
    if entry is not None:
        return entry.probability, entry.probability_range
    if depth > 4 or not text:
        return None
    for pattern in (_LEADING, _TRAILING):
        shorter = pattern.sub("", text)
        if shorter != text:
            return _lookup(lexicon, shorter, depth + 1)
    first, _, rest = text.partition(" ")
    mod = lexicon.modifiers.get(first)
    if mod is not None and rest:
        base = _lookup(lexicon, rest, depth + 1)
        if base is None:
            return None
        return apply_modifier(mod, rest, *base)
    if text.endswith(" not") or text.endswith(" n't"):
        base = _lookup(lexicon, text.rsplit(" ", 1)[0], depth + 1)
        if base is not None and base[0] is not None:
            return negate(text, base[0], base[1])
    return None


def entry_numbers(entry: HedgeEntry, mods: list[Modifier], phrase: str
                  ) -> tuple[float | None, Range | None, float]:
    """Apply ``mods`` (nearest first) to ``entry``: probability, range, certainty."""
    p, rng = entry.probability, entry.probability_range
    certainty = entry.certainty
    base = phrase
    for mod in mods:
        p, rng = apply_modifier(mod, base, p, rng)
        base = f"{mod.word} {base}"
    if mods and p is not None and entry.category == "probability":
        certainty = certainty_of(p)
    return p, rng, certainty
