"""What the decider knows about a candidate: one row of numbers per candidate.

The features are those the literature on attribution extraction finds informative
(Pareti 2016's PARC classifiers; Scheible, Klinger & Padó 2016; the cue and span
features of Newell et al. 2018), read cheaply from what every backend gives:

* the proposal: its rule and family, the cue's lemma, type, frames and form, the rule's
  own evidence (a closing quote mark before the source, a continuation, …);
* the content's size and shape: quotation, clause with a verb, noun phrase, infinitive;
  its edges and the sentences it spans; the share inside quote marks;
* the speaker mention: whether there is one, its length, its head (pronoun, name, common
  noun) and what the speaker lexicon says of it, its distance to the cue;
* the place: paragraph, sentence, a title-case headline;
* the competition: other candidates over the same stretch, nested reports, and the
  verdicts of :mod:`attribution.quotes.filters`;
* what a statistical pipeline adds when it ran: the cue's part of speech and dependency,
  the speaker's dependency and entity label, whether the parse makes the speaker the
  cue's subject and the content its complement. With the blank pipeline these are
  "none", so each backend has its own model; the parsed backend's model also reads the
  columns of :mod:`.parsed` (:data:`PARSED_FEATURES`), which the blank one never sees.

:func:`featurize` fills a float32 matrix whose columns are :data:`FEATURES` (named in
:mod:`.columns`), in order; a model records the names it was trained on and refuses
other columns.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

import numpy as np
from numpy.typing import NDArray

from ..candidates import Candidate
from ..quotes.attributions import Proposals
from ..quotes.context import Context
from ..quotes.rules.registry import RULES
from ..resources import SpeakerLexicon
from .columns import (
    COL,
    FEATURES,
    NUMERIC,
    PARSED,
    PARSED_FEATURES,
    SPEAKER_CLASSES,
    Hot,
    N,
    Row,
)
from .parsed import ParseFeatures
from .rates import Rates

# The columns are defined in .columns; the names other modules read from here:
__all__ = ["FEATURES", "NUMERIC", "PARSED_FEATURES", "N", "Rates", "cue_lemma", "featurize",
           "with_rates"]

COMPLEMENT_DEPS = frozenset(["ccomp", "xcomp", "dobj", "obj", "attr", "oprd", "dative"])
RELATIVE_WORDS = frozenset(["who", "which", "that", "whom", "whose"])
PRONOUNS = frozenset(["he", "she", "they", "i", "we", "it", "you", "him", "her", "them",
                      "his", "their", "its", "our", "my", "your", "me", "us"])
SUBORDINATORS = frozenset(["because", "while", "although", "though", "after", "before",
                           "when", "since", "unless", "until", "despite", "as", "if",
                           "which", "who", "where", "whereas"])


def cue_lemma(ctx: Context, c: Candidate) -> str:
    """The cue's lemma (the lexicon's), its lower-cased text otherwise ("", no cue)."""
    if c.cue is None:
        return ""
    match = ctx.cue_at.get(c.cue_tok)
    if match is not None:
        return match.entry.lemma
    return ctx.view.text[c.cue[0] : c.cue[1]].lower()


# Columns that cost a scan of their own; a model that never reads one lets featurize
# leave it 0 (``unread``).
COSTLY = frozenset(["title_case"])


def featurize(
    proposals: Proposals, rates: Rates, unread: AbstractSet[str] = frozenset(),
    parsed: bool | None = None,
) -> NDArray[np.float32]:
    """The feature matrix of all candidates (rows in ``proposals.candidates`` order):
    the columns of :data:`FEATURES`, and of :data:`PARSED_FEATURES` for a parsed Doc
    (``parsed`` False: as the blank model reads any Doc). The :data:`COSTLY` columns
    named in ``unread`` (those the scoring model never reads) are left 0; every other
    column is filled."""
    ctx = proposals.ctx
    cands = proposals.candidates
    parsed = ctx.parsed if parsed is None else parsed
    X = np.zeros((len(cands), len(PARSED_FEATURES if parsed else FEATURES)), dtype=np.float32)
    if not cands:
        return X
    parse = _Parse(ctx) if parsed else None
    if parse is not None:
        extra = ParseFeatures(ctx, rates)
        X[:, len(FEATURES) :] = [extra.row(c, cue_lemma(ctx, c)) for c in cands]
    counts = _Counts(ctx)
    rows: list[Row] = []
    hot_rows: list[int] = []
    hot_cols: Hot = []
    evidence_at: tuple[list[int], list[int], list[float]] = ([], [], [])
    evidence = COL["evidence"]
    view = ctx.view
    token_at, token_before = view.token_at, view.token_before
    family, kind, cue_type, rule = COL["family"], COL["kind"], COL["cue_type"], COL["rule"]
    classes = _speaker_classes(ctx.res.speakers)
    title_case = "title_case" not in unread
    for k, c in enumerate(cands):
        x = [0.0] * len(NUMERIC)
        hot = [family[RULES[c.rule].family], kind[c.kind], cue_type[c.cue_type]]
        if c.rule in rule:
            hot.append(rule[c.rule])
        t0 = token_at(c.content[0])
        t1 = max(t0 + 1, token_before(c.content[1]) + 1)
        _content(ctx, c, t0, t1, x, hot, counts)
        _cue(ctx, c, x, hot)
        _rate_columns(x, rates, cue_lemma(ctx, c) if c.cue is not None else None, c.rule)
        _speaker(ctx, c, x, hot, classes)
        _place(ctx, c, t0, t1, x, title_case)
        if c.evidence:
            for name, value in c.evidence.items():
                if name.startswith("parse_"):
                    continue  # the parse's block reads these (.parsed)
                evidence_at[0].append(k)
                evidence_at[1].append(evidence[name])
                evidence_at[2].append(value)
        if parse is not None:
            x[PARSED] = 1.0
            parse.features(c, x, hot)
        rows.append(x)
        hot_rows.extend([k] * len(hot))
        hot_cols.extend(hot)
    _competition(cands, rows)
    _readings(cands, rows)
    X[:, : len(NUMERIC)] = rows
    X[hot_rows, hot_cols] = 1.0
    X[evidence_at[0], evidence_at[1]] = evidence_at[2]
    return X


def with_rates(
    proposals: Proposals, X: NDArray[np.float32], rows: list[int], rates: Rates
) -> NDArray[np.float32]:
    """The blank-feature ``rows`` of ``X`` (:func:`featurize` of ``proposals`` with other
    rates) with the rate columns of ``rates``: another model's rows without featurizing
    the document again."""
    out: NDArray[np.float32] = X[rows, : len(FEATURES)].copy()
    for k, i in enumerate(rows):
        c = proposals.candidates[i]
        lemma = cue_lemma(proposals.ctx, c) if c.cue is not None else None
        _rate_columns(out[k], rates, lemma, c.rule)
    return out


def _rate_columns(
    x: Row | NDArray[np.float32], rates: Rates, lemma: str | None, rule: str
) -> None:
    """The rate columns of a row: how often the cue's lemma (None: no cue) and the rule
    proposed gold quotes in training (:class:`Rates`), the prior when never seen."""
    rate = None if lemma is None else rates.lemma.get(lemma)
    x[N["lemma_rate"]] = rates.prior if rate is None else rate
    x[N["lemma_seen"]] = float(rate is not None)
    x[N["rule_rate"]] = rates.rule.get(rule, rates.prior)


def _readings(cands: list[Candidate], rows: list[Row]) -> None:
    """Per candidate: how many readings its report has (the rule's and those of
    :mod:`attribution.quotes.readings`: same rule, cue and speaker) and where its length
    ranks among them (0 the shortest, 1 the longest)."""
    groups: dict[tuple[object, ...], list[int]] = {}
    for i, c in enumerate(cands):
        if c.cue is not None:
            groups.setdefault((c.rule, c.cue_tok, c.speaker), []).append(i)
    for members in groups.values():
        n = len(members)
        if n < 2:
            continue
        ranked = sorted(members, key=lambda i: cands[i].content[1] - cands[i].content[0])
        for rank, i in enumerate(ranked):
            rows[i][N["readings"]] = float(n)
            rows[i][N["length_rank"]] = rank / (n - 1)


class _Counts:
    """Words of a stretch of text (counted by ``str.split``, at C speed) and of each
    quote region, counted once."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.region_words: dict[int, int] = {}

    def words(self, a: int, b: int) -> int:
        return len(self.ctx.view.text[a:b].split())

    def quoted(self, a: int, b: int) -> tuple[int, int]:
        """The words inside quote regions within characters a..b, and the regions."""
        total = 0
        within = self.ctx.regions_within(a, b)
        for k in within:
            n = self.region_words.get(k)
            if n is None:
                r = self.ctx.regions[k]
                n = self.region_words[k] = self.words(r.start, r.end)
            total += n
        return total, len(within)


