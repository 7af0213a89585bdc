"""Where the content of a cue starts, and the content before a post-posed source.

After a pre-posed cue: a that-clause, a quotation, a bare clause, an infinitive or an
object, possibly past an addressee and adjuncts ("told Reuters on Monday that …"); before
a post-posed source, back to the sentence or quotation start (Pareti 2016)."""

from __future__ import annotations

from ..candidates import Candidate
from ..phrases import NOMINATIVE, OBJECT_PRONOUNS, POSSESSIVES, np_left, np_right
from .clauses import clause_end
from .context import Context
from .cues import CueMatch
from .objects import (
    counted_noun,
    marginal_preposition,
    measure_at,
    measure_clause,
    non_finite,
    question_word,
)
from .shapes import (
    SUBJECT_DETERMINERS,
    adverbial,
    after_parenthetical,
    few_words,
    participle_subject,
    place_comma,
    rest_is_adjunct,
    short_phrase,
    singular_noun,
    starts_clause,
    title_like,
    to_verb,
)
from .words import (
    ADJUNCT_PREPS,
    BULLETS,
    COMPLEMENTIZERS,
    LEADING_SUBORDINATORS,
    MAX_CLAUSE,
    NEW_REPORT_PRONOUNS,
    NOT_OBJECT,
    NUMBER_WORDS,
    OPEN_MARKS,
    QUANTITY_SENSES,
    REPORTING_INFINITIVES,
    TERMINAL,
)


def adjacent_quotes_before(
    ctx: Context, start_char: int, prior: list[Candidate]
) -> list[tuple[int, int]]:
    """Closed quotations in the same paragraph that end right before the quotation
    starting at ``start_char``, with only blanks between, and no attribution of their
    own: '“A.” “B,” he added.' (A is his too)."""
    view = ctx.view
    t = view.token_at(start_char)
    q = ctx.in_quote[t]
    if q < 0 or ctx.region_toks[q][0] != t:
        return []
    spans: list[tuple[int, int]] = []
    para_start = view.paras[view.para_of[t]][0]
    while len(spans) < 3:
        p = ctx.prev_tok(t, para_start)
        if p < para_start or not ctx.closes_region(p):
            break
        t0, t1 = ctx.region_toks[ctx.in_quote[p]]
        span = ctx.trim_content(t0, t1)
        # Only the latest candidates can claim a quotation this close: bounded work.
        if span is None or any(
            c.content[0] < span[1] and span[0] < c.content[1] for c in prior[-8:]
        ):
            break
        spans.append(span)
        t = t0
    return spans


def lead_in_not_content(
    ctx: Context, frames: frozenset[str], boundary: int, after: int, s0: int, s1: int
) -> bool:
    """With a comma or closing mark at ``boundary`` before the source: is what precedes
    it a leading adverbial ("After …, X said that …") rather than a post-posed content?
    The words after the cue tell. A closing quote mark makes it post-posed, unless the
    quotation sits inside a lead-in and a clause follows the cue ('Although he admitted
    they had “been friends,” he claimed they had never met')."""
    if not ctx.closes_region(boundary):
        return (
            not rest_is_adjunct(ctx, after, s1)
            or quote_follows(ctx, after, s1)
            or object_follows(ctx, frames, after, s1)
        )
    k = ctx.skip_right_adjuncts(after, s1)
    t0 = ctx.region_toks[ctx.in_quote[boundary]][0]
    if t0 <= s0 or k >= s1:
        return False
    if adverbial(ctx, s0, t0) and few_words(ctx, t0, boundary, 7):
        # 'On ABC News's "This Week," Rubio said that …': a show's title in a lead-in.
        return not rest_is_adjunct(ctx, after, s1)
    return ctx.view.lower[k] != "that" and starts_clause(ctx, k, s1)


