"""Whose hedge is it, and how committed is a quote or a text once its hedges are counted.

A hedge inside a quotation is the quoted source's, not the writer's: the commitment it
lowers is the speaker's (the holder, in the terms of Pareti 2016 and of sentiment
analysis; Pei & Jurgens 2021 measure certainty separately for sources and writers).
:func:`attach_hedges` gives each hedge inside a quote's content that quote's speaker as
holder, and gives the quote its hedges and the certainty they leave.

Certainty combines multiplicatively: each hedge keeps the fraction ``certainty`` of the
commitment, so two hedges on one claim ("may possibly") lower it more than one.
:func:`text_certainty` scores a text the way Pei & Jurgens (2021) had people rate science
findings (1 uncertain to 6 certain, here mapped to 0-1): per sentence, the product of
its hedges' certainties weighted by category, then averaged over the sentences.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

import regex

from ..records import copy_with
from ..types import Hedge, Holder, Quote

# How much of a hedge's doubt (1 - certainty) reaches its sentence, by category. Fitted
# on the train split of Pei & Jurgens (2021) by `benchmarks/hedges.py --fit` (a coordinate
# search over 0.25 .. 1.5 maximising Pearson r); "desire" occurs once there and keeps 1.
CATEGORY_WEIGHT: dict[str, float] = {
    "probability": 0.75,
    "modal": 1.25,
    "evidential": 0.25,
    "attribution": 0.25,
    "extent": 1.5,
    "belief": 0.5,
    "desire": 1.0,
    "conditional": 0.25,
}

# Matched only at the first mark of a run, with possessive quantifiers, so a run of
# thousands of full stops is read once, not once per starting position.
_SENTENCE_END = regex.compile(
    r"(?<![.!?…])[.!?…]++[\"'”’)\]]*+\s++(?=[\"'“‘(\[]?[A-Z0-9])|\n[^\S\n]*+\n"
)


def combine(certainties: Sequence[float]) -> float:
    """The commitment left after every hedge has taken its share (1.0 with none)."""
    c = math.prod(certainties)
    if not 0.0 <= c <= 1.0 or any(x < 0.0 or x > 1.0 for x in certainties):
        c = math.prod(min(1.0, max(0.0, x)) for x in certainties)
    return round(c, 4)


def hedge_weight(h: Hedge) -> float:
    """The doubt a hedge brings to its sentence: ``weight * (1 - certainty)``."""
    return CATEGORY_WEIGHT.get(h.category, 1.0) * (1.0 - h.certainty)


def attach_hedges(
    quotes: Sequence[Quote], hedges: Sequence[Hedge]
) -> tuple[list[Quote], list[Hedge]]:
    """Give each hedge inside a quote that quote's speaker as holder; return both lists.

    A hedge inside several quotes (a quote nested in a longer one) takes the innermost
    quote's speaker. Quotes keep their order; each gets ``hedges`` in text order and the
    ``certainty`` that those governing its main claim combine to (an ``embedded`` hedge
    qualifies a side claim and leaves it alone).
    """
    if not quotes or not hedges:
        return list(quotes), list(hedges)
    ordered = sorted(range(len(hedges)), key=lambda k: hedges[k].cue.start)
    starts = [hedges[k].cue.start for k in ordered]
    ends = [hedges[k].cue.end for k in ordered]
    owner: dict[int, tuple[int, int]] = {}  # hedge -> (content length, quote index)
    inside: list[list[int]] = []
    for qi, q in enumerate(quotes):
        c = q.content
        size = c.end - c.start
        lo = bisect.bisect_left(starts, c.start)
        hi = bisect.bisect_left(starts, c.end)
        members = [ordered[k] for k in range(lo, hi) if ends[k] <= c.end]
        inside.append(members)
        for k in members:
            prev = owner.get(k)
            if prev is None or prev[0] > size:
                owner[k] = (size, qi)
    new_hedges = list(hedges)
    for k, (_, qi) in owner.items():
        sp = quotes[qi].speaker
        holder = None if sp is None else Holder(sp.name, sp.kind)
        new_hedges[k] = copy_with(hedges[k], holder=holder)
    new_quotes = []
    for q, members in zip(quotes, inside, strict=True):
        if not members:
            new_quotes.append(q)
            continue
        hs = tuple(new_hedges[k] for k in members)
        main = [h.certainty for h in hs if not h.embedded]
        new_quotes.append(copy_with(q, hedges=hs, certainty=combine(main)))
    return new_quotes, new_hedges


def _sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (a light splitter, no tokenizer)."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def text_certainty(hedges: Sequence[Hedge], text: str) -> float:
    """Certainty of a whole text given its hedges: 1.0 when unhedged, lower the more hedged.

    Each sentence keeps ``prod(1 - weight * (1 - certainty))`` over its hedges; the text's
    certainty is the mean over its sentences that hold words.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    bounds = _sentence_bounds(text)
    ends = [*bounds[1:], len(text)]
    sentences = [(a, b) for a, b in zip(bounds, ends, strict=True)
                 if any(ch.isalnum() for ch in text[a:b])]
    if not sentences:
        return 1.0
    starts = [a for a, _ in sentences]
    kept = [1.0] * len(sentences)
    for h in hedges:
        k = bisect.bisect_right(starts, h.cue.start) - 1
        if k < 0:
            k = 0
        kept[k] *= max(0.0, 1.0 - hedge_weight(h))
    return round(sum(kept) / len(kept), 4)
