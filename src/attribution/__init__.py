"""attribution: who said what in English news text, how they said it, and how sure anyone is.

>>> import attribution
>>> res = attribution.analyze('“We will win,” the senator said.')
>>> [(q.speaker.name, q.cue.text, q.kind) for q in res.quotes]
[('senator', 'said', 'direct')]
"""

from __future__ import annotations

from . import component as component  # registers the "attribution" spaCy factory
from .analyzer import Analyzer
from .api import analyze, certainty, find_hedges, find_quotes, get_default_analyzer
from .errors import DEFAULT_MAX_LENGTH, LexiconError, ModelNotFoundError
from .export import to_dataframe
from .hedges import hedge_probability
from .render import render
from .sourcing import Profile, profile
from .types import Analysis, Entity, Hedge, Holder, Quote, ResultFormatError, Span, Speaker

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_LENGTH",
    "Analysis",
    "Analyzer",
    "Entity",
    "Hedge",
    "Holder",
    "LexiconError",
    "ModelNotFoundError",
    "Profile",
    "Quote",
    "ResultFormatError",
    "Span",
    "Speaker",
    "__version__",
    "analyze",
    "certainty",
    "find_hedges",
    "find_quotes",
    "get_default_analyzer",
    "hedge_probability",
    "profile",
    "render",
    "to_dataframe",
]
