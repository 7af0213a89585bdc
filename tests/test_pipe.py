"""Analyzer.pipe: order, batches, worker processes, contexts, bad input; pickling; export."""

from __future__ import annotations

import pickle
import threading
from importlib.resources import files

import pytest
import spacy

import attribution
from attribution import Analysis, Analyzer
from attribution.parallel import AnalysisError, Failure, iter_analyses

SEED = (files("attribution") / "data" / "seed_article.txt").read_text(encoding="utf-8")

TEXTS = [
    "“We will win,” the senator said.",
    "",
    'He said, "I will go."',
    "Nothing is quoted here.",
    "According to the report, prices rose.",
    SEED,
    "The minister told reporters that talks had failed.",
    "“No comment,” she said.",
]


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="module")
def expected(analyzer: Analyzer) -> list[Analysis]:
    return [analyzer.analyze(t) for t in TEXTS]


def test_pipe_equals_analyze_in_order(analyzer: Analyzer, expected: list[Analysis]) -> None:
    results = list(analyzer.pipe(TEXTS, batch_size=3))
    assert results == expected
    assert [r.text for r in results] == TEXTS


def test_pipe_finds_quotes(analyzer: Analyzer) -> None:
    (res,) = analyzer.pipe(["“We will win,” the senator said."])
    assert [(q.speaker.name if q.speaker else None, q.kind) for q in res.quotes] == [
        ("senator", "direct")
    ]


def test_pipe_reads_a_generator_lazily(analyzer: Analyzer) -> None:
    pulled: list[int] = []

    def texts():  # type: ignore[no-untyped-def]
        for i in range(1000):
            pulled.append(i)
            yield f"Text number {i}."

    it = analyzer.pipe(texts(), batch_size=4)
    next(it)
    assert len(pulled) < 10


def test_two_processes_equal_one(analyzer: Analyzer, expected: list[Analysis]) -> None:
    texts = TEXTS * 3
    results = list(analyzer.pipe(texts, batch_size=2, n_process=2))
    assert results == expected * 3
    assert [r.text for r in results] == texts


def test_as_tuples_keeps_contexts_in_this_process(analyzer: Analyzer) -> None:
    lock = threading.Lock()  # not picklable: contexts must never reach a worker
    pairs = [(t, (i, lock)) for i, t in enumerate(TEXTS)]
    for n_process in (1, 2):
        out = list(analyzer.pipe(pairs, as_tuples=True, batch_size=3, n_process=n_process))
        assert [ctx[0] for _, ctx in out] == list(range(len(TEXTS)))
        assert all(ctx[1] is lock for _, ctx in out)
        assert [res.text for res, _ in out] == TEXTS


@pytest.mark.parametrize("n_process", [1, 2])
def test_bad_item_raises_type_error_naming_index_after_earlier_results(
    analyzer: Analyzer, n_process: int
) -> None:
    got: list[Analysis] = []
    with pytest.raises(TypeError, match=r"texts\[2\] must be str, got int"):
        for res in analyzer.pipe(["a.", "b.", 5, "c."], batch_size=1, n_process=n_process):
            got.append(res)
    assert [r.text for r in got] == ["a.", "b."]


def test_bytes_item_says_decode(analyzer: Analyzer) -> None:
    with pytest.raises(TypeError, match=r"texts\[0\].*decode"):
        list(analyzer.pipe([b"bytes"]))


def test_too_long_item_raises_value_error_naming_index() -> None:
    an = Analyzer(max_length=10)
    with pytest.raises(ValueError, match=r"texts\[1\] is 20 characters"):
        list(an.pipe(["short", "x" * 20]))


def test_single_string_is_refused(analyzer: Analyzer) -> None:
    with pytest.raises(TypeError, match="single str"):
        analyzer.pipe("one text")


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        (None, r"texts must be an iterable of texts .*got None"),
        (5, r"texts must be an iterable of texts .*got int"),
        ({"a": "text"}, r"got a dict, whose iteration gives its keys.*texts.values\(\)"),
        (b"bytes", "single bytes"),
    ],
)
def test_what_is_no_iterable_of_texts_is_refused_at_call(
    analyzer: Analyzer, texts: object, message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        analyzer.pipe(texts)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="items must be an iterable of texts"):
        iter_analyses(analyzer, texts)  # type: ignore[arg-type]


