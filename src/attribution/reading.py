"""The reading page: an article as written, its quotes in their speakers' colours.

The article's text is drawn character for character (``white-space: pre-wrap``: no
token is re-joined, no space added or lost), so that the page's text content is the
input. Over it, marks: each quote's content in the colour of its source (one colour per
entity, in order of first quote), the speaker's mention underlined in that colour, the
cue in bold, hedges with a wavy underline, page furniture greyed. Hovering a quote shows
its speaker, kind, cue and confidence; hovering a source in the side panel outlines its
quotes. One self-contained page: no script, no font or file fetched.

Marks that cross (a quote's cue inside another quote, a mention across a boundary) are
closed and reopened so that the elements nest; the work is linear in the text and the
number of marks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import pages
from .pages import attr, text
from .sourcing import ArticleProfile, SourceProfile
from .sourcing.count import article_profile
from .types import Analysis, Quote, Speaker

__all__ = ["STYLE", "colour_rules", "marked_text", "marks_of", "reading_html", "reading_page"]

# Layers, outermost first, for marks that start at the same character.
_FURNITURE, _QUOTE, _MENTION, _CUE, _HEDGE = range(5)


@dataclass(frozen=True, slots=True)
class Mark:
    """One stretch to mark: its characters, layer, class names and tooltip."""

    start: int
    end: int
    layer: int
    classes: str
    tip: str = ""

    def open_tag(self) -> str:
        tip = f' data-tip="{attr(self.tip)}"' if self.tip else ""
        return f'<span class="{self.classes}"{tip}>'


def _source_key(speaker: Speaker) -> object:
    return speaker.entity or (speaker.name, speaker.kind)


def _source_numbers(quotes: Sequence[Quote]) -> dict[object, int]:
    """Each source's number (from 0) in order of its first quote: its colour."""
    numbers: dict[object, int] = {}
    for q in sorted(quotes, key=lambda q: q.content.start):
        if q.speaker is not None:
            numbers.setdefault(_source_key(q.speaker), len(numbers))
    return numbers


def _quote_tip(q: Quote, name: str) -> str:
    lines = [f"{name}" if q.speaker is None else f"{name} ({q.speaker.kind})",
             f"{q.kind.replace('_', ' ')} quote"]
    if q.cue is not None:
        lines.append(f"cue: {' '.join(q.cue.text.split())}")
    lines.append(f"confidence {q.confidence:.2f}")
    if any(not h.embedded for h in q.hedges):
        lines.append(f"hedged: certainty {q.certainty:.2f}")
    if q.inherited:
        lines.append("continues the quotation before")
    return "\n".join(lines)


def marks_of(analysis: Analysis, numbers: dict[object, int]) -> list[Mark]:
    """The marks of ``analysis`` in drawing order (start, longest first, layer)."""
    length = len(analysis.text)
    marks: list[Mark] = []

    def add(start: int, end: int, layer: int, classes: str, tip: str = "") -> None:
        start, end = max(0, start), min(length, end)
        if start < end:
            marks.append(Mark(start, end, layer, classes, tip))

    for f in analysis.furniture:
        add(f.start, f.end, _FURNITURE, "m furniture", f"page furniture: {f.kind}")
    mentions: set[tuple[int, int]] = set()
    for q in analysis.quotes:
        sp = q.speaker
        number = None if sp is None else numbers[_source_key(sp)]
        colour = "s-none" if number is None else f"s{number}"
        name = "no speaker found" if sp is None else sp.name
        add(q.content.start, q.content.end, _QUOTE, f"m q {colour}", _quote_tip(q, name))
        if q.cue is not None and not q.inherited:
            add(q.cue.start, q.cue.end, _CUE, f"m cue {colour}",
                f"cue: {q.cue_type}" + ("" if sp is None else f", for {sp.name}"))
        if sp is not None and sp.mention is not None and not q.inherited:
            key = (sp.mention.start, sp.mention.end)
            if key not in mentions:
                mentions.add(key)
                add(*key, _MENTION, f"m who {colour}", f"speaker: {sp.name} ({sp.kind})")
    for h in analysis.hedges:
        p = "" if h.probability is None else f", p {h.probability:.2f}"
        holder = "the author" if h.holder is None else h.holder.name
        add(h.cue.start, h.cue.end, _HEDGE, "m hedge",
            f"hedge: {h.category}{p}\ncertainty {h.certainty:.2f}, held by {holder}")
    marks.sort(key=lambda m: (m.start, -m.end, m.layer))
    return marks


