"""Run the analyzer on a Dask cluster: a bag of texts, or a column of a Dask DataFrame.

Each worker process builds one Analyzer (from the constructor arguments of the one you
pass, or the rules backend) the first time it needs it and reuses it for every
partition after that, never one per record. Within a partition the texts go through
``nlp.pipe`` in batches, as in :meth:`Analyzer.pipe <attribution.Analyzer.pipe>`.

>>> import dask.bag as db                                        # doctest: +SKIP
>>> from attribution.dask import analyze_bag, quotes_frame
>>> bag = db.from_sequence([("a1", text1), ("a2", text2)], npartitions=2)
>>> results = analyze_bag(bag)              # bag of {"id", "quotes", "hedges"} dicts
>>> quotes_frame(results).compute()         # one row per quote

>>> import dask.dataframe as dd                                  # doctest: +SKIP
>>> from attribution.dask import analyze_column
>>> quotes = analyze_column(dd.read_parquet("articles/"), "body", id_column="url")

Needs the ``dask`` extra: ``pip install "attribution-nlp[dask]"``. See
``docs/scaling.md`` for clusters and for the same recipe on Spark.
"""

from __future__ import annotations

import importlib
import json
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from .analyzer import Analyzer
from .errors import check_text
from .export import empty_frame, hedge_rows, quote_rows, rows_frame, to_dataframe
from .parallel import Failure, iter_analyses
from .types import Analysis

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["analyze_bag", "analyze_column", "quotes_frame"]

INSTALL_HINT = 'attribution.dask needs Dask: pip install "attribution-nlp[dask]"'

BagErrors = Literal["raise", "record", "skip"]


def _require_dask() -> None:
    try:
        for module in ("dask.bag", "dask.dataframe", "pandas"):
            importlib.import_module(module)
    except ImportError as e:
        raise ImportError(f"{INSTALL_HINT} ({e})") from e


# --- one Analyzer per worker process --------------------------------------------------

_analyzers: dict[str, Analyzer] = {}
_lock = threading.Lock()


def _worker_analyzer(config_json: str) -> Analyzer:
    """This process's Analyzer for ``config_json``, built on first use."""
    an = _analyzers.get(config_json)
    if an is None:
        with _lock:
            an = _analyzers.get(config_json)
            if an is None:
                an = Analyzer.from_config(json.loads(config_json))
                _analyzers[config_json] = an
    return an


def _analyzers_built() -> int:
    """How many Analyzers this process has built (tests check: one per worker)."""
    return len(_analyzers)


def _config_json(analyzer: Analyzer | str | None) -> str:
    """The analyzer's constructor arguments as JSON: small, and the workers' cache key."""
    if analyzer is None or isinstance(analyzer, str):
        analyzer = Analyzer(analyzer)
    if not isinstance(analyzer, Analyzer):
        raise TypeError(
            f"analyzer must be an Analyzer, a spaCy pipeline name or None, "
            f"got {type(analyzer).__name__}"
        )
    if analyzer.from_language:
        raise TypeError(
            "attribution.dask needs an Analyzer that each worker can rebuild by itself, "
            "but this one was built from a spacy.Language object. Build it from an "
            "installed pipeline name instead (Analyzer(model='en_core_web_sm')) and "
            "install that pipeline on the workers."
        )
    return json.dumps(analyzer.config, sort_keys=True)


def _check_errors(errors: str, allowed: tuple[str, ...]) -> None:
    if errors not in allowed:
        raise ValueError(f"errors must be one of {', '.join(map(repr, allowed))}, got {errors!r}")


# --- bags -----------------------------------------------------------------------------


def _id_and_text(item: Any, text_field: str, id_field: str) -> tuple[Any, Any]:
    if isinstance(item, str):
        return None, item
    if isinstance(item, Mapping):
        if text_field not in item:
            raise ValueError(
                f"record has no {text_field!r} field (fields: {', '.join(map(str, item))}); "
                f"name the text field with text_field="
            )
        return item.get(id_field), item[text_field]
    if isinstance(item, (tuple, list)) and len(item) == 2:
        return item[0], item[1]
    raise TypeError(
        f"expected a text (str), an (id, text) pair or a dict with a {text_field!r} "
        f"field, got {type(item).__name__}"
    )


def _result_dict(analysis: Analysis) -> dict[str, Any]:
    return analysis.to_dict()


def _analyze_partition(
    items: Iterable[Any], config_json: str, text_field: str, id_field: str, errors: str,
    batch_size: int,
) -> list[dict[str, Any]]:
    analyzer = _worker_analyzer(config_json)
    records = list(items)
    ids: list[Any] = [None] * len(records)

    def prepare(index: int, item: Any) -> str:
        doc_id, text = _id_and_text(item, text_field, id_field)
        ids[index] = doc_id
        if not isinstance(text, str):
            raise TypeError(f"record {doc_id!r}: the text is {type(text).__name__}, not a str")
        return check_text(text, f"the text of record {doc_id!r}", analyzer.max_length)

    out: list[dict[str, Any]] = []
    stream = iter_analyses(
        analyzer, records, transform=_result_dict, batch_size=batch_size, prepare=prepare
    )
    for n, res in enumerate(stream):
        if isinstance(res, Failure):
            if errors == "raise":
                if res.stage == "input":
                    raise res.error
                raise RuntimeError(f"record {ids[n]!r}: {res.reason}") from res.error
            if errors == "record":
                out.append({"id": ids[n], "error": res.reason})
            continue
        out.append({"id": ids[n], **res})
    return out


