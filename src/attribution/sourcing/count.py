"""Counting who is quoted: one article's sources, and sources pooled over articles.

The counts follow the questions media monitors ask of quoted sources (the Gender Gap
Tracker's share of women among people quoted, Asr et al. 2021; officials against
citizens and named against anonymous sources, as in Sigal 1973 and the Pew Research
Center's studies of sourcing): how many voices, of which kinds, how much of the quoted
text each holds, how they are introduced. Definitions: ``docs/profile.md``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import EllipsisType
from typing import Any

from ..resources import CueLexicon, Resources
from ..types import QUOTE_KINDS, SPEAKER_KINDS, Analysis, Entity, Quote, Speaker
from .keys import GENDER_KEYS, PEOPLE_KINDS, STANCE_KEYS
from .records import (
    ArticleProfile,
    GroupProfile,
    SourceProfile,
)

__all__ = ["article_profile", "count_words", "group_profile", "quotations"]

_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


def count_words(text: str) -> int:
    """Runs of letters and digits, an inner apostrophe or hyphen joining a run:
    "Russia’s", "long-range" and "2024" are one word each."""
    return sum(1 for _ in _WORD.finditer(text))


@dataclass(frozen=True, slots=True)
class Quotation:
    """The pieces of one quotation (sharing :attr:`Quote.group`) and the piece that
    carries its attribution (the first not inherited, else the first)."""

    pieces: tuple[Quote, ...]
    head: Quote

    @property
    def start(self) -> int:
        return min(p.content.start for p in self.pieces)


def quotations(quotes: Sequence[Quote]) -> list[Quotation]:
    """The quotations of an article's quotes, in the order they start."""
    grouped: dict[object, list[Quote]] = {}
    for n, q in enumerate(quotes):
        grouped.setdefault(("g", q.group) if q.group is not None else ("q", n), []).append(q)
    out = []
    for pieces in grouped.values():
        head = next((p for p in pieces if not p.inherited), pieces[0])
        out.append(Quotation(tuple(pieces), head))
    out.sort(key=lambda qn: qn.start)
    return out


def _hedged(quotation: Quotation) -> bool:
    return any(not h.embedded for p in quotation.pieces for h in p.hedges)


def _cue(quotation: Quotation, cues: CueLexicon) -> tuple[str, str] | None:
    """The lemma and stance of the quotation's cue (None without a cue)."""
    cue = quotation.head.cue
    if cue is None:
        return None
    entry = cues.entry_for(cue.text)
    if entry is not None:
        return entry.lemma, entry.stance
    words = " ".join(cue.text.lower().split())
    if not any(c.isalnum() for c in words):  # a colon introducing a quote
        return ("(colon)" if ":" in words else "(mark)"), "unlisted"
    return words, "unlisted"


class _Tally:
    """One source's counts while an article is read."""

    def __init__(self, key: object, name: str, kind: str, first: int, start: int) -> None:
        self.key, self.name, self.kind = key, name, kind
        self.first_quote, self.first_char = first, start
        self.quotes = self.words = self.hedged = 0
        self.kinds: Counter[str] = Counter()
        self.cues: Counter[str] = Counter()
        self.stances: Counter[str] = Counter()


def _ordered(counter: Counter[str], keys: Iterable[str] | None = None) -> dict[str, int]:
    if keys is not None:
        return {k: counter.get(k, 0) for k in keys}
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def _rank(s: SourceProfile) -> tuple[Any, ...]:
    first = s.first_share if s.first_quote is None else s.first_quote
    return (-s.words, -s.quotes, first if first is not None else float("inf"), s.name)


