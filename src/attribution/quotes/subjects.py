"""Clause-initial subjects longer than the noun phrase before the cue.

The noun phrase nearest a cue is often only the end of its source: a head noun with a
post-modifier ("People briefed on the move said"), with a restrictive relative clause
("A nurse who asked not to be named said"), or coordinated with another ("Doctors and
nurses said"). These readers find where such a subject starts.
"""

from __future__ import annotations

from ..phrases import (
    ARTICLES,
    POSSESSIVES,
    SUBJECT_PRONOUNS,
    TIME_ADVERBS,
    acronym_gloss,
    is_nominal,
    np_left,
    np_right,
    share_at,
)
from ..word_forms import participle_form
from .context import Context
from .words import (
    DASH_TOKENS,
    POSTMODIFIER_PREPS,
    RELATIVES,
    SUBORDINATORS,
    TERMINAL,
)

REASONS = frozenset(["because", "since"])  # subordinators of a reason
NOMINATIVE = frozenset(["i", "he", "she", "we", "they"])  # pronouns that are never objects
TIME_PREPS = frozenset(["since", "until", "till"])  # subordinators that are also prepositions
MAX_SUBJECT = 20  # tokens of a clause-initial subject with its post-modifier
CLAUSE_PUNCT = frozenset([",", ";", ":", "—", "–", "--", "(", ")"])
CONNECTIVES = frozenset(["but", "and", "yet", "so", "still", "now", "meanwhile"])
COORDINATORS = frozenset(["and", "or", "but", "nor"])
WH = frozenset(["where", "when", "why", "how", "whether", "as", "than"])
NOMINAL_BEFORE = frozenset(["NOUN", "PROPN", "DET", "ADJ", "NUM", "PRON"])


AGE = ["-", "year", "-", "old"]  # an age's tokens after its number ("67-year-old")
CLOSE_WORDS = frozenset(["close", "familiar", "near", "loyal", "opposed"])  # "those close to"
PP_OPENERS = frozenset(["in", "of", "at", "from", "with", "on", "for"])


def _subject_phrase_end(ctx: Context, c0: int, hi: int) -> int | None:
    """The end of the noun phrase that opens a subject at token ``c0`` (before ``hi``)
    when something follows it and its head is a noun, an indefinite or "those" ("Those
    who attended"), not a pronoun; else None."""
    lower = ctx.view.lower
    e0 = c0 + 1 if lower[c0] == "those" else np_right(ctx.view, ctx.tag, c0, hi)
    aged = c0 + 1 < hi and lower[c0 + 1].isdigit() and lower[c0 + 2 : c0 + 6] == AGE
    if aged:
        e0 = np_right(ctx.view, ctx.tag, c0 + 6, hi)  # "A 67-year-old retired operator who"
        if e0 is None and c0 + 6 < hi and lower[c0 + 6] in PP_OPENERS:
            e0 = c0 + 6  # "The 29-year-old from Stoke-on-Trent said": the age its noun
    head = -1 if e0 is None else e0 - 1
    if e0 is not None and e0 + 3 < hi and lower[e0] == "and" and lower[c0] in ARTICLES and (
            ctx.tag(e0 + 1) in ("NOUN", "DET")):
        # "A beef and sheep farmer whose land …": nouns coordinated before one head; "A
        # doctor and a nurse who worked there": two people, one relative clause
        e1 = np_right(ctx.view, ctx.tag, e0 + 1, hi)
        if e1 is not None and e1 - e0 >= 3 and e1 < hi and lower[e1] in OPEN_RELATIVES:
            e0, head = e1, e1 - 1
    if e0 is not None and e0 + 1 < hi and lower[e0] in PP_OPENERS:
        # "A resident in internal medicine who …": a prepositional phrase before "who"
        e1 = np_right(ctx.view, ctx.tag, e0 + 1, hi)
        end = e1
        if e1 is not None and e1 + 2 < hi and ctx.view.words[e1] == "(":
            # "A rice grower in Hukou Township (湖口) who …": a gloss of the name
            e1 = next((k + 1 for k in range(e1 + 1, min(hi, e1 + 6))
                       if ctx.view.words[k] == ")"), None)
        if e1 is not None and end is not None and e1 < hi and (
                lower[e1] in OPEN_RELATIVES or lower[e1] == "where"):  # "of a town where …"
            e0, head = e1, end - 1
    if e0 is None and c0 + 2 < hi and ctx.tag(c0) == "DET" and (
        lower[c0 + 2] == "who"
        or (ctx.tag(c0 + 1) == "ADJ" and _participle(ctx, c0 + 2)
            and not lower[c0 + 2].endswith("ing"))
    ):
        # "A senior who …", "A circular issued by …": an adjective before "who" or a
        # passive participle is a noun
        e0, head = c0 + 2, c0 + 1
    if e0 is None or not c0 < e0 < hi:
        return None
    if e0 + 2 < hi and lower[e0] == "of" and lower[e0 + 1] == "those":
        e0 += 2  # "27 percent of those who named a candidate": a share of those who …
        head = e0 - 1
    if lower[head] in SUBJECT_PRONOUNS or not (
        ctx.tag(head) in ("NOUN", "PROPN")
        or (ctx.tag(head) == "NUM" and lower[head - 1] == "of")  # "A mother of three"
        or lower[head] in ctx.tag.indefinite
        or lower[head] == "those"
        or (ctx.tag(head) == "ADJ" and ctx.tag(e0) == "VERB")  # "A BCCI circular sent"
        or (ctx.tag(head) == "ADJ" and lower[e0] == "who")
        or (aged and head == c0 + 5)
    ):
        return None
    return e0


