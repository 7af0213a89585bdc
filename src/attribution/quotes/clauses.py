"""Where a reported clause, an infinitive or an object ends.

Indirect speech has no closing mark: the content of "X said (that) …" runs to the end of
its clause, which a comma before a participle ("…, adding that"), a new report ("…, he
claimed"), a writer's aside ("…, a swipe at …"), a coordinated cue ("… and later said")
or a subordinate clause ends (Krestel et al. 2008; PolNeAR's content boundaries,
Newell et al. 2018). Every scan is bounded (``MAX_CLAUSE`` tokens), so the work per cue
stays constant however long a sentence runs.
"""

from __future__ import annotations

from ..phrases import OBJECT_PRONOUNS, POSSESSIVES, np_right
from ..word_forms import participle_form
from .context import Context
from .objects import occasion_at
from .predicates import coordinated_cue
from .shapes import (
    addressee_at,
    adjuncts_to_end,
    after_parenthetical,
    finite_like,
    list_continues,
    new_predicate,
    place_comma,
    starts_clause,
    time_adjunct,
    verb_list_continues,
)
from .words import (
    AS_LEMMAS,
    CLAUSE_BREAKERS,
    COMPLEMENTIZERS,
    CONTRAST_LINKS,
    DASH_TOKENS,
    FINITE_AUX,
    LEADING_SUBORDINATORS,
    MAX_CLAUSE,
    NAMING_LEMMAS,
    NEW_REPORT_PRONOUNS,
    PARTICIPLE_SAY,
    PIECES,
    SUMMARY_NOUNS,
)


def first_comma(ctx: Context, start: int, end: int) -> int:
    """The first comma between start and end outside quotations (or the one closing a
    quotation: '“not a natural politician,”'), else ``end``."""
    view = ctx.view
    k = start + 1
    while k < end:
        q = ctx.in_quote[k]
        if q >= 0:
            r_end = ctx.region_toks[q][1]
            if r_end <= end and view.words[r_end - 2] == "," and r_end - 2 > start:
                return r_end
            k = max(k + 1, r_end)
            continue
        if view.words[k] == "," and not list_continues(ctx, k, end) and not place_comma(
            ctx, k, end
        ):
            return k
        k += 1
    return end


def to_clause_end(ctx: Context, start: int, s1: int, cue_word: str = "") -> int:
    lower = ctx.view.lower
    s1 = min(s1, start + MAX_CLAUSE)  # bounded: "wants to win and ..." run on stays linear
    k = start + 1
    while k < s1:
        if lower[k] == "," and ctx.next_tok(k + 1, s1) in ctx.open_at:
            k = ctx.next_tok(k + 1, s1)  # "wanted to know, “How surprised ...?”"
            continue
        if lower[k] == "," and (list_continues(ctx, k, s1) or verb_list_continues(ctx, k, s1)):
            k += 1  # "to bomb them, bring back waterboarding and deport refugees"
            continue
        if lower[k] == "," and (n := ctx.next_tok(k + 1, s1)) < s1 and (
            lower[n] in ("including", "excluding")
        ):
            k += 1  # "to take action on immigration, including deportation relief"
            continue
        if lower[k] in (",", ";") or (lower[k] in CLAUSE_BREAKERS and k > start + 2) or (
                lower[k] in DASH_TOKENS and ctx.view.starts[k] > ctx.view.ends[k - 1]):
            break  # (a spaced dash too: "vowed to build a wall — a promise …")
        if lower[k] in ("and", "but") and cue_word and coordinated_cue(ctx, k + 1, s1, cue_word):
            break
        if lower[k] in ("and", "but") and cue_word and finite_like(ctx, k + 1, s1, cue_word):
            break  # "pledged to create jobs and questioned the rate": the main clause goes on
        if lower[k] in ("and", "but") and k > start + 1 and (
            ctx.next_tok(k + 1, s1) < s1 and lower[ctx.next_tok(k + 1, s1)] in NEW_REPORT_PRONOUNS
        ):
            break  # "decided not to enter the race and she performed well": a new clause
        if lower[k] == "for" and k + 2 < s1 and lower[k + 2] in PIECES and k > start + 1:
            break  # "declined to comment for this article"
        if ctx.in_quote[k] >= 0:
            k = max(k + 1, ctx.region_toks[ctx.in_quote[k]][1])
            continue
        k += 1
    return min(k, s1) if k <= s1 else s1


