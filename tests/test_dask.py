"""attribution.dask on a real distributed.LocalCluster with two worker processes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from importlib.resources import files
from typing import Any

import pytest

import attribution
from attribution import Analyzer

SEED = (files("attribution") / "data" / "seed_article.txt").read_text(encoding="utf-8")
DOCS = [
    ("a", "“We will win,” the senator said."),
    ("b", 'He said, "I will go."'),
    ("c", "Nothing is quoted here."),
    ("d", "According to the report, prices rose sharply."),
    ("seed", SEED),
    ("e", "The minister told reporters that talks had failed."),
    ("f", ""),
    ("g", "“No comment,” she said. Officials may have known, the paper reported."),
]


def local_results(analyzer: Analyzer | None = None) -> list[dict[str, Any]]:
    an = analyzer or Analyzer()
    return [{"id": i, **an.analyze(t).to_dict()} for i, t in DOCS]


def test_missing_dask_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import attribution.dask as ad

    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r'pip install "attribution-nlp\[dask\]"'):
        ad.analyze_bag([])  # type: ignore[arg-type]


def test_language_object_analyzer_is_refused() -> None:
    pytest.importorskip("dask.bag")
    import dask.bag as db
    import spacy

    import attribution.dask as ad

    with pytest.raises(TypeError, match="pipeline name"):
        ad.analyze_bag(db.from_sequence(["x"]), Analyzer(spacy.blank("en")))


# --- on a cluster ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None,
    )
    try:
        with distributed.Client(cluster) as c:
            yield c
    finally:
        cluster.close()


@pytest.mark.slow  # a long run: CI's slow set runs it
def test_bag_on_cluster_equals_local_run(client: Any) -> None:
    import dask.bag as db

    import attribution.dask as ad

    bag = db.from_sequence(DOCS, npartitions=4)
    assert ad.analyze_bag(bag).compute() == local_results()
    # one Analyzer per worker process, however many partitions it ran
    built = client.run(ad._analyzers_built)
    assert len(built) == 2 and all(n == 1 for n in built.values())


def test_bag_of_dicts_with_settings(client: Any) -> None:
    import dask.bag as db

    import attribution.dask as ad

    an = Analyzer(quote_kinds=["direct"], hedges=False)
    records = [{"key": i, "body": t} for i, t in DOCS]
    out = ad.analyze_bag(
        db.from_sequence(records, npartitions=3), an, text_field="body", id_field="key"
    ).compute()
    assert out == local_results(an)
    assert all(q["kind"] == "direct" for r in out for q in r["quotes"])


def test_bad_record_recorded_and_rest_processed(client: Any) -> None:
    import dask.bag as db

    import attribution.dask as ad

    items = [*DOCS[:2], ("bad", 42), DOCS[2]]
    out = ad.analyze_bag(db.from_sequence(items, npartitions=2), errors="record").compute()
    assert [r["id"] for r in out] == ["a", "b", "bad", "c"]
    assert "int" in out[2]["error"] and "quotes" not in out[2]
    assert out[:2] + out[3:] == [r for r in local_results() if r["id"] in "abc"]
    with pytest.raises(TypeError, match="'bad'"):
        ad.analyze_bag(db.from_sequence(items, npartitions=2)).compute()


@pytest.mark.slow  # a long run: CI's slow set runs it
def test_dataframe_column_gives_quote_rows_equal_to_local(client: Any) -> None:
    import dask.dataframe as dd
    import pandas as pd

    import attribution.dask as ad

    pdf = pd.DataFrame({"url": [i for i, _ in DOCS], "body": [t for _, t in DOCS]})
    ddf = dd.from_pandas(pdf, npartitions=3)
    got = ad.analyze_column(ddf, "body", id_column="url").compute().reset_index(drop=True)
    got = got.astype({"doc_id": object})  # Dask may store string ids as a string dtype
    want = attribution.to_dataframe(local_results())
    assert len(want) > 5
    pd.testing.assert_frame_equal(got, want)
    row = got[got.doc_id == "a"].iloc[0]
    assert (row.speaker, row.speaker_kind, row.cue, row.kind) == (
        "senator", "anonymous", "said", "direct"
    )
    # the quotes frame of a bag is the same table
    bag_frame = ad.quotes_frame(ad.analyze_bag(_bag_of(DOCS)))
    from_bag = bag_frame.compute().reset_index(drop=True).astype({"doc_id": object})
    pd.testing.assert_frame_equal(from_bag, want)


def _bag_of(docs: list[tuple[str, str]]) -> Any:
    import dask.bag as db

    return db.from_sequence(docs, npartitions=2)


def test_dataframe_missing_text_raises_naming_row_or_skips(client: Any) -> None:
    import dask.dataframe as dd
    import pandas as pd

    import attribution.dask as ad

    pdf = pd.DataFrame({"text": [DOCS[0][1], None, DOCS[1][1]]}, index=["x", "y", "z"])
    ddf = dd.from_pandas(pdf, npartitions=1)
    with pytest.raises(TypeError, match=r"row 'y'.*missing value"):
        ad.analyze_column(ddf).compute()
    got = ad.analyze_column(ddf, errors="skip").compute()
    assert list(got.doc_id) == ["x", "z"]
    with pytest.raises(KeyError, match="no column 'body'"):
        ad.analyze_column(ddf, "body")
