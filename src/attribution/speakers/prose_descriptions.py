"""The descriptions and modifying names of an article's prose, read in order
(``reader.py``): a description that opens a sentence ("The captain followed the
suspect") or stands inside one ("after an American Muslim … carried out"), joined to
the entity an apposition, a copula or a title names (``descriptions.py``); an
organisation's name that only modifies a noun ("a Sky Meridian flight") makes it
salient.
"""

from __future__ import annotations

from ..phrases import POSSESSIVES, Tagger, np_right
from ..resources import SpeakerLexicon
from ..segment import DocView
from .appositions import (
    apposition_after,
    apposition_after_relative,
    copula_after,
    named_after,
    named_by_copula,
)
from .descriptions import Descriptions
from .dialogue import REPORTED_QUESTIONS, Turns
from .entities import GENDERED_NOUN, Cluster, Registry
from .mention import Mention
from .possessors import Possessors
from .prose_pronouns import OTHER_W, SUBJECT_W, fronted_subject
from .scan import TextScan
from .text import before_verb, named_as
from .typer import MentionTyper


class ProseDescriptions:
    """Reads the descriptions of the prose; mixed into :class:`reader.Reader`, which
    holds the article's state."""

    view: DocView
    tag: Tagger
    typer: MentionTyper
    reg: Registry
    lex: SpeakerLexicon
    scan: TextScan
    descriptions: Descriptions
    possessors: Possessors
    turns: Turns
    _names_ending: dict[int, tuple[int, int]]

    def _sent(self, i: int) -> int:
        raise NotImplementedError

    def _is_prose(self, i: int) -> bool:
        raise NotImplementedError

    def _mention_cluster(
        self, m: Mention, span: tuple[int, int], sent: int, asker: Cluster | None = None
    ) -> Cluster | None:
        raise NotImplementedError

    def _name_before(self, k: int) -> tuple[int, int] | None:
        """The name an apposition opening at token ``k`` is set off after, right before
        it or before the name's age ("Kofi Badu, 41, a bus driver,"), or None."""
        words = self.view.words
        if k < 1 or words[k - 1] != ",":
            return None
        if k >= 3 and words[k - 3] == "," and words[k - 2].isdigit() and len(words[k - 2]) <= 3:
            aged = self._names_ending.get(k - 3)
            if aged is not None:
                return aged
        return self._names_ending.get(k - 1)

    def _modifier(self, a: int, b: int) -> None:
        """An organisation's name that modifies a noun ("after a Sky Meridian flight hit
        turbulence, the airline said") evokes it: salient, though no mention of it."""
        if not self._is_prose(a) or self.scan.quoted[a]:
            return
        m = self.typer.type_mention(a, b, None)
        if m.shape != "name":
            return
        c = self.reg.by_name.get(("organization", m.name.casefold()))
        if c is None and self.descriptions.org_types.by_use(m.name):
            c = self.reg.named_thing("organization", m.name)  # "a Garuda Biru flight"
        if c is not None:
            self.reg.touch(c, self._sent(a), OTHER_W)

    def _description(self, k: int, subject: bool = True, fronted: bool = False) -> None:
        """A description of a person in prose: one that opens its sentence (its
        subject), or one inside it (``subject`` False: it joins an entity only by its
        title, and is otherwise a new one that pronouns may refer to); ``fronted``: one
        that opens the main clause after a fronted phrase, read only if it describes an
        organisation or people in the plural, the sentence's subject."""
        view = self.view
        if not subject and self._name_before(k) is not None:
            return  # "Matt Duss, the president of …": the name's apposition (_said_of)
        hi = view.sents[view.sent_of[k]][1]
        end = np_right(view, self.tag, k, hi)
        if end is None:
            return
        # "The authority's chief executive": a role noun the word list tags an adjective.
        after = end + 1 if end < hi and view.words[end] in ("'s", "’s") else end
        for j in range(after, min(after + 3, hi)):
            if not view.words[j][:1].islower() or self.tag(j) not in ("ADJ", "NOUN"):
                break
            if self.lex.has("role", view.lower[j]):
                end = j + 1
        m = self.typer.type_mention(k, end, None)
        if (subject or fronted) and m.shape == "description" and m.kind == "organization" and (
                not m.plural):
            self._organisation_subject(m, k)
            return
        if (subject or fronted) and m.shape == "description" and m.kind == "anonymous" and m.plural:
            self._group_subject(m, k)
            return
        if fronted:
            return
        if m.shape != "description" or m.plural or m.kind not in ("anonymous", "unknown"):
            return
        # A thing's role is a person, as the main clause's subject: "When the tanker
        # pulled up, its driver walked …" (not "The Crown called its first witness").
        main = subject or fronted_subject(view, self.scan.first(k), k)
        if view.lower[k] == "its" and not (main and m.kind == "anonymous"):
            return
        possessed = view.lower[k] in POSSESSIVES and not m.gender and view.lower[k] != "its"
        sent = self._sent(k)
        # ("Her neighbour, a taxi driver who gave his name only as Jean-Marc,": the name)
        span = (named_as(view, end) or _apposed_named(view, self.tag, end, hi)
                or apposition_after(view, self.tag, end, hi)
                or named_after(view, self.tag, end, hi)
                or apposition_after_relative(view, self.tag, end, hi)
                or (named_by_copula(view, self.tag, end, hi) if subject else None))
        nm = None if span is None else self.typer.type_mention(span[0], span[1], None)
        if m.kind == "unknown" and not (
            # "the stillman, Calum MacLeòid,": a noun no list has, a person's name set
            # off right after it
            view.lower[k] == "the" and span is not None and span[0] == end + 1
            and nm is not None and nm.shape == "name" and nm.kind == "person"
        ):
            return
        if possessed and (span is None or nm is None or nm.shape != "name" or nm.kind != "person"):
            return  # "His campaign": an entity of his, not him; but "her Vietnamese
            # counterpart, Le Van Thanh," is the person named
        named = None
        if span is not None and nm is not None and nm.shape == "name" and nm.kind == "person":
            named = self._mention_cluster(nm, span, sent)
        c = None
        if m.kind == "unknown":  # the unnamed one the same noun described before
            head = m.head
            c = self.reg.most_salient(sent, lambda x: (
                not x.named and not x.plural and x.kind in ("unknown", "anonymous")
                and head in x.descriptors))
        if c is None:
            c = self.descriptions.resolve(m, sent, vary=main and named is None)
        if named is not None:
            c = self.descriptions.join_named(c, named)
            # "His son, Ewan,", "Brandvold's son, Theo,": the owner is Ewan's father
            self.possessors.owned(m, k, end, sent, c)
        c.mentions[(m.start, m.end)] = None
        if m.gender:
            c.vote(m.gender, GENDERED_NOUN)
        # "When the tanker turned into the street, a man at the front of the line leaned
        # toward the cab": the main clause's subject after a fronted clause
        self.reg.touch(c, sent, SUBJECT_W if main else OTHER_W)
        if main:
            self.reg.note_subject(sent, c, after_fronted=not subject)
        elif before_verb(self.view, self.tag, end):
            self.reg.note_subject(sent, c, embedded=True)
        cop = copula_after(view, self.tag, end if span is None else span[1] + 1, hi)
        if cop is not None:
            self.descriptions.describe_span(c, cop)
        verb = next((j for j in range(end, min(hi - 1, end + 6)) if self.tag(j) == "VERB"), hi)
        if subject and verb < hi - 1 and view.lower[verb] in ("asked", "asks") and (
                view.lower[verb + 1] in REPORTED_QUESTIONS):
            # "A farmer at the back asked why …": a question the narration puts, whose
            # answer's next uncued line is the asker's again
            self.turns.add(c, self.scan.prose_rank[view.para_of[k]], "?", cue="asked")

    def _organisation_subject(self, m: Mention, k: int) -> None:
        """A definite description of an organisation opens the sentence ("The First Nation
        … sued the province and Manitoba Hydro. It argued …"): the subject Centering
        ranks first, as its name would be, named or not."""
        if self.view.lower[k] not in ("the", "this"):
            return
        sent = self._sent(k)
        c = self.descriptions.antecedent(m, sent, retype=False)
        if c is None:
            # "The council voted to close the library. They said …": an organisation
            # no name gives is the subject a pronoun continues all the same
            c = self.descriptions.resolve(m, sent, vary=False)
        c.mentions[(m.start, m.end)] = None
        self.reg.touch(c, sent, SUBJECT_W)
        self.reg.note_subject(sent, c)

    def _group_subject(self, m: Mention, k: int) -> None:
        """People described in the plural who open a sentence ("Relatives of several of
        the dead workers sat in the front row. They said …"): the subject a "they"
        after them continues."""
        sent = self._sent(k)
        c = self.descriptions.resolve(m, sent, vary=False)
        c.mentions[(m.start, m.end)] = None
        self.reg.touch(c, sent, SUBJECT_W)
        self.reg.note_subject(sent, c)



def _apposed_named(view: DocView, tag: Tagger, end: int, hi: int) -> tuple[int, int] | None:
    """The name an indefinite apposition after token ``end`` gives after "named" or
    "called" ("Her neighbour, a taxi driver named Jean-Marc,"), or None."""
    if end + 2 >= hi or view.words[end] != "," or view.lower[end + 1] not in ("a", "an"):
        return None
    e = np_right(view, tag, end + 1, hi)
    return None if e is None else named_after(view, tag, e, hi)
