"""The shipped JSON Schema of the results: real outputs are valid under it (checked by
the ``jsonschema`` library), it describes every field the result model writes (so the
two cannot drift), and the library's own check in ``from_dict`` agrees with it."""

from __future__ import annotations

import dataclasses
import json
from importlib.resources import files
from pathlib import Path
from typing import Any, get_args

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import attribution
from attribution import Analysis, Hedge, Holder, Quote, ResultFormatError, Span, Speaker
from attribution import types as result_types
from attribution.schema import SCHEMA_VERSION, schema
from conftest import examples

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
BATCH_VALIDATOR = jsonschema.Draft202012Validator(
    {"$ref": "#/$defs/batch_record", "$defs": SCHEMA["$defs"]}
)
TEXTS = [
    (files("attribution") / "data" / "seed_article.txt").read_text(encoding="utf-8"),
    "“A,” he said. “B is here.”\n\n“C is there too.” Bob said it may very likely rain.",
    "According to the report, prices rose. “No,” said Ann Lee, a spokeswoman.",
    "“We will \ud800win,” the senator said.\u00a0It may not.",
    "",
]


def test_the_schema_is_valid_json_schema_and_ships_with_the_package() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert (files("attribution") / "data" / "analysis.schema.json").is_file()
    assert SCHEMA["$defs"]["analysis_fields"]["properties"]["schema_version"]["pattern"]
    assert attribution.analyze("x").to_dict()["schema_version"] == SCHEMA_VERSION


@pytest.mark.parametrize("text", TEXTS)
def test_real_outputs_are_valid(text: str) -> None:
    for result in (attribution.analyze(text), attribution.Analyzer(model=None).analyze(text)):
        VALIDATOR.validate(json.loads(json.dumps(result.to_dict())))
        VALIDATOR.validate(json.loads(json.dumps(result.to_dict(include_text=True))))


def test_batch_lines_are_valid(tmp_path: Path) -> None:
    from attribution.cli import app

    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(TEXTS))
                   + json.dumps({"text": "no id"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["batch", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(TEXTS) + 1
    for line in lines:
        BATCH_VALIDATOR.validate(line)
        assert Analysis.from_dict(line).to_dict() == {
            k: v for k, v in line.items() if k not in ("id", "line", "record_hash")
        }


# --- the schema and the result model cannot drift -------------------------------------------

EXAMPLE_SPAN = Span(0, 2, "he")
RECORDS: dict[str, Any] = {
    "span": EXAMPLE_SPAN,
    "speaker": Speaker("Bob", "person", EXAMPLE_SPAN, "a spokesman"),
    "holder": Holder("Bob", "person"),
    "hedge": Hedge(EXAMPLE_SPAN, "modal", 0.5, (0.4, 0.6), 0.5, False, EXAMPLE_SPAN, None),
    "quote": Quote(EXAMPLE_SPAN, EXAMPLE_SPAN, None, "direct", 0.9),
}


@pytest.mark.parametrize("definition", RECORDS)
def test_the_schema_describes_every_field_the_model_writes(definition: str) -> None:
    record = RECORDS[definition]
    written = set(record.to_dict())
    fields = {f.name for f in dataclasses.fields(record)}
    described = set(SCHEMA["$defs"][definition]["properties"])
    assert written == described, (
        f"{type(record).__name__}.to_dict() writes {sorted(written)} but "
        f"src/attribution/data/analysis.schema.json describes {sorted(described)} under "
        f"$defs.{definition}.properties: update the schema (and SCHEMA_VERSION's minor "
        f"number in attribution/schema.py for a new field)"
    )
    assert written == fields, f"{type(record).__name__}: to_dict() and the fields differ"


def test_the_schema_describes_every_key_of_an_analysis() -> None:
    written = set(Analysis(text="x").to_dict(include_text=True))
    described = set(SCHEMA["$defs"]["analysis_fields"]["properties"])
    assert written == described, (
        f"Analysis.to_dict() writes {sorted(written)} but the schema describes "
        f"{sorted(described)} under $defs.analysis_fields.properties: update the schema"
    )


@pytest.mark.parametrize(
    ("literal", "where"),
    [
        (result_types.QuoteKind, ("quote", "kind")),
        (result_types.CueType, ("quote", "cue_type")),
        (result_types.HedgeCategory, ("hedge", "category")),
        (result_types.SpeakerKind, ("speaker_kind",)),
    ],
)
def test_the_schema_enums_are_the_models(literal: Any, where: tuple[str, ...]) -> None:
    node = SCHEMA["$defs"][where[0]]
    if len(where) > 1:
        node = node["properties"][where[1]]
    assert node["enum"] == list(get_args(literal)), f"update the enum at $defs.{'.'.join(where)}"


# --- from_dict's check agrees with jsonschema --------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 12) | st.floats(-2, 12) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner,
                                                                  max_size=3),
    max_leaves=6,
)
BASE = attribution.analyze(TEXTS[1]).to_dict(include_text=True)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += paths(v, (*prefix, k))
    elif isinstance(value, list):
        for k, v in enumerate(value):
            out += paths(v, (*prefix, k))
    return out


BASE_PATHS = paths(BASE)[1:]
SEMANTIC = ("is after end", "characters but the offsets", "is above high",
            "is not a number JSON can hold")


@settings(max_examples=examples(1_000))
@given(st.sampled_from(BASE_PATHS), JSON_VALUES, st.booleans())
def test_from_dict_agrees_with_jsonschema(path: tuple[Any, ...], value: Any, drop: bool) -> None:
    """A valid result with one value replaced (or a key removed): jsonschema and
    from_dict accept the same documents, except what JSON Schema cannot say."""
    doc = json.loads(json.dumps(BASE))
    node = doc
    for key in path[:-1]:
        node = node[key]
    if drop and isinstance(node, dict):
        del node[path[-1]]
    else:
        node[path[-1]] = value
    valid = VALIDATOR.is_valid(doc)
    try:
        Analysis.from_dict(doc)
    except ResultFormatError as e:
        assert not valid or any(s in str(e) for s in SEMANTIC), (doc, e)
    else:
        assert valid, doc


def test_round_trip_through_json_keeps_split_surrogate_pairs() -> None:
    """Two lone surrogates that form a pair come back from JSON as one character; from_dict
    reads the offsets and splits it again."""
    text = "“We \ud83d\ude00 won,” he said."
    result = attribution.analyze(text)
    assert result.quotes[0].content.text == "“We \ud83d\ude00 won,”"
    back = Analysis.from_dict(json.loads(json.dumps(result.to_dict())))
    assert back == result
