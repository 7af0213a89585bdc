"""Pronouns: "he", "she", "they", "it" to the entity they refer to, and what they say
of its gender.

A pronoun takes the most salient entity of compatible kind, number and stated gender
(Lappin & Leass 1994), among those mentioned in the last sentences; an entity the text
already says is of the pronoun's gender counts double against one it says nothing of.
Centering's preference (Grosz, Joshi & Weinstein 1995) chooses first: "he"/"she" takes
the subject it continues, of the subjects of this sentence's clauses or the last one's,
the one already known to be of its gender, else the most salient ("Clinton … she issued
a plan: President Obama later adopted it. She has called …" is Clinton's). "they" is
the group, organisation or anonymous source that spoke last, else the most salient
group; "it" an organisation, outlet or document.

Gender is what the pronouns are most often evidence of, and a wrong gender misleads
every later pronoun, so a pronoun states its entity's gender only when it is sure: no
other candidate was mentioned in its sentence or the last (nor, for an entity mentioned
longer ago, anywhere in reach). A pronoun that continues a subject competes only with
the subjects of clauses (main or embedded: "… questioned why Ghazala Khan hadn't
spoken. She says …") and with those the text already calls so and who have spoken or
been subjects ("Professor Kwesi Ampofo-Dankwa recalled that she …" in an obituary of a
woman). A sentence with pronouns of both genders ("… for saying that she feels he is
unfit") holds two people, so nobody in reach is ruled out there. A vote that is not sure
waits, and counts once the article is read if every other candidate it had turns out to
be of the other gender; what still waits then counts for half (:data:`RESIDUAL`) where
nothing contradicts it (no rival turned out to be of that gender or waits for a vote of
it, and the entity waits for no vote of the other gender).
"""

from __future__ import annotations

from collections.abc import Callable

from .entities import GROUPS, PRONOUN, Cluster, Registry, animate, find
from .typer import Mention

PRONOUN_WINDOW = 6  # sentences a pronoun looks back
NEAR = 8  # entities looked at for the pronoun's competitors
# What a vote that never became sure still counts once the article is read: two such
# votes for one entity, and none against, state its gender.
RESIDUAL = 0.5
OBJECT_W = 0.5  # salience an object pronoun adds to the one person it can mean


