"""Token view, sentences and paragraphs of a Doc, computed once per document.

Every later stage reads the token arrays built here instead of touching spaCy tokens
again, so the document is walked in Python exactly once. Sentences come from the Doc
when a parser or sentence recogniser set them, otherwise from a punctuation rule;
either way a paragraph break (a blank line, a line break before a capitalised line,
U+2029) also ends a sentence, so headlines and bylines never run into the first line of
the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

SENT_END_CHARS = frozenset(".!?…")
CLOSERS = frozenset("\"'”’»›」』)]}")
OPENERS = frozenset("\"'“‘«‹「『„‚([{")
PARA_CHARS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")


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

    def __len__(self) -> int:
        return len(self.words)

    def char_span(self, first: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens ``first .. end-1``."""
        return self.starts[first], self.ends[end - 1]

    def token_at(self, char: int) -> int:
        """Index of the token containing or following character ``char``."""
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.ends[mid] <= char:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def token_before(self, char: int) -> int:
        """Index of the last token that starts before character ``char`` (or -1)."""
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid] < char:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1


def _is_para_break(space: str, prev_word: str, next_word: str) -> bool:
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
    if next_word[0].islower() and prev_word and prev_word[-1] not in SENT_END_CHARS:
        return False
    return True


def build_view(doc: Doc) -> DocView:
    text = doc.text
    words: list[str] = []
    starts: list[int] = []
    is_space: list[bool] = []
    for tok in doc:
        words.append(tok.text)
        starts.append(tok.idx)
        is_space.append(tok.is_space)
    n = len(words)
    ends = [s + len(w) for s, w in zip(starts, words)]
    lower = [w.lower() for w in words]

    parsed_sents = doc.has_annotation("SENT_START")
    sent_start_flags: list[bool] = [False] * n
    if parsed_sents:
        for sent in doc.sents:
            if sent.start < n:
                sent_start_flags[sent.start] = True

    para_start_flags: list[bool] = [False] * n
    if n:
        para_start_flags[0] = True
        sent_start_flags[0] = True

    # One pass: paragraph breaks at line-break whitespace; sentence ends after
    # terminal punctuation (and any closing quotes/brackets) before a capital, a digit
    # or an opening mark.
    prev_word = ""
    pending_end = False
    for i in range(n):
        w = words[i]
        if is_space[i]:
            nxt = words[i + 1] if i + 1 < n else ""
            if _is_para_break(w, prev_word, nxt) and i + 1 < n:
                para_start_flags[i + 1] = True
                sent_start_flags[i + 1] = True
                pending_end = False
            continue
        if not parsed_sents:
            if pending_end:
                c = w[0]
                if c in CLOSERS and c not in "\"'":
                    prev_word = w
                    continue
                if c in "\"'":
                    # A straight mark after a full stop: closing if it hugs the stop.
                    if i > 0 and not is_space[i - 1] and starts[i] == ends[i - 1]:
                        prev_word = w
                        continue
                    sent_start_flags[i] = True
                    pending_end = False
                elif c.isupper() or c.isdigit() or c in OPENERS:
                    sent_start_flags[i] = True
                    pending_end = False
                else:
                    pending_end = False
            if w[-1] in SENT_END_CHARS and (len(w) == 1 or w in ("...", "?!", "!?") or
                                            w[-1] in "!?…"):
                pending_end = True
        prev_word = w

    sents: list[tuple[int, int]] = []
    sent_of: list[int] = [0] * n
    paras: list[tuple[int, int]] = []
    para_of: list[int] = [0] * n
    s_begin = 0
    p_begin = 0
    for i in range(1, n + 1):
        if i == n or sent_start_flags[i]:
            sid = len(sents)
            sents.append((s_begin, i))
            for j in range(s_begin, i):
                sent_of[j] = sid
            s_begin = i
        if i == n or para_start_flags[i]:
            pid = len(paras)
            paras.append((p_begin, i))
            for j in range(p_begin, i):
                para_of[j] = pid
            p_begin = i
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
    )
