"""Where the article's own sentences mention people: prose, subjects, appositions.

Resolution reads the whole article, not only the speakers of its quotes, but not all of
it alike. Headlines, captions, bylines, section labels and other lines that end without
a sentence's punctuation are no prose: the names there help name an entity (a headline's
"Trudeau" and the lead's "Justin Trudeau"), but nothing there is an antecedent, and no
pronoun there is resolved. Page furniture a caller marks (``excluded``) is skipped
altogether, and so is what stands inside quotation marks (a quoted "he" is the speaker's
referent, not the article's).

In prose, a mention that opens its sentence (or its clause after an introductory phrase)
is its subject, the most salient position (Lappin & Leass 1994); an apposition (", a
31-year-old software engineer from Auckland,") or a copula ("is a 44-year-old teacher")
after a name says what the entity is.
"""

from __future__ import annotations

import bisect
from collections.abc import Container, Sequence

from ..candidates import Candidate
from ..phrases import (
    NP_LINK_ADJ,
    PARTITIVE_HEADS,
    Tagger,
    hyphen_joined,
    np_left,
)
from ..segment import DocView
from .description_words import role_verbs
from .wordsets import WordSets

CLOSING = frozenset("\"'”’»›)")
# What may end a paragraph after its last sentence: a closing mark, or a quote mark
# typed the wrong way round ('… in the future.“' closes a quotation all the same).
_PARA_CLOSING = CLOSING | frozenset("“‘«‹„")
TERMINAL = frozenset(".!?…")
COPULAS = frozenset(["is", "was", "'s", "’s", "remains", "became"])
THIRD_PERSON = {
    "he": ("m", "subject"),
    "him": ("m", "object"),
    "his": ("m", "possessive"),
    "she": ("f", "subject"),
    "her": ("f", "object"),  # or possessive: told apart by the next word
}


HEADLINE_WORDS = 16  # a one-sentence paragraph at the top shorter than this is a title
LEAD_IN = 8  # the fewest words of a paragraph of prose that ends with a colon
MAX_RELATIVE = 16  # tokens of a restrictive relative clause before a name set off


def prose_paragraphs(view: DocView) -> list[bool]:
    """Per paragraph: does it read as prose? It ends as a sentence ends, and it is not
    one of the short one-sentence lines that open an article of several paragraphs
    (headline, standfirst)."""
    out = []
    words = view.words
    titles = 0  # the top lines that are short sentences: a headline, then a standfirst
    for n, (first, end) in enumerate(view.paras):
        k = end - 1
        while k >= first and (
            view.is_space[k] or words[k] in _PARA_CLOSING or words[k][:1] in _PARA_CLOSING
        ):
            k -= 1
        prose = k >= first and end - first > 3 and (
            words[k][-1:] in TERMINAL
            # "Tanabe then told the jury:": a sentence that leads into a block quotation
            or (words[k] == ":" and sum(words[i][:1].isalpha() for i in range(first, k)) >= LEAD_IN)
        )
        if prose and n == titles and n < 2 and len(view.paras) >= 4:
            one_sentence = view.sent_of[first] == view.sent_of[k]
            size = sum(1 for i in range(first, end) if words[i][:1].isalnum())
            if one_sentence and size < HEADLINE_WORDS:
                prose = False
                titles += 1
        out.append(prose)
    return out


def token_flags(view: DocView, ranges: Sequence[tuple[int, int]]) -> list[bool]:
    """Per token: does it overlap one of the character ``ranges``?"""
    flags = [False] * len(view.words)
    if not ranges:
        return flags
    for a, b in ranges:
        if b <= a:
            continue
        # The tokens that end after a (ends ascend) and start before b (starts ascend).
        i, j = view.token_at(a), bisect.bisect_left(view.starts, b)
        if i < j:
            flags[i:j] = [True] * (j - i)
    return flags


