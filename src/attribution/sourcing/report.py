"""The corpus report: a self-contained HTML page of a :class:`Profile`, with charts.

Charts are Vega-Lite specifications written with altair (VanderPlas et al. 2018,
"Altair: Interactive Statistical Visualizations for Python"), drawn in the page by
vega-embed, whose JavaScript (with Vega and Vega-Lite) ``vl-convert-python`` ships and
:func:`vl_convert.javascript_bundle` hands out: the page is written whole, it fetches
nothing and works offline. Both are the optional extra ``attribution-nlp[plot]``.

The charts: sources by kind and people by stated gender over the groups (shares of the
source appearances), the share of quotations from anonymous sources by group, the
stance of the writers' cue verbs by group, and the top sources by words quoted. Tables
below them give the numbers. Every string from the data is escaped: in the tables as
HTML text, in the charts' data as JSON whose ``<``, ``>`` and ``&`` are written as
``\\u`` escapes, so no value can close the script element it sits in.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING, Any

from ..pages import page, text
from ..types import SPEAKER_KINDS
from .keys import GENDER_KEYS, STANCE_KEYS

if TYPE_CHECKING:  # the records hand themselves to the report: no import at run time
    from .records import GroupProfile, Profile

__all__ = ["PLOT_HINT", "report_html"]

PLOT_HINT = (
    'the report\'s charts need altair and vl-convert-python: pip install "attribution-nlp[plot]"'
)

KIND_COLOURS = {
    "person": "#4e79a7", "organization": "#f28e2b", "anonymous": "#e15759",
    "media": "#76b7b2", "document": "#59a14f", "unknown": "#bab0ac",
}
GENDER_COLOURS = {"female": "#d37295", "male": "#4e79a7", "unstated": "#cfcfcf"}
STANCE_COLOURS = {
    "neutral": "#d9d9d9", "endorsing": "#59a14f", "insisting": "#f28e2b",
    "doubting": "#e15759", "conceding": "#b07aa1", "charged": "#edc948",
    "unlisted": "#9c9c9c",
}


def _altair() -> Any:
    try:
        import altair as alt
        import vl_convert  # noqa: F401
    except ImportError as e:
        raise ImportError(PLOT_HINT) from e
    return alt


@functools.lru_cache(maxsize=1)
def vega_bundle() -> str:
    """vega-embed, Vega and Vega-Lite and :data:`EMBED`, which draws the page's charts,
    as one script (about 900 kB), made once."""
    try:
        import vl_convert
    except ImportError as e:
        raise ImportError(PLOT_HINT) from e
    bundle: str = vl_convert.javascript_bundle(EMBED)
    return bundle.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def _safe_json(value: Any) -> str:
    """JSON that can sit inside a script element."""
    out = json.dumps(value, ensure_ascii=False)
    return out.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _shares(groups: list[GroupProfile], field: str, keys: tuple[str, ...]) -> list[dict[str, Any]]:
    rows = []
    for g in groups:
        counts = getattr(g, field)
        total = sum(counts.get(k, 0) for k in keys)
        for k in keys:
            n = counts.get(k, 0)
            if n:
                rows.append({"group": g.label, "key": k, "count": n, "share": n / total})
    return rows


def _stacked(alt: Any, rows: list[dict[str, Any]], title: str, legend: str,
             colours: dict[str, str], order: list[str]) -> Any:
    scale = alt.Scale(domain=list(colours), range=list(colours.values()))
    return alt.Chart(alt.Data(values=rows), title=title).mark_bar().encode(
        y=alt.Y("group:N", title=None, sort=order),
        x=alt.X("share:Q", title=None, axis=alt.Axis(format="%", tickCount=5),
                  scale=alt.Scale(domain=[0, 1])),
        color=alt.Color("key:N", title=legend, scale=scale),
        order=alt.Order("rank:Q"),
        tooltip=[alt.Tooltip("group:N"), alt.Tooltip("key:N", title=legend),
                 alt.Tooltip("count:Q"), alt.Tooltip("share:Q", format=".0%")],
    ).transform_calculate(rank=f"indexof({json.dumps(list(colours))}, datum.key)").properties(
        width=360, height=alt.Step(20))


def charts(profile: Profile, top: int = 15) -> list[Any]:
    """The report's altair charts."""
    alt = _altair()
    groups = list(profile.groups)
    order = [g.label for g in groups]
    out = [
        _stacked(alt, _shares(groups, "sources_by_kind", SPEAKER_KINDS),
                 "Sources by kind", "kind", KIND_COLOURS, order),
        _stacked(alt, _shares(groups, "sources_by_gender", GENDER_KEYS),
                 "People quoted, by stated gender", "gender", GENDER_COLOURS, order),
    ]
    anonymous = [{"group": g.label, "share": g.anonymous_share or 0.0,
                  "quotes": g.quotes_by_kind.get("anonymous", 0), "of": g.quotes}
                 for g in groups]
    out.append(alt.Chart(alt.Data(values=anonymous),
                         title="Quotations from anonymous sources").mark_bar(
        color=KIND_COLOURS["anonymous"]).encode(
        y=alt.Y("group:N", title=None, sort=order),
        x=alt.X("share:Q", title=None, axis=alt.Axis(format="%", tickCount=5)),
        tooltip=[alt.Tooltip("group:N"), alt.Tooltip("quotes:Q", title="anonymous"),
                 alt.Tooltip("of:Q", title="quotations"),
                 alt.Tooltip("share:Q", format=".0%")],
    ).properties(width=360, height=alt.Step(20)))
    out.append(_stacked(alt, _shares(groups, "stances", STANCE_KEYS),
                        "How the writer introduces quotes (stance of the cue)", "stance",
                        STANCE_COLOURS, order))
    sources = [{"source": s.name, "kind": s.kind, "words": s.words, "quotes": s.quotes,
                "articles": s.articles} for s in profile.corpus.sources[:top]]
    kinds = alt.Scale(domain=list(KIND_COLOURS), range=list(KIND_COLOURS.values()))
    out.append(alt.Chart(alt.Data(values=sources),
                         title=f"Top {len(sources)} sources by words quoted").mark_bar().encode(
        y=alt.Y("source:N", title=None, sort="-x"),
        x=alt.X("words:Q", title="words quoted"),
        color=alt.Color("kind:N", scale=kinds, title="kind"),
        tooltip=["source:N", "kind:N", "words:Q", "quotes:Q", "articles:Q"],
    ).properties(width=360, height=alt.Step(18)))
    return out


