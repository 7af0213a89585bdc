"""The files of a corpus run: the lock, the results and errors written in input order,
and what an interrupted run left in them.

* :class:`OutputLock`: one run at a time per output. A second run on the same output
  (a late ``--overwrite`` included) is refused before it touches a file.
* :class:`Ledger`: results go to ``OUT.partial`` and failures to ``ERRORS.partial``, one
  JSON line per record, each in input order and carrying the record's key (``line`` and
  ``record_hash``). Lines are written in commits: the failures first, then the results,
  each flushed, so the errors file is never behind the results file.
* :func:`scan_entries` reads back what an interrupted run wrote: its complete, readable
  lines, up to the first that is not (cut off by a crash, or zeros after a power loss).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

__all__ = [
    "Entry",
    "Ledger",
    "OutputLock",
    "OutputLocked",
    "ResumeError",
    "describe_os_error",
    "partial_path",
    "scan_entries",
]

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

#: Longest result line read back on resume (a result is a few kB per article).
_MAX_ENTRY_BYTES = 256 * 2**20


def partial_path(path: Path) -> Path:
    """Where results are written until the run completes: ``OUT.partial``."""
    return path.with_name(path.name + ".partial")


def describe_os_error(error: OSError) -> str:
    """An OSError in words, saying what to do about a full disk."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"{error.strerror} (the disk is full: free some space)"
    return str(error.strerror or error)


class OutputLocked(RuntimeError):
    """Another run holds the lock of this output."""


class ResumeError(ValueError):
    """What an interrupted run left cannot be continued (another input, another format)."""


class OutputLock:
    """An exclusive lock on writing ``path``, held through the lock file ``path.lock``.

    ``flock`` is released by the kernel when its holder dies, so a killed run leaves no
    stale lock. The lock file is removed when the lock is released; a run that opened it
    just before checks, once it holds the lock, that the file is still the one at the
    path, and tries again if not.
    """

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock; OutputLocked naming the holder if another run has it."""
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                if fcntl is not None:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.read(fd, 64).decode("ascii", "replace").strip()
                os.close(fd)
                raise OutputLocked(
                    f"another attribution batch{f' (pid {holder})' if holder else ''} is "
                    f"writing {self.path.name[:-5]} (it holds {self.path}); wait for it to "
                    f"finish, or choose another --out"
                ) from None
            except BaseException:
                os.close(fd)
                raise
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.write(fd, f"{os.getpid()}\n".encode("ascii"))
                self._fd = fd
                return
            os.close(fd)  # removed by the run that held it: lock the new one

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.close(self._fd)
        self._fd = None

    def __enter__(self) -> OutputLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of a results or errors file: the record's key and where the line ends."""

    line: int
    key: str
    end: int  # byte offset just after the line
    id: Any = None


def scan_entries(path: Path) -> Iterator[Entry]:
    """The complete, readable lines of ``path`` with their keys, in order, up to the
    first line that is cut off, not JSON, or lacks a key (a file written by a version
    without keys raises ResumeError: it cannot be resumed)."""
    if not path.exists():
        return
    with path.open("rb") as f:
        end = 0
        first = True
        while True:
            raw = f.readline(_MAX_ENTRY_BYTES)
            if not raw.endswith(b"\n"):
                return
            try:
                value = json.loads(raw)
            except ValueError:
                return
            if not isinstance(value, dict):
                return
            line, key = value.get("line"), value.get("record_hash")
            if isinstance(line, bool) or not isinstance(line, int) or not isinstance(key, str):
                if first and "id" in value:
                    raise ResumeError(
                        f"{path} was written by an earlier version of attribution, whose "
                        f"lines carry no resume keys (line, record_hash)"
                    )
                return
            end += len(raw)
            first = False
            yield Entry(line, key, end, value.get("id"))


class Ledger:
    """The results and errors files of a run, written in commits (see the module doc)."""

    def __init__(
        self, results: IO[bytes], errors: IO[bytes] | None,
        results_path: Path | None = None, errors_path: Path | None = None,
    ) -> None:
        self.results = results
        self.errors = errors
        self._paths = (results_path, errors_path)
        self._results: list[bytes] = []
        self._errors: list[bytes] = []
        self.pending = 0

    @staticmethod
    def result_line(doc_id: Any, line: int, key: str, body: str) -> bytes:
        """``{"id", "line", "record_hash", **body}`` as a UTF-8 line; ``body`` is a
        result's JSON object."""
        head = json.dumps({"id": doc_id, "line": line, "record_hash": key}, ensure_ascii=False)
        text = head[:-1] + ", " + body[1:] + "\n"
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates, from "\ud800"-style escapes in the input
            return (json.dumps(json.loads(text)) + "\n").encode("ascii")

    @staticmethod
    def error_line(doc_id: Any, line: int, key: str, reason: str) -> bytes:
        return (json.dumps({"line": line, "id": doc_id, "record_hash": key, "reason": reason})
                + "\n").encode("ascii")

    def add_result(self, line: bytes) -> None:
        self._results.append(line)
        self.pending += 1

    def add_error(self, line: bytes) -> None:
        self._errors.append(line)
        self.pending += 1

    def commit(self) -> None:
        """Write what was added, failures first; OSError (a full disk) propagates, naming
        the file. Lines that could not be written stay, to be tried again."""
        if self._errors and self.errors is not None:
            self._write(self.errors, self._errors, self._paths[1])
        self._errors.clear()
        if self._results:
            self._write(self.results, self._results, self._paths[0])
        self._results.clear()
        self.pending = 0

    @staticmethod
    def _write(f: IO[bytes], lines: list[bytes], path: Path | None) -> None:
        try:
            f.write(b"".join(lines))
            f.flush()
        except BrokenPipeError:
            raise
        except OSError as e:
            if e.filename is None and path is not None:
                raise OSError(e.errno, e.strerror, str(path)) from e
            raise

    def sync(self) -> None:
        """Make what is written durable (before the final rename)."""
        for f in (self.errors, self.results):
            if f is not None:
                with contextlib.suppress(OSError, ValueError):  # a pipe (stdout)
                    os.fsync(f.fileno())
