"""Both pages in a real browser: headless Chromium (tests/browser_support.py).

The reading page's article must read back, in the browser, as the input text character
for character; hovering a quote must show its details; the corpus report must draw all
its charts; neither page may log an error or fetch anything. Each test takes a
screenshot. Without Chromium the tests are skipped, saying so, except on CI (``CI`` set),
whose ``.ci/run`` installs it: there a missing browser fails.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import attribution
from attribution.cli import app, seed_article
from browser_support import Browser, chromium_path

if chromium_path() is None:
    if os.environ.get("CI"):
        pytest.fail("CI has no chromium: .ci/run should have installed it (apt-get install "
                    "chromium)", pytrace=False)
    pytest.skip("no chromium on PATH: apt-get install chromium (or set $CHROMIUM) to run "
                "the browser tests", allow_module_level=True)

TEXTS = [
    "“We will win,” Ann Lee said.\r\n\tIt  may   rain — Russia’s <b>bold</b> & co. "
    "&amp; stays &amp;.\n\n“Fine,” he said, “we may go.”\n",
    "A headline, says US\n\nOfficials said it was very likely over. 🙂 \u00a0end",
]
TEXTS_JS = "Array.from(document.querySelectorAll('.attribution-reading .text'))" \
           ".map(e => e.textContent)"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser() as b:
        yield b


def css_string(value: str) -> str:
    """A computed CSS string value ("a\\a b") as the string it holds ("a\nb")."""
    assert value.startswith('"') and value.endswith('"'), value
    return re.sub(r"\\([0-9a-fA-F]{1,6}) ?|\\(.)",
                  lambda m: chr(int(m[1], 16)) if m[1] else m[2], value[1:-1])


def png(path: Path) -> bool:
    return path.stat().st_size > 1000 and path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("text", [*TEXTS, seed_article()], ids=["marks", "headline", "seed"])
def test_the_reading_page_shows_the_input_exactly(
    browser: Browser, tmp_path: Path, text: str
) -> None:
    page = tmp_path / "page.html"
    page.write_text(attribution.render(attribution.analyze(text), page=True), encoding="utf-8")
    log = browser.open(page)
    assert browser.evaluate(TEXTS_JS) == [text]
    assert log.errors == [] and log.fetched == []
    assert png(browser.screenshot(tmp_path / "page.png"))


def test_hovering_a_quote_shows_speaker_kind_cue_and_confidence(
    browser: Browser, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    result = attribution.analyze(TEXTS[0])
    page.write_text(attribution.render(result, page=True), encoding="utf-8")
    browser.open(page)
    rect = browser.evaluate(
        "(() => { const r = document.querySelector('.q').getClientRects()[0];"
        " return [r.x + r.width / 2, r.y + r.height / 2]; })()")
    browser.hover(*rect)
    tip = browser.evaluate(
        "getComputedStyle(document.querySelector('.q'), '::after').content")
    first = result.quotes[0]
    assert first.speaker is not None and first.cue is not None
    assert css_string(tip) == (f"{first.speaker.name} ({first.speaker.kind})\n"
                               f"{first.kind} quote\ncue: {first.cue.text}\n"
                               f"confidence {first.confidence:.2f}")
    hidden = browser.evaluate(
        "getComputedStyle(document.querySelectorAll('.q')[1], '::after').content")
    assert hidden == "none"  # only the quote under the pointer shows its details
    assert png(browser.screenshot(tmp_path / "hover.png", full_page=False))


def test_the_command_line_page_of_several_files(browser: Browser, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    files = []
    for n, text in enumerate(TEXTS):
        path = tmp_path / f"{n}.txt"
        path.write_bytes(text.encode("utf-8"))
        files.append(str(path))
    result = CliRunner().invoke(app, ["analyze", *files, "--format", "html"])
    assert result.exit_code == 0, result.output
    page = tmp_path / "page.html"
    page.write_text(result.stdout, encoding="utf-8")
    log = browser.open(page)
    # The page writes the carriage return as "&#13;": it reads back whole.
    assert browser.evaluate(TEXTS_JS) == TEXTS
    assert log.errors == [] and log.fetched == []


@pytest.mark.slow  # a long run: CI's slow set runs it
def test_the_report_draws_its_charts_offline(browser: Browser, tmp_path: Path) -> None:
    pytest.importorskip("altair")
    pytest.importorskip("vl_convert")
    evil = "</script><script>document.title='pwned'</script>"
    results = [
        (attribution.analyze("Mary Smith said the ward was full. Officials said so."),
         {"outlet": "nyt"}),
        (attribution.analyze("“We will win,” said John Brown. She said no."),
         {"outlet": evil}),
    ]
    report = attribution.profile(results, by="outlet").to_html(title="Test report")
    page = tmp_path / "report.html"
    page.write_text(report, encoding="utf-8")
    log = browser.open(page, width=1300)
    browser.wait_for("document.querySelectorAll('.chart svg').length === 5")
    assert log.errors == [] and log.fetched == []
    assert browser.evaluate("document.title") == "Test report"
    assert browser.evaluate("document.querySelectorAll('script').length") == 6
    drawn = browser.evaluate("document.querySelector('.chart svg').textContent")
    assert "nyt" in drawn and evil[:20] in drawn  # the group's name, as text (cut short)
    assert png(browser.screenshot(tmp_path / "report.png"))