def marked_text(source: str, marks: Sequence[Mark]) -> str:
    """``source`` escaped, with ``marks`` (sorted as :func:`marks_of` sorts them) as
    nested spans."""
    ends = sorted({m.end for m in marks})
    starts = sorted({m.start for m in marks})
    out: list[str] = []
    stack: list[Mark] = []
    pos = k = 0
    for at in sorted(set(ends) | set(starts)):
        out.append(text(source[pos:at]))
        pos = at
        lowest = next((i for i, m in enumerate(stack) if m.end == at), None)
        if lowest is not None:  # close down to the lowest mark ending here, reopen the rest
            reopen = [m for m in stack[lowest:] if m.end != at]
            out.append("</span>" * (len(stack) - lowest))
            del stack[lowest:]
            for m in reopen:
                out.append(m.open_tag())
                stack.append(m)
        while k < len(marks) and marks[k].start == at:
            out.append(marks[k].open_tag())
            stack.append(marks[k])
            k += 1
    out.append(text(source[pos:]))
    out.append("</span>" * len(stack))
    return "".join(out)


PAGE_STYLE = "body{margin:0;background:#fcfbf8}\n"
STYLE = """\
.attribution-reading{--ink:#1f2328;--muted:#5b6470;--rule:#e3e1da;color:var(--ink);
 display:grid;grid-template-columns:minmax(0,42rem) minmax(16rem,21rem);gap:2.5rem;
 max-width:68rem;margin:0 auto;padding:1.5rem 1.5rem 3rem;box-sizing:border-box;
 font:17px/1.65 Georgia,"Times New Roman",serif;background:#fcfbf8}
.attribution-reading h1{grid-column:1/-1;font:600 1.35rem/1.3 system-ui,sans-serif;
 margin:0;padding-bottom:.6rem;border-bottom:1px solid var(--rule)}
.attribution-reading .text{white-space:pre-wrap;overflow-wrap:anywhere;margin:0}
.attribution-reading .m{position:relative;unicode-bidi:isolate}
.attribution-reading .q{background:var(--c);border-radius:3px;padding:.08em 0;
 box-decoration-break:clone;-webkit-box-decoration-break:clone}
.attribution-reading .who{border-bottom:3px solid var(--d)}
.attribution-reading .cue{font-weight:700;color:var(--d)}
.attribution-reading .hedge{text-decoration:underline wavy #7b3fb5;
 text-underline-offset:4px;text-decoration-thickness:1.5px}
.attribution-reading .furniture{color:#9a9a9a}
.attribution-reading [data-tip]:hover:not(:has([data-tip]:hover))::after{
 content:attr(data-tip);position:absolute;left:0;bottom:100%;z-index:10;
 white-space:pre;font:500 13px/1.45 system-ui,sans-serif;color:#fff;
 background:#26292e;padding:.45em .7em;border-radius:6px;margin-bottom:4px;
 box-shadow:0 3px 12px rgba(0,0,0,.25);pointer-events:none}
.attribution-reading aside{position:sticky;top:1rem;align-self:start;
 font:14px/1.45 system-ui,sans-serif;color:var(--ink)}
.attribution-reading aside h2{font-size:.8rem;text-transform:uppercase;
 letter-spacing:.06em;color:var(--muted);margin:0 0 .5rem}
.attribution-reading .summary{margin:0 0 1rem;color:var(--muted)}
.attribution-reading .summary b{color:var(--ink)}
.attribution-reading ol{list-style:none;margin:0 0 1rem;padding:0}
.attribution-reading .src{display:grid;grid-template-columns:1.1rem 1fr auto;
 column-gap:.5rem;padding:.45rem .3rem;border-top:1px solid var(--rule);cursor:default}
.attribution-reading .src:hover{background:#f1efe8}
.attribution-reading .dot{width:.9rem;height:.9rem;border-radius:3px;margin-top:.2rem;
 background:var(--c);box-shadow:inset 0 0 0 1.5px var(--d)}
.attribution-reading .name{font-weight:600}
.attribution-reading .count{font-variant-numeric:tabular-nums;color:var(--muted);
 text-align:right;white-space:nowrap}
.attribution-reading .detail{grid-column:2/-1;color:var(--muted);font-size:12.5px}
.attribution-reading .bar{grid-column:2/-1;height:4px;border-radius:2px;margin-top:.3rem;
 background:linear-gradient(to right,var(--d) var(--w),#ebe9e2 var(--w))}
.attribution-reading .stance{display:inline-block;font-size:11px;padding:0 .4em;
 border-radius:8px;background:#f3e3c3;color:#6b4a00;margin-left:.3em}
.attribution-reading .legend{color:var(--muted);font-size:12.5px;line-height:2}
.attribution-reading .legend span{margin-right:.6rem}
@media (max-width:860px){.attribution-reading{grid-template-columns:1fr}
 .attribution-reading aside{position:static}}
"""