def _listed_in_relative(ctx: Context, k: int, start: int, lo: int) -> bool:
    """Is the comma at token ``k`` one of a list ("his wife, two children and a husky")
    inside a relative clause before ``start``: a noun before it, "and"/"or" after it, and
    a relative pronoun before it with no other clause mark between?"""
    lower, words = ctx.view.lower, ctx.view.words
    if not (k > lo and is_nominal(ctx.tag(k - 1))
            and any(lower[j] in ("and", "or") for j in range(k + 1, start))):
        return False
    for j in range(k - 1, lo - 1, -1):
        if words[j] in CLAUSE_PUNCT:
            return False
        if lower[j] in ("who", "that", "which") and j > lo:
            return True
    return False


def postmodified_subject(ctx: Context, start: int, s0: int) -> int | None:
    """The start of a clause-initial subject that ends with the noun phrase at ``start``:
    a head noun modified after it by a participle, a relative clause or a prepositional
    phrase whose last noun phrase is the one before the cue ("People briefed on the move
    said", "Residents living near the plant said", "Families of those affected by mass
    shootings say", "People who have battled other online threats said", "The report
    released by the committee found"). The nearest noun phrase is then only the end of
    the source. None when the words before ``start`` are no such subject: a comma,
    quotation, coordination or subordinate clause between, a pronoun as the head, or a
    noun right before ``start`` (a relative clause without "that": "won the state
    experts said she would lose"). The speakers stage widens a mention
    further where the rules cannot see it (``speakers.text.wider_start``: "voters in [a
    poll]" after a comma, "Virtually [all analysts]")."""
    view = ctx.view
    lower, words = view.lower, view.words
    lo = max(s0, start - MAX_SUBJECT - 1)  # bounded: a long sentence is read once
    c0 = s0
    for k in range(start - 1, lo - 1, -1):
        if words[k] == "," and (_listed_in_relative(ctx, k, start, lo)
                                or _portfolio_comma(ctx, k, start, lo)):
            continue  # "An operator who left with his wife, two children and a husky …"
        if (k - 2 >= lo and acronym_gloss(words, k - 2, k + 1)) or acronym_gloss(words, k, start):
            continue  # "An environmental impact assessment (EIA) submitted to …"
        if words[k] in CLAUSE_PUNCT or ctx.closes_region(k):  # '“…?” a man in a jacket'
            c0 = k + 1
            break
    else:
        if lo > s0:
            return None
    c0 = ctx.next_tok(c0, start)
    if c0 < start and lower[c0] in CONNECTIVES:
        c0 = ctx.next_tok(c0 + 1, start)
    if start - c0 < 2 or start - c0 > MAX_SUBJECT:
        return None
    if lower[c0] in SUBORDINATORS or lower[c0] in RELATIVES or lower[c0] in POSSESSIVES:
        return None
    e0 = _subject_phrase_end(ctx, c0, start)
    if e0 is None:
        return None
    if acronym_gloss(words, e0, start):
        e0 = ctx.next_tok(e0 + 3, start)  # "An environmental impact assessment (EIA) submitted"
    head = e0 - 1
    if ctx.tag(head) == "PROPN" and not lower[head].endswith("s") and not (
            lower[e0] in ("in", "at") and any(
                ctx.res.speakers.has("org_head", lower[j]) for j in range(c0, e0))):
        return None  # "Obama traveled to Iowa": a name's verb, not its modifier (but "The
        # State Prosecutor's Office in Kotor said", "the Ministry of Finance in Paris": a
        # body's place)
    w = lower[e0]
    after = ctx.next_tok(e0 + 1, start)
    if (w in TIME_ADVERBS or w == "not") and after < start and (
        lower[after] in POSTMODIFIER_PREPS or _ing_form(ctx, after)
    ):
        # "A former customs broker now under the government's witness protection
        # program told", "Families still living in container cities say", "One delegate
        # not on the slate, …": an adverb of time, or "not", before the post-modifier
        e0, w = after, lower[after]
        after = ctx.next_tok(e0 + 1, start)
    if w in CLOSE_WORDS and after < start and lower[after] in ("to", "with"):
        e0, w = after, lower[after]  # "People close to him", "Those familiar with it"
        after = ctx.next_tok(e0 + 1, start)
    if _ing_form(ctx, e0):
        pass  # "Residents living near the plant", "activists clamoring to block …"
    elif ctx.tag(e0) in ("VERB", "ADJ") and participle_form(w):
        # A passive participle takes no object ("briefed on", "affected by"); a finite
        # verb does ("won the state"). A time may come first ("released Tuesday by",
        # "filed last month in"), and a document is "dated" a day.
        n = len(lower)
        while after < n and lower[after] not in POSTMODIFIER_PREPS and (
            lower[after] in ctx.time_words or ctx.tag(after) == "NUM"
        ):
            after = ctx.next_tok(after + 1, n)
        if after + 1 < n and lower[after] in ("ahead", "prior") and lower[after + 1] in (
            "of", "to"
        ):
            after += 1  # "published ahead of last week's cabinet meeting"
        if w != "dated" and (after >= n or lower[after] not in POSTMODIFIER_PREPS):
            return None
    elif w not in POSTMODIFIER_PREPS and w not in ("who", "that", "whose", "where"):
        return None
    listing = False  # a list inside the relative clause: "who left with his wife, two …"
    for k in range(e0, start):
        if w in ("who", "that") and words[k] == "," and _listed_in_relative(ctx, k, start, c0):
            listing = True
            continue
        if listing and lower[k] in ("and", "or"):
            continue
        if view.is_space[k] or ctx.in_quote[k] >= 0 or (
            # "completed in June and obtained by The Ledger": participles coordinated
            lower[k] in COORDINATORS and not _participle(ctx, ctx.next_tok(k + 1, start))
        ):
            return None
        if not words[k][:1].isalnum() and words[k] not in ("-", "'s", "’s", "'", "’") and not (
                words[k] == "," and _portfolio_comma(ctx, k, start, c0)):
            return None
        if k > e0 and (lower[k] in RELATIVES or lower[k] in WH or (
            # a relative clause may hold a reason: "A customs official who asked not to
            # be named because he was not authorized to speak on the matter told"
            lower[k] in SUBORDINATORS and not (w == "who" and lower[k] in REASONS)
            # "living in tents since the quake": "since" a preposition of time
            and not (lower[k] in TIME_PREPS and ctx.tag(k + 1) in ("DET", "NUM"))
        )):
            return None
    before = ctx.prev_tok(start, c0)
    if lower[before] in RELATIVES or ctx.tag(before) in NOMINAL_BEFORE:
        return None
    if lower[start] in NOMINATIVE:
        return None  # "Residents living near the plant said they": no modifier's object
    return c0


