"""Many texts through one Analyzer: in input order, in batches, optionally in processes.

:meth:`Analyzer.pipe <attribution.Analyzer.pipe>`, ``attribution batch`` and
:mod:`attribution.dask` all run on :func:`iter_analyses`. With ``n_process=1`` the texts
go through ``nlp.pipe`` in batches in this process. With ``n_process > 1`` whole
analyses run in worker processes (:mod:`attribution.workers`: forked on Linux, no main
guard needed, never outliving this process) and results come back as whatever
``transform`` makes of them there (JSON text keeps this process light).

Memory stays bounded: the input is read lazily, at most ``2 * n_process`` batches are
with the workers, and each batch's strings leave spaCy's vocabulary when it is done.
Results come back in input order. A bad record never stops the stream: it comes out as
a :class:`Failure` at its position, and the caller decides whether to raise (``pipe``)
or report it and go on (the CLI, ``attribution.dask``).

spaCy's own ``nlp.pipe(n_process=...)`` with the component does the same work, but sends
every Doc back to this process, which must read it again; ``benchmarks/parallel.py``
compares the two (docs/evaluation.md).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar, overload

from . import workers
from .errors import check_text
from .types import Analysis
from .workers import AnalyzerLike, analyze_texts

__all__ = [
    "MAX_PROCESSES_PER_CPU",
    "AnalysisError",
    "Failure",
    "WorkerPoolError",
    "iter_analyses",
    "pipe_analyses",
    "resolve_n_process",
]

_T = TypeVar("_T")
_R = TypeVar("_R")

#: More worker processes than this per CPU are refused: the work is CPU-bound.
MAX_PROCESSES_PER_CPU = 4


class AnalysisError(RuntimeError):
    """Analysing one text of a batch failed (a bug: the text itself was valid)."""

    def __init__(self, message: str, index: int, reason: str, worker_traceback: str = ""):
        super().__init__(message)
        self.index = index
        self.reason = reason
        self.worker_traceback = worker_traceback


class WorkerPoolError(RuntimeError):
    """A worker process died (killed, out of memory) or could not start."""


@dataclass(frozen=True)
class Failure:
    """A record that produced no result: its position, the error, and where it arose.

    ``stage`` is ``"input"`` when the record was rejected before analysis (not a str,
    too long, or whatever the caller's ``prepare`` refused) and ``"analysis"`` when the
    analysis itself raised; ``traceback`` is the formatted traceback of the latter.
    """

    index: int
    error: BaseException
    stage: str = "input"
    traceback: str = ""

    @property
    def reason(self) -> str:
        if self.stage == "input":
            return str(self.error)
        return f"analysis failed: {type(self.error).__name__}: {self.error}"


def resolve_n_process(n_process: int) -> int:
    """``n_process`` as a worker count: -1 means one per CPU; 0, < -1 and more than
    :data:`MAX_PROCESSES_PER_CPU` per CPU are errors."""
    if not isinstance(n_process, int) or isinstance(n_process, bool):
        raise TypeError(
            f"n_process must be an int (a number of processes, or -1 for one per CPU), "
            f"got {type(n_process).__name__}"
        )
    cpus = max(1, os.cpu_count() or 1)
    if n_process == -1:
        return cpus
    if n_process < 1:
        raise ValueError(
            f"n_process must be a positive number of processes or -1 (one per CPU), "
            f"got {n_process}"
        )
    if n_process > MAX_PROCESSES_PER_CPU * cpus:
        raise ValueError(
            f"n_process={n_process:,} is more than {MAX_PROCESSES_PER_CPU} processes per "
            f"CPU (this machine has {cpus}); the analysis is CPU-bound and gains nothing "
            f"past one process per CPU: use n_process=-1"
        )
    return n_process


def _check_batch_size(batch_size: int) -> int:
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    return batch_size


# --- the ordered, bounded stream ------------------------------------------------------


def _identity(analysis: Analysis) -> Analysis:
    return analysis


def _default_prepare(max_length: int) -> Callable[[int, Any], str]:
    def prepare(index: int, item: Any) -> str:
        return check_text(item, f"texts[{index}]", max_length)

    return prepare


@dataclass
class _Batch:
    first: int  # stream index of the batch's first record
    size: int
    failures: dict[int, Failure]  # offset in batch -> input failure
    offsets: list[int]  # offsets in batch of the texts sent for analysis
    future: Future[list[Any]] | None = None
    results: list[Any] | None = None


def _make_batch(
    first: int, items: list[Any], prepare: Callable[[int, Any], str]
) -> tuple[_Batch, list[str]]:
    failures: dict[int, Failure] = {}
    offsets: list[int] = []
    texts: list[str] = []
    for k, item in enumerate(items):
        try:
            text = prepare(first + k, item)
        except Exception as e:
            failures[k] = Failure(first + k, e, "input")
            continue
        offsets.append(k)
        texts.append(text)
    return _Batch(first, len(items), failures, offsets), texts


def _emit(batch: _Batch, results: list[Any]) -> Iterator[Any]:
    by_offset = dict(zip(batch.offsets, results, strict=True))
    for k in range(batch.size):
        if k in batch.failures:
            yield batch.failures[k]
            continue
        r = by_offset[k]
        if isinstance(r, tuple) and len(r) == 2 and isinstance(r[0], BaseException):
            yield Failure(batch.first + k, r[0], "analysis", r[1])
        else:
            yield r


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    chunk: list[_T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@overload
def iter_analyses(
    analyzer: AnalyzerLike,
    items: Iterable[Any],
    *,
    batch_size: int = ...,
    n_process: int = ...,
    prepare: Callable[[int, Any], str] | None = ...,
) -> Iterator[Analysis | Failure]: ...


@overload
def iter_analyses(
    analyzer: AnalyzerLike,
    items: Iterable[Any],
    *,
    transform: Callable[[Analysis], _R],
    batch_size: int = ...,
    n_process: int = ...,
    prepare: Callable[[int, Any], str] | None = ...,
) -> Iterator[_R | Failure]: ...


def iter_analyses(
    analyzer: AnalyzerLike,
    items: Iterable[Any],
    *,
    transform: Callable[[Analysis], Any] = _identity,
    batch_size: int = 64,
    n_process: int = 1,
    prepare: Callable[[int, Any], str] | None = None,
) -> Iterator[Any]:
    """One result per item, in input order: ``transform(analysis)`` or a :class:`Failure`.

    ``prepare(index, item)`` turns an item into the text to analyse and raises on a bad
    one (default: the item must be a ``str`` within the analyzer's ``max_length``); it
    runs in this process, so items need not be picklable. ``transform`` runs where the
    analysis ran (in the worker for ``n_process > 1``), so it must be a picklable,
    module-level function there; returning JSON text from it keeps the parent light.

    Arguments are checked when this is called; the work starts on the first ``next()``.
    """
    _check_iterable(items, "items")
    _check_batch_size(batch_size)
    n_workers = resolve_n_process(n_process)
    prep = prepare or _default_prepare(analyzer.max_length)
    if n_workers == 1:
        return _iter_local(analyzer, items, transform, batch_size, prep)
    workers.check_can_start(analyzer)
    return _iter_pool(analyzer, items, transform, batch_size, n_workers, prep)


def _check_iterable(items: Any, name: str) -> None:
    if items is None or not isinstance(items, Iterable):
        raise TypeError(
            f"{name} must be an iterable of texts (a list, a generator, a file's lines, "
            f"...), got {'None' if items is None else type(items).__name__}"
        )
    if isinstance(items, (str, bytes, bytearray)):
        raise TypeError(
            f"{name} must be an iterable of texts, got a single {type(items).__name__}; "
            f"use Analyzer.analyze() for one text, or wrap it in a list"
        )
    if isinstance(items, Mapping):
        raise TypeError(
            f"{name} must be an iterable of texts, got a {type(items).__name__}, whose "
            f"iteration gives its keys. Pass its values ({name}.values()), or "
            f"(text, key) pairs with as_tuples=True: "
            f"pipe(((t, k) for k, t in {name}.items()), as_tuples=True)"
        )


def _iter_local(
    analyzer: AnalyzerLike,
    items: Iterable[Any],
    transform: Callable[[Analysis], Any],
    batch_size: int,
    prepare: Callable[[int, Any], str],
) -> Iterator[Any]:
    first = 0
    for chunk in _chunks(items, batch_size):
        batch, texts = _make_batch(first, chunk, prepare)
        yield from _emit(batch, analyze_texts(analyzer, texts, transform))
        first += len(chunk)


class _Batches:
    """The input cut into numbered batches, read lazily."""

    def __init__(
        self, items: Iterable[Any], batch_size: int, prepare: Callable[[int, Any], str]
    ) -> None:
        self._chunks = _chunks(items, batch_size)
        self._prepare = prepare
        self._first = 0

    def next(self) -> tuple[_Batch, list[str]] | None:
        chunk = next(self._chunks, None)
        if chunk is None:
            return None
        batch, texts = _make_batch(self._first, chunk, self._prepare)
        self._first += len(chunk)
        return batch, texts


def _result(batch: _Batch) -> list[Any]:
    """The batch's results, waiting for its worker if it has one."""
    if batch.future is None:
        assert batch.results is not None
        return batch.results
    try:
        return batch.future.result()
    except BrokenProcessPool as e:
        guard = (
            "" if workers.START_METHOD == "fork" else
            "; if a worker cannot start, check that the code calling pipe() runs under "
            "`if __name__ == '__main__':`"
        )
        raise WorkerPoolError(
            f"a worker process died while analysing records {batch.first}-"
            f"{batch.first + batch.size - 1} (killed, or out of memory?). Try fewer "
            f"processes or a smaller batch_size{guard}."
        ) from e


def _iter_pool(
    analyzer: AnalyzerLike,
    items: Iterable[Any],
    transform: Callable[[Analysis], Any],
    batch_size: int,
    n_workers: int,
    prepare: Callable[[int, Any], str],
) -> Iterator[Any]:
    """The batches in order, at most ``2 * n_workers`` of them with the workers."""
    window = 2 * n_workers
    batches = _Batches(items, batch_size, prepare)
    in_flight: deque[_Batch] = deque()
    pool: ProcessPoolExecutor | None = None
    try:
        pool = workers.start_pool(analyzer, n_workers)
        while True:
            while len(in_flight) < window and (nb := batches.next()) is not None:
                batch, texts = nb
                if texts:
                    batch.future = pool.submit(workers.worker_analyze, texts, transform)
                else:
                    batch.results = []
                in_flight.append(batch)
            if not in_flight:
                break
            batch = in_flight.popleft()
            yield from _emit(batch, _result(batch))
    finally:
        if pool is not None:
            for b in in_flight:
                if b.future is not None:
                    b.future.cancel()
            # On an early exit (error, Ctrl-C, consumer stopped) don't wait for the
            # batches the workers are on; they finish them and exit by themselves.
            pool.shutdown(wait=not in_flight, cancel_futures=True)


# --- Analyzer.pipe --------------------------------------------------------------------


def _raise_failure(failure: Failure) -> None:
    if failure.stage == "input":
        raise failure.error
    raise AnalysisError(
        f"texts[{failure.index}]: {failure.reason}. The text itself is valid, so this is "
        f"a bug in attribution: please report it with the text."
        + (f"\nWorker traceback:\n{failure.traceback}" if failure.traceback else ""),
        failure.index,
        failure.reason,
        failure.traceback,
    ) from failure.error


def _pair_prepare(max_length: int) -> Callable[[int, Any], str]:
    def prepare(index: int, item: Any) -> str:
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            raise TypeError(
                f"texts[{index}]: with as_tuples=True every item must be a (text, context) "
                f"pair, got {type(item).__name__}"
            )
        return check_text(item[0], f"texts[{index}][0] (the text)", max_length)

    return prepare


def pipe_analyses(
    analyzer: AnalyzerLike,
    texts: Iterable[Any],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    as_tuples: bool = False,
) -> Iterator[Any]:
    """The body of :meth:`Analyzer.pipe`: Analyses (or ``(Analysis, context)``) in order.

    The results before a bad item are yielded first; then its error is raised.
    """
    _check_iterable(texts, "texts")
    if not as_tuples:
        stream = iter_analyses(analyzer, texts, batch_size=batch_size, n_process=n_process)
        return _raise_on_failure(stream)
    contexts: deque[Any] = deque()

    def remember_contexts() -> Iterator[Any]:
        for item in texts:
            ok = isinstance(item, (tuple, list)) and len(item) == 2
            contexts.append(item[1] if ok else None)
            yield item

    stream = iter_analyses(
        analyzer,
        remember_contexts(),
        batch_size=batch_size,
        n_process=n_process,
        prepare=_pair_prepare(analyzer.max_length),
    )
    return _with_contexts(stream, contexts)


def _raise_on_failure(stream: Iterator[Analysis | Failure]) -> Iterator[Analysis]:
    with _closing(stream):
        for r in stream:
            if isinstance(r, Failure):
                _raise_failure(r)
            else:
                yield r


def _with_contexts(
    stream: Iterator[Analysis | Failure], contexts: deque[Any]
) -> Iterator[tuple[Analysis, Any]]:
    with _closing(stream):
        for r in stream:
            ctx = contexts.popleft()
            if isinstance(r, Failure):
                _raise_failure(r)
            else:
                yield r, ctx


class _closing:
    """Close a generator on exit, so a pool shuts down as soon as its consumer stops."""

    def __init__(self, gen: Iterator[Any]) -> None:
        self.gen = gen

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        close = getattr(self.gen, "close", None)
        if close is not None:
            close()