def test_bad_pair_with_as_tuples(analyzer: Analyzer) -> None:
    with pytest.raises(TypeError, match=r"texts\[1\].*\(text, context\) pair"):
        list(analyzer.pipe([("a", 1), "b"], as_tuples=True))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n_process": 0}, "n_process"),
        ({"n_process": -2}, "n_process"),
        ({"n_process": 10**6}, r"n_process=1,000,000 is more than 4 processes per CPU"),
        ({"batch_size": 0}, "batch_size"),
    ],
)
def test_bad_arguments_raise_at_call(analyzer: Analyzer, kwargs: dict[str, int], message: str):
    with pytest.raises(ValueError, match=message):
        analyzer.pipe(["x"], **kwargs)  # no next(): checked when called


def test_failure_inside_analysis_names_the_index(monkeypatch: pytest.MonkeyPatch) -> None:
    an = Analyzer()
    real = an.pipeline

    def broken(doc, text=None):  # type: ignore[no-untyped-def]
        if "boom" in doc.text:
            raise IndexError("list index out of range")
        return real(doc, text)

    monkeypatch.setattr(an, "pipeline", broken)
    with pytest.raises(AnalysisError, match=r"texts\[1\].*IndexError") as info:
        list(an.pipe(["fine.", "boom", "fine."]))
    assert info.value.index == 1
    assert isinstance(info.value.__cause__, IndexError)


def test_iter_analyses_reports_failures_and_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    an = Analyzer()
    real = an.pipeline

    def broken(doc, text=None):  # type: ignore[no-untyped-def]
        if "boom" in doc.text:
            raise RuntimeError("bad")
        return real(doc, text)

    monkeypatch.setattr(an, "pipeline", broken)
    out = list(iter_analyses(an, ["a.", 7, "boom", "b."], batch_size=2))
    assert isinstance(out[0], Analysis) and isinstance(out[3], Analysis)
    assert isinstance(out[1], Failure) and out[1].stage == "input" and out[1].index == 1
    assert isinstance(out[2], Failure) and out[2].stage == "analysis"
    assert "RuntimeError: bad" in out[2].reason


def test_a_text_that_breaks_the_tokenizer_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    an = Analyzer()
    real = an.nlp.make_doc

    def make_doc(text: str):  # type: ignore[no-untyped-def]
        if text == "boom":
            raise ValueError("tokenizer exploded")
        return real(text)

    monkeypatch.setattr(an.nlp, "make_doc", make_doc)
    texts = ["“We will win,” the senator said.", "boom", 'He said, "I will go."']
    out = list(iter_analyses(an, texts, batch_size=3))
    assert isinstance(out[1], Failure) and "tokenizer exploded" in out[1].reason
    assert out[0] == Analyzer().analyze(texts[0]) and out[2] == Analyzer().analyze(texts[2])


@pytest.mark.parametrize("n_process", [1, 2])
def test_lone_surrogates_as_analyze_does(analyzer: Analyzer, n_process: int) -> None:
    texts = ["“We will \ud800win,” the senator said.", "plain"]
    out = list(analyzer.pipe(texts, n_process=n_process))
    assert out == [analyzer.analyze(t) for t in texts]
    assert out[0].quotes[0].content.text == "“We will \ud800win,”"


def test_results_pickle_round_trip(expected: list[Analysis]) -> None:
    back = pickle.loads(pickle.dumps(expected))
    assert back == expected
    assert [r.text for r in back] == TEXTS


def test_result_records_pickle_as_constructor_calls(expected: list[Analysis]) -> None:
    import copy
    import dataclasses

    quote = next(q for r in expected for q in r.quotes if q.speaker and q.cue)
    hedge = next(h for r in expected for h in r.hedges)
    for record in (quote, quote.content, quote.speaker, hedge, hedge.holder or hedge.cue):
        cls, args = record.__reduce__()
        assert cls is type(record) and cls(*args) == record
        assert pickle.loads(pickle.dumps(record)) == record == copy.deepcopy(record)
        # A pickle of the generic dataclass state (as older versions wrote) still loads.
        state = tuple(getattr(record, f.name) for f in dataclasses.fields(record))
        old = object.__new__(cls)
        old.__setstate__(state)  # type: ignore[attr-defined]
        assert old == record


def test_analyzer_pickles_as_its_settings() -> None:
    an = Analyzer(quote_kinds=["direct"], hedges=False, max_length=5000)
    copy = pickle.loads(pickle.dumps(an))
    assert copy is not an and copy.max_length == 5000
    text = 'He said that it rained. "We lost," she said.'
    assert copy.analyze(text) == an.analyze(text)
    assert {q.kind for q in copy.analyze(text).quotes} == {"direct"}


def test_language_object_goes_to_workers() -> None:
    nlp = spacy.blank("en")
    an = Analyzer(nlp)
    assert list(an.pipe(TEXTS[:3], n_process=2)) == [Analyzer().analyze(t) for t in TEXTS[:3]]


