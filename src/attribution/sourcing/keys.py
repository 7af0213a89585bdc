"""The keys of a profile's counts, shared by the records and the report."""

from __future__ import annotations

from ..resources import STANCES

__all__ = ["GENDER_KEYS", "PEOPLE_KINDS", "STANCE_KEYS"]

#: The kinds of source that are people, and so have a stated gender or none.
PEOPLE_KINDS: tuple[str, ...] = ("person", "anonymous")
#: Keys of ``sources_by_gender``: a person's gender as the text states it, or unstated.
GENDER_KEYS: tuple[str, ...] = ("female", "male", "unstated")
#: Keys of ``stances``: the cue lexicon's stances, and "unlisted" for a cue it lacks.
STANCE_KEYS: tuple[str, ...] = (*STANCES, "unlisted")
