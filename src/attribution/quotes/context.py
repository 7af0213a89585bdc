"""What the quote rules consult for one document: tokens, tags, quote regions, cues.

:class:`Context` holds the outermost quote regions with their token ranges, the cues by
token, the coarse tagger and the lexicons, and the token-level helpers every rule uses
(the previous and next word, auxiliaries and adjuncts to skip, a content's trimmed span).
It makes :class:`~attribution.candidates.Candidate` records and knows nothing of the
rules that use it.
"""

from __future__ import annotations

import bisect
from typing import Any

import regex

from ..candidates import Candidate
from ..phrases import Tagger
from ..resources import Resources
from ..segment import DocView
from .cues import CueMatch
from .marks import QuoteRegion
from .words import ASPECT_BEFORE_TO, BARE_TIME_NOUNS, REFLEXIVES, TERMINAL

# Months that are also people's names ("Theresa May said", "Brian May said").
SURNAME_MONTHS = frozenset(["may", "june", "april", "august"])
# Time words that end the names of outlets and shows ("USA Today", "Business Day"), and
# of people.
NAME_FINAL_TIME = frozenset(["today", "tonight", "day", "week"]) | SURNAME_MONTHS
_TIME_OPENERS = frozenset(["on", "last", "this", "early", "late"])  # "on Tuesday", "last week"

# A wire story's dateline at the start of its first paragraph: a place in capitals, its
# region, the date, the agency, a dash ("TUGUEGARAO, Philippines (AP) — ", "WASHINGTON — ",
# "HANOI, Nov 24 (Reuters) - ", "LONDON, 5 December (Press Association) - ", and the
# colon of Indian papers: "BHUBANESWAR: ").
# It is the writer's, never part of a content.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*+\.?"
DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}.'’-]++(?: \p{Lu}[\p{Lu}.'’-]*+){0,3}"  # (also "HÀ NỘI", "SÃO PAULO")
    r"(?:, \p{Lu}[\w.'’-]*+(?: \p{Lu}[\w.'’-]*+){0,3}){0,2}"
    rf"(?:,? (?:{_MONTH} \d{{1,2}}|\d{{1,2}} {_MONTH}))?"
    r"(?: \((?:[A-Za-z.]{1,12}|[A-Z][\w.&'’-]*+(?: [A-Z][\w.&'’-]*+){1,3})\))?(?: ?[—–-]{1,2} |: )"
)