def object_end(ctx: Context, start: int, hi: int, lemma: str, cue_word: str = "") -> int:
    lower = ctx.view.lower
    k = start
    quoted_before = False  # 'rejected the idea as "ludicrous" because …': the reason is theirs
    relative = False  # a relative clause opened inside the object
    while k < hi:
        q = ctx.in_quote[k]
        if q >= 0:
            r_end = ctx.region_toks[q][1]
            k = max(k + 1, r_end)
            quoted_before = True
            if k < hi and occasion_at(ctx, ctx.next_tok(k, hi), hi):
                break  # 'called the system “rigged” in a tweet Tuesday'
            if (
                k < hi
                and ctx.view.words[r_end - 2] == ","
                and not list_continues(ctx, r_end - 1, hi)
            ):
                break  # 'deemed him "well qualified," which is its highest rating'
            continue
        w = lower[k]
        relative = relative or (k > start and w in ("who", "which", "that"))
        if w == "," and list_continues(ctx, k, hi):
            k += 1  # "attacked GOP voters, lawmakers, and thinkers", "Sept. 11, 2001,"
            continue
        if w == "," and (n := ctx.next_tok(k + 1, hi)) < hi and lower[n] in (
            "including", "excluding"
        ):
            k += 1  # "blamed several factors, including budget cuts"
            continue
        if w == "," and lemma in NAMING_LEMMAS and (after := appositive_skip(ctx, k, hi)):
            k = after  # "called Clinton, his Democratic challenger, an ISIS “co-founder”"
            continue
        if w == "," and lemma in AS_LEMMAS and (after := as_after_aside(ctx, k, start, hi)):
            k = after  # "praising Jeb Bush, who ended his bid Saturday, as “a man who …”"
            continue
        if w in (",", ";", "—", "–") or (
            w in CLAUSE_BREAKERS and k > start and not (w == "because" and quoted_before)
        ) or (w in ("-", "--") and k > start and ctx.view.starts[k] > ctx.view.ends[k - 1]):
            break  # (a spaced hyphen is a dash: "has endorsed Cruz - the first time …")
        if w in ("and", "but") and cue_word and coordinated_cue(ctx, k + 1, hi, cue_word):
            break
        if w in ("and", "but") and k > start and new_predicate(ctx, k + 1, hi) and not (
            relative and ctx.tag(ctx.next_tok(k + 1, hi)) == "VERB"
        ):  # (but "a neophyte who memorized talking points and lacked …": the relative's)
            break  # 'called the merger "a terrible deal" and ranked Fiorina …'
        if w == "to" and k > start and k + 1 < hi and addressee_at(ctx, k + 1, hi):
            break  # "confirmed the development to Reuters", not "compared it to slavery"
        if w == "as" and (
            k + 1 >= hi
            or lower[k + 1] in NEW_REPORT_PRONOUNS
            or (lower[k + 1] in ("it", "the") and starts_clause(ctx, k + 1, hi))
        ):
            break  # "… as he spoke", "as the debate began"; not "as the epitome of"
        if k > start and time_adjunct(ctx, k, hi):
            break  # "endorsed Cruz Wednesday", "endorsed Trump last week"
        if k > start and occasion_at(ctx, k, hi) and adjuncts_to_end(ctx, k, hi):
            break  # "defended Cruz in a recent interview", "made the remarks at a rally"
        if w in ("and", "but") and k > start:
            n = ctx.next_tok(k + 1, hi)
            if n < hi and (ctx.tag(n) == "AUX" or (ctx.tag(n) == "VERB" and n in ctx.cue_at)):
                break  # "endorsed Trump and has appeared at his side"
        k += 1
    return k


