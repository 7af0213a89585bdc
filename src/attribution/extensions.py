"""The ``._`` extensions the component writes and reads, under a configurable prefix.

With the default prefix (``""``), a Doc the component ran on has:

* ``doc._.attribution_dict``: the stored form, ``Analysis.to_dict()`` over ``doc.text``
  (kept as JSON text, read as a dict: it survives ``Doc.to_bytes``, ``DocBin`` and
  ``nlp.pipe(n_process=...)``);
* ``doc._.attribution``, ``doc._.quotes``, ``doc._.hedges``, ``doc._.entities``: the
  Analysis read from it, its spans quoting the input (see :func:`attribution.tokenize.source_text`);

and each quote span (``doc.spans["quotes"]``, and the quotes in the combined group):

* ``span._.quote`` (the :class:`~attribution.Quote`), ``span._.speaker``, ``span._.cue``
  (a character :class:`~attribution.Span`), ``span._.hedges``, ``span._.group``.

``nlp.add_pipe("attribution", config={"extension_prefix": "attr_"})`` writes
``doc._.attr_quotes``, ``span._.attr_speaker`` and so on instead. The Doc extensions of
the default prefix are registered when ``attribution`` is imported (so that
``doc._.quotes`` reads ``[]`` before the component ran) where their names are free; the
Span extensions, whose names are more common, when a component is made. A name already
registered by someone else is never taken over: making the component raises
:class:`ExtensionClash`, naming the other owner and the prefix option.

The Analysis read from a Doc is kept (per Doc, weakly) until the stored form changes, so
reading ``span._.speaker`` for every quote costs one parse, not one per span.
"""

from __future__ import annotations

import dataclasses
import json
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from .schema import SCHEMA_VERSION
from .tokenize import source_text
from .types import Analysis, Entity, Hedge, Quote, Speaker
from .types import Span as TextSpan

__all__ = ["ExtensionClash", "Extensions", "analysis_of", "register", "stored_form"]


class ExtensionClash(ValueError):
    """An extension name the component needs belongs to another library."""


@dataclass(frozen=True)
class Extensions:
    """The extension names of one prefix."""

    prefix: str = ""

    @property
    def data(self) -> str:
        return f"{self.prefix}attribution_dict"

    @property
    def analysis(self) -> str:
        return f"{self.prefix}attribution"

    @property
    def quotes(self) -> str:
        return f"{self.prefix}quotes"

    @property
    def hedges(self) -> str:
        return f"{self.prefix}hedges"

    @property
    def entities(self) -> str:
        return f"{self.prefix}entities"

    def span(self, field: str) -> str:
        return f"{self.prefix}{field}"


SPAN_FIELDS = ("quote", "speaker", "cue", "hedges", "group")

# Every getter and setter this module made, to tell our extensions from another's.
_OURS: set[int] = set()
_CACHE: weakref.WeakKeyDictionary[Doc, tuple[int, Analysis]] = weakref.WeakKeyDictionary()


def _mine(func: Callable[..., Any]) -> Callable[..., Any]:
    _OURS.add(id(func))
    return func


