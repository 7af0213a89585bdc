"""Page furniture: do an article's quotes change when furniture lines are inserted?

Scraped news keeps the page around the article: advertisement and scroll prompts, video
and "related" links, bylines, photo credits and captions, share prompts, copyright lines,
subheads, newsletter, paywall and cookie notices, live-blog timestamps (issue 16). This
benchmark inserts such lines (``furniture_lines.txt``, written for it and not taken from
the test fixtures) into articles and compares the quotes the analyzer reports before and
after, a metamorphic test in the sense of Segura et al. (2016, "A Survey on Metamorphic
Testing", IEEE TSE): furniture is not article prose, so a quote's content, kind and
speaker must not change, and no quote may appear.

Two ways of inserting, reported separately:

- ``between``: at paragraph breaks outside quotations; each break takes a block of one
  or two lines with probability ``--rate`` (at least one block per article);
- ``inside``: at every paragraph break inside a quotation that runs over several
  paragraphs (a paragraph that opens a quote mark it does not close, followed by one that
  opens with a mark): the page's ad slot in the middle of a long quote. Articles without
  such a quotation are left out of this row.

A block is inserted after the break, with the break's own separator after it, so the
line stands as a paragraph of its own. The pieces of a quotation the library reports on each
side of a furniture line are one quote. Quotes found after insertion are mapped back to
the original offsets (a position inside an inserted block maps to the insertion point)
and compared by (content span, kind, speaker name): *unchanged* if an identical quote
was there before; otherwise a quote after insertion that overlaps one before is
*changed* (content boundaries, kind or speaker differ), one before with no partner is
*lost*, one after with no partner is *added*. "Affected" is changed + lost + added over
the quotes before. Added quotes whose content or speaker lies in an inserted line are
counted per kind of line.

Corpora: the desk fixtures (``tests/fixtures/desks``), the seed article and PolNeAR dev
(``--data``, default ``../shared/data``; skipped with a note when absent).

Usage::

    python benchmarks/furniture.py [--data ../shared/data] [--seed 0] [--rate 0.35]
                                   [--examples N] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LINES = HERE / "furniture_lines.txt"
FIXTURES = HERE.parent / "tests" / "fixtures" / "desks"
DEFAULT_DATA = HERE.parent.parent / "shared" / "data"

OPENING = "“\""
CLOSING = "”\""


# --------------------------------------------------------------------------- lines


@dataclass(frozen=True, slots=True)
class Line:
    kind: str
    text: str


def load_lines(path: Path = LINES) -> list[Line]:
    """The furniture lines of ``path``: ``kind<TAB>line``; ``#`` starts a comment."""
    lines = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        kind, sep, text = raw.partition("\t")
        if not sep or not text.strip():
            raise ValueError(f"{path}:{n}: expected 'kind<TAB>line', got {raw!r}")
        lines.append(Line(kind, text))
    return lines


# --------------------------------------------------------------------------- breaks


@dataclass(frozen=True, slots=True)
class Break:
    """A paragraph break: ``text[start:end]`` is its separator (a blank line or more)."""

    start: int
    end: int
    in_quote: bool


_BREAK = re.compile(r"\n[ \t\r]*\n(?:[ \t\r]*\n)*")


RUN_ON_GAP = 4  # paragraphs (furniture) a run-on quotation may skip to its next part


def paragraph_breaks(text: str) -> list[Break]:
    """The breaks between paragraphs (a blank line or more), each marked whether it falls
    inside a quotation that runs over several paragraphs: from a paragraph that opens a
    quote mark it does not close to the next paragraph (within ``RUN_ON_GAP``) that opens
    with a mark, furniture between them included."""
    body = text.rstrip()
    paras, seps, para_start = [], [], 0
    for m in _BREAK.finditer(body):
        if para_start < m.start():
            paras.append(body[para_start : m.start()])
            seps.append((m.start(), m.end()))
        para_start = m.end()
    paras.append(body[para_start:])
    inside = [False] * len(seps)
    for i, para in enumerate(paras):
        if not _opens_unclosed(para):
            continue
        for j in range(i + 1, min(i + 1 + RUN_ON_GAP, len(paras))):
            if paras[j].lstrip()[:1] in tuple(OPENING):
                inside[i:j] = [True] * (j - i)
                break
    return [Break(s, e, q) for (s, e), q in zip(seps, inside, strict=True)]


