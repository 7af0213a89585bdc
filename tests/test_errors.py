"""Every error a user can meet on bad input: its type, and a message that names the
argument (or file, line and column) and says what to do."""

from __future__ import annotations

import json
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import attribution
from attribution import (
    DEFAULT_MAX_LENGTH,
    Analysis,
    Analyzer,
    LexiconError,
    ResultFormatError,
)
from attribution.hedges import HedgeLexicon, hedge_probability

QUOTE = "“We will win,” the senator said."


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


# --- the text argument -----------------------------------------------------------------

ENTRY_POINTS: list[tuple[str, Callable[[Any], Any]]] = [
    ("attribution.analyze", attribution.analyze),
    ("attribution.find_quotes", attribution.find_quotes),
    ("attribution.find_hedges", attribution.find_hedges),
    ("attribution.certainty", attribution.certainty),
    ("Analyzer.analyze", lambda text: attribution.get_default_analyzer().analyze(text)),
    ("Analyzer.__call__", lambda text: attribution.get_default_analyzer()(text)),
]


@pytest.mark.parametrize("name, func", ENTRY_POINTS, ids=[n for n, _ in ENTRY_POINTS])
@pytest.mark.parametrize(
    "value, type_name",
    [(None, "None"), (3, "int"), (2.5, "float"), (["a"], "list"), (("a",), "tuple"),
     ({"text": "a"}, "dict"), (True, "bool"), (object(), "object")],
)
def test_non_str_text_is_a_type_error_naming_argument_and_type(
    name: str, func: Callable[[Any], Any], value: Any, type_name: str
) -> None:
    with pytest.raises(TypeError) as info:
        func(value)
    message = str(info.value)
    assert message.startswith("text must be str"), message
    assert f"got {type_name}" in message, message


@pytest.mark.parametrize("value", [b"caf\xc3\xa9", bytearray(b"abc"), memoryview(b"abc")])
def test_bytes_text_says_to_decode(analyzer: Analyzer, value: Any) -> None:
    with pytest.raises(TypeError) as info:
        analyzer.analyze(value)
    message = str(info.value)
    assert f"got {type(value).__name__}" in message
    assert "decode" in message and ".decode('utf-8')" in message


def test_list_of_texts_points_to_pipe(analyzer: Analyzer) -> None:
    with pytest.raises(TypeError, match=r"got list.*Analyzer\.pipe\(\)"):
        analyzer.analyze(["one text", "another"])  # type: ignore[arg-type]


def test_str_subclass_is_accepted(analyzer: Analyzer) -> None:
    class Text(str):
        pass

    assert analyzer.analyze(Text(QUOTE)) == analyzer.analyze(QUOTE)


def test_analyze_doc_wants_a_doc(analyzer: Analyzer) -> None:
    with pytest.raises(TypeError, match=r"doc must be a spacy\.tokens\.Doc, got str"):
        analyzer.analyze_doc(QUOTE)  # type: ignore[arg-type]


def test_hedge_probability_wants_a_str() -> None:
    with pytest.raises(TypeError, match=r"phrase must be str, got NoneType"):
        hedge_probability(None)  # type: ignore[arg-type]


# --- max_length ---------------------------------------------------------------------------


def test_default_max_length_is_documented_and_used() -> None:
    assert DEFAULT_MAX_LENGTH == 2_000_000
    assert Analyzer().max_length == DEFAULT_MAX_LENGTH
    assert "DEFAULT_MAX_LENGTH" in (Analyzer.__doc__ or "")


def test_text_over_the_default_limit_is_refused_before_any_work(analyzer: Analyzer) -> None:
    text = "a" * (DEFAULT_MAX_LENGTH + 1)
    with pytest.raises(ValueError) as info:
        analyzer.analyze(text)
    message = str(info.value)
    assert "2,000,001 characters" in message and "max_length=2,000,000" in message
    assert f"Analyzer(max_length={DEFAULT_MAX_LENGTH + 1})" in message
    assert "Split the text" in message


def test_max_length_is_inclusive_and_can_be_raised() -> None:
    small = Analyzer(max_length=len(QUOTE))
    assert small.analyze(QUOTE).quotes  # exactly at the limit: fine
    with pytest.raises(ValueError, match=r"more than max_length=32\b.*max_length=33"):
        small.analyze(QUOTE + " ")
    assert Analyzer(max_length=len(QUOTE) + 1).analyze(QUOTE + " ").quotes