def opens_clause(view: DocView, i: int) -> bool:
    """Is token ``i`` where its sentence (or a clause after a comma) begins: a
    subject's position?"""
    first = view.sents[view.sent_of[i]][0]
    words = view.words
    k = i - 1
    while k >= first and (view.is_space[k] or words[k][:1] in "\"'“‘"):
        k -= 1
    return k < first or words[k] in (",", ";", ":", "—", "–")


def pronoun_role(view: DocView, tag: Tagger, i: int) -> tuple[str, str] | None:
    """ ("m"|"f", "subject"|"object"|"possessive") for a third-person singular pronoun
    at token ``i``; "her" is possessive before a noun or adjective ("her daughter")."""
    found = THIRD_PERSON.get(view.lower[i])
    if found is None or not (view.words[i].islower() or view.words[i].istitle()):
        return None
    gender, role = found
    if view.lower[i] == "her" and i + 1 < len(view.words):
        nxt = tag(i + 1)
        if nxt in ("NOUN", "ADJ", "PROPN", "NUM") or view.lower[i + 1] in ("own",):
            role = "possessive"
        elif nxt == "ADV" and i + 2 < len(view.words) and tag(i + 2) == "NOUN" and (
            view.words[i + 1].isalpha() and view.words[i + 2].isalpha()
        ):
            role = "possessive"  # "leave her back garden": a word list's adverb, a noun
    return gender, role


def before_verb(view: DocView, tag: Tagger, b: int) -> bool:
    """Does a verb follow token ``b`` (after at most two adverbs), making the mention
    before it the subject of a clause ("… why Ghazala Khan hadn't spoken")?"""
    hi = view.sents[view.sent_of[b - 1]][1]
    a = b - 1
    while a > view.sents[view.sent_of[a]][0] and view.words[a - 1][:1].isupper():
        a -= 1
    if a > 0 and tag(a - 1) == "ADP":
        return False  # "The damage to Clinton from her battle with Sanders is …"
    k = b
    while k < min(b + 2, hi) and tag(k) == "ADV" and view.words[k][:1].islower():
        k += 1
    return k < hi and view.words[k][:1].islower() and tag(k) in ("VERB", "AUX")


def possessed_role_named(view: DocView, roles: Container[str], b: int) -> int | None:
    """The end (exclusive) of a role owned by the name that ends before token ``b`` when
    a name is set off after it: "[Sky Meridian]'s chief executive, Ingrid Solberg,";
    the role and the name are one person, the possessor someone else."""
    words = view.words
    hi = view.sents[view.sent_of[b - 1]][1]
    if b + 3 >= hi or words[b] not in ("'s", "’s"):
        return None
    end = None
    for k in range(b + 1, min(b + 5, hi)):
        if not (words[k].isalpha() and words[k].islower()):
            break
        end = k + 1 if view.lower[k] in roles else None
    if end is None or end + 1 >= hi or words[end] != "," or not words[end + 1][:1].isupper():
        return None
    return end


COORDINATORS = frozenset(["but", "and", "yet", "so"])


def coordinated_clause(view: DocView, i: int) -> bool:
    """Does the pronoun at token ``i`` open a main clause coordinated with the one
    before (", but he ruled out …", ", and she left"): the subject it continues is that
    of the sentence, as one opening a sentence continues the last one's."""
    lower = view.lower
    return i >= 2 and lower[i - 1] in COORDINATORS and lower[i - 2] == ","


def in_relative(view: DocView, first: int, i: int) -> bool:
    """Does token ``i`` (in the sentence whose first word is ``first``) stand in a
    relative clause set off after the sentence's subject (", who …")?"""
    for k in range(i - 1, max(first, i - 15), -1):
        w = view.lower[k]
        if w in ("who", "whose"):
            return view.words[k - 1] == "," and k - 1 > first
        if w in (",", ";", ":", "said", "says"):
            return False
    return False


