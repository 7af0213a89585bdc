"""Capitals that make no name: a sentence's first word and a headline's words.

English capitalises a common noun where a sentence opens ("Terrorists mock bids …",
"Unions said …") and every word of a title-case headline ("Long-Time Leaders of
Conservative Movement Unite", "Well-Known Author Would Consider …"). Whether such a
word names someone is read from the article itself, as truecasers do (Lita et al.
2003, "tRuEcasIng"): a word the article also capitalises in the middle of a sentence
of ordinary case is a name ("Bush" after "Jeb Bush"); one it never does, and that the
word lexicon knows as a common word in lower case, is a common word. One pass over the
tokens, made when first asked.
"""

from __future__ import annotations

from ..resources import WordLexicon
from ..segment import DocView

TITLE_SHARE = 0.7  # share of capitalised words that makes a line title case
COMMON_TAGS = frozenset(["NOUN", "ADJ", "VERB", "ADV", "ADP", "DET", "AUX", "PRON", "NUM"])


class Casing:
    """What the capitals of one document say."""

    def __init__(self, view: DocView, words: WordLexicon) -> None:
        self.view = view
        self.pos = words.pos
        self._midcap: set[str] | None = None
        self._title: list[bool] | None = None  # per paragraph
        self._openers: list[int] | None = None  # per sentence: its first word

    @property
    def titles(self) -> list[bool]:
        """Per paragraph: is it a title-case line (most of its words capitalised)?"""
        if self._title is None:
            words = self.view.words
            self._title = [_title_line(words[first:end]) for first, end in self.view.paras]
        return self._title

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
        return self.titles[self.view.para_of[i]]

    def opens_sentence(self, i: int) -> bool:
        """Is token ``i`` its sentence's first word (after quote marks and spaces)?"""
        return self.openers[self.view.sent_of[i]] == i

    @property
    def midcap(self) -> set[str]:
        """The words (lower case) capitalised somewhere in the middle of a sentence of
        ordinary case."""
        if self._midcap is None:
            view = self.view
            lower, sent_of, para_of = view.lower, view.sent_of, view.para_of
            openers, titles = self.openers, self.titles
            capitalised = [i for i, w in enumerate(view.words) if w[:1].isupper()]
            self._midcap = {
                lower[i] for i in capitalised
                if openers[sent_of[i]] != i and not titles[para_of[i]]
            }
        return self._midcap

    def by_position(self, i: int) -> bool:
        """May token ``i`` be capitalised only by where it stands (a sentence's start, a
        title-case line), the article never capitalising it elsewhere?"""
        return (self.opens_sentence(i) or self.title_case(i)) and (
            self.view.lower[i] not in self.midcap
        )

    def common(self, i: int) -> bool:
        """Is the capitalised token ``i`` a common word capitalised only by where it
        stands?"""
        low = self.view.lower[i]
        if not self.by_position(i):
            return False
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
