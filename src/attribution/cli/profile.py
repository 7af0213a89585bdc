"""``attribution profile FILE...``: who is quoted, per group of articles, as a table,
CSV, JSON or an HTML report with charts.

::

    attribution profile article.txt                      # one article's sources
    attribution profile texts/*/*.txt --by dir           # folders of outlets
    attribution profile articles.jsonl --by outlet       # analysed here
    attribution profile results.jsonl --articles articles.jsonl --by outlet --format html
"""

from __future__ import annotations

import csv
import enum
import io
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import DEFAULT_MAX_LENGTH
from ..sourcing import Profile, profile
from ..sourcing.build import MissingFieldError
from .common import (
    EXIT_CODES,
    EXIT_FAILED,
    EncodingErrors,
    EncodingErrorsOption,
    EncodingOption,
    IdFieldOption,
    MaxLengthOption,
    ModelOption,
    TextFieldOption,
    app,
    codec_of,
    fail,
    load_analyzer,
    note,
    plural,
    writing_stdout,
)
from .output import json_text, printable
from .profile_inputs import ArticlesInput, InputError, Sources, read_inputs

__all__ = ["profile_command", "profile_table"]


class ProfileFormat(str, enum.Enum):
    table = "table"
    csv = "csv"
    json = "json"
    html = "html"


class TableChoice(str, enum.Enum):
    summary = "summary"
    groups = "groups"
    articles = "articles"
    sources = "sources"
    corpus_sources = "corpus_sources"


# The columns a terminal shows of each table (CSV has them all).
COLUMNS: dict[str, tuple[str, ...]] = {
    "groups": ("group", "articles", "quotes", "source_appearances", "people_female",
               "people_male", "people_unstated", "anonymous_share", "hedged_share",
               "top_source", "top_source_share"),
    "articles": ("doc_id", "group", "quotes", "words_quoted", "sources", "people_female",
                 "people_male", "anonymous_share", "top_source", "top_source_share"),
    "sources": ("doc_id", "source", "kind", "gender", "quotes", "words", "direct_share",
                "hedged_share", "cues", "first_quote"),
    "corpus_sources": ("group", "source", "kind", "gender", "articles", "quotes", "words",
                       "direct_share", "hedged_share", "cues"),
}
HEADERS = {
    "quotes": "quotations", "source_appearances": "sources", "people_female": "women",
    "people_male": "men", "people_unstated": "unstated", "anonymous_share": "anonymous",
    "hedged_share": "hedged", "top_source_share": "top share", "words_quoted": "words q.",
    "direct_share": "direct", "first_quote": "first",
}


def _cell(value: Any, column: str) -> str:
    if value is None:
        return "—"
    if column.endswith("_share") and isinstance(value, float):
        return f"{100 * value:.0f}%"
    return " ".join(printable(str(value)).split())


def profile_table(prof: Profile, table: str = "summary", top: int = 15,
                  width: int | None = None) -> str:
    """Tables of ``prof`` for a terminal: ``summary`` is the groups and the top sources."""
    import shutil

    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    width = width or shutil.get_terminal_size((120, 24)).columns
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, highlight=False,
                      emoji=False, markup=False, legacy_windows=False)
    parts = [("groups", "By group" if prof.by else "All articles"),
             ("corpus_top", f"Top sources (of {len(prof.corpus.sources)})")]
    if table != "summary":
        parts = [(table, table.replace("_", " ").capitalize())]
    for name, title in parts:
        if name == "corpus_top":
            rows = [{"source": s.name, **s.row()} for s in prof.corpus.sources[:top]]
            columns = COLUMNS["corpus_sources"][1:]
        else:
            rows, columns = prof.rows(name), COLUMNS[name]  # type: ignore[arg-type]
        out = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left",
                    pad_edge=False, collapse_padding=True)
        for column in columns:
            numeric = column not in ("group", "doc_id", "source", "kind", "gender",
                                     "top_source", "cues")
            out.add_column(HEADERS.get(column, column), justify="right" if numeric else "left",
                           overflow="fold")
        for row in rows:
            out.add_row(*(Text(_cell(row.get(c), c)) for c in columns))
        console.print(out)
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines())


def _csv(prof: Profile, table: str) -> str:
    rows = prof.rows("groups" if table == "summary" else table)  # type: ignore[arg-type]
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return buffer.getvalue()