VERB_SCAN = 12  # tokens of a content searched for a verb outside quote marks
VERBAL = ("VERB", "AUX")


def _content(
    ctx: Context, c: Candidate, t0: int, t1: int, x: Row, hot: Hot, counts: _Counts
) -> None:
    view = ctx.view
    a, b = c.content
    words = counts.words(a, b)
    quoted, regions = counts.quoted(a, b)
    quoted = min(words, quoted)
    in_quote, is_space = ctx.in_quote, view.is_space
    tag = ctx.tag
    tags = tag.tags  # the tags read so far (None: not yet), shared by every stage
    verb = False
    for i in range(t0, min(t1, t0 + VERB_SCAN)):
        if in_quote[i] < 0 and not is_space[i] and (tags[i] or tag(i)) in VERBAL:
            verb = True
            break
    x[N["content_tokens"]] = words
    x[N["content_log_tokens"]] = math.log1p(words)
    x[N["quoted_share"]] = quoted / words if words else 0.0
    x[N["regions"]] = regions
    sent_of, sents = view.sent_of, view.sents
    s0 = sent_of[t0]
    s1 = sent_of[t1 - 1]
    x[N["sentences"]] = s1 - s0 + 1
    x[N["starts_sentence"]] = float(ctx.next_tok(sents[s0][0], t1) == t0)
    last = ctx.prev_tok(sents[s1][1], t0)
    x[N["ends_sentence"]] = float(last <= t1 or view.words[last] in ".!?…")
    x[N["verb_outside_quotes"]] = float(verb)
    before = ctx.prev_tok(t0, 0)
    lower = view.lower
    x[N["after_that"]] = float(before >= 0 and lower[before] == "that")
    x[N["infinitive"]] = float(lower[t0] == "to")
    hot.append(COL["first_tag"][tags[t0] or tag(t0)])
    hot.append(COL["last_tag"][tags[t1 - 1] or tag(t1 - 1)])
    _edges(ctx, c, t0, t1, x, hot)


