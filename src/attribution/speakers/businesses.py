"""Organisations a business noun or "it" refers to when no organisation was named as
one: "Qantas said … The airline said" (a kind of business two sentences on), "…,
Iarnród Éireann has said. The company told …", "Heineken reported a fall in profits.
Sales slowed, it said." A name nothing says is a person's (no title, gender,
description, known given name, "who" or age set off after it) is then an organisation.
"""

from __future__ import annotations

import regex

from ..segment import DocView
from .entities import Cluster, Registry, find
from .org_types import OrgTypes
from .typer import MentionTyper

# What follows a person's name and no organisation's: ", who …", ", 54, …".
_PERSON_AFTER = regex.compile(r",\s+(?:who\b|\d{1,3},)")
KIND_WINDOW = 3  # sentences (on the registry's clock) a business noun reaches back


class Businesses:
    """The organisation fallbacks of one article's descriptions and pronouns."""

    def __init__(
        self, view: DocView, reg: Registry, typer: MentionTyper, org_types: OrgTypes
    ) -> None:
        self.view = view
        self.reg = reg
        self.typer = typer
        self.org_types = org_types

    def untold_subject(self, sent: int, one_word: bool = False) -> Cluster | None:
        """The subject of the sentence before, when "the company" (or "it") has no
        organisation to refer to and that subject is a name nothing says is a person's:
        "…, Iarnród Éireann has said. The company told …" makes it an organisation;
        ``one_word``: only a name of one word ("it" after "CNBC's Becky Quick" is no
        company)."""
        last = self.reg.subjects.get(self.reg.previous(sent))
        c = None if last is None else find(last)
        if c is None or not self.untold(c) or (one_word and " " in c.name):
            return None  # not "Stefan Brandauer, who took over in March, …"
        c.kind = "organization"
        return c

    def team_subject(self, sent: int) -> Cluster | None:
        """The organisation "the club" (or "the team", "the side") refers to when no
        organisation's name says it is one: the subject of its sentence or the one
        before, an organisation whose name gives no other type ("Cwm Taf Warriors, founded
        in 1886, appointed administrators, the club said")."""
        for s in (sent, self.reg.previous(sent)):
            last = self.reg.subjects.get(s)
            c = None if last is None else find(last)
            if c is not None and c.kind == "organization" and c.named and not (
                self.org_types.of(c.name) - {"club"}
            ):
                return c
        return None

    def of_kind(self, sent: int, anywhere: bool = False) -> Cluster | None:
        """The organisation a kind of business ("the airline", "the company") refers to:
        of its sentence or the one before, one whose kind nothing in the text tells (or
        only that it is a company: "EgyptAir confirmed the crash. …, the airline said";
        "Hanseong's CFO"); else the only such organisation, or untold name, within
        :data:`KIND_WINDOW` sentences ("Qantas said … Passengers were stranded … The
        airline said"), which is then an organisation (an untold name of one word: not
        "CNBC's Becky Quick" for a company the text names only in passing); ``anywhere``
        (a description, not "it"): else the article's only such organisation."""

        def untyped(c: Cluster) -> bool:
            return c.named and not self.org_types.of(c.name) - {"company"}

        found = self.reg.most_salient(
            sent, lambda c: c.kind == "organization" and untyped(c), window=1
        )
        if found is not None:
            return found
        top, _, second = self.reg.ranked(sent, lambda c: (
            (c.kind == "organization" or (self.untold(c) and " " not in c.name))
            and untyped(c) and not c.plural
        ), window=KIND_WINDOW)
        if second:
            return None  # two it could be
        if top is None and anywhere:
            # none in reach, for a description: the article's only organisation whose
            # kind nothing tells ("… proposed by Cordillera Residential Partners …" long
            # before "the company said")
            named = {find(c) for c in self.reg.by_recency()
                     if c.kind == "organization" and untyped(c) and not c.plural}
            return named.pop() if len(named) == 1 else None
        if top is None:
            return None
        top.kind = "organization"
        return top

    def untold(self, c: Cluster) -> bool:
        """Is ``c`` a name taken for a person's that nothing says is one: no title,
        gender or description, no given name the word list knows first, no "who" or age
        set off after a mention ("Stefan Brandauer, who took over in March,")?"""
        text = self.view.text
        return c.kind == "person" and c.named and not (
            c.male or c.female or c.descriptors or c.descriptions or c.members
        ) and not (
            len(c.name.split()) > 1
            and self.typer.words.ent.get(c.name.split()[0]) == "PERSON"
        ) and not any(_PERSON_AFTER.match(text, e) for _, e in c.mentions)
