"""The decider's tree ensemble: the vectorised walk agrees with a plain one, tree by tree."""

from __future__ import annotations

import random

import numpy as np
import pytest

from attribution.decider.model import TreeScorer, packaged_model


def _random_tree(rng: random.Random, depth: int, cols: int) -> dict[str, list[float]]:
    """A tree in the training script's flat form, with leaves at every level."""
    tree: dict[str, list[float]] = {k: [] for k in ("feature", "threshold", "left", "right",
                                                     "value")}

    def grow(level: int) -> int:
        k = len(tree["feature"])
        for key in tree:
            tree[key].append(0.0)
        if level == depth or (level > 0 and rng.random() < 0.3):
            tree["feature"][k] = -1
            tree["left"][k] = tree["right"][k] = k
            tree["value"][k] = rng.uniform(-1, 1) * 10 ** rng.randint(-4, 1)
            return k
        tree["feature"][k] = rng.randrange(cols)
        tree["threshold"][k] = rng.choice([0.0, 0.5, 1.0, rng.uniform(-2, 2)])
        tree["left"][k] = grow(level + 1)
        tree["right"][k] = grow(level + 1)
        return k

    grow(0)
    return tree


def _leaf_values(trees: list[dict[str, list[float]]], X: np.ndarray) -> np.ndarray:
    """Each tree's leaf value for each row, found by walking the tree from its root."""
    out = np.zeros((len(trees), X.shape[0]), dtype=np.float64)
    for t, tree in enumerate(trees):
        for r, row in enumerate(X):
            node = 0
            while tree["feature"][node] >= 0:
                f = int(tree["feature"][node])
                go_left = row[f] <= np.float32(tree["threshold"][node])
                node = int(tree["left"][node] if go_left else tree["right"][node])
            out[t, r] = tree["value"][node]
    return out


@pytest.mark.parametrize("seed", range(6))
def test_vectorised_walk_equals_the_plain_walk(seed: int) -> None:
    rng = random.Random(seed)
    depth = rng.randint(1, 6)
    cols = 7
    trees = [_random_tree(rng, depth, cols) for _ in range(rng.randint(1, 40))]
    scorer = TreeScorer.from_dict(trees, depth)
    for n in (1, 2, 5, 33):
        X = np.asarray(
            [[rng.choice([0.0, 0.5, 1.0, rng.uniform(-3, 3), float("nan")]) for _ in range(cols)]
             for _ in range(n)],
            dtype=np.float32,
        )
        leaves = _leaf_values(trees, X)
        got = scorer(X)
        # The same leaves, summed the same way: identical floats, not merely close ones.
        assert got.tobytes() == leaves.sum(axis=0).tobytes()
        if n > 1:  # numpy adds the rows of a (trees, n) array one tree after another
            sequential = [0.0] * n
            for t in range(len(trees)):
                for r in range(n):
                    sequential[r] += leaves[t, r]
            assert got.tolist() == sequential


def test_a_tree_deeper_than_its_declared_depth_is_refused() -> None:
    tree = _random_tree(random.Random(1), 4, 3)
    with pytest.raises(ValueError, match="deeper"):
        TreeScorer.from_dict([tree], 1)


@pytest.mark.parametrize("backend", ["blank", "parsed", "uncued"])
def test_packaged_models_walk_like_the_plain_walk(backend: str) -> None:
    import json

    from attribution.decider.model import MODEL_FILES
    from attribution.lexicon import data_path

    model = packaged_model(backend)
    with open(data_path(MODEL_FILES[backend]), encoding="utf-8") as fh:
        trees = json.load(fh)["trees"]
    rng = np.random.default_rng(3)
    X = (rng.random((12, len(model.features))) < 0.2).astype(np.float32)
    X[:, :5] = rng.integers(0, 40, size=(12, 5))
    assert model.raw(X).tobytes() == _leaf_values(trees, X).sum(axis=0).tobytes()


