"""Checks for the lexical hedges: evidential, doxastic, probability, conditional and
approximating words against their literal senses.

Szarvas et al. (2012) show that disambiguation, not the word list, decides accuracy on
uncertainty cues: "appeared in The New York Times" is no hedge, "the suspect" no
suspicion, "think tank" no belief, "talked about" no approximation, and a passive
participle of belief ("is believed to") attributes the claim while an active one ("he
believed that") states a belief. Each check reads a few tokens around its match and
returns the category to report, or None to reject the match.
"""

from __future__ import annotations

from ..types import HedgeCategory
from .context import (
    ADVERB_SKIP,
    BE,
    DET_LIKE,
    POSSESSIVES,
    THINK_REJECT,
    Context,
    words,
)
from .lexicon import HedgeEntry

OBJECT_PRONOUNS = words("him her them me us")
OPINION_ADVERBS = ADVERB_SKIP | words(
    "generally often usually widely commonly sometimes incorrectly frequently mostly largely "
    "traditionally typically rightly wrongly long"
)
OPINION_HOLDERS = words("some others many most few several people critics")
OPINION_LINKS = words("and would might may could also")
APPEAR_PLACES = words("in on at onstage alongside before with as live")
QUOTE_MARKS = frozenset("'\"‘’“”")
DOUBT_NEGATORS = words("no nobody cannot can't never not n't none without")
OFFICES = words(
    "duties duty role roles responsibility responsibilities control power command office "
    "position post name identity leadership presidency throne title form shape charge "
    "ownership management"
)


def _takes_on(ctx: Context, e: int) -> bool:
    """'assume (the) office / additional duties': the next few words hold an office."""
    b = ctx.sent(e - 1)[1]
    return any(ctx.low(j) in OFFICES for j in range(e, min(b, e + 4)))


