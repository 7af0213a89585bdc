"""The Analyzer: owns a spaCy Language and runs the attribution pipeline over texts."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Literal, TypeVar, overload

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import DEFAULT_MAX_LENGTH, ModelNotFoundError, check_text
from .lexicon import PathLike
from .memory import DEFAULT_VOCAB_LIMIT, Engine, Renewal
from .paragraphs import keep_paragraphs
from .pipeline import Pipeline, Settings
from .resources import Resources
from .tokenize import blank_english, protect, stand_in
from .types import Analysis

_Ctx = TypeVar("_Ctx")

__all__ = ["Analyzer", "blank_english", "load_language", "stand_in"]


def load_language(model: str | Language | None) -> Language:
    """spaCy's blank English for ``None``, an installed pipeline by name, or ``model``;
    its tokenizer protected (:func:`attribution.tokenize.protect`) and, when it parses,
    its paragraph breaks kept from the parser (:func:`attribution.paragraphs.keep_paragraphs`)."""
    return keep_paragraphs(_language(model))


def _language(model: str | Language | None) -> Language:
    if model is None:
        return blank_english()
    if isinstance(model, Language):
        return protect(model)
    if not isinstance(model, str):
        raise TypeError(
            f"model must be None, a pipeline name (str) or a spacy.Language, "
            f"got {type(model).__name__}"
        )
    if model in ("blank", "en", "blank:en"):
        return blank_english()
    try:
        return protect(spacy.load(model))
    except OSError as e:
        if "E050" in str(e) or "Can't find model" in str(e):
            raise ModelNotFoundError(_not_installed(model)) from None
        raise


def _not_installed(model: str) -> str:
    """What to do when ``spacy.load(model)`` finds no such pipeline."""
    installed = sorted(spacy.util.get_installed_models())
    have = (
        f"Pipelines installed here: {', '.join(installed)}."
        if installed else "No spaCy pipeline is installed here."
    )
    if "/" in model or "\\" in model or model.startswith("."):
        return (
            f"no spaCy pipeline at {model!r}: the directory does not exist. Pass the "
            f"directory nlp.to_disk() wrote, the name of an installed pipeline, or "
            f"model=None for the rules backend, which needs no download. {have}"
        )
    return (
        f"spaCy pipeline {model!r} is not installed. Install it with "
        f"`python -m spacy download {model}` (or `pip install` the package that provides "
        f"it); or pass model=None for the rules backend, which needs no download. {have}"
    )


class Analyzer:
    """Finds quotes, their speakers, and hedges in English news text.

    >>> an = Analyzer()                       # rules backend: spaCy's blank English
    >>> res = an.analyze('“We will win,” she said.')
    >>> res.quotes[0].speaker.name
    'she'

    ``model`` may name any installed spaCy pipeline or be a loaded ``Language``; its
    parse and entities then add evidence to every stage, and its tokenizer is wrapped in
    :class:`~attribution.tokenize.ProtectedTokenizer` (linear on runs of quote marks,
    safe on lone surrogates; ordinary text tokenizes as before). ``max_length`` caps the
    input size in characters (default :data:`~attribution.DEFAULT_MAX_LENGTH`, 2,000,000;
    spaCy's ``nlp.max_length`` is raised to match): a longer text raises ValueError saying
    how to split it or raise the limit. ``quote_kinds`` and ``cue_types`` keep only those
    kinds of quotes; ``hedges=False`` skips hedge detection. ``min_confidence`` (0 to 1)
    is the least confidence a quote needs, the probability the decider gives that an
    annotator would mark it (None: the default of the shipped model, the threshold of
    best F1 on PolNeAR dev). By default the result holds quotes: speech and writing
    reported directly, mixed, or indirectly with a clause or quotation as content, and
    "according to"; ``attributions=True`` adds the PARC-style attributions a reader does
    not call quotes (beliefs, intentions, knowledge, perceptions, noun-phrase contents:
    "echoed this view"), and with them the acts and attitudes whose cues a learned tagger
    finds beyond the cue lexicon ("endorsed", "voted for"; ``cue_tagger`` True or False
    overrides that). ``cues``, ``speakers`` and ``words`` replace the packaged lexicons.
    ``vocab_limit`` bounds memory over a long run: when spaCy's vocabulary has gained
    that many strings, the Language is built afresh (default 200,000, about 60 MB; None:
    never; not for a Language given as an object). ``pause_gc`` (default True) pauses
    Python's cyclic garbage collector while a document is analysed, so that a long
    document costs what its pieces cost (:mod:`attribution.collector`: one analysis at
    a time holds the pause, and the collector's state is restored after it, by an error
    too). Arguments of the wrong type raise TypeError naming the argument and the type
    received.
    """

    def __init__(
        self,
        model: str | Language | None = None,
        *,
        max_length: int = DEFAULT_MAX_LENGTH,
        quote_kinds: Iterable[str] | None = None,
        cue_types: Iterable[str] | None = None,
        hedges: bool = True,
        min_confidence: float | None = None,
        attributions: bool = False,
        cue_tagger: bool | None = None,
        cues: PathLike | None = None,
        speakers: PathLike | None = None,
        words: PathLike | None = None,
        vocab_limit: int | None = DEFAULT_VOCAB_LIMIT,
        pause_gc: bool = True,
    ) -> None:
        quote_kinds, cue_types = _check_arguments(
            max_length, quote_kinds, cue_types, hedges,
            {"cues": cues, "speakers": speakers, "words": words},
        )
        if vocab_limit is not None and (
            not isinstance(vocab_limit, int) or isinstance(vocab_limit, bool) or vocab_limit < 1
        ):
            raise ValueError(
                f"vocab_limit must be a positive number of strings or None, got {vocab_limit!r}"
            )
        if min_confidence is not None and (
            isinstance(min_confidence, bool) or not isinstance(min_confidence, (int, float))
        ):
            raise TypeError(
                f"min_confidence must be a number from 0 to 1 or None, got "
                f"{type(min_confidence).__name__}"
            )
        if not isinstance(attributions, bool):
            raise TypeError(
                f"attributions must be True or False, got {type(attributions).__name__}"
            )
        if not isinstance(pause_gc, bool):
            raise TypeError(f"pause_gc must be True or False, got {type(pause_gc).__name__}")
        if cue_tagger is not None and not isinstance(cue_tagger, bool):
            raise TypeError(
                f"cue_tagger must be True, False or None, got {type(cue_tagger).__name__}"
            )
        self.max_length = max_length
        self.settings = Settings.make(
            quote_kinds, cue_types, hedges, min_confidence, attributions, cue_tagger, pause_gc
        )
        self.resources = Resources.load(cues, speakers, words)
        #: Was the Analyzer given a ``Language`` object (rather than a name or None)?
        self.from_language = isinstance(model, Language)
        self._model = model
        self._renewal = Renewal(
            self._build_engine(), None if self.from_language else self._build_engine,
            vocab_limit,
        )
        self.model_name = model if isinstance(model, str) or model is None else model.meta.get(
            "name", "custom"
        )
        self._config: dict[str, Any] = {
            "model": model if isinstance(model, str) or model is None else None,
            "max_length": max_length,
            "quote_kinds": None if quote_kinds is None else sorted(self.settings.quote_kinds or ()),
            "cue_types": None if cue_types is None else sorted(self.settings.cue_types or ()),
            "hedges": hedges,
            "min_confidence": min_confidence,
            "attributions": attributions,
            "cue_tagger": cue_tagger,
            "cues": None if cues is None else str(cues),
            "speakers": None if speakers is None else str(speakers),
            "words": None if words is None else str(words),
            "vocab_limit": vocab_limit,
            "pause_gc": pause_gc,
        }

    def _build_engine(self) -> Engine:
        """The Language (loaded again, unless it was given as an object) and its stages."""
        nlp = load_language(self._model)
        nlp.max_length = max(nlp.max_length, self.max_length)
        return Engine(nlp, Pipeline(nlp, self.resources, self.settings))

    def __repr__(self) -> str:
        return f"Analyzer(model={self.model_name!r})"

    @property
    def nlp(self) -> Language:
        """The spaCy Language analysing now (a new one after a renewal: see
        :meth:`engine`)."""
        return self._renewal.engine.nlp

    @property
    def pipeline(self) -> Callable[..., Analysis]:
        """The stages, built for :attr:`nlp`'s vocabulary."""
        return self._renewal.engine.pipeline

    @pipeline.setter
    def pipeline(self, stages: Callable[..., Analysis]) -> None:
        self._renewal.engine = Engine(self._renewal.engine.nlp, stages)

    @property
    def renewals(self) -> int:
        """How often the Language was renewed to bound memory (see :meth:`engine`)."""
        return self._renewal.renewals

    def engine(self) -> Engine:
        """The Language and stages to use for the next Docs, together.

        When spaCy's vocabulary has gained more than ``vocab_limit`` strings (new names,
        numbers, URLs: it keeps every one), a fresh Language is built first, so that a
        long run's memory stays bounded (:mod:`attribution.memory`). Work that makes Docs
        and analyses them takes one engine for all of it.
        """
        return self._renewal.current()

    def analyze(self, text: str) -> Analysis:
        """Analyse one text."""
        text = check_text(text, "text", self.max_length)
        if not text:
            return Analysis(text=text)
        proxy = stand_in(text)
        engine = self.engine()
        if proxy is None:
            return engine.pipeline(engine.nlp(text), text)
        return engine.pipeline(engine.nlp(proxy), proxy).with_text(text)

    __call__ = analyze

    def analyze_doc(self, doc: Doc, text: str | None = None) -> Analysis:
        """Analyse a Doc already made by this analyzer's ``nlp`` (or any pipeline with the
        same vocabulary).

        ``text``, when given, must be the Doc's text; it spares re-joining the tokens.
        """
        if not isinstance(doc, Doc):
            raise TypeError(f"doc must be a spacy.tokens.Doc, got {type(doc).__name__}")
        if text is not None and len(text) != (
            doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        ):
            raise ValueError("text must be the Doc's own text (doc.text)")
        return self.pipeline(doc, text)

    @overload
    def pipe(
        self, texts: Iterable[str], *, batch_size: int = ..., n_process: int = ...,
        as_tuples: Literal[False] = ...,
    ) -> Iterator[Analysis]: ...

    @overload
    def pipe(
        self, texts: Iterable[tuple[str, _Ctx]], *, batch_size: int = ..., n_process: int = ...,
        as_tuples: Literal[True],
    ) -> Iterator[tuple[Analysis, _Ctx]]: ...

    def pipe(
        self,
        texts: Iterable[Any],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        as_tuples: bool = False,
    ) -> Iterator[Any]:
        """Analyse many texts, yielding results in input order, like spaCy's ``nlp.pipe``.

        ``batch_size`` texts go through ``nlp.pipe`` together. ``n_process`` > 1 runs
        whole analyses in that many worker processes (-1: one per CPU; see
        :mod:`attribution.workers`: on Linux they are forked from this process, need no
        ``if __name__ == "__main__":`` guard and exit when it dies; elsewhere each worker
        rebuilds this Analyzer, and a script needs the guard as for any
        ``multiprocessing`` program). ``as_tuples=True`` takes ``(text, context)`` pairs and yields
        ``(Analysis, context)``; contexts stay in this process. Results are picklable.

        The input is read lazily. A text that is not a ``str`` (or is over
        ``max_length``) raises TypeError (ValueError) naming its index, after the
        results before it have been yielded.
        """
        from .parallel import pipe_analyses

        return pipe_analyses(
            self, texts, batch_size=batch_size, n_process=n_process, as_tuples=as_tuples
        )

    @property
    def config(self) -> dict[str, Any]:
        """The constructor arguments, JSON-safe: ``Analyzer.from_config(a.config)``
        builds an equal Analyzer (``model`` is None for one given a Language object:
        see :attr:`from_language`)."""
        return dict(self._config)

    @classmethod
    def from_config(cls, config: Mapping[str, Any], nlp: Language | None = None) -> Analyzer:
        """An Analyzer from :attr:`config` (and the Language object, if it had one)."""
        kwargs = dict(config)
        model = kwargs.pop("model", None)
        return cls(nlp if nlp is not None else model, **kwargs)

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickles as its constructor arguments: the copy loads its own pipeline by name,
        # or gets a pickled copy of a Language it was given.
        return (_from_config, (self.config, self.nlp if self.from_language else None))


def _check_arguments(
    max_length: Any, quote_kinds: Any, cue_types: Any, hedges: Any, paths: dict[str, Any]
) -> tuple[list[str] | None, list[str] | None]:
    """TypeError (wrong type) or ValueError (bad value) for Analyzer's arguments; returns
    ``quote_kinds`` and ``cue_types`` as lists (an iterator is read once, here)."""
    if not isinstance(max_length, int) or isinstance(max_length, bool):
        raise TypeError(
            f"max_length must be an int (a number of characters), got "
            f"{type(max_length).__name__}"
        )
    if max_length < 1:
        raise ValueError(f"max_length must be at least 1, got {max_length}")
    chosen: list[list[str] | None] = []
    for name, value in (("quote_kinds", quote_kinds), ("cue_types", cue_types)):
        if value is None or isinstance(value, str):
            chosen.append(None if value is None else [value])
            continue
        if not isinstance(value, Iterable) or isinstance(value, (bytes, bytearray, Mapping)):
            raise TypeError(
                f"{name} must be None, a str or an iterable of str, got {type(value).__name__}"
            )
        values = list(value)
        odd = [v for v in values if not isinstance(v, str)]
        if odd:
            raise TypeError(f"{name} must hold str values, got {type(odd[0]).__name__}")
        chosen.append(values)
    if not isinstance(hedges, bool):
        raise TypeError(f"hedges must be True or False, got {type(hedges).__name__}")
    for name, path in paths.items():
        if path is not None and not isinstance(path, (str, os.PathLike)):
            raise TypeError(
                f"{name} must be the path of a TSV lexicon (str or pathlib.Path), got "
                f"{type(path).__name__}"
            )
    return chosen[0], chosen[1]


def _from_config(config: dict[str, Any], nlp: Language | None = None) -> Analyzer:
    """``Analyzer.from_config``, as a module-level function for pickles."""
    return Analyzer.from_config(config, nlp)


# The name pickles of earlier versions refer to.
_rebuild_analyzer = _from_config
