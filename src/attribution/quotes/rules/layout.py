"""Attributions read from a paragraph's layout rather than from a reporting verb.

News carries sources in a few fixed layouts as well as in sentences: a label and a colon
heading a paragraph ("Cruz: …", "TAPPER: …"), a newsletter item credited in brackets at
its end ("… [Reuters.]"), an aside naming whose words they are ("in her words, …"), and a
finding reported "in a poll". Each reader here scans the document once (a regular
expression or a per-paragraph check) and returns candidates like the cue-driven rules of
:mod:`.cue_driven`; :func:`layout_attributions` runs them all.
"""

from __future__ import annotations

import regex

from ...candidates import Candidate
from ...phrases import np_left, np_right
from ..clauses import clause_end
from ..context import Context
from ..shapes import few_words
from ..words import CLAUSE_BREAKERS, DASHES, MAX_CLAUSE, TERMINAL
from .colon_labels import colon_paragraphs
from .registry import Example, declare

__all__ = ["layout_attributions"]


IN_THEIR_WORDS = declare(
    "layout.in_their_words",
    "layout",
    "in her words, CONTENT / CONTENT, in Bolton's view.: the possessor's words",
    examples=[
        Example(
            "In her words, he knows how to win.",
            "he knows how to win",
            "her",
            "In her words",
        ),
    ],
)
BRACKET_CREDIT = declare(
    "layout.bracket_credit",
    "layout",
    "a newsletter item credited at its end: HEADLINE Text … [Reuters.]",
    examples=[
        Example(
            "OIL PRICES FALL Prices fell sharply on Monday in early trading. [Reuters.]",
            "Prices fell sharply on Monday in early trading",
            "Reuters",
            "[Reuters.]",
        ),
    ],
)
DASH_CREDIT = declare(
    "layout.dash_credit",
    "layout",
    "“QUOTE.” — NAME: a quotation credited after a dash",
    examples=[
        Example(
            "“We need change in this country.” — Bernie Sanders.",
            "“We need change in this country.”",
            "Bernie Sanders",
            "—",
        ),
    ],
)
TWEET_EMBED = declare(
    "layout.tweet_embed",
    "layout",
    "an embedded tweet: TEXT — NAME (@handle) Month D, YYYY",
    examples=[
        Example(
            "Great rally tonight in Ohio! — Donald J. Trump (@realDonaldTrump) March 1, 2016",
            "Great rally tonight in Ohio",
            "Donald J. Trump",
            "—",
        ),
    ],
)
POLL = declare(
    "layout.poll",
    "layout",
    "CLAUSE in SOURCE-POLL / In SOURCE-POLL, CLAUSE: a finding reported in a poll",
    examples=[
        Example(
            "In a CNN poll, most voters backed the plan.",
            "most voters backed the plan",
            "a CNN poll",
            "In",
        ),
    ],
)


def layout_attributions(ctx: Context) -> list[Candidate]:
    """Candidates from colon labels, bracketed credits, "in X's words" and polls."""
    return (
        colon_paragraphs(ctx)
        + _in_their_words(ctx)
        + _bracket_credits(ctx)
        + _in_polls(ctx)
        + _dash_credits(ctx)
        + _tweet_embeds(ctx)
    )


# "in his words", "in Bolton’s own view": a possessor, then a noun for someone's say.
_IN_WHOSE_WORDS = (
    r"[Ii]n (?:(?:his|her|their|its|our)|\p{Lu}[\w.]*+(?: \p{Lu}[\w.]*+){0,3}[’']s?)"
    r" (?:own )?(?:words|view|opinion|estimation|telling|judgment|judgement|mind)"
)
_IN_WORDS = regex.compile(rf"\b{_IN_WHOSE_WORDS},")
# The same phrase closing its sentence: "…, in Bolton’s view."
_IN_WORDS_AFTER = regex.compile(rf"(,[”\"’]?+)[ \t]++{_IN_WHOSE_WORDS}(?=[ \t]*+[.!?])")


def _in_their_words(ctx: Context) -> list[Candidate]:
    """ "in her words, “he knows how to do it”", "in Forbes’ words, …": the words are the
    possessor's; the clause after the comma is the content."""
    view = ctx.view
    out: list[Candidate] = []
    for m in _IN_WORDS.finditer(view.text):
        cue0 = view.token_at(m.start())
        comma = view.token_before(m.end())
        s1 = ctx.sent(comma)[1]
        words_tok = ctx.prev_tok(comma, cue0)
        start = ctx.next_tok(comma + 1, s1)
        if start >= s1:
            continue
        end = clause_end(ctx, start, s1)
        if start in ctx.open_at:
            end = max(end, ctx.region_toks[ctx.open_at[start]][1])
        span = ctx.trim_content(start, end)
        owner = _owner(ctx, cue0 + 1, words_tok)
        if span is None or owner[1] <= owner[0]:
            continue
        out.append(
            ctx.candidate(
                span, (cue0, words_tok + 1), "speech", "according_to", owner,
                rule=IN_THEIR_WORDS,
            )
        )
    for m in _IN_WORDS_AFTER.finditer(view.text):
        comma = view.token_at(m.start())
        end = view.token_before(m.end(1)) + 1  # after the comma and a closing mark
        cue0 = ctx.next_tok(end, len(view.words))
        words_tok = view.token_before(m.end())
        s0 = ctx.sent(comma)[0]
        if ctx.in_quote[s0] >= 0 and ctx.region_toks[ctx.in_quote[s0]][0] < s0:
            s0 = ctx.region_toks[ctx.in_quote[s0]][0]
        span = ctx.trim_content(s0, end, strip_that=False)
        owner = _owner(ctx, cue0 + 1, words_tok)
        if span is None or owner[1] <= owner[0] or few_words(ctx, s0, comma, 3):
            continue
        out.append(
            ctx.candidate(
                span, (cue0, words_tok + 1), "speech", "according_to", owner,
                rule=IN_THEIR_WORDS,
            )
        )
    return out


