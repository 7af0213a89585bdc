"""The JSON Schema of the results, and the check ``Analysis.from_dict`` makes against it.

The schema ships with the package (``attribution/data/analysis.schema.json``; :func:`schema`
returns it) and describes what ``Analysis.to_dict()`` writes and ``attribution batch``
prints, so tools in any language can check the files. :data:`SCHEMA_VERSION` is written
into every result (``"schema_version"``): MAJOR.MINOR, where a minor version adds fields
and a major one changes or removes them.

:func:`validate` checks a decoded document against the shipped schema itself, without a
JSON Schema library: it interprets the part of JSON Schema the file uses (``type``,
``properties``, ``required``, ``additionalProperties`` and ``unevaluatedProperties``
false, ``items``, ``prefixItems``, ``minItems``, ``maxItems``, ``enum``, ``minimum``,
``maximum``, ``pattern``, ``anyOf``, local ``$ref``) and raises
:class:`~attribution.types.ResultFormatError` naming the path of the first value that
does not fit and what was expected. It adds what JSON Schema cannot say: numbers are
finite (Python's ``json`` reads ``NaN``), a span's start is not after its end and its
text has as many characters as its offsets span, and a probability range is ordered.
``tests/test_schema.py`` checks, with the ``jsonschema`` library, that real outputs are
valid under the shipped schema and that both validators agree on broken ones.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from typing import Any

__all__ = ["SCHEMA_VERSION", "SchemaError", "astral_count", "schema", "validate"]

#: The version of the result format this library writes (and reads: any 1.x).
SCHEMA_VERSION = "1.1"


class SchemaError(ValueError):
    """A document does not fit the schema (``ResultFormatError`` derives from it)."""


@functools.lru_cache(maxsize=1)
def _load() -> str:
    return (resources.files("attribution") / "data" / "analysis.schema.json").read_text(
        encoding="utf-8"
    )


def schema() -> dict[str, Any]:
    """The JSON Schema of ``Analysis.to_dict()`` (a fresh copy)."""
    loaded: dict[str, Any] = json.loads(_load())
    return loaded


@functools.lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return schema()


def astral_count(text: str) -> int:
    """Characters beyond U+FFFF in ``text``: each was one code point here but may have
    been two lone surrogates before JSON, which reads an escaped pair as one."""
    return sum(1 for c in text if ord(c) > 0xFFFF) if not text.isascii() else 0


def validate(
    document: Any, definition: str | None = None, error: type[SchemaError] = SchemaError
) -> None:
    """Raise ``error`` unless ``document`` fits the schema (or its ``$defs`` entry
    ``definition``, e.g. "batch_record", "quote")."""
    root = _schema()
    node = root if definition is None else root["$defs"][definition]
    _Validator(root, error).check(document, node, "")


_JSON_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, Mapping),
    "array": lambda v: isinstance(v, Sequence) and not isinstance(v, (str, bytes, bytearray)),
    "string": lambda v: isinstance(v, str),
    # JSON Schema counts a number with a zero fractional part (1.0) as an integer.
    "integer": lambda v: (isinstance(v, int) and not isinstance(v, bool))
    or (isinstance(v, float) and v.is_integer()),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}
_ARTICLES = {"object": "an object", "array": "a list", "integer": "an integer",
             "null": "null", "boolean": "true or false"}


def _kind(value: Any) -> str:
    for name in ("null", "boolean", "number", "string", "array", "object"):
        if _JSON_TYPES[name](value):
            return _ARTICLES.get(name, f"a {name}")
    return f"a {type(value).__name__}"


class _Validator:
    def __init__(self, root: dict[str, Any], error: type[SchemaError]) -> None:
        self.root = root
        self.error = error

    def fail(self, path: str, message: str) -> SchemaError:
        return self.error(f"{path or 'analysis'}: {message}")

    def resolve(self, ref: str) -> tuple[dict[str, Any], str | None]:
        if ref == "#":
            return self.root, None
        name = ref.removeprefix("#/$defs/")
        return self.root["$defs"][name], name

    def evaluated(self, node: dict[str, Any]) -> set[str]:
        """Property names ``node`` and what it refers to describe."""
        names = set(node.get("properties", ()))
        if "$ref" in node:
            names |= self.evaluated(self.resolve(node["$ref"])[0])
        return names

    def check(self, value: Any, node: dict[str, Any], path: str) -> None:
        if "$ref" in node:
            target, name = self.resolve(node["$ref"])
            self.check(value, target, path)
            if name in _SEMANTIC:
                _SEMANTIC[name](value, path, self)
        if "anyOf" in node:
            self.any_of(value, node["anyOf"], path)
        if "type" in node:
            types = node["type"] if isinstance(node["type"], list) else [node["type"]]
            if not any(_JSON_TYPES[t](value) for t in types):
                wanted = " or ".join(_ARTICLES.get(t, f"a {t}") for t in types)
                raise self.fail(path, f"expected {wanted}, got {_kind(value)}")
            if isinstance(value, float) and not math.isfinite(value):
                raise self.fail(path, f"{value} is not a number JSON can hold")
        if "enum" in node and value not in node["enum"]:
            raise self.fail(path, f"{value!r} is not one of {', '.join(map(str, node['enum']))}")
        if _JSON_TYPES["number"](value):  # the bounds apply to numbers only
            if "minimum" in node and value < node["minimum"]:
                raise self.fail(path, f"{value} is below the minimum {node['minimum']}")
            if "maximum" in node and value > node["maximum"]:
                raise self.fail(path, f"{value} is above the maximum {node['maximum']}")
        if (isinstance(value, str) and "pattern" in node
                and re.search(node["pattern"], value) is None):
            raise self.fail(path, f"{value!r} does not match {node['pattern']}")
        if _JSON_TYPES["object"](value):
            self.check_object(value, node, path)
        elif _JSON_TYPES["array"](value):
            self.check_array(value, node, path)

    def any_of(self, value: Any, options: list[dict[str, Any]], path: str) -> None:
        errors: list[SchemaError] = []
        for option in options:
            try:
                self.check(value, option, path)
                return
            except SchemaError as e:
                errors.append(e)
        # Report against the alternative that is not "null" (the common "X or null").
        non_null = [e for o, e in zip(options, errors, strict=True) if o.get("type") != "null"]
        raise (non_null or errors)[0]

    def check_object(self, value: Mapping[str, Any], node: dict[str, Any], path: str) -> None:
        for key in node.get("required", ()):
            if key not in value:
                raise self.fail(path, f"missing key {key!r}; the dict must come from to_dict()")
        properties = node.get("properties", {})
        closed = node.get("additionalProperties") is False
        unevaluated = node.get("unevaluatedProperties") is False
        known = self.evaluated(node) if unevaluated else set(properties)
        for key, item in value.items():
            if key in properties:
                self.check(item, properties[key], f"{path}.{key}" if path else key)
            elif (closed or unevaluated) and key not in known:
                raise self.fail(
                    path, f"unknown key {key!r} (known: {', '.join(sorted(known))}); a "
                    f"result written by a newer version of attribution?"
                )

    def check_array(self, value: Sequence[Any], node: dict[str, Any], path: str) -> None:
        if "minItems" in node and len(value) < node["minItems"]:
            raise self.fail(path, f"expected at least {node['minItems']} items, got {len(value)}")
        if "maxItems" in node and len(value) > node["maxItems"]:
            raise self.fail(path, f"expected at most {node['maxItems']} items, got {len(value)}")
        prefix = node.get("prefixItems", [])
        for k, item in enumerate(value):
            sub = prefix[k] if k < len(prefix) else node.get("items")
            if sub is not None:
                self.check(item, sub, f"{path}[{k}]")


def _check_span(value: Any, path: str, v: _Validator) -> None:
    start, end, text = value["start"], value["end"], value["text"]
    if start > end:
        raise v.fail(path, f"start {start} is after end {end}")
    if not len(text) <= end - start <= len(text) + astral_count(text):
        raise v.fail(
            path, f"text has {len(text)} characters but the offsets {start}..{end} span "
            f"{end - start}: text must be input[start:end]"
        )


def _check_hedge(value: Any, path: str, v: _Validator) -> None:
    rng = value.get("probability_range")
    if rng is not None and rng[0] > rng[1]:
        raise v.fail(f"{path}.probability_range", f"low {rng[0]} is above high {rng[1]}")


_SEMANTIC: dict[str, Callable[[Any, str, _Validator], None]] = {
    "span": _check_span,
    "furniture": _check_span,
    "hedge": _check_hedge,
}
