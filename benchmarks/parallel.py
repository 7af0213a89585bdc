"""Processes: the library's worker pool against spaCy's ``nlp.pipe(n_process=...)``.

    python benchmarks/parallel.py [--data ../shared/data] [--copies 3] [--repeat 3]
                                  [--n-process 2] [--batch-size 64]

Both run the same analysis over the same texts (PolNeAR train, ``--copies`` times over)
and hand back one result per text, in order, in this process:

* **pool**: ``attribution.parallel.iter_analyses`` (what ``Analyzer.pipe`` and
  ``attribution batch`` run): whole analyses in worker processes, results sent back
  as JSON lines (``transform=result_json``) or as Analysis objects;
* **spaCy**: the component in a pipeline with the Analyzer's tokenizer
  (``attribution.Tokenizer.v1``), ``nlp.pipe(texts, n_process=N)``: spaCy's workers send
  back each Doc (``Doc.to_bytes``); this process reads it, then its Analysis
  (``doc._.attribution``, read back from the input where the Doc holds a stand-in) and
  writes that as a JSON line as the pool's workers do (``result_json``).

Each path also runs with one process. A fresh Analyzer or pipeline is built for every
run, so every run starts with an empty spaCy vocabulary, as a worker does. Runs are
interleaved (A, B, C, A, B, C, ...) and the best of ``--repeat`` counts; the outputs of
the two paths are compared. The table gives seconds, words per second, the speed-up
over the same path's one process, the seconds to the first result, and the CPU
seconds spent in this process (spaCy's path reads every Doc here).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from _setup import require_package

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"


def load_texts(data: Path, copies: int) -> list[str]:
    folder = data / "polnear" / "train" / "text"
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"no articles in {folder}: pass --data DIR (the folder holding polnear/)")
    return [f.read_text(encoding="utf-8") for f in files] * copies


def pool_path(texts: list[str], n: int, batch_size: int, as_json: bool) -> Iterator[Any]:
    import attribution
    from attribution.export import result_json
    from attribution.parallel import iter_analyses

    an = attribution.Analyzer()
    if as_json:
        return iter_analyses(an, texts, transform=result_json, n_process=n,
                             batch_size=batch_size)
    return iter(an.pipe(texts, n_process=n, batch_size=batch_size))


def spacy_path(texts: list[str], n: int, batch_size: int, as_json: bool) -> Iterator[Any]:
    import spacy

    import attribution  # noqa: F401 (registers the component and the tokenizer)
    from attribution.export import result_json

    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers":
                                                          "attribution.Tokenizer.v1"}}})
    nlp.add_pipe("attribution")

    def results() -> Iterator[Any]:
        for doc in nlp.pipe(texts, n_process=n, batch_size=batch_size):
            yield result_json(doc._.attribution) if as_json else doc._.attribution

    return results()


def timed(make: Callable[[], Iterator[Any]]) -> tuple[float, float, float, list[Any]]:
    """Seconds in all, seconds to the first result, CPU seconds of this process, and
    the results."""
    cpu0 = os.times()
    t = time.perf_counter()
    it = make()
    out = [next(it)]
    first = time.perf_counter() - t
    out.extend(it)
    total = time.perf_counter() - t
    cpu1 = os.times()
    return total, first, cpu1.user + cpu1.system - cpu0.user - cpu0.system, out


def main(argv: list[str] | None = None) -> None:
    require_package()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--copies", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)
    texts = load_texts(args.data, args.copies)
    n_words = sum(len(t.split()) for t in texts)
    load = os.getloadavg()[0]
    runs: dict[tuple[str, str, int], Callable[[], Iterator[Any]]] = {}
    for out in ("JSON lines", "Analysis objects"):
        for name, path in (("pool", pool_path), ("spaCy nlp.pipe", spacy_path)):
            for n in (1, args.n_process):
                runs[(out, name, n)] = (
                    lambda p=path, k=n, j=out == "JSON lines": p(texts, k, args.batch_size, j)
                )
    best: dict[tuple[str, str, int], tuple[float, float, float]] = {}
    outputs: dict[tuple[str, str, int], list[Any]] = {}
    for _ in range(args.repeat):
        for key, make in runs.items():
            total, first, cpu, results = timed(make)
            if key not in best or total < best[key][0]:
                best[key] = (total, first, cpu)
            outputs[key] = results
    print(f"# Processes: {len(texts):,} PolNeAR train articles ({args.copies}× over), "
          f"{n_words:,} words; best of {args.repeat}, interleaved; {os.cpu_count()} CPUs, "
          f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after\n")
    print("| results | path | n_process | seconds | words/s | speed-up | s to 1st result |"
          " CPU s here |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for (out, name, n), (total, first, cpu) in best.items():
        one = best[(out, name, 1)][0]
        print(f"| {out} | {name} | {n} | {total:.2f} | {n_words / total:,.0f} | "
              f"{one / total:.2f}× | {first:.2f} | {cpu:.1f} |")
    for out in ("JSON lines", "Analysis objects"):
        a = outputs[(out, "pool", args.n_process)]
        b = outputs[(out, "spaCy nlp.pipe", args.n_process)]
        if out == "JSON lines":
            a, b = [json.loads(x) for x in a], [json.loads(x) for x in b]
        print(f"\n{out}: the two paths give the same results: {a == b}")


if __name__ == "__main__":
    main()
