"""The decider's columns: the names of :data:`FEATURES` (and :data:`PARSED_FEATURES`,
with the parse's own), in order, and where each value and one-hot group lands
(:data:`N`, :data:`COL`). :mod:`.features` fills them; a model records the names it was
trained on."""

from __future__ import annotations

from collections.abc import Sequence

from ..quotes.rules.parsed import ONLY_WITH_PARSE
from ..quotes.rules.registry import FAMILIES, RULES
from ..resources import FRAMES
from ..types import CUE_TYPES, QUOTE_KINDS
from .parsed import PARSE_FEATURES

TAGS = (
    "NOUN", "PROPN", "PRON", "DET", "VERB", "AUX", "ADJ", "ADV", "ADP", "SCONJ", "CCONJ",
    "PUNCT", "PART", "NUM",
)
CUE_FORMS = ("ing", "ed", "s", "base", "mark")
SPEAKER_HEADS = ("pronoun", "relative", "name", "noun", "other")
MODEL_POS = ("VERB", "NOUN", "AUX", "ADJ", "PROPN")
CUE_DEPS = ("ROOT", "ccomp", "conj", "advcl", "xcomp", "relcl", "acl", "parataxis", "pcomp")
SPEAKER_DEPS = ("nsubj", "nsubjpass", "pobj", "poss", "appos", "compound", "dobj")
ENT_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")
SPEAKER_CLASSES = ("role", "org_head", "media_head", "doc_head", "anon_marker", "indefinite",
                   "title")
EVIDENCE = ("nested", "in_source", "quote_boundary", "runs_on", "np_content", "no_predicate",
            "reading_cut", "reading_extended", "reading_left", "reading_ratio")


def _one_hot(prefix: str, values: Sequence[str]) -> list[str]:
    return [f"{prefix}={v}" for v in values] + [f"{prefix}=other"]


NUMERIC = (
    "content_tokens", "content_log_tokens", "quoted_share", "regions", "sentences",
    "starts_sentence", "ends_sentence", "verb_outside_quotes", "after_that", "infinitive",
    "has_cue", "cue_tokens", "cue_capitalised", "cue_in_lexicon", "cue_invert",
    "lemma_rate", "lemma_seen", "rule_rate", "tagger_score",
    "has_speaker", "speaker_tokens", "speaker_capitalised", "speaker_in_quote",
    "has_description", "has_antecedent", "inherits", "continuation",
    "speaker_cue_gap", "speaker_before_cue",
    "cue_content_gap", "cue_before_content", "cue_inside_content",
    "para_index", "first_para", "para_log_tokens", "title_case", "sent_in_para",
    "overlapping", "same_content", "holds_other_cues", "cue_in_other_content",
    "max_other_overlap",
    "parsed", "speaker_is_subject", "content_is_complement",
    "tail_tokens", "tail_has_verb", "tail_has_cue",
    "readings", "length_rank", "subtree_end", "subtree_start", "subtree_ratio",
)
AFTER = ("end", "comma", "dash", "and", "subordinator", "participle", "preposition",
         "quote")
BEFORE = ("start", "comma", "that", "colon", "cue", "quote")
FEATURES: tuple[str, ...] = (
    NUMERIC
    # (the rules only a parse proposes have their columns in the parse's block)
    + tuple(f"rule={r}" for r in sorted(RULES) if r not in ONLY_WITH_PARSE)
    + tuple(f"family={f}" for f in FAMILIES)
    + tuple(f"kind={k}" for k in QUOTE_KINDS)
    + tuple(f"cue_type={t}" for t in CUE_TYPES)
    + tuple(f"frame={f}" for f in FRAMES)
    + tuple(f"evidence={e}" for e in EVIDENCE)
    + tuple(f"speaker_class={c}" for c in SPEAKER_CLASSES)
    + tuple(_one_hot("cue_form", CUE_FORMS))
    + tuple(_one_hot("cue_tag", TAGS))
    + tuple(_one_hot("first_tag", TAGS))
    + tuple(_one_hot("last_tag", TAGS))
    + tuple(_one_hot("speaker_head", SPEAKER_HEADS))
    + tuple(_one_hot("cue_pos", MODEL_POS))
    + tuple(_one_hot("cue_dep", CUE_DEPS))
    + tuple(_one_hot("speaker_dep", SPEAKER_DEPS))
    + tuple(_one_hot("speaker_ent", ENT_LABELS))
    + tuple(_one_hot("after", AFTER))
    + tuple(_one_hot("before", BEFORE))
)
# The parsed backend's model reads the parse's own columns after the shared ones.
PARSED_FEATURES: tuple[str, ...] = FEATURES + PARSE_FEATURES
INDEX: dict[str, int] = {name: i for i, name in enumerate(FEATURES)}
N = {name: INDEX[name] for name in NUMERIC}
PARSED = INDEX["parsed"]


def _columns(prefix: str) -> dict[str, int]:
    """Value -> column of a one-hot group (``prefix=value``)."""
    head = prefix + "="
    return {name[len(head):]: i for i, name in enumerate(FEATURES) if name.startswith(head)}


class _OneHot(dict[str, int]):
    """Value -> column of a one-hot group with an "other" column, which takes every
    value the group does not list."""

    def __missing__(self, value: str) -> int:
        return dict.__getitem__(self, "other")


COL: dict[str, dict[str, int]] = {prefix: _columns(prefix) for prefix in (
    "rule", "family", "kind", "cue_type", "frame", "evidence", "speaker_class",
)}
COL.update({prefix: _OneHot(_columns(prefix)) for prefix in (
    "cue_form", "cue_tag", "first_tag", "last_tag", "speaker_head", "cue_pos", "cue_dep",
    "speaker_dep", "speaker_ent", "after", "before",
)})
# A candidate's features are kept as its NUMERIC values (the first columns, in order)
# and the list of the other columns that are 1 (one-hot groups, frames, classes).
Row = list[float]
Hot = list[int]