def anchor(view: DocView, c: Candidate) -> int:
    """Where a candidate's speaker is read: at its mention; a quote that takes its
    speaker from another, after that one's ('“A,” says Rosa Quispe Mamani. “B.”': B
    after "Rosa", not at the cue they share)."""
    at = 0
    while c.speaker is None and c.inherit is not None:
        at = max(at, c.content[0])
        c = c.inherit
    if c.speaker is not None:
        return max(at, view.starts[c.speaker[0]])
    if c.cue is not None:
        return max(at, min(c.cue[0], c.content[0]))
    return max(at, c.content[0])


BE = frozenset(["is", "was", "are", "were"])
OTHER_SUBJECTS = frozenset(["he", "she", "they", "his", "her", "their", "him", "them", "i", "we"])


def possessive_owner(view: DocView, first: int, i: int, ends: Container[int]) -> int | None:
    """The end token (exclusive) of the name whose possessive "his"/"her" at token ``i``
    is by the sentence's construction: the name coordinated right before it ("Clinton
    and her aides", "Obama and his wife"), or the one a relative clause is set off
    after, with no other name or pronoun between ("Bryan Pagliano, who invoked his Fifth
    Amendment rights", "Mike Osei, 53, who flew with his son"); the same for a subject
    pronoun inside the relative clause ("Sahan Jayawardena, who top-scored with 71
    before he was caught"); ``ends``: the end tokens of the names that may own it,
    ``first``: the sentence's first token."""
    lower, words = view.lower, view.words
    if i >= 2 and lower[i - 1] == "and" and i - 1 in ends:
        return i - 1
    for k in range(i - 1, max(first, i - 15), -1):
        w = lower[k]
        if words[k][:1].isupper() and w not in ("who", "whose"):
            return None  # "Pagliano, who worked on Clinton's campaign … her home"
        if w in OTHER_SUBJECTS:
            return None  # "Carly Fiorina, who he named as his running mate"
        if w in ("who", "whose"):
            j = k - 1
            if j - 2 > first and words[j - 1].isdigit() and words[j - 2] == ",":
                j -= 2  # ", 53, who"
            if k + 1 < i and lower[k + 1] in BE:
                return None  # "Jacob Sullivan, who was her director of policy planning"
            return j if words[k - 1] == "," and j > first and j in ends else None
        if w in (",", ";", ":", "said", "says"):
            return None
    return None


POST_PREPS = frozenset(["on", "in", "at", "of", "about", "with", "from", "by", "for", "over"])


QUANTITY_ADVERBS = frozenset(["virtually", "nearly", "almost", "not"])


PARTITIVE_OF = frozenset(["one", "another", "each", "either", "any", "some"])
PP_HOPS = 2  # prepositional phrases a speaker's noun phrase may run over


def wider_start(
    view: DocView, tag: Tagger, roles: Container[str], a: int, b: int
) -> int | None:
    """Where a speaker span at tokens ``a .. b-1`` really starts when the words before
    it belong to it: the noun phrase whose post-modifier it closes, when that phrase's
    head is a noun for people ("People briefed on [the move] said", "John Kerry's
    negotiating partners in [Tehran] say", "one in four voters in [a New York Times
    poll] said"); an adverb of its quantifier ("Virtually [all analysts]", "Not [all
    conference attendees]"); "outside" before a noun for people ("Still, outside
    [experts] said"). None otherwise."""
    lo = view.sents[view.sent_of[a]][0]
    lower = view.lower
    if a > lo and lower[a - 1] in QUANTITY_ADVERBS and lower[a] in PARTITIVE_HEADS:
        return a - 1
    if a > lo and lower[a - 1] == "outside" and lower[b - 1] in roles and (
        a - 1 == lo or tag(a - 2) in ("PUNCT", "ADV", "CCONJ", "DET")
    ):
        return a - 1
    for _ in range(PP_HOPS):  # "A purchasing clerk with [one of the LBCs] in [the …]"
        p = a - 1
        if p <= lo or view.lower[p] not in POST_PREPS:
            return None
        j = p - 1
        if j > lo and (
            view.lower[j] in NP_LINK_ADJ or (tag(j) == "VERB" and view.lower[j].endswith("ed"))
        ):
            j -= 1  # "briefed on", "interviewed at", "familiar with"
        if j - 2 > lo and view.lower[j] in PARTITIVE_OF and view.lower[j - 1] in POST_PREPS:
            j -= 2  # "A senior executive at [another of] the Big Six banks"
        if view.lower[j] in roles and (
            tag(j) in ("NOUN", "PROPN") or tag.noun_reading(j)  # "a senior executive at"
        ) and (view.words[j].islower() or j == lo):  # not a title's ("Secretary of State …")
            return np_left(view, tag, j + 1, lo)
        start = np_left(view, tag, j + 1, lo)
        if start is None or start >= a:
            return None
        a = start
    return None


