"""Appositions of the speaker mentions an article's reader meets (mixed into
:class:`reader.Reader`): the name a description is set off with ("The climber, Andrés
Ortiz Vidal, said"), and the subject named before an apposition ("Matthew Prince, chief
executive of CloudFlare, said")."""

from __future__ import annotations

from dataclasses import replace

from ..candidates import Candidate
from ..phrases import Tagger, np_right
from ..segment import DocView
from .appositions import apposition_after, names_someone
from .entities import ANIMATE, GROUPS, Cluster, Registry, find
from .mention import Mention
from .text import comma_before, named_as
from .typer import MentionTyper


class ReaderAppositions:
    """Reads appositions; mixed into :class:`reader.Reader`, which holds the article's
    state."""

    view: DocView
    tag: Tagger
    typer: MentionTyper
    reg: Registry
    name_of: dict[tuple[int, int], list[Cluster]]
    _names_ending: dict[int, tuple[int, int]]

    def _first(self, i: int) -> int:
        raise NotImplementedError

    def _opens(self, a: int) -> bool:
        raise NotImplementedError

    def _name_before(self, k: int) -> tuple[int, int] | None:
        raise NotImplementedError

    def _mention_cluster(
        self, m: Mention, span: tuple[int, int], sent: int, asker: Cluster | None = None,
        reports: bool = False,
    ) -> Cluster | None:
        raise NotImplementedError

    def _apposed_name(self, a: int, org: bool = False) -> Cluster | None:
        """The person (``org``: organisation) named as the clause's subject before the
        apposition holding token ``a`` ("Matthew Prince, chief executive of CloudFlare,
        said", "Amnesty International, a London-based group, said"), if any; not a name
        in a prepositional phrase ("A spokesman for Acme Widgets, John Byrne,")."""
        view = self.view
        first = self._first(a)
        k = comma_before(view, self.tag, first, a)
        span = None if k is None else self._names_ending.get(k)
        if k is None or span is None or any(self.tag(i) == "ADP" for i in range(first, span[0])):
            return None
        cands = self.name_of.get(span, [])
        kinds = ("organization", "media") if org else ("person",) if view.lower[a] != "one" else (
            "person", "organization")  # "Frutas Finas del Balsas, one of the exporters,"
        if len(cands) != 1 or find(cands[0]).kind not in kinds:
            return None
        hi = view.sents[view.sent_of[a]][1]
        if not (self._opens(span[0]) or np_right(view, self.tag, first, hi) == k):
            return None
        return find(cands[0])

    def _apposition_of(self, d0: int) -> Cluster | None:
        """The person named before the description at ``d0`` ("Amna Osman, [a …]")."""
        span = self._name_before(d0)
        cands = self.name_of.get(span) if span is not None else None
        return find(cands[0]) if cands and len(cands) == 1 and find(
            cands[0]).kind == "person" else None

    def _apposed_to(self, m: Mention, c: Candidate, a: int, b: int, sent: int) -> Cluster | None:
        """ "The climber, Andrés Ortiz Vidal, said": the apposition names him; "the state
        weather bureau, PAGASA," names it. The named entity, or None."""
        view = self.view
        given = named_as(view, b)  # "one user, who gave her name only as Siobhan,"
        appositive = given or c.description
        if appositive is None:
            after = apposition_after(view, self.tag, b, view.sents[view.sent_of[b - 1]][1])
            appositive = after if after and names_someone(view, after) else None
        if appositive is None:
            return None
        d0, d1 = appositive
        if not given and view.words[d0][:1].islower() and (self.tag(d0) == "ADP" or (
                self.tag(d0) == "VERB" and d0 + 1 < d1 and self.tag(d0 + 1) == "ADP")):
            return None  # "The report, laid in the House of Representatives on Tuesday,"
        if view.lower[d0] in ("a", "an") and not given and not any(
                view.lower[i] in ("named", "called") for i in range(d0, d1)):
            # "A report by the … Forum, an Amman-based NGO,": it describes; but "The
            # neighbour, a 52-year-old fisherman named Daisuke Ogawa," names him
            return None
        dm = self.typer.type_mention(d0, d1, None)
        if m.plural and m.kind == "anonymous" and dm.shape == "name" and dm.kind == "person" and (
                not dm.plural):
            return None  # "The aides, led by campaign manager Terry Sullivan, told": many
        known = self.name_of.get((d0, d1), [])
        if dm.shape == "name" and m.kind == "organization" and dm.kind == "person" and not (
                given or any(find(k).kind != "person" or find(k).gender for k in known)):
            for k in known:  # "The company that sold it, Acme,", "The fund, Kommunernas
                find(k).kind = "organization"  # Pensionsfond (KPF),": no person
            dm = replace(dm, kind="organization")
        elif dm.shape == "name" and len(known) == 1:  # as the whole article showed it
            dm = replace(dm, kind=find(known[0]).kind)
        # "the mason, Ramakanta Pradhan,": a noun no list has, a name right after it
        unlisted = m.kind == "unknown" and d0 == b + 1 and view.lower[a] in ("the", "a") and (
            view.words[d0][:1].isupper() and view.lower[b - 1] not in self.typer.sets.time)
        if (dm.shape == "name" and (
            dm.kind == "person" if m.kind in ANIMATE or given or unlisted else dm.kind in GROUPS
        )) or (given and dm.kind == "anonymous"):  # "identified only as Witness C"
            named = self._mention_cluster(dm, (d0, d1), sent)
            if named is not None and m.kind in ANIMATE and view.lower[a] == "the" and (
                    find(named).first_sent < 0):
                named = self._described_before(m, find(named), sent)
            if named is not None:  # the apposed name is a mention of it too
                find(named).mentions[(view.starts[d0], view.ends[d1 - 1])] = None
                find(named).named = find(named).named or dm.kind == "anonymous"  # "Witness C"
            return named
        return None

    def _described_before(self, m: Mention, named: Cluster, sent: int) -> Cluster:
        """A name new to the article set off after a definite description that takes up
        the noun of the unnamed description that spoke in the sentence or two before
        ("A retired teacher … said …. “…,” said the retiree, Claudette Azan"): one
        person."""
        stem = m.head[:5]
        for d in self.reg.by_recency(4):
            if (
                d is not named and d.kind == "anonymous" and not d.named and not d.plural
                and d.speaks and sent - d.sent <= 2 and d.takes(named.gender)
                and len(stem) == 5 and any(w[:5] == stem for w in d.name.casefold().split())
            ):
                return self.reg.merge(d, named)
        return named

