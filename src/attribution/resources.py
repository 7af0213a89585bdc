"""The lexicons the stages share, loaded once from the data files.

* ``cues.tsv``: reporting cues with their cue type, syntactic frame and stance (what the
  writer's choice of the word says: neutral "said" against "claimed", "admitted", ...);
* ``speakers.tsv``: words for finding and typing speaker mentions (pronouns, titles,
  role nouns, anonymity markers, organisations, places, media, documents);
* ``words.tsv``: each frequent word's majority part of speech and entity label, the
  evidence a blank pipeline lacks (see ``scripts/build_word_lexicon.py``).

A user passes their own files through :meth:`Resources.load`; the defaults are cached.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .lexicon import PathLike, Row, data_path, read_tsv
from .types import CUE_TYPES

#: The stance of a reporting cue (the ``stance`` column of ``cues.tsv``, where each is
#: defined): what the writer's choice of the word says beyond reporting.
STANCES = ("neutral", "endorsing", "insisting", "doubting", "conceding", "charged")
FRAMES = ("say", "that", "tell", "to", "object", "prep", "passive", "raising", "noun")
SPEAKER_CLASSES = (
    "pron_he",
    "pron_she",
    "pron_i",
    "pron_we",
    "pron_they",
    "pron_it",
    "pron_you",
    "relative",
    "indefinite",
    "title",
    "role",
    "gendered_male",
    "gendered_female",
    "anon_marker",
    "org_head",
    "org_opener",
    "org_name",
    "gpe",
    "nationality",
    "media_name",
    "media_head",
    "media_suffix",
    "doc_head",
    "doc_name_head",
    "doc_made",
    "doc_container",
    "name_possessor",
    "courtesy",
    "vocative_title",
    "status_modifier",
    "time",
    "aux",
    "label",
    "place_head",
    "company_noun",
    "people_group",
    "quantified",
    "stool_title",
)
# Classes of proper names match case-sensitively; the others on lower case.
CASED_CLASSES = frozenset(
    {"org_name", "gpe", "media_name", "media_suffix", "nationality"}
)
UPOS = frozenset(
    [
        "ADJ",
        "ADP",
        "ADV",
        "AUX",
        "CCONJ",
        "DET",
        "INTJ",
        "NOUN",
        "NUM",
        "PART",
        "PRON",
        "PROPN",
        "PUNCT",
        "SCONJ",
        "SYM",
        "VERB",
        "X",
    ]
)


@dataclass(frozen=True, slots=True)
class CueEntry:
    """A reporting cue lemma: its forms, type, frames, whether it may invert, and the
    writer's stance the word carries (one of :data:`STANCES`)."""

    lemma: str
    forms: tuple[str, ...]
    cue_type: str
    frames: frozenset[str]
    invert: bool
    source: str
    stance: str = "neutral"


@dataclass(frozen=True)
class CueLexicon:
    entries: tuple[CueEntry, ...]

    @functools.cached_property
    def _by_form(self) -> dict[str, CueEntry]:
        by_form: dict[str, CueEntry] = {}
        for entry in self.entries:
            for form in (entry.lemma, *entry.forms):
                by_form.setdefault(" ".join(form.split()), entry)
        return by_form

    def entry_for(self, cue: str) -> CueEntry | None:
        """The entry of a cue's text as a quote holds it ("said", "Pointed out",
        "according to"): its forms matched on lower case with blanks collapsed, else its
        first word's ("said in a statement" -> say); ``None`` for a cue the lexicon does
        not list (one the cue tagger found)."""
        words = cue.lower().split()
        if not words:
            return None
        by_form = self._by_form
        return by_form.get(" ".join(words)) or by_form.get(words[0])

    @classmethod
    def load(cls, path: PathLike) -> CueLexicon:
        entries = []
        for row in read_tsv(path, ("lemma", "forms", "cue_type", "frame", "source")):
            row.choice("cue_type", CUE_TYPES)
            frames = frozenset(f.strip() for f in row["frame"].split("|") if f.strip())
            bad = sorted(frames - set(FRAMES))
            if bad or not frames:
                raise row.error("frame", f"unknown frame(s) {bad}; use {', '.join(FRAMES)}")
            invert = row.get("invert", "0")
            if invert not in ("0", "1"):
                raise row.error("invert", f"{invert!r}: use 0 or 1")
            forms = tuple(f.strip().lower() for f in row["forms"].split("|") if f.strip())
            stance = row.choice("stance", STANCES) if "stance" in row.fields else "neutral"
            entries.append(
                CueEntry(
                    row["lemma"].lower(),
                    forms,
                    row["cue_type"],
                    frames,
                    invert == "1",
                    row["source"],
                    stance,
                )
            )
        return cls(tuple(entries))


_NONE: frozenset[Any] = frozenset()


