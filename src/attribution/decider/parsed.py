"""What a dependency parse and entity labels add to a candidate's features.

The word-order features of :mod:`.features` guess a content's shape from tags and
punctuation. With a statistical pipeline the parse says it outright (Pareti 2016's
PARC classifiers and the Gender Gap Tracker's extractor read the same relations): how
the content's head hangs from the cue (a clausal complement, an object, a
prepositional object, an adverbial clause, nothing at all), whether the content is a
clause with a subject of its own or a noun phrase, whether it is one constituent or a
stretch cut across several, how far it runs from where the head's subtree ends, how
the cue's own subject relates to the candidate's speaker, and what kind of entity that
subject is.

These columns follow the shared ones (:data:`.features.FEATURES`) only in the model of
the parsed backend (:data:`PARSED_FEATURES`); the blank backend's model, and so the
rules backend's output, never sees them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..candidates import Candidate
from ..quotes.context import Context
from ..quotes.rules.parsed import ONLY_WITH_PARSE
from .rates import PARSE_TABLES, Rates

CONTENT_DEPS = ("ccomp", "xcomp", "dobj", "pobj", "prep", "advcl", "conj", "ROOT", "relcl",
                "acl", "parataxis", "nsubj", "attr", "oprd", "npadvmod")
HEAD_POS = ("VERB", "AUX", "NOUN", "PROPN", "PRON", "ADJ", "NUM")
SUBJECT_ENTS = ("PERSON", "ORG", "GPE", "NORP")
SUBJECTS = frozenset(["nsubj", "nsubjpass", "csubj", "expl"])
CLAUSAL = frozenset(["ccomp", "xcomp", "advcl", "parataxis"])
MAX_PATH = 6  # arcs followed up from a head before giving up
PUNCT = frozenset(",.;:—–-!?\"'“”‘’()")


def _one_hot(prefix: str, values: Sequence[str]) -> tuple[str, ...]:
    return (*(f"{prefix}={v}" for v in values), f"{prefix}=other", f"{prefix}=none")


NUMERIC = (
    "p_head_under_cue", "p_head_path", "p_clause", "p_roots", "p_in_cue_subtree",
    "p_subtree_end_gap", "p_subtree_start_gap", "p_head_is_sent_root", "p_cue_is_sent_root",
    "p_cue_neg", "p_cue_takes_clause", "p_clause_in_content", "p_speaker_path",
    "p_speaker_is_cue_subject", "p_cue_has_subject", "p_speaker_person", "p_speaker_org",
    "p_content_verbs", "p_content_ents", "p_alongside",
    *(f"p_{table}_{what}" for table in PARSE_TABLES for what in ("rate", "seen")),
)
PARSE_FEATURES: tuple[str, ...] = (
    NUMERIC
    + _one_hot("p_content_dep", CONTENT_DEPS)
    + _one_hot("p_head_pos", HEAD_POS)
    + _one_hot("p_subject_ent", SUBJECT_ENTS)
    + tuple(f"p_rule={r}" for r in ONLY_WITH_PARSE)
)
INDEX = {name: i for i, name in enumerate(PARSE_FEATURES)}


class ParseFeatures:
    """The parse's columns of every candidate of one document (arrays read once)."""

    def __init__(self, ctx: Context, rates: Rates | None = None) -> None:
        doc = ctx.view.doc
        self.ctx = ctx
        self.rates = rates
        self.lemma = [t.lemma_.lower() for t in doc]
        self.dep = [t.dep_ for t in doc]
        self.head = [t.head.i for t in doc]
        self.left = [t.left_edge.i for t in doc]
        self.right = [t.right_edge.i + 1 for t in doc]
        self.pos = ctx.model_pos or [""] * len(doc)
        self.ent = ctx.ent_types
        self.children: list[list[int]] = [[] for _ in range(len(doc))]
        for i, h in enumerate(self.head):
            if h != i:
                self.children[h].append(i)

    @staticmethod
    def _rate_columns(x: list[float], rates: Rates, keys: dict[str, str]) -> None:
        for name, key in keys.items():
            rate = rates.parse.get(name, {}).get(key) if key else None
            x[INDEX[f"p_{name}_rate"]] = rates.prior if rate is None else rate
            x[INDEX[f"p_{name}_seen"]] = float(rate is not None)

    def _path(self, k: int, target: int) -> int:
        """Arcs from ``k`` up to ``target`` (``MAX_PATH + 1``: not within reach)."""
        for n in range(MAX_PATH + 1):
            if k == target:
                return n
            h = self.head[k]
            if h == k:
                break
            k = h
        return MAX_PATH + 1

    def _subject(self, i: int) -> int:
        for k in self.children[i]:
            if self.dep[k] in SUBJECTS:
                return k
        return -1

    def _content(self, c: Candidate) -> tuple[int, int, list[int], int]:
        """The content's tokens without edge blanks and punctuation (``t0``, ``t1``),
        its roots (tokens whose head lies outside it) and its head: the first root
        that is a verb, the first root otherwise."""
        view = self.ctx.view
        t0 = view.token_at(c.content[0])
        t1 = max(t0 + 1, view.token_before(c.content[1]) + 1)
        words, is_space = view.words, view.is_space
        while t0 < t1 - 1 and (is_space[t0] or words[t0] in PUNCT):
            t0 += 1
        while t1 > t0 + 1 and (is_space[t1 - 1] or words[t1 - 1] in PUNCT):
            t1 -= 1
        # The content's roots: its tokens whose head lies outside it; the first is its head.
        roots = [k for k in range(t0, t1) if not t0 <= self.head[k] < t1 and not is_space[k]]
        head = roots[0] if roots else t0
        for k in roots:
            if self.pos[k] in ("VERB", "AUX"):
                head = k
                break
        return t0, t1, roots, head

    def keys(self, c: Candidate, lemma: str, head: int | None = None) -> dict[str, str]:
        """The keys of a candidate in the parse's rate tables (:data:`.rates.PARSE_TABLES`;
        "" for none): its cue ``lemma`` in its rule's frame and its content's head lemma
        (of ``head``, the content's head token, when known)."""
        if head is None:
            head = self._content(c)[3]
        return {"frame": f"{lemma}|{c.rule}" if lemma else "", "head": self.lemma[head]}

    def row(self, c: Candidate, lemma: str = "") -> list[float]:
        """The parse's columns of a candidate; ``lemma`` is its cue's (the key of the
        frame rate, with its rule)."""
        ctx = self.ctx
        view = ctx.view
        x = [0.0] * len(PARSE_FEATURES)
        t0, t1, roots, head = self._content(c)
        if self.rates is not None:
            self._rate_columns(x, self.rates, self.keys(c, lemma, head))
        x[INDEX["p_roots"]] = math.log1p(len(roots))
        if c.evidence:
            x[INDEX["p_alongside"]] = c.evidence.get("parse_alongside", 0.0)
        rule = INDEX.get(f"p_rule={c.rule}")
        if rule is not None:
            x[rule] = 1.0
        dep = self.dep[head]
        x[INDEX[_hot("p_content_dep", dep, CONTENT_DEPS)]] = 1.0
        x[INDEX[_hot("p_head_pos", self.pos[head], HEAD_POS)]] = 1.0
        x[INDEX["p_clause"]] = float(self._subject(head) >= 0)
        x[INDEX["p_head_is_sent_root"]] = float(self.head[head] == head)
        x[INDEX["p_subtree_end_gap"]] = max(-10, min(10, self.right[head] - t1))
        x[INDEX["p_subtree_start_gap"]] = max(-10, min(10, t0 - self.left[head]))
        verbs = ents = 0
        for k in range(t0, min(t1, t0 + 80)):
            if self.pos[k] == "VERB":
                verbs += 1
            if self.ent[k] in ("PERSON", "ORG"):
                ents += 1
        x[INDEX["p_content_verbs"]] = float(verbs)
        x[INDEX["p_content_ents"]] = ents / max(1, t1 - t0)
        cue = c.cue_tok
        if c.cue is not None and cue >= 0:
            # The cue's verb: the last token of an auxiliary group ("has cast").
            end = view.token_before(c.cue[1]) + 1
            for k in range(cue, end):
                if self.pos[k] == "VERB":
                    cue = k
            if self.head[head] == cue or (self.dep[self.head[head]] == "prep"
                                          and self.head[self.head[head]] == cue):
                x[INDEX["p_head_under_cue"]] = 1.0
            x[INDEX["p_head_path"]] = self._path(head, cue)
            covered = max(0, min(t1, self.right[cue]) - max(t0, self.left[cue]))
            x[INDEX["p_in_cue_subtree"]] = covered / max(1, t1 - t0)
            x[INDEX["p_cue_is_sent_root"]] = float(self.head[cue] == cue)
            kids = self.children[cue]
            x[INDEX["p_cue_neg"]] = float(any(self.dep[k] == "neg" for k in kids))
            clauses = [k for k in kids if self.dep[k] in CLAUSAL]
            x[INDEX["p_cue_takes_clause"]] = float(bool(clauses))
            x[INDEX["p_clause_in_content"]] = float(any(t0 <= k < t1 for k in clauses))
            subject = self._subject(cue)
            x[INDEX["p_cue_has_subject"]] = float(subject >= 0)
            ent = "none" if subject < 0 else self.ent[subject]
            if subject >= 0 and not ent:
                ent = "other"
            x[INDEX[_hot("p_subject_ent", ent, SUBJECT_ENTS)]] = 1.0
            if c.speaker is not None:
                a, b = c.speaker
                x[INDEX["p_speaker_is_cue_subject"]] = float(a <= subject < b)
                sh = next((k for k in range(a, b) if not a <= self.head[k] < b), b - 1)
                x[INDEX["p_speaker_path"]] = self._path(sh, cue)
        else:
            x[INDEX["p_subject_ent=none"]] = 1.0
            x[INDEX["p_head_path"]] = MAX_PATH + 1
        if c.speaker is not None:
            labels = set(self.ent[c.speaker[0] : c.speaker[1]])
            x[INDEX["p_speaker_person"]] = float("PERSON" in labels)
            x[INDEX["p_speaker_org"]] = float(bool(labels & {"ORG", "GPE", "NORP"}))
        return x


def _hot(prefix: str, value: str, values: Sequence[str]) -> str:
    if value == "none":
        return f"{prefix}=none"
    return f"{prefix}={value if value in values else 'other'}"
