"""One run of an Analyzer over a JSON Lines corpus: the engine of ``attribution batch``.

::

    run = CorpusRun(source, out=Path("results.jsonl"), options=CorpusOptions())
    with run.lock():                      # one run per output (OutputLocked otherwise)
        run.start(resume=True)            # or overwrite=True; ExistingOutput, ResumeError
        run.analyse(analyzer, progress)   # KeyboardInterrupt and OSError propagate
        run.finish()                      # OUT.partial becomes OUT

Results are written in input order, one line per record that has one, to
``OUT.partial``; failures go to ``ERRORS.partial`` (see :mod:`attribution.corpus.files`).
A completed run renames both, so a file named ``OUT`` is always whole. ``out=None``
streams the results to standard output instead (no resume, no lock).

**Resume.** Both files hold the key of every record (its line and hash). ``start(resume=
True)`` reads them alongside the input: each result line must be the input record at its
line, and each input record before it a result or a failure, in order; the first line
that is cut off or unreadable ends what counts as done, and what follows it in either
file is cut away (in place: a full disk is no obstacle). The run then goes on from the
next input record. So no record is lost or done twice, and an input that changed since
the interrupted run (a record whose hash differs) is refused rather than mixed in.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Protocol

from ..export import result_json
from ..parallel import Failure, iter_analyses
from ..workers import AnalyzerLike
from .files import Entry, Ledger, OutputLock, ResumeError, partial_path, scan_entries
from .records import Record, line_limit, read_records

__all__ = [
    "COMMIT_EVERY",
    "CorpusOptions",
    "CorpusRun",
    "Counts",
    "ExistingOutput",
    "Progress",
    "default_errors_path",
]

#: Records gathered before their lines are written (and at most a second between).
COMMIT_EVERY = 256
#: Ids remembered to report duplicates (about 60 bytes each); later ids are not checked.
MAX_TRACKED_IDS = 1_000_000


class ExistingOutput(ValueError):
    """The output (or a partial one) exists and neither resume nor overwrite was asked."""


class Progress(Protocol):
    def advance(self, lines: int) -> None:
        """``lines`` more input lines are done (blank ones included)."""

    def failed(self, total: int) -> None:
        """``total`` records have failed so far in this run."""


@dataclass(frozen=True)
class CorpusOptions:
    text_field: str = "text"
    id_field: str = "id"
    codec: str = "utf-8"
    encoding_errors: str = "strict"
    batch_size: int = 64
    n_process: int = 1


@dataclass
class Counts:
    """What a run did; ``resumed_*`` were done by the interrupted run it continued."""

    analysed: int = 0
    failed: int = 0
    resumed_analysed: int = 0
    resumed_failed: int = 0
    resumed_line: int = 0  # the last input line the interrupted run handled
    duplicate_ids: int = 0
    first_duplicate: tuple[Any, int] | None = None  # (id, line)
    seconds: float = 0.0
    ids_tracked: bool = True
    _seen: set[int] = field(default_factory=set, repr=False)

    def see(self, record: Record) -> None:
        if record.id is None or not self.ids_tracked:
            return
        h = hash(repr(record.id))
        if h in self._seen:
            self.duplicate_ids += 1
            if self.first_duplicate is None:
                self.first_duplicate = (record.id, record.line)
        elif len(self._seen) < MAX_TRACKED_IDS:
            self._seen.add(h)
        else:
            self.ids_tracked = False


def default_errors_path(out: Path) -> Path:
    """``OUT.errors.jsonl`` beside ``OUT`` (its last suffix replaced)."""
    stem = out.name[: -len(out.suffix)] if out.suffix else out.name
    return out.with_name(f"{stem}.errors.jsonl")


class _Peekable:
    """An iterator of records that can look one ahead."""

    def __init__(self, it: Iterator[Record]) -> None:
        self._it = it
        self._next: Record | None = None

    def peek(self) -> Record | None:
        if self._next is None:
            self._next = next(self._it, None)
        return self._next

    def __iter__(self) -> Iterator[Record]:
        return self

    def __next__(self) -> Record:
        rec = self.peek()
        if rec is None:
            raise StopIteration
        self._next = None
        return rec


class CorpusRun:
    """Analyses the records of ``source`` (a binary stream of JSON Lines) into ``out``."""

    def __init__(
        self,
        source: IO[bytes],
        *,
        out: Path | None,
        errors: Path | None = None,
        options: CorpusOptions | None = None,
        max_length: int,
        stdout: IO[bytes] | None = None,
        on_failure: Callable[[Record, str], None] | None = None,
    ) -> None:
        self.options = options or CorpusOptions()
        self.out = out
        self.errors = errors if errors is not None or out is None else default_errors_path(out)
        self.max_length = max_length
        self.counts = Counts()
        self._stdout = stdout
        self._on_failure = on_failure
        self._records = _Peekable(read_records(
            source, text_field=self.options.text_field, id_field=self.options.id_field,
            codec=self.options.codec, encoding_errors=self.options.encoding_errors,
            limit=line_limit(max_length),
        ))
        self._ledger: Ledger | None = None
        self._line = 0  # the last input line accounted for

    # -- files -------------------------------------------------------------------------

    @property
    def partial(self) -> Path | None:
        return None if self.out is None else partial_path(self.out)

    @property
    def errors_partial(self) -> Path | None:
        return None if self.errors is None else partial_path(self.errors)

    def lock(self) -> contextlib.AbstractContextManager[Any]:
        """The output's exclusive lock (none for standard output)."""
        return contextlib.nullcontext() if self.out is None else OutputLock(self.out)

    def check_existing(self, *, resume: bool = False, overwrite: bool = False) -> None:
        """ExistingOutput if there is an output (or a partial one) and neither ``resume``
        nor ``overwrite`` says what to do with it."""
        if self.out is None or resume or overwrite:
            return
        partial = partial_path(self.out)
        if partial.exists():
            raise ExistingOutput(
                f"{partial} is left from an interrupted run: pass --resume to continue it, "
                f"or --overwrite to start again"
            )
        if self.out.exists():
            raise ExistingOutput(
                f"{self.out} exists: pass --overwrite to replace it, or --resume to add the "
                f"records not yet in it"
            )

    def start(self, *, resume: bool = False, overwrite: bool = False) -> bool:
        """Open the output: afresh, replacing what is there (``overwrite``), or going on
        from an earlier run (``resume``); True if there was one to go on from.
        ExistingOutput if there is an output and neither was asked; ResumeError if what
        is there cannot be continued; OSError."""
        self.check_existing(resume=resume, overwrite=overwrite)
        if self.out is None:
            assert self._stdout is not None
            errors = None if self.errors is None else self._open(self.errors_partial)
            self._ledger = Ledger(self._stdout, errors, None, self.errors_partial)
            return False
        partial, errors_partial = self.partial, self.errors_partial
        assert partial is not None and errors_partial is not None and self.errors is not None
        if resume and (partial.exists() or self.out.exists()):
            if partial.exists():
                self._resume(partial, errors_partial)
            else:
                # A complete earlier run: go on from its end (the input may have grown).
                complete_errors = self.errors if self.errors.exists() else errors_partial
                self._resume(self.out, complete_errors)
                os.replace(self.out, partial)
                if complete_errors == self.errors:
                    os.replace(self.errors, errors_partial)
            self._ledger = Ledger(self._open(partial, append=True),
                                  self._open(errors_partial, append=True),
                                  partial, errors_partial)
            return True
        results = self._open(partial)
        try:
            self._ledger = Ledger(results, self._open(errors_partial), partial, errors_partial)
        except BaseException:
            results.close()
            partial.unlink(missing_ok=True)
            raise
        return False

    @staticmethod
    def _open(path: Path | None, *, append: bool = False) -> IO[bytes]:
        assert path is not None
        return path.open("ab" if append else "wb", buffering=1 << 16)

    def _resume(self, partial: Path, errors_partial: Path) -> None:
        """Check the earlier run's lines against the input and cut what follows the last
        record it completed; the input is read up to that record."""
        errors = scan_entries(errors_partial)
        next_error = next(errors, None)
        results_end = errors_end = 0
        c = self.counts
        for entry in scan_entries(partial):
            while (rec := self._records.peek()) is not None and rec.line < entry.line:
                if next_error is None or next_error.line != rec.line:
                    raise self._lost(rec, partial, errors_partial)
                self._match(next(self._records), next_error)
                errors_end = next_error.end
                c.resumed_failed += 1
                next_error = next(errors, None)
            rec = self._records.peek()
            if rec is None or rec.line != entry.line:
                raise ResumeError(
                    f"{partial} holds a result for line {entry.line:,} of the input, where "
                    f"the input {'ends' if rec is None else 'has no record'}: the input has "
                    f"changed since the interrupted run. Resume needs the same input; start "
                    f"again with --overwrite"
                )
            self._match(next(self._records), entry)
            results_end = entry.end
            c.resumed_analysed += 1
        c.resumed_line = self._line
        os.truncate(partial, results_end)
        if errors_partial.exists():
            os.truncate(errors_partial, errors_end)

    def _match(self, rec: Record, entry: Entry) -> None:
        if rec.key != entry.key:
            raise ResumeError(
                f"line {rec.line:,} of the input is not the record the interrupted run read "
                f"there (its bytes differ): the input has changed. Resume needs the same "
                f"input; start again with --overwrite"
            )
        self.counts.see(rec)
        self._line = rec.line

    @staticmethod
    def _lost(rec: Record, partial: Path, errors_partial: Path) -> ResumeError:
        return ResumeError(
            f"line {rec.line:,} of the input was handled by the interrupted run, but is in "
            f"neither {partial.name} nor {errors_partial.name}: was the input, or "
            f"--errors-file, different? Resume needs the same input and errors file; or "
            f"start again with --overwrite"
        )

    # -- the analysis ------------------------------------------------------------------

    def analyse(self, analyzer: AnalyzerLike, progress: Progress | None = None) -> Counts:
        """Analyse the records not yet done, writing each result or failure in order."""
        ledger = self._ledger
        if ledger is None:
            raise RuntimeError("call start() first")
        c = self.counts
        options = self.options
        pending: deque[Record] = deque()
        started = time.perf_counter()

        def texts() -> Iterator[Record]:
            for rec in self._records:
                c.see(rec)
                pending.append(rec)
                yield rec

        def prepare(index: int, rec: Record) -> str:
            if rec.error is not None:
                raise _BadRecord(rec.error)
            assert rec.text is not None
            if len(rec.text) > self.max_length:
                raise _BadRecord(
                    f"text is {len(rec.text):,} characters, over --max-length "
                    f"{self.max_length:,}; split the document or raise the limit "
                    f"(--max-length {len(rec.text)})"
                )
            return rec.text

        results = iter_analyses(
            analyzer, texts(), transform=result_json, batch_size=options.batch_size,
            n_process=options.n_process, prepare=prepare,
        )
        last_commit = time.monotonic()
        try:
            for res in results:
                rec = pending.popleft()
                if isinstance(res, Failure):
                    self._fail(ledger, rec, res.reason)
                    if progress is not None:
                        progress.failed(c.failed)
                else:
                    ledger.add_result(Ledger.result_line(rec.id, rec.line, rec.key, res))
                    c.analysed += 1
                if ledger.pending >= COMMIT_EVERY or time.monotonic() - last_commit > 1.0:
                    ledger.commit()
                    last_commit = time.monotonic()
                if progress is not None:
                    progress.advance(rec.line - self._line)
                self._line = rec.line
            ledger.commit()
        finally:
            close = getattr(results, "close", None)
            if close is not None:
                close()  # shuts the worker pool down now
            with contextlib.suppress(OSError, ValueError):  # keep what is done
                ledger.commit()
            c.seconds += time.perf_counter() - started
        return c

    def _fail(self, ledger: Ledger, rec: Record, reason: str) -> None:
        self.counts.failed += 1
        if ledger.errors is not None:
            ledger.add_error(Ledger.error_line(rec.id, rec.line, rec.key, reason))
        elif self._on_failure is not None:
            self._on_failure(rec, reason)

    # -- the end -----------------------------------------------------------------------

    def close(self) -> None:
        """Close the files, keeping the partial ones (an interrupted or failed run)."""
        ledger, self._ledger = self._ledger, None
        if ledger is None:
            return
        for f in (ledger.results, ledger.errors):
            if f is not None and f is not self._stdout:
                with contextlib.suppress(OSError):
                    f.close()

    def finish(self) -> None:
        """Make the run's files durable and give them their names."""
        ledger = self._ledger
        if ledger is None:
            return
        ledger.commit()
        ledger.sync()
        self.close()
        failed = self.counts.failed + self.counts.resumed_failed
        if self.out is not None and self.partial is not None:
            os.replace(self.partial, self.out)
        if self.errors is not None and self.errors_partial is not None:
            if failed:
                os.replace(self.errors_partial, self.errors)
            else:
                self.errors_partial.unlink(missing_ok=True)
                self.errors.unlink(missing_ok=True)  # a stale report from an earlier run


class _BadRecord(ValueError):
    pass
