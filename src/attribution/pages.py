"""What the library's HTML pages share: escaping, the sources' colours, the page shell.

Every string that comes from a text, a file name or a result goes through :func:`text`
or :func:`attr` before it is put in a page, so that no input can open an element or an
attribute. Both keep every character a browser can show as it is: ``text(s)`` read back
as a text node's content is ``s`` itself, except for NUL (which HTML drops) and lone
surrogates (which no page can encode), both shown as U+FFFD; a carriage return is
written as ``&#13;`` because HTML would read a raw one as a line feed.
"""

from __future__ import annotations

import html
import re

__all__ = ["NO_SOURCE", "PALETTE", "attr", "dark", "page", "swatch", "text"]

_UNSHOWABLE = re.compile("[\x00\ud800-\udfff]")

#: Background colours of the sources' quotes, in order of first quote (ColorBrewer's
#: Set3 and Paired light tones: dark text stays readable on each). Past the twelfth
#: source the colours come round again.
PALETTE = (
    "#8dd3c7", "#ffed6f", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#bc80bd", "#ccebc5", "#a6cee3", "#e5c494",
)
#: The colour of a quote with no speaker.
NO_SOURCE = "#dcdcdc"


def text(s: str) -> str:
    """``s`` as the content of an element."""
    out = html.escape(_UNSHOWABLE.sub("\ufffd", s), quote=False)
    return out.replace("\r", "&#13;")


def attr(s: str) -> str:
    """``s`` as the value of a double-quoted attribute."""
    out = html.escape(_UNSHOWABLE.sub("\ufffd", s), quote=True)
    return out.replace("\r", "&#13;").replace("\n", "&#10;")


def swatch(index: int | None) -> str:
    """The colour of the source numbered ``index`` (from 0), grey for ``None``."""
    return NO_SOURCE if index is None else PALETTE[index % len(PALETTE)]


def dark(colour: str, factor: float = 0.55) -> str:
    """A darker tone of a ``#rrggbb`` colour, for lines drawn in a source's colour."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(c * factor) for c in (r, g, b)))


def page(title: str, style: str, body: str, head: str = "") -> str:
    """A whole HTML page; ``title`` is escaped here, ``style``, ``head`` and ``body`` are
    markup the caller made safe."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{text(title)}</title>\n<style>\n{style}</style>\n{head}</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )
