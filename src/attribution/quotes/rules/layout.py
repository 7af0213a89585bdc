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
from ..context import DATELINE, Context
from ..shapes import few_words
from ..words import ANSWER_LABELS, CLAUSE_BREAKERS, DASHES, MAX_CLAUSE, QUESTION_LABELS, TERMINAL
from .registry import Example, declare

__all__ = ["layout_attributions"]


COLON_LABEL_RULE = declare(
    "layout.colon_label",
    "layout",
    "SOURCE: CONTENT heading a paragraph (headlines, transcripts, debate exchanges)",
    examples=[
        Example(
            "TAPPER: And obviously, you have been critical of the plan.",
            "And obviously, you have been critical of the plan",
            "TAPPER",
            ":",
        ),
        Example(
            "Cruz: Trump Would Put Liberals On Court",
            "Trump Would Put Liberals On Court",
            "Cruz",
            ":",
        ),
    ],
    counter_examples=[
        "Update: The story was corrected on Monday.",
        "BHUBANESWAR: Twenty-three people have died of sunstroke, the relief commissioner "
        "said on Thursday.",
    ],
)
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
        _colon_paragraphs(ctx)
        + _in_their_words(ctx)
        + _bracket_credits(ctx)
        + _in_polls(ctx)
        + _dash_credits(ctx)
        + _tweet_embeds(ctx)
    )


# Lower-case words a colon-labelled source may hold ("Secretary of State", "the report").
LABEL_INNER = frozenset(["of", "the", "for", "on", "to", "in", "and", "&", "de", "von"])
COLON_SCAN = 40  # tokens into a paragraph searched for its label's colon
COLON_LABEL = 8  # the longest source label, in tokens


def _colon_paragraphs(ctx: Context) -> list[Candidate]:
    """``SOURCE: CONTENT`` heading a paragraph, the headline and transcript style with no
    verb ("Cruz: Trump Would Put Liberals On Court", "TAPPER: And obviously, ...", "Q:
    ...", "What it means - Philip Bump: “...”"): the rest of the paragraph is the
    content. Labels that name no source ("Update:", "Editor's Note:") are skipped."""
    view = ctx.view
    words = view.words
    out: list[Candidate] = []
    text = view.text
    labels: list[tuple[int, int, int]] = []  # (first token, colon, paragraph end)
    for p0, p1 in view.paras:
        a = ctx.next_tok(p0, p1)
        limit = min(p1, a + COLON_SCAN)
        if a >= limit or text.find(":", view.starts[a], view.ends[limit - 1]) < 0:
            continue  # no colon where a label could end: nothing to read
        colon = -1
        start = a
        for k in range(a, limit):
            w = words[k]
            if w == ":":
                colon = k
                break
            if w in DASHES and k > a and view.starts[k] > view.ends[k - 1]:
                start = ctx.next_tok(k + 1, limit)  # "TOPIC - SOURCE:"
            elif w.lower() == "from" and k + 1 < limit and k - start <= 1:
                start = ctx.next_tok(k + 1, limit)  # "More from Jones:", "From the report:"
            elif w in TERMINAL or ctx.in_quote[k] >= 0:
                break
        if colon < 0 or not 0 < colon - start <= COLON_LABEL:
            continue
        labels.append((start, colon, p1))
    turns = _transcript_turns(ctx, labels)
    capitals = [a for a, b, _ in labels if "".join(view.words[a:b]).isupper()]
    for start, colon, p1 in labels:
        label = _label_text(ctx, start, colon)
        question = label in QUESTION_LABELS
        if not question and not _source_label(ctx, start, colon):
            continue
        if capitals == [start] and label not in turns and DATELINE.match(
            text, view.starts[start], view.ends[colon] + 1
        ) and any(
            k in ctx.cue_at and ctx.cue_at[k].entry.cue_type == "speech"
            and ctx.in_quote[k] < 0 for k in range(colon + 1, p1)
        ):
            # "BHUBANESWAR: Twenty-three people …, the commissioner said on Thursday.": a
            # lone dateline before a report of its own (not "TAPPER: And obviously, …")
            continue
        verbatim = label in turns
        # 'Clinton: "…" Bush: "…"': a debate's exchange in one paragraph, a label
        # after each quotation.
        while True:
            nxt = _next_label(ctx, colon + 1, p1)
            end = nxt[0] if nxt else p1
            first = ctx.next_tok(colon + 1, end)
            if not verbatim and first in ctx.open_at:
                # "Police chief: 'We will find the people who did this' after 3 wounded
                # …": the quotation, not the writer's words after it
                shut = ctx.region_toks[ctx.open_at[first]][1]
                after = ctx.next_tok(shut, end)
                if shut < end and after < end and view.words[after][:1].islower():
                    end = shut
            span = ctx.trim_content(colon + 1, end, strip_that=False)
            if span is not None and not few_words(ctx, colon + 1, end, 2):
                out.append(
                    ctx.candidate(
                        span, (colon, colon + 1), "speech", "indirect",
                        None if question else (start, colon),  # "Q:" names nobody
                        rule=COLON_LABEL_RULE, verbatim=verbatim,
                    )
                )
            if nxt is None:
                break
            start, colon = nxt
    return out