TAIL_SCAN = 8  # tokens after a content searched for a verb or a cue


def _edges(ctx: Context, c: Candidate, t0: int, t1: int, x: Row, hot: Hot) -> None:
    """What stands right after the content and right before it, and what the rest of
    its sentence holds (a verb or a cue there: the content may stop too early or a new
    clause follows)."""
    view = ctx.view
    lower, in_quote, cue_at = view.lower, ctx.in_quote, ctx.cue_at
    tag = ctx.tag
    tags = tag.tags
    s1 = view.sents[view.sent_of[t1 - 1]][1]
    nxt = ctx.next_tok(t1, s1)
    if nxt >= s1 or view.words[nxt] in ".!?…":
        after = "end"
    else:
        w = lower[nxt]
        if in_quote[nxt] >= 0:
            after = "quote"
        elif w == ",":
            after = "comma"
        elif w in ("—", "–", "-", "--"):
            after = "dash"
        elif w in ("and", "but", "or"):
            after = "and"
        elif w in SUBORDINATORS:
            after = "subordinator"
        elif (tags[nxt] or tag(nxt)) == "VERB" and w.endswith("ing"):
            after = "participle"
        elif (tags[nxt] or tag(nxt)) == "ADP":
            after = "preposition"
        else:
            after = "other"
    hot.append(COL["after"][after])
    s0 = view.sents[view.sent_of[t0]][0]
    prev = ctx.prev_tok(t0, s0)
    if prev < s0:
        before = "start"
    else:
        w = lower[prev]
        if in_quote[prev] >= 0:
            before = "quote"
        elif w == ",":
            before = "comma"
        elif w == "that":
            before = "that"
        elif w == ":":
            before = "colon"
        elif prev in cue_at:
            before = "cue"
        else:
            before = "other"
    hot.append(COL["before"][before])
    tail = 0
    verb = cue = False
    is_space = view.is_space
    own = -1 if c.cue is None else c.cue[0]  # the candidate's own cue starts here
    starts = view.starts
    for k in range(t1, min(s1, t1 + TAIL_SCAN)):
        if is_space[k]:
            continue
        tail += 1
        if not verb and in_quote[k] < 0 and (tags[k] or tag(k)) in VERBAL:
            verb = True
        if k in cue_at and starts[k] != own:
            cue = True
    x[N["tail_tokens"]] = tail
    x[N["tail_has_verb"]] = float(verb)
    x[N["tail_has_cue"]] = float(cue)


