"""Hostile shapes: is time linear in the input's length, and memory bounded, on every way in?

    python benchmarks/hostile.py [--sizes 10000,100000,1000000] [--news-size 10000000]
                                 [--paths analyzer,component,render] [--shapes NAME,...]
                                 [--timeout 300] [--memory-gb 6] [--data ../shared/data]
                                 [--profile SHAPE:SIZE] [--quick] [--no-regex]

For each way in (``--paths``), shape (below) and size, a fresh process builds what it
times, warms it up, then times it on one text of that many characters (the fastest of
three runs, each with the tokenizer's cache emptied and after a garbage collection;
one run from 2 MB on) and reads its peak RSS (``resource.getrusage``):

* ``analyzer``: the default Analyzer: its tokenizer (``nlp.make_doc``) and the attribution
  stages (``Analyzer.pipeline``);
* ``component``: ``nlp.add_pipe("attribution")`` on spaCy's blank English, the README's
  component: ``nlp(text)`` (the tokenizer, which the component protects, and the
  component: stages, results stored on the Doc, span groups);
* ``render``: ``attribution.render`` of the Analysis (the analysis itself untimed).

Each table gives microseconds per character at each size, the ratio of the largest
size's figure to the smallest's, the worst factor by which time grows per tenfold input
("10× input"; linear is 10), the tokenizer's share of the time, the peak RSS above the
warmed-up process, and that growth per input character at the two largest sizes. The
verdict: "linear" when no tenfold step takes more than 12× the time; "near-linear" when
time per character grows, but by less than 3× per tenfold step (a quadratic cost grows
it 10×); else "SUPER-LINEAR". A run over ``--timeout`` seconds or ``--memory-gb`` of
address space is stopped and the larger sizes of that shape are skipped. A last table
times each way in on one long news article of 400 kB, against its first 40 kB and
against the ten 40 kB articles it is cut into (the same words; the verdict's reference:
the first 40 kB alone are one sample of the text, simpler or harder than the rest).

``news`` is ordinary news text: PolNeAR train articles from ``--data`` when there,
else the seed article's paragraphs, repeated to the size (``--news-size``, 10 MB).

A second table times the library's regular expressions on the worst inputs found for
them (the same inputs tests/test_hostile.py feeds them).

``--profile SHAPE:SIZE`` prints cProfile's top functions for one run instead.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"

SEED_TEXT = (
    "Russia is buying weapons from North Korea, US officials said.\n\n"
    "“We hope Russia can try to purchase additional equipment,” they added.\n\n"
    "Mason Clark, head of the Russia team at the Institute for the Study of War, told The "
    "New York Times that Russia’s dependence on rogue states must upset the Kremlin.\n\n"
)


def repeat(unit: str) -> Callable[[int], str]:
    """A builder of ``unit`` repeated to exactly ``n`` characters."""

    def build(n: int) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return build


REPEATS = 3  # timed runs per size (the fastest counts); one from 2 MB on

# name -> (what it stands for, builder of a text of n characters)
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "marks_curly": ("“ repeated: quote marks in a row", repeat("“")),
    "marks_straight": ('" repeated', repeat('"')),
    "guillemets": ("« repeated", repeat("«")),
    "alternating_tight": ("“” repeated: alternating open/close", repeat("“”")),
    "alternating_words": ("“a” repeated", repeat("“a” ")),
    "alternating_straight": ('"a " repeated: ambiguous straight marks', repeat('"a "')),
    "unclosed_paragraphs": (
        "every paragraph opens a quote that never closes",
        repeat("“We will win this war, he says\n\n"),
    ),
    "nested_unclosed": ("“a ‘b «c repeated: nesting that never closes", repeat("“a ‘b «c ")),
    "no_space": ("a repeated: no space at all", repeat("a")),
    "byline_run_on": (
        "'By ' and one word that never ends, then '!': a furniture row's backtracking",
        lambda n: "By " + "a" * max(1, n - 4) + "!",
    ),
    "no_space_punct": ("a. repeated: one token of word and stop", repeat("a.")),
    "no_space_hyphens": ("x- repeated: one hyphenated token", repeat("x-")),
    "dots": (". repeated", repeat(".")),
    "newlines": ("\\n repeated", repeat("\n")),
    "unicode_soup": (
        "combining marks, zero-width, bidi, emoji, NUL",
        repeat("e\u0301\u200b\u202e\U0001f600\x00 x\u2029"),
    ),
    "run_on_said": (
        "'it rained, he said, ' repeated: one sentence, many post-posed cues",
        repeat("it rained, he said, "),
    ),
    "run_on_names": (
        "names and cues in one sentence",
        repeat("Mason Clark said that John Smith told Mary Jones that "),
    ),
    "in_words": ("'In A ' repeated: a possessor run with no 'words'", repeat("In A ")),
    "adjacent_quotes": (
        "'“A.” “B,” he added, and said' repeated: quotations before a cue, one sentence",
        repeat("“A.” “B,” he added, and said "),
    ),
    "subjects_and_participles": (
        "'At the time, the team released a statement saying, and said ' in one sentence",
        repeat("At the time, the team released a statement saying, and said "),
    ),
    "cued_quotes": ("“We will win,” he said. repeated", repeat("“We will win,” he said. ")),
    "tweet_credits": (
        "'a b c — A B (@ab) May 1, 2016 ' repeated: embed credits in one paragraph",
        repeat("a b c — A B (@ab) May 1, 2016 "),
    ),
    "dash_credits": ("'“a b c.” - A B ' repeated: dash credits", repeat("“a b c.” - A B ")),
    "hedges": ("'may possibly likely ' repeated", repeat("may possibly likely ")),
    "according_to": ("'according to ' repeated", repeat("according to ")),
    "colon_quotes": ("'Putin: “a b c” ' repeated", repeat("Putin: “a b c” ")),
    "clause_colon_quotes": (
        "'and he made a case: “Aa bb cc dd ee ff” ' repeated: one endless sentence",
        repeat("and he made a case: “Aa bb cc dd ee ff” "),
    ),
    "debate_labels": (
        "'Clinton: “Aa bb.” Bush: “Cc dd.” ' repeated: one paragraph of labels",
        repeat("Clinton: “Aa bb.” Bush: “Cc dd.” "),
    ),
    "hyphenated_capitals": (
        "'A-' repeated after a cue: one hyphenated token of capitals",
        lambda n: ("He said: " + "A-" * n)[:n],
    ),
    "run_on_infinitives": (
        "'he wants to win and ' repeated: one sentence of to-clauses",
        repeat("he wants to win and "),
    ),
    "run_on_passives": (
        "passive and raising cues in one sentence",
        repeat("Trump is expected to win and it seems likely and she was asked if it works and "),
    ),
    "colon_paragraph_cues": (
        "one 'NAME: ...' paragraph full of nested cues",
        lambda n: ("Cruz: " + "he said the plan would work and she thinks it was fine " * n)[:n],
    ),
    "run_on_polls": (
        "'Bush led in a new Fox poll and ' repeated",
        repeat("Bush led in a new Fox poll and "),
    ),
    "news": ("ordinary news text", repeat(SEED_TEXT)),
}

# Regular expressions of the package and the worst inputs found for each.
REGEX_CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "marks._SCAN: quote marks": ("quotes.marks.find_quote_regions", repeat("“")),
    "marks._SCAN: line breaks + blanks": (
        "quotes.marks.find_quote_regions", repeat("“a\n \t\u00a0\n\r\n ")),
    "marks._SCAN: '' and ``": ("quotes.marks.find_quote_regions", repeat("``''`'")),
    "attach._SENTENCE_END: dots": ("hedges.attach._sentence_bounds", repeat(".")),
    "attach._SENTENCE_END: ?!… then ” a": (
        "hedges.attach._sentence_bounds", lambda n: "?!…" * (n // 3 - 1) + "” a"),
    "attach._SENTENCE_END: blank lines": ("hedges.attach._sentence_bounds", repeat("\n \n")),
    "resolve._NAME_RUN: capitals": ("speakers.resolve._NAME_RUN.finditer", repeat("A ")),
    "resolve._NAME_RUN: A-A-A-": ("speakers.resolve._NAME_RUN.finditer", repeat("A-")),
    "tokenize._STAND_IN": ("tokenize._STAND_IN.search", repeat("a")),
    "layout._IN_WORDS: In A": ("quotes.rules.layout._IN_WORDS.finditer", repeat("In A ")),
    "layout._IN_WORDS: In Ab's": (
        "quotes.rules.layout._IN_WORDS.finditer", repeat("In Ab's ")),
    "segment._ABBREV_THEN_START: U.S. He": (
        "segment._ABBREV_THEN_START.finditer", repeat("U.S.  He ")),
    "layout._IN_WORDS_AFTER: , In A": (
        "quotes.rules.layout._IN_WORDS_AFTER.finditer", repeat(", In A ")),
    "layout._TWEET_CREDIT: — A (@a) ": (
        "quotes.rules.layout._TWEET_CREDIT.finditer", repeat("x — A (@a) May 1, ")),
    "layout._TWEET_CREDIT: dashes": (
        "quotes.rules.layout._TWEET_CREDIT.finditer", repeat("a -- Bb ")),
}


def news_builder(data: Path) -> Callable[[int], str]:
    folder = data / "polnear" / "train" / "text"
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        return repeat(SEED_TEXT)
    corpus = "\n\n".join(f.read_text(encoding="utf-8") for f in files[:400]) + "\n\n"
    return repeat(corpus)


# --- one measurement, in its own process ---------------------------------------------


def peak_rss_mb() -> float:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def child(kind: str, name: str, n: int, data: Path, memory_gb: float) -> dict[str, Any]:
    """Time one shape (kind "shape") or regex case (kind "regex") at size ``n``.

    The process's address space is capped at ``memory_gb``: a shape whose result grows
    faster than its input fails with MemoryError instead of exhausting the machine.
    """
    import resource

    cap = int(memory_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        return _child(kind, name, n, data)
    except MemoryError:
        return {"error": f"out of memory (> {memory_gb:g} GB)"}


def _child(kind: str, name: str, n: int, data: Path) -> dict[str, Any]:
    import attribution

    if kind == "regex":
        where, build = REGEX_CASES[name]
        text = build(n)
        func = _regex_target(where)
        func(text[:1000])
        base = peak_rss_mb()
        t0 = time.perf_counter()
        func(text)
        return {"seconds": time.perf_counter() - t0, "rss_base": base, "rss_peak": peak_rss_mb()}
    if name == PIECES:
        return _time_pieces(kind, news_builder(data)(n), n)
    build = news_builder(data) if name == "news" else SHAPES[name][1]
    text = build(n)
    if kind == "component":
        return _time_component(text, n)
    an = attribution.Analyzer(max_length=max(n, 1))
    an.analyze(SEED_TEXT)  # warm-up: lazy tables, caches
    if kind == "render":
        attribution.render(an.analyze(SEED_TEXT))
        analysis = an.analyze(text)
        base = peak_rss_mb()
        _, seconds, html = best_of(an.nlp, lambda: analysis, attribution.render, n)
        return {"tokenize": 0.0, "seconds": seconds, "rss_base": base,
                "rss_peak": peak_rss_mb(), "html_chars": len(html)}
    base = peak_rss_mb()
    tokenize, stages, result = best_of(an.nlp, lambda: an.nlp.make_doc(text), an.pipeline, n)
    spans = sum(len(q.content) for q in result.quotes) + sum(len(h.cue) for h in result.hedges)
    return {
        "tokenize": tokenize, "stages": stages, "seconds": tokenize + stages, "rss_base": base,
        "rss_peak": peak_rss_mb(), "quotes": len(result.quotes), "hedges": len(result.hedges),
        "span_chars": spans,
    }


def best_of(nlp: Any, make: Callable[[], Any], run: Callable[[Any], Any], n: int
            ) -> tuple[float, float, Any]:
    """The fastest of a few runs (one from 2 MB on) of ``make()`` (tokenizing, its cache
    emptied first) and of ``run`` on what it made, each after a garbage collection:
    seconds of each, and the last result."""
    import gc

    tokenize = stages = float("inf")
    result = None
    for _ in range(REPEATS if n < 2_000_000 else 1):
        flush = getattr(nlp.tokenizer, "_flush_cache", None)
        if flush is not None:
            flush()
        gc.collect()
        t0 = time.perf_counter()
        made = make()
        t1 = time.perf_counter()
        result = run(made)
        t2 = time.perf_counter()
        tokenize, stages = min(tokenize, t1 - t0), min(stages, t2 - t1)
    return tokenize, stages, result


PIECES = "news_pieces"  # the news text of size n, cut into ten articles of n/10


def _time_pieces(kind: str, text: str, n: int) -> dict[str, Any]:
    """The news text of size ``n`` cut into ten consecutive pieces, each analysed (or
    rendered, or run through the component) as an article of its own: the time a
    linear analysis of the whole must match, the same words at a tenth of the length."""
    import spacy

    import attribution

    step = -(-len(text) // 10)
    pieces = [text[i : i + step] for i in range(0, len(text), step)]
    if kind == "component":
        nlp = spacy.blank("en")
        component = nlp.add_pipe("attribution")
        nlp(SEED_TEXT)
        base = peak_rss_mb()
        tokenize, stages, _ = best_of(nlp, lambda: [nlp.make_doc(p) for p in pieces],
                                      lambda docs: [component(d) for d in docs], n)
    else:
        an = attribution.Analyzer(max_length=max(step, 1))
        an.analyze(SEED_TEXT)
        if kind == "render":
            attribution.render(an.analyze(SEED_TEXT))
            analyses = [an.analyze(p) for p in pieces]
            base = peak_rss_mb()
            tokenize, stages, _ = best_of(an.nlp, lambda: analyses,
                                          lambda xs: [attribution.render(a) for a in xs], n)
            tokenize = 0.0
        else:
            base = peak_rss_mb()
            tokenize, stages, _ = best_of(an.nlp, lambda: [an.nlp.make_doc(p) for p in pieces],
                                          lambda docs: [an.pipeline(d) for d in docs], n)
    return {"tokenize": tokenize, "stages": stages, "seconds": tokenize + stages,
            "rss_base": base, "rss_peak": peak_rss_mb()}


def _time_component(text: str, n: int) -> dict[str, Any]:
    import spacy

    import attribution  # noqa: F401 (registers the factory)

    nlp = spacy.blank("en")
    nlp.max_length = max(n, nlp.max_length)
    component = nlp.add_pipe("attribution")
    nlp(SEED_TEXT)  # warm-up
    base = peak_rss_mb()
    tokenize, stages, doc = best_of(nlp, lambda: nlp.make_doc(text), component, n)
    return {"tokenize": tokenize, "stages": stages, "seconds": tokenize + stages,
            "rss_base": base, "rss_peak": peak_rss_mb(), "spans": len(doc.spans["attribution"])}


def _regex_target(where: str) -> Callable[[str], Any]:
    import attribution.hedges.attach
    import attribution.quotes.marks
    import attribution.quotes.rules.layout
    import attribution.segment
    import attribution.speakers.resolve
    import attribution.tokenize

    targets: dict[str, Callable[[str], Any]] = {
        "quotes.marks.find_quote_regions": attribution.quotes.marks.find_quote_regions,
        "hedges.attach._sentence_bounds": attribution.hedges.attach._sentence_bounds,
        "speakers.resolve._NAME_RUN.finditer":
            lambda t: sum(1 for _ in attribution.speakers.resolve._NAME_RUN.finditer(t)),
        "tokenize._STAND_IN.search": attribution.tokenize._STAND_IN.search,
        "quotes.rules.layout._IN_WORDS.finditer": lambda t: sum(
            1 for _ in attribution.quotes.rules.layout._IN_WORDS.finditer(t)
        ),
        "quotes.rules.layout._IN_WORDS_AFTER.finditer": lambda t: sum(
            1 for _ in attribution.quotes.rules.layout._IN_WORDS_AFTER.finditer(t)
        ),
        "quotes.rules.layout._TWEET_CREDIT.finditer": lambda t: sum(
            1 for _ in attribution.quotes.rules.layout._TWEET_CREDIT.finditer(t)
        ),
        "segment._ABBREV_THEN_START.finditer": lambda t: sum(
            1 for _ in attribution.segment._ABBREV_THEN_START.finditer(t)
        ),
    }
    return targets[where]


def measure(kind: str, name: str, n: int, data: Path, limits: tuple[float, float]
            ) -> dict[str, Any]:
    """Run :func:`child` in a fresh interpreter under ``limits`` (seconds, GB).

    The result holds ``error`` when the run timed out, ran out of memory or failed.
    """
    timeout, memory_gb = limits
    cmd = [sys.executable, __file__, "--child", kind, name, str(n), "--data", str(data),
           "--memory-gb", str(memory_gb)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"> {timeout:.0f} s"}
    lines = out.stdout.strip().splitlines()
    if out.returncode != 0 or not lines:
        last = (out.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"failed: {last[:60]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


# --- tables ----------------------------------------------------------------------------


def size_label(n: int) -> str:
    for unit, scale in (("MB", 1_000_000), ("KB", 1_000)):
        if n >= scale and n % scale == 0:
            return f"{n // scale} {unit}"
    return f"{n:,}"


def verdict(per_char: list[float | None], sizes: list[int]) -> tuple[str, str, str]:
    """The largest/smallest ratio of µs per character, the worst growth of time per
    tenfold input, and the verdict.

    Linear when no step between sizes takes more than 12 times the time per tenfold
    input (time per character grows at most 1.2×); near-linear when time per
    character grows, but by less than 3× per tenfold step (a quadratic cost multiplies
    it by 10); small differences come from caches, the allocator and the garbage
    collector.
    """
    done = [x for x in per_char if x is not None]
    if len(done) < len(per_char):
        return "—", "—", "SUPER-LINEAR (stopped)"
    ratio = done[-1] / done[0] if done[0] > 0 else float("inf")
    steps = [
        (b / a) ** (1 / math.log10(m / n)) if a > 0 else float("inf")
        for a, b, n, m in zip(done, done[1:], sizes, sizes[1:], strict=False)
    ]
    worst = max(steps, default=1.0)
    word = "linear" if worst <= 1.2 else "near-linear" if worst < 3.0 else "SUPER-LINEAR"
    return f"{ratio:.1f}", f"{10 * worst:.1f}×", word


def run_sizes(kind: str, name: str, sizes: list[int], data: Path,
              limits: tuple[float, float]
              ) -> tuple[list[float | None], list[str], list[tuple[int, dict[str, Any]]]]:
    """µs per character at each size (None where stopped), the cells to print, and the
    complete runs with their sizes. A size that fails stops the larger ones."""
    per_char: list[float | None] = []
    cells: list[str] = []
    runs: list[tuple[int, dict[str, Any]]] = []
    for n in sizes:
        if per_char and per_char[-1] is None:
            per_char.append(None)
            cells.append("skipped")
            continue
        r = measure(kind, name, n, data, limits)
        if "error" in r:
            per_char.append(None)
            cells.append(r["error"])
            continue
        per_char.append(r["seconds"] / n * 1e6)
        cells.append(f"{per_char[-1]:.3f}" if kind == "regex" else f"{per_char[-1]:.2f}")
        runs.append((n, r))
    return per_char, cells, runs


def table_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


PATH_KINDS = {"analyzer": "shape", "component": "component", "render": "render"}


def shape_table(names: list[str], sizes: list[int], news_size: int, data: Path,
                limits: tuple[float, float], path: str = "analyzer") -> None:
    kind = PATH_KINDS[path]
    extra = [news_size] if "news" in names and news_size not in sizes else []
    header = [f"{path}: shape", *(f"µs/char {size_label(n)}" for n in [*sizes, *extra]),
              "largest/smallest", "10× input", "tokenizer share", "peak RSS +MB",
              "RSS bytes/char", "verdict"]
    print(table_row(header))
    print("|" + "|".join("---" for _ in header) + "|")
    for name in names:
        shape_sizes = [*sizes, *extra] if name == "news" else sizes
        per_char, cells, runs = run_sizes(kind, name, shape_sizes, data, limits)
        cells += ["—"] * (len(sizes) + len(extra) - len(cells))
        ratio, tenfold, word = verdict(per_char, shape_sizes)
        share = rss = per_byte = "—"
        if runs:
            n, last = runs[-1]
            share = f"{last['tokenize'] / max(last['seconds'], 1e-9):.0%}"
            rss = f"{last['rss_peak'] - last['rss_base']:.0f} ({size_label(n)})"
            # Bytes of peak RSS growth per input character at the two largest sizes run:
            # flat when memory is linear in the input.
            per_byte = " → ".join(
                f"{(r['rss_peak'] - r['rss_base']) * 2**20 / m:.0f}" for m, r in runs[-2:]
            )
        print(table_row([name, *cells, ratio, tenfold, share, rss, per_byte, word]),
              flush=True)


def article_table(paths: list[str], data: Path, limits: tuple[float, float]) -> None:
    """Each way in on one long news article of 400 kB, against its first 40 kB and
    against the ten 40 kB articles it is made of (the same words at a tenth of the
    length: the fair reference, since the first 40 kB are one sample of the text)."""
    sizes = [40_000, 400_000]
    header = ["way in", "seconds 40 kB (first)", "seconds 400 kB", "10× input (first)",
              "seconds 10 × 40 kB (its pieces)", "10× input (pieces)", "verdict"]
    print(table_row(header))
    print("|" + "|".join("---" for _ in header) + "|")
    for path in paths:
        per_char, _, runs = run_sizes(PATH_KINDS[path], "news", sizes, data, limits)
        _, tenfold, _ = verdict(per_char, sizes)
        seconds = [f"{r['seconds']:.3f}" for _, r in runs] + ["—"] * (2 - len(runs))
        pieces = measure(PATH_KINDS[path], PIECES, sizes[1], data, limits)
        if "error" in pieces or len(runs) < 2:
            print(table_row([path, *seconds, tenfold, pieces.get("error", "—"), "—", "—"]))
            continue
        ratio = 10 * runs[1][1]["seconds"] / pieces["seconds"]
        word = "linear" if ratio <= 12 else ("near-linear" if ratio < 30 else "SUPER-LINEAR")
        print(table_row([path, *seconds, tenfold, f"{pieces['seconds']:.3f}",
                         f"{ratio:.1f}×", word]), flush=True)


def regex_table(sizes: list[int], data: Path, limits: tuple[float, float]) -> None:
    header = ["regex: worst input", *(f"µs/char {size_label(n)}" for n in sizes),
              "largest/smallest", "verdict"]
    print(table_row(header))
    print("|" + "|".join("---" for _ in header) + "|")
    for name in REGEX_CASES:
        per_char, cells, _ = run_sizes("regex", name, sizes, data, limits)
        ratio, _, word = verdict(per_char, sizes)
        print(table_row([name, *cells, ratio, word]), flush=True)


def profile(spec: str, data: Path) -> None:
    import cProfile
    import pstats

    import attribution

    name, _, size = spec.partition(":")
    n = int(size or 100_000)
    build = news_builder(data) if name == "news" else SHAPES[name][1]
    text = build(n)
    an = attribution.Analyzer(max_length=max(n, 1))
    an.analyze(SEED_TEXT)
    prof = cProfile.Profile()
    prof.enable()
    an.analyze(text)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(15)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--news-size", type=int, default=10_000_000)
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--paths", default=",".join(PATH_KINDS),
                    help="ways in to time: analyzer, component, render")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds allowed for one run (a shape at one size)")
    ap.add_argument("--memory-gb", type=float, default=6.0,
                    help="address-space cap of one run, in GB")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--profile", metavar="SHAPE:SIZE")
    ap.add_argument("--no-regex", action="store_true", help="skip the regex table")
    ap.add_argument("--quick", action="store_true",
                    help="sizes 10 KB and 100 KB, news to 1 MB, 60 s per run")
    ap.add_argument("--child", nargs=3, metavar=("KIND", "NAME", "N"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        kind, name, n = args.child
        print(json.dumps(child(kind, name, int(n), args.data, args.memory_gb)))
        return
    if args.profile:
        profile(args.profile, args.data)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    news_size, timeout = args.news_size, args.timeout
    if args.quick:
        sizes, news_size, timeout = [10_000, 100_000], 1_000_000, 60.0
    names = [s for s in args.shapes.split(",") if s]
    unknown = [s for s in names if s not in SHAPES]
    if unknown:
        raise SystemExit(f"unknown shape(s) {unknown}; choose from {', '.join(SHAPES)}")
    paths = [p for p in args.paths.split(",") if p]
    if any(p not in PATH_KINDS for p in paths):
        raise SystemExit(f"unknown path(s) in {paths}; choose from {', '.join(PATH_KINDS)}")
    polnear = (args.data / "polnear" / "train" / "text").is_dir()
    news_source = "PolNeAR train articles" if polnear else "the seed article"
    print(f"# Hostile shapes: time per character and peak memory (news from {news_source})")
    print(f"# python {sys.version.split()[0]}, {os.cpu_count()} CPUs, one process per run, "
          f"limits {timeout:.0f} s and {args.memory_gb:g} GB per run\n")
    limits = (timeout, args.memory_gb)
    for path in paths:
        # The 10 MB news run is the analyzer's; the other ways in stop at --sizes.
        shape_table(names, sizes, news_size if path == "analyzer" else sizes[-1], args.data,
                    limits, path)
        print()
    article_table(paths, args.data, limits)
    if not args.no_regex:
        print()
        regex_table(sizes, args.data, limits)


if __name__ == "__main__":
    main()