def _label_text(ctx: Context, a: int, b: int) -> str:
    return " ".join(ctx.view.lower[a:b])


def _transcript_turns(ctx: Context, labels: list[tuple[int, int, int]]) -> frozenset[str]:
    """The labels of a transcript or an interview, whose paragraphs are the speakers' own
    words: every source label when the document has "Q:" turns, else the labels that head
    two paragraphs or more ("TAPPER: …" … "TAPPER: …"); a headline's "Cruz: …" heads one."""
    texts = [_label_text(ctx, a, b) for a, b, _ in labels]
    if any(t in QUESTION_LABELS for t in texts):
        return frozenset(texts)
    seen: set[str] = set()
    again: set[str] = set()
    for t in texts:
        (again if t in seen else seen).add(t)
    return frozenset(again)


def _next_label(ctx: Context, k: int, p1: int) -> tuple[int, int] | None:
    """After a quotation in a colon paragraph, the next ``LABEL: “`` (its first token and
    its colon), or None."""
    view = ctx.view
    while k < p1:
        q = ctx.in_quote[k]
        if q < 0:
            k += 1
            continue
        k = ctx.region_toks[q][1]
        a = ctx.next_tok(k, p1)
        for colon in range(a + 1, min(p1, a + COLON_LABEL + 1)):
            if view.words[colon] == ":":
                if ctx.next_tok(colon + 1, p1) in ctx.open_at and _source_label(ctx, a, colon):
                    return a, colon
                break
            if ctx.in_quote[colon] >= 0 or view.words[colon] in TERMINAL:
                break
    return None


def _source_label(ctx: Context, a: int, b: int) -> bool:
    """Are tokens a..b-1 a source's label: capitalised words ("Rep. Trey Gowdy (R-S.C.)",
    "NY Post", "Q"), no cue, no label word of the lexicon ("Update", "Note")?"""
    view = ctx.view
    first = view.words[a]
    if not first[:1].isupper() or view.lower[a] in ctx.label_words:
        return False
    if view.words[b - 1][:1].isdigit():
        return False  # "at 10:"
    if b - a == 1 and view.lower[a] in ANSWER_LABELS | QUESTION_LABELS:
        return False  # "Q:", "A:": PolNeAR annotates the attributions inside the turn
    lex = ctx.res.speakers
    for i in range(a, b):
        w = view.words[i]
        lw = view.lower[i]
        if i in ctx.cue_at or view.is_space[i] or lw in ctx.label_words:
            return False
        if not (
            w[:1].isupper()
            or w[:1] in "(-.'’&)"
            or lw in LABEL_INNER
            # "Former secretary of state Hillary Rodham Clinton:"
            or lex.has("title", lw)
            or lex.has("role", lw)
            or lex.has("nationality", lw)
        ):
            return False
    return not _section_label(ctx, a, b)


# Speaker-lexicon classes whose words may head a source's label ("Police:", "Aide:").
SOURCE_CLASSES = ("role", "title", "org_head", "media_head", "doc_head", "anon_marker")


def _section_label(ctx: Context, a: int, b: int) -> bool:
    """Are tokens a..b-1 a section's label ("OIL:", "GLOBAL MARKETS:", "Currencies:"):
    common nouns and adjectives by the word lexicon, none a word that names a source?"""
    view = ctx.view
    pos = ctx.res.words.pos
    lex = ctx.res.speakers
    words = [i for i in range(a, b) if view.words[i][:1].isalpha()]
    return bool(words) and all(
        pos.get(view.lower[i]) in ("NOUN", "ADJ")
        and not any(lex.has(cls, view.lower[i]) for cls in SOURCE_CLASSES)
        for i in words
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
