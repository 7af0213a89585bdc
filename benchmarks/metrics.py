"""Metric building blocks for quote attribution against PolNeAR-style gold.

Gold comes from PolNeAR (Newell, Margolin & Ruths, LREC 2018): a gold attribution is a
set of Content fragments (character ranges), Source fragments and Cue fragments.

- *Size* and *overlap* count non-whitespace characters only, so a span that differs from
  another by surrounding blanks or a line break is not penalised.
- *Overlap match*: a prediction and a gold attribution match when the overlap of their
  contents is >= 50% of the gold content's characters and >= 50% of the predicted
  content's ("50% overlap of both spans").
- *Exact match*: the two contents are equal after :func:`normalize_content` (trim blanks,
  quote marks and punctuation at both edges and a leading lower-case "that"; collapse
  inner blanks; the fragments of a discontinuous gold content are joined with one
  space), and overlap.
- Matching is one-to-one, greedy by overlap size (largest first).
- A *quote mark* is any double quote character, or a single one (' ‘ ’ ‚ ‹ ›) that is
  not an apostrophe: not between two letters/digits, and a closing single mark only
  after an opening one (so "voters’ fears" has none).
- *Gold kind*: direct when the content, trimmed of blanks, non-quote punctuation and a
  leading "that" (so 'said that “...”' is direct, as the library has it), starts and
  ends with a quote mark and has no word outside the quotes; mixed when it has any quote
  mark otherwise; according_to when the cue is "according to"; else indirect.
- *Gold cue type*: the cue_type of the longest form of the packaged cue lexicon
  (``attribution/data/cues.tsv``) that occurs word-bounded in the lower-cased cue
  ("has said" -> said -> speech); ``other`` when none does.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import accumulate
from pathlib import Path

Range = tuple[int, int]
Fragments = tuple[Range, ...]

DOUBLE_QUOTES = frozenset('"“”„‟«»〝〞＂')
SINGLE_QUOTES = frozenset("'‘’‚‛‹›`")
QUOTE_MARKS = DOUBLE_QUOTES | SINGLE_QUOTES
HALF = 0.5
_WORD = re.compile(r"[\w’']+")
_BLANKS = re.compile(r"\s+")


# --- character arithmetic -------------------------------------------------------------


def merge(fragments: Iterable[Range]) -> Fragments:
    """Sorted, non-overlapping union of ``fragments`` (empty ranges dropped)."""
    merged: list[list[int]] = []
    for start, end in sorted(f for f in fragments if f[1] > f[0]):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def intersect(a: Fragments, b: Fragments) -> Fragments:
    """Pairwise intersections of two merged fragment lists."""
    out: list[Range] = []
    i = j = 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return tuple(out)


def touches(a: Fragments, b: Fragments) -> bool:
    """Whether the two share at least one character (blank or not)."""
    return bool(intersect(merge(a), merge(b)))


class CharCounter:
    """Counts non-whitespace characters of ranges of one text in O(1) per range."""

    def __init__(self, text: str) -> None:
        self._prefix = [0, *accumulate(0 if c.isspace() else 1 for c in text)]

    def count(self, start: int, end: int) -> int:
        return self._prefix[end] - self._prefix[start] if end > start else 0

    def size(self, fragments: Fragments) -> int:
        return sum(self.count(s, e) for s, e in merge(fragments))

    def overlap(self, a: Fragments, b: Fragments) -> int:
        return sum(self.count(s, e) for s, e in intersect(merge(a), merge(b)))

    def half_both_ways(self, a: Fragments, b: Fragments) -> bool:
        """Overlap >= 50% of ``a``'s and >= 50% of ``b``'s non-blank characters."""
        overlap = self.overlap(a, b)
        return overlap > 0 and overlap >= HALF * self.size(a) and overlap >= HALF * self.size(b)


# --- trimming and exact match ---------------------------------------------------------


def _edge_char(c: str, keep_quotes: bool) -> bool:
    if c.isspace():
        return True
    if keep_quotes and c in QUOTE_MARKS:
        return False
    return unicodedata.category(c).startswith("P") or c in QUOTE_MARKS


def _starts_with_that(s: str, i: int, j: int) -> bool:
    return j - i > 4 and s[i : i + 4] == "that" and s[i + 4].isspace()


def trim_bounds(s: str, keep_quotes: bool = False) -> Range:
    """Bounds of ``s`` without edge blanks/punctuation (and quotes) and a leading "that".

    A "that" after an opening quote mark is quoted text, not a complementizer: kept.
    """
    i, j = 0, len(s)
    quoted = False
    while True:
        start = i
        while i < j and _edge_char(s[i], keep_quotes):
            quoted |= s[i] in QUOTE_MARKS
            i += 1
        while j > i and _edge_char(s[j - 1], keep_quotes):
            j -= 1
        if not quoted and _starts_with_that(s, i, j):
            i += 4
        if i == start:
            return i, j


def normalize_content(s: str) -> str:
    """``s`` trimmed as for the exact match, inner blanks collapsed to one space."""
    i, j = trim_bounds(s)
    return _BLANKS.sub(" ", s[i:j])


def fragments_text(text: str, fragments: Fragments) -> str:
    """The fragments' text joined with one space."""
    return " ".join(text[s:e] for s, e in fragments)


def trimmed_range(text: str, fragments: Fragments) -> Range:
    """Offsets of the trimmed content: from the first fragment's to the last's."""
    first, last = fragments[0], fragments[-1]
    i, _ = trim_bounds(text[first[0] : first[1]])
    _, j = trim_bounds(text[last[0] : last[1]])
    return first[0] + i, last[0] + j


# --- quote marks and kinds ------------------------------------------------------------


