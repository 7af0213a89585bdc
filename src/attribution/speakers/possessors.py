"""Descriptions owned by a person: "his campaign", "Trump's opponents", "the Clinton
campaign" are the named person's, and are named by that person's canonical name.

A description whose possessor is a named person refers to an entity of that person's,
never to the person nor to another person's entity of the same noun: "Bernie Sanders
… His campaign said" and "Donald Trump … The Trump campaign said" are two campaigns.
The owner is:

* for "his"/"her", the person the possessive takes: the subject it continues (of the
  sentence's clauses so far, else of the sentence before), else the most salient person
  of compatible stated gender, as :mod:`pronouns` reads it (the vote for the gender is
  the pronoun's own event, not this);
* for a name with "'s" ("Trump's inner circle"), the person that name names, when it
  names one;
* for a name that modifies "campaign" ("the Clinton campaign", "the Bernie Sanders
  presidential campaign"), the candidate.

The entity is named "<owner's canonical name>'s <what is owned>" ("Donald Trump's
inner circle", "Bernie Sanders's campaign"), and mentions with the same name are one
entity.
"""

from __future__ import annotations

from ..segment import DocView
from .entities import Cluster, Registry, find
from .mention import Mention
from .pronouns import PRONOUN_WINDOW

GENDERED_POSSESSIVES = {"his": "m", "her": "f"}
APOSTROPHES = frozenset(["'s", "’s", "'", "’"])
CAMPAIGN = "campaign"
# What the owner of a kin noun is to the person it names, by the owner's gender ("" when
# unknown): "His son, Ewan" makes the owner "Ewan's father".
_PARENT = {"m": ("father",), "f": ("mother",), "": ("father", "mother")}
_CHILD = {"m": ("son",), "f": ("daughter",), "": ("son", "daughter")}
_SPOUSE = {"m": ("husband",), "f": ("wife",), "": ("husband", "wife")}
_SIBLING = {"m": ("brother",), "f": ("sister",), "": ("brother", "sister")}
KIN_INVERSE: dict[str, dict[str, tuple[str, ...]]] = {
    **dict.fromkeys(("son", "daughter", "child", "eldest", "youngest"), _PARENT),
    **dict.fromkeys(("father", "mother"), _CHILD),
    **dict.fromkeys(("wife", "husband", "partner"), _SPOUSE),
    **dict.fromkeys(("brother", "sister"), _SIBLING),
}


class Possessors:
    """Finds the owner of a description and names the entity it owns."""

    def __init__(self, view: DocView, reg: Registry) -> None:
        self.view = view
        self.reg = reg
        self._owners: dict[int, str] = {}  # an owned entity's name, by its id

    def owner(self, a: int, b: int, sent: int) -> tuple[Cluster, int] | None:
        """The named person who owns the description at tokens ``a .. b-1``, and the
        token where what is owned begins; None when it has no such owner."""
        view = self.view
        lower, words = view.lower, view.words
        first = a + 1 if lower[a] == "the" else a
        if first >= b:
            return None
        gender = GENDERED_POSSESSIVES.get(lower[first])
        if gender is not None and first == a:
            c = self._pronoun_owner(gender, sent)
            return None if c is None else (c, first + 1)
        k = first
        while k < b and (words[k][:1].isupper() or words[k] in ("-", ".")):
            k += 1  # "Asante-Boateng's", "Donald J. Trump's"
        if k == first or k >= b:
            return None
        if words[k] in APOSTROPHES and first == a:
            owned = k + 1
        elif lower[b - 1] == CAMPAIGN and first != a and all(
            w[:1].islower() for w in words[k : b - 1]
        ):
            owned = b - 1  # "the Clinton campaign", "the Sanders presidential campaign"
        else:
            return None
        if owned >= b:
            return None
        c = self._named(view.text[view.starts[first] : view.ends[k - 1]], sent)
        return None if c is None else (c, owned)

    def _kin(self, named: Cluster, head: str, a: int, b: int, sent: int) -> None:
        """ "His son, Ewan,": the owner is Ewan's father, whom "his father" owned by Ewan
        then names (the entity :meth:`owned` looks up as "Ewan's father")."""
        found = self.owner(a, b, sent)
        if found is None or found[0] is named:
            return
        owner = found[0]
        gender = GENDERED_POSSESSIVES.get(self.view.lower[a]) or owner.gender
        for relation in KIN_INVERSE[head].get(gender, KIN_INVERSE[head][""]):
            for kind in ("anonymous", "person"):
                self.reg.by_name.setdefault((kind, f"{named.name}'s {relation}".casefold()), owner)

    def _named(self, name: str, sent: int) -> Cluster | None:
        """The person ``name`` names; of several ("Trump": Donald and Ivana), the most
        salient."""
        people = [c for c in map(find, self.reg.people_named(name)) if c.kind == "person"]
        return max(people, key=lambda c: self.reg.salience(c, sent), default=None)

    def _pronoun_owner(self, gender: str, sent: int) -> Cluster | None:
        def fits(c: Cluster) -> bool:
            return c.kind == "person" and c.named and c.takes(gender)

        ranked = self.reg.ranked(
            sent, fits, PRONOUN_WINDOW, lambda c: 2.0 if c.gender == gender else 1.0
        )[0]
        for s in (sent, self.reg.previous(sent)):
            found = [c for c in self.reg.subjects_in(s, main=True) if fits(c)]
            if found:
                best = max(found, key=lambda c: (c.gender == gender, self.reg.salience(c, sent)))
                # a subject of no known gender yields to someone the text says is so
                # ("Sanders countered … her campaign said" is Clinton's)
                sure = ranked is not None and ranked.gender == gender
                return ranked if sure and best.gender != gender else best
        return ranked

    def owned(self, m: Mention, a: int, b: int, sent: int, ent: Cluster | None) -> Cluster | None:
        """The entity of description ``m`` (tokens ``a .. b-1``) when a named person owns
        it, named for the owner; else ``ent``, what the description resolved to. A
        description that resolved to a named entity keeps it ("her husband, Tom
        Ebeling")."""
        head = self.view.lower[b - 1]
        if ent is not None and find(ent).named and not (
            head == CAMPAIGN and find(ent).kind == "organization"
        ):
            if head in KIN_INVERSE:
                self._kin(find(ent), head, a, b, sent)
            return ent
        found = self.owner(a, b, sent)
        if found is None:
            return ent
        owner, k = found
        view = self.view
        what = CAMPAIGN if head == CAMPAIGN else view.text[view.starts[k] : view.ends[b - 1]]
        name = f"{owner.name}'s {what}"
        key = (m.kind, name.casefold())
        same = self.reg.by_name.get(key)
        if same is not None:
            return find(same) if ent is None else self.reg.merge(ent, same)
        c = None if ent is None else find(ent)
        if c is None or self._owners.get(id(c), name) != name:
            # new, or "His campaign" joined the campaign another person owns: its own
            c = self.reg.new(m.kind, name, plural=m.plural)
            c.descriptors.add(head)
        c.name = name
        self._owners[id(c)] = name
        self.reg.by_name[key] = c
        return c
