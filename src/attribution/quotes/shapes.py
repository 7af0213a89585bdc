"""Small predicates on the shape of a stretch of tokens.

Is this a name, a time adjunct, a list that goes on, an infinitive, a clause with its own
subject and verb, a place's state after a comma, an addressee? The rules read these from
tokens and the coarse tagger alone (a statistical pipeline's tags sharpen them), as the
rule-based extractors of Pouliquen et al. (2007) and Krestel et al. (2008) do.
"""

from __future__ import annotations

from ..phrases import (
    NP_LINK_ADJ,
    OBJECT_PRONOUNS,
    PLURAL_QUANTIFIERS,
    POSSESSIVES,
    SUBJECT_PRONOUNS,
)
from .context import Context
from .words import (
    ADDRESSEES,
    BASE_ING,
    CLAUSE_OPENERS,
    COMPLEMENTIZERS,
    IRREGULAR_PAST,
    NEW_REPORT_PRONOUNS,
    QUESTION_AUX,
    SINGULAR_QUANTIFIERS,
    SPEECH_PAST,
    TERMINAL,
    TIME_ADVERBS,
    TIME_UNITS,
    WEEKDAYS,
)


def agrees_as_verb(quantifier: str, word: str) -> bool:
    """Is ``word`` after a quantifier standing alone a verb, not the quantifier's noun?
    A past tense always is ("Another tweeted"); a present tense is when it agrees as a
    verb and not as a noun: "Another notes" (a noun would be singular), "Both oppose"."""
    if word.endswith("ed") or word in SPEECH_PAST:
        return True
    form = inflection(word)
    if quantifier in SINGULAR_QUANTIFIERS:
        return form == "s"
    return quantifier in PLURAL_QUANTIFIERS and form == "past"  # a base form: "both oppose"


def question_subject(ctx: Context, start: int, s0: int) -> bool:
    """Does a question's auxiliary open the sentence right before the subject ("Do you
    support ...?", "Would they back ...?")?"""
    p = ctx.prev_tok(start, s0)
    return p >= s0 and ctx.view.lower[p] in QUESTION_AUX and ctx.next_tok(s0, p) == p


def inflection(word: str) -> str:
    if word.endswith("ing"):
        return "ing"
    if word.endswith("s") and not word.endswith("ss"):
        return "s"
    return "past"


def plausible_source(ctx: Context, span: tuple[int, int]) -> bool:
    """Can this noun phrase say something: a pronoun, a name, a person, a group?"""
    lex = ctx.res.speakers
    head = span[1] - 1
    w = ctx.view.lower[head]
    if w in SUBJECT_PRONOUNS and w not in ("it", "that", "which"):
        return True
    if ctx.view.words[head][:1].isupper() and ctx.tag(head) == "PROPN":
        return True
    return lex.has("role", w) or lex.has("org_head", w) or lex.has("media_head", w) or (
        lex.has("doc_head", w))


def _clause_after(ctx: Context, k: int, limit: int) -> bool:
    """Does a clause with a bare noun subject start at token ``k`` ("guides say …",
    "eastern border stays shut"): adjectives, up to three nouns, then a verb?"""
    while k + 1 < limit and ctx.tag(k) == "ADJ" and ctx.tag(k + 1) in ("ADJ", "NOUN"):
        k += 1
    first = ctx.tag(k)  # (nouns of one kind, "one way Sanders could …" is no clause; a
    n, kinds = k, ({first, "NOUN"} if first == "PROPN" else {first})  # name's: "High Atlas …")
    while n < min(limit, k + 3) and ctx.tag(n) in kinds:
        n += 1
    return first in ("NOUN", "PROPN") and ctx.view.lower[k] != "one" and k < n < limit and (
        ctx.tag(n) in ("VERB", "AUX"))


