"""Groups that speak together: "Sen. Elizabeth Warren and Sen. Bernie Sanders said".

A coordinated subject names several speakers at once. Coreference that keeps one
entity per mention loses all but one of them; plural mentions need an entity of their
own whose members are the entities of the conjuncts (the split antecedents of Zhou &
Choi 2018, "They Exist! Introducing Plural Mentions to Coreference Resolution and
Entity Linking", COLING). :class:`GroupReader` reads such a speaker as a group:

* **A coordination** ("A and B", "A, B and C", "A and her husband B", "Rafael Ortiz and
  his lawyer") is read around the quote's speaker mention, in its sentence, from the
  mention out to the conjuncts beside it, and split at its commas and "and". Each
  conjunct is a member: a person's name (two words or more, a title or honorific, or one
  word that names a person the article names in full), an organisation's name beside a
  person's, or a description of one person ("his lawyer"). At least one member is a
  person named. Anything else is no group of named entities and stays one mention:
  "Democrats and Republicans" (two groups, no one named), "Procter and Gamble",
  "Johnson & Johnson" or "the Bureau of Alcohol, Tobacco, Firearms and Explosives"
  (one organisation's name), "between Warren and Sanders" (no subject).
* **"Both men", "the two senators"** refer back to the group that spoke last, or to the
  two people the text names in the sentence before and in their own, when there are
  exactly two (else in the two sentences before that mention someone: "… while Sanders
  received 49.59 percent. / Party officials say … / both candidates said").
* **"They"** after a group may refer to it (``pronouns.py``); "he" and "she" never do.

The group is an entity of its own (:attr:`~attribution.types.Entity.members`), named by
its members' names joined with " | ", of kind person when all its members are people.
"""

from __future__ import annotations

from dataclasses import replace

from ..candidates import Candidate
from ..phrases import POSSESSIVES
from .companions import companions
from .entities import GENDERED_NOUN, HONORIFIC, Cluster, find
from .mention import Mention
from .prose_pronouns import OTHER_W, SPEAKER_W
from .reader import Found, Reader
from .text import listed_name_end, org_head_before

MAX_MEMBERS = 6
MAX_WORDS = 7  # tokens of one conjunct
NAME_MARKS = frozenset([".", "-", "'", "’"])
# Words that open a clause before its subject ("… , but Warren and Sanders said").
CLAUSE_OPENERS = frozenset(["but", "while", "as", "when", "that", "because", "though",
                            "although", "and", "so", "yet", "after", "before", "since"])
OPENING_MARKS = frozenset([",", ":", ";", "(", "—", "–", "-", '"', "“", "‘", "'"])
PAIR_WORDS = frozenset(["both", "two"])
# Quantifiers of a relative whose antecedent is a whole list ("…, all of whom").
ALL_OF = frozenset(["all", "both", "each", "none", "neither", "either"])

Span = tuple[int, int]