def _as_lists(value: Any) -> Any:
    """``value`` with tuples turned back into lists (msgpack, as in ``Doc.from_bytes``,
    returns lists as tuples)."""
    if isinstance(value, dict):
        return {k: _as_lists(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_as_lists(v) for v in value]
    return value


def _key(name: str) -> tuple[str, str, None, None]:
    """Where spaCy keeps a Doc attribute extension's value in ``doc.user_data``."""
    return ("._.", name, None, None)


def _user_data(doc: Doc) -> dict[Any, Any]:
    data: dict[Any, Any] = doc.user_data
    return data


def stored_form(analysis: Analysis) -> str:
    """``analysis.to_dict()`` as the JSON text the component keeps in ``doc.user_data``:
    one string, not a tree of dicts, so that a long text's results weigh nothing on the
    garbage collector (and Docs serialise faster). Written record by record."""
    quotes = ", ".join(json.dumps(q.to_dict()) for q in analysis.quotes)
    hedges = ", ".join(json.dumps(h.to_dict()) for h in analysis.hedges)
    entities = ", ".join(json.dumps(e.to_dict()) for e in analysis.entities)
    furniture = ", ".join(json.dumps(f.to_dict()) for f in analysis.furniture)
    return (f'{{"schema_version": {json.dumps(SCHEMA_VERSION)}, "quotes": [{quotes}], '
            f'"hedges": [{hedges}], "entities": [{entities}], "furniture": [{furniture}]}}')


def _loaded(data: Any) -> Any:
    """The stored form as data: the component stores JSON text, a caller may set a dict
    (and msgpack gives tuples for lists)."""
    return json.loads(data) if isinstance(data, str) else _as_lists(data)


def analysis_of(doc: Doc, ext: Extensions = Extensions()) -> Analysis | None:
    """The Analysis the component stored on ``doc`` (None before it ran), spans quoting
    the input; parsed once per stored form."""
    data = _user_data(doc).get(_key(ext.data))
    if data is None:
        return None
    cached = _CACHE.get(doc)
    if cached is not None and cached[0] == id(data):
        return cached[1]
    analysis = Analysis.from_dict(_loaded(data), validate=False)
    text = doc.text
    source = source_text(doc, text)
    analysis = dataclasses.replace(analysis, text=text)
    if source is not text:  # the Doc holds a stand-in: quote the input
        analysis = analysis.with_text(source)
    _CACHE[doc] = (id(data), analysis)
    return analysis


def _quote_of(span: Span, ext: Extensions) -> Quote | None:
    """The quote whose content ``span`` covers: by the index the span carries as its id,
    checked against the offsets."""
    analysis = analysis_of(span.doc, ext)
    if analysis is None:
        return None
    quotes = analysis.quotes
    k = span.id
    if 0 <= k < len(quotes):
        q = quotes[k]
        if span.start_char <= q.content.start and q.content.end <= span.end_char:
            return q
    return None


def _doc_getters(ext: Extensions) -> dict[str, dict[str, Any]]:
    data_key = _key(ext.data)

    def get_data(doc: Doc) -> Any:
        data = _user_data(doc).get(data_key)
        return None if data is None else _loaded(data)

    def set_data(doc: Doc, value: Any) -> None:
        _user_data(doc)[data_key] = value

    def get_analysis(doc: Doc) -> Analysis | None:
        analysis = analysis_of(doc, ext)
        if analysis is None:
            return None
        return Analysis(
            list(analysis.quotes), list(analysis.hedges), list(analysis.entities),
            text=analysis.text, furniture=list(analysis.furniture),
        )

    def get_quotes(doc: Doc) -> list[Quote]:
        analysis = analysis_of(doc, ext)
        return [] if analysis is None else list(analysis.quotes)

    def get_hedges(doc: Doc) -> list[Hedge]:
        analysis = analysis_of(doc, ext)
        return [] if analysis is None else list(analysis.hedges)

    def get_entities(doc: Doc) -> list[Entity]:
        analysis = analysis_of(doc, ext)
        return [] if analysis is None else list(analysis.entities)

    return {
        ext.data: {"getter": _mine(get_data), "setter": _mine(set_data)},
        ext.analysis: {"getter": _mine(get_analysis)},
        ext.quotes: {"getter": _mine(get_quotes)},
        ext.hedges: {"getter": _mine(get_hedges)},
        ext.entities: {"getter": _mine(get_entities)},
    }


def _span_getters(ext: Extensions) -> dict[str, dict[str, Any]]:
    def get_quote(span: Span) -> Quote | None:
        return _quote_of(span, ext)

    def get_speaker(span: Span) -> Speaker | None:
        q = _quote_of(span, ext)
        return None if q is None else q.speaker

    def get_cue(span: Span) -> TextSpan | None:
        q = _quote_of(span, ext)
        return None if q is None else q.cue

    def get_hedges(span: Span) -> tuple[Hedge, ...]:
        q = _quote_of(span, ext)
        return () if q is None else q.hedges

    def get_group(span: Span) -> int | None:
        q = _quote_of(span, ext)
        return None if q is None else q.group

    getters = dict(zip(SPAN_FIELDS, (get_quote, get_speaker, get_cue, get_hedges, get_group),
                       strict=True))
    return {ext.span(field): {"getter": _mine(g)} for field, g in getters.items()}


def _owner(found: tuple[Any, Any, Any, Any]) -> str:
    default, method, getter, setter = found
    for role, func in (("getter", getter), ("method", method), ("setter", setter)):
        if func is not None:
            where = getattr(func, "__module__", None) or "?"
            name = getattr(func, "__qualname__", None) or repr(func)
            return f"the {role} {where}.{name}"
    return f"a plain attribute (default={default!r})"


def _claim(cls: type[Doc] | type[Span], name: str, kwargs: dict[str, Any], strict: bool) -> bool:
    """Register ``cls._.name`` unless it exists; True if it is ours. A name someone else
    holds raises ExtensionClash when ``strict``."""
    found = cls.get_extension(name)
    if found is None:
        cls.set_extension(name, **kwargs)
        return True
    _, method, getter, setter = found
    if any(id(f) in _OURS for f in (method, getter, setter) if f is not None):
        return True
    if strict:
        where = "doc" if cls is Doc else "span"
        raise ExtensionClash(
            f"{where}._.{name} is already registered by another library ({_owner(found)}); "
            f"the attribution component will not take it over. Add the component with a "
            f"prefix for its extensions, e.g. nlp.add_pipe('attribution', "
            f"config={{'extension_prefix': 'attribution_'}}), and read "
            f"{where}._.attribution_{name} instead."
        )
    return False


_GETTERS: dict[str, tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]] = {}


def register(prefix: str = "", *, spans: bool = True, strict: bool = True) -> Extensions:
    """Register the extensions of ``prefix`` (again: a no-op); ExtensionClash if a name
    belongs to another library (``strict=False`` leaves such a name alone instead)."""
    if not isinstance(prefix, str) or not (prefix == "" or prefix.isidentifier()):
        raise ValueError(
            f"extension_prefix must be '' or the start of a Python name, such as "
            f"'attribution_', got {prefix!r}"
        )
    ext = Extensions(prefix)
    if prefix not in _GETTERS:  # made once, so that their identity marks them as ours
        _GETTERS[prefix] = (_doc_getters(ext), _span_getters(ext))
    doc_getters, span_getters = _GETTERS[prefix]
    for name, kwargs in doc_getters.items():
        _claim(Doc, name, kwargs, strict)
    if spans:
        for name, kwargs in span_getters.items():
            _claim(Span, name, kwargs, strict)
    return ext