def rest_is_adjunct(ctx: Context, k: int, s1: int) -> bool:
    """Is what follows the cue (up to a comma or the sentence end) only adjuncts —
    an addressee, a time, "in a statement" — and no clause of its own?"""
    view = ctx.view
    lower = view.lower
    limit = min(s1, k + 16)
    while k < limit:
        w = lower[k]
        if view.is_space[k]:
            k += 1
            continue
        if w == "," or w in TERMINAL or w in ("—", "–", ")"):
            return True
        if (
            w in ("when", "while", "after", "before")
            and k + 1 < limit
            and ctx.tag(k + 1) == "VERB"
            and lower[k + 1].endswith(("ed", "ing"))
        ):
            return True  # '“…,” said Dan Golvach when asked about Graham'
        if k in ctx.open_at or w in COMPLEMENTIZERS or w == ":":
            return False
        if w in ("as", "while", "when") and k + 2 < limit and (
            ctx.tag(k + 1) in ("DET", "PRON") or _clause_after(ctx, k + 1, limit)
        ):
            return True  # '“…?” Clinton asks as a maintenance guy walks in', '… as guides say …'
        t = ctx.tag(k)
        if (
            t in ("VERB", "AUX", "SCONJ", "CCONJ", "PART")
            and w not in ctx.time_words
            and w not in ("to", "'s", "’s")
            and not (t == "VERB" and ctx.tag.noun_reading(k))
            # "in a video posted to its account": a participle after its noun
            and not (
                t == "VERB"
                and w.endswith("ed")
                and ctx.tag(k - 1) == "NOUN"
                and k + 1 < limit
                and (ctx.tag(k + 1) == "ADP" or lower[k + 1] == "to")
            )
        ):
            return False
        if t == "PRON" and w not in OBJECT_PRONOUNS and w not in POSSESSIVES:
            return False
        k += 1
    return k >= s1


def time_clause_at(ctx: Context, k: int, s1: int) -> bool:
    """Does a clause of time start at token k: "when Clinton ended a debate", "as the
    crowd cheered", "after the vote was called"?"""
    if k + 1 >= s1 or ctx.view.lower[k] not in ("when", "as", "after", "before", "while"):
        return False
    n = ctx.next_tok(k + 1, s1)
    return n < s1 and ctx.tag(n) in ("PROPN", "DET", "PRON") and ctx.view.lower[n] != "that"


def describes_speaker(ctx: Context, k: int, s1: int) -> bool:
    """After an inverted source, does a relative or participial clause about it follow
    ("said a strategist who spoke on condition …", "said Ben Carson, asked about …")?"""
    view = ctx.view
    lower = view.lower
    if k >= s1:
        return False
    if lower[k] == ",":
        k = ctx.next_tok(k + 1, s1)
        if k >= s1:
            return False
        if ctx.tag(k) == "VERB" and lower[k].endswith(("ed", "ing")) and k not in ctx.cue_at:
            return True
    if lower[k] in ("who", "whose"):
        return not _subject_relative(ctx, k, s1)
    if (
        ctx.tag(k) == "VERB"
        and lower[k].endswith("ing")
        and k not in ctx.cue_at
        and k + 1 < s1
        and ctx.tag(k + 1) in ("ADP", "DET", "PART")
    ):
        return True  # "tweeted a German user going by the handle Pulvermann"
    return lower[k] in NP_LINK_ADJ and ctx.next_tok(k + 1, s1) < s1


def _subject_relative(ctx: Context, k: int, s1: int) -> bool:
    """Is the relative clause at token ``k`` followed by a verb of its own noun phrase's
    clause ("said some patients whose tumours could have been treated were now beyond
    cure": the noun phrase is the reported clause's subject, not an inverted source)?
    Two groups of verbs with no comma or conjunction between them tell."""
    lower = ctx.view.lower
    groups, in_verb = 0, False
    for i in range(k + 1, s1):
        if lower[i] in (",", ";", "and", "but", "or") or ctx.in_quote[i] >= 0:
            return False
        if lower[i] in CLAUSE_OPENERS or lower[i] in ("who", "which", "that", "where"):
            return False  # "who was walking home when the man ran out": a clause of its own
        t = ctx.tag(i)
        verb = t in ("VERB", "AUX")
        if verb and not in_verb and lower[i - 1] != "to":  # "to speak": an infinitive
            groups += 1
            if groups == 2:
                return True
        # adverbs and "not" inside a verb group ("was not authorized")
        in_verb = verb or (in_verb and t in ("ADV", "PART"))
    return False


