""":func:`profile`: the sourcing profile of one result or many, grouped by any field.

It takes what the library hands out: an :class:`~attribution.Analysis`, a list of them,
``(Analysis, context)`` pairs from ``Analyzer.pipe(..., as_tuples=True)``, a mapping of
ids to results, or the dicts ``attribution batch`` writes and ``to_dict`` makes. A dict's
keys other than the result's own (``outlet``, ``date``, ...) and a context dict are the
article's **fields**, which ``by`` groups on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..resources import Resources
from ..types import Analysis
from .count import article_profile, group_profile
from .records import ArticleProfile, Profile

__all__ = [
    "ArticleInput", "MissingFieldError", "article_inputs", "group_label", "profile", "result_input",
]

#: The keys of a result dict that belong to the result, not to the article's fields.
RESULT_KEYS = frozenset(
    {"schema_version", "quotes", "hedges", "entities", "furniture", "text", "id", "line",
     "record_hash"}
)

By = str | Mapping[Any, Any] | Callable[[ArticleProfile], Any] | None


class MissingFieldError(ValueError):
    """``by`` names a field no article has."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.field, self.known = name, known
        super().__init__(
            f"by={name!r}: no article has a field {name!r} (their fields: "
            f"{self.known_fields}). Pass (Analysis, {{{name!r}: ...}}) pairs, result dicts "
            f"holding the field, or a mapping of ids to groups"
        )

    @property
    def known_fields(self) -> str:
        return ", ".join(map(repr, self.known)) or "none"


@dataclass(frozen=True)
class ArticleInput:
    """One article to profile: its id, result, text (``None``: unknown) and fields."""

    id: Any
    analysis: Analysis
    text: str | None
    fields: dict[str, Any] = field(default_factory=dict)


def _from_dict(d: Mapping[str, Any], where: str) -> Analysis:
    from ..types import ResultFormatError

    own = {k: v for k, v in d.items() if k in RESULT_KEYS - {"id", "line", "record_hash"}}
    try:
        return Analysis.from_dict(own)
    except ResultFormatError as e:
        raise ResultFormatError(f"{where}: {e}") from None


def result_input(d: Mapping[str, Any], doc_id: Any, where: str) -> ArticleInput:
    """The article of a result dict (``to_dict()``, a line of ``batch`` output): its id
    (``d["id"]`` if it has one), fields (its keys that are not the result's) and text
    (``None`` unless it has one); ResultFormatError naming ``where`` if it is no result."""
    text, given = d.get("text"), d.get("id")
    return ArticleInput(
        doc_id if given is None else given,
        _from_dict(d, where),
        text if isinstance(text, str) else None,
        {k: v for k, v in d.items() if k not in RESULT_KEYS},
    )


def _input(n: int, doc_id: Any, item: Any, context: Any = None) -> ArticleInput | None:
    fields: dict[str, Any] = {}
    if isinstance(context, Mapping):
        fields = {k: v for k, v in context.items() if k != "id"}
        doc_id = context.get("id", doc_id)
    elif context is not None:
        doc_id = context
    if isinstance(item, Analysis):
        found = item.quotes or item.hedges
        text = item.text if item.text or not found else None
        return ArticleInput(doc_id, item, text, fields)
    if isinstance(item, Mapping):
        if "error" in item and "quotes" not in item:
            return None  # a failed record (analyze_bag(errors="record")): nothing to count
        if "quotes" not in item:
            raise TypeError(
                f"results[{n}]: a dict without 'quotes' is no result; pass what "
                f"Analysis.to_dict() or `attribution batch` writes"
            )
        art = result_input(item, doc_id, f"results[{n}]")
        return replace(art, fields={**art.fields, **fields})
    raise TypeError(
        f"results[{n}]: expected an Analysis or its to_dict() dict, got {type(item).__name__}"
    )


def article_inputs(results: Any) -> Iterator[ArticleInput]:
    """The articles of every shape :func:`profile` accepts."""
    if isinstance(results, Analysis) or (isinstance(results, Mapping) and "quotes" in results):
        results = [results]
    if isinstance(results, Mapping):
        for n, (doc_id, item) in enumerate(results.items()):
            keyed = _input(n, doc_id, item)
            if keyed is not None:
                yield keyed
        return
    if isinstance(results, (str, bytes)) or not isinstance(results, Iterable):
        raise TypeError(
            f"profile takes an Analysis, or many (a list, (Analysis, context) pairs, a "
            f"mapping of ids to results, result dicts), got {type(results).__name__}"
        )
    for n, item in enumerate(results):
        art: ArticleInput | None
        if isinstance(item, ArticleInput):
            art = item
        elif isinstance(item, tuple) and len(item) == 2:
            a, b = item  # (result, context) or (id, result)
            art = _input(n, n, a, b) if isinstance(a, (Analysis, Mapping)) else _input(n, a, b)
        else:
            art = _input(n, n, item)
        if art is not None:
            yield art


def group_label(value: Any) -> str | None:
    """A field's value as a group's name: strings as they are, other JSON values as
    JSON; ``None`` (or a missing field) stays ``None``."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    except (TypeError, ValueError):
        return str(value)


def _grouper(by: By, articles: list[ArticleProfile]) -> Callable[[ArticleProfile], Any]:
    if isinstance(by, str):
        name = by
        if name != "id" and articles and not any(name in a.fields for a in articles):
            known = sorted({k for a in articles for k in a.fields})
            raise MissingFieldError(name, known)
        return lambda a: a.id if name == "id" else a.fields.get(name)
    if isinstance(by, Mapping):
        mapping = by
        return lambda a: mapping.get(a.id)
    if callable(by):
        return by
    raise TypeError(
        f"by must be a field name, a mapping of ids to groups or a function of an "
        f"ArticleProfile, got {type(by).__name__}"
    )


def profile(results: Any, *, by: By = None, resources: Resources | None = None) -> Profile:
    """Who is quoted, per article and per group of articles.

    >>> import attribution
    >>> res = attribution.analyze('“We will win,” Ann Lee said. “Never,” she said.')
    >>> p = attribution.profile(res)
    >>> [(s.name, s.kind, s.gender, s.quotes, s.words) for s in p.articles[0].sources]
    [('Ann Lee', 'person', 'female', 2, 4)]

    ``results``: one :class:`~attribution.Analysis` or many (see the module's doc),
    read once, one at a time (a generator's texts are not all held in memory).
    ``by`` groups the articles: a field name (``"outlet"``: a key of the result dicts or
    of the context dicts; ``"id"``), a mapping of article ids to groups, or a function
    of an :class:`ArticleProfile`. The definitions of every number: ``docs/profile.md``.
    """
    resources = resources or Resources.default()
    articles = [
        article_profile(a.analysis, id=a.id, fields=a.fields, text=a.text,
                        resources=resources)
        for a in article_inputs(results)
    ]
    if by is None:
        corpus = group_profile(articles, whole=True)
        return Profile(tuple(articles), (corpus,), corpus)
    grouper = _grouper(by, articles)
    articles = [replace(a, group=group_label(grouper(a))) for a in articles]
    members: dict[str | None, list[ArticleProfile]] = {}
    for a in articles:
        members.setdefault(a.group, []).append(a)
    order = sorted(members, key=lambda g: (g is None, g or ""))
    groups = tuple(group_profile(members[g], g) for g in order)
    label = by if isinstance(by, str) else getattr(by, "__name__", "group")
    return Profile(tuple(articles), groups, group_profile(articles, whole=True), by=label)
