"""The decider's model, read from JSON and run by numpy: a small ensemble of regression
trees, or a logistic regression over the features (one dot product per document).

``scripts/train_decider.py`` trains it on the candidates the rules propose for PolNeAR
train articles. Gradient-boosted trees (LightGBM, Ke et al. 2017) are the default: they
compare the readings of one report, which a linear model cannot (on PolNeAR dev F1
0.698 against 0.691); they are exported as flat arrays, padded here to perfect trees and
walked all at once. The raw score goes through a logistic link and an isotonic
calibration fitted on out-of-fold predictions (Zadrozny & Elkan 2002), so the output is
the estimated probability that an annotator would mark the quote.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

from ..errors import LexiconError
from ..lexicon import PathLike, data_path
from .features import FEATURES, PARSED_FEATURES, Rates

FORMAT = "attribution-decider/1"
MODEL_FILES = {"blank": "decider_blank.json", "parsed": "decider_parsed.json",
               "uncued": "decider_uncued.json"}


class Scorer(Protocol):
    def __call__(self, X: NDArray[np.float32]) -> NDArray[np.float64]: ...


@dataclass(frozen=True)
class LinearScorer:
    """A logistic regression: ``raw = X @ weights + bias``."""

    weights: NDArray[np.float64]
    bias: float

    def __call__(self, X: NDArray[np.float32]) -> NDArray[np.float64]:
        out: NDArray[np.float64] = X.astype(np.float64) @ self.weights + self.bias
        return out


MAX_DEPTH = 12  # deeper trees would be padded to 2**depth leaves each


@dataclass(frozen=True)
class TreeScorer:
    """Trees padded to perfect binary trees of ``depth`` levels, stored heap-wise: the
    children of slot ``s`` are ``2s+1`` and ``2s+2``, the ``2**depth`` leaves follow the
    ``2**depth - 1`` inner slots. Arrays have shape (trees, slots): an inner slot's
    feature and threshold, a leaf's value. A leaf above the last level becomes an inner
    slot whose two subtrees both end in copies of it, so every walk takes ``depth``
    steps and needs no test for leaves."""

    feature: NDArray[np.intp]
    threshold: NDArray[np.float32]
    value: NDArray[np.float64]
    depth: int

    def __call__(self, X: NDArray[np.float32]) -> NDArray[np.float64]:
        # All trees walked together, one level per step; slot (tree, s) is
        # tree * inner + s in the flat arrays, row r's feature f is flat_x[r * cols + f].
        n, cols = X.shape
        trees, inner = self.feature.shape
        feature = self.feature.ravel()
        threshold = self.threshold.ravel()
        flat_x = X.ravel()
        tree_base = (np.arange(trees, dtype=np.intp) * inner)[:, None]
        row_base = (np.arange(n, dtype=np.intp) * cols)[None, :]
        # The root, one per tree, for every row at once: then slot 1 (left) or 2.
        at_root = X[:, self.feature[:, 0]].T
        go_left = at_root <= self.threshold[:, :1]
        slot = 2 - go_left
        # (``take`` gathers as indexing does, without its checks of the index's kind)
        for _ in range(self.depth - 1):
            node = tree_base + slot
            go_left = flat_x.take(row_base + feature.take(node)) <= threshold.take(node)
            slot = 2 * slot + 2 - go_left
        leaves = inner + 1
        leaf = (np.arange(trees, dtype=np.intp) * leaves)[:, None] + (slot - inner)
        # Summed over axis 0 of a (trees, rows) array, in tree order, as trained.
        total: NDArray[np.float64] = self.value.ravel().take(leaf).sum(axis=0)
        return total

    @classmethod
    def from_dict(cls, trees: list[dict[str, list[float]]], depth: int) -> TreeScorer:
        """From the training script's flat trees (children by index, ``feature`` -1 and
        the children pointing to the node itself at a leaf)."""
        if not 1 <= depth <= MAX_DEPTH:
            raise ValueError(f"tree depth {depth} outside 1..{MAX_DEPTH}")
        inner = 2**depth - 1
        feature = np.zeros((len(trees), inner), dtype=np.intp)
        threshold = np.zeros((len(trees), inner), dtype=np.float32)
        value = np.zeros((len(trees), inner + 1), dtype=np.float64)
        for k, t in enumerate(trees):
            stack = [(0, 0, 0)]  # (heap slot, node, level)
            while stack:
                slot, node, level = stack.pop()
                if level == depth:
                    if t["feature"][node] >= 0:
                        raise ValueError(f"tree {k} is deeper than {depth}")
                    value[k, slot - inner] = t["value"][node]
                    continue
                left = right = node  # a leaf: both subtrees end in it
                if t["feature"][node] >= 0:
                    feature[k, slot] = int(t["feature"][node])
                    threshold[k, slot] = t["threshold"][node]
                    left, right = int(t["left"][node]), int(t["right"][node])
                stack.append((2 * slot + 1, left, level + 1))
                stack.append((2 * slot + 2, right, level + 1))
        return cls(feature, threshold, value, depth)


@dataclass(frozen=True)
class DeciderModel:
    """A scorer with what every model kind carries: its features, the cue-lemma table,
    the calibration, the default threshold and what the training script recorded."""

    features: tuple[str, ...]
    scorer: Scorer
    calibration_x: NDArray[np.float64]
    calibration_y: NDArray[np.float64]
    rates: Rates
    threshold_default: float
    meta: dict[str, Any]

    def raw(self, X: NDArray[np.float32]) -> NDArray[np.float64]:
        return self.scorer(X)

    @functools.cached_property
    def unread(self) -> frozenset[str]:
        """The features no tree of the model tests (none for a linear model): their
        columns never change a score, so :func:`.features.featurize` may leave the
        costly ones 0."""
        if not isinstance(self.scorer, TreeScorer):
            return frozenset()
        read = set(self.scorer.feature.ravel().tolist())
        return frozenset(name for k, name in enumerate(self.features) if k not in read)

    def predict(self, X: NDArray[np.float32]) -> NDArray[np.float64]:
        """Calibrated probabilities, one per row of ``X``."""
        if X.shape[0] == 0:
            return np.zeros(0)
        p = 1.0 / (1.0 + np.exp(-self.raw(X)))
        return calibrate(p, self.calibration_x, self.calibration_y)

    @classmethod
    def from_dict(cls, d: dict[str, Any], features: Sequence[str], where: str) -> DeciderModel:
        if d.get("format") != FORMAT:
            raise LexiconError(f"{where}: not a decider model ({FORMAT!r} expected)")
        names = tuple(d["features"])
        if names != tuple(features):
            raise LexiconError(
                f"{where}: the model was trained on other features than this version "
                "computes; rebuild it with scripts/train_decider.py"
            )
        scorer: Scorer
        if d["kind"] == "linear":
            scorer = LinearScorer(np.asarray(d["weights"], dtype=np.float64), float(d["bias"]))
        elif d["kind"] == "trees":
            try:
                scorer = TreeScorer.from_dict(d["trees"], int(d["depth"]))
            except ValueError as e:
                raise LexiconError(f"{where}: {e}; retrain with a smaller --max-depth") from None
        else:
            raise LexiconError(f"{where}: unknown model kind {d['kind']!r}")
        cal = d["calibration"]
        return cls(
            features=names,
            scorer=scorer,
            calibration_x=np.asarray(cal["x"], dtype=np.float64),
            calibration_y=np.asarray(cal["y"], dtype=np.float64),
            rates=Rates(
                float(d["rates"]["prior"]),
                {str(k): float(v) for k, v in d["rates"]["lemma"].items()},
                {str(k): float(v) for k, v in d["rates"]["rule"].items()},
                {str(name): {str(k): float(v) for k, v in table.items()}
                 for name, table in d["rates"].get("parse", {}).items()},
            ),
            threshold_default=float(d["threshold"]),
            meta=dict(d.get("meta", {})),
        )


# The share of the model's own probability mixed into the calibrated one. An isotonic
# calibration is flat between its breakpoints, so two readings of one report the trees
# rank apart could tie there and the selection would keep whichever comes first; this
# much of the raw order breaks such ties and moves no probability by more than 1e-4.
TIE_BREAK = 1e-4


def calibrate(p: NDArray[np.float64], x: NDArray[np.float64] | Sequence[float],
              y: NDArray[np.float64] | Sequence[float]) -> NDArray[np.float64]:
    """The calibrated probabilities of the model's ``p`` (the isotonic map's breakpoints
    ``x``, ``y``, read by linear interpolation), ties broken by ``p``: :data:`TIE_BREAK`."""
    out: NDArray[np.float64] = (1.0 - TIE_BREAK) * np.interp(p, x, y) + TIE_BREAK * p
    return out


def load_model(path: PathLike, features: Sequence[str]) -> DeciderModel:
    """Read a decider model written by ``scripts/train_decider.py``."""
    where = str(path)
    try:
        with open(path, encoding="utf-8") as fh:
            d = json.load(fh)
    except FileNotFoundError:
        raise LexiconError(f"{where}: decider model not found") from None
    except (OSError, ValueError) as e:
        raise LexiconError(f"{where}: cannot read the decider model ({e})") from None
    return DeciderModel.from_dict(d, features, where)


@functools.cache
def packaged_model(backend: str) -> DeciderModel:
    """The model shipped for ``backend`` ("blank": no parse; "parsed": a statistical
    pipeline's parse and entities; "uncued": the small blank-feature model that scores
    the paragraphs no cue frames on any Doc, :meth:`..Decider.scores`)."""
    features = PARSED_FEATURES if backend == "parsed" else FEATURES
    return load_model(data_path(MODEL_FILES[backend]), features)
