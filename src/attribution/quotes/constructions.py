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
its content: all quoted is direct, partly quoted mixed, unquoted indirect. Layout-based
readers (colon labels, bracketed credits, polls) live in :mod:`.formats`, and
:func:`.attributions.find_attributions` runs everything in order.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..resources import Resources
from ..segment import DocView
from ..speakers.mentions import (
    NP_LINK_ADJ,
    OBJECT_PRONOUNS,
    PLURAL_QUANTIFIERS,
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
# Nouns of an appositive that sums up the report in the writer's words ("…, a swipe at
# the recent disturbances", "…, an acknowledgment that …"): the report ends before it.
SUMMARY_NOUNS = frozenset(
    [
        "swipe", "jab", "dig", "nod", "reference", "allusion", "acknowledgment",
        "acknowledgement", "admission", "sign", "signal", "indication", "reversal",
        "departure", "rebuke", "reminder", "echo", "shift", "break", "contrast",
        "rejoinder", "retort", "rebuttal", "move",
    ]
)
# Base forms of cues that are also nouns: after a singular noun they are the head of a
# compound ("TV show", "news report", "tax plan"), as a verb would agree ("shows").
NOUN_HOMOGRAPHS = frozenset(
    [
        "show", "report", "claim", "comment", "tweet", "call", "plan", "hope", "view",
        "remark", "answer", "reply", "estimate", "forecast", "fear", "doubt", "demand",
        "promise", "pledge", "vow", "note", "notice", "post", "release", "statement",
        "request", "warning", "response", "question", "quote",
    ]
)
COLLECTIVE_NOUNS = frozenset(
    ["people", "police", "staff", "media", "public", "majority", "crowd", "team", "press"]
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
DASH_TOKENS = frozenset(["—", "–", "--", "―", "-"])
NEW_REPORT_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])
PARTICIPLE_PREPS = frozenset(["by", "upon", "after", "before", "while", "without"])
OCCASIONS = frozenset(
    [
    "interview", "interviews", "statement", "speech", "rally", "event", "conference", "debate",
    "appearance", "op-ed", "letter", "tweet", "post", "video", "column", "email", "memo",
    "meeting", "briefing", "hearing", "session", "address", "forum", "ad", "broadcast",
    "podcast", "show", "call",
    ]
)
REFLEXIVES = frozenset(["himself", "herself", "themselves", "itself", "myself", "ourselves"])
ADDRESSEES = frozenset(
    ["reporters", "journalists", "supporters", "lawmakers", "members", "voters", "congress"]
)
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
        self.label_words = res.speakers.words["label"]
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
        self.attributed: set[int] = set()  # cue tokens that yielded a candidate
        self._title_case: dict[int, bool] = {}
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

    def title_case(self, i: int) -> bool:
        """Is token i in a short title-case paragraph, a headline where every word is
        capitalised ("Maria Hinojosa Explained Why She Felt “Invisible” As A Child")?"""
        para = self.view.para_of[i]
        cached = self._title_case.get(para)
        if cached is None:
            p0, p1 = self.view.paras[para]
            words = [w for w in self.view.words[p0:p1] if w[:1].isalpha()]
            caps = sum(1 for w in words if w[:1].isupper())
            cached = (
                3 <= len(words) <= 30
                and caps >= 0.8 * len(words)
                and not all(w.isupper() for w in words)
            )
            self._title_case[para] = cached
        return cached

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
            or (lower[i] in REFLEXIVES and i > lo)  # "Cruz himself said"
            # a floating quantifier: "the senators will all support", "X and Y both sought"
            or (
                lower[i] in ("all", "both", "each")
                and i > lo
                and (self.tag(i - 1) in ("NOUN", "PROPN") or lower[i - 1] in self.aux_words)
                and not self.view.is_space[i - 1]
            )
        ):
            i -= 1
        # "Trump on Monday said", "the agency last week said"
        if i >= lo and lower[i] in self.time_words and self.tag(i) != "PRON":
            j = i
            while j >= lo and j > i - 4 and (lower[j] in self.time_words or self.tag(j) == "NUM"):
                j -= 1
            if j < i and j >= lo and (
                self.tag(j) in ("NOUN", "PROPN", "PRON") or self.view.words[j] in (")", ",")
            ):
                # also "Dianne Feinstein (D-Calif.) last week said", "Trump, who …, on
                # Friday described"
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
        if strip_that and view.words[a] == "that" and self.in_quote[a] < 0 and b - a > 2:
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
        dashes = 0
        while k < hi:
            q = self.in_quote[k]
            if q >= 0:
                r_end = self.region_toks[q][1]
                k = max(k + 1, r_end)
                if r_end > end:
                    end = r_end
                if k >= end:
                    break
                if (
                    r_end - 2 > start
                    and view.words[r_end - 2] == ","
                    and self._comma_ends_clause(r_end - 1, start, hi)
                ):
                    return r_end  # 'things “should be wrapped up by Cleveland,” referring to'
                nx = self.next_tok(r_end, hi)
                if (
                    nx + 1 < hi
                    and lower[nx] in ("as", "while", "when")
                    and lower[self.next_tok(nx + 1, hi)] in NEW_REPORT_PRONOUNS
                ):
                    return r_end  # 'he’s “excited where we stand” as he faces a test'
                continue
            w = lower[k]
            if w == "(" and k > start:
                # "include ideology (Sanders leads …, while Clinton leads …)": nothing
                # inside a parenthesis ends the clause.
                close = self.paren_close(k, hi)
                if close > k and not any(m in self.cue_at for m in range(k + 1, close)):
                    k = close + 1
                    continue
            if w in NEW_REPORT_PRONOUNS and k > start + 2 and self._new_report_at(k, hi):
                return k  # '… had “been friends,” he claimed they …': a new report
            if w == "," and self._comma_ends_clause(k, start, hi):
                return k
            if w in DASH_TOKENS and k > start + 2:
                if dashes % 2 == 0 and self._dash_ends_clause(k, hi):
                    return k
                if start > 0 and view.starts[k] > view.ends[k - 1] and lower[start - 1] == "that":
                    # a spaced dash in a that-clause: the second closes the aside
                    # ('that "every candidate" - including Cruz - favored …')
                    dashes += 1
            if (
                w in ("before", "after", "while")
                and k > start + 2
                and k + 1 < hi
                and (k + 1 in self.cue_at or self.closes_region(k - 1))
                and self.tag(k + 1) == "VERB"
                and lower[k + 1].endswith("ing")
            ):
                return k  # '… “kept us safe” on Twitter before claiming that …'
            if w == "and" and k > start + 1 and self._absolute_at(k + 1, hi):
                p = self.prev_tok(k, start)
                return p if p > start and view.words[p] == "," else k
            if (
                w in ("and", "but")
                and k > start + 1
                and cue_word
                and (
                    self.coordinated_cue(k + 1, hi, cue_word)
                    # '“not too likely” and 14 percent said “not at all likely”'
                    or self._subject_report_at(k + 1, hi)
                )
            ):
                p = self.prev_tok(k, start)
                return p if p > start and view.words[p] == "," else k
            k += 1
        return end

    def quote_at(self, q: int) -> tuple[int, int] | None:
        """The trimmed span of the quotation that opens at token ``q``."""
        return self.trim_content(*self.region_toks[self.open_at[q]])

    def paren_close(self, k: int, hi: int) -> int:
        """The ")" closing the "(" at token k within 60 tokens, before ``hi`` and outside
        quotations; -1 when there is none (then the "(" is plain text)."""
        words = self.view.words
        for m in range(k + 1, min(hi, k + 60)):
            if words[m] == ")":
                return m
            if words[m] == "(" or words[m] in TERMINAL:
                return -1
        return -1

    def _absolute_at(self, k: int, hi: int) -> bool:
        """After "and": a participle phrase parallel to the report, with its own subject
        or none ("saying he was “very encouraged” and Trump calling it …", "… and vowing
        to compete")?"""
        m = self.next_tok(k, hi)
        if m >= hi or m in self.open_at:
            return False
        if self.tag(m) == "VERB" and self.view.lower[m].endswith("ing"):
            return m in self.cue_at  # "… and vowing to compete", not "growing and hiring"
        if not self.view.words[m][:1].isupper() or self.tag(m) != "PROPN":
            return False
        e = np_right(self.view, self.tag, m, hi)
        return (
            e is not None
            and e < hi
            and e - m <= 6
            and self.view.lower[e].endswith("ing")
            and self.tag(e) == "VERB"
        )

    def _comma_ends_clause(self, k: int, start: int, hi: int) -> bool:
        """Does the comma at token k (or the closing mark right after a comma) end the
        reported clause: a participle, "according to", ", which", ", and more said",
        ", but he …" follows?"""
        lower = self.view.lower
        n = self.next_tok(k + 1, hi)
        if n >= hi:
            return False
        w = lower[n]
        if w in ("a", "an") and k > start + 3:
            m = self.next_tok(n + 1, hi)
            while m + 1 < hi and self.tag(m) == "ADJ":
                m = self.next_tok(m + 1, hi)
            if m < hi and lower[m] in SUMMARY_NOUNS:
                return True  # '…, an acknowledgment that …', '…, a swipe at …': the writer's
        if self.tag(n) == "ADV" and w.endswith("ly") and n + 1 < hi:
            m = self.next_tok(n + 1, hi)
            if m < hi and lower[m].endswith("ing") and self.tag(m) == "VERB":
                return True  # '“…,” presumably meaning …'
        if (
            w in PARTICIPLE_SAY
            or (w == "according" and n + 1 < hi and lower[n + 1] == "to")
            # ", throwing a wrench in ...": the writer's comment, not the source's.
            or (
                w.endswith("ing")
                and self.tag(n) == "VERB"
                and n not in self.open_at
                and w not in ("including", "excluding")
            )
        ):
            return True
        if w == "when" and n + 1 < hi and lower[n + 1] == "asked":
            return True  # '“We’ll see,” when asked whether …'
        if self.closes_region(k) and self.tag(n) in ("PROPN", "PRON", "DET"):
            e = np_right(self.view, self.tag, n, hi, max_len=6)
            if e is not None and e < hi and self._new_report_at(n, hi, e):
                return True  # '…, “Cruz,” Beck joked, …': a new post-posed report
        if w in ("before", "after", "while") and n + 1 < hi:
            m = self.next_tok(n + 1, hi)
            while m + 1 < hi and self.tag(m) == "ADV":
                m = self.next_tok(m + 1, hi)
            if lower[m].endswith("ing"):
                return True  # '“let’s not get ahead,” before optimistically predicting …'
        if k <= start + 3 or n in self.open_at:
            return False
        if w == "which" and not any(m in self.open_at for m in range(n + 1, min(hi, n + 6))):
            return True  # ", which raised concerns ..."; but ', which “will help elect …”'
        if w in ("while", "whereas", "who"):
            return True
        if w not in ("and", "but"):
            return False
        if self.next_tok(n + 1, hi) in self.open_at:
            return False  # '…, and “in this case I think he’s right.”': the report goes on
        if lower[self.next_tok(n + 1, hi)] != "that" and self.cue_within(
            n + 1, min(hi, n + 9), relative_ok=False
        ):
            return True  # ", and more than 4 in 10 said"; not ", but … what she calls"
        if n + 1 >= hi:
            return False
        nxt = lower[n + 1]
        return (
            nxt in ("he", "she", "they", "i", "we")  # "..., but he gave the Texan a compliment"
            or (w == "but" and n + 1 in self.cue_at)  # "..., but conceded"
            or (
                n + 1 in self.cue_at
                and self.cue_at[n + 1].entry.cue_type == "speech"
                and "say" in self.cue_at[n + 1].entry.frames
            )
        )

    def _dash_ends_clause(self, k: int, hi: int) -> bool:
        """Does a spaced dash at token k end the reported clause: "— and he singled
        out …" (a new clause), "- said at a rally …" (the aside closes and the main verb
        follows)?"""
        view = self.view
        if k == 0 or view.starts[k] == view.ends[k - 1]:
            return False  # "U.S.-Mexico": a hyphen inside a word
        n = self.next_tok(k + 1, hi)
        if n >= hi:
            return False
        w = view.lower[n]
        if w in ("and", "but") and n + 1 < hi:
            return view.lower[self.next_tok(n + 1, hi)] in NEW_REPORT_PRONOUNS
        if w in ("a", "an") and not any(
            view.words[m] in DASH_TOKENS for m in range(n + 1, min(hi, n + MAX_CLAUSE))
        ):
            return True  # "… by the plan — a modest boost for Obama": the writer's aside
        return n in self.cue_at and self.tag(n) == "VERB" and not w.endswith("ing")

    def _new_report_at(self, k: int, hi: int, end: int | None = None) -> bool:
        """Does "SUBJECT (aux/adv) CUE" at token k start a report of its own, after a
        comma or a closing quote mark? The subject is tokens k..end-1 (by default the
        one pronoun at k: "he", "she", "they")."""
        p = self.prev_tok(k, 0)
        if p < 0 or not (self.view.words[p] == "," or self.closes_region(p)):
            return False
        start = k + 1 if end is None else end
        for m in range(start, min(hi, start + 4)):
            cue = self.cue_at.get(m)
            if cue is not None:
                return cue.entry.cue_type == "speech" and "say" in cue.entry.frames
            if not (
                self.view.is_space[m]
                or self.view.lower[m] in self.aux_words
                or self.tag(m) == "ADV"
            ):
                return False
        return False

    def _subject_report_at(self, k: int, hi: int) -> bool:
        """After "and"/"but": a short noun phrase with a speech cue of its own ("and 14
        percent said", "but the governor insisted")?"""
        e = np_right(self.view, self.tag, k, hi, max_len=5)
        if e is None or e >= hi or self.view.lower[k] in ("that", "which", "what"):
            return False
        for m in range(e, min(hi, e + 3)):
            cue = self.cue_at.get(m)
            if cue is not None:
                return (
                    cue.entry.cue_type == "speech"
                    and "say" in cue.entry.frames
                    and self.tag(m) == "VERB"
                    and not self.view.lower[m].endswith("ing")
                )
            if self.view.lower[m] in ("to", "'s", "’s") or not (
                self.tag(m) == "ADV" or self.view.lower[m] in self.aux_words
            ):
                return False  # not "the leadership's repeated refusal"
        return False

    def cue_within(self, a: int, b: int, relative_ok: bool = True) -> bool:
        """Is there a verb cue among tokens a..b-1 (with ``relative_ok=False``, not one
        inside a relative or wh-clause: "what she calls")?"""
        for m in range(a, b):
            if not relative_ok and self.view.lower[m] in ("what", "which", "who", "how"):
                return False
            if m in self.cue_at and self.tag(m) == "VERB":
                return True
        return False

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
                    and ("say" in cue.entry.frames or "object" in cue.entry.frames)
                    and _inflection(lower[m]) in (form, "past" if form == "ing" else form)
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


