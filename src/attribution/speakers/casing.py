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
        self._title: dict[int, bool] = {}
        self._openers: dict[int, int] = {}  # sentence -> its first word

    def title_case(self, i: int) -> bool:
        """Is token ``i``'s paragraph a title-case line (most of its words capitalised)?"""
        view = self.view
        para = view.para_of[i]
        found = self._title.get(para)
        if found is None:
            first, end = view.paras[para]
            long_words = [w for w in view.words[first:end] if len(w) > 3 and w[:1].isalpha()]
            caps = sum(w[:1].isupper() for w in long_words)
            found = len(long_words) >= 2 and caps >= TITLE_SHARE * len(long_words)
            self._title[para] = found
        return found

    def opens_sentence(self, i: int) -> bool:
        """Is token ``i`` its sentence's first word (after quote marks and spaces)?"""
        view = self.view
        s = view.sent_of[i]
        k = self._openers.get(s)
        if k is None:
            k, end = view.sents[s]
            while k < end and (view.is_space[k] or not view.words[k][:1].isalnum()):
                k += 1
            self._openers[s] = k
        return k == i

    @property
    def midcap(self) -> set[str]:
        """The words (lower case) capitalised somewhere in the middle of a sentence of
        ordinary case."""
        if self._midcap is None:
            view = self.view
            found: set[str] = set()
            for i, w in enumerate(view.words):
                if w[:1].isupper() and not self.opens_sentence(i) and not self.title_case(i):
                    found.add(view.lower[i])
            self._midcap = found
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
