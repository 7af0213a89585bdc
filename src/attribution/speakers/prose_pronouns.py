"""The third-person pronouns of an article's prose, read in order (``reader.py``):
"he", "she", "his", "her" to the entity the sentence's construction or Centering
gives them, as :mod:`pronouns` resolves them.

* a possessive coordinated with a name, or a pronoun in the relative clause set off
  after a name, is that name's, surely ("Clinton and her aides", "Sahan Jayawardena,
  who top-scored with 71 before he was caught");
* a possessive that opens a sentence ("Her neighbour, …") is the subject's of the
  sentence before, never the sentence's own subject;
* a pronoun in the speech a sentence's subject reports is likely, not surely, the
  subject's ("… told the court she saw the ute");
* a subject pronoun that opens a sentence, or a main clause coordinated after the
  sentence's subject (", but he ruled out …"), continues a subject (Centering: Grosz,
  Joshi & Weinstein 1995);
* any other possessive takes its clause's subject, any other pronoun the most salient.
"""

from __future__ import annotations

from ..phrases import Tagger
from ..quotes.sources import SUBORDINATE_OPENERS
from ..segment import DocView
from .appositions import named_by_copula
from .descriptions import Descriptions
from .dialogue import ASKING
from .entities import POSSESSIVE, PRONOUN, Cluster, Registry, animate, find
from .mention import Mention
from .plural_subjects import plural_subject
from .pronouns import Pronouns
from .scan import TextScan
from .text import coordinated_clause, in_relative, opens_clause, possessive_owner, pronoun_role
from .typer import MentionTyper

SPEAKER_W, SUBJECT_W, OTHER_W = 3.0, 2.0, 1.0  # salience a mention adds


# Words that open a clause fronted before the main one ("When she arrived, …", "Asked
# whether she had thought about it, she laughed").
FRONTED = frozenset(["when", "after", "before", "as", "while", "although", "though", "since",
                     "once", "until", "because", "asked",
                     # a fronted place: "Outside the mine on Thursday morning, a police
                     # colonel addressed the crowd" ("at", "in", "on" measured: no gain)
                     "outside", "inside", "near", "behind", "further", "during", "along", "across"])
# Adverbs before a fronted clause's first word ("Ever since she …", "Even as he …").
FRONTED_ADVERBS = frozenset(["ever", "even", "just", "long"])
# Words before a passive "asked" ("was asked whether he", "when asked if she"): the one
# asked is the clause's subject, whom its pronoun is.
_ASKED_OF = frozenset(["was", "were", "been", "being", "is", "are", "when", "after", "once",
                       "as", "while", "before", "until", "if"])
# Possessors before a kin noun that make it someone's relative, not an entity named.
KIN_OWNERS = frozenset(["whose", "his", "her", "their", "its", "my", "our", "your"])
ASKED = frozenset(["whether", "if", "about", "why", "what", "how", "when"])
# Prepositions of a phrase fronted before its clause's subject ("In her findings, …").
FRONTING_PREPS = frozenset(["in", "on", "at", "during", "after", "with", "from", "for"])


def fronted_subject(view: DocView, first: int, i: int) -> bool:
    """Is the subject pronoun at token ``i`` the subject of a clause fronted at its
    sentence's start (word ``first``: "When she arrived", "Asked whether she had …"),
    or of the main clause right after that clause's comma ("After the race, she
    laughed", "Speaking during question time, she told …")? Either continues the
    center of the sentence before, as the sentence's first word would."""
    lower, words = view.lower, view.words
    participle = lower[first].endswith("ing") and len(lower[first]) > 5  # "Speaking to …,"
    if (lower[first] not in FRONTED and not participle) or i <= first:
        return False
    j = first + 1
    if lower[first] == "asked" and lower[j] in ASKED:
        j += 1
    if i == j:
        return True
    k = i - 1
    while k > first and view.is_space[k]:
        k -= 1
    return words[k] == "," and "," not in words[first:k]


# Words that open a clause with a subject of its own ("… as the Portuguese walked to his
# car": "his" is that subject's, not the sentence's): the quote rules' subordinators.
_CLAUSE_OPENERS = SUBORDINATE_OPENERS | {"whereas"}


