"""Reading what the library's pages show, for the tests."""

from __future__ import annotations

import html.parser


class ReadingText(html.parser.HTMLParser):
    """The text content of each ``<div class="text">`` of a reading page, exactly."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.articles: list[str] = []
        self.depth = 0  # open elements inside the current text div; 0: outside one
        self.feed(page)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth:
            self.depth += 1
        elif tag == "div" and ("class", "text") in attrs:
            self.depth = 1
            self.articles.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.articles[-1] += data


def shown(text: str) -> str:
    """What a page can show of ``text``: NUL and lone surrogates as U+FFFD."""
    return "".join("\ufffd" if c == "\0" or "\ud800" <= c <= "\udfff" else c for c in text)
