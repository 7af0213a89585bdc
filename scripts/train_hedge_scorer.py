"""Train the hedge scorer and measure it: which lexicon matches annotators of uncertainty mark.

Reproducible (fixed seed; the SHA-256 of the training data and of the model in its
``meta``):

1. Every sentence of **half A** of ``hedging/wikipedia_uncertainty_dev.jsonl`` (the
   development half of ``benchmarks/hedges.py``; half B is never read here), of any
   ``--train-jsonl`` file in the same format (a Szeged training file), and of the BioScope
   abstracts of ``hedging/conll2010_task2`` (CoNLL-2010 task 2 training data, the
   development part of ``benchmarks/hedge_scope.py``) is analysed; each match of a lexicon
   row the scorer may judge (``scorer.scored``), accepted or rejected by its rule check, is
   labelled 1 when it overlaps a gold uncertainty cue.
2. A logistic regression (scikit-learn) learns the label from ``scorer.features``. The
   corpora share weights and each has its own copy of every feature (Daumé 2007,
   "frustratingly easy" domain adaptation); the Wikipedia copy is folded into the shared
   weights on export, so the model reads general prose as Wikipedia.
3. It judges only the checks with at least ``--min-support`` marked and as many unmarked
   Wikipedia examples ("must", "should" and "doubt" are too rare in half A to learn).
4. The table printed is the sentence P/R/F1 of half A out of fold (documents in 5 folds;
   BioScope and the ``--train-jsonl`` files always in training) for a grid of thresholds
   and rescue scores, beside the rules alone. ``--out`` writes the model fitted on all of
   it, for ``HedgeFinder(nlp, judge=HedgeScorer.load(path))``.

At issue 15 the scorer did not beat the rules on half A out of fold (0.889-0.894 against
0.895), so no model ships and the pipeline does not use one (docs/evaluation.md).

Usage::

    python scripts/train_hedge_scorer.py [--data ../shared/data] [--C 0.3]
        [--train-jsonl FILE ...] [--no-bio] [--min-support 8]
        [--out model.json --threshold 0.4 --rescue 0.8]

Needs the ``train`` extra (``pip install ".[train]"``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import numpy as np  # noqa: E402

import attribution  # noqa: E402
from attribution.hedges.context import Context  # noqa: E402
from attribution.hedges.lexicon import HedgeEntry  # noqa: E402
from attribution.hedges.scorer import features, scored  # noqa: E402
from attribution.types import HedgeCategory  # noqa: E402
from hedge_scope import FILES, read_sentences  # noqa: E402
from hedges import counted, half_of, load_jsonl  # noqa: E402

SEED = 20261205
FOLDS = 5
WIKI, BIO = "wiki", "bio"
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)
RESCUES = (0.6, 0.7, 0.8, 2.0)


@dataclass
class Candidate:
    feats: list[str]
    label: int
    accepted: bool
    check: str
    span: tuple[int, int]


@dataclass
class Sentence:
    doc: str
    domain: str
    uncertain: bool
    candidates: list[Candidate]
    fixed: bool  # a counted hedge the scorer does not judge


class Recorder:
    """A judge that keeps the rules' verdict and records every match it is asked about."""

    def __init__(self) -> None:
        self.seen: list[tuple[list[str], bool, str, tuple[int, int]]] = []

    def judge(self, ctx: Context, s: int, e: int, entry: HedgeEntry,
              category: HedgeCategory | None) -> HedgeCategory | None:
        if scored(entry):
            v = ctx.view
            self.seen.append((features(ctx, s, e, entry, category), category is not None,
                              entry.check, (v.starts[s], v.ends[e - 1])))
        return category