def _opens_unclosed(paragraph: str) -> bool:
    """The paragraph opens a quotation it does not close (the news convention for a
    quotation that runs on: no closing mark at the paragraph's end)."""
    p = paragraph.strip()
    if not p or p[0] not in OPENING:
        return False
    if "“" in p:
        return p.rfind("“") > p.rfind("”")
    return p.count('"') % 2 == 1


# --------------------------------------------------------------------------- insertion


@dataclass(frozen=True, slots=True)
class Block:
    """Lines inserted at ``at`` (an offset of the original text)."""

    at: int
    text: str
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class Inserted:
    """The text with furniture blocks inserted, and how to map its offsets back."""

    original: str
    text: str
    blocks: tuple[Block, ...]
    # (start in the new text, end in the new text, original offset), in text order
    _spans: tuple[tuple[int, int, int], ...] = field(repr=False)

    def to_original(self, pos: int) -> int:
        """The original offset of ``pos``; inside an inserted block, its insertion point."""
        shift = 0
        for s, e, at in self._spans:
            if pos < s:
                break
            if pos < e:
                return at
            shift += e - s
        return pos - shift

    def inserted_at(self, start: int, end: int) -> Block | None:
        """The inserted block that ``[start, end)`` of the new text lies in, if any."""
        for (s, e, _), block in zip(self._spans, self.blocks, strict=True):
            if s <= start and end <= e:
                return block
        return None


def insert(text: str, blocks: Sequence[Block]) -> Inserted:
    """``text`` with ``blocks`` inserted (each at its original offset)."""
    out, spans, last, shift = [], [], 0, 0
    ordered = sorted(blocks, key=lambda b: b.at)
    for b in ordered:
        out.append(text[last : b.at])
        spans.append((b.at + shift, b.at + shift + len(b.text), b.at))
        out.append(b.text)
        shift += len(b.text)
        last = b.at
    out.append(text[last:])
    return Inserted(text, "".join(out), tuple(ordered), tuple(spans))


def choose_blocks(
    text: str, lines: Sequence[Line], rng: random.Random, mode: str, rate: float
) -> list[Block]:
    """Blocks of one or two furniture lines for the breaks of ``mode``: ``between``
    (breaks outside quotations, each with probability ``rate``, at least one) or
    ``inside`` (every break inside a multi-paragraph quotation)."""
    breaks = [b for b in paragraph_breaks(text) if b.in_quote == (mode == "inside")]
    if not breaks:
        return []
    if mode == "inside":
        chosen = breaks
    else:
        chosen = [b for b in breaks if rng.random() < rate] or [rng.choice(breaks)]
    blocks = []
    for b in chosen:
        picked = rng.sample(lines, 2 if rng.random() < 0.25 else 1)
        sep = text[b.start : b.end]
        blocks.append(Block(b.end, "".join(p.text + sep for p in picked),
                            tuple(p.kind for p in picked)))
    return blocks


# --------------------------------------------------------------------------- comparison


@dataclass(frozen=True, slots=True)
class Key:
    """A quote in original offsets: what must not change."""

    start: int
    end: int
    kind: str
    speaker: str | None
    text: str = field(default="", compare=False)  # the content as found, for reports


@dataclass
class Diff:
    before: int = 0
    unchanged: int = 0
    changed: list[tuple[Key, Key]] = field(default_factory=list)
    lost: list[Key] = field(default_factory=list)
    added: list[Key] = field(default_factory=list)
    added_from: Counter[str] = field(default_factory=Counter)

    @property
    def affected(self) -> int:
        return len(self.changed) + len(self.lost) + len(self.added)


def keys(analysis: Any, inserted: Inserted | None = None) -> list[Key]:
    """The quotes of ``analysis`` as keys in original offsets. The pieces of one
    quotation that the library reports on each side of a furniture line (consecutive
    quotes of the same cue, speaker, kind, rule and group with only blanks and furniture
    lines between them) are one key, from the first piece's start to the last one's
    end."""
    lines = [(f.start, f.end) for f in analysis.furniture]
    out: list[Key] = []
    last: Any = None
    for q in analysis.quotes:
        k = _key(q, inserted)
        prev = out[-1] if out else None
        if (
            prev is not None and _same_quotation(last, q)
            and _only_furniture(analysis.text, last.content.end, q.content.start, lines)
        ):
            out[-1] = Key(prev.start, k.end, k.kind, k.speaker, prev.text + " … " + k.text)
        else:
            out.append(k)
        last = q
    return out