def after_parenthetical(
    ctx: Context, comma: int, s1: int, clauses: bool = False
) -> int | None:
    """The token after a short aside set off by commas (", without evidence,"; with
    ``clauses``, also ", when the story broke,"), or None when the comma at ``comma``
    opens none."""
    view = ctx.view
    for m in range(comma + 1, min(s1, comma + 9)):
        if ctx.in_quote[m] >= 0 or view.words[m] in TERMINAL:
            return None
        if view.words[m] in (",", ":"):  # ", to rowdy applause: “…”"
            return ctx.next_tok(m + 1, s1) if m > comma + 1 else None
        if m in ctx.cue_at and view.lower[m] != "quote" and not (
            view.lower[m - 1] in ("a", "an", "the", "his", "her", "its", "their")
            or ctx.tag(m - 1) == "ADJ"
            # (nor one that credits the report: "reported on Tuesday, citing two
            # unnamed sources, that …")
            or (m == ctx.next_tok(comma + 1, s1) and view.lower[m] in ("citing", "quoting"))
        ):  # (but a cue's noun: ", in a rare interview, that …")
            return None
        if ctx.tag(m) == "AUX" and not clauses:
            return None
    return None


def sentence_initial(ctx: Context, p: int, s0: int) -> bool:
    """Does token p open its sentence, perhaps after "But", "And" or "Yet"?"""
    first = ctx.next_tok(s0, p)
    if first == p:
        return True
    return ctx.view.lower[first] in ("but", "and", "yet") and ctx.next_tok(first + 1, p) == p


def to_verb(ctx: Context, k: int, s1: int) -> bool:
    """Does an infinitive ("to act", "not to run") start at token k?"""
    lower = ctx.view.lower
    if k < s1 and lower[k] == "not":
        k = ctx.next_tok(k + 1, s1)
    if k + 1 >= s1 or lower[k] != "to":
        return False
    v = ctx.next_tok(k + 1, s1)
    if v in ctx.open_at:
        v = ctx.next_tok(v + 1, s1)  # 'to "remember the campaigns"': the quotation's verb
    # Not "to the", "to Reuters", "to 5 percent"; an unknown word after "to" is a verb.
    return (
        v < s1
        and ctx.view.words[v][:1].islower()
        and ctx.tag(v) not in ("DET", "PRON", "PROPN", "NUM", "PUNCT", "ADP", "ADJ")
    )


def starts_clause(ctx: Context, k: int, s1: int) -> bool:
    """Does a clause (a subject, then a verb within a few words) start at token k?"""
    if ctx.tag(k) not in ("DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ") or (
        ctx.view.lower[k] in OBJECT_PRONOUNS - {"it", "you"}
        # (but "her" before a noun is its determiner: "told the judges her family had …")
        and not (ctx.view.lower[k] == "her" and k + 1 < s1 and ctx.tag(k + 1) in ("NOUN", "ADJ"))
    ):
        return False
    for m in range(k + 1, min(s1, k + 8)):
        t = ctx.tag(m)
        if t in ("VERB", "AUX"):
            return True
        if t == "ADP" and subject_preposition(ctx, k, m, s1):
            continue  # "his support for Trump was firm": a phrase inside the subject
        if t in ("PUNCT", "SCONJ", "CCONJ", "ADP") or ctx.view.lower[m] == "to":
            return False  # "his readiness to be …": an infinitive, no finite verb
    return False


