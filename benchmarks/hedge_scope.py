"""Hedge scope benchmark: cues and the scope each governs, on CoNLL-2010 task 2 (BioScope).

    python benchmarks/hedge_scope.py --data ../shared/data [--model NAME] [--errors abstracts]

Reads ``hedging/conll2010_task2/task2_train_bio_{abstracts,fullarticles}_rev2.xml`` (Farkas
et al. 2010; BioScope, Vincze et al. 2008): sentences with nested ``<xcope>`` elements, each
holding the ``<cue>`` that governs it. Each sentence is analysed on its own, and the hedges
of the counted categories (those ``benchmarks/hedges.py`` counts as uncertainty) are
compared with the gold cues:

* **cue** precision, recall and F1: a gold cue is found when a hedge overlaps it (one hedge
  per cue); "exact" asks for identical boundaries;
* **scope**, on the cues found: a predicted scope runs from the cue's start to the end of
  its ``scope`` (BioScope's scopes hold their cue), and is compared with the gold scope as
  sets of word tokens (punctuation left out): token precision, recall and F1 summed over
  the found cues, and **exact-scope accuracy**, the share of found cues whose scope has
  exactly the gold words;
* **CoNLL-style scope F1**: a scope counts as right only when its words are exact, over
  all gold cues (recall) and all counted hedges (precision), as in the shared task.

Develop on the abstracts (``--errors abstracts`` prints the scopes that differ); report the
full articles. Biomedical prose is not news: the figures check the scope mechanism, they
are not a target to tune to.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from _setup import require_package

require_package()

from attribution import Analyzer  # noqa: E402
from attribution.types import Hedge  # noqa: E402
from hedges import counted, prf  # noqa: E402

FILES = {
    "abstracts": "task2_train_bio_abstracts_rev2.xml",
    "full articles": "task2_train_bio_fullarticles_rev2.xml",
}
_WORD = re.compile(r"\w+")


@dataclass
class GoldCue:
    spans: list[tuple[int, int]] = field(default_factory=list)  # a cue may be discontinuous
    scope: tuple[int, int] | None = None

    @property
    def start(self) -> int:
        return min(s for s, _ in self.spans)

    @property
    def end(self) -> int:
        return max(e for _, e in self.spans)


@dataclass
class Sentence:
    text: str
    cues: list[GoldCue]


class _Reader:
    """Text and offsets of one ``<sentence>``, read depth first."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.scopes: dict[str, tuple[int, int]] = {}
        self.cues: dict[str, GoldCue] = {}

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)

    def walk(self, node: ET.Element) -> None:
        start = self.length
        self.add(node.text)
        for child in node:
            self.walk(child)
            self.add(child.tail)
        if node.tag == "xcope":
            self.scopes[node.get("id", "")] = (start, self.length)
        elif node.tag == "cue" and node.get("type", "speculation") == "speculation":
            cue = self.cues.setdefault(node.get("ref", ""), GoldCue())
            cue.spans.append((start, self.length))


def read_sentences(path: Path) -> Iterator[Sentence]:
    """The sentences of one file with their cues and scopes as character offsets."""
    for _, elem in ET.iterparse(path, events=("end",)):
        if elem.tag != "sentence":
            continue
        r = _Reader()
        r.walk(elem)
        for ref, cue in r.cues.items():
            cue.scope = r.scopes.get(ref)
        elem.clear()
        yield Sentence("".join(r.parts), sorted(r.cues.values(), key=lambda c: c.start))


def words_in(text: str, span: tuple[int, int]) -> set[tuple[int, int]]:
    """Word tokens (offsets) inside ``span``; punctuation is left out."""
    a, b = span
    return {(m.start() + a, m.end() + a) for m in _WORD.finditer(text[a:b])}


def predicted_scope(h: Hedge) -> tuple[int, int]:
    end = h.cue.end if h.scope is None else max(h.cue.end, h.scope.end)
    start = h.cue.start if h.scope is None else min(h.cue.start, h.scope.start)
    return start, end


