"""``SOURCE: CONTENT`` heading a paragraph: the label-and-colon layout of headlines,
transcripts and debate exchanges ("Cruz: …", "TAPPER: …", "Q: …"), with the labels that
name no source ("Update:", "OIL:") and the datelines of Indian papers ("MUMBAI: …") told
apart. :func:`colon_paragraphs` is one of the readers :mod:`.layout` runs.
"""

from __future__ import annotations

from ...candidates import Candidate
from ..context import DATELINE, Context
from ..shapes import few_words
from ..words import (
    ANSWER_LABELS,
    DASHES,
    QUESTION_LABELS,
    SOURCE_CLASSES,
    SPEECH_PRONOUNS,
    TERMINAL,
)
from .registry import Example, declare

__all__ = ["COLON_LABEL_RULE", "colon_paragraphs"]

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
        "MUMBAI: The city's water utility cut supplies to three wards on Monday after a "
        "main burst near Andheri.",
    ],
)


# Lower-case words a colon-labelled source may hold ("Secretary of State", "the report").
LABEL_INNER = frozenset(["of", "the", "for", "on", "to", "in", "and", "&", "de", "von"])
COLON_SCAN = 40  # tokens into a paragraph searched for its label's colon
COLON_LABEL = 8  # the longest source label, in tokens
LEDE_WORDS = 12  # the fewest words of a lede after a dateline's colon


def colon_paragraphs(ctx: Context) -> list[Candidate]:
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
        ) and _narrated(ctx, colon + 1, p1):
            # "BHUBANESWAR: Twenty-three people …, the commissioner said on Thursday.",
            # "MUMBAI: The city's water utility cut supplies …": a lone dateline before
            # the writer's report (not "TAPPER: And obviously, you …")
            continue
        verbatim = label in turns
        # 'Clinton: "…" Bush: "…"': a debate's exchange in one paragraph, a label
        # after each quotation.
        while True:
            nxt = _next_label(ctx, colon + 1, p1)
            end = nxt[0] if nxt else p1
            first = ctx.next_tok(colon + 1, end)
            credited = False
            if not verbatim and first in ctx.open_at:
                # "Police chief: 'We will find the people who did this' after 3 wounded
                # …": the quotation, not the writer's words after it
                shut = ctx.region_toks[ctx.open_at[first]][1]
                after = ctx.next_tok(shut, end)
                if shut < end and after < end and view.words[after][:1].islower():
                    end = shut
                # "Floods: '…' — DC": a dash credits the quotation, and the label is
                # its topic (the dash reader proposes it)
                credited = after < end and view.words[after] in DASHES
            span = ctx.trim_content(colon + 1, end, strip_that=False)
            if span is not None and not credited and not few_words(ctx, colon + 1, end, 2):
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


def _narrated(ctx: Context, a: int, b: int) -> bool:
    """Whether tokens ``a``..``b`` after a lone capitals label are the writer's report
    rather than the label's speech: they carry a report of their own (a speech cue outside
    quotation marks), or they are a lede: prose of at least ``LEDE_WORDS`` words (a
    headline's "AP: Trump chair routed … lobbyists." is shorter) with no quotation and no
    "I", "we" or "you" of a speaker."""
    view = ctx.view
    if any(
        k in ctx.cue_at and ctx.cue_at[k].entry.cue_type == "speech" and ctx.in_quote[k] < 0
        for k in range(a, b)
    ):
        return True
    last = b - 1
    while last > a and view.words[last].isspace():
        last -= 1
    return (
        last > a
        and view.words[last] in TERMINAL
        and sum(view.words[k][:1].isalpha() for k in range(a, b)) >= LEDE_WORDS
        and all(ctx.in_quote[k] < 0 and view.lower[k] not in SPEECH_PRONOUNS for k in range(a, b))
    )


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




def _section_label(ctx: Context, a: int, b: int) -> bool:
    """Are tokens a..b-1 a section's label ("OIL:", "GLOBAL MARKETS:", "Currencies:"; one
    opening with a preposition: "BY THE NUMBERS:"):
    common nouns and adjectives by the word lexicon, none a word that names a source;
    after a possessive, its head alone ("MEN'S FINAL:", "WOMEN'S -67KG:": a sport's
    event, whoever it is of)?"""
    view = ctx.view
    pos = ctx.res.words.pos
    lex = ctx.res.speakers
    if b - a > 1 and pos.get(view.lower[a]) == "ADP" and view.lower[a] != "according":
        return True  # "BY THE NUMBERS:", "AT A GLANCE:", "IN BRIEF:": a box's heading
    owned = max((i + 1 for i in range(a, b) if view.lower[i] in ("'s", "’s")), default=a)
    if owned > a + 1 and all(not view.words[i][:1].isalpha() or view.words[i][:1].isdigit()
                             for i in range(owned, b)):
        return True  # "WOMEN'S -67KG:": a weight class
    words = [i for i in range(owned, b) if view.words[i][:1].isalpha() and (
        i > a or view.lower[i] != "the")]  # "THE CARDS:"
    return bool(words) and all(
        (pos.get(w := view.lower[i]) or (w[-1:] == "s" and (  # "BUSES:", a plural the
            pos.get(w[:-1]) or pos.get(w[:-2])))) in ("NOUN", "ADJ")  # list has singular
        and not any(lex.has(cls, w) for cls in SOURCE_CLASSES)
        for i in words
    )