def widened(
    view: DocView, tag: Tagger, sets: WordSets, a: int, b: int
) -> tuple[int, int] | None:
    """The speaker span ``a .. b-1`` widened to the whole noun phrase or name it is part
    of (:func:`wider_start`, :func:`listed_name_start`, :func:`listed_name_end`), or
    None when it is whole."""
    start = wider_start(view, tag, sets.role, a, b)
    if start is not None:
        return start, b
    start = listed_name_start(view, sets.org_head, a)
    if start is None:
        start = portfolios_start(view, sets.org_head, a, b)
    if start is None:
        start = title_start(view, sets, a, b)
    end = listed_name_end(view, sets.org_head, a, b, tag, sets.title)
    if start is None and end is None:
        return None
    return (a if start is None else start), (b if end is None else end)


def title_start(view: DocView, sets: WordSets, a: int, b: int) -> int | None:
    """Where a name's lower-case title starts when the speaker span ``a .. b-1`` is the
    name alone ("…, co-founder and chief executive [Ananya Raghavan] said"): back over
    role and title nouns, their modifiers and "and"; None without a title there."""
    words, lower = view.words, view.lower
    lo = view.sents[view.sent_of[a]][0]
    if not words[a][:1].isupper():
        return None
    k, titled = a, False
    while k > lo and words[k - 1][:1].islower() and (
        lower[k - 1] in sets.role or lower[k - 1] in sets.title
        or lower[k - 1] in sets.nationality or lower[k - 1] in ("and", "-", "co")
    ):
        k -= 1
        titled = titled or lower[k] in sets.role or lower[k] in sets.title
    while k < a and lower[k] in ("and", "-"):
        k += 1
    return k if titled and k < a else None


def listed_name_start(view: DocView, org_heads: Container[str], a: int) -> int | None:
    """Where an organisation's name starts whose list of portfolios a speaker span at
    token ``a`` ends ("the Ministry of [Environment, Urbanisation and Climate Change]",
    "the NSW Department of Climate Change, Energy, [the Environment and Water]"): back
    over the list's commas and capitalised items to the head before "of" or "for", then
    over the capitalised words before that head. None when no such name is there."""
    words, lower = view.words, view.lower
    lo = view.sents[view.sent_of[a]][0]
    if not words[a][:1].isupper() and lower[a] != "the":
        return None
    if a - 1 <= lo or words[a - 1] != ",":
        return None
    h = org_head_before(view, org_heads, a - 2, lo)
    if h is None:
        return None
    while h > lo and words[h - 1][:1].isupper():
        h -= 1
    return h


