"""The records of a sourcing profile: who is quoted, per article and per group of articles.

Every number is defined in ``docs/profile.md``. In short: a **quotation** is one group of
quote pieces (:attr:`Quote.group`: an interrupted quotation and the uncued paragraphs that
continue it count once); a **source** is the entity a quotation is attributed to (one per
:class:`~attribution.Entity` in an article; pooled over articles by kind and name); words
are runs of letters and digits (with inner apostrophes and hyphens).

The records are frozen; counts are integers, shares are properties (``None`` where the
denominator is zero). :meth:`Profile.rows` flattens them into tables, the same columns
for :meth:`Profile.to_dataframe` and the command line's CSV.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ..types import QUOTE_KINDS, SPEAKER_KINDS, Gender, SpeakerKind
from .keys import GENDER_KEYS, PEOPLE_KINDS, STANCE_KEYS

__all__ = [
    "GENDER_KEYS",
    "PEOPLE_KINDS",
    "STANCE_KEYS",
    "TABLES",
    "ArticleProfile",
    "GroupProfile",
    "Profile",
    "SourceProfile",
    "Totals",
]

#: The tables :meth:`Profile.rows` and :meth:`Profile.to_dataframe` make.
TABLES = ("groups", "articles", "sources", "corpus_sources")
Table = Literal["groups", "articles", "sources", "corpus_sources"]

PANDAS_HINT = 'Profile.to_dataframe needs pandas: pip install "attribution-nlp[pandas]"'


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class SourceProfile:
    """One source: in an article (``entity`` is its id there) or pooled over a group's
    articles (``articles`` > 1 possible, ``entity`` and ``first_quote`` None).

    ``quote_kinds`` counts its quotations by kind (direct, mixed, indirect, according_to),
    ``hedged`` those holding a hedge of their main claim, ``cues`` the cue lemmas of its
    quotations ("say", "claim") and ``stances`` their stance (neutral, doubting, ...).
    ``first_quote`` is the ordinal (1 = the article's first quotation) of the quotation
    in which it first speaks and ``first_char`` where that quotation starts;
    ``first_share`` that offset over the article's length (0 = the top), averaged over
    articles for a pooled source, ``None`` where the text is unknown.
    """

    name: str
    kind: SpeakerKind
    gender: Gender | None
    quotes: int
    words: int
    quote_kinds: Mapping[str, int]
    hedged: int
    cues: Mapping[str, int]
    stances: Mapping[str, int]
    articles: int = 1
    entity: str | None = None
    description: str | None = None
    first_quote: int | None = None
    first_char: int | None = None
    first_share: float | None = None

    def share(self, kind: str) -> float | None:
        """The share of its quotations of quote kind ``kind`` ("direct", ...)."""
        return _share(self.quote_kinds.get(kind, 0), self.quotes)

    @property
    def direct_share(self) -> float | None:
        return self.share("direct")

    @property
    def mixed_share(self) -> float | None:
        return self.share("mixed")

    @property
    def indirect_share(self) -> float | None:
        return self.share("indirect")

    @property
    def according_to_share(self) -> float | None:
        return self.share("according_to")

    @property
    def hedged_share(self) -> float | None:
        """The share of its quotations that are hedged."""
        return _share(self.hedged, self.quotes)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "kind": self.kind, "gender": self.gender,
            "entity": self.entity, "description": self.description,
            "articles": self.articles, "quotes": self.quotes, "words": self.words,
            "quote_kinds": dict(self.quote_kinds), "hedged": self.hedged,
            "hedged_share": self.hedged_share, "cues": dict(self.cues),
            "stances": dict(self.stances), "first_quote": self.first_quote,
            "first_char": self.first_char, "first_share": self.first_share,
        }

    def row(self) -> dict[str, Any]:
        """The source as one flat table row (shares beside counts)."""
        row: dict[str, Any] = {
            "source": self.name, "kind": self.kind, "gender": self.gender,
            "entity": self.entity, "description": self.description,
            "articles": self.articles, "quotes": self.quotes, "words": self.words,
        }
        for kind in QUOTE_KINDS:
            row[f"{kind}_share"] = self.share(kind)
        row["hedged_share"] = self.hedged_share
        row["cues"] = ", ".join(f"{lemma} {n}" for lemma, n in self.cues.items())
        for stance in STANCE_KEYS:
            row[f"stance_{stance}"] = self.stances.get(stance, 0)
        row.update(first_quote=self.first_quote, first_char=self.first_char,
                   first_share=self.first_share)
        return row


@dataclass(frozen=True)
class Totals:
    """What an article and a group of articles both count.

    ``quotes`` are quotations, ``words_quoted`` the words inside them, ``words`` the
    words of the texts (``None`` where a text is unknown, as in ``batch`` output read
    without its input), ``unattributed`` quotations without a speaker, ``hedged`` those
    with a hedge of their main claim. ``sources`` are the distinct sources, most quoted
    words first; ``sources_by_kind`` counts them by kind, ``sources_by_gender`` counts
    the people among them (persons and anonymous sources) by stated gender, and
    ``quotes_by_kind`` counts quotations by their source's kind ("none": unattributed).
    ``stances`` counts the quotations' cues by the stance of the writer's word.
    """

    quotes: int
    words_quoted: int
    words: int | None
    unattributed: int
    hedged: int
    sources: tuple[SourceProfile, ...]
    sources_by_kind: Mapping[str, int]
    sources_by_gender: Mapping[str, int]
    quotes_by_kind: Mapping[str, int]
    stances: Mapping[str, int]

    @property
    def anonymous_share(self) -> float | None:
        """The share of quotations attributed to anonymous sources."""
        return _share(self.quotes_by_kind.get("anonymous", 0), self.quotes)

    @property
    def hedged_share(self) -> float | None:
        return _share(self.hedged, self.quotes)

    @property
    def quoted_share(self) -> float | None:
        """The share of the text's words that stand inside quotations."""
        return None if not self.words else self.words_quoted / self.words

    @property
    def top_source(self) -> SourceProfile | None:
        """The source with the most quoted words (then the most quotations, then the
        first to speak)."""
        return self.sources[0] if self.sources else None

    @property
    def top_source_share(self) -> float | None:
        """The share of the quoted words that the top source's quotations hold."""
        top = self.top_source
        return None if top is None else _share(top.words, self.words_quoted)

    def _totals_dict(self) -> dict[str, Any]:
        top = self.top_source
        return {
            "quotes": self.quotes, "words_quoted": self.words_quoted, "words": self.words,
            "quoted_share": self.quoted_share, "unattributed": self.unattributed,
            "hedged": self.hedged, "hedged_share": self.hedged_share,
            "n_sources": len(self.sources),
            "sources_by_kind": dict(self.sources_by_kind),
            "sources_by_gender": dict(self.sources_by_gender),
            "quotes_by_kind": dict(self.quotes_by_kind),
            "anonymous_share": self.anonymous_share,
            "top_source": None if top is None else top.name,
            "top_source_share": self.top_source_share,
            "stances": dict(self.stances),
        }

    def _totals_row(self) -> dict[str, Any]:
        top = self.top_source
        row: dict[str, Any] = {
            "quotes": self.quotes, "words_quoted": self.words_quoted, "words": self.words,
            "quoted_share": self.quoted_share, "unattributed": self.unattributed,
            "hedged_share": self.hedged_share, "sources": len(self.sources),
        }
        for kind in SPEAKER_KINDS:
            row[f"sources_{kind}"] = self.sources_by_kind.get(kind, 0)
        for gender in GENDER_KEYS:
            row[f"people_{gender}"] = self.sources_by_gender.get(gender, 0)
        for kind in (*SPEAKER_KINDS, "none"):
            row[f"quotes_{kind}"] = self.quotes_by_kind.get(kind, 0)
        row["anonymous_share"] = self.anonymous_share
        row["top_source"] = None if top is None else top.name
        row["top_source_share"] = self.top_source_share
        for stance in STANCE_KEYS:
            row[f"stance_{stance}"] = self.stances.get(stance, 0)
        return row


@dataclass(frozen=True)
class ArticleProfile(Totals):
    """The sourcing of one article: ``id`` (the result's id, mapping key or position),
    the input ``fields`` it came with (outlet, date, ...), its ``group`` under
    ``profile(..., by=...)`` and ``chars``, the length of its text (``None`` unknown)."""

    id: Any = None
    fields: Mapping[str, Any] = field(default_factory=dict)
    group: str | None = None
    chars: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "group": self.group, "fields": dict(self.fields),
            "chars": self.chars, **self._totals_dict(),
            "sources": [s.to_dict() for s in self.sources],
        }

    def row(self) -> dict[str, Any]:
        return {"doc_id": self.id, "group": self.group, **self._totals_row()}