def test_raising_max_length_raises_spacys_limit_too() -> None:
    an = Analyzer(max_length=DEFAULT_MAX_LENGTH + 10)
    assert an.nlp.max_length >= DEFAULT_MAX_LENGTH + 10
    assert not an.analyze("x" * (DEFAULT_MAX_LENGTH + 5)).quotes


@pytest.mark.parametrize("value, type_name", [("10", "str"), (1.5, "float"), (None, "NoneType"),
                                              (True, "bool")])
def test_max_length_of_wrong_type(value: Any, type_name: str) -> None:
    with pytest.raises(TypeError, match=rf"max_length must be an int .*got {type_name}"):
        Analyzer(max_length=value)


@pytest.mark.parametrize("value", [0, -5])
def test_max_length_below_one(value: int) -> None:
    with pytest.raises(ValueError, match=rf"max_length must be at least 1, got {value}"):
        Analyzer(max_length=value)


# --- the other Analyzer arguments -----------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"model": 3}, r"model must be None, a pipeline name \(str\) or a spacy\.Language, "
                       r"got int"),
        ({"quote_kinds": 3}, r"quote_kinds must be None, a str or an iterable of str, got int"),
        ({"cue_types": b"speech"}, r"cue_types must be None, a str or an iterable of str, "
                                   r"got bytes"),
        ({"quote_kinds": ["direct", 2]}, r"quote_kinds must hold str values, got int"),
        ({"hedges": "no"}, r"hedges must be True or False, got str"),
        ({"cues": 3}, r"cues must be the path of a TSV lexicon \(str or pathlib\.Path\), "
                      r"got int"),
        ({"speakers": ["a.tsv"]}, r"speakers must be the path of a TSV lexicon .*got list"),
        ({"words": b"words.tsv"}, r"words must be the path of a TSV lexicon .*got bytes"),
    ],
)
def test_analyzer_argument_of_wrong_type(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(TypeError, match=message):
        Analyzer(**kwargs)


def test_unknown_quote_kind_is_a_value_error_listing_the_choices() -> None:
    with pytest.raises(ValueError, match=r"quote_kinds: unknown value\(s\) 'quoted'; choose "
                                         r"from direct, mixed, indirect, according_to"):
        Analyzer(quote_kinds=["quoted"])


def test_quote_kinds_from_a_generator_are_read_once_and_kept() -> None:
    an = Analyzer(quote_kinds=(k for k in ["direct"]))
    assert an.settings.quote_kinds == frozenset({"direct"})
    assert [q.kind for q in an.analyze(QUOTE)] == ["direct"]


def test_model_not_installed_says_how_to_install() -> None:
    with pytest.raises(attribution.ModelNotFoundError, match=r"python -m spacy download"):
        Analyzer("xx_no_such_pipeline_here")


# --- lexicon files --------------------------------------------------------------------------

CUE_HEADER = "lemma\tforms\tcue_type\tframe\tinvert\tsource\n"
CUE_ROW = "say\tsay|said\tspeech\tsay\t1\ttest\n"
HEDGE_HEADER = ("phrase\tcategory\tprobability\tlow\thigh\tcertainty\tnegated\tcheck\tdetect"
                "\tbasis\tsource\n")


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def lexicon_error(**kwargs: Any) -> str:
    with pytest.raises(LexiconError) as info:
        Analyzer(**kwargs)
    return str(info.value)


@pytest.mark.parametrize(
    "argument, content, where, says",
    [
        ("cues", CUE_HEADER + CUE_ROW + "shout\tshouted\tspeech\tsay\t1\n", "line 3, column 6",
         "expected 6 tab-separated columns (lemma, forms, cue_type, frame, invert, source), "
         "found 5"),
        ("cues", CUE_HEADER + CUE_ROW + "say\tsay\tspeech\tsay\t1\tx\textra\n",
         "line 3, column 7", "found 7"),
        ("cues", CUE_HEADER + "say\tsaid\tspeach\tsay\t1\ttest\n", "line 2, column 3 (cue_type)",
         "'speach' is not one of: speech, belief"),
        ("cues", CUE_HEADER + "say\tsaid\tspeech\tsya\t1\ttest\n", "line 2, column 4 (frame)",
         "unknown frame(s) ['sya']; use say, that"),
        ("cues", CUE_HEADER + "say\tsaid\tspeech\tsay\tyes\ttest\n", "line 2, column 5 (invert)",
         "'yes': use 0 or 1"),
        ("cues", CUE_HEADER + "say\tsaid\tspeech\tsay\t1\t\n", "line 2, column 6 (source)",
         "empty value"),
        ("cues", "# a comment\n\n" + CUE_ROW, "line 3",
         "header lacks column(s) lemma, forms, cue_type, frame, source"),
        ("cues", "lemma\tforms\tlemma\tcue_type\tframe\tsource\n", "line 1, column 3",
         "column 'lemma' appears twice"),
        ("speakers", "phrase\tclass\tsource\nspokesman\trolee\ttest\n",
         "line 2, column 2 (class)", "'rolee' is not one of: pron_he"),
        ("words", "word\tpos\tsource\nthe\tDET\ttest\nfoo\tNOUNY\ttest\n",
         "line 3, column 2 (pos)", "'NOUNY' is not a Universal POS tag"),
        ("words", "\n# nothing but comments\n", "", "empty lexicon file (no header row)"),
    ],
)
def test_bad_lexicon_row_names_file_line_and_column(
    tmp_path: Path, argument: str, content: str, where: str, says: str
) -> None:
    path = write(tmp_path, f"my_{argument}.tsv", content)
    message = lexicon_error(**{argument: path})
    assert message.startswith(str(path)), message
    assert where in message, message
    assert says in message, message


def test_non_utf8_lexicon_names_line_column_and_byte(tmp_path: Path) -> None:
    path = write(tmp_path, "latin1.tsv", (CUE_HEADER + "say\tsaid|caf\xe9\tspeech\tsay\t1\tt\n")
                 .encode("latin-1"))
    message = lexicon_error(cues=path)
    offset = len(CUE_HEADER) + len("say\tsaid|caf")
    assert message == (
        f"{path}, line 2, column 2: not UTF-8 text (byte 0xe9 at offset {offset}); save the "
        f"file as UTF-8"
    )


def test_missing_and_directory_lexicons(tmp_path: Path) -> None:
    assert lexicon_error(speakers=tmp_path / "nope.tsv") == (
        f"{tmp_path / 'nope.tsv'}: lexicon file not found"
    )
    assert lexicon_error(words=tmp_path) == f"{tmp_path}: is a directory, not a lexicon file"


def test_lexicon_with_bom_and_crlf_loads(tmp_path: Path) -> None:
    """Files saved by spreadsheet programs: a byte-order mark and CRLF line ends."""
    content = ("\ufeff" + CUE_HEADER + CUE_ROW).replace("\n", "\r\n")
    an = Analyzer(cues=write(tmp_path, "excel.tsv", content))
    assert [e.lemma for e in an.resources.cues.entries] == ["say"]
    assert an.analyze(QUOTE).quotes[0].cue is not None


def test_line_numbers_count_only_real_line_breaks(tmp_path: Path) -> None:
    """A U+2028 or form feed inside a cell does not end the line (nor shift the count)."""
    content = CUE_HEADER + "say\tsay|said\u2028\tspeech\tsay\t1\tsee\x0cnote\n" + "x\ty\n"
    message = lexicon_error(cues=write(tmp_path, "odd.tsv", content))
    assert ", line 3, column 3:" in message, message


def test_pickle_is_never_loaded_as_a_lexicon(tmp_path: Path) -> None:
    class Boom:
        def __reduce__(self) -> tuple[Any, ...]:
            return (os.system, ("echo pwned > pwned.txt",))

    path = write(tmp_path, "cues.pkl", pickle.dumps(Boom()))
    message = lexicon_error(cues=path)
    assert "line 1, column 1: not UTF-8 text" in message
    assert not (tmp_path / "pwned.txt").exists() and not Path("pwned.txt").exists()


def test_lexicon_cells_are_data_not_code(tmp_path: Path) -> None:
    marker = tmp_path / "ran.txt"
    code = f"__import__('pathlib').Path({str(marker)!r}).write_text('x')"
    path = write(tmp_path, "cues.tsv", CUE_HEADER + f"{code}\t{code}|said\tspeech\tsay\t1\tt\n")
    an = Analyzer(cues=path)
    assert an.resources.cues.entries[0].forms[0] == code.lower()
    assert an.analyze(QUOTE).quotes
    assert not marker.exists()


def test_lexicon_loaders_use_no_pickle_or_eval() -> None:
    """The modules that read lexicons and configs hold no unsafe deserialiser."""
    src = Path(attribution.__file__).parent
    for name in ["lexicon.py", "resources.py", "hedges/lexicon.py", "component.py"]:
        code = (src / name).read_text(encoding="utf-8")
        for banned in ["pickle.load", "eval(", "exec(", "yaml.load", "marshal.load",
                       "import pickle", "import dill"]:
            assert banned not in code, f"{name} contains {banned}"


HEDGE_ROW = "very likely\tprobability\t0.85\t0.8\t0.9\t0.9\t0\t-\t1\tb\ttest\n"


@pytest.mark.parametrize(
    "row, where, says",
    [
        (HEDGE_ROW.replace("0.85", "high"), "line 2, column 3 (probability)",
         "'high' is not a number"),
        (HEDGE_ROW.replace("0.85", "85"), "line 2, column 3 (probability)",
         "85.0 is outside [0.0, 1.0]"),
        (HEDGE_ROW.replace("\t0.8\t", "\tnan\t"), "line 2, column 4 (low)", "nan is outside"),
        (HEDGE_ROW.replace("probability", "probabilty"), "line 2, column 2 (category)",
         "'probabilty' is not one of"),
        (HEDGE_ROW.replace("\t0.9\t0.9", "\t\t0.9"), "line 2, column 5 (high)",
         "give both low and high, or neither"),
    ],
)
def test_bad_hedge_lexicon_row(tmp_path: Path, row: str, where: str, says: str) -> None:
    path = write(tmp_path, "hedges.tsv", HEDGE_HEADER + row)
    with pytest.raises(LexiconError) as info:
        HedgeLexicon.load(hedges=path)
    message = str(info.value)
    assert message.startswith(f"{path}, "), message
    assert where in message and says in message, message


def test_good_hedge_lexicon_row_loads(tmp_path: Path) -> None:
    """The template row the bad-row cases are made from is itself valid."""
    lex = HedgeLexicon.load(hedges=write(tmp_path, "hedges.tsv", HEDGE_HEADER + HEDGE_ROW))
    assert lex.entries["very likely"].probability == 0.85


# --- results read back with from_dict --------------------------------------------------------


def good_dict() -> dict[str, Any]:
    return attribution.analyze(
        "“We will very likely win,” the senator said. Prices may rise, she said."
    ).to_dict()


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d.pop("quotes"), r"analysis: missing key 'quotes'"),
        (lambda d: d.update(quotes={"a": 1}), r"^quotes: expected a list, got an object"),
        (lambda d: d.update(hedges="abc"), r"^hedges: expected a list, got a string"),
        (lambda d: d["quotes"][0].update(kind="quoted"),
         r"quotes\[0\]\.kind: 'quoted' is not one of direct, mixed"),
        (lambda d: d["quotes"][0]["content"].update(start="x"),
         r"quotes\[0\]\.content\.start: expected an integer, got a string"),
        (lambda d: d["quotes"][0]["content"].update(end=None),
         r"quotes\[0\]\.content\.end: expected an integer, got null"),
        (lambda d: d["quotes"][0].update(confidence=[1]),
         r"quotes\[0\]\.confidence: expected a number, got a list"),
        (lambda d: d["quotes"][0].update(confidence=7),
         r"quotes\[0\]\.confidence: 7 is above the maximum 1"),
        (lambda d: d["quotes"][0].update(confidence=float("nan")),
         r"quotes\[0\]\.confidence: nan is not a number JSON can hold"),
        (lambda d: d["quotes"][0]["content"].update(start=d["quotes"][0]["content"]["end"] + 1),
         r"quotes\[0\]\.content: start \d+ is after end \d+"),
        (lambda d: d["quotes"][0]["content"].update(text="short"),
         r"quotes\[0\]\.content: text has 5 characters but the offsets"),
        (lambda d: d["quotes"][0].update(hedges=5),
         r"quotes\[0\]\.hedges: expected a list, got a number"),
        (lambda d: d["quotes"][0]["speaker"].update(kind="alien"),
         r"quotes\[0\]\.speaker\.kind: 'alien' is not one of"),
        (lambda d: d["quotes"][0].update(rule=5),
         r"quotes\[0\]\.rule: expected a string, got a number"),
        (lambda d: d["quotes"][0].update(tone="x"), r"quotes\[0\]: unknown key 'tone'"),
        (lambda d: d["hedges"][0].update(probability_range=[0.1]),
         r"hedges\[0\]\.probability_range: expected at least 2 items, got 1"),
        (lambda d: d["hedges"][0].update(probability_range="ab"),
         r"hedges\[0\]\.probability_range: expected a list, got a string"),
        (lambda d: d["hedges"][0].update(probability_range=[0.9, 0.1]),
         r"hedges\[0\]\.probability_range: low 0.9 is above high 0.1"),
        (lambda d: d["hedges"][0].update(probability={}),
         r"hedges\[0\]\.probability: expected a number, got an object"),
        (lambda d: d["hedges"].append([]), r"hedges\[\d\]: expected an object, got a list"),
        (lambda d: d.update(schema_version="2.0"),
         r"schema_version: '2.0' is a result format this version of attribution cannot read"),
    ],
)
def test_from_dict_of_a_malformed_dict(mutate: Callable[[dict[str, Any]], Any],
                                       message: str) -> None:
    d = good_dict()
    assert d["quotes"] and d["hedges"] and d["quotes"][0]["speaker"]
    mutate(d)
    with pytest.raises(ResultFormatError, match=message):
        Analysis.from_dict(d)


