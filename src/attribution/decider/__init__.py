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
from .features import FEATURES, featurize
from .model import DeciderModel, packaged_model
from .select import select

__all__ = ["FEATURES", "Decider", "DeciderModel", "packaged_model"]


class Decider:
    """Scores and selects candidates; ``min_confidence`` None takes the model's default
    (the threshold of best F1 on PolNeAR dev)."""

    def __init__(self, min_confidence: float | None = None) -> None:
        self.min_confidence = min_confidence

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
        cands = proposals.candidates
        if not cands:
            return []
        scores = self.scores(proposals)
        keep = select(
            [c.content for c in cands], scores, self.threshold(proposals.ctx.parsed)
        )
        out = []
        for i in keep:
            c = cands[i]
            c.confidence = round(scores[i], 3)
            out.append(c)
        return out
