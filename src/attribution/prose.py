"""The article without its page furniture: a Doc of the prose alone, and the way back.

Page furniture (:mod:`attribution.furniture`) is no part of the article, so every stage
after its detection reads the article as if the furniture lines were absent: the lines,
each with the blank that follows it, are cut out of the Doc, the stages run over what is
left, and the result's offsets are mapped back to the input. Distances, paragraph and
sentence indices, the "previous paragraph" a quote paragraph inherits its speaker from,
a pronoun's nearest antecedent and the features of the learned decider are then those
of the article without the furniture, by construction rather than by a check in each
stage: inserting furniture lines between an article's paragraphs changes none of its
quotes (the metamorphic relation of ``tests/test_furniture_metamorphic.py``; Segura et
al. 2016, "A Survey on Metamorphic Testing", IEEE TSE).

A quotation that runs over a furniture line (a long quote with an advertising slot
between its paragraphs) is read as one quotation and reported as its pieces, one on each
side of the line.

The cut removes whole tokens, so the prose Doc keeps every token's text, whitespace and
annotation (a statistical pipeline's tags, parse and entities are carried over with
:meth:`spacy.tokens.Doc.from_docs`); a blank pipeline's Doc is rebuilt from its words.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from .furniture import Line
from .records import copy_with
from .types import Analysis, Furniture, Hedge, Quote, Span, Speaker

__all__ = ["Prose", "cut_furniture"]

_ATTRS: list[int | str] = ["IDX", "LENGTH", "SPACY", "ORTH"]


@dataclass(frozen=True)
class Prose:
    """The prose of a text: ``doc`` and ``text`` without the furniture ``lines`` of the
    input ``original``. ``removed`` holds the input's character ranges cut out (a line
    and the blank after it), in text order; ``at`` where each falls in ``text`` and
    ``shift`` how many characters were cut up to and including it."""

    doc: Doc
    text: str
    original: str
    lines: tuple[Line, ...] = ()
    removed: tuple[tuple[int, int], ...] = ()
    at: tuple[int, ...] = ()
    shift: tuple[int, ...] = ()

    def start(self, pos: int) -> int:
        """The input offset of a span's start at ``pos`` of the prose text (past a cut
        made there)."""
        k = bisect.bisect_right(self.at, pos)
        return pos + (self.shift[k - 1] if k else 0)

    def end(self, pos: int) -> int:
        """The input offset of a span's end at ``pos`` of the prose text (before a cut
        made there)."""
        k = bisect.bisect_left(self.at, pos)
        return pos + (self.shift[k - 1] if k else 0)

    def to_prose(self, pos: int) -> int:
        """The prose offset of the input offset ``pos`` (the cut's place in the prose
        text when ``pos`` lies in a cut)."""
        k = bisect.bisect_right(self.removed, (pos, len(self.original) + 1)) - 1
        if k < 0:
            return pos
        a, b = self.removed[k]
        before = self.shift[k] - (b - a)
        return a - before if pos < b else pos - self.shift[k]

    def span(self, s: Span) -> Span:
        a = self.start(s.start)
        b = max(self.end(s.end), a)
        return Span(a, b, self.original[a:b])

    def restore(self, analysis: Analysis) -> Analysis:
        """``analysis`` of the prose text, in the offsets of the input, with the
        furniture lines listed; a quote whose content runs over a cut is split there."""
        if not self.removed:
            return copy_with(analysis, furniture=self._furniture())

        def opt(s: Span | None) -> Span | None:
            return None if s is None else self.span(s)

        def hedge(h: Hedge) -> Hedge:
            return copy_with(h, cue=self.span(h.cue), scope=opt(h.scope))

        def speaker(s: Speaker | None) -> Speaker | None:
            return None if s is None else copy_with(s, mention=opt(s.mention))

        quotes = []
        for q in analysis.quotes:
            whole = copy_with(q, content=self.span(q.content), cue=opt(q.cue),
                            speaker=speaker(q.speaker), hedges=tuple(map(hedge, q.hedges)))
            quotes += self._pieces(whole)
        return Analysis(
            quotes=quotes,
            hedges=[hedge(h) for h in analysis.hedges],
            entities=[copy_with(e, mentions=tuple(map(self.span, e.mentions)))
                      for e in analysis.entities],
            text=self.original,
            furniture=self._furniture(),
        )

    def _furniture(self) -> list[Furniture]:
        return [Furniture(ln.start, ln.end, self.original[ln.start : ln.end], ln.kind)
                for ln in self.lines]

    def _pieces(self, q: Quote) -> list[Quote]:
        """``q`` as its pieces between the cuts its content runs over (each piece keeps
        the hedges whose cue lies in it)."""
        a, b = q.content.start, q.content.end
        k = bisect.bisect_right(self.removed, (a, len(self.original) + 1))
        cuts = []
        while k < len(self.removed) and self.removed[k][0] < b:
            cuts.append(self.removed[k])
            k += 1
        if not cuts:
            return [q]
        pieces, pos = [], a
        for start, end in [*cuts, (b, b)]:
            piece = _trimmed(self.original, pos, min(start, b))
            if piece is not None:
                pieces.append(piece)
            pos = max(pos, end)
        if len(pieces) < 2:
            return [q]
        return [
            copy_with(q, content=Span(s, e, self.original[s:e]),
                      hedges=tuple(h for h in q.hedges if s <= h.cue.start < e))
            for s, e in pieces
        ]


def _trimmed(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if any(ch.isalnum() for ch in text[a:b]) else None


def cut_furniture(doc: Doc, text: str, lines: Sequence[Line]) -> Prose:
    """``doc`` (whose text is ``text``) without the tokens of the furniture ``lines``
    and of the blank after each: the tokens that start from a line's first character up
    to the next non-blank character after it."""
    if not lines or not len(doc):
        return Prose(doc, text, text, tuple(lines))
    n = len(text)
    arr = doc.to_array(_ATTRS)
    starts = arr[:, 0].tolist()
    # The token ranges to cut, merged when one line's cut meets the next's.
    cuts: list[list[int]] = []
    for line in lines:
        stop = line.end
        while stop < n and text[stop].isspace():
            stop += 1
        t0 = bisect.bisect_left(starts, line.start)
        t1 = bisect.bisect_left(starts, stop)
        if t0 >= t1:
            continue
        if cuts and cuts[-1][1] >= t0:
            cuts[-1][1] = max(cuts[-1][1], t1)
        else:
            cuts.append([t0, t1])
    if not cuts:
        return Prose(doc, text, text, tuple(lines))
    ends = (arr[:, 0] + arr[:, 1] + arr[:, 2]).tolist()  # a token's end with its space
    removed, at, shift, kept = [], [], [], []
    total, prev = 0, 0
    for t0, t1 in cuts:
        a, b = starts[t0], ends[t1 - 1]
        kept.append((prev, t0))
        at.append(a - total)
        total += b - a
        removed.append((a, b))
        shift.append(total)
        prev = t1
    kept.append((prev, len(doc)))
    kept = [(a, b) for a, b in kept if a < b]
    prose_text = "".join(text[starts[a] : ends[b - 1]] for a, b in kept)
    prose_doc = _without(doc, kept, arr[:, 3].tolist(), arr[:, 2].tolist())
    return Prose(prose_doc, prose_text, text, tuple(lines), tuple(removed), tuple(at),
                 tuple(shift))


def _without(
    doc: Doc, kept: list[tuple[int, int]], orths: list[int], spaces: list[int]
) -> Doc:
    """The Doc of the ``kept`` token ranges: rebuilt from its words when it carries no
    annotation (sentence starts are not kept: the view makes its own), else joined from
    its slices with every annotation. The words are given by their ``orths`` (the
    tokens' own lexemes, found without hashing their text again)."""
    annotated = any(doc.has_annotation(a) for a in ("TAG", "POS", "DEP", "ENT_IOB", "MORPH",
                                                    "LEMMA"))
    if kept and (annotated or doc.spans):
        parts = [doc[a:b].as_doc() for a, b in kept]
        return Doc.from_docs(parts, ensure_whitespace=False)
    words: list[Any] = [orth for a, b in kept for orth in orths[a:b]]  # Doc takes orth IDs
    space = [bool(s) for a, b in kept for s in spaces[a:b]]
    return Doc(doc.vocab, words=words, spaces=space)