def _portfolio_comma(ctx: Context, k: int, start: int, lo: int) -> bool:
    """Is the comma at token ``k`` one of a body's name that lists its portfolios ("the
    Department of Environment, Parks and Recreation", "for Digital, Culture, Media and
    Sport"): after "of"/"for" and a capitalised word, before capitalised words only?"""
    words, lower = ctx.view.words, ctx.view.lower
    i = ctx.prev_tok(k, lo)
    if i < lo or not words[i][:1].isupper():
        return False
    while i >= lo and (words[i][:1].isupper() or words[i] == "," or ctx.view.is_space[i]):
        i -= 1
    if i <= lo or lower[i] not in ("of", "for") or not words[ctx.prev_tok(i, lo)][:1].isupper():
        return False
    nxt = ctx.next_tok(k + 1, start)
    return nxt < len(words) and words[nxt][:1].isupper() and all(
        words[t][:1].isupper() or words[t] == "," or ctx.view.is_space[t]
        for t in range(k + 1, start))


def _ing_form(ctx: Context, k: int) -> bool:
    """Is token ``k`` an "-ing" participle: so tagged, or an "-ing" word the word lexicon
    does not know, which the tagger can only guess a noun ("queueing")?"""
    w = ctx.view.lower[k]
    return w.endswith("ing") and (
        ctx.tag(k) in ("VERB", "ADJ") or (w not in ctx.tag.pos_lex and len(w) > 5)
    )


