"""The readings of one reporting cue (Krestel, Bergler & Witte 2008; Pareti 2016).

:func:`from_cue` reads the cue's frame (``data/cues.tsv``): a prepositional cue is read
by :mod:`.according_to`; a passive, raising, naming or nominal use by :mod:`.passive` and
:mod:`.nominal`; a form that is no verb here ("the warning", "TV show") proposes nothing;
otherwise the source on the cue's left decides between the post-posed reading
(:mod:`.postposed`: "CONTENT, SOURCE CUE") and the pre-posed one (:mod:`.preposed`:
"SOURCE CUE CONTENT").
"""

from __future__ import annotations

from dataclasses import dataclass

from ...candidates import Candidate
from ...phrases import POSSESSIVES, QUOTE_TOKENS, SUBJECT_PRONOUNS, np_left
from ...segment import DocView
from ..complements import (
    lead_in_not_content,
)
from ..context import SURNAME_MONTHS, Context
from ..cues import CueMatch
from ..parse import subject_span
from ..shapes import (
    agrees_as_verb,
    few_words,
    inflection,
    plausible_source,
    question_subject,
    rest_is_adjunct,
    sentence_initial,
    time_clause_at,
)
from ..sources import (
    antecedent,
    appositive,
    clause_subject,
    dashed_subject,
    inverted_source_after,
    passive_be,
    question_lead,
    subject_and_verb,
    subordinate_subject,
    verbal_aux_before,
)
from ..subjects import (
    coordinated_subject,
    coordinated_title,
    post_relative_subject,
    postmodified_subject,
    relative_subject,
)
from ..words import (
    ASPECT_BEFORE_TO,
    BE_FORMS,
    CLOSE_MARKS,
    COLLECTIVE_NOUNS,
    DASH_TOKENS,
    NAMING_LEMMAS,
    NOT_SOURCE_ENTS,
    NOUN_HOMOGRAPHS,
    PARTICIPLE_PREPS,
)
from .according_to import according_to, as_reported_by
from .distant import aside_subject_reading, infinitive_cue
from .gapped import object_relative
from .nominal import nominal
from .passive import passive, passive_naming, raising
from .postposed import initial_inverted, postposed
from .preposed import as_source_said, post_relative, preposed


def from_cue(ctx: Context, cue: CueMatch, prior: list[Candidate]) -> list[Candidate]:
    """The readings of one reporting cue: its frame's construction, else a source on
    its left and the content before it (post-posed) or after it (pre-posed)."""
    view = ctx.view
    entry = cue.entry
    frames = entry.frames
    cs, ce = cue.start, cue.end
    s0, s1 = cue_sentence(ctx, cue, prior)
    if "prep" in frames:
        return according_to(ctx, cue, s0, s1)

    before = ctx.prev_tok(cs, s0)
    found = frame_reading(ctx, cue, s0, s1, before)
    if found is not None:
        return found
    left = left_source(ctx, cue, s0, s1, before, prior)
    if isinstance(left, list):
        return left
    j, speaker, description = left.j, left.speaker, left.description
    left_boundary, inherit = left.boundary, left.inherit

    after = ctx.next_tok(ce, s1)
    # A comma before the source opens either a post-posed attribution ("..., X said.")
    # or a leading adverbial ("After ..., X said that ..."): the words after the cue tell.
    if (
        left_boundary is not None
        and speaker is not None
        and lead_in_not_content(ctx, entry.frames, left_boundary, after, s0, s1)
    ):
        left_boundary = None
    if (
        left_boundary is not None
        and speaker is not None
        and not ctx.closes_region(left_boundary)
        and question_lead(ctx, s0, left_boundary)
    ):
        left_boundary = None  # "Asked about it, Ryan said, ...": the content follows
    if (
        left_boundary is not None
        and not frames & {"say", "that", "tell"}
        and not ctx.closes_region(left_boundary)
    ):
        return []

    # "SUBJECT, ASIDE, CUE CONTENT": the opening noun phrase over an aside is a reading
    # beside the post-posed one.
    aside = (
        aside_subject_reading(ctx, cue, s0, s1, after, left_boundary)
        if left_boundary is not None and speaker is None and view.words[left_boundary] == ","
        else []
    )
    # Post-posed: CONTENT , SOURCE CUE  |  CONTENT , CUE SOURCE
    if left_boundary is not None and (speaker is not None or entry.invert):
        return aside + postposed(
            ctx, cue, s0, s1, after, left_boundary, speaker, description, prior
        )
    if aside:
        return aside

    if ctx.parsed and inherit is None and left_boundary is None:
        # The parse's subject where the rules found none ("officials who spoke on
        # condition of anonymity said"). Overriding the rules' subject cost accuracy.
        dep_subject = subject_span(view.doc, cs)
        if (
            speaker is None
            and dep_subject is not None
            and dep_subject[1] <= cs
            and plausible_source(ctx, dep_subject)
        ):
            speaker, description = dep_subject, None
    if speaker is None and inherit is None:
        if j < s0 and entry.invert and view.words[cs][:1].isupper():
            return initial_inverted(ctx, cue, after, s1)
        if before >= s0 and view.lower[before] == "to" and left_boundary is None:
            return infinitive_cue(ctx, cue, s0, s1, before)  # "was not willing to say"
        return []
    if speaker is not None and question_subject(ctx, speaker[0], s0):
        return []  # "Do you support Donald Trump?": a question, not an attribution

    if speaker is not None and inherit is None:
        found = as_source_said(ctx, cue, s0, s1, after, speaker, description)
        if found is not None:
            return found
    found = preposed(ctx, cue, s0, s1, after, speaker, description, inherit)
    if inherit is None:
        found += object_relative(ctx, cue, s0, s1, speaker)  # "a proposal that Manchin pushed"
    return found


