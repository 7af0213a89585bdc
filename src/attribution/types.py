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

import operator
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal, get_args

from .schema import SCHEMA_VERSION, SchemaError, astral_count
from .schema import validate as validate_document

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
        _check(d, "speaker")
        return cls._from_valid(d)

    @classmethod
    def _from_valid(cls, d: Mapping[str, Any]) -> Speaker:
        return cls(
            d["name"],
            d["kind"],
            _span_or_none(d.get("mention")),
            d.get("description"),
            d.get("entity"),
            d.get("gender"),
        )


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
    Russia team at ISW"). A group that speaks together ("Sen. Elizabeth Warren and Sen.
    Bernie Sanders said", "both men") is an entity whose ``members`` are the ids of its
    members' entities, in text order, each an entity of its own; its ``name`` is their
    names joined with " | " ("Elizabeth Warren | Bernie Sanders"), its kind "person" when
    all are people, else "unknown". ``members`` is empty for everyone else.
    """

    __reduce__ = _reduce_as_call

    id: str
    name: str
    kind: SpeakerKind
    gender: Gender | None = None
    mentions: tuple[Span, ...] = ()
    descriptions: tuple[str, ...] = ()
    members: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "gender": self.gender,
            "mentions": [m.to_dict() for m in self.mentions],
            "descriptions": list(self.descriptions),
            "members": list(self.members),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Entity:
        _check(d, "entity")
        return cls._from_valid(d)

    @classmethod
    def _from_valid(cls, d: Mapping[str, Any]) -> Entity:
        return cls(
            id=d["id"],
            name=d["name"],
            kind=d["kind"],
            gender=d.get("gender"),
            mentions=tuple(Span._from_valid(m) for m in d.get("mentions") or ()),
            descriptions=tuple(d.get("descriptions") or ()),
            members=tuple(d.get("members") or ()),
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
    rule: str = ""
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
            "rule": self.rule,
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
            rule=d.get("rule", ""),
            group=None if d.get("group") is None else int(d["group"]),
            inherited=bool(d.get("inherited", False)),
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
        _check(d, "furniture")
        return cls._from_valid(d)

    @classmethod
    def _from_valid(cls, d: Mapping[str, Any]) -> Furniture:
        span = Span._from_valid(d)
        return cls(span.start, span.end, span.text, d["kind"])


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

    def people_quoted(self) -> list[str]:
        """The names of the people quoted (speakers of kind person), each once, in
        order of first quote; a group counts as its members who are people ("Elizabeth
        Warren | Bernie Sanders" is two people, "Rafael Ortiz | lawyer" is one)."""
        by_id = {e.id: e for e in self.entities}
        names: dict[str, None] = {}
        for q in self.quotes:
            sp = q.speaker
            group = by_id.get(sp.entity or "") if sp is not None else None
            if group is not None and group.members:
                for m in (by_id[i] for i in group.members if i in by_id):
                    if m.kind == "person":
                        names[m.name] = None
            elif sp is not None and sp.kind == "person":
                names[sp.name] = None
        return list(names)

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

        # Spans that read the same in ``text`` are kept, and every result none of whose
        # spans changed (a stand-in differs from its input only where it stands in).
        def span(s: Span) -> Span:
            read = text[s.start : s.end]
            return s if read == s.text else Span(s.start, s.end, read)

        def opt(s: Span | None) -> Span | None:
            return None if s is None else span(s)

        def hedge(h: Hedge) -> Hedge:
            cue, scope = span(h.cue), opt(h.scope)
            return h if cue is h.cue and scope is h.scope else replace(h, cue=cue, scope=scope)

        def quote(q: Quote) -> Quote:
            sp, mention = q.speaker, None if q.speaker is None else opt(q.speaker.mention)
            if sp is not None and mention is not sp.mention:
                sp = replace(sp, mention=mention)
            content, cue, hedges = span(q.content), opt(q.cue), tuple(map(hedge, q.hedges))
            if content is q.content and cue is q.cue and sp is q.speaker and all(
                map(operator.is_, hedges, q.hedges)
            ):
                return q
            return replace(q, content=content, cue=cue, speaker=sp, hedges=hedges)

        return Analysis(
            quotes=[quote(q) for q in self.quotes],
            hedges=[hedge(h) for h in self.hedges],
            entities=[replace(e, mentions=tuple(map(span, e.mentions))) for e in self.entities],
            text=text,
            furniture=[replace(f, text=text[f.start : f.end]) for f in self.furniture],
        )

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """The result as plain JSON-safe data, in the shape of the shipped JSON Schema
        (:mod:`attribution.schema`), with its ``schema_version``."""
        d: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "quotes": [q.to_dict() for q in self.quotes],
            "hedges": [h.to_dict() for h in self.hedges],
            "entities": [e.to_dict() for e in self.entities],
            "furniture": [f.to_dict() for f in self.furniture],
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
            entities=[Entity._from_valid(e) for e in d.get("entities") or ()],
            text=text if isinstance(text, str) else "",
            furniture=[Furniture._from_valid(f) for f in d.get("furniture") or ()],
        )

