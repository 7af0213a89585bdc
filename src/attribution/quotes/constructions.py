"""Attribution constructions: from cues and quote regions to (speaker, cue, content).

The patterns are those of the reported-speech literature (Krestel, Bergler & Witte
2008; Pareti 2016 for PARC; Newell et al. 2018 for PolNeAR) and of the Gender Gap
Tracker's quote extractor:

* pre-posed: ``SOURCE CUE (that|:|,) CONTENT`` — "US officials said (that) ...",
  ``SOURCE told ADDRESSEE (that) CONTENT``, ``SOURCE wants to ...``;
* post-posed: ``CONTENT, SOURCE CUE`` and the inverted ``CONTENT, CUE SOURCE`` —
  "“…,” he said", "..., said the minister", the headline "..., says US";
* parenthetical: ``“…,” SOURCE CUE, “…”`` — both halves share the source;
* ``according to SOURCE`` before or after its clause;
* a quote paragraph with no cue takes the speaker of the quote next to it.

Every candidate carries character offsets; the kind follows from the quote marks inside
its content: all quoted is direct, partly quoted mixed, unquoted indirect.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..resources import Resources
from ..segment import DocView
from ..speakers.mentions import (
    OBJECT_PRONOUNS,
    POSSESSIVES,
    QUOTE_TOKENS,
    SUBJECT_PRONOUNS,
    Tagger,
    np_left,
    np_right,
)
from .cues import CueMatch
from .marks import QuoteRegion
from .parse import subject_span

OPEN_MARKS = frozenset("\"'“‘«‹「『„‚‛‟＂") | {"''", "``"}
CLOSE_MARKS = frozenset("\"'”’»›」』“‘＂") | {"''"}
COMPLEMENTIZERS = frozenset(
    {"that", "whether", "if", "how", "why", "what", "when", "where", "who", "which"}
)
BE_FORMS = frozenset(["is", "was", "were", "are", "be", "been", "being", "am", "'s", "’s"])
ADJUNCT_PREPS = frozenset(
    [
        "in",
        "on",
        "at",
        "during",
        "after",
        "before",
        "via",
        "through",
        "over",
        "from",
        "to",
        "with",
        "of",
        "about",
    ]
)
CLAUSE_BREAKERS = frozenset(
    [
        "after",
        "because",
        "when",
        "while",
        "although",
        "though",
        "since",
        "unless",
        "before",
        "until",
        "whereas",
        "but",
    ]
)
PARTICIPLE_SAY = frozenset(
    [
        "adding",
        "saying",
        "noting",
        "telling",
        "arguing",
        "explaining",
        "insisting",
        "claiming",
        "warning",
        "calling",
        "asking",
        "writing",
        "suggesting",
        "stating",
        "declaring",
        "promising",
        "vowing",
        "pointing",
        "acknowledging",
        "citing",
        "referring",
        "recalling",
        "describing",
    ]
)
TERMINAL = frozenset(".!?…;")
# Entity labels of a statistical pipeline that never name a source.
NOT_SOURCE_ENTS = frozenset(["DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"])
# The longest reported clause (in tokens) read without quote marks; keeps every cue's
# work bounded however long a sentence runs.
MAX_CLAUSE = 150
# "went on to call", "continued to insist": the subject is further left.
ASPECT_BEFORE_TO = frozenset(
    [
        "on",
        "continued",
        "continues",
        "continue",
        "began",
        "begins",
        "begin",
        "started",
        "starts",
        "proceeded",
        "proceeds",
        "tried",
        "tries",
    ]
)


@dataclass(slots=True)
class Candidate:
    """A found attribution before speaker resolution (offsets: chars; mentions: tokens)."""

    content: tuple[int, int]
    cue: tuple[int, int] | None
    cue_type: str
    kind: str
    confidence: float
    speaker: tuple[int, int] | None = None
    description: tuple[int, int] | None = None
    antecedent: tuple[int, int] | None = None
    inherit: Candidate | None = None
    sent: int = 0
    para: int = 0
    cue_tok: int = -1
    continuation: bool = False  # continues the quotation of ``inherit``, sharing its cue


class _Context:
    """What the construction rules consult: tokens, tags, quote regions."""

    def __init__(self, view: DocView, regions: list[QuoteRegion], res: Resources) -> None:
        self.view = view
        self.res = res
        self.tag = Tagger(view, res)
        self.time_words = res.speakers.words["time"]
        self.aux_words = res.speakers.words["aux"]
        # Outermost regions only, with token ranges; in_quote[i] = region index or -1.
        self.regions: list[QuoteRegion] = []
        self.region_toks: list[tuple[int, int]] = []
        self.in_quote = [-1] * len(view.words)
        last_end = -1
        for r in regions:
            if r.start < last_end:
                continue
            t0 = view.token_at(r.start)
            t1 = view.token_before(r.end) + 1
            if t0 >= t1:
                continue
            idx = len(self.regions)
            self.regions.append(r)
            self.region_toks.append((t0, t1))
            self.in_quote[t0:t1] = [idx] * (t1 - t0)
            last_end = r.end
        self.open_at: dict[int, int] = {t0: k for k, (t0, _) in enumerate(self.region_toks)}
        self.region_starts = [r.start for r in self.regions]
        self.cue_at: dict[int, CueMatch] = {}
        self.parsed = view.annotations.dep
        self.model_pos = view.pos
        self.ent_types = view.ents if view.ents is not None else [""] * len(view.words)

    def regions_within(self, a: int, b: int) -> range:
        """Indices of the outermost regions lying inside characters a..b."""
        lo = bisect.bisect_left(self.region_starts, a)
        hi = lo
        while hi < len(self.regions) and self.regions[hi].end <= b:
            hi += 1
        return range(lo, hi)

    def candidate(
        self,
        content: tuple[int, int],
        cue: tuple[int, int],
        cue_type: str,
        kind: str,
        confidence: float,
        speaker: tuple[int, int] | None,
        description: tuple[int, int] | None = None,
        **extra: Any,
    ) -> Candidate:
        """A candidate whose cue is tokens ``cue[0] .. cue[1]-1``."""
        view = self.view
        c0, c1 = cue
        return Candidate(
            content,
            (view.starts[c0], view.ends[c1 - 1]),
            cue_type,
            kind,
            confidence,
            speaker,
            description,
            sent=view.sent_of[c0],
            para=view.para_of[c0],
            cue_tok=c0,
            **extra,
        )

    # -- token helpers -------------------------------------------------------------
    def closes_region(self, i: int) -> bool:
        """Is token i the closing mark of an outermost quote region?"""
        q = self.in_quote[i]
        return q >= 0 and self.region_toks[q][1] == i + 1 and self.regions[q].closed

    def sent(self, i: int) -> tuple[int, int]:
        return self.view.sents[self.view.sent_of[i]]

    def prev_tok(self, i: int, lo: int) -> int:
        i -= 1
        while i >= lo and self.view.is_space[i]:
            i -= 1
        return i

    def next_tok(self, i: int, hi: int) -> int:
        while i < hi and self.view.is_space[i]:
            i += 1
        return i

    def skip_left_aux(self, i: int, lo: int) -> int:
        """From token i leftwards over auxiliaries, adverbs and time words."""
        lower = self.view.lower
        # "went on to call", "continued to insist"
        if i - 1 >= lo and lower[i] == "to" and lower[i - 1] in ASPECT_BEFORE_TO:
            i -= 2 if lower[i - 1] != "on" else 3
        while i >= lo and (
            lower[i] in self.aux_words
            or (self.tag(i) == "ADV" and lower[i] not in ("so", "as", "thus"))
            or self.view.is_space[i]
        ):
            i -= 1
        # "Trump on Monday said", "the agency last week said"
        if i >= lo and lower[i] in self.time_words and self.tag(i) != "PRON":
            j = i
            while j >= lo and j > i - 4 and (lower[j] in self.time_words or self.tag(j) == "NUM"):
                j -= 1
            if j < i and j >= lo and self.tag(j) in ("NOUN", "PROPN", "PRON"):
                return j
        return i

    def skip_right_adjuncts(self, i: int, hi: int) -> int:
        """From token i rightwards over time words ("said Monday", "said last week")."""
        lower = self.view.lower
        while i < hi and (
            (lower[i] in self.time_words and lower[i] not in ("in", "at", "on", "that", "this"))
            or self.view.is_space[i]
            or (self.tag(i) == "ADV" and lower[i] in self.aux_words)
        ):
            i += 1
        if i + 1 < hi and lower[i] == "on" and lower[i + 1] in self.time_words:
            i += 2
            while i < hi and lower[i] in self.time_words:
                i += 1
        # Never stop inside a possessive: "criticized Tuesday's package".
        return i

    def trim_content(self, a: int, b: int, strip_that: bool = True) -> tuple[int, int] | None:
        """Token range a..b-1 to a char span, dropping edge spaces and punctuation
        (kept when it sits inside quote marks)."""
        view = self.view
        while a < b and (view.is_space[a] or (view.words[a] in ",:;—–-")):
            a += 1
        while b > a and (
            view.is_space[b - 1] or (view.words[b - 1] in ",.:;—–-!?…" and self.in_quote[b - 1] < 0)
        ):
            b -= 1
        if b <= a:
            return None
        if strip_that and view.lower[a] == "that" and self.in_quote[a] < 0 and b - a > 2:
            a += 1
            while a < b and view.is_space[a]:
                a += 1
        if b <= a:
            return None
        return view.starts[a], view.ends[b - 1]

    def clause_end(self, start: int, hi: int, cue_word: str = "") -> int:
        """End of the reported clause beginning at ``start``: the sentence end, or the
        end of a quote region that starts there, cut before a trailing attribution."""
        view = self.view
        lower = view.lower
        k = start
        if start not in self.open_at:
            hi = min(hi, start + MAX_CLAUSE)  # bounded: an endless sentence stays linear
        end = hi
        while k < hi:
            q = self.in_quote[k]
            if q >= 0:
                r_end = self.region_toks[q][1]
                k = max(k + 1, r_end)
                if r_end > end:
                    end = r_end
                if k >= end:
                    break
                continue
            w = lower[k]
            if w == "," and k + 1 < hi:
                n = self.next_tok(k + 1, hi)
                if n < hi and (
                    lower[n] in PARTICIPLE_SAY
                    or (lower[n] == "according" and n + 1 < hi and lower[n + 1] == "to")
                    # ", throwing a wrench in ...": the writer's comment, not the source's.
                    or (
                        lower[n].endswith("ing") and self.tag(n) == "VERB" and n not in self.open_at
                    )
                ):
                    return k
            if w == "," and k > start + 3 and k + 1 < hi:
                n = self.next_tok(k + 1, hi)
                if (
                    n < hi
                    and n not in self.open_at
                    and (
                        lower[n] in ("which", "while", "whereas")
                        or (lower[n] in ("and", "but") and self.cue_within(n + 1, min(hi, n + 9)))
                    )
                ):
                    return k  # ", which raised concerns ...", ", and more than 4 in 10 said"
            if w == "," and k > start + 3 and k + 2 < hi:
                n = self.next_tok(k + 1, hi)
                if (
                    n + 1 < hi
                    and lower[n] in ("but", "and")
                    and (
                        lower[n + 1] in ("he", "she", "they", "i", "we")
                        or (lower[n] == "but" and n + 1 in self.cue_at)
                        or (
                            n + 1 in self.cue_at
                            and self.cue_at[n + 1].entry.cue_type == "speech"
                            and "say" in self.cue_at[n + 1].entry.frames
                        )
                    )
                ):
                    return k  # "..., but he gave the Texan a compliment", "..., but conceded"
            if (
                w in ("and", "but")
                and k > start + 1
                and cue_word
                and self.coordinated_cue(k + 1, hi, cue_word)
            ):
                p = self.prev_tok(k, start)
                return p if p > start and view.words[p] == "," else k
            k += 1
        return end

    def cue_within(self, a: int, b: int) -> bool:
        return any(m in self.cue_at and self.tag(m) == "VERB" for m in range(a, b))

    def coordinated_cue(self, k: int, hi: int, cue_word: str) -> bool:
        """Does a second reporting cue in the same form follow, after at most a subject
        pronoun and two adverbs ("and later said", "but he argues")?"""
        lower = self.view.lower
        form = _inflection(cue_word)
        for m in range(k, min(hi, k + 4)):
            cue = self.cue_at.get(m)
            if cue is not None:
                return (
                    cue.entry.cue_type == "speech"
                    and "say" in cue.entry.frames
                    and _inflection(lower[m]) == form
                )
            if (
                self.view.is_space[m]
                or self.tag(m) == "ADV"
                or lower[m] in self.aux_words
                or (m == k and lower[m] in ("he", "she", "they", "it", "we", "i"))
            ):
                continue
            return False
        return False


def find_attributions(
    view: DocView, regions: list[QuoteRegion], cues: list[CueMatch], res: Resources
) -> list[Candidate]:
    """All candidate attributions in the document, in text order."""
    ctx = _Context(view, regions, res)
    ctx.cue_at = {c.start: c for c in cues}
    cands: list[Candidate] = []
    claimed_regions: set[int] = set()
    for cue in cues:
        if ctx.in_quote[cue.start] >= 0:
            continue
        found = _from_cue(ctx, cue, cands)
        for c in found:
            cands.append(c)
    cands = _dedupe(cands)
    for c in cands:
        claimed_regions.update(ctx.regions_within(*c.content))
    cands.extend(
        _quote_driven(ctx, claimed_regions, (_colon_quote, _quote_then_verb, _quote_in_clause))
    )
    cands.sort(key=lambda c: (c.content[0], c.content[1]))
    cands.extend(_uncued_paragraphs(ctx, cands, claimed_regions))
    for c in cands:
        c.kind = _kind(ctx, c)
    cands.sort(key=lambda c: (c.content[0], c.content[1]))
    return cands


def _kind(ctx: _Context, c: Candidate) -> str:
    if c.kind == "according_to":
        return c.kind
    a, b = c.content
    inside = [ctx.regions[k] for k in ctx.regions_within(a, b)]
    if not inside:
        return "indirect"
    text = ctx.view.text
    pos = a
    for r in inside:
        if any(ch.isalnum() for ch in text[pos : r.start]):
            return "mixed"
        pos = r.end
    return "mixed" if any(ch.isalnum() for ch in text[pos:b]) else "direct"


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Drop candidates whose content repeats a better one's."""
    best: dict[tuple[int, int], Candidate] = {}
    for c in cands:
        k = c.content
        if k not in best or c.confidence > best[k].confidence:
            best[k] = c
    keep = set(map(id, best.values()))
    return [c for c in cands if id(c) in keep]