class GroupReader(Reader):
    """A :class:`~attribution.speakers.reader.Reader` that reads coordinated speakers
    as groups and "both men" as the group or pair they refer to."""

    def _speaker(
        self, cands: list[Candidate], k: int, m: Mention | None, found: list[Found]
    ) -> Found:
        c = cands[k]
        if m is not None and c.speaker is not None and m.shape != "relative":
            pair = companions(self.view, self.tag, self.typer.is_cap, *c.speaker)
            if pair is not None and self._in_subject_place(c, pair[0][0], pair[1][1]):
                with_others = self._with_companions(cands, k, found, *pair)
                if with_others is not None:
                    return with_others
        if m is not None and c.speaker is not None and m.shape == "relative" and (
            c.speaker[0] > 0 and self.view.lower[c.speaker[0] - 1] == ","
            and self.view.lower[c.speaker[0]] in ALL_OF  # (a bare "who" may be the last's)
        ):
            spans = self._list_before(c.speaker[0] - 1)
            got = None if spans is None else self._group(c, spans)
            if got is not None and got.cluster is not None:
                # "A (D-N.J.), B (D-W.Va.) and C (R-Fla.), all of whom": the relative too
                got.cluster.mentions[(m.start, m.end)] = None
                return Found(m, got.cluster)
        if m is not None and c.speaker is not None and m.shape == "description" and m.plural:
            spans = self._apposed_members(c.speaker[1])
            if spans is not None:  # "Trump's rivals, Sens. Ted Cruz … and Marco Rubio …,"
                got = self._group(c, spans)
                if got is not None:
                    return got
        if m is not None and c.speaker is not None and m.shape in ("name", "description"):
            spans = self.coordination(c)
            if spans is not None:
                got = self._group(c, spans)
                if got is not None:
                    return got
        if m is not None and m.head == "pron_they" and c.speaker is not None:
            return self._they_speaker(cands, k, m, found)
        return super()._speaker(cands, k, m, found)

    def _they_speaker(
        self, cands: list[Candidate], k: int, m: Mention, found: list[Found]
    ) -> Found:
        c = cands[k]
        a = c.speaker[0] if c.speaker is not None else 0
        prose = self._is_prose(a)
        sent = self._sent(a)
        if prose:
            # "Take Idaho Republican Sens. Mike Crapo and Jim Risch. Last week, they
            # endorsed …": the two people just named together, unless "they" has a
            # group, organisation or source as near.
            pair = self.coordinated(sent)
            rival = self.pronouns.resolve(m, sent) if pair is not None else None
            if pair is not None and (rival is None or rival.sent < sent - 1):
                return self._they(c, m, self.reg.group(pair), sent)
        got = super()._speaker(cands, k, m, found)
        if got.cluster is None and prose:
            # "Ana Silva met Tom Ng. “…,” they said": the two people named, when no
            # group, organisation or source is there to take "they".
            group = self.pair(sent, "")
            if group is not None:
                return self._they(c, m, group, sent)
        return got

    def _they(self, c: Candidate, m: Mention, group: Cluster, sent: int) -> Found:
        """ "they" in ``c`` is ``group``, which speaks."""
        group.mentions[(m.start, m.end)] = None
        group.speaks = group.topic = True
        self.reg.touch(group, sent, SPEAKER_W)
        self.reg.note_subject(sent, group)
        self.turns.add(group, self.scan.prose_rank[c.para],
                       self.view.text[c.content[0] : c.content[1]])
        return Found(m, group)

    def _mention_cluster(
        self, m: Mention, span: Span, sent: int, asker: Cluster | None = None,
        reports: bool = False,
    ) -> Cluster | None:
        if m.shape in ("name", "description"):
            family = self.family(m.name)
            if family is not None:
                return family
        if m.shape == "description" and m.plural and m.kind in ("anonymous", "person"):
            words = self.view.lower[span[0] : span[1]]
            # not "Two people familiar with the matter": sources left unnamed
            # (nor "two players told the newspaper": a bare "two" introduces a pair)
            if any(w in PAIR_WORDS for w in words[:2]) and words[0] != "two" and (
                not self.descriptions.anonymous(self.view.text[m.start : m.end])
            ):
                pair = self.pair(sent, m.head)
                if pair is not None:
                    return pair
        return super()._mention_cluster(m, span, sent, asker, reports)

    def family(self, name: str) -> Cluster | None:
        """ "The Ebelings": the group of the people of that surname the article names,
        when it names two or more (not "Williams", a surname of its own)."""
        words = name.split()
        if words and words[0].casefold() == "the":
            words = words[1:]
        if len(words) != 1 or not words[0][:1].isupper() or not words[0].endswith("s"):
            return None
        word = words[0].casefold().replace("’", "'")
        if any(find(c).kind == "person" for c in self.reg.by_word.get(word, ())):
            return None
        stems = [word[:-1]] + ([word[:-2]] if word.endswith("es") else [])
        people = list({
            id(c): c for stem in stems for c in map(find, self.reg.by_word.get(stem, ()))
            if c.kind == "person" and c.named and not c.members and c.words[-1] == stem
        }.values())
        if len(people) < 2 or len(people) > MAX_MEMBERS:
            return None
        return self.reg.group(sorted(people, key=lambda c: min(c.mentions, default=(0, 0))))

    def _with_companions(
        self, cands: list[Candidate], k: int, found: list[Found], person: Span, others: Span
    ) -> Found | None:
        """The speaker "PERSON and COMPANIONS" of ``cands[k]`` (``companions.py``): the
        person resolved as the speaker alone would be, the whole an anonymous entity
        named by the person's name and the companions as written."""
        c = cands[k]
        pm = self.typer.type_mention(*person, None)
        if pm.shape not in ("name", "pronoun") or pm.kind not in ("person", "unknown"):
            return None
        alone = [*cands[:k], replace(c, speaker=person), *cands[k + 1 :]]
        who = super()._speaker(alone, k, pm, found).cluster
        if who is None or find(who).kind != "person":
            return None
        view = self.view
        start, end = view.starts[person[0]], view.ends[others[1] - 1]
        rest = view.text[view.starts[others[0]] : end]
        group = self.reg.new("anonymous", f"{find(who).name} and {rest}", named=True,
                             plural=True)
        group.mentions[(start, end)] = None
        group.speaks = group.topic = True
        sent = self._sent(person[0])
        if self._is_prose(person[0]) and not self.skip[person[0]]:
            self.reg.touch(group, sent, SPEAKER_W)
            self.reg.note_subject(sent, group)
        mention = Mention(start, end, view.text[start:end], "anonymous", "description",
                          plural=True)
        return Found(mention, group)

    # -- "both men" -----------------------------------------------------------------------
    def pair(self, sent: int, head: str) -> Cluster | None:
        """The two people "both men" or "the two senators" in sentence ``sent`` refer
        to: the group of two that spoke or was named last, else the two people named in
        this sentence and the one before when they are exactly two (when fewer, in the
        two sentences before that mention someone)."""
        gender = "m" if head == "men" else "f" if head == "women" else ""
        reg = self.reg

        def fits(c: Cluster) -> bool:
            return len(c.members) == 2 and all(find(x).takes(gender) for x in c.members)

        group = reg.most_salient(sent, fits, window=2)
        if group is not None:
            return group
        people = [c for c in reg.by_recency()
                  if c.kind == "person" and c.named and not c.members and 0 <= c.sent <= sent]
        near = [c for c in people if sent - 1 <= c.sent]
        if len(near) < 2:  # "Clinton had 49.84 percent while Sanders … / Party officials
            # say … / both candidates said": the two named in the sentences before
            near = [c for c in people if reg.distance(c.sent, sent) <= 2]
        if len(near) != 2 or not all(c.takes(gender) for c in near):
            return None
        return reg.group(sorted(near, key=lambda c: min(c.mentions, default=(0, 0))))

    def coordinated(self, sent: int) -> list[Cluster] | None:
        """The two people the text names together ("Mike Crapo and Jim Risch") in
        sentence ``sent`` or the one before, when they are the only people named there."""
        near = [c for c in self.reg.by_recency()
                if sent - 1 <= c.sent <= sent and c.kind == "person" and c.named
                and not c.members]
        if len(near) != 2:
            return None
        text = self.view.text
        ends = {e for x, e in near[0].mentions} | {e for x, e in near[1].mentions}
        for first, second in (near, near[::-1]):
            for s0, _ in second.mentions:
                for _, e0 in first.mentions:
                    if text[e0:s0].strip() == "and" and e0 in ends:
                        return [first, second]
        return None

    # -- coordinations --------------------------------------------------------------------
    def coordination(self, c: Candidate) -> list[Span] | None:
        """The conjuncts (token ranges, in order) of the coordination that the speaker
        mention of ``c`` is or is part of, or None when it is none (module docstring)."""
        assert c.speaker is not None
        view, lower = self.view, self.view.lower
        a, b = c.speaker
        if "and" in lower[a:b]:
            whole = self.typer.type_mention(a, b, None)
            if whole.shape == "name" and whole.kind != "person" and " and " in whole.name:
                return None  # "Bureau of Alcohol, Tobacco, Firearms and Explosives"
            if any(self._in_org_name(i, a) for i in range(a, b) if lower[i] == "and"):
                return None  # "A spokesperson for the Department of … and Northern Relations"
        sets = self.typer.sets
        if listed_name_end(view, sets.org_head, a, b, self.tag, sets.title) is not None:
            return None  # "the Bureau of Fisheries] and Aquatic Resources": one name
        lo_s, hi_s = view.sents[view.sent_of[a]]
        if lower[a] in ("both", "either") and b - a > 1:
            a += 1  # "Both Justin Trudeau and Peña Nieto gave …"
        conj, seps = _split(lower, a, b)
        if conj is None:
            return None
        # Out to the left: "Olga Petrova and [her husband Dmitri Petrov]".
        lo = a
        while len(conj) < MAX_MEMBERS:
            n = _sep_before(lower, lo, lo_s)
            if not n:
                break
            start = self._name_back(lo - n, lo_s)
            if start is None:
                break
            conj.insert(0, (start, lo - n))
            seps.insert(0, lower[lo - 1])
            lo = start
        # Out to the right: "[Aiko Tanaka], Kwame Mensah and Priya Raman said".
        hi = b
        while len(conj) < MAX_MEMBERS:
            n = _sep_at(lower, hi, hi_s)
            if not n:
                break
            end = self._conjunct_forward(hi + n, hi_s)
            if end is None:
                break
            conj.append((hi + n, end))
            seps.append(lower[hi + n - 1])
            hi = end
        return self._checked(c, conj, seps, a)

    def _apposed_members(self, b: int) -> list[Span] | None:
        """The conjuncts of a coordination of people named in the apposition set off
        after a plural description that ends at token ``b`` ("Trump's leading Republican
        rivals, Sens. Ted Cruz of Texas and Marco Rubio of Florida, have both urged"):
        the people the description is; None when the apposition is no such list."""
        view, lower = self.view, self.view.lower
        hi = view.sents[view.sent_of[b - 1]][1]
        if b + 1 >= hi or lower[b] != ",":
            return None
        end = next((k for k in range(b + 1, min(hi, b + 1 + MAX_MEMBERS * MAX_WORDS))
                    if lower[k] in (",", ";", "(") or view.is_space[k]), hi)
        # (", Sens. A and B," ends at its second comma, which the list has no other of)
        if end >= hi or lower[end] != "," or "and" not in lower[b + 1 : end]:
            return None
        conj, seps = _split(lower, b + 1, end)
        if conj is None or seps[-1] != "and" or any(x != "," for x in seps[:-1]):
            return None
        conj = [(x0, _before_of(view.lower, x0, x1)) for x0, x1 in conj]
        return conj if all(self._member(x) == "person" for x in conj) else None

    def _list_before(self, end: int) -> list[Span] | None:
        """The conjuncts of a list of people's names that ends at token ``end``, before
        a quantified relative source ("Sens. Robert Menendez (D-N.J.), Joe Manchin III (D-W.Va.)
        and Marco Rubio (R-Fla.), all of whom opposed …"), each without its bracket;
        None when no list of two people or more ends there."""
        view, lower = self.view, self.view.lower
        lo_s = view.sents[view.sent_of[end - 1]][0]
        conj: list[Span] = []
        seps: list[str] = []
        hi = end
        while len(conj) < MAX_MEMBERS:
            start = self._name_back(hi, lo_s)
            if start is None:
                break
            cut = next((k for k in range(start, hi) if view.words[k] == "("), hi)
            conj.insert(0, (start, cut))
            n = _sep_before(lower, start, lo_s)
            if not n:
                break
            seps.insert(0, lower[start - 1])
            hi = start - n
        if len(conj) < 2 or len(seps) < len(conj) - 1 or seps[len(seps) - 1] != "and":
            return None
        if any(x != "," for x in seps[-(len(conj) - 1) : -1]):
            return None
        conj_ok = [self._member(x) for x in conj]
        return conj if all(x == "person" for x in conj_ok) else None

    def _checked(
        self, c: Candidate, conj: list[Span], seps: list[str], a: int
    ) -> list[Span] | None:
        """``conj`` trimmed of conjuncts at its edges that join it by a comma and are no
        members ("Tuesday, Warren and Sanders", left of the speaker mention that starts
        at token ``a``; "Warren and Sanders, two senators,"); None unless what is left
        is a list of members ("A, B and C") in the place of a subject."""
        if "and" not in seps:
            return None
        ok = [self._member(x) for x in conj]
        while len(conj) > 2 and not ok[0] and seps[0] == "," and conj[0][1] <= a:
            conj, seps, ok = conj[1:], seps[1:], ok[1:]
        while len(conj) > 2 and not ok[-1] and seps[-1] == ",":
            conj, seps, ok = conj[:-1], seps[:-1], ok[:-1]
        while len(conj) > 1 and seps[-1] == ",":  # no "and" closes it: an apposition
            conj, seps, ok = conj[:-1], seps[:-1], ok[:-1]
        if (
            len(conj) < 2 or not all(ok) or seps[-1] != "and"
            or any(s != "," for s in seps[:-1]) or "person" not in ok
            or not self._in_subject_place(c, conj[0][0], conj[-1][1])
        ):
            return None
        return conj

    def _in_org_name(self, i: int, lo: int) -> bool:
        """Does the "and" at token ``i`` join two capitalised words of one organisation's
        name ("Department of Indigenous Reconciliation and Northern Relations")?"""
        words = self.view.words
        if i + 1 >= len(words) or not words[i + 1][:1].isupper():
            return False
        return org_head_before(self.view, self.typer.sets.org_head, i - 1, lo) is not None

    def _member(self, span: Span) -> str:
        """What the conjunct ``span`` is as a member: "person", "organization",
        "description", or "" when it is none."""
        m = self.typer.type_mention(span[0], span[1], None)
        word = self.view.words[span[0]]
        if span[1] - span[0] == 1 and word[:1].isupper() and any(
            len(x.words) >= 2 and find(x).kind == "person" for x in self.reg.people_named(word)
        ):
            return "person"  # "Trump, Ryan and Priebus", all named in full before
        if m.shape == "description":
            first = self.view.lower[span[0]]
            single = m.kind in ("anonymous", "person") and not m.plural
            return "description" if single and first in POSSESSIVES | {"the", "a"} else ""
        if m.shape != "name" or m.title_only:
            return ""
        words = m.name.split()
        if m.kind == "person" or (m.weak and len(words) >= 2):
            titled = m.gender or any(self.typer.titled(i) for i in range(*span))
            if len(words) >= 2 or titled or any(
                len(x.words) >= 2 for x in self.reg.people_named(m.name)
            ):
                return "person"
            return ""
        if m.kind in ("organization", "media") and not m.weak and len(words) >= 2:
            return "organization"
        return ""

    def _in_subject_place(self, c: Candidate, lo: int, hi: int) -> bool:
        """Does the coordination ``lo .. hi`` stand where a speaker does: opening its
        clause before the cue ("…, but Warren and Sanders said"), or after the cue at the
        end of the clause ("said Warren and Sanders.")? Not the object of a preposition
        ("between Warren and Sanders") nor a possessor ("Warren and Sanders's bill")."""
        view, lower = self.view, self.view.lower
        lo_s, hi_s = view.sents[view.sent_of[lo]]
        if lo > lo_s and lower[lo - 1] in ("both", "either"):
            lo -= 1
        if hi < hi_s and lower[hi] in ("'s", "’s", "'"):
            return False
        cue = c.cue_tok if c.cue_tok >= 0 else (
            view.token_at(c.cue[0]) if c.cue is not None else -1
        )
        if cue >= hi:
            before = lo == lo_s or lower[lo - 1] in OPENING_MARKS or lower[lo - 1] in (
                CLAUSE_OPENERS
            ) or (lower[lo - 1] == "for" and lower[hi : hi + 1] == ["to"])  # "for A and B to"
            j = cue  # back over "have both", "also"
            while j > hi and cue - j < 3 and (
                lower[j - 1] in PAIR_WORDS | {"all", "each"}
                or self.tag(j - 1) in ("ADV", "AUX", "PART")
            ):
                j -= 1
            # "Khizr and Ghazala Khan, the Gold Star parents …, say": an apposition
            apposed = j > hi and lower[hi] == "," and lower[j - 1] == ","
            # (or the subject the rule read, its verb further on: "Trump, Ryan and RNC
            # Chairman Reince Priebus have spent the last week trying to tell …")
            subject = c.speaker is not None and lo <= c.speaker[0] and c.speaker[1] <= hi and (
                not any(lower[k] in ("a", "an") for k in range(lo, hi)))  # (no apposition)
            return before and (j == hi or apposed or subject)
        return 0 <= cue < lo and (hi == hi_s or not lower[hi][:1].isalnum())

    def _name_back(self, end: int, lo_s: int) -> int | None:
        """The start of the name that ends at token ``end`` (a conjunct to the left),
        or None."""
        words = self.view.words
        k = end
        if k - 2 > lo_s and words[k - 1] == ")":  # "Sen. Bernie Sanders (Vt.) and …"
            k = next((o for o in range(k - 2, max(lo_s, k - 8), -1) if words[o] == "("), end)
        top = k
        while k > lo_s and top - k < MAX_WORDS and (
            self.typer.is_cap(k - 1) or words[k - 1] in NAME_MARKS
        ):
            k -= 1
        while k < top and words[k] in NAME_MARKS:
            k += 1
        return k if k < top else None

    def _conjunct_forward(self, start: int, hi_s: int) -> int | None:
        """The end of the conjunct that starts at token ``start`` (to the right): a
        name, or a description of one person, with a name or not ("her husband Dmitri
        Petrov", "his lawyer"); None if none starts there."""
        view, lower = self.view, self.view.lower
        k = start
        if k < hi_s and lower[k] in POSSESSIVES | {"the", "a"}:
            k += 1
            while k < hi_s and k - start < 4 and view.words[k].islower() and self.tag(k) in (
                "NOUN", "ADJ"
            ):
                k += 1
            if k == start + 1:
                return None
        while k < hi_s and k - start < MAX_WORDS and (
            self.typer.is_cap(k) or view.words[k] in NAME_MARKS
        ):
            k += 1
        return k if k > start else None

    def _group(self, c: Candidate, spans: list[Span]) -> Found | None:
        """The group of the conjuncts ``spans`` that speaks in ``c``, each member
        resolved as a mention of its own."""
        view = self.view
        a = spans[0][0]
        sent = self._sent(a)
        members: list[Cluster] = []
        for s0, s1 in spans:
            m = self.typer.type_mention(s0, s1, None)
            ent = self._mention_cluster(m, (s0, s1), sent)
            if ent is None:
                return None
            ent = find(ent)
            if m.shape == "name" and ent.kind == "person" and not m.title_only:
                self.reg.name_person(ent, m.name)  # "Warren" named in full here
            ent.mentions[(m.start, m.end)] = None
            self.descriptions.describe(ent, m)
            if m.gender:
                ent.vote(m.gender, HONORIFIC if m.shape == "name" else GENDERED_NOUN)
            members.append(ent)
        if len({id(x) for x in members}) < 2:
            return None
        group = self.reg.group(members)
        start, end = view.starts[a], view.ends[spans[-1][1] - 1]
        group.mentions[(start, end)] = None
        group.speaks = group.topic = True
        if self._is_prose(a) and not self.skip[a]:
            for x in members:
                self.reg.touch(x, sent, OTHER_W)
            self.reg.touch(group, sent, SPEAKER_W)
            self.reg.note_subject(sent, group)
            if c.kind == "direct":
                self._hold_floor(group, c.content)
        self.turns.add(group, self.scan.prose_rank[c.para],
                       view.text[c.content[0] : c.content[1]])
        mention = Mention(start, end, view.text[start:end], group.kind, "name", plural=True)
        return Found(mention, group)


