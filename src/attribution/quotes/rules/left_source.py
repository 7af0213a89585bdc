"""The source left of a cue: the subject of a pre-posed report ("The minister said …"),
with what stands between (auxiliaries, asides, appositions, relative clauses), a
relative pronoun's reading ("Trump, who said …"), and the boundary of the content a
source closes. Read by :func:`.cue_driven.from_cue`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...candidates import Candidate
from ...phrases import QUOTE_TOKENS, SUBJECT_PRONOUNS, np_left
from ...segment import DocView
from ...word_forms import participle_form
from ..context import SURNAME_MONTHS, Context
from ..cues import CueMatch
from ..shapes import (
    few_words,
    inflection,
)
from ..sources import (
    antecedent,
    appositive,
    clause_subject,
    dashed_subject,
    inverted_source_after,
    relative_start,
    subject_and_verb,
    subordinate_subject,
)
from ..subjects import (
    contact_subject,
    coordinated_subject,
    coordinated_title,
    count_subject,
    portfolio_title,
    post_relative_subject,
    postmodified_subject,
    relative_subject,
)
from ..words import (
    CLOSE_MARKS,
    DASH_TOKENS,
    NOT_SOURCE_ENTS,
    PARTICIPLE_PREPS,
    TIME_UNITS,
    WEEKDAYS,
)
from .preposed import post_relative

PP_PRONOUNS = frozenset(["him", "her", "them", "me", "us"])  # a preposition's object


@dataclass(slots=True)
class LeftSource:
    """What stands left of a cue: the last token before it (past auxiliaries), the
    source and its description, the comma or closing mark before the source (a
    post-posed reading), or an earlier candidate whose source it shares."""

    j: int
    speaker: tuple[int, int] | None
    description: tuple[int, int] | None
    boundary: int | None
    inherit: Candidate | None


ABSOLUTE_REACH = 30  # tokens before "and" searched for the "with" of an absolute clause


def _name_word(view: DocView, j: int, s0: int) -> bool:
    """Is token ``j`` a capitalised word after another, a name's ("The business daily
    Naija Markets Today reported", whose "Today" a model labels a date)?"""
    return j > s0 and view.words[j][:1].isupper() and view.words[j - 1][:1].isupper()


def _given_name(view: DocView, k: int) -> bool:
    """Is the name at token ``k`` one a relative clause gives its subject ("A retired
    electrician who gave his name only as Ray said")?"""
    return k > 0 and view.lower[k - 1] == "as" and view.words[k][:1].isupper()


def _company_s(ctx: Context, start: int, j: int, before: int, cs: int) -> int:
    """1 when the "'s" between a name and its cue belongs to the name ("McDonald's
    said", "St. Brendan's warned": :func:`sources.verbal_aux_before`): its last word
    stands nowhere in the text without it (else "Trump's said" is "has said"); else 0."""
    view = ctx.view
    words = view.words
    if not (
        j - start < 4
        and all(words[i][:1].isupper() or words[i] in (".", "&") for i in range(start, j))
        and view.lower[j] not in SUBJECT_PRONOUNS
        and before == j + 1
        and view.lower[before] in ("'s", "’s")
        and view.starts[before] == view.ends[j]
        and not view.lower[cs].endswith("ing")
        and words[j][:1].isupper()
    ):
        return 0
    word = words[j]
    n = len(words)
    for k, w in enumerate(words):
        if w == word and not (
            k + 1 < n and view.lower[k + 1] in ("'s", "’s") and view.starts[k + 1] == view.ends[k]
        ):
            return 0
    return 1


def _absolute_subject(ctx: Context, start: int, s0: int) -> bool:
    """Does the noun phrase at ``start`` open an absolute clause after "with" ("…, with
    the council saying …"), or one coordinated with such a clause ("… and gondoliers
    complaining that …")?"""
    lower = ctx.view.lower
    p = ctx.prev_tok(start, s0)
    if p < s0 or p >= start:
        return False

    def opens(k: int) -> bool:  # a clause's "with", not a verb's ("responded with")
        return lower[k] == "with" and (k == s0 or ctx.tag(ctx.prev_tok(k, s0)) != "VERB")

    return opens(p) or (
        lower[p] == "and" and any(opens(k) for k in range(max(s0, p - ABSOLUTE_REACH), p))
    )


