"""The ``attribution`` command line: analyze, batch (errors, order, resume), demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import attribution
from attribution import Analyzer
from attribution import cli as cli_module
from attribution.cli import app
from attribution.corpus import record_hash

runner = CliRunner()

QUOTE = "“We will win,” the senator said."
RECORDS: list[Any] = [
    {"id": "a", "text": QUOTE},
    {"id": "b", "text": 'He said, "I will go."'},
    {"id": "c", "text": "Nothing is quoted here."},
    {"id": "d", "text": "According to the report, prices rose."},
    {"id": "e", "text": "“No comment,” she said."},
]


def write_jsonl(path: Path, lines: list[Any]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for line in lines:
            f.write((line if isinstance(line, str) else json.dumps(line)) + "\n")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def expected_lines(records: list[dict[str, Any]], first_line: int = 1) -> list[dict[str, Any]]:
    """The output lines of ``records`` written one per line from ``first_line`` on."""
    an = Analyzer()
    return [
        {"id": r.get("id"), "line": n, "record_hash": record_hash(json.dumps(r).encode()),
         **an.analyze(r["text"]).to_dict()}
        for n, r in enumerate(records, first_line)
    ]


# --- analyze ----------------------------------------------------------------------------


def test_analyze_file_json(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(f), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data == {"id": str(f), **attribution.analyze(QUOTE).to_dict()}
    assert data["quotes"][0]["speaker"]["name"] == "senator"


def test_analyze_stdin_jsonl() -> None:
    result = runner.invoke(app, ["analyze", "-", "-f", "jsonl"], input=QUOTE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["quotes"][0]["cue"]["text"] == "said"


def test_analyze_several_files_json_is_a_list(tmp_path: Path) -> None:
    paths = []
    for i, text in enumerate([QUOTE, "Nothing here."]):
        paths.append(tmp_path / f"{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["analyze", *map(str, paths)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [d["id"] for d in data] == list(map(str, paths))
    assert len(data[0]["quotes"]) == 1 and data[1]["quotes"] == []


def test_analyze_table(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(f), "--format", "table"])
    assert result.exit_code == 0
    assert "Quotes (1)" in result.stdout
    header = next(line for line in result.stdout.splitlines() if "speaker" in line)
    assert header.split() == ["#", "speaker", "(kind)", "cue", "kind", "confidence", "content"]
    row = next(line for line in result.stdout.splitlines() if line.strip().startswith("1 "))
    confidence = f"{attribution.analyze(QUOTE).quotes[0].confidence:.2f}"
    assert row.split()[:7] == ["1", "senator", "(anonymous)", "said", "direct", confidence, "“We"]


def test_table_wraps_long_quotes_instead_of_cutting_them() -> None:
    from attribution.cli import format_table

    words = " ".join(f"word{i}" for i in range(60))
    result = attribution.analyze(f"“{words},” the senator said.")
    table = format_table(result, width=80)
    assert all(len(line) <= 80 for line in table.splitlines())
    assert " ".join(table.split()).count("word") == 60 and "…" not in table
    assert "word59,”" in table


def test_table_shows_no_control_characters_or_markup() -> None:
    from attribution.cli import format_table

    table = format_table(attribution.analyze("“Hi\x1b[2J [bold]there[/bold],” Bob\u202e said."))
    assert "\x1b" not in table and "\u202e" not in table
    assert "[bold]there[/bold]" in table


def test_analyze_missing_file_is_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_analyze_bad_file_is_reported_and_others_printed(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text(QUOTE, encoding="utf-8")
    bad.write_bytes(b"caf\xe9 au lait")
    result = runner.invoke(app, ["analyze", str(bad), str(good), "-f", "jsonl"])
    assert result.exit_code == 1
    assert "not UTF-8" in result.stderr and "iconv" in result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [str(good)]


def test_analyze_unknown_format_is_usage_error() -> None:
    result = runner.invoke(app, ["analyze", "-", "--format", "xml"], input=b"x")
    assert result.exit_code == 2


def test_analyze_html(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(f), "--format", "html"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert 'class="attribution-reading"' in result.stdout and "senator" in result.stdout


def test_model_not_installed_is_usage_error(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(f), "--model", "xx_no_such_pipeline"])
    assert result.exit_code == 2
    assert "not installed" in result.stderr


# --- demo -------------------------------------------------------------------------------


def test_demo_prints_the_seed_article_table() -> None:
    result = runner.invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Russia buys weapons from North Korea")
    assert "Quotes (" in result.stdout and "Hedges (" in result.stdout
    assert "Mason Clark" in result.stdout


def test_demo_json_matches_the_library() -> None:
    result = runner.invoke(app, ["demo", "--format", "json"])
    assert result.exit_code == 0
    text = cli_module.seed_article()
    want = {"id": "seed_article", **attribution.analyze(text).to_dict()}
    assert json.loads(result.stdout) == want


# --- batch ------------------------------------------------------------------------------


def test_batch_writes_one_line_per_record_in_order(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(src), "--out", str(out), "--progress"])
    assert result.exit_code == 0, result.output
    assert read_jsonl(out) == expected_lines(RECORDS)
    assert not (tmp_path / "out.errors.jsonl").exists()
    assert not (tmp_path / "out.jsonl.partial").exists()
    assert not (tmp_path / "out.jsonl.lock").exists()
    assert "analysing" in result.stderr  # the progress bar
    assert "5 analysed, 0 failed" in result.stderr


def test_batch_reports_bad_records_and_goes_on(tmp_path: Path) -> None:
    lines: list[Any] = [
        RECORDS[0],
        "this is not json",
        {"id": "x", "body": "wrong field"},
        "",
        {"id": "y", "text": 42},
        [1, 2],
        RECORDS[1],
    ]
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(src), "--out", str(out), "--no-progress"])
    assert result.exit_code == 1
    assert [r["id"] for r in read_jsonl(out)] == ["a", "b"]
    errors = read_jsonl(tmp_path / "out.errors.jsonl")
    assert [(e["line"], e["id"]) for e in errors] == [(2, None), (3, "x"), (5, "y"), (6, None)]
    assert all(e["record_hash"] == record_hash(json.dumps(lines[e["line"] - 1]).encode())
               for e in errors[1:])
    assert "not valid JSON" in errors[0]["reason"]
    assert "--text-field" in errors[1]["reason"]
    assert "not a string" in errors[2]["reason"]
    assert "JSON object" in errors[3]["reason"]
    assert "4 records failed" in result.stderr


def test_batch_fields_ids_and_lines(tmp_path: Path) -> None:
    """Records without an id get null, never a line number that could be another
    record's id; the line says where each came from."""
    lines: list[Any] = [{"body": QUOTE}, "", {"body": "Nothing.", "key": 1}, {"body": "x"}]
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--text-field", "body",
                                 "--id-field", "key", "--no-progress"])
    assert result.exit_code == 0
    assert [(r["id"], r["line"]) for r in read_jsonl(out)] == [(None, 1), (1, 3), (None, 4)]


