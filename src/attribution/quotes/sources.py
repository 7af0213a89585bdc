"""Source noun phrases: appositives, relative antecedents, a sentence's subject.

Who a report is attributed to is a noun phrase next to the cue, often with an appositive
that describes it ("Woodrow Benford, 58, who lives outside Minneapolis, says"; "said
John Smith, a spokesman for X"), a relative pronoun standing for it ("Trump, who
said …"), or the subject of the clause a participle hangs from ("…, telling the paper
that …"). These readers find such phrases and their descriptions.
"""

from __future__ import annotations

from ..candidates import Candidate
from ..phrases import PARTITIVE_HEADS, POSSESSIVES, SUBJECT_PRONOUNS, np_left, np_right
from .appositives import right_appositive
from .context import Context
from .shapes import (
    describes_speaker,
    few_words,
    known_place,
    list_continues,
    past_times,
    portfolio_comma,
    rest_is_adjunct,
    sentence_initial,
)
from .subjects import postmodified_subject
from .words import (
    BE_FORMS,
    CLAUSE_STARTERS,
    CLOSE_MARKS,
    DASH_TOKENS,
    MAX_CLAUSE,
    NAME_PARTICLES,
    PARTICIPLE_LEADS,
    REFLEXIVES,
    RELATIVES,
    SUBORDINATORS,
    TERMINAL,
)

APPOSITION_TOKENS = 12  # the longest apposition a subject's verb is sought past


def subordinate_source(ctx: Context, speaker_start: int, s0: int) -> bool:
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
        return (q >= s0 and ctx.view.lower[q] in ("even", "just")) or sentence_initial(
            ctx, p, s0
        )
    return False


def parenthetical_relative_source(ctx: Context, speaker_start: int, s0: int) -> bool:
    """Does the source open a relative clause set off by commas ("The decision, which
    critics say will raise rents, passed")? Then the content ends with that clause."""
    p = ctx.prev_tok(speaker_start, s0)
    if p < s0 or ctx.view.lower[p] not in ("which", "who"):
        return False
    q = ctx.prev_tok(p, s0)
    return q >= s0 and ctx.view.words[q] == ","


def verbal_aux_before(ctx: Context, cs: int, before: int, s0: int) -> bool:
    """Does an auxiliary make the cue at ``cs`` a verb: an -ing form after
    "is/are/was/were/’s" with a subject before it ("Trump is telling", "He’s
    predicting"; not an adjective at a clause end: "the results are encouraging."), or a
    participle after a contracted "has" ("He's said")?"""
    view = ctx.view
    lower = view.lower
    if lower[before] in ("'s", "’s") and not lower[cs].endswith("ing"):
        # "He's said", "She’s called": the contracted "has" before a participle.
        subj = ctx.prev_tok(before, s0)
        if subj < s0 or not lower[cs].endswith(("ed", "said", "told", "written", "shown", "known")):
            return False
        if lower[subj] in ("he", "she", "it", "who", "that"):
            return True
        # "McDonald's said": a name in "'s" before a past form no noun follows is no
        # possessive ("Trump’s repeated calls" is) but a company's name or "has"
        # contracted; "Trump's said to be …" is "is said to" (raising).
        nxt = cs + 1
        return (
            view.words[subj][:1].isupper()
            and lower[subj] not in SUBJECT_PRONOUNS
            and view.starts[before] == view.ends[subj]
            and not (nxt < len(view.words) and (
                lower[nxt] == "to"
                or (ctx.tag(nxt) in ("NOUN", "ADJ", "VERB") and lower[cs].endswith("ed")
                    and lower[nxt] not in ctx.time_words)
            ))
        )
    if not lower[cs].endswith("ing") or lower[before] not in BE_FORMS - {"be", "been", "being"}:
        return False
    nxt = ctx.next_tok(cs + 1, len(view.words))
    if nxt >= len(view.words) or view.words[nxt] in TERMINAL:
        return False
    subj = ctx.prev_tok(before, s0)
    while subj > s0 and ctx.tag(subj) == "ADV" and lower[subj] not in ("so", "as", "there"):
        subj = ctx.prev_tok(subj, s0)  # "Ryan also is stressing", "He now is saying"
    if subj >= s0 and view.words[subj] == "," and appositive(ctx, subj, s0) is not None:
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