# -- cue-driven constructions -----------------------------------------------------------


def _from_cue(ctx: _Context, cue: CueMatch, prior: list[Candidate]) -> list[Candidate]:
    view = ctx.view
    lower = view.lower
    entry = cue.entry
    frames = entry.frames
    s0, s1 = ctx.sent(cue.start)
    # '“…?” Trump said.': the segmenter ends a sentence at '?”' before a capital, but a
    # source and cue right after a closing quote belong to the quote's sentence.
    p = ctx.prev_tok(s0, ctx.view.paras[ctx.view.para_of[s0]][0])
    if p >= 0 and ctx.closes_region(p) and cue.start - s0 <= 8:
        j0 = ctx.skip_left_aux(ctx.prev_tok(cue.start, s0), s0)
        if j0 < s0 or np_left(ctx.view, ctx.tag, j0 + 1, s0) == s0:
            s0 = min(s0, ctx.sent(p)[0])
    cs, ce = cue.start, cue.end

    if "prep" in frames:
        return _according_to(ctx, cue, s0, s1)

    before = ctx.prev_tok(cs, s0)
    if ctx.model_pos is not None and ctx.model_pos[cs] in ("NOUN", "PROPN", "ADJ", "NUM"):
        return []  # the tagger reads "claims", "tweets", "report" here as a noun
    # Nominal or passive uses: "the warning", "is expected", "was asked".
    if before >= s0:
        wb = lower[before]
        if ctx.tag(before) == "DET" or wb in POSSESSIVES or wb in ("'s", "’s"):
            return []
        if view.words[cs][:1].isupper() and (
            view.words[before][:1].isupper() or (ce < s1 and view.words[ce][:1].isupper())
        ):
            return []  # "the United States", "Fox News Says": a name, not a cue
        if entry.lemma in ("call", "name", "title", "dub") and ctx.tag(before) == "NOUN":
            return []  # "a class called “Perception”": naming, not reporting
        if wb in BE_FORMS and entry.lemma not in ("say",):
            return []
        if wb in BE_FORMS and entry.lemma == "say":
            return []
        if (
            wb == "to"
            and entry.lemma not in ("say", "tell")
            and not (before - 1 >= s0 and lower[before - 1] in ASPECT_BEFORE_TO)
        ):
            return []

    # Speaker on the left: SOURCE (aux/adv) CUE.
    j = ctx.skip_left_aux(before, s0)
    speaker: tuple[int, int] | None = None
    description: tuple[int, int] | None = None
    left_boundary: int | None = None  # token index of the comma/closing mark before SOURCE
    inverted = False
    if j >= s0:
        wj = view.words[j]
        if wj == ",":
            appos = _appositive(ctx, j, s0)
            if appos is not None:
                speaker, description, left_boundary = appos
            else:
                left_boundary = j
        elif (
            wj in QUOTE_TOKENS
            and ctx.in_quote[j] >= 0
            and ctx.region_toks[ctx.in_quote[j]][1] == j + 1
        ):
            left_boundary = j
        else:
            start = np_left(view, ctx.tag, j + 1, s0)
            if start is not None and (
                all(lower[i] in ctx.time_words for i in range(start, j + 1))
                or ctx.ent_types[j] in NOT_SOURCE_ENTS
            ):
                start = None  # "on Wednesday said", "15 percent say": never the source
            if (
                start is not None
                and lower[cs].endswith("ing")
                and j == before
                and (ctx.tag(j) == "NOUN" and view.words[j][:1].islower())
            ):
                # "issued a statement describing ...": a participle modifying a noun; the
                # clause's subject is the source.
                subj = _clause_subject(ctx, s0, start, prior)
                if isinstance(subj, tuple) and subj[1] <= start:
                    speaker = subj
                    start = None
                else:
                    return []
            if start is not None:
                speaker = (start, j + 1)
                lb = ctx.prev_tok(start, s0)
                if lb >= s0 and (view.words[lb] == "," or view.words[lb] in CLOSE_MARKS):
                    left_boundary = lb
                if lower[start] in ("who", "which", "that") and lb >= s0:
                    ante = _antecedent(ctx, start, s0)
                    if ante is not None:
                        return _post_relative(ctx, cue, speaker, ante, s0, s1, prior)
    elif j < s0 and before < s0:
        left_boundary = None

    # Participle after a comma ("..., telling the paper that ..."): the main clause's
    # subject is the speaker.
    inherit: Candidate | None = None
    if speaker is None and left_boundary is None and j >= s0 and lower[j] in ("and", "but"):
        # "X said that A and said that B": the second cue shares the subject.
        for c in reversed(prior):
            if c.cue_tok >= 0 and view.sent_of[c.cue_tok] == view.sent_of[cs]:
                if _inflection(lower[c.cue_tok]) == _inflection(lower[cs]):
                    inherit = c
                break
        else:
            # "She brought that down ..., but said she couldn't": the sentence subject.
            subj_start = ctx.next_tok(s0, j)
            subj_end = np_right(view, ctx.tag, subj_start, j)
            if (
                subj_end is not None
                and subj_end < j
                and ctx.tag(subj_end) in ("VERB", "AUX", "ADV")
            ):
                speaker = (subj_start, subj_end)
    if speaker is None and left_boundary is not None and lower[cs].endswith("ing"):
        subj = _clause_subject(ctx, s0, left_boundary, prior)
        if isinstance(subj, Candidate):
            inherit = subj
        elif subj is not None:
            speaker = subj
        if speaker is not None or inherit is not None:
            left_boundary = None  # pre-posed after all

    after = ctx.next_tok(ce, s1)
    # A comma before the source opens either a post-posed attribution ("..., X said.")
    # or a leading adverbial ("After ..., X said that ..."): the words after the cue tell.
    # A closing quote mark right before the source always makes it post-posed.
    if (
        left_boundary is not None
        and speaker is not None
        and not ctx.closes_region(left_boundary)
        and not _rest_is_adjunct(ctx, after, s1)
    ):
        left_boundary = None
    if (
        left_boundary is not None
        and not frames & {"say", "that", "tell"}
        and not ctx.closes_region(left_boundary)
    ):
        return []

    # Post-posed: CONTENT , SOURCE CUE  |  CONTENT , CUE SOURCE
    if left_boundary is not None and (speaker is not None or entry.invert):
        if speaker is None:
            a = ctx.skip_right_adjuncts(after, s1)
            end = np_right(view, ctx.tag, a, s1)
            if end is None:
                return []
            speaker = (a, end)
            inverted = True
            description = _right_appositive(ctx, end, s1)
            rest = ctx.next_tok(description[1] if description else end, s1)
            if not _rest_is_adjunct(ctx, rest, s1):
                return []
        content = _content_before(ctx, left_boundary, s0)
        if content is None:
            return []
        if not ctx.closes_region(left_boundary) and _few_words(ctx, s0, left_boundary):
            # "Instead, Trump told CNN, his policy would ...": the lead-in is too short
            # to be the content; what follows the attribution is.
            tail_content = _content_after_parenthetical(
                ctx, speaker[1] if inverted else ce, s1, lower[cs]
            )
            if tail_content is not None:
                content = tail_content
        conf = (
            0.9
            if ctx.in_quote[left_boundary] >= 0 or view.words[left_boundary] in CLOSE_MARKS
            else 0.75
        )
        if inverted:
            conf -= 0.05
        cands = [
            ctx.candidate(
                content,
                (cs, ce),
                entry.cue_type,
                "indirect",
                conf,
                speaker,
                description,
            )
        ]
        # "“…,” he said, “…”": the second half shares the source.
        tail = speaker[1] if inverted else ce
        tail = ctx.next_tok(tail, s1 if s1 > tail else tail)
        if description is not None and inverted:
            tail = ctx.next_tok(description[1], len(view.words))
        if tail < len(view.words) and view.words[tail] in (",", ":"):
            q = ctx.next_tok(tail + 1, len(view.words))
            if q in ctx.open_at:
                t0, t1 = ctx.region_toks[ctx.open_at[q]]
                span = ctx.trim_content(t0, t1)
                if span is not None:
                    cands.append(
                        ctx.candidate(
                            span,
                            (cs, ce),
                            entry.cue_type,
                            "direct",
                            conf,
                            speaker,
                            description,
                        )
                    )
        return cands

    if ctx.parsed and inherit is None and left_boundary is None:
        # The parse's subject where the rules found none ("officials who spoke on
        # condition of anonymity said"). Overriding the rules' subject cost accuracy.
        dep_subject = subject_span(view.doc, cs)
        if (
            speaker is None
            and dep_subject is not None
            and dep_subject[1] <= cs
            and _plausible_source(ctx, dep_subject)
        ):
            speaker, description = dep_subject, None
    if speaker is None and inherit is None:
        return []

    # "As Purple PAC's Crane said, CONTENT."
    if speaker is not None and inherit is None:
        p = ctx.prev_tok(speaker[0], s0)
        if p >= s0 and lower[p] == "as" and ctx.next_tok(s0, p) == p:
            comma = ctx.skip_right_adjuncts(after, s1)
            if comma < s1 and view.words[comma] == ",":
                a = ctx.next_tok(comma + 1, s1)
                span = ctx.trim_content(a, ctx.clause_end(a, s1, lower[cs]))
                if span is None:
                    return []
                return [
                    ctx.candidate(
                        span,
                        (cs, ce),
                        entry.cue_type,
                        "indirect",
                        0.8,
                        speaker,
                        description,
                    )
                ]

    # Pre-posed: SOURCE CUE [ADDRESSEE] (that|:|,) CONTENT
    k = after
    k = ctx.skip_right_adjuncts(k, s1)
    if k >= s1 or (view.words[k] in TERMINAL and ctx.next_tok(k + 1, s1) >= s1):
        # "He said:" / "Bystrom agreed." at a sentence end, then the quote itself.
        nq = ctx.next_tok(max(k, s1), len(view.words))
        if nq in ctx.open_at and (
            view.words[ctx.prev_tok(max(k, s1), 0)] == ":" or view.para_of[nq] == view.para_of[cs]
        ):
            t0, t1 = ctx.region_toks[ctx.open_at[nq]]
            span = ctx.trim_content(t0, t1)
            if span is None:
                return []
            return [
                ctx.candidate(
                    span,
                    (cs, ce),
                    entry.cue_type,
                    "direct",
                    0.7,
                    speaker,
                    description,
                    inherit=inherit,
                )
            ]
        return []
    start_tok, frame = _complement_start(ctx, cue, k, s1)
    if start_tok is None:
        return []
    hi = s1
    if start_tok in ctx.open_at:
        hi = max(s1, ctx.region_toks[ctx.open_at[start_tok]][1])
    if frame == "to":
        end = _to_clause_end(ctx, start_tok, s1, lower[cs])
    elif frame == "object":
        end = _object_end(ctx, start_tok, hi, entry.lemma, lower[cs])
    else:
        end = ctx.clause_end(start_tok, hi, lower[cs])
    span = ctx.trim_content(start_tok, end, strip_that=frame != "object")
    if span is None:
        return []
    conf = 0.85 if frame in ("that", "quote") else 0.7
    return [
        ctx.candidate(
            span,
            (cs, ce),
            entry.cue_type,
            "indirect",
            conf,
            speaker,
            description,
            inherit=inherit,
        )
    ]


