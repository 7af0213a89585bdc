"""Capitals that make no name: a sentence's first word and a headline's words.

English capitalises a common noun where a sentence opens ("Terrorists mock bids …",
"Unions said …") and every word of a title-case headline ("Long-Time Leaders of
Conservative Movement Unite", "Well-Known Author Would Consider …"). Whether such a
word names someone is read from the article itself, as truecasers do (Lita et al.
2003, "tRuEcasIng"): a word the article also capitalises in the middle of a sentence
of ordinary case is a name ("Bush" after "Jeb Bush"); one it never does, and that the
word lexicon knows as a common word in lower case, is a common word. One pass over the
tokens, made when first asked.

A word is looked up by searching the lowered text for it, as long as that reads less
than the whole set would cost: at most 64 words, and no more than 2.56 million
characters searched in all (64 words of a 40 kB article; 6 of a 400 kB one), so that a
long article makes the set at once rather than searching its length over and over.
"""

from __future__ import annotations

from ..resources import WordLexicon
from ..segment import DocView

TITLE_SHARE = 0.7  # share of capitalised words that makes a line title case
LAZY_WORDS = 64  # words asked about one by one before the whole set is made
LAZY_SEARCH = 64 * 40_000  # characters searched for them, at most, before the same
COMMON_TAGS = frozenset(["NOUN", "ADJ", "VERB", "ADV", "ADP", "DET", "AUX", "PRON", "NUM"])


class Casing:
    """What the capitals of one document say."""

    def __init__(self, view: DocView, words: WordLexicon) -> None:
        self.view = view
        self.pos = words.pos
        self._title: list[bool | None] = [None] * len(view.paras)  # per paragraph
        self._openers: list[int] | None = None  # per sentence: its first word
        self._mid: dict[str, bool] = {}  # capitalised_mid, per word asked
        self._lowered: str | None = None
        self._full: set[str] | None = None  # midcap, once the budget is spent
        self._budget = len(view.words)  # places in the text read for capitalised_mid
        self._lazy = min(LAZY_WORDS, LAZY_SEARCH // max(1, len(view.text)))

    @property
    def titles(self) -> list[bool]:
        """Per paragraph: is it a title-case line (most of its words capitalised)?"""
        return [self._title_of(n) for n in range(len(self.view.paras))]

    def _title_of(self, para: int) -> bool:
        found = self._title[para]
        if found is None:
            first, end = self.view.paras[para]
            found = self._title[para] = _title_line(self.view.words[first:end])
        return found

    @property
    def openers(self) -> list[int]:
        """Per sentence: its first word (after quote marks and spaces)."""
        if self._openers is None:
            view = self.view
            words, is_space = view.words, view.is_space
            found = []
            for k, end in view.sents:
                while k < end and (is_space[k] or not words[k][:1].isalnum()):
                    k += 1
                found.append(k)
            self._openers = found
        return self._openers

    def title_case(self, i: int) -> bool:
        """Is token ``i``'s paragraph a title-case line (most of its words capitalised)?"""
        return self._title_of(self.view.para_of[i])

    def opens_sentence(self, i: int) -> bool:
        """Is token ``i`` its sentence's first word (after quote marks and spaces)?"""
        return self.openers[self.view.sent_of[i]] == i

    def _mid_sentence(self, i: int) -> bool:
        """Is token ``i`` capitalised in the middle of a sentence of ordinary case?"""
        view = self.view
        return (
            view.words[i][:1].isupper()
            and self.openers[view.sent_of[i]] != i
            and not self._title_of(view.para_of[i])
        )

    @property
    def midcap(self) -> set[str]:
        """The words (lower case) capitalised somewhere in the middle of a sentence of
        ordinary case (all of them; :meth:`capitalised_mid` asks about one)."""
        view = self.view
        lower, sent_of, para_of = view.lower, view.sent_of, view.para_of
        openers, title = self.openers, self._title_of
        # _mid_sentence, inlined: one pass over every token of the article.
        return {
            lower[i]
            for i, w in enumerate(view.words)
            if w[:1].isupper() and openers[sent_of[i]] != i and not title(para_of[i])
        }

    def capitalised_mid(self, low: str) -> bool:
        """Is the word ``low`` (lower case) in :attr:`midcap`? Only its own tokens are
        read, once per word; past a budget of words or of text read (hostile input),
        the whole set once."""
        found = self._mid.get(low)
        if found is None:
            tokens = None
            if self._full is None and len(self._mid) < self._lazy:
                tokens = self._tokens_of(low)
            if tokens is not None:
                found = any(map(self._mid_sentence, tokens))
            else:
                if self._full is None:
                    self._full = self.midcap
                found = low in self._full
            self._mid[low] = found
        return found

    def _tokens_of(self, low: str) -> list[int] | None:
        """The tokens whose lower case is ``low``, found in the lowered text; None when
        that would read beyond the document's budget (a letter that lengthens in lower
        case, or more places than the document has tokens)."""
        view = self.view
        if self._lowered is None:
            self._lowered = view.text.lower()
        lowered = self._lowered
        if len(lowered) != len(view.text):
            return None
        starts, ends, lower = view.starts, view.ends, view.lower
        out = []
        p = lowered.find(low)
        while p >= 0:
            self._budget -= 1
            if self._budget < 0:
                return None
            i = view.token_at(p)
            if i < len(lower) and starts[i] == p and ends[i] == p + len(low) and lower[i] == low:
                out.append(i)
            p = lowered.find(low, p + 1)
        return out

    def by_position(self, i: int) -> bool:
        """May token ``i`` be capitalised only by where it stands (a sentence's start, a
        title-case line), the article never capitalising it elsewhere?"""
        return (self.opens_sentence(i) or self.title_case(i)) and not self.capitalised_mid(
            self.view.lower[i]
        )

    def common(self, i: int) -> bool:
        """Is the capitalised token ``i`` a common word capitalised only by where it
        stands?"""
        return self.by_position(i) and self.common_word(self.view.lower[i])

    def common_word(self, low: str) -> bool:
        """Does the word lexicon know every part of ``low`` ("long-time") as a common
        word?"""
        parts = [p for p in low.split("-") if p]
        return bool(parts) and all(self.pos.get(p) in COMMON_TAGS for p in parts)


def _title_line(words: list[str]) -> bool:
    """Are most of the longer words of a line capitalised?"""
    long_words = caps = 0
    for w in words:
        if len(w) > 3 and w[0].isalpha():
            long_words += 1
            caps += w[0].isupper()
    return long_words >= 2 and caps >= TITLE_SHARE * long_words