def _participle(ctx: Context, k: int) -> bool:
    w = ctx.view.lower[k]
    return ctx.tag(k) == "VERB" and participle_form(w)


COORDINATION_ADVERBS = frozenset(["even", "also", "then", "now"])


def coordinated_subject(ctx: Context, start: int, s0: int) -> int | None:
    """The start of a sentence-initial subject that coordinates two noun phrases, the
    second of them the one at ``start`` before the cue ("Doctors and nurses said",
    "Politicians and even some technologists have argued", "Republican business
    leaders and their lobbying groups warned"), or None: the first conjunct must open
    the sentence (after a connective), so an object before "and" ("cut jobs and workers
    said") is never part of the source; and both are common nouns, since a name keeps
    its own mention ("President Obama and the Democrats")."""
    view = ctx.view
    lower = view.lower
    k = ctx.prev_tok(start, s0)
    while k > s0 and lower[k] in COORDINATION_ADVERBS:
        k = ctx.prev_tok(k, s0)
    if k <= s0 or lower[k] not in ("and", "or"):
        return None
    c0 = ctx.next_tok(s0, k)
    if c0 < k and lower[c0] in CONNECTIVES and lower[c0] not in ("now", "still"):
        c0 = ctx.next_tok(c0 + 1, k)
    head = ctx.prev_tok(k, c0)

    def common(i: int) -> bool:  # a common noun, also capitalised to open the sentence
        return ctx.tag(i) == "NOUN" or (i == c0 and ctx.tag.pos_lex.get(lower[i]) == "NOUN")

    if head < c0 or not common(head) or (ctx.tag(c0) == "PROPN" and not common(c0)):
        return None
    if any(view.words[i][:1].isupper() for i in (*range(c0 + 1, k), start)):
        return None  # a name is a person of its own ("President Obama and the Democrats")
    return c0 if np_left(view, ctx.tag, head + 1, c0) == c0 else None


