"""Pictures of the results, drawn by spaCy's own displaCy (``style="span"``).

:func:`render` draws the ``doc.spans`` groups the ``attribution`` component writes (see
:mod:`attribution.component`): by default the combined group, where quotes, speakers
and hedges each get their own colour. An :class:`~attribution.Analysis` is first put
on a Doc made by spaCy's blank English tokenizer. Two adjustments through displaCy's
own options: paragraphs are drawn as separate figures where no span crosses the break
(the span style runs all whitespace together), and labels do not wrap (the default
template wraps a label to its first token's width, so "person: Mason Clark" over "he"
would take four lines).
"""

from __future__ import annotations

import itertools
import warnings
from typing import Any

from spacy import displacy
from spacy.displacy import templates
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as TokenSpan

from .component import SpanKeys, set_span_groups
from .types import HEDGE_CATEGORIES, SPEAKER_KINDS, Analysis

__all__ = ["COLORS", "label_color", "render"]

# Quotes in greens (darker the more directly quoted), speakers orange, hedges violet,
# cues (in their own group) red.
COLORS = {
    "direct quote": "#7aecec",
    "mixed quote": "#a3e4c9",
    "indirect quote": "#c7f0d8",
    "according-to quote": "#e0f5e9",
    "speaker": "#feca74",
    "cue": "#ff9b9b",
    "hedge": "#c887fb",
}

_blank: Language | None = None


def label_color(label: str) -> str | None:
    """The colour of a label the component writes, ``None`` for other labels."""
    if label in COLORS:
        return COLORS[label]
    if label.endswith(" cue"):
        return COLORS["cue"]
    kind, sep, _ = label.partition(": ")
    if sep and kind in SPEAKER_KINDS:
        return COLORS["speaker"]
    if label.split(" ", 1)[0].rstrip(",") in HEDGE_CATEGORIES:
        return COLORS["hedge"]
    return None


def render(
    result_or_doc: Analysis | Doc, *, page: bool = False, spans_key: str | None = None
) -> str:
    """HTML of displaCy's span picture of quotes, speakers and hedges.

    ``result_or_doc`` is an :class:`~attribution.Analysis` (from ``Analyzer.analyze``) or
    a Doc made by a pipeline with the ``attribution`` component. ``spans_key`` picks
    one span group ("quotes", "speakers", "cues", "hedges"); the default draws the
    combined group. ``page=True`` returns a whole HTML page instead of a fragment.
    """
    key = spans_key or SpanKeys().combined
    if isinstance(result_or_doc, Doc):
        doc = result_or_doc
        if key not in doc.spans:
            raise ValueError(
                f"the Doc has no span group {key!r} (it has: "
                f"{', '.join(map(repr, doc.spans)) or 'none'}). Run the text through a "
                f"pipeline with the component (nlp.add_pipe('attribution')), pass the "
                f"Analysis from Analyzer.analyze() instead, or name a group with spans_key."
            )
    elif isinstance(result_or_doc, Analysis):
        doc = _doc_of(result_or_doc)
        if key not in doc.spans:
            raise ValueError(
                f"no span group {key!r} for an Analysis; choose one of "
                f"{', '.join(map(repr, doc.spans))}"
            )
    else:
        raise TypeError(
            f"render() takes an Analysis or a spacy Doc, got {type(result_or_doc).__name__}"
        )
    spans = list(doc.spans[key])
    colors = {s.label_: c for s in spans if (c := label_color(s.label_)) is not None}
    options: dict[str, Any] = {"spans_key": key, "colors": colors}
    template = _nowrap_template()
    if template is not None:
        options["template"] = template
    with warnings.catch_warnings():
        # displaCy warns when a group is empty; an empty picture is a fine answer here.
        warnings.filterwarnings("ignore", message=r".*\[W117\]")
        html: str = displacy.render(
            _paragraphs(doc, key), style="span", options=options, page=page, jupyter=False
        )
    return html


def _nowrap_template() -> dict[str, str] | None:
    """displaCy's span templates with labels kept on one line (None if they changed)."""
    start = templates.TPL_SPAN_START
    marker = 'border-radius: 3px">'
    if marker not in start:
        return None
    return {
        "span": templates.TPL_SPAN,
        "slice": templates.TPL_SPAN_SLICE,
        "start": start.replace(marker, 'border-radius: 3px; white-space: nowrap">', 1),
    }


def _doc_of(analysis: Analysis) -> Doc:
    """A Doc of ``analysis.text`` (blank English tokenizer) with the span groups set."""
    global _blank
    if analysis.text == "" and (analysis.quotes or analysis.hedges):
        raise ValueError(
            "this Analysis has no text to draw on. Use the Analysis that "
            "Analyzer.analyze() returned, or one read with Analysis.from_dict() from "
            "to_dict(include_text=True)."
        )
    if _blank is None:
        import spacy

        _blank = spacy.blank("en")
    doc = _blank.make_doc(analysis.text)
    set_span_groups(doc, analysis)
    return doc


def _paragraphs(doc: Doc, key: str) -> list[Doc]:
    """``doc`` cut at paragraph breaks (a whitespace token with a line break) that no
    span of group ``key`` crosses, each part with its share of that group."""
    spans = list(doc.spans[key])
    crossing = [0] * (len(doc) + 1)  # spans crossing a cut before token i: prefix sums
    for s in spans:
        crossing[s.start + 1] += 1
        crossing[s.end] -= 1
    cuts = [0]
    depth = 0
    for tok in doc:
        depth += crossing[tok.i + 1]
        if depth == 0 and tok.is_space and "\n" in tok.text and tok.i > cuts[-1]:
            cuts.append(tok.i + 1)
    cuts.append(len(doc))
    if len(cuts) == 2:
        return [doc]
    parts: list[Doc] = []
    by_start = sorted(spans, key=lambda s: s.start)
    k = 0
    for a, b in itertools.pairwise(cuts):
        inside: list[TokenSpan] = []
        while k < len(by_start) and by_start[k].start < b:
            inside.append(by_start[k])
            k += 1
        if all(t.is_space for t in doc[a:b]):
            continue
        part = doc[a:b].as_doc()
        part.spans[key] = [TokenSpan(part, s.start - a, s.end - a, label=s.label_) for s in inside]
        parts.append(part)
    return parts or [doc]
