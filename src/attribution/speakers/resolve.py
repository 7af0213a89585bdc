"""Speaker resolution: "he", "the military expert", "Clark" → one entity per person.

:func:`resolve` turns the candidates the decider kept into quotes whose speakers refer
to entities: each person, organisation, outlet, document or anonymous source that
speaks, with its canonical name (the most complete form the text gives), its kind, its
mentions and descriptions, and its gender as the text states it. The article is read
once by ``reader.py`` (names clustered first, then everything in order; see there);
mentions are typed by ``typer.py`` and names found by ``names.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from ..candidates import Candidate
from ..phrases import QUOTE_TOKENS
from ..quotes.quotations import quotation_groups
from ..records import copy_with
from ..resources import Resources
from ..segment import DocView
from ..types import Entity, Quote, Span, Speaker
from .entities import FIRST_SINGULAR, Cluster, find, freeze
from .groups import GroupReader
from .reader import Found


@dataclass(frozen=True)
class Resolution:
    """The quotes with resolved speakers, and the entities they refer to."""

    quotes: list[Quote]
    entities: list[Entity]

    def keep(self, quotes: list[Quote]) -> Resolution:
        """Only ``quotes`` (some of :attr:`quotes`) and the entities they refer to, the
        ids numbered again in order."""
        used = _with_members(
            self.entities, {q.speaker.entity for q in quotes if q.speaker is not None}
        )
        kept = [e for e in self.entities if e.id in used]
        ids = {e.id: f"e{n}" for n, e in enumerate(kept, 1)}
        if len(kept) == len(self.entities) and all(k == v for k, v in ids.items()):
            return Resolution(quotes, self.entities)
        out = []
        for q in quotes:
            sp = q.speaker
            if sp is not None and sp.entity is not None:
                q = copy_with(q, speaker=copy_with(sp, entity=ids[sp.entity]))
            out.append(q)
        return Resolution(out, _renamed(kept, ids))


def _with_members(entities: Sequence[Entity], used: set[str | None]) -> set[str | None]:
    """The ids ``used`` and those of the members of the groups among them."""
    return used | {m for e in entities if e.id in used for m in e.members}


def _renamed(entities: list[Entity], ids: dict[str, str]) -> list[Entity]:
    """``entities`` with the ids (their own and their members') ``ids`` gives."""
    return [copy_with(e, id=ids[e.id], members=tuple(ids[m] for m in e.members))
            for e in entities]


def resolve(
    view: DocView,
    chosen: list[Candidate],
    res: Resources,
    *,
    quoted: Sequence[tuple[int, int]] = (),
    excluded: Sequence[tuple[int, int]] = (),
    context: Sequence[Candidate] = (),
) -> Resolution:
    """Quotes with typed, resolved speakers (in text order) and their entities.

    ``quoted``: character ranges of quoted stretches (their pronouns are not the
    article's); ``excluded``: ranges that are no part of the article (page furniture),
    where nothing is a mention. A candidate that takes its speaker from another
    (``inherit``) gets it even when the decider did not keep that one, and the speakers
    of ``context`` (attributions that are no quotes: "Kruger denied X. He told …") are
    resolved too: they are referred to later, but are no quotes.
    """
    cands = list(chosen) + list(context)
    known = set(map(id, cands))
    for c in list(cands):
        up = c.inherit
        while up is not None and id(up) not in known:
            known.add(id(up))
            cands.append(up)
            up = up.inherit
    found = GroupReader(view, res, quoted, excluded).read(cands)
    personal = _first_singular(view.text, cands, found)
    clusters = [f.cluster for f in found if f.cluster is not None]
    _bodies_by_evidence(clusters, view.text, personal, res)
    _outlets_by_evidence(view.text, cands, found, personal, res)
    entities = freeze(clusters, view, personal)
    speakers = _Speakers(view, cands, found, entities)
    said = [speakers.of(i) for i in range(len(chosen))]
    # Only the entities the quotes refer to, numbered again in order (as
    # Resolution.keep would, without making every quote twice).
    used = _with_members(list(entities.values()), {sp.entity for sp in said if sp is not None})
    kept = sorted((e for e in entities.values() if e.id in used), key=lambda e: int(e.id[1:]))
    ids = {e.id: f"e{n}" for n, e in enumerate(kept, 1)}
    if any(k != v for k, v in ids.items()):
        said = [sp if sp is None or sp.entity is None else copy_with(sp, entity=ids[sp.entity])
                for sp in said]
        kept = _renamed(kept, ids)
    text = view.text
    groups, inherited = quotation_groups(cands)
    quotes: list[Quote] = []
    for i, c in enumerate(chosen):
        sp = said[i]
        content = Span(c.content[0], c.content[1], text[c.content[0] : c.content[1]])
        cue = None if c.cue is None else Span(c.cue[0], c.cue[1], text[c.cue[0] : c.cue[1]])
        cue_type = c.cue_type
        if sp is not None and sp.kind == "document" and cue_type == "speech":
            cue_type = "document"
        quotes.append(
            Quote(content, cue, sp, c.kind, c.confidence, cue_type,  # type: ignore[arg-type]
                  rule=c.rule, group=groups[i], inherited=inherited[i])
        )
    quotes.sort(key=lambda q: (q.content.start, q.content.end))
    return Resolution(_renumber(quotes), kept)


def _untold_person(c: Cluster, personal: frozenset[int], known: Mapping[str, str]) -> bool:
    """Is ``c`` a name taken for a person's that nothing says is one: no gender, no "I"
    in its quotations (``personal``), no word the word list knows as a person's
    (``known``: "the Hillary Clinton campaign", "Lagos-based Kofi …" are a person's)?"""
    return (
        c.kind == "person" and c.named and not c.male and not c.female
        and id(c) not in personal
        and not any(known.get(w.capitalize()) == "PERSON" for w in c.words)
    )


_BASED = regex.compile(r"-based\s+\Z")  # before a mention: "Zurich-based [Limmat …]"
_BASED_IN = regex.compile(r"\S+-based\s+\p{Lu}")  # a mention that holds it


def _bodies_by_evidence(
    clusters: list[Cluster], text: str, personal: frozenset[int], res: Resources
) -> None:
    """A name taken for a person's that nothing says is one (no gender, no "I" in its
    quotations) is an organisation's when "which" refers to it ("… smaller rival
    Taegeuk Memory, which reported …") or a place says where it is based right before
    its name ("Zurich-based Limmat Privatbank"), or its words open an organisation's name
    ("IG Metall" of "the IG Metall union")."""
    words, known = res.speakers.words, res.words.ent
    roots = list({id(find(c)): find(c) for c in clusters}.values())
    # the first words of an organisation's name ("IG Metall" of "the IG Metall union")
    firsts = {tuple(c.name.casefold().split()[:n]) for c in roots if c.kind == "organization"
              for n in range(2, len(c.name.split()))}
    for c in roots:
        if not _untold_person(c, personal, known):
            continue
        if len(c.words) > 1 and tuple(c.name.casefold().split()) in firsts:
            c.kind = "organization"
            continue
        # "which" may be a clause's, not a relative of the name, for someone a role
        # describes ("the president of …, which"); a business's rival is one
        roles = c.descriptors & words["role"] - {"rival", "competitor", "partner"}
        if not roles and any(
            text[s:e].casefold() == "which" or _BASED.search(text, max(0, s - 12), s)
            or _BASED_IN.match(text, s, e)
            for s, e in c.mentions
        ):
            c.kind = "organization"


def _outlets_by_evidence(
    text: str, cands: list[Candidate], found: list[Found], personal: frozenset[int],
    res: Resources,
) -> None:
    """A name taken for a person's that nothing says is one (no gender, title or
    description, no "I", no word the word list knows as a person's) and that only ever
    "reported" is an outlet ("Lianhe Zaobao reported last week that …", "NRK Sápmi
    reported on Monday that …"; not "Robert Costa reported")."""
    known = res.words.ent
    cues: dict[int, set[str]] = {}
    roots: dict[int, Cluster] = {}
    for c, f in zip(cands, found, strict=True):
        if f.cluster is None:
            continue
        root = find(f.cluster)
        roots[id(root)] = root
        cue = "" if c.cue is None else text[c.cue[0] : c.cue[1]].casefold()
        cues.setdefault(id(root), set()).add(cue)
    for key, root in roots.items():
        if (
            _untold_person(root, personal, known) and not root.descriptors
            and not root.descriptions and len(root.words) > 1 and cues[key] <= REPORTED
        ):
            root.kind = "media"


REPORTED = frozenset(["reported", "reports", "has reported", "had reported"])


def _first_singular(text: str, cands: list[Candidate], found: list[Found]) -> frozenset[int]:
    """The ``id()`` of the entities whose quotation marks hold "I", "me" or "my"."""
    out = set()
    for c, f in zip(cands, found, strict=True):
        if f.cluster is not None and c.kind in ("direct", "mixed"):
            a, b = c.content
            if FIRST_SINGULAR.search(text, a, b):
                out.add(id(find(f.cluster)))
    return frozenset(out)


def _renumber(quotes: list[Quote]) -> list[Quote]:
    """Groups numbered from 0 in text order over the quotes kept (the candidates they
    were counted over include attributions that are not quotes)."""
    number: dict[int, int] = {}
    out = []
    for q in quotes:
        if q.group is None:
            out.append(q)
            continue
        g = number.setdefault(q.group, len(number))
        out.append(q if g == q.group else copy_with(q, group=g))
    return out


def resolve_speakers(view: DocView, chosen: list[Candidate], res: Resources) -> list[Quote]:
    """The quotes of :func:`resolve` alone."""
    return resolve(view, chosen, res).quotes


class _Speakers:
    """The :class:`Speaker` of each candidate, from what its mention resolved to."""

    def __init__(
        self,
        view: DocView,
        cands: list[Candidate],
        found: list[Found],
        entities: dict[int, Entity],
    ) -> None:
        self.text = view.text
        self.cands = cands
        self.found = found
        self.entities = entities
        self.index = {id(c): k for k, c in enumerate(cands)}

    def of(self, k: int) -> Speaker | None:
        c, f = self.cands[k], self.found[k]
        m = f.mention
        ent = None if f.cluster is None else self.entities.get(id(find(f.cluster)))
        if f.inherited:
            src = self.index.get(id(c.inherit))
            if src is None:
                return None
            base = self.of(src)
            if ent is not None and (base is None or base.entity != ent.id):
                # an uncued line of dialogue: the other speaker's
                return Speaker(ent.name, ent.kind, None, None, ent.id, ent.gender)
            same_sentence = c.cue is not None and (
                self.cands[src].sent == c.sent or c.continuation
            )
            if base is None or same_sentence:
                return base
            return copy_with(base, mention=None, description=None)
        if m is None:
            return None
        mention = Span(m.start, m.end, self.text[m.start : m.end])
        if ent is not None:
            return Speaker(ent.name, ent.kind, mention, m.description, ent.id, ent.gender)
        # A pronoun that refers to no entity says nothing of who spoke: "he" is no
        # person's name.
        kind = "unknown" if m.shape == "pronoun" else m.kind
        return Speaker(m.name, kind, mention, m.description)  # type: ignore[arg-type]


__all__ = ["QUOTE_TOKENS", "Resolution", "resolve", "resolve_speakers"]
