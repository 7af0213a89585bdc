"""Speaker typing and resolution: "he", "they", "the military expert", "Clark" → one entity.

Resolution runs once through the attributions in text order and keeps a small registry
of the entities met so far (speakers, and the people named in the sentences between
them), as the salience-based resolvers of Lappin & Leass (1994) and the Gender Gap
Tracker's speaker step do:

* a name joins the entity that shares its surname ("Clark", "Mr. Clark" → Mason Clark);
* a definite description joins the entity whose appositive or title holds its head
  ("the military expert" → Frederick W Kagan, "a military expert at AEI");
* "he"/"she" take the most recent compatible person, "they" the most recent group,
  organisation or anonymous source, "it" the most recent organisation or document;
* "who"/"which" take the noun phrase they hang from.

Types come from the mention itself: pronouns, titles and role nouns, anonymity markers,
organisation, place, media and document words (``data/speakers.tsv``), the entity
labels of a statistical pipeline when there are any, else the word lexicon's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from ..quotes.constructions import Candidate
from ..quotes.quotations import quotation_groups
from ..resources import Resources, SpeakerLexicon
from ..segment import DocView
from ..types import Quote, Span, Speaker
from .coref import ClusterIndex, clusters_from_doc
from .mentions import (
    NP_LINK_ADJ,
    PLURAL_QUANTIFIERS,
    QUOTE_TOKENS,
    is_pronoun_case,
    share_at,
)

DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
    ]
)
# Prepositions after the head of a mention: "a spokesman for the campaign".
HEAD_PREPS = frozenset(["of", "for", "at", "from", "with", "in", "to", "by", "on", "about"])
PERSON_ENTS = frozenset({"PERSON"})
ORG_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
# Two or more capitalised words in a row ("Hillary Clinton", "Sen. Ted Cruz",
# "Frederick W Kagan"); possessive quantifiers keep it linear on any input.
HEADLINE_BREAKS = frozenset(["AUX", "VERB", "ADP", "DET", "CCONJ", "PRON", "SCONJ", "PART"])
_NAME_RUN = regex.compile(r"(?<![\w’'\-])\p{Lu}[\w’'\-]*+\.?+(?:[ \t]++\p{Lu}[\w’'\-]*+\.?+){1,5}+")



def given_name_gender(lex: SpeakerLexicon, word: str) -> str:
    """ "m" or "f" for a given name used for one sex ("Hillary", "Donald"), else ""."""
    if lex.has("given_female", word):
        return "f"
    if lex.has("given_male", word):
        return "m"
    return ""

@dataclass(slots=True)
class Entity:
    name: str
    kind: str
    surnames: set[str] = field(default_factory=set)
    descriptors: set[str] = field(default_factory=set)
    gender: str = ""
    plural: bool = False
    last: int = 0


@dataclass(slots=True)
class Mention:
    """A typed mention: its text, the name it gives, kind, head word, and shape."""

    start: int
    end: int
    name: str
    kind: str
    shape: str  # "pronoun", "name", "description", "relative"
    head: str = ""
    modifiers: tuple[str, ...] = ()
    description: str | None = None
    gender: str = ""
    plural: bool = False
    surname: str = ""


class _Resolver:
    def __init__(self, view: DocView, res: Resources) -> None:
        self.view = view
        self.lex = res.speakers
        self.words = res.words
        self.entities: list[Entity] = []
        self.recent: list[Entity] = []
        self.person_keys: dict[str, Entity] = {}
        self.named: dict[tuple[str, str], Entity] = {}
        self.doc_ents: list[str] | None = None
        doc = view.doc
        if view.ents is not None:
            self.doc_ents = view.ents
        self.name_runs: Iterator[regex.Match[str]] | None = None
        self.next_run: tuple[int, int] | None = None  # found, not scanned yet
        # A user's coreference component, when the pipeline has one, decides first.
        self.coref = ClusterIndex(clusters_from_doc(doc)) if doc.spans else None

    # -- typing ------------------------------------------------------------------------
    def ent_label(self, i: int) -> str:
        if self.doc_ents is not None:
            return self.doc_ents[i]
        return self.words.ent.get(self.view.words[i], "")

    def is_cap(self, i: int) -> bool:
        return self.view.words[i][:1].isupper()

    def initial_common_noun(self, i: int) -> bool:
        """Is token i a plural role or document word capitalised only because it opens
        the sentence ("Officials said …", "Analysts say …"), not a name?"""
        view = self.view
        w = view.lower[i]
        if i != view.sents[view.sent_of[i]][0] or not w.endswith("s") or w.endswith("ss"):
            return False  # a singular role word there is a title: "President Obama said"
        return any(self.lex.has(cls, w) for cls in ("role", "doc_head", "org_head"))

    def type_mention(self, a: int, b: int, appositive: tuple[int, int] | None) -> Mention:
        view = self.view
        lex = self.lex
        text = view.text
        words = view.words
        lower = view.lower
        s, e = view.starts[a], view.ends[b - 1]
        desc = None
        if appositive is not None:
            desc = text[view.starts[appositive[0]] : view.ends[appositive[1] - 1]].strip()
        if b - a == 1 and is_pronoun_case(words[a]):
            w = lower[a]
            for cls, gender, plural in (
                ("pron_he", "m", False),
                ("pron_she", "f", False),
                ("pron_i", "", False),
                ("pron_you", "", False),
                ("pron_we", "", True),
                ("pron_they", "", True),
                ("pron_it", "", False),
            ):
                if lex.has(cls, w):
                    kind = {
                        "pron_we": "organization",
                        "pron_they": "anonymous",
                        "pron_it": "organization",
                    }.get(cls, "person")
                    return Mention(
                        s,
                        e,
                        words[a],
                        kind,
                        "pronoun",
                        head=cls,
                        gender=gender,
                        plural=plural,
                        description=desc,
                    )
            if w in ("who", "which", "that"):
                return Mention(s, e, words[a], "unknown", "relative", description=desc)
        if b - a == 1 and lex.has("indefinite", lower[a]):
            # "Someone called it …", "Another tweeted": an unnamed source.
            return Mention(
                s, e, words[a], "anonymous", "description", head=lower[a], description=desc,
                plural=lower[a] in PLURAL_QUANTIFIERS,
            )
        if any(a + 2 <= i < min(b, a + 4) and share_at(view, i) for i in (a + 2, a + 3)):
            # "Four in 10 (voters)", "three out of four": a poll's share of people.
            return Mention(
                s, e, text[s:e], "anonymous", "description", head=lower[b - 1],
                plural=True, description=desc,
            )
        # "David French of the National Retail Federation", "a spokesman for the
        # campaign": the head is before the preposition, unless the whole is one
        # capitalised organisation name ("Institute for the Study of War").
        # The head of a described source stays before its phrase too ("a source familiar
        # with the talks" is a source), but the name keeps the whole description.
        if b - a > 2 and words[b - 1] == ")":
            # "Rep. Trey Gowdy (R-S.C.)": a trailing party-and-state (or other)
            # parenthetical is no part of the name.
            for o in range(b - 2, max(a, b - 9), -1):
                if words[o] == "(":
                    if o > a:
                        b = o
                        while b > a + 1 and view.is_space[b - 1]:
                            b -= 1
                    break
        full_end = b
        # "former secretary of state Hillary Rodham Clinton": a person's name ends the
        # mention, and the phrase before it is a title, not the head.
        tail = b
        while tail > a and self.is_cap(tail - 1):
            tail -= 1
        person_tail = (
            b - tail >= 2
            and tail > a
            and any(
                self.words.ent.get(words[i]) in PERSON_ENTS or given_name_gender(lex, words[i])
                for i in range(tail, b)
            )
        )
        for p in range(a + 1, b - 1) if not person_tail else ():
            if lower[p] in HEAD_PREPS and (
                not (
                    self.is_cap(p - 1) and lex.has("org_head", lower[p - 1]) and self.is_cap(p + 1)
                )
            ):
                if (
                    self.is_cap(p - 1)
                    # "a German user from Hanover": a common noun heads the phrase
                    or (p - 1 > a and lower[p - 1].isalpha() and lower[p - 1] not in NP_LINK_ADJ)
                    or lex.has("role", lower[p - 1])
                    or lex.has("title", lower[p - 1])
                    or lex.has("doc_head", lower[p - 1])
                    or lex.has("anon_marker", lower[p - 1])
                ):
                    b = p
                    break
                if lower[p - 1] in NP_LINK_ADJ and p - 1 > a:
                    b = p - 1
                    break
        # Drop leading determiners and status words for the name.
        k = a
        while k < b - 1 and (
            lower[k] in DETERMINERS
            or (
                lex.has("status_modifier", lower[k])
                and (words[k].islower() or k == view.sents[view.sent_of[k]][0])
            )
        ):
            k += 1
        toks = list(range(k, b))
        # Trailing capitalised run = a proper name ("... adviser Oleksiy Arestovych").
        r = b
        while r > k and (
            (self.is_cap(r - 1) and not self.initial_common_noun(r - 1))
            or words[r - 1] in (".", "-", "&")
            or (len(words[r - 1]) == 1 and words[r - 1].isupper())
        ):
            if lex.has("title", lower[r - 1]) and r - 1 > k and not self.is_cap(r - 2):
                break
            r -= 1
        while r < b and words[r] in (".", "-", "&"):
            r += 1
        head_word = words[b - 1]
        head_low = lower[b - 1]
        name_run = list(range(r, b)) if r < b else []
        pre = list(range(k, r))
        # A title or role word before the name: "Ukrainian presidential adviser X".
        if name_run and pre:
            pre_low = [lower[i] for i in pre]
            title_like = any(lex.has("role", w) or lex.has("title", w) for w in pre_low)
            if not title_like:
                # "Biden administration"-style: capitalised modifier of a lowercase head.
                name_run = list(range(k, b)) if all(self.is_cap(i) for i in pre) else name_run
        if name_run and self.is_cap(b - 1):
            name_toks = name_run
            # Titles at the front of the run are not part of the name ("Sen. Ted Cruz").
            org_like = lex.has("org_head", lower[name_toks[-1]]) or lex.has(
                "media_suffix", words[name_toks[-1]]
            )
            while len(name_toks) > 1 and lex.has("title", lower[name_toks[0]]) and not org_like:
                name_toks = name_toks[1:]
            # "Secretary of State John Kerry": the name starts at the given name.
            if len(name_toks) >= 3 and not org_like:
                for n_i in range(1, len(name_toks) - 1):
                    if given_name_gender(lex, words[name_toks[n_i]]):
                        name_toks = name_toks[n_i:]
                        pre = list(range(k, name_toks[0]))
                        break
            name = text[view.starts[name_toks[0]] : view.ends[name_toks[-1]]]
            kind = self.name_kind(name_toks, pre)
            if desc is None and pre and kind == "person":
                pre_text = text[view.starts[pre[0]] : view.ends[pre[-1]]]
                if any(lex.has("role", lower[i]) or lex.has("title", lower[i]) for i in pre):
                    desc = pre_text
            gender = ""
            for i in list(range(a, name_toks[0])):
                if lex.has("gendered_male", lower[i]):
                    gender = "m"
                elif lex.has("gendered_female", lower[i]):
                    gender = "f"
            if not gender and kind == "person":
                gender = given_name_gender(lex, words[name_toks[0]])
            surname = words[name_toks[-1]] if kind == "person" else ""
            mods = tuple(lower[i] for i in pre)
            return Mention(
                s,
                e,
                name,
                kind,
                "name",
                head=head_low,
                modifiers=mods,
                description=desc,
                gender=gender,
                surname=surname,
            )
        # A description: "the US official", "An unnamed official", "US intelligence";
        # an anonymous source is named by its whole description.
        name_end = view.ends[full_end - 1]
        name = text[view.starts[toks[0]] : name_end] if toks else text[s:e]
        mods = tuple(lower[i] for i in toks[:-1])
        kind = self.description_kind(head_low, mods, toks)
        gender = (
            "m"
            if lex.has("gendered_male", head_low)
            else ("f" if lex.has("gendered_female", head_low) else "")
        )
        plural = head_low.endswith("s") and not head_low.endswith("ss")
        del head_word
        return Mention(
            s,
            e,
            name,
            kind,
            "description",
            head=head_low,
            modifiers=mods,
            description=desc,
            gender=gender,
            plural=plural,
        )

    def name_kind(self, toks: list[int], pre: list[int]) -> str:
        view = self.view
        lex = self.lex
        words = tuple(view.words[i] for i in toks)
        # The longest known name the run ends with, if any.
        for n in range(min(len(words), lex.max_len), 0, -1):
            sub = words[len(words) - n :]
            if lex.phrase("media_name", sub):
                return "media"
            if lex.phrase("org_name", sub) or lex.phrase("gpe", sub):
                return "organization"
        if lex.has("media_suffix", words[-1]) and len(words) > 1:
            return "media"
        if lex.has("org_head", words[-1].lower()) and len(words) > 1:
            return "organization"
        if pre and any(
            lex.has("title", view.lower[i]) or lex.has("role", view.lower[i]) for i in pre
        ):
            return "person"  # "presidential adviser Oleksiy Arestovych", whatever NER says
        labels = [self.ent_label(i) for i in toks]
        if any(lab in PERSON_ENTS for lab in labels):
            return "person"
        if any(lab in ORG_ENTS for lab in labels):
            return "organization"
        if len(words) == 1 and words[0].isupper() and len(words[0]) <= 5:
            return "organization"  # an acronym: ISW, NATO, FBI
        return "person"

    def description_kind(self, head: str, mods: tuple[str, ...], toks: list[int]) -> str:
        lex = self.lex
        if lex.has("doc_head", head):
            return "document"
        if lex.has("media_head", head) and not lex.has("role", head):
            return "media"
        if lex.has("org_head", head):
            return "organization"
        if lex.has("role", head) or lex.has("indefinite", head) or lex.has("anon_marker", head):
            return "anonymous"
        if toks and all(self.is_cap(i) for i in toks):
            return "organization"
        return "unknown"

    # -- registry ----------------------------------------------------------------------
    def register(self, m: Mention, pos: int) -> Entity:
        if m.shape == "name":
            if m.kind == "person":
                # The latest person with this name or surname (indexed: no scan).
                ent = self.person_keys.get(m.name) or (
                    self.person_keys.get(m.surname) if m.surname else None
                )
                if ent is not None:
                    if len(m.name) > len(ent.name) and ent.name in m.name:
                        ent.name = m.name
                    self._describe(ent, m)
                    if m.gender and not ent.gender:
                        ent.gender = m.gender
                else:
                    ent = Entity(m.name, "person", {m.surname} if m.surname else set(),
                                 gender=m.gender, last=pos)
                    self._describe(ent, m)
                    self.entities.append(ent)
                for key in (ent.name, m.name, *ent.surnames):
                    self.person_keys[key] = ent
                self.touch(ent, pos)
                return ent
            found = self.named.get((m.kind, m.name))
            if found is None:
                found = Entity(m.name, m.kind, last=pos)
                self.entities.append(found)
                self.named[(m.kind, m.name)] = found
            self.touch(found, pos)
            return found
        ent = Entity(m.name, m.kind, gender=m.gender, plural=m.plural, last=pos)
        ent.descriptors.add(m.head)
        self.entities.append(ent)
        self.touch(ent, pos)
        return ent

    def touch(self, ent: Entity, pos: int) -> None:
        """Make ``ent`` the most recently mentioned entity."""
        ent.last = max(ent.last, pos)
        self.recent.append(ent)

    def by_recency(self, limit: int = 40) -> Iterator[Entity]:
        """Entities from the most recently mentioned back, each once, at most ``limit``:
        salience fades, and the bound keeps a long document linear."""
        seen: set[int] = set()
        for k in range(len(self.recent) - 1, max(-1, len(self.recent) - 1 - 8 * limit), -1):
            ent = self.recent[k]
            if id(ent) in seen:
                continue
            seen.add(id(ent))
            yield ent
            if len(seen) >= limit:
                return

    def _describe(self, ent: Entity, m: Mention) -> None:
        texts: list[str] = []
        if m.description:
            texts.append(m.description)
        texts.extend(m.modifiers)
        for t in texts:
            for w in t.lower().replace(",", " ").split():
                if (
                    self.lex.has("role", w)
                    or self.lex.has("title", w)
                    or self.lex.has("media_head", w)
                ):
                    ent.descriptors.add(w)
                    if w.endswith("s") and self.lex.has("role", w[:-1]):
                        ent.descriptors.add(w[:-1])

    def scan_names(self, upto: int) -> None:
        """Register people named (not quoted) before token ``upto``: capitalised runs of
        two or more words, or a title and a name. The runs are found once per text by a
        regular expression, so the scan costs nothing per ordinary token."""
        view = self.view
        text, words, lower = view.text, view.words, view.lower
        limit = view.starts[upto] if upto < len(view.starts) else len(text)
        ent = self.words.ent
        pos = self.words.pos
        title_words = self.lex.words["title"]
        blank = self.doc_ents is None
        for a, b in self._runs_before(limit):
            # Cheap test on the strings first: a title or a word known as a person name.
            parts = text[a:b].split()
            if blank and not (parts[0].lower() in title_words or "PERSON" in map(ent.get, parts)):
                continue
            i = view.token_at(a)
            j = min(view.token_before(b) + 1, upto)
            if i < j:
                # "… in January. Only Ronald Reagan …": a run never crosses a sentence end.
                i = max(i, view.sents[view.sent_of[j - 1]][0])
            if (
                i < j
                and i == view.sents[view.sent_of[i]][0]
                and pos.get(lower[i], "PROPN") not in ("PROPN", "NOUN", "ADJ")
            ):
                i += 1  # a sentence-initial function word: "The", "But"
            run = [k for k in range(i, j) if words[k] != "." and words[k][:1].isupper()]
            # A title-case headline ("Progressives Are Celebrating Hillary Clinton"): the
            # name is what follows its last function word or verb.
            for n in range(len(run) - 1, 0, -1):
                if (
                    self.words.pos.get(lower[run[n]]) in HEADLINE_BREAKS
                    and ent.get(words[run[n]]) not in PERSON_ENTS  # "Trump", not "trump"
                ):
                    run = run[n + 1 :]
                    break
            if len(run) < 2 or lower[run[-1]] in title_words:
                continue
            titled = lower[run[0]] in title_words
            people = [k for k in run if self.ent_label(k) in PERSON_ENTS]
            if (
                titled
                or len(people) == len(run)
                or (
                    self.doc_ents is None
                    and people
                    and not any(self.ent_label(k) in ORG_ENTS for k in run)
                )
            ):
                name_toks = run[1:] if titled and len(run) > 2 else run
                if titled and len(run) == 2:
                    name_toks = run[1:]
                name = view.text[view.starts[name_toks[0]] : view.ends[name_toks[-1]]]
                gender = ""
                if self.lex.has("gendered_male", view.lower[run[0]]):
                    gender = "m"
                elif self.lex.has("gendered_female", view.lower[run[0]]):
                    gender = "f"
                else:
                    gender = given_name_gender(self.lex, view.words[name_toks[0]])
                self.register(
                    Mention(
                        view.starts[run[0]],
                        view.ends[run[-1]],
                        name,
                        "person",
                        "name",
                        gender=gender,
                        surname=view.words[name_toks[-1]],
                    ),
                    run[0],
                )

    def _runs_before(self, limit: int) -> Iterator[tuple[int, int]]:
        """The name runs not scanned yet that start before character ``limit``, in order.

        The text is searched only as far as the runs asked for, once in all."""
        if self.name_runs is None:
            self.name_runs = _NAME_RUN.finditer(self.view.text)
        while True:
            if self.next_run is None:
                m = next(self.name_runs, None)
                if m is None:
                    return
                self.next_run = m.span()
            if self.next_run[0] >= limit:
                return
            run, self.next_run = self.next_run, None
            yield run

    def resolve(self, m: Mention, pos: int, prev_speaker: Entity | None) -> Entity | None:
        if self.coref and m.shape in ("pronoun", "description", "relative"):
            for a, b in self.coref.antecedents(m.start, m.end):
                t0 = self.view.token_at(a)
                t1 = self.view.token_before(b) + 1
                if t0 < t1:
                    am = self.type_mention(t0, t1, None)
                    if am.shape == "name":
                        return self.register(am, pos)
        if m.shape == "pronoun":
            want = m.head
            if want in ("pron_he", "pron_she"):
                g = "m" if want == "pron_he" else "f"
                if (
                    prev_speaker is not None
                    and prev_speaker.kind == "person"
                    and (not prev_speaker.gender or prev_speaker.gender == g)
                ):
                    return prev_speaker
                for ent in self.by_recency():
                    if ent.kind == "person" and (not ent.gender or ent.gender == g):
                        return ent
                return None
            if want == "pron_they":
                if prev_speaker is not None and prev_speaker.kind in (
                    "anonymous",
                    "organization",
                    "media",
                    "document",
                ):
                    return prev_speaker
                for ent in self.by_recency():
                    if ent.kind in ("anonymous", "organization") and (
                        ent.plural or ent.kind == "organization"
                    ):
                        return ent
                return None
            if want == "pron_it":
                for ent in self.by_recency():
                    if ent.kind in ("organization", "document", "media"):
                        return ent
                return None
            return None
        if m.shape == "description" and m.kind in ("anonymous", "media", "organization", "person"):
            det_definite = self.view.lower[self.view.token_at(m.start)] in (
                "the",
                "this",
                "that",
                "these",
                "those",
            )
            if det_definite:
                for ent in self.by_recency():
                    if ent.kind == "person" and m.head in ent.descriptors and not m.plural:
                        return ent
                    if m.kind == "media" and ent.kind == "media":
                        return ent
                    if (
                        m.kind == "organization"
                        and ent.kind == "organization"
                        and (m.head in ent.descriptors or m.head in ent.name.lower())
                    ):
                        return ent
        return None


def resolve_speakers(view: DocView, cands: list[Candidate], res: Resources) -> list[Quote]:
    """Turn candidates into quotes with typed, resolved speakers (in text order)."""
    r = _Resolver(view, res)
    text = view.text
    speakers: dict[int, Speaker | None] = {}
    entity_of: dict[int, Entity | None] = {}
    prev_speaker: Entity | None = None
    order = sorted(range(len(cands)), key=lambda i: _anchor(cands[i]))
    by_id = {id(c): i for i, c in enumerate(cands)}
    for i in order:
        c = cands[i]
        if c.speaker is None:
            src = by_id.get(id(c.inherit)) if c.inherit is not None else None
            if src is not None and src in speakers:
                sp = speakers[src]
                same_sentence = c.cue is not None and (
                    cands[src].sent == c.sent or c.continuation
                )
                if sp is not None and not same_sentence:
                    sp = Speaker(sp.name, sp.kind, None, None)
                speakers[i] = sp
                entity_of[i] = entity_of.get(src)
                if entity_of[i] is not None:
                    prev_speaker = entity_of[i]
            else:
                speakers[i] = None
                entity_of[i] = None
            continue
        a, b = c.speaker
        m = r.type_mention(a, b, c.description)
        if m.shape != "name" or " " not in m.name:
            r.scan_names(a)  # pronouns, descriptions, surnames need the people named before
        ent: Entity | None
        if m.shape == "relative" and c.antecedent is not None:
            am = r.type_mention(c.antecedent[0], c.antecedent[1], c.description)
            ent = r.resolve(am, a, prev_speaker) or r.register(am, a)
            m = Mention(
                m.start, m.end, ent.name, ent.kind if am.kind != "unknown" else am.kind, "relative"
            )
        elif m.shape == "pronoun":
            ent = r.resolve(m, a, prev_speaker)
        elif (
            m.kind != "person"
            and m.shape in ("name", "description")
            and " " not in m.name
            and m.name in r.person_keys
        ):
            # "Gowdy" after "Trey Gowdy": the surname of a person named before, whatever
            # the word lexicon guesses for it alone.
            ent = r.person_keys[m.name]
        elif m.shape == "description":
            ent = r.resolve(m, a, prev_speaker) or r.register(m, a)
        else:
            ent = r.register(m, a)
        mention = Span(m.start, m.end, text[m.start : m.end])
        if ent is not None:
            r.touch(ent, a)
            name, kind = ent.name, ent.kind
        else:
            name, kind = m.name, m.kind
            if m.shape == "pronoun":
                kind = "unknown" if m.head in ("pron_they", "pron_it", "pron_we") else kind
        speakers[i] = Speaker(name, kind, mention, m.description)  # type: ignore[arg-type]
        entity_of[i] = ent
        if ent is not None:
            prev_speaker = ent
    groups, inherited = quotation_groups(cands)
    quotes: list[Quote] = []
    for i, c in enumerate(cands):
        sp = speakers.get(i)
        content = Span(c.content[0], c.content[1], text[c.content[0] : c.content[1]])
        cue = None if c.cue is None else Span(c.cue[0], c.cue[1], text[c.cue[0] : c.cue[1]])
        cue_type = c.cue_type
        if sp is not None and sp.kind == "document" and cue_type == "speech":
            cue_type = "document"
        conf = c.confidence if sp is not None else min(c.confidence, 0.4)
        quotes.append(Quote(content, cue, sp, c.kind, round(conf, 3), cue_type,  # type: ignore[arg-type]
                            group=groups[i], inherited=inherited[i]))
    quotes.sort(key=lambda q: (q.content.start, q.content.end))
    return quotes


def _anchor(c: Candidate) -> int:
    if c.cue is not None:
        return min(c.cue[0], c.content[0]) if c.speaker is None else c.cue[0]
    return c.content[0]


__all__ = ["QUOTE_TOKENS", "resolve_speakers"]