def collect(an: attribution.Analyzer, domain: str,
            items: Iterable[tuple[str, str, list[tuple[int, int]]]]) -> list[Sentence]:
    """Analyse (doc, text, gold cue spans) items with the recorder as the judge."""
    rec = Recorder()
    an.pipeline.hedges.judge = rec
    out = []
    for doc, text, gold in items:
        rec.seen = []
        hedges = [h for h in an.analyze(text).hedges if counted(h)] if text.strip() else []
        cands = [Candidate(fs, int(any(s < ge and gs < e for gs, ge in gold)), ok, chk, (s, e))
                 for fs, ok, chk, (s, e) in rec.seen]
        judged_ends = {c.span[1] for c in cands if c.accepted}
        fixed = any(h.cue.end not in judged_ends for h in hedges)
        out.append(Sentence(doc, domain, bool(gold), cands, fixed))
    return out


def wikipedia(path: Path, half: str | None) -> Iterable[tuple[str, str, list[tuple[int, int]]]]:
    """The sentences of a Szeged-format file (of one half of it when ``half`` is given)."""
    for row in load_jsonl(path):
        if half is None or half_of(row["doc"]) == half:
            yield row["doc"], row["text"], [(c["start"], c["end"]) for c in row["cues"]]


def bioscope_abstracts(path: Path) -> Iterable[tuple[str, str, list[tuple[int, int]]]]:
    for k, sent in enumerate(read_sentences(path)):
        yield f"bio{k}", sent.text, [(c.start, c.end) for c in sent.cues]


def judged_checks(sents: Sequence[Sentence], min_support: int) -> frozenset[str]:
    pos: Counter[str] = Counter()
    neg: Counter[str] = Counter()
    for s in sents:
        for c in s.candidates:
            (pos if c.label else neg)[c.check] += 1
    return frozenset(k for k in pos if pos[k] >= min_support and neg[k] >= min_support)


def fit(sents: Sequence[Sentence], C: float) -> tuple[dict[str, float], float]:
    """Weights (shared + Wikipedia copy, folded) and bias of a logistic regression."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    xs: list[dict[str, int]] = []
    ys: list[int] = []
    for s in sents:
        for c in s.candidates:
            d = {f: 1 for f in c.feats}
            d.update({f"{s.domain}:{f}": 1 for f in c.feats})
            xs.append(d)
            ys.append(c.label)
    vec = DictVectorizer()
    lr = LogisticRegression(C=C, max_iter=5000, random_state=SEED)
    lr.fit(vec.fit_transform(xs), np.asarray(ys))
    raw = dict(zip(vec.get_feature_names_out(), lr.coef_[0], strict=True))
    weights: dict[str, float] = {}
    for name, w in raw.items():
        if name.startswith(f"{BIO}:"):
            continue
        key = name[len(WIKI) + 1:] if name.startswith(f"{WIKI}:") else name
        weights[key] = weights.get(key, 0.0) + float(w)
    return weights, float(lr.intercept_[0])


def probabilities(sents: Sequence[Sentence], weights: dict[str, float],
                  bias: float) -> list[list[float]]:
    out = []
    for s in sents:
        z = [bias + sum(weights.get(f, 0.0) for f in c.feats) for c in s.candidates]
        out.append([1.0 / (1.0 + np.exp(-v)) for v in z])
    return out


def sentence_prf(sents: Sequence[Sentence], probs: Sequence[Sequence[float]],
                 checks: frozenset[str], threshold: float,
                 rescue: float) -> tuple[float, float, float]:
    """Sentence precision, recall and F1 when the scorer judges with these settings."""
    tp = fp = fn = 0
    for s, ps in zip(sents, probs, strict=True):
        pred = s.fixed
        for c, p in zip(s.candidates, ps, strict=True):
            if c.check not in checks:
                pred = pred or c.accepted
            else:
                pred = pred or (p >= threshold if c.accepted else p >= rescue)
        tp += s.uncertain and pred
        fp += pred and not s.uncertain
        fn += s.uncertain and not pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def out_of_fold(wiki: Sequence[Sentence], extra: Sequence[Sentence],
                C: float) -> list[list[float]]:
    """Probabilities of half A's matches, each from a model that did not see its document."""
    docs = sorted({s.doc for s in wiki})
    order = np.random.RandomState(SEED).permutation(len(docs))
    fold_of = {docs[i]: k % FOLDS for k, i in enumerate(order)}
    probs: list[list[float]] = [[] for _ in wiki]
    for fold in range(FOLDS):
        train = [s for s in wiki if fold_of[s.doc] != fold] + list(extra)
        weights, bias = fit(train, C)
        held = [k for k, s in enumerate(wiki) if fold_of[s.doc] == fold]
        for k, ps in zip(held, probabilities([wiki[k] for k in held], weights, bias),
                         strict=True):
            probs[k] = ps
    return probs