def portfolios_start(view: DocView, org_heads: Container[str], a: int, b: int) -> int | None:
    """Where the list of portfolios starts that a speaker span ending in an
    organisation's head closes ("the Environment, [Urbanization and Climate Change
    Ministry] said"): back over capitalised words and commas to "the"; else None."""
    words, lower = view.words, view.lower
    lo = view.sents[view.sent_of[a]][0]
    if lower[b - 1] not in org_heads or "and" not in lower[a:b] or a - 1 <= lo or (
            words[a - 1] != ","):
        return None
    k = a - 1
    while k - 1 > lo and lower[k - 1] != "the" and (
            words[k - 1][:1].isupper() or words[k - 1] == ","):
        k -= 1
    return k if k < a - 1 and lower[k - 1] == "the" and words[k] != "," else None


def org_head_before(view: DocView, org_heads: Container[str], j: int, lo: int) -> int | None:
    """The organisation head that opens, with "of" or "for", the capitalised name token
    ``j`` ends or is inside ("Department" of "Department of Indigenous Reconciliation
    and Northern Relations", of "Ministry of Environment, Urbanisation"): back over its
    capitalised words, "the", "and", "&" and commas, not before token ``lo``; or None."""
    words, lower = view.words, view.lower
    while j > lo and (words[j][:1].isupper() or lower[j] in ("the", "and", "&", ",")):
        h = j - 2
        if lower[j - 1] in ("of", "for") and h >= lo and (
            lower[h] in org_heads and words[h][:1].isupper()
        ):
            return h
        j -= 1
    return None


def listed_name_end(
    view: DocView, org_heads: Container[str], a: int, b: int, tag: Tagger | None = None,
    titles: Container[str] = (),
) -> int | None:
    """Where an organisation's name ends whose list of portfolios continues after a
    speaker span ``a .. b-1`` ("according to [the Ministry of Environment],
    Urbanisation and Climate Change."): over the commas and capitalised items up to the
    last item after "and". With ``tag``, also a second portfolio after "and" alone
    whose words are common ones ("the [Bureau of Fisheries] and Aquatic Resources";
    not "[the Ministry of Health] and Dr Smith"). None when the span is no such name or
    no list follows."""
    words, lower = view.words, view.lower
    hi = view.sents[view.sent_of[b - 1]][1]
    if b >= hi or not any(
        lower[i] in org_heads and words[i][:1].isupper() and lower[i + 1] in ("of", "for")
        for i in range(a, b - 1)
    ):
        return None
    if lower[b] in ("and", "&") and tag is not None:
        k = b + 1
        while k < hi and words[k][:1].isupper() and lower[k].rstrip(".") not in titles and (
            tag.pos_lex.get(lower[k]) != "PROPN"
        ):
            k += 1
        if k == b + 1 or (k < hi and words[k][:1].isupper()) or (
            tag.pos_lex.get(lower[k - 1]) != "NOUN"  # "… and Aquatic Resources"
        ):
            return None
        return k
    if words[b] != ",":
        return None
    k, joined = b, False
    while (k < hi and words[k] in (",", "and", "&")) or (
        k < hi and (words[k][:1].isupper() or lower[k] == "the")
    ):
        if lower[k] in ("and", "&"):
            joined = True
        elif joined and words[k][:1].isupper() and (
            k + 1 >= hi or not (words[k + 1][:1].isupper() or words[k + 1] == ",")
        ):
            return k + 1
        k += 1
    return None


def _capitals_end(view: DocView, start: int, hi: int, most: int = 3) -> int:
    """The end of up to ``most`` capitalised words from token ``start``, a hyphen inside
    a word joining its parts ("Jean-Marc")."""
    words = view.words
    end, n = start, 0
    while end < hi and words[end][:1].isupper() and n < most:
        end += 1
        n += 1
        while end + 1 < hi and hyphen_joined(view, end + 1) and words[end + 1][:1].isupper():
            end += 2
    return end


