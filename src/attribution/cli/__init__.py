"""The ``attribution`` command line: one module per command.

::

    attribution analyze article.txt --format table
    cat article.txt | attribution analyze - --format json
    attribution batch articles.jsonl --out results.jsonl --n-process 2
    attribution batch articles.jsonl --out results.jsonl --resume   # after an interruption
    attribution batch articles.jsonl --out - | jq .quotes           # results on stdout
    attribution profile results.jsonl --articles articles.jsonl --by outlet --format html
    attribution demo

A command is a function registered on :data:`app` (``@app.command()``) in a module of
this package, imported below; :mod:`attribution.cli.common` holds what they share (exit
codes, messages, options, decoding). The corpus engine behind ``batch`` is
:mod:`attribution.corpus`.

Exit codes: 0 success; 1 some records (or files) failed and were reported, or the output
could not be written (disk full, ...); 2 bad usage (unknown option, missing file, a
directory where a file is wanted, pipeline not installed, an output another run is
writing, an input that is not the one the run to resume read); 130 interrupted; 141 the
reader of standard output went away (``attribution analyze f | head -1``), as for Unix
tools killed by SIGPIPE.
"""

from __future__ import annotations

import typer

from . import analyze, batch, demo, profile  # noqa: F401 (each registers its command)
from .common import EXIT_CODES, app
from .demo import seed_article
from .output import format_table

__all__ = ["EXIT_CODES", "app", "format_table", "main", "seed_article"]


def _version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"attribution {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """Find quotes, their speakers, and hedges in English news text."""


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``attribution`` command."""
    app(args=argv, prog_name="attribution")
