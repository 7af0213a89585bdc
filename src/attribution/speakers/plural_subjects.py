"""The plural subject a "they" continues, when no entity was made of it.

"Companies say that weakening the encryption … would only make users more vulnerable.
What's more, they note, …": "they" continues the subject of its sentence or of the one
before (Centering: Grosz, Joshi & Weinstein 1995), and a pronoun agrees in number with
its antecedent (Lappin & Leass 1994 filter on agreement before they weigh salience). A
plural noun phrase of people or organisations that opens a clause before its verb
("Companies", "Mexican officials", "the protesters") is such a subject even when no
speaker, name or description the reader registered stands there; without it "they"
fell to the most salient singular organisation or place ("San Diego", "the Brookings
Institution"). :func:`plural_subject` finds that phrase by word order and the tagger's
classes; the reader makes it an entity of its own.
"""

from __future__ import annotations

from ..phrases import Tagger, np_left
from ..segment import DocView
from .text import before_verb, opens_clause

# Words after which a clause and its subject begin ("… because they", "while officials").
CLAUSE_OPENERS = frozenset(["but", "and", "while", "as", "when", "because", "though",
                            "although", "since", "after", "before", "so", "yet", "that",
                            "if", "once", "until", "whereas"])


def plural_subject(
    view: DocView, tag: Tagger, lo: int, hi: int
) -> list[tuple[int, int]]:
    """Token ranges of the noun phrases in ``lo .. hi`` (one sentence, or its part
    before a pronoun) whose head is a plural noun, each opening a clause and followed
    by its verb, in text order: the candidates the caller types."""
    words, lower = view.words, view.lower
    out = []
    for j in range(lo, hi):
        w = words[j]
        if len(w) < 4 or not w.isalpha() or not lower[j].endswith("s") or (
            lower[j].endswith("ss")) or tag(j) not in ("NOUN", "PROPN"):
            continue
        if not before_verb(view, tag, j + 1) or j + 1 >= hi:
            continue
        start = np_left(view, tag, j + 1, lo)
        if start is None or start > j:
            continue
        if opens_clause(view, start) or (start > lo and lower[start - 1] in CLAUSE_OPENERS):
            out.append((start, j + 1))
    return out