def _aside_after_aux(ctx: Context, comma: int, s0: int) -> int:
    """Where a source ends left of an aside after an auxiliary ("has, however, said") or
    of a participle after its noun ("An opinion …, and obtained by AP, found")."""
    lower, verb = ctx.view.lower, False
    for k in range(comma - 2, max(s0, comma - 8) - 1, -1):
        verb = verb or ctx.tag(k + 1) in ("VERB", "AUX")
        if ctx.in_quote[k + 1] >= 0 or (ctx.view.words[k] == "," and k - 1 < s0):
            return comma
        if ctx.view.words[k] != ",":
            continue
        if lower[k + 1] == "and" and lower[k + 2].endswith("ed") and ctx.tag(k - 1) in (
            "NOUN", "PROPN", "NUM"
        ):
            return k - 1
        if not verb and lower[k - 1] in ctx.aux_words:
            return ctx.skip_left_aux(k - 1, s0)
        return comma
    return comma


def _quoted_apposition(ctx: Context, comma: int, s0: int) -> bool:
    """ '“…?” the vendor, Anan Wongsuwan, asked the officer': a subject and its
    apposition right after a quotation; the phrase after the cue is its object."""
    appos = appositive(ctx, comma, s0)
    return appos is not None and appos[2] is not None and ctx.closes_region(appos[2])