def comma_before_quote(ctx: Context, k: int, s1: int) -> int:
    """'“A,” he said of people whose rights were restored, “B.”': from token k, the
    comma within 20 tokens that a quotation follows, with no other quotation, cue or
    sentence end before it; k when there is none."""
    view = ctx.view
    for m in range(k, min(s1, k + 20)):
        w = view.words[m]
        if w == ",":
            return m if ctx.next_tok(m + 1, s1) in ctx.open_at else k
        if ctx.in_quote[m] >= 0 or w in TERMINAL or w == ":" or m in ctx.cue_at:
            return k
    return k


def past_adjuncts(ctx: Context, k: int, s1: int) -> int:
    """From token k over a short run of adjuncts ("last month on Twitter", "in a
    statement") to the comma or colon that ends it; k itself when there is none."""
    view = ctx.view
    m = k
    limit = min(s1, k + 9)
    while m < limit:
        w = view.words[m]
        if w in (",", ":"):
            return m
        if w == "-" and view.starts[m] == view.ends[m - 1]:
            m += 1  # "an op-ed"
            continue
        if (
            m in ctx.open_at
            or w in TERMINAL
            or ctx.tag(m) in ("VERB", "AUX", "SCONJ", "CCONJ", "PUNCT")
            or (ctx.tag(m) == "PRON" and view.lower[m] not in POSSESSIVES)
        ):
            return k
        m += 1
    return k


def object_follows(ctx: Context, frames: frozenset[str], k: int, s1: int) -> bool:
    """Does an object follow the cue ("many residents worry about portrayals",
    "conservative leaders have questioned his sincerity")? Then a comma before the source
    closes a lead-in, not a post-posed content. An addressee after "told" is no object."""
    k = ctx.skip_right_adjuncts(k, s1)
    if k >= s1:
        return False
    w = ctx.view.lower[k]
    if w == "about":
        return True
    if "tell" in frames or w in ctx.time_words:
        return False
    return ctx.tag(k) in ("DET", "NOUN", "PROPN", "ADJ", "NUM") or w in POSSESSIVES


def quote_follows(ctx: Context, k: int, s1: int) -> bool:
    """Does ", “…" or ": “…" follow the cue (after adjuncts)? Then a lead-in before the
    source ("As for his record, she said, “…”") is an adverbial, not the content."""
    k = ctx.skip_right_adjuncts(k, s1)
    if k < s1 and ctx.view.lower[k] in ("as", "while", "when"):
        # 'Clinton said as he introduced his wife in Hudson, "…"': past a short clause
        for m in range(k + 1, min(s1, k + 15)):
            if ctx.view.words[m] in (",", ":") or ctx.in_quote[m] >= 0:
                k = m
                break
    if k >= s1 or ctx.view.words[k] not in (",", ":"):
        return False
    return ctx.next_tok(k + 1, len(ctx.view.words)) in ctx.open_at


GAP_RELATIVES = frozenset(["which", "that", "who"])


def relative_gap(ctx: Context, cue: CueMatch) -> bool:
    """Is the cue's subject right after a relative pronoun ("a finish that he said |
    defied expectations", "the law, which Carson says | led him to Christ")? The
    pronoun is the subject of the reported clause, whose verb then follows the cue."""
    view = ctx.view
    s0 = view.sents[view.sent_of[cue.start]][0]
    j = ctx.skip_left_aux(ctx.prev_tok(cue.start, s0), s0)
    if j < s0 or ctx.tag(j) not in ("PRON", "PROPN", "NOUN"):
        return False
    start = np_left(view, ctx.tag, j + 1, s0)
    if start is None or start - 1 < s0:
        return False
    p = ctx.prev_tok(start, s0)
    return p >= s0 and view.lower[p] in GAP_RELATIVES


def _relative_after(ctx: Context, k: int, s1: int) -> bool:
    """Does a relative clause of a person, set off by a comma, follow the phrase at token
    ``k`` ("that opener Kyle Mbeki, who …"; not "that claim, which …")?"""
    comma = next((m for m in range(k, min(s1, k + 9)) if ctx.view.words[m] == ","), -1)
    return comma > 0 and ctx.view.lower[ctx.next_tok(comma + 1, s1)] in ("who", "whose")


