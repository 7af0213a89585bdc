"""The decider's model, read from JSON and run by numpy: a small ensemble of regression
trees, or a logistic regression over the features (one dot product per document).

``scripts/train_decider.py`` trains it on the candidates the rules propose for PolNeAR
train articles. Gradient-boosted trees (LightGBM, Ke et al. 2017) are the default: they
compare the readings of one report, which a linear model cannot (on PolNeAR dev F1
0.698 against 0.691); they are exported as flat arrays and walked all at once. The raw
score goes through a logistic link and an isotonic calibration fitted on out-of-fold
predictions (Zadrozny & Elkan 2002), so the output is the estimated probability that an
annotator would mark the quote.
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


MAX_DEPTH = 12  # the longest walk a model may ask for


@dataclass(frozen=True)
class TreeScorer:
    """The trees' nodes in flat arrays, one tree after another, each tree's nodes in
    breadth-first order with the two children of an inner node side by side (the right
    child first): an inner node's feature, threshold and first child, a leaf's value.
    A leaf points to itself with a NaN threshold (``x <= NaN`` is false for every x),
    so every walk takes ``depth`` steps and needs no test for leaves.

    All trees are walked together for every row, one level per step. The arrays hold
    the trees' own nodes only (no padding to perfect trees), so they stay small enough
    for the processor's cache; a level costs seven passes over a (trees, rows) array of
    32-bit integers."""

    feature: NDArray[np.int32]
    threshold: NDArray[np.float32]
    first: NDArray[np.int32]  # an inner node's right child; its left child is next
    value: NDArray[np.float64]
    roots: NDArray[np.int32]
    depth: int

    def __call__(self, X: NDArray[np.float32]) -> NDArray[np.float64]:
        # Row r's feature f is flat_x[r * cols + f].
        n, cols = X.shape
        flat_x = np.ascontiguousarray(X, dtype=np.float32).ravel()
        row_base = (np.arange(n, dtype=np.int32) * cols)[None, :]
        node = np.repeat(self.roots[:, None], n, axis=1)  # (trees, rows)
        # (``take`` gathers as indexing does, without its checks of the index's kind)
        for _ in range(self.depth):
            at = self.feature.take(node)
            at += row_base
            go_left = flat_x.take(at) <= self.threshold.take(node)
            node = self.first.take(node)
            node += go_left
        # Summed over axis 0 of a (trees, rows) array, in tree order, as trained.
        total: NDArray[np.float64] = self.value.take(node).sum(axis=0)
        return total

    @property
    def read(self) -> frozenset[int]:
        """The features some inner node tests."""
        return frozenset(self.feature[~np.isnan(self.threshold)].tolist())

    @classmethod
    def from_dict(cls, trees: list[dict[str, list[float]]], depth: int) -> TreeScorer:
        """From the training script's flat trees (children by index, ``feature`` -1 and
        the children pointing to the node itself at a leaf)."""
        if not 1 <= depth <= MAX_DEPTH:
            raise ValueError(f"tree depth {depth} outside 1..{MAX_DEPTH}")
        feature: list[int] = []
        threshold: list[float] = []
        first: list[int] = []
        value: list[float] = []
        roots: list[int] = []
        for k, t in enumerate(trees):
            base = len(feature)
            roots.append(base)
            order = [(0, 0)]  # (node, level), breadth first; node order[i] is base + i
            for node, level in order:
                if t["feature"][node] < 0:
                    feature.append(0)
                    threshold.append(float("nan"))
                    first.append(len(feature) - 1)
                    value.append(t["value"][node])
                    continue
                if level == depth:
                    raise ValueError(f"tree {k} is deeper than {depth}")
                feature.append(int(t["feature"][node]))
                threshold.append(t["threshold"][node])
                first.append(base + len(order))
                value.append(0.0)
                order.append((int(t["right"][node]), level + 1))
                order.append((int(t["left"][node]), level + 1))
        return cls(np.asarray(feature, dtype=np.int32), np.asarray(threshold, dtype=np.float32),
                   np.asarray(first, dtype=np.int32), np.asarray(value, dtype=np.float64),
                   np.asarray(roots, dtype=np.int32), depth)


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
        read = self.scorer.read
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
