"""What an article's own text mentions, found before it is read.

Resolution reads the whole article, not only its speakers: the names in it (runs of
capitalised words, ``names.py``), the third-person pronouns of its prose, and the
descriptions that open its sentences ("The captain followed the suspect"). This module
finds them, once each, with one regular-expression pass for names and one for
pronouns, and says where prose is: headlines, captions, bylines and labels
(``text.prose_paragraphs``), a caller's excluded ranges (page furniture) and quoted
stretches hold no mention of the article's own. Sentences and paragraphs are counted in
prose, so a line of furniture between two sentences changes no distance.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Sequence

from ..phrases import POSSESSIVES, QUOTE_TOKENS, Tagger
from ..quotes.context import DATELINE
from ..resources import Resources
from ..segment import DocView, tokens_in
from .description_words import DEFINITE
from .mention import Mention
from .name_shapes import after_possessor
from .names import POSSESSIVE, NameRun, clean_name, name_runs
from .narrator import labelled_speech
from .subjects import after_fronted_phrase
from .text import listed_name_end, prose_paragraphs, token_flags
from .typer import MentionTyper
from .typer_words import APPROXIMATORS

INNER_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "its"])  # "its driver"
# An age before a noun makes it a person's description ("a 46-year-old plucker"), as
# tokens: "46", "-", "year", "-", "old".
_AGED = ["-", "year", "-", "old"]
FUNCTION_TAGS = frozenset(["DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "INTJ", "ADV"])
_QUOTE_MARK = re.compile("[\"“”«»„‘‹›「]")  # (‘: the single marks of a British house style)
_PARTY_LABEL = re.compile(r"[RDI](?:-[A-Z][\w.]*)?\)")  # "(R-Fla.)", "(D-N.Y.)", "(D)"
# The third-person singular pronouns read, in the cases they take in prose.
THIRD_PERSON_FORMS = frozenset(["He", "he", "She", "she", "him", "his", "His", "her", "Her"])

# A name in the text: (first token, end token, possessive, its typed mention, or None
# for a single word that can only be a name the article gives in full elsewhere).
TextName = tuple[int, int, bool, Mention | None]


class TextScan:
    """The mentions of one article's text, and where its prose is."""

    def __init__(
        self,
        view: DocView,
        res: Resources,
        typer: MentionTyper,
        tag: Tagger,
        quoted: Sequence[tuple[int, int]],
        excluded: Sequence[tuple[int, int]],
    ) -> None:
        self.view = view
        self.lex = res.speakers
        self.sets = typer.sets
        self.words = res.words
        self.typer = typer
        self.tag = tag
        self.prose = prose_paragraphs(view)
        # Paragraphs counted for turns of dialogue: prose that holds a quotation or a
        # sentence of some length (a short line between two turns breaks no dialogue).
        self.prose_rank = list(itertools.accumulate(
            prose and _substantial(view, first, end)
            for prose, (first, end) in zip(self.prose, view.paras, strict=True)
        ))
        # Sentences counted in prose: salience fades with prose read, not with lines of
        # furniture in between.
        self.sent_rank = list(itertools.accumulate(
            self.prose[view.para_of[first]] for first, _ in view.sents
        ))
        self.skip = token_flags(view, [*excluded, *_datelines(view, self.prose)])
        # (a dateline's words are no sentence's: "POLA, Oriental Mindoro — A 52-year-old
        # fisherman …" opens with its description)
        self.firsts = [
            _first_word(view, _past(self.skip, _first_word(view, first, end), end), end)
            for first, end in view.sents
        ]
        # Names that name but mention nobody, found by :meth:`names`: those that modify a
        # noun ("the Bernie Sanders campaign"), and those of several words inside
        # quotations, where the fullest form an article gives may be ("“… particularly
        # Donald Trump …” … Trump has proposed").
        self.unmentioned_names: list[tuple[int, int]] = []
        # Quotations, and what a transcript's labelled paragraphs say: the pronouns
        # there are their speakers', not the article's.
        labels = self.lex.words.get("label", frozenset())
        self.quoted = token_flags(view, [*quoted, *labelled_speech(view, labels)])

    def rank_paras(self) -> dict[int, int]:
        """The paragraph of each sentence of prose (by its number in :attr:`sent_rank`)."""
        view = self.view
        return {self.sent_rank[k]: view.para_of[first] for k, (first, _) in enumerate(view.sents)
                if self.prose[view.para_of[first]]}

    def quoting_sentences(self) -> list[int]:
        """The sentences of prose (by their number in :attr:`sent_rank`) that hold a
        quotation, in order: each is a step of salience's decay, as a sentence that
        mentions someone is (``entities.Registry.distance``)."""
        view, quoted = self.view, self.quoted
        return sorted({
            self.sent_rank[k] for k, (first, end) in enumerate(view.sents)
            if self.prose[view.para_of[first]] and any(quoted[first:end])
        })

    def _office_name_end(self, runs: Sequence[NameRun], r: int) -> int:
        """The run that ends the name of an office's holder when run ``r`` is the office's
        title and its portfolio follows with "of", "for", "and", "the" between runs
        ("Minister of Water and Irrigation Hazem Nsour"); else ``r``."""
        lower = self.view.lower
        a, j = runs[r].start, runs[r].end
        for k in range(r + 1, min(r + 5, len(runs))):
            between = [t for t in range(j, runs[k].start) if not self.view.is_space[t]]
            if not between or len(between) > 2 or any(
                    lower[t] not in ("of", "for", "and", "the") for t in between):
                break
            if self.typer.office_end(list(range(a, runs[k].end))) > 0:
                return k
            j = runs[k].end
        return r

    def is_prose(self, i: int) -> bool:
        return self.prose[self.view.para_of[i]]

    def first(self, i: int) -> int:
        """The first word of token i's sentence."""
        return self.firsts[self.view.sent_of[i]]

    def names(self, speaker_toks: list[bool]) -> list[TextName]:
        """The names of the text outside speaker mentions and quotations."""
        view, sets = self.view, self.sets
        lower, words = view.lower, view.words
        pos = self.words.pos
        out: list[TextName] = []
        self.unmentioned_names = []
        typed: dict[tuple[tuple[str, ...], bool], Mention] = {}
        runs = list(name_runs(view, self.words, sets.time))
        # the last words of the names of several words: a surname alone names someone
        surnames = {words[r.end - 1] for r in runs if r.end - r.start > 1}
        merged = -1  # the last run read as part of the organisation's name before it
        for r, run in enumerate(runs):
            a, b = run.start, run.end
            if r <= merged:
                continue
            if b - a == 4 and words[b - 2] in POSSESSIVE and lower[b - 1] not in (
                    sets.org_head) and pos.get(lower[a]) in (None, "PROPN") and (
                    self.typer.type_mention(a, b - 2, None).kind == "person") and not any(
                    words[x.end - 1] == words[b - 1] for x in runs if x.end - x.start > 1
                    and words[x.end - 2] not in POSSESSIVE):
                # "Rafael Quintero's Strada": a person's thing, the owner the name (not
                # "Red Bull's Verstappen", whose surname names someone elsewhere)
                b = b - 2
                run = run._replace(end=b, possessive=True)
            nxt = runs[r + 1] if r + 1 < len(runs) else None
            if (
                nxt is not None
                and lower[b - 1] in sets.org_head
                and b < len(words)
                and lower[b] in ("of", "for")
                and nxt.start in (b + 1, b + 2)
                and (nxt.start == b + 1 or lower[b + 1] == "the")
            ):
                b, merged = nxt.end, r + 1  # "the Department of Transport"
                run = run._replace(end=b, possessive=nxt.possessive)
                after = runs[r + 2] if r + 2 < len(runs) else None
                if after is not None and after.start == b + 1 and listed_name_end(
                    view, sets.org_head, a, b, self.tag, sets.title
                ) == after.end:
                    # "the Bureau of Fisheries and Aquatic Resources": a second portfolio
                    b, merged = after.end, r + 2
                    run = run._replace(end=b, possessive=after.possessive)
            elif (
                nxt is not None and b - a == 1 and not run.possessive and b < len(words)
                and lower[b] == "and" and nxt.start == b + 1 and nxt.end - nxt.start > 1
                and lower[nxt.end - 1] in sets.org_head and words[a] not in surnames
            ):
                b, merged = nxt.end, r + 1  # "Cardiff and Vale University Health Board"
                run = run._replace(end=b, possessive=nxt.possessive)
            elif nxt is not None and b - a == 1 and lower[a] in sets.title and (
                    b < len(words) and lower[b] in ("of", "for")):
                end = self._office_name_end(runs, r)  # "Minister of Water and Irrigation
                if end > r:  # Hazem Nsour": the office and its holder's name, one mention
                    b, merged = runs[end].end, end
                    run = run._replace(end=b, possessive=runs[end].possessive)
            if self.skip[a] or self.skip[b - 1] or (
                a > 0 and words[a - 1] == "(" and _PARTY_LABEL.match(view.text, view.starts[a])
            ):
                continue  # "Sen. Marco Rubio (R-Fla.)": a party and a state, no one
            if self.quoted[a] or self.quoted[b - 1]:
                if b - a > 1 and self.quoted[a] and self.quoted[b - 1]:
                    self.unmentioned_names.append((a, b))
                continue
            before = lower[a - 1] if a > 0 and not view.is_space[a - 1] else ""
            outlet = b < len(words) and words[b] in sets.media_head and not run.possessive
            b += outlet  # "Family Circle magazine’s poll": the outlet, named before its noun
            if before in ("of", "for", "and") and a >= 2 and lower[a - 2] in sets.org_head:
                continue  # inside an organisation's name: "Office of Political Strategy"
            if ((before in ("the", "a", "an") or before in POSSESSIVES) and self._modifies(b)) or (
                b - a == 1 and b < len(words) and words[b][:1].islower()
                and self.tag(b) == "NOUN"
                and not self.tag.verb_after_subject(a, b, words[a] in surnames)
            ):
                # "the Clinton campaign", "the Alpine Cliff Rescue volunteer": no mention;
                # but a full name there names a person ("the Bernie Sanders campaign").
                if b - a > 1:
                    self.unmentioned_names.append((a, b))
                continue
            if speaker_toks[a] or speaker_toks[b - 1]:
                continue
            if b - a == 1:
                if (
                    lower[a] in sets.time
                    or before in ("the", "a", "an")
                    or (pos.get(lower[a]) in FUNCTION_TAGS and a == self.first(a))
                    # a capitalised word that names nothing before a noun: "more
                    # Olympic champions" (names are in the lexicon with their label)
                    or (pos.get(words[a]) == "PROPN" and not self.words.ent.get(words[a])
                        and b < len(words) and words[b][:1].islower()
                        and pos.get(lower[b]) == "NOUN"
                        and not self.tag.verb_after_subject(a, b, words[a] in surnames))
                ):
                    continue  # "May", "the Courier", a sentence's "But"
                aged = b + 3 < len(words) and words[b] == "," and words[b + 1].isdigit() and (
                    len(words[b + 1]) <= 3 and words[b + 2] == ",")  # "Dakota, 11, pointed"
                if aged and (one := self.typer.type_mention(a, b, None)).shape == "name":
                    out.append((a, b, run.possessive, dataclasses.replace(
                        one, kind="person", weak=False)))
                    continue
                if before in ("called", "named") and a >= 2 and lower[a - 2] in sets.company_noun:
                    # "a nutritional-supplement-maker called Mannatech": a company's name
                    called = self.typer.type_mention(a, b, None)
                    if called.shape == "name":
                        out.append((a, b, run.possessive, dataclasses.replace(
                            called, kind="organization", weak=False, surname="", gender="")))
                        continue
                out.append((a, b, run.possessive, None))
                continue
            # A name recurs through an article: typed once per form and position.
            key = (tuple(words[a:b]), a == self.first(a))
            m = typed.get(key)
            if m is None:
                m = typed[key] = self.typer.type_mention(a, b, None)
            else:
                m = m.moved(view.starts[a], view.ends[b - 1])
            if (m.shape != "name" and not (outlet and m.kind == "media")) or m.kind == "unknown":
                continue
            if m.kind == "person" and before in ("the", "a", "an") and not self._owned_name(
                a, b, m.name
            ) and not (before == "the" and m.modifiers and self.typer.is_title(a)
                       and " " in m.name):
                continue  # (but "the Rev. Tomasz Wierzbicki" is someone)
            out.append((a, b, run.possessive, m))
        return out

    def _owned_name(self, a: int, b: int, name: str) -> bool:
        """Is ``name`` a full name, all of the run ``a..b`` after its last possessive
        ("the Daily News’ Jane Kowalski"; not "the African Union's Peace …"): the "the"
        before the run is the owner's, not the name's?"""
        view = self.view
        k = after_possessor(view.words, list(range(a, b - 1)))
        return k > 0 and " " in name and name == clean_name(
            view.text[view.starts[a + k] : view.ends[b - 1]]
        )

    def inner_descriptions(self, speaker_toks: list[bool]) -> list[int]:
        """First tokens of the descriptions of people inside the prose's sentences ("…
        after an American Muslim and his Pakistani wife carried out …"): a determiner
        or "his"/"her", not opening its sentence, with a role or gendered noun in the
        four words after it."""
        view = self.view
        lower, sent_of, para_of = view.lower, view.sent_of, view.para_of
        person, firsts = self.sets.person_noun, self.firsts
        out = []
        for k in self.determiners:
            if k <= firsts[sent_of[k]]:
                continue
            first, end = view.sents[sent_of[k]]
            if (
                self.prose[para_of[first]]
                and not (self.skip[k] or self.quoted[k] or speaker_toks[k])
                and (any(n in person for n in lower[k + 1 : min(k + 5, end)])
                     or any(lower[i + 1] == "-" and self.lex.phrase("role", tuple(lower[i : i + 3]))
                            for i in range(k + 1, min(k + 4, end - 2)))  # "a passer-by"
                     or self.set_off_name(k, end)
                     or self._aged_unlisted(k, end))
            ):
                out.append(k)
        return out

    def fronted_descriptions(self, speaker_toks: list[bool]) -> list[int]:
        """First tokens of the descriptions that open a prose sentence's main clause
        after a fronted phrase ("On Tuesday, the trade group …": its subject)."""
        view = self.view
        lower = view.lower
        out = []
        for k in self.determiners:
            if lower[k] == "the" and (
                self.prose[view.para_of[k]]
                and not (self.skip[k] or self.quoted[k] or speaker_toks[k])
                and after_fronted_phrase(view, self.tag, self.firsts[view.sent_of[k]], k)
            ):
                out.append(k)
        return out

    @functools.cached_property
    def determiners(self) -> list[int]:
        """The tokens that are one of :data:`INNER_DETERMINERS` ("the" among them), in
        order: found in one pass for the inner and the fronted descriptions."""
        return tokens_in(self.view.lower, INNER_DETERMINERS)

    def _aged_unlisted(self, k: int, end: int) -> bool:
        """Does the determiner at ``k`` open an age and a noun no word list has ("a
        46-year-old plucker")? (An age before a listed noun, "a 41-year-old woman" in a
        report's content, is left out: a competitor for the reporter's "she".)"""
        lower = self.view.lower
        return k + 6 < end and lower[k + 1].isdigit() and lower[k + 2 : k + 6] == _AGED and (
            lower[k + 6] not in self.sets.person_noun)

    def set_off_name(self, k: int, end: int) -> bool:
        """Does "the" at ``k`` open a lower-case noun that a name is set off after ("…,
        the stillman, Calum MacLeòid, laughed", "The witness, Priya Ramanathan, said")?"""
        words = self.view.words
        return (
            self.view.lower[k] == "the" and k + 3 < end and words[k + 1].isalpha()
            and words[k + 1].islower() and words[k + 2] == "," and words[k + 3][:1].isupper()
        )

    def _modifies(self, b: int) -> bool:
        """Does a lower-case noun, after at most two adjectives, follow token ``b`` ("…
        presidential campaign")?"""
        words = self.view.words
        k = b
        while k < min(b + 2, len(words)) and words[k][:1].islower() and self.tag(k) == "ADJ":
            k += 1
        return k < len(words) and words[k][:1].islower() and self.tag(k) == "NOUN"

    def pronouns(self, speaker_toks: list[bool]) -> list[int]:
        """The third-person singular pronouns of the prose outside quotations, but for
        the speakers' own (a speaker's possessive says whose it is: "Her neighbour, …,
        describes")."""
        lower = self.view.lower
        return [
            i for i in self.all_pronouns
            if not speaker_toks[i] or lower[i] in ("his", "her")
        ]

    @functools.cached_property
    def all_pronouns(self) -> list[int]:
        """The third-person singular pronouns of the prose outside quotations: the
        tokens that are one of :data:`THIRD_PERSON_FORMS`, a whole word of the text."""
        view = self.view
        text, starts, ends = view.text, view.starts, view.ends
        skip, quoted, prose, para_of = self.skip, self.quoted, self.prose, view.para_of
        out = []
        for i in tokens_in(view.words, THIRD_PERSON_FORMS):
            if (
                not _word_char(text, starts[i] - 1)
                and not _word_char(text, ends[i])
                and not (skip[i] or quoted[i])
                and prose[para_of[i]]
            ):
                out.append(i)
        return out

    def _owned_person(self, k: int, end: int) -> bool:
        """Does a name's possessive and a person noun open the sentence at ``k``
        ("Brandvold's son, Theo, 16, handed out water")?"""
        words = self.view.words
        return (
            k + 2 < end and words[k][:1].isupper() and words[k + 1] in ("'s", "’s")
            and self.view.lower[k + 2] in self.sets.person_noun
        )

    def subject_descriptions(self, speaker_toks: list[bool]) -> list[int]:
        """First tokens of the prose sentences that open with a description ("The
        captain", "Her husband", "A climber who …")."""
        view = self.view
        lower = view.lower
        out = []
        for (_, end), k in zip(view.sents, self.firsts, strict=True):
            if (
                k < end
                and (lower[k] in DEFINITE or lower[k] in ("a", "an", "one", "another")
                     or lower[k] in POSSESSIVES
                     # "Relatives of the dead workers sat …": people in the plural
                     or (lower[k].endswith("s") and lower[k][:-1] in self.sets.role)
                     # "Several parents gathered …", "Two engineers …", "Dozens of farmers"
                     or ((lower[k] in GROUP_OPENERS or view.words[k].isdigit())
                         and k + 1 < end and lower[k + 1] not in ("of", "percent", "%"))
                     or (lower[k] in ("dozens", "hundreds", "thousands") and k + 1 < end
                         and lower[k + 1] == "of")
                     or self._owned_person(k, end))
                and self.prose[view.para_of[k]]
                and not (self.skip[k] or self.quoted[k] or speaker_toks[k])
            ):
                out.append(k)
            elif k < end and self.prose[view.para_of[k]] and not (
                self.skip[k] or self.quoted[k] or speaker_toks[k]
            ):
                n = _approximate_number(view, k, end)  # "More than 30 stallholders"
                if n > k and not speaker_toks[n]:
                    out.append(n)
        return out