def _inside_other_sources(cands: list[Candidate]) -> list[Candidate]:
    """Drop a report whose cue sits inside another report's source or its description
    ("said Elizabeth Arnold, a former staffer who said she planned to demonstrate"):
    PolNeAR, like a reader, takes it as part of who the source is."""
    spans = sorted(
        span
        for c in cands
        for span in (c.speaker, c.description)
        if span is not None and span[1] - span[0] > 1
    )
    inside: set[int] = set()
    i = 0
    reach = -1  # the furthest end of the spans starting before the cue: one sweep
    for c in sorted(cands, key=lambda c: c.cue_tok):
        while i < len(spans) and spans[i][0] < c.cue_tok:
            reach = max(reach, spans[i][1])
            i += 1
        if reach > c.cue_tok:
            inside.add(id(c))
    return [c for c in cands if id(c) not in inside]


def _text_reads(ctx: _Context, c: Candidate) -> bool:
    """ "the sign read", "“…,” it read": a text reads; a person who reads a book is no
    source of what it says."""
    if c.speaker is None:
        return False
    head = ctx.view.lower[c.speaker[1] - 1]
    if head in ("which", "that") and c.antecedent is not None:
        head = ctx.view.lower[c.antecedent[1] - 1]  # "the sign — which read “…”"
    return head == "it" or ctx.res.speakers.has("doc_head", head)


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


# How many earlier-starting contents are checked for holding a cue, and how many tokens
# before a nested attribution are searched for a clause boundary (keeps it linear).
NEST_REACH = 8
NEST_SCAN = 60
# Between the outer content's start and a nested attribution: a clause boundary.
NEST_BREAKS = frozenset([",", ";", ":", "—", "–", "and", "as"]) | CLAUSE_BREAKERS


def _drop_nested(ctx: _Context, cands: list[Candidate]) -> list[Candidate]:
    """Drop attributions reported inside another one's content: PolNeAR annotates the
    outer one only ("Scott said he fully supports the compromise": "said", not
    "supports"). A nested attribution that opens a later clause of the content ("Though
    he said A, John said B") is kept when its cue is speech: there the outer content
    more often runs too far than the inner one is nested."""
    if len(cands) < 2:
        return cands
    view = ctx.view
    order = sorted(cands, key=lambda c: c.content[0])
    starts = [c.content[0] for c in order]
    drop: set[int] = set()
    for c in cands:
        if c.cue is None or c.kind == "according_to":
            continue
        x = c.cue[0]
        pos = bisect.bisect_right(starts, x)
        for outer in order[max(0, pos - NEST_REACH) : pos]:
            if (
                outer is c
                or outer.cue is None
                or outer.cue == c.cue
                or outer.content[1] <= x
                or c.content[0] <= outer.cue[0] < c.content[1]
            ):
                continue
            lead = c.speaker[0] if c.speaker is not None else c.cue_tok
            first = view.token_at(outer.content[0])
            lo = max(first, lead - NEST_SCAN)  # far into a long content: a later clause
            deep = lo > first or any(view.lower[i] in NEST_BREAKS for i in range(lo, lead))
            quoted = bool(ctx.regions_within(*c.content))
            if c.cue_type == "speech" and outer.cue_type != "speech" and quoted:
                continue
            if not deep or (c.cue_type != "speech" and not quoted):
                drop.add(id(c))
                break
    return [c for c in cands if id(c) not in drop] if drop else cands


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
    if (
        p >= 0
        and ctx.closes_region(p)
        and (
            cue.start - s0 <= 8
            # 'Miller, a retired worker from a nuclear plant, said': an appositive
            or (cue.start - s0 <= 24 and view.words[ctx.prev_tok(cue.start, s0)] == ",")
        )
        and (
            _rest_is_adjunct(ctx, ctx.next_tok(cue.end, s1), s1)
            or _time_clause_at(ctx, ctx.next_tok(cue.end, s1), s1)
        )
        # 'X said, "A." Rep. Y said, "B."': that quote is already X's.
        and not any(c.content[0] <= view.starts[p] < c.content[1] for c in prior[-4:])
    ):
        j0 = ctx.skip_left_aux(ctx.prev_tok(cue.start, s0), s0)
        appos = _appositive(ctx, j0, s0) if view.words[j0] == "," else None
        if (
            j0 < s0
            or np_left(ctx.view, ctx.tag, j0 + 1, s0) == s0
            or (appos is not None and appos[0][0] == s0)
        ):
            s0 = min(s0, ctx.sent(p)[0])
    cs, ce = cue.start, cue.end

    if "prep" in frames:
        return _according_to(ctx, cue, s0, s1)

    before = ctx.prev_tok(cs, s0)
    if ctx.model_pos is not None and ctx.model_pos[cs] in ("NOUN", "PROPN", "ADJ", "NUM"):
        return []  # the tagger reads "claims", "tweets", "report" here as a noun
    if (
        before >= s0
        and lower[before] == "as"
        and lower[cs].endswith("ed")
        and ce < s1
        and lower[ce] == "by"
        and (_sentence_initial(ctx, before, s0) or view.words[ctx.prev_tok(before, s0)] == ",")
    ):
        return _as_reported_by(ctx, cue, s1)
    if (
        entry.lemma in NAMING_LEMMAS
        and lower[cs].endswith("ed")
        and before >= s0
        and lower[before] in BE_FORMS
        and lower[before] not in ("'s", "’s")  # "He’s called it …": has called
    ):
        return _passive_naming(ctx, cue, s0, s1, before)
    if "passive" in frames:
        be = _passive_be(ctx, before, s0)
        if be is not None:
            return _passive(ctx, cue, s0, s1, be)
    if "raising" in frames:
        return _raising(ctx, cue, s0, s1, before)
    # Nominal or passive uses: "the warning", "is expected", "was asked".
    if before >= s0:
        wb = lower[before]
        # "is telling", "He’s predicting", "He's said": an auxiliary before a verb, not a
        # passive or a noun.
        verbal_aux = _verbal_aux_before(ctx, cs, before, s0)
        poss = before
        for _ in range(5):
            # "her March comment", "his controversial claim", "Trump's recent
            # evidence-free assertion"
            if poss > s0 and (
                lower[poss] in ctx.time_words
                or ctx.tag(poss) == "ADJ"
                or (lower[poss] == "-" and view.starts[poss] == view.ends[poss - 1])
                or (poss + 1 < cs and lower[poss + 1] == "-")
            ):
                poss = ctx.prev_tok(poss, s0)
            else:
                break
        if poss >= s0 and (
            lower[poss] in POSSESSIVES or (lower[poss] in ("'s", "’s") and not verbal_aux)
        ):
            return _nominal(ctx, cue, poss, s0, s1)
        if "noun" in frames:
            return []
        if (
            lower[cs] in NOUN_HOMOGRAPHS
            and ce == cs + 1
            and ctx.tag(before) == "NOUN"
            and not wb.endswith("s")
            and wb not in COLLECTIVE_NOUNS
        ):
            return []  # "Trump's reality TV show": a singular noun takes "shows", not "show"
        if (
            (
                ctx.tag(before) == "DET"
                # "Another tweeted": a quantifier standing alone before a past tense
                and not (wb in ctx.tag.indefinite and _agrees_as_verb(wb, lower[cs]))
            )
            or wb in POSSESSIVES
            or (wb in ("'s", "’s") and not verbal_aux)
        ):
            return []
        if (
            view.words[cs][:1].isupper()
            and (view.words[before][:1].isupper() or (ce < s1 and view.words[ce][:1].isupper()))
            and not ctx.title_case(cs)
        ):
            return []  # "the United States", "Fox News Says": a name, not a cue
        if entry.lemma in ("call", "name", "title", "dub") and ctx.tag(before) == "NOUN":
            np0 = np_left(view, ctx.tag, before + 1, s0)
            if np0 is None or lower[np0] in ("a", "an") or lower[cs] in ("named", "titled"):
                return []  # "a class called “Perception”": naming, not reporting
        if wb in BE_FORMS and not verbal_aux:
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
        if wj == "," and j == before and entry.invert and _inverted_source_after(ctx, ce, s1):
            left_boundary = j  # "…, the race will be tight, said Dan Gerstein, director …"
        elif wj == ",":
            appos = _appositive(ctx, j, s0)
            if appos is not None:
                speaker, description, left_boundary = appos
            else:
                left_boundary = j
        elif wj in DASH_TOKENS and (dashed := _dashed_subject(ctx, j, s0)) is not None:
            speaker, description = dashed  # "Many speakers — including Muslims — said"
        elif (
            wj in QUOTE_TOKENS
            and ctx.in_quote[j] >= 0
            and ctx.region_toks[ctx.in_quote[j]][1] == j + 1
        ):
            left_boundary = j
            t0 = ctx.region_toks[ctx.in_quote[j]][0]
            first_word = ctx.next_tok(t0 + 1, j)
            if (
                view.words[j - 1] == ","
                and t0 > s0
                and _few_words(ctx, t0, j, 8)
                and view.words[first_word][:1].isupper()
                and view.words[cs][:1].islower()
            ):
                # 'Hemsley, the co-author of "Going Viral," said': a title ends the
                # appositive, not a quotation.
                appos = _appositive(ctx, j - 1, s0)
                if appos is not None and appos[1] is not None:
                    speaker, description, left_boundary = appos
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
                if isinstance(subj, Candidate):
                    subj = subj.speaker
                if subj is not None and subj[1] <= start:
                    speaker = subj
                    start = None
                else:
                    return []
            if start is not None:
                lb = ctx.prev_tok(start, s0)
                if lb > s0 and ctx.closes_region(lb):
                    t0 = ctx.region_toks[ctx.in_quote[lb]][0]
                    if (
                        t0 > s0
                        and _few_words(ctx, t0, lb, 3)
                        and view.words[start][:1].isupper()
                        and view.words[t0 - 1][:1].isupper()
                        and view.words[ctx.prev_tok(lb, t0)] not in (",", ".", "!", "?")
                    ):
                        # 'Marine John “Tig” Tiegen found': a nickname inside the name
                        name_start = np_left(view, ctx.tag, t0, s0)
                        if name_start is not None:
                            start = name_start
                            lb = ctx.prev_tok(start, s0)
                speaker = (start, j + 1)
                if lb >= s0 and (view.words[lb] == "," or view.words[lb] in CLOSE_MARKS):
                    left_boundary = lb
                if lower[start] in ("who", "which", "that") and lb >= s0:
                    ante = _antecedent(ctx, start, s0)
                    if ante is not None:
                        return _post_relative(ctx, cue, speaker, ante, s0, s1, prior)
    elif j < s0 and before < s0:
        left_boundary = None

    if (
        speaker is None
        and left_boundary is None
        and j >= s0
        and lower[cs].endswith("ing")
        and lower[j] in PARTICIPLE_PREPS
    ):
        # "he began by saying", "boos upon saying"; "“…,” Trump told reporters, before
        # insisting …": the subject of the sentence's earlier attribution.
        subj = _clause_subject(ctx, s0, j, prior)
        if isinstance(subj, Candidate):
            subj = subj.speaker
        speaker = subj

    if (
        speaker is None
        and left_boundary is None
        and j >= s0
        and lower[j] == "to"
    ):
        # "agreed to a call, but only to tell Garland that …": an infinitive of purpose
        # after a comma or conjunction shares the sentence's subject.
        jj = ctx.skip_left_aux(ctx.prev_tok(j, s0), s0)
        if jj >= s0 and lower[jj] in (",", "but", "and"):
            found = _subject_and_verb(ctx, s0, jj, ("VERB", "AUX"))
            if found is not None:
                speaker = found[0]

    # Participle after a comma ("..., telling the paper that ..."): the main clause's
    # subject is the speaker.
    inherit: Candidate | None = None
    if speaker is None and left_boundary is None and j >= s0 and lower[j] in ("and", "but"):
        # "X said that A and said that B": the second cue shares the subject, also over
        # a participle between them ("blasted X, calling her Y, and then tweeted").
        same_sentence = [
            c
            for c in reversed(prior[-8:])
            if c.cue_tok >= 0 and view.sent_of[c.cue_tok] == view.sent_of[cs]
        ]
        form = _inflection(lower[cs])
        inherit = next((c for c in same_sentence if _inflection(lower[c.cue_tok]) == form), None)
        if inherit is None and same_sentence and lower[cs].endswith("ing"):
            inherit = same_sentence[0]  # "emailed supporters …, and vowing to compete"
        if inherit is None and (not same_sentence or form != "ing"):
            # "She brought that down ..., but said she couldn't": the sentence subject;
            # also after a participle's report ("was defending X, but admitted …").
            found = _subject_and_verb(ctx, s0, j, ("VERB", "AUX", "ADV"))
            if found is not None:
                speaker = found[0]
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
    if (
        left_boundary is not None
        and speaker is not None
        and _lead_in_not_content(ctx, entry.frames, left_boundary, after, s0, s1)
    ):
        left_boundary = None
    if (
        left_boundary is not None
        and speaker is not None
        and not ctx.closes_region(left_boundary)
        and _question_lead(ctx, s0, left_boundary)
    ):
        left_boundary = None  # "Asked about it, Ryan said, ...": the content follows
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
            if not _rest_is_adjunct(ctx, rest, s1) and not _describes_speaker(ctx, rest, s1):
                return []
        content = _content_before(ctx, left_boundary, s0)
        if content is None:
            return []
        after_source = ce
        if inverted:
            after_source = description[1] if description else speaker[1]
        tail_content = _content_after_parenthetical(ctx, after_source, s1, lower[cs])
        if tail_content is not None and content[1] >= tail_content[0]:
            tail_content = None
        if (
            tail_content is not None
            and not ctx.closes_region(left_boundary)
            and _adverbial(ctx, s0, left_boundary)
        ):
            # "Instead, Trump told CNN, his policy would ...": the lead-in is too short
            # to be the content; what follows the attribution is.
            content, tail_content = tail_content, None
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
        if (
            tail_content is not None
            and (
                not ctx.closes_region(left_boundary)
                # '“We are concerned,” the members wrote in a letter, that …'
                or view.lower[ctx.prev_tok(view.token_at(tail_content[0]), s0)] == "that"
            )
            and not _subordinate_start(ctx, tail_content[0])
        ):
            # "If politics gets in the way, he said, Congress can still pass it": one
            # report, interrupted by its attribution.
            cands.append(
                ctx.candidate(
                    tail_content, (cs, ce), entry.cue_type, "indirect", conf, speaker, description
                )
            )
        # '“A.” “B,” he added.': a quotation right before, with nothing between, is
        # the same speaker's.
        for before_span in _adjacent_quotes_before(ctx, content[0], prior):
            cands.append(
                ctx.candidate(
                    before_span, (cs, ce), entry.cue_type, "direct", conf, speaker, description
                )
            )
        # "“…,” he said, “…”": the second half shares the source.
        tail = speaker[1] if inverted else ce
        tail = ctx.next_tok(tail, s1 if s1 > tail else tail)
        if description is not None and inverted:
            tail = ctx.next_tok(description[1], len(view.words))
        tail = _past_adjuncts(ctx, tail, s1)
        if (
            ctx.closes_region(left_boundary)
            and tail < len(view.words)
            and view.words[tail] not in (",", ":")
        ):
            tail = _comma_before_quote(ctx, tail, s1)
        if tail < len(view.words) and view.words[tail] in (",", ":"):
            q = ctx.next_tok(tail + 1, len(view.words))
            if q in ctx.open_at:
                span = ctx.quote_at(q)
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
        if j < s0 and entry.invert and view.words[cs][:1].isupper():
            return _initial_inverted(ctx, cue, after, s1)
        return []
    if speaker is not None and _question_subject(ctx, speaker[0], s0):
        return []  # "Do you support Donald Trump?": a question, not an attribution

    # "As Purple PAC's Crane said, CONTENT."
    if speaker is not None and inherit is None:
        p = ctx.prev_tok(speaker[0], s0)
        if (
            p >= s0
            and lower[p] == "as"
            and (_sentence_initial(ctx, p, s0) or ctx.view.words[ctx.prev_tok(p, s0)] == ",")
        ):
            adj = ctx.skip_right_adjuncts(after, s1)
            comma = _past_adjuncts(ctx, adj, s1)
            if (
                comma < s1
                and view.words[comma] == ","
                # "As Trump attacked Clinton, …": an object, so no report of what follows;
                # a time ("just a few years earlier") or an addressee may stand there
                and (
                    ctx.tag(adj) == "ADP"
                    or "tell" in frames
                    or not any(
                        ctx.tag(m) in ("NOUN", "PROPN") and lower[m] not in ctx.time_words
                        for m in range(adj, comma)
                    )
                )
            ):
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
            span = ctx.quote_at(nq)
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
    if (
        frame == "quote"
        and start_tok in ctx.open_at
        and view.words[ctx.prev_tok(start_tok, s0)] == ":"
        and ctx.regions[ctx.open_at[start_tok]].closed
    ):
        # 'Clinton said: "…," but in fact …': after a colon the quotation is the content.
        end = min(end, ctx.region_toks[ctx.open_at[start_tok]][1])
    if speaker is not None and _subordinate_source(ctx, speaker[0], s0):
        # "When he says he intends to “pick up delegates”, it would seem …": the
        # subordinate clause ends at its comma; the main clause is the writer's.
        end = min(end, _first_comma(ctx, start_tok, end))
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


