"""The hedge lexicon: estimative phrases with calibrated probabilities, and their modifiers.

Words of estimative probability (Kent 1964; US ICD 203) are read by people as numbers,
and those readings vary but cluster: CAPphrase (Kucharski 2026, CC-BY 4.0) asked 5,174
people for the probability of 19 phrases. ``data/hedges.tsv`` stores each phrase's
category (probability, modal, evidential, attribution, extent, belief, desire,
conditional: Hyland 1998; Szarvas et al. 2012), its median reading and interquartile (or
official) range, the commitment it leaves, and the source of those numbers;
``scripts/build_hedge_lexicon.py`` derives the numbers from the survey and the official
scales. ``data/hedge_modifiers.tsv`` holds intensifiers, downtoners, comparatives and
negators (Lakoff 1973 on hedges as modifiers of degree); :mod:`.compose` applies them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Literal

from ..errors import LexiconError
from ..lexicon import PathLike, Row, data_path, read_tsv
from ..types import HEDGE_CATEGORIES, HedgeCategory

ModifierKind = Literal["intensifier", "downtoner", "comparative", "negator"]
MODIFIER_KINDS: tuple[str, ...] = ("intensifier", "downtoner", "comparative", "negator")

# Names of the disambiguation checks a row may ask for (implemented in .detect).
CHECKS: tuple[str, ...] = (
    "-", "may", "might", "could", "can", "must", "would", "should", "appear", "attributive",
    "suggest", "indicate", "likely", "possible", "accuse", "passive_to",
    "doxastic", "believe", "think", "consider", "suspect", "expect", "doubt", "wonder",
    "hope", "if", "whether", "approx", "sort_of", "complement", "provided",
)

HEDGE_COLUMNS = ("phrase", "category", "certainty", "negated", "check", "detect", "source")
MODIFIER_COLUMNS = ("word", "kind", "source")


@dataclass(frozen=True, slots=True)
class HedgeEntry:
    """One hedge phrase (lower case, words separated by single spaces) and its numbers."""

    phrase: str
    category: HedgeCategory
    probability: float | None
    probability_range: tuple[float, float] | None
    certainty: float
    negated: bool
    check: str
    detect: bool
    source: str


@dataclass(frozen=True, slots=True)
class Modifier:
    """A word that modifies a hedge standing right after it ("very", "not")."""

    word: str
    kind: ModifierKind
    strength: float
    source: str


def normalize_phrase(phrase: str) -> str:
    """Lower case, typographic apostrophes and dashes made plain, single spaces."""
    p = phrase.lower().replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return " ".join(p.split())


def _entry_rows(row: Row) -> list[HedgeEntry]:
    category = row.choice("category", HEDGE_CATEGORIES)
    prob = row.number("probability")
    low = row.number("low")
    high = row.number("high")
    if (low is None) != (high is None):
        raise row.error("high", "give both low and high, or neither")
    if low is not None and high is not None and low > high:
        raise row.error("high", f"low {low} is above high {high}")
    if prob is not None and low is not None and high is not None and not low <= prob <= high:
        raise row.error("probability", f"{prob} lies outside its range [{low}, {high}]")
    certainty = row.number("certainty")
    if certainty is None:
        raise row.error("certainty", "empty value: run scripts/build_hedge_lexicon.py")
    negated = row.choice("negated", ("0", "1")) == "1"
    check = row.choice("check", CHECKS)
    detect = row.choice("detect", ("0", "1")) == "1"
    rng = None if low is None or high is None else (low, high)
    out = []
    for alt in row["phrase"].split("|"):
        phrase = normalize_phrase(alt)
        if not phrase:
            raise row.error("phrase", "empty alternative between '|'")
        out.append(HedgeEntry(phrase, category, prob, rng, certainty, negated,  # type: ignore[arg-type]
                              check, detect, row["source"]))
    return out


@dataclass(frozen=True, eq=False)
class HedgeLexicon:
    """Hedge phrases by their normalised text, and modifiers by word (hashed by identity)."""

    entries: dict[str, HedgeEntry]
    modifiers: dict[str, Modifier]

    @classmethod
    def load(cls, hedges: PathLike | None = None, modifiers: PathLike | None = None
             ) -> HedgeLexicon:
        """Read the lexicon files (the packaged ones for any left out)."""
        return _load(str(hedges) if hedges else data_path("hedges.tsv"),
                     str(modifiers) if modifiers else data_path("hedge_modifiers.tsv"))

    @classmethod
    def default(cls) -> HedgeLexicon:
        return cls.load()


@functools.lru_cache(maxsize=8)
def _load(hedges_path: str, modifiers_path: str) -> HedgeLexicon:
    entries: dict[str, HedgeEntry] = {}
    where: dict[str, int] = {}
    for row in read_tsv(hedges_path, HEDGE_COLUMNS):
        for e in _entry_rows(row):
            if e.phrase in entries:
                raise row.error("phrase", f"{e.phrase!r} is already listed on line "
                                          f"{where[e.phrase]}")
            entries[e.phrase] = e
            where[e.phrase] = row.line
    mods: dict[str, Modifier] = {}
    for row in read_tsv(modifiers_path, MODIFIER_COLUMNS):
        kind = row.choice("kind", MODIFIER_KINDS)
        strength = row.number("strength")
        if kind in ("intensifier", "downtoner") and strength is None:
            raise row.error("strength", f"an {kind} needs a strength in [0, 1]")
        word = normalize_phrase(row["word"])
        if word in mods:
            raise row.error("word", f"{word!r} is listed twice")
        mods[word] = Modifier(word, kind, strength or 0.0, row["source"])  # type: ignore[arg-type]
    if not entries:
        raise LexiconError(f"{hedges_path}: no hedge phrases")
    return HedgeLexicon(entries, mods)