def test_from_dict_of_a_non_mapping() -> None:
    with pytest.raises(ResultFormatError, match=r"analysis: expected a dict .*got str"):
        Analysis.from_dict("quotes")  # type: ignore[arg-type]


def test_from_dict_reads_results_without_a_version_and_batch_lines() -> None:
    d = good_dict()
    expected = Analysis.from_dict(d)
    del d["schema_version"]  # written before results had one
    assert Analysis.from_dict(d) == expected
    line = {"id": None, "line": 3, "record_hash": "0123456789abcdef", **good_dict()}
    assert Analysis.from_dict(line) == expected


def test_from_dict_accepts_tuples_where_to_dict_wrote_lists() -> None:
    d = good_dict()
    result = Analysis.from_dict(d)
    d["quotes"] = tuple(d["quotes"])
    d["hedges"] = tuple(d["hedges"])
    for h in d["hedges"]:
        if h["probability_range"] is not None:
            h["probability_range"] = tuple(h["probability_range"])
    assert Analysis.from_dict(d) == result
    assert Analysis.from_dict(json.loads(json.dumps(d))) == result


def test_with_text_needs_the_same_length() -> None:
    result = attribution.analyze(QUOTE)
    with pytest.raises(ValueError, match=r"same length \(32\), got 3"):
        result.with_text("abc")