@dataclass(frozen=True)
class SpeakerLexicon:
    """Phrase sets per class. Single words in ``words``, multi-word phrases as tuples."""

    words: dict[str, frozenset[str]]
    phrases: dict[str, frozenset[tuple[str, ...]]]
    max_len: int

    def has(self, cls: str, word: str) -> bool:
        return word in self.words.get(cls, _NONE)

    def phrase(self, cls: str, words: tuple[str, ...]) -> bool:
        if len(words) == 1:
            return words[0] in self.words.get(cls, _NONE)
        return words in self.phrases.get(cls, _NONE)

    def holds(
        self, cls: str, words: tuple[str, ...], alone: Callable[[str], bool] | None = None,
        shortest: int = 1,
    ) -> bool:
        """Does a phrase of class ``cls`` occur in ``words``? ``alone``: which single
        words count (all when None): "who asked not to be named" holds an "anon_marker"
        phrase; "who battled other threats" only its word "other"; ``shortest``: the
        fewest words a phrase that counts has."""
        return any(
            self.phrase(cls, words[k : k + n]) and (n > 1 or alone is None or alone(words[k]))
            for n in range(shortest, min(self.max_len, len(words)) + 1)
            for k in range(len(words) - n + 1)
        )

    @classmethod
    def load(cls, path: PathLike) -> SpeakerLexicon:
        words: dict[str, set[str]] = {c: set() for c in SPEAKER_CLASSES}
        phrases: dict[str, set[tuple[str, ...]]] = {c: set() for c in SPEAKER_CLASSES}
        max_len = 1
        for row in read_tsv(path, ("phrase", "class", "source")):
            c = row.choice("class", SPEAKER_CLASSES)
            phrase = row["phrase"] if c in CASED_CLASSES else row["phrase"].lower()
            # A straight apostrophe stands for the typographic one too ("n't", "n’t").
            for form in {phrase, phrase.replace("'", "’")}:
                toks = tuple(_split_phrase(form))
                if len(toks) == 1:
                    words[c].add(toks[0])
                else:
                    phrases[c].add(toks)
                    max_len = max(max_len, len(toks))
        return cls(
            {c: frozenset(v) for c, v in words.items()},
            {c: frozenset(v) for c, v in phrases.items()},
            max_len,
        )


def _split_phrase(phrase: str) -> list[str]:
    """Split a lexicon phrase the way spaCy's English tokenizer splits such names."""
    out: list[str] = []
    for w in phrase.split():
        if "-" in w and len(w) > 1 and not w.endswith("-") and not w.startswith("-"):
            parts = w.split("-")
            for k, p in enumerate(parts):
                if k:
                    out.append("-")
                if p:
                    out.append(p)
        else:
            out.append(w)
    return out


@dataclass(frozen=True)
class WordLexicon:
    """Majority part of speech (and second tag, entity label) of frequent words.

    ``lower_tags`` memoises the tag guessed for each lower-case word (bounded), shared
    by every document analysed with this lexicon.
    """

    pos: dict[str, str]
    alt: dict[str, str]
    ent: dict[str, str]
    lower_tags: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, path: PathLike) -> WordLexicon:
        pos: dict[str, str] = {}
        alt: dict[str, str] = {}
        ent: dict[str, str] = {}

        def check(row: Row) -> None:
            if row["pos"] not in UPOS:
                raise row.error("pos", f"{row['pos']!r} is not a Universal POS tag")

        for row in read_tsv(path, ("word", "pos", "source"), validate=check):
            w = row["word"]
            pos[w] = row["pos"]
            if row.get("alt"):
                alt[w] = row["alt"]
            if row.get("ent"):
                ent[w] = row["ent"]
        return cls(pos, alt, ent)


@dataclass(frozen=True)
class Resources:
    """All lexicons a pipeline needs."""

    cues: CueLexicon
    speakers: SpeakerLexicon
    words: WordLexicon

    @classmethod
    def load(
        cls,
        cues: PathLike | None = None,
        speakers: PathLike | None = None,
        words: PathLike | None = None,
    ) -> Resources:
        """Load lexicons from the given files, the packaged ones for any left out."""
        return cls(
            _cues(str(cues) if cues else data_path("cues.tsv")),
            _speakers(str(speakers) if speakers else data_path("speakers.tsv")),
            _words(str(words) if words else data_path("words.tsv")),
        )

    @classmethod
    def default(cls) -> Resources:
        return cls.load()


@functools.lru_cache(maxsize=8)
def _cues(path: str) -> CueLexicon:
    return CueLexicon.load(path)


@functools.lru_cache(maxsize=8)
def _speakers(path: str) -> SpeakerLexicon:
    return SpeakerLexicon.load(path)


@functools.lru_cache(maxsize=8)
def _words(path: str) -> WordLexicon:
    return WordLexicon.load(path)
