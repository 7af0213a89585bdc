"""Word-order readings of a cue no frame reading claimed: what follows it.

A cue's frame (``data/cues.tsv``) says what it takes: a that-clause, an infinitive, an
object. PARC-style annotation (Pareti 2016; PolNeAR, Newell et al. 2018) also marks acts
and attitudes whose content is whatever the cue governs, in any shape: a noun phrase
("has yet to endorse Ryan's re-election bid"), a preposition's object ("is counting on
Mr. Trump's history"), a clause the frame did not expect. On PolNeAR train, for a tenth
of the gold attributions the lexicon or the cue tagger found the cue and no rule
proposed anything: the frame readings turned it down. Most such contents start right
after the cue and end at the sentence's end or at its first punctuation or preposition.

With ``attributions=True`` a cue that takes an object (the lexicon's ``object`` frame,
every cue the tagger proposes), in a verb use, gets two readings: what follows it to the
end of its sentence (the other readings of :mod:`..readings` cut it at its first
punctuation and prepositions) and its first noun phrase. The source is the noun phrase
left of the cue. Nothing here decides: the decider, which knows the cue's lemma, the rule
and the content's shape, weighs them against everything else (most are turned down).
The parse's reading (:mod:`.parsed`) comes first when there is a parse. (A passive
cue's subject, "The move was criticized", was a third reading; the lexicon's verdict
that a passive use is no report stands.)
"""

from __future__ import annotations

from ...candidates import Candidate
from ...phrases import POSSESSIVES, np_left
from ..context import Context
from ..cues import CueMatch
from ..readings import CUT_PUNCT, CUT_WORDS
from ..words import NAMING_LEMMAS
from .registry import Example, declare

FOLLOWING = declare(
    "unframed.following",
    "unframed",
    "SOURCE CUE CONTENT by word order alone, for a cue no frame reading claimed: the "
    "content runs from the cue to its sentence's end (the edge readings cut it), the "
    "noun phrase left of the cue is the source",
    frames=["say", "object", "to", "that", "noun"],
    examples=[
        Example(
            "Trump has yet to endorse the speaker's bid for re-election.",
            "the speaker's bid for re-election",
            "Trump",
            "endorse",
        ),
    ],
    counter_examples=["He said.", "Shares added 3 per cent compared to Friday's close."],
)

OBJECT = declare(
    "unframed.object",
    "unframed",
    "SOURCE CUE OBJECT for a cue no frame reading claimed: the words after the cue up to "
    "the first punctuation, preposition or clause word, however short (Most voters "
    "endorse the speaker's bid for re-election)",
    frames=["say", "object", "to", "that", "noun"],
    examples=[
        Example(
            "Trump has yet to endorse the speaker's bid for re-election.",
            "the speaker's bid",
            "Trump",
            "endorse",
        ),
    ],
    counter_examples=["He said so.", "He starred in a reality TV show that ran for years."],
)

SENTENCE_END = frozenset([".", "!", "?", "…", ";"])
REACH = 60  # tokens a content may run from its cue
# Where an object noun phrase ends: a preposition or subordinator (the readings' cut
# words), a clause word, punctuation.
OBJECT_END = CUT_WORDS | {"and", "or", "that", "to", "who", "which", "whose", "where"}
SUBJECT_WORDS = 8  # the longest subject read by word order alone


def unframed(ctx: Context, cue: CueMatch) -> list[Candidate]:
    """The word-order readings of a cue that takes an object (the lexicon's ``object``
    frame, and every cue the tagger proposes) and no other rule framed, when it is a
    verb here. Other lexicon cues are left alone: their frame readings turn down their
    other senses on purpose ("added 1.2 per cent", "seems tired", "continues to")."""
    view = ctx.view
    s0 = view.sents[view.sent_of[cue.start]][0]
    if "object" not in cue.entry.frames or not _verb_use(ctx, cue, s0):
        return []
    return following(ctx, cue, (FOLLOWING, OBJECT))


