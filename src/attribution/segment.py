"""Token view, sentences and paragraphs of a Doc, computed once per document.

Every later stage reads the token arrays built here instead of touching spaCy tokens
again, so the document is walked in Python exactly once. Sentences come from a
punctuation rule that keeps a closing quote with its sentence (a parser's sentences
split inside quotations, so they are not used); a paragraph break (a blank line, a line
break before a capitalised line, U+2029) also ends a sentence, so headlines and bylines
never run into the first line of the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

import regex
from numpy.typing import NDArray
from spacy.tokens import Doc

SENT_END_CHARS = frozenset(".!?…")
CLOSERS = frozenset("\"'”’»›」』)]}")
OPENERS = frozenset("\"'“‘«‹「『„‚([{")
PARA_CHARS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")
# Abbreviations the tokenizer splits from their full stop ("No", ".", "2"): the stop
# ends no sentence.
SPLIT_ABBREVIATIONS = frozenset(
    ["no", "nos", "lt", "approx", "sgt", "col", "capt", "cmdr",
     # titles before a name ("said Fr. Michael Kelly", "Brig. Gen. Pat Ryder")
     "fr", "hon", "engr", "atty", "brig", "maj", "msgr", "cpl", "pte", "pvt", "adm", "cdr",
     "ald", "smt", "supt", "insp", "det",
     # plural titles, for pipelines that split them ("Sens. Cruz and Rubio")
     "sens", "reps", "govs", "gens", "drs", "profs", "lts", "cols"]
)
# An abbreviation's stop that also ends the sentence: "… in the U.S. He says …". Only
# before words that start sentences and never follow a title ("Gov. He" never occurs).
_ABBREV_THEN_START = regex.compile(
    r"(?<=\w\.)[ \t]+(?=(?:He|She|It|They|We|I|The|This|That|These|Those|There|But|"
    r"And|Yet|So|His|Her|Their|Its|Our|My|However|Meanwhile|Still|In|On|At|A|An)\b|[“\"]\p{Lu})"
)
# Where it can match: a stop, spaces, then a capital that starts one of those words or a
# quote mark. The standard library's engine finds these quickly (a literal first).
_STOP_THEN_START = re.compile(r"\.[ \t]+(?=[HSITWBAYMO“\"])")


@dataclass(frozen=True, slots=True)
class Annotations:
    """Which evidence the Doc carries: sentence boundaries, tags, a parse, entities."""

    sents: bool = False
    pos: bool = False
    dep: bool = False
    ents: bool = False


@dataclass(slots=True)
class DocView:
    """Flat per-token arrays of a Doc, plus sentence and paragraph ranges.

    ``words[i]`` is token i's text, ``lower[i]`` its lower case, ``starts[i]``/``ends[i]``
    its character offsets; ``sent_of[i]`` and ``para_of[i]`` index ``sents`` and
    ``paras``, which hold ``(first_token, end_token)`` pairs. Space tokens belong to the
    sentence before them.
    """

    doc: Doc
    text: str
    words: list[str]
    lower: list[str]
    starts: list[int]
    ends: list[int]
    is_space: list[bool]
    sents: list[tuple[int, int]]
    sent_of: list[int]
    paras: list[tuple[int, int]]
    para_of: list[int]
    annotations: Annotations = Annotations()
    pos: list[str] | None = None  # a statistical pipeline's coarse tags, if it set them
    ents: list[str] | None = None  # its entity labels per token ("" outside entities)
    # What the stages derive from the view once per document and share (the tagger).
    memo: dict[object, Any] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.words)

    def char_span(self, first: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens ``first .. end-1``."""
        return self.starts[first], self.ends[end - 1]

    def token_at(self, char: int) -> int:
        """Index of the token containing or following character ``char``."""
        return bisect.bisect_right(self.ends, char)

    def token_before(self, char: int) -> int:
        """Index of the last token that starts before character ``char`` (or -1)."""
        return bisect.bisect_left(self.starts, char) - 1


def is_para_break(space: str, prev_word: str, next_word: str) -> bool:
    """Does this whitespace token separate paragraphs (or a headline from the text)?"""
    if "\u2029" in space or "\x0c" in space:
        return True
    if space.count("\n") + space.count("\r") - space.count("\r\n") >= 2:
        return True
    if not any(c in PARA_CHARS for c in space):
        return False
    # A single line break: a paragraph break unless the next line visibly continues a
    # hard-wrapped sentence (it starts in lower case after a word that ends mid-clause).
    if not next_word:
        return True
    return not (next_word[0].islower() and prev_word and prev_word[-1] not in SENT_END_CHARS)


_ARRAY_ATTRS: list[int | str] = [
    "IDX", "LENGTH", "IS_SPACE", "SENT_START", "POS", "DEP", "ENT_IOB", "IS_PUNCT"
]


def _lower_words(text: str, words: list[str], starts: list[int], ends: list[int]) -> list[str]:
    """Each token in lower case, as it reads in the lower-cased text.

    Word by word is quicker and the same, except for the one letter whose lower case
    depends on its neighbours: a capital sigma is final (ς) at the end of a word, which
    the whole text shows and a token may not. Its text is lowered whole and sliced,
    unless a letter changes length in lower case ("İ"), which would shift the slices.
    """
    if "\u03a3" in text:
        lowered = text.lower()
        if len(lowered) == len(text):
            return [lowered[a:b] for a, b in zip(starts, ends, strict=True)]
    return list(map(str.lower, words))


def tokens_in(words: list[str], forms: AbstractSet[str]) -> list[int]:
    """The indices of the ``words`` that are in ``forms``, in order: ``[i for i, w in
    enumerate(words) if w in forms]``, picked at C speed (a stage that reads only some
    words of an article finds them so, rather than visiting every token in Python)."""
    return list(itertools.compress(range(len(words)), map(forms.__contains__, words)))


