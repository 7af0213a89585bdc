"""Results as tables: one row per quote (or per hedge), for pandas and Dask.

:func:`to_dataframe` takes what the library hands out in bulk: a list of
:class:`~attribution.Analysis`, the ``(Analysis, context)`` pairs of
``Analyzer.pipe(..., as_tuples=True)``, a ``{doc_id: Analysis}`` mapping, or the dicts
that ``attribution batch`` writes and :func:`attribution.dask.analyze_bag` returns
(``{"id": ..., "quotes": [...], "hedges": [...]}``). The columns and their dtypes are
fixed (:data:`QUOTE_COLUMNS`, :data:`HEDGE_COLUMNS`), so an empty input gives an empty
frame of the same shape and Dask can use it as ``meta``.

Offsets are character offsets into the analysed text, as everywhere in the library;
a missing span (a quote without a cue, a speaker without a mention) gives ``<NA>``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

from .types import Analysis

__all__ = [
    "HEDGE_COLUMNS", "QUOTE_COLUMNS", "empty_frame", "hedge_rows", "quote_rows", "result_json",
    "rows_frame", "to_dataframe",
]

PANDAS_HINT = 'to_dataframe needs pandas: pip install "attribution-nlp[pandas]"'

#: Quote table columns and their pandas dtypes.
QUOTE_COLUMNS: dict[str, str] = {
    "doc_id": "object",
    "quote": "int64",  # position of the quote in its document
    "kind": "string",
    "cue_type": "string",
    "speaker": "string",
    "speaker_kind": "string",
    "speaker_mention": "string",
    "speaker_mention_start": "Int64",
    "speaker_mention_end": "Int64",
    "speaker_description": "string",
    "speaker_entity": "string",
    "speaker_gender": "string",
    "cue": "string",
    "cue_start": "Int64",
    "cue_end": "Int64",
    "content": "string",
    "content_start": "int64",
    "content_end": "int64",
    "confidence": "float64",
    "certainty": "float64",
    "n_hedges": "int64",
}

#: Hedge table columns and their pandas dtypes.
HEDGE_COLUMNS: dict[str, str] = {
    "doc_id": "object",
    "hedge": "int64",  # position of the hedge in its document
    "cue": "string",
    "cue_start": "int64",
    "cue_end": "int64",
    "category": "string",
    "probability": "float64",
    "probability_low": "float64",
    "probability_high": "float64",
    "certainty": "float64",
    "negated": "bool",
    "scope_start": "Int64",
    "scope_end": "Int64",
    "holder": "string",
    "holder_kind": "string",
}


def _span(d: Mapping[str, Any] | None) -> tuple[Any, Any, Any]:
    if d is None:
        return None, None, None
    return d["text"], d["start"], d["end"]


def quote_rows(doc_id: Any, result: Mapping[str, Any]) -> Iterator[tuple[Any, ...]]:
    """Rows (in :data:`QUOTE_COLUMNS` order) of one ``Analysis.to_dict()``."""
    for n, q in enumerate(result.get("quotes") or ()):
        sp = q.get("speaker") or {}
        mention, m_start, m_end = _span(sp.get("mention"))
        cue, c_start, c_end = _span(q.get("cue"))
        content, s_start, s_end = _span(q["content"])
        yield (
            doc_id, n, q["kind"], q.get("cue_type"), sp.get("name"), sp.get("kind"),
            mention, m_start, m_end, sp.get("description"), sp.get("entity"),
            sp.get("gender"), cue, c_start, c_end,
            content, s_start, s_end, q.get("confidence"), q.get("certainty", 1.0),
            len(q.get("hedges") or ()),
        )


def hedge_rows(doc_id: Any, result: Mapping[str, Any]) -> Iterator[tuple[Any, ...]]:
    """Rows (in :data:`HEDGE_COLUMNS` order) of one ``Analysis.to_dict()``."""
    for n, h in enumerate(result.get("hedges") or ()):
        cue, c_start, c_end = _span(h["cue"])
        _, s_start, s_end = _span(h.get("scope"))
        low, high = h.get("probability_range") or (None, None)
        holder = h.get("holder") or {}
        yield (
            doc_id, n, cue, c_start, c_end, h["category"], h.get("probability"), low, high,
            h.get("certainty", 1.0), bool(h.get("negated", False)), s_start, s_end,
            holder.get("name"), holder.get("kind"),
        )


def _documents(results: Any) -> Iterator[tuple[Any, Mapping[str, Any]]]:
    """``(doc_id, result dict)`` for every shape :func:`to_dataframe` accepts."""
    if isinstance(results, Analysis):
        raise TypeError(
            "to_dataframe takes many results; wrap a single Analysis in a list: "
            "to_dataframe([result])"
        )
    if isinstance(results, Mapping):
        if "quotes" in results or "hedges" in results:
            raise TypeError(
                "to_dataframe takes many results; wrap a single result dict in a list"
            )
        items: Iterable[Any] = results.items()
        keyed = True
    else:
        if isinstance(results, (str, bytes)) or not isinstance(results, Iterable):
            raise TypeError(
                f"to_dataframe takes an iterable of Analysis results (or of their dicts, "
                f"or of (Analysis, doc_id) pairs), got {type(results).__name__}"
            )
        items = results
        keyed = False
    for n, item in enumerate(items):
        if keyed:
            doc_id, res = item
        elif isinstance(item, tuple) and len(item) == 2:
            a, b = item
            doc_id, res = (b, a) if isinstance(a, (Analysis, Mapping)) else (a, b)
        else:
            doc_id, res = n, item
        if isinstance(res, Analysis):
            yield doc_id, res.to_dict()
        elif isinstance(res, Mapping) and "quotes" in res:
            yield (res.get("id", doc_id) if not keyed else doc_id), res
        elif isinstance(res, Mapping) and "error" in res:
            continue  # a failed record (analyze_bag(errors="record")): no rows
        else:
            raise TypeError(
                f"results[{n}]: expected an Analysis or its to_dict() dict, "
                f"got {type(res).__name__}"
            )


def empty_frame(what: Literal["quotes", "hedges"] = "quotes") -> Any:
    """An empty frame with the columns and dtypes of :func:`to_dataframe`."""
    return rows_frame([], what)


def rows_frame(rows: list[tuple[Any, ...]], what: str) -> Any:
    """A pandas DataFrame of :func:`quote_rows` (or, ``what="hedges"``, :func:`hedge_rows`)
    rows, with the columns and dtypes of :func:`to_dataframe`."""
    try:
        import pandas as pd
    except ImportError as e:
        raise ImportError(PANDAS_HINT) from e
    columns = QUOTE_COLUMNS if what == "quotes" else HEDGE_COLUMNS
    df = pd.DataFrame.from_records(rows, columns=list(columns))
    return df.astype(columns)


def to_dataframe(results: Any, *, what: Literal["quotes", "hedges"] = "quotes") -> Any:
    """A pandas DataFrame with one row per quote (``what="hedges"``: per hedge).

    >>> import attribution
    >>> texts = {"a": '“We will win,” the senator said.'}
    >>> df = attribution.to_dataframe({k: attribution.analyze(t) for k, t in texts.items()})
    >>> df[["doc_id", "speaker", "cue", "kind", "content_start"]].values.tolist()
    [['a', 'senator', 'said', 'direct', 0]]

    ``doc_id`` is the mapping key, the context of an ``(Analysis, context)`` pair, the
    ``"id"`` of a result dict, or else the position in ``results``. Needs pandas
    (``pip install "attribution-nlp[pandas]"``).
    """
    if what not in ("quotes", "hedges"):
        raise ValueError(f"what must be 'quotes' or 'hedges', got {what!r}")
    rows_of = quote_rows if what == "quotes" else hedge_rows
    rows = [row for doc_id, res in _documents(results) for row in rows_of(doc_id, res)]
    return rows_frame(rows, what)


def result_json(analysis: Analysis) -> str:
    """``analysis.to_dict()`` as one line of JSON (UTF-8 text, not ASCII escapes)."""
    return json.dumps(analysis.to_dict(), ensure_ascii=False)