def _cue(
    ctx: Context,
    c: Candidate,
    x: Row,
    hot: Hot,
) -> None:
    view = ctx.view
    if c.cue is None:
        hot.append(COL["cue_form"]["other"])
        hot.append(COL["cue_tag"]["other"])
        return
    x[N["has_cue"]] = 1.0
    i = c.cue_tok if c.cue_tok >= 0 else view.token_at(c.cue[0])
    end = view.token_before(c.cue[1]) + 1
    x[N["cue_tokens"]] = max(1, end - i)
    word = view.words[i]
    x[N["cue_capitalised"]] = float(word[:1].isupper())
    match = ctx.cue_at.get(i)
    if i in ctx.tagged:
        x[N["tagger_score"]] = ctx.tagged[i]
    elif match is not None:
        x[N["cue_in_lexicon"]] = 1.0
        x[N["cue_invert"]] = float(match.entry.invert)
        for frame in match.entry.frames:
            hot.append(COL["frame"][frame])
    w = view.lower[end - 1]
    if not w[:1].isalpha():
        form = "mark"
    elif w.endswith("ing"):
        form = "ing"
    elif w.endswith("ed") or w in ("said", "told", "wrote", "thought", "knew", "saw"):
        form = "ed"
    elif w.endswith("s") and not w.endswith("ss"):
        form = "s"
    else:
        form = "base"
    hot.append(COL["cue_form"][form])
    hot.append(COL["cue_tag"][ctx.tag.tags[i] or ctx.tag(i)])


