"""A definite description whose noun no lexicon lists ("The commissaire said", "The
lantråd said"): a title of the desk's own world, or a word of another language the
article keeps. The word lists cannot say it is a role, so it varies on no one by them;
the article itself can: the noun stood right before or after the name of the person it
refers back to ("the president of the commissaires' panel, Dariusz Wolny", "Premier
(lantråd) Katarina Sjöblom", "Hinerangi Wharepapa, the kaitiaki"). That person, named in
the sentences before, is the description's antecedent, as a title noun's holder is for
a listed title (Vieira & Poesio 2000 on definite descriptions that take up a noun of the
antecedent's own introduction).
"""

from __future__ import annotations

from collections.abc import Container

import regex

from ..segment import DocView
from .entities import Cluster, Registry, find
from .mention import Mention

__all__ = ["stood_beside", "unlisted_antecedent"]

# How far before or after a name the noun may stand ("the president of the
# commissaires' panel, Dariusz Wolny": 37 characters).
REACH = 60
WINDOW = 12  # sentences back (as a title's: ``cataphora.TITLE_WINDOW``)
# What may stand between the noun and the name after it: the rest of its title or
# apposition, at most two words ("(lantråd) ", "' panel, "), not a clause ("a stillman
# who has worked at Glenardoch": the noun is someone the clause places there).
TITLE_GAP = regex.compile(r"[^\w]*(?:\w+[^\w]+){0,2}")
# … and between the name and the noun after it: an apposition's comma or bracket and
# its determiner ("Hinerangi Wharepapa, the kaitiaki").
APPOSITION_GAP = regex.compile(r"\s*[,(]\s*(?:(?:the|a|an|its|their)\s+)?(?:\w+\s+){0,2}")


def unlisted_antecedent(
    view: DocView, reg: Registry, m: Mention, sent: int, known: Container[str]
) -> Cluster | None:
    """The one named person of the last ``WINDOW`` sentences whose mention in the
    text stands beside the noun of description ``m`` (its plural and possessive too),
    within its sentence; None if none or several, or if the noun is a word ``known`` to
    the word lexicon ("the loss", "the buyer": no title of the desk's own)."""
    head = m.head
    if len(head) < 4 or not head.isalpha() or head in known:
        return None
    found: set[int] = set()
    out: Cluster | None = None
    for c in reg.by_recency(WINDOW):
        c = find(c)
        if c.kind != "person" or not c.named or sent - c.sent > WINDOW or id(c) in found:
            continue
        if c.takes(m.gender) and stood_beside(view, c, head, m.start):
            found.add(id(c))
            out = c
    return out if len(found) == 1 else None


def stood_beside(view: DocView, c: Cluster, head: str, until: int) -> bool:
    """Does noun ``head`` (its plural and possessive too) stand in the title before a
    mention of ``c`` that ends before character ``until``, or in the apposition after
    it ("Worcestershire captain Haseeb Akhtar", "Hinerangi Wharepapa, the kaitiaki")?"""
    noun = regex.compile(rf"(?<![\w-]){regex.escape(head)}(?:s|'s|’s|s'|s’)?(?![\w-])",
                         regex.IGNORECASE)
    text = view.text
    for s, e in c.mentions:
        if e > until:
            continue
        lo, hi = view.sents[view.sent_of[view.token_at(s)]]
        a, b = max(view.starts[lo], s - REACH), min(view.ends[hi - 1], e + REACH)
        before = [x.end() for x in noun.finditer(text, a, s)]
        after = noun.search(text, e, b)
        if (before and TITLE_GAP.fullmatch(text, before[-1], s)) or (
                after is not None and APPOSITION_GAP.fullmatch(text, e, after.start())):
            return True
    return False
