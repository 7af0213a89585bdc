"""One Analyzer shared by many threads gives what one Analyzer per thread gives.

The GIL makes each bytecode atomic, not each analysis, so state kept on the Analyzer
between calls (caches, matchers, the spaCy vocabulary's string store) could mix two
texts' results. The switch interval is shortened so threads interleave inside single
analyses rather than between them.
"""

from __future__ import annotations

import random
import sys
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

import attribution
from attribution import Analysis, Analyzer

SEED = (
    "Russia is buying weapons from North Korea, US officials said.\n\n"
    "“We hope Russia can try to purchase additional equipment,” they added.\n\n"
    "Mason Clark, head of the Russia team at the Institute for the Study of War, told The "
    "New York Times that Russia’s dependence on rogue states must upset the Kremlin."
)
SENTENCES = [
    "“We will very likely win,” the senator said.",
    "The minister told reporters that talks had probably failed.",
    "According to the report, prices may rise.",
    "She said: “It is possible that we are wrong.”",
    "“No comment,” said a spokesman for the Kremlin.",
    "Putin, who said the war could last years, did not comment.",
    "Analysts believe the deal is almost certainly dead.",
    "He said “it’s fine” and left.\n\n“Really,” he added, “it is.”",
    "It is not very likely, officials familiar with the matter said, that talks resume.",
]


def corpus(n: int = 120, seed: int = 7) -> list[str]:
    """Texts of 1-12 sentences, every one different, with fresh names so the vocabulary
    grows while the threads run."""
    rnd = random.Random(seed)
    out = [SEED]
    for k in range(n):
        parts = rnd.choices(SENTENCES, k=rnd.randint(1, 12))
        parts.insert(rnd.randint(0, len(parts)), f"Name{k} Surname{k * 7} said it was fine.")
        out.append(rnd.choice([" ", "\n\n"]).join(parts))
    return out


@pytest.fixture(autouse=True)
def fine_switching() -> Iterator[None]:
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(old)


@pytest.mark.slow  # a long run: CI's slow set runs it
def test_shared_analyzer_in_a_thread_pool_equals_one_per_thread() -> None:
    texts = corpus()
    shared = Analyzer()
    with ThreadPoolExecutor(max_workers=8) as pool:
        from_shared = list(pool.map(shared.analyze, texts * 2))

    local = threading.local()

    def own_analyzer(text: str) -> Analysis:
        if not hasattr(local, "analyzer"):
            local.analyzer = Analyzer()
        result: Analysis = local.analyzer.analyze(text)
        return result

    with ThreadPoolExecutor(max_workers=4) as pool:
        from_own = list(pool.map(own_analyzer, texts * 2))
    fresh = Analyzer()
    sequential = [fresh.analyze(t) for t in texts] * 2
    assert any(r.quotes for r in sequential) and any(r.hedges for r in sequential)
    assert from_shared == sequential
    assert from_own == sequential
    assert [r.text for r in from_shared] == texts * 2


def test_threads_sharing_the_default_analyzer(monkeypatch: pytest.MonkeyPatch) -> None:
    """``attribution.analyze`` from many threads at once: one default Analyzer, built
    once, and the same results as in one thread."""
    import attribution.api as api

    monkeypatch.setattr(api, "_default", None)
    built: list[Analyzer] = []
    real_init = Analyzer.__init__

    def counting_init(self: Analyzer, *args: object, **kwargs: object) -> None:
        built.append(self)
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Analyzer, "__init__", counting_init)
    texts = corpus(40, seed=11)
    barrier = threading.Barrier(8)

    def first_call(text: str) -> Analysis:
        barrier.wait()
        return attribution.analyze(text)

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(first_call, texts[:8]))
        results += list(pool.map(attribution.analyze, texts[8:]))
    assert len(built) == 1
    assert results == [attribution.analyze(t) for t in texts]


def test_shared_analyzer_with_errors_in_some_threads() -> None:
    """A thread whose input is refused leaves the others' results intact."""
    good = corpus(30, seed=3)
    limit = max(map(len, good))
    shared = Analyzer(max_length=limit)
    texts: list[object] = [*good, None, b"bytes", "x" * (limit + 1)]
    random.Random(5).shuffle(texts)

    def attempt(text: object) -> Analysis | str:
        try:
            return shared.analyze(text)  # type: ignore[arg-type]
        except (TypeError, ValueError) as e:
            return type(e).__name__

    with ThreadPoolExecutor(max_workers=6) as pool:
        got = list(pool.map(attempt, texts))
    expected = [attempt(t) for t in texts]
    assert got == expected
    assert sorted(x for x in got if isinstance(x, str)) == ["TypeError", "TypeError",
                                                           "ValueError"]