def _owner(ctx: Context, a: int, b: int) -> tuple[int, int]:
    """The possessor in "in Bolton’s own view": without "own" and the possessive."""
    lower = ctx.view.lower
    if b > a and lower[b - 1] == "own":
        b -= 1
    if b - 1 > a and lower[b - 1] in ("'s", "’s", "'", "’"):
        b -= 1
    return a, b


def _bracket_credits(ctx: Context) -> list[Candidate]:
    """A newsletter item credited at its end: "HEADLINE Text with “a quote.” [Reuters.]".
    The text after the all-caps headline is the credited source's; the bracket is the cue.
    """
    view = ctx.view
    words = view.words
    out: list[Candidate] = []
    for p0, p1 in view.paras:
        last = ctx.prev_tok(p1, p0)
        if last < p0 or words[last] != "]":
            continue
        opening = last - 1
        while opening > max(p0, last - 8) and words[opening] != "[":
            opening -= 1
        if words[opening] != "[" or not _credit_name(ctx, opening + 1, last):
            continue
        start = ctx.next_tok(p0, opening)
        k = start
        while (
            k < opening
            and k not in ctx.open_at
            and (view.is_space[k] or not any(c.islower() for c in words[k]))
        ):
            k += 1  # the all-caps headline
        if k - start >= 2:
            start = k
        span = ctx.trim_content(start, opening, strip_that=False)
        if span is None or few_words(ctx, start, opening, 4):
            continue
        name_end = last - 1 if words[last - 1] == "." else last
        credit = (opening + 1, name_end)
        out.append(
            ctx.candidate(
                span, (opening, last + 1), "speech", "indirect", credit,
                rule=BRACKET_CREDIT,
            )
        )
    return out


def _dash_credits(ctx: Context) -> list[Candidate]:
    """ ``“QUOTE.” — NAME`` (``, PLACE``): a quotation credited after a dash, the epigraph
    and vox-pop style ("“…” - Bernie Sanders.", "“…” -Michelle Marks, Philadelphia.")."""
    view = ctx.view
    words = view.words
    out: list[Candidate] = []
    for k, (t0, t1) in enumerate(ctx.region_toks):
        r = ctx.regions[k]
        if r.depth or not r.closed:
            continue
        p1 = view.paras[view.para_of[t0]][1]
        d = ctx.next_tok(t1, p1)
        if d >= p1 or words[d] not in DASHES:
            continue
        a = ctx.next_tok(d + 1, p1)
        if a >= p1 or a in ctx.open_at:
            continue
        b = a
        while b < p1 and b - a < 6 and (words[b][:1].isupper() or words[b] in (".", "'", "’")):
            b += 1
        if b == a or not words[a][:1].isupper():
            continue
        rest = ctx.next_tok(b, p1)
        # The credit ends its sentence or paragraph, or a place follows it.
        if rest < p1 and words[rest] not in TERMINAL and words[rest] != ",":
            continue
        span = ctx.trim_content(t0, t1)
        if span is None or few_words(ctx, t0, t1, 3):
            continue
        name_end = b - 1 if words[b - 1] == "." and b - 1 > a else b
        out.append(
            ctx.candidate(
                span, (d, d + 1), "speech", "direct", (a, name_end), rule=DASH_CREDIT
            )
        )
    return out


# A Twitter embed's credit line: "— David Martosko (@dmartosko) September 1, 2016".
_TWEET_CREDIT = regex.compile(
    r"(?<=\S[ \t]{1,3})[—–-]{1,2}[ \t]?+(\p{Lu}[^\n()@]{0,60}?)[ \t]++\(@\w{1,15}\)[ \t]++"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December) \d{1,2}, \d{4}"
)


