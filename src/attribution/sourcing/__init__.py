"""Who is quoted: the sourcing profile of an article and of a corpus.

:func:`profile` counts, per article and per group of articles, the sources quoted (by
kind and by stated gender), how much each says, how directly, how hedged, with which
verbs, and how much rests on anonymous sources or on one voice. Definitions of every
number: ``docs/profile.md``.
"""

from __future__ import annotations

from .build import profile
from .count import count_words
from .keys import GENDER_KEYS, PEOPLE_KINDS, STANCE_KEYS
from .records import (
    TABLES,
    ArticleProfile,
    GroupProfile,
    Profile,
    SourceProfile,
)

__all__ = [
    "GENDER_KEYS",
    "PEOPLE_KINDS",
    "STANCE_KEYS",
    "TABLES",
    "ArticleProfile",
    "GroupProfile",
    "Profile",
    "SourceProfile",
    "count_words",
    "profile",
]
