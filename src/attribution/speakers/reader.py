"""The two passes over an article that turn its mentions into entities.

1. **Names are clustered first**, strictest match first (``clustering.py``).
2. **Then the article is read in order**: names, the speakers of the quotes, the
   descriptions of people (those that open sentences, "The captain followed the
   suspect", and those inside them, "after an American Muslim … carried out"), and the
   third-person pronouns of the prose, each adding to its entity's salience. Pronouns
   are resolved by ``pronouns.py``, descriptions by ``descriptions.py``, dialogue by
   ``dialogue.py``, the "I" of a Q&A answer or an op-ed by ``narrator.py``.

Headlines, captions, bylines, labels, excluded ranges, quoted stretches and a transcript's
answers are never antecedents; a user's coreference component decides first (coref.py).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from ..candidates import Candidate
from ..phrases import Tagger
from ..quotes.rules.uncued import PARAGRAPH
from ..resources import Resources
from ..segment import DocView
from .appositions import producer_after
from .beats import action_beat
from .clustering import (
    acronyms,
    cluster_names,
    could_be_surname,
    full_names_of_modifiers,
    organisations_by_use,
    place_words,
    places_by_use,
    shared_surnames,
)
from .coref import ClusterIndex, clusters_from_doc
from .cue_words import cue_word
from .descriptions import Descriptions
from .dialogue import (
    Turns,
    addressed,
    called_person,
    is_question,
    reports_question,
)
from .echoes import echoed
from .entities import GENDERED_NOUN, PRONOUN, Cluster, Registry, animate, find
from .honorifics import outside_prose, vote_honorifics
from .mention import Mention
from .name_shapes import modifies_noun
from .narrator import Narrator
from .picker import NamePicker
from .possessors import Possessors
from .pronouns import Pronouns
from .prose_descriptions import ProseDescriptions
from .prose_pronouns import OTHER_W, SPEAKER_W, SUBJECT_W, ProsePronouns
from .reader_appositions import ReaderAppositions
from .relatives import relative_antecedent, which_antecedent, who_antecedent
from .scan import TextScan
from .subjects import after_fronted_clause, name_opens_clause, opens_as_subject, quotation_sent
from .text import (
    anchor,
    before_verb,
    possessed_role_named,
    pronoun_role,
    relative_role,
    speaker_ranges,
    token_flags,
    widened,
    wider_start,
)
from .typer import MentionTyper


@dataclass(slots=True)
class Found:
    """What one candidate's speaker resolved to."""

    mention: Mention | None
    cluster: Cluster | None
    inherited: bool = False


# Verbs of taking questions at a press event ("Holm took two questions").
TAKES_QUESTIONS = frozenset(["took", "takes", "fielded", "fields", "answered", "answers"])