def _annotations(arr: NDArray[Any] | None) -> Annotations:
    """The evidence flags, from the columns SENT_START, POS, DEP, ENT_IOB of ``arr``."""
    if arr is None:
        return Annotations()
    sents = bool(len(arr) > 1 and arr[1:, 3].any())
    if not arr[:, 4:7].any():  # a blank pipeline's Doc: one quick test
        return Annotations(sents=sents)
    pos, dep, ents = (bool(arr[:, k].any()) for k in (4, 5, 6))
    return Annotations(sents=sents, pos=pos, dep=dep, ents=ents)


def _ranges(begins: list[bool]) -> tuple[list[tuple[int, int]], list[int]]:
    """The ``(first, end)`` ranges that start at the flagged tokens (and at token 0),
    and the range index of every token."""
    n = len(begins)
    spans: list[tuple[int, int]] = []
    of: list[int] = []
    begin = 0
    for i in itertools.compress(range(n), begins):
        if i > begin:
            of.extend([len(spans)] * (i - begin))
            spans.append((begin, i))
            begin = i
    if n > begin:
        of.extend([len(spans)] * (n - begin))
        spans.append((begin, n))
    return spans, of


def build_view(doc: Doc, text: str | None = None) -> DocView:
    """The view of ``doc``; pass ``text`` when it is at hand (``doc.text`` re-joins
    every token). Page furniture is cut out before (:mod:`attribution.prose`)."""
    if text is None:
        text = doc.text
    n = len(doc)
    # One C-level export instead of a Python Token object per token.
    arr = doc.to_array(_ARRAY_ATTRS) if n else None
    if arr is None:
        starts: list[int] = []
        is_space: list[bool] = []
        candidates: list[int] = []
    else:
        starts = arr[:, 0].tolist()
        is_space = arr[:, 2].astype(bool).tolist()
        # Only spaces and punctuation can end a sentence or a paragraph.
        candidates = ((arr[:, 2] + arr[:, 7]) > 0).nonzero()[0].tolist()
    ends = (arr[:, 0] + arr[:, 1]).tolist() if arr is not None else []
    words = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    lower = _lower_words(text, words, starts, ends)
    flags = _annotations(arr)

    # The parser's sentences are not used: they split inside quotations ('“We won.
    # They lost,” he said'), where the punctuation rule below keeps the source with its
    # quote. Paragraph breaks end sentences either way.
    parsed_sents = False
    sent_start_flags: list[bool] = [False] * n
    if parsed_sents and arr is not None:
        sent_start_flags = [v == 1 for v in arr[:, 3].tolist()]

    para_start_flags: list[bool] = [False] * n
    if n:
        para_start_flags[0] = True
        sent_start_flags[0] = True

    # Paragraph breaks at line-break whitespace; sentence ends after terminal
    # punctuation (and any closing quotes/brackets) before a capital, a digit or an
    # opening mark. Only the tokens that can end something are visited.
    for i in candidates:
        w = words[i]
        if is_space[i]:
            if i + 1 < n and is_para_break(w, words[i - 1] if i else "", words[i + 1]):
                para_start_flags[i + 1] = True
                sent_start_flags[i + 1] = True
            continue
        if (
            parsed_sents
            or w[-1] not in SENT_END_CHARS
            or not (len(w) == 1 or w in ("...", "?!", "!?") or w[-1] in "!?…")
        ):
            continue
        if (
            w == "."
            and i
            and ends[i - 1] == starts[i]
            and lower[i - 1] in SPLIT_ABBREVIATIONS
            and words[i - 1][:1].isupper()
            and (lower[i - 1] not in ("no", "nos") or (i + 1 < n and words[i + 1][:1].isdigit()))
        ):
            continue  # "the No. 2 Republican", "Lt. Gen. Flynn"; a quoted "No." ends one
        # A sentence may end here: look past closing marks for what comes next.
        j = i + 1
        while j < n:
            c = words[j][0]
            if is_space[j]:
                j += 1  # extra spaces; a paragraph break also marks its own start
                continue
            if c in CLOSERS and c not in "\"'”":
                j += 1
                continue
            if c in "\"'”":
                # A straight mark after a full stop: closing if it hugs the stop (or a
                # closing mark), not when a space token comes between: ". \n\"", ".\xa0\"";
                # so is "”", which opens too in the Swedish and Finnish style (”…”).
                if starts[j] == ends[j - 1] and not is_space[j - 1]:
                    j += 1
                    continue
                sent_start_flags[j] = True
            elif c.isupper() or c.isdigit() or c in OPENERS:
                sent_start_flags[j] = True
            break

    for stop in _STOP_THEN_START.finditer(text):
        m = _ABBREV_THEN_START.match(text, stop.start() + 1)
        if m is None:
            continue
        # The stop belongs to a longer token ("U.S.", "D.C.", "Calif."); a lone "."
        # was judged above.
        i = bisect.bisect_right(starts, m.start() - 1) - 1
        if 0 <= i < n - 1 and len(words[i]) > 1 and words[i][-1] == ".":
            j = bisect.bisect_left(starts, m.end())
            if j < n and not para_start_flags[j]:
                sent_start_flags[j] = True

    sents, sent_of = _ranges(sent_start_flags)
    paras, para_of = _ranges(para_start_flags)
    return DocView(
        doc=doc,
        text=text,
        words=words,
        lower=lower,
        starts=starts,
        ends=ends,
        is_space=is_space,
        sents=sents,
        sent_of=sent_of,
        paras=paras,
        para_of=para_of,
        annotations=flags,
        pos=[t.pos_ for t in doc] if flags.pos else None,
        ents=[t.ent_type_ for t in doc] if flags.ents else None,
    )