def _tweet_embeds(ctx: Context) -> list[Candidate]:
    """An embedded tweet as news pages print it: "TEXT pic.twitter.com/… — NAME
    (@handle) Month D, YYYY". The paragraph's text before the credit is the content,
    the name the source."""
    view = ctx.view
    text = view.text
    if "(@" not in text:
        return []
    out: list[Candidate] = []
    prev_end = 0
    for m in _TWEET_CREDIT.finditer(text):
        dash = view.token_at(m.start())
        # The text since the paragraph start or the previous credit: bounded, so many
        # credits in one paragraph stay linear.
        p0 = max(view.paras[view.para_of[dash]][0], view.token_at(prev_end))
        prev_end = m.end()
        start = ctx.next_tok(p0, dash)
        # Markup that opens the embed ("<tweet id=… author=…>") is no part of the text.
        span = ctx.trim_content(start, dash, strip_that=False)
        if span is None or few_words(ctx, start, dash, 3):
            continue
        gt = text.rfind(">", span[0], m.start())
        if gt >= 0 and text.startswith("<", span[0]):
            left = gt + 1
            while left < span[1] and text[left].isspace():
                left += 1
            if left >= span[1]:
                continue
            span = (left, span[1])
        a = view.token_at(m.start(1))
        b = view.token_before(m.end(1)) + 1
        if b <= a:
            continue
        out.append(
            ctx.candidate(
                span, (dash, dash + 1), "speech", "direct", (a, b), rule=TWEET_EMBED
            )
        )
    return out


def _credit_name(ctx: Context, a: int, b: int) -> bool:
    """Are tokens a..b-1 a credit: a few capitalised words, perhaps a final stop?"""
    names = [w for w in ctx.view.words[a:b] if w not in (".", " ")]
    return 1 <= len(names) <= 4 and all(w[:1].isupper() for w in names)


POLL_HEADS = ("poll", "polls", "survey", "surveys")
POLL_WORDS = frozenset(POLL_HEADS)
# Where the clause reported "in a poll" may start after, besides the sentence start.
POLL_CLAUSE_OPENERS = frozenset(["that", "when", "where", "because", "as", "while", "why"])
POLL_NOT_CLAUSE = CLAUSE_BREAKERS | {"who", "which", "despite", "with", "if", "though", "and"}


def _in_polls(ctx: Context) -> list[Candidate]:
    """``CLAUSE in SOURCE-POLL`` / ``In SOURCE-POLL, CLAUSE``: a finding reported "in a
    CNN national poll", "in the polls", "in most surveys"; the cue is "in", the poll the
    source. The poll words are found with ``list.index`` (no loop over every token)."""
    view = ctx.view
    lower = view.lower
    out: list[Candidate] = []
    # Most texts have none: a poll word's token is in the lower-cased text, whose
    # substring search is quicker than hashing every token.
    low_text = view.text.lower()
    if "poll" not in low_text and "survey" not in low_text:
        return out
    present = POLL_WORDS.intersection(lower)
    for head in POLL_HEADS:
        if head not in present:
            continue
        i = -1
        while True:
            try:
                i = lower.index(head, i + 1)
            except ValueError:
                break
            if ctx.in_quote[i] >= 0:
                continue
            s0, s1 = ctx.sent(i)
            start = np_left(view, ctx.tag, i + 1, s0, max_len=10)
            if start is None:
                continue
            cue = ctx.prev_tok(start, s0)
            if cue < s0 or lower[cue] != "in":
                continue
            end = np_right(view, ctx.tag, start, s1) or i + 1
            end = max(end, i + 1)
            after = ctx.next_tok(end, s1)
            if after < s1 and ctx.tag(after) in ("VERB", "AUX") and after not in ctx.cue_at:
                continue  # "voters in the poll were undecided": part of the subject
            if head.endswith("s") and ctx.next_tok(s0, cue) != cue:
                continue  # "ahead in the polls": too loose to be a reported finding
            span = _poll_content(ctx, cue, end, s0, s1)
            if span is not None:
                out.append(
                    ctx.candidate(
                        span, (cue, cue + 1), "document", "indirect", (start, end),
                        rule=POLL,
                    )
                )
    return out


def _poll_content(ctx: Context, cue: int, end: int, s0: int, s1: int) -> tuple[int, int] | None:
    view = ctx.view
    lower = view.lower
    if ctx.next_tok(s0, cue) == cue:
        # "In a Fox poll, CLAUSE."
        k = ctx.next_tok(end, s1)
        while k < s1 and view.words[k] != "," and k < end + 8:
            k += 1  # "released Sunday", "conducted March 11-13"
        if k >= s1 or view.words[k] != ",":
            return None
        a = ctx.next_tok(k + 1, s1)
        return ctx.trim_content(a, clause_end(ctx, a, s1))
    start = max(s0, cue - MAX_CLAUSE)
    for i in range(cue - 1, start - 1, -1):
        w = lower[i]
        if ctx.in_quote[i] >= 0:
            continue
        if w in (",", ";", ":", "—", "–") and not few_words(ctx, i + 1, cue, 3):
            start = i + 1
            break
        if w in POLL_CLAUSE_OPENERS and i > s0:
            start = i + 1
            break
    first = ctx.next_tok(start, cue)
    if few_words(ctx, start, cue, 2) or lower[first] in POLL_NOT_CLAUSE:
        return None  # a subordinate or relative clause ("Though she is ahead in polls,")
    return ctx.trim_content(start, cue)
