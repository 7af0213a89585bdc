"""The records of a JSON Lines corpus, each keyed by its line and a hash of its bytes.

Every non-blank line is one record: a JSON object with the text under ``text_field`` and
an optional id under ``id_field``. A line that is not such an object is still a record,
one that fails (its ``error`` says why), so that it is reported and the run goes on.

A record is known by its **key**: the input line number and a short hash of the line's
bytes (:func:`record_hash`). Ids cannot serve: a record may have none, ids repeat in real
archives, and a line number standing in for a missing id can equal another record's id.
The key is what ``attribution batch --resume`` matches against the output of an earlier
run, so that no record is lost or done twice, and so that a changed input is noticed.

Lines are read with a bounded length (:func:`read_lines`), so an endless line (a stray
binary file, ``/dev/zero``) costs bounded memory: its bytes are skipped in chunks and it
fails as too long.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

__all__ = ["Record", "describe_json", "line_limit", "read_lines", "read_records", "record_hash"]

_BOM = b"\xef\xbb\xbf"
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Record:
    """One input record: where it is, its id (None without one), and its text or the
    reason it cannot be analysed."""

    line: int
    key: str
    id: Any = None
    text: str | None = None
    error: str | None = None


def record_hash(raw: bytes) -> str:
    """16 hexadecimal digits of the BLAKE2b hash of a line's bytes (no line break)."""
    return hashlib.blake2b(raw, digest_size=8).hexdigest()


def line_limit(max_length: int) -> int:
    """The longest line a record whose text is ``max_length`` characters can take: six
    bytes per character (a ``\\uXXXX`` escape) and a megabyte for the other fields."""
    return 6 * max_length + _CHUNK


_JSON_KINDS = {
    dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number",
    bool: "a boolean", type(None): "null",
}


def describe_json(value: Any) -> str:
    """"an object", "a string", ... for a value read from JSON."""
    return _JSON_KINDS.get(type(value), type(value).__name__)


def read_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes without the line break)`` for every line of ``stream``;
    ``None`` for a line longer than ``limit`` bytes, whose rest is skipped unread."""
    line_no = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        line_no += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield line_no, None
            continue
        if line_no == 1 and raw.startswith(_BOM):
            raw = raw[len(_BOM):]
        yield line_no, raw.rstrip(b"\r\n")


def read_records(
    stream: IO[bytes],
    *,
    text_field: str,
    id_field: str,
    codec: str = "utf-8",
    encoding_errors: str = "strict",
    limit: int,
) -> Iterator[Record]:
    """The records of ``stream`` in order; blank lines are no records."""
    for line_no, raw in read_lines(stream, limit):
        if raw is None:
            yield Record(
                line_no, record_hash(b""),
                error=f"the line is longer than {limit:,} bytes, more than a record whose "
                f"text is within --max-length can take; split the text or raise --max-length",
            )
            continue
        if not raw.strip():
            continue
        yield parse_record(line_no, raw, text_field, id_field, codec, encoding_errors)


def parse_record(
    line_no: int, raw: bytes, text_field: str, id_field: str, codec: str = "utf-8",
    encoding_errors: str = "strict",
) -> Record:
    """The record of one line."""
    key = record_hash(raw)
    try:
        value = json.loads(raw.decode(codec, encoding_errors))
    except UnicodeDecodeError as e:
        label = "UTF-8" if codec == "utf-8" else codec
        return Record(
            line_no, key,
            error=f"not {label} text (bad byte 0x{raw[e.start]:02x} at offset {e.start} of "
            f"the line); name the file's encoding with --encoding, or pass "
            f"--encoding-errors replace",
        )
    except json.JSONDecodeError as e:
        return Record(line_no, key, error=f"not valid JSON: {e.msg} at column {e.colno}")
    if not isinstance(value, dict):
        return Record(
            line_no, key,
            error=f"expected a JSON object with a {text_field!r} field, got "
            f"{describe_json(value)}",
        )
    doc_id = value.get(id_field)
    if text_field not in value:
        fields = ", ".join(map(repr, list(value)[:8])) or "none"
        return Record(
            line_no, key, doc_id,
            error=f"no {text_field!r} field (fields: {fields}); name the text field with "
            f"--text-field",
        )
    text = value[text_field]
    if not isinstance(text, str):
        return Record(
            line_no, key, doc_id,
            error=f"field {text_field!r} is {describe_json(text)}, not a string",
        )
    return Record(line_no, key, doc_id, text=text)
