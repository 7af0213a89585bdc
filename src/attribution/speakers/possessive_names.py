"""A capitalised run before a possessive "'s" as a speaker mention: whose name it is.

A company's name may end in a possessive ("McDonald's", "Sainsbury's"), and a mention
that does is taken for one. A statistical pipeline's entity, though, may also run over
the possessive of a person's name ("Donald J. Trump's scathing criticism", labelled
whole), and then the run is a person's name: a given name first, as the word lexicon
labels it, then a surname or initials; or a title or honorific, then the name ("Mr.
Trump's assertion"). Taken for a company, that name would
keep the person's full name from the cluster the article's "Mr. Trump" joins (the
full-name sieve of Lee et al. 2013)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..phrases import SUBJECT_PRONOUNS
from .mention import Mention

if TYPE_CHECKING:
    from .typer import MentionTyper


def possessive_name(
    typer: MentionTyper, a: int, b: int, appositive: tuple[int, int] | None
) -> Mention | None:
    """The mention of tokens ``a .. b`` when they are a capitalised run ending in "'s":
    a person's name without the possessive, else a company's name with it; None when
    they are no such run."""
    view = typer.view
    words, lower = view.words, view.lower
    if not (
        1 < b - a < 6 and lower[b - 1] in ("'s", "’s") and lower[a] not in SUBJECT_PRONOUNS
        and all(typer.is_cap(i) or words[i] in (".", "&") for i in range(a, b - 1))
    ):
        return None
    if person_possessor(words, typer.words.ent, typer.sets.known_names, a, b - 1) or (
        b - a > 2 and typer.is_title(a) and words[b - 2][:1].isupper()
    ):
        return typer.type_mention(a, b - 1, appositive)  # "Donald J. Trump's", "Mr. Trump's"
    s, e = view.starts[a], view.ends[b - 1]
    return Mention(s, e, view.text[s:e], "organization", "name", head=lower[a])  # McDonald's


def person_possessor(
    words: list[str], ent: Mapping[str, str], known: Mapping[tuple[str, ...], str],
    a: int, b: int,
) -> bool:
    """Is the capitalised run ``a .. b`` before a possessive a person's full name: two
    words or more (initials aside), the first a given name by the word lexicon's label
    (``ent``)? Not a company's one-word name ("McDonald's"), one the lexicon knows
    (``known``: "Morgan Stanley's") or one joined by "&" ("Ben & Jerry's")."""
    run = words[a:b]
    return (
        len([w for w in run if w != "."]) >= 2 and "&" not in run
        and ent.get(run[0]) == "PERSON" and tuple(run) not in known
    )
