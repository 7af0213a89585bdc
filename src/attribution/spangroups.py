"""The span groups the component writes, and their labels (see :mod:`attribution.component`).

Each result becomes a labelled span of whole tokens in ``doc.spans``: quotes ("direct
quote", ...), speakers (their kind and resolved name: "person: Mason Clark" over "he"),
cues ("speech cue", ...), hedges ("probability 0.85"), and quotes, speakers and hedges
together in the combined group for displaCy. Each quote span carries the quote's index
in ``doc._.quotes`` as its ``span.id``, which the Span extensions read.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from .types import Analysis, Hedge, Quote

__all__ = [
    "SpanKeys",
    "cue_label",
    "hedge_label",
    "quote_label",
    "set_span_groups",
    "speaker_label",
]


@dataclasses.dataclass(frozen=True)
class SpanKeys:
    """The ``doc.spans`` keys the results go to; ``combined`` holds quotes, speakers and
    hedges together; ``entities`` the mentions of the speaker entities; ``furniture``
    the page-furniture lines set aside."""

    quotes: str = "quotes"
    speakers: str = "speakers"
    cues: str = "cues"
    hedges: str = "hedges"
    combined: str = "attribution"
    entities: str = "entities"
    furniture: str = "furniture"


def quote_label(quote: Quote) -> str:
    """"direct quote", "mixed quote", "indirect quote" or "according-to quote"."""
    return f"{quote.kind.replace('_', '-')} quote"


# Labels are display strings that displaCy puts in a page without escaping them: a name
# read from the text shows "<" and ">" as "‹" and "›", so no label can open an element,
# and a lone surrogate (which spaCy's string store cannot hold) as U+FFFD.
_LABEL_SAFE = {ord("<"): "‹", ord(">"): "›", **{c: "\ufffd" for c in range(0xD800, 0xE000)}}


def speaker_label(quote: Quote) -> str:
    """The speaker's kind and resolved name: "person: Mason Clark". Characters that
    could start markup are shown as look-alikes ("<" as "‹", ">" as "›"), so displaCy,
    which does not escape labels, draws any name safely."""
    assert quote.speaker is not None
    return f"{quote.speaker.kind}: {quote.speaker.name.translate(_LABEL_SAFE)}"


def cue_label(quote: Quote) -> str:
    """The cue's type: "speech cue", "belief cue", ..."""
    return f"{quote.cue_type} cue"


def hedge_label(hedge: Hedge) -> str:
    """The hedge's category, its probability when it states one: "probability 0.85"."""
    label: str = hedge.category
    if hedge.probability is not None:
        label += f" {hedge.probability:.2f}"
    if hedge.negated:
        label += ", negated"
    return label


def set_span_groups(
    doc: Doc, analysis: Analysis, keys: SpanKeys | None = None, *, length: int | None = None
) -> None:
    """Write ``analysis`` to ``doc.spans`` as labelled span groups (see the module doc).

    Character offsets are widened to whole tokens; a span that covers no token is left
    out rather than raising. A quote's span has the quote's index as its ``id``. A
    speaker mentioned once for several quotes appears once.
    The combined group holds quotes, speakers and hedges but not cues: a cue label
    right after a pronoun's speaker label ("he said") would be drawn over it.
    ``length`` is ``len(doc.text)`` when the caller has it (``doc.text`` joins every
    token again).
    """
    keys = keys or SpanKeys()
    if length is None:
        length = len(doc.text)
    # (first token, end token, label) -> span id, per group: plain tuples until each
    # group is written, so a long text does not keep a Span object per result alive.
    groups: dict[str, dict[tuple[int, int, str], int]] = {
        keys.quotes: {}, keys.speakers: {}, keys.cues: {}, keys.hedges: {},
    }

    tokens = TokenIndex(doc)

    def add(key: str, start: int, end: int, label: str, span_id: int = 0) -> None:
        span = tokens.covering(start, end, length)
        if span is not None:
            groups[key].setdefault((span[0], span[1], label), span_id)

    for k, q in enumerate(analysis.quotes):
        add(keys.quotes, q.content.start, q.content.end, quote_label(q), k)
        if q.cue is not None:
            add(keys.cues, q.cue.start, q.cue.end, cue_label(q))
        if q.speaker is not None and q.speaker.mention is not None:
            m = q.speaker.mention
            add(keys.speakers, m.start, m.end, speaker_label(q))
    for h in analysis.hedges:
        add(keys.hedges, h.cue.start, h.cue.end, hedge_label(h))
    for key, entries in groups.items():
        doc.spans[key] = _spans(doc, entries.items())
    doc.spans[keys.combined] = _spans(doc, [
        item for key, entries in groups.items() if key != keys.cues for item in entries.items()
    ])
    # The page-furniture lines set aside, labelled by their kind ("ad", "byline", ...).
    furniture: dict[tuple[int, int, str], int] = {}
    for f in analysis.furniture:
        span = tokens.covering(f.start, f.end, length)
        if span is not None:
            furniture.setdefault((span[0], span[1], f.kind), 0)
    doc.spans[keys.furniture] = _spans(doc, furniture.items())
    # Every mention of each speaker entity, labelled "kind: name", its id_ the entity's.
    mentions: dict[tuple[int, int, str], str] = {}
    for e in analysis.entities:
        label = f"{e.kind}: {e.name.translate(_LABEL_SAFE)}"
        for m in e.mentions:
            span = tokens.covering(m.start, m.end, length)
            if span is not None:
                mentions.setdefault((span[0], span[1], label), e.id)
    ordered = sorted(mentions.items(), key=lambda e: (e[0][0], -e[0][1], e[0][2]))
    doc.spans[keys.entities] = [
        Span(doc, start, end, label=label, span_id=ent)
        for (start, end, label), ent in ordered
    ]


class TokenIndex:
    """Token offsets of a Doc, read once, to widen character ranges to whole tokens as
    ``Doc.char_span(..., alignment_mode="expand")`` does, without making a Token object
    per lookup (on a long Doc those lookups grew faster than the text)."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [t.idx for t in doc]
        self.ends = [t.idx + len(t.text) for t in doc]

    def covering(self, start: int, end: int, length: int) -> tuple[int, int] | None:
        """The tokens ``(first, end)`` covering characters ``start .. end``, or None."""
        if not 0 <= start < end <= length:
            return None
        first = bisect.bisect_right(self.ends, start)  # first token ending after start
        last = bisect.bisect_left(self.starts, end)  # tokens starting before end
        return (first, last) if first <= last else None  # as spaCy: blanks give (k, k)


def _spans(doc: Doc, entries: Iterable[tuple[tuple[int, int, str], int]]) -> list[Span]:
    """Spans of ``((start, end, label), span_id)`` entries, in displaCy's order: by start,
    longer first, then label."""
    ordered = sorted(entries, key=lambda e: (e[0][0], -e[0][1], e[0][2]))
    return [Span(doc, start, end, label=label, span_id=span_id)
            for (start, end, label), span_id in ordered]