def check_appear(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = ctx.next(e)
    w = ctx.low(n)
    p = ctx.low(ctx.prev(s))
    if w in ("to", "that", "likely", "unlikely", "certain"):
        return entry.category  # "appears to be", "appears likely"
    if w in APPEAR_PLACES and ctx.low(ctx.next(n + 1)) not in ("if", "though"):
        return None  # "would appear on television": to be seen somewhere, no hedge
    if p in ("it", "would", "there"):
        return entry.category  # "it appears", "would appear"
    if w and ctx.tag(n) == "ADJ" and w not in ("alongside", "live", "onstage"):
        return entry.category  # "appeared unfazed"
    return None  # "appeared in The New York Times", "appeared on television"


def check_attributive(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    p, n = ctx.prev(s), ctx.next(e)
    if ctx.low(p) in BE or ctx.low(p) in ("became", "become", "becomes", "becoming"):
        return None  # "it is apparent that": evident, a booster
    if ctx.tag(n) in ("NOUN", "PROPN", "ADJ") or ctx.low(p) in DET_LIKE:
        return entry.category
    return None


def check_suggest(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    w = ctx.low(s)
    if w.startswith("suggestion") or w.startswith("impl"):
        return entry.category if ctx.low(ctx.next(e)) == "that" else None  # "implied pressure"
    a = ctx.sent(s)[0]
    if any(ctx.low(j) == "as" for j in range(max(a, s - 4), s)):
        return None  # "as the title suggests": a gloss, not evidence
    return entry.category


def check_indicate(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    w = ctx.low(s)
    n = ctx.next(e)
    if w.startswith("indication"):
        return entry.category if ctx.low(n) in ("that", "of") else None
    if ctx.word(n) in QUOTE_MARKS or ctx.low(ctx.prev(s)) == "to" or (
            ctx.low(n) == "by" and ctx.low(ctx.prev(s, ADVERB_SKIP)) in BE):
        return None  # "zero indicates 'level'", "to indicate person", "is indicated by a
        # prefix": indicate as denote or mark, no evidence
    return entry.category


def check_likely(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    return entry.category


def check_possible(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    w = ctx.low(s)
    if w.endswith("ly") or w == "possibility":
        return entry.category  # possibly, conceivably, plausibly; "the possibility"
    n, p = ctx.next(e), ctx.prev(s, ADVERB_SKIP)
    nw, pw = ctx.low(n), ctx.low(p)
    if nw == "that" or (pw in BE and nw in words("they he she we it there i you")
                        and ctx.tag(ctx.next(n + 1)) in ("AUX", "VERB")):
        return entry.category  # "it is possible that", "it is possible they are"
    if pw in BE or pw in ("seems", "seem", "appears", "remains", "remain", "quite", "very"):
        if n < 0 or nw in (",", ".", ";", "but", "though", "although", "—", "if") or (
            ctx.tag(n) == "PUNCT"
        ):
            return entry.category  # "a ceasefire is possible."
        return None  # "possible to get there", "possible without"
    if pw in ("a", "an", "one", "another", "two", "several") and ctx.tag(n) in (
        "NOUN", "ADJ", "PROPN"
    ):
        return entry.category  # "one possible reason", "a possible run"
    return None  # "the highest possible level", "all possible directions"


def check_accuse(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    if ctx.low(ctx.prev(s)) in DET_LIKE and ctx.low(s) == "accused":
        return None  # "the accused"
    return entry.category


def check_passive_to(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = ctx.next(e)
    if ctx.tag(n) not in ("VERB", "AUX") and ctx.low(n) not in ("be", "have", "contain"):
        return None  # "said to me"
    p = ctx.prev(s, ADVERB_SKIP)
    if ctx.low(p) in BE or ctx.tag(p) in ("NOUN", "PROPN"):
        return entry.category  # "is said to be", "a man said to have"
    return None


_DOXASTIC_PREV_REJECT = words("than as what")
_DOXASTIC_SKIP = ADVERB_SKIP | words(
    "widely generally commonly long once originally previously traditionally often largely "
    "mostly sometimes"
)


def check_doxastic(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    """Participles of belief: passive ("is believed to") attribution, active belief."""
    first = ctx.low(s)
    p = ctx.prev(s, _DOXASTIC_SKIP)
    pw = ctx.low(p)
    n = ctx.next(e)
    nw = ctx.low(n)
    if pw in _DOXASTIC_PREV_REJECT or ctx.low(ctx.prev(p)) == "than":
        return None  # "than expected", "as expected", "than previously thought"
    if first == "estimated" and pw in ("an", "the", "some"):
        return "extent"  # "an estimated 20,000"
    if first == "thought" and (nw in ("-", "provoking", "process", "experiment", "and", "of")
                               and not (pw in BE and nw == "of")):
        return None  # "thought-provoking", "French literature and thought"
    if nw == "for" or (nw.endswith("ing") and ctx.tag(n) == "VERB") or n < 0 or (
        ctx.tag(n) == "PUNCT" and nw not in (",", "“", "\"")
    ):
        return None  # "considered for publication", "was considered."
    if pw in BE:
        return "attribution"  # "is believed", "was considered", "is thought of as"
    if first in ("supposed", "alleged", "purported") and ctx.tag(n) in ("NOUN", "ADJ"):
        return "attribution"  # "their supposed tenures"
    if pw in (",", "and") and (ctx.tag(n) in ("DET", "ADJ") or nw in ("to", "too")):
        return "attribution"  # "Livingston, considered a formidable lobbyist"
    if len(entry.phrase.split()) > 1:
        return entry.category  # "seen as", "regarded as"
    if nw in ("to", "that", "by"):
        return "attribution" if ctx.tag(p) in ("NOUN", "PROPN") or nw == "by" else "belief"
    if pw and (pw in DET_LIKE or ctx.tag(p) in ("DET", "ADJ", "ADP")):
        return None  # "the expected outcome", "in thought"
    if ctx.tag(p) in ("PRON", "PROPN", "NOUN") and first not in ("expected", "estimated",
                                                                   "supposed"):
        return "belief"  # "he believed", "who considered the occupation"
    return None


def check_believe(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = ctx.next(e)
    nw = ctx.low(n)
    if ctx.low(s).startswith("belief"):
        if nw == "that" and ctx.tag(ctx.next(n + 1)) in ("VERB", "AUX", "ADV"):
            return None  # "beliefs that support an offense": a relative clause, no claim
        return entry.category if nw == "that" or (nw == "in" and ctx.low(s) == "belief") else None
    if nw == "in" and ctx.low(s).startswith("believ"):
        return None  # "believing in God": faith or trust, not a hedged claim
    if _trusts_someone(ctx, n):
        return None  # "John does not believe his father": trust in a person
    return entry.category


def _trusts_someone(ctx: Context, n: int) -> bool:
    """'believe him.', 'believe his father.': a person as object and nothing after."""
    if ctx.low(n) in OBJECT_PRONOUNS:
        end = ctx.next(n + 1)
    elif ctx.low(n) in POSSESSIVES:
        end = ctx.next(ctx.next(n + 1) + 1)
    else:
        return False
    return end < 0 or ctx.word(end) in (".", ",", ";", "!", "?") or ctx.low(end) == "and"


def check_think(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    w = ctx.low(s)
    n = ctx.next(e)
    if ctx.low(n) in THINK_REJECT or (w.startswith("reckon") and ctx.low(n) == "with"):
        return None  # "think about", "think tank", "reckon with"
    if w.startswith("assume") and _takes_on(ctx, e):
        return None  # "will assume additional duties": to take on, not to suppose
    if w in ("guess", "assumption") and ctx.low(ctx.prev(s)) in ("a", "the", "wild", "educated"):
        return entry.category
    return entry.category


SUBJECT_PRONOUNS = words("i we they he she it you one who people")


def check_consider(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    """Verbs of opinion with a small clause: 'consider X (to be) Y', 'see X as Y'."""
    w = ctx.low(s)
    n = ctx.next(e)
    nw = ctx.low(n)
    p = ctx.prev(s, OPINION_ADVERBS)
    pw = ctx.low(p)
    b = ctx.sent(s)[1]
    window = [ctx.low(j) for j in range(e, min(b, e + 10))]
    holder = ctx.tag(p) in ("PRON", "NOUN", "PROPN") or pw in OPINION_HOLDERS
    if w in ("feel", "feels", "felt"):
        if nw == "that" or (nw in SUBJECT_PRONOUNS and holder):
            return entry.category  # "felt they were already living under"
        return None  # "felt pain", "feel like"
    if ctx.sentence_initial(s) or nw.endswith("ing") or nw in ("whether", "how", "what", "why",
                                                               "if", "for"):
        return None  # "Consider this quote", "considered changing the name"
    if w in ("seen", "viewed", "perceived") or w.startswith("regard") or w.startswith("view"):
        if "as" not in window:
            return None  # "seen at the zoo", "with regard to"
        if pw in BE or nw == "by":
            return "attribution"  # "is seen by many as", "is generally viewed as"
        if holder or ((w.endswith("ed") or w == "seen") and _perfect_after_holder(ctx, p)):
            return entry.category  # "others view them as", "what some have viewed as"
        return None
    participle = w.endswith("ed") or w == "seen"
    if holder or pw == "," or (participle and _perfect_after_holder(ctx, p)) or (
            pw in OPINION_LINKS and ("to" in window or "as" in window)):
        return entry.category  # "what they consider a soulless corporation", "and consider
        # themselves to be", "would consider X to be"
    return None


def _perfect_after_holder(ctx: Context, p: int) -> bool:
    """'some have viewed', 'critics had considered'."""
    if ctx.low(p) not in ("have", "has", "had"):
        return False
    q = ctx.prev(p)
    return ctx.tag(q) in ("PRON", "NOUN", "PROPN") or ctx.low(q) in OPINION_HOLDERS


def check_suspect(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    if ctx.low(ctx.next(e)) == "that":
        return entry.category
    if ctx.low(s) in ("suspect", "suspects") and ctx.tag(ctx.prev(s)) == "PRON" and (
        ctx.low(ctx.prev(s)) not in POSSESSIVES
    ):
        return entry.category  # "we suspect", "I suspect"
    return None  # "the suspect", "murder suspects"


def check_expect(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    w = ctx.low(s)
    n = ctx.next(e)
    nw = ctx.low(n)
    if w.startswith("expectation"):
        return entry.category if nw == "that" else None
    if w in ("forecast", "forecasts") and ctx.tag(ctx.prev(s)) in ("DET", "ADJ", "NOUN"):
        return None  # "the weather forecast"
    if ctx.low(ctx.prev(s)) in ("than", "as"):
        return None
    if w.startswith(("predict", "forecast")) and ctx.low(ctx.prev(s, words("best better"))) == "to":
        return None  # "the best way to predict the future": the act, not a belief
    return entry.category


def check_doubt(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    a = ctx.sent(s)[0]
    before = {ctx.low(j) for j in range(max(a, s - 4), s)}
    if not before.isdisjoint(DOUBT_NEGATORS) and ctx.low(s) in ("doubt", "doubted"):
        return None  # "no one could doubt", "cannot doubt": certainty, a booster
    if ctx.low(s) in ("skeptical", "sceptical") and ctx.tag(ctx.next(e)) == "NOUN":
        return None  # "skeptical investigators": an attitude of people, no hedged claim
    return entry.category


def check_provided(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    p = ctx.prev(s, ADVERB_SKIP)
    if ctx.low(p) in words("has have had is was were be been having") or ctx.tag(p) in (
            "NOUN", "PROPN"):
        return None  # "the accords had provided that": to stipulate, no condition
    return entry.category


def check_wonder(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    if ctx.low(ctx.prev(s)) in DET_LIKE | {"no", "small"}:
        return None  # "no wonder", "a wonder"
    if ctx.word(ctx.prev(s)) == "," and ctx.word(ctx.next(e)) == ",":
        return None  # "wonder, pity, fright": a noun in a list
    return entry.category


def check_hope(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    if ctx.is_cap(s) and (not ctx.sentence_initial(s) or ctx.is_cap(ctx.next(e))):
        return None  # "Hope Hicks", "Bob Hope"
    if ctx.low(s) in ("wish", "wishes") and ctx.low(ctx.prev(s)) in DET_LIKE:
        return None  # "his last wish"
    return entry.category


_IF_NEXT_REJECT = words("any anything not ever possible necessary needed so only - –")


def check_if(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = ctx.next(e)
    if n >= 0 and ctx.low(n) in _IF_NEXT_REJECT:
        return None  # "if any", "if-it-bleeds"
    p = ctx.prev(s)
    if ctx.low(p) == "as":
        return None  # "as if": a comparison
    if ctx.counterfactual_if(s):
        return None  # "if he had won": a condition known to be false, nothing left open
    if ctx.low(p) == "," and ctx.tag(n) in ("ADJ", "ADV") and ctx.low(n) not in ("true", "so"):
        m = ctx.next(n + 1)
        if m < 0 or ctx.tag(m) == "PUNCT":
            return None  # "competent, if tedious,": concessive
    return entry.category


def check_whether(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    return entry.category


def check_approx(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    w = ctx.low(s)
    if w in ("roughly", "approximately", "an"):
        return entry.category
    n = ctx.next(e)
    if ctx.is_number(n):
        return entry.category  # "about 20 people"
    if w == "estimated" and ctx.low(n) == "that":
        return "belief"  # "it estimated that the raid would work": a judgment
    return None  # "talked about", "around the world", "almost always"


def check_sort_of(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    p = ctx.prev(s)
    if p >= 0 and (ctx.low(p) in DET_LIKE or ctx.tag(p) in ("DET", "ADJ", "NUM")):
        return None  # "a kind of", "all sorts of"
    if ctx.tag(ctx.next(e)) in ("ADJ", "VERB", "ADV"):
        return entry.category  # "kind of odd"
    return None


def check_complement(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    """'we assess that', 'we estimate it': a verb of judgment before its clause or object;
    not 'we judge by results'."""
    n = ctx.next(e)
    if ctx.low(n) in ("that", "it", "this") or ctx.tag(n) in ("PRON", "DET", "PROPN", "NOUN"):
        return entry.category
    return None
