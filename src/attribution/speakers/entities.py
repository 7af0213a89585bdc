"""The entities of an article while it is read: clusters of mentions.

A :class:`Cluster` gathers the mentions of one person, organisation, outlet, document
or anonymous source: its names, descriptions and pronouns. The :class:`Registry` holds
them and answers the three questions resolution asks:

* **Which entity does this name name?** Names are matched as the multi-pass sieve of
  Raghunathan et al. (2010) and Lee et al. (2013) does, strictest first: the same full
  name; a compatible full name (same surname and given name or initial, "Donald J.
  Trump" = "Donald Trump"; one the tail of the other, "Ortiz Vidal" = "Andrés Ortiz
  Vidal"); then one word of a full name ("Trump", "Mr. Lou" for "Lou Jiwei", whose
  surname comes first). Different given names keep people apart ("Bill Clinton").
* **Which entity is most salient here?** Each mention adds to its entity's salience,
  more when it is a subject or a quote's speaker, and salience halves with every
  sentence that mentions someone or something, after Lappin & Leass (1994); the
  candidates are the entities mentioned last, a bounded number, so resolution stays
  linear in the article's length. A sentence that mentions no entity ("The hall was
  quiet.", a caption left in the text) adds nothing to anyone and takes nothing from
  anyone: the most salient, the window a pronoun looks back over
  (:meth:`Registry.distance`) and the sentence before, whose subject a pronoun or a
  role noun continues (:meth:`Registry.previous`), are the same with it or without it.
  A sentence that quotes someone is a step too: the quotation is the speaker's turn.
* **What gender does the text state?** Votes from honorifics ("Ms."), gendered nouns
  ("her daughter", "spokesman") and the pronouns resolved to the entity; never from a
  name. A gender is stated when the votes for it clearly outweigh the others.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from ..segment import DocView
from ..types import Entity, Gender, Span
from .names import INNER_GLOSS, clean_name

DECAY = 0.5  # salience kept from one sentence to the next
RECENT_LIMIT = 30  # entities looked at for one pronoun or description
WORD_BUCKET = 12  # people indexed under one word of their names
SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])
# After a name, what only a person takes: an age in commas ("Tanaka, 52, said"), a
# relative "who" ("Smith, who has led the agency since 2019").
PERSONAL_AFTER = re.compile(r"\s*,\s*(?:\d{1,3}\s*,|who\b)")
# Before a name, what gives only a person's: "who gave his name only as Ray", "a driver
# identified only as Tomasz", "known only as Siobhan".
PERSONAL_BEFORE = re.compile(
    r"(?:\bname|\bidentified(?:\s+\w+self)?|\bknown|\bnamed)(?:\s+only)?\s+(?:as\s+)?\Z"
)
# Inside a speaker's quotation marks, what only one person says of themselves: "I",
# "I'm", "me", "my" ("“I was terrified,” Okafor said": Okafor is a person, whatever
# the text leaves unsaid). A company or a body speaks as "we".
FIRST_SINGULAR = re.compile(r"\b(?:I(?:['’](?:m|ve|d|ll))?|[Mm](?:e|y|ine|yself))\b")
# A relative clause closing a description ("… who has worked the route for six years").
RELATIVE_TAIL = re.compile(r"\s+(?:who|whose)\s.*\Z", re.S)
# "one of them", "two of the juniors": a partitive, which an apposition may describe.
PARTITIVE = re.compile(r"(?:one|two|three|some|several|many|each|any|all|most|few) of\b", re.I)
# A given name that follows the surname: two syllables joined by a hyphen, the second
# in lower case ("Kang Mi-sook", "Ban Ki-moon"), unlike a double surname ("Okonedo-Price").
SURNAME_FIRST = re.compile(r"[^\W\d_]+-[^\W\d_A-Z]+")
# Weights of the evidence for a gender.
HONORIFIC, GENDERED_NOUN, PRONOUN, POSSESSIVE = 3.0, 2.0, 1.0, 0.5
GENDERS: dict[str, Gender] = {"m": "male", "f": "female"}


_GLUED = re.compile(r"([^\W\d_a-z])\.([^\W\d_a-z][^\W\d_A-Z]+)")  # "D.Batbold"


@functools.lru_cache(maxsize=8192)
def name_words(name: str) -> tuple[tuple[str, ...], str]:
    """The words of a person's name in lower case without punctuation, and its suffix:
    "Brent Bozell III" -> (("brent", "bozell"), "iii")."""
    glued = [p for w in clean_name(name).split() for p in _unglued(w)]  # Mongolian style
    words = [w.strip(".,").replace("’", "'") for w in " ".join(glued).lower().split()]
    words = [w for w in words if w]
    suffix = ""
    if len(words) > 1 and words[-1] in SUFFIXES:
        suffix = words.pop()
    return tuple(words), suffix


def _unglued(word: str) -> tuple[str, ...]:
    m = _GLUED.fullmatch(word)
    return (word,) if m is None else (m[1], m[2])


def _initial_of(a: str, b: str) -> bool:
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def compatible_names(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Can two full names (two words or more each) name the same person?"""
    if x == y:
        return True
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    if len(short) >= 2 and long_[-len(short) :] == short:
        return True  # "Ortiz Vidal" / "Andrés Ortiz Vidal"
    if x[-1] != y[-1]:
        return False
    return x[0] == y[0] or _initial_of(x[0], y[0])  # "Donald J. Trump" / "Donald Trump"


