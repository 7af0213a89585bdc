"""Turns of dialogue: who speaks a line of quotation that names no speaker.

News continues a speaker's quotation over several paragraphs, so a quote paragraph with
no cue is taken by the quote rules as the last speaker's (``quotes/rules/uncued.py``).
In a dialogue it is the other speaker's: when two people take turns in consecutive
paragraphs and the first one asked a question ("“Can you hear me?” she called. /
“Barely,” the climber answered. / “Don't move.”"), the uncued line answering the
answer is the asker's, the alternation that speaker attribution in fiction relies on
(Elson & McKeown 2010; He, Barbosa & Kondrak 2013). Paragraphs are counted in prose
only, so a line of page furniture between two turns changes nothing. A line that
calls someone by name ("“Walter. What did you do to these?”") is not that person's, and
a question put to someone by name is answered by them in the next uncued line. A question
put ("“…?” she asked him", or uncued) is answered in the next uncued line by the last
other person who spoke before it, and a line spoken to someone the cue names ("he said
to a man in a blue kaftan", "asked a guard") by that someone. When no one else spoke,
the answer is the other person the narrative just mentioned ("… poured coffee for his
colleague Elif Demirci. / “Two more weeks of this?” she asked. / “As long as it
takes.”"); and a short line after two short lines of two people alternates (an
exchange). Lines framed by a sentence of narration are read in ``beats.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from ..phrases import QUOTE_TOKENS, Tagger, np_right
from ..segment import DocView
from ..word_forms import plural_form
from .appositions import apposition_after
from .entities import ANIMATE, GENDERED_NOUN, Cluster, Registry, find

if TYPE_CHECKING:
    from .mention import Mention
    from .pronouns import Pronouns
    from .typer import MentionTyper

# A name a line of dialogue calls someone by: alone before a full stop or comma at its
# start ("“Walter. What did you …”"), or after a comma, ending a sentence ("…, Walter?",
# "And we kept it open, Tomás. We will …").
_VOCATIVE = regex.compile(
    r"\A[\"“‘']?(\p{Lu}[\p{L}'’-]+)[.,!](?:\s|\Z)"
    r"|,\s(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)?"  # "…, Mr. Felsted.": the name the title takes
    r"(\p{Lu}[\p{L}'’-]+)(?:[.?!]|,?(?=[\"”’']?\s*\Z))(?=[\"”’',]|\s|\Z)"
    r"|,\s(\p{Ll}+)(?:[.?!](?=[\"”’']|\s|\Z)|,?(?=[\"”’']?\s*\Z))"  # "…, senator. I'm …",
    # "“…, mama,” she said": a title alone
)

# The cue words that put a question to someone ("“…?” she asked him").
ASKING = frozenset(["asked", "asks", "ask", "inquired", "wondered", "demanded", "pressed",
                    "queried", "quizzed"])
# Cue words of a question called out to someone present ("“Thirty-four?” Oyelaran called
# out."), put as much as an asked one.
CALLING = frozenset(["called", "calls", "shouted", "shouts", "yelled", "yells", "hollered"])
# Cue words whose "to"/"at" object is whom the line is spoken to ("he said to a man in a
# blue kaftan", "shouted at a farmer"), and those whose direct object is ("asked a
# guard", "told his mother").
SPOKEN_TO = frozenset(["said", "says", "shouted", "shouts", "yelled", "called", "whispered",
                       "replied", "explained", "snapped", "pleaded"])
OBJECT_ADDRESSED = frozenset(["asked", "asks", "told", "tells"])
ANSWER_REACH = 3  # paragraphs before a question its answerer may have spoken in
RETORT_WORDS = 8  # the most words of a line read as a retort
EXCHANGE_WORDS = 20  # … or as the next line of an exchange after a reply
# Cue words of a line that answers the one before ("the judge replied").
REPLYING = frozenset(["replied", "replies", "answered", "answers", "retorted", "responded"])
_CONTENT_WORD = regex.compile(r"\p{L}{4,}")
_SENTENCE_BREAK = regex.compile(r"[.!?:]\s+\S")  # a line of several sentences


# Words that open a question the narration reports ("asked why …", "asked him whether
# …"): read by the action beats and the prose's descriptions.
REPORTED_QUESTIONS = frozenset(["why", "whether", "if", "what", "how", "when", "where", "who"])
# The opening of a reported question ("asked whether …", "asked if …").
_REPORTED_QUESTION = regex.compile(r"(?:whether|if)\s", regex.IGNORECASE)


def is_question(content: str) -> bool:
    """Does a line of quotation end in a question mark (inside its closing mark)?"""
    return content.rstrip("”\"’' ").endswith("?")


def content_words(content: str) -> frozenset[str]:
    """The words of four letters or more of a line, lower-cased."""
    return frozenset(w.casefold() for w in _CONTENT_WORD.findall(content))


def vocative(content: str, titles: Container[str] = ()) -> str | None:
    """The name ``content``, a line of dialogue, calls someone by, if any, or one of
    the ``titles`` ("…, senator.")."""
    # _VOCATIVE.search, tried only where a match may start: the line's start (the
    # first branch's anchor) and each comma (which opens the other two).
    m = _VOCATIVE.match(content)
    p = content.find(",", 1)
    while m is None and p >= 0:
        m = _VOCATIVE.match(content, p)
        p = content.find(",", p + 1)
    if m is None or (m.group(3) is not None and m.group(3) not in titles):
        return None
    word: str | None = m.group(1) or m.group(2) or m.group(3)
    return word


# Forms of address that name no one, with the gender they state ("Sir, your time is up").
POLITE = {"sir": "m", "madam": "f", "ma'am": "f", "ma’am": "f"}


def called_person(
    reg: Registry, content: str, text: str, titles: Container[str] = (),
    speaker: Cluster | None = None,
) -> Cluster | None:
    """The person a line of dialogue calls by name ("“Walter. What did you …”"): one
    person of the article that name can only be; or by a title ("…, senator."): the
    last person the article (``text``) gives it; or by a form of address ("Sir, your
    time is up"): the last person of that gender but the ``speaker``. (A title and a
    name that open a line, "Mrs. El-Khoury, I was the one …", open a statement, which
    its speaker may go on with: only one that closes a line calls someone.)"""
    word = vocative(content, titles)
    if word is not None and not word.islower() and word.casefold() in titles:
        return None  # "Ma, I'm always studying.": a title or kin word names no one
    polite = POLITE.get(word.casefold()) if word is not None else None
    if polite is not None and speaker is not None:
        return next((c for c in reg.by_recency(8) if c.kind in ANIMATE and not c.plural
                     and find(c) is not find(speaker) and c.takes(polite)), None)
    if word is not None and word.islower():
        titled = (
            c for c in reg.by_recency(8) if c.kind == "person" and (
                speaker is None or find(c) is not find(speaker)) and (
                word in c.descriptors
                or any(word in text[max(0, s - 24) : s].lower() for s, _ in c.mentions)
            )
        )
        return next(titled, None)
    people = [] if word is None else reg.people_named(word)
    return find(people[0]) if len(people) == 1 and find(people[0]).kind == "person" else None


# Words that open the post-modifier of whom a line is spoken to ("a man in a blue kaftan",
# "the woman behind the glass").
ADDRESSEE_PREPS = frozenset(["in", "with", "from", "wearing", "behind", "at", "near"])


def cue_addressee(view: DocView, tag: Tagger, cue_end: int) -> tuple[int, int] | None:
    """The noun phrase (tokens) whom the line is spoken to, after the cue that ends at
    token ``cue_end`` ("he said to [a man in a blue kaftan]", "asked [a guard]"): one
    someone, not a pronoun, not "reporters"; or None."""
    lower, words = view.lower, view.words
    hi = view.sents[view.sent_of[cue_end - 1]][1]
    k = cue_end
    verb = lower[cue_end - 1]
    if k < hi and verb in SPOKEN_TO and lower[k] in ("to", "at"):
        k += 1
    elif verb not in OBJECT_ADDRESSED:
        return None
    if k >= hi or (lower[k] not in ("a", "an", "the", "his", "her")
                   and not words[k][:1].isupper()):
        return None
    end = np_right(view, tag, k, hi)
    while end is not None and end + 1 < hi and lower[end] in ADDRESSEE_PREPS:
        end = np_right(view, tag, end + 1, hi)  # "a man in a blue kaftan"
    if end is None or plural_form(lower[end - 1]) or (tag(end - 1) != "NOUN" and not (
        words[end - 1][:1].isupper()
    )):
        return None
    return k, end


# Participles of gaze and gesture that name whom a line is spoken to ("…,” asked an
# older man near the door, looking at Liquitay").
GAZE = frozenset(["looking", "turning", "glancing", "nodding", "pointing", "gesturing",
                  "staring", "smiling", "winking", "leaning"])
GAZE_PREPS = frozenset(["at", "to", "toward", "towards"])


def gaze_addressee(view: DocView, tag: Tagger, cue_end: int) -> tuple[int, int] | None:
    """The noun phrase a participle of gaze set off after a cue names ("asked an older
    man, looking at [Liquitay]", "she said, turning to [her husband]"), or None."""
    lower, words = view.lower, view.words
    hi = view.sents[view.sent_of[cue_end - 1]][1]
    for k in range(cue_end, min(hi - 3, cue_end + 12)):
        if words[k] == "," and lower[k + 1] in GAZE and lower[k + 2] in GAZE_PREPS:
            a = k + 3
            if lower[a] not in ("a", "an", "the", "his", "her") and not words[a][:1].isupper():
                return None
            end = np_right(view, tag, a, hi)
            return None if end is None or plural_form(lower[end - 1]) else (a, end)
    return None


def addressed(
    view: DocView, tag: Tagger, typer: MentionTyper, reg: Registry, pronouns: Pronouns,
    cluster_of: Callable[[Mention, tuple[int, int], int], Cluster | None],
    cue_end: int, sent: int, speaker: Cluster | None,
) -> Cluster | None:
    """Whom the line whose cue ends at token ``cue_end`` (in sentence ``sent``) is
    spoken to, who answers next: someone named before ("told Rivera", never a new name:
    "told People"), someone described ("said to a man in a blue kaftan", "asked his
    mother", through ``cluster_of``), or a person "him" or "her" refers to, not the
    ``speaker`` ("“How often did your family buy food at the post?” Kilabuk asked her.")."""
    k = pronoun_addressee(view, cue_end)
    if k is not None:
        gender = "f" if view.lower[k] == "her" else "m"
        return pronouns.person(sent, gender, 0.0, bound=False, exclude=speaker,
                               at=view.starts[k])
    to = gaze_addressee(view, tag, cue_end) or cue_addressee(view, tag, cue_end)
    if to is None:
        return None
    named = apposition_after(view, tag, to[1], view.sents[view.sent_of[to[0]]][1])
    if named is not None and typer.type_mention(*named, None).shape == "name":
        to = named  # "asked his daughter, Anahera, 9,": the name she is given
    to_m = typer.type_mention(*to, None)
    if to_m.shape == "name":
        people = reg.people_named(to_m.name) if to_m.kind == "person" else []
        return find(people[0]) if len(people) == 1 else None
    if to_m.shape != "description" or to_m.kind != "anonymous":
        return None
    called = cluster_of(to_m, to, sent)
    if called is not None and to_m.gender:
        called.vote(to_m.gender, GENDERED_NOUN)  # "his mother"
    return called


def pronoun_addressee(view: DocView, cue_end: int) -> int | None:
    """The token of "him" or "her" that a line's "asked"/"told" cue ending at token
    ``cue_end`` is spoken to, closing the clause ("… Kilabuk asked her."), or None."""
    k = cue_end
    if (
        k >= len(view.words) or view.lower[cue_end - 1] not in OBJECT_ADDRESSED
        or view.lower[k] not in ("him", "her")
    ):
        return None
    nxt = k + 1
    return k if nxt >= len(view.words) or view.words[nxt] in (".", ",", ";", "!", "?") or (
        view.is_space[nxt]
    ) else None


def reports_question(cue: str | None, content: str) -> bool:
    """Is a report cued by ``cue`` (its first word, lower-cased) a question reported as
    put to someone ("asked whether …", "asked if …"), whom the next line answers?"""
    return cue in ASKING and _REPORTED_QUESTION.match(content) is not None


def _told(turn: Turn) -> bool:
    """Was ``turn`` spoken to one person its cue names, not its speaker?"""
    return turn.addressee is not None and turn.speaker is not None and (
        find(turn.addressee).kind == "person" and not find(turn.addressee).plural
        and find(turn.addressee) is not find(turn.speaker))


def _reported_by(turn: Turn, asker: Cluster | None) -> bool:
    """Is ``turn`` only a report in the narration (no quotation mark) by ``asker``?"""
    return turn.speaker is not None and asker is not None and (
        find(turn.speaker) is find(asker)) and not any(
        line[:1] in QUOTE_TOKENS for line in turn.lines)


@dataclass(slots=True)
class Turn:
    """A speaker's turn: the entity (if resolved), its prose paragraph, and whether it
    asked a question."""

    speaker: Cluster | None
    para: int
    asks: bool
    addressee: Cluster | None = None  # whom the turn calls by name
    lines: tuple[str, ...] = ()  # its quotes' contents
    puts: bool = False  # a question put to someone: uncued, or cued by "asked"
    replies: bool = False  # cued by "replied", "answered": an exchange under way
    reported: bool = False  # "asked whether …": its asker is not who answers next

    @property
    def words(self) -> frozenset[str]:
        """Its content words (four letters or more), read when a retort asks."""
        return frozenset().union(*map(content_words, self.lines))


class Turns:
    """The turns of one article, in text order."""

    def __init__(self, titles: Container[str] = ()) -> None:
        self.titles = titles  # the titles a line calls someone by ("…, coach.")
        self.turns: list[Turn] = []
        # Per uncued line read by answerer() that calls someone by name: the line's key,
        # whom it calls, and the speakers of the two turns before it.
        self.called: list[tuple[int, Cluster, list[Cluster]]] = []

    def add(
        self, speaker: Cluster | None, para: int, content: str, addressee: Cluster | None = None,
        cue: str | None = "",
    ) -> None:
        """A quote in prose paragraph ``para`` (``cue``: its cue's first word, lower-cased;
        None when it has none); the quotes of one speaker in one paragraph are one turn."""
        # "Kessler's attorney asked whether she had used backing tracks": a question
        # reported as put to someone, whom the next line answers
        reported = reports_question(cue, content)
        puts = is_question(content) and (cue is None or cue in ASKING or cue in CALLING)
        # A speech whose last sentence is a question ("“At half-time I did not shout. I
        # asked them one question: …?” Ekdahl told his press conference") asks no one
        # present unless it is put: the next line is no answer to it.
        asks = puts or (is_question(content) and not _SENTENCE_BREAK.search(content))
        last = self.turns[-1] if self.turns else None
        if last is not None and last.para == para and (last.speaker is speaker or not speaker):
            last.asks = last.asks or asks
            last.puts = last.puts or puts
            last.addressee = last.addressee or addressee
            last.lines += (content,)
            return
        self.turns.append(Turn(speaker, para, asks, addressee, (content,), puts,
                               cue in REPLYING, reported))

    def floor(self, para: int, reach: int = 2) -> Cluster | None:
        """Who spoke last before prose paragraph ``para``, at most ``reach`` paragraphs
        before it: who holds the floor."""
        for turn in reversed(self.turns):
            if turn.para >= para:
                continue
            if turn.para < para - reach:
                return None
            if turn.speaker is not None:
                return find(turn.speaker)
        return None

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

    def asked(self, para: int, cue: str | None = None) -> Cluster | None:
        """The one the question in the turn just before prose paragraph ``para`` was put
        to (or, when ``cue`` replies, that turn was spoken to): whom its cue named
        ("asked a colleague", "told the judge, Ingrid Solberg"), else who spoke before
        it, when someone else put it."""
        turns = self._before(para, 2)
        if not turns or turns[-1].para != para - 1 or not (
                turns[-1].asks or (cue in REPLYING and _told(turns[-1]))):
            return None
        put = turns[-1]
        if put.addressee is not None and put.speaker is not None and (
                find(put.addressee) is not find(put.speaker)):
            return find(put.addressee)  # '“Does it say when?” a man asked a colleague.'
        if len(turns) < 2:
            return None
        first, ask = turns[0].speaker, turns[-1].speaker
        if first is None or ask is None or find(first) is find(ask):
            return None
        return find(first)

    def asker(self, para: int, cue: str | None = None) -> Cluster | None:
        """Who asked a question, or reported asking one, in the turn just before prose
        paragraph ``para``; or spoke it to someone it names, when the line's ``cue``
        replies ("“She did a Cheng,” Benítez told the judge, Ingrid Solberg. / “…,” she
        replied.": the judge replies)."""
        turns = self._before(para, 1)
        if not turns or turns[-1].para != para - 1 or not (
                turns[-1].asks or turns[-1].reported or (cue in REPLYING and _told(turns[-1]))):
            return None
        return None if turns[-1].speaker is None else find(turns[-1].speaker)

    def _retort(self, turns: list[Turn], para: int, content: str) -> Cluster | None:
        """The speaker of the turn before last, when an uncued short question in
        paragraph ``para`` takes up a word of the last turn, a line by someone else in
        the paragraph before ("“We thought it was a museum.” / “A museum with
        laundry?”"): a retort is the other speaker's."""
        before, last = turns[-2], turns[-1]
        if (
            not is_question(content) or len(content.split()) > RETORT_WORDS
            or last.para != para - 1 or before.para != para - 2
            or before.speaker is None or last.speaker is None
            or find(before.speaker) is find(last.speaker)
            or not content_words(content) & last.words
        ):
            return None
        return find(before.speaker) if find(before.speaker).kind in ANIMATE else None

    def _exchange(self, turns: list[Turn], para: int, content: str) -> Cluster | None:
        """The speaker of the turn before last, when a short uncued line in paragraph
        ``para`` follows two short lines of two people in the two paragraphs before
        ("“I left my glasses on the table,” she said. / “We'll get you new ones,”
        Saavedra said. / “And a new table?”"): an exchange alternates."""
        before, last = turns[-2], turns[-1]
        # (a reply names the exchange: '“You asked for eight weeks in November,” the judge
        # replied. / “With respect, the buyers were not at the table in November.”')
        most = EXCHANGE_WORDS if last.replies else RETORT_WORDS
        if (
            len(content.split()) > most or last.para != para - 1
            or before.para != para - 2 or before.speaker is None or last.speaker is None
            or find(before.speaker) is find(last.speaker)
            or sum(len(line.split()) for line in last.lines) > most
        ):
            return None
        return find(before.speaker) if find(before.speaker).kind in ANIMATE else None

    def _alternating(self, para: int) -> Cluster | None:
        """The speaker of the turn before last, when the three turns before prose
        paragraph ``para`` alternate between two people paragraph by paragraph ("“How
        many?” W asks. / “Sixty-two,” says Park. / “Nine. On a Thursday.” / “They're from
        the consulate …” / “Tell them Sunday.”"): the exchange goes on."""
        turns = self._before(para, 3)
        if len(turns) < 3 or any(t.speaker is None for t in turns):
            return None
        a, b, c = (find(t.speaker) for t in turns if t.speaker is not None)
        if [t.para for t in turns] != [para - 3, para - 2, para - 1] or a is b or a is not c:
            return None
        # (direct speech each, the last one closed: no report, no quotation running on)
        if not all(line[:1] in QUOTE_TOKENS for t in turns for line in t.lines) or (
                turns[-1].lines[-1].rstrip()[-1:] not in QUOTE_TOKENS):
            return None
        return b if b.kind in ANIMATE else None

    def _others_before(self, speaker: Cluster) -> bool:
        """Does someone other than ``speaker`` speak in the run of turns in consecutive
        paragraphs that ends with the last turn (an exchange already under way)?"""
        turns = self.turns
        para = turns[-1].para
        for t in reversed(turns[:-1]):
            if t.para < para - 1:
                return False
            if t.speaker is not None and find(t.speaker) is not find(speaker):
                return True
            para = t.para
        return False

    def _answer(self, para: int, through: bool = False) -> Cluster | None:
        """Who answers, in prose paragraph ``para``, the question put in the paragraph
        before: the last other person who spoke in the paragraphs before it ("“When can
        we go back?” Ms. Bora asked him. / “When the water goes, Ma.” / “And if it
        doesn't go?” / “Then we will build again.”"; "Malabanan said … / Sen. Ong-Lacson
        pressed the witness … / “Did you ever see …?” Ong-Lacson asked. / “Not with my
        own eyes.”")."""
        turns = self._before(para, 4)
        if not turns:
            return None
        put = turns[-1]  # (or reported: "A reporter asked whether he would …. / “If …”")
        if not (put.puts or put.reported) or put.para != para - 1 or put.speaker is None:
            return None
        asker = find(put.speaker)
        for turn in reversed(turns[:-1]):
            if turn.para < put.para - ANSWER_REACH or turn.speaker is None:
                return None
            if find(turn.speaker) is not asker:
                if find(turn.speaker).kind in ANIMATE:
                    return find(turn.speaker)
                if not through:
                    return None
        return None

    def answerer(
        self, speaker: Cluster | None, para: int, addressee: Cluster | None = None,
        key: int = -1, content: str = "",
        narrated: Callable[[Cluster, int], Cluster | None] | None = None,
    ) -> Cluster | None:
        """The speaker of an uncued line in prose paragraph ``para`` that the rules gave to
        ``speaker``: whom the line just before called by name; the asker when the two
        turns before are a question and its answer by ``speaker``; the one ``narrated``
        gives beside the asker (the other person the narrative just mentioned) when the
        line answers a question ``speaker`` put and no one else spoke ("… poured coffee
        for his colleague Elif Demirci. / “Two more weeks of this?” she asked. / “As long
        as it takes.”"); else None (it stays ``speaker``'s). A line that calls someone by
        name (``addressee``) is noted under ``key`` for :meth:`recalled`, which reads it
        when the article's entities are known."""
        turns = self._before(para, 2)
        if addressee is not None:
            others = [t.speaker for t in turns if t.speaker is not None and t.para >= para - 2]
            self.called.append((key, addressee, others))
        if turns and turns[-1].para == para - 1:  # a line put to someone, by name
            called = turns[-1].addressee
            if called is not None and turns[-1].speaker is not None and (
                find(called) is not find(turns[-1].speaker) and find(called).kind in ANIMATE
            ):
                return find(called)
        answering = self._answer(para)
        # the asker's narrated report before the question adds its sentence to the scene
        window = 3 if turns and any(
            t.para == para - 2 and _reported_by(t, turns[-1].speaker) for t in self.turns
        ) else 2
        if (
            answering is not None and narrated is not None and speaker is not None
            and turns and turns[-1].puts and turns[-1].para == para - 1
            # (but the asker's own narrated report: "Her neighbour … asked whether she had
            # seen his truck. / “Did you see it?” Cardinal asked. / “No.”")
            and not any(t.para == para - 2 and not _reported_by(t, turns[-1].speaker)
                        for t in self.turns)
        ):
            # a question put after a paragraph of narration, not of speech: the other one
            # the narration just set beside the asker ("At the Gare de Lyon, a woman …
            # stopped a station agent. / “…?” she asked. / “…”"), if any, answers
            scene = narrated(find(speaker), window)
            answering = find(scene) if scene is not None else answering
        if answering is not None:
            return answering
        scene = None if narrated is None or speaker is None else narrated(find(speaker), window)
        if scene is None and any(t.para == para - 2 for t in self.turns) and (
                through := self._answer(para, through=True)) is not None:
            return through  # past what a court heard or a report said, who spoke before
        if (
            narrated is not None and speaker is not None and turns
            and turns[-1].para == para - 1
            and turns[-1].speaker is not None and find(turns[-1].speaker) is find(speaker)
            # a question put, or a short question back (or a line that opens by taking
            # up its word) to a line with no one else's before it ("… shouted at a
            # farmer. / “Old lady, …,” he said. / “Then whose river is this?”"; "“Tell
            # them about the lights,” he said. / “The lights! We have no lights …”")
            and (turns[-1].puts or (len(content.split()) <= (
                RETORT_WORDS if is_question(content) else EXCHANGE_WORDS if content_words(
                    " ".join(content.split()[:3])) & turns[-1].words else 0)
                and not self._others_before(speaker)))
        ):
            other = narrated(find(speaker), window)
            if other is not None:
                return find(other)
        retort = None if len(turns) < 2 or speaker is None else (
            self._retort(turns, para, content) or self._exchange(turns, para, content)
            or self._alternating(para))
        if retort is not None and speaker is not None and find(speaker) is not retort:
            return retort
        if (
            narrated is not None and speaker is not None and turns
            and turns[-1].para == para - 1 and turns[-1].addressee is None
            and turns[-1].speaker is not None and find(turns[-1].speaker) is find(speaker)
            and (vocative(turns[-1].lines[-1], self.titles) or "").casefold() in self.titles
        ):
            # a line that called someone no name gives ("“These are not ripe, mama,”
            # Ingabire said. / “They were red yesterday.”"): the other one of the scene
            # answers
            other = narrated(find(speaker), 2)
            if other is not None:
                return find(other)
        if len(turns) < 2 or speaker is None:
            return None
        ask, answer = turns[-2], turns[-1]
        # (a reported question's asker puts the next question: "… asked whether she had
        # used backing tracks. / “At some shows,” she said. / “So the vocals …?”")
        if not (ask.asks or (ask.reported and is_question(content))) or (
            ask.speaker is None or answer.speaker is None
        ):
            return None
        asker, answerer = find(ask.speaker), find(answer.speaker)
        if asker is answerer or find(speaker) is not answerer:
            return None
        if answer.para != para - 1 or ask.para != answer.para - 1:
            return None
        return asker if asker.kind in ANIMATE else None

    def recalled(
        self, speaker_of: Callable[[int], Cluster | None]
    ) -> list[tuple[int, Cluster]]:
        """The lines noted by :meth:`answerer` (by key) that call their own speaker by
        name (``speaker_of`` a key: the entity the line resolved to), each with the other
        speaker of the two turns before: "Walter. What did you do to these?" is not
        Walter's, once "the customer" is known to be Walter."""
        out = []
        for key, called, others in self.called:
            speaker = speaker_of(key)
            rest = [find(o) for o in others if find(o) is not find(called)]
            if (speaker is not None and find(speaker) is find(called) and rest
                    and rest[-1].kind in ANIMATE):
                out.append((key, rest[-1]))
        return out


    def join_called(self, reg: Registry, speaker_of: Callable[[int], Cluster | None]) -> None:
        """The unnamed speaker of the turn before a line that calls someone by name is
        the one called, when the line is another's: '“Because it is tar,” his wife
        answered. / “I know it is tar, Ligaya.”' names the wife."""
        for key, called, others in self.called:
            speaker = speaker_of(key)
            if speaker is None or not others:
                continue
            last, name = find(others[-1]), find(called)
            if (
                last is not name and find(speaker) not in (last, name)
                and not last.named and last.kind == "anonymous" and not last.plural
                and name.kind == "person" and name.named and name.takes(last.gender)
            ):
                reg.merge(last, name)
