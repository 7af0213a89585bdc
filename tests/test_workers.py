"""Worker processes tied to their parent, scripts without a main guard, and bounded
memory over many distinct texts (spaCy memory zones)."""

from __future__ import annotations

import json
import os
import random
import signal
import string
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from attribution import Analyzer
from attribution.export import result_json
from attribution.parallel import iter_analyses

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc; workers are forked on Linux"
)


def random_texts(n: int, seed: int = 0) -> list[str]:
    """``n`` texts of new words: every one adds strings to spaCy's vocabulary."""
    rnd = random.Random(seed)

    def word() -> str:
        return "".join(rnd.choices(string.ascii_lowercase, k=9))

    return [
        f"“{word().title()} {word()} {word()},” {word().title()} said. " * 3
        + " ".join(word() for _ in range(60))
        for _ in range(n)
    ]


# --- processes -------------------------------------------------------------------------


def children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is ``pid``."""
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        state, ppid = stat.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == pid and state not in ("Z", "X"):
            found.add(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def wait_for(condition, timeout: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return False


def kill_and_check_no_orphans(proc: subprocess.Popen[str]) -> None:
    """SIGKILL ``proc`` once it has workers; none of them may survive it."""
    assert wait_for(lambda: len(children(proc.pid)) >= 2), "the workers never started"
    workers = children(proc.pid)
    grandchildren = set().union(*(children(w) for w in workers))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    left = {p for p in workers | grandchildren if alive(p)}
    assert wait_for(lambda: not any(alive(p) for p in left), timeout=10), (
        f"processes left after the parent was killed: {sorted(p for p in left if alive(p))}"
    )


SCRIPT_WITHOUT_GUARD = textwrap.dedent(
    """
    import attribution

    texts = ["“We will win,” he said."] * 40
    out = list(attribution.Analyzer().pipe(texts, n_process=2, batch_size=5))
    print(len(out), out[0].quotes[0].speaker.name)
    """
)


@pytest.mark.slow  # a long run: CI's slow set runs it
@linux_only
def test_a_script_without_main_guard_runs_pipe_with_processes(tmp_path: Path) -> None:
    script = tmp_path / "script.py"
    script.write_text(SCRIPT_WITHOUT_GUARD, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["40", "he"]
    assert "Traceback" not in proc.stderr and "leaked" not in proc.stderr


@pytest.mark.slow  # a long run: CI's slow set runs it
@linux_only
def test_pipe_workers_die_with_their_parent(tmp_path: Path) -> None:
    script = tmp_path / "endless.py"
    script.write_text(textwrap.dedent(
        """
        import itertools
        import attribution

        texts = ("“We will win,” he said. " * 100 for _ in itertools.count())
        for i, _ in enumerate(attribution.Analyzer().pipe(texts, n_process=2, batch_size=4)):
            if i == 0:
                print("running", flush=True)
        """
    ), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "running"
        kill_and_check_no_orphans(proc)
    finally:
        proc.kill()


@pytest.mark.slow  # a long run: CI's slow set runs it
@linux_only
def test_batch_workers_die_with_their_parent(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for i in range(20_000):
            f.write(json.dumps({"id": i, "text": "“We will win,” he said. " * 50}) + "\n")
    proc = subprocess.Popen(
        [sys.executable, "-m", "attribution", "batch", str(corpus), "--out",
         str(tmp_path / "out.jsonl"), "--n-process", "2", "--no-progress"],
        stderr=subprocess.DEVNULL, text=True,
    )
    try:
        kill_and_check_no_orphans(proc)
    finally:
        proc.kill()


def test_workers_ignore_ctrl_c_and_the_parents_handlers() -> None:
    """A worker forked from a parent with a SIGTERM handler takes SIGTERM's default
    action, and leaves Ctrl-C to the parent."""
    from attribution import workers

    old = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    try:
        workers._init_worker(Analyzer(), os.getppid(), death_signal=False)
        assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
        assert signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    finally:
        signal.signal(signal.SIGTERM, old[0])
        signal.signal(signal.SIGINT, old[1])


# --- memory -------------------------------------------------------------------------------


@pytest.mark.slow  # a long run: CI's slow set runs it
def test_many_distinct_texts_keep_the_vocabulary_bounded() -> None:
    """Over many texts of new words, the Language is renewed whenever its vocabulary has
    gained ``vocab_limit`` strings: it never holds much more, and results do not change."""
    texts = random_texts(160)
    reference = Analyzer(vocab_limit=None)
    an = Analyzer(vocab_limit=4_000)
    base = len(an.nlp.vocab.strings)
    largest = 0
    for text in texts[:80]:
        assert an.analyze(text) == reference.analyze(text)
        largest = max(largest, len(an.nlp.vocab.strings))
    assert an.renewals >= 2
    per_text = max(len(set(t.split())) for t in texts) * 3  # a text's new strings, at most
    assert largest <= base + 4_000 + per_text
    assert list(an.pipe(texts[80:], batch_size=16)) == [reference.analyze(t) for t in texts[80:]]
    assert len(list(iter_analyses(an, texts, transform=result_json))) == len(texts)
    assert len(an.nlp.vocab.strings) <= base + 4_000 + 16 * per_text
    assert len(reference.nlp.vocab.strings) > base + 15_000  # what the limit prevents


@pytest.mark.slow  # a long run: CI's slow set runs it
def test_threads_sharing_an_analyzer_renew_it_safely_and_agree() -> None:
    texts = random_texts(120, seed=2)
    reference = Analyzer(vocab_limit=None)
    expected = [reference.analyze(t) for t in texts]
    an = Analyzer(vocab_limit=2_000)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(an.analyze, texts))
    assert results == expected
    assert an.renewals >= 3


def test_a_language_given_as_an_object_is_never_renewed() -> None:
    import spacy

    nlp = spacy.blank("en")
    an = Analyzer(nlp, vocab_limit=100)
    for text in random_texts(5, seed=3):
        an.analyze(text)
    assert an.renewals == 0 and an.nlp is nlp


def test_a_doc_made_before_a_renewal_stays_valid() -> None:
    an = Analyzer(vocab_limit=500)
    old_nlp = an.nlp
    doc = an.nlp("Zyxwvut Qponmlk said so.")
    for text in random_texts(10, seed=4):
        an.analyze(text)
    assert an.renewals >= 1 and an.nlp is not old_nlp
    assert doc.text == "Zyxwvut Qponmlk said so." and doc[0].text == "Zyxwvut"


@pytest.mark.parametrize("bad", [0, -5, 2.5, "many", True])
def test_bad_vocab_limit(bad: object) -> None:
    with pytest.raises(ValueError, match="vocab_limit"):
        Analyzer(vocab_limit=bad)  # type: ignore[arg-type]
