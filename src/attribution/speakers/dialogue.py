"""Turns of dialogue: who speaks a line of quotation that names no speaker.

News continues a speaker's quotation over several paragraphs, so a quote paragraph with
no cue is taken by the quote rules as the last speaker's (``quotes/rules/uncued.py``).
In a dialogue it is the other speaker's: when two people take turns in consecutive
paragraphs and the first one asked a question ("“Can you hear me?” she called. /
“Barely,” the climber answered. / “Don't move.”"), the uncued line answering the
answer is the asker's, the alternation that speaker attribution in fiction relies on
(Elson & McKeown 2010; He, Barbosa & Kondrak 2013). Paragraphs are counted in prose
only, so a line of page furniture between two turns changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from .entities import ANIMATE, Cluster, find


@dataclass(slots=True)
class Turn:
    """A speaker's turn: the entity (if resolved), its prose paragraph, and whether it
    asked a question."""

    speaker: Cluster | None
    para: int
    asks: bool


class Turns:
    """The turns of one article, in text order."""

    def __init__(self) -> None:
        self.turns: list[Turn] = []

    def add(self, speaker: Cluster | None, para: int, content: str) -> None:
        """A quote in prose paragraph ``para``; the quotes of one speaker in one paragraph
        are one turn."""
        asks = content.rstrip("”\"’' ").endswith("?")
        last = self.turns[-1] if self.turns else None
        if last is not None and last.para == para and (last.speaker is speaker or not speaker):
            last.asks = last.asks or asks
            return
        self.turns.append(Turn(speaker, para, asks))

    def last_speaker(self) -> Cluster | None:
        for turn in reversed(self.turns):
            if turn.speaker is not None:
                return find(turn.speaker)
        return None

    def _before(self, para: int, k: int) -> list[Turn]:
        """The last ``k`` (or fewer) turns before prose paragraph ``para``, in text order.
        Read from the end: turns are added as the text is read, so few come after."""
        found: list[Turn] = []
        for t in reversed(self.turns):
            if t.para < para:
                found.append(t)
                if len(found) == k:
                    break
        found.reverse()
        return found

    def asker(self, para: int) -> Cluster | None:
        """Who asked a question in the turn just before prose paragraph ``para``."""
        turns = self._before(para, 1)
        if not turns or not turns[-1].asks or turns[-1].para != para - 1:
            return None
        return None if turns[-1].speaker is None else find(turns[-1].speaker)

    def answerer(self, speaker: Cluster | None, para: int) -> Cluster | None:
        """The speaker of an uncued line in prose paragraph ``para`` that the rules gave to
        ``speaker``: the asker when the two turns before are a question and its answer by
        ``speaker``, else None (it stays ``speaker``'s)."""
        turns = self._before(para, 2)
        if len(turns) < 2 or speaker is None:
            return None
        ask, answer = turns[-2], turns[-1]
        if not ask.asks or ask.speaker is None or answer.speaker is None:
            return None
        asker, answerer = find(ask.speaker), find(answer.speaker)
        if asker is answerer or find(speaker) is not answerer:
            return None
        if answer.para != para - 1 or ask.para != answer.para - 1:
            return None
        return asker if asker.kind in ANIMATE else None
