"""A tokenizer wrapper that keeps spaCy's tokenizer linear on runs without spaces.

spaCy's English tokenizer strips one prefix and one suffix per loop over a
whitespace-free run, searching and copying the rest of the run each time, so a run of n
punctuation marks ("““““…", "!!!!…") costs about n²/4 characters of regular-expression
search: 100,000 quote marks in a row take hours. Ordinary text has no runs longer than a
long URL. This wrapper tokenizes any run longer than :data:`RUN_LIMIT` characters in
pieces of that size and joins the pieces with :meth:`Doc.from_docs`, so the text and
every offset stay exactly those of the input; tokens only ever split differently inside
such a run.

The analyzer wraps the tokenizer of the blank pipeline it builds itself; a pipeline a
user passes in keeps its own tokenizer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import regex
from spacy.tokens import Doc

__all__ = ["RUN_LIMIT", "RunSplittingTokenizer"]

RUN_LIMIT = 256
_LONG_RUN = regex.compile(rf"\S{{{RUN_LIMIT + 1},}}+")
# The same test for the common case, several times faster: the standard library's
# engine, tried only where a run starts. Its \s also counts U+001C..U+001F as space and
# regex's does not, so those four are added back to the run's characters.
_NOT_SPACE = r"[\S\x1c-\x1f]"
_HAS_LONG_RUN = re.compile(rf"(?<!{_NOT_SPACE}){_NOT_SPACE}{{{RUN_LIMIT + 1}}}")
# A run longer than RUN_LIMIT covers a whole aligned block of this many characters, so a
# text with a space in every block has none; ``str.find`` checks that without a regex.
_BLOCK = (RUN_LIMIT + 2) // 2


class RunSplittingTokenizer:
    """Calls the wrapped tokenizer, in pieces where a whitespace-free run is too long.

    Attributes are read from and written to the wrapped tokenizer, so code that tunes
    ``nlp.tokenizer.prefix_search`` and the like still works.
    """

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        object.__setattr__(self, "_inner", inner)

    def __call__(self, text: str) -> Doc:
        inner = self._inner
        if not _may_have_long_run(text) or _HAS_LONG_RUN.search(text) is None:
            doc: Doc = inner(text)
            return doc
        docs = [inner(piece) for piece in _pieces(text) if piece]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts: Any, batch_size: int = 1000) -> Any:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._inner, name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        return (RunSplittingTokenizer, (self._inner,))


def _may_have_long_run(text: str) -> bool:
    """False when every whole block of the text holds a space (most texts, checked
    several times faster than by the regular expression); True calls for the full test."""
    find = text.find
    return any(find(" ", i, i + _BLOCK) < 0 for i in range(0, len(text) - _BLOCK + 1, _BLOCK))


def _pieces(text: str) -> list[str]:
    """``text`` cut inside its long runs every RUN_LIMIT characters, nowhere else."""
    out: list[str] = []
    pos = 0
    for m in _LONG_RUN.finditer(text):
        cut = m.start() + RUN_LIMIT
        while cut < m.end():
            out.append(text[pos:cut])
            pos = cut
            cut += RUN_LIMIT
    out.append(text[pos:])
    return out