def _key(q: Any, inserted: Inserted | None) -> Key:
    s, e = q.content.start, q.content.end
    if inserted is not None:
        s, e = inserted.to_original(s), inserted.to_original(e)
    speaker = None if q.speaker is None else q.speaker.name
    return Key(s, e, q.kind, speaker, q.content.text)


def _same_quotation(a: Any, b: Any) -> bool:
    if a is None:
        return False
    cue = [None if q.cue is None else (q.cue.start, q.cue.end) for q in (a, b)]
    speaker = [None if q.speaker is None else q.speaker.name for q in (a, b)]
    return (cue[0] == cue[1] and speaker[0] == speaker[1] and a.kind == b.kind
            and a.rule == b.rule and a.group == b.group)


def _only_furniture(text: str, a: int, b: int, lines: Sequence[tuple[int, int]]) -> bool:
    """Is ``text[a:b]`` blanks and at least one furniture line, nothing else?"""
    inside = [(s, e) for s, e in lines if a <= s and e <= b]
    if not inside or a >= b:
        return False
    pos = a
    for s, e in inside:
        if text[pos:s].strip():
            return False
        pos = max(pos, e)
    return not text[pos:b].strip()


def compare(before: Sequence[Key], after: Sequence[Key]) -> Diff:
    """Unchanged quotes (identical keys, as a multiset), then the rest paired by overlap
    (greedy, largest first): pairs changed, unpaired lost or added."""
    diff = Diff(before=len(before))
    rest_after = Counter(after)
    rest_before = []
    for k in before:
        if rest_after[k] > 0:
            rest_after[k] -= 1
            diff.unchanged += 1
        else:
            rest_before.append(k)
    left_after = list(rest_after.elements())
    pairs = sorted(
        ((min(b.end, a.end) - max(b.start, a.start), i, j)
         for i, b in enumerate(rest_before) for j, a in enumerate(left_after)),
        reverse=True,
    )
    used_b: set[int] = set()
    used_a: set[int] = set()
    for size, i, j in pairs:
        if size <= 0:
            break
        if i not in used_b and j not in used_a:
            used_b.add(i)
            used_a.add(j)
            diff.changed.append((rest_before[i], left_after[j]))
    diff.lost = [k for i, k in enumerate(rest_before) if i not in used_b]
    diff.added = [k for j, k in enumerate(left_after) if j not in used_a]
    return diff


def run_article(
    analyze: Any, text: str, lines: Sequence[Line], rng: random.Random, mode: str,
    rate: float, before: Any = None,
) -> tuple[Inserted, Diff] | None:
    """Insert furniture into ``text`` and compare its quotes; None when ``mode`` finds
    no break. ``before`` is the analysis of ``text`` when already made."""
    blocks = choose_blocks(text, lines, rng, mode, rate)
    if not blocks:
        return None
    inserted = insert(text, blocks)
    if before is None:
        before = analyze(text)
    after = analyze(inserted.text)
    diff = compare(keys(before), keys(after, inserted))
    added = {(k.start, k.end, k.kind, k.speaker) for k in diff.added}
    for q in after.quotes:
        k = _key(q, inserted)
        if (k.start, k.end, k.kind, k.speaker) not in added:
            continue
        spans = [q.content] + ([q.speaker.mention] if q.speaker and q.speaker.mention else [])
        for s in spans:
            block = inserted.inserted_at(s.start, s.end)
            if block is not None:
                diff.added_from.update(block.kinds)
                break
    return inserted, diff


# --------------------------------------------------------------------------- corpora


def fixture_texts() -> list[tuple[str, str]]:
    return [(p.stem, _read(p)) for p in sorted(FIXTURES.glob("*.txt"))]


def seed_text() -> str:
    return (resources.files("attribution") / "data" / "seed_article.txt").read_text(
        encoding="utf-8"
    )


def polnear_texts(data: Path) -> list[tuple[str, str]] | None:
    directory = data / "polnear" / "dev" / "text"
    if not directory.is_dir():
        return None
    return [(p.stem, _read(p)) for p in sorted(directory.glob("*.txt"))]


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


# --------------------------------------------------------------------------- report


