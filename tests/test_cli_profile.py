"""``attribution profile``: texts, JSON Lines of articles and of batch results, grouped by
any field, in every format; bad input reported, the rest profiled."""

from __future__ import annotations

import builtins
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from attribution.cli import app

runner = CliRunner()

NYT = "Mary Smith said the ward was full. “We cannot cope,” she said."
POST = "“We will win,” said John Brown. Anonymous officials insisted the vote was fair."
# NYT: Mary Smith (person, female): 2 quotations, 7 words. POST: John Brown (person):
# 1 quotation, 3 words; Anonymous officials (anonymous): 1 quotation, 4 words.


def articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text(
        json.dumps({"id": "a1", "outlet": "nyt", "date": "2016-09-01", "text": NYT}) + "\n"
        + json.dumps({"id": "a2", "outlet": "post", "date": "2016-09-02", "text": POST})
        + "\n", encoding="utf-8")
    return path


def profiled(args: list[str], **kwargs: Any) -> dict[str, Any]:
    result = runner.invoke(app, ["profile", *args, "--format", "json"], **kwargs)
    assert result.exit_code == 0, result.output
    loaded: dict[str, Any] = json.loads(result.stdout)
    return loaded


def by_group(d: dict[str, Any]) -> dict[str, tuple[int, int, int]]:
    return {g["group"]: (g["articles"], g["quotes"], g["words_quoted"]) for g in d["groups"]}


def test_text_files_grouped_by_their_folder(tmp_path: Path) -> None:
    for outlet, text in (("nyt", NYT), ("post", POST)):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "a.txt").write_text(text, encoding="utf-8")
    files = [str(tmp_path / "nyt" / "a.txt"), str(tmp_path / "post" / "a.txt")]
    d = profiled([*files, "--by", "dir"])
    assert by_group(d) == {"nyt": (1, 2, 7), "post": (1, 2, 7)}
    assert d["corpus"]["sources_by_gender"] == {"female": 1, "male": 0, "unstated": 2}
    assert d["articles"][0]["fields"] == {"file": files[0], "dir": "nyt"}
    assert d["articles"][0]["words"] == 12


def test_one_article_as_a_table(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(NYT, encoding="utf-8")
    result = runner.invoke(app, ["profile", str(path)])
    assert result.exit_code == 0, result.output
    assert "All articles" in result.stdout and "Top sources (of 1)" in result.stdout
    row = next(line for line in result.stdout.splitlines() if line.lstrip().startswith("Mary"))
    assert row.split()[:8] == ["Mary", "Smith", "person", "female", "1", "2", "7", "50%"]


def test_articles_in_json_lines_by_any_field(tmp_path: Path) -> None:
    d = profiled([str(articles(tmp_path)), "--by", "outlet"])
    assert by_group(d) == {"nyt": (1, 2, 7), "post": (1, 2, 7)}
    assert d["by"] == "outlet" and d["corpus"]["anonymous_share"] == 0.25
    assert [a["id"] for a in d["articles"]] == ["a1", "a2"]
    assert by_group(profiled([str(articles(tmp_path)), "--by", "date"])).keys() == {
        "2016-09-01", "2016-09-02"}


def test_batch_results_take_their_fields_and_texts_from_the_input(tmp_path: Path) -> None:
    source = articles(tmp_path)
    out = tmp_path / "results.jsonl"
    done = runner.invoke(app, ["batch", str(source), "--out", str(out), "--no-progress"])
    assert done.exit_code == 0, done.output
    d = profiled([str(out), "--articles", str(source), "--by", "outlet"])
    assert by_group(d) == {"nyt": (1, 2, 7), "post": (1, 2, 7)}
    assert d["articles"][0]["words"] == 12 and d["articles"][0]["fields"]["date"] == "2016-09-01"
    alone = profiled([str(out)])  # no fields, no texts: no word counts
    assert alone["corpus"]["quotes"] == 4 and alone["corpus"]["words"] is None
    failed = runner.invoke(app, ["profile", str(out), "--by", "outlet"])
    assert failed.exit_code == 2
    assert "--articles INPUT.jsonl" in failed.stderr


def test_a_changed_input_is_refused(tmp_path: Path) -> None:
    source = articles(tmp_path)
    out = tmp_path / "results.jsonl"
    runner.invoke(app, ["batch", str(source), "--out", str(out), "--no-progress"])
    source.write_text(source.read_text(encoding="utf-8").replace("ward", "wing"),
                      encoding="utf-8")
    result = runner.invoke(app, ["profile", str(out), "--articles", str(source)])
    assert result.exit_code == 2
    assert "line 1 is not the record" in result.stderr and "hash differs" in result.stderr


def test_csv_tables(tmp_path: Path) -> None:
    result = runner.invoke(app, ["profile", str(articles(tmp_path)), "--by", "outlet",
                                 "--format", "csv", "--table", "sources"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("doc_id,group,source,kind,gender,")
    assert [line.split(",")[:3] for line in lines[1:]] == [
        ["a1", "nyt", "Mary Smith"], ["a2", "post", "Anonymous officials"],
        ["a2", "post", "John Brown"]]
    groups = runner.invoke(app, ["profile", str(articles(tmp_path)), "--by", "outlet",
                                 "--format", "csv"]).stdout.splitlines()
    assert [g.split(",")[0] for g in groups] == ["group", "nyt", "post", "all"]


def test_standard_input_and_bad_lines(tmp_path: Path) -> None:
    lines = (articles(tmp_path).read_text(encoding="utf-8") + "not json\n"
             + json.dumps({"title": "no text"}) + "\n"
             + json.dumps({"quotes": [{"kind": "shouted"}], "hedges": []}) + "\n")
    result = runner.invoke(app, ["profile", "-", "--format", "json"], input=lines)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["corpus"]["articles"] == 2
    assert "<stdin>:3" in result.stderr and "not a JSON object" in result.stderr
    assert "<stdin>:4" in result.stderr and "--text-field" in result.stderr
    assert "<stdin>:5" in result.stderr and "quotes[0]" in result.stderr


def test_usage_errors(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["profile", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    unknown = runner.invoke(app, ["profile", str(articles(tmp_path)), "--by", "colour"])
    assert unknown.exit_code == 2
    assert "no article has a field 'colour'" in unknown.stderr
    assert "'date', 'outlet'" in unknown.stderr


def test_html_report_to_a_file(tmp_path: Path) -> None:
    pytest.importorskip("altair")
    pytest.importorskip("vl_convert")
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["profile", str(articles(tmp_path)), "--by", "outlet",
                                 "--format", "html", "--out", str(out), "--title", "Desk"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<title>Desk</title>" in page
    assert page.count('class="vega-spec"') == 5
    assert "wrote" in result.stderr and "2 articles, 2 groups" in result.stderr


def test_html_without_the_plot_extra_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_import = builtins.__import__

    def no_altair(name: str, *args: Any, **kwargs: Any) -> Any:
        if name in ("altair", "vl_convert"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_altair)
    result = runner.invoke(app, ["profile", str(articles(tmp_path)), "--format", "html"])
    assert result.exit_code == 2
    assert 'pip install "attribution-nlp[plot]"' in result.stderr
