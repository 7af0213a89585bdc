"""A learned proposer of cues no lexicon holds.

A quarter of PolNeAR's attribution cues are acts and attitudes outside any reporting
lexicon: "endorsed", "voted for", "took credit for", "lobbied for", "hired" (Newell et
al. 2018 annotate what a source did or holds as well as what it said). A token
classifier in the manner of the cue taggers of PARC work (Pareti 2016; Scheible,
Klinger & Padó 2016) reads each verb the lexicon does not know, outside quotations,
and scores how likely an annotator is to have marked it as a cue: a logistic
regression over the word, its suffixes, its neighbours and their tags, trained on
PolNeAR train by
``scripts/train_cue_tagger.py`` and shipped as ``data/cue_tagger.json`` (feature ->
weight). Tokens above the model's threshold become cues like the lexicon's, with a
generic entry (frames say, object and to); the quote rules frame them as any other
and the decider weighs them, knowing their score.

The tagger runs only when attributions are asked for (``Analyzer(attributions=True)``):
the cues it finds are acts and attitudes, and a quote a reader would call one comes
with a reporting verb or quote marks the other rules read.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from ..lexicon import PathLike, data_path, read_json_model
from ..resources import CueEntry
from ..tagger import MODALS
from .context import Context
from .cues import CueMatch
from .words import ADJECTIVE_PREPS, BE_FORMS, DO_FORMS, VERB_GROUP_FILLERS

SOURCE = "cue tagger"
# Verbs, and auxiliaries: an annotated cue may start with one ("has cast", "is eager").
TAGS = frozenset(["VERB", "AUX"])
FRAMES = frozenset(["say", "object", "to"])
SUBJECTS = frozenset(["nsubj", "nsubjpass"])
COMPLEMENTS = frozenset(["ccomp", "xcomp", "dobj", "prep", "advcl", "oprd"])
# The word list's tags of a bare infinitive after a modal besides VERB: the nouns that
# are verbs too ("would vote", "will support"); not an adjective or an adverb ("will
# likely be"), nor a preposition but "like" ("don't like it").
BARE_VERB_TAGS = frozenset(["NOUN"])
# The prepositions whose object a noun cue's content is ("criticism of", "support for").
NOUN_PREPS = frozenset(["of", "about", "for", "to", "on", "against", "over", "with", "toward",
                        "towards", "from", "in"])
# The model for each backend: a blank pipeline's Doc, or one a statistical parser read.
MODEL_FILES = {"blank": "cue_tagger.json", "parsed": "cue_tagger_parsed.json"}


def features(ctx: Context, i: int) -> list[str]:
    """The feature names of token ``i`` (each with value 1)."""
    view = ctx.view
    lower = view.lower
    n = len(lower)
    w = lower[i]
    nx = ctx.next_tok(i + 1, n)
    px = ctx.prev_tok(i, 0)
    nw = lower[nx] if nx < n else "</s>"
    pw = lower[px] if px >= 0 else "<s>"
    nx2 = ctx.next_tok(nx + 1, n) if nx < n else n
    out = [
        "w=" + w,
        "s3=" + w[-3:],
        "s2=" + w[-2:],
        "p=" + pw,
        "n=" + nw,
        "n2=" + (lower[nx2] if nx2 < n else "</s>"),
        "pt=" + (ctx.tag(px) if px >= 0 else "S"),
        "nt=" + (ctx.tag(nx) if nx < n else "E"),
        "wn=" + w + "_" + nw,
    ]
    if nx < n and nx in ctx.open_at:
        out.append("nq")
    if view.words[i][:1].isupper():
        out.append("cap")
    if ctx.parsed:
        out += parse_features(ctx, i)
    return out


def parse_features(ctx: Context, i: int) -> list[str]:
    """What a statistical parse says of token ``i``: its dependency label, the labels of
    its dependents (a clausal complement, an object, a subject), and what its subject
    is (an entity's label, a pronoun, a noun), as citron's cue classifier and the PARC
    taggers read them."""
    tok = ctx.view.doc[i]
    out = ["dep=" + tok.dep_, "hp=" + tok.head.pos_]
    if tok.pos_ == "NOUN":
        out += ["noun", "noun_w=" + tok.lower_]
    for child in tok.children:
        out.append("c=" + child.dep_)
        if child.dep_ in SUBJECTS:
            out.append("sub=" + (child.ent_type_ or child.pos_))
        elif child.dep_ in COMPLEMENTS:
            out.append("cw=" + child.dep_ + "_" + child.lower_ if child.dep_ == "prep"
                       else "ch=" + child.dep_ + "_" + child.pos_)
    return out


def candidate_tokens(ctx: Context, lexical: set[int]) -> list[int]:
    """The tokens the tagger reads: verbs (by the tagger) outside quotations, not a
    lexicon cue's; with a parse, also nouns that govern a preposition's object or a
    clause ("criticism | of X", "his decision | to …": :func:`is_noun_cue`)."""
    view = ctx.view
    out = []
    for i in range(len(view.words)):
        if view.is_space[i] or ctx.in_quote[i] >= 0 or i in lexical:
            continue
        if not view.words[i][:1].isalpha():
            continue
        if ctx.tag(i) in TAGS or (ctx.parsed and is_noun_cue(ctx, i)):
            out.append(i)
    return out


def is_noun_cue(ctx: Context, i: int) -> bool:
    """Could token ``i`` be a noun cue, by the parse: a common noun with a
    preposition, a clause or an infinitive hanging from it."""
    tok = ctx.view.doc[i]
    return tok.pos_ == "NOUN" and any(
        (k.dep_ == "prep" and k.lower_ in NOUN_PREPS) or k.dep_ in ("acl", "ccomp")
        for k in tok.rights
    )


@dataclass(frozen=True)
class CueTagger:
    """Weights of the feature names, a bias and the threshold above which a token is
    proposed as a cue."""

    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict[str, object]

    def score(self, ctx: Context, i: int) -> float:
        weights = self.weights
        z = self.bias + sum(weights.get(f, 0.0) for f in features(ctx, i))
        return 1.0 / (1.0 + math.exp(-z))

    def __call__(self, ctx: Context, cues: list[CueMatch]) -> list[CueMatch]:
        """Cues for the tokens scored above the threshold (their scores go to
        ``ctx.tagged``), in text order."""
        lexical = {i for c in cues for i in range(c.start, c.end)}
        out: list[CueMatch] = []
        covered = -1
        for i in candidate_tokens(ctx, lexical):
            if i < covered:
                continue
            p = self.score(ctx, i)
            if p < self.threshold:
                continue
            end = self._verb_group_end(ctx, i)
            if end < 0 or any(k in lexical for k in range(i, end)):
                continue  # the verb after the auxiliary is the lexicon's cue
            ctx.tagged[i] = p
            out.append(CueMatch(i, end, _entry(ctx.view.lower[end - 1])))
            covered = end
        return out

    @staticmethod
    def _verb_group_end(ctx: Context, i: int) -> int:
        """Where the cue that starts at token ``i`` ends: an auxiliary takes the verb it
        goes with ("has spoken", "was not named"), as an annotator's cue does, so that
        the verb is not read as the start of the content. Negation, adverbs and a
        floating quantifier may stand between ("wouldn't comment", "have long called",
        "have all characterized"); after a modal or "do" the next word is the verb's
        base form whatever the word list calls it ("would vote", "will support": a modal
        takes a bare infinitive, Quirk et al. 1985 §3.40); after "be", a predicative
        adjective and its preposition end the group ("have been critical of"), and
        without a preposition the auxiliary stays alone ("was clear | that …": the
        parsed backend's decider keeps too many of those)."""
        if ctx.tag(i) != "AUX":
            return i + 1
        view = ctx.view
        lower = view.lower
        n = len(view.words)
        bare = lower[i] in MODALS or lower[i] in DO_FORMS
        be = lower[i] in BE_FORMS
        j = ctx.next_tok(i + 1, n)
        while j < n and ctx.in_quote[j] < 0 and (
            ctx.tag(j) in ("ADV", "AUX") or lower[j] in VERB_GROUP_FILLERS
        ):
            be = lower[j] in BE_FORMS or (be and lower[j] not in BE_FORMS and ctx.tag(j) != "AUX")
            j = ctx.next_tok(j + 1, n)
        if j >= n or ctx.in_quote[j] >= 0:
            return i + 1
        tag = ctx.tag(j)
        if be and tag == "ADJ":
            # "was critical of | X", "are confident in | X": PolNeAR's cue keeps the
            # preposition of the adjective's complement, whose object is the content
            p = ctx.next_tok(j + 1, n)
            return p + 1 if p < n and lower[p] in ADJECTIVE_PREPS else i + 1
        if tag == "VERB" or (
            bare and view.words[j].isalpha() and view.words[j].islower()
            and (tag in BARE_VERB_TAGS or lower[j] == "like")
        ):
            return j + 1
        return i + 1

    @classmethod
    def load(cls, path: PathLike) -> CueTagger:
        return read_json_model(path, "cue tagger model", lambda d: cls(
            {str(k): float(v) for k, v in d["weights"].items()},
            float(d["bias"]),
            float(d["threshold"]),
            dict(d.get("meta", {})),
        ))


@functools.lru_cache(maxsize=4096)
def _entry(word: str) -> CueEntry:
    return CueEntry(word, (word,), "speech", FRAMES, False, SOURCE)


@functools.lru_cache(maxsize=2)
def packaged_tagger(backend: str = "blank") -> CueTagger:
    """The tagger shipped for ``backend`` ("blank", or "parsed": trained with the
    features of a statistical parse)."""
    return CueTagger.load(data_path(MODEL_FILES[backend]))