# Quantity words after "that" open a reported clause's subject ("said that many felons,
# convicted of crimes, will vote"), not a determiner's noun phrase ("that claim").
QUANTITY_WORDS = frozenset(["many", "more", "most", "few", "fewer", "less", "much",
                            "several"])


def complement_start(ctx: Context, cue: CueMatch, k: int, s1: int) -> tuple[int | None, str]:
    """Where the content of a pre-posed cue starts, and which frame it took; no start
    when nothing is left of the text ("… told reporters that" at its end)."""
    start, frame = _complement_start(ctx, cue, k, s1)
    return (None, "") if start is not None and start >= len(ctx.view.words) else (start, frame)


def _complement_start(ctx: Context, cue: CueMatch, k: int, s1: int) -> tuple[int | None, str]:
    """Where the content of a pre-posed cue starts, and which frame it took."""
    view = ctx.view
    lower = view.lower
    frames = cue.entry.frames
    n = len(view.words)
    if k >= n:
        return None, ""
    w = lower[k]
    if marginal_preposition(ctx, cue.end - 1, s1):
        return None, ""  # "3 per cent compared to Friday's close": a preposition, no cue
    if k in ctx.open_at:
        if cue.entry.cue_type == "document" and title_like(ctx, *ctx.region_toks[ctx.open_at[k]]):
            return None, ""  # "He read “War and Peace”": a title, not what a text says
        return k, "quote"
    if (ctx.tag(k) == "ADV" or w in ("back", "out", "up")) and w not in COMPLEMENTIZERS:
        # "responded pointedly, with a smile: “…”", "fired back forcefully: “…”": a
        # manner adverb or particle (and a phrase), then a colon and the quotation.
        for m in range(k + 1, min(s1, k + 8)):
            if lower[m] == ":":
                q = ctx.next_tok(m + 1, n)
                if q in ctx.open_at:
                    return q, "quote"
                break
            if ctx.tag(m) in ("VERB", "AUX") or lower[m] == "that" or m in ctx.open_at:
                break
    if w in (":", ","):
        q = ctx.next_tok(k + 1, n)
        if q in ctx.open_at:
            return q, "quote"
        if w == ":" and q < s1:
            return q, "that"
        if w == "," and q < s1 and lower[q] == "that":
            return ctx.next_tok(q + 1, s1), "that"  # "He added, that there’s …"
        if w == ",":
            # "said, without evidence, that …", "said, and I quote, “…”"
            aside_end = after_parenthetical(ctx, k, s1)
            if aside_end is not None and aside_end in ctx.open_at:
                return aside_end, "quote"
            if aside_end is not None and lower[aside_end] == "that":
                return ctx.next_tok(aside_end + 1, s1), "that"
            return None, ""
    if w in ("—", "–", "("):
        # "said — on Twitter, as it happens — that …", "said (on Twitter) that …"
        close = ")" if w == "(" else w
        for m in range(k + 1, min(s1, k + 15)):
            if view.words[m] == close:
                q = ctx.next_tok(m + 1, s1)
                if q < s1 and lower[q] == "that":
                    return ctx.next_tok(q + 1, s1), "that"
                break
            if ctx.in_quote[m] >= 0 or view.words[m] in TERMINAL or m in ctx.cue_at:
                break
    if w == "that" and k + 1 < s1 and ctx.tag(k + 1) in ("NOUN", "ADJ") and short_phrase(
        ctx, k + 1, s1, 7 if singular_noun(ctx, k + 1) else 4
    ) and lower[k + 1] not in NUMBER_WORDS and lower[k + 1] not in QUANTITY_WORDS and not (
        # (not "that two bidders, … had", "that many felons, convicted …, will")
        ctx.tag(k + 1) == "NOUN" and lower[k + 1].endswith("s") and not lower[k + 1].endswith("ss")
    ) and not _relative_after(ctx, k + 1, s1):  # (nor a plural: "said that towns, such as
        # Zarqa, were …"; nor a subject a relative clause follows: "added that opener Kyle
        # Mbeki, who was struck …, had passed": no determiner's)
        # "rejected that claim.": a determiner, and the cue's object (with a singular
        # noun, through its adjuncts: "rejected that claim in a statement Friday, …")
        return ((k, "object") if "object" in frames else (None, ""))
    if w in ("about", "around", "some") and "say" in frames and k + 1 < s1 and (
            lower[k + 1][:1].isdigit() or ctx.tag(k + 1) == "NUM") and "that" not in lower[k:s1]:
        return k, "say"  # "said about 40 households … could not": a number's, no topic
    if w in COMPLEMENTIZERS and w not in ("who", "which"):
        return (k + 1 if w == "that" else k), "that"
    if "tell" in frames and question_word(ctx, k, s1):
        return k, "that"  # "asked which candidate won": a question's wh-word
    if "to" in frames and (w == "to" or (
        w == "not" and (n := ctx.next_tok(k + 1, s1)) < s1 and lower[n] == "to"
    )):
        return k, "to"  # "decided to run", "decided not to enter the race"
    # An adjunct or an addressee between cue and content: "told Reuters that",
    # "said in a statement that", "said of Trump: ...". Verbs that take their content
    # as an object ("called Cruz “the ultimate hypocrite”") keep the noun phrase.
    m = k
    object_only = "object" in frames and not frames & {"say", "tell", "that"}
    if not object_only and ("tell" in frames or w in ADJUNCT_PREPS or ctx.tag(k) in ("PROPN",)):
        limit = min(s1, k + 14)
        while m < limit:
            lw = lower[m]
            if lw == "," and (past_place := place_comma(ctx, m, s1)):
                m = past_place  # "told supporters in Columbus, Ohio, that"
                continue
            if m in ctx.open_at:
                r_end = ctx.region_toks[ctx.open_at[m]][1]
                if (
                    ctx.next_tok(r_end, s1) < s1
                    and lower[ctx.next_tok(r_end, s1)] == "that"
                    and few_words(ctx, m, r_end, 7)
                ):
                    m = r_end  # 'stating on NBC's "Meet the Press" that': a title
                    continue
            if lw in ("that", ":") or m in ctx.open_at or lw == ",":
                break
            if lw in ("to",) and "to" in frames and m > k:
                return m, "to"
            if lw == "to" and "tell" in frames and m > k and to_verb(ctx, m, s1):
                break  # "urged him to release the “tapes”": the addressee's infinitive

            t = ctx.tag(m)
            if t == "VERB" and lw.endswith("ing") and m == k:
                m += 1  # "told cheering supporters that"
                continue
            if (
                lw in ("after", "before", "during", "since")
                and m > k
                and m + 1 < limit
                and (ctx.tag(m + 1) in ("DET", "NUM") or lower[m + 1] in POSSESSIVES)
            ):
                m += 1  # "told supporters after his victory that": a preposition
                continue
            if t == "VERB" and m > k and (
                ctx.tag.noun_reading(m)
                or (
                    lw.endswith(("ed", "en"))
                    and ctx.tag(m - 1) in ("DET", "ADJ")
                    and m + 1 < s1
                    and ctx.tag(m + 1) == "NOUN"
                )
                # "in an ABC interview taped before the attacks that": a participle
                # phrase after the adjunct's noun
                or (
                    lw.endswith("ed")
                    and ctx.tag(m - 1) == "NOUN"
                    and m + 1 < s1
                    and ctx.tag(m + 1) == "ADP"
                    and m not in ctx.cue_at
                )
            ):
                m += 1  # "on his official Twitter feed that", "in a written statement,"
                continue
            if (
                lw in ("and", "&")
                and m > k
                and m + 1 < limit
                and view.words[m - 1][:1].isupper()
                and view.words[m + 1][:1].isupper()
            ):
                m += 1  # "in a filing with the Securities and Exchange Commission that"
                continue
            if (
                lw in ("and", "or")
                and m > k
                and m + 1 < limit
                and ctx.tag(m - 1) in ("NOUN", "PROPN", "PRON")
                and _addressee_then_that(ctx, m + 1, limit)
            ):
                m += 1  # "telling voters and Twitter followers that": two addressees
                continue
            if t in ("VERB", "AUX", "SCONJ", "CCONJ") or (
                t == "PRON"
                and lw not in OBJECT_PRONOUNS
                and lw not in POSSESSIVES
                and not (m > k and view.words[m][:1].isupper())  # "ABC's This Week"
            ):
                break
            m += 1
        if m < limit:
            lw = lower[m]
            if lw == "that":
                return m + 1, "that"
            if lw == ":":
                return ctx.next_tok(m + 1, s1), "that"
            if m in ctx.open_at and m > k and ("tell" in frames or w in ADJUNCT_PREPS):
                return m, "quote"  # "told Reuters “…”"; but "said American Jews “know …”"
            if lw == "," and m > k:
                q = ctx.next_tok(m + 1, n)
                if q in ctx.open_at:
                    return q, "quote"
                if q < s1 and lower[q] == "that":
                    return ctx.next_tok(q + 1, s1), "that"  # "told O’Reilly of Fox, that …"
                if "tell" in frames and (after := _past_apposition(ctx, q, s1)) is not None:
                    return after, "that"  # "asked Nivi Olsen, 27, whether", "told …, a
                    # deckhand, that": the addressee's apposition
                # "said in the spring, when the story broke, “…”"
                aside_end = after_parenthetical(ctx, m, s1, clauses=True)
                if aside_end is not None and aside_end in ctx.open_at:
                    return aside_end, "quote"
        if "tell" in frames:
            # "urged Congress to act", "called on him not to run": PolNeAR's content takes
            # the addressee in.
            addr_end = np_right(view, ctx.tag, k, s1)
            if addr_end is not None and to_verb(ctx, addr_end, s1):
                return k, "to"
            # "asked the students if they ...": an addressee, then the question.
            if m < s1 and m > k and (lower[m] in COMPLEMENTIZERS - {"that", "who", "which"}
                                     or question_word(ctx, m, s1)):
                return m, "that"
        if m < limit and m > k and "say" in frames and lower[m] in NEW_REPORT_PRONOUNS:
            return m, "say"  # "wrote in both listings he was …": no "that" after an adjunct
        if "tell" in frames and "say" not in frames and "that" not in frames:
            # "asked him whether", "told reporters he was"
            if m < s1 and lower[m] in COMPLEMENTIZERS:
                return m, "that"
            if m < s1 and m > k and lower[m] in ("he", "she", "they", "it", "we", "i", "there"):
                return m, "that"
            # "told POLITICO she was leaning", "told reporters this was the only chance"
            addr_end = np_right(view, ctx.tag, k, s1)
            if addr_end is not None and addr_end < s1 and starts_clause(ctx, addr_end, s1):
                return addr_end, "that"
            return None, ""
        if (
            "say" in frames
            and w in ADJUNCT_PREPS
            and w != "to"
            and k + 1 < m < s1
            and ctx.tag(m) in ("VERB", "AUX")
            and ctx.tag(ctx.prev_tok(m, k)) in ("NOUN", "PROPN", "PRON")
            and not non_finite(ctx, m, k)
        ):
            # "said in politics it takes time", "said about half of the rise reflected
            # tax cuts": a subject and its verb after the adjunct, a reported clause.
            return k, "say"
        if w in ADJUNCT_PREPS and w != "to":
            return None, ""  # "testified before the panel", "continued on"
    if "say" in frames:
        t = ctx.tag(k)
        if t in ("PUNCT",) and view.words[k] not in OPEN_MARKS:
            return None, ""
        if w == "to" and "to" not in frames and to_verb(ctx, k, s1):
            v = ctx.next_tok(k + 1, s1)
            if v not in ctx.cue_at and view.lower[v] not in REPORTING_INFINITIVES:
                return None, ""  # "continues to grow": an aspect, not a reported clause
        if (
            cue.entry.cue_type in ("document", "perception", "knowledge") or "object" in frames
        ) and (not starts_clause(ctx, k, s1)):
            # "confirmed the development to Reuters": a noun phrase, not a clause.
            return (k, "object") if "object" in frames and w not in NOT_OBJECT else (None, "")
        if (
            t == "VERB"
            and w.endswith(("ed", "en"))
            and w not in ctx.aux_words
            and not participle_subject(ctx, k, s1)
            and not relative_gap(ctx, cue)
        ):
            return None, ""  # "a staff report released last week": no reported clause
        if measure_at(ctx, k) and not measure_clause(ctx, k, s1):
            # "the Flames added two more goals", "the Nikkei added 1.2 per cent", "Boston
            # responded 40 seconds later", "the CDU added four points compared with 2021":
            # a score, a measure or a time, no speech act. "Police reported 906 attacks":
            # a figure reported, a noun-phrase content (an attribution, no quote).
            if cue.entry.lemma in QUANTITY_SENSES or not counted_noun(ctx, k, s1):
                return None, ""
            return k, "object"
        return k, "say"
    if "object" in frames and w not in NOT_OBJECT:
        return k, "object"
    if "that" in frames and not frames & {"tell", "object"} and bare_that_clause(ctx, cue, k, s1):
        # "learned he had been bumped", "noticed the door was open": a clause whose
        # complementizer is left out, as after "say" (Quirk et al. 1985 §15.3, zero "that")
        return k, "say"
    return None, ""


