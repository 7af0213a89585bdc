"""The readings of one reporting cue (Krestel, Bergler & Witte 2008; Pareti 2016).

:func:`from_cue` reads the cue's frame (``data/cues.tsv``): a prepositional cue is read
by :mod:`.according_to`; a passive, raising, naming or nominal use by :mod:`.passive` and
:mod:`.nominal`; a form that is no verb here ("the warning", "TV show") proposes nothing;
otherwise the source on the cue's left decides between the post-posed reading
(:mod:`.postposed`: "CONTENT, SOURCE CUE") and the pre-posed one (:mod:`.preposed`:
"SOURCE CUE CONTENT"). A participle that opens its sentence with no source before it
("Noting that …, Tester added") takes the main clause's subject, after the comma, and the
pre-posed frames read its content up to that comma.
"""

from __future__ import annotations

from ...candidates import Candidate
from ...phrases import POSSESSIVES, np_left, np_right
from ...word_forms import plural_form
from ..complements import (
    lead_in_not_content,
)
from ..context import Context
from ..cues import CueMatch
from ..parse import subject_span
from ..shapes import (
    agrees_as_verb,
    plausible_source,
    question_subject,
    rest_is_adjunct,
    sentence_initial,
    time_clause_at,
)
from ..sources import (
    appositive,
    passive_be,
    question_lead,
    verbal_aux_before,
)
from ..words import (
    ADJECTIVE_PREPS,
    ASPECT_BEFORE_TO,
    BE_FORMS,
    COLLECTIVE_NOUNS,
    NAMING_LEMMAS,
    NOUN_HOMOGRAPHS,
)
from .according_to import according_to, as_reported_by
from .distant import aside_subject_reading, infinitive_cue
from .gapped import object_relative, relative_gap, subject_relative
from .left_source import left_source
from .nominal import nominal
from .passive import KNOWN_AS, known_as, passive, passive_agent, passive_naming, raising
from .postposed import initial_inverted, postposed
from .preposed import OBJECT, as_source_said, preposed


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
        if j < s0 and view.lower[cs].endswith("ing") and view.words[cs][:1].isupper():
            return fronted_participle(ctx, cue, s0, s1, after)  # "Noting that …, X said"
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
    if speaker is not None and relative_gap(ctx, cue, s0, s1, speaker):
        # "something she opposed | during her years …", "the phrase he cited | has
        # appeared …": the cue's object is the antecedent, nothing after it
        found = [c for c in found if c.rule != OBJECT or c.content[1] <= view.starts[cs]]
        ctx.gapped.add(cs)  # nor do the word-order readings of an unframed cue
    if inherit is None:
        found += object_relative(ctx, cue, s0, s1, speaker)  # "a proposal that Manchin pushed"
        found += subject_relative(ctx, cue, s0, speaker, found)  # "which he said | was …"
    return found


FRONTED_REACH = 40  # tokens from a fronted participle to the comma before the main clause


def fronted_participle(
    ctx: Context, cue: CueMatch, s0: int, s1: int, after: int
) -> list[Candidate]:
    """"Noting that only Kirk voted with them, Tester added …": a participle clause that
    opens its sentence has the main clause's subject for its own (Quirk et al. 1985
    §15.59), who is the source; what it reports ends at the comma before that subject
    and its verb."""
    view = ctx.view
    for m in range(after, min(s1, after + FRONTED_REACH)):
        if ctx.in_quote[m] >= 0:
            continue
        w = view.words[m]
        if w in (";", ":", ".", "!", "?"):
            return []
        if w != ",":
            continue
        q = ctx.next_tok(m + 1, s1)
        e = np_right(view, ctx.tag, q, s1) if q < s1 else None
        if e is None or e >= s1 or e <= q:
            continue
        v = ctx.next_tok(e, s1)
        while v < s1 and ctx.tag(v) == "ADV":
            v = ctx.next_tok(v + 1, s1)
        if v < s1 and ctx.tag(v) in ("VERB", "AUX") and plausible_source(ctx, (q, e)):
            return preposed(ctx, cue, s0, m, after, (q, e), None, None)
    return []


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
    if lower[cs] == KNOWN_AS and ce == cs + 1 and entry.lemma == "know":
        named = known_as(ctx, cue, s1)
        if named:
            return named
    agent = passive_agent(ctx, cue, s0, s1, before)
    if agent is not None:
        return agent  # "The plan was criticized by Democrats": the subject, the agent
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
        if wb in BE_FORMS and not verbal_aux and not (
            (ce - cs > 1 and lower[ce - 1] in ADJECTIVE_PREPS)
            or (ctx.tag(cs) == "ADJ" and ce < s1 and lower[ctx.next_tok(ce, s1)] == "that")
        ):  # (but "are worried about | X", "is worried that …": an adjective's
            return []  # complement, the content)
        if (
            wb == "to"
            and entry.lemma not in ("say", "tell")
            and not (before - 1 >= s0 and lower[before - 1] in ASPECT_BEFORE_TO)
        ):
            return infinitive_cue(ctx, cue, s0, s1, before)
    return None


SINGULAR_IN_S = frozenset(["news", "series", "species", "means"])
PAST_SAY = frozenset(["said", "told", "wrote", "added", "says", "tells", "writes", "adds"])


def _plural(word: str) -> bool:
    """Is a subject's head noun plural ("polls", "women"; not "news", "analysis",
    "census", "business")?"""
    if word in COLLECTIVE_NOUNS:
        return True
    return word not in SINGULAR_IN_S and plural_form(word)



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