def _initial_inverted(ctx: _Context, cue: CueMatch, a: int, s1: int) -> list[Candidate]:
    """'Said Dorothy Poynter, who grew up with Ali, “We were all so proud.”': a cue that
    opens the sentence, its source after it, then a comma or colon and the quotation."""
    view = ctx.view
    end = np_right(view, ctx.tag, a, s1)
    if end is None:
        return []
    description = _right_appositive(ctx, end, s1)
    k = description[1] if description else end
    if k < s1 and view.words[k] == "," and view.lower[ctx.next_tok(k + 1, s1)] == "who":
        # a relative clause about the source, up to its closing comma
        first = ctx.next_tok(k + 1, s1)
        k = first
        while k < min(s1, first + 25) and view.words[k] != "," and ctx.in_quote[k] < 0:
            k += 1
        description = (first, k)
    if k >= s1 or view.words[k] not in (",", ":"):
        return []
    q = ctx.next_tok(k + 1, len(view.words))
    span = ctx.quote_at(q) if q in ctx.open_at else None
    if span is None:
        return []
    return [
        ctx.candidate(
            span, (cue.start, cue.end), cue.entry.cue_type, "direct", 0.8, (a, end), description
        )
    ]


SUBORDINATORS = frozenset(
    ["when", "while", "if", "although", "though", "because", "since", "once", "unless"]
)


SINGULAR_QUANTIFIERS = frozenset(["another", "each", "one", "either", "neither"])


def _agrees_as_verb(quantifier: str, word: str) -> bool:
    """Is ``word`` after a quantifier standing alone a verb, not the quantifier's noun?
    A past tense always is ("Another tweeted"); a present tense is when it agrees as a
    verb and not as a noun: "Another notes" (a noun would be singular), "Both oppose"."""
    if word.endswith("ed") or word in SPEECH_PAST:
        return True
    form = _inflection(word)
    if quantifier in SINGULAR_QUANTIFIERS:
        return form == "s"
    return quantifier in PLURAL_QUANTIFIERS and form == "past"  # a base form: "both oppose"


def _subordinate_source(ctx: _Context, speaker_start: int, s0: int) -> bool:
    """Does a subordinating conjunction open the source's clause ("When Sanders said
    …, he …", "For someone who conceded …, Clinton had …")?"""
    p = ctx.prev_tok(speaker_start, s0)
    if p < s0:
        return False
    w = ctx.view.lower[p]
    if w in SUBORDINATORS:
        return True
    if w == "as":
        # "even as Trump claimed that “…,” one of the prosecutors said …", "As Trump
        # attacked Clinton, the attendees chanted …"
        q = ctx.prev_tok(p, s0)
        return (q >= s0 and ctx.view.lower[q] in ("even", "just")) or _sentence_initial(
            ctx, p, s0
        )
    return False


def _first_comma(ctx: _Context, start: int, end: int) -> int:
    """The first comma between start and end outside quotations (or the one closing a
    quotation: '“not a natural politician,”'), else ``end``."""
    view = ctx.view
    k = start + 1
    while k < end:
        q = ctx.in_quote[k]
        if q >= 0:
            r_end = ctx.region_toks[q][1]
            if r_end <= end and view.words[r_end - 2] == "," and r_end - 2 > start:
                return r_end
            k = max(k + 1, r_end)
            continue
        if view.words[k] == "," and not _list_continues(ctx, k, end) and not _place_comma(
            ctx, k, end
        ):
            return k
        k += 1
    return end


def _adjacent_quotes_before(
    ctx: _Context, start_char: int, prior: list[Candidate]
) -> list[tuple[int, int]]:
    """Closed quotations in the same paragraph that end right before the quotation
    starting at ``start_char``, with only blanks between, and no attribution of their
    own: '“A.” “B,” he added.' (A is his too)."""
    view = ctx.view
    t = view.token_at(start_char)
    q = ctx.in_quote[t]
    if q < 0 or ctx.region_toks[q][0] != t:
        return []
    spans: list[tuple[int, int]] = []
    para_start = view.paras[view.para_of[t]][0]
    while len(spans) < 3:
        p = ctx.prev_tok(t, para_start)
        if p < para_start or not ctx.closes_region(p):
            break
        t0, t1 = ctx.region_toks[ctx.in_quote[p]]
        span = ctx.trim_content(t0, t1)
        # Only the latest candidates can claim a quotation this close: bounded work.
        if span is None or any(
            c.content[0] < span[1] and span[0] < c.content[1] for c in prior[-8:]
        ):
            break
        spans.append(span)
        t = t0
    return spans


def _verbal_aux_before(ctx: _Context, cs: int, before: int, s0: int) -> bool:
    """Does an auxiliary make the cue at ``cs`` a verb: an -ing form after
    "is/are/was/were/’s" with a subject before it ("Trump is telling", "He’s
    predicting"; not an adjective at a clause end: "the results are encouraging."), or a
    participle after a contracted "has" ("He's said")?"""
    view = ctx.view
    lower = view.lower
    if lower[before] in ("'s", "’s") and not lower[cs].endswith("ing"):
        # "He's said", "She’s called": the contracted "has" before a participle.
        subj = ctx.prev_tok(before, s0)
        return (
            subj >= s0
            and lower[subj] in ("he", "she", "it", "who", "that")
            and lower[cs].endswith(("ed", "said", "told", "written", "shown", "known"))
        )
    if not lower[cs].endswith("ing") or lower[before] not in BE_FORMS - {"be", "been", "being"}:
        return False
    nxt = ctx.next_tok(cs + 1, len(view.words))
    if nxt >= len(view.words) or view.words[nxt] in TERMINAL:
        return False
    subj = ctx.prev_tok(before, s0)
    if subj >= s0 and view.words[subj] == "," and _appositive(ctx, subj, s0) is not None:
        return True  # "Donald Trump, the candidate, is promising …"
    return (
        subj >= s0
        and ctx.tag(subj) in ("PRON", "PROPN", "NOUN")
        and lower[subj]
        not in (
            "it",
            "this",
            "that",
            "there",
            "what",
        )
    )


PARTICIPLE_LEADS = frozenset(["when", "if", "after", "once", "while", "before", "unless", "until"])


def _passive_be(ctx: _Context, before: int, s0: int) -> int | None:
    """For a cue with no source of its own — passive ("is widely expected", "was asked")
    or a participle clause ("Asked about it, ...", "when asked", "after being asked") —
    the token the cue's span starts from: the form of "be", else the cue itself (-1 for
    "the cue"). None when the cue has a subject."""
    lower = ctx.view.lower
    b = before
    while b >= s0 and (lower[b] in ("not", "n't", "also", "still") or ctx.tag(b) == "ADV"):
        b = ctx.prev_tok(b, s0)
    if b >= s0 and lower[b] in BE_FORMS and lower[b] not in ("'s", "’s"):
        return b
    if lower[before] == "," and before >= s0 and _appositive(ctx, before, s0) is not None:
        return None  # "Smith, delivering Cross’ speech, asked": a subject and its aside
    if before < s0 or lower[before] in PARTICIPLE_LEADS or lower[before] in ("being", ","):
        return -1
    return None


