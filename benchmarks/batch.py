"""Corpus scale: ``attribution batch`` over 20,000 articles, memory, and resuming.

    python benchmarks/batch.py [--data ../shared/data] [--articles 20000] [--n-process 2]
                               [--speedup-articles 4000] [--workdir DIR]

Builds a JSON Lines corpus by repeating the PolNeAR train articles (``--data``/polnear/
train/text) in a temporary folder, then runs the real command line on it
(``python -m attribution batch``) and prints:

1. throughput at 1 and 2 processes on the first ``--speedup-articles`` records;
2. a run over 10% of the corpus and one over all of it, each with its peak RSS (the
   largest single process, from the run's ``os.wait4`` rusage, which counts the worker
   processes the command reaped, and the whole process tree, sampled with psutil where
   installed): bounded memory means the two
   peaks are about the same although the input is ten times larger;
3. the same full run interrupted with SIGINT at about a third, then ``--resume``: the
   exit codes, that no ``OUT`` existed in between, and that the resumed output is byte
   for byte the uninterrupted one.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from _setup import require_package

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"


def build_corpus(data: Path, n: int, path: Path) -> tuple[int, int]:
    files = sorted((data / "polnear" / "train" / "text").glob("*.txt"))
    if not files:
        sys.exit(f"no PolNeAR train articles under {data}: pass --data DIR")
    texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    n_words = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            name, text = texts[i % len(texts)]
            n_words += len(text.split())
            out.write(json.dumps({"id": f"{i:06d}-{name}", "text": text}) + "\n")
    return n, n_words


def head(src: Path, n: int, dst: Path) -> None:
    with src.open("rb") as f, dst.open("wb") as out:
        for i, line in enumerate(f):
            if i == n:
                break
            out.write(line)


class TreeRSS:
    """Peak summed RSS of a process and its descendants, sampled every 0.2 s."""

    def __init__(self, pid: int) -> None:
        self.peak = 0
        self.available = True
        try:
            import psutil
        except ImportError:
            self.available = False
            return
        self._proc = psutil.Process(pid)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psutil

        while not self._stop.wait(0.2):
            try:
                procs = [self._proc, *self._proc.children(recursive=True)]
                total = 0
                for p in procs:
                    with contextlib.suppress(psutil.Error):  # it just exited
                        total += p.memory_info().rss
            except psutil.Error:
                return
            self.peak = max(self.peak, total)

    def stop(self) -> int:
        if self.available:
            self._stop.set()
            self._thread.join()
        return self.peak


def run_cli(args: list[str], *, interrupt_at: tuple[Path, int] | None = None,
            quiet: bool = False) -> dict[str, Any]:
    """Run ``python -m attribution ARGS`` in a fresh process; time and memory."""
    cmd = [sys.executable, "-m", "attribution", *args]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL if quiet else None)
    tree = TreeRSS(proc.pid)
    # wait4 gives this run's own rusage: ru_maxrss is the largest RSS of the command and
    # of the worker processes it reaped (KiB on Linux, bytes on macOS).
    pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
    while interrupt_at is not None and pid == 0:
        watched, size = interrupt_at
        if watched.exists() and watched.stat().st_size >= size:
            proc.send_signal(signal.SIGINT)
            break
        time.sleep(0.1)
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
    if pid == 0:
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = rc = os.waitstatus_to_exitcode(status)
    secs = time.perf_counter() - t
    peak_tree = tree.stop()
    scale = 1 if sys.platform == "darwin" else 1024
    return {"rc": rc, "seconds": secs, "max_rss": usage.ru_maxrss * scale,
            "tree_rss": peak_tree, "cpu": usage.ru_utime + usage.ru_stime}


def mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB" if n else "—"


def count_lines(path: Path) -> int:
    with path.open("rb") as f:
        return sum(1 for _ in f)


def main(argv: list[str] | None = None) -> None:
    require_package()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--articles", type=int, default=20_000)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--speedup-articles", type=int, default=4000,
                    help="records for the 1 vs 2 process comparison (0: skip it)")
    ap.add_argument("--speedup-only", action="store_true",
                    help="only the 1 vs 2 process comparison")
    ap.add_argument("--workdir", type=Path, default=None,
                    help="keep the files here (default: a temporary folder, removed)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.workdir or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        run(args, work)


def run(args: argparse.Namespace, work: Path) -> None:
    corpus = work / "corpus.jsonl"
    n, n_words = build_corpus(args.data, args.articles, corpus)
    print(f"# attribution batch: {n:,} articles, {n_words:,} words, "
          f"{corpus.stat().st_size / 2**20:,.0f} MB of JSON Lines; {os.cpu_count()} CPUs\n")
    common = ["--batch-size", str(args.batch_size), "--overwrite"]

    if args.speedup_articles:
        small = work / "speedup.jsonl"
        head(corpus, args.speedup_articles, small)
        small_words = sum(len(json.loads(x)["text"].split()) for x in small.open())
        rows = []
        for k in (1, 2):
            r = run_cli(["batch", str(small), "--out", str(work / f"speedup{k}.jsonl"),
                         "--n-process", str(k), "--no-progress", *common], quiet=True)
            rows.append((k, r))
        base = rows[0][1]["seconds"]
        print(f"## 1 vs 2 processes, {args.speedup_articles:,} articles, {small_words:,} words"
              f" (whole command: start-up, reading, writing)\n")
        print("| --n-process | seconds | articles/s | words/s | speed-up | CPU seconds |")
        print("|---|---|---|---|---|---|")
        for k, r in rows:
            print(f"| {k} | {r['seconds']:.1f} | {args.speedup_articles / r['seconds']:,.0f} | "
                  f"{small_words / r['seconds']:,.0f} | {base / r['seconds']:.2f}× | "
                  f"{r['cpu']:.1f} |")
        print(f"\nload average at the end: {os.getloadavg()[0]:.1f} "
              f"(other jobs on the machine slow the 2-process run most)")
        same = (work / "speedup1.jsonl").read_bytes() == (work / "speedup2.jsonl").read_bytes()
        print(f"\noutputs identical at 1 and 2 processes: {same}\n")

    if args.speedup_only:
        return
    tenth = work / "tenth.jsonl"
    head(corpus, n // 10, tenth)
    out = work / "out.jsonl"
    nproc = ["--n-process", str(args.n_process)]
    r_tenth = run_cli(["batch", str(tenth), "--out", str(work / "tenth.out.jsonl"),
                       "--no-progress", *nproc, *common], quiet=True)
    print(f"## Full run, --n-process {args.n_process} (progress bar below)\n", flush=True)
    r_full = run_cli(["batch", str(corpus), "--out", str(out), *nproc, *common])
    lines = count_lines(out) if out.exists() else 0
    print("\n| input | exit | seconds | articles/s | words/s | peak RSS, largest process |"
          " peak RSS, process tree |")
    print("|---|---|---|---|---|---|---|")
    for label, r, k, w in (("10%", r_tenth, n // 10, n_words // 10), ("100%", r_full, n, n_words)):
        print(f"| {label} ({k:,} articles) | {r['rc']} | {r['seconds']:.1f} | "
              f"{k / r['seconds']:,.0f} | {w / r['seconds']:,.0f} | {mb(r['max_rss'])} | "
              f"{mb(r['tree_rss'])} |")
    print(f"\noutput lines: {lines:,} of {n:,}; CPU seconds of the full run (all "
          f"processes): {r_full['cpu']:.0f}")

    out2 = work / "resumed.jsonl"
    partial = out2.with_name(out2.name + ".partial")
    third = out.stat().st_size // 3
    r_int = run_cli(["batch", str(corpus), "--out", str(out2), "--no-progress", *nproc,
                     *common], interrupt_at=(partial, third), quiet=True)
    done_before = count_lines(partial) if partial.exists() else 0
    existed = out2.exists()
    r_res = run_cli(["batch", str(corpus), "--out", str(out2), "--resume", "--no-progress",
                     *nproc, "--batch-size", str(args.batch_size)], quiet=True)
    identical = out2.exists() and out2.read_bytes() == out.read_bytes()
    ids = [json.loads(line)["id"] for line in out2.open()] if out2.exists() else []
    wanted = [json.loads(line)["id"] for line in corpus.open()]
    print("\n## Interrupt (SIGINT at about a third) and resume\n")
    print(f"- interrupted run: exit {r_int['rc']} after {r_int['seconds']:.1f} s, "
          f"{done_before:,} records in {partial.name}, {out2.name} existed: {existed}")
    print(f"- resumed run (--resume): exit {r_res['rc']} in {r_res['seconds']:.1f} s "
          f"for the remaining {n - done_before:,} records; peak RSS {mb(r_res['max_rss'])} "
          f"(largest process), {mb(r_res['tree_rss'])} (tree)")
    print(f"- resumed output has every id once, in input order: {ids == wanted}")
    print(f"- resumed output identical to the uninterrupted one: {identical}")


if __name__ == "__main__":
    main()
