"""``attribution batch INPUT.jsonl --out OUT.jsonl``: a corpus, one result line per record.

The options are checked and turned into a :class:`~attribution.corpus.CorpusRun`, which
does the work (see :mod:`attribution.corpus.run` for the files, the keys and resuming);
this module reports on it: a progress bar, the summary, and what to do after an
interruption or a full disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Annotated, Any

import typer

from ..analyzer import Analyzer
from ..corpus import (
    CorpusOptions,
    CorpusRun,
    Counts,
    ExistingOutput,
    OutputLocked,
    Record,
    ResumeError,
    default_errors_path,
    describe_os_error,
    partial_path,
)
from ..errors import DEFAULT_MAX_LENGTH
from ..parallel import WorkerPoolError, resolve_n_process
from .common import (
    EXIT_BROKEN_PIPE,
    EXIT_CODES,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    EncodingErrors,
    EncodingErrorsOption,
    EncodingOption,
    IdFieldOption,
    MaxLengthOption,
    ModelOption,
    RenamedErrorsOption,
    TextFieldOption,
    app,
    codec_of,
    fail,
    load_analyzer,
    note,
    plural,
    silence_stdout,
)
from .output import printable

__all__ = ["batch"]


def _line_codec(encoding: str) -> str:
    """The codec of ``encoding``, for a file read line by line: the encoding must write a
    line break as the single byte 0x0a (UTF-16 and UTF-32 do not)."""
    codec = codec_of(encoding)
    if "\n".encode(codec) != b"\n":
        fail(f"batch cannot read {encoding} line by line; convert the input to UTF-8 first, "
             f"e.g. `iconv -f {encoding} -t utf-8`")
    return codec


def _check_input(input_path: str) -> Path | None:
    if input_path == "-":
        return None
    source = Path(input_path)
    if source.is_dir():
        fail(f"{printable(input_path)} is a directory, not a JSON Lines file")
    if not source.exists():
        fail(f"no such input file: {printable(input_path)}")
    return source


def _check_output(path: Path, option: str) -> None:
    """Exit 2 unless a file named ``path`` can be made: not a directory, in a directory
    that exists and can be written."""
    if path.is_dir():
        example = path / ("results.jsonl" if option == "--out" else "errors.jsonl")
        fail(f"{option} {printable(str(path))} is a directory; give a file name, e.g. "
             f"{printable(str(example))}")
    if not path.parent.is_dir():
        fail(f"the directory of {option} does not exist: {path.parent}; create it first")
    if not os.access(path.parent, os.W_OK | os.X_OK):
        fail(f"cannot write to the directory of {option}, {path.parent}: Permission denied")
    if partial_path(path).is_dir():
        fail(f"{partial_path(path)} is a directory; remove it or choose another {option}")


def _check_outputs(source: Path | None, out: Path | None, errors: Path | None) -> None:
    taken = [] if source is None else [source.resolve()]
    if out is not None:
        _check_output(out, "--out")
        if out.resolve() in taken:
            fail("--out must not be the input file")
        taken.append(out.resolve())
    if errors is not None:
        _check_output(errors, "--errors-file")
        if errors.resolve() in taken:
            fail("--errors-file must differ from the input file and from --out")


def _count_lines(path: Path) -> int | None:
    try:
        n, last = 0, b"\n"
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                n += chunk.count(b"\n")
                last = chunk[-1:]
        return n + (last != b"\n")
    except OSError:
        return None


class _Bar:
    """The progress bar on stderr (tqdm), fed by the run."""

    def __init__(self, total: int | None, initial: int, enabled: bool) -> None:
        from tqdm import tqdm

        tqdm.monitor_interval = 0  # no monitor thread: workers are forked from here
        self.bar = tqdm(
            total=total, initial=initial, unit=" lines", file=sys.stderr,
            disable=not enabled, mininterval=0.5, dynamic_ncols=True, smoothing=0.05,
            desc="analysing",
        )

    def advance(self, lines: int) -> None:
        self.bar.update(lines)

    def failed(self, total: int) -> None:
        self.bar.set_postfix(failed=total, refresh=False)

    def close(self) -> None:
        self.bar.close()


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


@contextlib.contextmanager
def _sigterm_interrupts() -> Iterator[None]:
    """SIGTERM stops the run as Ctrl-C does (what is done is kept)."""
    old = None
    with contextlib.suppress(ValueError):  # not in the main thread: keep the default
        old = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        yield
    finally:
        if old is not None:
            signal.signal(signal.SIGTERM, old)


def _summary(c: Counts) -> str:
    parts = [f"{c.analysed:,} analysed"]
    if c.resumed_analysed or c.resumed_failed:
        parts.append(f"{c.resumed_analysed + c.resumed_failed:,} already done")
    parts.append(f"{c.failed + c.resumed_failed:,} failed")
    rate = c.analysed / c.seconds if c.seconds > 0 else 0.0
    return f"{', '.join(parts)} in {c.seconds:.1f} s ({rate:,.1f} records/s)"


def _report_duplicates(c: Counts) -> None:
    if c.duplicate_ids and c.first_duplicate is not None:
        doc_id, line = c.first_duplicate
        note(
            f"{plural(c.duplicate_ids, 'record')} repeat{'s' if c.duplicate_ids == 1 else ''} "
            f"an id an earlier record has (first: id {printable(repr(doc_id))} on line "
            f"{line:,}); records are keyed by their line, so each was analysed"
            + ("" if c.ids_tracked else " (ids after the first million were not checked)")
        )


@app.command(epilog=EXIT_CODES)
def batch(
    input_path: Annotated[str, typer.Argument(metavar="INPUT.jsonl", hidden=True)],
    out: Annotated[
        str,
        typer.Option("--out", "-o", metavar="OUT.jsonl",
                     help="Where to write the results; '-' streams them to standard output."),
    ],
    errors_file: Annotated[
        Path | None,
        typer.Option("--errors-file", metavar="PATH", show_default=False,
                     help="Where to report failed records (default: OUT.errors.jsonl; "
                     "with --out -, standard error)."),
    ] = None,
    text_field: TextFieldOption = "text",
    id_field: IdFieldOption = "id",
    model: ModelOption = None,
    n_process: Annotated[
        int, typer.Option("--n-process", "-n", metavar="N",
                          help="Worker processes (-1: one per CPU).")
    ] = 1,
    batch_size: Annotated[
        int, typer.Option("--batch-size", "-b", min=1, metavar="N", help="Texts per batch.")
    ] = 64,
    resume: Annotated[
        bool, typer.Option("--resume", help="Go on from an interrupted (or earlier) run on "
                           "the same input: its records are kept, not done again.")
    ] = False,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace OUT (and OUT.partial) if they exist.")
    ] = False,
    max_length: MaxLengthOption = DEFAULT_MAX_LENGTH,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", show_default=False,
                     help="Show a progress bar on stderr (default: when it is a terminal)."),
    ] = None,
    encoding: EncodingOption = "utf-8",
    encoding_errors: EncodingErrorsOption = EncodingErrors.strict,
    errors: RenamedErrorsOption = None,
) -> None:
    """Analyse a JSON Lines corpus: one result line per input record, in input order.

    INPUT.jsonl: one JSON object per line, its text under --text-field; '-' reads
    standard input. Each result line is {"id": ..., "line": N, "record_hash": ...,
    "quotes": [...], "hedges": [...], ...}; a record that cannot be analysed goes to the
    errors file and the run goes on. Results are written to OUT.partial and renamed to
    OUT when the run completes; after an interruption, rerun the same command with
    --resume. One run at a time may write an OUT.
    """
    try:
        workers = resolve_n_process(n_process)
    except (TypeError, ValueError) as e:
        fail(str(e))
    codec = _line_codec(encoding)
    if resume and overwrite:
        fail("--resume and --overwrite contradict each other; choose one")
    to_stdout = out == "-"
    if to_stdout and (resume or overwrite):
        fail(f"--{'resume' if resume else 'overwrite'} needs an output file; --out - streams "
             f"the results to standard output")
    source = _check_input(input_path)
    out_path = None if to_stdout else Path(out)
    errors_path = errors_file if errors_file is not None or out_path is None else (
        default_errors_path(out_path)
    )
    _check_outputs(source, out_path, errors_path)
    if progress is None:
        progress = sys.stderr.isatty()
    options = CorpusOptions(text_field, id_field, codec, encoding_errors.value, batch_size,
                            workers)
    with contextlib.ExitStack() as stack:
        stream: IO[bytes] = (
            sys.stdin.buffer if source is None else stack.enter_context(source.open("rb"))
        )
        run = CorpusRun(
            stream, out=out_path, errors=errors_path, options=options, max_length=max_length,
            stdout=sys.stdout.buffer if to_stdout else None, on_failure=_print_failure,
        )
        code = _run(run, source, model, max_length, resume=resume, overwrite=overwrite,
                    progress=progress)
    raise typer.Exit(code)


def _print_failure(record: Record, reason: str) -> None:
    label = f"line {record.line:,}" + ("" if record.id is None else f" (id {record.id!r})")
    note(f"{printable(label)} failed: {reason}")


def _run(run: CorpusRun, source: Path | None, model: str | None, max_length: int, *,
         resume: bool, overwrite: bool, progress: bool) -> int:
    """Lock, start, analyse and finish ``run``; the exit code."""
    try:
        with run.lock():
            run.check_existing(resume=resume, overwrite=overwrite)
            analyzer = load_analyzer(model, max_length)
            resumed = run.start(resume=resume, overwrite=overwrite)
            c = run.counts
            if resumed:
                note(f"resuming {run.partial}: {plural(c.resumed_analysed, 'record')} "
                     f"analysed and {c.resumed_failed:,} failed already, up to line "
                     f"{c.resumed_line:,}")
            elif resume:
                note("nothing to resume (no earlier output): starting afresh")
            return _analyse(run, analyzer, source, progress)
    except KeyboardInterrupt:
        note("interrupted before the analysis started; the output files are as they were")
        return EXIT_INTERRUPTED
    except OutputLocked as e:
        fail(str(e))
    except (ExistingOutput, ResumeError) as e:
        fail(str(e) if isinstance(e, ExistingOutput) else f"cannot resume: {e}")
    except OSError as e:
        where = f" {e.filename}" if e.filename else ""
        fail(f"cannot prepare the output{where}: {describe_os_error(e)}"
             + ("; then run the command again" if _full(e) else ""),
             EXIT_FAILED if _full(e) else EXIT_USAGE)


def _full(e: OSError) -> bool:
    return e.errno in (errno.ENOSPC, errno.EDQUOT)


def _analyse(run: CorpusRun, analyzer: Analyzer, source: Path | None, progress: bool) -> int:
    c = run.counts
    total = None if source is None else _count_lines(source)
    bar = _Bar(total, c.resumed_line, progress)
    stopped: str | None = None
    try:
        with _sigterm_interrupts():
            run.analyse(analyzer, bar)
    except KeyboardInterrupt:
        stopped = "interrupted"
    except BrokenPipeError:
        run.close()
        bar.close()
        silence_stdout()
        return EXIT_BROKEN_PIPE
    except WorkerPoolError as e:
        stopped = f"stopped: {e}"
    except OSError as e:
        where = f" {e.filename}" if e.filename else ""
        stopped = f"stopped: cannot write{where}: {describe_os_error(e)}"
    finally:
        bar.close()
    if stopped is None:
        try:
            run.finish()
        except OSError as e:
            stopped = f"stopped: cannot finish the output: {describe_os_error(e)}"
    if stopped is not None:
        run.close()
        again = ("" if run.partial is None else
                 f" The results so far are in {run.partial}; rerun the same command with "
                 f"--resume to finish.")
        note(f"{stopped}. {_summary(c)}.{again}")
        _report_duplicates(c)
        return EXIT_INTERRUPTED if stopped == "interrupted" else EXIT_FAILED
    wrote = "" if run.out is None else f"; wrote {run.out}"
    note(f"{_summary(c)}{wrote}")
    _report_duplicates(c)
    failed = c.failed + c.resumed_failed
    if failed:
        where = str(run.errors) if run.errors is not None else "the messages above"
        note(f"{plural(failed, 'record')} failed; see {where}")
        return EXIT_FAILED
    return EXIT_OK
