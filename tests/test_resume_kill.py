"""``attribution batch`` killed outright (SIGKILL: no cleanup runs) at random points,
each time resumed: what it ends with is one clean run's output, byte for byte."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL"),
    pytest.mark.slow,  # a dozen runs of the command, 20-40 s
]


def batch(*args: str) -> list[str]:
    return [sys.executable, "-m", "attribution", "batch", *args, "--no-progress"]


def test_killed_at_random_points_and_resumed_equals_one_clean_run(tmp_path: Path) -> None:
    rnd = random.Random(18)
    corpus = tmp_path / "in.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for k in range(2500):
            if k % 97 == 13:
                f.write("not json\n")
            elif k % 50 == 7:
                f.write("\n")
            else:
                words = " ".join(rnd.choice(["alpha", "beta", "gamma", "delta"])
                                 for _ in range(rnd.randint(5, 200)))
                f.write(json.dumps({"id": k % 2000, "text": f"“{words},” he said. {words}"})
                        + "\n")
    clean = tmp_path / "clean.jsonl"
    done = subprocess.run(batch(str(corpus), "-o", str(clean), "-b", "8"), timeout=600,
                          capture_output=True, text=True)
    assert done.returncode == 1, done.stderr  # the bad lines failed
    out = tmp_path / "out.jsonl"
    partial = out.with_name("out.jsonl.partial")
    kills = 0
    for _ in range(12):
        n = rnd.choice(["1", "2"])
        proc = subprocess.Popen(
            batch(str(corpus), "-o", str(out), "--resume", "-b", rnd.choice(["1", "8"]),
                  "-n", n),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        lock = out.with_name("out.jsonl.lock")
        deadline = time.monotonic() + 120
        while proc.poll() is None and not lock.exists() and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(rnd.random() * 1.5)  # starting, resuming, analysing or writing
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
        if out.exists():
            break
    assert kills >= 4
    final = subprocess.run(batch(str(corpus), "-o", str(out), "--resume"), timeout=600,
                           capture_output=True, text=True)
    assert final.returncode == 1, final.stderr
    assert out.read_bytes() == clean.read_bytes()
    errors = tmp_path / "out.errors.jsonl"
    assert errors.read_bytes() == (tmp_path / "clean.errors.jsonl").read_bytes()
    assert not partial.exists() and not out.with_name("out.jsonl.lock").exists()
