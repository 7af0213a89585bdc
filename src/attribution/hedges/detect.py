"""Finding hedge cues in a document: one phrase-matcher pass, then local disambiguation.

Hedges (Lakoff 1973; Hyland 1998) are words that lower a writer's or a source's
commitment to a claim. Most of them are ambiguous: "may" is a month and a surname,
"might" a noun, "can" usually ability, "must" usually obligation, "appeared in" a
newspaper no hedge, "about" an approximator only before a quantity. The Szeged
uncertainty corpus (Szarvas et al. 2012) shows that disambiguation, not the word list,
decides accuracy. So every lexicon row names a check, and each check looks only at a
few tokens around its match (and at the part of speech a statistical pipeline or the
word lexicon gives), so detection costs one matcher pass plus constant work per match.

Each accepted cue is then composed with the intensifiers, downtoners, comparatives and
negators right before it (:mod:`.compose`) and given a scope: the clause it governs,
from the dependency parse when the Doc has one, else up to the next clause boundary.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from ..resources import Resources
from ..segment import DocView
from ..speakers.mentions import Tagger
from ..types import Hedge, HedgeCategory, Span
from .compose import entry_numbers
from .lexicon import CHECKS, HedgeEntry, HedgeLexicon, Modifier


def words(text: str) -> frozenset[str]:
    """A word set written as one space-separated string."""
    return frozenset(text.split())


BE = words("be is are was were been being 's 're am ’s ’re")
DET_LIKE = words(
    "the a an this that these those his her its their our my your some any every each no "
    "all what which whose another same"
)
POSSESSIVES = words("his her its their our my your")
MONTH_CONTEXT = words(
    "in on from to since until till by of early late mid during before after through "
    "between last next this each every"
)
NUMBER_WORDS = words(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions "
    "trillion dozen dozens half third quarter fifth tenth twice double"
)
CURRENCY = words("$ £ € ¥ us$")
COGNITION_PARTICIPLES = words(
    "considered seen regarded argued said thought believed described viewed interpreted "
    "disputed called deemed understood questioned taken expected assumed perceived "
    "characterized characterised construed classified"
)
POSSIBILITY_VERBS = words(
    "lead cause result mean explain affect pose become indicate suggest increase reduce "
    "signal reflect spell trigger prove help hurt harm threaten undermine derail delay "
    "face see end put make have be"
)
STATIVE_VERBS = words(
    "know feel mean realize realise upset worry alarm concern frustrate please trouble "
    "bother annoy reflect seem think understand wonder sense believe recognize recognise "
    "find hate love enjoy"
)
ADVERB_SKIP = words(
    "also still well just even only already really now then again certainly surely indeed "
    "clearly obviously simply likely probably possibly perhaps definitely eventually "
    "ultimately soon never ever always"
)
CONDITION_WORDS = words("if unless otherwise suppose supposing assuming")
NOUN_DETERMINERS = words("the a an his her its their our my your all whose")
CLAUSE_BREAK_WORDS = words(
    "but while although though whereas because since which who unless yet so"
)
CLAUSE_PUNCT = frozenset(";:—–()[]")
THINK_REJECT = words("of about tank tanks twice back through up ahead over")

# Every look-around is bounded, so each match costs constant work even in a sentence of a
# million tokens: MAX_SKIP tokens when skipping spaces and adverbs, MAX_SCOPE for a scope.
MAX_SKIP = 12
MAX_SCOPE = 80

Check = Callable[["Context", int, int, HedgeEntry], "HedgeCategory | None"]


@dataclass
class Context:
    """What the checks read: the view, a lazy tagger, and the modifiers."""

    view: DocView
    resources: Resources
    parsed: bool = False
    _tagger: Tagger | None = None
    _sentence_flags: dict[tuple[int, str], bool] = field(default_factory=dict)

    def sentence_flag(self, i: int, name: str, test: Callable[[int, int], bool]) -> bool:
        """``test(first, end)`` of token i's sentence, computed once per sentence."""
        key = (self.view.sent_of[i], name)
        flag = self._sentence_flags.get(key)
        if flag is None:
            flag = test(*self.sent(i))
            self._sentence_flags[key] = flag
        return flag

    def tag(self, i: int) -> str:
        if self._tagger is None:
            self._tagger = Tagger(self.view, self.resources)
        return self._tagger(i)

    def low(self, i: int) -> str:
        """Lower-case word ``i`` with a plain apostrophe ('' outside the document)."""
        if 0 <= i < len(self.view.words):
            return self.view.lower[i].replace("’", "'")
        return ""

    def word(self, i: int) -> str:
        return self.view.words[i] if 0 <= i < len(self.view.words) else ""

    def sent(self, i: int) -> tuple[int, int]:
        return self.view.sents[self.view.sent_of[i]]

    def prev(self, i: int, skip: frozenset[str] = frozenset()) -> int:
        """Index of the nearest non-space token before ``i`` in its sentence (or -1)."""
        lo = self.sent(i)[0] if 0 <= i < len(self.view.words) else 0
        lo = max(lo, i - MAX_SKIP)
        j = i - 1
        while j >= lo and (self.view.is_space[j] or self.low(j) in skip):
            j -= 1
        return j if j >= lo else -1

    def next(self, i: int, skip: frozenset[str] = frozenset()) -> int:
        """Index of the nearest non-space token after ``i`` in its sentence (or -1)."""
        hi = self.sent(i - 1)[1] if i > 0 else len(self.view.words)
        hi = min(hi, i + MAX_SKIP)
        j = i
        while j < hi and (self.view.is_space[j] or self.low(j) in skip):
            j += 1
        return j if j < hi else -1

    def sentence_initial(self, i: int) -> bool:
        j = self.prev(i)
        for _ in range(MAX_SKIP):
            if j < 0 or self.tag(j) != "PUNCT":
                break
            j = self.prev(j)
        return j < 0

    def is_number(self, i: int) -> bool:
        w = self.low(i)
        if not w:
            return False
        if w[0].isdigit() or w in NUMBER_WORDS or w in CURRENCY:
            return True
        if w in ("a", "an") and self.low(self.next(i + 1)) in NUMBER_WORDS:
            return True
        return self.view.words[i][:1] in "$£€"

    def is_cap(self, i: int) -> bool:
        w = self.word(i)
        return bool(w) and w[0].isupper()

    def lex_tag(self, word: str) -> str | None:
        return self.resources.words.pos.get(word)


