"""Quotations read from their own shape, with no cue of the lexicon.

A quotation no cue claimed is still someone's words: after "NAME:" or a clause and a
colon, before "NAME VERBed" or "VERBed NAME", inside a clause whose verb the lexicon
lacks, or as the second half of an interrupted quotation. The position makes the verb a
reporting cue (as in the Gender Gap Tracker's quote extractor, Asr et al. 2021).
"""

from __future__ import annotations

from collections.abc import Callable

from ...candidates import Candidate
from ...phrases import SUBJECT_PRONOUNS, np_left, np_right
from ..clauses import clause_end
from ..context import Context
from ..shapes import few_words, past_verb, rest_is_adjunct, title_like
from ..sources import subject_and_verb
from ..words import MAX_CLAUSE, TERMINAL
from .registry import Example, declare

QuoteReader = Callable[[Context, int, int, int], Candidate | None]


VERB_COLON = declare(
    "quote_driven.verb_colon",
    "quote_driven",
    "SUBJECT VERBed: “…”: a past-tense verb outside the lexicon before a colon and a quotation",
    examples=[
        Example(
            "He demurred: “I have nothing to add.”",
            "“I have nothing to add.”",
            "He",
            "demurred",
        ),
    ],
)
NAME_COLON = declare(
    "quote_driven.name_colon",
    "quote_driven",
    "NAME: “…” / “…”: NAME on TOPIC: a headline or transcript quotation with no verb, its "
    "speaker named before or after the colon",
    examples=[
        Example(
            "Obama: “We will not back down.”",
            "“We will not back down.”",
            "Obama",
            ":",
        ),
        Example(
            "‘A recording is not a tombstone’: Nii Armah Quaye on the last speakers",
            "‘A recording is not a tombstone’",
            "Nii Armah Quaye",
            ":",
        ),
        Example(
            "‘We were never in the game’: Dlamini candid after the cup exit",
            "‘We were never in the game’",
            "Dlamini",
            ":",
        ),
        Example(
            "‘Water was up to our knees’: Aqua Line commuter",
            "‘Water was up to our knees’",
            "Aqua Line commuter",
            ":",
        ),
        Example(  # what the role noun's words show ("anger") is no one's
            "‘We are stranded again’: Barra crofter’s anger as ferry breaks down",
            "‘We are stranded again’",
            "Barra crofter",
            ":",
        ),
    ],
    counter_examples=["“Hamlet”: the play, the film and the opera",
                      "‘Gone With the Wind’: Leigh wins the role"],
)
CLAUSE_COLON = declare(
    "quote_driven.clause_colon",
    "quote_driven",
    "SUBJECT VERB …: “A whole sentence.”: the clause's subject (or a name closing it) speaks",
    examples=[
        Example(
            "The campaign worded it even more carefully: “We do not comment on polls.”",
            "“We do not comment on polls.”",
            "The campaign",
            "worded",
        ),
    ],
)
THEN_VERB = declare(
    "quote_driven.then_verb",
    "quote_driven",
    "“…,” NAME VERBed. / “…,” VERBed NAME.: a source and a past-tense verb outside the "
    "lexicon after a closed quotation",
    examples=[
        Example(
            "“This is a disaster,” Smith sniped.",
            "“This is a disaster,”",
            "Smith",
            "sniped",
        ),
    ],
)
IN_CLAUSE = declare(
    "quote_driven.in_clause",
    "quote_driven",
    "SUBJECT VERB … “fragment” …: a quoted fragment in a clause whose verb the lexicon "
    "lacks; the subject speaks",
    examples=[
        Example(
            "Trump ripped Comey for acting as “the judge and the jury” in the case.",
            "Comey for acting as “the judge and the jury” in the case",
            "Trump",
            "ripped",
        ),
    ],
    counter_examples=["Trump read “War and Peace” last year."],
)
INTERRUPTED_TAIL = declare(
    "quote_driven.interrupted_tail",
    "quote_driven",
    "“A,” SOURCE VERBed, “B”: the second half of a quotation interrupted by a verb outside "
    "the lexicon",
    examples=[
        Example(
            "“The way I see it,” she elaborated, “no one wins this fight.”",
            "“no one wins this fight.”",
            "she",
            "elaborated",
        ),
    ],
)