def left_source(
    ctx: Context, cue: CueMatch, s0: int, s1: int, before: int, prior: list[Candidate]
) -> LeftSource | list[Candidate]:
    """The source left of the cue; a relative pronoun's reading ("Trump, who said …")
    or [] when the cue cannot be read from here."""
    view = ctx.view
    lower = view.lower
    entry = cue.entry
    cs, ce = cue.start, cue.end
    s0 = ctx.after_dateline(s0, cs)  # "HAVANA, March 4 (Meridian) - …": no source there
    # Speaker on the left: SOURCE (aux/adv) CUE.
    j = ctx.skip_left_aux(before, s0)
    if j - 3 >= s0 and view.words[j] == ",":
        j = _aside_after_aux(ctx, j, s0)  # "The minister has, however, said"
    speaker: tuple[int, int] | None = None
    description: tuple[int, int] | None = None
    left_boundary: int | None = None  # token index of the comma/closing mark before SOURCE
    if j >= s0:
        wj = view.words[j]
        if wj == "," and j == before and entry.invert and inverted_source_after(
            ctx, ce, s1
        ) and not _quoted_apposition(ctx, j, s0):
            left_boundary = j  # "…, the race will be tight, said Dan Gerstein, director …"
        elif wj == "," and lower[ctx.next_tok(j + 1, cs)] == "then" and (
            found := subject_and_verb(ctx, s0, j, ("VERB", "AUX"))
        ) is not None:
            speaker = found[0]  # "Clinton paused, then revealed why …": the clause's subject
        elif wj == ",":
            appos = appositive(ctx, j, s0)
            if appos is not None:
                speaker, description, left_boundary = appos
            elif (rel := relative_subject(ctx, j, s0)) is not None:
                speaker, description = rel  # "A nurse who …, and who asked not to be named,"
            else:
                left_boundary = j
        elif wj in DASH_TOKENS and (dashed := dashed_subject(ctx, j, s0)) is not None:
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
                and few_words(ctx, t0, j, 8)
                and view.words[first_word][:1].isupper()
                and view.words[cs][:1].islower()
            ):
                # 'Hemsley, the co-author of "Going Viral," said': a title ends the
                # appositive, not a quotation.
                appos = appositive(ctx, j - 1, s0)
                if appos is not None and appos[1] is not None:
                    speaker, description, left_boundary = appos
        else:
            start = np_left(view, ctx.tag, _before_overall(ctx, j, s0) + 1, s0)
            if start is None:
                start = count_subject(ctx, j, s0)  # "43 said", "about 4 in 10 say"
            if start is not None and (
                time_phrase(ctx, start, j + 1) or (
                    ctx.ent_types[j] in NOT_SOURCE_ENTS and not _name_word(view, j, s0))
            ) and postmodified_subject(ctx, start, s0) is None:
                # (but "A leaked board memo dated 2 March warns": a memo's date; "a farmer
                # who has tended cocoa for four decades said", where a model labels
                # "four decades" a date)
                start = None  # "on Wednesday said", "15 percent say": never the source
                if (rel := relative_subject(ctx, j, s0)) is not None:
                    speaker, description = rel  # "A teacher who drove … all afternoon said"
            elif (rel := relative_subject(ctx, j, s0)) is not None and (
                start is None or (rel[0][0] < start and not _given_name(view, start)
                                  and lower[rel[0][1] - 1] not in ("who", "which", "that"))
            ):
                # "A nurse who asked not to be named said"; "A mother of three who works
                # as a therapist in Temple told": the noun nearest the cue is the
                # relative clause's, and the sentence's subject opens it
                speaker, description, start = *rel, None
            elif start is None and (post := post_relative_subject(ctx, j, s0)) is not None:
                speaker, description, left_boundary = post  # "…, a senior official who
                # asked not to be named said."
            elif start is None and (contact := contact_subject(ctx, j, s0)) is not None:
                speaker = contact  # "Residents the BBC spoke to said": not the outlet
            elif start is None and lower[j] in PP_PRONOUNS and (
                longer := postmodified_subject(ctx, j, s0)
            ) is not None:
                # "People close to him said", "Aides around them said": an object pronoun
                # ends the subject's post-modifier, never the source
                start = longer
            if start is None and speaker is None:
                speaker = timed_participle_subject(ctx, j, s0)  # "A report published in 2024 found"
            if (
                start is not None
                and lower[cs].endswith("ing")
                and j == before
                and (ctx.tag(j) == "NOUN" and view.words[j][:1].islower())
                # (but "…, with the union saying …" and "… and gondoliers complaining
                # that …": an absolute clause's own subject)
                and not _absolute_subject(ctx, start, s0)
            ):
                # "issued a statement describing ...": a participle modifying a noun; the
                # clause's subject is the source.
                subj = clause_subject(ctx, s0, start, prior)
                if isinstance(subj, Candidate):
                    subj = subj.speaker
                if subj is not None and subj[1] <= start:
                    speaker = subj
                    start = None
                else:
                    return []
            if start is not None:
                longer = postmodified_subject(ctx, start, s0)
                if longer is None:
                    longer = coordinated_subject(ctx, start, s0)  # "Doctors and nurses said"
                if longer is None:  # "…, co-founder and chief executive Ananya Raghavan said"
                    longer = coordinated_title(ctx, start, s0)
                if longer is None:  # "Minister for Fisheries and the Blue Economy X said"
                    longer = portfolio_title(ctx, start, j, s0)
                if longer is not None:
                    start = longer  # "People briefed on the move said"
                lb = ctx.prev_tok(start, s0)
                if lb > s0 and ctx.closes_region(lb):
                    t0 = ctx.region_toks[ctx.in_quote[lb]][0]
                    if (
                        t0 > s0
                        and few_words(ctx, t0, lb, 3)
                        and view.words[start][:1].isupper()
                        and view.words[t0 - 1][:1].isupper()
                        and view.words[ctx.prev_tok(lb, t0)] not in (",", ".", "!", "?")
                    ):
                        # 'Marine John “Tig” Tiegen found': a nickname inside the name
                        name_start = np_left(view, ctx.tag, t0, s0)
                        if name_start is not None:
                            start = name_start
                            lb = ctx.prev_tok(start, s0)
                speaker = (start, j + 1 + _company_s(ctx, start, j, before, cs))
                if lb >= s0 and (view.words[lb] == "," or view.words[lb] in CLOSE_MARKS):
                    left_boundary = lb
                if relative_start(lower, start) and lb >= s0:
                    ante = antecedent(ctx, start, s0)
                    if ante is not None:
                        return post_relative(ctx, cue, speaker, ante, s0, s1, prior)
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
        subj = clause_subject(ctx, s0, j, prior)
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
            found = subject_and_verb(ctx, s0, jj, ("VERB", "AUX"))
            if found is not None:
                speaker = found[0]

    # Participle after a comma ("..., telling the paper that ..."): the main clause's
    # subject is the speaker.
    inherit: Candidate | None = None
    if speaker is None and left_boundary is None and j >= s0 and lower[j] in ("and", "but"):
        # "X said that A and said that B": the second cue shares the subject, also over
        # a participle between them ("blasted X, calling her Y, and then tweeted"); never
        # a noun cue the parse reads ("denied the senator's claim …, but told …").
        pos = ctx.model_pos
        same_sentence = [c for c in reversed(prior[-8:]) if c.cue_tok >= 0 and view.sent_of[
            c.cue_tok] == view.sent_of[cs] and (pos is None or pos[c.cue_tok] != "NOUN")]
        form = inflection(lower[cs])
        inherit = next((c for c in same_sentence if inflection(lower[c.cue_tok]) == form), None)
        if inherit is None and same_sentence and lower[cs].endswith("ing"):
            inherit = same_sentence[0]  # "emailed supporters …, and vowing to compete"
        if inherit is None and (not same_sentence or form != "ing"):
            # "She brought that down ..., but said she couldn't": the sentence subject;
            # also after a participle's report ("was defending X, but admitted …").
            found = subject_and_verb(ctx, s0, j, ("VERB", "AUX", "ADV"))
            if found is not None:
                speaker = subordinate_subject(ctx, s0, j) or found[0]
    if (
        speaker is None
        and left_boundary is None
        and j >= s0
        and lower[cs].endswith("ing")
        and view.words[j] in DASH_TOKENS
        and j > s0
        and view.starts[j] > view.ends[j - 1]  # a spaced dash, not "well-meaning"
    ):
        # "dismissed the accusations — saying …": a participle after a dash, as after a
        # comma, reports what the main clause's subject said.
        subj = clause_subject(ctx, s0, j, prior)
        if isinstance(subj, Candidate):
            inherit = subj
        elif subj is not None:
            speaker = subj
    if speaker is None and left_boundary is not None and lower[cs].endswith("ing"):
        subj = clause_subject(ctx, s0, left_boundary, prior)
        if isinstance(subj, Candidate):
            inherit = subj
        elif subj is not None:
            speaker = subj
        if speaker is not None or inherit is not None:
            left_boundary = None  # pre-posed after all
    return LeftSource(j, speaker, description, left_boundary, inherit)