def bare_that_clause(ctx: Context, cue: CueMatch, k: int, s1: int) -> bool:
    """Does a finite clause with no complementizer start at token ``k`` after a cue
    that otherwise needs one: a subject pronoun or a determiner's noun phrase, then a
    verb ("learned their candidate had won"; not "learned English from …")?"""
    lower = ctx.view.lower
    w = lower[k]
    if not ctx.view.words[cue.start][:1].islower():
        return False  # "Rules Report Is Presented": a headline's capitals, no verb
    if w not in BARE_SUBJECT_OPENERS and w not in POSSESSIVES and ctx.tag(k) != "PROPN":
        return False
    if not starts_clause(ctx, k, s1):
        return False
    # Its first verb is finite: an auxiliary ("the door was open"), or a verb in no
    # participle's form after a subject pronoun ("he won"); not "maintains a
    # commanding lock", "spoke at a town hall hosted by …".
    m = next(m for m in range(k + 1, s1) if ctx.tag(m) in ("VERB", "AUX"))
    return lower[m] in ctx.aux_words or (w in NOMINATIVE and not lower[m].endswith("ing"))


BARE_SUBJECT_OPENERS = NOMINATIVE | SUBJECT_DETERMINERS | {"it", "a", "an"}


def content_after_parenthetical(
    ctx: Context, k: int, s1: int, cue_word: str
) -> tuple[int, int] | None:
    """The clause after ", SOURCE CUE (ADDRESSEE)," in mid-sentence."""
    view = ctx.view
    limit = min(s1, k + 10)
    while k < limit and view.words[k] != ",":
        if ctx.tag(k) in ("VERB", "AUX", "SCONJ") or k in ctx.open_at:
            return None
        k += 1
    if k >= limit:
        return None
    start = ctx.next_tok(k + 1, s1)
    if start >= s1 or (ctx.tag(start) == "VERB" and view.lower[start].endswith("ing")):
        return None  # ", he said, wiping sweat off his face": the writer's comment
    return ctx.trim_content(start, clause_end(ctx, start, s1, cue_word))


