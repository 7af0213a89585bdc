"""The decider's rate tables: how often annotators marked the candidates of a cue lemma
and of a rule in the training data and, read only by the parsed backend's model (the
parse's columns, :mod:`.parsed`), of a cue lemma in one rule's frame and of a content's
head word. ``scripts/train_decider.py`` computes them from PolNeAR train alone, out of
fold for the rows they describe; a model carries the tables it was trained with."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# The tables keyed by what the parse's columns read of a candidate
# (.parsed.ParseFeatures.keys): the cue lemma in its rule's frame ("say" with a clause
# against "offer" with an object) and the content's head ("statement" against
# "delegate"). The blank model read the frame's table as well as without it (train out
# of fold .7301 against .7298), so only the parsed model has these columns.
PARSE_TABLES = ("frame", "head")


@dataclass(frozen=True)
class Rates:
    """A model's tables: the share of the candidates annotators marked in the training
    data, by cue lemma, by rule and (``parse``, by table name: :data:`PARSE_TABLES`) by
    the keys the parse's columns read; a key a table has not seen gets ``prior``."""

    prior: float
    lemma: Mapping[str, float]
    rule: Mapping[str, float]
    parse: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