def subject_preposition(ctx: Context, k: int, m: int, s1: int) -> bool:
    """Is the preposition at token ``m`` inside the noun phrase a possessive opens at
    token ``k`` ("his support | for | Trump was firm"), a noun phrase after it?"""
    return (
        ctx.view.lower[k] in POSSESSIVES
        and ctx.tag(m - 1) == "NOUN"
        and ctx.view.lower[m] not in ("to", "that")
        and m + 1 < s1
        and ctx.tag(m + 1) in ("DET", "PROPN", "NOUN", "ADJ", "NUM")
    )


SUBJECT_DETERMINERS = frozenset(["the", "this", "that", "its", "his", "her", "their", "our"])


def present_verb(ctx: Context, m: int, s1: int) -> bool:
    """Is token ``m``, tagged a noun, a present-tense verb after its subject, a
    determiner and a singular noun, before no noun ("the plan works well", "the hotel
    blocks the path": an object's determiner), a form the word list knows as a verb?"""
    w = ctx.view.lower[m]
    if ctx.tag(m) != "NOUN" or not w.endswith("s") or w.endswith("ss") or (
        ctx.tag.alt_lex.get(w) != "VERB"
    ):
        return False
    lower = ctx.view.lower
    return m >= 2 and ctx.tag(m - 1) == "NOUN" and not lower[m - 1].endswith("s") and (
        lower[m - 2] in SUBJECT_DETERMINERS  # "the plan works", not "Wall Street estimates"
    ) and (m + 1 >= s1 or ctx.tag(m + 1) in ("ADV", "ADP", "PUNCT", "DET"))


def participle_subject(ctx: Context, k: int, s1: int) -> bool:
    """Does a clause whose subject opens with a participle start at token k ("believes
    shared bus and bike stops can work", "said increased funding would help")? A noun
    phrase (nouns and adjectives, "and" between them) follows the participle, then a
    verb; "a staff report released last week" has none."""
    lower = ctx.view.lower
    m = k + 1
    if m >= s1 or ctx.tag(m) not in ("NOUN", "ADJ", "PROPN") or lower[m] in ctx.time_words:
        return False
    for n in range(m + 1, min(s1, m + 8)):
        t = ctx.tag(n)
        if t in ("AUX", "VERB"):
            return True
        if t == "CCONJ" and n + 1 < s1 and ctx.tag(n + 1) in ("NOUN", "ADJ", "PROPN"):
            continue
        if t not in ("NOUN", "ADJ", "PROPN"):
            return False
    return False


def finite_like(ctx: Context, k: int, hi: int, cue_word: str) -> bool:
    """After "and" in an infinitive: a verb in the cue's own tense, so a second predicate
    of the main clause ("pledged to create jobs and questioned the rate"), not a second
    infinitive ("to defend and expand")?"""
    k = ctx.next_tok(k, hi)
    while k < hi and ctx.tag(k) == "ADV":
        k = ctx.next_tok(k + 1, hi)
    if k >= hi or ctx.tag(k) != "VERB":
        return False
    w = ctx.view.lower[k]
    form = inflection(cue_word)
    if form == "past":
        return w.endswith("ed") or w in IRREGULAR_PAST
    return form == "s" and w.endswith("s") and not w.endswith("ss")


def new_predicate(ctx: Context, k: int, hi: int) -> bool:
    """After "and"/"but" in an object: does a new verb phrase or clause start at token k
    ("and ranked Fiorina", "and he said", "and his team has made", "and Kirk withdrew")?"""
    view = ctx.view
    k = ctx.next_tok(k, hi)
    while k < hi and ctx.tag(k) == "ADV":
        k += 1
    if k >= hi:
        return False
    w = view.lower[k]
    if ctx.tag(k) == "VERB" and not w.endswith("ing"):
        return True
    if w in NEW_REPORT_PRONOUNS or w in ("who", "whom", "which"):
        return True  # (a relative clause coordinated: "endorses Trump and whom Trump …")
    return starts_clause(ctx, k, hi) and (ctx.tag(k) in ("DET", "PROPN") or w in POSSESSIVES)