# Words that open a raising verb's complement besides an infinitive or an adjective.
RAISING_OPENERS = frozenset(["like", "as", "poised", "ready", "likely", "unlikely", "set"])


def _raising(ctx: _Context, cue: CueMatch, s0: int, s1: int, before: int) -> list[Candidate]:
    """``X seems to ...``, ``X appeared poised to ...``, ``it seems likely that ...``:
    PolNeAR takes the subject and the complement as the content, mostly with no source
    (the subject where it names one); "X appeared on Fox News" (no complement) is no
    attribution."""
    view = ctx.view
    lower = view.lower
    m = ctx.next_tok(cue.end, s1)
    while m < s1 and ctx.tag(m) == "ADV" and lower[m] not in ("not", "as"):
        m = ctx.next_tok(m + 1, s1)
    if m >= s1:
        return []
    w, t = lower[m], ctx.tag(m)
    if not (
        _to_verb(ctx, m, s1)
        or w in RAISING_OPENERS
        or t == "ADJ"
        or (t == "VERB" and w.endswith(("ed", "en")) and w not in ctx.aux_words)
    ):
        return []
    start = m
    speaker: tuple[int, int] | None = None
    j = ctx.skip_left_aux(before, s0)
    if j >= s0:
        subj = np_left(view, ctx.tag, j + 1, s0)
        if subj is not None:
            start = subj
            speaker = (subj, j + 1)  # where PolNeAR names a source, it is the subject
    span = ctx.trim_content(start, _to_clause_end(ctx, m, s1))
    if span is None:
        return []
    entry = cue.entry
    return [ctx.candidate(span, (cue.start, cue.end), entry.cue_type, "indirect", 0.6, speaker)]


def _question_lead(ctx: _Context, s0: int, boundary: int) -> bool:
    """Does the sentence open with a participle clause of a passive-frame cue ("Asked
    whether ...,", "When asked about it,")? It is the question put to the source, not
    what the source said."""
    lower = ctx.view.lower
    first = ctx.next_tok(s0, boundary)
    if first < boundary and lower[first] in PARTICIPLE_LEADS:
        first = ctx.next_tok(first + 1, boundary)
    if first < boundary and lower[first] == "being":
        first = ctx.next_tok(first + 1, boundary)
    cue = ctx.cue_at.get(first)
    return cue is not None and first < boundary and "passive" in cue.entry.frames


def _passive(ctx: _Context, cue: CueMatch, s0: int, s1: int, be: int) -> list[Candidate]:
    """``X is expected to ...``, ``was asked (by Y) whether ...``, ``Asked about X, ...``:
    the complement is the content, an agent "by Y" the source; a raised subject ("X is
    expected to ...") belongs to the content."""
    view = ctx.view
    lower = view.lower
    frames = cue.entry.frames
    k = ctx.skip_right_adjuncts(ctx.next_tok(cue.end, s1), s1)
    speaker: tuple[int, int] | None = None
    start, frame = -1, ""
    m = k
    limit = min(s1, k + 16)
    while m < limit:
        w = lower[m]
        if w in (",", ":") and ctx.next_tok(m + 1, s1) in ctx.open_at and be >= 0:
            # 'Trump was asked, “What’s the most dangerous place …?”': the question
            span = ctx.quote_at(ctx.next_tok(m + 1, s1))
            if span is None:
                return []
            return [
                ctx.candidate(
                    span, (be, cue.end), cue.entry.cue_type, "direct", 0.6, speaker
                )
            ]
        if w in (",", ";", ":") or w in TERMINAL or m in ctx.open_at:
            break
        if w == "by" and speaker is None:
            end = np_right(view, ctx.tag, ctx.next_tok(m + 1, s1), s1)
            if end is not None:
                speaker = (ctx.next_tok(m + 1, s1), end)
                m = end
                continue
        if w == "to" and _to_verb(ctx, m, s1):
            start, frame = m, "to"
            break
        if w in COMPLEMENTIZERS and w not in ("that", "who", "which") and "tell" in frames:
            start, frame = m, "that"
            break
        if w in ("about", "for") and "tell" in frames:
            start, frame = m + 1, "object"
            break
        m += 1
    if start < 0:
        return []
    if frame == "to":
        end = _to_clause_end(ctx, start, s1)
    elif frame == "object":
        end = _object_end(ctx, start, s1, cue.entry.lemma)
    else:
        end = ctx.clause_end(start, s1)
    if be < 0:
        # A participle clause ("Asked if ..., Ryan said") ends at its comma, or at a
        # spaced dash ('when asked how she would define the "establishment" - the term …').
        for i in range(start, end):
            if ctx.in_quote[i] < 0 and (
                view.words[i] == ","
                or (view.words[i] in DASH_TOKENS and view.starts[i] > view.ends[i - 1])
            ):
                end = i
                break
    elif frame == "to" and "to" in frames:
        subj = np_left(view, ctx.tag, be, s0)
        if subj is not None:
            start = subj
    span = ctx.trim_content(start, end)
    if span is None:
        return []
    c0 = be if be >= 0 else cue.start
    return [ctx.candidate(span, (c0, cue.end), cue.entry.cue_type, "indirect", 0.6, speaker)]


def _as_reported_by(ctx: _Context, cue: CueMatch, s1: int) -> list[Candidate]:
    """``As reported by X, CONTENT`` (also "as first reported by", "As noted by"): X is the
    source and the clause after the comma the content."""
    view = ctx.view
    a = ctx.next_tok(cue.end + 1, s1)
    end = np_right(view, ctx.tag, a, s1)
    if end is None or end >= s1 or view.words[end] != ",":
        return []
    b = ctx.next_tok(end + 1, s1)
    span = ctx.trim_content(b, ctx.clause_end(b, s1))
    if span is None:
        return []
    return [
        ctx.candidate(
            span, (cue.start, cue.end), cue.entry.cue_type, "indirect", 0.8, (a, end)
        )
    ]


def _passive_naming(ctx: _Context, cue: CueMatch, s0: int, s1: int, be: int) -> list[Candidate]:
    """``X has been called “Y” (by Z)``: what someone called X. As with "X is expected
    to …", the subject and the name are the content; an agent "by Z" is the source."""
    view = ctx.view
    lower = view.lower
    k = ctx.skip_right_adjuncts(ctx.next_tok(cue.end, s1), s1)
    if k >= s1 or not (
        k in ctx.open_at or ctx.tag(k) in ("DET", "ADJ", "NOUN", "PROPN") or lower[k] == "as"
    ):
        return []
    end = _object_end(ctx, k, s1, cue.entry.lemma)
    if not any(ctx.in_quote[m] >= 0 for m in range(k, end)):
        return []  # only a quoted name is reported speech: not "was called a liar"
    if k in ctx.open_at:
        t0, t1 = ctx.region_toks[ctx.open_at[k]]
        if t1 >= end and all(view.words[m][:1].isupper() for m in range(t0 + 1, t1 - 1)
                             if view.words[m][:1].isalpha()):
            return []  # "The song is called “Come Together”": a title, no one's words
    for m in range(k + 1, end):
        if lower[m] == "by" and ctx.in_quote[m] < 0:
            end = m  # '"strategic ambiguity" by Joshua Hendrick': the agent follows
            break
    speaker: tuple[int, int] | None = None
    agent = ctx.next_tok(end, s1)
    if agent < s1 and lower[agent] == "by":
        a = ctx.next_tok(agent + 1, s1)
        e = np_right(view, ctx.tag, a, s1)
        if e is not None:
            speaker = (a, e)
    aux = ctx.skip_left_aux(be, s0)  # "has been", "had been"
    start = np_left(view, ctx.tag, aux + 1, s0) if aux >= s0 else None
    span = ctx.trim_content(start if start is not None else k, end)
    if span is None:
        return []
    return [
        ctx.candidate(span, (be, cue.end), cue.entry.cue_type, "indirect", 0.6, speaker)
    ]


QUESTION_AUX = frozenset(["do", "does", "did", "will", "would", "can", "could", "should"])


def _question_subject(ctx: _Context, start: int, s0: int) -> bool:
    """Does a question's auxiliary open the sentence right before the subject ("Do you
    support ...?", "Would they back ...?")?"""
    p = ctx.prev_tok(start, s0)
    return p >= s0 and ctx.view.lower[p] in QUESTION_AUX and ctx.next_tok(s0, p) == p


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
        if (
            w in ("when", "while", "after", "before")
            and k + 1 < limit
            and ctx.tag(k + 1) == "VERB"
            and lower[k + 1].endswith(("ed", "ing"))
        ):
            return True  # '“…,” said Dan Golvach when asked about Graham'
        if k in ctx.open_at or w in COMPLEMENTIZERS or w == ":":
            return False
        if w in ("as", "while", "when") and k + 1 < limit and ctx.tag(k + 1) in ("DET", "PRON"):
            return True  # '“…?” Clinton asks as a maintenance guy walks in'
        t = ctx.tag(k)
        if (
            t in ("VERB", "AUX", "SCONJ", "CCONJ", "PART")
            and w not in ctx.time_words
            and w not in ("to", "'s", "’s")
            and not (t == "VERB" and ctx.tag.noun_reading(k))
            # "in a video posted to its account": a participle after its noun
            and not (
                t == "VERB"
                and w.endswith("ed")
                and ctx.tag(k - 1) == "NOUN"
                and k + 1 < limit
                and (ctx.tag(k + 1) == "ADP" or lower[k + 1] == "to")
            )
        ):
            return False
        if t == "PRON" and w not in OBJECT_PRONOUNS and w not in POSSESSIVES:
            return False
        k += 1
    return k >= s1


def _time_clause_at(ctx: _Context, k: int, s1: int) -> bool:
    """Does a clause of time start at token k: "when Clinton ended a debate", "as the
    crowd cheered", "after the vote was called"?"""
    if k + 1 >= s1 or ctx.view.lower[k] not in ("when", "as", "after", "before", "while"):
        return False
    n = ctx.next_tok(k + 1, s1)
    return n < s1 and ctx.tag(n) in ("PROPN", "DET", "PRON") and ctx.view.lower[n] != "that"


def _describes_speaker(ctx: _Context, k: int, s1: int) -> bool:
    """After an inverted source, does a relative or participial clause about it follow
    ("said a strategist who spoke on condition of anonymity", "said Ben Carson, asked
    about his claims", "said one Democrat familiar with the campaign")?"""
    view = ctx.view
    lower = view.lower
    if k >= s1:
        return False
    if lower[k] == ",":
        k = ctx.next_tok(k + 1, s1)
        if k >= s1:
            return False
        if ctx.tag(k) == "VERB" and lower[k].endswith(("ed", "ing")) and k not in ctx.cue_at:
            return True
    if lower[k] in ("who", "whose"):
        return True
    if (
        ctx.tag(k) == "VERB"
        and lower[k].endswith("ing")
        and k not in ctx.cue_at
        and k + 1 < s1
        and ctx.tag(k + 1) in ("ADP", "DET", "PART")
    ):
        return True  # "tweeted a German user going by the handle Pulvermann"
    return lower[k] in NP_LINK_ADJ and ctx.next_tok(k + 1, s1) < s1


def _lead_in_not_content(
    ctx: _Context, frames: frozenset[str], boundary: int, after: int, s0: int, s1: int
) -> bool:
    """With a comma or closing mark at ``boundary`` before the source: is what precedes
    it a leading adverbial ("After …, X said that …") rather than a post-posed content?
    The words after the cue tell. A closing quote mark makes it post-posed, unless the
    quotation sits inside a lead-in and a clause follows the cue ('Although he admitted
    they had “been friends,” he claimed they had never met')."""
    if not ctx.closes_region(boundary):
        return (
            not _rest_is_adjunct(ctx, after, s1)
            or _quote_follows(ctx, after, s1)
            or _object_follows(ctx, frames, after, s1)
        )
    k = ctx.skip_right_adjuncts(after, s1)
    t0 = ctx.region_toks[ctx.in_quote[boundary]][0]
    if t0 <= s0 or k >= s1:
        return False
    if _adverbial(ctx, s0, t0) and _few_words(ctx, t0, boundary, 7):
        # 'On ABC News's "This Week," Rubio said that …': a show's title in a lead-in.
        return not _rest_is_adjunct(ctx, after, s1)
    return ctx.view.lower[k] != "that" and _starts_clause(ctx, k, s1)


