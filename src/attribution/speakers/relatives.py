"""The antecedent of a relative pronoun that is a source ("…, which said …"): the noun
phrase a rule found before the comma, or the one whose participle phrase that noun
phrase closes, when "which" cannot be its people ("a letter signed by [212
parishioners], which said"); and the people of an "of" phrase when "who" cannot be the
thing it is said of ("drawing the ire of [lawmakers] who thought …")."""

from __future__ import annotations

from collections.abc import Container

from ..phrases import Tagger, np_left
from ..segment import DocView
from ..word_forms import participle_form


def which_antecedent(
    view: DocView, tag: Tagger, people: Container[str], a: int, b: int
) -> tuple[int, int]:
    """Tokens of what "which" after tokens ``a .. b-1`` refers to: the noun phrase
    before "PARTICIPLE by" when ``a .. b-1`` ends in a noun for people (``people``)."""
    lower = view.lower
    lo = view.sents[view.sent_of[a]][0]
    if not (
        a - 2 > lo and lower[a - 1] == "by" and participle_form(lower[a - 2])
        and (lower[b - 1] in people or lower[b - 1].removesuffix("s") in people)
    ):
        return a, b
    start = np_left(view, tag, a - 2, lo)
    return (start, a - 2) if start is not None and start < a - 2 else (a, b)


def who_antecedent(
    view: DocView, people: Container[str], a: int, b: int
) -> tuple[int, int]:
    """Tokens of what "who" after tokens ``a .. b-1`` refers to: the people after "of"
    (or "by", "for", "from") when the noun before it is no person's ("the ire of
    lawmakers who …", "the speeches by Bernie Sanders, who …"), not a name and not a
    noun for people ("members of his caucus, who …" are the members). A name of one
    word after "of" stays in the phrase ("the state of Maine, who" is no one's)."""
    lower, words = view.lower, view.words
    of = next((k for k in range(a + 1, b - 1) if lower[k] in PEOPLE_AFTER), None)
    if of is None:
        return a, b
    # the people: a noun for people ("of lawmakers"), or a name all capitalised ("the
    # speeches by Bernie Sanders, who cites them", "an anomaly for Kaine, who")
    named = all(words[k][:1].isupper() or words[k] in (".", "-") for k in range(of + 1, b))
    if not (lower[b - 1] in people or (named and lower[of] != "of") or (
            named and b - of > 2)):
        return a, b
    head = lower[of - 1]
    if head in people or head.removesuffix("s") in people or not words[of - 1].islower():
        return a, b
    return of + 1, b


# Prepositions after a thing's noun before the people "who" refers to ("the ire of
# lawmakers who", "the speeches by Bernie Sanders, who", "an anomaly for Kaine, who").
PEOPLE_AFTER = frozenset(["of", "by", "for", "from"])


def bracketed_antecedent(view: DocView, tag: Tagger, rel: int) -> tuple[int, int] | None:
    """Tokens of the noun phrase before the parenthesis that opens right before the
    relative pronoun at token ``rel`` ("David Duke (who enthusiastically endorses …)"),
    or None."""
    k = rel - 1
    while k > 0 and view.is_space[k]:
        k -= 1
    if k < 1 or view.words[k] != "(":
        return None
    end = k
    while end > 0 and view.is_space[end - 1]:
        end -= 1
    start = np_left(view, tag, end, view.sents[view.sent_of[rel]][0])
    return None if start is None or start >= end else (start, end)


def relative_antecedent(view: DocView, tag: Tagger, rel: int) -> tuple[int, int] | None:
    """Tokens of the noun phrase the relative pronoun at token ``rel`` refers to, where
    the quote rules gave none (a parse's proposal carries none): the one before a
    parenthesis (:func:`bracketed_antecedent`), or before the comma or dash that sets
    off a non-restrictive "who"/"which" ("… told Annette Guessford, who answered her
    door"; an age between: "Daniel Mulcahy, 63, who"), or the antecedent of the
    relative clause a second one is coordinated with ("Senator Ted Cruz of Texas, who
    last year threatened …, and who has been hoping …"); or None."""
    bracketed = bracketed_antecedent(view, tag, rel)
    words, lower = view.words, view.lower
    if bracketed is not None or lower[rel] not in ("who", "whom", "which"):
        return bracketed
    s0 = view.sents[view.sent_of[rel]][0]
    k = rel - 1
    if k > s0 and lower[k] == "and":
        k = next((j - 1 for j in range(k - 1, s0 + 1, -1)
                  if lower[j] == lower[rel] and words[j - 1] == ","), s0)
    if k <= s0 or words[k] not in (",", "—", "–"):
        return None
    end = k
    if end - 2 > s0 and words[end - 1].isdigit() and len(words[end - 1]) <= 3 and (
            words[end - 2] == ","):
        end -= 2
    start = np_left(view, tag, end, s0)
    return None if start is None or start >= end else (start, end)
