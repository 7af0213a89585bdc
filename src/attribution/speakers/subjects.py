"""Is a name the subject of its clause? The position Centering ranks first.

A pronoun that continues a subject (Grosz, Joshi & Weinstein 1995) competes only with
the other subjects of its sentence and the last, so a subject missed lets a pronoun
seem sure of its antecedent, and a word taken for one misleads it. Without a parser, a
name is read as its clause's subject when its noun phrase opens the sentence or a
clause: "Flames coach Darnell Okafor was blunter", "Tennis great Billie Jean King
remembered", "…, but a hoarse-voiced Sanders got in numerous digs", "… while the
embattled Mayor Ferreira said". A capitalised verb is no part of the name's phrase:
in "Beating Trump may be job one", Trump is the gerund's object.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..phrases import ARTICLES, Tagger
from ..quotes.sources import SUBORDINATE_OPENERS
from ..segment import DocView
from .dialogue import OBJECT_ADDRESSED, vocative
from .text import CLOSING, opens_clause
from .typer import MentionTyper

__all__ = ["after_fronted_phrase", "name_opens_clause"]

# Conjunctions after which a clause, and its subject, begins ("…, but Sanders got …").
CLAUSE_CONJUNCTIONS = frozenset(["but", "yet", "while", "whereas", "although", "though", "where"])
REACH = 6  # words of modifiers looked back over
SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i"])
FRONTING = frozenset(["ADP", "SCONJ", "ADV"])  # what opens a fronted phrase ("On Monday,")
FRONTED_WORDS = 12  # words a fronted phrase runs to at most
MAIN_WORDS = 10  # words of a main clause before the conjunction of a clause it governs
# Conjunctions of a clause after the main one ("… grew heated when Ona … stood up"): the
# quote rules' subordinators but "as" (also a preposition: "as chair, Ona …").
SUBORDINATORS = (SUBORDINATE_OPENERS - {"as"}) | {"whereas"}


def after_fronted_phrase(view: DocView, tag: Tagger, first_word: int, k: int) -> bool:
    """Does the noun phrase at token ``k`` open the main clause after a phrase fronted at
    its sentence's start and set off by the sentence's first comma ("On Tuesday, the
    trade group …", "Just this week, the …", "After the vote, the …")? It is the
    sentence's subject, as if it opened the sentence."""
    if k <= first_word + 1 or tag(first_word) not in FRONTING:
        return False
    j = k - 1
    while j > first_word and view.is_space[j]:
        j -= 1
    return (view.words[j] == "," and j - first_word <= FRONTED_WORDS
            and "," not in view.words[first_word:j])


def name_opens_clause(
    view: DocView, typer: MentionTyper, tag: Tagger, a: int, first_word: int
) -> bool:
    """Does the noun phrase of the name at token ``a`` open its clause? ``first_word``
    is the first word of the sentence (after quote marks)."""
    first = view.sents[view.sent_of[a]][0]
    lower = view.lower
    k = a
    while k > max(first, a - REACH) and (
        (typer.is_cap(k - 1) and tag(k - 1) != "VERB") or typer.titled(k - 1)
        or lower[k - 1] in ("the", "'s", "’s", "-")
    ):
        k -= 1
    if _in_fronted_phrase(view, tag, k, first_word):
        return False  # "Under questioning from his own lawyer, Hamid Rostami, he said"
    if _clause_starts(view, k, first):
        return not _appositive(view, tag, k)
    # "Tennis great Billie Jean King remembered": the sentence opens with modifiers of
    # the name; "…, but a hoarse-voiced Sanders got": a clause does, with an article.
    while k > max(first, a - REACH) and (tag(k - 1) in ("ADJ", "NOUN", "NUM", "PROPN") or (
        # a title with its portfolio: "Former US secretary of state Madeleine Albright"
        # (not the place a name after "of" is: "Dominique Ravault, the mayor of Chablis")
        lower[k - 1] == "of" and k < a and view.words[k].islower() and k - 2 >= first
        and typer.titled(k - 2)
    )):
        k -= 1
    if k == first_word:
        return True
    if k < a and lower[a - 1] in typer.sets.person_noun and tag(first_word) in FRONTING and (
        _clause_starts(view, k, first)
    ):
        # "On Kvaløya, fish farmer Elle Guttorm runs …": after a fronted phrase, a role
        # before the name (not "…, embarrassing Hillary Clinton")
        return not (_in_fronted_phrase(view, tag, k, first_word) or _appositive(view, tag, k))
    if k > first and lower[k - 1] in ARTICLES:
        return k - 1 == first_word or _clause_starts(view, k - 1, first)
    return _subordinate_center(view, typer, tag, k, first_word)


def _subordinate_center(
    view: DocView, typer: MentionTyper, tag: Tagger, k: int, first_word: int
) -> bool:
    """Does the name phrase at token ``k`` open a clause that a conjunction subordinates
    to a main clause whose subject is no one ("The meeting grew heated when Ona
    Kazlauskienė, a 72-year-old retired teacher, stood up")? It is the sentence's center
    (not after "a woman in the second row stood up before the chief executive …")."""
    j = k - 1
    while j > first_word and view.is_space[j]:
        j -= 1
    if j - first_word < 2 or j - first_word > MAIN_WORDS or view.lower[j] not in SUBORDINATORS:
        return False
    words, lower = view.words, view.lower
    return tag(first_word) in ("DET", "NOUN", "ADJ") and not any(
        lower[i] in typer.sets.person_noun or lower[i] in SUBJECT_PRONOUNS
        or (i > first_word and words[i][:1].isupper()) or not words[i][:1].isalpha()
        for i in range(first_word, j) if not view.is_space[i]
    )


def _appositive(view: DocView, tag: Tagger, k: int) -> bool:
    """Is the name phrase at token ``k`` set off by commas after a common noun inside
    its clause ("… found by a supplier, Italy's Autoworks Federation, the company
    said"): that noun's apposition, not a clause's subject? After the sentence's own
    subject ("Its sponsor, Rep. Naledi Mokoena, D-Aurora, said") it is the subject."""
    words = view.words
    j = k - 1
    while j >= 0 and view.is_space[j]:
        j -= 1
    if j < 1 or words[j] != "," or tag(j - 1) != "NOUN" or not words[j - 1].islower():
        return False
    first = view.sents[view.sent_of[k]][0]
    if not any(tag(i) in ("VERB", "AUX") for i in range(first, j - 1)):
        return False
    e = _name_end(view, k)
    return e < len(words) and words[e] == ","


def _clause_starts(view: DocView, k: int, first: int) -> bool:
    """Does a clause begin at token ``k``: after a sentence's start or a comma, or after
    a conjunction that follows a comma?"""
    if opens_clause(view, k):
        return True
    j = k - 1
    while j >= first and view.is_space[j]:
        j -= 1
    return j > first and view.lower[j] in CLAUSE_CONJUNCTIONS and opens_clause(view, j)


def _in_fronted_phrase(view: DocView, tag: Tagger, k: int, first_word: int) -> bool:
    """Is the name at token ``k`` set off by commas after a prepositional phrase that
    opens the sentence, its only comma before it ("Under questioning from his own
    lawyer, [Hamid Rostami], he said"): an apposition there, no subject?"""
    j = k - 1
    while j > first_word and view.is_space[j]:
        j -= 1
    if j <= first_word or view.words[j] != "," or tag(first_word) != "ADP":
        return False
    e = _name_end(view, k)
    # set off on both sides ("…, Hamid Rostami, he said"), unlike the subject after a
    # fronted phrase ("During her primary campaign, Clinton caught flak")
    if e + 1 >= len(view.words) or view.words[e] != "," or "," in view.words[first_word:j]:
        return False
    # … and followed by the clause's own subject ("…, Hamid Rostami, he said"), not by
    # more of the name's description ("Before the debate, Margaret Tregenza, 71, …,
    # handed in a petition")
    after = view.words[e + 1]
    return tag(j - 1) in ("NOUN", "ADJ") and (
        view.lower[e + 1] in SUBJECT_PRONOUNS or after[:1].isupper() or view.lower[e + 1] == "the"
    )


def _name_end(view: DocView, k: int) -> int:
    """The token after the name phrase that starts at token ``k``: past its capitalised
    words, possessives, hyphens and initials' full stops."""
    words = view.words
    e = k
    while e < len(words) and (words[e][:1].isupper() or words[e] in ("'s", "’s", "-", ".")):
        e += 1
    return e


def verb_between(view: DocView, tag: Tagger, start: int, at: int) -> bool:
    """Does a finite verb stand between characters ``start`` and ``at`` ("A woman …
    asked the pilot, Jociel Bare,"; not "The session's chair, the broadcaster Seo
    Hyun-jin,", "One pastor supporting Mr. Cruz, Darran Whiting")?"""
    a, b = view.token_at(start), view.token_at(at)
    return any(tag(k) in ("VERB", "AUX") and not view.lower[k].endswith("ing") for k in range(a, b))


def opens_as_subject(
    view: DocView, tag: Tagger, first: int, a: int, described: bool, bare: bool
) -> bool:
    """Is the name at token ``a`` (its sentence's first word ``first``) a subject that a
    description before it may be (cataphora): opening its sentence or after its
    quotation, after a fronted phrase when set off ("Before the debate, Margaret
    Tregenza, 71, …"; not "Speaking to reporters, Nadia El-Khoury said"), or ``bare``
    after a verb ('"…," said Opanin …')?"""
    return (
        a == first or view.words[a - 1] in CLOSING
        or (described and opens_clause(view, a)) or (bare and tag(a - 1) == "VERB")
    )


def addressed_words(view: DocView, at: int) -> set[str]:
    """The words right after an "asked"/"told" in the sentence of character ``at``, and
    a name its quotation calls someone by: whom that sentence addresses ("“Where were
    you?” the judge asked Mensah"), no one a description in it may vary on."""
    t0, t1 = view.sents[view.sent_of[view.token_at(at)]]
    found = {view.words[k + 1] for k in range(t0, t1 - 1) if view.lower[k] in OBJECT_ADDRESSED}
    said = view.text[view.starts[t0] : at].rstrip()
    if said[:1] in OPENING and (called := vocative(said)) is not None:
        found.add(called)  # "“What’s it today, Andre?” the man asked": not Andre
    return found


OPENING = frozenset("\"'“‘«‹")


def quotation_sent(view: DocView, sent_rank: Sequence[int], a: int) -> int | None:
    """The prose sentence (of ``sent_rank``) where the quotation a name at token ``a``
    is credited with opens ("“No one rang me. … I was back on,” said Rāwiri Te Huia"):
    its paragraph's first, when the paragraph opens with a quote mark and a closing
    mark stands just before the name or its cue, or the first of the paragraphs before
    it that the quotation runs over (each opening with a mark it never closes); else
    None. A quotation's sentences are the speaker's, no narration between a description
    and the name."""
    k = view.para_of[a]
    p0 = _opening(view, k)
    if view.words[p0][:1] not in OPENING or not any(
            view.words[j] in CLOSING for j in range(max(p0 + 1, a - 3), a)):
        return None
    while k > 0 and _runs_on(view, k - 1):
        k -= 1
        p0 = _opening(view, k)
    return sent_rank[view.sent_of[p0]]


def _opening(view: DocView, para: int) -> int:
    """The first token of paragraph ``para`` that is no space."""
    p0, p1 = view.paras[para]
    while p0 < p1 - 1 and view.is_space[p0]:
        p0 += 1
    return p0


_CLOSES = {"“": "”\"", '"': '"”', "‘": "’'", "'": "'’", "«": "»", "‹": "›"}


def _runs_on(view: DocView, para: int) -> bool:
    """Does paragraph ``para`` open a quotation it never closes, which the next
    paragraph goes on with ("“They were yelling …. The whole park went quiet." with no
    closing mark)?"""
    first = _opening(view, para)
    closes = _CLOSES.get(view.words[first][:1])
    return closes is not None and not any(
        view.words[j][:1] in closes for j in range(first + 1, view.paras[para][1]))


def follows_quotation(view: DocView, char: int) -> bool:
    """Does the phrase at character ``char`` follow a quotation's closing mark ("“…. I
    hope she saw this one,” the 24-year-old said")? Its sentence's first sentences are
    the quotation's, whose subject is who the phrase names."""
    k = view.token_at(char) - 1
    while k >= 0 and view.is_space[k]:
        k -= 1
    return k >= 0 and view.words[k] in CLOSING and view.words[k] != ")"


def after_fronted_clause(view: DocView, a: int) -> bool:
    """Does the name at token ``a`` open the main clause after a subordinate clause
    fronted at its sentence's start and closed by its first comma ("When Mr. Trump tried
    to defend his remarks …, Mr. Kasich forcefully differed")? Its subject is then the
    sentence's, the fronted clause's only an embedded one (Centering ranks the main
    clause's subject first; Kameyama 1998 on intrasentential centering)."""
    first_word = view.sents[view.sent_of[a]][0]
    while first_word < a and not view.words[first_word][:1].isalnum():
        first_word += 1
    if a <= first_word + 2 or view.lower[first_word] not in SUBORDINATORS:
        return False
    j = a - 1
    while j > first_word and view.is_space[j]:
        j -= 1
    return view.words[j] == "," and "," not in view.words[first_word:j]