def cue_sentence(ctx: Context, cue: CueMatch, prior: list[Candidate]) -> tuple[int, int]:
    """The cue's sentence, reaching back over a quotation that ends right before it."""
    view = ctx.view
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
            rest_is_adjunct(ctx, ctx.next_tok(cue.end, s1), s1)
            or time_clause_at(ctx, ctx.next_tok(cue.end, s1), s1)
        )
        # 'X said, "A." Rep. Y said, "B."': that quote is already X's.
        and not any(c.content[0] <= view.starts[p] < c.content[1] for c in prior[-4:])
    ):
        j0 = ctx.skip_left_aux(ctx.prev_tok(cue.start, s0), s0)
        appos = appositive(ctx, j0, s0) if view.words[j0] == "," else None
        if (
            j0 < s0
            or np_left(ctx.view, ctx.tag, j0 + 1, s0) == s0
            or (appos is not None and appos[0][0] == s0)
        ):
            s0 = min(s0, ctx.sent(p)[0])
    return s0, s1


def frame_reading(
    ctx: Context, cue: CueMatch, s0: int, s1: int, before: int
) -> list[Candidate] | None:
    """The readings a cue's frame or form decides on its own (as reported by, passive
    naming, passive, raising, nominal), [] where the cue is no verb here, None where the
    general readings apply."""
    view = ctx.view
    lower = view.lower
    entry = cue.entry
    frames = entry.frames
    cs, ce = cue.start, cue.end
    if ctx.model_pos is not None and ctx.model_pos[cs] in ("NOUN", "PROPN", "ADJ", "NUM"):
        return []  # the tagger reads "claims", "tweets", "report" here as a noun
    if (
        before >= s0
        and lower[before] == "as"
        and lower[cs].endswith("ed")
        and ce < s1
        and lower[ce] == "by"
        and (sentence_initial(ctx, before, s0) or view.words[ctx.prev_tok(before, s0)] == ",")
    ):
        return as_reported_by(ctx, cue, s1)
    if (
        entry.lemma in NAMING_LEMMAS
        and lower[cs].endswith("ed")
        and before >= s0
        and lower[before] in BE_FORMS
        and lower[before] not in ("'s", "’s")  # "He’s called it …": has called
    ):
        return passive_naming(ctx, cue, s0, s1, before)
    if "passive" in frames:
        be = passive_be(ctx, before, s0)
        if be is not None:
            return passive(ctx, cue, s0, s1, be)
    if "raising" in frames:
        return raising(ctx, cue, s0, s1, before)
    # Nominal or passive uses: "the warning", "is expected", "was asked".
    if before >= s0:
        wb = lower[before]
        # "is telling", "He’s predicting", "He's said": an auxiliary before a verb, not a
        # passive or a noun.
        verbal_aux = verbal_aux_before(ctx, cs, before, s0)
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
        ) and not (  # "the carmaker's chief executive said": a role, then a verb
            poss < before and lower[cs] in PAST_SAY and ctx.res.speakers.has("role", wb)
        ):
            return nominal(ctx, cue, poss, s0, s1)
        if "noun" in frames:
            return []
        if (
            lower[cs] in NOUN_HOMOGRAPHS
            and ce == cs + 1
            and (
                ctx.tag(before) == "NOUN"
                # "a talk show host": a word after an article is a noun, whatever its tag
                or (before > s0 and lower[ctx.prev_tok(before, s0)] in ("a", "an", "the"))
            )
            and not _plural(lower[_subject_head(ctx, before, s0)])
        ):
            return []  # "Trump's reality TV show": a singular noun takes "shows", not "show"
        if (
            (
                ctx.tag(before) == "DET"
                # "Another tweeted": a quantifier standing alone before a past tense
                and not (wb in ctx.tag.indefinite and agrees_as_verb(wb, lower[cs]))
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
            return infinitive_cue(ctx, cue, s0, s1, before)
    return None


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
        if wj == "," and j == before and entry.invert and inverted_source_after(ctx, ce, s1):
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
            start = np_left(view, ctx.tag, j + 1, s0)
            if start is not None and (
                (time_phrase(ctx, start, j + 1) and postmodified_subject(ctx, start, s0) is None)
                or (ctx.ent_types[j] in NOT_SOURCE_ENTS and not _name_word(view, j, s0))
            ):  # (but "A leaked board memo dated 2 March warns": a memo's date)
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
            if (
                start is not None
                and lower[cs].endswith("ing")
                and j == before
                and (ctx.tag(j) == "NOUN" and view.words[j][:1].islower())
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
                if lower[start] in ("who", "which", "that") and lb >= s0:
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
    if speaker is None and left_boundary is not None and lower[cs].endswith("ing"):
        subj = clause_subject(ctx, s0, left_boundary, prior)
        if isinstance(subj, Candidate):
            inherit = subj
        elif subj is not None:
            speaker = subj
        if speaker is not None or inherit is not None:
            left_boundary = None  # pre-posed after all
    return LeftSource(j, speaker, description, left_boundary, inherit)


SINGULAR_IN_S = frozenset(["news", "series", "species", "means"])
PAST_SAY = frozenset(["said", "told", "wrote", "added", "says", "tells", "writes", "adds"])


def _plural(word: str) -> bool:
    """Is a subject's head noun plural ("polls", "women"; not "news", "analysis",
    "census", "business")?"""
    if word in COLLECTIVE_NOUNS:
        return True
    if word in SINGULAR_IN_S or word.endswith(("ss", "us", "is")):
        return False
    return word.endswith("s")



def _subject_head(ctx: Context, before: int, s0: int) -> int:
    """The head noun of the subject that ends at token ``before``: the noun before a
    prepositional phrase ("Data from the agency show"), else ``before`` itself."""
    lower = ctx.view.lower
    for j in range(before - 1, max(s0, before - 6), -1):
        t = ctx.tag(j)
        if lower[j] in ("of", "from", "at", "for", "in", "on", "by") and ctx.tag(j - 1) in (
            "NOUN", "PROPN"
        ):
            return j - 1
        if t in ("VERB", "AUX", "PUNCT", "SCONJ", "CCONJ", "PRON"):
            break
    return before


TIME_QUANTIFIERS = frozenset(["all", "every", "each", "this", "last", "next", "early", "late"])


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