def appositive_skip(ctx: Context, comma: int, hi: int) -> int:
    """After "called X," : the token past an appositive set off by commas (", his
    Democratic challenger,") when a second object follows it; 0 when there is none."""
    view = ctx.view
    first = ctx.next_tok(comma + 1, hi)
    if first >= hi:
        return 0
    if not (ctx.tag(first) == "DET" or view.lower[first] in POSSESSIVES):
        # "calling him, among other things, “a failed candidate”": an aside, then the
        # quoted second object.
        after = after_parenthetical(ctx, comma, hi)
        return after if after is not None and after in ctx.open_at else 0
    after = after_parenthetical(ctx, comma, hi)
    if after is None or after >= hi:
        return 0
    if after in ctx.open_at or (
        ctx.tag(after) in ("DET", "ADJ", "NOUN") and not starts_clause(ctx, after, hi)
    ):
        return after
    return 0


def as_after_aside(ctx: Context, comma: int, start: int, hi: int) -> int:
    """After "portrayed X," : the "as" past an aside about X (", who ended his bid,",
    ", Anita, who he helped,") when the object has had no "as" yet; 0 when none."""
    lower = ctx.view.lower
    if any(lower[m] == "as" for m in range(start, comma)):
        return 0
    for m in range(comma + 1, min(hi, comma + 30)):
        if ctx.in_quote[m] >= 0 or lower[m] in (";", ".", ":") or lower[m] in DASH_TOKENS:
            return 0
        if lower[m] == "," and m > comma + 1:
            n = ctx.next_tok(m + 1, hi)
            if n < hi and lower[n] == "as":
                return n
    return 0


def relative_end(ctx: Context, start: int, end: int) -> int:
    """A restrictive relative's infinitive or object ends where the main clause's verb
    comes: "the novice who wants to unseat Rep. Wasserman Schultz is reaping ..."."""
    lower = ctx.view.lower
    n = ctx.next_tok(start + 1, end)
    if lower[start] in OBJECT_PRONOUNS and n < end and ctx.tag(n) == "VERB" and not (
            lower[n].endswith(("ing", "ed"))):
        return n  # "organizations that have endorsed him | say they …"
    for k in range(start + 2, end):
        w = lower[k]
        if w in COMPLEMENTIZERS or ctx.in_quote[k] >= 0:
            return end  # a clause of its own inside the content may have its verb
        if w in FINITE_AUX and ctx.tag(k - 1) in ("NOUN", "PROPN", "NUM", "PRON", "ADJ", "ADV"):
            return k
    return end