def named_as(view: DocView, b: int) -> tuple[int, int] | None:
    """The name a relative clause after a description at token ``b`` gives its person:
    "one user, who gave her name only as Siobhan,", "a driver, who identified himself
    only as Tomasz,", "a voter, who asked to be identified only by her first name,
    Aroha,", "who goes by the nom de guerre Aureliano Quintana", ", identified in court
    only as Witness C," (the name's tokens), or None."""
    lower, words = view.lower, view.words
    hi = view.sents[view.sent_of[b - 1]][1]
    k = b + 1 if b < hi and words[b] == "," else b
    if k < hi and lower[k] in ("a", "an") and k > b:  # "…, a 24-year-old who gave …"
        k = next((i for i in range(k + 1, min(k + 9, hi)) if lower[i] == "who"), k)
    if k >= hi or lower[k] not in ("who", "identified", "known"):
        return None
    for j in range(k + 1, min(k + 14, hi - 1)):
        if lower[j] == "by" and lower[j - 1] in ("goes", "went"):
            # "who goes by the nom de guerre Aureliano Quintana": the name's capitals
            start = next((i for i in range(j + 1, min(j + 6, hi)) if words[i][:1].isupper()), hi)
            end = _capitals_end(view, start, hi)
            return (start, end) if end > start else None
        if lower[j] == "as" or (lower[j] in ("name", "nickname") and words[j + 1] == ","):
            start = j + 1 if lower[j] == "as" else j + 2  # ("who gave only his nickname, Bigode,")
            end = _capitals_end(view, start, hi)
            named = end > start and any(
                lower[i] in ("name", "nickname", "identified", "known") for i in range(k, j + 1))
            return (start, end) if named else None
        if words[j] in (",", ";", ":") or lower[j] in ("said", "says"):
            return None
    return None


def comma_before(view: DocView, tag: Tagger, first: int, a: int) -> int | None:
    """The comma that sets off the apposition holding token ``a`` from what precedes it
    in its clause (within 12 words, no verb between; ``first``: the sentence's first
    token), or None."""
    k = a - 1
    while k > first and a - k < 12 and view.words[k] != "," and tag(k) not in ("VERB", "AUX"):
        k -= 1
    return k if k > first and view.words[k] == "," else None


def speaker_ranges(
    view: DocView, cands: Sequence[Candidate], shapes: dict[int, str]
) -> list[tuple[int, int]]:
    """The character ranges of the candidates' speaker mentions (``shapes``: their
    mention shapes by index), less the name a description speaks for
    (:func:`principal_cut`): no other mention stands inside them."""
    return [
        (view.starts[c.speaker[0]], view.ends[principal_cut(view, c.speaker, shapes[i]) - 1])
        for i, c in enumerate(cands) if c.speaker is not None
    ]


def principal_cut(view: DocView, span: tuple[int, int], shape: str) -> int:
    """Where the speaker's own words end in a description that names whom it speaks
    for ("A spokesperson for [the Department of Transport]"): at "for" when a
    capitalised name follows it, so that name is read as the prose's (an organisation
    a later "the department" refers to); else the span's end."""
    a, b = span
    if shape != "description":
        return b
    for k in range(a + 1, b - 1):
        if view.lower[k] == "for":
            n = k + 2 if view.lower[k + 1] == "the" and k + 2 < b else k + 1
            return k if view.words[n][:1].isupper() else b
    return b


def relative_role(view: DocView, b: int) -> str | None:
    """The role a relative clause set off after token ``b - 1`` gives its person ("…,
    who chairs the committee," -> "chair"; ``data/role_verbs.tsv``), or None."""
    lower = view.lower
    if b + 2 < len(lower) and lower[b] == "," and lower[b + 1] == "who":
        return role_verbs().get(lower[b + 2])
    return None


def report_gender(view: DocView, c: Candidate) -> str:
    """The gender ("m" or "f") of the "he" or "she" that opens a report's clause ("said
    he had not known"), which is most often its speaker; "" when none does."""
    if c.kind not in ("indirect", "mixed"):
        return ""
    word = view.text[c.content[0] : c.content[0] + 4].casefold()
    return "m" if word.startswith("he ") else "f" if word.startswith("she ") else ""