TITLE_PARTS = frozenset(["-", "co", "vice", "deputy", "chief", "managing", "senior", "executive"])


def coordinated_title(ctx: Context, start: int, s0: int) -> int | None:
    """The start of two titles coordinated before a name at ``start`` ("…,
    co-founder and chief executive Ananya Raghavan said"): the first title, right
    after a comma, when "and" and a lower-case role word stand before ``start``;
    else None."""
    view = ctx.view
    lower = view.lower
    k = ctx.prev_tok(start, s0)
    if k <= s0 or lower[k] not in ("and", "&") or not view.words[start][:1].islower():
        return None
    role = ctx.res.speakers

    def title_word(i: int) -> bool:
        return lower[i] in TITLE_PARTS or (view.words[i].islower() and (
            role.has("role", lower[i]) or role.has("title", lower[i])
        ))

    first = k
    while first - 1 > s0 and title_word(first - 1):
        first -= 1  # "co-founder", "managing director"
    if first == k or not any(role.has("role", lower[i]) for i in range(first, k)):
        return None
    before = ctx.prev_tok(first, s0)
    return first if before >= s0 and view.words[before] == "," else None



def portfolio_title(ctx: Context, start: int, end: int, s0: int) -> int | None:
    """The start of a title whose portfolio coordinates two names before the person's
    name that ends at token ``end`` ("Minister for Fisheries and the Blue Economy
    Marie-Claire Labrosse said"): "and" before ``start``, capitalised words back to
    "for"/"of" and a capitalised title word that opens the clause; else None."""
    view = ctx.view
    lower, words = view.lower, view.words
    k = ctx.prev_tok(start, s0)
    if k <= s0 or lower[k] not in ("and", "&") or not all(
            words[i][:1].isupper() for i in (end - 1, end)):
        return None
    role = ctx.res.speakers

    def title(i: int) -> bool:
        return words[i][:1].isupper() and (
            role.has("title", lower[i]) or role.has("role", lower[i]))

    if title(end) or title(end - 1):
        return None  # "… and the Prime Minister said": a second person
    i = ctx.prev_tok(k, s0)
    if i <= s0 or not words[i][:1].isupper():
        return None
    while i > s0 and words[i][:1].isupper():
        i = ctx.prev_tok(i, s0)
    t = ctx.prev_tok(i, s0)
    if lower[i] not in ("for", "of") or t < s0 or not title(t):
        return None
    before = ctx.prev_tok(t, s0)
    return t if t == ctx.next_tok(s0, t + 1) or view.words[before] == "," else None

MAX_RELATIVE_SUBJECT = 35  # tokens of a sentence-initial subject with its relative clauses
OPEN_RELATIVES = frozenset(["who", "that", "whose"])
CONTINUING_RELATIVES = frozenset(["and", "but"])
WHOSE_NOUN_TAGS = frozenset(["NOUN", "PROPN", "ADJ", "NUM"])


def post_relative_subject(
    ctx: Context, j: int, s0: int
) -> tuple[tuple[int, int], tuple[int, int] | None, int] | None:
    """A post-posed source with its relative clause after a content and a comma ("The
    plan is dead, a senior official who asked not to be named said."): the source, its
    description and the comma (or closing quote mark), or None (:func:`relative_subject`
    from there on)."""
    view = ctx.view
    for c in range(j - 1, max(s0, j - MAX_RELATIVE_SUBJECT) - 1, -1):
        if (view.words[c] == "," and ctx.in_quote[c] < 0) or ctx.closes_region(c):
            rel = relative_subject(ctx, j, c + 1)
            if rel is None or not {"who", "whose"} & set(view.lower[rel[0][0] : rel[0][1]]):
                return None  # (a person's: "the process that began in May and …" is none)
            return (*rel, c)
    return None