def quote_driven(
    ctx: Context,
    claimed: set[int],
    readers: tuple[QuoteReader, ...],
    rules: frozenset[str] | None = None,
) -> list[Candidate]:
    """Offer every quote region no cue claimed to each reader in turn; a region a reader
    attributes is claimed, so later readers do not see it."""
    out: list[Candidate] = []
    for reader in readers:
        for k, (t0, t1) in enumerate(ctx.region_toks):
            if k in claimed:
                continue
            cand = reader(ctx, k, t0, t1)
            if cand is not None and (rules is None or cand.rule in rules):
                claimed.add(k)
                out.append(cand)
    return out


def colon_quote(ctx: Context, k: int, t0: int, t1: int) -> Candidate | None:
    """``NAME: “…”`` — a headline or transcript style with no verb."""
    view = ctx.view
    p = ctx.prev_tok(t0, 0)
    if p < 0 or view.words[p] != ":":
        return None
    s0 = ctx.sent(p)[0]
    v = ctx.prev_tok(p, s0)
    if v > s0 and past_verb(ctx, v) and v not in ctx.cue_at:
        # "he demurred: “…”": SUBJECT VERB, a colon, the quotation; the verb is the cue.
        start = np_left(view, ctx.tag, v, s0, max_len=6)
        lb = ctx.prev_tok(start, s0) if start is not None else -1
        if start is not None and (lb < s0 or view.words[lb] == ","):
            span = ctx.trim_content(t0, t1)
            if span is not None:
                return ctx.candidate(
                    span, (v, v + 1), "speech", "direct", (start, v), rule=VERB_COLON
                )
        return None
    start = np_left(view, ctx.tag, p, s0, max_len=6)
    if start is None or ctx.next_tok(s0, p) != start:
        return clause_colon_quote(ctx, k, t0, t1, p, s0)
    if (
        not any(view.words[i][0].isupper() for i in range(start, p))
        and view.lower[start] not in SUBJECT_PRONOUNS
    ):
        return None
    span = ctx.trim_content(t0, t1)
    if span is None:
        return None
    return ctx.candidate(span, (p, p + 1), "speech", "direct", (start, p), rule=NAME_COLON)


# What may follow the name in a "“…”: NAME on TOPIC" headline.
AFTER_HEADLINE_NAME = frozenset(["on", "about", "for", "in", "at", "—", "–", "-", ","])
HEADLINE_NAME = 6  # the longest speaker name after a headline's colon, in tokens


