"""The spaCy component: ``nlp.add_pipe("attribution")`` on a blank or statistical pipeline.

The component is a thin face of :class:`~attribution.pipeline.Pipeline`, the object
:class:`~attribution.Analyzer` runs, so on the same Doc both return the same quotes and
hedges. ``import attribution`` registers the factory; the ``spacy_factories`` entry
point lets ``spacy.load`` find it in a saved pipeline without the import.

Results on the Doc:

* ``doc._.attribution``: the :class:`~attribution.Analysis` (``None`` before the
  component ran); ``doc._.quotes`` and ``doc._.hedges``: its lists;
* ``doc._.attribution_dict``: the stored form, ``Analysis.to_dict()``. It is JSON-safe,
  so results survive ``Doc.to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=2)``; the
  three attributes above are read from it;
* span groups with labels: ``doc.spans["quotes"]`` ("direct quote", "mixed quote",
  "indirect quote", "according-to quote"), ``doc.spans["speakers"]`` (the speaker's
  kind and resolved name: "person: Mason Clark" over "he"), ``doc.spans["cues"]``
  ("speech cue", "belief cue", ...), ``doc.spans["hedges"]`` (category and
  probability: "probability 0.85"), and quotes, speakers and hedges together in
  ``doc.spans["attribution"]`` for
  ``displacy.render(doc, style="span", options={"spans_key": "attribution"})``.

Custom lexicons named in the config are copied into the component's directory by
``nlp.to_disk``, so a saved pipeline reloads where the original files do not exist.
"""

import dataclasses
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from .errors import LexiconError
from .pipeline import Pipeline, Settings
from .resources import CueLexicon, Resources, SpeakerLexicon, WordLexicon
from .tokenize import protect, source_text
from .types import Analysis, Hedge, Quote

__all__ = [
    "DEFAULT_CONFIG",
    "LEXICONS",
    "AttributionComponent",
    "SpanKeys",
    "cue_label",
    "hedge_label",
    "make_attribution",
    "quote_label",
    "set_span_groups",
    "speaker_label",
]

# The lexicons a user may replace, and how each is read.
LEXICONS: dict[str, Callable[[str], Any]] = {
    "cues": CueLexicon.load,
    "speakers": SpeakerLexicon.load,
    "words": WordLexicon.load,
}

DEFAULT_CONFIG: dict[str, Any] = {
    "cues": None,
    "speakers": None,
    "words": None,
    "quote_kinds": None,
    "cue_types": None,
    "hedges": True,
    "quotes_key": "quotes",
    "speakers_key": "speakers",
    "cues_key": "cues",
    "hedges_key": "hedges",
    "spans_key": "attribution",
    "protect_tokenizer": True,
}


def _register_extensions() -> None:
    if not Doc.has_extension("attribution_dict"):
        Doc.set_extension("attribution_dict", default=None)
    if not Doc.has_extension("attribution"):
        Doc.set_extension("attribution", getter=_analysis_of)
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", getter=_quotes_of)
    if not Doc.has_extension("hedges"):
        Doc.set_extension("hedges", getter=_hedges_of)


def _analysis_of(doc: Doc) -> Analysis | None:
    data = doc._.attribution_dict
    if data is None:
        return None
    analysis = Analysis.from_dict(_as_lists(data))
    text = doc.text
    source = source_text(doc, text)
    if source is not text:  # the Doc holds a stand-in: quote the input
        return Analysis(analysis.quotes, analysis.hedges, text=text).with_text(source)
    return Analysis(analysis.quotes, analysis.hedges, text=text)


