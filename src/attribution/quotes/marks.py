"""Quote-mark pairing: where quoted stretches begin and end.

News uses many mark styles: "straight", “curly”, ‘single’, «guillemets» (and the
reversed »Danish« style), „German“, ‚low single‘, ‹single guillemets›, 「corner
brackets」. A single closing mark doubles as the apostrophe (don’t, Russia’s, the ’90s),
so a mark's role is read from its flanks, as CommonMark reads emphasis delimiters: a
mark followed by text and preceded by space or an opening bracket can open, one preceded
by text and followed by space or punctuation can close, and a mark between two letters
or before a year is an apostrophe.

Pairing runs once over the marks with a bounded stack, so it is linear in the text
however the marks fall. A quote that runs over several paragraphs (each opens with a
mark, only the last closes; the newspaper convention) is one region. A mark left open
at a paragraph end that the next paragraph does not continue is closed there
(``closed=False``): an unbalanced mark never costs the rest of the text, unlike
counting-based extractors that reject the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["QUOTE_CHARS", "QuoteRegion", "find_quote_regions"]

QUOTE_CHARS = "\"'“”„‟‘’‚‛«»‹›「」『』＂"
_LINEBREAK = "\n\r\u2028\u2029\x85\x0b\x0c"
# One match per quote mark ("''" and "``" count as one) and per run of line breaks
# (with the blanks after each), but none for a single mark between two letters or digits
# (an apostrophe). Written to start with a character class, which lets the standard
# library's engine skip to the next candidate at C speed; what a match takes after its
# first character depends on that character. ([^\W_] is exactly str.isalnum.)
_MARKS = "\"“”„‟‘’‚‛«»‹›「」『』＂"
_BREAKS = "\\n\\r\\u2028\\u2029\\x85\\x0b\\x0c"
_SCAN = re.compile(
    rf"[{_MARKS}'`{_BREAKS}](?!(?<=[^\W_][’'‘])[^\W_])"  # not an apostrophe: don’t, Russia’s
    rf"(?:(?<=`)`|(?<=\S')(?='')|(?<=')'?|(?<=[{_BREAKS}])[ \t\u00a0]*+"
    rf"(?:[{_BREAKS}][ \t\u00a0]*+)*+|(?<=[{_MARKS}]))"
)
# Which closing marks end a quote opened by each opening mark.
_CLOSERS: dict[str, str] = {
    "“": '”“"',
    "„": '“”"',
    "‟": '”"',
    '"': '"”“',
    "''": "\"”''",
    "``": "''\"”",
    "＂": '＂"”',
    "”": "”",  # Swedish/Finnish style ”…”
    "‘": "’‘'",
    "‚": "‘’'",
    "‛": "’'",
    "'": "'’",
    "«": "»",
    "»": "«",  # reversed »German« style
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
}
_SINGLE_OPENERS = frozenset("‘‚‛'‹›")
_OPEN_PUNCT = frozenset("([{<—–-/:;,")
_CLOSE_FOLLOW = frozenset(".,;:!?)]}>—–-/…")
_TERMINAL = frozenset('.!?…:"”’»')
_MAX_DEPTH = 32


@dataclass(frozen=True, slots=True)
class QuoteRegion:
    """A quoted stretch: from its opening mark to just after its closing mark.

    ``closed`` is False when the text ends the quote without a closing mark (the region
    then stops at the end of its last paragraph). ``depth`` is 0 for an outermost quote.
    ``paragraphs`` counts the paragraphs it spans.
    """

    start: int
    end: int
    closed: bool
    depth: int
    paragraphs: int
    open_mark: str


@dataclass(slots=True)
class _Open:
    pos: int
    mark: str
    paragraphs: int


# Invisible format characters (bidi embeddings, zero-width spaces, BOM) that pasted
# social-media text carries before a mark: "\u202a”Isis declares …” wrote X".
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
)


def _is_space(c: str) -> bool:
    return c == "" or c.isspace() or c in _INVISIBLE


def _is_mark(c: str) -> bool:
    return c != "" and c in QUOTE_CHARS


def _rstrip_end(text: str, end: int, start: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_quote_regions(
    text: str, furniture: Sequence[tuple[int, int]] = ()
) -> list[QuoteRegion]:
    """Pair the quote marks of ``text`` into regions, outermost and nested, in order.

    ``furniture`` holds the character ranges (in text order) of page-furniture lines:
    their marks are not paired, and a quotation running over several paragraphs runs
    over them ("“A …\n\nAdvertisement\n\n“B …”" is one region)."""
    regions: list[QuoteRegion] = []
    stack: list[_Open] = []
    skip_at = -1
    n = len(text)
    lines = list(furniture)
    line = 0  # the first furniture line that does not end before the scan position

    def past_furniture(pos: int) -> int:
        """From ``pos`` (a paragraph's start), past the furniture lines that start
        there and the blanks after each."""
        nonlocal line
        while line < len(lines) and lines[line][1] <= pos:
            line += 1
        k = line
        while k < len(lines) and lines[k][0] <= pos < lines[k][1] + 1:
            pos = lines[k][1]
            while pos < n and text[pos].isspace():
                pos += 1
            k += 1
        return pos

    def flush(end: int) -> None:
        # Close what a paragraph end leaves open: only an outer double-style quote
        # becomes a region; stray single marks ('til, rock 'n' roll) are dropped.
        if stack:
            bottom = stack[0]
            if bottom.mark not in _SINGLE_OPENERS:
                stop = _rstrip_end(text, end, bottom.pos + 1)
                if stop > bottom.pos + 1:
                    regions.append(
                        QuoteRegion(bottom.pos, stop, False, 0, bottom.paragraphs, bottom.mark)
                    )
            stack.clear()

    def close_with(mark: str, pos: int) -> bool:
        for k in range(len(stack) - 1, -1, -1):
            op = stack[k]
            if _closes(mark, op.mark):
                del stack[k:]
                regions.append(
                    QuoteRegion(op.pos, pos + len(mark), True, k, op.paragraphs, op.mark)
                )
                return True
        return False

    def has_opener(marks: str) -> bool:
        return any(op.mark in marks for op in stack)

    for m in _SCAN.finditer(text):
        pos = m.start()
        if lines:
            while line < len(lines) and lines[line][1] <= pos:
                line += 1
            if line < len(lines) and lines[line][0] <= pos:
                continue  # a mark or break inside a furniture line
        c = m.group() if m.end() - pos == 2 and text[pos] in "'`" else text[pos]
        width = len(c)
        if c in _LINEBREAK:
            if not stack:
                continue
            nxt_pos = past_furniture(m.end()) if lines else m.end()
            nxt = text[nxt_pos] if nxt_pos < n else ""
            if text[nxt_pos : nxt_pos + 2] in ("''", "``"):
                nxt = text[nxt_pos : nxt_pos + 2]
            bottom = stack[0]
            if (
                nxt
                and nxt in _CLOSERS
                and ((bottom.mark in _SINGLE_OPENERS) == (nxt in _SINGLE_OPENERS))
            ):
                # The next paragraph reopens the quote: the newspaper convention for a
                # quotation that runs on. Keep the outer region open, drop inner ones.
                del stack[1:]
                bottom.paragraphs += 1
                skip_at = nxt_pos
                continue
            single_break = m.group().count("\n") + m.group().count("\r") <= 1 and not any(
                ch in m.group() for ch in "\u2029\x0c"
            )
            prev = text[_rstrip_end(text, pos, 0) - 1] if pos > 0 else ""
            if single_break and nxt[:1].islower() and prev not in _TERMINAL:
                continue  # a hard-wrapped line, the sentence goes on
            flush(pos)
            continue
        if pos == skip_at:
            continue
        prev = text[pos - 1] if pos > 0 else ""
        nxt = text[pos + width] if pos + width < n else ""
        if c in "’'‘":
            if prev.isalnum() and nxt.isalnum():
                continue  # don’t, Russia’s
            if nxt.isdigit() and not prev.isalnum():
                continue  # the ’90s
        can_open = not _is_space(nxt) and (_is_space(prev) or prev in _OPEN_PUNCT or _is_mark(prev))
        can_close = not _is_space(prev) and (
            _is_space(nxt) or nxt in _CLOSE_FOLLOW or _is_mark(nxt)
        )
        if c in "“":
            if (can_close and not can_open and has_opener('„“"“')) or (
                stack and stack[-1].mark == "„" and not can_open
            ):
                close_with(c, pos)
            elif can_open or not can_close:
                _push(stack, pos, c)
            elif has_opener('„“"'):
                close_with(c, pos)
        elif c == "”":
            # After clause punctuation it closes even when a word follows at once:
            # '“Fine,”he said' (a dropped space, common in scraped text).
            if has_opener('“„‟"＂”') and (can_close or not can_open or prev in ",.!?;:…"):
                close_with(c, pos)
            elif can_open and not can_close:
                _push(stack, pos, c)
            elif has_opener('“„‟"＂”'):
                close_with(c, pos)
        elif c in "„‟「『":
            _push(stack, pos, c)
        elif c in "」』":
            close_with(c, pos)
        elif c == "``":
            _push(stack, pos, c)
        elif c in ('"', "＂", "''"):
            top_is_straight = bool(stack) and stack[-1].mark in ('"', "＂", "“", "„", "''", "``")
            if top_is_straight and prev in ",.!?;:…" and not _is_space(nxt):
                close_with(c, pos)  # '"Fine,"he said': a dropped space after the mark
            elif can_open and not can_close:
                _push(stack, pos, c)
            elif can_close and not can_open:
                if _has_double(stack):
                    close_with(c, pos)
            elif top_is_straight or (not can_open and _has_double(stack)):
                close_with(c, pos)
            elif can_open:
                _push(stack, pos, c)
        elif c == "‘":
            if stack and stack[-1].mark == "‚" and can_close:
                close_with(c, pos)
            elif can_open:
                _push(stack, pos, c)
        elif c == "’":
            if can_close and has_opener("‘‚‛'"):
                close_with(c, pos)
        elif c == "'":
            if can_close and has_opener("‘‚‛'"):
                close_with(c, pos)
            elif can_open and not can_close:
                _push(stack, pos, c)
        elif c in "‚‛":
            if can_open:
                _push(stack, pos, c)
        elif c == "«":
            if has_opener("»") and can_close and not can_open:
                close_with(c, pos)
            else:
                _push(stack, pos, c)
        elif c == "»":
            if has_opener("«"):
                close_with(c, pos)
            elif can_open and not can_close:
                _push(stack, pos, c)
        elif c == "‹":
            if has_opener("›") and can_close and not can_open:
                close_with(c, pos)
            elif can_open:
                _push(stack, pos, c)
        elif c == "›":
            if has_opener("‹"):
                close_with(c, pos)
            elif can_open and not can_close:
                _push(stack, pos, c)
    flush(n)
    regions.sort(key=lambda r: (r.start, -r.end))
    return regions


def _closes(mark: str, opener: str) -> bool:
    closers = _CLOSERS[opener]
    if len(mark) == 2:
        return mark in closers
    return mark in closers.replace("''", "")


def _has_double(stack: list[_Open]) -> bool:
    return any(op.mark in ('"', "＂", "“", "„", "''", "``") for op in stack)


def _push(stack: list[_Open], pos: int, mark: str) -> None:
    if len(stack) < _MAX_DEPTH:
        stack.append(_Open(pos, mark, 1))
