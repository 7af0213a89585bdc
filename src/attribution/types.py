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
                             "description": "head of the Russia team at ISW",
                             "entity": "e3", "gender": "male"},
                 "kind": "direct", "confidence": 0.9, ...}],
     "hedges": [...],
     "entities": [{"id": "e3", "name": "Mason Clark", "kind": "person",
                   "gender": "male", "mentions": [{"start": 0, "end": 0, "text": "he"}, ...],
                   "descriptions": ["head of the Russia team at ISW"]}]}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal, TypeVar, get_args

QuoteKind = Literal["direct", "mixed", "indirect", "according_to"]
SpeakerKind = Literal["person", "organization", "anonymous", "media", "document", "unknown"]
Gender = Literal["female", "male"]
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
GENDERS: tuple[str, ...] = get_args(Gender)
CUE_TYPES: tuple[str, ...] = get_args(CueType)
HEDGE_CATEGORIES: tuple[str, ...] = get_args(HedgeCategory)

_N = TypeVar("_N", int, float)


class ResultFormatError(ValueError):
    """A dict handed to ``from_dict`` does not have the shape ``to_dict`` produces."""


def _get(d: Mapping[str, Any], key: str, where: str) -> Any:
    if not isinstance(d, Mapping):
        raise ResultFormatError(
            f"{where}: expected a dict (as produced by to_dict()), got {type(d).__name__}"
        )
    try:
        return d[key]
    except KeyError:
        raise ResultFormatError(
            f"{where}: missing key {key!r}; the dict must come from to_dict()"
        ) from None


def _is_sequence(value: Any) -> bool:
    """A list, tuple or other sequence of records; not a str, bytes or a mapping."""
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray))


def _number(value: Any, kind: type[_N], where: str) -> _N:
    """``value`` as an int or float; a ResultFormatError naming the field if it is not one."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise ResultFormatError(f"{where}: expected a number, got {type(value).__name__}")
    try:
        return kind(value)
    except (TypeError, ValueError, OverflowError):
        raise ResultFormatError(f"{where}: {value!r} is not a number") from None


def _check_choice(value: Any, choices: tuple[str, ...], where: str) -> str:
    if value not in choices:
        raise ResultFormatError(f"{where}: {value!r} is not one of {', '.join(choices)}")
    return str(value)


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
        return cls(
            _number(_get(d, "start", "span"), int, "span.start"),
            _number(_get(d, "end", "span"), int, "span.end"),
            str(_get(d, "text", "span")),
        )


def _span_or_none(d: Any) -> Span | None:
    return None if d is None else Span.from_dict(d)


def _dict_or_none(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else s.to_dict()


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said it.

    ``mention`` is the phrase naming the speaker at this quote ("he", "the US official");
    ``name`` the most specific name the text gives for that entity ("Mason Clark", or
    "US official" for an anonymous source); ``kind`` one of person, organization,
    anonymous, media, document, unknown; ``description`` what the text says the speaker
    is ("head of the Russia team at ISW"), if it says. ``entity`` is the id of the
    speaker's :class:`Entity` in :attr:`Analysis.entities` (``None`` when the mention
    refers to no entity the text names or describes) and ``gender`` that entity's
    gender as the text states it ("female", "male", or ``None``).
    """

    __reduce__ = _reduce_as_call

    name: str
    kind: SpeakerKind
    mention: Span | None = None
    description: str | None = None
    entity: str | None = None
    gender: Gender | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "mention": _dict_or_none(self.mention),
            "description": self.description,
            "entity": self.entity,
            "gender": self.gender,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Speaker:
        kind = _check_choice(_get(d, "kind", "speaker"), SPEAKER_KINDS, "speaker.kind")
        description = d.get("description")
        entity = d.get("entity")
        return cls(
            name=str(_get(d, "name", "speaker")),
            kind=kind,  # type: ignore[arg-type]
            mention=_span_or_none(d.get("mention")),
            description=None if description is None else str(description),
            entity=None if entity is None else str(entity),
            gender=_gender_or_none(d.get("gender"), "speaker.gender"),
        )


def _gender_or_none(value: Any, where: str) -> Gender | None:
    if value is None:
        return None
    return _check_choice(value, GENDERS, where)  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Entity:
    """One person, organisation, outlet, document or anonymous source of the article.

    ``id`` is local to the analysis ("e1", "e2", ... in order of first mention) and is
    what :attr:`Speaker.entity` refers to; ``name`` is the most complete name the text
    gives ("Mason Clark"; for an unnamed source its fullest description, "US official");
    ``kind`` as for a :class:`Speaker`; ``gender`` only as the text states it (pronouns
    that refer to the entity, honorifics, gendered nouns such as "the woman" or "her
    daughter"), never guessed from a name: ``None`` when the text does not say.
    ``mentions`` are the spans that refer to it (names, surnames, descriptions,
    pronouns), in text order; ``descriptions`` what the text says it is ("head of the
    Russia team at ISW").
    """

    __reduce__ = _reduce_as_call

    id: str
    name: str
    kind: SpeakerKind
    gender: Gender | None = None
    mentions: tuple[Span, ...] = ()
    descriptions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "gender": self.gender,
            "mentions": [m.to_dict() for m in self.mentions],
            "descriptions": list(self.descriptions),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entity:
        kind = _check_choice(_get(d, "kind", "entity"), SPEAKER_KINDS, "entity.kind")
        mentions = d.get("mentions") or ()
        descriptions = d.get("descriptions") or ()
        if not _is_sequence(mentions) or not _is_sequence(descriptions):
            raise ResultFormatError("entity: 'mentions' and 'descriptions' must be lists")
        return cls(
            id=str(_get(d, "id", "entity")),
            name=str(_get(d, "name", "entity")),
            kind=kind,  # type: ignore[arg-type]
            gender=_gender_or_none(d.get("gender"), "entity.gender"),
            mentions=tuple(Span.from_dict(m) for m in mentions),
            descriptions=tuple(str(x) for x in descriptions),
        )


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
        kind = _check_choice(_get(d, "kind", "holder"), SPEAKER_KINDS, "holder.kind")
        return cls(name=str(_get(d, "name", "holder")), kind=kind)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Hedge:
    """A hedge cue and what it does to the claim it governs.

    ``probability`` is the median probability readers give the phrase (0-1) and
    ``probability_range`` its interquartile or official range, both ``None`` where the
    phrase states no probability ("in part", "according to"); ``certainty`` is the
    commitment it leaves (1 = fully committed); ``scope`` the clause it governs;
    ``holder`` the speaker when the hedge stands inside a quote, ``None`` for the author;
    ``embedded`` is true when the hedge qualifies an embedded claim (it stands in a relative
    clause or a noun phrase, or it is a noun with its own complement: "an indication of …"),
    not its sentence's main claim, so it leaves a quote's certainty alone.
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
    embedded: bool = False

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
            "embedded": self.embedded,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Hedge:
        category = _check_choice(_get(d, "category", "hedge"), HEDGE_CATEGORIES, "hedge.category")
        prob = d.get("probability")
        rng = d.get("probability_range")
        if rng is not None and (not _is_sequence(rng) or len(rng) != 2):
            raise ResultFormatError("hedge.probability_range: expected [low, high] or null")
        holder = d.get("holder")
        return cls(
            cue=Span.from_dict(_get(d, "cue", "hedge")),
            category=category,  # type: ignore[arg-type]
            probability=None if prob is None else _number(prob, float, "hedge.probability"),
            probability_range=None
            if rng is None
            else (
                _number(rng[0], float, "hedge.probability_range"),
                _number(rng[1], float, "hedge.probability_range"),
            ),
            certainty=_number(d.get("certainty", 1.0), float, "hedge.certainty"),
            negated=bool(d.get("negated", False)),
            scope=_span_or_none(d.get("scope")),
            holder=None if holder is None else Holder.from_dict(holder),
            embedded=bool(d.get("embedded", False)),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """One attribution: ``speaker`` said ``content``, signalled by ``cue``.

    ``kind`` is direct (all quoted), mixed (reported speech with a quoted fragment),
    indirect (reported speech without quote marks) or according_to; ``cue_type`` says
    whether the cue reports speech, a belief, an intention, knowledge, a perception or a
    document. ``hedges`` are the hedges inside the content and ``certainty`` the
    commitment they leave (1.0 when there are none). ``confidence`` is the decider's
    estimate of the probability that a human annotator would mark this quote (its
    content overlapping theirs by half or more); ``rule`` names the declared rule that
    proposed it ("preposed.that_clause", "postposed.source_cue", …).
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
    rule: str = ""

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
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quote:
        kind = _check_choice(_get(d, "kind", "quote"), QUOTE_KINDS, "quote.kind")
        cue_type = _check_choice(d.get("cue_type", "speech"), CUE_TYPES, "quote.cue_type")
        speaker = d.get("speaker")
        hedges = d.get("hedges") or ()
        if not _is_sequence(hedges):
            raise ResultFormatError("quote.hedges: expected a list of hedge dicts")
        return cls(
            content=Span.from_dict(_get(d, "content", "quote")),
            cue=_span_or_none(d.get("cue")),
            speaker=None if speaker is None else Speaker.from_dict(speaker),
            kind=kind,  # type: ignore[arg-type]
            confidence=_number(_get(d, "confidence", "quote"), float, "quote.confidence"),
            cue_type=cue_type,  # type: ignore[arg-type]
            hedges=tuple(Hedge.from_dict(h) for h in hedges),
            certainty=_number(d.get("certainty", 1.0), float, "quote.certainty"),
            rule=str(d.get("rule", "")),
        )