def test_workers_with_other_settings_build_their_own_analyzer() -> None:
    an = Analyzer(hedges=False, quote_kinds=["direct"])
    assert list(an.pipe(TEXTS, batch_size=3, n_process=2)) == [an.analyze(t) for t in TEXTS]


@pytest.mark.slow  # a spawned worker imports spaCy anew: seconds
@pytest.mark.parametrize("method", ["spawn"])
def test_start_methods_give_the_same_results(
    monkeypatch: pytest.MonkeyPatch, method: str, expected: list[Analysis]
) -> None:
    import multiprocessing

    from attribution import workers

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    monkeypatch.setattr(workers, "START_METHOD", method)
    assert list(Analyzer().pipe(TEXTS, batch_size=2, n_process=2)) == expected


def test_batches_with_only_bad_records_keep_the_stream_going() -> None:
    items: list[object] = []
    for k in range(75):  # batch_size=2: every other batch has no text to send
        items += [k, None, f"“Round {k},” she said.", "No quote."]
    out = list(iter_analyses(Analyzer(), items, batch_size=2, n_process=2))
    assert len(out) == len(items)
    for k, r in enumerate(out):
        assert isinstance(r, Failure) == (k % 4 < 2), k


class _Unpicklable:
    def __init__(self) -> None:
        self.lock = threading.Lock()

    def __call__(self, doc):  # type: ignore[no-untyped-def]
        return doc


@spacy.Language.factory("test_pipe_unpicklable")
def _make_unpicklable(nlp, name):  # type: ignore[no-untyped-def]
    return _Unpicklable()


def test_unpicklable_language_with_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Forked workers share the caller's Analyzer as it is; spawned ones need a pickle,
    and an Analyzer that has none says what to do when pipe() is called."""
    from attribution import workers

    nlp = spacy.blank("en")
    nlp.add_pipe("test_pipe_unpicklable")
    an = Analyzer(nlp)
    assert len(list(an.pipe(["x"], n_process=1))) == 1
    if workers.START_METHOD == "fork":
        assert list(an.pipe(TEXTS[:3], n_process=2)) == [an.analyze(t) for t in TEXTS[:3]]
    monkeypatch.setattr(workers, "START_METHOD", "spawn")
    with pytest.raises(TypeError, match="pipeline name"):
        an.pipe(["x"], n_process=2)


# --- attribution.to_dataframe ---------------------------------------------------------


def test_to_dataframe_one_row_per_quote(analyzer: Analyzer, expected: list[Analysis]) -> None:
    pytest.importorskip("pandas")
    df = attribution.to_dataframe(expected)
    assert len(df) == sum(len(r.quotes) for r in expected)
    first = df.iloc[0]
    q = expected[0].quotes[0]
    assert first["doc_id"] == 0 and first["speaker"] == "senator"
    assert first["cue"] == "said" and first["kind"] == "direct"
    assert TEXTS[0][first["content_start"]:first["content_end"]] == q.content.text


def test_to_dataframe_accepts_pairs_mappings_and_dicts(expected: list[Analysis]) -> None:
    pytest.importorskip("pandas")
    ids = [f"doc{i}" for i in range(len(expected))]
    a = attribution.to_dataframe(list(zip(expected, ids, strict=True)))
    b = attribution.to_dataframe(dict(zip(ids, expected, strict=True)))
    dicts = [{"id": i, **r.to_dict()} for i, r in zip(ids, expected, strict=True)]
    c = attribution.to_dataframe(dicts)
    assert a.equals(b) and a.equals(c)
    assert set(a["doc_id"]) <= set(ids)


def test_to_dataframe_empty_has_columns_and_hedges_table() -> None:
    pytest.importorskip("pandas")
    from attribution.export import HEDGE_COLUMNS, QUOTE_COLUMNS

    assert list(attribution.to_dataframe([]).columns) == list(QUOTE_COLUMNS)
    assert list(attribution.to_dataframe([], what="hedges").columns) == list(HEDGE_COLUMNS)


def test_to_dataframe_bad_input() -> None:
    pytest.importorskip("pandas")
    with pytest.raises(TypeError, match="wrap a single Analysis"):
        attribution.to_dataframe(Analysis())
    with pytest.raises(TypeError, match=r"results\[1\]"):
        attribution.to_dataframe([Analysis(), 3])
    with pytest.raises(ValueError, match="what"):
        attribution.to_dataframe([], what="speakers")  # type: ignore[arg-type]
