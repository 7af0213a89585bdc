"""The ``attribution`` command line: analyse files, run a corpus in batch, show the demo.

::

    attribution analyze article.txt --format table
    cat article.txt | attribution analyze - --format json
    attribution batch articles.jsonl --out results.jsonl --n-process 2
    attribution batch articles.jsonl --out results.jsonl --resume   # after an interruption
    attribution demo

Exit codes: 0 success; 1 some records (or files) failed and were reported, or the output
could not be written (disk full, ...); 2 bad usage (unknown option, missing file, a
directory where a file is wanted, pipeline not installed, ...); 130 interrupted; 141 the
reader of standard output went away (``attribution analyze f | head -1``), as for Unix
tools killed by SIGPIPE.

``analyze`` reads UTF-8 unless told ``--encoding``; a byte that does not decode fails
that file (naming the offset) unless ``--errors replace`` (U+FFFD) or ``ignore``.

``batch`` reads JSON Lines (one object per line with the text under ``--text-field``)
and writes one line per record, in input order::

    {"id": <the record's --id-field value, or its line number>, "quotes": [...], "hedges": [...]}

A line that is not JSON, lacks the text field, or whose text is not a string goes to
the errors file (default ``OUT.errors.jsonl``) as ``{"line": n, "id": ..., "reason":
...}`` and the run goes on; blank lines are skipped. Results are written to
``OUT.partial`` and renamed to ``OUT`` only when the run completes, so a file named
``OUT`` is always whole. ``--resume`` keeps the records already in ``OUT.partial`` (or
``OUT``) and analyses only the ids not yet there.
"""

from __future__ import annotations

import codecs
import contextlib
import enum
import json
import os
import shutil
import signal
import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Annotated, Any, NoReturn

import typer

from .analyzer import Analyzer
from .errors import DEFAULT_MAX_LENGTH, LexiconError, ModelNotFoundError
from .export import result_json
from .parallel import Failure, WorkerPoolError, iter_analyses, resolve_n_process
from .types import Analysis

__all__ = ["app", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a tool killed by it

app = typer.Typer(
    name="attribution",
    help="Find quotes, their speakers, and hedges in English news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    html = "html"


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(f"attribution: error: {message}", err=True)
    raise typer.Exit(code)


def _note(message: str) -> None:
    typer.echo(f"attribution: {message}", err=True)


def _load_analyzer(model: str | None, max_length: int) -> Analyzer:
    try:
        return Analyzer(model, max_length=max_length)
    except (ModelNotFoundError, LexiconError, TypeError, ValueError) as e:
        _fail(str(e))


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model", "-m", metavar="NAME",
        help="An installed spaCy pipeline (e.g. en_core_web_sm) for parse and entity "
        "evidence. Default: the rules backend (spaCy's blank English, no download).",
    ),
]
MaxLengthOption = Annotated[
    int,
    typer.Option(
        "--max-length", min=1, metavar="CHARS",
        help="Longest text to accept, in characters; longer texts are reported as failed.",
    ),
]


EncodingOption = Annotated[
    str,
    typer.Option(
        "--encoding", metavar="ENC",
        help="Text encoding of the input (e.g. utf-8, cp1252, latin-1).",
    ),
]


class DecodeErrors(enum.Enum):
    strict = "strict"
    replace = "replace"
    ignore = "ignore"


def _codec(encoding: str) -> str:
    """The canonical name of the text encoding ``encoding``; exit 2 if there is none."""
    try:
        name = codecs.lookup(encoding).name
        b"\n".decode(name, "ignore")  # LookupError for bytes-to-bytes codecs (base64)
    except LookupError:
        _fail(f"unknown text encoding {encoding!r} for --encoding; try utf-8, cp1252 or latin-1")
    return name


def _encoding_label(codec: str) -> str:
    return "UTF-8" if codec == "utf-8" else codec


def _too_long(length: int, limit: int) -> str:
    return (
        f"text is {length:,} characters, over --max-length {limit:,}; split the document "
        f"or raise the limit (--max-length {length})"
    )


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so Python's flush at exit cannot fail again."""
    with contextlib.suppress(OSError, ValueError):  # no real file descriptor (tests)
        fd = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fd)
        os.close(devnull)