def _as_lists(value: Any) -> Any:
    """``value`` with tuples turned back into lists (msgpack, as in ``Doc.from_bytes``,
    returns lists as tuples)."""
    if isinstance(value, dict):
        return {k: _as_lists(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_as_lists(v) for v in value]
    return value


def _quotes_of(doc: Doc) -> list[Quote]:
    analysis = _analysis_of(doc)
    return [] if analysis is None else analysis.quotes


def _hedges_of(doc: Doc) -> list[Hedge]:
    analysis = _analysis_of(doc)
    return [] if analysis is None else analysis.hedges


_register_extensions()


# -- span groups --------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SpanKeys:
    """The ``doc.spans`` keys the results go to; ``combined`` holds quotes, speakers and
    hedges together."""

    quotes: str = "quotes"
    speakers: str = "speakers"
    cues: str = "cues"
    hedges: str = "hedges"
    combined: str = "attribution"


def quote_label(quote: Quote) -> str:
    """"direct quote", "mixed quote", "indirect quote" or "according-to quote"."""
    return f"{quote.kind.replace('_', '-')} quote"


# Labels are display strings that displaCy puts in a page without escaping them: a name
# read from the text shows "<" and ">" as "‹" and "›", so no label can open an element,
# and a lone surrogate (which spaCy's string store cannot hold) as U+FFFD.
_LABEL_SAFE = {ord("<"): "‹", ord(">"): "›", **{c: "\ufffd" for c in range(0xD800, 0xE000)}}


def speaker_label(quote: Quote) -> str:
    """The speaker's kind and resolved name: "person: Mason Clark". Characters that
    could start markup are shown as look-alikes ("<" as "‹", ">" as "›"), so displaCy,
    which does not escape labels, draws any name safely."""
    assert quote.speaker is not None
    return f"{quote.speaker.kind}: {quote.speaker.name.translate(_LABEL_SAFE)}"


def cue_label(quote: Quote) -> str:
    """The cue's type: "speech cue", "belief cue", ..."""
    return f"{quote.cue_type} cue"


def hedge_label(hedge: Hedge) -> str:
    """The hedge's category, its probability when it states one: "probability 0.85"."""
    label: str = hedge.category
    if hedge.probability is not None:
        label += f" {hedge.probability:.2f}"
    if hedge.negated:
        label += ", negated"
    return label


def set_span_groups(
    doc: Doc, analysis: Analysis, keys: SpanKeys | None = None, *, length: int | None = None
) -> None:
    """Write ``analysis`` to ``doc.spans`` as labelled span groups (see the module doc).

    Character offsets are widened to whole tokens; a span that covers no token is left
    out rather than raising. A speaker mentioned once for several quotes appears once.
    The combined group holds quotes, speakers and hedges but not cues: a cue label
    right after a pronoun's speaker label ("he said") would be drawn over it.
    ``length`` is ``len(doc.text)`` when the caller has it (``doc.text`` joins every
    token again).
    """
    keys = keys or SpanKeys()
    if length is None:
        length = len(doc.text)
    groups: dict[str, dict[tuple[int, int, str], Span]] = {
        keys.quotes: {}, keys.speakers: {}, keys.cues: {}, keys.hedges: {},
    }

    def add(key: str, start: int, end: int, label: str) -> None:
        if not 0 <= start < end <= length:
            return
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            groups[key].setdefault((span.start, span.end, label), span)

    for q in analysis.quotes:
        add(keys.quotes, q.content.start, q.content.end, quote_label(q))
        if q.cue is not None:
            add(keys.cues, q.cue.start, q.cue.end, cue_label(q))
        if q.speaker is not None and q.speaker.mention is not None:
            m = q.speaker.mention
            add(keys.speakers, m.start, m.end, speaker_label(q))
    for h in analysis.hedges:
        add(keys.hedges, h.cue.start, h.cue.end, hedge_label(h))
    combined: list[Span] = []
    for key, spans in groups.items():
        ordered = sorted(spans.values(), key=lambda s: (s.start, -s.end, s.label_))
        doc.spans[key] = ordered
        if key != keys.cues:
            combined.extend(ordered)
    combined.sort(key=lambda s: (s.start, -s.end, s.label_))
    doc.spans[keys.combined] = combined


# -- the component ------------------------------------------------------------------------


@Language.factory(
    "attribution",
    default_config=DEFAULT_CONFIG,
    assigns=[
        "doc._.attribution", "doc._.attribution_dict", "doc._.quotes", "doc._.hedges",
        "doc.spans",
    ],
)
def make_attribution(
    nlp: Language,
    name: str,
    cues: str | None,
    speakers: str | None,
    words: str | None,
    quote_kinds: list[str] | None,
    cue_types: list[str] | None,
    hedges: bool,
    quotes_key: str,
    speakers_key: str,
    cues_key: str,
    hedges_key: str,
    spans_key: str,
    protect_tokenizer: bool,
) -> "AttributionComponent":
    """Make the ``attribution`` component (``nlp.add_pipe("attribution", config=...)``).

    ``cues``, ``speakers``, ``words``: paths of TSV lexicons replacing the packaged ones
    (``None`` keeps them). ``quote_kinds``: keep only these kinds (direct, mixed,
    indirect, according_to); ``cue_types``: only quotes with these cue types (speech,
    belief, intention, knowledge, perception, document); ``None`` keeps all.
    ``hedges``: find hedges. The ``*_key`` values name the ``doc.spans`` groups.
    ``protect_tokenizer``: wrap the pipeline's tokenizer in
    :class:`~attribution.tokenize.ProtectedTokenizer`, as the Analyzer does, so that
    runs of quote marks stay linear, lone surrogates are accepted and Unicode spaces read
    as spaces (``doc.text`` then holds a plain space where the input had a no-break
    space, at the same offset; ``doc._.quotes`` quote the input).
    """
    if protect_tokenizer:
        protect(nlp)
    return AttributionComponent(
        nlp,
        name,
        lexicons={"cues": cues, "speakers": speakers, "words": words},
        settings=Settings.make(quote_kinds, cue_types, hedges),
        keys=SpanKeys(quotes_key, speakers_key, cues_key, hedges_key, spans_key),
    )


class AttributionComponent:
    """Finds quotes, speakers and hedges, and writes them to ``doc._`` and ``doc.spans``."""

    def __init__(
        self,
        nlp: Language,
        name: str = "attribution",
        *,
        lexicons: dict[str, str | None] | None = None,
        settings: Settings | None = None,
        keys: SpanKeys | None = None,
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.settings = settings or Settings()
        self.keys = keys or SpanKeys()
        unknown = sorted(set(lexicons or {}) - set(LEXICONS))
        if unknown:
            raise ValueError(
                f"unknown lexicon name(s) {unknown}; choose from {', '.join(LEXICONS)}"
            )
        # Custom lexicons: their file contents, kept to be written by to_disk/to_bytes.
        self._lexicon_bytes: dict[str, bytes] = {}
        self._lexicons: dict[str, Any] = {}
        self._missing: dict[str, str] = {}
        self._pipeline: Pipeline | None = None
        found: dict[str, Path] = {}
        for kind, path in (lexicons or {}).items():
            if path is None:
                continue
            if Path(path).is_file():
                found[kind] = Path(path)
            else:
                # Not an error yet: spacy.load builds the component from the saved config
                # (which names the original file) before from_disk supplies the saved copy.
                self._missing[kind] = str(path)
        if not self._missing:
            self._load(found)

    def __repr__(self) -> str:
        return f"<AttributionComponent name={self.name!r}>"

    @property
    def pipeline(self) -> Pipeline:
        """The stages this component runs (shared design with ``Analyzer.pipeline``)."""
        if self._pipeline is None:
            raise self._missing_error()
        return self._pipeline

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # once: each call joins every token again
        analysis = self.pipeline(doc, text)
        doc._.attribution_dict = analysis.to_dict()
        set_span_groups(doc, analysis, self.keys, length=len(text))
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]] | None = None,
        *,
        nlp: Language | None = None,
    ) -> None:
        """Nothing to train; fails early if a lexicon named in the config is missing."""
        if self._pipeline is None:
            raise self._missing_error()

    # -- serialization: the custom lexicon files travel with the pipeline -----------------

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the custom lexicons (and a ``cfg`` listing them) into directory ``path``."""
        if self._pipeline is None:
            raise self._missing_error()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for kind, data in self._lexicon_bytes.items():
            (path / f"{kind}.tsv").write_bytes(data)
        srsly.write_json(path / "cfg", {"lexicons": sorted(self._lexicon_bytes)})

    def from_disk(
        self, path: str | Path, *, exclude: Iterable[str] = ()
    ) -> "AttributionComponent":
        """Load the lexicons ``to_disk`` wrote; they replace the files the config names."""
        path = Path(path)
        cfg_path = path / "cfg"
        kinds: list[str] = []
        if cfg_path.is_file():
            kinds = list(srsly.read_json(cfg_path).get("lexicons", []))
        self._load({kind: path / f"{kind}.tsv" for kind in kinds if kind in LEXICONS})
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        if self._pipeline is None:
            raise self._missing_error()
        data: bytes = srsly.msgpack_dumps({"lexicons": self._lexicon_bytes})
        return data

    def from_bytes(
        self, bytes_data: bytes, *, exclude: Iterable[str] = ()
    ) -> "AttributionComponent":
        lexicons: dict[str, bytes] = srsly.msgpack_loads(bytes_data).get("lexicons", {})
        with tempfile.TemporaryDirectory() as tmp:
            paths: dict[str, Path] = {}
            for kind, data in lexicons.items():
                if kind in LEXICONS:
                    paths[kind] = Path(tmp) / f"{kind}.tsv"
                    paths[kind].write_bytes(data)
            self._load(paths)
        return self

    # -- helpers ---------------------------------------------------------------------------

    def _load(self, files: dict[str, Path]) -> None:
        """Read the custom lexicon ``files`` and rebuild the pipeline.

        Lexicons loaded before stay unless ``files`` replaces them; the packaged ones fill
        the rest. Files are read directly, not through the packaged-lexicon cache, so a
        rewritten file is read again.
        """
        for kind, path in files.items():
            try:
                data = path.read_bytes()
            except OSError as e:
                raise LexiconError(f"{path}: cannot read lexicon file ({e.strerror})") from None
            self._lexicons[kind] = LEXICONS[kind](str(path))
            self._lexicon_bytes[kind] = data
            self._missing.pop(kind, None)
        if self._missing:
            raise self._missing_error()
        resources = dataclasses.replace(Resources.default(), **self._lexicons)
        self._pipeline = Pipeline(self.nlp, resources, self.settings)

    def _missing_error(self) -> LexiconError:
        kind, path = next(iter(self._missing.items()))
        return LexiconError(
            f"{path}: {kind} lexicon file not found (component {self.name!r}). Give the "
            f"path of an existing TSV file, e.g. nlp.add_pipe('attribution', "
            f"config={{'{kind}': '/path/to/{kind}.tsv'}}), or load a pipeline saved with "
            f"nlp.to_disk(), which carries a copy of the file."
        )