def clause_end(ctx: Context, start: int, hi: int, cue_word: str = "") -> int:
    """End of the reported clause beginning at ``start``: the sentence end, or the
    end of a quote region that starts there, cut before a trailing attribution."""
    view = ctx.view
    lower = view.lower
    k = start
    if lower[start] == "so" and start + 1 < hi and ctx.tag(start + 1) in ("ADP", "ADV", "PUNCT") \
            and lower[start + 1] not in ("far", "much", "many", "long", "often", "well", "that"):
        return start + 1  # "said so | in December": the pro-form is the whole clause
    if start not in ctx.open_at:
        hi = min(hi, start + MAX_CLAUSE)  # bounded: an endless sentence stays linear
    end = hi
    dashes = 0
    headline = headline_line(ctx, start)
    fronted = _in_fronted_where(ctx, start)
    while k < hi:
        q = ctx.in_quote[k]
        if q >= 0:
            r_end = ctx.region_toks[q][1]
            k = max(k + 1, r_end)
            if r_end > end:
                end = r_end
            if k >= end:
                break
            if (
                r_end - 2 > start
                and view.words[r_end - 2] == ","
                and comma_ends_clause(ctx, r_end - 1, start, hi)
            ):
                return r_end  # 'things “should be wrapped up by Cleveland,” referring to'
            nx = ctx.next_tok(r_end, hi)
            if (
                nx + 1 < hi
                and lower[nx] in ("as", "while", "when")
                and lower[ctx.next_tok(nx + 1, hi)] in NEW_REPORT_PRONOUNS
            ):
                return r_end  # 'he’s “excited where we stand” as he faces a test'
            continue
        w = lower[k]
        if headline and k > start + 2 and (w == ";" or (
                w in HEADLINE_LINKS and starts_clause(ctx, ctx.next_tok(k + 1, hi), hi))):
            # "Chief says fire 'came down the hill' as 2,000 flee homes": a headline's
            # next item, no part of what was said
            p = ctx.prev_tok(k, start)
            return p if p > start and view.words[p] == "," else k
        if w == "(" and k > start:
            # "include ideology (Sanders leads …, while Clinton leads …)": nothing
            # inside a parenthesis ends the clause.
            close = ctx.paren_close(k, hi)
            if close > k and not any(m in ctx.cue_at for m in range(k + 1, close)):
                k = close + 1
                continue
        if w in NEW_REPORT_PRONOUNS and k > start + 2 and new_report_at(ctx, k, hi):
            return k  # '… had “been friends,” he claimed they …': a new report
        if w == "," and comma_ends_clause(ctx, k, start, hi):
            return k
        if w == "," and fronted and k > start + 1 and starts_clause(
                ctx, ctx.next_tok(k + 1, hi), hi):
            return k  # "In Dadu, where officials said X, the water kept rising": the main
        if w in DASH_TOKENS and k > start + 2:
            if dashes % 2 == 0 and dash_ends_clause(ctx, k, hi):
                return k
            if start > 0 and view.starts[k] > view.ends[k - 1] and lower[start - 1] == "that":
                # a spaced dash in a that-clause: the second closes the aside
                # ('that "every candidate" - including Cruz - favored …')
                dashes += 1
        if (
            w in ("before", "after", "while")
            and k > start + 2
            and k + 1 < hi
            and (k + 1 in ctx.cue_at or ctx.closes_region(k - 1))
            and ctx.tag(k + 1) == "VERB"
            and lower[k + 1].endswith("ing")
        ):
            return k  # '… “kept us safe” on Twitter before claiming that …'
        if w == "and" and k > start + 1 and absolute_at(ctx, k + 1, hi):
            p = ctx.prev_tok(k, start)
            return p if p > start and view.words[p] == "," else k
        if (
            (w in ("and", "but") or (w in CONTRAST_LINKS and lower[k - 1] == ","))
            and k > start + 1
            and cue_word
            and (
                coordinated_cue(ctx, k + 1, hi, cue_word)
                # '“not too likely” and 14 percent said “not at all likely”', "…, though
                # one of them said …"
                or subject_report_at(ctx, k + 1, hi)
            )
        ):
            p = ctx.prev_tok(k, start)
            return p if p > start and view.words[p] == "," else k
        k += 1
    return end


def _in_fronted_where(ctx: Context, start: int) -> bool:
    """Is the report whose content starts at token ``start`` inside a clause that opens
    its sentence before the main clause: a "where"/"when" clause set off after a phrase
    ("At the reception centre, where the city said …, volunteers …"), or a leading
    subordinate clause, after at most two words of time ("Years after Clinton claimed
    that the era … was over, Obama won …")?"""
    view = ctx.view
    s0 = view.sents[view.sent_of[start]][0]
    for j in range(start - 1, max(s0, start - 12) - 1, -1):
        if view.words[j] == ",":
            return False
        if j - s0 <= 2 and view.lower[j] in LEADING_SUBORDINATORS:
            return True
        if view.lower[j] in ("where", "when") and view.words[j - 1] == "," and (
                ctx.tag(s0) == "ADP"):
            return True
    return False


