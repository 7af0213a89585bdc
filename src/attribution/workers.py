"""The work on one batch of texts, and the worker processes that do it in parallel.

:func:`analyze_texts` analyses a batch through one ``nlp.pipe`` with the analyzer's
current engine (:mod:`attribution.memory`), in this process or in a worker.

:func:`start_pool` starts the workers of :func:`attribution.parallel.iter_analyses`, a
``concurrent.futures.ProcessPoolExecutor`` with :data:`START_METHOD`:

* **Linux: "fork".** Each worker is a copy of this process made when the first batch
  is sent: it holds the caller's Analyzer as it is, so it starts at once, needs nothing
  pickled (an Analyzer built from any Language object works) and needs no
  ``if __name__ == "__main__":`` guard in the calling script.
* **elsewhere: "spawn"** (fork is unsafe on macOS): each worker starts a fresh
  interpreter and rebuilds the Analyzer from its pickle (its constructor arguments);
  as with any ``multiprocessing`` program, a script needs the main guard.

Workers never outlive their parent. On Linux each asks the kernel for SIGKILL when the
thread that forked it ends (``prctl(PR_SET_PDEATHSIG)``; only when that thread is the
main thread, whose end is the program's); everywhere, a watcher thread in each worker
checks every :data:`WATCH_INTERVAL` seconds that its parent is still the process that
started it and exits if not. So a parent killed outright (SIGKILL, the OOM killer) leaves
no worker behind. Workers ignore Ctrl-C (the parent handles it) and take SIGTERM's
default action.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol

from spacy.tokens import Doc

from .memory import Engine
from .tokenize import stand_in
from .types import Analysis

__all__ = [
    "START_METHOD",
    "WATCH_INTERVAL",
    "AnalyzerLike",
    "analyze_texts",
    "check_can_start",
    "start_pool",
    "worker_analyze",
]


def _default_start_method() -> str:
    return "fork" if sys.platform.startswith("linux") else "spawn"


#: How worker processes start: "fork" on Linux, "spawn" elsewhere (see the module doc).
START_METHOD = _default_start_method()
#: Seconds between a worker's checks that its parent is alive.
WATCH_INTERVAL = 0.5
_PR_SET_PDEATHSIG = 1


class AnalyzerLike(Protocol):
    """What the workers need of an :class:`~attribution.Analyzer`."""

    @property
    def max_length(self) -> int: ...

    def engine(self) -> Engine: ...


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
    analyzer: AnalyzerLike,
    texts: list[str],
    transform: Callable[[Analysis], Any] = _identity,
    *,
    in_worker: bool = False,
) -> list[Any]:
    """Analyse ``texts`` (valid strs) through one ``nlp.pipe``; failures are returned.

    Each entry of the result is ``transform(analysis)``, or ``(exception, traceback
    text)`` for a text whose analysis (or transform) raised. Each Doc is analysed as soon
    as ``nlp.pipe`` yields it, while it is still in the CPU's caches. The batch takes one
    engine (Language and stages) from the analyzer, renewed first if its vocabulary has
    grown past the limit (:mod:`attribution.memory`).
    """
    out: list[Any] = [None] * len(texts)
    todo = [i for i, t in enumerate(texts) if t]
    for i, t in enumerate(texts):
        if not t:
            out[i] = transform(Analysis(text=t))
    # As Analyzer.analyze does: lone surrogates and Unicode spaces go through a stand-in
    # of the same length, and the spans are read back from the input.
    stand_ins = {i: proxy for i in todo if (proxy := stand_in(texts[i])) is not None}

    def fail(i: int, e: Exception) -> None:
        out[i] = (_picklable(e) if in_worker else e, traceback.format_exc())

    engine = analyzer.engine()

    def finish(i: int, doc: Doc, text: str) -> None:
        try:
            result: Analysis = engine.pipeline(doc, text)
            if i in stand_ins:
                result = result.with_text(texts[i])
            out[i] = transform(result)
        except Exception as e:
            fail(i, e)

    inputs = [stand_ins.get(i, texts[i]) for i in todo]
    done = 0
    try:
        for doc in engine.nlp.pipe(inputs, batch_size=len(todo) or 1):
            finish(todo[done], doc, inputs[done])
            done += 1
    except Exception:
        # Making one of the Docs failed and took the batch down: go on one text at a
        # time, so only the culprit is reported.
        for k in range(done, len(todo)):
            try:
                doc = engine.nlp(inputs[k])
            except Exception as e:
                fail(todo[k], e)
                continue
            finish(todo[k], doc, inputs[k])
    return out


# --- worker processes ---------------------------------------------------------------------

_worker_analyzer: AnalyzerLike | None = None


def start_pool(analyzer: AnalyzerLike, workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes that analyse with ``analyzer`` (call
    :func:`check_can_start` first). Processes start with the first batch submitted:
    submit it from the thread that will use the pool."""
    method = START_METHOD
    death_signal = method == "fork" and threading.current_thread() is threading.main_thread()
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context(method),
        initializer=_init_worker,
        # A fork server's workers are its children, not this process's.
        initargs=(analyzer, None if method == "forkserver" else os.getpid(), death_signal),
    )


def worker_analyze(texts: list[str], transform: Callable[[Analysis], Any]) -> list[Any]:
    """The task a worker runs: :func:`analyze_texts` with its Analyzer."""
    if _worker_analyzer is None:  # pragma: no cover - the initializer always ran
        raise RuntimeError("worker process has no Analyzer: the pool initializer did not run")
    return analyze_texts(_worker_analyzer, texts, transform, in_worker=True)


def check_can_start(analyzer: AnalyzerLike) -> None:
    """TypeError, saying what to do, if workers cannot get a copy of ``analyzer``: with
    "spawn", one built from a Language object that cannot be pickled."""
    if START_METHOD == "fork":
        return
    try:
        pickle.dumps(analyzer)
    except Exception as e:
        raise TypeError(
            f"n_process > 1 needs a copy of the spaCy pipeline in every worker process "
            f"(started with {START_METHOD!r} here), but this Analyzer was built from a "
            f"Language object that cannot be pickled ({type(e).__name__}: {e}). Build it "
            f"from an installed pipeline name instead, e.g. "
            f"Analyzer(model='en_core_web_sm'), or use n_process=1."
        ) from e


def _init_worker(analyzer: AnalyzerLike, parent: int | None, death_signal: bool) -> None:
    """Pool initializer: tie the worker to its parent, keep its Analyzer."""
    global _worker_analyzer
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not a handler copied from the parent
    if death_signal:
        _ask_for_death_signal()
    if parent is None:
        parent = os.getppid()
    elif os.getppid() != parent:  # the parent died before the line above
        os._exit(1)
    threading.Thread(
        target=_watch_parent, args=(parent,), name="attribution-parent-watch", daemon=True
    ).start()
    _worker_analyzer = analyzer


def _ask_for_death_signal() -> None:
    """SIGKILL this process when the thread that forked it ends (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # pragma: no cover - not Linux after all
        pass


def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(WATCH_INTERVAL)
        if os.getppid() != parent:
            os._exit(1)