def test_batch_reports_duplicate_ids_and_analyses_each(tmp_path: Path) -> None:
    records = [{"id": 1, "text": QUOTE}, {"id": 2, "text": "x"}, {"id": 1, "text": "y"}]
    src = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--no-progress"])
    assert result.exit_code == 0
    assert [r["line"] for r in read_jsonl(out)] == [1, 2, 3]
    assert "1 record repeats an id an earlier record has (first: id 1 on line 3)" in (
        " ".join(result.stderr.split())
    )


def test_batch_text_over_max_length_is_reported(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": "x" * 50}, RECORDS[0]])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--max-length", "40"])
    assert result.exit_code == 1
    (err,) = read_jsonl(tmp_path / "out.errors.jsonl")
    assert err["id"] == 1 and "--max-length" in err["reason"]
    assert [r["id"] for r in read_jsonl(out)] == ["a"]
    assert "1 record failed; see" in result.stderr  # singular


def test_batch_record_whose_analysis_fails_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attribution.pipeline import Pipeline

    real = Pipeline.__call__

    def call(self: Pipeline, doc: Any, text: str | None = None) -> Any:
        if "boom" in doc.text:
            raise IndexError("list index out of range")
        return real(self, doc, text)

    monkeypatch.setattr(Pipeline, "__call__", call)
    src = write_jsonl(tmp_path / "in.jsonl", [RECORDS[0], {"id": "z", "text": "boom"}, RECORDS[1]])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "-b", "3"])
    assert result.exit_code == 1
    (err,) = read_jsonl(tmp_path / "out.errors.jsonl")
    assert err["id"] == "z" and err["line"] == 2
    assert "analysis failed: IndexError" in err["reason"]
    assert [r["id"] for r in read_jsonl(out)] == ["a", "b"]