# What joins a headline's items ("… as 2,000 flee homes", "…, but families fear …").
HEADLINE_LINKS = frozenset(["as", "but", "while", "amid"])
HEADLINE_WORDS = 25  # the most words of a headline line
CLOSING_MARKS = frozenset(["\"", "”", "’", "'", "»", ")"])


def headline_line(ctx: Context, start: int) -> bool:
    """Is token ``start`` in a headline: a paragraph of one line, with no sentence's
    end mark at its end, of at most :data:`HEADLINE_WORDS` words?"""
    view = ctx.view
    para = view.para_of[start]
    known = ctx.headlines.get(para)
    if known is None:  # once per paragraph: a run-on one holds many clauses
        known = ctx.headlines[para] = _headline_para(ctx, para)
    return known


def _headline_para(ctx: Context, para: int) -> bool:
    view = ctx.view
    p0, p1 = view.paras[para]
    last = p1 - 1
    while last > p0 and (view.is_space[last] or view.words[last] in CLOSING_MARKS):
        last -= 1  # ('… had identified "persons of interest."': the stop inside the mark)
    if view.words[last] in (".", "!", "?", ":") or "\n" in view.text[
            view.starts[p0] : view.ends[last]]:
        return False
    return sum(1 for k in range(p0, last + 1) if view.words[k][:1].isalnum()) <= HEADLINE_WORDS


def absolute_at(ctx: Context, k: int, hi: int) -> bool:
    """After "and": a participle phrase parallel to the report, with its own subject
    or none ("saying he was “very encouraged” and Trump calling it …", "… and vowing
    to compete", "… and gondoliers complaining that …")?"""
    m = ctx.next_tok(k, hi)
    if m >= hi or m in ctx.open_at:
        return False
    if ctx.tag(m) == "VERB" and ctx.view.lower[m].endswith("ing"):
        return m in ctx.cue_at  # "… and vowing to compete", not "growing and hiring"
    named = ctx.view.words[m][:1].isupper() and ctx.tag(m) == "PROPN"
    e = np_right(ctx.view, ctx.tag, m, hi)
    return (
        e is not None
        and e < hi
        and e - m <= 6
        and ctx.view.lower[e].endswith("ing")
        and ctx.tag(e) == "VERB"
        # a common noun's participle must report a clause: "… and gondoliers complaining
        # that …" (not "… and television ads attacking Trump")
        and (named or (e in ctx.cue_at and _opens_report(ctx, e + 1, hi)))
    )


def _opens_report(ctx: Context, k: int, hi: int) -> bool:
    """Does a reported clause open at token ``k``: "that", a subject pronoun or a
    quotation mark?"""
    n = ctx.next_tok(k, hi)
    return n < hi and (ctx.view.lower[n] in ("that", *NEW_REPORT_PRONOUNS) or n in ctx.open_at)