@contextlib.contextmanager
def _writing_stdout() -> Iterator[None]:
    """Turn a failed write to standard output into an exit: quiet for a closed pipe, an
    error message (exit 1) for anything else, such as a full disk."""
    try:
        yield
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except OSError as e:
        _silence_stdout()
        _fail(f"cannot write to standard output: {e.strerror or e}", EXIT_FAILED)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"attribution {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Find quotes, their speakers, and hedges in English news text."""


# --- output formats -------------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _cell(text: str, width: int) -> str:
    text = _one_line(text)
    if len(text) > width:
        text = text[: max(0, width - 1)] + "…"
    return text.ljust(width)


def _grid(header: list[str], rows: list[list[str]], widths: list[int]) -> list[str]:
    lines = ["  ".join(_cell(h, w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("─" * w for w in widths))
    lines += [
        "  ".join(_cell(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return lines


def format_table(result: Analysis, width: int | None = None) -> str:
    """A plain-text table of the quotes and hedges of ``result``, for a terminal."""
    width = width or shutil.get_terminal_size((100, 24)).columns
    out: list[str] = [f"Quotes ({len(result.quotes)})"]
    if result.quotes:
        rows = []
        for n, q in enumerate(result.quotes, 1):
            speaker = f"{q.speaker.name} ({q.speaker.kind})" if q.speaker else "—"
            rows.append([str(n), speaker, q.cue.text if q.cue else "—", q.kind, q.content.text])
        fixed = [3, 28, 14, 12]
        content = max(20, width - sum(fixed) - 2 * len(fixed))
        out += _grid(["#", "speaker (kind)", "cue", "kind", "content"], rows, [*fixed, content])
    out.append("")
    out.append(f"Hedges ({len(result.hedges)})")
    if result.hedges:
        rows = []
        for n, h in enumerate(result.hedges, 1):
            p = "—" if h.probability is None else f"{h.probability:.2f}"
            holder = h.holder.name if h.holder else "(author)"
            rows.append([str(n), h.cue.text, h.category, p, f"{h.certainty:.2f}", holder])
        out += _grid(
            ["#", "cue", "category", "p", "certainty", "holder"], rows, [3, 22, 12, 5, 9, 24]
        )
    return "\n".join(out)


def _record(name: str, result: Analysis) -> dict[str, Any]:
    return {"id": name, **result.to_dict()}


def _html(named: list[tuple[str, Analysis]]) -> str:
    import attribution

    render = getattr(attribution, "render", None)
    if render is None:
        _fail(
            "--format html needs attribution.render (displaCy pictures), which this "
            "version does not have yet; use --format json, jsonl or table."
        )
    if len(named) == 1:
        return str(render(named[0][1], page=True))
    parts = [f"<h2>{_escape(name)}</h2>\n{render(res)}" for name, res in named]
    body = "\n".join(parts)
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<meta charset="utf-8">\n<body>\n{body}\n'
        "</body>\n</html>"
    )


def _escape(text: str) -> str:
    import html

    return html.escape(text)


def _emit(named: list[tuple[str, Analysis]], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.json:
        records = [_record(n, r) for n, r in named]
        data: Any = records[0] if len(records) == 1 else records
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt is OutputFormat.jsonl:
        for n, r in named:
            typer.echo(json.dumps(_record(n, r), ensure_ascii=False))
    elif fmt is OutputFormat.table:
        for k, (n, r) in enumerate(named):
            if len(named) > 1:
                typer.echo(("\n" if k else "") + f"== {n} ==")
            typer.echo(format_table(r))
    else:
        typer.echo(_html(named))


# --- analyze --------------------------------------------------------------------------


def _decode(data: bytes, source: str, codec: str, errors: DecodeErrors) -> str:
    """``data`` as text in ``codec`` (a UTF-8 byte-order mark dropped); ValueError naming
    the offset of the first bad byte, and what to do about it, if it does not decode."""
    skip = len(codecs.BOM_UTF8) if codec == "utf-8" and data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[skip:].decode(codec, errors.value)
    except UnicodeDecodeError as e:
        raise ValueError(
            f"{source} is not {_encoding_label(codec)} text (bad byte 0x{data[skip + e.start]:02x} "
            f"at offset {skip + e.start}); name its encoding with --encoding (e.g. --encoding "
            f"cp1252), pass --errors replace to read it anyway, or convert it with `iconv`"
        ) from None


def _read_text(name: str, codec: str = "utf-8", errors: DecodeErrors = DecodeErrors.strict) -> str:
    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    return _decode(data, "standard input" if name == "-" else name, codec, errors)


def _check_files(names: list[str]) -> None:
    """Exit 2 unless every name is '-' (at most once) or an existing non-directory."""
    if names.count("-") > 1:
        _fail("standard input ('-') can be read only once")
    files = [Path(n) for n in names if n != "-"]
    for path in files:
        if path.is_dir():
            _fail(f"{path} is a directory, not a text file; give the files in it, e.g. "
                  f"{path / '*.txt'}")
    missing = [str(p) for p in files if not p.exists()]
    if missing:
        _fail(f"no such file: {', '.join(missing)}")


def _analyze_file(analyzer: Analyzer, name: str, codec: str, errors: DecodeErrors) -> Analysis:
    text = _read_text(name, codec, errors)
    if len(text) > analyzer.max_length:
        raise ValueError(_too_long(len(text), analyzer.max_length))
    return analyzer.analyze(text)


@app.command()
def analyze(
    files: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="FILE", help="Plain-text UTF-8 files; '-' or none: standard input.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", help="json, jsonl (one line per file), table or html."),
    ] = OutputFormat.json,
    model: ModelOption = None,
    max_length: MaxLengthOption = DEFAULT_MAX_LENGTH,
    encoding: EncodingOption = "utf-8",
    errors: Annotated[
        DecodeErrors,
        typer.Option(
            "--errors",
            help="On a byte that does not decode: strict (skip the file, exit 1), replace "
            "(with U+FFFD) or ignore (drop it).",
        ),
    ] = DecodeErrors.strict,
) -> None:
    """Find the quotes and hedges of plain-text files and print them."""
    names = files or ["-"]
    _check_files(names)
    codec = _codec(encoding)
    if names == ["-"] and sys.stdin.isatty():
        _note("reading text from standard input; end it with Ctrl-D (or give FILE)")
    analyzer = _load_analyzer(model, max_length)
    named: list[tuple[str, Analysis]] = []
    failed = 0
    for name in names:
        label = "<stdin>" if name == "-" else name
        try:
            named.append((label, _analyze_file(analyzer, name, codec, errors)))
        except (OSError, ValueError, TypeError) as e:
            _note(f"skipped {label}: {e}")
            failed += 1
    if named:
        with _writing_stdout():
            _emit(named, fmt)
    if failed:
        raise typer.Exit(EXIT_FAILED)


# --- demo -----------------------------------------------------------------------------


def seed_article() -> str:
    """The article the project started from, shipped with the package as sample text."""
    from importlib.resources import files

    return (files("attribution") / "data" / "seed_article.txt").read_text(encoding="utf-8")


@app.command()
def demo(
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table, json, jsonl or html.")
    ] = OutputFormat.table,
    model: ModelOption = None,
) -> None:
    """Analyse the sample news article shipped with the package and print the result."""
    try:
        text = seed_article()
    except OSError as e:
        _fail(f"the sample article is missing from this installation ({e}); reinstall it")
    result = _load_analyzer(model, DEFAULT_MAX_LENGTH).analyze(text)
    with _writing_stdout():
        if fmt is OutputFormat.table:
            first = text.strip().splitlines()[0]
            typer.echo(f"{first}\n{'=' * min(len(first), 80)}\n")
        _emit([("seed_article", result)], fmt)


# --- batch ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Record:
    line: int
    id: Any
    text: str | None = None
    error: str | None = None


class _BadRecord(ValueError):
    pass


_JSON_KINDS = {
    dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
    bool: "a boolean", type(None): "null",
}


def _kind(value: Any) -> str:
    return _JSON_KINDS.get(type(value), type(value).__name__)


def _id_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _parse(
    line_no: int, raw: bytes, text_field: str, id_field: str, codec: str = "utf-8"
) -> _Record:
    try:
        record = json.loads(raw.decode(codec))
    except UnicodeDecodeError as e:
        return _Record(
            line_no, line_no,
            error=f"not {_encoding_label(codec)} text (bad byte 0x{raw[e.start]:02x} at "
            f"offset {e.start} of the line); name the file's encoding with --encoding",
        )
    except json.JSONDecodeError as e:
        return _Record(line_no, line_no, error=f"not valid JSON: {e.msg} at column {e.colno}")
    if not isinstance(record, dict):
        return _Record(
            line_no, line_no,
            error=f"expected a JSON object with a {text_field!r} field, got {_kind(record)}",
        )
    doc_id = record.get(id_field, line_no)
    if text_field not in record:
        fields = ", ".join(map(repr, list(record)[:8])) or "none"
        return _Record(
            line_no, doc_id,
            error=f"no {text_field!r} field (fields: {fields}); name the text field with "
            f"--text-field",
        )
    text = record[text_field]
    if not isinstance(text, str):
        return _Record(
            line_no, doc_id, error=f"field {text_field!r} is {_kind(text)}, not a string"
        )
    return _Record(line_no, doc_id, text=text)


def _count_lines(path: Path) -> int:
    n, last = 0, b"\n"
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            n += chunk.count(b"\n")
            last = chunk[-1:]
    return n + (last != b"\n")


def _salvage(source: Path, dest: Path) -> tuple[set[str], int]:
    """Copy the whole, parseable result lines of an earlier run from ``source`` to
    ``dest``, line by line; return their id keys and how many lines were dropped."""
    keys: set[str] = set()
    dropped = 0
    with source.open("rb") as f, dest.open("wb") as out:
        for raw in f:
            try:
                if not raw.endswith(b"\n"):
                    raise ValueError("cut off")
                key = _id_key(json.loads(raw)["id"])
            except (ValueError, KeyError, TypeError):
                dropped += 1
                continue
            out.write(raw)
            keys.add(key)
    return keys, dropped


def _output_line(doc_id: Any, body: str) -> bytes:
    """``{"id": doc_id, **body}`` as a UTF-8 line; ``body`` is a result's JSON object."""
    line = '{"id": ' + json.dumps(doc_id, ensure_ascii=False) + ", " + body[1:] + "\n"
    try:
        return line.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates, from "\ud800"-style escapes in the input
        return (json.dumps(json.loads(line)) + "\n").encode("ascii")


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _default_errors_path(out: Path) -> Path:
    stem = out.name[: -len(out.suffix)] if out.suffix else out.name
    return out.with_name(f"{stem}.errors.jsonl")


def _line_codec(encoding: str) -> str:
    """``_codec(encoding)``, for a file read line by line: the encoding must write a line
    break as the single byte 0x0a (UTF-16 and UTF-32 do not)."""
    codec = _codec(encoding)
    if "\n".encode(codec) != b"\n":
        _fail(f"batch cannot read {encoding} line by line; convert the input to UTF-8 first, "
              f"e.g. `iconv -f {encoding} -t utf-8`")
    return codec


def _check_input(input_path: str) -> Path:
    source = Path(input_path)
    if input_path != "-" and source.is_dir():
        _fail(f"{source} is a directory, not a JSON Lines file")
    if input_path != "-" and not source.is_file():
        _fail(f"no such input file: {input_path}")
    return source


def _check_output(path: Path, option: str) -> None:
    """Exit 2 unless a file named ``path`` can be made: not a directory, in a directory
    that exists and can be written."""
    if path.is_dir():
        _fail(f"{option} {path} is a directory; give a file name, e.g. "
              f"{path / ('results.jsonl' if option == '--out' else 'errors.jsonl')}")
    if not path.parent.is_dir():
        _fail(f"the directory of {option} does not exist: {path.parent}; create it first")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        _fail(f"cannot write to the directory of {option}, {path.parent}: Permission denied")


def _check_outputs(source: Path | None, out: Path, errors_out: Path) -> None:
    _check_output(out, "--out")
    _check_output(errors_out, "--errors")
    for partial in (_partial(out), _partial(errors_out)):
        if partial.is_dir():
            _fail(f"{partial} is a directory; remove it or choose another --out")
    taken = [out.resolve()] + ([source.resolve()] if source is not None else [])
    if source is not None and out.resolve() == source.resolve():
        _fail("--out must not be the input file")
    if errors_out.resolve() in taken:
        _fail("--errors must differ from the input file and from --out")


def _partial(path: Path) -> Path:
    return path.with_name(path.name + ".partial")


def _count_input(source: Path) -> int:
    try:
        return _count_lines(source)
    except OSError as e:
        _fail(f"cannot read {source}: {e.strerror or e}")


def _open_outputs(partial: Path, errors_partial: Path, append: bool) -> tuple[IO[bytes], IO[str]]:
    """Open the results file (appending on --resume) and the errors file; exit 2, leaving
    no new file behind, if either cannot be made."""
    try:
        out_f = partial.open("ab" if append else "wb", buffering=1 << 16)
    except OSError as e:
        _fail(f"cannot write next to {partial.parent}: {e.strerror or e}")
    try:
        return out_f, errors_partial.open("w", encoding="utf-8")
    except OSError as e:
        out_f.close()
        if not append:
            partial.unlink(missing_ok=True)
        _fail(f"cannot write next to {errors_partial.parent}: {e.strerror or e}")


@app.command()
def batch(
    input_path: Annotated[
        str,
        typer.Argument(metavar="INPUT.jsonl", help="JSON Lines input; '-' for standard input."),
    ],
    out: Annotated[
        Path, typer.Option("--out", "-o", metavar="OUT.jsonl", help="Where to write results.")
    ],
    text_field: Annotated[
        str, typer.Option("--text-field", help="Field holding each record's text.")
    ] = "text",
    id_field: Annotated[
        str,
        typer.Option("--id-field", help="Field holding each record's id (else: line number)."),
    ] = "id",
    model: ModelOption = None,
    n_process: Annotated[
        int, typer.Option("--n-process", "-n", help="Worker processes (-1: one per CPU).")
    ] = 1,
    batch_size: Annotated[
        int, typer.Option("--batch-size", "-b", min=1, help="Texts per batch.")
    ] = 64,
    errors_path: Annotated[
        Path | None,
        typer.Option(
            "--errors", metavar="ERRORS.jsonl",
            help="Where to report failed records (default: OUT.errors.jsonl).",
            show_default=False,
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Keep the results of an earlier run; skip their ids."),
    ] = False,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace OUT (and OUT.partial) if they exist.")
    ] = False,
    max_length: MaxLengthOption = DEFAULT_MAX_LENGTH,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Show a progress bar on stderr.")
    ] = True,
    encoding: EncodingOption = "utf-8",
) -> None:
    """Analyse a JSON Lines corpus: one result line per input record, in input order."""
    try:
        workers = resolve_n_process(n_process)
    except ValueError as e:
        _fail(str(e))
    from_stdin = input_path == "-"
    source = _check_input(input_path)
    codec = _line_codec(encoding)
    if resume and overwrite:
        _fail("--resume and --overwrite contradict each other; choose one")
    errors_out = errors_path or _default_errors_path(out)
    _check_outputs(None if from_stdin else source, out, errors_out)
    partial, errors_partial = _partial(out), _partial(errors_out)
    if not resume and not overwrite:
        if partial.exists():
            _fail(
                f"{partial} is left from an interrupted run: pass --resume to continue "
                f"it, or --overwrite to start again"
            )
        if out.exists():
            _fail(f"{out} exists: pass --overwrite to replace it, or --resume to add to it")

    analyzer = _load_analyzer(model, max_length)

    done: set[str] = set()
    if resume and (partial.exists() or out.exists()):
        tmp = partial.with_name(partial.name + ".tmp")
        done, dropped = _salvage(partial if partial.exists() else out, tmp)
        os.replace(tmp, partial)
        _note(
            f"resuming: {len(done):,} records already done"
            + (f" ({dropped} cut-off or unreadable lines dropped, to be redone)"
               if dropped else "")
        )
    elif resume:
        _note(f"nothing to resume ({partial} and {out} do not exist): starting afresh")

    total = None if from_stdin else _count_input(source)
    code = _run_batch(
        source, from_stdin, out, partial, errors_out, errors_partial, analyzer, done,
        text_field, id_field, workers, batch_size, total, progress, append=bool(done),
        codec=codec,
    )
    raise typer.Exit(code)


def _run_batch(
    source: Path, from_stdin: bool, out: Path, partial: Path, errors_out: Path,
    errors_partial: Path, analyzer: Analyzer, done: set[str], text_field: str,
    id_field: str, workers: int, batch_size: int, total: int | None, progress: bool,
    *, append: bool, codec: str = "utf-8",
) -> int:
    from tqdm import tqdm

    out_f, err_f = _open_outputs(partial, errors_partial, append)
    started = time.perf_counter()
    bar = tqdm(
        total=total, unit=" rec", file=sys.stderr, disable=not progress, mininterval=0.5,
        dynamic_ncols=True, smoothing=0.05, desc="analysing",
    )
    pending: deque[_Record] = deque()
    counts = {"done": 0, "skipped": 0, "failed": 0}

    def records(stream: IO[bytes]) -> Iterator[_Record]:
        for line_no, raw in enumerate(stream, 1):
            if line_no == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                bar.update(1)
                continue
            rec = _parse(line_no, raw, text_field, id_field, codec)
            if done and rec.error is None and _id_key(rec.id) in done:
                counts["skipped"] += 1
                bar.update(1)
                continue
            pending.append(rec)
            yield rec

    def prepare(index: int, rec: _Record) -> str:
        if rec.error is not None:
            raise _BadRecord(rec.error)
        assert rec.text is not None
        if len(rec.text) > analyzer.max_length:
            raise _BadRecord(_too_long(len(rec.text), analyzer.max_length))
        return rec.text

    old_term = None
    with contextlib.suppress(ValueError):  # not in the main thread: keep the default
        old_term = signal.signal(signal.SIGTERM, _raise_interrupt)
    stream_cm = (
        contextlib.nullcontext(sys.stdin.buffer) if from_stdin else source.open("rb")
    )
    interrupted = False
    stopped: Exception | None = None
    results: Iterator[Any] = iter(())
    try:
        with stream_cm as stream:
            results = iter_analyses(
                analyzer, records(stream), transform=result_json, batch_size=batch_size,
                n_process=workers, prepare=prepare,
            )
            for res in results:
                rec = pending.popleft()
                if isinstance(res, Failure):
                    counts["failed"] += 1
                    err = {"line": rec.line, "id": rec.id, "reason": res.reason}
                    err_f.write(json.dumps(err) + "\n")
                    bar.set_postfix(failed=counts["failed"], refresh=False)
                else:
                    out_f.write(_output_line(rec.id, res))
                    counts["done"] += 1
                bar.update(1)
    except KeyboardInterrupt:
        interrupted = True
    except (WorkerPoolError, OSError) as e:  # a worker died; the disk is full; ...
        stopped = e
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()  # shuts the worker pool down now
        bar.close()
        with contextlib.suppress(OSError):  # a cut-off last line is dropped on --resume
            out_f.flush()
            os.fsync(out_f.fileno())
        with contextlib.suppress(OSError):
            out_f.close()
        with contextlib.suppress(OSError):
            err_f.close()
        if old_term is not None:
            signal.signal(signal.SIGTERM, old_term)

    elapsed = time.perf_counter() - started
    summary = (
        f"{counts['done']:,} analysed, {counts['skipped']:,} already done, "
        f"{counts['failed']:,} failed in {elapsed:.1f} s"
    )
    if interrupted or stopped is not None:
        why = "interrupted" if interrupted else f"stopped: {stopped}"
        _note(
            f"{why}. {summary}. The results so far are in {partial}; rerun the same "
            f"command with --resume to finish."
        )
        return EXIT_INTERRUPTED if interrupted else EXIT_FAILED
    os.replace(partial, out)
    if counts["failed"]:
        os.replace(errors_partial, errors_out)
    else:
        errors_partial.unlink()
        errors_out.unlink(missing_ok=True)  # a stale report from an earlier run
    rate = counts["done"] / elapsed if elapsed > 0 else 0.0
    _note(f"{summary} ({rate:,.1f} records/s); wrote {out}")
    if counts["failed"]:
        _note(f"{counts['failed']:,} records failed; see {errors_out}")
        return EXIT_FAILED
    return EXIT_OK


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``attribution`` command."""
    app(args=argv, prog_name="attribution")
