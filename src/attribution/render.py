"""Pictures of the results, safe for any text and linear in it.

:func:`render` draws by default the reading page of :mod:`attribution.reading`: the
article's exact text with each quote in its speaker's colour, cues and hedges marked, and
a side panel of the sources. ``style="spans"`` (implied by ``spans_key``) draws displaCy's
span style instead, described below.

In the span style, :func:`render` draws the ``doc.spans`` groups the ``attribution``
component writes (see :mod:`attribution.component`): by default the combined group,
where quotes, speakers and hedges each get their own colour. An
:class:`~attribution.Analysis` is first put on a Doc made by the Analyzer's own tokenizer
(:func:`attribution.tokenize.blank_english`), so whatever ``analyze`` accepts can be
drawn. Two adjustments to displaCy's picture: paragraphs are drawn as separate figures
where no span crosses the break (the span style runs all whitespace together), and labels
do not wrap (the default template wraps a label to its first token's width, so "person:
Mason Clark" over "he" would take four lines).

The markup is displaCy's own templates filled by :class:`SafeSpanRenderer`, a
``SpanRenderer`` that escapes every string it puts in the page (labels, knowledge-base
ids and links, titles; displaCy escapes only the token text), and assembles the spans of
each token in one pass (displaCy's visits every span for every token: quadratic).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from spacy.displacy import templates
from spacy.displacy.render import SpanRenderer
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import escape_html

from .spangroups import SpanKeys, set_span_groups
from .tokenize import blank_english, stand_in
from .types import HEDGE_CATEGORIES, SPEAKER_KINDS, Analysis

__all__ = ["COLORS", "SafeSpanRenderer", "label_color", "render"]

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
    result_or_doc: Analysis | Doc, *, page: bool = False, spans_key: str | None = None,
    style: Literal["reading", "spans"] | None = None, title: str | None = None,
) -> str:
    """HTML of the quotes, speakers and hedges of a result.

    ``result_or_doc`` is an :class:`~attribution.Analysis` (from ``Analyzer.analyze``) or
    a Doc made by a pipeline with the ``attribution`` component. ``page=True`` returns a
    whole, self-contained HTML page instead of a fragment.

    ``style="reading"`` (the default) draws the reading page: the exact text, quotes in
    their speakers' colours, cues and hedges marked, a panel of the sources, details on
    hover; ``title`` heads it (default: the text's first line). ``style="spans"``
    draws displaCy's span style, of the combined span group or of the one ``spans_key``
    names ("quotes", "speakers", "cues", "hedges"; naming one implies this style).
    Every string from the text is escaped; a lone surrogate is drawn as U+FFFD.
    """
    style = style or ("spans" if spans_key else "reading")
    if style == "reading":
        from .reading import reading_page

        return reading_page(_reading_analysis(result_or_doc), title=title, page=page)
    if style != "spans":
        raise ValueError(f"style must be 'reading' or 'spans', got {style!r}")
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
    renderer = SafeSpanRenderer(options=options)
    html: str = renderer.render(_paragraphs(doc, key), page=page).strip()  # type: ignore[arg-type]
    return html


class SafeSpanRenderer(SpanRenderer):
    """displaCy's span renderer with every string escaped and one pass over the spans.

    The output is displaCy's for the same input where no label, link or title holds a
    character that HTML treats specially.
    """

    def render_spans(
        self, tokens: list[str], spans: list[dict[str, Any]], title: str | None
    ) -> str:
        # Token by token: each token's entities are made, drawn and dropped, so only
        # strings pile up (the garbage collector would walk a list of per-token dicts
        # again and again on a long text).
        markup = self._render_markup(self._per_token_info(tokens, spans))
        markup = templates.TPL_SPANS.format(content=markup, dir=escape_html(self.direction))
        if title:
            markup = templates.TPL_TITLE.format(title=escape_html(str(title))) + markup
        return markup

    @classmethod
    def _assemble_per_token_info(
        cls, tokens: list[str], spans: list[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        return list(cls._per_token_info(tokens, spans))

    @staticmethod
    def _per_token_info(
        tokens: list[str], spans: list[dict[str, Any]]
    ) -> Iterator[dict[str, Any]]:
        """For each token, the spans covering it in displaCy's order (start, longer first,
        label) with the vertical slot each is drawn in; a span starting at the token goes
        one slot below the span before it. Only the spans covering the token are visited."""
        ordered = sorted(
            spans, key=lambda s: (s["start_token"], s["start_token"] - s["end_token"], s["label"])
        )
        active: list[dict[str, Any]] = []  # the spans covering the token, in order
        k = 0
        for idx, token in enumerate(tokens):
            if active:
                active = [s for s in active if s["end_token"] > idx]
            while k < len(ordered) and ordered[k]["start_token"] <= idx:
                span = ordered[k]
                k += 1
                if span["start_token"] == idx and span["end_token"] > idx:
                    active.append(span)
            entities: list[dict[str, Any]] = []
            for pos, span in enumerate(active):
                is_start = span["start_token"] == idx
                if is_start:
                    span["render_slot"] = (active[pos - 1]["render_slot"] if pos else 0) + 1
                kb_id = span.get("kb_id", "")
                entities.append({
                    "label": span["label"],
                    "is_start": is_start,
                    "render_slot": span["render_slot"],
                    "kb_link": templates.TPL_KB_LINK.format(
                        kb_id=escape_html(str(kb_id)),
                        kb_url=escape_html(str(span.get("kb_url", "#"))),
                    ) if kb_id else "",
                })
            yield {"text": token, "entities": entities}

    def _render_markup(self, per_token_info: Iterable[dict[str, Any]]) -> str:
        parts: list[str] = []
        for token in per_token_info:
            entities = token["entities"]
            if entities and token["text"].strip() != "":
                parts.append(self.span_template.format(
                    text=escape_html(token["text"]),
                    span_slices=self._get_span_slices(entities),
                    span_starts=self._get_span_starts(entities),
                    total_height=self.top_offset + self.span_label_offset
                    + self.offset_step * (len(entities) - 1),
                ))
            else:
                parts.append(escape_html(token["text"] + " "))
        return "".join(parts)

    def _get_span_starts(self, entities: list[dict[str, Any]]) -> str:
        starts: list[str] = []
        for entity in entities:
            if not entity["is_start"]:
                starts.append("")
                continue
            starts.append(self.span_start_template.format(
                bg=self.colors.get(entity["label"].upper(), self.default_color),
                top_offset=self.top_offset + self.offset_step * (entity["render_slot"] - 1),
                label=escape_html(entity["label"]),
                kb_link=entity["kb_link"],
            ))
        return "".join(starts)


def _reading_analysis(result_or_doc: Analysis | Doc) -> Analysis:
    """The Analysis to draw on the reading page, with its text."""
    if isinstance(result_or_doc, Doc):
        from .extensions import Extensions, analysis_of

        analysis = analysis_of(result_or_doc)
        for key in list(result_or_doc.user_data) if analysis is None else ():
            # a component with an extension prefix stores under "<prefix>attribution_dict"
            if (isinstance(key, tuple) and len(key) == 4 and key[0] == "._."
                    and isinstance(key[1], str) and key[1].endswith("attribution_dict")):
                prefix = key[1][: -len("attribution_dict")]
                analysis = analysis_of(result_or_doc, Extensions(prefix))
                break
        if analysis is None:
            raise ValueError(
                "the Doc has no results of the attribution component. Run the text "
                "through a pipeline with the component (nlp.add_pipe('attribution')), pass "
                "the Analysis from Analyzer.analyze() instead, or draw the Doc's own span "
                "groups with style='spans'."
            )
        return analysis
    if not isinstance(result_or_doc, Analysis):
        raise TypeError(
            f"render() takes an Analysis or a spacy Doc, got {type(result_or_doc).__name__}"
        )
    _check_text(result_or_doc)
    return result_or_doc


def _check_text(analysis: Analysis) -> None:
    if analysis.text == "" and (analysis.quotes or analysis.hedges):
        raise ValueError(
            "this Analysis has no text to draw on. Use the Analysis that "
            "Analyzer.analyze() returned, or one read with Analysis.from_dict() from "
            "to_dict(include_text=True)."
        )


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
    """A Doc of ``analysis.text`` (the Analyzer's blank English tokenizer, which reads a
    same-length stand-in for lone surrogates) with the span groups set."""
    global _blank
    text = analysis.text
    _check_text(analysis)
    if _blank is None:
        _blank = blank_english()
    proxy = stand_in(text)
    doc = _blank.make_doc(text if proxy is None else proxy)
    set_span_groups(doc, analysis, length=len(text))
    return doc


def _paragraphs(doc: Doc, key: str) -> Iterator[dict[str, Any]]:
    """displaCy's parse of ``doc`` (tokens, spans of group ``key``, title, settings), cut
    at paragraph breaks (a whitespace token with a line break) that no span crosses;
    parts of whitespace only are left out. Made one part at a time."""
    spans = sorted((s.start, s.end, s.label_, s.kb_id_) for s in doc.spans[key])
    tokens = [t.text for t in doc]
    crossing = [0] * (len(tokens) + 1)  # spans crossing a cut before token i: prefix sums
    for start, end, _, _ in spans:
        crossing[start + 1] += 1
        crossing[end] -= 1
    cuts = [0]
    depth = 0
    for i, text in enumerate(tokens):
        depth += crossing[i + 1]
        if depth == 0 and "\n" in text and text.isspace() and i > cuts[-1]:
            cuts.append(i + 1)
    cuts.append(len(tokens))
    settings = {"lang": doc.lang_, "direction": doc.vocab.writing_system.get("direction", "ltr")}
    title = doc.user_data.get("title")
    k = 0
    drawn = False
    for a, b in itertools.pairwise(cuts):
        inside: list[dict[str, Any]] = []
        while k < len(spans) and spans[k][0] < b:
            start, end, label, kb_id = spans[k]
            inside.append({"start_token": start - a, "end_token": end - a, "label": label,
                           "kb_id": kb_id or "", "kb_url": "#"})
            k += 1
        if len(cuts) > 2 and all(not t.strip() for t in tokens[a:b]):
            continue
        yield {"tokens": tokens[a:b], "spans": inside, "settings": settings,
               "title": None if drawn else title}
        drawn = True
    if not drawn:
        yield {"tokens": tokens, "spans": [], "settings": settings, "title": title}