@dataclass(eq=False, slots=True)
class Cluster:
    """One entity while the article is read (mutable; frozen into an :class:`Entity`)."""

    kind: str
    name: str
    named: bool = False
    words: tuple[str, ...] = ()
    suffix: str = ""
    descriptors: set[str] = field(default_factory=set)
    descriptions: list[str] = field(default_factory=list)
    male: float = 0.0
    female: float = 0.0
    plural: bool = False
    mentions: dict[tuple[int, int], None] = field(default_factory=dict)
    score: float = 0.0
    sent: int = -1  # sentence of the last salience update
    first_sent: int = -1  # sentence of the first mention in prose
    parent: Cluster | None = None
    speaks: bool = False
    topic: bool = False  # ever a speaker or the subject of a sentence
    first: int = -1  # character where the text first names it (any line)
    weak: bool = False  # an organisation only by a word list's guess: may be a person
    members: list[Cluster] = field(default_factory=list)  # a group's ("A and B said")

    @property
    def gender(self) -> str:
        """ "m", "f", or "" while the votes do not clearly say."""
        m, f = self.male, self.female
        if m >= 1 and m >= 2 * f and m - f >= 1:
            return "m"
        if f >= 1 and f >= 2 * m and f - m >= 1:
            return "f"
        return ""

    def takes(self, gender: str) -> bool:
        """May a pronoun of this gender refer to the entity (its gender unstated or the
        same)?"""
        own = self.gender
        return not own or not gender or own == gender

    def vote(self, gender: str, weight: float) -> None:
        if gender == "m":
            self.male += weight
        elif gender == "f":
            self.female += weight

    def describe(self, text: str | None, heads: Iterable[str] = ()) -> None:
        if text and text not in self.descriptions:
            self.descriptions.append(text)
        self.descriptors.update(heads)


ANIMATE = frozenset(["person", "anonymous"])
GROUPS = frozenset(["anonymous", "organization", "media", "document"])


def animate(c: Cluster) -> bool:
    """Can "he"/"she" refer to it: a person, one unnamed person ("the owner"), or a name
    only a word list takes for an organisation?"""
    return not c.members and (
        c.kind == "person" or (c.kind == "anonymous" and not c.plural)
        or (c.weak and c.kind == "organization")
    )


def find(c: Cluster) -> Cluster:
    """The cluster ``c`` was merged into (itself if none)."""
    while c.parent is not None:
        c = c.parent
    return c


