"""``attribution analyze FILE...``: the quotes and hedges of plain-text files, printed."""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import DEFAULT_MAX_LENGTH
from ..types import Analysis
from .common import (
    EXIT_CODES,
    EXIT_FAILED,
    EncodingErrors,
    EncodingErrorsOption,
    EncodingOption,
    MaxLengthOption,
    ModelOption,
    RenamedErrorsOption,
    app,
    codec_of,
    decode,
    fail,
    load_analyzer,
    note,
    writing_stdout,
)
from .output import OutputFormat, emit, printable

__all__ = ["analyze", "read_text"]

FormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format", "-f", metavar="json|jsonl|table|html",
        help="json (one object, or a list for several files), jsonl (one line per file), "
        "table (for a terminal) or html (a self-contained reading page: the text with "
        "each quote in its speaker's colour, cues and hedges marked, the sources beside).",
    ),
]


def _too_long(size: str, limit: int) -> str:
    return (
        f"text is {size}, over --max-length {limit:,} characters; split the document or "
        f"raise the limit (--max-length N)"
    )


def read_text(
    name: str, codec: str, errors: EncodingErrors, max_length: int
) -> str:
    """The text of file ``name`` ('-': standard input), reading no more than a text of
    ``max_length`` characters can take (4 bytes a character), so an endless input such
    as ``/dev/zero`` fails at once instead of filling memory."""
    limit = 4 * max_length + 4
    if name == "-":
        data = sys.stdin.buffer.read(limit + 1)
    else:
        with Path(name).open("rb") as f:
            data = f.read(limit + 1)
    source = "standard input" if name == "-" else name
    if len(data) > limit:
        raise ValueError(_too_long(f"more than {limit:,} bytes", max_length))
    text = decode(data, source, codec, errors)
    if len(text) > max_length:
        raise ValueError(_too_long(f"{len(text):,} characters", max_length))
    return text


def _check_files(names: list[str]) -> None:
    """Exit 2 unless every name is '-' (at most once) or an existing non-directory."""
    if names.count("-") > 1:
        fail("standard input ('-') can be read only once")
    for name in names:
        if name == "-":
            continue
        path = Path(name)
        if path.is_dir():
            fail(f"{printable(name)} is a directory, not a text file; give the files in it, "
                 f"e.g. {printable(str(path / '*.txt'))}")
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            fail(f"no such file: {printable(name)}")
        except OSError as e:
            fail(f"cannot read {printable(name)}: {e.strerror}")
        if stat.S_ISDIR(mode):  # pragma: no cover - caught above
            fail(f"{printable(name)} is a directory")


@app.command(epilog=EXIT_CODES)
def analyze(
    files: Annotated[
        list[str] | None,
        typer.Argument(metavar="FILE", hidden=True, show_default=False),
    ] = None,
    fmt: FormatOption = OutputFormat.json,
    model: ModelOption = None,
    max_length: MaxLengthOption = DEFAULT_MAX_LENGTH,
    encoding: EncodingOption = "utf-8",
    encoding_errors: EncodingErrorsOption = EncodingErrors.strict,
    errors: RenamedErrorsOption = None,
) -> None:
    """Find the quotes and hedges of plain-text files and print them.

    FILE...: plain-text files (UTF-8 unless --encoding says otherwise); '-' or none:
    standard input. A file that cannot be read or decoded, or is over --max-length, is
    reported on stderr and the others are printed (exit 1).
    """
    names = files or ["-"]
    _check_files(names)
    codec = codec_of(encoding)
    if names == ["-"] and sys.stdin.isatty():
        note("reading text from standard input; end it with Ctrl-D (or give FILE)")
    analyzer = load_analyzer(model, max_length)
    named: list[tuple[str, Analysis]] = []
    failed = 0
    for name in names:
        label = "<stdin>" if name == "-" else name
        try:
            text = read_text(name, codec, encoding_errors, max_length)
            named.append((label, analyzer.analyze(text)))
        except (OSError, ValueError, TypeError) as e:
            reason = e.strerror if isinstance(e, OSError) and e.strerror else e
            note(f"skipped {printable(label)}: {reason}")
            failed += 1
    if named:
        with writing_stdout():
            emit(named, fmt)
    if failed:
        raise typer.Exit(EXIT_FAILED)