STYLE = """\
body{margin:0;background:#fbfaf7;color:#1f2328;font:15px/1.5 system-ui,sans-serif}
main{max-width:72rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 .3rem}
h2{font-size:1rem;margin:2rem 0 .5rem}
.summary{color:#5b6470;margin:0 0 1.2rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(30rem,1fr));gap:1.2rem}
.chart{background:#fff;border:1px solid #e6e3da;border-radius:8px;padding:.8rem;
 min-height:6rem;overflow-x:auto}
table{border-collapse:collapse;font-variant-numeric:tabular-nums;background:#fff}
th,td{padding:.3rem .6rem;border-bottom:1px solid #eceae3;text-align:right}
th:first-child,td:first-child{text-align:left}
th{font-weight:600;background:#f4f2ec}
"""

EMBED = """\
for (const spec of document.querySelectorAll("script.vega-spec")) {
  const target = document.createElement("div");
  spec.parentElement.appendChild(target);
  vegaEmbed(target, JSON.parse(spec.textContent), {actions: false, renderer: "svg"});
}
"""


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.0f}%"


def _groups_table(profile: Profile) -> str:
    head = ("<tr><th>group</th><th>articles</th><th>quotations</th><th>sources</th>"
            "<th>women</th><th>men</th><th>unstated</th><th>anonymous</th>"
            "<th>hedged</th><th>top source</th><th>its share</th></tr>")
    rows = list(profile.groups) + ([profile.corpus] if profile.by is not None else [])
    body = "".join(
        f"<tr><td>{text(g.label)}</td><td>{g.articles}</td><td>{g.quotes}</td>"
        f"<td>{g.source_appearances}</td><td>{g.sources_by_gender['female']}</td>"
        f"<td>{g.sources_by_gender['male']}</td><td>{g.sources_by_gender['unstated']}</td>"
        f"<td>{_pct(g.anonymous_share)}</td><td>{_pct(g.hedged_share)}</td>"
        f"<td>{text(g.top_source.name) if g.top_source else '—'}</td>"
        f"<td>{_pct(g.top_source_share)}</td></tr>"
        for g in rows
    )
    return f"<table>{head}{body}</table>"


def _sources_table(profile: Profile, top: int) -> str:
    head = ("<tr><th>source</th><th>kind</th><th>gender</th><th>articles</th>"
            "<th>quotations</th><th>words</th><th>direct</th><th>hedged</th>"
            "<th>cues</th></tr>")
    body = "".join(
        f"<tr><td>{text(s.name)}</td><td>{text(s.kind)}</td><td>{text(s.gender or '—')}</td>"
        f"<td>{s.articles}</td><td>{s.quotes}</td><td>{s.words}</td>"
        f"<td>{_pct(s.direct_share)}</td><td>{_pct(s.hedged_share)}</td>"
        f"<td>{text(', '.join(f'{k} {v}' for k, v in list(s.cues.items())[:4]))}</td></tr>"
        for s in profile.corpus.sources[:top]
    )
    return f"<table>{head}{body}</table>"


def report_html(profile: Profile, *, title: str | None = None, top: int = 15) -> str:
    """The report page of ``profile`` (``top``: how many sources the chart and the table
    of top sources list)."""
    specs = [chart.to_dict() for chart in charts(profile, top)]
    c = profile.corpus
    heading = title or ("Who is quoted" + (f", by {profile.by}" if profile.by else ""))
    summary = (
        f"{c.articles} articles, {c.quotes} quotations from {c.source_appearances} "
        f"source appearances ({len(c.sources)} distinct sources); anonymous sources hold "
        f"{_pct(c.anonymous_share)} of the quotations; people quoted: "
        f"{c.sources_by_gender['female']} women, {c.sources_by_gender['male']} men, "
        f"{c.sources_by_gender['unstated']} not stated."
    )
    figures = "".join(
        f'<div class="chart"><script type="application/json" class="vega-spec">'
        f"{_safe_json(spec)}</script></div>" for spec in specs
    )
    body = (
        f"<main><h1>{text(heading)}</h1><p class=\"summary\">{text(summary)}</p>"
        f'<div class="charts">{figures}</div>'
        f"<h2>By group</h2>{_groups_table(profile)}"
        f"<h2>Top sources</h2>{_sources_table(profile, top)}</main>"
        f"<script>{vega_bundle()}</script>"
    )
    return page(heading, STYLE, body)
