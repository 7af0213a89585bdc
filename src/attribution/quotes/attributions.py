"""The driver of the quote rules: every construction, in order, over one document.

Cue-driven constructions first (:mod:`.constructions`), then the layouts of
:mod:`.formats`; nested and repeated reports are dropped; quotations no reading has
claimed are read from their own shape (a colon, a verb after the quotation, a fragment
inside a clause); quote paragraphs with no cue take their neighbour's speaker.
"""

from __future__ import annotations

from ..resources import Resources
from ..segment import DocView
from .constructions import (
    Candidate,
    _colon_quote,
    _Context,
    _dedupe,
    _drop_nested,
    _from_cue,
    _inside_other_sources,
    _interrupted_tail,
    _kind,
    _quote_driven,
    _quote_in_clause,
    _quote_then_verb,
    _text_reads,
    _uncued_paragraphs,
)
from .cues import CueMatch
from .formats import layout_attributions
from .marks import QuoteRegion

__all__ = ["find_attributions"]


def find_attributions(
    view: DocView, regions: list[QuoteRegion], cues: list[CueMatch], res: Resources
) -> list[Candidate]:
    """All candidate attributions in the document, in text order."""
    ctx = _Context(view, regions, res)
    ctx.cue_at = {c.start: c for c in cues}
    cands: list[Candidate] = []
    claimed_regions: set[int] = set()
    for cue in cues:
        if ctx.in_quote[cue.start] >= 0:
            continue
        found = _from_cue(ctx, cue, cands)
        if cue.entry.lemma == "read":
            found = [c for c in found if _text_reads(ctx, c)]
        if found:
            ctx.attributed.add(cue.start)
        for c in found:
            cands.append(c)
    cands = _inside_other_sources(
        _drop_nested(
            ctx,
            _dedupe(cands + layout_attributions(ctx)),
        )
    )
    for c in cands:
        claimed_regions.update(ctx.regions_within(*c.content))
    cands.extend(
        _quote_driven(
            ctx,
            claimed_regions,
            (_colon_quote, _quote_then_verb, _interrupted_tail, _quote_in_clause),
        )
    )
    cands.sort(key=lambda c: (c.content[0], c.content[1]))
    cands.extend(_uncued_paragraphs(ctx, cands, claimed_regions))
    for c in cands:
        c.kind = _kind(ctx, c)
    cands.sort(key=lambda c: (c.content[0], c.content[1]))
    return cands
