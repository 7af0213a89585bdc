"""How well the decider's confidence means what it says, on PolNeAR.

For every quote ``attribution.Analyzer`` returns (one quote at a time, not merged into
attribution units), "correct" means an annotator marked it: its content overlaps a gold
content on half or more of its own non-blank characters and of the gold fragments it
touches (the 50 % rule of ``accuracy.py``, fragment by fragment, so each piece of an
interrupted quotation is judged against its own stretch of the gold). The reliability
table bins the quotes by ``confidence`` and compares each bin's mean confidence with
the share correct; the expected calibration error (ECE, Naeini et al. 2015) is their
gap weighted by bin size. A second table gives attribution precision, recall and F1
(``accuracy.py``'s overlap match over attribution units) at several ``min_confidence``
values, and the model's most useful features are read from its file.

Usage::

    python benchmarks/decider.py [--data ../shared/data] [--split dev|train]
        [--model NAME] [--bins 10] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from _setup import require_package
from metrics import CharCounter, CueTypes, fragment_matches
from polnear import load_split

REPO = Path(__file__).resolve().parent.parent
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def reliability(confs: Sequence[float], correct: Sequence[int], bins: int) -> tuple[str, float]:
    rows = ["| confidence | quotes | mean confidence | share correct | gap |",
            "| --- | ---: | ---: | ---: | ---: |"]
    ece = 0.0
    n = len(confs)
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        idx = [i for i, c in enumerate(confs) if lo <= c < hi or (b == bins - 1 and c == 1.0)]
        if not idx:
            rows.append(f"| {lo:.1f}–{hi:.1f} | 0 | – | – | – |")
            continue
        mean = sum(confs[i] for i in idx) / len(idx)
        acc = sum(correct[i] for i in idx) / len(idx)
        ece += len(idx) / n * abs(acc - mean)
        rows.append(f"| {lo:.1f}–{hi:.1f} | {len(idx)} | {mean:.3f} | {acc:.3f} | "
                    f"{acc - mean:+.3f} |")
    return "\n".join(rows), ece


def main(argv: Sequence[str] | None = None) -> int:
    require_package()
    import attribution
    from accuracy import evaluate_article, quote_preds
    from attribution.decider.model import packaged_model

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--model", default=None, help="a spaCy pipeline (default: rules backend)")
    ap.add_argument("--bins", type=int, default=10)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)
    articles = load_split(args.data, args.split, args.limit)
    an = attribution.Analyzer(model=args.model, min_confidence=0.0, attributions=True)
    confs: list[float] = []
    correct: list[int] = []
    results = []
    for art in articles:
        res = an.analyze(art.text)
        results.append(res)
        counter = CharCounter(art.text)
        golds = [g.content for g in art.gold]
        for q in res.quotes:
            confs.append(q.confidence)
            correct.append(int(bool(fragment_matches(counter, (q.content.start, q.content.end),
                                                     golds))))
    table, ece = reliability(confs, correct, args.bins)
    backend = "parsed" if args.model else "blank"
    model = packaged_model(backend)
    print(f"## Decider on PolNeAR {args.split} ({len(articles)} articles), "
          f"{'model ' + args.model if args.model else 'rules backend'}\n")
    print(f"Every quote at min_confidence 0: {len(confs)} quotes, "
          f"{len(set(confs))} distinct confidence values, ECE **{ece:.3f}**.\n")
    print(table + "\n")

    cue_types = CueTypes.load()
    rows = ["| min_confidence | quotes | P | R | F1 |", "| ---: | ---: | ---: | ---: | ---: |"]
    for t in sorted({*THRESHOLDS, model.threshold_default}):
        tp = n_gold = n_pred = 0
        n_quotes = 0
        for art, res in zip(articles, results, strict=True):
            quotes = [q for q in res.quotes if q.confidence >= t]
            n_quotes += len(quotes)
            ev = evaluate_article(0, art, quote_preds(quotes), cue_types)
            tp += sum(g.overlap is not None for g in ev.golds)
            n_gold += len(ev.golds)
            n_pred += len(ev.preds)
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        mark = " (default)" if t == model.threshold_default else ""
        rows.append(f"| {t:.3f}{mark} | {n_quotes} | {p:.3f} | {r:.3f} | {f:.3f} |")
    print("Filtering the min_confidence-0 output (the library's own selection at a higher "
          "threshold can differ slightly):\n")
    print("\n".join(rows) + "\n")
    top = model.meta.get("top_features", [])
    if top:
        linear = model.meta.get("params", {}).get("kind") == "linear"
        if linear:
            print("Most useful features (the logistic regression's weights on standardised "
                  "features; positive: for marking):\n")
            print("| feature | weight |\n| --- | ---: |")
        else:
            print("Most useful features (share of the trees' total gain):\n")
            print("| feature | gain share |\n| --- | ---: |")
        for name, value in top[:20]:
            print(f"| `{name}` | {value:+.3f} |" if linear else f"| `{name}` | {value:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