def _speaker(
    ctx: Context, c: Candidate, x: Row, hot: Hot, classes: Mapping[str, tuple[int, ...]]
) -> None:
    """The speaker mention's columns; ``classes``: :func:`_speaker_classes` of the
    document's speaker lexicon."""
    view = ctx.view
    x[N["has_description"]] = float(c.description is not None)
    x[N["has_antecedent"]] = float(c.antecedent is not None)
    x[N["inherits"]] = float(c.inherit is not None)
    x[N["continuation"]] = float(c.continuation)
    if c.speaker is None:
        hot.append(COL["speaker_head"]["other"])
        return
    a, b = c.speaker
    x[N["has_speaker"]] = 1.0
    x[N["speaker_tokens"]] = b - a
    x[N["speaker_capitalised"]] = float(view.words[a][:1].isupper())
    x[N["speaker_in_quote"]] = float(ctx.in_quote[b - 1] >= 0)
    head = view.lower[b - 1]
    if head in RELATIVE_WORDS:
        kind = "relative"
    elif head in PRONOUNS:
        kind = "pronoun"
    elif view.words[b - 1][:1].isupper():
        kind = "name"
    elif ctx.tag(b - 1) == "NOUN":
        kind = "noun"
    else:
        kind = "other"
    hot.append(COL["speaker_head"][kind])
    for word in (head, view.lower[a]):
        hot.extend(classes.get(word, ()))
    if c.cue_tok >= 0:
        if b <= c.cue_tok:
            x[N["speaker_cue_gap"]] = c.cue_tok - b
            x[N["speaker_before_cue"]] = 1.0
        else:
            cue_end = view.token_before(c.cue[1]) + 1 if c.cue else c.cue_tok + 1
            x[N["speaker_cue_gap"]] = max(0, a - cue_end)


_CLASS_TABLES: dict[int, tuple[SpeakerLexicon, dict[str, tuple[int, ...]]]] = {}


def _speaker_classes(lex: SpeakerLexicon) -> dict[str, tuple[int, ...]]:
    """Word -> the columns of the speaker-lexicon classes it belongs to (one table per
    lexicon, kept with it)."""
    held = _CLASS_TABLES.get(id(lex))
    if held is not None and held[0] is lex:
        return held[1]
    out: dict[str, list[int]] = {}
    for cls in SPEAKER_CLASSES:
        for word in lex.words.get(cls, ()):
            out.setdefault(word, []).append(COL["speaker_class"][cls])
    table = {w: tuple(cols) for w, cols in out.items()}
    if len(_CLASS_TABLES) >= 8:
        _CLASS_TABLES.clear()
    _CLASS_TABLES[id(lex)] = (lex, table)
    return table


def _place(ctx: Context, c: Candidate, t0: int, t1: int, x: Row, title_case: bool) -> None:
    view = ctx.view
    para = view.para_of[t0]
    p0, p1 = view.paras[para]
    x[N["para_index"]] = math.log1p(para)
    x[N["first_para"]] = float(para == 0)
    x[N["para_log_tokens"]] = math.log1p(p1 - p0)
    if title_case:
        x[N["title_case"]] = float(ctx.title_case(t0))
    x[N["sent_in_para"]] = view.sent_of[t0] - view.sent_of[p0]
    if c.cue is not None:
        a, b = c.content
        if c.cue[1] <= a:
            x[N["cue_before_content"]] = 1.0
            x[N["cue_content_gap"]] = t0 - view.token_at(c.cue[1])
        elif c.cue[0] >= b:
            x[N["cue_content_gap"]] = view.token_at(c.cue[0]) - t1
        else:
            x[N["cue_inside_content"]] = 1.0


RIVALS = 12  # overlapping candidates compared with each one