def comma_ends_clause(ctx: Context, k: int, start: int, hi: int) -> bool:
    """Does the comma at token k (or the closing mark right after a comma) end the
    reported clause: a participle, "according to", ", which", ", and more said",
    ", but he …" follows?"""
    lower = ctx.view.lower
    n = ctx.next_tok(k + 1, hi)
    if n >= hi:
        return False
    w = lower[n]
    if w in ("a", "an") and k > start + 3:
        m = ctx.next_tok(n + 1, hi)
        while m + 1 < hi and ctx.tag(m) == "ADJ":
            m = ctx.next_tok(m + 1, hi)
        if m < hi and lower[m] in SUMMARY_NOUNS:
            return True  # '…, an acknowledgment that …', '…, a swipe at …': the writer's
    if ctx.tag(n) == "ADV" and w.endswith("ly") and n + 1 < hi:
        m = ctx.next_tok(n + 1, hi)
        if m < hi and lower[m].endswith("ing") and ctx.tag(m) == "VERB":
            return True  # '“…,” presumably meaning …'
    if (
        w in PARTICIPLE_SAY
        or (w == "according" and n + 1 < hi and lower[n + 1] == "to")
        # ", throwing a wrench in ...": the writer's comment, not the source's.
        or (
            w.endswith("ing")
            and ctx.tag(n) == "VERB"
            and n not in ctx.open_at
            and w not in ("including", "excluding")
        )
    ):
        return True
    if w == "when" and n + 1 < hi and lower[n + 1] == "asked":
        return True  # '“We’ll see,” when asked whether …'
    if (
        n in ctx.cue_at and ctx.cue_at[n].entry.cue_type == "speech" and ctx.tag(n) == "VERB"
        and participle_form(w) and k > start + 3
        and "," not in ctx.view.words[start:k]  # not "the youngest, those under five, …"
    ):
        return True  # "suggested her cycle was behind her tone, called her …": a new report
    if ctx.closes_region(k) and ctx.tag(n) in ("PROPN", "PRON", "DET"):
        e = np_right(ctx.view, ctx.tag, n, hi, max_len=6)
        if e is not None and e < hi and new_report_at(ctx, n, hi, e):
            return True  # '…, “Cruz,” Beck joked, …': a new post-posed report
    if w in ("before", "after", "while") and n + 1 < hi:
        m = ctx.next_tok(n + 1, hi)
        while m + 1 < hi and ctx.tag(m) == "ADV":
            m = ctx.next_tok(m + 1, hi)
        if lower[m].endswith("ing"):
            return True  # '“let’s not get ahead,” before optimistically predicting …'
    if k <= start + 3 or n in ctx.open_at:
        return False
    if w in ("which", "who") and coordinated_that_after(ctx, n, hi):
        return False  # "… his grandmother, who died last month, and that his family …"
    if w in ("which", "who") and not any(
        ctx.in_quote[m] >= 0 or ctx.tag(m) in ("VERB", "AUX") for m in range(start, k)
    ):
        return False  # "that Gov. Padilla, who must decide, has revealed …": its subject's
    if w == "which" and not any(m in ctx.open_at for m in range(n + 1, min(hi, n + 6))):
        return True  # ", which raised concerns ..."; but ', which “will help elect …”'
    if w in ("while", "whereas", "who") or (w in TRAILING_EVENTS and ctx.tag(
            ctx.next_tok(n + 1, hi)) in ("DET", "PRON", "PROPN", "NOUN", "NUM")):
        return True  # "…, as the government inaugurated a plant": the writer's event
    if w not in ("and", "but"):
        return False
    if ctx.next_tok(n + 1, hi) in ctx.open_at:
        return False  # '…, and “in this case I think he’s right.”': the report goes on
    verb = ctx.cue_at.get(ctx.next_tok(n + 1, hi))
    if verb is not None and verb.entry.cue_type == "document":
        return False  # "…, but showed that …": a document's act, the report goes on
    if lower[ctx.next_tok(n + 1, hi)] != "that" and ctx.cue_within(
        n + 1, min(hi, n + 9), relative_ok=False
    ):
        return True  # ", and more than 4 in 10 said"; not ", but … what she calls"
    if n + 1 >= hi:
        return False
    nxt = lower[n + 1]
    if nxt in ("his", "her", "their", "its") and w == "and":
        e = np_right(ctx.view, ctx.tag, n + 1, hi, max_len=6)
        if e is not None and e < hi and (lower[e] in FINITE_AUX or ctx.tag(e) == "AUX"):
            return True  # "…, and his campaign is approaching delegates": a clause of its own
    return (
        nxt in ("he", "she", "they", "i", "we")  # "..., but he gave the Texan a compliment"
        or (w == "but" and n + 1 in ctx.cue_at)  # "..., but conceded"
        or (
            n + 1 in ctx.cue_at
            and ctx.cue_at[n + 1].entry.cue_type == "speech"
            and "say" in ctx.cue_at[n + 1].entry.frames
        )
    )