def relative_subject(
    ctx: Context, j: int, s0: int
) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """A sentence-initial subject whose relative clause ends at token ``j``, the last
    before the cue ("A nurse who asked not to be named said", "Those who attended
    said"), with a further relative clause set off by commas as its description ("A
    nurse who has worked there for 11 years, and who asked not to be named, said"):
    the source (the noun phrase and its restrictive clause) and the description, or
    None. The noun phrase nearest the cue is then the relative clause's own object or
    verb, not the source."""
    view = ctx.view
    lower, words = view.lower, view.words
    c0 = ctx.next_tok(s0, j)
    if c0 < j and lower[c0] in CONNECTIVES:
        c0 = ctx.next_tok(c0 + 1, j)
        if c0 < j and words[c0] == ",":
            c0 = ctx.next_tok(c0 + 1, j)
    if c0 < j and ctx.tag(c0) == "ADP":  # "Outside Dadu, a schoolteacher who …"
        comma = next((k for k in range(c0 + 1, min(j, c0 + 9)) if words[k] == ","), None)
        if comma is not None:
            c0 = ctx.next_tok(comma + 1, j)
    end = j if words[j] == "," else j + 1
    if end - c0 > MAX_RELATIVE_SUBJECT or end - c0 < 3:
        return None
    e0 = _subject_phrase_end(ctx, c0, end)
    if e0 is None or e0 >= end - 1 or lower[e0] not in OPEN_RELATIVES | {"where"}:
        return None
    if lower[e0] == "where":  # "The mayor of a town where many adults commute said": a
        # place's relative clause, its own subject and verb
        if not any(ctx.tag(k) in ("VERB", "AUX") for k in range(e0 + 2, end)):
            return None
        verb = next(k for k in range(e0 + 2, end) if ctx.tag(k) in ("VERB", "AUX"))
    else:
        verb = e0 + 1
    while lower[e0] == "whose" and verb < end - 1 and ctx.tag(verb) in WHOSE_NOUN_TAGS and not (
            verb > e0 + 1 and lower[verb].endswith("s") and ctx.tag(verb + 1) == "DET"):
        verb += 1  # "A farmer whose land was flooded said": the possessed noun first (and
        # "whose land straddles the road": a verb in "-s" before its object ends it)
    verbal = ctx.tag.alt_lex.get(lower[verb]) == "VERB" or (  # "A mother who works …"
        # "A producer who taps 14,000 trees", "a packer that bottles syrup": a plural
        # noun's form with an object after it is a verb ("the bill that lawmakers
        # passed": a subject, its verb after it)
        lower[verb].endswith("s") and ctx.tag(verb) == "NOUN" and verb + 1 < end
        and (ctx.tag(verb + 1) in ("NUM", "DET", "NOUN", "ADJ")
             # "A nurse who commutes from Cascais": after "who", unless a verb follows
             # ("the man who voters chose")
             or (lower[e0] == "who" and ctx.tag(verb + 1) not in ("VERB", "AUX")))
    )
    if ctx.tag(verb) not in ("VERB", "AUX", "ADV", "PART") and not verbal:
        return None  # "the bill that Republicans said …": the relative clause's subject
    restrictive = end
    description: tuple[int, int] | None = None
    # a hyphen inside a word ("a ground-floor flat") is no dash, unless a finite "be"
    # may be the sentence's own verb ("A mantra that worked … is ill-matched to …")
    joined = not any(lower[t] in ("is", "are", "was", "were") for t in range(verb + 1, end))
    for k in range(e0, end):
        if view.is_space[k] or ctx.in_quote[k] >= 0 or words[k] in TERMINAL:
            return None
        if words[k] in (";", ":", "(", ")") or (words[k] in DASH_TOKENS and not (
                joined and words[k] == "-" and view.starts[k] == view.ends[k - 1])):
            return None
        if words[k] == "," and description is None and _listed_in_relative(ctx, k, end, c0) and (
                lower[ctx.next_tok(k + 1, end)] not in CONTINUING_RELATIVES | {"who", "whose"}):
            continue  # "A vendor who has sold saltfish, ducana and soup since 1991 said"
        if words[k] == "," and description is None:
            # only a further relative clause may follow: ", and who asked not to be named,"
            nxt = ctx.next_tok(k + 1, end)
            if appositive_name(ctx, nxt, end):
                # "The auction house that listed it, Maison Verlaine, said": the name
                return (c0, k), (nxt, end)
            if nxt < end and lower[nxt] in CONTINUING_RELATIVES:
                nxt = ctx.next_tok(nxt + 1, end)
            if nxt >= end or lower[nxt] not in ("who", "whose"):
                return None
            restrictive = k
            description = (nxt, end)
        elif words[k] == ",":
            return None
    return (c0, restrictive), description