def _inflection(word: str) -> str:
    if word.endswith("ing"):
        return "ing"
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "past"


def _plausible_source(ctx: _Context, span: tuple[int, int]) -> bool:
    """Can this noun phrase say something: a pronoun, a name, a person, a group?"""
    lex = ctx.res.speakers
    head = span[1] - 1
    w = ctx.view.lower[head]
    if w in SUBJECT_PRONOUNS and w not in ("it", "that", "which"):
        return True
    if ctx.view.words[head][:1].isupper() and ctx.tag(head) == "PROPN":
        return True
    return (
        lex.has("role", w)
        or lex.has("org_head", w)
        or lex.has("media_head", w)
        or (lex.has("doc_head", w))
    )


def _rest_is_adjunct(ctx: _Context, k: int, s1: int) -> bool:
    """Is what follows the cue (up to a comma or the sentence end) only adjuncts —
    an addressee, a time, "in a statement" — and no clause of its own?"""
    view = ctx.view
    lower = view.lower
    limit = min(s1, k + 16)
    while k < limit:
        w = lower[k]
        if view.is_space[k]:
            k += 1
            continue
        if w == "," or w in TERMINAL or w in ("—", "–", ")"):
            return True
        if k in ctx.open_at or w in COMPLEMENTIZERS or w == ":":
            return False
        t = ctx.tag(k)
        if (
            t in ("VERB", "AUX", "SCONJ", "CCONJ", "PART")
            and w not in ctx.time_words
            and (w != "to")
        ):
            return False
        if t == "PRON" and w not in OBJECT_PRONOUNS and w not in POSSESSIVES:
            return False
        k += 1
    return k >= s1


