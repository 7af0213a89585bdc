"""Cataphora: an unnamed description is the one named after it (mixed into
:class:`descriptions.Descriptions`).

* a person named for the first time, as a subject and without a title, is the unnamed
  description of the sentence or two before ("A Halifax ferry captain …" … "Aidan
  MacNeil, 52, said");
* a person named with a title or an apposition is the unnamed description with that
  title's noun mentioned before ("Egypt's foreign minister" … "Foreign Minister Layla
  Haddad");
* an organisation named for the first time is the unnamed one described just before
  with a word of its name ("their union said …" … "Amalgamated Transit Union …").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

from ..phrases import POSSESSIVES, Tagger
from ..resources import SpeakerLexicon
from ..segment import DocView
from .description_words import DEFINITE, conflict, modifiers, other_body, shared_nouns
from .entities import Cluster, Registry, find
from .mention import Mention
from .owners import KIN_OF
from .subjects import verb_between

UNNAMED_SOURCES = frozenset(["official", "source", "aide", "diplomat", "insider", "spokesman",
                             "spokeswoman", "spokesperson", "person"])
CATAPHORA_WINDOW = 2  # sentences between an unnamed description and the name
TITLE_WINDOW = 12  # sentences a description waits for the name its title gives
LINE_WORDS = 8  # words of a paragraph of prose, at least (fewer: a heading, a label)
_QUOTE = regex.compile(r"[\"“”‘’]")


# An owner's name before a description ("Indonesia's trade ministry"): not the body's.
_OWNER = regex.compile(r"^.*['’]s\s+")


def _own_words_within(name: str, words: set[str]) -> bool:
    """Are the words of the description ``name`` (past its owner's), two or more, all
    among ``words``?"""
    own = set(_OWNER.sub("", name.lower()).split())
    return len(own) > 1 and own <= words


class Cataphora:
    """Reads cataphora; mixed into :class:`descriptions.Descriptions`, which holds the
    article's state."""

    view: DocView
    lex: SpeakerLexicon
    reg: Registry
    tag: Tagger
    sent_rank: Sequence[int]

    def said_unnamed(self, c: Cluster) -> bool:
        raise NotImplementedError

    def said_heads(self, c: Cluster, text: str) -> list[str]:
        raise NotImplementedError

    def headline_unnamed(self) -> list[Cluster]:
        raise NotImplementedError

    def cataphora(
        self, c: Cluster, sent: int, at: int = -1, asker: Cluster | None = None,
        speaking: bool = False, apposition: str | None = None, window: int | None = None,
    ) -> Cluster:
        """A person named for the first time, as a subject and without a title: the
        unnamed description of the sentence or two before is this person, unless another
        person was named in between (a name inside its own sentence, as in what it said,
        is not), or it asked the question the person's line answers (``asker``); with
        ``speaking``, a description that spoke (not only a subject), and none whose noun
        the name's indefinite ``apposition`` has (one of many: "a Carrier executive" is
        no "…, a senior executive at Carrier's parent company"); ``window``: sentences
        back, if not :data:`CATAPHORA_WINDOW`."""
        indefinite = (apposition or "").casefold().startswith(("a ", "an "))
        said = set(self.said_heads(c, apposition or "")) if indefinite else set()
        barred = None if asker is None else find(asker)
        named_since = -1  # the last sentence a named person was mentioned in
        window = CATAPHORA_WINDOW if window is None else window
        for d in self.reg.by_recency(limit=8):
            if sent - d.sent > window:
                break
            if d is c or d is barred:
                continue
            if d.kind == "person" and d.named:
                named_since = max(named_since, d.sent)
                continue
            if named_since > d.sent:
                break
            if (
                d.kind == "anonymous"
                and not d.named
                and not d.plural
                and (d.speaks if speaking else d.topic)  # not "the suspect" it followed
                and not shared_nouns(d.descriptors, said)
                and d.first_sent >= sent - window
                # "A woman … asked the pilot, Jociel Bare,": the verb's, not hers
                and not (d.first_sent == sent and d.mentions and at >= 0
                         and verb_between(self.view, self.tag, min(d.mentions)[1], at))
                and d.takes(c.gender)
                # (a description that spoke is someone, whatever its noun: "A 67-year-old
                # retired streetcar operator … said …. “…,” said Ravi Seepersad")
                and (any(self.lex.has("role", w) for w in d.descriptors) or (speaking and not any(
                    self.lex.has("indefinite", w) for w in d.descriptors)))
                and not any(self._source(w) for w in d.descriptors)
                # "A nurse …, who asked not to be named,": no later name reveals her
                and not self.said_unnamed(d) and not KIN_OF.match(d.name)
                # "A friend referred to him as … / Mohamed Shoukair, 36. / Shoukair, the
                # flight's pilot, …": a heading opens a new section, whose name is no
                # description's of the section before
                and not self._line_between(d, at)
            ):
                return self.reg.merge(d, c)
        return self.title_cataphora(c, sent)

    def _line_between(self, d: Cluster, at: int) -> bool:
        """Is there a short line of prose (a heading or label: a paragraph of fewer
        than :data:`LINE_WORDS` words and no quotation; page furniture, which is no
        prose, does not count) between the last mention of ``d`` and character ``at``,
        or is ``at`` on one?"""
        if at < 0 or not d.mentions:
            return False
        view, rank = self.view, self.sent_rank
        p0 = view.para_of[view.token_at(max(d.mentions)[0])]
        p1 = view.para_of[view.token_at(at)]
        for first, end in view.paras[p0 + 1 : p1 + 1]:
            s = view.sent_of[first]
            if rank and s > 0 and rank[s] == rank[s - 1]:
                continue  # furniture
            text = view.text[view.starts[first] : view.ends[end - 1]]
            if len(text.split()) < LINE_WORDS and not _QUOTE.search(text):
                return True
        return False
        view = self.view
        p0 = view.para_of[view.token_at(max(d.mentions)[0])]
        p1 = view.para_of[view.token_at(at)]
        for first, end in view.paras[p0 + 1 : p1 + 1]:
            text = view.text[view.starts[first] : view.ends[end - 1]]
            if len(text.split()) < LINE_WORDS and not _QUOTE.search(text):
                return True
        return False

    def _source(self, word: str) -> bool:
        """Is ``word`` the head of a source news leaves unnamed by convention ("the US
        official", "a source", "an aide"), whom no later name reveals?"""
        return word in UNNAMED_SOURCES or self.lex.has("anon_marker", word + "s")

    def named_group(self, c: Cluster, sent: int, modifiers: Iterable[str] = ()) -> Cluster:
        """An organisation named for the first time is the unnamed one described in the
        sentence or two before with a word of its name or ``modifiers`` ("their union said
        …" … "Amalgamated Transit Union Local 1587 said …"), or further back with all its
        words ("Indonesia's trade ministry" … "The Ministry of Trade"); and the headline's
        ("Conservation group says …" … "The conservation group Rivers Alive said")."""
        words = set(c.name.lower().split()) | set(modifiers)
        for d in self.reg.by_recency(limit=12):
            if sent - d.sent > TITLE_WINDOW:
                break
            if d is not c and d.kind == "organization" and not d.named and (
                (sent - d.sent <= CATAPHORA_WINDOW and d.descriptors & words)
                or _own_words_within(d.name, words)
            ):
                c = self.reg.merge(d, c)
                break
        for d in self.headline_unnamed():
            if d.kind == "organization" and d.descriptors & words and d is not find(c):
                return self.reg.merge(d, c)  # the headline's waits for the lead
        return c

    def title_cataphora(self, c: Cluster, sent: int, apposition: str | None = None) -> Cluster:
        """A person named with a title ("Foreign Minister Layla Haddad") or an
        ``apposition`` ("said Mary Okoye, the union's general secretary") is the unnamed
        description with that title's noun mentioned before ("Egypt's foreign
        minister", "The union's general secretary said …")."""
        appositive = set(self.said_heads(c, apposition)) if apposition else set()
        if not c.descriptors and not appositive:
            return c
        for d in self.reg.by_recency(limit=12):
            if sent - d.sent > TITLE_WINDOW:
                break
            shared = shared_nouns(d.descriptors, c.descriptors)
            # the apposition's noun only: both definite, one role, not one of many ("a
            # Carrier executive" … "…, a senior executive at Carrier's …")
            said = not shared and apposition is not None
            definite = (apposition or "").casefold().startswith("the ")
            shared = shared or shared_nouns(d.descriptors, appositive)
            # (a bare "the captain" refers back to "A brigade captain" introduced before)
            bare = said and definite and not any(modifiers(apposition or "", h) for h in shared)
            if said and not (definite and (bare or self._definite(d))):
                continue
            if (
                d is not c
                and d.kind == "anonymous"
                and not d.named
                and not d.plural
                and d.takes(c.gender)
                and shared
                and not any(conflict(modifiers(d.name, h), c, h) for h in shared)
                # an apposition repeats what the description said, not only its noun
                # ("An NTA spokeswoman" is no "…, the party's transport spokesperson")
                and (not said or bare or any(
                    modifiers(d.name, h) and modifiers(d.name, h) <= modifiers(apposition or "", h)
                    for h in shared))
                and not self.said_unnamed(d)
                and not other_body(d.name, c.descriptions)
            ):
                return self.reg.merge(d, c)
        return self._taken_up(c, sent, apposition) if apposition else c

    def _taken_up(self, c: Cluster, sent: int, apposition: str) -> Cluster:
        """A name set off after "the" and a role noun nothing before has ("The witness,
        Priya Ramanathan," after "A former council procurement officer … said …"; not a
        title, not a source news leaves unnamed): the description introduced with "a"
        that spoke in the sentence before."""
        words = apposition.casefold().split()
        if len(words) != 2 or words[0] != "the":
            return c
        head = words[1]
        if not self.lex.has("role", head) or self.lex.has("title", head) or self._source(head) or (
                any(head in find(x).descriptors for x in self.reg.by_recency() if x is not c)):
            return c
        for d in self.reg.by_recency(limit=4):
            if sent - d.sent > 1:
                break
            if (d is not c and d.kind == "anonymous" and not d.named and not d.plural
                    and d.speaks and d.takes(c.gender) and not self.said_unnamed(d)
                    and d.mentions and self.view.lower[
                        self.view.token_at(min(d.mentions)[0])] in ("a", "an")):
                return self.reg.merge(d, c)
        return c

    def _definite(self, c: Cluster) -> bool:
        """Was ``c`` first mentioned by a definite or possessed description?"""
        if not c.mentions:
            return False
        a, _ = min(c.mentions)
        first = self.view.lower[self.view.token_at(a)]
        return first in DEFINITE or first in POSSESSIVES or "'s" in c.name.replace("’", "'")

    def introduced_then_named(self, head: str, m: Mention) -> Cluster | None:
        """The person first named as the subject of the sentence right after the one
        that introduced ``head`` with an indefinite and named no one ("In Chamama, a
        47-year-old grower has planted half of her field … Esnart Chirwa, a mother of
        five, said …" … "The 47-year-old grower said"), if the definite ``m`` fits."""
        view, reg = self.view, self.reg
        at = view.token_at(m.start)
        lo = view.sents[max(0, view.sent_of[at] - TITLE_WINDOW)][0]
        found = [*regex.finditer(
            rf"(?i)(?<![\w-])an?(?:[ \t]+[\w'’-]+){{0,2}}[ \t]+{regex.escape(head)}(?![\w-])",
            view.text, pos=view.starts[lo], endpos=m.start,
        )]
        if not found or not self.sent_rank:
            return None
        s = self.sent_rank[view.sent_of[view.token_at(found[-1].start())]]
        named = reg.subjects.get(s + 1) if s >= 0 and reg.subjects.get(s) is None else None
        c = None if named is None else find(named)
        if c is None or c.kind != "person" or not c.named or c.first_sent != s + 1:
            return None
        return c if c.takes(m.gender) else None
