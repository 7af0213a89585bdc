"""Many texts through one Analyzer: in input order, in batches, optionally in processes.

:meth:`Analyzer.pipe <attribution.Analyzer.pipe>` and ``attribution batch`` both run on
:func:`iter_analyses`. With ``n_process=1`` the texts go through ``nlp.pipe`` in batches
in this process. With ``n_process > 1`` whole analyses run in worker processes: each
worker rebuilds the Analyzer once from its constructor arguments (a pool initializer,
so it works with every start method: a fork server on Linux, ``spawn`` on macOS and
Windows; see :data:`START_METHOD`) and receives batches of texts. spaCy's own
``nlp.pipe(n_process=...)`` would only parallelise making the Docs and leave our stages
in the parent.

This process analyses the first batch itself and, while the workers start, the batches
after those it sent them (see :func:`_iter_pool`), so the first result and a short run do
not wait for imports. Memory stays bounded: the input is read lazily, and at most
``2 * n_process`` batches are with the workers and ``4 * n_process`` done early here.
Results come back in input order. A bad record never stops the stream: it comes out as a
:class:`Failure` at its position, and the caller decides whether to raise (``pipe``) or
report it and go on (the CLI, ``attribution.dask``).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, overload

from .errors import check_text
from .tokenize import stand_in
from .types import Analysis

if TYPE_CHECKING:
    from spacy.language import Language

    from .analyzer import Analyzer

__all__ = [
    "START_METHOD",
    "AnalysisError",
    "Failure",
    "WorkerPoolError",
    "iter_analyses",
    "pipe_analyses",
    "resolve_n_process",
]

_T = TypeVar("_T")
_R = TypeVar("_R")


def _default_start_method() -> str:
    """"forkserver" on Linux, "spawn" elsewhere (see :data:`START_METHOD`)."""
    if sys.platform.startswith("linux") and "forkserver" in multiprocessing.get_all_start_methods():
        return "forkserver"
    return "spawn"


#: How worker processes start. On Linux, "forkserver": a fresh interpreter (the fork
#: server, started on first use and kept for the program's life) imports spaCy and this
#: package and builds a default Analyzer once (:data:`FORKSERVER_PRELOAD`), and every
#: worker is forked from it, so workers skip the second or so of imports and a later
#: ``pipe`` call starts its workers at once. Workers are never forked from the caller, so
#: this stays safe when the calling program runs threads. Elsewhere, and as the fallback
#: (set this to "spawn" if a system forbids the fork server's Unix socket), "spawn": the
#: same on every OS, each worker importing everything anew.
START_METHOD = _default_start_method()
#: What the fork server imports before forking workers.
FORKSERVER_PRELOAD = ["attribution._preload"]


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
    """``n_process`` as a worker count: -1 means one per CPU; 0 and < -1 are errors."""
    if not isinstance(n_process, int) or isinstance(n_process, bool):
        raise TypeError(f"n_process must be an int, got {type(n_process).__name__}")
    if n_process == -1:
        return max(1, os.cpu_count() or 1)
    if n_process < 1:
        raise ValueError(
            f"n_process must be a positive number of processes or -1 (one per CPU), "
            f"got {n_process}"
        )
    return n_process


def _check_batch_size(batch_size: int) -> int:
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    return batch_size


# --- the work done on one batch (in this process or in a worker) ----------------------


def _identity(analysis: Analysis) -> Analysis:
    return analysis


def _picklable(error: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def analyze_texts(
    analyzer: Analyzer,
    texts: list[str],
    transform: Callable[[Analysis], Any] = _identity,
    *,
    in_worker: bool = False,
) -> list[Any]:
    """Analyse ``texts`` (valid strs) through one ``nlp.pipe``; failures are returned.

    Each entry of the result is ``transform(analysis)``, or ``(exception, traceback
    text)`` for a text whose analysis (or transform) raised. Each Doc is analysed as soon
    as ``nlp.pipe`` yields it, while it is still in the CPU's caches.
    """
    out: list[Any] = [None] * len(texts)
    todo = [i for i, t in enumerate(texts) if t]
    for i, t in enumerate(texts):
        if not t:
            out[i] = transform(Analysis(text=t))
    # As Analyzer.analyze does: lone surrogates and Unicode spaces go through a stand-in
    # of the same length, and the spans are read back from the input.
    stand_ins = {i: proxy for i in todo if (proxy := stand_in(texts[i])) is not None}

    def finish(i: int, doc: Any, text: str) -> None:
        try:
            result = analyzer.analyze_doc(doc, text)
            if i in stand_ins:
                result = result.with_text(texts[i])
            out[i] = transform(result)
        except Exception as e:
            out[i] = (_picklable(e) if in_worker else e, traceback.format_exc())

    inputs = [stand_ins.get(i, texts[i]) for i in todo]
    done = 0
    try:
        for doc in analyzer.nlp.pipe(inputs, batch_size=len(todo) or 1):
            finish(todo[done], doc, inputs[done])
            done += 1
    except Exception:
        # Making one of the Docs failed and took the batch down: go on one text at a
        # time, so only the culprit is reported.
        for k in range(done, len(todo)):
            i = todo[k]
            try:
                doc = analyzer.nlp(inputs[k])
            except Exception as e:
                out[i] = (_picklable(e) if in_worker else e, traceback.format_exc())
                continue
            finish(i, doc, inputs[k])
    return out


_worker_analyzer: Analyzer | None = None


def _init_worker(config: dict[str, Any], nlp: Language | None) -> None:
    """Pool initializer: build this worker's one Analyzer; leave Ctrl-C to the parent."""
    global _worker_analyzer
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .analyzer import _rebuild_analyzer

    _worker_analyzer = _preloaded(config, nlp) or _rebuild_analyzer(config, nlp)