TRAILING_EVENTS = frozenset(["as", "after", "before", "amid"])  # ", as the river rose"
ASIDE_REACH = 25  # tokens a relative clause set off by commas is searched for its close


def coordinated_that_after(ctx: Context, k: int, hi: int) -> bool:
    """Does the relative clause opening at token k close at a comma that ", and that" or
    ", but that" follows: an aside inside the report, whose second complement goes on
    ("said he had dedicated the try to his grandmother, who died last month, and that
    his family had watched")?"""
    lower = ctx.view.lower
    for m in range(k + 1, min(hi, k + ASIDE_REACH)):
        if ctx.in_quote[m] >= 0 or lower[m] in (";", ":") or lower[m] in DASH_TOKENS:
            return False
        if lower[m] == ",":
            a = ctx.next_tok(m + 1, hi)
            b = ctx.next_tok(a + 1, hi)
            return b < hi and lower[a] in ("and", "but") and lower[b] == "that"
    return False


def dash_ends_clause(ctx: Context, k: int, hi: int) -> bool:
    """Does a spaced dash at token k end the reported clause: "— and he singled
    out …" (a new clause), "- said at a rally …" (the aside closes and the main verb
    follows)?"""
    view = ctx.view
    if k == 0 or view.starts[k] == view.ends[k - 1]:
        return False  # "U.S.-Mexico": a hyphen inside a word
    n = ctx.next_tok(k + 1, hi)
    if n >= hi:
        return False
    w = view.lower[n]
    if w in ("and", "but") and n + 1 < hi:
        return view.lower[ctx.next_tok(n + 1, hi)] in NEW_REPORT_PRONOUNS
    if w in ("a", "an") and not any(
        view.words[m] in DASH_TOKENS for m in range(n + 1, min(hi, n + MAX_CLAUSE))
    ):
        return True  # "… by the plan — a modest boost for Obama": the writer's aside
    return n in ctx.cue_at and ctx.tag(n) == "VERB" and not w.endswith("ing")


def new_report_at(ctx: Context, k: int, hi: int, end: int | None = None) -> bool:
    """Does "SUBJECT (aux/adv) CUE" at token k start a report of its own, after a
    comma or a closing quote mark? The subject is tokens k..end-1 (by default the
    one pronoun at k: "he", "she", "they")."""
    p = ctx.prev_tok(k, 0)
    if p < 0 or not (ctx.view.words[p] == "," or ctx.closes_region(p)):
        return False
    start = k + 1 if end is None else end
    for m in range(start, min(hi, start + 4)):
        cue = ctx.cue_at.get(m)
        if cue is not None:
            return cue.entry.cue_type == "speech" and "say" in cue.entry.frames
        if not (
            ctx.view.is_space[m]
            or ctx.view.lower[m] in ctx.aux_words
            or ctx.tag(m) == "ADV"
        ):
            return False
    return False


def subject_report_at(ctx: Context, k: int, hi: int) -> bool:
    """After "and"/"but": a short noun phrase with a speech cue of its own ("and 14
    percent said", "but the governor insisted")?"""
    e = np_right(ctx.view, ctx.tag, k, hi, max_len=5)
    if e is None or e >= hi or ctx.view.lower[k] in ("that", "which", "what"):
        return False
    for m in range(e, min(hi, e + 3)):
        cue = ctx.cue_at.get(m)
        if cue is not None:
            return (
                cue.entry.cue_type == "speech"
                and "say" in cue.entry.frames
                and ctx.tag(m) == "VERB"
                and not ctx.view.lower[m].endswith("ing")
            )
        if ctx.view.lower[m] in ("to", "'s", "’s") or not (
            ctx.tag(m) == "ADV" or ctx.view.lower[m] in ctx.aux_words
        ):
            return False  # not "the leadership's repeated refusal"
    return False
