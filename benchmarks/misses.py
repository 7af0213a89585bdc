"""The gold attributions no rule proposes a matching candidate for, by construction.

Recall is bounded by the proposals: the decider can only keep a candidate some rule
proposed. This lists the PolNeAR *train* attributions with no candidate that matches
them by the benchmark's 50 % rule (``metrics.fragment_matches``) and sorts them into
classes by what the text shows, so that new readings go where the misses are:

- ``cue proposed, content wrong``: a candidate has the gold cue, but every content it
  proposes misses; split by how its closest content relates to the gold's (too short:
  the gold runs on past it, over a sentence end or not; too long; elsewhere);
- ``cue found, nothing proposed``: the lexicon or the cue tagger marked the cue and no
  rule framed it;
- ``cue not found``: neither did; split by the cue's shape (a colon, "according to",
  a lexicon form, a word outside the lexicon).

Each gold attribution also carries its construction: the content before its cue, a
content of several sentences, a content in quote marks. Only train is read (never read
held-out errors to write rules): ``--split`` takes train alone on purpose.

With ``--kept`` it lists the other side: the predictions the decider keeps (in sample,
``attributions=True``) that match no gold, sorted by what the gold has at their cue:

- ``no gold at cue``: no gold attribution's cue touches the prediction's (split by
  whether its content lies inside a gold content, overlaps one, or touches none);
- ``gold at cue, no proposal matches``: one has, and no candidate of any rule matches
  its content (the extent is wrong in every reading);
- ``gold at cue, another reading matches``: a candidate of the same cue matches it, and
  the decider passed it over;
- ``gold at cue, matched by another kept``: another kept prediction matches it.

Usage::

    python benchmarks/misses.py [--data ../shared/data] [--model NAME] [--limit N]
        [--examples N] [--show CLASS] [--seed S] [--kept]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from _setup import require_package
from metrics import CharCounter, CueTypes, Fragments, fragment_matches
from polnear import GoldAttribution, in_prose, load_split

REPO = Path(__file__).resolve().parent.parent
T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Miss:
    article: str
    text: str
    gold: GoldAttribution
    cls: str
    shape: tuple[str, ...]
    near: tuple[tuple[int, int], ...]  # the contents of candidates with the gold's cue


def _span(frags: Fragments) -> tuple[int, int] | None:
    return (frags[0][0], frags[-1][1]) if frags else None


def _touch(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def shape_of(text: str, gold: GoldAttribution, sent_ends: Sequence[int]) -> tuple[str, ...]:
    """The construction of a gold attribution, from its spans alone."""
    out = []
    content, cue, source = _span(gold.content), _span(gold.cue), _span(gold.source)
    assert content is not None
    body = text[content[0]:content[1]]
    if cue is not None and cue[0] >= content[1]:
        out.append("cue after content")
    elif cue is not None and cue[1] <= content[0]:
        out.append("cue before content")
    elif cue is not None:
        out.append("cue inside content")
    if source is not None and cue is not None and source[0] > cue[0]:
        out.append("source after cue")
    if source is None:
        out.append("no source")
    if any(content[0] < e < content[1] - 1 for e in sent_ends):
        out.append("several sentences")
    if any(ch in body for ch in "\"“”"):
        out.append("quote marks")
    if len(gold.content) > 1:
        out.append("discontinuous")
    return tuple(out)


def cue_shape(text: str, gold: GoldAttribution, cue_types: CueTypes) -> str:
    cue = " ".join(text[a:b] for a, b in gold.cue).strip()
    low = cue.lower()
    if not cue:
        return "no cue"
    if all(not ch.isalnum() for ch in cue):
        return "punctuation cue"
    if "according" in low:
        return "according to"
    return "lexicon cue" if cue_types(cue) != "other" else "cue outside lexicon"


def relation(gold: tuple[int, int], cand: tuple[int, int], sent_ends: Sequence[int]) -> str:
    if not _touch(gold, cand):
        return "elsewhere"
    if cand[0] <= gold[0] and gold[1] <= cand[1]:
        return "too long"
    if gold[0] <= cand[0] and cand[1] <= gold[1]:
        runs = any(cand[1] - 1 <= e < gold[1] - 1 for e in sent_ends)
        return "too short, gold runs over a sentence end" if runs else "too short"
    return "shifted"


def classify(an: object, articles: Sequence[object], cue_types: CueTypes) -> tuple[
        list[Miss], int]:
    misses: list[Miss] = []
    n_gold = 0
    for art in articles:
        proposals = an.pipeline.propose(an.nlp(art.text), art.text)  # type: ignore[attr-defined]
        text, gold = in_prose(art, proposals.prose)  # type: ignore[arg-type]
        view = proposals.ctx.view
        counter = CharCounter(text)
        cands = proposals.candidates
        contents = [g.content for g in gold]
        hit: set[int] = set()
        for c in cands:
            for (g, _), _f1 in fragment_matches(counter, c.content, contents):
                hit.add(g)
        sent_ends = [view.ends[b - 1] for _, b in view.sents if b > 0]
        cue_toks = set(proposals.ctx.cue_at) | set(proposals.ctx.tagged)
        cue_chars = [(view.starts[t], view.ends[t]) for t in cue_toks]
        n_gold += len(gold)
        for g, ga in enumerate(gold):
            if g in hit:
                continue
            gcue, gcontent = _span(ga.cue), _span(ga.content)
            assert gcontent is not None
            near = tuple(c.content for c in cands if _touch(c.cue, gcue))
            if near:
                best = max(near, key=lambda s: min(s[1], gcontent[1]) - max(s[0], gcontent[0]))
                cls = "cue proposed, content wrong: " + relation(gcontent, best, sent_ends)
            elif any(_touch(s, gcue) for s in cue_chars):
                cls = "cue found, nothing proposed"
            else:
                cls = "cue not found: " + cue_shape(text, ga, cue_types)
            misses.append(Miss(art.name, text, ga, cls,  # type: ignore[attr-defined]
                               shape_of(text, ga, sent_ends), near))
    return misses, n_gold


@dataclasses.dataclass(frozen=True)
class Wrong:
    """A kept prediction that matches no gold, with the golds at its cue."""

    article: str
    text: str
    content: tuple[int, int]
    cue: tuple[int, int] | None
    rule: str
    cue_type: str
    cls: str
    golds: tuple[GoldAttribution, ...]


def classify_kept(an: object, articles: Sequence[object]) -> tuple[list[Wrong], int]:
    wrong: list[Wrong] = []
    n_kept = 0
    decider = an.pipeline.decider  # type: ignore[attr-defined]
    for art in articles:
        proposals = an.pipeline.propose(an.nlp(art.text), art.text)  # type: ignore[attr-defined]
        text, gold = in_prose(art, proposals.prose)  # type: ignore[arg-type]
        counter = CharCounter(text)
        cands = proposals.candidates
        kept, _ = decider.decide(proposals)
        kept_ids = {id(c) for c in kept}
        contents = [g.content for g in gold]
        matched_by: dict[int, list[object]] = defaultdict(list)
        for c in cands:
            for (g, _), _f1 in fragment_matches(counter, c.content, contents):
                matched_by[g].append(c)
        n_kept += len(kept)
        for c in kept:
            if fragment_matches(counter, c.content, contents):
                continue
            at_cue = [g for g, ga in enumerate(gold) if _touch(_span(ga.cue), c.cue)]
            if not at_cue:
                inside = [ga for ga in gold if _span(ga.content) and _touch(
                    _span(ga.content), c.content)]
                if any(_span(ga.content)[0] <= c.content[0]  # type: ignore[index]
                       and c.content[1] <= _span(ga.content)[1]  # type: ignore[index]
                       for ga in inside):
                    cls = "no gold at cue: inside a gold content"
                elif inside:
                    cls = "no gold at cue: overlaps a gold content"
                else:
                    cls = "no gold at cue: touches no gold"
            elif any(id(o) in kept_ids for g in at_cue for o in matched_by[g]):
                cls = "gold at cue, matched by another kept"
            elif any(_touch(o.cue, c.cue) for g in at_cue  # type: ignore[attr-defined]
                     for o in matched_by[g]):
                cls = "gold at cue, another reading matches"
            else:
                cls = "gold at cue, no proposal matches"
            wrong.append(Wrong(art.name, text, c.content, c.cue, c.rule,  # type: ignore[attr-defined]
                               c.cue_type, cls, tuple(gold[g] for g in at_cue)))
    return wrong, n_kept


def show_kept(w: Wrong, reach: int = 160) -> str:
    spans = [w.content] + ([w.cue] if w.cue else [])
    for ga in w.golds:
        spans += [f for part in (ga.content, ga.cue, ga.source) for f in part]
    a = max(0, min(s for s, _ in spans) - reach // 2)
    b = min(len(w.text), max(e for _, e in spans) + reach // 4)
    out = []
    for label, marks in (("pred", [(w.content, "P")]),
                         *((f"gold {k}", [(f, lab) for lab, part in
                                          (("C", ga.content), ("Q", ga.cue), ("S", ga.source))
                                          for f in part])
                           for k, ga in enumerate(w.golds))):
        pos: list[tuple[int, str]] = []
        for (s, e), lab in marks:
            pos += [(s, f"[{lab} "), (e, f" {lab}]")]
        if label == "pred" and w.cue:
            pos += [(w.cue[0], "{"), (w.cue[1], "}")]
        at, parts = a, []
        for p, mark in sorted(pos, key=lambda x: (x[0], x[1].startswith(" "))):
            parts.append(w.text[at:p])
            parts.append(mark)
            at = p
        parts.append(w.text[at:b])
        out.append(f"  {label}: " + "".join(parts).replace("\n", " ¶ "))
    return f"{w.article} [{w.cls}] {w.rule} ({w.cue_type})\n" + "\n".join(out)


def main_kept(an: object, articles: Sequence[object], args: argparse.Namespace) -> int:
    wrong, n_kept = classify_kept(an, articles)
    by_cls = Counter(w.cls for w in wrong)
    print(f"## PolNeAR {args.split}: {len(articles)} articles, {n_kept} kept predictions, "
          f"{len(wrong)} matching no gold\n")
    print("| class | predictions |\n| --- | ---: |")
    for cls, n in sorted(by_cls.items()):
        print(f"| {cls} | {n} |")
    print("\n| class | rule | predictions |\n| --- | --- | ---: |")
    for cls, _ in sorted(by_cls.items()):
        rules = Counter(w.rule for w in wrong if w.cls == cls)
        for rule, n in rules.most_common(8):
            print(f"| {cls} | {rule} | {n} |")
    print_examples(wrong, show_kept, args)
    return 0


def print_examples(items: Sequence[T], show_one: Callable[[T], str],
                   args: argparse.Namespace) -> None:
    """``--examples`` random items of the classes ``--show`` names (all without it)."""
    rng = random.Random(args.seed)
    pool = [x for x in items if args.show is None or x.cls.startswith(args.show)]  # type: ignore[attr-defined]
    for x in rng.sample(pool, min(args.examples, len(pool))):
        print("\n" + show_one(x))


def show(m: Miss, reach: int = 160) -> str:
    spans = [f for part in (m.gold.content, m.gold.cue, m.gold.source) for f in part]
    a = max(0, min(s for s, _ in spans) - reach)
    b = min(len(m.text), max(e for _, e in spans) + reach // 2)
    marks: list[tuple[int, str]] = []
    for label, frags in (("C", m.gold.content), ("Q", m.gold.cue), ("S", m.gold.source)):
        for s, e in frags:
            marks.append((s, f"[{label} "))
            marks.append((e, f" {label}]"))
    out = []
    at = a
    for pos, mark in sorted(marks, key=lambda x: (x[0], x[1].startswith(" "))):
        out.append(m.text[at:pos])
        out.append(mark)
        at = pos
    out.append(m.text[at:b])
    near = "; ".join(repr(m.text[s:e][:80]) for s, e in m.near[:3])
    body = "".join(out).replace("\n", " ¶ ")
    return f"{m.article} [{m.cls}] {', '.join(m.shape)}\n  {body}" + (
        f"\n  candidates with this cue: {near}" if near else "")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--split", choices=["train"], default="train",
                    help="train only: held-out errors are never read")
    ap.add_argument("--model", default=None)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--examples", type=int, default=0, help="random misses to print")
    ap.add_argument("--show", default=None, help="print examples of classes starting so")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--kept", action="store_true",
                    help="the kept predictions that match no gold, not the missed gold")
    args = ap.parse_args(argv)
    require_package()
    import attribution
    an = attribution.Analyzer(model=args.model, attributions=True)
    articles = load_split(args.data, args.split, args.limit)
    if args.kept:
        return main_kept(an, articles, args)
    misses, n_gold = classify(an, articles, CueTypes.load())
    by_cls = Counter(m.cls for m in misses)
    print(f"## PolNeAR {args.split}: {len(articles)} articles, {n_gold} gold attributions, "
          f"{len(misses)} with no matching candidate ({len(misses) / max(n_gold, 1):.1%})\n")
    print("| class | misses | share of gold |\n| --- | ---: | ---: |")
    for cls, n in by_cls.most_common():
        print(f"| {cls} | {n} | {n / n_gold:.1%} |")
    shapes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in misses:
        for s in m.shape:
            shapes[m.cls][s] += 1
    print("\n| class | construction | misses |\n| --- | --- | ---: |")
    for cls, _ in by_cls.most_common():
        for s, n in shapes[cls].most_common():
            print(f"| {cls} | {s} | {n} |")
    print_examples(misses, show, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
