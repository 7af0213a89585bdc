"""Regenerate the pictures of the pages in docs/, with headless Chromium.

    python scripts/screenshots.py [--data ../shared/data] [--article ARTICLE] [--out docs]

* ``seed.html``, ``seed.png``: the reading page of the seed article (``--article``,
  default ``../shared/seed/article.txt``, else the copy the package ships), whole;
* ``seed-hover.png``: the same page with the pointer on a quote, showing its details;
* ``polnear-dev-report.png``: the corpus report of PolNeAR dev by publisher
  (``benchmarks/sourcing.py``; skipped with a note when ``--data`` has no PolNeAR).

Chromium is driven through the DevTools protocol (``tests/browser_support.py``); the
pictures depend only on the texts, the code and the browser's fonts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "benchmarks")]

import attribution  # noqa: E402
from attribution.cli import seed_article  # noqa: E402
from browser_support import Browser  # noqa: E402

DEFAULT_ARTICLE = ROOT.parent / "shared" / "seed" / "article.txt"
DEFAULT_DATA = ROOT.parent / "shared" / "data"
HOVER_QUOTE = "The Kremlin should be alarmed"


def reading(browser: Browser, text: str, out: Path) -> None:
    page = out / "seed.html"
    page.write_text(attribution.render(attribution.analyze(text), page=True), encoding="utf-8")
    log = browser.open(page, width=1200, height=900)
    if log.errors or log.fetched:
        sys.exit(f"{page}: errors {log.errors}, fetched {log.fetched}")
    browser.screenshot(out / "seed.png")
    found = browser.evaluate(
        "(() => { const q = Array.from(document.querySelectorAll('.q')).find(e => "
        f"e.textContent.includes({HOVER_QUOTE!r})); if (!q) return null;"
        " q.scrollIntoView({block: 'center'}); const r = q.getClientRects()[0];"
        " return [r.x + r.width / 3, r.y + r.height / 2]; })()")
    if found is None:
        sys.exit(f"no quote holding {HOVER_QUOTE!r} to hover over")
    browser.hover(*found)
    browser.screenshot(out / "seed-hover.png", full_page=False)
    print(f"wrote {page}, seed.png, seed-hover.png")


def report(browser: Browser, data: Path, out: Path) -> None:
    if not (data / "polnear" / "metadata.tsv").exists():
        print(f"no PolNeAR under {data}: the report's picture is not remade (pass --data)")
        return
    from sourcing import polnear_profile

    prof, _, _ = polnear_profile(data, "dev", "publisher")
    page = out / "polnear-dev-report.html"
    page.write_text(prof.to_html(title="Who is quoted in PolNeAR dev, by publisher"),
                    encoding="utf-8")
    try:
        log = browser.open(page, width=1300, height=900)
        browser.wait_for("document.querySelectorAll('.chart svg').length === 5")
        if log.errors or log.fetched:
            sys.exit(f"{page}: errors {log.errors}, fetched {log.fetched}")
        browser.screenshot(out / "polnear-dev-report.png")
    finally:
        page.unlink()  # 900 kB of JavaScript: the picture is what docs/ keeps
    print("wrote polnear-dev-report.png")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--article", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    text = (args.article.read_text(encoding="utf-8") if args.article.exists()
            else seed_article())
    args.out.mkdir(parents=True, exist_ok=True)
    with Browser() as browser:
        reading(browser, text, args.out)
        report(browser, args.data, args.out)


if __name__ == "__main__":
    main()
