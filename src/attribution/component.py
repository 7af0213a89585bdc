"""The spaCy component: ``nlp.add_pipe("attribution")`` on a blank or statistical pipeline.

The component is a thin face of :class:`~attribution.pipeline.Pipeline`, the object
:class:`~attribution.Analyzer` runs, so on the same Doc both return the same quotes and
hedges. ``import attribution`` registers the factory; the ``spacy_factories`` entry
point lets ``spacy.load`` find it in a saved pipeline without the import.

Results on the Doc (:mod:`attribution.extensions`; the names take the config's
``extension_prefix``, default none):

* ``doc._.attribution``: the :class:`~attribution.Analysis` (``None`` before the
  component ran); ``doc._.quotes``, ``doc._.hedges`` and ``doc._.entities``: its lists;
* ``doc._.attribution_dict``: the stored form, ``Analysis.to_dict()``. It is JSON-safe,
  so results survive ``Doc.to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=2)``; the
  three attributes above are read from it;
* span groups with labels (:mod:`attribution.spangroups`): ``doc.spans["quotes"]``
  ("direct quote", "mixed quote", "indirect quote", "according-to quote"),
  ``doc.spans["speakers"]`` (the speaker's kind and resolved name: "person: Mason Clark"
  over "he"), ``doc.spans["cues"]`` ("speech cue", "belief cue", ...),
  ``doc.spans["hedges"]`` (category and probability: "probability 0.85"),
  ``doc.spans["entities"]`` (every mention of each speaker entity, labelled with its
  kind and name, its ``id_`` the entity's id: "e3"), ``doc.spans["furniture"]`` (the
  page-furniture lines set aside, labelled with their kind), and quotes, speakers and
  hedges together in ``doc.spans["attribution"]`` for
  ``displacy.render(doc, style="span", options={"spans_key": "attribution"})``;
* on each quote span: ``span._.quote``, ``span._.speaker``, ``span._.cue``,
  ``span._.hedges`` and ``span._.group``.

By default the component protects the pipeline's tokenizer (see
:mod:`attribution.tokenize`): linear on runs of quote marks, safe on lone surrogates,
Unicode spaces read as spaces.

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
from spacy.tokens import Doc
from spacy.training import Example

from .collector import collector_paused
from .errors import LexiconError
from .extensions import ExtensionClash, Extensions, register, stored_form
from .lexicon import read_bytes
from .pipeline import Pipeline, Settings
from .resources import CueLexicon, Resources, SpeakerLexicon, WordLexicon
from .spangroups import (
    SpanKeys,
    cue_label,
    hedge_label,
    quote_label,
    set_span_groups,
    speaker_label,
)
from .tokenize import protect

__all__ = [
    "DEFAULT_CONFIG",
    "LEXICONS",
    "AttributionComponent",
    "ExtensionClash",
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
    "attributions": False,
    "min_confidence": None,
    "quotes_key": "quotes",
    "speakers_key": "speakers",
    "cues_key": "cues",
    "hedges_key": "hedges",
    "spans_key": "attribution",
    "entities_key": "entities",
    "furniture_key": "furniture",
    "protect_tokenizer": True,
    "extension_prefix": "",
    "pause_gc": True,
}

# The Doc extensions of the default prefix exist once attribution is imported, so that
# doc._.quotes reads [] before the component ran; a name another library holds is left
# to it here, and making the component with that prefix says so.
register("", spans=False, strict=False)




# -- the component ------------------------------------------------------------------------


@Language.factory(
    "attribution",
    default_config=DEFAULT_CONFIG,
    assigns=[
        "doc._.attribution", "doc._.attribution_dict", "doc._.quotes", "doc._.hedges",
        "doc._.entities", "doc.spans",
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
    attributions: bool,
    min_confidence: float | None,
    quotes_key: str,
    speakers_key: str,
    cues_key: str,
    hedges_key: str,
    spans_key: str,
    entities_key: str,
    furniture_key: str,
    protect_tokenizer: bool,
    extension_prefix: str,
    pause_gc: bool = True,
) -> "AttributionComponent":
    """Make the ``attribution`` component (``nlp.add_pipe("attribution", config=...)``).

    ``cues``, ``speakers``, ``words``: paths of TSV lexicons replacing the packaged ones
    (``None`` keeps them). ``quote_kinds``: keep only these kinds (direct, mixed,
    indirect, according_to); ``cue_types``: only quotes with these cue types (speech,
    belief, intention, knowledge, perception, document); ``None`` keeps all.
    ``hedges``: find hedges. ``attributions``: add the PARC-style attributions that are
    no quotes; ``min_confidence``: the least confidence a quote needs (``None``: the
    decider's default). The ``*_key`` values name the ``doc.spans`` groups.
    ``protect_tokenizer``: wrap the pipeline's tokenizer in
    :class:`~attribution.tokenize.ProtectedTokenizer`, as the Analyzer does, so that
    runs of quote marks stay linear, lone surrogates are accepted and Unicode spaces read
    as spaces (``doc.text`` then holds a plain space where the input had a no-break
    space, at the same offset; ``doc._.quotes`` quote the input).
    ``extension_prefix``: put before every ``._`` name (``"attr_"``: ``doc._.attr_quotes``,
    ``span._.attr_speaker``); a name another library registered raises ExtensionClash.
    ``pause_gc``: pause Python's cyclic garbage collector while a Doc is analysed
    (:mod:`attribution.collector`), so a long Doc costs what its pieces cost.
    """
    component = AttributionComponent(
        nlp,
        name,
        lexicons={"cues": cues, "speakers": speakers, "words": words},
        settings=Settings.make(
            quote_kinds, cue_types, hedges, min_confidence, attributions, pause_gc=pause_gc
        ),
        keys=SpanKeys(
            quotes_key, speakers_key, cues_key, hedges_key, spans_key, entities_key,
            furniture_key,
        ),
        extension_prefix=extension_prefix,
    )
    if protect_tokenizer:
        protect(nlp)
    return component


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
        extension_prefix: str = "",
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.settings = settings or Settings()
        self.keys = keys or SpanKeys()
        self.extensions: Extensions = register(extension_prefix)
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
            if Path(path).exists():  # a file (or what is no lexicon: read_bytes says so)
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
        # The span groups make a Span (and Tokens) per quote, cue and mention: inside the
        # same pause of the cyclic collector as the analysis (``collector.py``).
        with collector_paused(self.pipeline.settings.pause_gc):
            analysis = self.pipeline(doc, text)
            doc._.set(self.extensions.data, stored_form(analysis))
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
            data = read_bytes(path)
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
