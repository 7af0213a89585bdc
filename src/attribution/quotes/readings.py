"""Other readings of a content's edges, for the decider to choose among.

A rule reads a content's extent with a few general cues (the clause ends at a sentence
end, a comma before a new clause, a dash ...), and where it cannot know, it guesses. On
PolNeAR train a tenth of the attributions whose cue the rules find miss because the
content's edges are wrong: it runs on past where the annotators stopped ("a role in his
campaign | as it heads toward a convention"), stops at a comma they read across ("knocked
Marco Rubio | , Jeb Bush, Carly Fiorina and John Kasich as having ..."), or keeps a
preposition that belongs to the cue ("spoke about | Palestinian dignity").

Rather than one more rule per case, each indirect content (no quote marks; the marks fix
a quotation's edges) gets a few other readings of the same report:

* ``cut``: it ends before the first punctuation inside it (a comma, a dash, a colon, a
  semicolon, a parenthesis) or before one of its first two prepositions or
  subordinators ("in", "as", "because", ...), when at least two words remain;
* ``extended``: it runs on to the end of its sentence, when it stopped at a comma, a
  spaced dash, "and" or "but" (also a content of one or two words: "thanked his
  parents | , his siblings and his wife");
* ``left``: a leading preposition or a phrasal verb's particle (with a preposition after
  it) moves from the content into the cue ("spoke about", "called out", "lashed out at"),
  or up to four words of a noun phrase and the preposition after them, when the
  preposition's object is no infinitive: PolNeAR's cue holds a light verb's noun
  ("expressed support for | Sanders", "offered some kind words about | Mr. Bush").

(A fourth reading, the subtree of the cue's complement as a statistical parse bounds
it, lowered F1 of the model backend by 0.003 when it was made here. With a parse, the
rule :mod:`.rules.parsed` now proposes the complements' subtrees alongside the
word-order readings, and the decider reads them with the parse's own columns
(:mod:`attribution.decider.parsed`); no cut or run-on reading is made of those.)

Each reading is a candidate of its own with the original's rule, cue, speaker and
evidence, plus what kind of reading it is and its length against the original's
(:mod:`attribution.decider.features`); the decider scores them all and keeps at most
one of overlapping readings.
"""

from __future__ import annotations

from ..candidates import Candidate
from ..segment import DocView
from .context import Context
from .words import DASH_TOKENS

__all__ = ["CUT_WORDS", "readings"]

# Prepositions and subordinators before which annotators often end a content (its
# circumstances are the writer's, not the source's: "said it would play a role | in his
# campaign"), from PARC's guidelines on content extent (Pareti 2016).
CUT_WORDS = frozenset([
    "in", "on", "by", "at", "during", "for", "with", "as", "after", "before", "when",
    "while", "because", "though", "although", "until", "since", "through", "throughout",
    "following", "despite", "amid", "over", "from", "if", "unless", "whereas", "but",
])
CUT_PUNCT = frozenset([",", ";", ":", "—", "–", "-", "--", "("])
# Prepositions a cue takes ("spoke about X", "called for X"): PolNeAR's cue holds them.
CUE_PREPOSITIONS = frozenset([
    "about", "of", "for", "to", "against", "on", "with", "at", "over", "into", "upon",
])
# Particles of phrasal cues ("called out", "lashed out at", "backed off"): the cue's too.
CUE_PARTICLES = frozenset(["out", "off", "up", "back", "down"])
SENTENCE_END = frozenset([".", "!", "?", "…"])
# Coordinators a content may stop at that PolNeAR's contents run across (train: reading
# on from them keeps 7 more gold contents with 12 fewer predictions than from a dash and
# a comma alone; from "while", "after", "because" and the like 18 fewer).
RUN_ON_LINKS = frozenset(["and", "but"])
MIN_WORDS = 2  # a reading keeps at least this many words
REACH = 80  # tokens read from a content's start, and from its end to the sentence's
MAX_WORD_CUTS = 2


