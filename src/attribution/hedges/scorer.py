"""A learned judge of hedge cues in context: does this lexicon match lower commitment here?

The rules of :mod:`.modal_checks` and :mod:`.word_checks` read a few words around each
match and settle the clear senses ("May 2016", "think tank", "appeared on television").
What they leave is graded: deontic "may" ("members may not attack one another") against
epistemic "may", generic "if" ("if the gains are added up, they sum to zero") against a
real condition, "would" of a hypothetical against "would later become", a future in the
past. Annotators of uncertainty decide these by the construction around the word
(Szarvas et al. 2012, the Szeged uncertainty corpus; Farkas et al. 2010, CoNLL-2010 task
1, whose cue classifiers read the same kind of local context).

:class:`HedgeScorer` is a logistic regression over the cue crossed with the rules' verdict
and the constructions around it (what stands before it: a generic "one"/"you", a relative
pronoun, a noun; what it governs: a passive, "be", "have", a negation, a verb, a noun
phrase; whether its sentence holds a condition, a question, past narration), trained by
``scripts/train_hedge_scorer.py``. It judges only the ambiguous rows (those with a rule
check) of the uncertainty categories, and of those only the checks it has enough
examples of: a cue the rules accept is dropped below ``threshold``, a match they reject
is kept from ``rescue`` on. Inference is a sum of weights and a logistic.

It is **not** part of the default pipeline: trained on the development half of the
Szeged Wikipedia file (and BioScope abstracts), it did not beat the rules out of fold
(docs/evaluation.md), and it learns too little from 1,400 matches to be trusted on news.
Pass one to :class:`~.detect.HedgeFinder` (``judge=HedgeScorer.load(path)``) to use it,
for example after training on a larger corpus annotated the same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from ..lexicon import PathLike, read_json_model
from ..types import HedgeCategory
from .context import ADVERB_SKIP, BE, CONDITION_WORDS, RELATIVE_PRONOUNS, Context, words
from .lexicon import HedgeEntry

# Categories whose cues the scorer judges; extent ("about", "in part") and desire ("hope")
# state no uncertainty of the claim and keep the rules' verdict.
SCORED = frozenset({"probability", "modal", "evidential", "belief", "conditional",
                    "attribution"})
# Rows the lexicon does not mark ambiguous ("-": "very likely", "reportedly", "according
# to") and source attributions ("said to", "known to be") keep the rules' verdict: the
# scorer settles senses, not whether a kind of hedge counts.
UNSCORED_CHECKS = frozenset({"-", "passive_to"})


def scored(entry: HedgeEntry) -> bool:
    """Does the scorer judge matches of ``entry``?"""
    return entry.category in SCORED and entry.check not in UNSCORED_CHECKS


GENERIC_SUBJECTS = words("one you we i they")
NEGATORS = words("not n't never no")
PAST_WORDS = words("was were had did")


class CueJudge(Protocol):
    """What the finder asks after a rule check: the category to report, or None."""

    def judge(self, ctx: Context, s: int, e: int, entry: HedgeEntry,
              category: HedgeCategory | None) -> HedgeCategory | None: ...


def _subject(ctx: Context, s: int) -> str:
    """What stands right before the cue: a generic pronoun, a personal one, a relative
    pronoun, a noun, a verb, the sentence start, or something else."""
    p = ctx.prev(s, ADVERB_SKIP)
    if p < 0:
        return "start"
    w = ctx.low(p)
    if w in GENERIC_SUBJECTS:
        return "generic"
    if w in RELATIVE_PRONOUNS:
        return "relative"
    if w in BE:
        return "be"
    t = ctx.tag(p)
    return {"PRON": "pronoun", "NOUN": "noun", "PROPN": "noun", "VERB": "verb",
            "AUX": "aux", "PUNCT": "punct", "ADP": "prep", "ADJ": "adj", "DET": "det",
            "PART": "neg"}.get(t, "other")


def _after(ctx: Context, e: int) -> str:
    """What the cue governs: a passive, "be" + a predicate, "have" (a perfect), a negation,
    a lexical verb, a noun phrase, a clause ("that", "to"), or nothing."""
    n = ctx.next(e, ADVERB_SKIP)
    if n < 0:
        return "end"
    w = ctx.low(n)
    if w in NEGATORS:
        return "not"
    if w == "be":
        m = ctx.next(n + 1, ADVERB_SKIP)
        if m >= 0 and (ctx.tag(m) == "VERB" or ctx.low(m).endswith("ed")):
            return "passive"
        return "be"
    if w in ("have", "has", "had"):
        return "have"
    if w in ("that", "to", "whether", "if"):
        return w
    t = ctx.tag(n)
    return {"VERB": "verb", "AUX": "verb", "NOUN": "np", "PROPN": "np", "DET": "np",
            "PRON": "np", "ADJ": "adj", "NUM": "np", "PUNCT": "punct",
            "ADP": "prep"}.get(t, "other")


def features(ctx: Context, s: int, e: int, entry: HedgeEntry,
             category: HedgeCategory | None) -> list[str]:
    """The feature names (each with value 1) of the match ``s .. e`` of ``entry``: the cue,
    the rules' verdict and the constructions around it, each also crossed with the cue."""
    cue = entry.phrase
    verdict = category or "rejected"
    a, b = ctx.sent(s)
    low = ctx.view.lower
    head = low[a:min(b, a + 200)]
    traits = [
        "v=" + verdict,
        "subj=" + _subject(ctx, s),
        "after=" + _after(ctx, e),
    ]
    if ctx.is_cap(s):
        traits.append("cap")
    if not CONDITION_WORDS.isdisjoint(head):
        traits.append("conditional")
    if "?" in ctx.view.words[a:min(b, a + 200)]:
        traits.append("question")
    if not PAST_WORDS.isdisjoint(head):
        traits.append("past")
    if not GENERIC_SUBJECTS.isdisjoint(low[max(a, s - 4):s]):
        traits.append("generic_near")
    out = ["cue=" + cue, "check=" + entry.check]
    for t in traits:
        out.append(t)
        out.append(cue + "|" + t)
    return out


@dataclass(frozen=True)
class HedgeScorer:
    """Weights of the feature names, a bias, the threshold below which an accepted cue is
    dropped, the score at which a rejected match is kept (above 1: never), and the checks
    it judges (those with enough marked and unmarked training examples to learn from)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    rescue: float
    checks: frozenset[str]
    meta: dict[str, object]

    def score(self, ctx: Context, s: int, e: int, entry: HedgeEntry,
              category: HedgeCategory | None) -> float:
        weights = self.weights
        z = self.bias + sum(weights.get(f, 0.0) for f in features(ctx, s, e, entry, category))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def judge(self, ctx: Context, s: int, e: int, entry: HedgeEntry,
              category: HedgeCategory | None) -> HedgeCategory | None:
        if entry.check not in self.checks or not scored(entry):
            return category
        p = self.score(ctx, s, e, entry, category)
        if category is None:
            return entry.category if p >= self.rescue else None
        return category if p >= self.threshold else None

    @classmethod
    def load(cls, path: PathLike) -> HedgeScorer:
        """Read a model written by ``scripts/train_hedge_scorer.py``."""
        return read_json_model(path, "hedge scorer model", lambda d: cls(
            {str(k): float(v) for k, v in d["weights"].items()},
            float(d["bias"]),
            float(d["threshold"]),
            float(d["rescue"]),
            frozenset(str(c) for c in d["checks"]),
            dict(d.get("meta", {})),
        ))
