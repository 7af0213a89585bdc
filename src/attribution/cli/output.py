"""How results are printed: JSON, JSON Lines, a table for the terminal, an HTML page."""

from __future__ import annotations

import enum
import io
import json
import re
import shutil
from typing import Any

import typer

from ..types import Analysis

__all__ = ["OutputFormat", "emit", "format_table", "json_text", "printable"]


class OutputFormat(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    html = "html"


# Control characters and the bidirectional embeddings, overrides and isolates: in a
# terminal they could move the cursor, recolour or reorder what the table shows.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` safe to print: a lone surrogate (from a file name that is not UTF-8)
    shown as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def json_text(value: Any, **kwargs: Any) -> str:
    """``value`` as JSON, UTF-8 characters kept unless a lone surrogate needs escaping."""
    text = json.dumps(value, ensure_ascii=False, **kwargs)
    if _SURROGATE.search(text) is None:
        return text
    return json.dumps(value, **kwargs)


def _cell(text: str) -> str:
    """One line of text for a table cell: blanks collapsed, controls dropped."""
    return printable(" ".join(_UNPRINTABLE.sub("", text).split()))


def format_table(result: Analysis, width: int | None = None) -> str:
    """Tables of the quotes (speaker, kind, cue, confidence, content) and hedges of
    ``result`` for a terminal ``width`` columns wide; long cells wrap."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    width = width or shutil.get_terminal_size((100, 24)).columns
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, highlight=False,
                      emoji=False, markup=False, legacy_windows=False)
    quotes = Table(title=f"Quotes ({len(result.quotes)})", box=box.SIMPLE_HEAD,
                   title_justify="left", expand=True, pad_edge=False, collapse_padding=True)
    rows = [
        (
            str(n),
            _cell(f"{q.speaker.name} ({q.speaker.kind})" if q.speaker else "—"),
            _cell(q.cue.text) if q.cue else "—",
            q.kind.replace("_", " "),
            f"{q.confidence:.2f}",
            _cell(q.content.text),
        )
        for n, q in enumerate(result.quotes, 1)
    ]
    # Speaker and cue as wide as they need, up to a share of the line; the content wraps
    # in the rest.
    speaker_width = _width([r[1] for r in rows], "speaker (kind)", max(10, width // 4))
    cue_width = _width([r[2] for r in rows], "cue", max(5, width // 9))
    quotes.add_column("#", justify="right", no_wrap=True)
    quotes.add_column("speaker (kind)", width=speaker_width, overflow="fold")
    quotes.add_column("cue", width=cue_width, overflow="fold")
    quotes.add_column("kind", no_wrap=True)
    quotes.add_column("confidence", justify="right", no_wrap=True)
    quotes.add_column("content", ratio=1, min_width=16, overflow="fold")
    for row in rows:
        quotes.add_row(*row[:1], *map(Text, row[1:3]), *row[3:5], Text(row[5]))
    hedges = Table(title=f"Hedges ({len(result.hedges)})", box=box.SIMPLE_HEAD,
                   title_justify="left", expand=True, pad_edge=False, collapse_padding=True)
    hedges.add_column("#", justify="right", no_wrap=True)
    hedges.add_column("cue", max_width=30, overflow="fold")
    hedges.add_column("category", no_wrap=True)
    hedges.add_column("p", justify="right", no_wrap=True)
    hedges.add_column("certainty", justify="right", no_wrap=True)
    hedges.add_column("holder", ratio=1, min_width=12, overflow="fold")
    for n, h in enumerate(result.hedges, 1):
        hedges.add_row(
            str(n), Text(_cell(h.cue.text)), h.category,
            "—" if h.probability is None else f"{h.probability:.2f}", f"{h.certainty:.2f}",
            Text(_cell(h.holder.name) if h.holder else "(author)"),
        )
    for table in (quotes, hedges):
        console.print(table)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines())


def _width(cells: list[str], header: str, cap: int) -> int:
    """The width a column needs for its longest word-wrapped cell, at most ``cap``."""
    longest = max((len(c) for c in cells), default=0)
    return max(min(longest, cap), min(len(header), cap), 1)


def _record(name: str, result: Analysis) -> dict[str, Any]:
    return {"id": name, **result.to_dict()}


def _html(named: list[tuple[str, Analysis]]) -> str:
    """The reading page of one result (headed by its first line), or of several, each
    headed by its file name."""
    from ..reading import reading_page

    if len(named) == 1:
        return reading_page(named[0][1])
    return reading_page(named)


def emit(named: list[tuple[str, Analysis]], fmt: OutputFormat) -> None:
    """Print the ``(name, result)`` pairs in format ``fmt``."""
    if fmt is OutputFormat.json:
        records = [_record(n, r) for n, r in named]
        typer.echo(json_text(records[0] if len(records) == 1 else records, indent=2))
    elif fmt is OutputFormat.jsonl:
        for n, r in named:
            typer.echo(json_text(_record(n, r)))
    elif fmt is OutputFormat.table:
        for k, (n, r) in enumerate(named):
            if len(named) > 1:
                typer.echo(("\n" if k else "") + f"== {printable(n)} ==")
            typer.echo(format_table(r))
    else:
        typer.echo(_html(named))