def analyze_bag(
    bag: dask.bag.Bag,
    analyzer: Analyzer | str | None = None,
    *,
    text_field: str = "text",
    id_field: str = "id",
    errors: BagErrors = "raise",
    batch_size: int = 64,
) -> dask.bag.Bag:
    """A bag of result dicts ``{"id": ..., "quotes": [...], "hedges": [...]}``, in order.

    Items may be texts (``id`` is then None), ``(id, text)`` pairs, or dicts holding
    the text under ``text_field`` and the id under ``id_field``. ``analyzer`` is an
    :class:`~attribution.Analyzer` (its settings are rebuilt on each worker), the name
    of a spaCy pipeline installed on the workers, or None for the rules backend.

    A bad record (no text, not a str, too long) raises by default. ``errors="record"``
    puts ``{"id": ..., "error": reason}`` in its place and goes on; ``"skip"`` drops it.
    """
    _require_dask()
    _check_errors(errors, ("raise", "record", "skip"))
    untyped: Any = bag
    result: dask.bag.Bag = untyped.map_partitions(
        _analyze_partition, _config_json(analyzer), text_field, id_field, errors, batch_size
    )
    return result


def _results_frame(part: Iterable[Any], what: str) -> Any:
    return to_dataframe(list(part), what=what)  # type: ignore[arg-type]


def quotes_frame(
    results: dask.bag.Bag, *, what: Literal["quotes", "hedges"] = "quotes"
) -> dask.dataframe.DataFrame:
    """A Dask DataFrame with one row per quote (or hedge) of an :func:`analyze_bag` bag.

    The columns are those of :func:`attribution.to_dataframe`; records that failed
    (``errors="record"``) contribute no rows.
    """
    _require_dask()
    import dask.dataframe as dd
    from dask.delayed import delayed

    untyped: Any = results
    parts = [delayed(_results_frame)(p, what) for p in untyped.to_delayed()]
    frame: dask.dataframe.DataFrame = dd.from_delayed(
        parts, meta=empty_frame(what), verify_meta=False
    )
    return frame


# --- dataframes -----------------------------------------------------------------------


def _column_partition(
    pdf: Any, column: str, id_column: str | None, config_json: str, errors: str, what: str,
    batch_size: int,
) -> Any:
    import pandas as pd

    analyzer = _worker_analyzer(config_json)
    texts = pdf[column].tolist()
    ids = (pdf.index if id_column is None else pdf[id_column]).tolist()

    def prepare(index: int, text: Any) -> str:
        if not isinstance(text, str) and errors == "raise":
            missing = " (a missing value?)" if text is None or pd.isna(text) else ""
            raise TypeError(
                f"row {ids[index]!r}: column {column!r} holds {type(text).__name__}"
                f"{missing}, not a str. Drop or fill such rows first "
                f"(df.dropna(subset=[{column!r}])), or pass errors='skip'."
            )
        return check_text(text, f"row {ids[index]!r}, column {column!r},", analyzer.max_length)

    rows_of = quote_rows if what == "quotes" else hedge_rows
    rows: list[tuple[Any, ...]] = []
    stream = iter_analyses(
        analyzer, texts, transform=_result_dict, batch_size=batch_size, prepare=prepare
    )
    for n, res in enumerate(stream):
        if isinstance(res, Failure):
            if errors == "raise":
                if res.stage == "input":
                    raise res.error
                raise RuntimeError(f"row {ids[n]!r}: {res.reason}") from res.error
            continue
        rows.extend(rows_of(ids[n], res))
    return rows_frame(rows, what)


def analyze_column(
    df: dask.dataframe.DataFrame,
    column: str = "text",
    *,
    id_column: str | None = None,
    analyzer: Analyzer | str | None = None,
    what: Literal["quotes", "hedges"] = "quotes",
    errors: Literal["raise", "skip"] = "raise",
    batch_size: int = 64,
) -> dask.dataframe.DataFrame:
    """One row per quote (``what="hedges"``: per hedge) found in ``df[column]``.

    ``doc_id`` is the row's index value, or its ``id_column`` value. The columns are
    those of :func:`attribution.to_dataframe`. A row whose text is missing or not a
    str raises (naming the row) unless ``errors="skip"``; to keep a record of failed
    rows, use :func:`analyze_bag` with ``errors="record"``.
    """
    _require_dask()
    _check_errors(errors, ("raise", "skip"))
    if what not in ("quotes", "hedges"):
        raise ValueError(f"what must be 'quotes' or 'hedges', got {what!r}")
    for name in (column, id_column):
        if name is not None and name not in df.columns:
            raise KeyError(
                f"no column {name!r} in the dataframe (columns: {', '.join(map(str, df.columns))})"
            )
    untyped: Any = df
    frame: dask.dataframe.DataFrame = untyped.map_partitions(
        _column_partition, column, id_column, _config_json(analyzer), errors, what,
        batch_size, meta=empty_frame(what), enforce_metadata=False,
    )
    return frame