def readings(ctx: Context, cands: list[Candidate]) -> list[Candidate]:
    """Other readings of the indirect contents of ``cands`` (not including them)."""
    out: list[Candidate] = []
    seen = {c.content for c in cands}
    for c in cands:
        if c.kind != "indirect" or c.cue is None or c.rule.startswith(("layout.", "uncued.")):
            continue
        if c.evidence and "parse_alongside" in c.evidence:
            continue  # the parse's own reading of a report that has others
        for content, cue, how in _edges(ctx, c):
            if content in seen:
                continue
            seen.add(content)
            evidence = dict(c.evidence or {})
            original = c.content[1] - c.content[0]
            evidence[f"reading_{how}"] = 1.0
            evidence["reading_ratio"] = (content[1] - content[0]) / max(original, 1)
            out.append(Candidate(
                content, cue, c.cue_type, c.kind, c.speaker, c.description, c.antecedent,
                c.inherit, c.sent, c.para, c.cue_tok, c.continuation, c.rule, evidence,
            ))
    return out


Reading = tuple[tuple[int, int], tuple[int, int] | None, str]  # content, cue, how


def _edges(ctx: Context, c: Candidate) -> list[Reading]:
    view = ctx.view
    a = view.token_at(c.content[0])
    b = view.token_at(c.content[1] - 1) + 1
    # Bounded reads (REACH tokens), so a run-on sentence of many reports stays linear.
    toks = [i for i in range(a, min(b, a + REACH)) if not view.is_space[i]]
    if len(toks) < MIN_WORDS + 1:
        # Too short to cut or to lose a word on the left, but a short object may have
        # stopped at a comma the annotators read across ("thanked his parents | , his
        # siblings, his wife and his children", "have shown Cruz | , Rubio, Kasich and
        # Bush in a jumble for second place").
        return _extended(ctx, c, a, b)
    return (_cuts(ctx, c, a, toks) + _extended(ctx, c, a, b) + _left(ctx, c, toks, b)
            + _through(ctx, c, toks, b))


def _cuts(ctx: Context, c: Candidate, a: int, toks: list[int]) -> list[Reading]:
    """The content cut before its first punctuation and its first prepositions."""
    view = ctx.view
    found: list[Reading] = []
    punct_done = False
    word_cuts = 0
    for n, i in enumerate(toks):
        if n < MIN_WORDS or ctx.in_quote[i] >= 0:
            continue
        if (not punct_done and view.words[i] in CUT_PUNCT and not _in_word(view, i)
                and not _in_date(view, i)):
            punct_done = True
        elif word_cuts < MAX_WORD_CUTS and view.lower[i] in CUT_WORDS:
            word_cuts += 1
        else:
            continue
        span = ctx.trim_content(a, i, strip_that=False)
        if span is not None:
            found.append((span, c.cue, "cut"))
        if punct_done and word_cuts >= MAX_WORD_CUTS:
            break
    return found


def _extended(ctx: Context, c: Candidate, a: int, b: int) -> list[Reading]:
    """The content run on from the comma it stopped at to its sentence's end."""
    view = ctx.view
    words = view.words
    nxt = ctx.next_tok(b, len(words))
    if nxt >= len(words) or ctx.in_quote[nxt] >= 0 or not _runs_on_from(view, nxt):
        return []
    s1 = view.sents[view.sent_of[a]][1]
    if s1 - nxt > REACH:
        return []
    end = next((m for m in range(nxt, s1)
                if ctx.in_quote[m] >= 0 or words[m] in SENTENCE_END), s1)
    if end <= nxt + 1:
        return []
    span = ctx.trim_content(a, end, strip_that=False)
    if span is None or span[1] <= c.content[1]:
        return []
    return [(span, c.cue, "extended")]


