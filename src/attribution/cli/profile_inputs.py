"""What ``attribution profile`` reads: texts, JSON Lines of articles or of results.

* a plain-text file is one article, analysed here; its fields are ``file`` (the path)
  and ``dir`` (the name of the folder it is in: ``--by dir`` groups folders of outlets);
* a ``.jsonl`` file (or ``-``, standard input) holds one JSON object a line: a line with
  ``quotes`` is a result (``attribution batch`` output, ``Analysis.to_dict()``), any other
  an article to analyse, its text under ``--text-field``; the other keys of either are
  the article's fields (``outlet``, ``date``, ...);
* ``--articles INPUT.jsonl`` names the input a ``batch`` run read. Its output keeps only
  each record's id, line and hash; the input gives back the other fields and the text.
  Results and input are read side by side (the output is in input order), each result
  checked against the hash of its input line, so a changed input is refused.

Bad lines are reported (file and line) and skipped: the rest is profiled.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..analyzer import Analyzer
from ..corpus.records import line_limit, read_lines, record_hash
from ..sourcing.build import ArticleInput, result_input
from ..types import ResultFormatError
from .common import EncodingErrors, decode

__all__ = ["ArticlesInput", "InputError", "Sources", "is_jsonl"]

JSONL_SUFFIXES = (".jsonl", ".ndjson")


class InputError(Exception):
    """An input that cannot be profiled at all (exit 2)."""


def is_jsonl(name: str) -> bool:
    return name == "-" or Path(name).suffix.lower() in JSONL_SUFFIXES


@dataclass
class Sources:
    """The command's options for reading, and the count of what failed."""

    analyzer: Callable[[], Analyzer]
    codec: str
    encoding_errors: EncodingErrors
    max_length: int
    text_field: str = "text"
    id_field: str = "id"
    report: Callable[[str], None] = print
    failed: int = 0
    results_without_fields: int = 0
    texts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def fail(self, where: str, reason: str) -> None:
        self.report(f"skipped {where}: {reason}")
        self.failed += 1

    def lines(self, name: str, stream: IO[bytes]) -> Iterator[tuple[int, dict[str, Any]]]:
        """The JSON objects of a JSON Lines stream with their line numbers."""
        where = "<stdin>" if name == "-" else name
        for line, raw in read_lines(stream, line_limit(self.max_length)):
            if raw is None:
                self.fail(f"{where}:{line}", "the line is too long (see --max-length)")
                continue
            if not raw.strip():
                continue
            try:
                value = json.loads(decode(raw, f"line {line}", self.codec,
                                          self.encoding_errors))
            except (ValueError, json.JSONDecodeError) as e:
                self.fail(f"{where}:{line}", f"not a JSON object ({e})")
                continue
            if not isinstance(value, dict):
                self.fail(f"{where}:{line}", "not a JSON object")
                continue
            yield line, value

    def article(self, where: str, value: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
        """The text and the context (id and fields) of an article record."""
        text = value.get(self.text_field)
        if not isinstance(text, str):
            keys = ", ".join(map(repr, list(value)[:8])) or "none"
            self.fail(where, f"no text under {self.text_field!r} and no 'quotes' (its "
                      f"fields: {keys}); name the text field with --text-field")
            return None
        if len(text) > self.max_length:
            self.fail(where, f"text over --max-length {self.max_length:,} characters")
            return None
        context = {k: v for k, v in value.items() if k not in (self.text_field, self.id_field)}
        return text, {"id": value.get(self.id_field, where), **context}


def _result(value: dict[str, Any], sources: Sources, where: str) -> ArticleInput | None:
    """A result line as profile() takes it (its id from --id-field when it has one), or
    None when it is no result (reported)."""
    if sources.id_field != "id" and sources.id_field in value:
        value = {**value, "id": value[sources.id_field]}
    try:
        return result_input(value, where, where)
    except ResultFormatError as e:
        sources.fail(where, str(e).removeprefix(f"{where}: "))
        return None


class ArticlesInput:
    """The input of a ``batch`` run, read alongside its results."""

    def __init__(self, path: Path, sources: Sources) -> None:
        self.path = path
        self.sources = sources
        self.stream: IO[bytes] = path.open("rb")
        self.lines = read_lines(self.stream, line_limit(sources.max_length))
        self.at = 0

    def close(self) -> None:
        self.stream.close()

    def join(self, value: dict[str, Any], where: str) -> dict[str, Any]:
        """``value`` (a result line of batch) with its input record's fields and text."""
        line, key = value.get("line"), value.get("record_hash")
        if not isinstance(line, int) or not isinstance(key, str):
            raise InputError(f"{where} has no 'line' and 'record_hash': --articles joins the "
                             f"output of `attribution batch` to its input")
        if line <= self.at:
            raise InputError(f"{where}: results out of input order (line {line} after "
                             f"{self.at}); give the output of one batch run")
        for number, raw in self.lines:
            self.at = number
            if number == line:
                if raw is None or record_hash(raw) != key:
                    raise InputError(
                        f"{self.path}, line {line} is not the record {where} was made from "
                        f"(its hash differs): the input changed since the batch run, or it "
                        f"is another file")
                record = json.loads(decode(raw, f"line {line}", self.sources.codec,
                                           self.sources.encoding_errors))
                text = record.get(self.sources.text_field)
                fields = {k: v for k, v in record.items()
                          if k not in (self.sources.text_field, self.sources.id_field)}
                joined = {**fields, **value}
                if isinstance(text, str):
                    joined["text"] = text
                return joined
        raise InputError(f"{self.path} ends before line {line}, which {where} was made "
                         f"from: is it the input of that batch run?")


def read_inputs(names: list[str], sources: Sources, articles: ArticlesInput | None,
                n_process: int) -> Iterator[Any]:
    """Every article of ``names`` as profile() takes it: result dicts, and ``(Analysis,
    context)`` pairs for the texts analysed here (in batches, as they come)."""
    pending: list[tuple[str, dict[str, Any]]] = []

    def analysed() -> Iterator[Any]:
        if pending:
            yield from sources.analyzer().pipe(list(pending), as_tuples=True,
                                               n_process=n_process)
            pending.clear()

    for name in names:
        if not is_jsonl(name):
            from .analyze import read_text

            try:
                text = read_text(name, sources.codec, sources.encoding_errors,
                                 sources.max_length)
            except (OSError, ValueError) as e:
                reason = e.strerror if isinstance(e, OSError) and e.strerror else e
                sources.fail(name, str(reason))
                continue
            path = Path(name)
            pending.append((text, {"id": name, "file": name, "dir": path.parent.name}))
        else:
            with contextlib.ExitStack() as stack:
                stream = (sys.stdin.buffer if name == "-"
                          else stack.enter_context(Path(name).open("rb")))
                for line, value in sources.lines(name, stream):
                    where = f"{'<stdin>' if name == '-' else name}:{line}"
                    if "quotes" in value:
                        if articles is not None:
                            value = articles.join(value, where)
                        elif "line" in value and "record_hash" in value:
                            sources.results_without_fields += 1
                        result = _result(value, sources, where)
                        if result is not None:
                            yield result
                    else:
                        article = sources.article(where, value)
                        if article is not None:
                            pending.append(article)
                    if len(pending) >= 256:
                        yield from analysed()
        if len(pending) >= 256:
            yield from analysed()
    yield from analysed()