# Quantifiers and numbers that open a sentence's plural subject ("Several parents …").
GROUP_OPENERS = frozenset(["several", "two", "three", "four", "five", "six",
                           "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands"])


def _approximate_number(view: DocView, k: int, end: int) -> int:
    """The number of an approximate number that opens the sentence at token ``k``
    ("More than 30 stallholders …", "Nearly 200 residents …"), or -1."""
    lower = view.lower
    second = APPROXIMATORS.get(lower[k])
    n = k + 1 + (1 if second else 0)
    if second is None or n + 1 >= end or (second and lower[k + 1] != second):
        return -1
    if not (view.words[n][:1].isdigit() or lower[n] in GROUP_OPENERS) or (
        lower[n + 1] in ("of", "percent", "per", "%")
    ):
        return -1
    return n


def _first_word(view: DocView, k: int, end: int) -> int:
    """The first token of ``k .. end-1`` that is no space or quote mark (or ``end``)."""
    while k < end and (view.is_space[k] or view.words[k] in QUOTE_TOKENS):
        k += 1
    return k


def _past(skip: list[bool], k: int, end: int) -> int:
    """The first token from ``k`` on (before ``end``) that is not skipped (or ``end``)."""
    while k < end and skip[k]:
        k += 1
    return k


def _word_char(text: str, k: int) -> bool:
    """Is character ``k`` of ``text`` (if any) a word character, as ``\\w`` reads it?"""
    return 0 <= k < len(text) and (text[k].isalnum() or text[k] == "_")


def _substantial(view: DocView, first: int, end: int) -> bool:
    """Does a paragraph hold a quotation mark or eight words or more?"""
    text = view.text[view.starts[first] : view.ends[end - 1]]
    return len(text.split(None, 8)) > 8 or _QUOTE_MARK.search(text) is not None


def _datelines(view: DocView, prose: list[bool]) -> list[tuple[int, int]]:
    """The datelines that open paragraphs of prose ("ULSAN, South Korea, May 4 (Pacific
    Wire) - ", "BHUBANESWAR: "), as character ranges: a place and an agency there are
    the writer's, no mention of anyone (``quotes.context.DATELINE``)."""
    text = view.text
    out = []
    for (first, end), is_prose in zip(view.paras, prose, strict=True):
        if is_prose and first < end and text[view.starts[first]].isupper():
            a = view.starts[first]
            m = DATELINE.match(text, a, min(view.ends[end - 1], a + 80))
            if m is not None and m.end() - m.start() >= 4:
                out.append((m.start(), m.end()))
    return out