def _runs_on_from(view: DocView, k: int) -> bool:
    """Is token ``k`` where a content may stop and the annotators read on: a comma, a
    spaced dash ("is in decline | — a decline that took hold"), a coordinator ("is
    being polite | and showing respect")?"""
    w = view.words[k]
    return w == "," or view.lower[k] in RUN_ON_LINKS or (w in DASH_TOKENS and not _in_word(view, k))


def _in_word(view: DocView, i: int) -> bool:
    """Is the hyphen or dash at token ``i`` inside a word ("south-east", "2-1")?"""
    return (
        view.words[i] in ("-", "–")
        and i > 0
        and i + 1 < len(view.words)
        and view.ends[i - 1] == view.starts[i]
        and view.ends[i] == view.starts[i + 1]
    )


def _in_date(view: DocView, i: int) -> bool:
    """Is the comma at token ``i`` a date's ("an Aug. 8 | , 2015, affidavit")?"""
    w = view.words
    if w[i] != "," or i < 1:
        return False
    if _year(w[i - 1]):  # the comma closing it, after the year
        return i >= 3 and w[i - 2] == "," and _day(w[i - 3])
    n = next((m for m in range(i + 1, min(len(w), i + 3)) if not view.is_space[m]), -1)
    return _day(w[i - 1]) and n > 0 and _year(w[n])


def _day(word: str) -> bool:
    return word.isdigit() and len(word) <= 2


def _year(word: str) -> bool:
    return word.isdigit() and len(word) == 4


def _left(ctx: Context, c: Candidate, toks: list[int], b: int) -> list[Reading]:
    """The content with a leading preposition moved into the cue ("spoke about")."""
    view = ctx.view
    assert c.cue is not None
    first = toks[0]
    cue_end = view.token_at(c.cue[1] - 1) + 1
    if ctx.next_tok(cue_end, len(view)) != first:
        return []
    if view.lower[first] in CUE_PARTICLES and len(toks) > 2 and ctx.in_quote[toks[1]] < 0:
        # "called out | his rival", "lashed out at | Cruz": the particle (and a
        # preposition after it) is the phrasal verb's
        if view.lower[toks[1]] in CUE_PREPOSITIONS:
            first = toks[1]
    elif view.lower[first] not in CUE_PREPOSITIONS:
        return []
    span = ctx.trim_content(first + 1, b, strip_that=False)
    if span is not None:
        return [(span, (c.cue[0], view.ends[first]), "left")]
    return []


# A noun phrase's words before the preposition that takes the report's target ("express
# | support for | Sanders", "offered | some kind words about | Mr. Bush").
THROUGH_TAGS = frozenset(["DET", "ADJ", "NOUN", "ADV", "NUM", "PRON", "PROPN"])
THROUGH_PREPOSITIONS = CUE_PREPOSITIONS | {"behind", "toward", "towards"}
MAX_THROUGH = 4  # words before the preposition


def _through(ctx: Context, c: Candidate, toks: list[int], b: int) -> list[Reading]:
    """The content after a preposition that follows its first few words, those words
    and the preposition moved into the cue: PolNeAR's cue holds a light verb's noun
    and its preposition ("expressed support for | Sanders", "has thrown his support
    behind | Ryan"), its content is the preposition's object."""
    view = ctx.view
    assert c.cue is not None
    for n, i in enumerate(toks[: MAX_THROUGH + 1]):
        if ctx.in_quote[i] >= 0:
            return []
        if n >= 1 and view.lower[i] in THROUGH_PREPOSITIONS:
            nxt = ctx.next_tok(i + 1, b)
            if nxt >= b or ctx.tag(nxt) in ("VERB", "AUX", "PART"):
                return []  # "an opportunity to | tarnish Clinton": an infinitive
            span = ctx.trim_content(nxt, b, strip_that=False)
            if span is None:
                return []
            return [(span, (c.cue[0], view.ends[i]), "left")]
        if ctx.tag(i) not in THROUGH_TAGS:
            return []
    return []
