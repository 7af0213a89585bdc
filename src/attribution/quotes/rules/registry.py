"""Declared quote rules: each construction the quote stage reads, as a unit.

A rule is what medspaCy's ``ConTextRule`` is to a modifier: an object that says what it
reads, not code that decides. Each has an id (``family.name``), the family of
constructions it belongs to, the cue frames of ``data/cues.tsv`` it serves (empty for
rules driven by quote marks or layout), a one-line summary, example sentences with the
(speaker, cue, content) it proposes, and counter-examples where it proposes nothing.
``tests/test_rules.py`` runs every rule's examples through that rule alone.

Every candidate names the rule that proposed it (:attr:`Candidate.rule`); the result
keeps that name (``Quote.rule``) so a user can tell which reading a quote came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

FAMILIES = (
    "preposed",  # SOURCE CUE CONTENT
    "postposed",  # CONTENT, SOURCE CUE / CONTENT, CUE SOURCE
    "passive",  # passive, raising and naming verbs
    "according_to",  # according to X, as reported by X
    "nominal",  # her claim that …
    "quote_driven",  # a quotation read from its own shape, no lexicon cue
    "layout",  # colon labels, credits, polls: a paragraph's layout
    "uncued",  # quote paragraphs with no cue of their own
    "parsed",  # a statistical parse's reading of a cue no other rule framed
    "unframed",  # word-order readings of a cue no other rule framed (attributions only)
)


@dataclass(frozen=True)
class Example:
    """A sentence and what the rule proposes for it: the content's text (trimmed as the
    result gives it), the speaker mention's text (None: no speaker of its own) and the
    cue's text."""

    text: str
    content: str
    speaker: str | None = None
    cue: str | None = None


@dataclass(frozen=True)
class Rule:
    """One construction. ``needs`` names rules whose candidates it builds on (a quote
    paragraph takes the speaker of a cued quotation before it), run with it in tests."""

    id: str
    family: str
    summary: str
    frames: frozenset[str] = frozenset()
    examples: tuple[Example, ...] = ()
    counter_examples: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()


RULES: dict[str, Rule] = {}


def declare(
    id: str,
    family: str,
    summary: str,
    *,
    frames: Iterable[str] = (),
    examples: Iterable[Example] = (),
    counter_examples: Iterable[str] = (),
    needs: Iterable[str] = (),
) -> str:
    """Register a rule and return its id (what candidates carry)."""
    if family not in FAMILIES:
        raise ValueError(f"rule {id!r}: unknown family {family!r}; use one of {FAMILIES}")
    if not id.startswith(family + "."):
        raise ValueError(f"rule {id!r}: an id starts with its family ({family}.)")
    if id in RULES:
        raise ValueError(f"rule {id!r} is declared twice")
    RULES[id] = Rule(
        id,
        family,
        summary,
        frozenset(frames),
        tuple(examples),
        tuple(counter_examples),
        tuple(needs),
    )
    return id


def family_of(rule_id: str) -> str:
    return RULES[rule_id].family