def _complement_start(ctx: _Context, cue: CueMatch, k: int, s1: int) -> tuple[int | None, str]:
    """Where the content of a pre-posed cue starts, and which frame it took."""
    view = ctx.view
    lower = view.lower
    frames = cue.entry.frames
    n = len(view.words)
    if k >= n:
        return None, ""
    w = lower[k]
    if k in ctx.open_at:
        return k, "quote"
    if w in (":", ","):
        q = ctx.next_tok(k + 1, n)
        if q in ctx.open_at:
            return q, "quote"
        if w == ":" and q < s1:
            return q, "that"
        if w == ",":
            return None, ""
    if w in COMPLEMENTIZERS and w not in ("who", "which"):
        return (k + 1 if w == "that" else k), "that"
    if "to" in frames and w == "to":
        return k, "to"
    # An adjunct or an addressee between cue and content: "told Reuters that",
    # "said in a statement that", "said of Trump: ...". Verbs that take their content
    # as an object ("called Cruz “the ultimate hypocrite”") keep the noun phrase.
    m = k
    object_only = "object" in frames and not frames & {"say", "tell", "that"}
    if not object_only and ("tell" in frames or w in ADJUNCT_PREPS or ctx.tag(k) in ("PROPN",)):
        limit = min(s1, k + 14)
        while m < limit:
            lw = lower[m]
            if lw in ("that", ":") or m in ctx.open_at or lw == ",":
                break
            if lw in ("to",) and "to" in frames and m > k:
                return m, "to"
            t = ctx.tag(m)
            if t == "VERB" and lw.endswith("ing") and m == k:
                m += 1  # "told cheering supporters that"
                continue
            if t in ("VERB", "AUX", "SCONJ", "CCONJ") or (
                t == "PRON" and lw not in OBJECT_PRONOUNS
            ):
                break
            m += 1
        if m < limit:
            lw = lower[m]
            if lw == "that":
                return m + 1, "that"
            if lw == ":":
                return ctx.next_tok(m + 1, s1), "that"
            if m in ctx.open_at and m > k:
                return m, "quote"
            if lw == "," and m > k:
                q = ctx.next_tok(m + 1, n)
                if q in ctx.open_at:
                    return q, "quote"
        if "tell" in frames and "say" not in frames and "that" not in frames:
            # "urged Congress to act", "asked him whether", "told reporters he was"
            if m < s1 and lower[m] in COMPLEMENTIZERS:
                return m, "that"
            if m < s1 and m > k and lower[m] in ("he", "she", "they", "it", "we", "i", "there"):
                return m, "that"
            # "told POLITICO she was leaning", "told reporters this was the only chance"
            addr_end = np_right(view, ctx.tag, k, s1)
            if addr_end is not None and addr_end < s1 and _starts_clause(ctx, addr_end, s1):
                return addr_end, "that"
            return None, ""
        if w in ADJUNCT_PREPS and w != "to":
            return None, ""  # "testified before the panel", "continued on"
    if "say" in frames:
        t = ctx.tag(k)
        if t in ("PUNCT",) and view.words[k] not in OPEN_MARKS:
            return None, ""
        if (
            cue.entry.cue_type in ("document", "perception", "knowledge") or "object" in frames
        ) and (not _starts_clause(ctx, k, s1)):
            # "confirmed the development to Reuters": a noun phrase, not a clause.
            return (k, "object") if "object" in frames else (None, "")
        return k, "say"
    if "object" in frames:
        return k, "object"
    return None, ""


