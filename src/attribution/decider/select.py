"""Which candidates to keep: the set of non-overlapping contents worth the most.

Annotators of PolNeAR never mark two attributions whose contents overlap (9 pairs in
19,832 train attributions), so one stretch of text is one reading. Among all
candidates, the decider keeps the set of pairwise non-overlapping contents that
maximises the summed margin of probability over the threshold, ``p - t`` (weighted
interval scheduling, solved exactly by dynamic programming in O(n log n)); a
candidate below the threshold is never kept. ``gain`` puts another worth in place of
``p - t`` (``scripts/decider_choice.py`` compares objectives with it).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence


def select(
    spans: Sequence[tuple[int, int]],
    scores: Sequence[float],
    threshold: float,
    gain: Callable[[float, float], float] | None = None,
) -> list[int]:
    """Indices (in ``spans`` order) of the best set of pairwise disjoint spans."""
    items = sorted(
        (i for i in range(len(spans)) if scores[i] >= threshold and spans[i][1] > spans[i][0]),
        key=lambda i: (spans[i][1], spans[i][0], i),
    )
    if not items:
        return []
    ends = [spans[i][1] for i in items]
    best = [0.0] * (len(items) + 1)  # best[k]: the first k items
    take = [False] * len(items)
    prev = [0] * len(items)
    for k, i in enumerate(items):
        prev[k] = bisect.bisect_right(ends, spans[i][0], 0, k)  # items ending before i starts
        worth = scores[i] - threshold if gain is None else gain(scores[i], threshold)
        value = worth + 1e-9 + best[prev[k]]
        if value > best[k]:
            best[k + 1] = value
            take[k] = True
        else:
            best[k + 1] = best[k]
    chosen = []
    k = len(items)
    while k > 0:
        if take[k - 1]:
            chosen.append(items[k - 1])
            k = prev[k - 1]
        else:
            k -= 1
    return sorted(chosen)
