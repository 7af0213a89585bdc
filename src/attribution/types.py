"""The result model: immutable records with character offsets into the exact input.

Every span is a pair of Python ``str`` indices into the text the user passed in, so
``text[span.start:span.end] == span.text`` holds for every span of every result. No
stage normalises the text in a way that shifts offsets.

The records serialise to plain JSON-safe dicts with :meth:`to_dict` and come back equal
with :meth:`from_dict`::

    {"quotes": [{"content": {"start": 0, "end": 0, "text": ""},
                 "cue": {"start": 0, "end": 0, "text": "said"},
                 "speaker": {"name": "Mason Clark", "kind": "person",
                             "mention": {"start": 0, "end": 0, "text": "he"},
                             "description": "head of the Russia team at ISW"},
                 "kind": "direct", "confidence": 0.9, ...}],
     "hedges": [...]}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal, get_args

from .schema import SCHEMA_VERSION, SchemaError, astral_count
from .schema import validate as validate_document

QuoteKind = Literal["direct", "mixed", "indirect", "according_to"]
SpeakerKind = Literal["person", "organization", "anonymous", "media", "document", "unknown"]
CueType = Literal["speech", "belief", "intention", "knowledge", "perception", "document"]
HedgeCategory = Literal[
    "probability",
    "modal",
    "evidential",
    "attribution",
    "extent",
    "belief",
    "desire",
    "conditional",
]

QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)
SPEAKER_KINDS: tuple[str, ...] = get_args(SpeakerKind)
CUE_TYPES: tuple[str, ...] = get_args(CueType)
HEDGE_CATEGORIES: tuple[str, ...] = get_args(HedgeCategory)

class ResultFormatError(SchemaError):
    """A dict handed to ``from_dict`` does not have the shape ``to_dict`` produces (the
    JSON Schema of :mod:`attribution.schema`): the message names the path of the value
    and what was expected."""


def _check(d: Any, definition: str | None) -> None:
    validate_document(d, definition, ResultFormatError)


def _split_pairs(text: str, length: int) -> str:
    """``text`` with characters beyond U+FFFF written as two surrogate code points, from
    the left, until it is ``length`` long: undoes what JSON does to a pair of lone
    surrogates (it reads the escaped pair back as one character)."""
    out: list[str] = []
    extra = length - len(text)
    for c in text:
        cp = ord(c)
        if extra > 0 and cp > 0xFFFF:
            cp -= 0x10000
            out += [chr(0xD800 + (cp >> 10)), chr(0xDC00 + (cp & 0x3FF))]
            extra -= 1
        else:
            out.append(c)
    return "".join(out)


_INIT_NAMES: dict[type, tuple[str, ...]] = {}


def _reduce_as_call(record: Any) -> tuple[Any, ...]:
    """Pickle a record as its constructor call: about twice as quick to write and to read
    as the generic state of a frozen dataclass with slots (which looks up the fields of
    every object), and it is what worker processes send back for every result."""
    cls = type(record)
    names = _INIT_NAMES.get(cls)
    if names is None:
        names = _INIT_NAMES.setdefault(cls, tuple(f.name for f in fields(cls) if f.init))
    return cls, tuple([getattr(record, n) for n in names])


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the input text: ``text == input[start:end]``."""

    __reduce__ = _reduce_as_call

    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start

    def __contains__(self, other: object) -> bool:
        if isinstance(other, Span):
            return self.start <= other.start and other.end <= self.end
        return False

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]``."""
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Span:
        """The span of ``d`` (ResultFormatError if it is not one ``to_dict`` writes)."""
        _check(d, "span")
        return cls._from_valid(d)

    @classmethod
    def _from_valid(cls, d: Mapping[str, Any]) -> Span:
        start, end, text = int(d["start"]), int(d["end"]), d["text"]
        if len(text) != end - start and astral_count(text):
            text = _split_pairs(text, end - start)
        return cls(start, end, text)


def _span_or_none(d: Any) -> Span | None:
    return None if d is None else Span._from_valid(d)


def _dict_or_none(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else s.to_dict()


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it.

    ``mention`` is the phrase naming the speaker at this quote ("he", "the US official");
    ``name`` the most specific name the text gives for that entity ("Mason Clark", or
    "US official" for an anonymous source); ``kind`` one of person, organization,
    anonymous, media, document, unknown; ``description`` what the text says the speaker
    is ("head of the Russia team at ISW"), if it says.
    """

    __reduce__ = _reduce_as_call

    name: str
    kind: SpeakerKind
    mention: Span | None = None
    description: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "mention": _dict_or_none(self.mention),
            "description": self.description,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Speaker:
        _check(d, "speaker")
        return cls._from_valid(d)

    @classmethod
    def _from_valid(cls, d: Mapping[str, Any]) -> Speaker:
        return cls(d["name"], d["kind"], _span_or_none(d.get("mention")), d.get("description"))


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds a hedge: the speaker of the quote it stands in."""

    __reduce__ = _reduce_as_call

    name: str
    kind: SpeakerKind

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Holder:
        _check(d, "holder")
        return cls._from_valid(d)

    @classmethod
    def _from_valid(cls, d: Mapping[str, Any]) -> Holder:
        return cls(d["name"], d["kind"])


@dataclass(frozen=True, slots=True)
class Hedge:
    """A hedge cue and what it does to the claim it governs.

    ``probability`` is the median probability readers give the phrase (0-1) and
    ``probability_range`` its interquartile or official range, both ``None`` where the
    phrase states no probability ("in part", "reportedly"); ``certainty`` is the
    commitment it leaves (1 = fully committed); ``scope`` the clause it governs;
    ``holder`` the speaker when the hedge stands inside a quote, ``None`` for the author.
    """

    __reduce__ = _reduce_as_call

    cue: Span
    category: HedgeCategory
    probability: float | None = None
    probability_range: tuple[float, float] | None = None
    certainty: float = 1.0
    negated: bool = False
    scope: Span | None = None
    holder: Holder | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "cue": self.cue.to_dict(),
            "category": self.category,
            "probability": self.probability,
            "probability_range": (
                None if self.probability_range is None else list(self.probability_range)
            ),
            "certainty": self.certainty,
            "negated": self.negated,
            "scope": _dict_or_none(self.scope),
            "holder": None if self.holder is None else self.holder.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Hedge:
        _check(d, "hedge")
        return cls._from_valid(d)

    @classmethod
    def _from_valid(cls, d: Mapping[str, Any]) -> Hedge:
        prob, rng, holder = d.get("probability"), d.get("probability_range"), d.get("holder")
        return cls(
            cue=Span._from_valid(d["cue"]),
            category=d["category"],
            probability=None if prob is None else float(prob),
            probability_range=None if rng is None else (float(rng[0]), float(rng[1])),
            certainty=float(d.get("certainty", 1.0)),
            negated=bool(d.get("negated", False)),
            scope=_span_or_none(d.get("scope")),
            holder=None if holder is None else Holder._from_valid(holder),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """One attribution: ``speaker`` said ``content``, signalled by ``cue``.

    ``kind`` is direct (all quoted), mixed (reported speech with a quoted fragment),
    indirect (reported speech without quote marks) or according_to; ``cue_type`` says
    whether the cue reports speech, a belief, an intention, knowledge, a perception or a
    document. ``hedges`` are the hedges inside the content and ``certainty`` the
    commitment they leave (1.0 when there are none).

    ``group`` numbers the quotation the quote is part of (from 0, in text order): the
    pieces of a quotation interrupted by its attribution ('“A,” he said. “B.”') share it
    with each other and with the uncued paragraphs that continue it. ``inherited`` is
    True for a piece with no attribution of its own, such as an uncued quote paragraph:
    its speaker (and, when it continues an interrupted quotation, its cue) is that of
    the attribution it continues.
    """

    __reduce__ = _reduce_as_call

    content: Span
    cue: Span | None
    speaker: Speaker | None
    kind: QuoteKind
    confidence: float
    cue_type: CueType = "speech"
    hedges: tuple[Hedge, ...] = ()
    certainty: float = 1.0
    group: int | None = None
    inherited: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "content": self.content.to_dict(),
            "cue": _dict_or_none(self.cue),
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "kind": self.kind,
            "confidence": self.confidence,
            "cue_type": self.cue_type,
            "hedges": [h.to_dict() for h in self.hedges],
            "certainty": self.certainty,
            "group": self.group,
            "inherited": self.inherited,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quote:
        _check(d, "quote")
        return cls._from_valid(d)

    @classmethod
    def _from_valid(cls, d: Mapping[str, Any]) -> Quote:
        speaker, cue = d.get("speaker"), d.get("cue")
        return cls(
            content=Span._from_valid(d["content"]),
            cue=None if cue is None else Span._from_valid(cue),
            speaker=None if speaker is None else Speaker._from_valid(speaker),
            kind=d["kind"],
            confidence=float(d["confidence"]),
            cue_type=d.get("cue_type", "speech"),
            hedges=tuple(Hedge._from_valid(h) for h in d.get("hedges") or ()),
            certainty=float(d.get("certainty", 1.0)),
            group=d.get("group"),
            inherited=bool(d.get("inherited", False)),
        )


@dataclass(frozen=True)
class Analysis:
    """Everything found in one text: quotes and hedges, each in text order.

    ``text`` is the analysed input; it is kept for rendering and does not take part in
    equality or in :meth:`to_dict` unless asked for (``include_text=True``).
    """

    quotes: list[Quote] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)
    text: str = field(default="", compare=False, repr=False)

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    @property
    def speakers(self) -> list[Speaker]:
        """Distinct speakers by resolved name and kind, in order of first quote."""
        seen: dict[tuple[str, str], Speaker] = {}
        for q in self.quotes:
            if q.speaker is not None:
                seen.setdefault((q.speaker.name, q.speaker.kind), q.speaker)
        return list(seen.values())

    def with_text(self, text: str) -> Analysis:
        """This result over ``text``, a string of the same length: every span's text is
        read again from ``text`` (offsets unchanged).

        The analyzer uses it when it analysed a stand-in of the input (lone surrogates
        replaced by U+FFFD, which spaCy cannot encode) so that spans quote the input.
        """
        if len(text) != len(self.text):
            raise ValueError(
                f"with_text needs a text of the same length ({len(self.text)}), got {len(text)}"
            )

        def span(s: Span) -> Span:
            return Span(s.start, s.end, text[s.start : s.end])

        def opt(s: Span | None) -> Span | None:
            return None if s is None else span(s)

        def hedge(h: Hedge) -> Hedge:
            return replace(h, cue=span(h.cue), scope=opt(h.scope))

        def quote(q: Quote) -> Quote:
            speaker = q.speaker
            if speaker is not None:
                speaker = replace(speaker, mention=opt(speaker.mention))
            return replace(
                q,
                content=span(q.content),
                cue=opt(q.cue),
                speaker=speaker,
                hedges=tuple(hedge(h) for h in q.hedges),
            )

        return Analysis(
            quotes=[quote(q) for q in self.quotes],
            hedges=[hedge(h) for h in self.hedges],
            text=text,
        )

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """The result as plain JSON-safe data, in the shape of the shipped JSON Schema
        (:mod:`attribution.schema`), with its ``schema_version``."""
        d: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "quotes": [q.to_dict() for q in self.quotes],
            "hedges": [h.to_dict() for h in self.hedges],
        }
        if include_text:
            d["text"] = self.text
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], *, validate: bool = True) -> Analysis:
        """The result ``to_dict`` wrote (or a line of ``attribution batch`` output).

        ``d`` is checked against the JSON Schema first: a value of the wrong type, out
        of range (confidence 7, NaN), an unknown kind, a span whose start is after its
        end or whose text does not fit its offsets raises ResultFormatError naming its
        path (``quotes[0].confidence``). Lists may be tuples (msgpack). A result without
        ``schema_version`` (written before versions were) reads as 1.0; one of another
        major version is refused. ``validate=False`` skips the check for data this
        library just wrote.
        """
        if validate:
            if not isinstance(d, Mapping):
                raise ResultFormatError(
                    f"analysis: expected a dict (as produced by to_dict()), got "
                    f"{type(d).__name__}"
                )
            version = d.get("schema_version")
            if version is not None and not (
                isinstance(version, str) and version.split(".")[0] == SCHEMA_VERSION.split(".")[0]
            ):
                raise ResultFormatError(
                    f"schema_version: {version!r} is a result format this version of "
                    f"attribution cannot read (it reads {SCHEMA_VERSION.split('.')[0]}.x); "
                    f"upgrade attribution"
                )
            if "line" in d and "record_hash" in d:
                _check(d, "batch_record")
            else:
                _check(d, None)
        text = d.get("text", "")
        return cls(
            quotes=[Quote._from_valid(q) for q in d["quotes"]],
            hedges=[Hedge._from_valid(h) for h in d["hedges"]],
            text=text if isinstance(text, str) else "",
        )