def quote_colon_name(ctx: Context, k: int, t0: int, t1: int) -> Candidate | None:
    """``“…”: NAME on TOPIC`` — a headline that opens with the quotation and names its
    speaker after a colon ("‘Every language takes a library with it’: Nii Armah Quaye on
    the last speakers"): the name is capitalised words, the rest a topic or nothing."""
    view = ctx.view
    if not ctx.regions[k].closed:
        return None
    p0, p1 = view.paras[view.para_of[t0]]
    if ctx.next_tok(p0, p1) != t0:
        return None  # the quotation opens its paragraph
    colon = ctx.next_tok(t1, p1)
    if colon >= p1 or view.words[colon] not in (":", "–", "—"):
        return None  # (a dash too: "‘It was time to bet on myself’ – Valdés on his move")
    a = ctx.next_tok(colon + 1, p1)
    if a < p1 and ctx.tag.pos_lex.get(view.lower[a]) in ("ADP", "CCONJ", "SCONJ"):
        return None  # "‘Wala na kaming huli’: In Pola, fishers count …": a place, no one
    end = a
    while end < min(p1, a + HEADLINE_NAME) and (
        view.words[end][:1].isupper() or view.is_space[end]
        or (view.words[end] in ("-", "'", "’") and end > a and end + 1 < p1
            and view.words[end + 1][:1].isupper())  # "Gayle-Lindo", "O'Brien"
    ):
        end += 1
    while end > a and view.is_space[end - 1]:
        end -= 1
    if end == a:
        end = _role_description_end(ctx, a, p1)  # "…: ex-chief selector hits back at PCB"
    k = ctx.next_tok(end, p1)
    while end > a and k < min(p1, a + HEADLINE_NAME + 2) and (view.words[k] == "-" or (
        view.words[k].islower() and (ctx.tag(k) in ("NOUN", "ADJ") or view.words[k - 1] == "-")
    )):
        # "…: Taff Vale chairman vows to fight on", "…: Aqua Line commuter", "…: Hà Nội
        # ride-hailing drivers protest": a role noun after the capitals (and the words
        # that modify it) heads the speaker, the capitals are its body or its place
        if ctx.res.speakers.has("role", view.lower[k]) or (
            ctx.res.speakers.has("role", view.lower[k].removesuffix("s"))
        ):
            end = k + 1
        k += 1
    nxt = ctx.next_tok(end, p1)
    # "Kestrel theatre director on why …": lower-case nouns of a description, then "on"
    m = nxt
    while m < min(p1, a + HEADLINE_NAME) and ctx.tag(m) in ("NOUN", "ADJ") and (
        view.words[m].islower()
    ):
        m += 1
    if end > a and m > nxt and m < p1 and view.lower[m] in AFTER_HEADLINE_NAME and not (
        ctx.res.speakers.has("role", view.lower[end - 1].removesuffix("s"))
    ):  # (not past a role noun: "Anglers brave cold winds for …" says what they do)
        end, nxt = m, m
    owned = ctx.next_tok(nxt + 1, p1) if nxt < p1 and view.words[nxt] in ("'s", "’s") else p1
    if end == a or (
        nxt < p1 and view.lower[nxt] not in AFTER_HEADLINE_NAME
        and not headline_predicate(ctx, t0, t1, nxt, p1)
        # "…: Barra crofter’s anger as …": what the speaker's words show, no one else
        and not (owned < p1 and view.words[owned].islower()
                 and not ctx.res.speakers.has("role", view.lower[owned]))
    ):
        return None  # "“Hamlet”: the play, the film and the opera"
    if end - a == 1 and nxt >= p1 and not _named_again(ctx, a, p1):
        return None  # "“Hamlet”: Review": one capitalised word alone is a label
    span = ctx.trim_content(t0, t1)
    if span is None:
        return None
    return ctx.candidate(span, (colon, colon + 1), "speech", "direct", (a, end), rule=NAME_COLON)


HEADLINE_WORDS = 20  # the most words of a headline that says of its speaker after the name


def _role_description_end(ctx: Context, a: int, p1: int) -> int:
    """The end of a lower-case description a role noun heads, opening at ``a`` after a
    headline quotation's colon ("ex-chief selector", "administrator", "grieving
    widow"), or ``a`` when there is none."""
    view = ctx.view
    speakers = ctx.res.speakers
    end = a
    for k in range(a, min(p1, a + HEADLINE_NAME)):
        w = view.lower[k]
        if not (view.words[k].islower() or w == "-") or ctx.tag(k) in ("VERB", "ADP", "AUX"):
            break
        if speakers.has("role", w) or (w.endswith("s") and speakers.has("role", w[:-1])) or (
            speakers.has("company_noun", w)
        ):
            end = k + 1  # (the last role noun heads it: "ex-chief selector", "iwi company")
    return end


def _named_again(ctx: Context, a: int, p1: int) -> bool:
    """Does the one capitalised word at ``a`` (after a headline quotation's colon) name
    someone the article names again after the headline ("‘…’: Mehta" … "Treasurer Anil
    Mehta said")?"""
    view = ctx.view
    word = view.words[a]
    return view.text.find(f" {word}", view.ends[p1 - 1]) >= 0 and word.lower() != word