def content_before(ctx: Context, boundary: int, s0: int) -> tuple[int, int] | None:
    """Content of a post-posed attribution: from the sentence start (or the start of a
    quote that ends at ``boundary``) to the comma or closing mark at ``boundary``."""
    view = ctx.view
    end = boundary + 1 if view.words[boundary] != "," else boundary
    # A closing mark right before the comma: '“…”, he said'.
    q = ctx.in_quote[boundary]
    if view.words[boundary] == ",":
        p = ctx.prev_tok(boundary, 0)
        if p >= 0 and ctx.in_quote[p] >= 0 and ctx.region_toks[ctx.in_quote[p]][1] == p + 1:
            q = ctx.in_quote[p]
            end = p + 1
    start = s0
    if q < 0 and ctx.in_quote[s0] >= 0 and ctx.region_toks[ctx.in_quote[s0]][0] < s0:
        # '“… money. They don't have a choice” but to take the lead, says X': the
        # quotation the sentence starts in opened sentences before.
        start = ctx.region_toks[ctx.in_quote[s0]][0]
    if q >= 0:
        t0, _ = ctx.region_toks[q]
        if t0 < s0:
            start = t0
        else:
            # Quote and unquoted lead-in in one sentence: mixed, content from the
            # sentence start; unless a colon or dash introduces the quote, or the
            # lead-in holds an attribution of its own.
            start = s0
            p = ctx.prev_tok(t0, s0)
            if p >= s0 and (
                view.words[p] in (":", ";", "-", "—", "–", "―", "(")  # (a clause before ";")
                or view.words[p] in BULLETS  # a list item: "• “We will rebuild,” …"
                or main_cue_within(ctx, s0, t0)
            ):
                start = t0
    # Never reach back over an earlier attribution in the sentence ("A, he said, B,
    # she said") nor further than a clause can run.
    if q < 0 or ctx.region_toks[q][0] >= s0:
        floor = max(start, end - MAX_CLAUSE)
        for i in range(end - 1, floor - 1, -1):
            if (
                i in ctx.attributed
                and ctx.in_quote[i] < 0
                and ctx.view.words[ctx.next_tok(ctx.cue_at[i].end, end)] in (",", ":")
            ):
                floor = i + 1  # a post-posed attribution before this one
                break
        start = max(start, floor)
    if start >= end:
        return None
    return ctx.trim_content(start, end)