def quote_mark_positions(s: str) -> list[int]:
    """Indices of the quote marks in ``s`` (apostrophes excluded, see module doc)."""
    marks: list[int] = []
    open_single = 0
    for i, c in enumerate(s):
        if c in DOUBLE_QUOTES:
            marks.append(i)
            continue
        if c not in SINGLE_QUOTES:
            continue
        before = s[i - 1] if i else " "
        after = s[i + 1] if i + 1 < len(s) else " "
        if before.isalnum() and after.isalnum():
            continue
        if after.isalnum() or after in DOUBLE_QUOTES:
            marks.append(i)
            open_single += 1
        elif not before.isspace() and open_single:
            marks.append(i)
            open_single -= 1
    return marks


def has_quote_mark(s: str) -> bool:
    return bool(quote_mark_positions(s))


def _words_outside_quotes(s: str, marks: Sequence[int]) -> bool:
    family = DOUBLE_QUOTES if s[marks[0]] in DOUBLE_QUOTES else SINGLE_QUOTES
    toggles = [m for m in marks if s[m] in family]
    inside, last = False, 0
    for m in [*toggles, len(s)]:
        if not inside and any(c.isalnum() for c in s[last:m]):
            return True
        inside, last = not inside, m + 1
    return False


def gold_kind(content: str, cue: str) -> str:
    """direct, mixed, according_to or indirect, from the gold strings (see module doc)."""
    i, j = trim_bounds(content, keep_quotes=True)
    core = content[i:j]
    marks = quote_mark_positions(core)
    if marks:
        # core[0], not marks[0]: of the ASCII pair '' opening a quote only the 2nd counts
        quoted_edges = core[0] in QUOTE_MARKS and core[-1] in QUOTE_MARKS
        if quoted_edges and not _words_outside_quotes(core, marks):
            return "direct"
        return "mixed"
    if _BLANKS.sub(" ", cue.strip().lower()) == "according to":
        return "according_to"
    return "indirect"


# --- cue types ------------------------------------------------------------------------


def _packaged_cues() -> Path:
    return Path(str(resources.files("attribution") / "data" / "cues.tsv"))


class CueTypes:
    """Maps a cue string to a cue type through the lexicon's forms."""

    def __init__(self, forms: dict[str, str]) -> None:
        self.forms = forms
        self.longest = max((len(f.split()) for f in forms), default=1)

    @classmethod
    def load(cls, path: Path | None = None) -> CueTypes:
        """Read ``forms`` and ``cue_type`` of cues.tsv (the packaged one by default)."""
        with (path or _packaged_cues()).open(encoding="utf-8") as fh:
            lines = [line for line in fh if not line.startswith("#")]
        forms: dict[str, str] = {}
        for row in csv.DictReader(lines, delimiter="\t"):
            for form in row["forms"].split("|"):
                forms.setdefault(" ".join(form.lower().split()), row["cue_type"])
        return cls(forms)

    def __call__(self, cue: str) -> str:
        words = _WORD.findall(cue.lower().replace("'", "’"))
        words_ascii = [w.replace("’", "'") for w in words]
        for n in range(min(self.longest, len(words)), 0, -1):
            for seq in (words, words_ascii):
                for k in range(len(seq) - n + 1):
                    found = self.forms.get(" ".join(seq[k : k + n]))
                    if found:
                        return found
        return "other"


# --- matching and scores --------------------------------------------------------------


Predicate = Callable[[int, int, int], bool]  # (gold, pred, overlap) -> accept?


def greedy_match(candidates: Iterable[tuple[int, int, int]]) -> dict[int, int]:
    """One-to-one gold -> prediction from (overlap, gold, pred) triples, largest first."""
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, gold, pred in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if gold not in matched and pred not in used:
            matched[gold] = pred
            used.add(pred)
    return matched


def _bbox(fragments: Fragments) -> Range:
    return fragments[0][0], fragments[-1][1]


def overlap_candidates(
    counter: CharCounter,
    gold: Sequence[Fragments],
    pred: Sequence[Fragments],
    accept: Predicate,
) -> list[tuple[int, int, int]]:
    """(overlap, gold, pred) for every overlapping pair that ``accept`` admits."""
    starts = sorted((_bbox(p)[0], k) for k, p in enumerate(pred))
    out = []
    for g, frags in enumerate(gold):
        g_start, g_end = _bbox(frags)
        for _, p in starts[: bisect_right(starts, (g_end, -1))]:
            if _bbox(pred[p])[1] <= g_start:
                continue
            overlap = counter.overlap(frags, pred[p])
            if overlap and accept(g, p, overlap):
                out.append((overlap, g, p))
    return out


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 from counts."""

    gold: int
    pred: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "matched": self.matched,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def ratio(hits: int, total: int) -> float | None:
    """``hits / total``, ``None`` when there is nothing to divide."""
    return hits / total if total else None


def fragment_matches(
    counter: CharCounter, content: tuple[int, int], golds: Sequence[Fragments]
) -> list[tuple[tuple[int, Fragments], float]]:
    """The gold contents (by index and the fragments touched) this content matches by the
    50 % rule, fragment by fragment, with the character F1 of each match."""
    pred: Fragments = (content,)
    size = counter.size(pred)
    out = []
    if size == 0:
        return out
    for g, gold in enumerate(golds):
        if gold[-1][1] <= content[0] or gold[0][0] >= content[1]:
            continue
        overlap = counter.overlap(gold, pred)
        touched = tuple(f for f in gold if f[0] < content[1] and content[0] < f[1])
        touched_size = counter.size(touched)
        if 2 * overlap >= size and 2 * overlap >= touched_size:
            out.append(((g, touched), 2 * overlap / (size + touched_size)))
    return out