@dataclass(frozen=True)
class GroupProfile(Totals):
    """The sourcing of a group of articles: the totals summed over its ``articles``,
    ``source_appearances`` the sum of each article's number of sources, and ``sources``
    pooled over the articles (by kind and name). ``group`` is the value of the grouping
    field, ``None`` for the articles without one and for the ``whole`` corpus."""

    group: str | None = None
    articles: int = 0
    source_appearances: int = 0
    whole: bool = False

    @property
    def label(self) -> str:
        """The group's name for a table or chart: "all" for the whole corpus, "(none)"
        for the articles without the grouping field."""
        if self.whole:
            return "all"
        return "(none)" if self.group is None else self.group

    def to_dict(self) -> dict[str, Any]:
        return {
            "group": self.group, "whole": self.whole, "articles": self.articles,
            "source_appearances": self.source_appearances, **self._totals_dict(),
            "sources": [s.to_dict() for s in self.sources],
        }

    def row(self) -> dict[str, Any]:
        return {"group": self.label, "articles": self.articles,
                "source_appearances": self.source_appearances, **self._totals_row()}


@dataclass(frozen=True)
class Profile:
    """Who is quoted: ``articles`` one profile per article in input order; ``groups``
    one per value of the ``by`` grouping in sorted order (articles without the field
    last, ``group`` None), or just the corpus when ungrouped; ``corpus`` all articles."""

    articles: tuple[ArticleProfile, ...]
    groups: tuple[GroupProfile, ...]
    corpus: GroupProfile
    by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The profile as JSON-safe data (what ``attribution profile --format json``
        prints)."""
        return {
            "by": self.by,
            "corpus": self.corpus.to_dict(),
            "groups": [g.to_dict() for g in self.groups],
            "articles": [a.to_dict() for a in self.articles],
        }

    def rows(self, table: Table = "groups") -> list[dict[str, Any]]:
        """Flat rows of one table: ``"groups"`` (one per group, then the corpus when
        grouped), ``"articles"``, ``"sources"`` (one per source per article) or
        ``"corpus_sources"`` (one per pooled source per group)."""
        if table == "groups":
            rows = [g.row() for g in self.groups]
            if self.by is not None:
                rows.append(self.corpus.row())
            return rows
        if table == "articles":
            return [a.row() for a in self.articles]
        if table == "sources":
            return [{"doc_id": a.id, "group": a.group, **s.row()}
                    for a in self.articles for s in a.sources]
        if table == "corpus_sources":
            return [{"group": g.label, **s.row()} for g in self.groups for s in g.sources]
        raise ValueError(f"table must be one of {', '.join(TABLES)}, got {table!r}")

    def to_html(self, *, title: str | None = None, top: int = 15) -> str:
        """The corpus report: a self-contained HTML page with charts (sources by kind
        and stated gender over the groups, anonymous sourcing, the cues' stance, the
        ``top`` sources) and tables (``pip install "attribution-nlp[plot]"``)."""
        from .report import report_html

        return report_html(self, title=title, top=top)

    def to_dataframe(self, table: Table = "groups") -> Any:
        """A pandas DataFrame of :meth:`rows` (``pip install "attribution-nlp[pandas]"``)."""
        rows = self.rows(table)
        try:
            import pandas as pd
        except ImportError as e:
            raise ImportError(PANDAS_HINT) from e
        return pd.DataFrame.from_records(rows)