@pytest.mark.parametrize("seed", range(20))
def test_quotes_only_selection_needs_no_second_pass_when_no_other_clears(seed: int) -> None:
    """The decider skips selecting among quotes only when no candidate that is no quote
    clears the threshold: then both selections are the same."""
    from attribution.decider.select import select

    rng = random.Random(seed)
    n = rng.randint(1, 25)
    spans = []
    for _ in range(n):
        a = rng.randrange(100)
        spans.append((a, a + rng.randint(0, 30)))
    threshold = rng.choice([0.0, 0.3, 0.5])
    scores = [rng.random() for _ in range(n)]
    quote = [scores[i] >= threshold or rng.random() < 0.5 for i in range(n)]
    quotes = [s if q else -1.0 for s, q in zip(scores, quote, strict=True)]
    assert select(spans, quotes, threshold) == select(spans, scores, threshold)


def test_competition_counts_overlaps_and_cues_inside_other_contents() -> None:
    from attribution.candidates import Candidate
    from attribution.decider.features import NUMERIC, N, _competition

    cands = [
        Candidate((0, 40), (50, 54), "speech", "indirect"),  # holds the next two cues
        Candidate((10, 40), (20, 24), "speech", "indirect"),  # its cue inside the first
        Candidate((10, 40), (30, 34), "speech", "indirect"),  # the same content again
        Candidate((60, 80), None, "speech", "direct"),  # alone
    ]
    rows = [[0.0] * len(NUMERIC) for _ in cands]
    _competition(cands, rows)

    def col(name: str) -> list[float]:
        return [row[N[name]] for row in rows]

    assert col("overlapping") == [2.0, 2.0, 2.0, 0.0]
    assert col("same_content") == [0.0, 1.0, 1.0, 0.0]
    assert col("max_other_overlap") == [0.75, 1.0, 1.0, 0.0]
    assert col("cue_in_other_content") == [0.0, 1.0, 1.0, 0.0]
    assert col("holds_other_cues") == [2.0, 0.0, 0.0, 0.0]



def test_readings_the_model_ranks_apart_do_not_tie_on_a_calibration_plateau() -> None:
    """An isotonic calibration is flat between breakpoints; two readings whose raw
    scores differ keep their order there (by at most 1e-4 of probability), so the
    selection keeps the one the trees prefer, not whichever was proposed first (three
    readings of "Treasurer defends $27.6 billion deficit as Coalition says budget 'locks
    in debt'" tied at .795 under a soft-target blank model)."""
    import dataclasses

    from attribution.decider.model import LinearScorer

    model = packaged_model("blank")
    weights = np.zeros(len(model.features))
    weights[0] = 1.0
    flat = dataclasses.replace(model, scorer=LinearScorer(weights, 0.0),
                               calibration_x=np.array([0.0, 0.2, 0.9, 1.0]),
                               calibration_y=np.array([0.0, 0.6, 0.6, 1.0]))
    X = np.zeros((2, len(model.features)), np.float32)
    X[:, 0] = [0.5, 1.5]  # probabilities .62 and .82, both on the plateau
    low, high = flat.predict(X)
    assert low < high
    assert abs(low - 0.6) < 1e-4 and abs(high - 0.6) < 1e-4


def test_a_column_only_leaves_stand_on_is_unread() -> None:
    """A leaf keeps a feature slot of its own (column 0) that no walk ever tests: the
    columns a model reads are those of its inner nodes only, so a costly column no tree
    splits on is left 0 by ``featurize``."""
    import dataclasses

    model = packaged_model("blank")
    tree = {"feature": [3.0, -1.0, -1.0], "threshold": [0.5, 0.0, 0.0],
            "left": [1.0, 1.0, 2.0], "right": [2.0, 1.0, 2.0], "value": [0.0, -1.0, 1.0]}
    scorer = TreeScorer.from_dict([tree], 1)
    assert scorer.read == frozenset([3])
    stump = dataclasses.replace(model, scorer=scorer)
    assert set(stump.unread) == set(model.features) - {model.features[3]}
    X = np.zeros((2, len(model.features)), np.float32)
    X[1, 3] = 1.0
    assert stump.raw(X).tolist() == [-1.0, 1.0]
