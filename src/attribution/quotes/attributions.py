"""The driver of the quote rules: every construction, in order, over one document.

Cue-driven rules first (:mod:`.rules.cue_driven`), then the layout readers of
:mod:`.rules.layout`; nested and repeated reports are dropped; quotations no reading has
claimed are read from their own shape (a colon, a verb after the quotation, a fragment
inside a clause); quote paragraphs with no cue take their neighbour's speaker.
"""

from __future__ import annotations

from ..candidates import Candidate
from ..resources import Resources
from ..segment import DocView
from .context import Context
from .cues import CueMatch
from .filters import dedupe, drop_nested, inside_other_sources, quote_kind, text_reads
from .marks import QuoteRegion
from .rules.cue_driven import from_cue
from .rules.layout import layout_attributions
from .rules.quote_driven import (
    colon_quote,
    interrupted_tail,
    quote_driven,
    quote_in_clause,
    quote_then_verb,
)
from .rules.uncued import uncued_paragraphs

__all__ = ["find_attributions"]


def find_attributions(
    view: DocView,
    regions: list[QuoteRegion],
    cues: list[CueMatch],
    res: Resources,
    rules: frozenset[str] | None = None,
) -> list[Candidate]:
    """All candidate attributions in the document, in text order; with ``rules``, only
    those the named rules propose (the others never run: a rule's test runs it alone)."""

    def allowed(found: list[Candidate]) -> list[Candidate]:
        return found if rules is None else [c for c in found if c.rule in rules]

    ctx = Context(view, regions, res)
    ctx.cue_at = {c.start: c for c in cues}
    cands: list[Candidate] = []
    claimed_regions: set[int] = set()
    for cue in cues:
        if ctx.in_quote[cue.start] >= 0:
            continue
        found = allowed(from_cue(ctx, cue, cands))
        if cue.entry.lemma == "read":
            found = [c for c in found if text_reads(ctx, c)]
        if found:
            ctx.attributed.add(cue.start)
        for c in found:
            cands.append(c)
    cands = inside_other_sources(
        drop_nested(
            ctx,
            dedupe(cands + allowed(layout_attributions(ctx))),
        )
    )
    for c in cands:
        claimed_regions.update(ctx.regions_within(*c.content))
    cands.extend(
        quote_driven(
            ctx,
            claimed_regions,
            (colon_quote, quote_then_verb, interrupted_tail, quote_in_clause),
            rules,
        )
    )
    cands.sort(key=lambda c: (c.content[0], c.content[1]))
    cands.extend(allowed(uncued_paragraphs(ctx, cands, claimed_regions)))
    for c in cands:
        c.kind = quote_kind(ctx, c)
    cands.sort(key=lambda c: (c.content[0], c.content[1]))
    return cands