MAX_ASIDE = 40  # tokens of an aside between a subject and its verb
APPOSITIVE_NAME = 6  # the most tokens of a name set off after a relative clause


def appositive_name(ctx: Context, a: int, end: int) -> bool:
    """Are tokens ``a`` up to the comma at ``end`` a short capitalised name ("…, Maison
    Verlaine, said"; "&", "-" and lower-case particles inside: "Marks & Spencer"; "of"
    and a place or body: "Dimitris Karalis of Greece", "Bank of England")?"""
    words = ctx.view.words
    if not (a < end and end - a <= APPOSITIVE_NAME and words[end] == ","
            and words[a][:1].isupper() and words[end - 1][:1].isupper()):
        return False
    return all(w[:1].isupper() or w in ("&", "-", "'", "’", "de", "del", "la", "van", "von", "of")
               for w in words[a:end])


def aside_subject(ctx: Context, s0: int, comma: int) -> tuple[int, int] | None:
    """``SUBJECT, ASIDE, CUE``: the noun phrase that opens the sentence at ``s0`` when a
    comma follows it and the aside it opens runs to the ``comma`` right before the cue,
    an aside no appositive reader took apart ("Giovanni Maria Vian, the editor in chief
    of the Vatican's newspaper, L'Osservatore Romano, said", "The poll, released on
    Wednesday by the institute, showed", "Corey Lewandowski, a rival whom Trump fired,
    said"). None when the sentence opens otherwise, the aside is long, or it holds a
    sentence end, a colon or a quotation."""
    view = ctx.view
    lower = view.lower
    start = s0
    if lower[start] in CONNECTIVES and ctx.next_tok(start + 1, comma) < comma:
        start = ctx.next_tok(start + 1, comma)  # "But Giovanni Maria Vian, …, said"
    end = np_right(view, ctx.tag, start, comma)
    if end is None:
        return None
    head = end - 1
    for _ in range(3):  # "A projection by the consulting firm Oxford Economics, …"
        if end >= comma or lower[end] not in POSTMODIFIER_PREPS:
            break
        more = np_right(view, ctx.tag, ctx.next_tok(end + 1, comma), comma)
        if more is None:
            return None
        end = more
    if end >= comma or view.words[end] != "," or comma - end > MAX_ASIDE:
        return None
    if not (
        ctx.tag(head) in ("NOUN", "PROPN")
        or (lower[head] in SUBJECT_PRONOUNS and lower[head] not in ("it", "that", "which"))
    ):
        return None
    for m in range(end + 1, comma):
        q = ctx.in_quote[m]
        if q >= 0 and end < ctx.region_toks[q][0] and ctx.region_toks[q][1] <= comma:
            continue  # 'who described himself as "about as patient as a man can be",'
        if view.words[m] in TERMINAL or view.words[m] in (";", ":") or q >= 0:
            return None
    return start, end


# Verbs of a reporter's contact with the people it quotes, in a relative clause without
# a pronoun ("Residents the BBC spoke to said", "Analysts Reuters polled said").
CONTACT_VERBS = frozenset(["spoke", "talked", "interviewed", "polled", "surveyed",
                           "contacted", "reached", "consulted", "asked", "met", "quizzed"])