def evaluate(path: Path, an: Analyzer, show_errors: bool) -> dict[str, float]:
    c: Counter[str] = Counter()
    for sent in read_sentences(path):
        hedges = [h for h in an.analyze(sent.text).hedges if counted(h)] if sent.text else []
        c["sentences"] += 1
        c["gold"] += len(sent.cues)
        c["predicted"] += len(hedges)
        used: set[int] = set()
        for cue in sent.cues:
            hit = next((k for k, h in enumerate(hedges) if k not in used
                        and h.cue.start < cue.end and cue.start < h.cue.end), None)
            if hit is None:
                continue
            used.add(hit)
            h = hedges[hit]
            c["found"] += 1
            c["exact_cue"] += (h.cue.start, h.cue.end) == (cue.start, cue.end)
            if cue.scope is None:
                continue
            gold = words_in(sent.text, cue.scope)
            ours = words_in(sent.text, predicted_scope(h))
            c["scoped"] += 1
            c["tok_tp"] += len(gold & ours)
            c["tok_fp"] += len(ours - gold)
            c["tok_fn"] += len(gold - ours)
            same = gold == ours
            c["exact_scope"] += same
            if show_errors and not same:
                g, o = cue.scope, predicted_scope(h)
                print(f"SCOPE {h.cue.text!r}\n  gold: {sent.text[g[0]:g[1]]!r}\n"
                      f"  ours: {sent.text[o[0]:o[1]]!r}")
    cue_p, cue_r, cue_f = prf(c["found"], c["predicted"] - c["found"], c["gold"] - c["found"])
    exact_f = prf(c["exact_cue"], c["predicted"] - c["exact_cue"], c["gold"] - c["exact_cue"])[2]
    tok_p, tok_r, tok_f = prf(c["tok_tp"], c["tok_fp"], c["tok_fn"])
    exact_acc = c["exact_scope"] / c["scoped"] if c["scoped"] else 0.0
    conll = prf(c["exact_scope"], c["predicted"] - c["exact_scope"],
                c["gold"] - c["exact_scope"])
    return {"sentences": c["sentences"], "gold": c["gold"], "predicted": c["predicted"],
            "cue_p": cue_p, "cue_r": cue_r, "cue_f": cue_f, "exact_cue_f": exact_f,
            "scoped": c["scoped"], "tok_p": tok_p, "tok_r": tok_r, "tok_f": tok_f,
            "exact_scope": exact_acc, "conll_p": conll[0], "conll_r": conll[1],
            "conll_f": conll[2]}


def main() -> int:
    ap = argparse.ArgumentParser(description="Hedge scope benchmark (CoNLL-2010 task 2)")
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1].parent / "shared"
                                          / "data"))
    ap.add_argument("--model", default=None,
                    help="a spaCy pipeline to analyse with (default: the rules backend)")
    ap.add_argument("--errors", choices=tuple(FILES), help="print the scopes that differ")
    ap.add_argument("--only", choices=tuple(FILES), help="evaluate one file")
    args = ap.parse_args()
    folder = Path(args.data) / "hedging" / "conll2010_task2"
    if not folder.is_dir():
        print(f"{folder} not found: pass --data pointing at shared/data", file=sys.stderr)
        return 2
    an = Analyzer() if args.model is None else Analyzer(model=args.model)
    backend = "rules backend" if args.model is None else f"model backend ({args.model})"
    rows = []
    t0 = time.perf_counter()
    for name, file in FILES.items():
        if args.only and name != args.only:
            continue
        rows.append((name, evaluate(folder / file, an, args.errors == name)))
    took = time.perf_counter() - t0
    print(f"\n## Hedge cues and scopes, CoNLL-2010 task 2 (BioScope), {backend}\n")
    print("| part | sentences | gold cues | cue P | R | F1 | exact-cue F1 | cues found "
          "| scope token P | R | F1 | exact scope | CoNLL scope P | R | F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
          "| ---: | ---: | ---: |")
    for name, r in rows:
        label = {"abstracts": "abstracts (develop)", "full articles": "full articles (report)"}
        print(f"| {label[name]} | {r['sentences']:.0f} | {r['gold']:.0f} | {r['cue_p']:.3f} | "
              f"{r['cue_r']:.3f} | {r['cue_f']:.3f} | {r['exact_cue_f']:.3f} | "
              f"{r['scoped']:.0f} | {r['tok_p']:.3f} | {r['tok_r']:.3f} | {r['tok_f']:.3f} | "
              f"{r['exact_scope']:.3f} | {r['conll_p']:.3f} | {r['conll_r']:.3f} | "
              f"{r['conll_f']:.3f} |")
    print(f"\n{took:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