class Reader(ProsePronouns, ProseDescriptions, ReaderAppositions):
    """Reads one article: its candidates' speakers and the mentions around them."""

    def __init__(
        self,
        view: DocView,
        res: Resources,
        quoted: Sequence[tuple[int, int]],
        excluded: Sequence[tuple[int, int]],
    ) -> None:
        self.view = view
        self.res = res
        self.lex = res.speakers
        self.typer = MentionTyper(view, res)
        self.tag = Tagger.of(view, res)
        self.reg = Registry()
        self.turns = Turns(self.typer.sets.vocative_title)
        self.descriptions = Descriptions(view, self.lex, self.reg, self.typer, self.tag)
        self.scan = TextScan(view, res, self.typer, self.tag, quoted, excluded)
        self.pronouns = Pronouns(self.reg, self.turns.last_speaker, self.descriptions.businesses,
                                 self.scan.rank_paras())
        self.possessors = Possessors(view, self.reg)
        self.descriptions.sent_rank = self.scan.sent_rank
        self.skip = self.scan.skip
        self.quoted_spans = quoted
        self.name_of: dict[tuple[int, int], list[Cluster]] = {}
        self._names_ending: dict[int, tuple[int, int]] = {}  # a name by its end token
        self._named_at: dict[int, Cluster] = {}  # the entity of a name read, by its end
        self.narrator = Narrator(view, self.scan.prose)
        self.picker = NamePicker(self.reg, self.descriptions)
        self._places: frozenset[str] | None = None  # names of places (clustering.py)
        self._position: dict[int, int] = {}  # a candidate's index, by its id
        self.content_starts: list[int] = []  # the candidates' contents, in order
        self.content_ends: list[int] = []  # (running maximum of their ends)
        self._indirect: list[tuple[int, int]] = []  # the contents of reports, in order
        # A user's coreference component, when the pipeline has one, decides first.
        self.coref = ClusterIndex(clusters_from_doc(view.doc)) if view.doc.spans else None

    def read(self, cands: list[Candidate]) -> list[Found]:
        """Resolve the speaker of every candidate (``inherit`` sources included)."""
        view = self.view
        self._position = {id(c): j for j, c in reversed(list(enumerate(cands)))}
        typed: dict[int, Mention] = {}
        for i, c in enumerate(cands):
            if c.speaker is not None:
                typed[i] = self.typer.type_mention(c.speaker[0], c.speaker[1], c.description)
        spans = sorted(c.content for c in cands)
        self.content_starts = [a for a, _ in spans]
        self.content_ends = list(itertools.accumulate((b for _, b in spans), max))
        self._indirect = sorted(c.content for c in cands if c.kind != "direct")
        shapes = {i: m.shape for i, m in typed.items()}
        speaker_toks = token_flags(view, speaker_ranges(view, cands, shapes))
        names = self.scan.names(speaker_toks)
        named = [
            *((c.speaker, typed[i]) for i, c in enumerate(cands)
              if c.speaker is not None and typed[i].shape == "name"),
            *(((a, b), m) for a, b, _, m in names if m is not None),
        ]
        named = places_by_use(organisations_by_use(named, view, self.typer.sets.company_noun),
                              view, self.typer.sets.place_head)
        shared_surnames(self.reg, self.typer, named)
        self.name_of = cluster_names(self.reg, named, self.typer)
        full_names_of_modifiers(self.reg, self.typer, self.scan.unmentioned_names)
        vote_honorifics(view.text, self.lex, self.reg, outside_prose(self.scan, self.quoted_spans))
        names = [n for n in names if n[3] is not None or self._may_name(n[0])]
        self._names_ending = {b: (a, b) for a, b, _, m in names if m is not None}
        # a speaker's name too: "said Michael O'Hanlon, a policy expert" is no second person
        self._names_ending.update(
            (c.speaker[1], c.speaker) for i, c in enumerate(cands)
            if c.speaker is not None and typed[i].shape == "name"
        )
        # Events in text order: (character, order, what, index).
        events: list[tuple[int, int, str, int]] = []
        for i, c in enumerate(cands):
            at = anchor(view, c)
            events.append((at, 0, "speaker", i))
        events += [(view.starts[n[0]], 1, "name", k) for k, n in enumerate(names)]
        for i in self.scan.all_pronouns:
            role = pronoun_role(view, self.tag, i)
            if role is not None:
                self.pronouns.genders.setdefault(self._sent(i), set()).add(role[0])
        events += [(view.starts[i], 2, "pronoun", i) for i in self.scan.pronouns(speaker_toks)]
        events += [(view.starts[a], 1, "description", a)
                   for a in self.scan.subject_descriptions(speaker_toks)]
        inner = self.scan.inner_descriptions(speaker_toks)
        events += [(view.starts[a], 1, "inner", a) for a in inner]
        events += [(view.starts[a], 1, "fronted", a)
                   for a in sorted(set(self.scan.fronted_descriptions(speaker_toks)) - set(inner))]
        events += [(view.starts[a], 1, "modifier", k)
                   for k, (a, _) in enumerate(self.scan.unmentioned_names)]
        events.sort()
        self.reg.mentioned = self.scan.quoting_sentences()  # steps of salience's decay
        found = [Found(None, None) for _ in cands]
        for _, _, what, k in events:
            if what == "speaker":
                found[k] = self._speaker(cands, k, typed.get(k), found)
            elif what == "name":
                self._name(*names[k])
            elif what == "pronoun":
                self._pronoun(k)
            elif what == "modifier":
                self._modifier(*self.scan.unmentioned_names[k])
            else:
                self._description(k, subject=what == "description", fronted=what == "fronted")
        self.pronouns.settle()
        acronyms(self.reg, view.text)
        echoed(self.reg, view, cands, [f.cluster for f in found], self._is_prose)
        self.turns.join_called(self.reg, lambda j: found[j].cluster)
        for k, other in self.turns.recalled(lambda j: found[j].cluster):
            found[k] = Found(found[k].mention, other, True)
        return found

    # -- positions ----------------------------------------------------------------------
    def _sent(self, i: int) -> int:
        """The number of token i's sentence among the sentences of prose."""
        return self.scan.sent_rank[self.view.sent_of[i]]

    def _is_prose(self, i: int) -> bool:
        return self.scan.is_prose(i)

    def _first(self, i: int) -> int:
        return self.scan.first(i)

    def _opens(self, a: int) -> bool:
        """Does the noun phrase of the name at token ``a`` open its clause ("Flames coach
        Darnell Okafor was blunter")? (``subjects.py``)"""
        return name_opens_clause(self.view, self.typer, self.tag, a, self._first(a))

    def _may_name(self, a: int) -> bool:
        """Is the single capitalised word at token ``a`` a word of a name the article
        gives (an event to read); if not, note a sentence naming someone unknown."""
        word = self.view.lower[a]
        if word in self.reg.by_word or self.reg.first_words.get(word) is not None or (
            self.reg.thing_called(word)
        ):
            return True
        if self._places is None:
            self._places = place_words(self.view, self.typer.sets.place_head)
        if a != self._first(a) and self._is_prose(a) and could_be_surname(
            self.view, self.reg, self.typer, self.lex, a, self._places
        ):
            self.pronouns.unknown.setdefault(self._sent(a), self.view.starts[a])
        return False

    def _reported(self, char: int) -> bool:
        """Does character ``char`` stand in the content of an attribution?"""
        k = bisect.bisect_right(self.content_starts, char) - 1
        return k >= 0 and char < self.content_ends[k]

    # -- events -------------------------------------------------------------------------
    def _speaker(
        self, cands: list[Candidate], k: int, m: Mention | None, found: list[Found]
    ) -> Found:
        c = cands[k]
        view = self.view
        if m is None or c.speaker is None:
            return self._inherit(cands, k, found)
        a, b = c.speaker
        made = self.descriptions.data_source(m, a, b) if c.kind == "according_to" else None
        if made is not None:
            # "according to figures released by the trust that runs it": the trust
            (a, b), m = made, self.typer.type_mention(*made, None)
        elif m.kind == "document" and m.shape == "description" and producer_after(
            view, self.tag, b
        ):
            m = self.typer.type_mention(a, producer_after(view, self.tag, b) or b, c.description)
        roles = self.typer.sets.role
        wider = None if c.description else widened(view, self.tag, self.typer.sets, a, b)
        if wider is not None:  # "People briefed on [the move] said": the people speak
            (a, b), m = wider, self.typer.type_mention(*wider, c.description)
        owned = None if m.shape != "name" else possessed_role_named(view, roles, b)
        if owned is not None:  # "Sky Meridian's chief executive, Ingrid Solberg, said"
            b, m = owned, self.typer.type_mention(a, owned, c.description)
        sent = self._sent(a)
        head = None if m.shape not in ("description", "name") else self._apposed_name(
            a, m.kind == "organization" and m.shape == "description")
        ent: Cluster | None = None if not self.coref or m.shape not in (
            "pronoun", "description", "relative") else self._from_coref(m, sent)
        if ent is not None:
            pass
        elif head is not None:
            # "Greg Raiff, chief executive officer of Private Jet Services, said": the
            # mention is an apposition of the clause's subject, who speaks.
            ent = head
            if m.shape == "name":
                span = next(s for s, cs in self.name_of.items() if head in cs)
                m = self.typer.type_mention(span[0], span[1], None)
        elif m.shape == "relative" and (antecedent := c.antecedent or relative_antecedent(
                view, self.tag, a)) is not None:  # (or "David Duke (who endorses …)")
            ante = (wider_start(view, self.tag, self.typer.sets.role, *antecedent)
                    or antecedent[0], antecedent[1])  # "people in [the arena], who"
            if view.lower[a] == "which":  # "a letter signed by 212 parishioners, which"
                ante = which_antecedent(view, self.tag, self.typer.sets.role, *ante)
            elif view.lower[a] == "who":  # "drawing the ire of lawmakers who thought"
                ante = who_antecedent(view, self.typer.sets.person_noun, *ante)
            am = self.typer.type_mention(*ante, c.description)
            ent = self._mention_cluster(am, ante, sent)
            if am.shape == "description":  # "Sanders' supporters, who …"
                ent = self.possessors.owned(am, *ante, sent, ent)
                # "Amna El-Tayeb Osman, a senior engineer at …, who said": the
                # description is the name's apposition, and the name speaks
                ent = self._apposition_of(ante[0]) or ent
            kind = ent.kind if ent is not None and am.kind != "unknown" else am.kind
            m = Mention(m.start, m.end, ent.name if ent else am.name, kind, "relative")
        elif m.shape == "pronoun" and m.head == "pron_i":
            ent = self._narrator(a)
        elif m.shape == "pronoun":
            # "Mr. Trump … fits that bill for many people, he added": the subject of the
            # report before its speaker is no subject the speaker continues.
            opens = view.token_at(c.content[0])  # (not "Trump has blasted the system, which
            after = c.content[1] <= m.start and opens <= self._first(opens) and (  # he said")
                view.para_of[opens] == view.para_of[a])  # "“A. B,” she said": one report
            current = self.reg.subjects.get(sent)
            if (
                m.head in ("pron_he", "pron_she") and current is not None
                and not self.scan.quoted[a] and self._reporting(m.start, sent)
            ):
                # "Councillor Priya Dasgupta-Reid … said she shared some of …": a report's
                # speaker in the speech of the sentence's subject, as _pronoun reads it
                ent = self.pronouns.person(sent, m.gender, PRONOUN, current, bound=False,
                                           guess=True, at=m.start)
                if ent is not None and ent is find(current):
                    self.pronouns.continued.append((ent, m.gender))  # a turn it continues
            else:
                para, cue = self.scan.prose_rank[c.para], cue_word(view.text, c)  # (a reply)
                asker = self.turns.asker(para, cue) if c.kind == "direct" else None
                asked = None if asker is None else self.turns.asked(para, cue)
                floor = self.turns.floor(para) if c.kind == "direct" else None
                ent = self._speaker_pronoun(m, a, self._sent(opens) if after else sent,
                                            after=after, asker=asker, asked=asked, floor=floor)
        else:  # a name or description; not who asked the question its line answers
            # ("“Will you resign?” a reporter asked. “No,” Okafor replied.")
            described = m.shape == "description" or m.title_only
            named = self._apposed_to(m, c, a, b, sent) if described else None
            asker = self.turns.asker(self.scan.prose_rank[c.para])
            ent = self.descriptions.unsaid(  # "said he": no woman named before
                m, self._mention_cluster(m, (a, b), sent, asker, reports=True), c, sent, asker)
            if named is not None:
                ent = named if ent is None else self.descriptions.join_named(ent, named)
        if m.shape in ("description", "name"):  # "his campaign", "Trump's opponents"
            ent = self.possessors.owned(m, a, b, sent, ent)
        if ent is not None and m.shape in ("name", "description") and c.description is not None:
            d0, d1 = c.description
            if (d1 <= a and view.lower[d0] not in ("a", "an")) or (d0 >= b and m.shape != "name"):
                # "Its president, Sunil Chattopadhyay, said": a mention of the speaker too
                find(ent).mentions[(view.starts[d0], view.ends[d1 - 1])] = None
        if ent is not None:
            ent = find(ent)
            if (m.shape == "name" and len(self.name_of.get((a, b), ())) == 1) or (
                m.shape == "description" and ent.kind == "anonymous" and not ent.plural
            ):  # whose relative clause's pronouns are its own ("The store's owner, who …")
                self._named_at[b] = ent
            if m.shape != "pronoun" or m.head in ("pron_he", "pron_she", "pron_they", "pron_it"):
                ent.mentions[(m.start, m.end)] = None
            ent.speaks = ent.topic = True
            self.descriptions.describe(ent, m)
            if m.gender and m.shape == "description":
                ent.vote(m.gender, GENDERED_NOUN)
            # "I" is the narrator, whom the prose never calls "he" or "she".
            if made is not None:  # who released the data: no subject, little salience
                self.reg.touch(ent, sent, OTHER_W)
            elif self._is_prose(a) and not self.skip[a] and m.head != "pron_i":
                self.reg.touch(ent, sent, SPEAKER_W)
                # "Trump, who has insulted …": a relative clause's subject, not the sentence's
                self.reg.note_subject(sent, ent, embedded=m.shape == "relative")
                if c.kind == "direct":
                    self._hold_floor(ent, c.content)
        if ent is not None and ent.kind == "document" and m.shape == "description":
            self._producer(a, b, sent)
        text = view.text[c.content[0] : c.content[1]]
        called = called_person(self.reg, text, view.text, self.typer.sets.vocative_title, ent)
        if called is None and c.cue is not None:  # "“…,” he said to a man in a blue kaftan"
            called = addressed(
                view, self.tag, self.typer, self.reg, self.pronouns, lambda m, s, n: (
                    self.possessors.owned(m, *s, n, self._mention_cluster(m, s, n))
                ), view.token_at(c.cue[1] - 1) + 1, sent, ent)  # (owned: "his father")
        self.turns.add(ent, self.scan.prose_rank[c.para], text, called, cue_word(self.view.text, c))
        return Found(m, ent)

    def _producer(self, a: int, b: int, sent: int) -> None:
        """The organisation a document's description names as its producer ("figures
        from the Scotch Whisky Association (SWA)") is mentioned there too: "The trade
        body said" after it takes it up."""
        view = self.view
        k = next((i for i in range(a, b - 1) if view.lower[i] in ("from", "by")), None)
        if k is None or (not view.words[b - 1][:1].isupper() and view.words[b - 1] != ")"):
            return
        m = self.typer.type_mention(k + 1, b, None)
        if m.shape != "name" or m.kind not in ("organization", "media"):
            return
        c = self._mention_cluster(m, (k + 1, b), sent)
        if c is not None:
            find(c).mentions[(m.start, m.end)] = None
            self.reg.touch(find(c), sent, OTHER_W)

    def _reporting(self, char: int, sent: int) -> bool:
        """Does character ``char`` stand in the indirect speech of the last report to
        begin before it, in sentence ``sent`` ("… said [she shared some of …]")?"""
        k = bisect.bisect_right(self._indirect, (char, len(self.view.text) + 1)) - 1
        if k < 0:
            return False
        start, end = self._indirect[k]
        return char < end and self._sent(self.view.token_at(start)) == sent

    def _hold_floor(self, ent: Cluster, content: tuple[int, int]) -> None:
        """The speaker of a quotation is the topic of every sentence it spans ("“I don't
        need …. I need a candidate who …” / Mr. Trump … fits that bill, he added")."""
        view = self.view
        first = self._sent(view.token_at(content[0]))
        last = self._sent(view.token_before(content[1]))
        for s in range(first, min(last, first + 20) + 1):
            self.reg.note_subject(s, ent, keep=True)

    def _narrator(self, a: int) -> Cluster | None:
        """Who "I" at token ``a`` is (:class:`narrator.Narrator`), if a named person."""
        span = self.narrator.span(a, self.scan.quoted[a])
        m = None if span is None else self.typer.type_mention(span[0], span[1], None)
        if span is None or m is None or m.shape != "name" or m.kind != "person":
            return None
        return self._mention_cluster(m, span, self._sent(a))

    def _inherit(self, cands: list[Candidate], k: int, found: list[Found]) -> Found:
        c = cands[k]
        src = None if c.inherit is None else self._position.get(id(c.inherit))
        if src is None:
            return Found(None, None)
        ent = found[src].cluster
        para = self.scan.prose_rank[c.para]
        text = self.view.text[c.content[0] : c.content[1]]
        called = called_person(self.reg, text, self.view.text, self.typer.sets.vocative_title)
        uncued = c.rule == PARAGRAPH and not c.continuation
        # (a line after a question reported as put answers it: no beat of the asker's)
        answers = uncued and reports_question(cue_word(self.view.text, cands[src]), (
            self.view.text[cands[src].content[0] : cands[src].content[1]]))
        beat = action_beat(self.view, self.scan, self.reg, c.content[0]) if (
            uncued and not answers) else None
        if beat is not None:
            ent = beat  # "An elderly woman appears in the doorway. “Only eggs?”"
        elif uncued:
            if cands[src].content[0] > c.content[0]:
                # a line the rules gave to the next paragraph's speaker, while an uncued
                # line of the paragraphs before holds the floor ("“Honestly? No.” / “And
                # your family?” / … / Kraken general manager … said"): it continues it
                ent = self.turns.floor(para) or ent
            here = self._sent(self.view.token_at(c.content[0]))
            # (the paragraph before is one step of the scene however many sentences it
            # has: '“Address?” Mr Gopee asked.' is two)
            before = next((p for p in range(c.para - 1, -1, -1) if self.scan.prose[p]), -1)
            extra = 0 if before < 0 else max(0, self.reg.distance(
                self._sent(self.view.paras[before][0]), here) - 1)
            ent = self.turns.answerer(ent, para, called, k, text, lambda asker, w: (
                self.reg.last_other(here, asker, w + extra))) or ent
            if not is_question(text):  # "Holm took two questions. / “…?” / “No. …”"
                ent = self._questions_taken(c.content[0]) or ent
        source = cands[src].speaker
        if ent is not None and (
            source is None or (self._is_prose(source[0]) and not self.skip[source[0]])
        ):
            sent = self._sent(self.view.token_at(c.content[0]))
            self.reg.touch(ent, sent, OTHER_W)
            if c.continuation:  # "“A,” she said. “B.”": B is hers as much as A
                self._hold_floor(ent, c.content)
        self.turns.add(ent, para, text, called, cue_word(self.view.text, c))
        return Found(found[src].mention, ent, inherited=True)

    def _name(self, a: int, b: int, possessive: bool, m: Mention | None) -> None:
        view = self.view
        cands = (self.reg.people_named(view.words[a]) or self.reg.thing_called(view.words[a])
                 ) if m is None else self.name_of.get((a, b))
        if not cands:
            return
        sent = self._sent(a)
        c = self.picker.pick(cands, sent, view.starts[a], m.gender if m is not None else "", m)
        prose = self._is_prose(a)
        # "Donald Trump's first tweet was …": the possessor of a subject is its topic.
        owned = possessed_role_named(view, self.typer.sets.role, b) if possessive else None
        if owned is not None and prose:
            self.descriptions.possessed_role(a, owned, self.name_of)
        # "Ji-woo's mother, Kang Mi-sook, read …": the mother is the subject
        subject = prose and self._opens(a) and (not possessive or a == self._first(a)) and (
            owned is None
        )
        if not possessive:
            c.mentions[(view.starts[a], view.ends[b - 1])] = None
        if m is not None and m.modifiers and c.kind in ("person", "organization"):
            c.descriptors.update(self.descriptions.heads(m.modifiers, c.kind))
        if c.kind == "person" and self.typer.kin_before(a):  # "his brother Karim Haddad"
            c.vote(self.typer.kin_before(a), GENDERED_NOUN)
        if not prose:
            return
        if c.first_sent < 0 and c.kind == "person":
            untitled = subject and not (m and self.descriptions.titled(m.modifiers))
            c = (self.descriptions.cataphora(c, sent, view.starts[a]) if untitled
                 else self.descriptions.title_cataphora(c, sent, self._role_before(a)))
        elif c.first_sent < 0 and c.kind == "organization" and not modifies_noun(view, self.tag, b):
            # "their union" … its name (not a name that modifies a noun: "The corporation
            # …. A Brihanmumbai Municipal Corporation (BMC) report …")
            c = self.descriptions.named_group(c, sent)
        if c.kind == "person":
            c = self.descriptions.named_by_copula(c, a, sent)
        self.reg.touch(c, sent, SUBJECT_W if subject else OTHER_W)
        if len(cands) == 1:  # a name that could be someone else's too proves nothing
            self._named_at[b] = c
        if subject:  # (after a fronted clause, the main one's: "When X tried …, Y differed")
            self.reg.note_subject(sent, c, after_fronted=after_fronted_clause(view, a))
        elif not possessive and before_verb(self.view, self.tag, b):
            self.reg.note_subject(sent, c, embedded=True)
        if not possessive:
            self.descriptions.said_of(c, b)

    def _questions_taken(self, char: int) -> Cluster | None:
        """Who the narration said took questions ("At a short press availability, Holm
        took two questions."), in one of the four paragraphs before the line at
        character ``char``: the one who answers the uncued lines that ask nothing."""
        view = self.view
        p = view.para_of[view.token_at(char)]
        for q in range(p - 1, max(-1, p - 5), -1):
            first, end = view.paras[q]
            for j in range(first, end - 1):
                if view.lower[j] in TAKES_QUESTIONS and "questions" in view.lower[j + 1 : j + 4]:
                    host = self.reg.subjects.get(self._sent(j))
                    return None if host is None or find(host).kind != "person" else find(host)
        return None

    def _role_before(self, a: int) -> str | None:
        """ "The witness" when the name at token ``a`` is set off after it at the start
        of its sentence ("The witness, Priya Ramanathan, said"; not '“…,” says the
        barista, Lorenzo Cicconi', a turn of dialogue), else None."""
        view = self.view
        if a < 3 or self._first(a) != a - 3 or not self.scan.set_off_name(
                a - 3, view.sents[view.sent_of[a]][1]):
            return None
        return view.text[view.starts[a - 3] : view.ends[a - 2]]

    # -- one mention --------------------------------------------------------------------
    def _mention_cluster(
        self, m: Mention, span: tuple[int, int], sent: int, asker: Cluster | None = None,
        reports: bool = False,
    ) -> Cluster | None:
        """The cluster of a name or description mention (made when new)."""
        reg = self.reg
        if m.shape == "name" and m.title_only:
            # "Ms." alone: the woman most salient here, as "she" would be.
            found = reg.most_salient(sent, lambda x: animate(x) and x.takes(m.gender))
            if found is None and not m.gender and not self._is_prose(span[0]):
                found = self.descriptions.title_alone(m)
            return found
        if m.shape == "name":
            cands = self.name_of.get(span)
            if not cands:
                if m.kind == "person":  # ("Hurun" after "the Shanghai-based Hurun Report")
                    short = None if " " in m.name else reg.organisation_shortened(m.name)
                    cands = reg.people_named(m.name) or [short or reg.add_person(m.name)]
                elif m.kind == "unknown":  # "The Traverse": the Traverse Theatre named before;
                    return None if " " in m.name else (reg.organisation_shortened(m.name)
                        or next(iter(reg.people_named(m.name)), None))  # "May": Theresa May
                else:
                    cands = [reg.named_thing(m.kind, m.name, m.weak, m.plural)]
            c = self.picker.pick(cands, sent, m.start, m.gender, m)
            role = relative_role(self.view, span[1]) if c.kind == "person" else None
            if role is not None:  # "Sen. Ramon Villareal-Cruz, who chairs the committee,"
                c.descriptors.update(self.descriptions.heads([role]) or [role])
            if c.kind == "person" and m.modifiers:
                c.descriptors.update(self.descriptions.heads(m.modifiers))
                c.describe(m.description)
            if c.first_sent < 0 and c.kind == "person" and self._is_prose(span[0]):
                untitled = not self.descriptions.titled(m.modifiers) and opens_as_subject(
                    self.view, self.tag, self._first(span[0]), span[0], bool(m.description),
                    (m.description or "").casefold() in ("", *m.modifiers))
                opened = quotation_sent(self.view, self.scan.sent_rank, span[0])
                at = sent if opened is None else min(sent, opened)
                c = (self.descriptions.cataphora(c, at, m.start, asker) if untitled
                     else self.descriptions.title_cataphora(
                         c, sent, m.description or self._role_before(span[0])))
                bare = reports and opened is None and (m.description is None or (
                    m.description.split()[0].casefold() in ("who", "whose"))) and (  # (or a
                    self._first(span[0]) == span[0])  # relative's) opening its sentence
                if (opened is not None or bare) and find(c).first_sent < 0 and not m.modifiers:
                    # '“…,” said Kebede Tolosa, chairman of …': the quotation's speaker,
                    # named after it, is the description that spoke just before; so is
                    # a bare name reporting in the next sentence ("A heavy-equipment
                    # operator … said …. Ravinder Gill, 54, said …")
                    c = self.descriptions.cataphora(c, at, m.start, asker, speaking=True,
                                                    apposition=m.description,
                                                    window=1 if opened is None else None)
            elif c.first_sent < 0 and c.kind == "organization" and self._is_prose(span[0]):
                c = self.descriptions.named_group(  # "The charity, Feed Kingston,"
                    c, sent, (*m.modifiers, *(m.description or "").casefold().split()))
            return c
        if m.shape == "description":
            if self.lex.phrase("quantified", tuple(m.name.casefold().split())):
                return None  # "None has offered plans": no one a later "he" could be
            if " " not in m.name and m.kind != "person" and m.name[:1].isupper():
                people = reg.people_named(m.name)
                if people:
                    return self.picker.pick(people, sent)
            return self.descriptions.resolve(m, sent, asker)
        return None

    def _from_coref(self, m: Mention, sent: int) -> Cluster | None:
        assert self.coref is not None
        view = self.view
        for a, b in self.coref.antecedents(m.start, m.end):
            t0, t1 = view.token_at(a), view.token_before(b) + 1
            if t0 < t1:
                am = self.typer.type_mention(t0, t1, None)
                if am.shape == "name":
                    return self._mention_cluster(am, (t0, t1), sent)
        return None