class Registry:
    """The clusters of one article, indexed by name, with their salience."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self.by_full: dict[tuple[str, ...], Cluster] = {}
        self.by_word: dict[str, list[Cluster]] = {}
        self.by_name: dict[tuple[str, str], Cluster] = {}
        self.by_initials: dict[str, Cluster] = {}  # "RRTA" -> Riverside Regional Transit …
        self.acronyms: dict[str, Cluster] = {}
        # "northwind" -> Northwind Logistics (None when two names share the word)
        self.first_words: dict[str, Cluster | None] = {}
        # "police" -> Halifax Regional Police: an organisation's head word alone
        self.head_words: dict[str, Cluster | None] = {}
        self.order: list[Cluster] = []  # the most recently mentioned first, each once
        self.subjects: dict[int, Cluster] = {}  # sentence -> the entity of its last subject
        self.all_subjects: dict[int, list[Cluster]] = {}  # sentence -> its clauses' subjects
        self.main_subjects: dict[int, list[Cluster]] = {}  # sentence -> its own subjects
        self.groups: dict[frozenset[int], Cluster] = {}  # a group by its members' ids
        # The sentences that mention an entity or hold a quotation, in order.
        self.mentioned: list[int] = []

    def new(self, kind: str, name: str, *, named: bool = False, plural: bool = False) -> Cluster:
        c = Cluster(kind, name, named=named, plural=plural)
        self.clusters.append(c)
        return c

    def group(self, members: list[Cluster]) -> Cluster:
        """The group of ``members`` (two or more entities, in text order; made if new):
        "person" when all are people, else "unknown"; named by its members when frozen."""
        members = _unique([find(c) for c in members])
        key = frozenset(map(id, members))
        c = self.groups.get(key)
        if c is None:
            kind = "person" if all(m.kind == "person" for m in members) else "unknown"
            c = self.groups[key] = self.new(kind, "", plural=True)
            c.members = members
        return find(c)

    def organisation_shortened(self, word: str) -> Cluster | None:
        """The one organisation whose name of several words opens with ``word`` ("the
        Traverse" for the Traverse Theatre, "the Northwind" for Northwind Logistics)."""
        c = self.first_words.get(word.casefold())
        return find(c) if c is not None and find(c).kind == "organization" else None

    # -- people by name ---------------------------------------------------------------
    def people_named(self, name: str) -> list[Cluster]:
        """The person clusters ``name`` may name, best first ([] if none)."""
        words, suffix = name_words(name)
        if not words:
            return []
        exact = self.by_full.get(words)
        if exact is not None and (len(words) == 1 or find(exact).suffix == suffix):
            return [find(exact)]
        out: list[Cluster] = []
        if len(words) >= 2:
            for c in self._sharing(words[-1]) + self._sharing(words[0]):
                if len(c.words) == 1 and c.words[0] in (words[-1], words[0]):
                    out.append(c)  # "Trump" named before "Donald Trump"
                elif (
                    len(c.words) >= 2
                    and compatible_names(c.words, words)
                    and (not c.suffix or not suffix or c.suffix == suffix)
                ):
                    out.append(c)
            return _unique(out)
        w = words[0]
        sharing = self._sharing(w)
        last = [c for c in sharing if c.words[-1] == w]
        # "Ms Kang" beside "Ji-woo Kang" and her mother "Kang Mi-sook": a surname that
        # comes first (Korean order, a hyphenated given name after it) is one too.
        first = [c for c in sharing if c.words[0] == w and len(c.words) == 2
                 and SURNAME_FIRST.fullmatch(c.name.split()[-1])]
        return _unique(last + first or sharing)

    def _sharing(self, word: str) -> list[Cluster]:
        return [find(c) for c in self.by_word.get(word, ())]

    def add_person(self, name: str) -> Cluster:
        """A new person cluster named ``name``, indexed by its words."""
        c = self.new("person", name, named=True)
        self.name_person(c, name)
        return c

    def name_person(self, c: Cluster, name: str) -> None:
        """Add the name ``name`` to person cluster ``c``; the fullest name is kept."""
        words, suffix = name_words(name)
        if not words:
            return
        if not c.named or len(words) > len(c.words):
            c.name, c.words, c.named = clean_name(name), words, True
        c.suffix = c.suffix or suffix
        c.kind = "person"
        self.by_full.setdefault(words, c)
        for w in words:
            bucket = self.by_word.setdefault(w, [])
            # a word shared by more people than an article names is no key (a bound that
            # keeps hostile input linear)
            if c not in bucket and len(bucket) < WORD_BUCKET:
                bucket.append(c)

    def named_thing(
        self, kind: str, name: str, weak: bool = False, plural: bool = False
    ) -> Cluster:
        """The organisation, outlet or document cluster of this name (made if new);
        ``weak`` when only a word list says it is one; ``plural`` for a group of people
        named by a plural ("Conservative Christians"). An acronym and the name it
        abbreviates are one entity ("NDRRMC", "National Disaster Risk Reduction and
        Management Council"), named by the full name."""
        name = clean_name(name)
        key = (kind, name.casefold())
        c = self.by_name.get(key)
        if c is None:
            c = self.new(kind, name, named=True, plural=plural)
            c.weak = weak
            self.by_name[key] = c
            self._abbreviations(c, name)
            words = name.split()
            if len(words) > 1 and not weak:
                first = words[0].casefold()
                other = self.first_words.get(first, c)
                # two names that share their first word: it names neither alone
                self.first_words[first] = c if other is not None and find(other) is c else None
        c = find(c)
        c.weak = c.weak and weak
        return c

    def things_named(self, word: str) -> list[Cluster]:
        """The organisation or outlet whose multi-word name starts with ``word``, if one
        alone does ("Northwind" for "Northwind Logistics")."""
        found = self.first_words.get(word.casefold())
        return [find(found)] if found is not None else []

    def thing_called(self, word: str) -> list[Cluster]:
        """The organisation or outlet of the one-word name ``word`` ("Zelvano" after
        "Carmaker Zelvano recalls …"), if any."""
        key = word.casefold()
        found = self.by_name.get(("organization", key)) or self.by_name.get(("media", key))
        return [find(found)] if found is not None else []

    def thing_headed(self, word: str) -> list[Cluster]:
        """The organisation whose name ``word`` heads, if one alone has it as its head
        ("Police" for "Halifax Regional Police")."""
        found = self.head_words.get(word.casefold())
        return [find(found)] if found is not None else []

    def name_head(self, c: Cluster, head: str) -> None:
        """``head`` (an organisation noun ending ``c``'s name) alone names ``c``, unless
        it ends the name of another organisation of the article too."""
        other = self.head_words.get(head, c)  # None once two names have shared it
        self.head_words[head] = c if other is not None and find(other) is find(c) else None

    def _abbreviations(self, c: Cluster, name: str) -> None:
        if kind_of_acronym(name):
            full = self.by_initials.get(name)
            if full is not None and find(full) is not find(c):
                self.merge(c, full)
            else:
                self.acronyms.setdefault(name, c)
            return
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        if len(initials) >= 2 and " " in name:
            self.by_initials.setdefault(initials, c)
            short = self.acronyms.get(initials)
            if short is not None and find(short) is not find(c):
                self.merge(short, c)

    def become_person(self, c: Cluster) -> None:
        """A weakly typed organisation a pronoun shows to be a person."""
        if c.weak and c.kind == "organization":
            c.kind, c.weak = "person", False
            self.name_person(c, c.name)

    # -- subjects ---------------------------------------------------------------------
    def note_subject(
        self, sent: int, c: Cluster, keep: bool = False, embedded: bool = False,
        after_fronted: bool = False,
    ) -> None:
        """``c`` is the subject of a clause of sentence ``sent``: of the sentence (the
        last one noted, unless ``keep`` and the sentence has one), or of a clause
        ``embedded`` in it ("… questioned why Ghazala Khan hadn't spoken");
        ``after_fronted``: of the main clause after a fronted one, whose subjects were
        only that clause's ("As Mr Ó Cearbhaill left, a man … stepped")."""
        if after_fronted:
            self.main_subjects.pop(sent, None)
        if not embedded:
            c.topic = True
            self.main_subjects.setdefault(sent, []).append(c)
        if not embedded and not (keep and sent in self.subjects):
            self.subjects[sent] = c
        found = self.all_subjects.setdefault(sent, [])
        if c not in found:
            found.append(c)

    def subjects_in(self, *sents: int, main: bool = False) -> list[Cluster]:
        """The entities that are subjects of clauses of these sentences (``main``: of
        the sentences themselves), each once."""
        table = self.main_subjects if main else self.all_subjects
        return _unique([find(c) for s in sents for c in table.get(s, ())])

    # -- salience ---------------------------------------------------------------------
    def salience(self, c: Cluster, sent: int) -> float:
        if c.sent < 0:
            return 0.0
        return c.score * DECAY ** min(self.distance(c.sent, sent), 30)

    def distance(self, a: int, b: int) -> int:
        """How many sentences sentence ``b`` lies after sentence ``a``, counting those
        between that mention an entity or quote someone (module docstring): a sentence
        that does neither is no step."""
        if b <= a:
            return b - a
        seen = self.mentioned
        return bisect.bisect_left(seen, b) - bisect.bisect_right(seen, a) + 1

    def previous(self, sent: int) -> int:
        """The sentence before sentence ``sent`` on the clock of :meth:`distance`: the
        last one that mentions or quotes someone (the one before if none does)."""
        seen = self.mentioned
        k = bisect.bisect_left(seen, sent)
        return seen[k - 1] if k else sent - 1

    def step(self, sent: int) -> None:
        """Sentence ``sent`` mentions someone, or quotes someone: a step of
        :meth:`distance`."""
        seen = self.mentioned
        if not seen or seen[-1] < sent:
            seen.append(sent)
        elif seen[-1] != sent:
            k = bisect.bisect_left(seen, sent)
            if seen[k] != sent:
                seen.insert(k, sent)

    def touch(self, c: Cluster, sent: int, weight: float) -> None:
        """A mention of ``c`` in sentence ``sent`` (a prose sentence)."""
        c = find(c)
        c.score = self.salience(c, sent) + weight
        c.sent = sent
        self.step(sent)
        if c.first_sent < 0:
            c.first_sent = sent
        order = self.order
        if not order or order[0] is not c:
            if c in order:
                order.remove(c)
            order.insert(0, c)
            del order[RECENT_LIMIT:]

    def by_recency(self, limit: int = RECENT_LIMIT) -> list[Cluster]:
        """Clusters from the most recently mentioned back, each once, at most ``limit``
        (at most :data:`RECENT_LIMIT`): salience fades, and the bound keeps resolution
        linear."""
        return self.order[:limit]

    def last_other(self, sent: int, other: Cluster, window: int = 2) -> Cluster | None:
        """The one person (animate, singular) other than ``other`` mentioned most
        recently within ``window`` sentences before sentence ``sent``: the other one of
        a narrated exchange ("… shouted at a farmer. / “…,” he said. / “…?”")."""
        other = find(other)
        return next((c for c in self.by_recency(6) if c is not other and c.kind in ANIMATE
                     and not c.plural and self.distance(c.sent, sent) <= window), None)

    def most_salient(
        self, sent: int, accept: Callable[[Cluster], bool], window: int = 6
    ) -> Cluster | None:
        """The most salient cluster that ``accept`` takes among those mentioned within
        ``window`` sentences that mention someone (the most recent of equals)."""
        return self.ranked(sent, accept, window)[0]

    def ranked(
        self,
        sent: int,
        accept: Callable[[Cluster], bool],
        window: int = 6,
        weigh: Callable[[Cluster], float] | None = None,
    ) -> tuple[Cluster | None, float, float]:
        """The most salient cluster ``accept`` takes, its salience, and the salience of
        the runner-up (0 if none); ``weigh`` scales each one's salience."""
        best: Cluster | None = None
        best_score = second = 0.0
        for c in self.by_recency():
            if self.distance(c.sent, sent) > window or not accept(c):
                continue
            score = self.salience(c, sent) * (1.0 if weigh is None else weigh(c))
            if best is None or score > best_score + 1e-9:
                second = best_score if best is not None else second
                best, best_score = c, score
            elif score > second:
                second = score
        return best, best_score, second

    # -- merging ----------------------------------------------------------------------
    def join_named(self, c: Cluster, named: Cluster) -> Cluster:
        """A description resolved to ``c`` that an apposition names ``named``: one
        entity when ``c`` was unnamed ("A climber … The climber, Andrés Ortiz Vidal,");
        the named one alone when ``c`` is someone else ("The head of Mercury, Vin
        Weber," is not the founder named before)."""
        c, named = find(c), find(named)
        if c is named or not c.named:
            return self.merge(c, named)
        return named

    def merge(self, a: Cluster, b: Cluster) -> Cluster:
        """Make ``a`` part of ``b`` (a description joining the name it describes)."""
        a, b = find(a), find(b)
        if a is b:
            return b
        for span in a.mentions:
            b.mentions[span] = None
        for d in a.descriptions:
            b.describe(d)
        b.descriptors |= a.descriptors
        b.male += a.male
        b.female += a.female
        b.speaks = b.speaks or a.speaks
        b.topic = b.topic or a.topic
        if b.sent < a.sent:
            b.score, b.sent = a.score + self.salience(b, a.sent), a.sent
        else:
            b.score += self.salience(a, b.sent)
        if a.first_sent >= 0 and (b.first_sent < 0 or a.first_sent < b.first_sent):
            b.first_sent = a.first_sent
        if a.named and not b.named:
            b.name, b.words, b.named, b.kind = a.name, a.words, True, a.kind
        elif a.named and b.kind != "person" and len(a.name.split()) > len(b.name.split()):
            b.name = a.name  # the full name over its acronym
        elif b.kind != "person" and a.kind == "person" and a.named:
            b.kind = "person"
        a.parent = b
        if a in self.order:
            k = self.order.index(a)
            if b in self.order:
                del self.order[k]
            else:
                self.order[k] = b  # b takes a's place in the order of recency
        return b


def unintroduced(c: Cluster) -> bool:
    """A "person" the text never introduces as one: news introduces a person by full
    name, a title or a role, and refers to them as "he"/"she" or with an honorific.
    A one-word name the article never gives in full, never with a title or a
    description, and no personal pronoun or honorific takes ("Energex said crews were
    on standby") is a company or a body by the text's evidence, not a person, unless
    an age or a "who" follows it, or it is given as someone's name ("who gave his name
    only as Ray"; :data:`PERSONAL_AFTER`, :data:`PERSONAL_BEFORE`, checked by
    :func:`freeze`)."""
    return (
        c.kind == "person"
        and c.named
        and len(c.words) == 1
        and not c.suffix
        and not c.plural
        and c.male == 0
        and c.female == 0
        and not c.descriptions
        and not c.descriptors
    )


def kind_of_acronym(name: str) -> bool:
    """ "RRTA", "NDRRMC", "PAGASA": one word of capitals."""
    return 2 <= len(name) <= 8 and name.isalpha() and name.isupper()


def _unique(clusters: list[Cluster]) -> list[Cluster]:
    seen: set[int] = set()
    out = []
    for c in clusters:
        if id(c) not in seen:
            seen.add(id(c))
            out.append(c)
    return out


def freeze(
    clusters: list[Cluster], view: DocView, personal: frozenset[int] = frozenset()
) -> dict[int, Entity]:
    """Entities of ``clusters`` (roots, each once), ids in order of first mention: the
    map from a cluster's ``id()`` to its entity. ``personal``: the ``id()`` of the roots
    that speak of themselves as one person (:data:`FIRST_SINGULAR`)."""
    text = view.text
    roots = _unique([find(c) for c in clusters])
    roots = _unique(roots + [find(m) for c in roots for m in c.members])
    roots.sort(key=lambda c: min(c.mentions, default=(len(text), 0)))
    out: dict[int, Entity] = {}
    for n, c in enumerate(roots, 1):
        if unintroduced(c) and id(c) not in personal and not any(
            PERSONAL_AFTER.match(text, e, e + 16)
            or PERSONAL_BEFORE.search(text, max(0, s - 32), s)
            for s, e in c.mentions
        ):
            c.kind = "organization"
        gender = GENDERS.get(c.gender) if c.kind in ("person", "anonymous") else None
        if c.plural:
            gender = None
        name = INNER_GLOSS.sub("", c.name)  # "A … Corporation (BMC) report": the report's
        if not c.named and c.kind == "anonymous" and not c.plural:
            # "A tanker driver who has worked the route for six years": the tanker driver
            # (the clause told one unnamed person from another while the article was
            # read; a reader names the person by what they are)
            name = RELATIVE_TAIL.sub("", name) or name
        if not c.named and PARTITIVE.match(name):
            # "one of them, a 17-year-old girl in a school tracksuit": what she is
            said = next((d for d in c.descriptions if d.lower().startswith(("a ", "an "))), None)
            name = said.split(" ", 1)[1] if said is not None else name
        out[id(c)] = Entity(
            id=f"e{n}",
            name=name,
            kind=c.kind,  # type: ignore[arg-type]
            gender=gender,
            mentions=tuple(Span(s, e, text[s:e]) for s, e in sorted(c.mentions)),
            descriptions=tuple(c.descriptions),
        )
    for c in roots:
        if c.members:  # named by its members' names as they end up
            members = _unique([find(m) for m in c.members])
            ids = tuple(out[id(m)].id for m in members)
            name = " | ".join(out[id(m)].name for m in members)
            people = all(out[id(m)].kind == "person" for m in members)
            out[id(c)] = replace(out[id(c)], name=name, members=ids,
                                 kind="person" if people else "unknown")
    return out