def article_profile(
    analysis: Analysis, *, id: Any = None, fields: dict[str, Any] | None = None,
    group: str | None = None, text: str | EllipsisType | None = ...,
    resources: Resources | None = None,
) -> ArticleProfile:
    """The sourcing of one analysed article. ``text`` is the article, ``None`` when it
    is unknown (a result read without its text); by default ``analysis.text``, unknown
    when that is empty and the analysis found something."""
    cues = (resources or Resources.default()).cues
    if text is ...:
        found = analysis.quotes or analysis.hedges
        text = analysis.text if analysis.text or not found else None
    known = text is not None
    text = text or ""
    tallies: dict[object, _Tally] = {}
    quotes_by_kind: Counter[str] = Counter()
    stances: Counter[str] = Counter()
    words_quoted = unattributed = hedged = 0
    members = {e.id: [m for m in map(analysis.entity, e.members) if m is not None]
               for e in analysis.entities if e.members}
    for ordinal, quotation in enumerate(quotations(analysis.quotes), 1):
        words = sum(count_words(p.content.text) for p in quotation.pieces)
        words_quoted += words
        is_hedged = _hedged(quotation)
        hedged += is_hedged
        cue = _cue(quotation, cues)
        if cue is not None:
            stances[cue[1]] += 1
        speaker = quotation.head.speaker
        if speaker is None:
            unattributed += 1
            quotes_by_kind["none"] += 1
            continue
        quotes_by_kind[speaker.kind] += 1
        for key, name, kind in _voices(speaker, members):
            tally = tallies.get(key)
            if tally is None:
                tally = tallies[key] = _Tally(key, name, kind, ordinal, quotation.start)
            tally.quotes += 1
            tally.words += words
            tally.hedged += is_hedged
            tally.kinds[quotation.head.kind] += 1
            if cue is not None:
                tally.cues[cue[0]] += 1
                tally.stances[cue[1]] += 1
    sources = [_source(t, analysis, len(text) if known else None)
               for t in tallies.values()]
    sources.sort(key=_rank)
    return ArticleProfile(
        quotes=sum(quotes_by_kind.values()), words_quoted=words_quoted,
        words=_article_words(text, analysis) if known else None, unattributed=unattributed,
        hedged=hedged, sources=tuple(sources),
        sources_by_kind=_ordered(Counter(s.kind for s in sources), SPEAKER_KINDS),
        sources_by_gender=_genders(sources),
        quotes_by_kind=_ordered(quotes_by_kind, (*SPEAKER_KINDS, "none")),
        stances=_ordered(stances, STANCE_KEYS),
        id=id, fields=dict(fields or {}), group=group,
        chars=len(text) if known else None,
    )


def _voices(speaker: Speaker, members: dict[str, list[Entity]]) -> list[tuple[object, str, str]]:
    """The sources a quotation of ``speaker`` counts for, as (key, name, kind): the
    members of a group one by one ("Elizabeth Warren | Bernie Sanders" quotes each of
    them), else the speaker."""
    group = members.get(speaker.entity or "")
    if group:
        return [(m.id, m.name, m.kind) for m in group]
    return [(speaker.entity or (speaker.name, speaker.kind), speaker.name, speaker.kind)]


def _article_words(text: str, analysis: Analysis) -> int:
    """The words of the text outside the page furniture the analysis set aside."""
    return count_words(text) - sum(count_words(f.text) for f in analysis.furniture)


def _source(tally: _Tally, analysis: Analysis, chars: int | None) -> SourceProfile:
    entity = analysis.entity(tally.key) if isinstance(tally.key, str) else None
    name = entity.name if entity is not None else tally.name
    kind = entity.kind if entity is not None else tally.kind
    return SourceProfile(
        name=name, kind=kind,  # type: ignore[arg-type]
        gender=entity.gender if entity is not None else None,
        quotes=tally.quotes, words=tally.words,
        quote_kinds=_ordered(tally.kinds, QUOTE_KINDS), hedged=tally.hedged,
        cues=_ordered(tally.cues), stances=_ordered(tally.stances, STANCE_KEYS),
        entity=entity.id if entity is not None else None,
        description=entity.descriptions[0] if entity and entity.descriptions else None,
        first_quote=tally.first_quote, first_char=tally.first_char,
        first_share=None if not chars else tally.first_char / chars,
    )


def _genders(sources: Iterable[SourceProfile]) -> dict[str, int]:
    counts: Counter[str] = Counter(
        s.gender or "unstated" for s in sources if s.kind in PEOPLE_KINDS
    )
    return _ordered(counts, GENDER_KEYS)


