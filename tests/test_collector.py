"""The cyclic garbage collector is paused while a document is analysed, and its state is
always restored: after an error, when the program had disabled it, when analyses nest
or run in several threads at once."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import spacy

import attribution
import attribution.pipeline
from attribution import Analyzer
from attribution.collector import collector_paused

TEXT = "“We will win,” the senator said. Analysts believe the deal is probably dead."


@pytest.fixture(autouse=True)
def collector_on() -> Iterator[None]:
    """Each test starts with the collector enabled and leaves it so, whatever happens."""
    gc.enable()
    yield
    gc.enable()


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def spy_on_resolve(monkeypatch: pytest.MonkeyPatch, fail: bool = False) -> list[bool]:
    """Record ``gc.isenabled()`` in the middle of every analysis (the speaker stage);
    ``fail``: that stage raises."""
    seen: list[bool] = []
    original: Callable[..., Any] = attribution.pipeline.resolve

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        if fail:
            raise RuntimeError("a stage failed")
        return original(*args, **kwargs)

    monkeypatch.setattr(attribution.pipeline, "resolve", spy)
    return seen


def test_paused_during_analysis_and_enabled_after(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = spy_on_resolve(monkeypatch)
    analysis = analyzer.analyze(TEXT)
    assert seen == [False]
    assert gc.isenabled()
    assert analysis.quotes  # the analysis itself is unchanged by the pause


def test_enabled_again_after_an_error(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = spy_on_resolve(monkeypatch, fail=True)
    with pytest.raises(RuntimeError, match="a stage failed"):
        analyzer.analyze(TEXT)
    assert seen == [False]
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = spy_on_resolve(monkeypatch)
    gc.disable()
    analyzer.analyze(TEXT)
    assert seen == [False]
    assert not gc.isenabled()


def test_pause_gc_false_leaves_the_collector_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    an = Analyzer(pause_gc=False)
    assert an.config["pause_gc"] is False
    assert Analyzer.from_config(an.config).settings.pause_gc is False
    seen = spy_on_resolve(monkeypatch)
    an.analyze(TEXT)
    assert seen == [True]


def test_pause_gc_must_be_a_bool() -> None:
    with pytest.raises(TypeError, match="pause_gc must be True or False, got str"):
        Analyzer(pause_gc="no")  # type: ignore[arg-type]


@pytest.mark.parametrize("pause", [True, False])
def test_the_component_pauses_as_configured(
    monkeypatch: pytest.MonkeyPatch, pause: bool
) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("attribution", config={"pause_gc": pause})
    seen = spy_on_resolve(monkeypatch)
    doc = nlp(TEXT)
    assert seen == [not pause]
    assert gc.isenabled()
    assert doc._.quotes


def test_a_nested_pause_leaves_the_outer_one_in_place() -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner one did not enable it
    assert gc.isenabled()


def test_overlapping_threads_leave_the_collector_enabled() -> None:
    """Thread A takes the pause; B starts while A holds it and ends after A: B changes
    nothing, A restores the collector when it ends, and it stays enabled."""
    a_in, b_in, a_out = threading.Event(), threading.Event(), threading.Event()
    states: dict[str, bool] = {}

    def first() -> None:
        with collector_paused():
            a_in.set()
            b_in.wait(5)
        a_out.set()

    def second() -> None:
        a_in.wait(5)
        with collector_paused():
            b_in.set()
            a_out.wait(5)
            states["b after a"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert states == {"b after a": True}
    assert gc.isenabled()


def test_collect_still_works_while_paused() -> None:
    class Node:
        other: Any = None

    with collector_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a
        del a, b
        assert gc.collect() >= 2
