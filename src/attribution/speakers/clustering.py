"""Pass 1 of resolution: every name of the article to its entity, before anything is
read in order.

Names are matched strictest first, as the multi-pass sieve of Raghunathan et al. (2010)
and Lee et al. (2013) does: full names first (longest first, so "Donald J. Trump" is the
cluster "Donald Trump" joins), then organisations, outlets and documents, then single
words, which may name several clusters (the one meant is chosen where the word stands,
``reader.py``). An honorific anywhere ("Ms. Haddad") states the person's gender for the
whole article.

Two kinds of evidence correct what a name's words alone suggest:

* a name that only a word list takes for an organisation ("Carly Fiorina") is a
  person's when the article gives its last word alone ("Fiorina said"), as news gives a
  surname, and never its first word alone, as it gives an organisation's short name
  ("Northwind" for "Northwind Logistics"); and the mirror: a name typed a person's whose
  last word is a plural common noun is an organisation's when the article gives its
  first word alone and never its last ("Westvale" for "Westvale Dairies");
* a full name that only modifies a noun ("the Bernie Sanders presidential campaign") is
  no mention of anyone, but it gives its full name to the person the rest of the article
  calls by the surname alone.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Container, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

import regex

from ..resources import SpeakerLexicon
from ..segment import DocView, tokens_in
from .entities import HONORIFIC, Cluster, Registry, find, name_words
from .mention import Mention
from .org_types import APOSTROPHE_S, owned_role_end
from .typer import MentionTyper
from .typer_words import NAME_SUFFIXES

Named = list[tuple[tuple[int, int], Mention]]


def cluster_names(
    reg: Registry, named: Named, typer: MentionTyper | None = None
) -> dict[tuple[int, int], list[Cluster]]:
    """The clusters each name (a token range) may name, made in ``reg`` as needed. With
    the ``typer``'s lexicons, an organisation noun that ends an organisation's name and
    is a common noun in lower case names it alone ("Police said" after "Halifax
    Regional Police"; not "Congress" after "Republican Congress")."""
    name_of: dict[tuple[int, int], list[Cluster]] = {}
    named = people_by_surname(named, typer.words.pos if typer is not None else {})
    if typer is not None:
        named = _prose_forms(named, typer.casing.title_case, typer.words.pos)
    named = _short_company_names(named)
    people = [(s, m) for s, m in named if m.kind == "person" and not m.title_only]
    people.sort(key=lambda x: (-len(name_words(x[1].name)[0]), x[0]))
    full = [(s, m) for s, m in people if len(name_words(m.name)[0]) >= 2]
    for span, m in full:
        cands = reg.people_named(m.name)
        c = cands[0] if cands else reg.add_person(m.name)
        reg.name_person(c, m.name)
        name_of[span] = [c]
    # Longer names first, so that a short one may name what they name.
    for span, m in sorted(named, key=lambda x: (" " not in x[1].name, x[0])):
        if m.kind not in ("person", "unknown") and span not in name_of:
            # "Gowdy" after "Trey Gowdy": a person's surname, whatever the word lexicon
            # guesses for it alone.
            people_too = reg.people_named(m.name) if m.weak or " " not in m.name else []
            if m.plural and m.kind == "organization":
                # "the Warriors" after "Cwm Taf Warriors": a plural name after "the" is
                # a team's, so the name it ends was a team's too, never one person's
                for c in people_too:
                    c.kind, c.plural = "organization", True
            alone = reg.thing_headed(m.name) if " " not in m.name else []
            name_of[span] = people_too or alone or [
                reg.named_thing(m.kind, m.name, m.weak, m.plural)
            ]
            head = m.name.rsplit(" ", 1)[-1].casefold()
            if (
                " " in m.name and m.kind == "organization" and typer is not None
                and head in typer.sets.org_head and typer.words.pos.get(head) == "NOUN"
            ):
                reg.name_head(name_of[span][0], head)
    for span, m in people:
        if span not in name_of:
            # "Northwind" after "Northwind Logistics": the organisation's short name.
            name_of[span] = reg.people_named(m.name) or reg.things_named(m.name) or [
                reg.add_person(m.name)
            ]
    _other_honorific(reg, people, name_of)
    for span, m in people:
        cands = name_of[span]
        if len(cands) == 1:
            c = cands[0]
            if m.gender:
                c.vote(m.gender, HONORIFIC)
            if c.first < 0 or m.start < c.first:
                c.first = m.start
    return name_of


def _prose_forms(
    named: Named, in_title_line: Callable[[int], bool], pos: Mapping[str, str]
) -> Named:
    """A person's name in a title-case line that the prose gives without its first
    words, or without its last, takes the prose's form: a headline capitalises the words
    around it ("… Once To Air Hillary Clinton", "Hillary Clinton Wins Missouri Democratic
    Primary", "Tim Kaine Fully Embraces …" beside "Hillary Clinton gave a speech"), though
    not a suffix of the name ("Donald Trump Jr." is not his father); one word of it the
    prose gives alone, when an adverb or a verb follows ("Obama Just Let …", "Hillary Just
    Insulted …")."""
    prose = {m.name for s, m in named if m.kind == "person" and not in_title_line(s[0])}
    out = []
    for s, m in named:
        words = m.name.split()
        if m.kind == "person" and len(words) > 1 and in_title_line(s[0]):
            tails = (" ".join(words[n:]) for n in range(1, len(words) - 1))
            heads = (" ".join(words[:n]) for n in range(len(words) - 1, 0, -1)
                     if words[n].casefold() not in NAME_SUFFIXES and m.name not in prose
                     and (n > 1 or pos.get(words[1].casefold()) in ("ADV", "VERB")))
            form = next((t for t in tails if t in prose), None) or next(
                (h for h in heads if h in prose), None)
            if form is not None:
                m = replace(m, name=form)
        out.append((s, m))
    return out


# The endings a company's name is given without ("Tanami Ridge" for Tanami Ridge Resources).
COMPANY_ENDINGS = frozenset(["resources", "holdings", "group", "mining", "minerals", "ltd",
                             "limited", "inc", "inc.", "plc", "corp", "corp.", "industries",
                             "corporation"])


def _short_company_names(named: Named) -> Named:
    """A name of two words or more taken for a person's that is an organisation's name
    in the article without its company ending is that organisation's ("Tanami Ridge said"
    after "Tanami Ridge Resources"); not a foundation's or an institute's, which bear a
    person's name."""
    full: dict[str, str] = {}
    for _, m in named:
        words = m.name.split()
        if m.kind == "organization" and len(words) > 2 and words[-1].casefold() in (
                COMPANY_ENDINGS):
            full.setdefault(" ".join(words[:-1]), m.name)
    if not full:
        return named
    return [(s, replace(m, kind="organization", name=full[m.name]) if (
        m.kind == "person" and not m.title_only and m.name in full) else m) for s, m in named]


def _other_honorific(
    reg: Registry, people: Named, name_of: dict[tuple[int, int], list[Cluster]]
) -> None:
    """A surname under both honorifics names two people: "Mrs Pritchard" beside "Mr
    Pritchard", "Mrs. Trump" in an article of "Mr. Trump". The one named in full takes
    the honorific the article uses most with the surname (the first on a tie); the
    surname under the other is a person of its own (her husband, his wife)."""
    uses: dict[int, list[tuple[int, str, tuple[int, int], str]]] = {}
    for span, m in people:
        cands = name_of[span]
        if len(cands) == 1 and m.gender and " " not in m.name:
            uses.setdefault(id(cands[0]), []).append((m.start, m.gender, span, m.name))
    for spans in uses.values():
        counts = {g: sum(u[1] == g for u in spans) for g in ("m", "f")}
        if not counts["m"] or not counts["f"]:
            continue
        first = min(spans)[1]
        own = max(("m", "f"), key=lambda g: (counts[g], g == first))
        other: Cluster | None = None
        for _, gender, span, name in sorted(spans):
            if gender != own:
                if other is None:
                    other = reg.new("person", name, named=True)
                name_of[span] = [other]


def people_by_surname(named: Named, pos: Mapping[str, str] | None = None) -> Named:
    """``named`` with the names a word list takes for organisations typed as people's
    where the article gives their last word alone and never their first (module
    docstring); and, the mirror, a name typed a person's whose last word is a plural
    common noun (``pos``, the word lexicon's tags) typed an organisation's where the
    article gives its first word alone and never its last ("Westvale" for "Westvale
    Dairies", "Glasgow" for "Glasgow Warriors"; not "Woods" for "Tiger Woods")."""
    alone = {m.name.casefold() for _, m in named if " " not in m.name}
    out = []
    surnames: set[str] = set()  # words given alone of names so retyped a person's
    for span, m in named:
        words = m.name.casefold().split()
        given = [w for w in words[1:] if w in alone]
        if (
            m.weak and m.kind == "organization" and len(words) >= 2
            and given and words[0] not in alone
        ):
            # "Consuelo Arbeláez Rincón … Arbeláez said": a paternal surname alone
            # (Spanish, Portuguese) is as much a surname as the last word
            m = replace(m, kind="person", weak=False, surname=m.name.split()[-1])
            surnames.update(given)
        elif (
            pos is not None and m.kind == "person" and len(words) >= 2
            and words[0] in alone and words[-1] not in alone
            and _plural_noun(words[-1], pos)
        ):
            m = replace(m, kind="organization")
        out.append((span, m))
    # the surname alone that a pipeline also labelled an organisation is the person's
    return [
        (span, replace(m, kind="person", weak=False, surname=m.name))
        if m.kind == "organization" and m.name.casefold() in surnames else (span, m)
        for span, m in out
    ]


def organisations_by_use(
    named: Named, view: DocView, company: Container[str] = frozenset()
) -> Named:
    """``named`` with every form of a name the article gives with what only an
    organisation has ("Sky Meridian's chief executive", ``org_types.owned_role_end``)
    or a relative "which" after it ("Champion Data, which had …") typed an
    organisation's: no person has a chief executive, whatever a word list guessed of
    the name."""
    owners = {
        m.name.casefold() for (a, b), m in named
        if m.kind in ("person", "organization") and (
            owned_role_end(view, b) is not None or _which_after(view, a, b)
            or _company_after(view, b, company)
        )
    } | _owners_of_roles(view)
    if not owners:
        return named
    return [
        (span, replace(m, kind="organization", weak=False, surname="", gender=""))
        if m.kind == "person" and m.name.casefold() in owners and not m.title_only
        else (span, m)
        for span, m in named
    ]


NAME_WORDS = 6  # the longest name read back from a possessive


def _owners_of_roles(view: DocView) -> set[str]:
    """The capitalised names (casefolded) that own what only an organisation has,
    wherever they stand, inside a speaker's description too ("said Mehta Rao's chief
    executive, Ana Quispe")."""
    words = view.words
    out: set[str] = set()
    for i in tokens_in(words, APOSTROPHE_S):
        if owned_role_end(view, i) is None:
            continue
        j = i
        while j > 0 and words[j - 1][:1].isupper() and i - j < NAME_WORDS:
            j -= 1
        if j < i:
            out.add(" ".join(words[j:i]).casefold())
    return out


def places_by_use(named: Named, view: DocView, place_heads: Container[str]) -> Named:
    """``named`` with every form of a person's name the article uses before a lower-case
    place noun ("outside Faqir Muhammad Chandio village") typed a place's (kind
    "unknown"): a village named after someone is no one who speaks or takes "he"."""
    words = view.words
    places = {
        m.name.casefold() for (a, b), m in named
        if m.kind == "person" and b < len(words) and words[b].islower()
        and view.lower[b] in place_heads and b - a > 1
    }
    if not places:
        return named
    return [
        (span, replace(m, kind="unknown", gender=""))
        if m.kind == "person" and m.name.casefold() in places else (span, m)
        for span, m in named
    ]


# What a company may be of another ("a unit of South Korea's Hanul Textile").
PART_OF = frozenset(["unit", "division", "affiliate", "subsidiary"])
# Company nouns that also describe people ("a giant of Nigerian music", "a brand
# ambassador") or any body.
NOT_FIRMS = frozenset(["giant", "brand", "body", "fund", "chain", "franchise"])
STOPS = frozenset(["of", "for", "to", "with", "at", "in", "on", "and", "who", "that"])


def _company_after(view: DocView, b: int, company: Container[str]) -> bool:
    """Is the name ending before token ``b`` set off by an indefinite description whose
    head is a company noun ("Hanul Apparel Vina, a unit of South Korea's Hanul
    Textile,", "Pulsewise, a London-based app maker,"), or one of such companies
    ("Frutas Finas del Balsas, one of the largest exporters in Uruapan,")?"""
    lower = view.lower
    if b + 2 >= len(lower) or view.words[b] != ",":
        return False
    one_of = lower[b + 1 : b + 4] == ["one", "of", "the"]
    if lower[b + 1] not in ("a", "an") and not one_of:
        return False
    for k in range(b + 4 if one_of else b + 2, min(b + 7, len(lower))):
        noun = lower[k][:-1] if one_of and lower[k].endswith("s") else lower[k]
        if (noun in company and noun not in NOT_FIRMS) or noun in PART_OF:
            return k + 1 >= len(lower) or lower[k + 1] in (",", "of", "that", "which", "in")
        if (not lower[k].isalpha() and lower[k] != "-") or lower[k] in STOPS:
            return False  # "a firm supporter of the company": no company's head
    return False


def _which_after(view: DocView, a: int, b: int) -> bool:
    """Is the name at tokens ``a .. b-1`` followed by ", which" ("according to Champion
    Data, which had the Dockers winning …"), as no person's name is, and not inside a
    phrase whose head the relative could be ("the home of John Smith, which …")?"""
    if b + 1 >= len(view.words) or view.words[b] != "," or view.lower[b + 1] != "which":
        return False
    return a == 0 or view.lower[a - 1] not in ("of", "'s", "’s", "and", "by", "with")


def _plural_noun(word: str, pos: Mapping[str, str]) -> bool:
    """Is ``word`` (lower case) the plural of a common noun ("warriors", "dairies",
    "homes")?"""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    forms = [word, word[:-1]]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    elif word.endswith("es"):
        forms.append(word[:-2])
    return any(pos.get(f) == "NOUN" for f in forms)


def full_names_of_modifiers(
    reg: Registry, typer: MentionTyper, spans: Sequence[tuple[int, int]]
) -> None:
    """A person the article names by one word takes the full name it gives only as a
    modifier ("the Bernie Sanders presidential campaign") or inside a quotation."""
    for a, b in spans:
        m = typer.type_mention(a, b, None)
        words = name_words(m.name)[0]
        if m.shape != "name" or m.kind != "person" or m.modifiers or len(words) < 2:
            continue
        cands = reg.people_named(m.name)
        if len(cands) == 1 and len(cands[0].words) < len(words):
            reg.name_person(cands[0], m.name)


def shared_surnames(reg: Registry, typer: MentionTyper, named: Named) -> None:
    """ "Khizr and Ghazala Khan", "Bill and Hillary Clinton": a given name alone before
    "and" and a full name of two words is a person of that surname too (made in ``reg``
    before the names are clustered), when no full name of the article has that word and
    no word list takes it for anything but a name ("Democrats and Hillary Clinton" names
    no "Democrats Clinton", "Trump and Hillary Clinton" no "Trump Clinton")."""
    view = typer.view
    words, lower = view.words, view.lower
    used = {w for _, m in named if m.kind == "person" for w in name_words(m.name)[0]}
    for (a, b), m in named:
        name = name_words(m.name)[0]
        if m.kind != "person" or m.modifiers or len(name) != 2 or a < 2 or b - a != 2:
            continue
        given = words[a - 2]
        if (
            lower[a - 1] != "and"
            or not given.isalpha()
            or not given[:1].isupper()
            or (a >= 3 and words[a - 3][:1].isupper())
            or lower[a - 2] in used
            or typer.lex.has("nationality", given)
            or typer.words.pos.get(lower[a - 2], "PROPN") != "PROPN"
            or typer.words.ent.get(given, "PERSON") != "PERSON"
        ):
            continue
        full = f"{given} {m.name.split()[-1]}"
        if not reg.people_named(full):
            reg.add_person(full).first = view.starts[a - 2]


PLACE_PREPS = frozenset(["in", "at", "from", "to", "near", "outside", "across", "of", "into",
                         "off"])
# A plural of capitals ("MPs", "CEOs", "NGOs"): a common noun, never a surname.
PLURAL_ACRONYM = regex.compile(r"\p{Lu}{2,}s")


# Nouns for places and institutions: a capitalised word the text puts before one
# ("Hawthorne and Millbrook elementary schools") names a place, not a person.
INSTITUTIONS = frozenset(["school", "schools", "hospital", "hospitals", "college", "campus",
                          "church", "mosque", "temple", "library", "prison", "estate",
                          "farm", "park", "streets", "roads", "rivers", "stations"])


def place_words(view: DocView, place_heads: AbstractSet[str]) -> frozenset[str]:
    """The capitalised words the text uses as names of places or institutions: those
    before a lower-case place or institution noun, with up to two lower-case modifiers
    and a coordinated name between ("Hawthorne and Millbrook elementary schools",
    "Pilrig farm"). Only the tokens that are such nouns are read (``tokens_in``)."""
    words, lower = view.words, view.lower
    out: set[str] = set()
    for i in tokens_in(lower, _place_nouns(frozenset(place_heads))):
        if not words[i].islower():
            continue
        k = i - 1
        while k >= 0 and i - k <= 2 and words[k].isalpha() and words[k].islower() and (
            lower[k] not in ("and", "the", "a", "an", "of", "in", "at", "to")
        ):
            k -= 1  # "elementary", "primary"
        while k >= 0 and words[k][:1].isupper():
            out.add(words[k])
            k -= 1
            if k >= 1 and lower[k] in ("and", ",") and words[k - 1][:1].isupper():
                k -= 1
    return frozenset(out)


@functools.lru_cache(maxsize=8)
def _place_nouns(place_heads: frozenset[str]) -> frozenset[str]:
    """The institution nouns and ``place_heads``, one set (made once per lexicon)."""
    return INSTITUTIONS | place_heads


def could_be_surname(
    view: DocView, reg: Registry, typer: MentionTyper, lex: SpeakerLexicon, a: int,
    places: Container[str] = (),
) -> bool:
    """Could the capitalised word at token ``a``, which names no cluster, be someone's
    surname: no place, organisation, nationality or common word the lexicons know, and
    none the text uses as a place's name (``places``, :func:`place_words`)?"""
    word = view.words[a]
    words = typer.words
    if PLURAL_ACRONYM.fullmatch(word) or word in places:
        return False  # "told MPs on Monday"; "attend Hawthorne" (elementary school)
    if a > 0 and view.lower[a - 1] in PLACE_PREPS:
        return False  # "in Valparaíso", "from Magdeburg": a place
    if a > 1 and view.lower[a - 1] == "as" and any(
        view.lower[i] in ("name", "identified") for i in range(max(0, a - 6), a)
    ):
        return False  # "who gave her name only as Siobhan": the one just described
    return not (
        reg.things_named(word)
        or typer.known_name([a])
        or lex.has("nationality", word)
        or words.ent.get(word, "PERSON") != "PERSON"
        or words.pos.get(word.lower(), "PROPN") != "PROPN"
    )


# A title's initials in parentheses inside a person's mention: "Special Relief
# Commissioner (SRC) Sanjukta Behera".
_TITLE_ACRONYM = regex.compile(r"((?:\p{Lu}[\p{Ll}-]+ ){1,5})\((\p{Lu}{2,6})\)")


# A title of two to five capitalised words before a person's name in a mention:
# "Deputy Commissioner Anupama Saikia", "Finance Minister Nirmala Sitharaman".
_TITLE_BEFORE = regex.compile(r"(?:\p{Lu}[\p{Ll}-]+ ){2,5}")


def acronyms(reg: Registry, text: str) -> None:
    """Join the entities an acronym the text glosses stands for: a title's (below), and
    an unnamed body's ("the regional health agency (ARS)" … "The ARS said"), whose
    initials in another language need not spell it."""
    titles_by_acronym(reg, text)
    for c in list(reg.clusters):
        if c.parent is not None or c.named or c.kind != "organization":
            continue
        for _, e in list(c.mentions):
            gloss = _GLOSS.match(text, e)
            other = None if gloss is None else reg.by_name.get(
                ("organization", gloss.group(1).casefold()))
            if other is not None and find(other) is not find(c):
                reg.merge(find(other), find(c))
                break


_GLOSS = regex.compile(r"[ \t]*\((\p{Lu}[\p{Lu}&]{1,7})\)")


def titles_by_acronym(reg: Registry, text: str) -> None:
    """Join to a person the entity named by the initials of the title the text gives
    them ("Special Relief Commissioner (SRC) Sanjukta Behera" … "says SRC" … "The SRC
    said"): the acronym stands for the office, and the office for its holder."""
    holders: dict[str, list[Cluster]] = {}
    for c in list(reg.clusters):
        if c.parent is not None or c.kind != "person":
            continue
        for s, e in list(c.mentions):
            m = _TITLE_ACRONYM.search(text, s, e)
            if m is None or "".join(w[0] for w in m.group(1).split()) != m.group(2):
                t = e - len(c.name)
                if text[t:e] == c.name and _TITLE_BEFORE.fullmatch(text, s, t):
                    # "Deputy Commissioner Anupama Saikia" … "— DC": the initials of the
                    # title the text gives before the name, if no one else has it
                    initials = "".join(w[0] for w in text[s:t].split())
                    if c not in holders.setdefault(initials.casefold(), []):
                        holders[initials.casefold()].append(c)
                continue
            office = reg.by_name.get(("organization", m.group(2).casefold()))
            if office is not None and office.parent is None and office is not c:
                reg.merge(office, c)
    for initials, found in holders.items():
        office = reg.by_name.get(("organization", initials))
        if len(found) == 1 and office is not None and office.parent is None:
            reg.merge(office, found[0])
