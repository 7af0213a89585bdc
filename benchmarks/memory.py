"""Memory over a long run of distinct texts: does a long-lived Analyzer level off?

    python benchmarks/memory.py [--data ../shared/data] [--texts 10000] [--checkpoints 5]

An archive keeps bringing new words: names, numbers, URLs. This feeds one Analyzer
``--texts`` PolNeAR train articles, each made distinct by giving every capitalised word a
suffix of its copy number ("Clark" becomes "Clark17" in copy 17), and at checkpoints
prints the process's resident memory and the size of spaCy's string store. Each way
runs in a fresh process:

* ``analyze``: ``Analyzer.analyze`` one text at a time, with the default ``vocab_limit``
  (the Language is renewed whenever its vocabulary has gained that many strings);
* ``pipe``: ``Analyzer.pipe`` in batches of 64, the same;
* ``no limit``: ``Analyzer(vocab_limit=None).analyze``: what every Analyzer did before.

A resident size that stops growing means bounded memory; the time column shows what the
renewals cost.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _setup import require_package

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
MODES = ("analyze", "pipe", "no limit")
_CAPITALISED = re.compile(r"\b([A-Z][a-z]+)\b")


def distinct_texts(data: Path, n: int) -> Iterator[str]:
    files = sorted((data / "polnear" / "train" / "text").glob("*.txt"))
    if not files:
        sys.exit(f"no PolNeAR train articles under {data}: pass --data DIR")
    articles = [f.read_text(encoding="utf-8") for f in files]
    for k in range(n):
        copy = k // len(articles)
        text = articles[k % len(articles)]
        yield text if copy == 0 else _CAPITALISED.sub(rf"\g<1>{copy}", text)


def rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096 / 2**20


def child(mode: str, data: Path, n: int, checkpoints: int) -> list[dict[str, Any]]:
    import attribution

    an = attribution.Analyzer(vocab_limit=None) if mode == "no limit" else attribution.Analyzer()
    an.analyze("“We will win,” he said.")
    marks = {round(n * (k + 1) / checkpoints) for k in range(checkpoints)}
    out: list[dict[str, Any]] = [{"texts": 0, "rss": rss_mb(), "renewals": 0,
                                   "strings": len(an.nlp.vocab.strings), "seconds": 0.0}]
    started = time.perf_counter()
    texts = distinct_texts(data, n)
    if mode == "pipe":
        for done, _ in enumerate(an.pipe(texts, batch_size=64), 1):
            if done in marks:
                out.append({"texts": done, "rss": rss_mb(),
                            "strings": len(an.nlp.vocab.strings), "renewals": an.renewals,
                            "seconds": time.perf_counter() - started})
        return out
    for done, text in enumerate(texts, 1):
        an.analyze(text)
        if done in marks:
            out.append({"texts": done, "rss": rss_mb(), "strings": len(an.nlp.vocab.strings),
                        "renewals": an.renewals, "seconds": time.perf_counter() - started})
    return out


def main(argv: list[str] | None = None) -> None:
    require_package()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--texts", type=int, default=10_000)
    ap.add_argument("--checkpoints", type=int, default=5)
    ap.add_argument("--child", metavar="MODE", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.data, args.texts, args.checkpoints)))
        return
    print(f"# Memory over {args.texts:,} distinct texts (PolNeAR train, capitalised words "
          f"suffixed per copy); one fresh process per way\n")
    header = ["way", *(f"RSS MB @ {c}" for c in ("start", *range(1, args.checkpoints + 1))),
              "strings at the end", "renewals", "seconds"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for mode in MODES:
        proc = subprocess.run(
            [sys.executable, __file__, "--child", mode, "--data", str(args.data),
             "--texts", str(args.texts), "--checkpoints", str(args.checkpoints)],
            capture_output=True, text=True, check=True,
        )
        rows = json.loads(proc.stdout.strip().splitlines()[-1])
        cells = [f"{r['rss']:.0f}" for r in rows]
        print(f"| {mode} | " + " | ".join(cells) + f" | {rows[-1]['strings']:,} | "
              f"{rows[-1]['renewals']} | {rows[-1]['seconds']:.0f} |", flush=True)
    print(f"\ncheckpoints every {args.texts // args.checkpoints:,} texts")


if __name__ == "__main__":
    main()