def _starts_clause(ctx: _Context, k: int, s1: int) -> bool:
    """Does a clause (a subject, then a verb within a few words) start at token k?"""
    if ctx.tag(k) not in ("DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ") or ctx.view.lower[k] in (
        OBJECT_PRONOUNS - {"it", "you"}
    ):
        return False
    for m in range(k + 1, min(s1, k + 8)):
        t = ctx.tag(m)
        if t in ("VERB", "AUX"):
            return True
        if t in ("PUNCT", "SCONJ", "CCONJ", "ADP"):
            return False
    return False


def _to_clause_end(ctx: _Context, start: int, s1: int, cue_word: str = "") -> int:
    lower = ctx.view.lower
    k = start + 1
    while k < s1:
        if lower[k] == "," and ctx.next_tok(k + 1, s1) in ctx.open_at:
            k = ctx.next_tok(k + 1, s1)  # "wanted to know, “How surprised ...?”"
            continue
        if lower[k] in (",", ";") or (lower[k] in CLAUSE_BREAKERS and k > start + 2):
            break
        if lower[k] in ("and", "but") and cue_word and ctx.coordinated_cue(k + 1, s1, cue_word):
            break
        if ctx.in_quote[k] >= 0:
            k = max(k + 1, ctx.region_toks[ctx.in_quote[k]][1])
            continue
        k += 1
    return min(k, s1) if k <= s1 else s1


