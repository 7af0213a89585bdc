"""Errors the library raises on bad input, each saying what to do about it."""

from __future__ import annotations

from typing import Any

DEFAULT_MAX_LENGTH = 2_000_000


class ModelNotFoundError(OSError):
    """A spaCy pipeline asked for by name is not installed."""


class LexiconError(ValueError):
    """A lexicon file is missing, malformed or has a bad row (file, line and column)."""


def describe_type(value: Any) -> str:
    return type(value).__name__


def check_text(value: Any, name: str = "text", max_length: int | None = None) -> str:
    """Return ``value`` if it is a str within ``max_length``; raise a clear error if not.

    A ``str`` subclass (``numpy.str_``, ``markupsafe.Markup``, ...) comes back as a plain
    ``str`` with the same characters, which spaCy's tokenizer insists on.
    """
    if isinstance(value, str):
        if max_length is not None and len(value) > max_length:
            raise ValueError(
                f"{name} is {len(value):,} characters long, more than max_length="
                f"{max_length:,}. Split the text (for example by paragraphs) or raise the "
                f"limit: Analyzer(max_length={len(value)})."
            )
        # str.__str__ copies a subclass's characters, whatever its own __str__ says.
        return value if type(value) is str else str.__str__(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{name} must be str, got {describe_type(value)}: decode it first, "
            f"for example {name}.decode('utf-8')"
        )
    if value is None:
        raise TypeError(f"{name} must be str, got None")
    raise TypeError(
        f"{name} must be str, got {describe_type(value)}; pass the text of one document "
        "(use Analyzer.pipe() for many)"
    )