def test_batch_escaped_lone_surrogate_gives_valid_output(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "s", "text": "\\u201cWe \\ud800win,\\u201d he said."}\n')
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (line,) = read_jsonl(out)  # valid UTF-8 and JSON: the surrogate stays escaped
    assert line["quotes"][0]["content"]["text"] == "“We \ud800win,”"


def test_batch_two_processes_equal_one(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS * 4)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    r1 = runner.invoke(app, ["batch", str(src), "-o", str(one), "-b", "2", "--no-progress"])
    r2 = runner.invoke(
        app, ["batch", str(src), "-o", str(two), "-b", "2", "-n", "2", "--no-progress"]
    )
    assert r1.exit_code == r2.exit_code == 0, r2.output
    assert one.read_bytes() == two.read_bytes()


def test_batch_refuses_to_replace_output_without_overwrite(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS[:1])
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    assert result.exit_code == 2 and "--overwrite" in result.stderr
    assert out.read_text(encoding="utf-8") == "precious\n"
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--overwrite"])
    assert result.exit_code == 0
    assert [r["id"] for r in read_jsonl(out)] == ["a"]


def test_batch_removes_a_stale_errors_file(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS[:2])
    stale = tmp_path / "out.errors.jsonl"
    stale.write_text('{"line": 9}\n', encoding="utf-8")
    result = runner.invoke(app, ["batch", str(src), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 0
    assert not stale.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--n-process", "0"], "n_process"),
        (["--n-process", "100000"], "processes per CPU"),
        (["--batch-size", "0"], ""),
        (["--model", "xx_no_such_pipeline"], "not installed"),
        (["--resume", "--overwrite"], "contradict"),
        (["--errors", "replace"], "--encoding-errors"),
        (["--errors", "e.jsonl"], "--errors-file"),
        (["--encoding-errors", "bogus"], "strict"),
    ],
)
def test_batch_bad_usage_exits_2(tmp_path: Path, args: list[str], message: str) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS[:1])
    result = runner.invoke(app, ["batch", str(src), "-o", str(tmp_path / "o.jsonl"), *args])
    assert result.exit_code == 2
    assert message in result.stderr


def test_batch_missing_input_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["batch", str(tmp_path / "nope"), "-o", str(tmp_path / "o")])
    assert result.exit_code == 2 and "no such input file" in result.stderr


def test_interrupted_batch_leaves_partial_and_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from attribution.corpus import records as records_module

    src = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    out = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    real_parse = records_module.parse_record

    def parse_then_interrupt(line_no: int, *args: Any) -> Any:
        if line_no == 4:
            raise KeyboardInterrupt
        return real_parse(line_no, *args)

    monkeypatch.setattr(records_module, "parse_record", parse_then_interrupt)
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "-b", "1"])
    assert result.exit_code == 130
    assert "--resume" in result.stderr
    assert not out.exists()  # no half file that looks whole
    done_before = [r["id"] for r in read_jsonl(partial)]
    assert done_before == ["a", "b", "c"][: len(done_before)]

    result = runner.invoke(app, ["batch", str(src), "-o", str(out)])
    assert result.exit_code == 2 and "--resume" in result.stderr

    monkeypatch.setattr(records_module, "parse_record", real_parse)
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    assert f"{len(done_before)} records analysed and 0 failed already" in result.stderr
    assert read_jsonl(out) == expected_lines(RECORDS)
    assert not partial.exists()