def _object_end(ctx: _Context, start: int, hi: int, lemma: str, cue_word: str = "") -> int:
    lower = ctx.view.lower
    k = start
    while k < hi:
        q = ctx.in_quote[k]
        if q >= 0:
            k = max(k + 1, ctx.region_toks[q][1])
            continue
        w = lower[k]
        if w in (",", ";", "—", "–") or (w in CLAUSE_BREAKERS and k > start):
            break
        if w in ("and", "but") and cue_word and ctx.coordinated_cue(k + 1, hi, cue_word):
            break
        if (
            w == "to"
            and k > start
            and k + 1 < hi
            and (ctx.tag(k + 1) in ("DET", "PROPN") or lower[k + 1] in POSSESSIVES)
        ):
            break  # "confirmed the development to Reuters"
        if w == "as" and lemma not in ("describe", "see", "view", "consider", "cite", "call"):
            break
        k += 1
    return k


def _few_words(ctx: _Context, a: int, b: int, n: int = 4) -> bool:
    words = 0
    for i in range(a, b):
        if ctx.view.words[i][0].isalnum():
            words += 1
            if words >= n:
                return False
    return True


def _content_after_parenthetical(
    ctx: _Context, k: int, s1: int, cue_word: str
) -> tuple[int, int] | None:
    """The clause after ", SOURCE CUE (ADDRESSEE)," in mid-sentence."""
    view = ctx.view
    limit = min(s1, k + 10)
    while k < limit and view.words[k] != ",":
        if ctx.tag(k) in ("VERB", "AUX", "SCONJ") or k in ctx.open_at:
            return None
        k += 1
    if k >= limit:
        return None
    start = ctx.next_tok(k + 1, s1)
    if start >= s1:
        return None
    return ctx.trim_content(start, ctx.clause_end(start, s1, cue_word))


def _content_before(ctx: _Context, boundary: int, s0: int) -> tuple[int, int] | None:
    """Content of a post-posed attribution: from the sentence start (or the start of a
    quote that ends at ``boundary``) to the comma or closing mark at ``boundary``."""
    view = ctx.view
    end = boundary + 1 if view.words[boundary] != "," else boundary
    # A closing mark right before the comma: '“…”, he said'.
    q = ctx.in_quote[boundary]
    if view.words[boundary] == ",":
        p = ctx.prev_tok(boundary, 0)
        if p >= 0 and ctx.in_quote[p] >= 0 and ctx.region_toks[ctx.in_quote[p]][1] == p + 1:
            q = ctx.in_quote[p]
            end = p + 1
    start = s0
    if q >= 0:
        t0, _ = ctx.region_toks[q]
        if t0 < s0:
            start = t0
        else:
            # Quote and unquoted lead-in in one sentence: mixed, content from the
            # sentence start; unless a colon or dash introduces the quote, or the
            # lead-in holds an attribution of its own.
            start = s0
            p = ctx.prev_tok(t0, s0)
            if p >= s0 and (view.words[p] in (":", "-", "—", "–", "―") or ctx.cue_within(s0, t0)):
                start = t0
    # Never reach back over an earlier attribution in the sentence ("A, he said, B,
    # she said") nor further than a clause can run.
    if q < 0 or ctx.region_toks[q][0] >= s0:
        floor = max(start, end - MAX_CLAUSE)
        for i in range(end - 1, floor - 1, -1):
            if (
                i in ctx.cue_at
                and ctx.in_quote[i] < 0
                and ctx.view.words[ctx.next_tok(ctx.cue_at[i].end, end)] in (",", ":")
            ):
                floor = i + 1  # a post-posed attribution before this one
                break
        start = max(start, floor)
    if start >= end:
        return None
    return ctx.trim_content(start, end)


def _appositive(
    ctx: _Context, comma: int, s0: int
) -> tuple[tuple[int, int], tuple[int, int] | None, int | None] | None:
    """``NAME, APPOSITIVE(, APPOSITIVE), CUE``: the name, the first descriptive
    appositive, and the boundary left of the name ("Woodrow Benford, 58, who lives
    outside Minneapolis, says")."""
    view = ctx.view
    right = comma
    description: tuple[int, int] | None = None
    for _ in range(3):
        k = right - 1
        limit = max(s0, right - 30)
        while k >= limit and view.words[k] != "," and ctx.in_quote[k] < 0:
            if view.words[k] in (";", ":"):
                return None
            k -= 1
        if k < limit or view.words[k] != ",":
            return None
        first = ctx.next_tok(k + 1, right)
        if first >= right:
            return None
        if description is None and _is_name(ctx, first, right):
            # "Sanders's campaign manager, Jeff Weaver, said": the name comes second.
            start = np_left(view, ctx.tag, k, s0)
            if start is not None:
                lb = ctx.prev_tok(start, s0)
                if lb < s0 or view.words[lb] == "," or view.words[lb] in CLOSE_MARKS:
                    boundary = lb if lb >= s0 else None
                    return (first, ctx.prev_tok(right, first) + 1), (start, k), boundary
            return None
        if _looks_appositive(ctx, first, right):
            if view.lower[first] not in ("who", "which") and ctx.tag(first) != "NUM":
                description = (first, right)
        elif not _looks_parenthetical(ctx, first):
            return None
        start = np_left(view, ctx.tag, k, s0)
        if start is not None and ctx.tag(k - 1) != "NUM":
            lb = ctx.prev_tok(start, s0)
            boundary = (
                lb
                if lb >= s0 and (view.words[lb] == "," or view.words[lb] in CLOSE_MARKS)
                else None
            )
            return (start, k), description, boundary
        right = k
    return None


def _is_name(ctx: _Context, a: int, b: int) -> bool:
    """Are tokens a..b-1 a short capitalised name ("Jeff Weaver", "Mr. Kamp")?"""
    words = [ctx.view.words[i] for i in range(a, b) if not ctx.view.is_space[i]]
    return (
        1 <= len(words) <= 5
        and all(w[:1].isupper() or w in (".", "-") for w in words)
        and ctx.tag(a) == "PROPN"
    )


def _looks_parenthetical(ctx: _Context, first: int) -> bool:
    """ ", in a statement released on Thursday,", ", speaking at a rally,", ", however,"."""
    w = ctx.view.lower[first]
    t = ctx.tag(first)
    return (
        t in ("ADP", "ADV")
        or (w.endswith("ing") and t in ("VERB", "NOUN"))
        or (w in ctx.time_words)
    )


def _looks_appositive(ctx: _Context, first: int, end: int = -1) -> bool:
    fw = ctx.view.lower[first]
    if end > first and any(
        ctx.res.speakers.has("role", ctx.view.lower[i]) for i in range(first, min(end, first + 8))
    ):
        return True  # "Color of Change's executive director"
    return (
        ctx.tag(first) in ("DET", "NUM")
        or fw in POSSESSIVES
        or fw in ("who", "which")
        or ctx.res.speakers.has("role", fw)
        or ctx.res.speakers.has("title", fw)
        or ctx.res.speakers.has("nationality", ctx.view.words[first])
        or fw in ("former", "senior", "chief", "deputy", "then", "now", "also")
    )