@dataclass
class Row:
    corpus: str
    mode: str
    articles: int = 0
    blocks: int = 0
    lines: int = 0
    before: int = 0
    unchanged: int = 0
    changed: int = 0
    lost: int = 0
    added: int = 0
    articles_affected: int = 0
    added_from: Counter[str] = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def add(self, name: str, inserted: Inserted, diff: Diff) -> None:
        self.articles += 1
        self.blocks += len(inserted.blocks)
        self.lines += sum(len(b.kinds) for b in inserted.blocks)
        self.before += diff.before
        self.unchanged += diff.unchanged
        self.changed += len(diff.changed)
        self.lost += len(diff.lost)
        self.added += len(diff.added)
        self.articles_affected += diff.affected > 0
        self.added_from.update(diff.added_from)
        for b, a in diff.changed:
            self.examples.append(f"{name}: changed {_show(b)} -> {_show(a)}")
        self.examples += [f"{name}: lost {_show(k)}" for k in diff.lost]
        self.examples += [f"{name}: added {_show(k)}" for k in diff.added]

    def cells(self) -> list[Any]:
        affected = self.changed + self.lost + self.added
        share = f"{100 * affected / self.before:.1f} %" if self.before else "–"
        return [self.corpus, self.mode, self.articles, self.lines, self.before,
                self.unchanged, self.changed, self.lost, self.added, share,
                f"{self.articles_affected} / {self.articles}"]


def _show(k: Key) -> str:
    content = " ".join(k.text.split())
    if len(content) > 80:
        content = f"{content[:45]} … {content[-30:]}"
    return f"[{k.kind}, {k.speaker}] {content!r} at {k.start}-{k.end}"


HEADERS = ["corpus", "inserted", "articles", "lines", "quotes before", "unchanged",
           "changed", "lost", "added", "affected", "articles affected"]


def run(
    corpora: Sequence[tuple[str, Sequence[tuple[str, str]]]], lines: Sequence[Line],
    seed: int, rate: float,
) -> list[Row]:
    from attribution import Analyzer

    analyzer = Analyzer()
    rows = []
    for corpus, texts in corpora:
        by_mode = {mode: Row(corpus, mode) for mode in ("between", "inside")}
        for name, text in texts:
            before = analyzer.analyze(text)
            for mode, row in by_mode.items():
                rng = random.Random(f"{seed}:{mode}:{name}")
                result = run_article(analyzer.analyze, text, lines, rng, mode, rate, before)
                if result is not None:
                    row.add(name, *result)
        rows += [r for r in by_mode.values() if r.articles]
    return rows


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="shared data dir holding polnear/ (default: ../shared/data)")
    ap.add_argument("--seed", type=int, default=0, help="random seed of the insertions")
    ap.add_argument("--rate", type=float, default=0.35,
                    help="share of the breaks outside quotations that take a block")
    ap.add_argument("--lines", type=Path, default=LINES, help="furniture lines file")
    ap.add_argument("--examples", type=int, default=0, metavar="N",
                    help="print N changed, lost or added quotes per row")
    ap.add_argument("--json", type=Path, default=None, metavar="PATH",
                    help="write every number to PATH")
    return ap.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    from _setup import require_package
    from accuracy import pipe_table

    require_package()
    args = parse_args(argv)
    lines = load_lines(args.lines)
    corpora: list[tuple[str, Sequence[tuple[str, str]]]] = [
        ("desk fixtures", fixture_texts()), ("seed article", [("seed", seed_text())])
    ]
    polnear = polnear_texts(args.data.resolve())
    if polnear is None:
        print(f"PolNeAR dev not found under {args.data}: skipped (pass --data)",
              file=sys.stderr)
    else:
        corpora.append(("PolNeAR dev", polnear))
    rows = run(corpora, lines, args.seed, args.rate)
    print(f"## Page furniture: {len(lines)} lines ({args.lines.name}), seed {args.seed}, "
          f"rate {args.rate}\n")
    print(pipe_table(HEADERS, (r.cells() for r in rows)))
    kinds = sorted({k for r in rows for k in r.added_from})
    if kinds:
        print("\nAdded quotes drawn from an inserted line, by kind of line:\n")
        print(pipe_table(["corpus", "inserted", *kinds],
                    ([r.corpus, r.mode, *(r.added_from[k] for k in kinds)] for r in rows)))
    if args.examples:
        for r in rows:
            if r.examples:
                print(f"\n### {r.corpus}, {r.mode}\n")
                print("\n".join(f"- {e}" for e in r.examples[: args.examples]))
    if args.json:
        report = {"config": {k: str(v) for k, v in vars(args).items()},
                  "rows": [{**dict(zip(HEADERS, r.cells(), strict=True)),
                            "added_from": dict(r.added_from)} for r in rows]}
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
