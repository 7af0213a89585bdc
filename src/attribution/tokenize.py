"""The protected tokenizer: linear on any input, safe on any ``str``, same offsets.

spaCy's tokenizer has three weak spots on text scraped from the web, and
:class:`ProtectedTokenizer` wraps any spaCy tokenizer to close them:

* **Runs without spaces.** spaCy's English tokenizer strips one prefix and one suffix per
  loop over a whitespace-free run, searching and copying the rest of the run each time,
  so a run of n punctuation marks ("““““…", "!!!!…") costs about n²/4 characters of
  regular-expression search: 100,000 quote marks in a row take hours. Ordinary text has
  no runs longer than a long URL. A run longer than :data:`RUN_LIMIT` characters is
  tokenized in pieces of that size, joined with :meth:`Doc.from_docs`; tokens only ever
  split differently inside such a run.
* **Lone surrogates** (from bad UTF-16 or ``surrogateescape`` decoding) are valid in a
  Python ``str`` but cannot be encoded, and spaCy raises ``UnicodeEncodeError``.
* **No-break and other Unicode spaces** become tokens of their own in the middle of a
  phrase ("Mr.\\xa0Kamp", "this\\xa0source told the Post").

For the last two the tokenizer reads a same-length stand-in (:func:`stand_in`: U+FFFD
for a lone surrogate, a plain space for a Unicode space), so ``doc.text`` holds the
stand-in and every offset is that of the input. The input itself is kept in
``doc.user_data`` (it survives ``Doc.to_bytes``, ``DocBin`` and ``nlp.pipe(n_process=...)``)
and :func:`source_text` gives it back; the ``attribution`` component reads its spans from
it, so ``doc._.quotes`` quote the input exactly as ``Analyzer.analyze`` does.

:func:`blank_english` is the pipeline the Analyzer builds by default: spaCy's blank
English with two tokenizer rules for news (closing quote marks glued to the next word
split off; plural titles such as "Sens." kept whole), protected. Its tokenizer is
registered as ``attribution.Tokenizer.v1``, so a pipeline of your own can use it::

    config = {"nlp": {"tokenizer": {"@tokenizers": "attribution.Tokenizer.v1"}}}
    nlp = spacy.blank("en", config=config)

``nlp.add_pipe("attribution")`` protects the pipeline's own tokenizer (:func:`protect`)
unless its config says ``protect_tokenizer = false``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import regex
import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc
from spacy.util import registry

__all__ = [
    "MEMO_CHARS",
    "MEMO_SIZE",
    "RUN_LIMIT",
    "SOURCE_KEY",
    "TOKENIZER_NAME",
    "UNICODE_SPACES",
    "ProtectedTokenizer",
    "RunSplittingTokenizer",
    "blank_english",
    "create_tokenizer",
    "protect",
    "source_text",
    "stand_in",
]

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

# Characters read through a same-length stand-in: lone surrogates as U+FFFD, no-break and
# other Unicode spaces as a plain space.
UNICODE_SPACES = "\xa0" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_STAND_IN = re.compile(f"[\ud800-\udfff{UNICODE_SPACES}]")
# Replaced by two substitutions of a constant (in C), several times quicker than
# ``str.translate`` with a table of 2,000 surrogates, which looks up every character.
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNICODE_SPACE = re.compile(f"[{UNICODE_SPACES}]")

#: The ``doc.user_data`` key under which a protected tokenizer keeps the input when the
#: Doc holds a stand-in: the input encoded as UTF-8 with ``surrogatepass``.
SOURCE_KEY = "attribution.source_text"


def stand_in(text: str) -> str | None:
    """The same-length text to analyse in place of ``text``, or None if it is itself.

    Lone surrogates become U+FFFD (spaCy cannot encode them), no-break and other Unicode
    spaces a plain space (each would be a token of its own inside a phrase).
    """
    if _STAND_IN.search(text) is None:
        return None
    return _UNICODE_SPACE.sub(" ", _SURROGATE.sub("\ufffd", text))


def source_text(doc: Doc, text: str | None = None) -> str:
    """The text ``doc`` was made from: the input a protected tokenizer kept when it read
    a stand-in, else ``doc.text`` (pass it as ``text`` when it is at hand)."""
    if text is None:
        text = doc.text
    data = doc.user_data.get(SOURCE_KEY)
    if isinstance(data, (bytes, bytearray)):
        source = bytes(data).decode("utf-8", "surrogatepass")
        if len(source) == len(text):
            return source
    return text


class ProtectedTokenizer:
    """Calls the wrapped tokenizer on the stand-in of the text, in pieces where a
    whitespace-free run is too long (see the module docstring).

    Attributes are read from and written to the wrapped tokenizer, so code that tunes
    ``nlp.tokenizer.prefix_search`` and the like, ``nlp.to_disk`` and
    ``nlp.memory_zone()`` still work.
    """

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        if isinstance(inner, ProtectedTokenizer):
            inner = inner.inner
        object.__setattr__(self, "_inner", inner)

    @property
    def inner(self) -> Callable[[str], Doc]:
        """The wrapped tokenizer."""
        inner: Callable[[str], Doc] = self._inner
        return inner

    def __call__(self, text: str) -> Doc:
        proxy = stand_in(text) if isinstance(text, str) else None
        doc = self._split_runs(text if proxy is None else proxy)
        if proxy is not None:
            doc.user_data[SOURCE_KEY] = text.encode("utf-8", "surrogatepass")
        return doc

    def _split_runs(self, text: str) -> Doc:
        inner = self._inner
        if not _may_have_long_run(text) or _HAS_LONG_RUN.search(text) is None:
            doc: Doc = inner(text)
            return doc
        docs = [inner(piece) for piece in _pieces(text) if piece]
        return Doc.from_docs(docs, ensure_whitespace=False)

    def pipe(self, texts: Any, batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._inner, name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        return (ProtectedTokenizer, (self._inner,))


#: The earlier name of :class:`ProtectedTokenizer`, which only split long runs.
RunSplittingTokenizer = ProtectedTokenizer


def protect(nlp: Language) -> Language:
    """Wrap ``nlp.tokenizer`` in a :class:`ProtectedTokenizer` (once); returns ``nlp``."""
    if not isinstance(nlp.tokenizer, ProtectedTokenizer):
        nlp.tokenizer = ProtectedTokenizer(nlp.tokenizer)
    return nlp


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


# --- the news rules of the blank English pipeline --------------------------------------

# Scraped news often drops the space after a closing quote ('“I love it!”Former
# governor …', '“Fine,”he said'), which spaCy's English rules leave as one token
# ("it!”Former"). These infixes split such a token at the mark: a word, the sentence
# or clause punctuation, the closing mark, and the next word.
_QUOTE_INFIXES = (
    r"(?<=[^\W\d_][.,!?;:…])(?=[”’\"])",
    r"(?<=[^\W\d_])(?=[.,!?;:…][”’\"][^\W\d_])",
    r"(?<=[.,!?;:…][”’\"])(?=[^\W\d_])",
    r"(?<=^[-–—])(?=[A-Z])",  # '“…” -Michelle Marks': a credit's dash
)
_NOT_EMOTICONS = frozenset(["):", ")-:", "(:", "[:"])
# Special cases that only repeat what the rules do anyway (each is one token of its own
# text either way). spaCy stops caching a text's pieces once any special case has
# matched in it (its ``has_special`` flag is never reset), so an article's paragraph
# breaks and dashes would leave every later piece uncached: without them, more of an
# article's pieces are read from the cache. (Only a Doc's first token differs: pushed
# from the rules, it is flagged a sentence start, as every other first token is.)
_PLAIN_SPECIALS = frozenset([" ", "\t", "\n", "\u2014"])
# Plural titles keep their full stop, as spaCy's "Sen." and "Gov." do: "Sens. Ted Cruz
# and Marco Rubio" is no sentence end.
PLURAL_TITLES = ("Sens.", "Reps.", "Govs.", "Gens.", "Drs.", "Profs.", "Lts.", "Cols.")


class _Memoised(dict[str, Any]):
    """The answers of a tokenizer's search (``prefix_search``, ``suffix_search``,
    ``infix_finditer``, ``url_match``) for the short strings it was asked about: its
    bound ``__getitem__`` stands in for the search.

    spaCy caches how it splits each whitespace-free piece of text, but only until the
    first special case of a text has matched ("Sen.", "don't", "p.m."): the rest of that
    text goes through the affix rules again, piece by piece, every time it is seen.
    Their regular expressions are the tokenizer's largest cost, and the same pieces come
    back ("said.", "Trump's"), so each answer is kept (up to :data:`MEMO_SIZE` strings
    of at most :data:`MEMO_CHARS` characters; then the memory starts again), and one
    asked again is read by ``dict.__getitem__`` alone. An answer is that of the search:
    a match object or None, or a tuple of the matches of a ``finditer``. ``pattern`` is
    the search's, which ``Tokenizer.to_bytes`` reads (as ``search.__self__.pattern``).
    """

    def __init__(self, search: Callable[[str], Any], many: bool = False) -> None:
        super().__init__()
        self.search = search
        self.many = many
        self.pattern = getattr(getattr(search, "__self__", None), "pattern", None)

    def __missing__(self, string: str) -> Any:
        found = self.search(string)
        if self.many:
            found = tuple(found)
        if len(string) <= MEMO_CHARS:
            if len(self) >= MEMO_SIZE:
                self.clear()
            self[string] = found
        return found

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Memoised, (self.search, self.many))


#: How many strings an affix search remembers, and the longest it remembers.
MEMO_SIZE = 1 << 16
MEMO_CHARS = 64


#: The name the news tokenizer is registered under in spaCy's ``tokenizers`` registry.
TOKENIZER_NAME = "attribution.Tokenizer.v1"


def create_tokenizer() -> Callable[[Language], ProtectedTokenizer]:
    """spaCy's rule-based tokenizer for the language, with the news rules above, protected
    (registered as ``attribution.Tokenizer.v1``)."""
    default = registry.tokenizers.get("spacy.Tokenizer.v1")()

    def make(nlp: Language) -> ProtectedTokenizer:
        tokenizer: Any = default(nlp)
        infixes: list[Any] = [*(nlp.Defaults.infixes or ()), *_QUOTE_INFIXES]
        tokenizer.infix_finditer = _Memoised(
            spacy.util.compile_infix_regex(infixes).finditer, many=True
        ).__getitem__
        for attr in ("prefix_search", "suffix_search", "url_match"):
            search = getattr(tokenizer, attr)
            if search is not None:
                setattr(tokenizer, attr, _Memoised(search).__getitem__)
        # "Rep. Trey Gowdy (R-S.C.): “…”" is news; the emoticon "):" is not.
        tokenizer.rules = {
            k: v for k, v in tokenizer.rules.items()
            if k not in _NOT_EMOTICONS and not (k in _PLAIN_SPECIALS and v == [{ORTH: k}])
        }
        for title in PLURAL_TITLES:
            tokenizer.add_special_case(title, [{ORTH: title}])
        return ProtectedTokenizer(tokenizer)

    return make


registry.tokenizers.register(TOKENIZER_NAME, func=create_tokenizer)


def blank_english() -> Language:
    """spaCy's blank English with the news tokenizer (``attribution.Tokenizer.v1``)."""
    return spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME}}})