def _render(prof: Profile, fmt: ProfileFormat, table: str, top: int, title: str | None) -> str:
    if fmt is ProfileFormat.json:
        return json_text(prof.to_dict(), indent=2) + "\n"
    if fmt is ProfileFormat.csv:
        return _csv(prof, table)
    if fmt is ProfileFormat.html:
        from ..sourcing.report import report_html

        try:
            return report_html(prof, title=title, top=top)
        except ImportError as e:
            fail(str(e))
    return profile_table(prof, table, top) + "\n"


@app.command("profile", epilog=EXIT_CODES)
def profile_command(
    files: Annotated[list[str], typer.Argument(metavar="FILE", hidden=True, show_default=False)],
    by: Annotated[
        str | None,
        typer.Option("--by", metavar="FIELD", show_default=False,
                     help="Group the articles by this field of their records (outlet, date, "
                     "...); for text files: file or dir (the folder's name)."),
    ] = None,
    fmt: Annotated[
        ProfileFormat,
        typer.Option("--format", "-f", metavar="table|csv|json|html",
                     help="table (for a terminal), csv (one table, see --table), json (all "
                     "of it) or html (a self-contained report with charts; needs the plot "
                     "extra)."),
    ] = ProfileFormat.table,
    table: Annotated[
        TableChoice,
        typer.Option("--table", metavar="summary|groups|articles|sources|corpus_sources",
                     help="Which table to print (table and csv): summary (the groups and "
                     "the top sources; for csv the groups), one row per group, per "
                     "article, per source of each article, or per source of each group."),
    ] = TableChoice.summary,
    articles: Annotated[
        Path | None,
        typer.Option("--articles", metavar="INPUT.jsonl", show_default=False,
                     help="The input a batch run read: gives its results back their "
                     "fields (for --by) and texts (for word counts)."),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", metavar="PATH", show_default=False,
                     help="Write to this file instead of standard output."),
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, metavar="N",
                                     help="How many top sources to list.")] = 15,
    title: Annotated[str | None, typer.Option("--title", metavar="TEXT", show_default=False,
                                              help="The report's title (html).")] = None,
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = "id",
    model: ModelOption = None,
    n_process: Annotated[
        int, typer.Option("--n-process", "-n", metavar="N",
                          help="Worker processes for texts analysed here.")
    ] = 1,
    max_length: MaxLengthOption = DEFAULT_MAX_LENGTH,
    encoding: EncodingOption = "utf-8",
    encoding_errors: EncodingErrorsOption = EncodingErrors.strict,
) -> None:
    """Who is quoted: sources by kind and stated gender, anonymous sourcing, the share
    of the top source, per group of articles.

    FILE...: plain-text articles (analysed here), JSON Lines of articles ({"text": ...,
    "outlet": ...}: analysed here) or of results (the output of `attribution batch`,
    or Analysis.to_dict() lines); '-' reads JSON Lines from standard input. A line or
    file that cannot be read is reported on stderr and the rest is profiled (exit 1).
    Definitions of every number: docs/profile.md.
    """
    if files.count("-") > 1:
        fail("standard input ('-') can be read only once")
    for name in files:
        if name != "-" and not Path(name).is_file():
            fail(f"no such file: {printable(name)}")
    if articles is not None and not articles.is_file():
        fail(f"no such file: {printable(str(articles))} (--articles)")
    codec = codec_of(encoding)
    analyzer: list[Any] = []

    def get_analyzer() -> Any:
        if not analyzer:
            analyzer.append(load_analyzer(model, max_length))
        return analyzer[0]

    sources = Sources(get_analyzer, codec, encoding_errors, max_length, text_field, id_field,
                      report=note)
    joined = None if articles is None else ArticlesInput(articles, sources)
    try:
        prof = profile(read_inputs(files, sources, joined, n_process), by=by)
    except InputError as e:
        fail(str(e))
    except MissingFieldError as e:
        hint = ""
        if sources.results_without_fields:
            hint = ("; results of `attribution batch` keep only the id: pass its input "
                    "with --articles INPUT.jsonl to group by the input's fields")
        fail(f"--by {e.field}: no article has a field {e.field!r} (their fields: "
             f"{e.known_fields}){hint}")
    finally:
        if joined is not None:
            joined.close()
    output = _render(prof, fmt, table.value, top, title)
    if out is not None:
        try:
            out.write_text(output, encoding="utf-8")
        except OSError as e:
            fail(f"cannot write {printable(str(out))}: {e.strerror}", EXIT_FAILED)
        note(f"wrote {printable(str(out))}: {plural(prof.corpus.articles, 'article')}, "
             f"{plural(len(prof.groups), 'group')}")
    else:
        with writing_stdout():
            sys.stdout.write(output)
            sys.stdout.flush()
    if sources.failed:
        raise typer.Exit(EXIT_FAILED)