def _subject_between(view: DocView, tag: Tagger, first: int, i: int) -> bool:
    """Does a clause with a noun subject of its own open between the sentence's first
    token and the possessive at token ``i``?"""
    return any(
        view.lower[k] in _CLAUSE_OPENERS and tag(k + 1) in ("DET", "PROPN", "NOUN")
        for k in range(first + 1, i - 2)
    )


class ProsePronouns:
    """Reads the pronouns of the prose; mixed into :class:`reader.Reader`, which holds
    the article's state."""

    view: DocView
    tag: Tagger
    reg: Registry
    pronouns: Pronouns
    content_starts: list[int]
    _named_at: dict[int, Cluster]
    name_of: dict[tuple[int, int], list[Cluster]]
    descriptions: Descriptions
    typer: MentionTyper
    scan: TextScan

    def _sent(self, i: int) -> int:
        raise NotImplementedError

    def _first(self, i: int) -> int:
        raise NotImplementedError

    def _reported(self, char: int) -> bool:
        raise NotImplementedError

    def _kin_before(self, i: int, gender: str) -> bool:
        """Does someone's kin of the pronoun's gender, no entity of the article, come
        before token ``i`` in its sentence ("whose son", "her husband")?"""
        view = self.view
        sets = self.typer.sets
        nouns = sets.gendered_male if gender == "m" else sets.gendered_female
        for k in range(self._first(i) + 1, i):
            if view.lower[k] in nouns and view.words[k].islower() and (
                view.lower[k - 1] in KIN_OWNERS or view.words[k - 1] in ("'s", "’s")
            ):
                return True
        return False

    def _pronoun(self, i: int) -> None:
        role = pronoun_role(self.view, self.tag, i)
        if role is None:
            return
        gender, how = role
        sent = self._sent(i)
        if how == "object":
            # "him", "her": seldom the salient one, and bound apart from it
            self.pronouns.touch_object(sent, gender)
            return
        if how == "possessive" and self._kin_before(i, gender):
            return  # "A mother whose son was stillborn said … his heartbeat": the son's
        current = self.reg.subjects.get(sent)
        at = self.view.starts[i]
        owner = possessive_owner(self.view, self._first(i), i, self._named_at)
        if how == "subject" and i > 0 and self.view.lower[i - 1] == "and":
            owner = None  # "Clinton and he": coordinated, not bound
        if owner is not None and len(self.pronouns.genders.get(sent, ())) > 1:
            # "Priya Venkataraman, who managed his career until he fired her": "he" and
            # "her" in one sentence are two people; the clause proves neither is hers
            owner = None
        c = None if owner is None or how == "object" else find(self._named_at[owner])
        if owner is None and how == "possessive":
            c = self._fronted_owner(i)
        if c is not None and animate(c) and c.takes(gender):
            # "Clinton and her aides", "Pagliano, who invoked his …", "Jayawardena, who
            # top-scored before he was caught": sure whose it is
            w = POSSESSIVE if self.view.lower[i - 1] == "and" else PRONOUN
            c = self.pronouns.person(sent, gender, w, c, sure=True, at=at)
        elif how == "possessive" and i == self._first(i):
            # "Her neighbour, …, describes": the possessor of a sentence's subject is the
            # subject of the sentence before (the last that mentions or quotes someone),
            # never that subject itself; and it is as clear as a subject pronoun.
            before = (self.reg.previous(sent),)
            c = self.pronouns.person(sent, gender, PRONOUN,
                                     self.pronouns.continuing(sent, gender, before),
                                     bound=False, exclude=current, at=at)
        else:
            # "Betsy Ebeling shook her head": a possessive takes its clause's subject (not
            # in the speech it reports: "X told the jury the accused panicked after his
            # ute struck …"); in the subject's own relative clause it is as clear as a
            # subject pronoun ("Mayor Ifeoma Chukwu, who has backed the plan since her
            # campaign, …").
            lower = self.view.lower  # "According to a spokesperson, he was …": not the
            # source (but "According to Okafor, the cheapest room she found": hers)
            according = i > 0 and self.view.words[i - 1] == "," and any(
                lower[k : k + 2] == ["according", "to"] for k in range(self._first(i), i))
            reported = self._reported(self.view.starts[i]) and not according
            local = current if how == "possessive" and not reported and not (
                _subject_between(self.view, self.tag, self._first(i), i)) else None
            weight = PRONOUN if how == "subject" else POSSESSIVE
            if local is not None and in_relative(self.view, self._first(i), i):
                weight = PRONOUN
            opens = how == "possessive" and self.view.starts[i] in self.content_starts
            # "A reporter asked whether he would …": someone else
            asked = i > 2 and lower[i - 1] in ("whether", "if") and lower[i - 2] in ASKING and (
                lower[i - 3] not in _ASKED_OF)  # not "was asked if he", "when asked if he"
            if reported and (how == "subject" or opens) and current is not None and not asked:
                # "The first witness … told the court she saw the ute", "Pastrana said
                # his client …": likely the speaker, but an obituary's "X recalled that
                # she …" is its subject's.
                c = self.pronouns.person(sent, gender, weight, current, bound=False, guess=True,
                                         at=at)
            elif how == "subject" and (main := self._fronted_for(i, gender)) is not None:
                # "Asked when she would go back, Choi paused": the main clause's subject,
                # named right after the fronted clause the pronoun stands in
                c = self.pronouns.person(sent, gender, weight, main, sure=True, at=at)
            elif how == "subject" and not reported and (
                i == self._first(i) or coordinated_clause(self.view, i) or according
                or fronted_subject(self.view, self._first(i), i)
            ):
                # "Jordan Paul Whitehead … is charged with robbery. He is scheduled to
                # appear …": a sentence's subject continues a subject (Centering); not a
                # clause's inside it ("X praised Bush for … when he was in office").
                last = self.pronouns.continuing(sent, gender, (sent, self.reg.previous(sent)),
                                                current if according else None)
                c = self.pronouns.person(sent, gender, weight, last, bound=False, at=at)
            else:
                # ("said her neighbour": the possessive of a mention is not its own)
                own = current if current is not None and any(
                    a == at for a, _ in find(current).mentions) else None
                c = self.pronouns.person(sent, gender, weight, None if own else local,
                                         exclude=own, at=at)
        if c is None:
            return
        c = self._named_by_copula(i, c, how)
        if how != "possessive":
            c.mentions[(self.view.starts[i], self.view.ends[i])] = None
        subject = how == "subject" and opens_clause(self.view, i)
        if subject:
            self.reg.note_subject(sent, c)
        elif how == "subject":
            self.reg.note_subject(sent, c, embedded=True)
        self.reg.touch(c, sent, SUBJECT_W if subject else OTHER_W / 2)

    def _speaker_pronoun(
        self, m: Mention, a: int, sent: int, after: bool, asker: Cluster | None,
        asked: Cluster | None, floor: Cluster | None,
    ) -> Cluster | None:
        """The entity of the pronoun ``m`` (at token ``a``) that is a report's speaker:
        the person named right after the fronted clause it stands in ("Ever since she
        endorsed Mrs. Clinton, Ms. Warren has …"), else as :meth:`Pronouns.resolve`
        reads it."""
        quoted = self.scan.quoted[a]
        if m.head == "pron_they" and not quoted and (
                group := self._plural_antecedent(a, sent, after)) is not None:
            return group
        if m.head in ("pron_he", "pron_she") and not quoted and not after and (
                main := self._fronted_for(a, m.gender)) is not None:
            return self.pronouns.person(sent, m.gender, PRONOUN, main, sure=True, at=m.start)
        return self.pronouns.resolve(m, sent, quoted=quoted, after=after, asker=asker,
                                     asked=asked, floor=floor)

    def _plural_antecedent(self, a: int, sent: int, after: bool) -> Cluster | None:
        """The people or organisations in the plural that "they" at token ``a`` continues
        when no entity was made of them: the subject of a clause of its own sentence
        before it (not when it follows its report there) or of the sentence before
        (``plural_subjects.py``); None when a registered subject is there first, or no
        such phrase."""
        view, reg = self.view, self.reg
        own = view.sent_of[a]
        ranges = [] if after else [(view.sents[own][0], a)]
        if own > 0:
            ranges.append(view.sents[own - 1])
        for lo, hi in ranges:
            if not self.scan.is_prose(lo) or self.scan.skip[lo]:
                return None
            s = self._sent(lo)
            known = reg.subjects.get(s)
            if known is not None and (find(known).plural or find(known).members):
                return None  # pronouns.py reads it
            for x, y in plural_subject(view, self.tag, lo, hi):
                if self.scan.quoted[x] or self.scan.skip[x] or in_relative(view, lo, x):
                    continue  # ("A nurse …, who spoke … because employees were told …")
                m = self.typer.type_mention(x, y, None)
                if m.shape == "name":
                    return None  # "Senate Democrats blocked …": a name, read as such
                if m.shape != "description" or not m.plural or m.kind not in (
                        "anonymous", "organization"):
                    continue
                c = self.descriptions.resolve(m, s, vary=False)
                c.mentions[(m.start, m.end)] = None
                reg.touch(c, s, SUBJECT_W)
                return c
        return None

    def _fronted_for(self, i: int, gender: str) -> Cluster | None:
        """The one person the article has named whose name opens the main clause after
        the fronted clause that the pronoun at token ``i`` stands in ("Asked when she
        would go back, Choi paused"; "When he arrived, Okafor said"), if they may be
        ``gender``; else None."""
        view = self.view
        first = self._first(i)
        if view.lower[first] in FRONTED_ADVERBS and first + 1 < i:
            first += 1  # "Ever since she endorsed Mrs. Clinton, Ms. Warren has …"
        if i <= first or view.lower[first] not in FRONTED:
            return None
        end = view.sents[view.sent_of[i]][1]
        comma = next((k for k in range(i + 1, min(end, i + 16)) if view.words[k] == ","), None)
        if comma is None or "," in view.words[first:i]:
            return None
        j = comma + 1
        while j < end and view.is_space[j]:
            j += 1
        while j + 2 < end and self.typer.is_title(j) and view.words[j + 1][:1].isupper():
            j += 1  # a title or honorific before the name ("Ms. Warren has")
        while j + 2 < end and self.tag(j) == "PROPN" and self.tag(j + 1) == "PROPN" and (
                view.words[j + 1][:1].isupper()):
            j += 1  # to the surname of a full name ("Elizabeth Warren has")
        if j + 1 >= end or not view.words[j][:1].isupper() or self.tag(j) != "PROPN" or (
            self.tag(j + 1) not in ("VERB", "AUX")
        ):
            return None
        people = [c for c in self.reg.people_named(view.words[j]) if c.takes(gender)]
        return people[0] if len(people) == 1 else None

    def _fronted_owner(self, i: int) -> Cluster | None:
        """The person named as the subject right after the fronted phrase whose
        possessive is at token ``i`` ("In her findings, Magistrate Teresa O'Sullivan
        said"), or None."""
        view = self.view
        first, words = self._first(i), view.words
        if view.lower[first] not in FRONTING_PREPS or not first < i <= first + 2 or (
            "," not in words[i : i + 6]
        ):
            return None
        k = words.index(",", i)
        k += 2 if k + 1 < len(words) and view.is_space[k + 1] else 1
        for (a, b), cs in self.name_of.items():
            if k <= a <= k + 1 and b < len(words) and words[b][:1].islower() and len(cs) == 1:
                return find(cs[0])
        return None

    def _named_by_copula(self, i: int, c: Cluster, how: str) -> Cluster:
        """ "Her name is Aylin Yıldız-Moreno", "She is Dilani Wickramasinghe, and …": the
        person the pronoun at token ``i`` refers to, unnamed until then, is the person
        named."""
        view = self.view
        k = i + 2 if how == "possessive" else i + 1
        if k >= len(view.words) or (how == "possessive" and view.lower[i + 1] != "name"):
            return c
        if how != "possessive" and (how != "subject" or i != self._first(i)):
            return c
        span = named_by_copula(view, self.tag, k, view.sents[view.sent_of[i]][1])
        named = self.name_of.get(span) if span is not None else None
        if not named or len(named) != 1 or find(named[0]).kind != "person" or find(c).named:
            return c
        return self.descriptions.join_named(c, named[0])