class Context:
    """What the construction rules consult: tokens, tags, quote regions."""

    def __init__(self, view: DocView, regions: list[QuoteRegion], res: Resources) -> None:
        self.view = view
        self.res = res
        self.tag = Tagger.of(view, res)
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
        self.gapped: set[int] = set()  # cue tokens whose object is a relative's antecedent
        self.tagged: dict[int, float] = {}  # cue tokens the cue tagger proposed: its score
        self._title_case: dict[int, bool] = {}
        self.headlines: dict[int, bool] = {}  # per paragraph: clauses.headline_line
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
        speaker: tuple[int, int] | None,
        description: tuple[int, int] | None = None,
        *,
        rule: str,
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
            speaker,
            description,
            sent=view.sent_of[c0],
            para=view.para_of[c0],
            cue_tok=c0,
            rule=rule,
            **extra,
        )

    def title_case(self, i: int) -> bool:
        """Is token i in a short title-case paragraph, a headline where every word is
        capitalised ("Maria Hinojosa Explained Why She Felt “Invisible” As A Child")?"""
        para = self.view.para_of[i]
        cached = self._title_case.get(para)
        if cached is None:
            p0, p1 = self.view.paras[para]
            # Words until it cannot be a headline: a 31st word, or a 7th without a
            # capital (at most 30 words, 80% of them capitalised).
            words: list[str] = []
            caps = 0
            for w in self.view.words[p0:p1]:
                if w[:1].isalpha():
                    words.append(w)
                    caps += w[:1].isupper()
                    if len(words) > 30 or len(words) - caps > 6:
                        break
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

    def before_times(self, k: int, lo: int) -> int:
        """Token ``k``, or the token before the time words that end there ("yesterday",
        "on Tuesday", "last week"), so the verb before them is found."""
        m = k
        while m > lo and k - m < 4 and (
                self.view.lower[m] in self.time_words or self.view.lower[m] in _TIME_OPENERS):
            m = self.prev_tok(m, lo)
        return m

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
        elif i - 2 >= lo and lower[i] == "to" and lower[i - 1].endswith("ed") and (
            lower[i - 2] in ("was", "were", "been", "is", "are", "be")
        ):
            i -= 2  # "Mr. Trump was prompted to say", "she was forced to admit"
        while i >= lo and (
            (lower[i] in self.aux_words and self.tag(i) != "PROPN")  # not "George Will"
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
        if i >= lo and lower[i] in self.time_words and self.tag(i) != "PRON" and not (
            # a capitalised "Today" after a name's word ends the name: "Naija Markets Today"
            lower[i] in NAME_FINAL_TIME
            and self.view.words[i][:1].isupper()
            and i - 1 >= lo
            and self.view.words[i - 1][:1].isupper()
        ):
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
        if i < hi and lower[i] in BARE_TIME_NOUNS:
            return i  # a bare unit opens no adjunct: "said night trains would not resume"
        run = i  # the first time word of the run at i: "said | last year's budget …"
        while i < hi and (
            (lower[i] in self.time_words and lower[i] not in ("in", "at", "on", "that", "this"))
            or self.view.is_space[i]
            or (self.tag(i) == "ADV" and lower[i] in self.aux_words)
        ):
            if self.modifier_word(i, hi):
                return run  # the run opens a noun phrase: "first-time offenders"
            if lower[i] not in self.time_words:
                run = i + 1
            i += 1
        if i + 1 < hi and lower[i] == "on" and lower[i + 1] in self.time_words:
            i += 2
            while i < hi and lower[i] in self.time_words:
                i += 1
        j = i + 1 if i + 2 < hi and lower[i] in ("shortly", "just", "soon") else i
        if j + 1 < hi and lower[j] in ("before", "after") and lower[j + 1] in self.time_words:
            i = j + 2  # "reported shortly before midnight that"
        # Never stop inside a possessive: "criticized Tuesday's package".
        return i

    def modifier_word(self, i: int, hi: int) -> bool:
        """Is token i the first part of a compound or a possessive ("first-time
        offenders", "late-night talks", "last year's budget"): a word of the noun phrase
        it opens, no adjunct of the verb before it?"""
        view = self.view
        if i + 1 >= hi or view.ends[i] != view.starts[i + 1]:
            return False
        return view.words[i + 1] in ("-", "–") or view.lower[i + 1] in ("'s", "’s")

    def trim_content(self, a: int, b: int, strip_that: bool = True) -> tuple[int, int] | None:
        """Token range a..b-1 to a char span, dropping edge spaces and punctuation
        (kept when it sits inside quote marks)."""
        view = self.view
        if a < b and view.starts[a] == view.starts[view.paras[view.para_of[a]][0]]:
            a = self.after_dateline(a, b)
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

    def after_dateline(self, a: int, b: int) -> int:
        """The first token after a dateline that opens the paragraph at token ``a``
        (``a`` itself when there is none)."""
        view = self.view
        m = DATELINE.match(view.text, view.starts[a], min(view.ends[b - 1], view.starts[a] + 80))
        if m is None or m.end() - m.start() < 4:
            return a
        return max(a, view.token_at(m.end()))

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

    def cue_within(self, a: int, b: int, relative_ok: bool = True) -> bool:
        """Is there a verb cue among tokens a..b-1 (with ``relative_ok=False``, not one
        inside a relative or wh-clause: "what she calls")?"""
        for m in range(a, b):
            if not relative_ok and self.view.lower[m] in ("what", "which", "who", "how"):
                return False
            if m in self.cue_at and self.tag(m) == "VERB":
                return True
        return False
