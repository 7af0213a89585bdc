"""The decider's model, read from JSON and run by numpy: a small ensemble of regression
trees, or a logistic regression over the features (one dot product per document).

``scripts/train_decider.py`` trains it on the candidates the rules propose for PolNeAR
train articles. Gradient-boosted trees (LightGBM, Ke et al. 2017) are the default: they
compare the readings of one report, which a linear model cannot (on PolNeAR dev F1
0.698 against 0.691); they are exported as flat arrays walked all at once. The raw score
goes through a logistic link and an isotonic calibration fitted on out-of-fold
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
from .features import FEATURES, Rates

FORMAT = "attribution-decider/1"
MODEL_FILES = {"blank": "decider_blank.json", "parsed": "decider_parsed.json"}


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


@dataclass(frozen=True)
class TreeScorer:
    """Trees as arrays of shape (trees, nodes): a node's feature (-1 at a leaf), its
    threshold, its left and right children (a leaf points to itself), its value."""

    feature: NDArray[np.int32]
    threshold: NDArray[np.float32]
    left: NDArray[np.int32]
    right: NDArray[np.int32]
    value: NDArray[np.float64]
    depth: int

    def __call__(self, X: NDArray[np.float32]) -> NDArray[np.float64]:
        # All trees walked together over flat arrays: a node is tree * width + index.
        n = X.shape[0]
        trees, width = self.feature.shape
        feature = self.feature.ravel()
        threshold = self.threshold.ravel()
        left = self.left.ravel()
        right = self.right.ravel()
        base = (np.arange(trees, dtype=np.int64) * width)[:, None]
        node = np.broadcast_to(base, (trees, n)).copy()
        cols = X.shape[1]
        flat_x = X.ravel()
        row_base = (np.arange(n, dtype=np.int64) * cols)[None, :]
        for _ in range(self.depth):
            f = feature[node]
            leaf = f < 0
            go_left = flat_x[row_base + np.where(leaf, 0, f)] <= threshold[node]
            step = np.where(go_left, left[node], right[node]) + base
            node = np.where(leaf, node, step)
        total: NDArray[np.float64] = self.value.ravel()[node].sum(axis=0)
        return total

    @classmethod
    def from_dict(cls, trees: list[dict[str, list[float]]], depth: int) -> TreeScorer:
        width = max(len(t["feature"]) for t in trees)

        def pad(key: str, dtype: Any) -> Any:
            out = np.zeros((len(trees), width), dtype=dtype)
            for k, t in enumerate(trees):
                out[k, : len(t[key])] = t[key]
                if key == "feature":
                    out[k, len(t[key]) :] = -1
            return out

        return cls(
            pad("feature", np.int32),
            pad("threshold", np.float32),
            pad("left", np.int32),
            pad("right", np.int32),
            pad("value", np.float64),
            depth,
        )


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

    def predict(self, X: NDArray[np.float32]) -> NDArray[np.float64]:
        """Calibrated probabilities, one per row of ``X``."""
        if X.shape[0] == 0:
            return np.zeros(0)
        p = 1.0 / (1.0 + np.exp(-self.raw(X)))
        return np.interp(p, self.calibration_x, self.calibration_y)

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
            scorer = TreeScorer.from_dict(d["trees"], int(d["depth"]))
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
            ),
            threshold_default=float(d["threshold"]),
            meta=dict(d.get("meta", {})),
        )


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
    pipeline's parse and entities)."""
    return load_model(data_path(MODEL_FILES[backend]), FEATURES)
