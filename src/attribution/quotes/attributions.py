"""The driver of the quote rules: every declared rule, in order, over one document.

Cue-driven rules first (:mod:`.rules.cue_driven`), then the layout readers of
:mod:`.rules.layout`; repeated, nested and inside-a-source reports get their verdicts
(:mod:`.filters`) as evidence; quotations no passing reading has claimed are read from
their own shape (a colon, a verb after the quotation, a fragment inside a clause); quote
paragraphs with no cue take their neighbour's speaker. Nothing here decides between
readings: :mod:`attribution.decider` does, over all of them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..candidates import Candidate
from ..prose import Prose
from ..resources import Resources
from ..segment import DocView
from .context import Context
from .cue_tagger import CueTagger
from .cues import CueMatch
from .filters import (
    dedupe,
    drop_nested,
    flag_losers,
    inside_other_sources,
    quote_kind,
    text_reads,
    withholds_name,
)
from .marks import QuoteRegion
from .readings import readings
from .rules.cue_driven import from_cue
from .rules.layout import layout_attributions
from .rules.parsed import WORD_ORDER, WORD_ORDER_OBJECT, from_parse
from .rules.quote_driven import (
    colon_quote,
    interrupted_tail,
    quote_colon_name,
    quote_driven,
    quote_in_clause,
    quote_then_verb,
)
from .rules.uncued import uncued_paragraphs
from .rules.unframed import following, unframed

__all__ = ["Proposals", "propose"]


@dataclass(frozen=True)
class Proposals:
    """Every candidate the rules propose for one document (in text order) and the context
    they read (the decider's features read it too). With ``prose``, the document is the
    article without its page furniture (:mod:`attribution.prose`): the candidates' offsets
    are those of ``prose.text``, and ``prose`` maps them back to the input's."""

    ctx: Context
    candidates: list[Candidate]
    prose: Prose | None = None


def propose(
    view: DocView,
    regions: list[QuoteRegion],
    cues: list[CueMatch],
    res: Resources,
    rules: frozenset[str] | None = None,
    tagger: CueTagger | None = None,
    prose: Prose | None = None,
    unframed_cues: bool = False,
) -> Proposals:
    """All candidate attributions in the document; with ``rules``, only those the named
    rules propose (the others never run: a rule's test runs it alone); with ``tagger``,
    also from the cues it proposes beyond the lexicon's; with ``unframed_cues``, also the
    word-order readings of cues no other rule framed (:mod:`.rules.unframed`: PARC-style
    acts and attitudes, asked for with ``attributions=True``)."""

    def allowed(found: list[Candidate]) -> list[Candidate]:
        return found if rules is None else [c for c in found if c.rule in rules]

    ctx = Context(view, regions, res)
    if tagger is not None:
        cues = sorted(cues + tagger(ctx, cues), key=lambda c: c.start)
    ctx.cue_at = {c.start: c for c in cues}
    cands: list[Candidate] = []
    # Word-order readings of unframed cues: a last resort, so they claim no quotation
    # and set no other reading aside (they are only weighed against them).
    fallback: list[Candidate] = []
    for cue in cues:
        if ctx.in_quote[cue.start] >= 0:
            continue
        found = allowed(from_cue(ctx, cue, cands))
        if any(withholds_name(ctx, c) for c in found):
            continue  # "asked that his name not be used": no report, in any reading
        states = cue.entry.lemma == "state" and ctx.view.lower[cue.start] == "states"
        if cue.entry.lemma == "read" or states:
            # "the sign read", "the consultation document states that": a text (not
            # "member states that opposed the plan")
            found = [c for c in found if text_reads(ctx, c, opening=states)]
        if found:
            ctx.attributed.add(cue.start)
            if ctx.parsed:
                seen = {c.content for c in found}
                found += [c for c in _before_gap(ctx, cue, from_parse(ctx, cue, alongside=True))
                          if c.content not in seen]
        elif ctx.parsed:
            found = _before_gap(ctx, cue, from_parse(ctx, cue))
        found = allowed(found)
        if not found and unframed_cues and cue.start not in ctx.gapped:
            last = allowed(unframed(ctx, cue))
            if not last and ctx.parsed:
                # With a parse, every cue left unread gets the word-order readings:
                # the decider's parse columns weigh the cue's sense.
                last = allowed(following(ctx, cue, (WORD_ORDER, WORD_ORDER_OBJECT)))
            fallback.extend(last)
        cands.extend(found)
    cands += allowed(layout_attributions(ctx))
    unique = dedupe(cands)  # a repeated content is read once by the verdicts below
    outer = drop_nested(ctx, unique)
    flag_losers(outer, unique, "nested")
    passing = inside_other_sources(outer)
    flag_losers(passing, outer, "in_source")
    if fallback:
        # Inside another report's content an unframed cue is a nested report, which
        # PolNeAR leaves unmarked (the outer report holds it): not read at all.
        fallback = _outside(fallback, passing)
        flag_losers(drop_nested(ctx, outer + fallback), fallback, "nested")

    claimed_regions: set[int] = set()
    for c in passing:
        claimed_regions.update(ctx.regions_within(*c.content))
    by_shape = quote_driven(
        ctx,
        claimed_regions,
        (colon_quote, quote_colon_name, quote_then_verb, interrupted_tail, quote_in_clause),
        rules,
    )
    cands += by_shape
    passing += by_shape
    passing.sort(key=lambda c: (c.content[0], c.content[1]))
    cands += allowed(uncued_paragraphs(ctx, passing, claimed_regions))
    cands += fallback
    for c in cands:
        c.kind = quote_kind(ctx, c)
    cands += readings(ctx, cands)
    cands.sort(key=lambda c: (c.content[0], c.content[1]))
    return Proposals(ctx, cands, prose)


def _before_gap(ctx: Context, cue: CueMatch, found: list[Candidate]) -> list[Candidate]:
    """The parse's readings, but none after a cue whose object is a relative clause's
    antecedent (:func:`.rules.gapped.relative_gap`: "something she opposed | during
    …")."""
    if cue.start not in ctx.gapped:
        return found
    start = ctx.view.starts[cue.start]
    return [c for c in found if c.content[1] <= start]


def _outside(fallback: list[Candidate], reports: list[Candidate]) -> list[Candidate]:
    """The candidates of ``fallback`` whose cue lies in no content of ``reports``."""
    spans = sorted(c.content for c in reports)
    starts = [a for a, _ in spans]
    reach: list[int] = []  # reach[k]: the furthest end among the first k+1 spans
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    out = []
    for c in fallback:
        x = c.cue[0] if c.cue is not None else c.content[0]
        k = bisect.bisect_right(starts, x)
        if k == 0 or reach[k - 1] <= x:
            out.append(c)
    return out