def test_resume_drops_a_cut_off_last_line(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    out = tmp_path / "out.jsonl"
    full = expected_lines(RECORDS)
    partial = tmp_path / "out.jsonl.partial"
    partial.write_text(
        json.dumps(full[0]) + "\n" + json.dumps(full[1])[:25], encoding="utf-8"
    )
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    assert "1 record analysed and 0 failed already, up to line 1" in result.stderr
    assert read_jsonl(out) == full


def test_resume_keeps_the_failures_of_the_interrupted_run(tmp_path: Path) -> None:
    lines: list[Any] = [RECORDS[0], "not json", RECORDS[1], {"id": "q"}, RECORDS[2]]
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    out, errors = tmp_path / "out.jsonl", tmp_path / "out.errors.jsonl"
    assert runner.invoke(app, ["batch", str(src), "-o", str(out)]).exit_code == 1
    clean = out.read_bytes(), errors.read_bytes()
    # As a run killed after line 3: results up to line 3, the failure of line 4 written
    # (the errors file is written first) but no result after it.
    partial, errors_partial = out.with_name("out.jsonl.partial"), errors.with_name(
        "out.errors.jsonl.partial")
    partial.write_bytes(b"".join(clean[0].splitlines(keepends=True)[:2]))
    errors_partial.write_bytes(clean[1])
    out.unlink()
    errors.unlink()
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--resume"])
    assert result.exit_code == 1
    assert "2 records analysed and 1 failed already, up to line 3" in result.stderr
    assert (out.read_bytes(), errors.read_bytes()) == clean


def test_resume_refuses_an_input_that_changed(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["batch", str(src), "-o", str(out)]).exit_code == 0
    partial = out.with_name("out.jsonl.partial")
    out.rename(partial)
    write_jsonl(src, [RECORDS[0], {"id": "b", "text": "edited"}, *RECORDS[2:]])
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--resume"])
    assert result.exit_code == 2
    assert "cannot resume: line 2 of the input is not the record" in result.stderr
    assert "--overwrite" in result.stderr
    assert len(read_jsonl(partial)) == len(RECORDS)  # untouched


def test_resume_refuses_the_output_of_an_earlier_version(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    out = tmp_path / "out.jsonl"
    old = [{"id": r["id"], **Analyzer().analyze(r["text"]).to_dict()} for r in RECORDS[:2]]
    write_jsonl(out.with_name("out.jsonl.partial"), old)
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--resume"])
    assert result.exit_code == 2 and "earlier version" in result.stderr


def test_resume_of_a_complete_output_adds_the_new_records(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS[:3])
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["batch", str(src), "-o", str(out)]).exit_code == 0
    write_jsonl(src, RECORDS)  # the corpus grew
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    assert "2 analysed, 3 already done" in result.stderr
    assert read_jsonl(out) == expected_lines(RECORDS)


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    from attribution.corpus.files import OutputLock

    src = write_jsonl(tmp_path / "in.jsonl", RECORDS)
    out = tmp_path / "out.jsonl"
    out.write_text("the first run's output\n", encoding="utf-8")
    with OutputLock(out):  # as a run in progress holds it
        for extra in ([], ["--overwrite"], ["--resume"]):
            result = runner.invoke(app, ["batch", str(src), "-o", str(out), *extra])
            assert result.exit_code == 2, extra
            assert f"another attribution batch (pid {os.getpid()}) is writing" in result.stderr
    assert out.read_text(encoding="utf-8") == "the first run's output\n"
    assert not out.with_name("out.jsonl.partial").exists()
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--overwrite"])
    assert result.exit_code == 0 and not out.with_name("out.jsonl.lock").exists()


def test_a_full_disk_stops_the_run_with_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from attribution.corpus.files import Ledger

    src = write_jsonl(tmp_path / "in.jsonl", RECORDS * 3)
    out = tmp_path / "out.jsonl"
    real = Ledger._write
    full = {"on": True}

    def write(f: Any, lines: list[bytes], path: Any) -> None:
        if full["on"] and path is not None and path.name.startswith("out.jsonl"):
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real(f, lines, path)

    monkeypatch.setattr(Ledger, "_write", staticmethod(write))
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "-b", "1"])
    assert result.exit_code == 1
    assert "No space left on device (the disk is full: free some space)" in result.stderr
    assert "--resume" in result.stderr and "Traceback" not in result.output
    # Resuming on a disk that is still full says so too; then, with space, it finishes.
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--resume"])
    assert result.exit_code == 1 and "the disk is full" in result.stderr
    assert "Traceback" not in result.output
    full["on"] = False
    result = runner.invoke(app, ["batch", str(src), "-o", str(out), "--resume"])
    assert result.exit_code == 0, result.output
    assert read_jsonl(out) == expected_lines(RECORDS * 3)


