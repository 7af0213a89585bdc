"""Python's cyclic garbage collector, paused while one document is analysed.

Why: reference counting frees what an analysis drops the moment it is dropped; the
cyclic collector only adds passes over the objects alive. A long article keeps tens of
thousands of them alive at once (cue matches, candidates, mentions, spans), and once
they pass a quarter of the process's long-lived objects CPython runs a full collection,
which walks every object of the process, spaCy's and the lexicons' included: about 8 %
of a 400 kB article's time, a cost that ten 40 kB articles (each with a tenth of the
objects alive) never pay, so the analysis grew faster than its input. Paused, it costs
what its pieces cost. The analysis makes next to no cyclic garbage (a few hundred
objects for a 400 kB article, freed by the first collection after it).

The pause is safe to leave on (``Analyzer(pause_gc=False)`` and the component's
``pause_gc`` setting turn it off):

* it is taken only when the collector is enabled at entry (a program that disabled it
  keeps it disabled) and by one analysis at a time in the process: a nested analysis,
  or one in another thread while the pause is held, runs without touching the state;
* the analysis that took it enables the collector again when it ends, by an exception
  too; the next allocation then runs the collections that were due, so a program whose
  threads analyse one document after another still collects between documents;
* ``gc.collect()`` works as ever while paused. One thing cannot be told apart: a
  ``gc.disable()`` from another thread during someone's analysis is undone at its end.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_PAUSE = threading.Lock()


@contextmanager
def collector_paused(enabled: bool = True) -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block (see the module);
    ``enabled=False`` leaves it alone."""
    if not enabled or not _PAUSE.acquire(blocking=False):
        yield
        return
    try:
        if not gc.isenabled():
            yield
            return
        gc.disable()
        try:
            yield
        finally:
            gc.enable()
    finally:
        _PAUSE.release()
