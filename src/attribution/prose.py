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

import numpy
from spacy.tokens import Doc

from .furniture import Line
from .records import copy_with
from .types import Analysis, Furniture, Hedge, Quote, Span, Speaker

__all__ = ["Prose", "cut_furniture", "cut_prose"]

_ATTRS: list[int | str] = ["IDX", "LENGTH", "SPACY", "ORTH", "IS_SPACE"]
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


@dataclass(frozen=True)
class Prose:
    """The prose of a text: ``doc`` and ``text`` without the furniture ``lines`` of the
    input ``original``. ``removed`` holds the input's character ranges cut out (a line
    and the blank after it), in text order; ``at`` where each falls in ``text`` and
    ``shift`` how many characters were cut up to and including it; ``splits`` whether
    it is a furniture line's (True) or inline spaces (False)."""

    doc: Doc
    text: str
    original: str
    lines: tuple[Line, ...] = ()
    removed: tuple[tuple[int, int], ...] = ()
    at: tuple[int, ...] = ()
    shift: tuple[int, ...] = ()
    splits: tuple[bool, ...] = ()

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
            if not self.splits or self.splits[k]:  # not at inline spaces
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
    and of the blank after each (the tokens that start from a line's first character up
    to the next non-blank character after it), and without its inline spaces."""
    return cut_prose(doc, text, lines) or Prose(doc, text, text, tuple(lines))


def cut_prose(doc: Doc, text: str, lines: Sequence[Line]) -> Prose | None:
    """The prose of ``doc`` (whose text is ``text``): without the furniture ``lines``
    (:func:`cut_furniture`) and without the extra spaces inside a line ("said  Yaakov
    Amidror", "Sanders (Vt.)  and O'Malley", a tab): spaCy makes each run of them a
    token of its own, which would stand between a cue and its source or inside a name.
    None when there is nothing to cut and no furniture."""
    if not len(doc):
        return Prose(doc, text, text, tuple(lines)) if lines else None
    n = len(text)
    arr = doc.to_array(_ATTRS)
    starts = arr[:, 0].tolist()
    # The token ranges to cut, with True for a furniture line's (a quotation is
    # reported in pieces on either side of it) and False for inline spaces.
    ranges: list[tuple[int, int, bool]] = []
    for line in lines:
        stop = line.end
        while stop < n and text[stop].isspace():
            stop += 1
        t0 = bisect.bisect_left(starts, line.start)
        t1 = bisect.bisect_left(starts, stop)
        if t0 < t1:
            ranges.append((t0, t1, True))
    space = arr[:, 4]
    for i in space.nonzero()[0].tolist():
        if 0 < i < len(starts) - 1 and not space[i - 1] and not space[i + 1]:
            w = text[starts[i] : starts[i] + int(arr[i, 1])]
            if not any(ch in _LINE_BREAKS for ch in w):
                ranges.append((i, i + 1, False))
    if not ranges:
        return Prose(doc, text, text, tuple(lines)) if lines else None
    ranges.sort()
    cuts: list[list[Any]] = []  # merged when one cut meets the next
    for t0, t1, split in ranges:
        if cuts and cuts[-1][1] >= t0:
            cuts[-1][1] = max(cuts[-1][1], t1)
            cuts[-1][2] = cuts[-1][2] or split
        else:
            cuts.append([t0, t1, split])
    ends = (arr[:, 0] + arr[:, 1] + arr[:, 2]).tolist()  # a token's end with its space
    removed, at, shift, kept, splits = [], [], [], [], []
    total, prev = 0, 0
    for t0, t1, split in cuts:
        a, b = starts[t0], ends[t1 - 1]
        kept.append((prev, t0))
        at.append(a - total)
        total += b - a
        removed.append((a, b))
        shift.append(total)
        splits.append(split)
        prev = t1
    kept.append((prev, len(doc)))
    kept = [(a, b) for a, b in kept if a < b]
    prose_text = "".join(text[starts[a] : ends[b - 1]] for a, b in kept)
    prose_doc = _without(doc, kept, arr[:, 3].tolist(), arr[:, 2].tolist())
    return Prose(prose_doc, prose_text, text, tuple(lines), tuple(removed), tuple(at),
                 tuple(shift), tuple(splits))


def _without(
    doc: Doc, kept: list[tuple[int, int]], orths: list[int], spaces: list[int]
) -> Doc:
    """The Doc of the ``kept`` token ranges, rebuilt from its words (given by their
    ``orths``, the tokens' own lexemes, found without hashing their text again) with
    the annotation it carries: tags, morphology, lemmas, the parse (an arc to a cut
    token is dropped, its dependant made a root), entities and span groups. Sentence
    starts of an unparsed Doc are not kept: the view makes its own."""
    index = [i for a, b in kept for i in range(a, b)]
    words: list[Any] = [orths[i] for i in index]  # Doc takes orth IDs
    out = Doc(doc.vocab, words=words, spaces=[bool(spaces[i]) for i in index])
    attrs: list[int | str] = [a for a in ("TAG", "POS", "MORPH", "LEMMA")
                              if doc.has_annotation(a)]
    parsed = doc.has_annotation("DEP")
    attrs += ["DEP", "HEAD"] if parsed else []
    ents = doc.has_annotation("ENT_IOB")
    attrs += ["ENT_IOB", "ENT_TYPE", "ENT_KB_ID"] if ents else []
    if not attrs and not doc.spans:
        return out
    new_of = {old: new for new, old in enumerate(index)}
    if attrs:
        arr: Any = doc.to_array(attrs)[index]
        if parsed:
            h = attrs.index("HEAD")
            rel = arr[:, h].astype(numpy.int64).tolist()  # signed offsets, stored unsigned
            for k, old in enumerate(index):
                head = new_of.get(old + rel[k])
                rel[k] = 0 if head is None else head - k
            arr[:, h] = numpy.array(rel, dtype=numpy.int64).astype(numpy.uint64)
        if ents:
            iob, typ = attrs.index("ENT_IOB"), attrs.index("ENT_TYPE")
            for k in range(len(index)):  # an entity whose first token was cut
                if arr[k, iob] == 1 and (k == 0 or arr[k - 1, iob] not in (1, 3)
                                          or arr[k - 1, typ] != arr[k, typ]):
                    arr[k, iob] = 3
        out.from_array(attrs, arr)
    for key, group in doc.spans.items():
        spans = []
        for s in group:
            inside = [new_of[i] for i in range(s.start, s.end) if i in new_of]
            if inside:
                spans.append(out[inside[0] : inside[-1] + 1])
                spans[-1].label_, spans[-1].kb_id_ = s.label_, s.kb_id_
        out.spans[key] = spans
    return out