CONTACT_AUX = frozenset(["had", "has", "have"])
STRANDED = frozenset(["to", "with", "by"])
MAX_CONTACT_SUBJECT = 4  # tokens of the relative clause's own subject ("The Kigali Herald")


def contact_subject(ctx: Context, j: int, s0: int) -> tuple[int, int] | None:
    """A sentence-initial subject whose relative clause has no pronoun and ends at
    token ``j``, the last before the cue: a plural noun phrase, the reporter or outlet
    (a name or a pronoun), a verb of contact and a stranded preposition ("Four employees
    StackBeat spoke to said", "Voters we interviewed say"). The noun phrase is the
    source (the outlet is the clause's own subject), or None."""
    view = ctx.view
    lower, words = view.lower, view.words
    k = j - 1 if lower[j] in STRANDED else j
    if k <= s0 or lower[k] not in CONTACT_VERBS:
        return None
    k -= 1
    if k > s0 and lower[k] in CONTACT_AUX:
        k -= 1  # "Residents the paper has spoken to": "spoken" is no "spoke"; rare
    # the relative clause's subject: a pronoun, or a capitalised name (with "the")
    if lower[k] in NOMINATIVE:
        e0 = k
    else:
        e0 = k
        while e0 > s0 and k - e0 < MAX_CONTACT_SUBJECT and words[e0 - 1][:1].isupper():
            e0 -= 1
        if not words[k][:1].isupper():
            return None
        if lower[e0] in ("the",) or (e0 > s0 and lower[e0 - 1] == "the"):
            e0 = e0 if lower[e0] == "the" else e0 - 1
    head = e0 - 1
    c0 = ctx.next_tok(s0, e0)
    if c0 < head and lower[c0] in CONNECTIVES:
        c0 = ctx.next_tok(c0 + 1, head)
    # (a sentence's first word is capitalised whatever it is: "Residents", "Four")
    if head < c0 or (ctx.tag(head) != "NOUN" and head != c0) or not (
        words[head][:1].islower() or head == c0
    ) or not (lower[head].endswith("s") or lower[head] == "people"):
        return None
    for m in range(c0, head):
        if ctx.tag(m) not in ("DET", "NUM", "ADJ", "NOUN") and m != c0:
            return None
    return c0, head + 1


# Words before a count that approximate it ("about 4 in 10", "at least 21,000", "more
# than 1,200"); "than" and "least" stand for "more than", "at least".
APPROXIMATORS = frozenset(["about", "nearly", "almost", "roughly", "some", "only", "just",
                           "around", "over", "under", "least", "than", "fully"])
COUNT_OPENERS = frozenset([",", ";", ":", "and", "but", "while", "whereas"])


def count_subject(ctx: Context, j: int, s0: int) -> int | None:
    """The start of a count that is the subject of the cue after token ``j`` ("While 86
    percent had a favourable opinion of her, 43 said the same for Sanders", "at least
    21,000 said they would", "About 4 in 10 said"): a poll's or a crowd's respondents
    stand for their number. The count opens its clause (a sentence start, a comma or a
    conjunction before it); a year is none ("In 2012, 2013 said" does not occur)."""
    view = ctx.view
    lower = view.lower
    if ctx.tag(j) != "NUM" or not lower[j][:1].isdigit():
        return None
    k = j
    if j - 2 >= s0 and share_at(view, j):
        k = j - 2 if lower[j - 1] == "in" else j - 3  # "4 in 10", "3 out of 4"
    elif len(lower[j]) == 4 and lower[j][:2] in ("19", "20"):
        return None  # a year
    p = ctx.prev_tok(k, s0)
    while p >= s0 and lower[p] in APPROXIMATORS:
        if lower[p] in ("than", "least"):
            p = ctx.prev_tok(p, s0)  # "more than", "at least"
        k = p
        p = ctx.prev_tok(k, s0)
    if p >= s0 and lower[p] not in COUNT_OPENERS:
        return None
    return k