def _preloaded(config: dict[str, Any], nlp: Language | None) -> Analyzer | None:
    """The fork server's ready-made Analyzer (``attribution._preload``), if this worker
    was forked from it and is asked for the same settings; else None."""
    preload = sys.modules.get("attribution._preload")
    if preload is None or nlp is not None:
        return None
    ready: Analyzer = preload.ANALYZER
    return ready if ready._rebuild_args() == (config, None) else None


def _work(texts: list[str], transform: Callable[[Analysis], Any]) -> list[Any]:
    if _worker_analyzer is None:  # pragma: no cover - the initializer always ran
        raise RuntimeError("worker process has no Analyzer: the pool initializer did not run")
    return analyze_texts(_worker_analyzer, texts, transform, in_worker=True)


def _worker_payload(analyzer: Analyzer) -> tuple[dict[str, Any], Language | None]:
    """What a worker needs to rebuild ``analyzer``: its config and, if any, its Language."""
    config, nlp = analyzer._rebuild_args()
    if nlp is not None:
        try:
            pickle.dumps(nlp)
        except Exception as e:
            raise TypeError(
                f"n_process > 1 needs a copy of the spaCy pipeline in every worker process, "
                f"but this Analyzer was built from a Language object that cannot be pickled "
                f"({type(e).__name__}: {e}). Build it from an installed pipeline name "
                f"instead, e.g. Analyzer(model='en_core_web_sm'), or use n_process=1."
            ) from e
    return config, nlp


# --- the ordered, bounded stream ------------------------------------------------------


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
    analyzer: Analyzer,
    items: Iterable[Any],
    *,
    batch_size: int = ...,
    n_process: int = ...,
    prepare: Callable[[int, Any], str] | None = ...,
) -> Iterator[Analysis | Failure]: ...


@overload
def iter_analyses(
    analyzer: Analyzer,
    items: Iterable[Any],
    *,
    transform: Callable[[Analysis], _R],
    batch_size: int = ...,
    n_process: int = ...,
    prepare: Callable[[int, Any], str] | None = ...,
) -> Iterator[_R | Failure]: ...