def _before_of(lower: list[str], a: int, b: int) -> int:
    """The end of a conjunct ``a .. b`` before its "of PLACE" ("Ted Cruz of Texas")."""
    return next((k for k in range(a + 1, b) if lower[k] == "of"), b)


def _split(lower: list[str], a: int, b: int) -> tuple[list[Span] | None, list[str]]:
    """The pieces of tokens ``a .. b`` between commas and "and", and the separators
    (", and" as "and"); None when two separators meet or the span ends in one."""
    conj: list[Span] = []
    seps: list[str] = []
    start = i = a
    while i < b:
        n = _sep_at(lower, i, b)
        if not n:
            i += 1
            continue
        if i == start:
            return None, []
        conj.append((start, i))
        seps.append(lower[i + n - 1])
        i = start = i + n
    if start >= b:
        return None, []
    conj.append((start, b))
    return conj, seps


def _sep_at(lower: list[str], i: int, hi: int) -> int:
    """The length of the separator at token ``i`` (", and": 2; "and", ",": 1; else 0)."""
    if i >= hi:
        return 0
    if lower[i] == "," and i + 1 < hi and lower[i + 1] == "and":
        return 2
    return 1 if lower[i] in (",", "and") else 0


def _sep_before(lower: list[str], i: int, lo: int) -> int:
    """The length of the separator that ends just before token ``i`` (0 if none)."""
    if i - 1 <= lo or lower[i - 1] not in (",", "and"):
        return 0
    return 2 if lower[i - 1] == "and" and i - 2 > lo and lower[i - 2] == "," else 1
