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
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from attribution import Analyzer
from attribution.export import result_json
from attribution.memory import ZoneGate
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


@linux_only
def test_a_script_without_main_guard_runs_pipe_with_processes(tmp_path: Path) -> None:
    script = tmp_path / "script.py"
    script.write_text(SCRIPT_WITHOUT_GUARD, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["40", "he"]
    assert "Traceback" not in proc.stderr and "leaked" not in proc.stderr


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


def test_many_distinct_texts_leave_the_vocabulary_as_it_was() -> None:
    an = Analyzer()
    texts = random_texts(300)
    an.analyze(texts[0])
    strings = len(an.nlp.vocab.strings)
    for text in texts[1:150]:
        an.analyze(text)
    assert len(an.nlp.vocab.strings) == strings
    assert list(an.pipe(texts[150:], batch_size=16)) == [an.analyze(t) for t in texts[150:]]
    assert len(list(iter_analyses(an, texts, transform=result_json))) == len(texts)
    assert len(an.nlp.vocab.strings) == strings


def test_without_the_zone_the_vocabulary_grows() -> None:
    """What the test above guards against (so it can fail)."""
    an = Analyzer()
    strings = len(an.nlp.vocab.strings)
    for text in random_texts(20, seed=1):
        an.pipeline(an.nlp(text))
    assert len(an.nlp.vocab.strings) > strings + 20 * 60


def test_threads_sharing_an_analyzer_free_their_strings_and_agree() -> None:
    texts = random_texts(120, seed=2)
    reference = Analyzer()
    expected = [reference.analyze(t) for t in texts]
    an = Analyzer()
    an.analyze(texts[0])
    strings = len(an.nlp.vocab.strings)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(an.analyze, texts))
    assert results == expected
    assert len(an.nlp.vocab.strings) == strings


def test_a_zone_of_the_callers_own_is_left_to_the_caller() -> None:
    an = Analyzer()
    text = random_texts(1, seed=3)[0]
    with an.nlp.memory_zone():
        result = an.analyze(text)
        assert an.nlp.vocab.in_memory_zone  # not closed by the Analyzer
    assert result == Analyzer().analyze(text)


def test_the_gate_drains_a_steady_stream_of_overlapping_entries() -> None:
    """After ``drain_after`` entries into one zone, a new entry waits until the analyses
    in flight end and the zone closes, so overlapping analyses still free memory."""
    an = Analyzer()
    gate = ZoneGate(an.nlp, drain_after=3)
    first, release, entered = threading.Event(), threading.Event(), threading.Event()

    def hold() -> None:
        with gate():
            first.set()
            release.wait(10)

    def enter() -> None:
        with gate():
            entered.set()

    holder = threading.Thread(target=hold)
    holder.start()
    assert first.wait(10) and gate.open
    with gate():
        pass
    with gate():  # the third entry into this zone
        pass
    waiting = threading.Thread(target=enter)
    waiting.start()
    assert not entered.wait(0.3)  # held back while the zone drains
    release.set()
    holder.join(10)
    assert entered.wait(10)
    waiting.join(10)
    assert not gate.open and not an.nlp.vocab.in_memory_zone
