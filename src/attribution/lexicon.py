"""Reading lexicon files: tab-separated data with a header and a ``source`` column.

Lexicons are data, apart from the code that matches them (as in negspacy and medspaCy).
Only TSV and JSON are read: no pickle, no eval. A bad row raises
:class:`~attribution.errors.LexiconError` naming the file, line and column.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from .errors import LexiconError

PathLike = str | Path

__all__ = ["MAX_LEXICON_BYTES", "PathLike", "Row", "data_path", "read_bytes", "read_json_model",
           "read_tsv"]
T = TypeVar("T")

#: The largest lexicon file read (the packaged ones are under 1 MB): a path that names
#: something else (``/dev/zero``, a corpus) fails at once instead of filling memory.
MAX_LEXICON_BYTES = 64 * 2**20


@dataclass(frozen=True, slots=True)
class Row:
    """One lexicon row: its fields by column name, and where it came from."""

    fields: dict[str, str]
    path: str
    line: int

    def __getitem__(self, key: str) -> str:
        return self.fields[key]

    def get(self, key: str, default: str = "") -> str:
        return self.fields.get(key, default) or default

    def error(self, column: str, message: str) -> LexiconError:
        col = list(self.fields).index(column) + 1 if column in self.fields else 0
        return LexiconError(f"{self.path}, line {self.line}, column {col} ({column}): {message}")

    def choice(self, column: str, allowed: Iterable[str]) -> str:
        value = self.fields.get(column, "")
        allowed = tuple(allowed)
        if value not in allowed:
            raise self.error(column, f"{value!r} is not one of: {', '.join(allowed)}")
        return value

    def number(self, column: str, low: float = 0.0, high: float = 1.0) -> float | None:
        """A float in [low, high] or None for an empty cell."""
        value = self.fields.get(column, "").strip()
        if value == "":
            return None
        try:
            x = float(value)
        except ValueError:
            raise self.error(column, f"{value!r} is not a number") from None
        if not low <= x <= high:
            raise self.error(column, f"{x} is outside [{low}, {high}]")
        return x


def data_path(name: str) -> str:
    """Path of a lexicon shipped with the package (``attribution/data/<name>``)."""
    return str(resources.files("attribution") / "data" / name)


def read_tsv(
    path: PathLike,
    required: Sequence[str],
    *,
    validate: Callable[[Row], None] | None = None,
) -> list[Row]:
    """Read a TSV lexicon with a header row; ``#`` lines and blank lines are skipped.

    Every row must have the header's number of columns and a non-empty value in each
    ``required`` column, ``source`` among them.
    """
    p = os.fsdecode(path)
    lines = _read_lines(p)
    header: list[str] | None = None
    rows: list[Row] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise LexiconError(
                    f"{p}, line {lineno}: header lacks column(s) {', '.join(missing)}; "
                    f"expected tab-separated columns {', '.join(required)}"
                )
            seen: set[str] = set()
            for position, column_name in enumerate(header, 1):
                if column_name in seen:
                    raise LexiconError(
                        f"{p}, line {lineno}, column {position}: column {column_name!r} "
                        f"appears twice in the header"
                    )
                seen.add(column_name)
            continue
        if len(cells) != len(header):
            raise LexiconError(
                f"{p}, line {lineno}, column {min(len(cells), len(header)) + 1}: expected "
                f"{len(header)} tab-separated columns ({', '.join(header)}), found {len(cells)}"
            )
        fields = {h: c.strip() for h, c in zip(header, cells, strict=True)}
        row = Row(fields, p, lineno)
        for col in required:
            if not fields[col]:
                raise row.error(col, "empty value")
        if validate is not None:
            validate(row)
        rows.append(row)
    if header is None:
        raise LexiconError(f"{p}: empty lexicon file (no header row)")
    return rows


def _read_lines(p: str) -> list[str]:
    """The lines of UTF-8 file ``p`` (a byte-order mark is dropped; CRLF, LF or CR ends).

    Lines end only at line feeds and carriage returns, not at the other characters
    ``str.splitlines`` breaks on (U+2028, form feed, ...), so line numbers are those an
    editor shows and such characters stay inside their cell.
    """
    data = read_bytes(p)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line_start = data.rfind(b"\n", 0, e.start) + 1
        line = data.count(b"\n", 0, e.start) + 1
        column = data.count(b"\t", line_start, e.start) + 1  # the tab-separated column
        raise LexiconError(
            f"{p}, line {line}, column {column}: not UTF-8 text (byte 0x{data[e.start]:02x} "
            f"at offset {e.start}); save the file as UTF-8"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def read_bytes(path: PathLike, limit: int = MAX_LEXICON_BYTES) -> bytes:
    """The bytes of lexicon file ``path``: LexiconError if it cannot be read, is no
    regular file (a directory, ``/dev/zero``, a pipe) or is over ``limit`` bytes."""
    p = os.fsdecode(path)
    try:
        with open(p, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise LexiconError(f"{p}: not a regular file; give the path of a TSV lexicon")
            data = fh.read(limit + 1)
    except FileNotFoundError:
        raise LexiconError(f"{p}: lexicon file not found") from None
    except IsADirectoryError:
        raise LexiconError(f"{p}: is a directory, not a lexicon file") from None
    except OSError as e:
        raise LexiconError(f"{p}: cannot read lexicon file ({e.strerror or e})") from None
    if len(data) > limit:
        raise LexiconError(
            f"{p}: more than {limit // 2**20} MB, too large for a lexicon; is it the right file?"
        )
    return data


def read_json_model(path: PathLike, what: str, build: Callable[[dict[str, Any]], T]) -> T:
    """A model shipped as JSON (weights and settings), made by ``build`` from the parsed
    object: LexiconError naming ``what`` and the file when it is missing, unreadable, not
    JSON, or lacks a field ``build`` needs (a KeyError, TypeError or ValueError in it)."""
    p = os.fsdecode(path)
    try:
        with open(p, encoding="utf-8") as fh:
            d = json.load(fh)
        return build(d)
    except FileNotFoundError:
        raise LexiconError(f"{p}: {what} not found") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise LexiconError(f"{p}: cannot read the {what} ({e})") from None
