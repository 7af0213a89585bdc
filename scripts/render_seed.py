"""Draw the seed article's quotes, speakers and hedges with displaCy.

    python scripts/render_seed.py [ARTICLE] [--out docs/seed.html] [--model NAME]

Reads the article (default ``../shared/seed/article.txt`` beside the repository), runs
the Analyzer (rules backend unless ``--model`` names a spaCy pipeline) and writes a
whole HTML page made by :func:`attribution.render`. The output depends only on the
text, the model and the code, so rerunning it after a change shows what changed. A PNG
of the page can be taken with headless Chromium, for example::

    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \\
        --screenshot=docs/seed.png --window-size=1000,3700 docs/seed.html

(raise the height if the page grows).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import attribution

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = ROOT.parent / "shared" / "seed" / "article.txt"
DEFAULT_OUT = ROOT / "docs" / "seed.html"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("article", nargs="?", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--model", default=None, help="a spaCy pipeline name (default: rules)")
    args = parser.parse_args(argv)

    text = args.article.read_text(encoding="utf-8")
    analysis = attribution.Analyzer(model=args.model).analyze(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(attribution.render(analysis, page=True), encoding="utf-8")
    print(
        f"{args.out}: {len(analysis.quotes)} quotes, {len(analysis.speakers)} speakers, "
        f"{len(analysis.hedges)} hedges"
    )


if __name__ == "__main__":
    main()