TIME_QUANTIFIERS = frozenset(["all", "every", "each", "this", "last", "next", "early", "late"])


def _before_overall(ctx: Context, j: int, s0: int) -> int:
    """The token before "overall" closing a plural subject ("Democratic voters overall
    said"): the noun phrase ends there; ``j`` itself otherwise."""
    p = ctx.prev_tok(j, s0)
    if ctx.view.lower[j] == "overall" and p >= s0 and ctx.tag(p) in ("NOUN", "PROPN"):
        return p
    return j


def time_phrase(ctx: Context, a: int, b: int) -> bool:
    """Are tokens ``a .. b-1`` a time ("on Wednesday", "all afternoon", "August 22")?"""
    lower = ctx.view.lower
    if b - a == 1 and lower[a] in SURNAME_MONTHS and ctx.view.words[a][:1].isupper() and (
        b in ctx.cue_at and a == ctx.view.sents[ctx.view.sent_of[a]][0]
    ):
        return False  # "May said the deal was done": a name (Theresa May's) opening it
    return any(lower[i] in ctx.time_words for i in range(a, b)) and all(
        lower[i] in ctx.time_words or lower[i] in TIME_QUANTIFIERS or ctx.tag(i) == "NUM"
        for i in range(a, b)
    )


# Words of a time phrase after a participle ("published in 2024", "released last week").
TIME_LINKS = frozenset(["in", "on", "last", "this", "early", "late", "earlier", "of"])
TIME_ENDS = WEEKDAYS | TIME_UNITS | frozenset([
    "years", "weeks", "months", "day", "days", "today", "yesterday", "quarter", "autumn",
    "winter", "morning", "afternoon", "evening", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december",
])


def timed_participle_subject(ctx: Context, j: int, s0: int) -> tuple[int, int] | None:
    """The subject that opens the clause and ends with a participle and a time before
    the cue at ``j + 1`` ("A report published in 2024 found", "A survey released last
    week found", "A study commissioned by the council in 2024 found"), or None."""
    view = ctx.view
    lower = view.lower
    if not (lower[j] in TIME_ENDS or ctx.tag(j) == "NUM"):
        return None  # (a time ends the subject: not "Trump wavered in answering")
    k = j
    while k > s0 and (lower[k] in ctx.time_words or ctx.tag(k) == "NUM" or lower[k] in TIME_LINKS):
        k = ctx.prev_tok(k, s0)
    if k <= s0:
        return None
    if ctx.tag(k) != "VERB" or not participle_form(lower[k]):
        # "commissioned by the council in 2024": the participle's agent before the time
        by = next((i for i in range(k, max(s0, k - 6), -1) if lower[i] == "by"), None)
        if by is None or not participle_form(lower[by - 1]) or ctx.tag(by - 1) != "VERB":
            return None
        k = by - 1
    start = np_left(view, ctx.tag, k, s0)
    if start is None or ctx.tag(k - 1) not in ("NOUN", "PROPN"):
        return None
    p = ctx.prev_tok(start, s0)
    return (start, j + 1) if p < s0 or view.words[p] == "," else None
