"""Bounded memory for long runs: an Analyzer renews its spaCy Language when the
vocabulary has grown past a limit.

spaCy's vocabulary keeps every string and lexeme it has seen: an Analyzer that reads
100,000 news articles grows by about 190 MB and does not level off, as every new name,
number and URL stays. Two remedies were measured (docs/evaluation.md):

* spaCy's memory zones (``nlp.memory_zone()``) around each text or batch free its strings,
  but also empty the caches that make spaCy fast (the lexemes, the tokenizer's cache):
  analysis ran two to three times slower on new texts;
* renewing the Language, as here: when ``len(nlp.vocab.strings)`` has grown by more than
  ``vocab_limit`` since it was built, the Analyzer builds a fresh one (the blank
  pipeline, or the named one, loaded again) with its stages. The caches stay warm in
  between, so the cost is one build per that many new strings; memory stays below a
  ceiling set by the limit.

:class:`Engine` is a Language with the stages built for it; work that makes Docs and
analyses them (``Analyzer.analyze``, a batch of ``pipe``) takes one engine and uses it
throughout, so a renewal never mixes two vocabularies. Nothing is freed while in use:
the old Language lives on as long as something (a Doc, a caller's ``analyzer.nlp``)
refers to it. An Analyzer built from a ``Language`` object is not renewed (it cannot be
rebuilt); wrap such work in ``nlp.memory_zone()`` yourself.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language

from .types import Analysis

__all__ = ["DEFAULT_VOCAB_LIMIT", "Engine", "Renewal"]

#: New strings in spaCy's vocabulary before an Analyzer renews its Language: about
#: 60 MB of strings, lexemes and tables (docs/evaluation.md).
DEFAULT_VOCAB_LIMIT = 200_000


@dataclass(frozen=True)
class Engine:
    """A Language and the stages built for its vocabulary."""

    nlp: Language
    pipeline: Callable[..., Analysis]


class Renewal:
    """Keeps the current engine, and renews it when its vocabulary is over the limit.

    ``build`` makes a fresh engine; ``limit`` is the number of strings the vocabulary may
    gain (None: never renew). Safe to share between threads: one renews, the others go
    on with the engine they hold.
    """

    def __init__(self, engine: Engine, build: Callable[[], Engine] | None,
                 limit: int | None) -> None:
        self.engine = engine
        self._build = build
        self.limit = limit
        self.renewals = 0
        self._base = len(engine.nlp.vocab.strings)
        self._lock = threading.Lock()

    def _over(self, engine: Engine) -> bool:
        return (self._build is not None and self.limit is not None
                and len(engine.nlp.vocab.strings) > self._base + self.limit)

    def current(self) -> Engine:
        """The engine to use now, renewed first if its vocabulary is over the limit."""
        engine = self.engine
        if self._over(engine):
            with self._lock:
                engine = self.engine
                if self._over(engine):
                    assert self._build is not None
                    engine = self._build()
                    self._base = len(engine.nlp.vocab.strings)
                    self.engine = engine
                    self.renewals += 1
        return engine