def _competition(cands: list[Candidate], rows: list[Row]) -> None:
    """Per candidate: how many others overlap its content, share it exactly, have their
    cue inside it, hold its cue inside theirs, and the largest share of it another
    covers. Candidates are in text order, so only neighbours are compared."""
    spans = [c.content for c in cands]
    order = sorted(range(len(cands)), key=[a for a, _ in spans].__getitem__)
    overlapping, same, largest = N["overlapping"], N["same_content"], N["max_other_overlap"]
    active: list[int] = []
    for i in order:
        a, b = spans[i]
        x = rows[i]
        # The latest RIVALS that still overlap: bounded work on a run-on sentence.
        active = [j for j in active[-RIVALS:] if spans[j][1] > a]
        for j in active:
            c, d = spans[j]
            overlap = min(b, d) - max(a, c)
            if overlap <= 0:
                continue
            y = rows[j]
            x[overlapping] += 1.0
            y[overlapping] += 1.0
            if a == c and b == d:
                x[same] += 1.0
                y[same] += 1.0
            x[largest] = max(x[largest], overlap / max(1, b - a))
            y[largest] = max(y[largest], overlap / max(1, d - c))
        active.append(i)
    # A cue inside another candidate's content (of another cue): one sweep over the cues
    # in text order, keeping the contents that cover the position.
    cued = sorted((c.cue[0], i) for i, c in enumerate(cands) if c.cue is not None)
    covering: list[int] = []
    nxt = 0
    for _, i in cued:
        cue = cands[i].cue
        assert cue is not None
        while nxt < len(order) and spans[order[nxt]][0] <= cue[0]:
            covering.append(order[nxt])
            nxt += 1
        covering = [j for j in covering[-RIVALS:] if spans[j][1] > cue[0]]
        for j in covering:
            if j != i and cands[j].cue != cue:
                rows[i][N["cue_in_other_content"]] = 1.0
                rows[j][N["holds_other_cues"]] += 1.0
                break


class _Parse:
    """Dependency labels, heads and entity labels of a parsed Doc, read once."""

    def __init__(self, ctx: Context) -> None:
        doc = ctx.view.doc
        self.ctx = ctx
        self.doc = doc
        self.dep = [t.dep_ for t in doc]
        self.head = [t.head.i for t in doc]
        self.pos = ctx.model_pos or [""] * len(doc)
        self.ent = ctx.ent_types

    def _subtree(self, k: int, t0: int, t1: int, x: Row) -> None:
        """Do the content's edges fall where the parse ends the complement ``k``'s
        subtree (punctuation and spaces at the edges aside)?"""
        tok = self.doc[k]
        left, right = tok.left_edge.i, tok.right_edge.i + 1
        words = self.ctx.view.words
        while right > left + 1 and (self.ctx.view.is_space[right - 1]
                                    or words[right - 1] in ",.;:—–-!?"):
            right -= 1
        x[N["subtree_end"]] = 1.0 if abs(right - t1) <= 1 else 0.0
        x[N["subtree_start"]] = 1.0 if abs(left - t0) <= 1 else 0.0
        x[N["subtree_ratio"]] = min(4.0, (t1 - t0) / max(1, right - left))

    def features(self, c: Candidate, x: Row, hot: Hot) -> None:
        ctx = self.ctx
        view = ctx.view
        if c.cue is not None and c.cue_tok >= 0:
            i = c.cue_tok
            pos = self.pos[i]
            hot.append(COL["cue_pos"][pos])
            dep = self.dep[i]
            hot.append(COL["cue_dep"][dep])
            a, b = c.content
            t0, t1 = view.token_at(a), view.token_before(b) + 1
            for k in range(t0, min(t1, t0 + 60)):
                if self.head[k] == i and self.dep[k] in COMPLEMENT_DEPS:
                    x[N["content_is_complement"]] = 1.0
                    self._subtree(k, t0, t1, x)
                    break
        else:
            hot.append(COL["cue_pos"]["other"])
            hot.append(COL["cue_dep"]["other"])
        if c.speaker is None:
            hot.append(COL["speaker_dep"]["other"])
            hot.append(COL["speaker_ent"]["other"])
            return
        h = c.speaker[1] - 1
        # The phrase's head: the token whose head lies outside the phrase.
        for k in range(c.speaker[0], c.speaker[1]):
            if not c.speaker[0] <= self.head[k] < c.speaker[1]:
                h = k
                break
        dep = self.dep[h]
        hot.append(COL["speaker_dep"][dep])
        ent = self.ent[h]
        hot.append(COL["speaker_ent"][ent])
        if c.cue_tok >= 0 and self.head[h] == c.cue_tok and dep.startswith("nsubj"):
            x[N["speaker_is_subject"]] = 1.0