# ---- checks: each returns the category to report, or None to reject the match ----


def _accept(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    return entry.category


def _title_case_verb(ctx: Context, s: int) -> bool:
    """'Russia May Buy Weapons': a capitalised modal in a headline, before a verb."""
    n = ctx.next(s + 1)
    return n >= 0 and ctx.is_cap(n) and ctx.lex_tag(ctx.low(n)) in ("VERB", "AUX") and (
        not ctx.is_number(n))


def _check_may(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = ctx.next(e)
    p = ctx.prev(s)
    if ctx.is_number(n) or (p >= 0 and ctx.low(p)[:1].isdigit()):
        return None  # "May 2016", "5 May"
    if ctx.is_cap(s):
        if ctx.sentence_initial(s):
            # "May 5 ..." or "May was the wettest month": a month; "May I ..." a modal.
            if n < 0 or ctx.low(n) in BE or ctx.tag(n) == "PUNCT":
                return None
            return entry.category
        # Mid-sentence "May": a month after "in"/"since", a name after a capitalised word
        # ("Theresa May"), except in title-case headlines ("Russia May Buy Weapons").
        if ctx.low(p) in MONTH_CONTEXT or not _title_case_verb(ctx, s):
            return None
        return entry.category
    if ctx.low(p) == "you" and ctx.low(n) not in ("be", "have", "well", "not"):
        return None  # permission: "you may check his works"
    return entry.category


def _check_might(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    p, n = ctx.prev(s), ctx.next(e)
    if ctx.is_cap(s) and not ctx.sentence_initial(s) and not _title_case_verb(ctx, s):
        return None
    if p >= 0 and (ctx.low(p) in NOUN_DETERMINERS or ctx.tag(p) in ("ADJ", "ADP", "VERB")):
        return None  # "his might", "military might", "through might", "has might"
    if n < 0 or ctx.low(n) in ("of", "and", "makes", "is") or ctx.tag(n) == "PUNCT":
        return None  # "the might of", "with all his might."
    return entry.category


def _verb_after(ctx: Context, e: int) -> int:
    """The word after a modal, skipping adverbs (not 'not')."""
    return ctx.next(e, ADVERB_SKIP)


def _check_could(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = _verb_after(ctx, e)
    w = ctx.low(n)
    if w in ("not", "n't", "no", "never", "hardly", "barely", "scarcely"):
        # "could not possibly be" keeps the hedge; "could not afford" is past ability.
        n2 = ctx.next(n + 1)
        return entry.category if ctx.low(n2) == "possibly" else None
    if w == "have":
        return entry.category  # "could have been held": epistemic past
    if w == "be":
        return _after_be(ctx, n, entry)
    if w in POSSIBILITY_VERBS and not _past_narrative(ctx, s):
        return entry.category
    if n >= 0 and ctx.word(n)[:1].islower() and ctx.tag(n) != "PUNCT" and (
        not _past_narrative(ctx, s)
    ):
        return entry.category  # "the deal could collapse": possibility, not past ability
    return None


PAST_MARKERS = words("was were had did")


def _past_narrative(ctx: Context, i: int) -> bool:
    """Does the sentence narrate the past ('was', 'had')? Then 'could' is past ability."""
    low = ctx.view.lower

    def narrates_past(a: int, b: int) -> bool:
        for j in range(a, b):
            w = low[j]
            if w in PAST_MARKERS:
                return True
            # a finite past verb: "Barnes printed the epistles", "they transported officials"
            if w.endswith("ed") and j > a and ctx.tag(j) == "VERB" and (
                ctx.tag(ctx.prev(j)) in ("PRON", "PROPN", "NOUN")
            ):
                return True
        return False

    if ctx.sentence_flag(i, "past", narrates_past):
        return True
    # "so (that) travellers could clear customs", "no one could doubt": purpose, ability
    a = ctx.sent(i)[0]
    return any(low[j] in ("so", "nobody") or (low[j] == "one" and low[j - 1] == "no")
               for j in range(max(a + 1, i - 4), i))


def _after_be(ctx: Context, be: int, entry: HedgeEntry) -> HedgeCategory | None:
    """A modal + be: epistemic before a noun phrase, an adjective or a cognition verb."""
    n = ctx.next(be + 1, ADVERB_SKIP)
    w = ctx.low(n)
    if n < 0:
        return None
    if w in COGNITION_PARTICIPLES or w in ("a", "an", "the", "due", "because", "true", "that",
                                           "as", "one", "more", "less", "worse", "better"):
        return entry.category
    t = ctx.tag(n)
    if t in ("VERB", "AUX") or (w.endswith("ed") and t != "ADJ"):
        if entry.phrase != "could" or _past_narrative(ctx, be):
            return None  # "could be opened": possibility of action, not of truth
        return entry.category  # "could be used to develop": a present possibility
    if t in ("ADJ", "DET", "NUM", "NOUN", "PROPN", "PRON", "ADV", "ADP"):
        return entry.category
    return None


def _check_can(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = ctx.next(e)
    w = ctx.low(n)
    if w in ("not", "n't"):
        n = ctx.next(n + 1)
        if ctx.low(n) == "be":
            m = ctx.next(n + 1, ADVERB_SKIP)
            if ctx.tag(m) == "ADJ" or ctx.low(m) in ("the", "a", "true", "right"):
                return entry.category  # "that can't be true": epistemic impossibility
        return None
    if w == "be":
        m = ctx.next(n + 1)
        if ctx.low(m) in ("argued", "considered", "regarded", "questioned", "disputed"):
            return entry.category  # "it can be argued that"
    return None  # ability or permission


def _check_must(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = _verb_after(ctx, e)
    w = ctx.low(n)
    if w == "have":
        m = ctx.next(n + 1)
        if ctx.low(m) == "to":
            return None  # "must have to": obligation
        return entry.category  # "must have known": inference about the past
    if w == "be":
        m = ctx.next(n + 1, ADVERB_SKIP)
        lm = ctx.low(m)
        if lm in ("a", "an", "the", "true", "wrong", "right", "that", "some", "one"):
            return entry.category
        if lm.endswith("ing") and lm not in ("willing",):
            return entry.category  # "must be running out"
        t = ctx.tag(m)
        if t == "ADJ" and not lm.endswith("ed"):
            return entry.category  # "must be aware", "must be alarmed" is obligation-like
        return None  # "must be registered": obligation
    if w in STATIVE_VERBS:
        return entry.category  # "must upset the Kremlin", "must know"
    return None


def _is_conditional(ctx: Context, i: int) -> bool:
    """Does token i's sentence hold a condition (if, unless, otherwise, supposing)?"""
    low = ctx.view.lower
    return ctx.sentence_flag(
        i, "conditional", lambda a, b: not CONDITION_WORDS.isdisjoint(low[a:b])
    )


def _check_would(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    if _is_conditional(ctx, s):
        return entry.category  # hypothetical: "if X, it would Y"
    return None


def _check_should(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    words_ = ctx.view.words
    if ctx.sentence_initial(s) and not ctx.sentence_flag(
        s, "question", lambda a, b: "?" in words_[a:b]
    ):
        return "conditional"  # "Should oil production stop, ...": inverted conditional
    if _is_conditional(ctx, s):
        return entry.category
    return None


def _check_appear(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = ctx.next(e)
    w = ctx.low(n)
    p = ctx.low(ctx.prev(s))
    if w in ("to", "that", "likely", "unlikely", "certain") or p in ("it", "would", "there"):
        return entry.category  # "appears to be", "it appears", "would appear"
    if w and ctx.tag(n) == "ADJ" and w not in ("alongside", "live", "onstage"):
        return entry.category  # "appeared unfazed"
    return None  # "appeared in The New York Times", "appeared on television"


def _check_attributive(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    p, n = ctx.prev(s), ctx.next(e)
    if ctx.low(p) in BE or ctx.low(p) in ("became", "become", "becomes", "becoming"):
        return None  # "it is apparent that": evident, a booster
    if ctx.tag(n) in ("NOUN", "PROPN", "ADJ") or ctx.low(p) in DET_LIKE:
        return entry.category
    return None


def _check_suggest(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    w = ctx.low(s)
    if w.startswith("suggestion") or w.startswith("impl"):
        return entry.category if ctx.low(ctx.next(e)) == "that" else None  # "implied pressure"
    a = ctx.sent(s)[0]
    if any(ctx.low(j) == "as" for j in range(max(a, s - 4), s)):
        return None  # "as the title suggests": a gloss, not evidence
    return entry.category


def _check_indicate(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    w = ctx.low(s)
    if w.startswith("indication"):
        return entry.category if ctx.low(ctx.next(e)) in ("that", "of") else None
    return entry.category


def _check_likely(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    return entry.category


def _check_possible(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    w = ctx.low(s)
    if w.endswith("ly") or w == "possibility":
        return entry.category  # possibly, conceivably, plausibly; "the possibility"
    n, p = ctx.next(e), ctx.prev(s, ADVERB_SKIP)
    nw, pw = ctx.low(n), ctx.low(p)
    if nw == "that":
        return entry.category  # "it is possible that"
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


def _check_accuse(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    if ctx.low(ctx.prev(s)) in DET_LIKE and ctx.low(s) == "accused":
        return None  # "the accused"
    return entry.category


def _check_passive_to(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
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


def _check_doxastic(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
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


def _check_believe(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    if ctx.low(s).startswith("belief"):
        nw = ctx.low(ctx.next(e))
        return entry.category if nw == "that" or (nw == "in" and ctx.low(s) == "belief") else None
    return entry.category


def _check_think(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    w = ctx.low(s)
    n = ctx.next(e)
    if ctx.low(n) in THINK_REJECT:
        return None  # "think about", "think tank"
    if w in ("guess", "assumption") and ctx.low(ctx.prev(s)) in ("a", "the", "wild", "educated"):
        return entry.category
    return entry.category


SUBJECT_PRONOUNS = words("i we they he she it you one who people")


def _check_consider(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    """Verbs of opinion with a small clause: 'consider X (to be) Y', 'see X as Y'."""
    w = ctx.low(s)
    n = ctx.next(e)
    nw = ctx.low(n)
    p = ctx.prev(s, ADVERB_SKIP)
    pw = ctx.low(p)
    b = ctx.sent(s)[1]
    window = [ctx.low(j) for j in range(e, min(b, e + 10))]
    if w in ("feel", "feels", "felt"):
        if nw == "that" or (nw in SUBJECT_PRONOUNS and ctx.tag(p) in ("PRON", "NOUN", "PROPN")):
            return entry.category  # "felt they were already living under"
        return None  # "felt pain", "feel like"
    if ctx.sentence_initial(s) or nw.endswith("ing") or nw in ("whether", "how", "what", "why",
                                                               "if", "for"):
        return None  # "Consider this quote", "considered changing the name"
    if w in ("seen", "viewed", "perceived") or w.startswith("regard") or w.startswith("view"):
        if "as" not in window:
            return None  # "seen at the zoo", "with regard to"
        if pw in BE or nw == "by":
            return "attribution"  # "is seen by many as"
        if ctx.tag(p) in ("PRON", "NOUN", "PROPN") or pw in ("some", "others", "many"):
            return entry.category  # "others view them as"
        return None
    if ctx.tag(p) in ("PRON", "NOUN", "PROPN") or pw in ("some", "others", "many", "most", ","):
        return entry.category  # "what they consider a soulless corporation"
    return None


def _check_suspect(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    if ctx.low(ctx.next(e)) == "that":
        return entry.category
    if ctx.low(s) in ("suspect", "suspects") and ctx.tag(ctx.prev(s)) == "PRON" and (
        ctx.low(ctx.prev(s)) not in POSSESSIVES
    ):
        return entry.category  # "we suspect", "I suspect"
    return None  # "the suspect", "murder suspects"


def _check_expect(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    w = ctx.low(s)
    n = ctx.next(e)
    nw = ctx.low(n)
    if w.startswith("expectation"):
        return entry.category if nw == "that" else None
    if w in ("forecast", "forecasts") and ctx.tag(ctx.prev(s)) in ("DET", "ADJ", "NOUN"):
        return None  # "the weather forecast"
    if ctx.low(ctx.prev(s)) in ("than", "as"):
        return None
    return entry.category


def _check_doubt(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    return entry.category


def _check_wonder(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    if ctx.low(ctx.prev(s)) in DET_LIKE | {"no", "small"}:
        return None  # "no wonder", "a wonder"
    return entry.category


def _check_hope(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    if ctx.is_cap(s) and (not ctx.sentence_initial(s) or ctx.is_cap(ctx.next(e))):
        return None  # "Hope Hicks", "Bob Hope"
    if ctx.low(s) in ("wish", "wishes") and ctx.low(ctx.prev(s)) in DET_LIKE:
        return None  # "his last wish"
    return entry.category


_IF_NEXT_REJECT = words("any anything not ever possible necessary needed so only - –")


def _check_if(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    n = ctx.next(e)
    if n >= 0 and ctx.low(n) in _IF_NEXT_REJECT:
        return None  # "if any", "if-it-bleeds"
    p = ctx.prev(s)
    if ctx.low(p) == "as":
        return None  # "as if": a comparison
    if ctx.low(p) == "," and ctx.tag(n) in ("ADJ", "ADV") and ctx.low(n) not in ("true", "so"):
        m = ctx.next(n + 1)
        if m < 0 or ctx.tag(m) == "PUNCT":
            return None  # "competent, if tedious,": concessive
    return entry.category


def _check_whether(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    return entry.category


def _check_approx(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    w = ctx.low(s)
    if w in ("roughly", "approximately", "an"):
        return entry.category
    n = ctx.next(e)
    if ctx.is_number(n):
        return entry.category  # "about 20 people"
    return None  # "talked about", "around the world", "almost always"


def _check_sort_of(ctx: Context, s: int, e: int, entry: HedgeEntry) -> HedgeCategory | None:
    p = ctx.prev(s)
    if p >= 0 and (ctx.low(p) in DET_LIKE or ctx.tag(p) in ("DET", "ADJ", "NUM")):
        return None  # "a kind of", "all sorts of"
    if ctx.tag(ctx.next(e)) in ("ADJ", "VERB", "ADV"):
        return entry.category  # "kind of odd"
    return None


CHECK_FUNCTIONS: dict[str, Check] = {
    "-": _accept,
    "may": _check_may,
    "might": _check_might,
    "could": _check_could,
    "can": _check_can,
    "must": _check_must,
    "would": _check_would,
    "should": _check_should,
    "appear": _check_appear,
    "attributive": _check_attributive,
    "suggest": _check_suggest,
    "indicate": _check_indicate,
    "likely": _check_likely,
    "possible": _check_possible,
    "accuse": _check_accuse,
    "passive_to": _check_passive_to,
    "doxastic": _check_doxastic,
    "believe": _check_believe,
    "think": _check_think,
    "consider": _check_consider,
    "suspect": _check_suspect,
    "expect": _check_expect,
    "doubt": _check_doubt,
    "wonder": _check_wonder,
    "hope": _check_hope,
    "if": _check_if,
    "whether": _check_whether,
    "approx": _check_approx,
    "sort_of": _check_sort_of,
}
assert set(CHECK_FUNCTIONS) == set(CHECKS), "every check named in the lexicon needs a function"

COMPOSABLE = frozenset({"probability"})
NEGATABLE = frozenset({"probability", "evidential", "belief", "attribution", "modal", "desire"})
AUX_BEFORE_NT = words(
    "do does did is are was were can could would will should may might must ca wo has "
    "have had need"
)


class HedgeFinder:
    """Finds hedge cues in a document view: ``HedgeFinder(nlp)(view) -> list[Hedge]``."""

    def __init__(self, nlp: Language, lexicon: HedgeLexicon | None = None,
                 resources: Resources | None = None) -> None:
        self.nlp = nlp
        self.lexicon = lexicon or HedgeLexicon.default()
        self.resources = resources or Resources.default()
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        self._entries: dict[int, HedgeEntry] = {}
        phrases = list(self.lexicon.entries)
        for phrase in phrases:
            pattern = nlp.make_doc(phrase)
            key = nlp.vocab.strings.add(phrase)
            self._entries[key] = self.lexicon.entries[phrase]
            self.matcher.add(phrase, [pattern])
            if "'" in phrase:  # the typographic apostrophe tokenises alike
                self.matcher.add(phrase, [nlp.make_doc(phrase.replace("'", "’"))])

    def __call__(self, view: DocView) -> list[Hedge]:
        if not view.words:
            return []
        matches = self.matcher(view.doc)
        if not matches:
            return []
        ctx = Context(view, self.resources, parsed=view.annotations.dep)
        # Longest match first at each start; a match covering an accepted one is skipped.
        by_start: dict[int, list[tuple[int, HedgeEntry]]] = {}
        for key, s, e in matches:
            by_start.setdefault(s, []).append((e, self._entries[key]))
        hedges: list[Hedge] = []
        covered_to = 0
        for s in sorted(by_start):
            if s < covered_to:
                continue
            for e, entry in sorted(by_start[s], key=lambda m: -m[0]):
                if not entry.detect:
                    covered_to = e  # a blocker: "no doubt", "as if", "if possible"
                    break
                category = CHECK_FUNCTIONS[entry.check](ctx, s, e, entry)
                if category is None:
                    continue
                hedges.append(self._make(ctx, s, e, entry, category))
                covered_to = e
                break
        return hedges

    def _modifiers(self, ctx: Context, s: int, entry: HedgeEntry, category: str
                   ) -> tuple[int, list[Modifier], bool]:
        """Modifiers right before the cue (nearest first), the new start, and negation."""
        mods: list[Modifier] = []
        negated = False
        start = s
        j = s - 1
        view = ctx.view
        lo = ctx.sent(s)[0]
        while j >= lo and len(mods) < 2 and not view.is_space[j]:
            mod = self.lexicon.modifiers.get(ctx.low(j).replace("’", "'"))
            if mod is None:
                break
            if mod.kind == "negator":
                if category not in NEGATABLE or entry.negated:
                    break
                negated = True
            elif category not in COMPOSABLE:
                break
            mods.append(mod)
            start = j
            if mod.word == "n't" and j - 1 >= lo and ctx.low(j - 1) in AUX_BEFORE_NT:
                start = j - 1  # "don't think", "doesn't appear"
                break
            if mod.kind == "negator":
                break
            j -= 1
        return start, mods, negated

    def _make(self, ctx: Context, s: int, e: int, entry: HedgeEntry,
              category: HedgeCategory) -> Hedge:
        view = ctx.view
        start, mods, negated = self._modifiers(ctx, s, entry, category)
        phrase = entry.phrase
        if category == entry.category:
            prob, rng, certainty = entry_numbers(entry, mods, phrase)
        else:
            prob, rng, certainty = None, None, entry.certainty
            if category == "extent":
                certainty = 0.9
        cue_start, cue_end = view.starts[start], view.ends[e - 1]
        scope = _scope(ctx, start, e, category)
        return Hedge(
            cue=Span(cue_start, cue_end, view.text[cue_start:cue_end]),
            category=category,
            probability=None if prob is None else round(prob, 4),
            probability_range=None if rng is None else (round(rng[0], 4), round(rng[1], 4)),
            certainty=round(certainty, 4),
            negated=negated or entry.negated,
            scope=scope,
        )


SKIP_INTO_SCOPE = words("that to , whether if")
QUOTE_CLOSERS = frozenset("\"”’»")


def _scope(ctx: Context, s: int, e: int, category: str) -> Span | None:
    """The clause the cue governs: a parse subtree if the Doc has one, else up to a break."""
    view = ctx.view
    b = ctx.sent(s)[1]
    if ctx.low(s) == "according":
        return _according_scope(ctx, s, e)
    first = e
    while first < b and (view.is_space[first] or (ctx.low(first) in SKIP_INTO_SCOPE and
                                                  ctx.low(first) != ",")):
        first += 1
    if first < b and ctx.low(first) == ",":
        first += 1
        while first < b and view.is_space[first]:
            first += 1
    end = _clause_end(ctx, first, b)
    if ctx.parsed and first < end:
        head = view.doc[s].head
        sub_end = head.right_edge.i + 1
        if first < sub_end < end:
            end = sub_end
    while end > first and (view.is_space[end - 1] or ctx.low(end - 1) in (".", ",", "!", "?")
                           or view.words[end - 1] in QUOTE_CLOSERS):
        end -= 1
    if end <= first:
        return None
    cs, ce = view.starts[first], view.ends[end - 1]
    return Span(cs, ce, view.text[cs:ce])


# Tokens that end a clause wherever they stand.
_CLAUSE_STOPS = CLAUSE_PUNCT | QUOTE_CLOSERS | {"“", "\""}


def _clause_end(ctx: Context, first: int, b: int) -> int:
    words_ = ctx.view.words
    b = min(b, first + MAX_SCOPE)
    for j in range(first, b):
        w = words_[j]
        if w in _CLAUSE_STOPS:
            return j
        if w == "," and j + 1 < b:
            n = ctx.next(j + 1)
            if n >= 0 and (ctx.low(n) in CLAUSE_BREAK_WORDS or _reporting_tail(ctx, n, b)):
                return j
    return max(first, b)


REPORTING_VERBS = words(
    "said says say added told wrote argued noted explained stated claimed according"
)


def _reporting_tail(ctx: Context, n: int, b: int) -> bool:
    """', US officials said.': a short subject and a reporting verb close the clause."""
    for j in range(n, min(b, n + 6)):
        if ctx.low(j) in REPORTING_VERBS:
            return True
        if ctx.view.words[j] in (",", ";", "."):
            return False
    return False


def _according_scope(ctx: Context, s: int, e: int) -> Span | None:
    """'X, according to Y' or 'According to Y, X': the claim X."""
    view = ctx.view
    a, b = ctx.sent(s)
    a, b = max(a, s - MAX_SCOPE), min(b, e + MAX_SCOPE)
    k = e
    while k < b and view.words[k] not in (",", ";", ".", "—"):
        k += 1
    if ctx.prev(s) >= 0:
        first, end = a, s  # "X, according to Y"
    else:
        first, end = k + 1, b  # "According to Y, X"
    while first < end and (view.is_space[first] or view.words[first] in (",", "“", "\"")):
        first += 1
    while end > first and (view.is_space[end - 1] or view.words[end - 1] in
                           (",", ".", ";", "—") or view.words[end - 1] in QUOTE_CLOSERS):
        end -= 1
    if end <= first:
        return None
    cs, ce = view.starts[first], view.ends[end - 1]
    return Span(cs, ce, view.text[cs:ce])
