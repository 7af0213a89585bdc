"""The decider: one trained model scores every candidate of a document and keeps the best
set of non-overlapping readings.

Rules propose (:mod:`attribution.quotes`); the decider decides. It computes the
features of every candidate (:mod:`.features`), scores them with the model shipped for
the backend (:mod:`.model`: ``decider_blank.json`` when the Doc has no parse,
``decider_parsed.json`` when a statistical pipeline parsed it), and keeps the set of
pairwise non-overlapping contents with the most probability above ``min_confidence``
(:mod:`.select`). Each kept candidate's ``confidence`` is its calibrated probability.
"""

from __future__ import annotations

from ..candidates import Candidate
from ..quotes.attributions import Proposals
from ..quotes.context import Context
from ..quotes.filters import content_shape
from ..quotes.words import COMPLEMENTIZERS
from .features import FEATURES, featurize
from .model import DeciderModel, packaged_model
from .select import select

__all__ = ["FEATURES", "Decider", "DeciderModel", "packaged_model"]


# What a reader calls a quote (the default output): speech or writing reported directly,
# mixed or indirectly with a clause or quotation as content, and "according to".
QUOTE_CUE_TYPES = frozenset(["speech", "document"])
QUOTE_SHAPES = frozenset(["quotation", "clause", "infinitive"])
# The wh-words of the rules' complementizers ("how", "what", "whether", ...).
WH_WORDS = COMPLEMENTIZERS - {"that", "if"}


def is_quote(ctx: Context, c: Candidate) -> bool:
    """Is the candidate a quote, not a PARC-style attribution only (a belief, an
    intention, knowledge, a perception, a noun phrase's content)?"""
    if c.kind == "according_to":
        return True
    if c.cue_tok in ctx.tagged:  # a cue beyond the lexicon: only quoted words are quotes
        return c.kind in ("direct", "mixed")
    if c.cue_type not in QUOTE_CUE_TYPES or content_shape(ctx, c) not in QUOTE_SHAPES:
        return False
    if c.speaker is None and unnamed_question(ctx, c):
        return False
    if capability(ctx, c):
        return False
    # "the footage showed how the water rose": what a document or picture shows with a
    # wh-clause is a perception, not a report.
    return not (
        c.cue_type == "document"
        and c.kind == "indirect"
        and ctx.view.lower[ctx.view.token_at(c.content[0])] in WH_WORDS
    )


def unnamed_question(ctx: Context, c: Candidate) -> bool:
    """Is the content a question put by nobody the text names ("Moyo was asked whether
    …", "Asked whether he would resign, …")? The asker is the writer or an unnamed
    reporter: no source's words (PolNeAR may still annotate it: an attribution)."""
    view = ctx.view
    if c.cue is None or view.lower[view.token_at(c.content[0])] not in WH_WORDS:
        return False  # "Sanders was asked to name his running mate": a request
    first, last = view.token_at(c.cue[0]), view.token_at(c.cue[1] - 1)
    cues = (ctx.cue_at.get(i) for i in range(first, last + 1))
    return any(cue is not None and cue.entry.lemma == "ask" for cue in cues)


ABILITY_MODALS = frozenset(["can", "could"])


def capability(ctx: Context, c: Candidate) -> bool:
    """Does the cue say what something can show or tell, with a wh-clause, not what was
    reported ("Route histories can reveal where a person lives", "The test can tell
    whether …")? An ability is no speech event; PolNeAR may annotate it."""
    if c.cue is None or c.kind != "indirect":
        return False
    view = ctx.view
    if view.lower[view.token_at(c.content[0])] not in WH_WORDS:
        return False
    first = view.token_at(c.cue[0])
    p = ctx.prev_tok(first, 0)
    return p >= 0 and view.lower[p] in ABILITY_MODALS


class Decider:
    """Scores and selects candidates; ``min_confidence`` None takes the model's default
    (the threshold of best F1 on PolNeAR dev); ``attributions`` keeps the PARC-style
    attributions that are no quotes."""

    def __init__(self, min_confidence: float | None = None, attributions: bool = False) -> None:
        self.min_confidence = min_confidence
        self.attributions = attributions

    def threshold(self, parsed: bool) -> float:
        if self.min_confidence is not None:
            return self.min_confidence
        return packaged_model("parsed" if parsed else "blank").threshold_default

    def scores(self, proposals: Proposals) -> list[float]:
        """The calibrated probability of every candidate, in proposal order."""
        model = packaged_model("parsed" if proposals.ctx.parsed else "blank")
        X = featurize(proposals, model.rates)
        return [float(p) for p in model.predict(X)]

    def __call__(self, proposals: Proposals) -> list[Candidate]:
        return self.decide(proposals)[0]

    def decide(self, proposals: Proposals) -> tuple[list[Candidate], list[Candidate]]:
        """The candidates kept, and (when only quotes are kept) the attributions that are
        no quotes but would be kept with them: who they name is context for resolving
        speakers ("Kruger denied the allegations. He told detectives …")."""
        cands = proposals.candidates
        if not cands:
            return [], []
        scores = self.scores(proposals)
        spans = [c.content for c in cands]
        threshold = self.threshold(proposals.ctx.parsed)
        every = select(spans, scores, threshold)
        keep = every
        if not self.attributions:
            ctx = proposals.ctx
            quotes = [s if is_quote(ctx, c) else -1.0 for c, s in zip(cands, scores, strict=True)]
            # Only when a candidate that is no quote could be kept do the choices differ.
            if threshold <= -1.0 or any(
                q != s for q, s in zip(quotes, scores, strict=True) if s >= threshold
            ):
                keep = select(spans, quotes, threshold)
        for i in keep:
            cands[i].confidence = round(scores[i], 3)
        kept = set(keep)
        return [cands[i] for i in keep], [cands[i] for i in every if i not in kept]
