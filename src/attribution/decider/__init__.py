"""The decider: one trained model scores every candidate of a document and keeps the best
set of non-overlapping readings.

Rules propose (:mod:`attribution.quotes`); the decider decides. It computes the
features of every candidate (:mod:`.features`), scores them with the model shipped for
the backend (:mod:`.model`: ``decider_blank.json`` when the Doc has no parse,
``decider_parsed.json`` when a statistical pipeline parsed it; ``decider_uncued.json``,
a small model, for the paragraphs no cue frames on either), and keeps the set of
pairwise non-overlapping contents with the most probability above ``min_confidence``
(:mod:`.select`). Each kept candidate's ``confidence`` is its calibrated probability.
"""

from __future__ import annotations

from ..candidates import Candidate
from ..quotes.attributions import Proposals
from ..quotes.context import Context
from ..quotes.filters import content_shape, cue_lemmas
from ..quotes.words import COMPLEMENTIZERS, MOVEMENT_ORDERS, REFUSALS, VISUAL_SOURCES
from .features import FEATURES, featurize, with_rates
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
    intention, knowledge, a perception, a noun phrase's content, an order to move, what
    a picture shows)?"""
    if c.kind == "according_to":
        return True
    if c.cue_tok in ctx.tagged:  # a cue beyond the lexicon: only quoted words are quotes
        return c.kind in ("direct", "mixed")
    if c.cue_type not in QUOTE_CUE_TYPES or content_shape(ctx, c) not in QUOTE_SHAPES:
        return False
    if c.rule.startswith("parsed.") and c.kind == "indirect" and not _clause_of_cue(ctx, c):
        return False  # the parse's object or infinitive of a cue ("were told to leave")
    view = ctx.view
    if c.kind == "indirect" and _movement_order(ctx, c):
        return False
    if c.kind == "indirect" and c.speaker is not None and cue_lemmas(ctx, c) & SHOWING and (
            VISUAL_SOURCES.intersection(view.lower[c.speaker[0] : c.speaker[1]])):
        return False  # "Onboard footage released by the race shows the moment …": seen
    if c.cue is None or view.lower[view.token_at(c.content[0])] not in WH_WORDS:
        return True
    # A wh-clause reports no words when a document or picture shows it ("the footage
    # showed how the water rose": a perception), when something only can show it
    # ("Route histories can reveal where a person lives": an ability), or when nobody
    # the text names asked it ("Moyo was asked whether …", "Asked whether he would
    # resign, …": the writer's or an unnamed reporter's question). PolNeAR may still
    # annotate these: attributions. A request stays a quote ("was asked to name …").
    before = ctx.prev_tok(view.token_at(c.cue[0]), 0)
    if c.kind == "indirect" and (
        c.cue_type == "document" or (before >= 0 and view.lower[before] in ABILITY_MODALS)
    ):
        return False
    if c.kind == "indirect" and REFUSALS & set(view.lower[max(0, before - 2) : before + 1]):
        return False  # "did not say whether …", "declined to say how many": a refusal
    return not (c.speaker is None and "ask" in cue_lemmas(ctx, c))


ABILITY_MODALS = frozenset(["can", "could"])


def _clause_of_cue(ctx: Context, c: Candidate) -> bool:
    """Is a parse reading's content a clause the cue governs ("said [the plan failed]",
    a ccomp), not its object, infinitive or prepositional object: those readings, as
    the rules' unframed ones, are PARC-style attributions ("denied reports of a rift",
    "were told to leave", "did not respond to a request for comment")?"""
    if c.cue is None:
        return False
    doc = ctx.view.doc
    cue = ctx.view.token_at(c.cue[1] - 1)
    tok = doc[ctx.view.token_at(c.content[0])]
    for _ in range(12):
        if tok.head.i == cue:
            return tok.dep_ == "ccomp"
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


ORDER_LEMMAS = frozenset(["tell", "order", "instruct", "direct"])
SHOWING = frozenset(["show", "reveal", "capture", "depict", "appear"])
ORDER_WORDS = 8  # the most tokens of an addressee before "to"


def _movement_order(ctx: Context, c: Candidate) -> bool:
    """Is the candidate an order to move ("police told protesters to leave the square",
    "ordered them to disperse"): a "tell" cue, its addressee, then "to" and a verb of
    moving (``rule_words.tsv``: ``movement_orders``)? The order is an act; no words
    are reported."""
    if not ORDER_LEMMAS & cue_lemmas(ctx, c):
        return False
    view = ctx.view
    a, b = view.token_at(c.content[0]), view.token_at(c.content[1] - 1) + 1
    for k in range(a, min(b - 1, a + ORDER_WORDS)):
        if view.lower[k] == "to":
            return view.lower[k + 1] in MOVEMENT_ORDERS
        if ctx.tag(k) in ("VERB", "AUX"):
            return False
    return False


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
        """The calibrated probability of every candidate, in proposal order. A paragraph
        no cue frames (rule family "uncued": a line of dialogue, a quotation's next
        paragraph) has no parse relation to weigh, and PolNeAR, which the models learn
        from, has few: its probability is the small "uncued" model's on any Doc (the
        larger backend models learn PolNeAR's few such lines too closely: a short line
        of dialogue, "“Which ones?”", fell under the threshold)."""
        parsed = proposals.ctx.parsed
        model = packaged_model("parsed" if parsed else "blank")
        uncued = [i for i, c in enumerate(proposals.candidates) if c.rule.startswith("uncued.")]
        small = packaged_model("uncued") if uncued else None
        # On a blank Doc the small model's rows are the blank model's with its own rates
        # (the columns either model reads are computed): one pass over the document.
        unread = model.unread if small is None or parsed else model.unread & small.unread
        X = featurize(proposals, model.rates, unread)
        out = [float(p) for p in model.predict(X)]
        if small is not None:
            if parsed:
                X = featurize(proposals, small.rates, small.unread, parsed=False)
            rows = with_rates(proposals, X, uncued, small.rates)
            for i, p in zip(uncued, small.predict(rows), strict=True):
                out[i] = float(p)
        return out

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
        # The parse's readings are no such context: the resolver reads no mention inside
        # a report's content, and they hid whom it names ("shouted at | a farmer …").
        # Where one of them was chosen over a word-order reading, the context is what the
        # word-order readings alone would keep ("for defending | champion Aigerim
        # Sultanbekova, who added …": the relative source names her).
        parse_only = [i for i in every if cands[i].rule.startswith("parsed.")]
        if parse_only:
            rest = [i for i, c in enumerate(cands) if not c.rule.startswith("parsed.")]
            chosen = select([spans[i] for i in rest], [scores[i] for i in rest], threshold)
            every = sorted(rest[k] for k in chosen)
        return [cands[i] for i in keep], [cands[i] for i in every if i not in kept]