def place_comma(ctx: Context, comma: int, hi: int) -> int:
    """If the comma at ``comma`` is the one in "Columbus, Ohio," or "Manchester, New
    Hampshire," (a place, its state, a comma), the token after the second comma; else 0."""
    view = ctx.view
    if comma == 0 or comma + 2 >= hi or not view.words[comma - 1][:1].isupper():
        return 0
    for m in range(comma + 1, min(hi, comma + 4)):
        if view.words[m] == ",":
            return m + 1 if m > comma + 1 else 0
        if not (view.words[m][:1].isupper() and ctx.tag(m) == "PROPN"):
            # "in Salem, New Hampshire on Monday": a known state with no comma after it
            return m if m > comma + 1 and known_place(ctx, comma + 1, m) else 0
    return 0


def verb_list_continues(ctx: Context, comma: int, hi: int) -> bool:
    """In an infinitive: does another bare verb phrase follow the comma, with "and" or
    "or" before the last ("to bomb them, bring back waterboarding and deport …")?"""
    view = ctx.view
    m = ctx.next_tok(comma + 1, hi)
    if m >= hi or ctx.tag(m) != "VERB" or m in ctx.cue_at:
        return False
    w = view.lower[m]
    if (w.endswith(("ing", "ed")) and w not in BASE_ING) or (
        w.endswith("s") and not w.endswith("ss")
    ):
        return False
    return any(view.lower[n] in ("and", "or") for n in range(m + 1, min(hi, m + 16)))


def portfolio_comma(ctx: Context, comma: int, hi: int) -> bool:
    """Is the comma at ``comma`` inside an office's list of portfolios, capitalised after
    "of" or "for" ("minister of Energy, Mines and Resources, Pierre Lavallée")?"""
    words, lower = ctx.view.words, ctx.view.lower
    j = comma - 1
    while j > comma - 4 and j > 0 and (words[j][:1].isupper() or lower[j] == "the"):
        j -= 1
    if j == comma - 1 or lower[j] not in ("of", "for"):
        return False
    rest = [i for i in range(comma + 1, hi) if not ctx.view.is_space[i]]
    return 1 < len(rest) <= 8 and any(lower[i] in ("and", "&") for i in rest) and all(
        words[i][:1].isupper() or lower[i] in ("and", "&", ",", "the") for i in rest)


def list_continues(ctx: Context, comma: int, hi: int) -> bool:
    """After the comma at ``comma``, does a list of nouns go on ("voters, lawmakers, and
    thinkers"; "young, liberal and black voters") or a date ("Sept. 11, 2001,")?"""
    view = ctx.view
    m = ctx.next_tok(comma + 1, hi)
    if m >= hi:
        return False
    if ctx.tag(m) == "NUM" and view.words[m].isdigit() and len(view.words[m]) == 4:
        return True
    if m in ctx.open_at:
        # '…, “the union placards carried by marchers” and the strike': a quoted item
        r_end = ctx.region_toks[ctx.open_at[m]][1]
        a = ctx.next_tok(r_end, hi)
        return a < hi and view.lower[a] in ("and", "or", ",")
    if ctx.tag(m) == "ADJ" and ctx.tag(ctx.prev_tok(comma, 0)) == "ADJ":
        # "a generous, magnanimous business executive": adjectives before one noun
        n = m
        while n < hi and ctx.tag(n) == "ADJ":
            n = ctx.next_tok(n + 1, hi)
        if n < hi and ctx.tag(n) == "NOUN":
            return True
    if view.lower[m] in ("and", "or") and ctx.tag(ctx.prev_tok(comma, 0)) in ("NOUN", "PROPN"):
        m = ctx.next_tok(m + 1, hi)  # the serial comma: "voters, lawmakers, and thinkers"
        if m < hi and view.lower[m] in ("a", "an"):
            m = ctx.next_tok(m + 1, hi)  # "…, and a city of …"
        return m < hi and ctx.tag(m) in ("NOUN", "ADJ", "PROPN")
    for n in range(m, min(hi, m + 8)):
        w = view.lower[n]
        if w in ("and", "or"):
            return n > m
        if w == ",":
            return n > m and view.lower[ctx.next_tok(n + 1, hi)] in ("and", "or")
        t = ctx.tag(n)
        if t in ("ADP", "DET") and n > m and n + 1 < hi and w not in ("that", "than"):
            continue  # "higher taxes on Wall Street and …": a noun with its phrase
        if t == "VERB" and n > m and ctx.tag(n - 1) == "NOUN" and w.endswith(("ed", "ing")):
            continue  # "restaurants packed with patrons and workers": a participle phrase
        if t == "VERB" and n == m and w.endswith(("ed", "ing")) and view.lower[
            ctx.next_tok(n + 1, hi)
        ] in ("and", "or", ","):
            continue  # "a kind, loving and admirable person": a participle as an adjective
        if t not in ("ADJ", "NOUN", "PROPN", "NUM") or view.is_space[n]:
            return False
    return False