def main_cue_within(ctx: Context, s0: int, t0: int) -> bool:
    """Is there a verb cue in the lead-in s0..t0-1 outside a leading subordinate clause
    ("When Sanders said …, he “grabbed …,” said X": that "said" is inside the clause)?"""
    if not ctx.cue_within(s0, t0):
        return False
    first = ctx.next_tok(s0, t0)
    if first >= t0 or ctx.view.lower[first] not in LEADING_SUBORDINATORS:
        return True
    last_comma = -1
    for i in range(first, t0):
        if ctx.view.words[i] == "," and ctx.in_quote[i] < 0:
            last_comma = i
    return last_comma < 0 or ctx.cue_within(last_comma + 1, t0)


def _past_apposition(ctx: Context, a: int, hi: int) -> int | None:
    """Where the content starts after an apposition of at most six words and no verb
    from token ``a`` to its comma, when "that" (past it) or "whether"/"if" opens it."""
    view, lower = ctx.view, ctx.view.lower
    close = next((x for x in range(a, min(hi, a + 7)) if view.words[x] == ","), None)
    if close is None or close == a or any(ctx.tag(x) in ("VERB", "AUX") for x in range(a, close)):
        return None
    r = ctx.next_tok(close + 1, hi)
    if r < hi and lower[r] == "that":
        return ctx.next_tok(r + 1, hi)
    return r if r < hi and lower[r] in ("whether", "if") else None


def _addressee_then_that(ctx: Context, a: int, hi: int) -> bool:
    """Do tokens from ``a`` make a short noun phrase that "that" follows ("[Twitter
    followers] that", "[the local king] that")?"""
    for j in range(a, min(hi, a + 5)):
        if ctx.view.lower[j] == "that":
            return j > a
        if ctx.tag(j) not in ("NOUN", "PROPN", "DET", "ADJ") and (
            ctx.view.lower[j] not in POSSESSIVES
        ):
            return False
    return False
