"""Coreference clusters a user's own spaCy component left on the Doc.

A pipeline may carry a coreference component before ``attribution`` — for example
spacy-experimental's ``experimental_coref`` and ``span_resolver`` (Dobrovolskii 2021,
word-level coreference). Those write one span group per entity:
``doc.spans["coref_clusters_1"]``, ``doc.spans["coref_clusters_2"]``, ..., each holding
the mentions of one entity. Speaker resolution uses them when present ("he" → the
cluster's name, "Mason Clark"); without them the built-in resolution works alone.

Only the span-group convention is read, so any component that writes clusters under
that prefix can take part; nothing here imports spacy-experimental.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

__all__ = ["CLUSTER_PREFIX", "HEAD_CLUSTER_PREFIX", "ClusterIndex", "clusters_from_doc"]

CLUSTER_PREFIX = "coref_clusters"
# spacy-experimental's coref component alone (without span_resolver) writes head words.
HEAD_CLUSTER_PREFIX = "coref_head_clusters"

CharSpan = tuple[int, int]


def _key_order(key: str) -> tuple[int, str]:
    """Sort coref_clusters_2 before coref_clusters_10."""
    m = re.search(r"(\d+)$", key)
    return (int(m.group(1)) if m else -1, key)


def clusters_from_doc(doc: Doc, prefix: str | None = None) -> list[list[CharSpan]]:
    """The character offsets ``(start, end)`` of each cluster's mentions, in text order.

    Clusters are read from the span groups whose key starts with ``prefix``; by default
    ``coref_clusters``, or ``coref_head_clusters`` when a Doc has only those. Empty
    groups are skipped, duplicate mentions kept once, and clusters come in the order of
    their keys' numbers. A Doc without such groups gives ``[]``.
    """
    if prefix is None:
        prefix = CLUSTER_PREFIX
        if not any(k.startswith(prefix) for k in doc.spans):
            prefix = HEAD_CLUSTER_PREFIX
    clusters: list[list[CharSpan]] = []
    for key in sorted((k for k in doc.spans if k.startswith(prefix)), key=_key_order):
        mentions = sorted({(s.start_char, s.end_char) for s in doc.spans[key]})
        if mentions:
            clusters.append(mentions)
    return clusters


class ClusterIndex:
    """Finds the cluster of a mention by its character offsets in O(log n).

    >>> idx = ClusterIndex([[(0, 11), (40, 42)], [(20, 26)]])
    >>> idx.cluster_of(40, 42)
    0
    >>> idx.antecedents(40, 42)
    [(0, 11)]
    """

    # A mention overlapping the one asked about may start at most this far before it.
    WINDOW = 200

    def __init__(self, clusters: list[list[CharSpan]]) -> None:
        self.clusters = clusters
        entries = sorted(
            (start, end, c) for c, mentions in enumerate(clusters) for start, end in mentions
        )
        self._starts = [e[0] for e in entries]
        self._entries = entries
        self._exact = {(s, e): c for s, e, c in entries}

    def __bool__(self) -> bool:
        return bool(self.clusters)

    def cluster_of(self, start: int, end: int) -> int | None:
        """Index of the cluster with the mention ``start:end``, else of the mention that
        overlaps it most ("US official" finds "the US official"); None if none does."""
        exact = self._exact.get((start, end))
        if exact is not None:
            return exact
        lo = bisect.bisect_left(self._starts, start - self.WINDOW)
        hi = bisect.bisect_left(self._starts, end)
        best: tuple[int, int] | None = None  # (overlap, cluster)
        for s, e, c in self._entries[lo:hi]:
            overlap = min(e, end) - max(s, start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, c)
        return None if best is None else best[1]

    def antecedents(self, start: int, end: int) -> list[CharSpan]:
        """The other mentions of the cluster of ``start:end``: those before it, nearest
        first, then those after it in text order; ``[]`` when it is in no cluster."""
        c = self.cluster_of(start, end)
        if c is None:
            return []
        before = [m for m in self.clusters[c] if m[1] <= start]
        after = [m for m in self.clusters[c] if m[0] >= end]
        return before[::-1] + after