def addressee_at(ctx: Context, k: int, hi: int) -> bool:
    """Does an addressee start at token k: a news outlet, "reporters", a pronoun?"""
    view = ctx.view
    lex = ctx.res.speakers
    w = view.lower[k]
    if w in OBJECT_PRONOUNS - {"it"} or w in ADDRESSEES:
        return True
    if (w == "the" or w in POSSESSIVES) and k + 1 < hi:
        k += 1  # "to the Post", "to his supporters"
        w = view.lower[k]
    return (
        lex.has("media_name", view.words[k])
        or lex.has("media_head", w)
        or w in ADDRESSEES
        or (k + 1 < hi and lex.phrase("media_name", (view.words[k], view.words[k + 1])))
    )


def adverbial(ctx: Context, a: int, b: int) -> bool:
    """Is tokens a..b-1 a lead-in without a finite verb ("Instead", "In the early 1990s",
    "With Nusra fighters playing a larger role"), not a clause that could be content?"""
    view = ctx.view
    for i in range(a, b):
        t = ctx.tag(i)
        if t == "AUX" or (t == "VERB" and not view.lower[i].endswith("ing")):
            return False
        if ctx.in_quote[i] >= 0:
            return False
    return True


def time_adjunct(ctx: Context, k: int, hi: int) -> bool:
    """Does a time adjunct that ends the clause, or that only prepositional phrases
    follow, start at token k ("Wednesday.", "on Friday and", "last week,", "Thursday
    morning on CNBC's program.")? Not "called his remarks on Saturday “a … call”"."""
    lower = ctx.view.lower
    w = lower[k]
    if w in WEEKDAYS or w in TIME_ADVERBS:
        after = ctx.next_tok(k + 1, hi)
    elif k + 1 < hi and w in ("on", "last", "this", "next", "earlier", "late", "early"):
        n = ctx.next_tok(k + 1, hi)
        if n >= hi or not (
            lower[n] in WEEKDAYS or (w not in ("on", "late", "early") and lower[n] in TIME_UNITS)
        ):
            return False
        after = ctx.next_tok(n + 1, hi)
    else:
        return False
    if after < hi and lower[after] in DAY_PARTS:
        after = ctx.next_tok(after + 1, hi)  # "Thursday morning"
    return after >= hi or lower[after] in (",", ";", "and", "but", "—", "–") or (
        lower[after] in TERMINAL
    ) or adjuncts_to_end(ctx, after, hi)


DAY_PARTS = frozenset(["morning", "afternoon", "evening", "night"])
ADJUNCT_PREPOSITIONS = frozenset(["on", "at", "in", "during", "from", "before", "after"])


def adjuncts_to_end(ctx: Context, k: int, hi: int) -> bool:
    """Do only prepositional phrases with no verb and no quotation run from token ``k``
    to the clause's end or a second predicate ("Thursday | on CNBC's program.")?"""
    lower = ctx.view.lower
    if lower[k] not in ADJUNCT_PREPOSITIONS:
        return False
    m = k
    while m < hi:
        if lower[m] in (",", ";", "—", "–") or lower[m] in TERMINAL or _clause_next(ctx, m, hi):
            return True
        q = ctx.in_quote[m]
        if q >= 0 and title_like(ctx, *ctx.region_toks[q]):
            m = ctx.region_toks[q][1]  # a show's title: "on CNBC's “Squawk Box” program"
            continue
        if q >= 0 or ctx.tag(m) in ("VERB", "AUX"):
            return False
        m += 1
    return True


