"""Which of several people a name names: "Ebeling" for Betsy or her husband Tom,
"Mrs. Clinton" beside "Mr. Clinton", "President Clinton" after "President Bill Clinton".

Chosen where the name stands (``reader.py``), as Lee et al. (2013) leave a name that
matches several clusters to the context: a title the person was given, an honorific
that names one person throughout, else the person the text introduced first.
"""

from __future__ import annotations

from .descriptions import Descriptions
from .entities import HONORIFIC, Cluster, Registry, find
from .mention import Mention


class NamePicker:
    """Picks among the clusters a name may name, remembering whom each honorific named."""

    def __init__(self, reg: Registry, descriptions: Descriptions) -> None:
        self.reg = reg
        self.descriptions = descriptions
        # The person an honorific and a surname name ("Mrs." + the Clintons), once chosen.
        self._honorific: dict[tuple[frozenset[int], str], Cluster] = {}

    def pick(self, cands: list[Cluster], sent: int, at: int = -1, gender: str = "",
             m: Mention | None = None) -> Cluster:
        """Of the clusters a name may name ("Ebeling": Betsy or her husband Tom), the one
        of the stated gender the text introduced first: news names a second bearer of a
        surname in full or by the given name; with a title, the one given that title
        ("President Clinton" after "President Bill Clinton", not Hillary). An honorific
        ("Mrs. Clinton" beside "Mr. Clinton") names one person throughout: the one most
        salient where it is first used, never the one the other honorific names."""
        titles = set(self.descriptions.heads(m.modifiers)) if m is not None else set()
        cands = [c for c in map(find, cands) if titles & c.descriptors] or list(map(find, cands))
        if len(cands) == 1:
            return cands[0]
        if gender:
            key = (frozenset(map(id, cands)), gender)
            chosen = self._honorific.get(key)
            if chosen is not None:
                return find(chosen)
            other = self._honorific.get((key[0], "f" if gender == "m" else "m"))
            fitting = [c for c in cands if c.takes(gender) and c is not other] or cands
            c = max(fitting, key=lambda c: (c.gender == gender, self.reg.salience(c, sent)))
            self._honorific[key] = c
            if len(fitting) == 1 or c.gender == gender:
                # "Ms. Khan" beside Khizr and Ghazala Khan: the most salient is only a
                # guess (news writes "Ms. Khan" just when it turns from him to her).
                c.vote(gender, HONORIFIC)
            return c
        fitting = [c for c in cands if c.takes(gender)] or cands
        return max(fitting, key=lambda c: (
            0 <= c.first <= at, -c.first if c.first >= 0 else -1e9, self.reg.salience(c, sent)
        ))