def _verb_use(ctx: Context, cue: CueMatch, s0: int) -> bool:
    """Is the cue a verb here, and no name? A noun use ("another warning came", "the
    statement that …", "a show"), a word inside a name ("Fox News Says Network") and a
    naming verb ("a website called “…”", read by :mod:`.passive`) are left alone: the
    frame readings' verdicts on them stand."""
    view = ctx.view
    last = cue.end - 1
    if ctx.tag(last) not in ("VERB", "AUX") or cue.entry.lemma in NAMING_LEMMAS:
        return False
    p = ctx.prev_tok(cue.start, s0)
    if p < s0 or view.words[cue.start][:1].isupper():
        return False  # "Said X, …" opens a sentence: the inverted readings' own
    if not view.words[p][:1].isalnum():
        return False  # "X — mentioned as …", "(endorsed …)": an aside, not a clause
    n = ctx.next_tok(cue.end, len(view.words))
    if (
        view.lower[last].endswith("ed")
        and ctx.tag(p) in ("NOUN", "NUM")
        and n < len(view.words)
        and (ctx.tag(n) == "ADP" or view.lower[n] == "to")
    ):
        return False  # "3 per cent compared to …": a participle phrase, no clause
    for _ in range(3):  # "a reality TV show that …": the head of a compound noun
        if ctx.tag(p) not in ("NOUN", "PROPN") or p <= s0:
            break
        p = ctx.prev_tok(p, s0)
    return ctx.tag(p) not in ("DET", "ADJ", "NUM")


def following(ctx: Context, cue: CueMatch, rules: tuple[str, str]) -> list[Candidate]:
    """What follows the cue to its sentence's end, and its first noun phrase (the
    readings of ``rules``: the one to the end, the one of the noun phrase)."""
    view = ctx.view
    s0, s1 = view.sents[view.sent_of[cue.start]]
    first = ctx.next_tok(cue.end, s1)
    if (
        first >= s1
        or not view.words[first][:1].isalpha()
        or ctx.tag(first) == "NUM"
        or view.lower[first] in ctx.time_words
    ):
        return []  # "attacked, stating …", "added 1.2 per cent", "released last week"
    end = first
    stop = min(s1, first + REACH)
    np_end = -1
    while end < stop and not (view.words[end] in SENTENCE_END and ctx.in_quote[end] < 0):
        if np_end < 0 and end > first and ctx.in_quote[end] < 0 and (
            (view.words[end] in CUT_PUNCT and view.ends[end - 1] != view.starts[end])
            or view.lower[end] in OBJECT_END
        ):
            np_end = end
        end += 1
    speaker = _left_subject(ctx, cue.start, s0)
    cue_span = (cue.start, cue.end)
    out = []
    for rule, b in ((rules[0], end), (rules[1], np_end)):
        content = ctx.trim_content(first, b, strip_that=False) if b > first else None
        if content is not None:
            out.append(ctx.candidate(
                content, cue_span, cue.entry.cue_type, "indirect", speaker, rule=rule,
            ))
    return out


def _left_subject(ctx: Context, cs: int, s0: int) -> tuple[int, int] | None:
    """The noun phrase ending just left of the cue (over auxiliaries and adverbs, and
    over "to" and the verb before it: "has yet to endorse", "wants to meet")."""
    view = ctx.view
    j = ctx.skip_left_aux(ctx.prev_tok(cs, s0), s0)
    if j > s0 and view.lower[j] == "to":
        j = ctx.skip_left_aux(ctx.prev_tok(ctx.prev_tok(j, s0), s0), s0)
    if j < s0 or not view.words[j][:1].isalnum() or view.lower[j] in OBJECT_END:
        return None
    if view.lower[j] in POSSESSIVES:
        return (j, j + 1)  # "her support for", "their opposition to"
    if ctx.tag(j) in ("DET", "ADJ"):
        return None  # a noun cue with no possessor: "the plan", "a new tweet"
    start = np_left(view, ctx.tag, j + 1, s0)
    if start is None:
        start = _words_left(ctx, j, s0)
    return None if start is None else (start, j + 1)


def _words_left(ctx: Context, b: int, s0: int) -> int | None:
    """The start of the run of words ending at token ``b`` (a subject the coarse tags
    do not read as a noun phrase, "The move"), up to a clause word or punctuation."""
    view = ctx.view
    i = b
    while (
        i >= s0
        and b - i < SUBJECT_WORDS
        and (view.words[i][:1].isalnum() or view.lower[i] in ("'s", "’s"))
        and view.lower[i] not in OBJECT_END
    ):
        i -= 1
    return i + 1 if i < b else None