def colour_rules(count: int) -> str:
    """The colour variables of sources 0..count-1 and the outline of a source's quotes
    while its panel entry is hovered."""
    rules = [f".attribution-reading .s-none{{--c:{pages.NO_SOURCE};--d:#6e6e6e}}"]
    for n in range(count):
        c = pages.swatch(n)
        rules.append(f".attribution-reading .s{n}{{--c:{c};--d:{pages.dark(c)}}}")
        rules.append(f".attribution-reading:has(.src.s{n}:hover) .q.s{n}"
                     f"{{outline:2px solid var(--d);outline-offset:1px}}")
    return "\n".join(rules) + "\n"


def _percent(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.0f}%"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _source_item(s: SourceProfile, number: int | None, most_words: int) -> str:
    kind = s.kind if s.gender is None else f"{s.kind}, {s.gender}"
    cues = ", ".join(s.cues)
    stances = "".join(f'<span class="stance">{text(k)} {v}</span>'
                      for k, v in s.stances.items() if v and k != "neutral")
    width = 100 * s.words / most_words if most_words else 0
    colour = "s-none" if number is None else f"s{number}"
    description = f"<br>{text(s.description)}" if s.description else ""
    return (
        f'<li class="src {colour}"><span class="dot"></span>'
        f'<span class="name">{text(s.name)}</span>'
        f'<span class="count">{_plural(s.quotes, "quote")} · {s.words} w</span>'
        f'<span class="detail">{text(kind)}{description}'
        f'{"<br>" if cues else ""}{text(cues)}{stances}</span>'
        f'<span class="bar" style="--w:{width:.1f}%"></span></li>'
    )


def _panel(prof: ArticleProfile, numbers: dict[object, int]) -> str:
    def number(s: SourceProfile) -> int | None:
        return numbers.get(s.entity) if s.entity else numbers.get((s.name, s.kind))

    most = max((s.words for s in prof.sources), default=0)
    items = "".join(_source_item(s, number(s), most) for s in prof.sources)
    people = prof.sources_by_gender
    summary = [
        f"<b>{_plural(prof.quotes, 'quotation')}</b> from "
        f"<b>{_plural(len(prof.sources), 'source')}</b>",
        f"{_percent(prof.quoted_share)} of the words quoted" if prof.words else "",
        f"anonymous: {_percent(prof.anonymous_share)} of quotations",
        f"people quoted: {people['female']} women, {people['male']} men, "
        f"{people['unstated']} unstated",
    ]
    if prof.top_source is not None:
        summary.append(f"top source: {text(prof.top_source.name)}, "
                       f"{_percent(prof.top_source_share)} of quoted words")
    if prof.unattributed:
        summary.append(f"{_plural(prof.unattributed, 'quotation')} without a speaker")
    legend = (
        '<p class="legend"><span class="m q s-none">quote</span>'
        '<span class="m who s-none">speaker</span><span class="m cue s-none">cue</span>'
        '<span class="m hedge">hedge</span><span class="m furniture">furniture</span></p>'
    )
    return (
        '<aside><h2>Sources</h2><p class="summary">'
        + "<br>".join(s for s in summary if s)
        + f"</p><ol>{items}</ol>{legend}</aside>"
    )


def _headline(source: str) -> str:
    line = next((ln.strip() for ln in source.splitlines() if ln.strip()), "")
    return line if len(line) <= 90 else line[:89].rstrip() + "…"


def reading_html(analysis: Analysis, *, title: str | None = None) -> str:
    """The reading view of ``analysis``: one ``<div class="attribution-reading">``, to
    be styled by :data:`STYLE` and :func:`colour_rules`; ``title`` defaults to the
    text's first line."""
    numbers = _source_numbers(analysis.quotes)
    prof = article_profile(analysis)
    body = marked_text(analysis.text, marks_of(analysis, numbers))
    heading = _headline(analysis.text) if title is None else title
    return (
        f'<div class="attribution-reading"><h1>{text(heading)}</h1>'
        f'<div class="text">{body}</div>{_panel(prof, numbers)}</div>'
    )


def reading_page(
    articles: Analysis | Sequence[tuple[str, Analysis]], *, title: str | None = None,
    page: bool = True,
) -> str:
    """A self-contained HTML page of one article (or of several ``(name, analysis)``
    pairs, each under its name); ``page=False`` gives the fragment (a ``<style>`` and
    the articles' ``<div>``) for a notebook."""
    if isinstance(articles, Analysis):
        named: list[tuple[str | None, Analysis]] = [(title, articles)]
        page_title = title or _headline(articles.text) or "Quotes"
    else:
        named = [(name, a) for name, a in articles]
        page_title = title or "Quotes"
    sources = max((len(_source_numbers(a.quotes)) for _, a in named), default=0)
    style = STYLE + colour_rules(sources)
    body = "\n".join(reading_html(a, title=name) for name, a in named)
    if not page:
        return f"<style>\n{style}</style>\n{body}"
    return pages.page(page_title, PAGE_STYLE + style, body)