# --- the command line -------------------------------------------------------------------------
# Exit codes (src/attribution/cli/common.py): 0 success, 1 some input failed (reported), 2 bad
# usage or an output that cannot be written; never a traceback.

CP1252_QUOTE = "“Café is good,” he said."


def run_cli(*args: str, stdin: bytes | None = None) -> Any:
    from typer.testing import CliRunner

    from attribution.cli import app

    return CliRunner().invoke(app, list(args), input=stdin)


def test_cli_unreadable_file_is_reported_and_the_others_printed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write(tmp_path, "good.txt", QUOTE)
    locked = write(tmp_path, "locked.txt", QUOTE)
    real_read_bytes, real_open = Path.read_bytes, Path.open

    def deny(path: Path) -> None:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))

    def read_bytes(self: Path) -> bytes:
        deny(self)
        return real_read_bytes(self)

    def open_(self: Path, *args: Any, **kwargs: Any) -> Any:
        deny(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    monkeypatch.setattr(Path, "open", open_)
    result = run_cli("analyze", str(locked), str(good), "-f", "jsonl")
    assert result.exit_code == 1
    assert str(locked) in result.stderr and "Permission denied" in result.stderr
    assert "Traceback" not in result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [str(good)]


def test_cli_bad_encoding_reports_the_byte_offset(tmp_path: Path) -> None:
    path = write(tmp_path, "cp1252.txt", CP1252_QUOTE.encode("cp1252"))
    result = run_cli("analyze", str(path))
    assert result.exit_code == 1
    assert "not UTF-8" in result.stderr
    assert "offset 0" in result.stderr  # the opening mark, 0x93, is the first byte
    assert result.stdout == ""


def test_cli_encoding_option_decodes_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "cp1252.txt", CP1252_QUOTE.encode("cp1252"))
    result = run_cli("analyze", str(path), "--encoding", "cp1252")
    assert result.exit_code == 0, result.output
    (quote,) = json.loads(result.stdout)["quotes"]
    assert quote["content"]["text"] == "“Café is good,”"