def headline_predicate(ctx: Context, t0: int, t1: int, nxt: int, p1: int) -> bool:
    """Does the name after a headline quotation's colon go on with what the headline says
    of its speaker ("‘We lost our nerve’: Ekanayake blunt after collapse", "‘It was
    chaos’: Passengers describe the dive")? The paragraph is a headline (a few words,
    no sentence punctuation at its end), the quotation a sentence (three words or more,
    not a title in title case), and the name goes on in lower case, not with a
    possessive ("‘Succession’: Roy's …")."""
    view = ctx.view
    last = ctx.prev_tok(p1, nxt)
    return (
        view.words[nxt][:1].islower()
        and view.words[last] not in TERMINAL
        and not title_like(ctx, t0, t1)
        and few_words(ctx, t1, p1, HEADLINE_WORDS)
    )


def clause_colon_quote(
    ctx: Context, k: int, t0: int, t1: int, colon: int, s0: int
) -> Candidate | None:
    """``SUBJECT VERB …: “A whole sentence.”``: a clause that announces the quotation
    ("Hoff's letter makes a libertarian-style case: “…”", "The Clinton campaign worded it
    even more carefully: “…”"). The sentence's subject speaks, unless a name closes the
    clause ("… doesn't surprise Republican pollster Daron Shaw: “…”")."""
    view = ctx.view
    first = ctx.next_tok(t0 + 1, t1)
    if first >= t1 or not view.words[first][:1].isupper() or few_words(ctx, t0, t1, 5):
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
        found = subject_and_verb(ctx, c0, colon, ("VERB",))
        if found is None:
            return None
        speaker, v = found
        cue = (colon, colon + 1) if v in ctx.attributed else (v, v + 1)
    span = ctx.trim_content(t0, t1)
    if span is None:
        return None
    return ctx.candidate(span, cue, "speech", "direct", speaker, rule=CLAUSE_COLON)


def quote_then_verb(ctx: Context, k: int, t0: int, t1: int) -> Candidate | None:
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
    if past_verb(ctx, a):
        end = np_right(view, ctx.tag, a + 1, s1)
        if end is None or not rest_is_adjunct(ctx, ctx.next_tok(end, s1), s1):
            return None
        verb, speaker = a, (a + 1, end)
    else:
        end = np_right(view, ctx.tag, a, s1)
        if (
            end is None
            or end >= s1
            or not past_verb(ctx, end)
            or not rest_is_adjunct(ctx, ctx.next_tok(end + 1, s1), s1)
        ):
            return None
        verb, speaker = end, (a, end)
    span = ctx.trim_content(t0, t1)
    if span is None:
        return None
    return ctx.candidate(
        span, (verb, verb + 1), "speech", "direct", speaker, rule=THEN_VERB
    )


def quote_in_clause(ctx: Context, k: int, t0: int, t1: int) -> Candidate | None:
    """``SUBJECT VERB ... “fragment” ...``: a quoted fragment inside a clause whose verb
    the cue lexicon lacks ("Trump ripped Comey for acting as “the judge and the jury”").
    The quote marks show the writer is reporting someone's words, and in news that
    someone is usually the clause's subject; the verb is taken as the cue."""
    view = ctx.view
    lower = view.lower
    if t1 - t0 < 3 or title_like(ctx, t0, t1):
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
    span = ctx.trim_content(a, clause_end(ctx, a, s1, lower[v]), strip_that=True)
    if span is None:
        return None
    return ctx.candidate(
        span, (v, v + 1), "speech", "mixed", (first, subj_end), rule=IN_CLAUSE
    )


def interrupted_tail(ctx: Context, k: int, t0: int, t1: int) -> Candidate | None:
    """``“A,” SOURCE VERBed, “B”``: the second half of a quotation interrupted by an
    attribution whose verb the cue lexicon lacks ("“The way I see it,” she
    elaborated, “no one …”"); it takes that source and verb."""
    view = ctx.view
    s0 = ctx.sent(t0)[0]
    p = ctx.prev_tok(t0, s0)
    if p < s0 or view.words[p] != ",":
        return None
    v = ctx.prev_tok(p, s0)
    if v < s0 or not past_verb(ctx, v):
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
    return ctx.candidate(
        span, (v, v + 1), "speech", "direct", (start, v), rule=INTERRUPTED_TAIL
    )