class Pronouns:
    """Resolves the pronouns of one article and keeps the gender votes that wait."""

    def __init__(self, reg: Registry, last_speaker: Callable[[], Cluster | None]) -> None:
        self.reg = reg
        self.last_speaker = last_speaker
        # Votes that wait: (entity, gender, weight, the other candidates it had).
        self.pending: list[tuple[Cluster, str, float, list[Cluster]]] = []
        # Sentences that name someone no cluster knows (a surname given alone).
        self.unknown: set[int] = set()
        # The genders of the third-person pronouns of each sentence's prose.
        self.genders: dict[int, set[str]] = {}
        # The genders of the votes that wait for each entity (by id).
        self.waits: dict[int, set[str]] = {}

    def resolve(
        self, m: Mention, sent: int, quoted: bool = False, after: bool = False
    ) -> Cluster | None:
        """The entity of pronoun mention ``m`` in sentence ``sent`` (None if none fits);
        ``quoted``: it stands in someone's speech (a quotation, a transcript's answer),
        whose "he" is the speaker's to mean: it states no gender; ``after``: it follows
        the report it attributes, in the same sentence."""
        reg = self.reg
        if m.head in ("pron_he", "pron_she"):
            # "… Sergeant Hēmi Te Rangi said …. “Another hour …,” he said": the speaker
            # continues the subject of the sentence (or of the one before: Centering's
            # continuation); a report's own subject is no candidate.
            sents = (sent - 1,) if after else (sent, sent - 1)
            last = self.continuing(sent, m.gender, sents)
            return self.person(sent, m.gender, 0.0 if quoted else PRONOUN, last, bound=False)
        if m.head == "pron_they":
            last = self.last_speaker()
            if last is not None and last.kind in GROUPS:
                return last
            return reg.most_salient(
                sent, lambda c: c.kind in ("anonymous", "organization") and (
                    c.plural or c.kind == "organization"
                )
            )
        if m.head == "pron_it":
            return reg.most_salient(
                sent, lambda c: c.kind in ("organization", "document", "media")
            )
        return None

    def continuing(self, sent: int, gender: str, sents: tuple[int, ...]) -> Cluster | None:
        """The subject a pronoun of ``gender`` in sentence ``sent`` continues: of the
        subjects of the clauses of ``sents`` (the first that has one that fits), the one
        known to be of that gender, else the most salient ("Clinton … she issued a plan:
        President Obama later adopted it. She has called …" is Clinton's)."""
        reg = self.reg
        for s in sents:
            fitting = [c for c in reg.subjects_in(s, main=True) if animate(c) and c.takes(gender)]
            if fitting:
                return max(fitting, key=lambda c: (
                    bool(gender) and c.gender == gender, reg.salience(c, sent)
                ))
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
    ) -> Cluster | None:
        """The person (or one unnamed person) "he"/"she" refers to in sentence ``sent``;
        ``prefer`` is taken when it fits: the subject of the pronoun's own clause, which
        a possessive takes ("Betsy Ebeling shook her head"; ``bound``), or that of the
        sentence before; ``guess``: ``prefer`` is only likelier than the others (the
        speaker of the reported speech a pronoun stands in), no proof of its gender;
        ``exclude`` cannot be meant (the subject a possessive stands in). The gender vote
        counts now when it is sure, waits otherwise (module docstring)."""

        barred = None if exclude is None else find(exclude)

        def fits(x: Cluster) -> bool:
            return animate(x) and x.takes(gender) and x is not barred

        reg = self.reg
        best = find(prefer) if prefer is not None else None
        # A possessive bound by its clause's subject competes only with that sentence.
        since = sent if bound and best is not None and fits(best) else sent - 1
        if best is None or not fits(best):
            best = reg.ranked(
                sent, fits, PRONOUN_WINDOW, lambda x: 2.0 if x.gender == gender else 1.0
            )[0]
        if best is None:
            return None
        if best.sent < since:
            since = sent - PRONOUN_WINDOW  # mentioned longer ago: nobody else in reach
        recent = list(reg.by_recency(NEAR))
        near = recent
        continues = prefer is not None and not bound and best is find(prefer)
        if continues:
            # Only another subject could take the turn from the last one, or from the
            # speaker of the report the pronoun stands in.
            subjects = set(map(id, reg.subjects_in(sent, sent - 1)))
            near = [c for c in recent if id(c) in subjects]
        others = [c for c in near if c is not best and c.sent >= since and fits(c)]
        if not bound and self.genders.get(sent, set()) - {gender}:
            # "… for saying that she feels he is unfit": "he" and "she" in one sentence
            # are two people, and the speaker is only one of them.
            others += [c for c in recent if c is not best and c.sent >= since and fits(c)]
        if not best.gender and (not continues or guess):
            # Someone in reach the text already calls so, and has spoken or been a
            # subject, may be meant; for the speaker's own report, someone just referred
            # to ("… who worked beside her …, recalled that she …").
            reach = 1 if guess else PRONOUN_WINDOW
            others += [
                c for c in recent
                if c is not best and c.gender == gender and sent - c.sent <= reach
                and (c.topic or not continues)
            ]
        if sent in self.unknown or sent - 1 in self.unknown:
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
        gender (or no person), until nothing changes."""
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
        # What is left counts for less, where it is not contradicted: no other candidate
        # turned out to be of that gender or waits for a vote of it, and the entity waits
        # for no vote of the other gender.
        waiting = {(id(find(c)), gender) for c, gender, _, _ in pending}
        for c, gender, weight, others in pending:
            c = find(c)
            rivals = [o for o in map(find, others) if o is not c]
            if (
                not any(o.gender == gender or (id(o), gender) in waiting for o in rivals)
                and (id(c), "m" if gender == "f" else "f") not in waiting
            ):
                c.vote(gender, weight * RESIDUAL)
        self.pending = []
