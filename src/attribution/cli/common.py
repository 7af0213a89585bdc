"""What the commands share: the Typer app, exit codes, messages, options, text decoding."""

from __future__ import annotations

import codecs
import contextlib
import enum
import os
import sys
from collections.abc import Iterator
from typing import Annotated, NoReturn

import typer

from ..analyzer import Analyzer
from ..errors import LexiconError, ModelNotFoundError

__all__ = [
    "EXIT_BROKEN_PIPE",
    "EXIT_CODES",
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "EncodingErrors",
    "app",
    "codec_of",
    "decode",
    "fail",
    "load_analyzer",
    "note",
    "plural",
    "silence_stdout",
    "writing_stdout",
]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool killed by it

EXIT_CODES = (
    "Exit codes: 0 success; 1 some records or files failed (and were reported), or the "
    "output could not be written (a full disk); 2 bad usage (unknown option, missing "
    "file, pipeline not installed, output held by another run, an input that does not "
    "match the run to resume); 130 interrupted (Ctrl-C, SIGTERM): rerun with --resume; "
    "141 the reader of standard output went away."
)

app = typer.Typer(
    name="attribution",
    help="Find quotes, their speakers, and hedges in English news text.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help: every option with its value's name (FILE, N, CHARS) and no type tags.
    rich_markup_mode=None,
)


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print ``attribution: error: message`` on stderr and exit with ``code``."""
    typer.echo(f"attribution: error: {message}", err=True)
    raise typer.Exit(code)


def note(message: str) -> None:
    typer.echo(f"attribution: {message}", err=True)


def plural(n: int, noun: str, plural_form: str | None = None) -> str:
    """``1 record``, ``2 records``, ``1,000 records``."""
    return f"{n:,} {noun if n == 1 else plural_form or noun + 's'}"


def load_analyzer(model: str | None, max_length: int) -> Analyzer:
    """The Analyzer the options ask for; exit 2 saying what to do if it cannot be built."""
    try:
        return Analyzer(model, max_length=max_length)
    except (ModelNotFoundError, LexiconError, TypeError, ValueError) as e:
        fail(str(e))


# --- options shared by several commands ---------------------------------------------------

TextFieldOption = Annotated[
    str, typer.Option("--text-field", metavar="NAME", help="Field holding the text.")
]
IdFieldOption = Annotated[
    str, typer.Option("--id-field", metavar="NAME",
                      help="Field holding the record's id (copied to the output).")
]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model", "-m", metavar="NAME", show_default=False,
        help="An installed spaCy pipeline (e.g. en_core_web_sm) for parse and entity "
        "evidence. Default: the rules backend (spaCy's blank English, no download).",
    ),
]
MaxLengthOption = Annotated[
    int,
    typer.Option(
        "--max-length", min=1, metavar="CHARS",
        help="Longest text to accept, in characters; a longer one fails (reported).",
    ),
]
EncodingOption = Annotated[
    str,
    typer.Option(
        "--encoding", metavar="ENCODING",
        help="Text encoding of the input (e.g. utf-8, cp1252, latin-1).",
    ),
]


class EncodingErrors(enum.Enum):
    strict = "strict"
    replace = "replace"
    ignore = "ignore"


EncodingErrorsOption = Annotated[
    EncodingErrors,
    typer.Option(
        "--encoding-errors", metavar="strict|replace|ignore",
        help="On bytes that do not decode: strict (that file or record fails, reported), "
        "replace (each with U+FFFD) or ignore (drop them).",
    ),
]


def renamed_errors_option(value: str | None) -> None:
    """``--errors`` meant two things (a decoding policy, a report file): it is gone."""
    if value is not None:
        fail(
            "--errors is gone: it meant two things. Use --encoding-errors "
            "strict|replace|ignore for bytes that do not decode, and (batch) "
            "--errors-file PATH for the report of failed records"
        )


RenamedErrorsOption = Annotated[
    str | None,
    typer.Option("--errors", hidden=True, callback=renamed_errors_option, expose_value=True),
]


# --- text encodings ---------------------------------------------------------------------


def codec_of(encoding: str) -> str:
    """The canonical name of the text encoding ``encoding``; exit 2 if there is none."""
    try:
        name = codecs.lookup(encoding).name
        b"\n".decode(name, "ignore")  # LookupError for bytes-to-bytes codecs (base64)
    except LookupError:
        fail(f"unknown text encoding {encoding!r} for --encoding; try utf-8, cp1252 or latin-1")
    return name


def encoding_label(codec: str) -> str:
    return "UTF-8" if codec == "utf-8" else codec


def decode(data: bytes, source: str, codec: str, errors: EncodingErrors) -> str:
    """``data`` as text in ``codec`` (a UTF-8 byte-order mark dropped); ValueError naming
    the offset of the first bad byte, and what to do about it, if it does not decode."""
    skip = len(codecs.BOM_UTF8) if codec == "utf-8" and data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skip:].decode(codec, errors.value)
    except UnicodeDecodeError as e:
        raise ValueError(
            f"{source} is not {encoding_label(codec)} text (bad byte "
            f"0x{data[skip + e.start]:02x} at offset {skip + e.start}); name its encoding "
            f"with --encoding (e.g. --encoding cp1252), pass --encoding-errors replace to "
            f"read it anyway, or convert it with `iconv`"
        ) from None


# --- standard output ------------------------------------------------------------------------


def silence_stdout() -> None:
    """Point standard output at /dev/null, so Python's flush at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError):  # no real file descriptor (tests)
        fd = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)


@contextlib.contextmanager
def writing_stdout() -> Iterator[None]:
    """Turn a failed write to standard output into an exit: quiet for a closed pipe, an
    error message (exit 1) for anything else, such as a full disk."""
    try:
        yield
    except BrokenPipeError:
        silence_stdout()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except OSError as e:
        silence_stdout()
        from ..corpus.files import describe_os_error

        fail(f"cannot write to standard output: {describe_os_error(e)}", EXIT_FAILED)