def data_sha256(paths: Sequence[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--train-jsonl", type=Path, action="append", default=[],
                    help="another Szeged-format file to train on (all of it)")
    ap.add_argument("--no-bio", action="store_true", help="leave the BioScope abstracts out")
    ap.add_argument("--C", type=float, default=0.3)
    ap.add_argument("--min-support", type=int, default=8)
    ap.add_argument("--out", type=Path, help="write the model fitted on all the data here")
    ap.add_argument("--threshold", type=float, default=0.4)
    ap.add_argument("--rescue", type=float, default=0.8)
    args = ap.parse_args(argv)
    dev = args.data / "hedging" / "wikipedia_uncertainty_dev.jsonl"
    bio_path = args.data / "hedging" / "conll2010_task2" / FILES["abstracts"]
    an = attribution.Analyzer()
    wiki = collect(an, WIKI, wikipedia(dev, "A"))
    more = [s for path in args.train_jsonl for s in collect(an, WIKI, wikipedia(path, None))]
    bio = [] if args.no_bio else collect(an, BIO, bioscope_abstracts(bio_path))
    extra = more + bio
    checks = judged_checks([*wiki, *more], args.min_support)
    rules = sentence_prf(wiki, [[0.0] * len(s.candidates) for s in wiki], frozenset(), 1, 1)
    print(f"half A: {len(wiki)} sentences, {sum(len(s.candidates) for s in wiki)} matches; "
          f"other training sentences: {len(more)} Szeged, {len(bio)} BioScope; judged checks: "
          f"{sorted(checks)}")
    print(f"rules alone on half A: P {rules[0]:.3f} R {rules[1]:.3f} F1 {rules[2]:.3f}\n")
    probs = out_of_fold(wiki, extra, args.C)
    print("| threshold | rescue | sentence P (half A, out of fold) | R | F1 |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for t in THRESHOLDS:
        for r in RESCUES:
            p, rc, f = sentence_prf(wiki, probs, checks, t, r)
            print(f"| {t} | {r} | {p:.3f} | {rc:.3f} | {f:.3f} |")
    if args.out is None:
        return 0
    chosen = sentence_prf(wiki, probs, checks, args.threshold, args.rescue)
    weights, bias = fit([*wiki, *extra], args.C)
    kept = {k: round(v, 5) for k, v in sorted(weights.items()) if abs(v) >= 1e-4}
    paths = [dev, *args.train_jsonl] + ([] if args.no_bio else [bio_path])
    meta: dict[str, Any] = {
        "C": args.C,
        "train": [p.name for p in paths],
        "wikipedia_sentences": len(wiki) + len(more),
        "bioscope_sentences": len(bio),
        "min_support": args.min_support,
        "rules_sentence_f1_A": round(rules[2], 4),
        "oof_sentence_f1_A": round(chosen[2], 4),
        "data_sha256": data_sha256(paths),
    }
    d: dict[str, Any] = {"weights": kept, "bias": round(bias, 5), "threshold": args.threshold,
                         "rescue": args.rescue, "checks": sorted(checks), "meta": meta}
    meta["model_sha256"] = hashlib.sha256(
        json.dumps(d, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    args.out.write_text(json.dumps(d, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"\nwrote {args.out} ({len(kept)} features); threshold {args.threshold}, rescue "
          f"{args.rescue}: half A out of fold P {chosen[0]:.3f} R {chosen[1]:.3f} "
          f"F1 {chosen[2]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