def _clause_next(ctx: Context, m: int, hi: int) -> bool:
    """A second predicate after "and" ("at rallies | and has been his attack dog"), or a
    clause after "as", "while", "when" ("in every speech | as she praises …")?"""
    n = ctx.next_tok(m + 1, hi)
    if n >= hi:
        return False
    if ctx.view.lower[m] in ("and", "but"):
        return ctx.tag(n) == "AUX" or new_predicate(ctx, n, hi)
    return ctx.view.lower[m] in ("as", "while", "when") and starts_clause(ctx, n, hi)


def short_phrase(ctx: Context, k: int, s1: int, n: int = 4) -> bool:
    """Do at most ``n`` words without a verb run from token k to the clause's end (a
    comma, a colon, a dash, the sentence end): a noun phrase, no clause?"""
    view = ctx.view
    words = 0
    for m in range(k, s1):
        w = view.words[m]
        if w in (",", ";", ":", "—", "–") or w in TERMINAL:
            return True
        if view.is_space[m]:
            continue
        if ctx.in_quote[m] >= 0 or ctx.tag(m) in ("VERB", "AUX"):
            return False
        words += 1
        if words > n:
            return False
    return True


def singular_noun(ctx: Context, k: int) -> bool:
    """Is token ``k`` a singular common noun ("claim", not "officials" nor "funding")?"""
    w = ctx.view.lower[k]
    return ctx.tag(k) == "NOUN" and not w.endswith(("s", "ing")) and ctx.view.words[k].islower()


def few_words(ctx: Context, a: int, b: int, n: int = 4) -> bool:
    words = 0
    for i in range(a, b):
        if ctx.view.words[i][0].isalnum():
            words += 1
            if words >= n:
                return False
    return True


def subordinate_start(ctx: Context, char: int) -> bool:
    """Does the text at ``char`` open a subordinate clause the writer adds ("as the
    crowd roared", "when asked", "because …"), not the rest of the report?"""
    k = ctx.view.token_at(char)
    return ctx.view.lower[k] != "that" and ctx.tag(k) in ("SCONJ", "ADP", "ADV", "CCONJ")


def known_place(ctx: Context, a: int, b: int) -> bool:
    """Are tokens a..b-1 a place the speaker lexicon knows ("N.C.", "New Hampshire")?"""
    view = ctx.view
    name = view.text[view.starts[a] : view.ends[b - 1]]
    lex = ctx.res.speakers
    return lex.has("gpe", name) or lex.phrase("gpe", tuple(name.split()))


def past_times(ctx: Context, k: int, hi: int) -> int:
    """Token k, or the token after the time words starting there ("this week",
    "last Tuesday"), so a subject's verb is found behind them."""
    m = k
    while m < hi and m - k < 4 and (ctx.view.lower[m] in ctx.time_words or ctx.tag(m) == "NUM"):
        m = ctx.next_tok(m + 1, hi)
    return m if m > k and m < hi and ctx.tag(m) in ("VERB", "AUX", "ADV") else k


def title_like(ctx: Context, t0: int, t1: int) -> bool:
    """A title or a scare-quoted term, not speech: fewer than three words, or every
    content word capitalised ("War and Peace", “Come Together”)."""
    words = [ctx.view.words[i] for i in range(t0, t1) if ctx.view.words[i][:1].isalnum()]
    if len(words) < 3:
        return True
    return all(
        w[:1].isupper() or w.lower() in ("and", "of", "the", "a", "in", "for", "to") for w in words
    )


def past_verb(ctx: Context, i: int) -> bool:
    w = ctx.view.lower[i]
    return ctx.tag(i) == "VERB" and (w.endswith("ed") or w in SPEECH_PAST)