def iter_analyses(
    analyzer: Analyzer,
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
    _check_batch_size(batch_size)
    workers = resolve_n_process(n_process)
    prep = prepare or _default_prepare(analyzer.max_length)
    if workers == 1:
        return _iter_local(analyzer, items, transform, batch_size, prep)
    payload = _worker_payload(analyzer)
    return _iter_pool(analyzer, payload, items, transform, batch_size, workers, prep)


def _iter_local(
    analyzer: Analyzer,
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


def _make_pool(payload: tuple[dict[str, Any], Language | None], workers: int) -> Executor:
    ctx = multiprocessing.get_context(START_METHOD)
    if START_METHOD == "forkserver":
        ctx.set_forkserver_preload(FORKSERVER_PRELOAD)  # used when the server first starts
    return ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=payload
    )


def _submit(
    pool: Executor, batch: _Batch, texts: list[str], transform: Callable[[Analysis], Any]
) -> None:
    if texts:
        batch.future = pool.submit(_work, texts, transform)
    else:
        batch.results = []


class _Sender:
    """Sends the first batches to the workers from a short-lived thread: starting a
    worker can block (a fork server answers once it has imported spaCy), and meanwhile
    this process has better things to do."""

    def __init__(
        self, pool: Executor, first: list[tuple[_Batch, list[str]]],
        transform: Callable[[Analysis], Any],
    ) -> None:
        self.first = first
        self.errors: list[BaseException] = []

        def send() -> None:
            try:
                for batch, texts in first:
                    _submit(pool, batch, texts, transform)
            except BaseException as e:  # raised in the caller's thread by check()
                self.errors.append(e)

        self.thread = threading.Thread(target=send, name="attribution-pool-start", daemon=True)
        self.thread.start()

    def sending(self) -> bool:
        return self.thread.is_alive()

    def delivered(self) -> bool:
        """Has a worker finished a batch (so the workers are up)?"""
        return any(b.future is not None and b.future.done() for b, _ in self.first)

    def check(self) -> None:
        if self.errors:
            raise WorkerPoolError(
                f"could not start the worker processes: {self.errors[0]}"
            ) from self.errors[0]


def _analysed_here(
    analyzer: Analyzer, nb: tuple[_Batch, list[str]], transform: Callable[[Analysis], Any]
) -> _Batch:
    batch, texts = nb
    batch.results = analyze_texts(analyzer, texts, transform) if texts else []
    return batch


def _result(batch: _Batch) -> list[Any]:
    """The batch's results, waiting for its worker if it has one."""
    if batch.future is None:
        assert batch.results is not None
        return batch.results
    try:
        return batch.future.result()
    except BrokenProcessPool as e:
        raise WorkerPoolError(
            f"a worker process died while analysing records {batch.first}-"
            f"{batch.first + batch.size - 1} (killed, or out of memory?), or "
            f"could not start. Try fewer processes or a smaller batch_size; "
            f"if a worker cannot start, check that the code calling pipe() "
            f"runs under `if __name__ == '__main__':`."
        ) from e


def _iter_pool(
    analyzer: Analyzer,
    payload: tuple[dict[str, Any], Language | None],
    items: Iterable[Any],
    transform: Callable[[Analysis], Any],
    batch_size: int,
    workers: int,
    prepare: Callable[[int, Any], str],
) -> Iterator[Any]:
    """The batches in order: the first analysed here, the next ``2 * workers`` sent to the
    workers; while the workers start (until one has delivered), the batches after those
    are analysed here too, at most ``4 * workers`` of them; then the workers do the rest.
    """
    pool = _make_pool(payload, workers)
    window = 2 * workers
    batches = _Batches(items, batch_size, prepare)
    in_flight: deque[_Batch] = deque()
    try:
        head = batches.next()  # analysed here: the first result waits for no worker
        first: list[tuple[_Batch, list[str]]] = []
        while len(first) < window and (nb := batches.next()) is not None:
            first.append(nb)
        sender = _Sender(pool, first, transform)
        if head is not None:
            in_flight.append(_analysed_here(analyzer, head, transform))
        in_flight.extend(b for b, _ in first)
        pending = sum(1 for _, texts in first if texts)  # batches with the workers
        helped = 0
        while True:
            if not sender.sending():
                sender.check()
                while pending < window and (nb := batches.next()) is not None:
                    _submit(pool, *nb, transform)
                    in_flight.append(nb[0])
                    pending += nb[0].future is not None
            if not in_flight:
                break
            batch = in_flight[0]
            if (batch.results is None and helped < 2 * window
                    and (sender.sending() or not sender.delivered())):
                nb = batches.next()
                if nb is not None:  # the workers are starting: analyse the next batch here
                    in_flight.append(_analysed_here(analyzer, nb, transform))
                    helped += 1
                    continue
            if batch.results is None and batch.future is None:
                sender.thread.join()  # its batch is being sent
                sender.check()
            in_flight.popleft()
            pending -= batch.future is not None
            yield from _emit(batch, _result(batch))
    finally:
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
    analyzer: Analyzer,
    texts: Iterable[Any],
    *,
    batch_size: int = 64,
    n_process: int = 1,
    as_tuples: bool = False,
) -> Iterator[Any]:
    """The body of :meth:`Analyzer.pipe`: Analyses (or ``(Analysis, context)``) in order.

    The results before a bad item are yielded first; then its error is raised.
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError(
            "texts must be an iterable of texts, got a single "
            f"{type(texts).__name__}; use Analyzer.analyze() for one text, or wrap it "
            "in a list"
        )
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