def _dashed_subject(
    ctx: _Context, dash: int, s0: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "A former candidate -- John McCain, who lost in 2008 -- said": the noun phrase
    before the opening dash, and the aside between the dashes as its description."""
    view = ctx.view
    for i in range(dash - 1, max(s0, dash - 30) - 1, -1):
        if ctx.in_quote[i] >= 0 or view.words[i] in TERMINAL:
            return None
        if view.words[i] in DASH_TOKENS:
            start = np_left(view, ctx.tag, i, s0)
            if start is None or i + 1 >= dash:
                return None
            return (start, ctx.prev_tok(i, start) + 1), (ctx.next_tok(i + 1, dash), dash)
    return None


def _inverted_source_after(ctx: _Context, ce: int, s1: int) -> bool:
    """Does a source noun phrase follow the cue and close the sentence ("said Steve
    Grubbs, an Iowa operative.")? Then a comma before the cue ends the content."""
    view = ctx.view
    a = ctx.skip_right_adjuncts(ctx.next_tok(ce, s1), s1)
    if a >= s1 or not (view.words[a][:1].isupper() or ctx.tag(a) == "DET"):
        return False
    end = np_right(view, ctx.tag, a, s1)
    if end is None:
        return False
    description = _right_appositive(ctx, end, s1)
    rest = ctx.next_tok(description[1] if description else end, s1)
    return _rest_is_adjunct(ctx, rest, s1) or _describes_speaker(ctx, rest, s1)


def _after_parenthetical(
    ctx: _Context, comma: int, s1: int, clauses: bool = False
) -> int | None:
    """The token after a short aside set off by commas (", without evidence,"; with
    ``clauses``, also ", when the story broke,"), or None when the comma at ``comma``
    opens none."""
    view = ctx.view
    for m in range(comma + 1, min(s1, comma + 9)):
        if ctx.in_quote[m] >= 0 or view.words[m] in TERMINAL:
            return None
        if view.words[m] in (",", ":"):  # ", to rowdy applause: “…”"
            return ctx.next_tok(m + 1, s1) if m > comma + 1 else None
        if m in ctx.cue_at and view.lower[m] != "quote":
            return None
        if ctx.tag(m) == "AUX" and not clauses:
            return None
    return None


def _sentence_initial(ctx: _Context, p: int, s0: int) -> bool:
    """Does token p open its sentence, perhaps after "But", "And" or "Yet"?"""
    first = ctx.next_tok(s0, p)
    if first == p:
        return True
    return ctx.view.lower[first] in ("but", "and", "yet") and ctx.next_tok(first + 1, p) == p


def _comma_before_quote(ctx: _Context, k: int, s1: int) -> int:
    """'“A,” he said of people whose rights were restored, “B.”': from token k, the
    comma within 20 tokens that a quotation follows, with no other quotation, cue or
    sentence end before it; k when there is none."""
    view = ctx.view
    for m in range(k, min(s1, k + 20)):
        w = view.words[m]
        if w == ",":
            return m if ctx.next_tok(m + 1, s1) in ctx.open_at else k
        if ctx.in_quote[m] >= 0 or w in TERMINAL or w == ":" or m in ctx.cue_at:
            return k
    return k


def _past_adjuncts(ctx: _Context, k: int, s1: int) -> int:
    """From token k over a short run of adjuncts ("last month on Twitter", "in a
    statement") to the comma or colon that ends it; k itself when there is none."""
    view = ctx.view
    m = k
    limit = min(s1, k + 9)
    while m < limit:
        w = view.words[m]
        if w in (",", ":"):
            return m
        if w == "-" and view.starts[m] == view.ends[m - 1]:
            m += 1  # "an op-ed"
            continue
        if (
            m in ctx.open_at
            or w in TERMINAL
            or ctx.tag(m) in ("VERB", "AUX", "SCONJ", "CCONJ", "PUNCT")
            or (ctx.tag(m) == "PRON" and view.lower[m] not in POSSESSIVES)
        ):
            return k
        m += 1
    return k


def _object_follows(ctx: _Context, frames: frozenset[str], k: int, s1: int) -> bool:
    """Does an object follow the cue ("many residents worry about portrayals",
    "conservative leaders have questioned his sincerity")? Then a comma before the source
    closes a lead-in, not a post-posed content. An addressee after "told" is no object."""
    k = ctx.skip_right_adjuncts(k, s1)
    if k >= s1:
        return False
    w = ctx.view.lower[k]
    if w == "about":
        return True
    if "tell" in frames or w in ctx.time_words:
        return False
    return ctx.tag(k) in ("DET", "NOUN", "PROPN", "ADJ", "NUM") or w in POSSESSIVES


def _quote_follows(ctx: _Context, k: int, s1: int) -> bool:
    """Does ", “…" or ": “…" follow the cue (after adjuncts)? Then a lead-in before the
    source ("As for his record, she said, “…”") is an adverbial, not the content."""
    k = ctx.skip_right_adjuncts(k, s1)
    if k < s1 and ctx.view.lower[k] in ("as", "while", "when"):
        # 'Clinton said as he introduced his wife in Hudson, "…"': past a short clause
        for m in range(k + 1, min(s1, k + 15)):
            if ctx.view.words[m] in (",", ":") or ctx.in_quote[m] >= 0:
                k = m
                break
    if k >= s1 or ctx.view.words[k] not in (",", ":"):
        return False
    return ctx.next_tok(k + 1, len(ctx.view.words)) in ctx.open_at


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
        if cue.entry.cue_type == "document" and _title_like(ctx, *ctx.region_toks[ctx.open_at[k]]):
            return None, ""  # "He read “War and Peace”": a title, not what a text says
        return k, "quote"
    if (ctx.tag(k) == "ADV" or w in ("back", "out", "up")) and w not in COMPLEMENTIZERS:
        # "responded pointedly, with a smile: “…”", "fired back forcefully: “…”": a
        # manner adverb or particle (and a phrase), then a colon and the quotation.
        for m in range(k + 1, min(s1, k + 8)):
            if lower[m] == ":":
                q = ctx.next_tok(m + 1, n)
                if q in ctx.open_at:
                    return q, "quote"
                break
            if ctx.tag(m) in ("VERB", "AUX") or lower[m] == "that" or m in ctx.open_at:
                break
    if w in (":", ","):
        q = ctx.next_tok(k + 1, n)
        if q in ctx.open_at:
            return q, "quote"
        if w == ":" and q < s1:
            return q, "that"
        if w == "," and q < s1 and lower[q] == "that":
            return ctx.next_tok(q + 1, s1), "that"  # "He added, that there’s …"
        if w == ",":
            # "said, without evidence, that …", "said, and I quote, “…”"
            aside_end = _after_parenthetical(ctx, k, s1)
            if aside_end is not None and aside_end in ctx.open_at:
                return aside_end, "quote"
            if aside_end is not None and lower[aside_end] == "that":
                return ctx.next_tok(aside_end + 1, s1), "that"
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
            if lw == "," and (past_place := _place_comma(ctx, m, s1)):
                m = past_place  # "told supporters in Columbus, Ohio, that"
                continue
            if m in ctx.open_at:
                r_end = ctx.region_toks[ctx.open_at[m]][1]
                if (
                    ctx.next_tok(r_end, s1) < s1
                    and lower[ctx.next_tok(r_end, s1)] == "that"
                    and _few_words(ctx, m, r_end, 7)
                ):
                    m = r_end  # 'stating on NBC's "Meet the Press" that': a title
                    continue
            if lw in ("that", ":") or m in ctx.open_at or lw == ",":
                break
            if lw in ("to",) and "to" in frames and m > k:
                return m, "to"
            if lw == "to" and "tell" in frames and m > k and _to_verb(ctx, m, s1):
                break  # "urged him to release the “tapes”": the addressee's infinitive

            t = ctx.tag(m)
            if t == "VERB" and lw.endswith("ing") and m == k:
                m += 1  # "told cheering supporters that"
                continue
            if (
                lw in ("after", "before", "during", "since")
                and m > k
                and m + 1 < limit
                and (ctx.tag(m + 1) in ("DET", "NUM") or lower[m + 1] in POSSESSIVES)
            ):
                m += 1  # "told supporters after his victory that": a preposition
                continue
            if t == "VERB" and m > k and (
                ctx.tag.noun_reading(m)
                or (
                    lw.endswith(("ed", "en"))
                    and ctx.tag(m - 1) in ("DET", "ADJ")
                    and m + 1 < s1
                    and ctx.tag(m + 1) == "NOUN"
                )
                # "in an ABC interview taped before the attacks that": a participle
                # phrase after the adjunct's noun
                or (
                    lw.endswith("ed")
                    and ctx.tag(m - 1) == "NOUN"
                    and m + 1 < s1
                    and ctx.tag(m + 1) == "ADP"
                    and m not in ctx.cue_at
                )
            ):
                m += 1  # "on his official Twitter feed that", "in a written statement,"
                continue
            if t in ("VERB", "AUX", "SCONJ", "CCONJ") or (
                t == "PRON"
                and lw not in OBJECT_PRONOUNS
                and lw not in POSSESSIVES
                and not (m > k and view.words[m][:1].isupper())  # "ABC's This Week"
            ):
                break
            m += 1
        if m < limit:
            lw = lower[m]
            if lw == "that":
                return m + 1, "that"
            if lw == ":":
                return ctx.next_tok(m + 1, s1), "that"
            if m in ctx.open_at and m > k and ("tell" in frames or w in ADJUNCT_PREPS):
                return m, "quote"  # "told Reuters “…”"; but "said American Jews “know …”"
            if lw == "," and m > k:
                q = ctx.next_tok(m + 1, n)
                if q in ctx.open_at:
                    return q, "quote"
                if q < s1 and lower[q] == "that":
                    return ctx.next_tok(q + 1, s1), "that"  # "told O’Reilly of Fox, that …"
                # "said in the spring, when the story broke, “…”"
                aside_end = _after_parenthetical(ctx, m, s1, clauses=True)
                if aside_end is not None and aside_end in ctx.open_at:
                    return aside_end, "quote"
        if "tell" in frames:
            # "urged Congress to act", "called on him not to run": PolNeAR's content takes
            # the addressee in.
            addr_end = np_right(view, ctx.tag, k, s1)
            if addr_end is not None and _to_verb(ctx, addr_end, s1):
                return k, "to"
            # "asked the students if they ...": an addressee, then the question.
            if m < s1 and m > k and lower[m] in COMPLEMENTIZERS - {"that", "who", "which"}:
                return m, "that"
        if m < limit and m > k and "say" in frames and lower[m] in NEW_REPORT_PRONOUNS:
            return m, "say"  # "wrote in both listings he was …": no "that" after an adjunct
        if "tell" in frames and "say" not in frames and "that" not in frames:
            # "asked him whether", "told reporters he was"
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
        if w == "to" and "to" not in frames and _to_verb(ctx, k, s1):
            v = ctx.next_tok(k + 1, s1)
            if v not in ctx.cue_at and view.lower[v] not in REPORTING_INFINITIVES:
                return None, ""  # "continues to grow": an aspect, not a reported clause
        if (
            cue.entry.cue_type in ("document", "perception", "knowledge") or "object" in frames
        ) and (not _starts_clause(ctx, k, s1)):
            # "confirmed the development to Reuters": a noun phrase, not a clause.
            return (k, "object") if "object" in frames and w not in NOT_OBJECT else (None, "")
        return k, "say"
    if "object" in frames and w not in NOT_OBJECT:
        return k, "object"
    return None, ""


def _to_verb(ctx: _Context, k: int, s1: int) -> bool:
    """Does an infinitive ("to act", "not to run") start at token k?"""
    lower = ctx.view.lower
    if k < s1 and lower[k] == "not":
        k = ctx.next_tok(k + 1, s1)
    if k + 1 >= s1 or lower[k] != "to":
        return False
    v = ctx.next_tok(k + 1, s1)
    if v in ctx.open_at:
        v = ctx.next_tok(v + 1, s1)  # 'to "remember the campaigns"': the quotation's verb
    # Not "to the", "to Reuters", "to 5 percent"; an unknown word after "to" is a verb.
    return (
        v < s1
        and ctx.view.words[v][:1].islower()
        and ctx.tag(v) not in ("DET", "PRON", "PROPN", "NUM", "PUNCT", "ADP", "ADJ")
    )


# Words an object never starts with: a passive's agent ("supported by"), an adjunct
# ("signed on", "backed in 2012"), the particle "off" ("called off the deal").
NOT_OBJECT = frozenset(
    ["by", "in", "on", "with", "from", "among", "at", "into", "over", "after", "off"]
)


# Infinitives after "continued to" that still report ("continued to question Cruz's
# temperament"); the cue lexicon lists their other forms.
REPORTING_INFINITIVES = frozenset(
    ["question", "portray", "refute", "insist", "argue", "criticize", "attack", "defend",
     "push", "call", "press", "deny", "blame", "claim", "maintain", "suggest", "warn"]
)


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
        if t in ("PUNCT", "SCONJ", "CCONJ", "ADP") or ctx.view.lower[m] == "to":
            return False  # "his readiness to be …": an infinitive, no finite verb
    return False


def _to_clause_end(ctx: _Context, start: int, s1: int, cue_word: str = "") -> int:
    lower = ctx.view.lower
    s1 = min(s1, start + MAX_CLAUSE)  # bounded: "wants to win and ..." run on stays linear
    k = start + 1
    while k < s1:
        if lower[k] == "," and ctx.next_tok(k + 1, s1) in ctx.open_at:
            k = ctx.next_tok(k + 1, s1)  # "wanted to know, “How surprised ...?”"
            continue
        if lower[k] == "," and (_list_continues(ctx, k, s1) or _verb_list_continues(ctx, k, s1)):
            k += 1  # "to bomb them, bring back waterboarding and deport refugees"
            continue
        if lower[k] in (",", ";") or (lower[k] in CLAUSE_BREAKERS and k > start + 2):
            break
        if lower[k] in ("and", "but") and cue_word and ctx.coordinated_cue(k + 1, s1, cue_word):
            break
        if lower[k] in ("and", "but") and cue_word and _finite_like(ctx, k + 1, s1, cue_word):
            break  # "pledged to create jobs and questioned the rate": the main clause goes on
        if lower[k] == "for" and k + 2 < s1 and lower[k + 2] in PIECES and k > start + 1:
            break  # "declined to comment for this article"
        if ctx.in_quote[k] >= 0:
            k = max(k + 1, ctx.region_toks[ctx.in_quote[k]][1])
            continue
        k += 1
    return min(k, s1) if k <= s1 else s1


# Past tenses that differ from their base form and do not end in "-ed".
IRREGULAR_PAST = frozenset(
    [
        "said", "told", "took", "made", "gave", "went", "came", "wrote", "spoke", "left",
        "held", "got", "saw", "knew", "thought", "brought", "sought", "won", "lost", "ran",
        "began", "drew", "threw", "chose", "rose", "fell", "became", "kept", "felt", "met",
        "paid", "sent", "spent", "stood", "tore", "wore", "swore", "struck", "hit",
    ]
)


def _finite_like(ctx: _Context, k: int, hi: int, cue_word: str) -> bool:
    """After "and" in an infinitive: a verb in the cue's own tense, so a second predicate
    of the main clause ("pledged to create jobs and questioned the rate"), not a second
    infinitive ("to defend and expand")?"""
    k = ctx.next_tok(k, hi)
    while k < hi and ctx.tag(k) == "ADV":
        k = ctx.next_tok(k + 1, hi)
    if k >= hi or ctx.tag(k) != "VERB":
        return False
    w = ctx.view.lower[k]
    form = _inflection(cue_word)
    if form == "past":
        return w.endswith("ed") or w in IRREGULAR_PAST
    return form == "s" and w.endswith("s") and not w.endswith("ss")


# What a reporter writes: "declined to comment for this story".
PIECES = frozenset(["story", "article", "report", "piece", "column", "book", "interview"])


def _object_end(ctx: _Context, start: int, hi: int, lemma: str, cue_word: str = "") -> int:
    lower = ctx.view.lower
    k = start
    quoted_before = False  # 'rejected the idea as "ludicrous" because …': the reason is theirs
    while k < hi:
        q = ctx.in_quote[k]
        if q >= 0:
            r_end = ctx.region_toks[q][1]
            k = max(k + 1, r_end)
            quoted_before = True
            if k < hi and _occasion_at(ctx, ctx.next_tok(k, hi), hi):
                break  # 'called the system “rigged” in a tweet Tuesday'
            if (
                k < hi
                and ctx.view.words[r_end - 2] == ","
                and not _list_continues(ctx, r_end - 1, hi)
            ):
                break  # 'deemed him "well qualified," which is its highest rating'
            continue
        w = lower[k]
        if w == "," and _list_continues(ctx, k, hi):
            k += 1  # "attacked GOP voters, lawmakers, and thinkers", "Sept. 11, 2001,"
            continue
        if w == "," and lemma in NAMING_LEMMAS and (after := _appositive_skip(ctx, k, hi)):
            k = after  # "called Clinton, his Democratic challenger, an ISIS “co-founder”"
            continue
        if w == "," and lemma in AS_LEMMAS and (after := _as_after_aside(ctx, k, start, hi)):
            k = after  # "praising Jeb Bush, who ended his bid Saturday, as “a man who …”"
            continue
        if w in (",", ";", "—", "–") or (
            w in CLAUSE_BREAKERS and k > start and not (w == "because" and quoted_before)
        ):
            break
        if w in ("and", "but") and cue_word and ctx.coordinated_cue(k + 1, hi, cue_word):
            break
        if w in ("and", "but") and k > start and _new_predicate(ctx, k + 1, hi):
            break  # 'called the merger "a terrible deal" and ranked Fiorina …'
        if w == "to" and k > start and k + 1 < hi and _addressee_at(ctx, k + 1, hi):
            break  # "confirmed the development to Reuters", not "compared it to slavery"
        if w == "as" and (
            k + 1 >= hi
            or lower[k + 1] in NEW_REPORT_PRONOUNS
            or (lower[k + 1] in ("it", "the") and _starts_clause(ctx, k + 1, hi))
        ):
            break  # "… as he spoke", "as the debate began"; not "as the epitome of"
        if k > start and _time_adjunct(ctx, k, hi):
            break  # "endorsed Cruz Wednesday", "endorsed Trump last week"
        if w in ("and", "but") and k > start:
            n = ctx.next_tok(k + 1, hi)
            if n < hi and (ctx.tag(n) == "AUX" or (ctx.tag(n) == "VERB" and n in ctx.cue_at)):
                break  # "endorsed Trump and has appeared at his side"
        k += 1
    return k


def _occasion_at(ctx: _Context, k: int, hi: int) -> bool:
    """Does a phrase of occasion or time start at token k ("in a tweet Tuesday", "at a
    rally", "during the debate", "on Monday")?"""
    view = ctx.view
    lower = view.lower
    if k >= hi or lower[k] not in ("in", "at", "on", "during"):
        return False
    m = ctx.next_tok(k + 1, hi)
    if m >= hi:
        return False
    if lower[m] in ctx.time_words or lower[k] == "during":
        return True
    if lower[m] not in ("a", "an", "the", "his", "her", "their", "its"):
        return False
    for n in range(m + 1, min(hi, m + 4)):
        if lower[n] in OCCASIONS:
            return True
        if ctx.tag(n) not in ("ADJ", "NOUN", "PROPN"):
            break
    return False


def _new_predicate(ctx: _Context, k: int, hi: int) -> bool:
    """After "and"/"but" in an object: does a new verb phrase or clause start at token k
    ("and ranked Fiorina", "and his administration has made", "and he said")?"""
    view = ctx.view
    k = ctx.next_tok(k, hi)
    while k < hi and ctx.tag(k) == "ADV":
        k += 1
    if k >= hi:
        return False
    w = view.lower[k]
    if ctx.tag(k) == "VERB" and not w.endswith("ing"):
        return True
    if w in NEW_REPORT_PRONOUNS:
        return True
    return _starts_clause(ctx, k, hi) and (ctx.tag(k) == "DET" or w in POSSESSIVES)


def _place_comma(ctx: _Context, comma: int, hi: int) -> int:
    """If the comma at ``comma`` is the one in "Columbus, Ohio," or "Manchester, New
    Hampshire," (a place, its state, a comma), the token after the second comma; else 0."""
    view = ctx.view
    if comma == 0 or comma + 2 >= hi or not view.words[comma - 1][:1].isupper():
        return 0
    for m in range(comma + 1, min(hi, comma + 4)):
        if view.words[m] == ",":
            return m + 1 if m > comma + 1 else 0
        if not (view.words[m][:1].isupper() and ctx.tag(m) == "PROPN"):
            # "in Salem, New Hampshire on Monday": a known state with no comma after it
            return m if m > comma + 1 and _known_place(ctx, comma + 1, m) else 0
    return 0


NAMING_LEMMAS = frozenset(["call", "dub", "label", "brand", "describe", "deem"])


def _appositive_skip(ctx: _Context, comma: int, hi: int) -> int:
    """After "called X," : the token past an appositive set off by commas (", his
    Democratic challenger,") when a second object follows it; 0 when there is none."""
    view = ctx.view
    first = ctx.next_tok(comma + 1, hi)
    if first >= hi:
        return 0
    if not (ctx.tag(first) == "DET" or view.lower[first] in POSSESSIVES):
        # "calling him, among other things, “a failed candidate”": an aside, then the
        # quoted second object.
        after = _after_parenthetical(ctx, comma, hi)
        return after if after is not None and after in ctx.open_at else 0
    after = _after_parenthetical(ctx, comma, hi)
    if after is None or after >= hi:
        return 0
    if after in ctx.open_at or (
        ctx.tag(after) in ("DET", "ADJ", "NOUN") and not _starts_clause(ctx, after, hi)
    ):
        return after
    return 0


# Verbs that take an object and then "as" what it is ("portrayed him as a fighter").
AS_LEMMAS = frozenset(
    ["describe", "portray", "praise", "cast", "recall", "see", "view", "depict", "paint",
     "hail", "characterize", "characterise", "dismiss", "denounce", "criticize", "attack",
     "label", "tout", "present", "frame", "remember", "regard"]
)


def _as_after_aside(ctx: _Context, comma: int, start: int, hi: int) -> int:
    """After "portrayed X," : the "as" past an aside about X (", who ended his bid,",
    ", Anita, who he helped,") when the object has had no "as" yet; 0 when none."""
    lower = ctx.view.lower
    if any(lower[m] == "as" for m in range(start, comma)):
        return 0
    for m in range(comma + 1, min(hi, comma + 30)):
        if ctx.in_quote[m] >= 0 or lower[m] in (";", ".", ":") or lower[m] in DASH_TOKENS:
            return 0
        if lower[m] == "," and m > comma + 1:
            n = ctx.next_tok(m + 1, hi)
            if n < hi and lower[n] == "as":
                return n
    return 0


def _verb_list_continues(ctx: _Context, comma: int, hi: int) -> bool:
    """In an infinitive: does another bare verb phrase follow the comma, with "and" or
    "or" before the last ("to bomb them, bring back waterboarding and deport …")?"""
    view = ctx.view
    m = ctx.next_tok(comma + 1, hi)
    if m >= hi or ctx.tag(m) != "VERB" or m in ctx.cue_at:
        return False
    w = view.lower[m]
    if (w.endswith(("ing", "ed")) and w not in BASE_ING) or (
        w.endswith("s") and not w.endswith("ss")
    ):
        return False
    return any(view.lower[n] in ("and", "or") for n in range(m + 1, min(hi, m + 16)))


BASE_ING = frozenset(["bring", "sing", "ring", "spring", "sting", "swing", "fling", "cling"])


def _list_continues(ctx: _Context, comma: int, hi: int) -> bool:
    """After the comma at ``comma``, does a list of nouns go on ("voters, lawmakers, and
    thinkers"; "young, liberal and African-American voters") or a date ("Sept. 11,
    2001,")?"""
    view = ctx.view
    m = ctx.next_tok(comma + 1, hi)
    if m >= hi:
        return False
    if ctx.tag(m) == "NUM" and view.words[m].isdigit() and len(view.words[m]) == 4:
        return True
    if m in ctx.open_at:
        # '…, “the union placards carried by marchers” and the strike': a quoted item
        r_end = ctx.region_toks[ctx.open_at[m]][1]
        a = ctx.next_tok(r_end, hi)
        return a < hi and view.lower[a] in ("and", "or", ",")
    if ctx.tag(m) == "ADJ" and ctx.tag(ctx.prev_tok(comma, 0)) == "ADJ":
        # "a generous, magnanimous business executive": adjectives before one noun
        n = m
        while n < hi and ctx.tag(n) == "ADJ":
            n = ctx.next_tok(n + 1, hi)
        if n < hi and ctx.tag(n) == "NOUN":
            return True
    if view.lower[m] in ("and", "or") and ctx.tag(ctx.prev_tok(comma, 0)) in ("NOUN", "PROPN"):
        m = ctx.next_tok(m + 1, hi)  # the serial comma: "voters, lawmakers, and thinkers"
        if m < hi and view.lower[m] in ("a", "an"):
            m = ctx.next_tok(m + 1, hi)  # "…, and a city of …"
        return m < hi and ctx.tag(m) in ("NOUN", "ADJ", "PROPN")
    for n in range(m, min(hi, m + 8)):
        w = view.lower[n]
        if w in ("and", "or"):
            return n > m
        if w == ",":
            return n > m and view.lower[ctx.next_tok(n + 1, hi)] in ("and", "or")
        t = ctx.tag(n)
        if t in ("ADP", "DET") and n > m and n + 1 < hi and w not in ("that", "than"):
            continue  # "higher taxes on Wall Street and …": a noun with its phrase
        if t == "VERB" and n > m and ctx.tag(n - 1) == "NOUN" and w.endswith(("ed", "ing")):
            continue  # "restaurants packed with patrons and workers": a participle phrase
        if t not in ("ADJ", "NOUN", "PROPN", "NUM") or view.is_space[n]:
            return False
    return False


def _addressee_at(ctx: _Context, k: int, hi: int) -> bool:
    """Does an addressee start at token k: a news outlet, "reporters", a pronoun?"""
    view = ctx.view
    lex = ctx.res.speakers
    w = view.lower[k]
    if w in OBJECT_PRONOUNS - {"it"} or w in ADDRESSEES:
        return True
    if (w == "the" or w in POSSESSIVES) and k + 1 < hi:
        k += 1  # "to the Post", "to his supporters"
        w = view.lower[k]
    return (
        lex.has("media_name", view.words[k])
        or lex.has("media_head", w)
        or w in ADDRESSEES
        or (k + 1 < hi and lex.phrase("media_name", (view.words[k], view.words[k + 1])))
    )


def _adverbial(ctx: _Context, a: int, b: int) -> bool:
    """Is tokens a..b-1 a lead-in without a finite verb ("Instead", "In the early 1990s",
    "With Nusra fighters playing a larger role"), not a clause that could be content?"""
    view = ctx.view
    for i in range(a, b):
        t = ctx.tag(i)
        if t == "AUX" or (t == "VERB" and not view.lower[i].endswith("ing")):
            return False
        if ctx.in_quote[i] >= 0:
            return False
    return True


WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
TIME_ADVERBS = frozenset(["yesterday", "today", "tonight", "tomorrow", "earlier", "recently"])
TIME_UNITS = frozenset(["week", "month", "year", "night", "weekend", "spring", "summer", "fall"])


def _time_adjunct(ctx: _Context, k: int, hi: int) -> bool:
    """Does a time adjunct that ends the clause start at token k ("Wednesday.", "on
    Friday and ...", "last week,")? Not one the object runs on after: "called his
    remarks on Saturday “a true wake-up call”", "blasted X for failing earlier Friday to"."""
    lower = ctx.view.lower
    w = lower[k]
    if w in WEEKDAYS or w in TIME_ADVERBS:
        after = ctx.next_tok(k + 1, hi)
    elif k + 1 < hi and w in ("on", "last", "this", "next", "earlier"):
        n = ctx.next_tok(k + 1, hi)
        if n >= hi or not (lower[n] in WEEKDAYS or (w != "on" and lower[n] in TIME_UNITS)):
            return False
        after = ctx.next_tok(n + 1, hi)
    else:
        return False
    return after >= hi or lower[after] in (",", ";", "and", "but", "—", "–") or (
        lower[after] in TERMINAL
    )


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
    if start >= s1 or (ctx.tag(start) == "VERB" and view.lower[start].endswith("ing")):
        return None  # ", he said, wiping sweat off his face": the writer's comment
    return ctx.trim_content(start, ctx.clause_end(start, s1, cue_word))


def _subordinate_start(ctx: _Context, char: int) -> bool:
    """Does the text at ``char`` open a subordinate clause the writer adds ("as the
    crowd roared", "when asked", "because …"), not the rest of the report?"""
    k = ctx.view.token_at(char)
    return ctx.view.lower[k] != "that" and ctx.tag(k) in ("SCONJ", "ADP", "ADV", "CCONJ")


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
    if q < 0 and ctx.in_quote[s0] >= 0 and ctx.region_toks[ctx.in_quote[s0]][0] < s0:
        # '“… money. They don't have a choice” but to take the lead, says X': the
        # quotation the sentence starts in opened sentences before.
        start = ctx.region_toks[ctx.in_quote[s0]][0]
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
            if p >= s0 and (
                view.words[p] in (":", "-", "—", "–", "―", "(")
                or _main_cue_within(ctx, s0, t0)
            ):
                start = t0
    # Never reach back over an earlier attribution in the sentence ("A, he said, B,
    # she said") nor further than a clause can run.
    if q < 0 or ctx.region_toks[q][0] >= s0:
        floor = max(start, end - MAX_CLAUSE)
        for i in range(end - 1, floor - 1, -1):
            if (
                i in ctx.attributed
                and ctx.in_quote[i] < 0
                and ctx.view.words[ctx.next_tok(ctx.cue_at[i].end, end)] in (",", ":")
            ):
                floor = i + 1  # a post-posed attribution before this one
                break
        start = max(start, floor)
    if start >= end:
        return None
    return ctx.trim_content(start, end)


LEADING_SUBORDINATORS = frozenset(
    ["when", "if", "after", "as", "because", "while", "although", "though", "since", "before"]
)


def _main_cue_within(ctx: _Context, s0: int, t0: int) -> bool:
    """Is there a verb cue in the lead-in s0..t0-1 outside a leading subordinate clause
    ("When Sanders said …, he “grabbed …,” said X": that "said" is inside the clause)?"""
    if not ctx.cue_within(s0, t0):
        return False
    first = ctx.next_tok(s0, t0)
    if first >= t0 or ctx.view.lower[first] not in LEADING_SUBORDINATORS:
        return True
    last_comma = -1
    for i in range(first, t0):
        if ctx.view.words[i] == "," and ctx.in_quote[i] < 0:
            last_comma = i
    return last_comma < 0 or ctx.cue_within(last_comma + 1, t0)


def _nominal(ctx: _Context, cue: CueMatch, poss: int, s0: int, s1: int) -> list[Candidate]:
    """``POSSESSOR CUE-NOUN that CONTENT`` / ``POSSESSOR CUE-NOUN: “QUOTE”``: a
    nominal report whose possessor is the source ("her remark that “there’s a special
    place in hell …”", "Clinton’s claim that …", "his words: “…”")."""
    view = ctx.view
    lower = view.lower
    if lower[poss] in POSSESSIVES:
        speaker = (poss, poss + 1)
    else:
        start = np_left(view, ctx.tag, poss, s0)
        if start is None:
            return []
        speaker = (start, poss)
    n = ctx.next_tok(cue.end, s1)
    if n >= s1:
        return []
    if lower[n] == "that":
        a = ctx.next_tok(n + 1, s1)
        if a < s1 and view.words[a] == ",":
            a = ctx.next_tok(a + 1, s1)
        if a >= s1:
            return []
        if a in ctx.open_at and not _few_words(ctx, *ctx.region_toks[ctx.open_at[a]], 3):
            # 'Her remark that “…” drew fire': the quotation is the clause (not a quoted
            # word that opens it: 'his assertion that "thousands" of Muslims celebrated').
            span = ctx.quote_at(a)
        else:
            span = ctx.trim_content(a, ctx.clause_end(a, s1, lower[cue.start]))
    else:
        if view.words[n] in (":", ",") and ctx.next_tok(n + 1, s1) in ctx.open_at:
            n = ctx.next_tok(n + 1, s1)
        if n not in ctx.open_at:
            return []
        span = ctx.quote_at(n)
    if span is None:
        return []
    return [
        ctx.candidate(
            span, (cue.start, cue.end), cue.entry.cue_type, "indirect", 0.55, speaker
        )
    ]


def _appositive(
    ctx: _Context, comma: int, s0: int
) -> tuple[tuple[int, int], tuple[int, int] | None, int | None] | None:
    """``NAME, APPOSITIVE(, APPOSITIVE), CUE``: the name, the first descriptive
    appositive, and the boundary left of the name ("Woodrow Benford, 58, who lives
    outside Minneapolis, says")."""
    view = ctx.view
    right = comma
    description: tuple[int, int] | None = None
    for _ in range(4):
        k = right - 1
        limit = max(s0, right - 45)
        while k >= limit and view.words[k] != ",":
            q = ctx.in_quote[k]
            if q >= 0:
                # A title inside the appositive: 'the co-author of "Going Viral,"'.
                t0 = ctx.region_toks[q][0]
                if t0 < limit or not _few_words(ctx, t0, k + 1, 8):
                    break
                k = t0 - 1
                continue
            if view.words[k] in (";", ":"):
                return None
            k -= 1
        if k < limit or view.words[k] != ",":
            return None
        if right - k > 30 and not any(
            view.lower[m] in ("who", "whose", "which") for m in range(k + 1, right)
        ):
            return None  # only a relative clause makes an appositive this long
        first = ctx.next_tok(k + 1, right)
        if first >= right:
            return None
        if _place_tail(ctx, first, right, s0):
            right = k  # "Harry Bond, 30, of Raleigh, N.C., said": a place's state
            continue
        if description is None and _is_name(ctx, first, right):
            # "Sanders's campaign manager, Jeff Weaver, said": the name comes second.
            start = np_left(view, ctx.tag, k, s0)
            if start is not None:
                lb = ctx.prev_tok(start, s0)
                if lb > s0 and ctx.tag(lb) == "ADP" and view.lower[lb] != "of":
                    # "Another delegate on the Cruz slate, Jim Poolman, said": the phrase
                    # before the preposition heads the description
                    head = np_left(view, ctx.tag, lb, s0)
                    if head is not None:
                        start = head
                        lb = ctx.prev_tok(start, s0)
                if lb >= s0 and view.lower[lb] in ("and", "but") and _sentence_initial(ctx, lb, s0):
                    lb = s0 - 1  # "And Florida’s attorney general, Pam Bondi, vowed"
                if lb < s0 or view.words[lb] == "," or view.words[lb] in CLOSE_MARKS:
                    boundary = lb if lb >= s0 else None
                    return (first, ctx.prev_tok(right, first) + 1), (start, k), boundary
            if any(view.lower[m] in ("who", "which") for m in range(max(s0, k - 30), k)):
                # "…, who lives outside the state capital, Sacramento, said": a place
                # inside the relative clause of an appositive chain
                right = k
                continue
            return None
        if _looks_appositive(ctx, first, right):
            last = ctx.prev_tok(right, first)
            if (
                last in ctx.cue_at
                and ctx.tag(last) == "VERB"
                and not view.lower[last].endswith("ing")
                and not any(view.lower[m] in RELATIVES for m in range(first, last))
            ):
                return None  # "…, the Post reported, citing": a post-posed report
            if view.lower[first] not in ("who", "which") and ctx.tag(first) != "NUM":
                description = (first, right)
        elif not _looks_parenthetical(ctx, first):
            return None
        start = np_left(view, ctx.tag, k, s0)
        if (
            start is None
            and view.lower[first] == "who"
            and k - 1 == ctx.next_tok(s0, k)
            and view.words[k - 1][:1].isupper()
        ):
            start = k - 1  # "Small, who attended the rally, said": a name, whatever its tag
        if start is not None and _place_tail(ctx, start, k, s0):
            right = ctx.prev_tok(start, s0)  # ", N.C., who was polled, said"
            continue
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


def _known_place(ctx: _Context, a: int, b: int) -> bool:
    """Are tokens a..b-1 a place the speaker lexicon knows ("N.C.", "New Hampshire")?"""
    view = ctx.view
    name = view.text[view.starts[a] : view.ends[b - 1]]
    lex = ctx.res.speakers
    return lex.has("gpe", name) or lex.phrase("gpe", tuple(name.split()))


def _place_tail(ctx: _Context, a: int, b: int, s0: int) -> bool:
    """Are tokens a..b-1 the state or country after a place, set off by commas ("of
    Raleigh, N.C.,", "from Des Moines, Iowa,")? A place the speaker lexicon knows, a
    comma before it, and "of", "from" or "in" a few words before that."""
    view = ctx.view
    if b - a > 3 or not view.words[a][:1].isupper() or not _known_place(ctx, a, b):
        return False
    comma = ctx.prev_tok(a, s0)
    if comma < s0 or view.words[comma] != "," or not view.words[comma - 1][:1].isupper():
        return False
    return any(view.lower[i] in ("of", "from", "in") for i in range(max(s0, comma - 4), comma))


RELATIVES = frozenset(["who", "whom", "whose", "which", "that"])


def _is_name(ctx: _Context, a: int, b: int) -> bool:
    """Are tokens a..b-1 a short capitalised name ("Jeff Weaver", "Mr. Kamp")?"""
    words = [ctx.view.words[i] for i in range(a, b) if not ctx.view.is_space[i]]
    return (
        1 <= len(words) <= 5
        # "David and Jeanne Heidler"
        and all(w[:1].isupper() or w in (".", "-") or (w == "and" and 0 < k < len(words) - 1)
                for k, w in enumerate(words))
        and ctx.tag(a) == "PROPN"
    )


def _looks_parenthetical(ctx: _Context, first: int) -> bool:
    """ ", in a statement released on Thursday,", ", speaking at a rally,", ", however,"."""
    w = ctx.view.lower[first]
    t = ctx.tag(first)
    return (
        t in ("ADP", "ADV")
        or (w.endswith("ing") and t in ("VERB", "NOUN"))
        or (t == "VERB" and w not in ctx.aux_words and first not in ctx.cue_at)
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
        or fw in REFLEXIVES  # "Tester, himself up for reelection in 2018, said"
        # "one of the signatories", "among the organisers", "part of the team"
        or (fw in ("one", "among", "part") and end > first + 1)
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
    relative = False  # "a staffer who said she planned to march"
    while k < s1 and view.words[k] not in (",", ".", ";", ":", "!", "?") and ctx.in_quote[k] < 0:
        t = ctx.tag(k)
        relative = relative or (k > first and fw != "who" and view.lower[k] in ("who", "whose"))
        if not relative and (
            t == "AUX" or (t == "VERB" and not view.lower[k].endswith(("ed", "ing")))
        ):
            return None  # a clause, not an appositive
        k += 1
    if k - first > 20:
        return None
    return first, k


FINITE_AUX = frozenset(
    ["is", "was", "are", "were", "could", "would", "will", "can", "may", "might", "must"]
)


def _relative_end(ctx: _Context, start: int, end: int) -> int:
    """A restrictive relative's infinitive or object ends where the main clause's verb
    comes: "the novice who wants to unseat Rep. Wasserman Schultz is reaping ..."."""
    lower = ctx.view.lower
    for k in range(start + 2, end):
        w = lower[k]
        if w in COMPLEMENTIZERS or ctx.in_quote[k] >= 0:
            return end  # a clause of its own inside the content may have its verb
        if w in FINITE_AUX and ctx.tag(k - 1) in ("NOUN", "PROPN", "NUM", "PRON", "ADJ", "ADV"):
            return k
    return end


def _antecedent(ctx: _Context, rel: int, s0: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at token ``rel`` refers to."""
    view = ctx.view
    p = ctx.prev_tok(rel, s0)
    if p >= s0 and (view.words[p] == "," or view.words[p] in DASH_TOKENS):
        p2 = ctx.prev_tok(p, s0)  # "Trump, who …", "the sign — which …"
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
    if frame in ("to", "object"):
        if frame == "to":
            end = _to_clause_end(ctx, start_tok, s1)
        else:
            end = _object_end(ctx, start_tok, s1, cue.entry.lemma)
        end = _relative_end(ctx, start_tok, end)
    else:
        end = ctx.clause_end(start_tok, s1)
        # A non-restrictive relative clause ends at its closing comma.
        k = start_tok
        dashed = view.words[ctx.prev_tok(rel[0], s0)] in DASH_TOKENS
        while k < end:
            q = ctx.in_quote[k]
            if q >= 0:
                # '… that she's "not a natural politician," Hillary Clinton had …': the
                # comma inside the closing mark closes the relative clause too.
                r_end = ctx.region_toks[q][1]
                if view.words[r_end - 2] == "," and r_end < end:
                    end = r_end
                    break
                k = max(k + 1, r_end)
                continue
            if view.words[k] == "," or (dashed and view.words[k] in DASH_TOKENS):
                end = k  # its closing comma, or dash ("the sign — which read “…” —")
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
        if (
            c.cue_tok >= 0
            and ctx.view.sent_of[c.cue_tok] == ctx.view.sent_of[boundary]
            and (c.speaker is not None or c.inherit is not None)
        ):
            return c
        if c.cue_tok >= 0 and c.cue_tok < s0:
            break
    return _main_subject(ctx, s0, boundary)


def _past_times(ctx: _Context, k: int, hi: int) -> int:
    """Token k, or the token after the time words starting there ("this week",
    "last Tuesday"), so a subject's verb is found behind them."""
    m = k
    while m < hi and m - k < 4 and (ctx.view.lower[m] in ctx.time_words or ctx.tag(m) == "NUM"):
        m = ctx.next_tok(m + 1, hi)
    return m if m > k and m < hi and ctx.tag(m) in ("VERB", "AUX", "ADV") else k


def _verb_after(ctx: _Context, end: int, hi: int) -> int:
    """The token after a subject ending at ``end`` where its verb would be: past time
    words ("this week") and a relative clause between commas (", who has been in daily
    contact with the campaign,")."""
    k = ctx.next_tok(end, hi)
    if k < hi and ctx.view.words[k] == "," and ctx.view.lower[ctx.next_tok(k + 1, hi)] in (
        "who", "which"
    ):
        for m in range(k + 2, min(hi, k + 30)):
            if ctx.view.words[m] == ",":
                k = ctx.next_tok(m + 1, hi)
                break
            if ctx.in_quote[m] >= 0 or ctx.view.words[m] in TERMINAL:
                break
    return _past_times(ctx, k, hi)


def _subject_and_verb(
    ctx: _Context, s0: int, boundary: int, verb_tags: tuple[str, ...]
) -> tuple[tuple[int, int], int] | None:
    """The sentence's subject before ``boundary`` and the token of its verb (tagged one of
    ``verb_tags``, or an auxiliary), or None when no verb follows the subject."""
    subj = _main_subject(ctx, s0, boundary)
    if subj is None:
        return None
    v = _verb_after(ctx, subj[1], boundary)
    if v < boundary and (ctx.tag(v) in verb_tags or ctx.view.lower[v] in ctx.aux_words):
        return subj, v
    return None


def _main_subject(ctx: _Context, s0: int, boundary: int) -> tuple[int, int] | None:
    """The sentence's subject before ``boundary``: the first noun phrase, at the start or
    after a leading adverbial's comma, that a verb follows ("At the time, she released
    …", "In an interview with the Journal, Trump doubled down …")."""
    view = ctx.view
    # Bounded: in an endless sentence only the last MAX_CLAUSE tokens are searched.
    first = ctx.next_tok(max(s0, boundary - MAX_CLAUSE), boundary)
    while first + 1 < boundary and (
        ctx.tag(first) in ("CCONJ", "ADV") or view.lower[first] in ("so", "then")
    ):
        first = ctx.next_tok(first + 1, boundary)  # "And then Trump went …"
    fallback: tuple[int, int] | None = None
    p = first
    for _ in range(4):
        end = np_right(view, ctx.tag, p, boundary)
        if end is not None:
            if fallback is None:
                fallback = (p, end)
            v = _verb_after(ctx, end, boundary)
            if v < boundary and (
                ctx.tag(v) in ("VERB", "AUX") or view.lower[v] in ctx.aux_words
            ):
                return p, end
        comma = p
        while comma < boundary and (view.words[comma] != "," or ctx.in_quote[comma] >= 0):
            comma += 1
        if comma >= boundary:
            break
        p = ctx.next_tok(comma + 1, boundary)
    return fallback


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
        if ctx.in_quote[lead] >= 0 and ctx.region_toks[ctx.in_quote[lead]][0] < lead:
            lead = ctx.region_toks[ctx.in_quote[lead]][0]  # '“A. B,” according to X'
        if view.words[prev] == ",":
            span = _content_before(ctx, prev, lead)
            span = _according_to_parenthetical(ctx, span, lead, prev, after_src, s1)
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


# What opens a comment on the sentence rather than its continuation after ", according
# to X,": "..., where 475 delegates are at stake", "..., compared with 25 percent".
RUN_ON_STOPS = frozenset(["and", "but", "where", "which", "who", "compared", "as", "with"])


def _according_to_parenthetical(
    ctx: _Context,
    span: tuple[int, int] | None,
    lead: int,
    comma: int,
    after_src: int,
    s1: int,
) -> tuple[int, int] | None:
    """``A, according to X, B``: the clause runs on after the parenthetical, and PolNeAR's
    content is A and B (we take the stretch over both); after a short lead-in ("In
    addition,", "... because,") B alone. ``A, which ..., according to X``: the relative
    clause alone."""
    view = ctx.view
    lower = view.lower
    k = ctx.next_tok(after_src, s1)
    if k < s1 and view.words[k] == "," and ctx.in_quote[k] < 0:
        b = ctx.next_tok(k + 1, s1)
        if (
            b < s1
            and lower[b] not in RUN_ON_STOPS
            and lower[b] not in CLAUSE_BREAKERS
            and not (lower[b].endswith("ing") and ctx.tag(b) == "VERB")
            and not _rest_is_adjunct(ctx, b, s1)
        ):
            end = ctx.clause_end(b, s1)
            last = ctx.prev_tok(comma, lead)
            if (
                span is None
                or _few_words(ctx, lead, comma)
                or lower[last] in CLAUSE_BREAKERS
                # "While most were elevated …, according to X, two were upgraded": the
                # subordinate lead-in is the writer's frame
                or lower[ctx.next_tok(lead, comma)] in SUBORDINATORS
            ):
                return ctx.trim_content(b, end)
            return ctx.trim_content(view.token_at(span[0]), end)
    if span is not None:
        first = view.token_at(span[0])
        for i in range(comma - 1, first, -1):
            if view.words[i] == "," and ctx.in_quote[i] < 0:
                n = ctx.next_tok(i + 1, comma)
                if lower[n] == "which" and n > first:
                    return ctx.trim_content(n, comma)
                break
    return span


# -- paragraph-driven constructions -----------------------------------------------------


DASHES = frozenset(["-", "–", "—", "―"])


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
    v = ctx.prev_tok(p, s0)
    if v > s0 and _past_verb(ctx, v) and v not in ctx.cue_at:
        # "he demurred: “…”": SUBJECT VERB, a colon, the quotation; the verb is the cue.
        start = np_left(view, ctx.tag, v, s0, max_len=6)
        lb = ctx.prev_tok(start, s0) if start is not None else -1
        if start is not None and (lb < s0 or view.words[lb] == ","):
            span = ctx.trim_content(t0, t1)
            if span is not None:
                return ctx.candidate(span, (v, v + 1), "speech", "direct", 0.6, (start, v))
        return None
    start = np_left(view, ctx.tag, p, s0, max_len=6)
    if start is None or ctx.next_tok(s0, p) != start:
        return _clause_colon_quote(ctx, k, t0, t1, p, s0)
    if (
        not any(view.words[i][0].isupper() for i in range(start, p))
        and view.lower[start] not in SUBJECT_PRONOUNS
    ):
        return None
    span = ctx.trim_content(t0, t1)
    if span is None:
        return None
    return ctx.candidate(span, (p, p + 1), "speech", "direct", 0.6, (start, p))


def _clause_colon_quote(
    ctx: _Context, k: int, t0: int, t1: int, colon: int, s0: int
) -> Candidate | None:
    """``SUBJECT VERB …: “A whole sentence.”``: a clause that announces the quotation
    ("Hoff's letter makes a libertarian-style case: “…”", "The Clinton campaign worded it
    even more carefully: “…”"). The sentence's subject speaks, unless a name closes the
    clause ("… doesn't surprise Republican pollster Daron Shaw: “…”")."""
    view = ctx.view
    first = ctx.next_tok(t0 + 1, t1)
    if first >= t1 or not view.words[first][:1].isupper() or _few_words(ctx, t0, t1, 5):
        return None  # a short or lower-case quotation is a phrase, not what was said
    last = ctx.prev_tok(colon, s0)
    name = last
    while (
        name - 1 >= max(s0, last - 6)
        and view.words[name - 1][:1].isupper()
        and ctx.tag(name - 1) == "PROPN"
    ):
        name -= 1
    if last - name >= 1 and ctx.tag(last) == "PROPN" and name > s0:
        speaker: tuple[int, int] | None = (name, last + 1)
        cue = (colon, colon + 1)
    else:
        # The last clause before the colon: "Reid said …, but he gave the Texan a
        # back-handed compliment: “…”" is his compliment, not Reid's first report.
        c0 = max(s0, colon - MAX_CLAUSE)  # bounded: a quote-strewn endless sentence stays linear
        for m in range(colon - 1, c0, -1):
            if view.lower[m] in ("but", "and", ";") and (
                view.words[m - 1] in (",", ";")
                or (ctx.closes_region(m - 1) and view.words[m - 2] == ",")
            ):
                c0 = ctx.next_tok(m + 1, colon)
                break
        found = _subject_and_verb(ctx, c0, colon, ("VERB",))
        if found is None:
            return None
        speaker, v = found
        cue = (colon, colon + 1) if v in ctx.attributed else (v, v + 1)
    span = ctx.trim_content(t0, t1)
    if span is None:
        return None
    return ctx.candidate(span, cue, "speech", "direct", 0.5, speaker)


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


def _interrupted_tail(ctx: _Context, k: int, t0: int, t1: int) -> Candidate | None:
    """``“A,” SOURCE VERBed, “B”``: the second half of a quotation interrupted by an
    attribution whose verb the cue lexicon lacks ("“The way I see it,” she
    elaborated, “no one …”"); it takes that source and verb."""
    view = ctx.view
    s0 = ctx.sent(t0)[0]
    p = ctx.prev_tok(t0, s0)
    if p < s0 or view.words[p] != ",":
        return None
    v = ctx.prev_tok(p, s0)
    if v < s0 or not _past_verb(ctx, v):
        return None
    start = np_left(view, ctx.tag, v, s0, max_len=6)
    if start is None:
        return None
    q = ctx.prev_tok(start, s0)
    if q < s0 or not ctx.closes_region(q) or view.words[ctx.prev_tok(q, s0)] != ",":
        return None
    span = ctx.trim_content(t0, t1)
    if span is None:
        return None
    return ctx.candidate(span, (v, v + 1), "speech", "direct", 0.6, (start, v))


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
                if (
                    idx > 0
                    and cands[idx - 1].sent == c.sent
                    and view.token_at(c.content[0]) not in ctx.open_at
                    and view.token_at(cands[idx - 1].content[0]) in ctx.open_at
                    and (cands[idx - 1].speaker is not None or cands[idx - 1].inherit is not None)
                ):
                    # '“A,” she said, adding that B. “C.”': C continues her quotation,
                    # not the participle's report.
                    src = idx - 1
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
                c.content[0] > source.content[0]
                and c.content[0] < r.start
                # '“A,” she said, adding that B. “C.”': her participle's report is no break
                and c.sent != source.sent
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
