"""Pronouns: "he", "she", "they", "it" to the entity they refer to, and what they say
of its gender.

A pronoun takes the most salient entity of compatible kind, number and stated gender
(Lappin & Leass 1994), among those mentioned in the last sentences; an entity the text
already says is of the pronoun's gender counts double against one it says nothing of.
Centering's preference (Grosz, Joshi & Weinstein 1995) chooses first: "he"/"she" takes
the subject it continues, of the subjects of this sentence's clauses or the last one's,
the one already known to be of its gender, else the most salient ("Clinton … she issued
a plan: President Obama later adopted it. She has called …" is Clinton's); a sentence
between with no one as its subject ("The hall was quiet.", a caption) realises no
center, and the subject before it is the one continued. "they" is
the group, organisation or anonymous source that spoke last, else the most salient
group; "it" an organisation, outlet or document.

Gender is what the pronouns are most often evidence of, and a wrong gender misleads
every later pronoun (and a diversity audit), so a pronoun states its entity's gender
only when it is sure (:meth:`Pronouns.sure_rivals`): no other person it could mean was mentioned
in its sentence or the last (nor, for an entity mentioned longer ago, anywhere in
reach), whatever Centering chose; someone the text already calls so ("Professor Kwesi
Ampofo-Dankwa recalled that she …" in an obituary of a woman) is such a person too.
Salience a pronoun gave is no proof: "Clinton put Sanders on the defensive, but a
hoarse-voiced Sanders got in digs. He accused Clinton …. He noted …" — the second "he"
is as unsure as the first, because its entity was last *named* before Sanders was
(:attr:`Pronouns.chain`). Two pronouns of different genders in one sentence are two
people ("He suggested that she share anecdotes"): an entity one of them took is no
candidate for the other. A vote that is not sure waits, and counts once the article is
read if every other candidate it had turns out to be of the other gender (a gender
stated by sure evidence), or if pronouns that continued its turns as a sentence's
subject were of that gender at least twice and twice as often as of the other; a vote
still waiting then counts nothing. A construction can make a possessive sure: "Clinton
and her aides", "Bryan Pagliano, who invoked his Fifth Amendment rights" (no other name
or pronoun between) are the name's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..phrases import PARTITIVE_HEADS
from .businesses import Businesses
from .entities import GROUPS, PRONOUN, Cluster, Registry, animate, find
from .mention import Mention

PRONOUN_WINDOW = 6  # sentences a pronoun looks back
NEAR = 8  # entities looked at for the pronoun's competitors
OBJECT_W = 0.5  # salience an object pronoun adds to the one person it can mean
MAJORITY = 2  # unsure pronouns continuing an entity's turns that state its gender
NO_CENTER = 3  # sentences with no one as a subject a continued subject is looked past


class Pronouns:
    """Resolves the pronouns of one article and keeps the gender votes that wait."""

    def __init__(
        self,
        reg: Registry,
        last_speaker: Callable[[], Cluster | None],
        businesses: Businesses | None = None,
        paras: dict[int, int] | None = None,
    ) -> None:
        self.reg = reg
        self.paras = paras or {}  # the paragraph of each sentence of prose
        self.last_speaker = last_speaker
        self.businesses = businesses
        # Votes that wait: (entity, gender, weight, the other candidates it had).
        self.pending: list[tuple[Cluster, str, float, list[Cluster]]] = []
        # Sentences that name someone no cluster knows (a surname given alone), and the
        # character where the first such name of each stands.
        self.unknown: dict[int, int] = {}
        # The genders of the third-person pronouns of each sentence's prose.
        self.genders: dict[int, set[str]] = {}
        # The genders of the votes that wait for each entity (by id).
        self.waits: dict[int, set[str]] = {}
        # An entity last taken by an unsure pronoun (by id): that pronoun's sentence and
        # the first sentence its rivals were looked for in. A pronoun that takes it
        # again, with no name in between, is as unsure as that one.
        self.chain: dict[int, tuple[int, int]] = {}
        # sentence -> {entity id: (the gender of the pronoun that took it there, whether
        # that pronoun was sure)}
        self.taken: dict[int, dict[int, tuple[str, bool]]] = {}
        # Each "he"/"she" of the prose that continued a sentence's subject (sure or
        # not), and the entity it took.
        self.continued: list[tuple[Cluster, str]] = []

    def resolve(
        self, m: Mention, sent: int, quoted: bool = False, after: bool = False,
        asker: Cluster | None = None, asked: Cluster | None = None,
        floor: Cluster | None = None,
    ) -> Cluster | None:
        """The entity of pronoun mention ``m`` in sentence ``sent`` (None if none fits);
        ``quoted``: it stands in someone's speech (a quotation, a transcript's answer),
        whose "he" is the speaker's to mean: it states no gender; ``after``: it follows
        the report it attributes, in the same sentence; ``asker``: who put the question
        the line answers ('“… would you be standing here?” Whitcomb asked. “I would,”
        she said.'), not meant while someone else fits; ``asked``: who spoke before
        that question, taken when no subject nearby fits; ``floor``: who spoke last, taken
        when no subject nearby fits ("But what if Clinton wins? Don't Republicans run the
        risk …? “…,” he said." is the last speaker's, not a name in the question)."""
        reg = self.reg
        if m.head in ("pron_he", "pron_she"):
            # "… Sergeant Hēmi Te Rangi said …. “Another hour …,” he said": the speaker
            # continues the subject of the sentence (or of the one before: Centering's
            # continuation); a report's own subject is no candidate.
            sents: tuple[int, ...] = (sent - 1,) if after else (sent, sent - 1)
            back = sent - 1
            while back > sent - 1 - NO_CENTER and back > 0 and not reg.subjects_in(back):
                # A sentence with no one as a subject ("The hall was quiet.", a caption)
                # realises no center: the subject continued is the one before it.
                back -= 1
                sents += (back,)
            weight = 0.0 if quoted else PRONOUN
            if asker is not None:
                last = self.continuing(sent, m.gender, sents, asker) or asked
                found = self.person(sent, m.gender, weight, last, bound=False, at=m.start,
                                    exclude=asker)
                if found is not None:
                    return found
            last = self.continuing(sent, m.gender, sents) or floor
            return self.person(sent, m.gender, weight, last, bound=False, at=m.start)
        if m.head == "pron_they":

            def group(c: Cluster) -> bool:
                return bool(c.members) or c.kind == "organization" or (
                    c.kind == "anonymous" and c.plural)

            # the plural subject of its own sentence before it ("Though executives who
            # worked with him say they assume …, they also say"), or of the sentence
            # before ("More than 30 stallholders … have petitioned the agency. They
            # say …"), else the last speaker if a group
            for s in (reg.previous(sent),) if after else (sent, reg.previous(sent)):
                before = reg.subjects.get(s)
                if before is not None and (find(before).plural or find(before).members) and (
                        group(find(before))) and not (  # (not a part: "Many of them …, and
                        s == sent and find(before).descriptors & PARTITIVE_HEADS):  # they")
                    return find(before)
            last = self.last_speaker()
            if last is not None and (last.kind in GROUPS or last.members):
                return last
            return reg.most_salient(sent, group)
        if m.head == "pron_it":
            # "The report said … It said"; in a clause after its own sentence's subject,
            # that subject ("The trade group … spelled out its concerns as it commented
            # on the rules"), not the sentence's before
            for s in (reg.previous(sent),) if after else (sent, reg.previous(sent)):
                last = reg.subjects.get(s)
                if last is not None and find(last).kind in ("organization", "document", "media"):
                    return find(last)
            # else the most salient; else a name nothing says is a person's, subject of
            # the sentence before ("Heineken reported a fall in profits. …, it said")
            # (or the one such name in reach: "Acme said … Its chief executive, John
            # Roe, said … It said …")
            return reg.most_salient(
                sent, lambda c: c.kind in ("organization", "document", "media")
            ) or (None if self.businesses is None else (
                self.businesses.untold_subject(sent, True) or self.businesses.of_kind(sent)))
        return None

    def continuing(
        self, sent: int, gender: str, sents: tuple[int, ...], barred: Cluster | None = None
    ) -> Cluster | None:
        """The subject a pronoun of ``gender`` in sentence ``sent`` continues: of the
        subjects of the clauses of ``sents`` (the first that has one that fits), the one
        known to be of that gender, else the most salient ("Clinton … she issued a plan:
        President Obama later adopted it. She has called …" is Clinton's); never
        ``barred``."""
        reg = self.reg
        for s in sents:
            fitting = [c for c in reg.subjects_in(s, main=True)
                       if animate(c) and c.takes(gender) and c is not barred]
            if fitting:
                best = max(fitting, key=lambda c: (
                    bool(gender) and c.gender == gender, reg.salience(c, sent)
                ))
                if gender and not best.gender and not (best.named or best.speaks) and (
                        best.first_sent == s and self.paras.get(s, -1) == self.paras.get(s - 1)):
                    # "Ms Hoareau … she said. A photographer … was told to leave. “…,” she
                    # said.": a newcomer nobody names, of no stated gender, in the paragraph
                    # of the subject before it the text calls so, does not take the turn
                    back = [c for c in reg.subjects_in(s - 1, main=True) if animate(c)
                            and c.gender == gender and c is not barred]
                    if back:
                        return max(back, key=lambda c: reg.salience(c, sent))
                return best
        return None

    def person(
        self,
        sent: int,
        gender: str,
        weight: float,
        prefer: Cluster | None = None,
        bound: bool = True,
        exclude: Cluster | None = None,
        guess: bool = False,
        sure: bool = False,
        at: int | None = None,
    ) -> Cluster | None:
        """The person (or one unnamed person) "he"/"she" refers to in sentence ``sent``;
        ``prefer`` is taken when it fits: the subject of the pronoun's own clause, which
        a possessive takes ("Betsy Ebeling shook her head"; ``bound``), or that of the
        sentence before; ``guess``: ``prefer`` is only likelier than the others (the
        speaker of the reported speech a pronoun stands in), no proof of its gender;
        ``exclude`` cannot be meant (the subject a possessive stands in); ``sure``: the
        construction says ``prefer`` is meant ("Clinton and her aides"); ``at``: the
        pronoun's character, when known. The gender vote counts now when it is sure,
        waits otherwise (module docstring)."""

        barred = None if exclude is None else find(exclude)
        taken = self.taken.get(sent, {})

        def could(x: Cluster) -> bool:
            """Could the pronoun mean ``x``, as far as the text proves?"""
            took = taken.get(id(x))
            return animate(x) and x.takes(gender) and x is not barred and (
                took is None or took[0] == gender or not took[1]
            )

        def fits(x: Cluster) -> bool:
            took = taken.get(id(x))
            return could(x) and (took is None or took[0] == gender)

        reg = self.reg
        best = find(prefer) if prefer is not None else None
        # A possessive bound by its clause's subject competes only with that sentence.
        since = sent if bound and best is not None and fits(best) else sent - 1
        if best is None or not fits(best):
            best = reg.ranked(
                sent, fits, PRONOUN_WINDOW, lambda x: _weight(x, gender)
            )[0]
        if best is None:
            return None
        if best.sent < since:
            since = sent - PRONOUN_WINDOW  # mentioned longer ago: nobody else in reach
        link = self.chain.get(id(best))
        chained = link is not None and link[0] == best.sent  # an unsure pronoun's choice
        since = self.chained(best, since)
        continues = prefer is not None and not bound and best is find(prefer)
        how = "guess" if continues and guess else "continues" if continues else (
            "bound" if bound else "free"
        )
        others = [] if sure else self.sure_rivals(best, sent, since, could, gender, how)
        self.taken.setdefault(sent, {})[id(best)] = (gender, not others)
        if weight >= PRONOUN and how == "continues" and not chained:
            self.continued.append((best, gender))
        if others and weight >= PRONOUN:  # a possessive is its clause's, no new turn
            self.chain[id(best)] = (sent, since)
        else:
            self.chain.pop(id(best), None)
        if self.unknown_near(sent, at):
            return best  # someone the article names but nobody knows is near: no proof
        if not best.gender and self.waits.get(id(best), set()) - {gender}:
            # "His instincts are as rash as hers. Her proposals …": a pronoun of the
            # other gender already waits for this entity; neither says anything sure.
            return best
        if not others:
            best.vote(gender, weight)
            reg.become_person(best)
        elif weight >= PRONOUN:
            self.pending.append((best, gender, weight, others))
            if not any(o.gender == gender for o in others):
                self.waits.setdefault(id(best), set()).add(gender)
        return best

    def unknown_near(self, sent: int, at: int | None) -> bool:
        """Does someone the article names but no cluster knows stand before a pronoun at
        character ``at`` of sentence ``sent``: in the sentence before, or in its own
        sentence before it (a name after the pronoun is no antecedent: "X said she
        shared …, but warned that Edinburgh could not …")?"""
        here = self.unknown.get(sent)
        return sent - 1 in self.unknown or (here is not None and (at is None or here < at))

    def chained(self, best: Cluster, since: int) -> int:
        """The first sentence a pronoun that takes ``best`` looks for rivals in: back to
        where the unsure pronoun that last took it looked, when nothing named it since."""
        link = self.chain.get(id(best))
        if link is not None and link[0] == best.sent:
            return min(since, link[1])
        return since

    def sure_rivals(
        self,
        best: Cluster,
        sent: int,
        since: int,
        fits: Callable[[Cluster], bool],
        gender: str,
        how: str,
    ) -> list[Cluster]:
        """The other people a pronoun of ``gender`` in sentence ``sent`` that took
        ``best`` could mean (its vote is sure when there are none); ``fits`` rules out
        only whom the text proves it cannot mean. Those it fits mentioned since sentence
        ``since``: when it ``continues`` the subject of a sentence (``how``), only the
        subjects of this sentence's and the last one's clauses could take the turn; a
        pronoun in the speech of a sentence's subject (``guess``: "… told the court
        she saw …") may mean anyone mentioned. And when ``best`` is of no stated gender
        and the pronoun continues no subject, whoever in reach the text already calls
        so."""
        reg = self.reg
        recent = reg.by_recency(NEAR)
        near = recent
        if how in ("continues", "guess"):
            # back to where an unsure pronoun before it looked (:meth:`chained`)
            subjects = set(map(id, reg.subjects_in(*range(min(since, sent - 1), sent + 1))))
            near = [c for c in recent if (id(c) in subjects or (
                how == "guess" and c.sent == sent
            )) and (
                # "The minister, Kathleen Abernethy, said she …" is hers, whoever was the
                # subject before; but "… Mereana Walker said she pulled over … Thakkar
                # suggested she could not have seen" may be Walker's, known to be a woman
                how != "guess" or c.sent == sent or c.gender == gender
            )]
        others = [c for c in near if c is not best and c.sent >= since and fits(c)]
        if how != "bound" and self.genders.get(sent, set()) - {gender}:
            # "… for saying that she feels he is unfit": "he" and "she" in one sentence
            # are two people, and the speaker is only one of them.
            others += [c for c in recent if c is not best and c.sent >= since and fits(c)]
        if not best.gender and how != "continues":
            # Someone in reach the text already calls so may be meant; for the speaker's
            # own report, someone referred to in its sentence who has spoken or been a
            # subject ("… who worked beside her …, recalled that she …"), not one of the
            # sentence before ("… at the request of Mr. Okonjo. / Hiroshi Tanaka said he
            # thinks …" is Tanaka's "he").
            reach = 0 if how == "guess" else PRONOUN_WINDOW
            others += [
                c for c in recent
                if c is not best and c.gender == gender and sent - c.sent <= reach
                and (c.topic or how != "guess")
            ]
        return others

    def touch_object(self, sent: int, gender: str) -> None:
        """An object pronoun ("worked beside her") keeps the one person in reach known to
        be of its gender salient; it states nothing and is no subject."""
        reg = self.reg
        known = [
            c for c in reg.by_recency(NEAR)
            if animate(c) and c.gender == gender and sent - c.sent <= PRONOUN_WINDOW
        ]
        if len(known) == 1:
            reg.touch(known[0], sent, OBJECT_W)

    def settle(self) -> None:
        """Count the waiting votes whose competitors all turned out to be of the other
        gender (or no person), until nothing changes; then the runs of pronouns that
        continued an entity (:meth:`_majority`); and a lone sure vote too weak to
        state a gender alone (one possessive: "Thuy Nguyen said … her children") where
        nothing says otherwise."""
        pending = self.pending
        for _ in range(4):
            left = []
            for c, gender, weight, others in pending:
                c = find(c)
                if all(not animate(o) or not o.takes(gender)
                       for o in map(find, others) if o is not c):
                    c.vote(gender, weight)
                else:
                    left.append((c, gender, weight, others))
            if len(left) == len(pending):
                break
            pending = left
        self.pending = []
        self._majority()
        for c in self.reg.clusters:
            if find(c) is c and not c.gender and animate(c) and (c.male > 0) != (c.female > 0):
                # "Thuy Nguyen … her children": one sure possessive, nothing against it
                c.vote("m" if c.male else "f", PRONOUN)

    def _majority(self) -> None:
        """An entity of no stated gender whose turns as a sentence's subject pronouns of
        one gender continued again and again (twice or more, and at least twice as
        often as pronouns of the other gender) is so stated: one such pronoun may have
        had a rival, a run of them did not ("Ted Cruz thinks … that he jumped …,
        sensing he …")."""
        counts: dict[int, tuple[Cluster, Counter[str]]] = {}
        for c, gender in self.continued:
            c = find(c)
            counts.setdefault(id(c), (c, Counter()))[1][gender] += 1
        for c, n in counts.values():
            if c.gender or not animate(c):
                continue
            (g, k), *rest = n.most_common()
            other = rest[0][1] if rest else 0
            if k >= MAJORITY and k >= 2 * other:
                c.vote(g, 1.0)


def _weight(c: Cluster, gender: str) -> float:
    """How a pronoun of ``gender`` weighs an entity's salience: up when the entity's
    gender is stated so, down when only a little evidence points the other way ("Murat
    Yıldız poured coffee for his colleague Elif Demirci. “…?” she asked": his "his")."""
    if c.gender == gender:
        return 2.0
    lean = c.male - c.female if gender == "f" else c.female - c.male
    return 0.25 if lean > 0 else 1.0