def passive_be(ctx: Context, before: int, s0: int) -> int | None:
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
    if lower[before] == "," and before >= s0 and appositive(ctx, before, s0) is not None:
        return None  # "Smith, delivering Cross’ speech, asked": a subject and its aside
    if before < s0 or lower[before] in PARTICIPLE_LEADS or lower[before] in ("being", ","):
        return -1
    return None


def question_lead(ctx: Context, s0: int, boundary: int) -> bool:
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


def dashed_subject(
    ctx: Context, dash: int, s0: int
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


def inverted_source_after(ctx: Context, ce: int, s1: int) -> bool:
    """Does a source noun phrase follow the cue and close the sentence ("said Steve
    Grubbs, an Iowa operative.")? Then a comma before the cue ends the content."""
    view = ctx.view
    a = ctx.skip_right_adjuncts(ctx.next_tok(ce, s1), s1)
    if a >= s1 or not (view.words[a][:1].isupper() or ctx.tag(a) == "DET"):
        return False
    end = np_right(view, ctx.tag, a, s1)
    if end is None:
        return False
    description = right_appositive(ctx, end, s1)
    rest = ctx.next_tok(description[1] if description else end, s1)
    return rest_is_adjunct(ctx, rest, s1) or describes_speaker(ctx, rest, s1)


def appositive(
    ctx: Context, comma: int, s0: int
) -> tuple[tuple[int, int], tuple[int, int] | None, int | None] | None:
    """``NAME, APPOSITIVE(, APPOSITIVE), CUE``: the name, the first descriptive
    appositive, and the boundary left of the name ("Woodrow Benford, 58, who lives
    outside Minneapolis, says")."""
    view = ctx.view
    right = comma
    description: tuple[int, int] | None = None
    for _ in range(5):
        k = right - 1
        limit = max(s0, right - 45)
        # (a list's commas are inside it: "for population, refugees, and migration")
        while k >= limit and (view.words[k] != "," or (
            view.words[ctx.next_tok(k + 1, right)][:1].islower()  # a list of common nouns
            and ctx.tag(k - 1) == "NOUN" and list_continues(ctx, k, right)
        )):
            q = ctx.in_quote[k]
            if q >= 0:
                # A title inside the appositive: 'the co-author of "Going Viral,"'.
                t0 = ctx.region_toks[q][0]
                if t0 < limit or not few_words(ctx, t0, k + 1, 8):
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
        if place_tail(ctx, first, right, s0):
            right = k  # "Harry Bond, 30, of Raleigh, N.C., said": a place's state
            continue
        if view.words[k - 1][:1].isupper() and ctx.tag(first) == "ADP" and (
            view.lower[first] != "of"
            and any(view.lower[m] in ("who", "which") and view.sent_of[m] == view.sent_of[k]
                    for m in range(max(s0, k - 30), k))
        ):
            right = k  # "…, who runs two stores in Kawaguchi, Saitama Prefecture, with his
            continue  # wife, said": an aside after a place inside the relative clause
        if description is None and is_name(ctx, first, right):
            # "Sanders's campaign manager, Jeff Weaver, said": the name comes second.
            start = np_left(view, ctx.tag, k, s0)
            while start is not None and (lb := ctx.prev_tok(start, s0)) > s0 and (
                    view.words[lb] == "," and portfolio_comma(ctx, lb, k)):
                start = np_left(view, ctx.tag, lb, s0)  # "minister of Energy, Mines and …"
            if start is not None:
                lb = ctx.prev_tok(start, s0)
                if lb > s0 and ctx.tag(lb) == "ADP" and view.lower[lb] != "of":
                    # "Another delegate on the Cruz slate, Jim Poolman, said": the phrase
                    # before the preposition heads the description
                    head = np_left(view, ctx.tag, lb, s0)
                    if head is not None:
                        start = head
                        lb = ctx.prev_tok(start, s0)
                if lb > s0 and view.words[lb] != "," and (
                        longer := postmodified_subject(ctx, start, s0)) is not None and (
                        ctx.prev_tok(longer, s0) < s0):  # (opening the sentence)
                    start, lb = longer, s0 - 1  # "One pastor supporting Mr. Cruz, Darran
                    # Whiting, said": a participle's phrase, "not on the slate"
                if lb >= s0 and view.lower[lb] in CLAUSE_STARTERS and sentence_initial(ctx, lb, s0):
                    lb = s0 - 1  # "And Florida’s attorney general, Pam Bondi, vowed"
                if lb >= s0 and view.words[lb] == "," and _opening_name(ctx, lb, s0):
                    right = k  # "Dr Anjali Persaud, a biologist at the University of the
                    continue  # West Indies, Cave Hill, said": a campus, not a name second
                if lb < s0 or view.words[lb] == "," or view.words[lb] in CLOSE_MARKS:
                    boundary = lb if lb >= s0 else None
                    return (first, ctx.prev_tok(right, first) + 1), (start, k), boundary
            if any(view.lower[m] in ("who", "which") for m in range(max(s0, k - 30), k)):
                # "…, who lives outside Sacramento, California, said": a place in a relative
                right = k
                continue
            return None
        if looks_appositive(ctx, first, right):
            last = ctx.before_times(ctx.prev_tok(right, first), first)
            if (
                last in ctx.cue_at
                and ctx.tag(last) == "VERB"
                and not view.lower[last].endswith("ing")
                and not any(view.lower[m] in RELATIVES for m in range(first, last))
            ):
                return None  # "…, the Post reported (Tuesday), citing": a post-posed report
            if not any(view.lower[m] in RELATIVES for m in range(first, right)) and any(
                ctx.tag(m) == "VERB" and ctx.tag(m - 1) in ("PROPN", "NOUN")
                and not view.lower[m].endswith("ing") and view.lower[m] not in ("called", "named")
                and ctx.tag(ctx.next_tok(m + 1, right)) in ("PRON", "DET", "PROPN")
                for m in range(first + 1, right)
            ):
                return None  # "On Tuesday, Gov. Jerry Brown endorsed her, citing": a clause
            if view.lower[first] not in ("who", "which") and ctx.tag(first) != "NUM":
                description = (first, right)
        elif not looks_parenthetical(ctx, first):
            return None
        start = np_left(view, ctx.tag, k, s0)
        if (
            start is None
            and view.lower[first] == "who"
            and k - 1 == ctx.next_tok(s0, k)
            and view.words[k - 1][:1].isupper()
        ):
            start = k - 1  # "Small, who attended the rally, said": a name, whatever its tag
        if start is not None and place_tail(ctx, start, k, s0):
            right = ctx.prev_tok(start, s0)  # ", N.C., who was polled, said"
            continue
        if start is not None and (longer := postmodified_subject(ctx, start, s0)) is not None:
            start = longer  # "A clerk working the overnight shift, who …, said"
        if start is not None and description is not None and (
            (inner := _inner_appositive(ctx, start, k, s0)) is not None
        ):
            # "Selamawit Berhanu, managing director of Abay Trading, an Addis Ababa
            # exporter, said": the phrase before the last appositive is one too
            a, comma = inner
            named = np_left(view, ctx.tag, comma, s0)
            lb = s0 if named is None else ctx.prev_tok(named, s0)
            if named is not None and (
                lb < s0 or view.words[lb] == "," or view.words[lb] in CLOSE_MARKS
            ):  # (not "… a stay in Paris, their children's school, Leaders' College,")
                return (named, comma), (a, k), lb if lb >= s0 else None
        # Not an age ("Benford, 58, who …"); a name's number is ("Local 413, which …").
        if start is not None and (ctx.tag(k - 1) != "NUM" or start < k - 1):
            lb = ctx.prev_tok(start, s0)
            boundary = (
                lb
                if lb >= s0 and (view.words[lb] == "," or view.words[lb] in CLOSE_MARKS)
                else None
            )
            return (start, k), description, boundary
        right = k
    return None



def _opening_name(ctx: Context, comma: int, s0: int) -> bool:
    """Does a name open the sentence right before ``comma``?"""
    a = np_left(ctx.view, ctx.tag, comma, s0)
    return a is not None and a == ctx.next_tok(s0, comma) and is_name(ctx, a, comma)


def _inner_appositive(ctx: Context, start: int, k: int, s0: int) -> tuple[int, int] | None:
    """The first token of the phrase ``start``..``k`` (a comma) with the lower-case
    words before it ("managing director of …"), and the comma before it, when that
    comma sets it off after a name: an appositive of that name, not the subject; else
    None."""
    view = ctx.view
    a = start
    while a - 1 > s0 and view.words[a - 1][:1].islower() and start - a < 3:
        a -= 1
    lb = ctx.prev_tok(a, s0)
    if lb <= s0 or view.words[lb] != "," or is_name(ctx, a, k) or not looks_appositive(
        ctx, a, k
    ):
        return None
    before = ctx.prev_tok(lb, s0)
    return (a, lb) if before >= s0 and view.words[before][:1].isupper() else None


def place_tail(ctx: Context, a: int, b: int, s0: int) -> bool:
    """Are tokens a..b-1 the state or country after a place, set off by commas ("of
    Raleigh, N.C.,", "from Des Moines, Iowa,")? A place the speaker lexicon knows, a
    comma before it, and "of", "from" or "in" a few words before that."""
    view = ctx.view
    if b - a > 3 or not view.words[a][:1].isupper() or not known_place(ctx, a, b):
        return False
    comma = ctx.prev_tok(a, s0)
    if comma < s0 or view.words[comma] != "," or not view.words[comma - 1][:1].isupper():
        return False
    return any(view.lower[i] in ("of", "from", "in") for i in range(max(s0, comma - 4), comma))


def is_name(ctx: Context, a: int, b: int) -> bool:
    """Are tokens a..b-1 a short capitalised name ("Jeff Weaver", "Mr. Kamp", "Hamid
    al-Tayeb", "Ursula von der Leyen", "Hyun-woo Baek")? Inside a name, "and" ("David
    and Jeanne Heidler"), the lower-case particles of names of many origins and the
    lower-case part after a hyphen may stand; "the" before a courtesy ("the Hon. Jermaine
    Thibou") too."""
    if a + 1 < b and ctx.view.lower[a] == "the" and ctx.res.speakers.has(
            "courtesy", ctx.view.lower[a + 1]):
        a += 1
    words = [ctx.view.words[i] for i in range(a, b) if not ctx.view.is_space[i]]
    inner = range(1, len(words) - 1)
    return (
        1 <= len(words) <= 6
        and all(
            w[:1].isupper()
            or w in (".", "-", "'", "’")
            or (k in inner and (w == "and" or w in NAME_PARTICLES))
            or (k >= 2 and words[k - 1] == "-" and words[k - 2][:1].isupper() and w.isalpha())
            for k, w in enumerate(words)
        )
        and ctx.tag(a) == "PROPN"
    )


def looks_parenthetical(ctx: Context, first: int) -> bool:
    """ ", in a statement released on Thursday,", ", speaking at a rally,", ", however,"."""
    w = ctx.view.lower[first]
    t = ctx.tag(first)
    return (
        t in ("ADP", "ADV")
        or (w.endswith("ing") and t in ("VERB", "NOUN"))
        or (t == "VERB" and w not in ctx.aux_words and first not in ctx.cue_at)
        or (w in ctx.time_words)
    )


def looks_appositive(ctx: Context, first: int, end: int = -1) -> bool:
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


def relative_start(lower: list[str], k: int) -> bool:
    """Does a relative source open at token ``k``: "who", "which", "that", or a
    quantifier of "whom"/"which" ("both of whom", "all of which")?"""
    return lower[k] in ("who", "which", "that") or (
        k + 2 < len(lower) and lower[k + 1] == "of" and lower[k + 2] in ("whom", "which")
        and lower[k] in PARTITIVE_HEADS
    )


def antecedent(ctx: Context, rel: int, s0: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at token ``rel`` refers to."""
    view = ctx.view
    p = ctx.prev_tok(rel, s0)
    if p >= s0 and (view.words[p] == "," or view.words[p] in DASH_TOKENS):
        p2 = ctx.prev_tok(p, s0)  # "Trump, who …", "the sign — which …"
        if p2 > s0 and view.words[p2].isdigit() and len(view.words[p2]) <= 3 and (
                view.words[ctx.prev_tok(p2, s0)] == ","):
            p2 = ctx.prev_tok(ctx.prev_tok(p2, s0), s0)  # "Daniel Mulcahy, 63, who": an age
        start = np_left(view, ctx.tag, p2 + 1, s0)
        if start is not None and all(view.lower[i] in ctx.time_words for i in range(start, p2 + 1)):
            # "a ruling issued on Monday, which found": the noun a participle's time follows
            k = ctx.prev_tok(start, s0)
            while k > s0 and view.lower[k] in ctx.time_words:
                k = ctx.prev_tok(k, s0)
            if k > s0 and ctx.tag(k) == "VERB" and view.lower[k].endswith("ed"):
                head = np_left(view, ctx.tag, k, s0)
                if head is not None:
                    return head, p2 + 1
        if start is not None:
            return start, p2 + 1
        return None
    start = np_left(view, ctx.tag, p + 1, s0) if p >= s0 else None
    if start is not None:
        return start, p + 1
    return None


def clause_subject(
    ctx: Context, s0: int, boundary: int, prior: list[Candidate]
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
    return main_subject(ctx, s0, boundary)


def verb_after(ctx: Context, end: int, hi: int) -> int:
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
    elif k < hi and ctx.view.words[k] == ",":
        # an apposition between commas: "The airline's boss, Ingrid Solberg, apologised"
        first = ctx.next_tok(k + 1, hi)
        close = np_right(ctx.view, ctx.tag, first, hi) if first < hi else None
        if (close is not None and close < hi and ctx.view.words[close] == ","
                and close - first <= APPOSITION_TOKENS and ctx.in_quote[first] < 0):
            k = ctx.next_tok(close + 1, hi)
    return past_times(ctx, k, hi)


def subject_and_verb(
    ctx: Context, s0: int, boundary: int, verb_tags: tuple[str, ...]
) -> tuple[tuple[int, int], int] | None:
    """The sentence's subject before ``boundary`` and the token of its verb (tagged one of
    ``verb_tags``, or an auxiliary), or None when no verb follows the subject."""
    subj = main_subject(ctx, s0, boundary)
    if subj is None:
        return None
    v = verb_after(ctx, subj[1], boundary)
    if v < boundary and (ctx.tag(v) in verb_tags or ctx.view.lower[v] in ctx.aux_words):
        return subj, v
    return None


# Subordinators whose clause, when a coordinated cue follows its verb, lends that cue
# its subject ("Stocks fell after the central bank raised rates and said that …").
SUBORDINATE_OPENERS = frozenset(["after", "when", "because", "as", "while", "before", "since",
                                 "until", "once", "though", "although"])


def subordinate_subject(ctx: Context, s0: int, conj: int) -> tuple[int, int] | None:
    """The subject of the subordinate clause whose verb phrase the conjunction at
    ``conj`` coordinates a cue with ("Indian shares ended lower after [the Reserve Bank
    of India] left its key rate unchanged and warned that …"), or None: the clause must
    open with a subordinator, with no comma or quotation between it and ``conj``."""
    view = ctx.view
    for p in range(conj - 1, max(s0, conj - 25) - 1, -1):
        if view.words[p] in (",", ";", ":") or ctx.in_quote[p] >= 0:
            return None
        if view.lower[p] in SUBORDINATE_OPENERS and p > s0:
            first = ctx.next_tok(p + 1, conj)
            end = np_right(view, ctx.tag, first, conj) if first < conj else None
            if end is None or ctx.tag(first) == "PRON":
                return None  # ("X started it when he brought up …": the pronoun is X)
            v = verb_after(ctx, end, conj)
            return (first, end) if v < conj and ctx.tag(v) in ("VERB", "AUX") else None
    return None


# Words before a number that make a quantity of a noun phrase's head ("More than 2,000
# residents", "at least 40 people").
QUANTITY_PREFIXES = frozenset([("more", "than"), ("fewer", "than"), ("less", "than"),
                               ("at", "least"), ("up", "to")])


def main_subject(ctx: Context, s0: int, boundary: int) -> tuple[int, int] | None:
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
        q = p + 2 if tuple(view.lower[p : p + 2]) in QUANTITY_PREFIXES else p
        end = np_right(view, ctx.tag, q, boundary)  # "More than 2,000 residents … have"
        while end is not None and end - 1 > p and view.lower[end - 1] in ctx.time_words:
            end -= 1  # "Police yesterday arrested …, saying": the time is no subject's
        if end is not None:
            if fallback is None:
                fallback = (p, end)
            v = verb_after(ctx, end, boundary)
            while v < boundary and ctx.tag(v) == "ADV" and view.lower[v] in ctx.aux_words:
                v = ctx.next_tok(v + 1, boundary)  # "Hours later, Trump …": no verb yet
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
