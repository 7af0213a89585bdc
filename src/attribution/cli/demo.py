"""``attribution demo``: the sample news article shipped with the package, analysed."""

from __future__ import annotations

from typing import Annotated

import typer

from ..errors import DEFAULT_MAX_LENGTH
from .common import EXIT_CODES, ModelOption, app, fail, load_analyzer, writing_stdout
from .output import OutputFormat, emit

__all__ = ["demo", "seed_article"]


def seed_article() -> str:
    """The article the project started from, shipped with the package as sample text."""
    from importlib.resources import files

    return (files("attribution") / "data" / "seed_article.txt").read_text(encoding="utf-8")


@app.command(epilog=EXIT_CODES)
def demo(
    fmt: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", metavar="table|json|jsonl|html",
                     help="table (for a terminal), json, jsonl or html."),
    ] = OutputFormat.table,
    model: ModelOption = None,
) -> None:
    """Analyse the sample news article shipped with the package and print the result."""
    try:
        text = seed_article()
    except OSError as e:
        fail(f"the sample article is missing from this installation ({e}); reinstall it")
    result = load_analyzer(model, DEFAULT_MAX_LENGTH).analyze(text)
    with writing_stdout():
        if fmt is OutputFormat.table:
            first = text.strip().splitlines()[0]
            typer.echo(f"{first}\n{'=' * min(len(first), 80)}\n")
        emit([("seed_article", result)], fmt)