def test_batch_streams_to_standard_output(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [RECORDS[0], "not json", RECORDS[1]])
    result = runner.invoke(app, ["batch", str(src), "--out", "-", "--no-progress"])
    assert result.exit_code == 1
    assert [r["id"] for r in map(json.loads, result.stdout.splitlines())] == ["a", "b"]
    assert "line 2 failed: not valid JSON" in result.stderr
    assert not (tmp_path / "-").exists()
    with_file = runner.invoke(app, ["batch", str(src), "-o", "-", "--errors-file",
                                    str(tmp_path / "e.jsonl")])
    assert [e["line"] for e in read_jsonl(tmp_path / "e.jsonl")] == [2]
    assert with_file.stdout == result.stdout
    refused = runner.invoke(app, ["batch", str(src), "-o", "-", "--resume"])
    assert refused.exit_code == 2 and "needs an output file" in refused.stderr


@pytest.mark.slow  # a long run: CI's slow set runs it
def test_random_interruptions_lose_and_repeat_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Interrupted at many points (a bad record among them), each run resumed: the
    output and errors are those of one clean run, byte for byte."""
    import random

    from attribution.corpus import records as records_module

    lines: list[Any] = []
    for k in range(12):
        lines += [{"id": k, "text": f"“Round {k},” she said."}, "", "oops" if k % 5 == 0 else
                  {"id": f"n{k}", "text": "Nothing here."}]
    src = write_jsonl(tmp_path / "in.jsonl", lines)
    clean, out = tmp_path / "clean.jsonl", tmp_path / "out.jsonl"
    assert runner.invoke(app, ["batch", str(src), "-o", str(clean), "-b", "2"]).exit_code == 1
    real_parse = records_module.parse_record
    rnd = random.Random(5)
    stop = {"at": 0}

    def parse(line_no: int, *args: Any) -> Any:
        if line_no == stop["at"]:
            raise KeyboardInterrupt
        return real_parse(line_no, *args)

    monkeypatch.setattr(records_module, "parse_record", parse)
    args = ["batch", str(src), "-o", str(out), "-b", str(rnd.choice([1, 2, 3]))]
    for _ in range(8):
        stop["at"] = rnd.randint(1, len(lines))
        result = runner.invoke(app, [*args, "--resume"])
        assert result.exit_code in (1, 130), result.output
    stop["at"] = 0
    assert runner.invoke(app, [*args, "--resume"]).exit_code == 1
    assert out.read_bytes() == clean.read_bytes()
    assert (tmp_path / "out.errors.jsonl").read_bytes() == (
        tmp_path / "clean.errors.jsonl").read_bytes()


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", RECORDS[:2])
    out = tmp_path / "out.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "attribution", "batch", str(src), "-o", str(out), "-n", "2"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert [r["id"] for r in read_jsonl(out)] == ["a", "b"]
    version = subprocess.run(
        [sys.executable, "-m", "attribution", "--version"], capture_output=True, text=True
    )
    assert version.returncode == 0 and attribution.__version__ in version.stdout


def test_example_demo_script_stops_quietly_when_its_reader_closes_early() -> None:
    demo = Path(__file__).resolve().parent.parent / "examples" / "demo.py"
    # The reader is gone before the script prints (it takes a second to import spaCy),
    # as with "| head" on a long table: the write fails with EPIPE.
    proc = subprocess.Popen(
        [sys.executable, str(demo)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == 0, err
    assert b"Traceback" not in err and b"BrokenPipeError" not in err


@pytest.mark.parametrize("command", [[], ["analyze"], ["batch"], ["demo"]])
def test_help_names_values_and_exit_codes(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0
    text = result.stdout
    for tag in ("<bool>", "<int>", "<str>", "<list[str]>", "<path>", "<text>"):
        assert tag not in text, tag
    assert "Exit codes: 0 success" in " ".join(text.split())
    if command == ["batch"]:
        for option in ("--out OUT.jsonl", "--errors-file PATH", "--n-process N",
                       "--encoding-errors strict|replace|ignore", "--resume", "--progress"):
            assert option in text, option