def _right_appositive(ctx: _Context, end: int, s1: int) -> tuple[int, int] | None:
    """ "said John Smith, a spokesman for X." -> the appositive after the name."""
    view = ctx.view
    if end >= s1 or view.words[end] != ",":
        return None
    first = ctx.next_tok(end + 1, s1)
    if first >= s1:
        return None
    fw = view.lower[first]
    if not (
        ctx.tag(first) == "DET"
        or fw in POSSESSIVES
        or ctx.res.speakers.has("role", fw)
        or ctx.res.speakers.has("title", fw)
    ):
        return None
    k = first
    while k < s1 and view.words[k] not in (",", ".", ";", ":", "!", "?") and ctx.in_quote[k] < 0:
        t = ctx.tag(k)
        if t == "AUX" or (t == "VERB" and not view.lower[k].endswith(("ed", "ing"))):
            return None  # a clause, not an appositive
        k += 1
    if k - first > 20:
        return None
    return first, k


def _antecedent(ctx: _Context, rel: int, s0: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at token ``rel`` refers to."""
    view = ctx.view
    p = ctx.prev_tok(rel, s0)
    if p >= s0 and view.words[p] == ",":
        p2 = ctx.prev_tok(p, s0)
        start = np_left(view, ctx.tag, p2 + 1, s0)
        if start is not None:
            return start, p2 + 1
        return None
    start = np_left(view, ctx.tag, p + 1, s0) if p >= s0 else None
    if start is not None:
        return start, p + 1
    return None


def _post_relative(
    ctx: _Context,
    cue: CueMatch,
    rel: tuple[int, int],
    ante: tuple[int, int],
    s0: int,
    s1: int,
    prior: list[Candidate],
) -> list[Candidate]:
    """ "Trump, who said the wall ...": speaker "who" (antecedent Trump), content after."""
    view = ctx.view
    after = ctx.skip_right_adjuncts(ctx.next_tok(cue.end, s1), s1)
    start_tok, frame = _complement_start(ctx, cue, after, s1)
    if start_tok is None:
        return []
    if frame == "to":
        end = _to_clause_end(ctx, start_tok, s1)
    elif frame == "object":
        end = _object_end(ctx, start_tok, s1, cue.entry.lemma)
    else:
        end = ctx.clause_end(start_tok, s1)
        # A non-restrictive relative clause ends at its closing comma.
        k = start_tok
        while k < end:
            if view.words[k] == "," and ctx.in_quote[k] < 0:
                end = k
                break
            k += 1
    span = ctx.trim_content(start_tok, end)
    if span is None:
        return []
    cs = cue.start
    return [
        ctx.candidate(
            span,
            (cs, cue.end),
            cue.entry.cue_type,
            "indirect",
            0.7,
            rel,
            None,
            antecedent=ante,
        )
    ]


def _clause_subject(
    ctx: _Context, s0: int, boundary: int, prior: list[Candidate]
) -> tuple[int, int] | Candidate | None:
    """The subject of the clause a participle cue hangs from: the speaker of an earlier
    attribution in the sentence, else the sentence's first noun phrase."""
    for idx in range(len(prior) - 1, -1, -1):
        c = prior[idx]
        if c.cue_tok >= 0 and ctx.view.sent_of[c.cue_tok] == ctx.view.sent_of[boundary]:
            return c
        if c.cue_tok >= 0 and c.cue_tok < s0:
            break
    first = ctx.next_tok(s0, boundary)
    end = np_right(ctx.view, ctx.tag, first, boundary)
    if end is None:
        return None
    return first, end


def _according_to(ctx: _Context, cue: CueMatch, s0: int, s1: int) -> list[Candidate]:
    view = ctx.view
    cs, ce = cue.start, cue.end
    lemma = cue.entry.lemma
    first = ctx.next_tok(ce, s1)
    end = np_right(view, ctx.tag, first, s1)
    if end is None:
        return []
    if lemma == "per":
        prev = ctx.prev_tok(cs, s0)
        if not (prev < s0 or view.words[prev] == ","):
            return []
        if not (ctx.tag(first) in ("DET", "PROPN") or view.lower[first] in POSSESSIVES):
            return []
    speaker = (first, end)
    description = _right_appositive(ctx, end, s1)
    after_src = description[1] if description else end
    prev = ctx.prev_tok(cs, s0)
    if prev < s0:
        # "According to X, CONTENT."
        k = ctx.next_tok(after_src, s1)
        if k < s1 and view.words[k] == ",":
            k += 1
        span = ctx.trim_content(k, ctx.clause_end(k, s1))
    else:
        lead = s0
        for i in range(prev - 1, s0 - 1, -1):
            if view.words[i] in (":", ";") and ctx.in_quote[i] < 0:
                lead = i + 1
                break
        if view.words[prev] == ",":
            span = _content_before(ctx, prev, lead)
        else:
            span = ctx.trim_content(lead, prev + 1)
    if span is None:
        return []
    return [
        ctx.candidate(
            span,
            (cs, ce),
            cue.entry.cue_type,
            "according_to",
            0.85,
            speaker,
            description,
        )
    ]


# -- quote-driven constructions ---------------------------------------------------------


QuoteReader = Callable[[_Context, int, int, int], Candidate | None]


def _quote_driven(
    ctx: _Context, claimed: set[int], readers: tuple[QuoteReader, ...]
) -> list[Candidate]:
    """Offer every quote region no cue claimed to each reader in turn; a region a reader
    attributes is claimed, so later readers do not see it."""
    out: list[Candidate] = []
    for reader in readers:
        for k, (t0, t1) in enumerate(ctx.region_toks):
            if k in claimed:
                continue
            cand = reader(ctx, k, t0, t1)
            if cand is not None:
                claimed.add(k)
                out.append(cand)
    return out


def _colon_quote(ctx: _Context, k: int, t0: int, t1: int) -> Candidate | None:
    """``NAME: “…”`` — a headline or transcript style with no verb."""
    view = ctx.view
    p = ctx.prev_tok(t0, 0)
    if p < 0 or view.words[p] != ":":
        return None
    s0 = ctx.sent(p)[0]
    start = np_left(view, ctx.tag, p, s0, max_len=6)
    if start is None or ctx.next_tok(s0, p) != start:
        return None
    if (
        not any(view.words[i][0].isupper() for i in range(start, p))
        and view.lower[start] not in SUBJECT_PRONOUNS
    ):
        return None
    span = ctx.trim_content(t0, t1)
    if span is None:
        return None
    return ctx.candidate(span, (p, p + 1), "speech", "direct", 0.6, (start, p))


SPEECH_PAST = frozenset(["said", "told", "added", "wrote", "asked", "replied"])


def _quote_then_verb(ctx: _Context, k: int, t0: int, t1: int) -> Candidate | None:
    """``“…,” NAME VERBed.`` / ``“…,” VERBed NAME.``: a closed quote followed, in its
    sentence, by a source and a past-tense verb the cue lexicon lacks ("beamed",
    "sniped", "charged"): the position makes the verb a reporting cue."""
    view = ctx.view
    if not ctx.regions[k].closed:
        return None
    s1 = ctx.sent(t1 - 1)[1]
    a = ctx.next_tok(t1, s1)
    if a < s1 and view.words[a] == ",":
        a = ctx.next_tok(a + 1, s1)
    if a >= s1:
        return None
    if _past_verb(ctx, a):
        end = np_right(view, ctx.tag, a + 1, s1)
        if end is None or not _rest_is_adjunct(ctx, ctx.next_tok(end, s1), s1):
            return None
        verb, speaker = a, (a + 1, end)
    else:
        end = np_right(view, ctx.tag, a, s1)
        if (
            end is None
            or end >= s1
            or not _past_verb(ctx, end)
            or not _rest_is_adjunct(ctx, ctx.next_tok(end + 1, s1), s1)
        ):
            return None
        verb, speaker = end, (a, end)
    span = ctx.trim_content(t0, t1)
    if span is None:
        return None
    return ctx.candidate(span, (verb, verb + 1), "speech", "direct", 0.6, speaker)


def _quote_in_clause(ctx: _Context, k: int, t0: int, t1: int) -> Candidate | None:
    """``SUBJECT VERB ... “fragment” ...``: a quoted fragment inside a clause whose verb
    the cue lexicon lacks ("Trump ripped Comey for acting as “the judge and the jury”").
    The quote marks show the writer is reporting someone's words, and in news that
    someone is usually the clause's subject; the verb is taken as the cue."""
    view = ctx.view
    lower = view.lower
    if t1 - t0 < 3 or _title_like(ctx, t0, t1):
        return None
    s0, s1 = ctx.sent(t0)
    first = ctx.next_tok(s0, t0)
    while first < t0 and (ctx.tag(first) in ("CCONJ", "ADV") or lower[first] in ("so",)):
        first = ctx.next_tok(first + 1, t0)
    if first >= t0 or first in ctx.open_at:
        return None
    subj_end = np_right(view, ctx.tag, first, t0)
    if subj_end is None:
        return None
    v = subj_end
    if v < t0 and view.words[v] == ",":
        return None  # an appositive or a list: too unsure
    while v < t0 and (lower[v] in ctx.aux_words or ctx.tag(v) == "ADV"):
        v += 1
    if v >= t0 - 1 or ctx.tag(v) != "VERB" or v in ctx.cue_at:
        return None
    if any(view.words[i] in (",", ";", ":") for i in range(v + 1, t0)) and t0 - v > 6:
        return None
    a = ctx.next_tok(v + 1, t0)
    span = ctx.trim_content(a, ctx.clause_end(a, s1, lower[v]), strip_that=True)
    if span is None:
        return None
    return ctx.candidate(span, (v, v + 1), "speech", "mixed", 0.45, (first, subj_end))


def _title_like(ctx: _Context, t0: int, t1: int) -> bool:
    """A title or a scare-quoted term, not speech: fewer than three words, or every
    content word capitalised ("War and Peace", “Come Together”)."""
    words = [ctx.view.words[i] for i in range(t0, t1) if ctx.view.words[i][:1].isalnum()]
    if len(words) < 3:
        return True
    return all(
        w[:1].isupper() or w.lower() in ("and", "of", "the", "a", "in", "for", "to") for w in words
    )


def _past_verb(ctx: _Context, i: int) -> bool:
    w = ctx.view.lower[i]
    return ctx.tag(i) == "VERB" and (w.endswith("ed") or w in SPEECH_PAST)


def _uncued_paragraphs(ctx: _Context, cands: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """A quote standing as its own sentence or paragraph with no cue takes the speaker
    of the attribution next to it (the previous one; the next one if none before)."""
    view = ctx.view
    out: list[Candidate] = []
    if not cands:
        return out
    starts = [c.content[0] for c in cands]
    for k, (t0, t1) in enumerate(ctx.region_toks):
        if k in claimed:
            continue
        r = ctx.regions[k]
        s0, _ = ctx.sent(t0)
        _, s1_last = ctx.sent(t1 - 1)
        # It must start its sentence; it ends it, or (right after the attribution it
        # continues) runs on into the sentence: '“A,” he said. “B” and other issues.'
        if ctx.next_tok(s0, t1) != t0:
            continue
        tail = ctx.next_tok(t1, s1_last)
        runs_on = tail < s1_last and view.words[tail] not in TERMINAL
        words = sum(1 for i in range(t0, t1) if view.words[i][0].isalnum())
        para = view.para_of[t0]
        # Nearest attribution before, within the two previous paragraphs.
        pos = bisect.bisect_left(starts, r.start)
        src: int | None = None
        for idx in range(pos - 1, -1, -1):
            c = cands[idx]
            if para - c.para > 2:
                break
            if c.speaker is not None or c.inherit is not None:
                src = idx
                break
        if src is None:
            for idx in range(pos, len(cands)):
                c = cands[idx]
                if c.para - para > 1:
                    break
                if c.speaker is not None and c.kind in ("direct", "mixed", "indirect"):
                    src = idx
                    break
        if src is None:
            continue
        source = cands[src]
        # The same quotation, interrupted by its attribution: same paragraph, and the
        # attribution's sentence comes right before. It shares the cue.
        continuation = (
            source.para == para
            and source.cue is not None
            and source.content[1] <= r.start
            and view.sent_of[t0] - source.sent <= 1
            and not any(
                c.content[0] > source.content[0] and c.content[0] < r.start
                for c in cands[src + 1 : pos]
            )
        )
        if (runs_on or words < 4) and not continuation:
            continue
        end = ctx.clause_end(t0, s1_last) if runs_on else t1
        span = ctx.trim_content(t0, end)
        if span is None:
            continue
        cand = Candidate(
            span,
            source.cue if continuation else None,
            source.cue_type,
            "direct",
            0.75 if continuation else 0.6,
            None,
            None,
            inherit=source,
            sent=view.sent_of[t0],
            para=para,
            continuation=continuation,
        )
        out.append(cand)
    return out