FURNITURE_KINDS: tuple[str, ...] = (
    "ad", "link", "video", "share", "newsletter", "cookie", "copyright", "byline", "credit",
    "caption", "timestamp", "comments", "navigation", "label", "subhead",
)


@dataclass(frozen=True, slots=True)
class Furniture:
    """A line of page furniture the analysis set aside (an advertising slot, a link or
    video prompt, a byline, a caption, a subhead, …): characters ``start .. end`` of the
    input, ``text == input[start:end]``, and its ``kind``."""

    __reduce__ = _reduce_as_call

    start: int
    end: int
    text: str
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Furniture:
        span = Span.from_dict(d)
        kind = _check_choice(_get(d, "kind", "furniture"), FURNITURE_KINDS, "furniture.kind")
        return cls(span.start, span.end, span.text, kind)


@dataclass(frozen=True)
class Analysis:
    """Everything found in one text: quotes and hedges, each in text order, and the
    entities the speakers refer to, in order of first mention, and the lines of page
    furniture set aside.

    ``text`` is the analysed input; it is kept for rendering and does not take part in
    equality or in :meth:`to_dict` unless asked for (``include_text=True``).
    """

    quotes: list[Quote] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    text: str = field(default="", compare=False, repr=False)
    furniture: list[Furniture] = field(default_factory=list)

    def __iter__(self) -> Iterator[Quote]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    @property
    def speakers(self) -> list[Speaker]:
        """Distinct speakers, one per entity (by resolved name and kind where a speaker
        has no entity), in order of first quote."""
        seen: dict[object, Speaker] = {}
        for q in self.quotes:
            sp = q.speaker
            if sp is not None:
                seen.setdefault(sp.entity or (sp.name, sp.kind), sp)
        return list(seen.values())

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id (a :attr:`Speaker.entity`), or ``None``."""
        if entity_id is None:
            return None
        return next((e for e in self.entities if e.id == entity_id), None)

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
            entities=[replace(e, mentions=tuple(map(span, e.mentions))) for e in self.entities],
            text=text,
            furniture=[replace(f, text=text[f.start : f.end]) for f in self.furniture],
        )

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "quotes": [q.to_dict() for q in self.quotes],
            "hedges": [h.to_dict() for h in self.hedges],
            "entities": [e.to_dict() for e in self.entities],
            "furniture": [f.to_dict() for f in self.furniture],
        }
        if include_text:
            d["text"] = self.text
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Analysis:
        quotes = _get(d, "quotes", "analysis")
        hedges = _get(d, "hedges", "analysis")
        entities = d.get("entities") or ()
        if not _is_sequence(quotes) or not _is_sequence(hedges) or not _is_sequence(entities):
            raise ResultFormatError(
                f"analysis: 'quotes', 'hedges' and 'entities' must be lists, got "
                f"{type(quotes).__name__}, {type(hedges).__name__} and "
                f"{type(entities).__name__}"
            )
        text = d.get("text", "")
        furniture = d.get("furniture") or ()
        if not _is_sequence(furniture):
            raise ResultFormatError("analysis.furniture: expected a list of furniture dicts")
        return cls(
            quotes=[Quote.from_dict(q) for q in quotes],
            hedges=[Hedge.from_dict(h) for h in hedges],
            entities=[Entity.from_dict(e) for e in entities],
            text=text if isinstance(text, str) else "",
            furniture=[Furniture.from_dict(f) for f in furniture],
        )