def pool_key(source: SourceProfile) -> tuple[str, str]:
    """What makes sources of different articles one: kind and name, compared without
    case, surrounding blanks, a leading "the" or a trailing possessive."""
    name = " ".join(source.name.casefold().split())
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"['’]s?$", "", name)
    return source.kind, name


def _merge_surnames(pooled: dict[tuple[str, str], list[SourceProfile]]) -> None:
    """Join a person known by one name ("Obama") to the one person of the pool whose
    fuller name ends with it ("Barack Obama"); left apart when several do ("Michelle
    Obama" too) or when the texts state different genders for them."""
    fuller: dict[str, list[tuple[str, str]]] = {}
    for key in pooled:
        kind, name = key
        if kind == "person" and " " in name:
            fuller.setdefault(name.rsplit(" ", 1)[1], []).append(key)
    for key in list(pooled):
        kind, name = key
        if kind != "person" or " " in name or len(fuller.get(name, ())) != 1:
            continue
        target = fuller[name][0]
        mine = {s.gender for s in pooled[key] if s.gender}
        theirs = {s.gender for s in pooled[target] if s.gender}
        if mine and theirs and not mine & theirs:
            continue
        pooled[target].extend(pooled.pop(key))


def _pool(sources: Sequence[SourceProfile]) -> SourceProfile:
    """One source from its profiles in several articles: its fullest name (then the
    most frequent), the gender most of the articles that state one state."""
    names = Counter(s.name for s in sources)
    stated = Counter(s.gender for s in sources if s.gender is not None)
    gender, votes = stated.most_common(1)[0] if stated else (None, 0)
    descriptions = [s.description for s in sources if s.description]
    shares = [s.first_share for s in sources if s.first_share is not None]
    total = sum(s.quotes for s in sources)
    return SourceProfile(
        name=max(names, key=lambda n: (len(n.split()), names[n], len(n))),
        kind=sources[0].kind,
        gender=gender if 2 * votes > sum(stated.values()) else None,
        quotes=total, words=sum(s.words for s in sources),
        quote_kinds=_ordered(sum((Counter(s.quote_kinds) for s in sources), Counter()),
                             QUOTE_KINDS),
        hedged=sum(s.hedged for s in sources),
        cues=_ordered(sum((Counter(s.cues) for s in sources), Counter())),
        stances=_ordered(sum((Counter(s.stances) for s in sources), Counter()), STANCE_KEYS),
        articles=sum(s.articles for s in sources),
        description=descriptions[0] if descriptions else None,
        first_share=sum(shares) / len(shares) if shares else None,
    )


def _summed(mappings: Iterable[dict[str, int] | Any], keys: Sequence[str]) -> dict[str, int]:
    total: Counter[str] = Counter()
    for m in mappings:
        total.update(m)
    return _ordered(total, keys)


def group_profile(
    articles: Sequence[ArticleProfile], group: str | None = None, *, whole: bool = False
) -> GroupProfile:
    """The totals of ``articles`` and their sources pooled (``whole``: the corpus)."""
    pooled: dict[tuple[str, str], list[SourceProfile]] = {}
    for article in articles:
        for source in article.sources:
            pooled.setdefault(pool_key(source), []).append(source)
    _merge_surnames(pooled)
    sources = sorted((_pool(group_of) for group_of in pooled.values()), key=_rank)
    words = [a.words for a in articles]
    return GroupProfile(
        quotes=sum(a.quotes for a in articles),
        words_quoted=sum(a.words_quoted for a in articles),
        words=None if any(w is None for w in words) else sum(w or 0 for w in words),
        unattributed=sum(a.unattributed for a in articles),
        hedged=sum(a.hedged for a in articles),
        sources=tuple(sources),
        sources_by_kind=_summed((a.sources_by_kind for a in articles), SPEAKER_KINDS),
        sources_by_gender=_summed((a.sources_by_gender for a in articles), GENDER_KEYS),
        quotes_by_kind=_summed((a.quotes_by_kind for a in articles), (*SPEAKER_KINDS, "none")),
        stances=_summed((a.stances for a in articles), STANCE_KEYS),
        group=group, articles=len(articles), whole=whole,
        source_appearances=sum(len(a.sources) for a in articles),
    )
