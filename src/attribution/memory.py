"""Bounded memory for long runs: spaCy memory zones around the Analyzer's own Docs.

spaCy's vocabulary keeps every string and lexeme it has seen: an Analyzer that reads
100,000 news articles grows by about 190 MB and does not level off, as every new name,
number and URL stays. spaCy 3.8's ``nlp.memory_zone()`` frees what was added inside
the block when it ends, but it must not be nested and is shared by every thread using
the pipeline: closing it while another thread's Doc is in use would free that Doc's
strings.

:class:`ZoneGate` opens one zone for as long as any analysis through the gate runs and
closes it when the last one ends, so a single thread frees the strings of each text (or
batch) as soon as it is done, and threads sharing one Analyzer free theirs whenever the
analyses in flight drain. So that a steady stream of overlapping analyses still frees
memory, after :data:`DRAIN_AFTER` entries new analyses wait until those in flight end and
the zone is closed. A zone the caller opened (``with analyzer.nlp.memory_zone(): ...``) is
left to the caller.

The results hold plain Python strings, never spaCy's, so they outlive the zone. What a
spaCy string store is still asked for after the zone (``nlp.vocab.strings[h]`` of a word
seen only inside it) is gone; the Analyzer never does that.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from typing import Any

from spacy.language import Language

__all__ = ["DRAIN_AFTER", "ZoneGate"]

#: Analyses admitted into one zone before new ones wait for it to close.
DRAIN_AFTER = 256


class ZoneGate:
    """Memory zones of ``nlp`` shared safely by the threads that enter the gate."""

    def __init__(self, nlp: Language, drain_after: int = DRAIN_AFTER) -> None:
        self._nlp = nlp
        self._drain_after = drain_after
        self._cond = threading.Condition()
        self._active = 0
        self._admitted = 0
        self._zone: contextlib.ExitStack | None = None

    @property
    def open(self) -> bool:
        """Is a zone of this gate open now?"""
        return self._zone is not None

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self._cond:
            while self._zone is not None and self._admitted >= self._drain_after:
                self._cond.wait()
            vocab: Any = self._nlp.vocab
            if self._active == 0 and not vocab.in_memory_zone:
                zone = contextlib.ExitStack()
                zone.enter_context(self._nlp.memory_zone())
                self._zone = zone
            self._active += 1
            self._admitted += 1
        try:
            yield
        finally:
            with self._cond:
                self._active -= 1
                if self._active == 0:
                    opened, self._zone, self._admitted = self._zone, None, 0
                    if opened is not None:
                        opened.close()
                    self._cond.notify_all()
