"""Instructions per analysis pass, counted by valgrind: a speed comparison that the
machine's load does not move.

    python benchmarks/instructions.py [--data ../shared/data] [--docs 50]
                                      [--src PATH ...]

On a shared machine wall and CPU times of the same code vary by 20–40 % from run to run,
more than a speed pass changes. Valgrind's cachegrind counts the instructions a process
executes, which the load does not change (the count still moves by about 1 % between
runs: hash seeds, the allocator). Each source tree given by ``--src`` (a ``src`` folder
holding ``attribution``; default: the installed package) is run twice under
``valgrind --tool=cachegrind --cache-sim=no``: once to load, tokenise ``--docs``
PolNeAR train articles and analyse them once (caches warm), once doing the same and
then analysing them twice more; half the difference is one analysis pass of the rules
backend (``Analyzer.analyze_doc``, tokenising excluded). The table gives millions of
instructions per pass and the ratio to the first tree. Each run takes minutes (valgrind
runs Python about 50 times slower); valgrind is a Debian package
(``apt-get install valgrind``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from _setup import require_package

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"

# The child: load, tokenise, analyse once to warm, then analyse ``passes`` more times.
CHILD = """
import sys
sys.path.insert(0, {here!r})
from pathlib import Path
from speed import load_texts
import attribution
texts = load_texts(Path({data!r}), {docs})
an = attribution.Analyzer()
docs = list(an.nlp.pipe(texts))
for _ in range(1 + {passes}):
    for doc, text in zip(docs, texts):
        an.analyze_doc(doc, text)
"""


def instructions(src: str | None, data: Path, docs: int, passes: int) -> int:
    code = CHILD.format(here=str(HERE), data=str(data), docs=docs, passes=passes)
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         sys.executable, "-c", code],
        env=env, capture_output=True, text=True, check=True,
    ).stderr
    m = re.search(r"I\s+refs:\s+([\d,]+)", out)
    if m is None:
        sys.exit(f"no instruction count in valgrind's output:\n{out[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> None:
    require_package()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder holding polnear/")
    ap.add_argument("--docs", type=int, default=50, help="PolNeAR train articles analysed")
    ap.add_argument("--src", action="append", help="a src folder to compare (repeatable); "
                    "default: the installed package")
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (apt-get install valgrind)")
    if not (args.data / "polnear" / "train" / "text").is_dir():
        sys.exit(f"no PolNeAR train articles under {args.data}: pass --data DIR")
    rows = []
    for src in args.src or [None]:
        base = instructions(src, args.data, args.docs, 0)
        more = instructions(src, args.data, args.docs, 2)
        rows.append((src or "installed package", (more - base) / 2))
    first = rows[0][1]
    print(f"## Instructions per analysis pass, rules backend, {args.docs} PolNeAR train "
          "articles (valgrind cachegrind)\n")
    print("| source | millions of instructions per pass | vs the first |")
    print("| --- | ---: | ---: |")
    for name, per_pass in rows:
        print(f"| `{name}` | {per_pass / 1e6:,.0f} | {per_pass / first:.3f} |")


if __name__ == "__main__":
    main()