def test_cli_encoding_errors_replace_keeps_going_with_replacement_characters(
    tmp_path: Path,
) -> None:
    data = CP1252_QUOTE.encode("utf-8").replace("é".encode(), b"\xe9")
    path = write(tmp_path, "mixed.txt", data)
    result = run_cli("analyze", str(path), "--encoding-errors", "replace")
    assert result.exit_code == 0, result.output
    (quote,) = json.loads(result.stdout)["quotes"]
    assert quote["content"]["text"] == "“Caf\ufffd is good,”"


def test_cli_directory_given_as_a_file(tmp_path: Path) -> None:
    result = run_cli("analyze", str(tmp_path))
    assert result.exit_code == 2
    assert f"{tmp_path} is a directory" in result.stderr


def test_cli_batch_out_is_a_directory(tmp_path: Path) -> None:
    source = write(tmp_path, "in.jsonl", json.dumps({"id": 1, "text": QUOTE}) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli("batch", str(source), "--out", str(out), "--overwrite", "--no-progress")
    assert result.exit_code == 2
    assert "is a directory" in result.stderr and str(out) in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out"]
    assert list(out.iterdir()) == []


def test_cli_batch_unwritable_output_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins
    import io

    source = write(tmp_path, "in.jsonl", json.dumps({"id": 1, "text": QUOTE}) + "\n")
    out = tmp_path / "out.jsonl"
    real_open = io.open

    def guarded_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(m in mode for m in "wax") and Path(os.fsdecode(file)).parent == tmp_path:
            raise PermissionError(13, "Permission denied", os.fsdecode(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(io, "open", guarded_open)
    monkeypatch.setattr(builtins, "open", guarded_open)
    result = run_cli("batch", str(source), "--out", str(out), "--no-progress")
    assert result.exit_code == 2
    assert "Permission denied" in result.stderr and str(tmp_path) in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not out.exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_cli_output_that_cannot_be_written(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = write(tmp_path, "a.txt", QUOTE)
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "attribution", "analyze", str(path)],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=300,
        )
    assert proc.returncode == 1
    assert "attribution: error:" in proc.stderr and "No space left on device" in proc.stderr
    assert "Traceback" not in proc.stderr


# --- inputs without end --------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_inputs_are_read_with_a_bound() -> None:
    import spacy

    result = run_cli("analyze", "/dev/zero", "--max-length", "1000")
    assert result.exit_code == 1
    assert "over --max-length 1,000 characters" in result.stderr
    with pytest.raises(LexiconError, match="/dev/zero: not a regular file"):
        Analyzer(cues="/dev/zero")
    with pytest.raises(LexiconError, match="/dev/zero: not a regular file"):
        spacy.blank("en").add_pipe("attribution", config={"words": "/dev/zero"})


def test_an_endless_line_of_a_corpus_is_skipped_in_bounded_chunks() -> None:
    import io

    from attribution.corpus.records import read_lines

    class Counting(io.BytesIO):
        largest = 0

        def readline(self, size: int | None = -1) -> bytes:
            line = super().readline(size)
            Counting.largest = max(Counting.largest, len(line))
            return line

    data = b'{"text": "a"}\n' + b"\0" * 5_000_000 + b"\n" + b'{"text": "b"}\n'
    lines = list(read_lines(Counting(data), limit=1000))
    assert [(n, raw) for n, raw in lines] == [(1, b'{"text": "a"}'), (2, None),
                                             (3, b'{"text": "b"}')]
    assert Counting.largest <= 2**20  # never the whole 5 MB line at once
