"""The driver of the quote rules: every declared rule, in order, over one document.

Cue-driven rules first (:mod:`.rules.cue_driven`), then the layout readers of
:mod:`.rules.layout`; repeated, nested and inside-a-source reports get their verdicts
(:mod:`.filters`) as evidence; quotations no passing reading has claimed are read from
their own shape (a colon, a verb after the quotation, a fragment inside a clause); quote
paragraphs with no cue take their neighbour's speaker. Nothing here decides between
readings: :mod:`attribution.decider` does, over all of them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..candidates import Candidate
from ..furniture import Line
from ..resources import Resources
from ..segment import DocView
from .context import Context
from .cue_tagger import CueTagger
from .cues import CueMatch
from .filters import dedupe, drop_nested, flag_losers, inside_other_sources, quote_kind, text_reads
from .marks import QuoteRegion
from .readings import readings
from .rules.cue_driven import from_cue
from .rules.layout import layout_attributions
from .rules.parsed import from_parse
from .rules.quote_driven import (
    colon_quote,
    interrupted_tail,
    quote_driven,
    quote_in_clause,
    quote_then_verb,
)
from .rules.uncued import uncued_paragraphs

__all__ = ["Proposals", "propose"]


@dataclass(frozen=True)
class Proposals:
    """Every candidate the rules propose for one document (in text order), the context
    they read (the decider's features read it too), and the page-furniture lines set
    aside."""

    ctx: Context
    candidates: list[Candidate]
    furniture: Sequence[Line] = ()


def propose(
    view: DocView,
    regions: list[QuoteRegion],
    cues: list[CueMatch],
    res: Resources,
    rules: frozenset[str] | None = None,
    furniture: Sequence[Line] = (),
    tagger: CueTagger | None = None,
) -> Proposals:
    """All candidate attributions in the document; with ``rules``, only those the named
    rules propose (the others never run: a rule's test runs it alone); with ``tagger``,
    also from the cues it proposes beyond the lexicon's."""

    def allowed(found: list[Candidate]) -> list[Candidate]:
        return found if rules is None else [c for c in found if c.rule in rules]

    ctx = Context(view, regions, res)
    if tagger is not None:
        cues = sorted(cues + tagger(ctx, cues), key=lambda c: c.start)
    ctx.cue_at = {c.start: c for c in cues}
    cands: list[Candidate] = []
    for cue in cues:
        if ctx.in_quote[cue.start] >= 0:
            continue
        found = allowed(from_cue(ctx, cue, cands))
        if cue.entry.lemma == "read":
            found = [c for c in found if text_reads(ctx, c)]
        if found:
            ctx.attributed.add(cue.start)
        elif ctx.parsed:
            found = allowed(from_parse(ctx, cue))
        cands.extend(found)
    cands += allowed(layout_attributions(ctx))
    unique = dedupe(cands)  # a repeated content is read once by the verdicts below
    outer = drop_nested(ctx, unique)
    flag_losers(outer, unique, "nested")
    passing = inside_other_sources(outer)
    flag_losers(passing, outer, "in_source")

    claimed_regions: set[int] = set()
    for c in passing:
        claimed_regions.update(ctx.regions_within(*c.content))
    by_shape = quote_driven(
        ctx,
        claimed_regions,
        (colon_quote, quote_then_verb, interrupted_tail, quote_in_clause),
        rules,
    )
    cands += by_shape
    passing += by_shape
    passing.sort(key=lambda c: (c.content[0], c.content[1]))
    cands += allowed(uncued_paragraphs(ctx, passing, claimed_regions))
    for c in cands:
        c.kind = quote_kind(ctx, c)
    cands += readings(ctx, cands)
    if view.furniture:
        cands = set_furniture_aside(ctx, cands, furniture)  # a piece keeps its kind
    cands.sort(key=lambda c: (c.content[0], c.content[1]))
    return Proposals(ctx, cands, furniture)


def set_furniture_aside(
    ctx: Context, cands: list[Candidate], furniture: Sequence[Line]
) -> list[Candidate]:
    """No cue or speaker on a furniture line, and no content that lies on one."""
    view = ctx.view
    return [
        c
        for c in cands
        if not (c.cue_tok >= 0 and view.in_furniture(c.cue_tok))
        and not (c.speaker is not None and view.in_furniture(c.speaker[1] - 1))
        and split_around_furniture(view.text, [c], furniture)
    ]


def split_around_furniture(
    text: str, cands: list[Candidate], furniture: Sequence[Line]
) -> list[Candidate]:
    """A content that runs over a furniture line (a quotation over several paragraphs)
    as its pieces, each a candidate of the same rule, cue and speaker; the decider has
    judged the whole, the result reports the pieces."""
    if not furniture:
        return cands
    out = []
    for c in cands:
        a, b = c.content
        cuts = [(line.start, line.end) for line in furniture if a < line.end and line.start < b]
        if not cuts:
            out.append(c)
            continue
        pieces = []
        pos = a
        for start, end in [*cuts, (b, b)]:
            piece = _trimmed(text, pos, min(start, b))
            if piece is not None:
                pieces.append(piece)
            pos = max(pos, end)
        out.extend(replace(c, content=piece) for piece in pieces)
    return out


def _trimmed(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if any(ch.isalnum() for ch in text[a:b]) else None
