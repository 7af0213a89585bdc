"""Which quotes are pieces of one quotation.

A quotation that its attribution interrupts ('“A,” he said. “B.”') comes out of the rules
as several candidates sharing a cue; an uncued quote paragraph that continues an
attribution is a candidate linked to it (``Candidate.inherit``) with no cue or speaker of
its own. :func:`quotation_groups` numbers the quotations so that the pieces of one share
a number (``Quote.group``) and flags the pieces with no attribution of their own
(``Quote.inherited``).
"""

from __future__ import annotations

from ..candidates import Candidate

__all__ = ["quotation_groups"]


def quotation_groups(cands: list[Candidate]) -> tuple[list[int], list[bool]]:
    """For each candidate, its quotation's number and whether it has no attribution of
    its own. The pieces of one quotation share a cue (an interrupted quotation: '“A,” he
    said. “B.”'), or a piece is an uncued quote paragraph that takes its attribution
    from the one it continues; quotations are numbered in text order from 0."""
    by_id = {id(c): i for i, c in enumerate(cands)}
    parent = list(range(len(cands)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    inherited = [False] * len(cands)
    first_with_cue: dict[tuple[int, int], int] = {}
    for i, c in enumerate(cands):
        src = by_id.get(id(c.inherit)) if c.inherit is not None else None
        if src is not None and c.speaker is None and (c.cue is None or c.continuation):
            inherited[i] = True
            parent[root(i)] = root(src)
        if c.cue is not None:
            j = first_with_cue.setdefault(c.cue, i)
            parent[root(i)] = root(j)
    order = sorted(range(len(cands)), key=lambda i: (cands[i].content[0], cands[i].content[1]))
    number: dict[int, int] = {}
    for i in order:
        number.setdefault(root(i), len(number))
    return [number[root(i)] for i in range(len(cands))], inherited
