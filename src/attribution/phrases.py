"""Noun phrases around a cue (where a speaker mention or an addressee begins and ends),
read with the coarse tagger (``tagger.py``). Quote rules, speaker resolution and hedges
share them.

A blank pipeline has no tagger, so the edges of a mention are found with the
most-frequent-tag evidence of ``data/words.tsv`` and closed-class lists, the way
early rule-based quotation extractors did (Pouliquen et al. 2007; Krestel et al. 2008):
a mention left of a cue runs back over nouns, names, adjectives, numbers and possessives
to its determiner, through "of"/"for"/"at" phrases ("a spokesman for the campaign");
one right of a cue runs forward the same way. When the Doc carries part-of-speech tags
from a statistical pipeline, those are used instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from .org_names import of_org_name, org_name_end
from .segment import DocView
from .tagger import MODALS as MODALS
from .tagger import POSSESSIVES as POSSESSIVES
from .tagger import QUOTE_TOKENS as QUOTE_TOKENS
from .tagger import Tagger as Tagger
from .word_forms import number_words, participle_form

SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "i", "we", "it", "you", "who", "which", "that",
                              "one"])
OBJECT_PRONOUNS = frozenset(["him", "her", "them", "me", "us", "it", "you"])
ARTICLES = frozenset(["a", "an", "the"])
# The subject pronouns that head a clause of their own ("they plan …"), not relatives.
NOMINATIVE = SUBJECT_PRONOUNS - {"who", "which", "that", "one", "it"}
NP_PREPS = frozenset(["of", "for", "at", "from", "with", "in", "on", "to"])
# Adjectives that carry a prepositional phrase inside a source's noun phrase.
NP_LINK_ADJ = frozenset(["familiar", "close", "briefed", "knowledgeable", "involved", "opposed",
                         "loyal", "aware"])
# Adverbs of time between a noun and its post-modifier ("a broker now under protection").
TIME_ADVERBS = frozenset(["now", "currently", "still", "formerly", "once", "then"])
# What stands between a head noun and its complement ("close to", "a nurse still at").
NP_LINKS = NP_LINK_ADJ | TIME_ADVERBS
NP_INNER = frozenset({"-", "&", "'s", "’s", "s", "’", "'", ".", "/"})
KNOWING = frozenset(["knowledge", "direct", "firsthand", "first-hand", "detailed"])
NP_NEXT = ("DET", "PROPN", "NOUN", "ADJ", "NUM")
SURVEYED = frozenset(["surveyed", "polled", "questioned", "interviewed", "asked", "sampled"])
CONTENT_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
# Quantifiers that stand for several people when they stand alone ("Others said", "Both
# oppose"); "another", "each", "one" stand for one.
PLURAL_QUANTIFIERS = frozenset(["others", "some", "many", "several", "both", "all", "few", "most"])
# What heads a partitive subject ("one of them", "each of us", "some of them").
PARTITIVE_HEADS = PLURAL_QUANTIFIERS | {"one", "each", "none", "either", "neither", "any"}
# Heads of a partitive that pick one member ("one of them"); the others pick several.
SINGULAR_PARTITIVES = frozenset(["one", "each", "either", "neither", "none", "any"])


def acronym_gloss(words: Sequence[str], o: int, hi: int) -> bool:
    """Does an acronym glossed in brackets open at token ``o``, closing before ``hi``
    ("… assessment (EIA) submitted", "… Corporation (BMC) report")?"""
    return (o >= 0 and o + 2 < hi and words[o] == "(" and words[o + 2] == ")"
            and words[o + 1].isupper())


def is_pronoun_case(word: str) -> bool:
    """ "he", "He", "I" are pronouns; "US" (the country) is not "us"."""
    return word.islower() or word == word.capitalize() or word == "I"


def hyphen_joined(view: DocView, i: int) -> bool:
    """Is token i glued to a hyphen before it ("conservative-leaning", "46-year-old")?"""
    return (
        i >= 2
        and view.words[i - 1] == "-"
        and view.starts[i] == view.ends[i - 1]
        and view.starts[i - 1] == view.ends[i - 2]
    )


# The particles that end a hyphenated compound noun ("stand-up", "runner-up", "passer-by").
HYPHEN_PARTICLES = frozenset(["up", "on", "by", "in", "off", "out", "down", "over"])


def is_nominal(tag: str) -> bool:
    return tag in ("NOUN", "PROPN")


# The numbers of a poll's share ("four in 10", "nine out of ten"); digits count too.
SHARE_NUMBERS = frozenset(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty"]
)


def _numberish(word: str) -> bool:
    return word[:1].isdigit() or word in SHARE_NUMBERS


def share_at(view: DocView, i: int) -> bool:
    """Does the number at token ``i`` close a share: "four in 10", "3 out of 4"?"""
    lower = view.lower
    if not _numberish(lower[i]):
        return False
    if lower[i - 1] == "in":
        first = i - 2
    elif lower[i - 1] == "of" and i - 3 >= 0 and lower[i - 2] == "out":
        first = i - 3
    else:
        return False
    return first >= 0 and _numberish(lower[first])


def percent_of(view: DocView, a: int, b: int) -> bool:
    """Do tokens ``a .. b-1`` open with a percentage of a group: "Seventy-four percent of
    Democratic voters", "40% of residents", "half of" not?"""
    lower = view.lower
    k = a
    while k < min(b, a + 5) and (lower[k][:1].isdigit() or lower[k] == "-" or (
            lower[k] in number_words())):
        k += 1
    if k == a or k >= b:
        return False
    if lower[k] == "per" and k + 1 < b and lower[k + 1] == "cent":
        k += 1
    elif lower[k] not in ("percent", "%"):
        return False
    return k + 2 < b and lower[k + 1] == "of"


def np_left(view: DocView, tag: Tagger, end: int, lo: int, max_len: int = 14) -> int | None:
    """Start of the noun phrase that ends just before token ``end`` (not before ``lo``)."""
    i = end - 1
    if i < lo:
        return None
    lower = view.lower
    if (
        lower[i] in SUBJECT_PRONOUNS
        and is_pronoun_case(view.words[i])
        and tag(i) in ("PRON", "DET", "SCONJ", "NUM")
    ):
        return i
    if (
        lower[i] in ("them", "us", "whom")
        and i - 2 >= lo
        and lower[i - 1] == "of"
        and (tag(i - 2) == "NUM" or lower[i - 2] in PARTITIVE_HEADS)
    ):
        return i - 2  # "one of them said", "most of us think", "all of whom said"
    if lower[i] in SURVEYED and i - 1 >= lo:
        # "those surveyed", "voters polled": a participle closing the subject.
        if lower[i - 1] == "those":
            return i - 1
        if tag(i - 1) == "NOUN":
            return np_left(view, tag, i, lo, max_len)
    t = tag(i)
    if i - 2 >= lo and share_at(view, i):
        # "Four in 10 said", "three out of four say": a poll's share is the source.
        i -= 2 if lower[i - 1] == "in" else 3
        t = tag(i)
    if t == "PUNCT" and view.words[i] == ")":
        # "the Institute for the Study of War (ISW)": step over a short parenthesis.
        k = i - 1
        while k >= lo and k > i - 8 and view.words[k] != "(":
            k -= 1
        if k < lo or view.words[k] != "(" or k - 1 < lo:
            return None
        i = k - 1
        t = tag(i)
    if t == "NUM" and i - 1 >= lo and view.words[i - 1][:1].isupper() and is_nominal(tag(i - 1)):
        t = "PROPN"  # "Teamsters Local 413", "Apollo 11": a number closing a name
    elif t in ("ADJ", "VERB") and i - 1 >= lo and (tag.noun_reading(i) or (
            t == "ADJ" and lower[i - 1] == "of" and view.words[i][:1].islower()
            and (end >= len(lower) or tag(end) not in ("NOUN", "ADJ", "PROPN")))):
        # "the chief executive said", "the public said": an adjective's noun; "the
        # host of the show said": a verb's noun after a determiner; "the head of retail"
        t = "NOUN"
    if (
        not is_nominal(t)
        and lower[i] not in tag.indefinite
        and lower[i] != "general"
        and not hyphen_joined(view, i)
    ):
        return None
    k = i
    while k - 1 >= lo and end - (k - 1) <= max_len:
        j = k - 1
        w = lower[j]
        tj = tag(j)
        if view.is_space[j]:
            break
        if w == ")" and j - 3 >= lo and view.words[j - 2] == "(" and (
            view.words[j - 1].isupper() and view.words[j - 3][:1].isupper()
            and view.words[k][:1].isupper()
        ):
            k = j - 3  # "Special Relief Commissioner (SRC) Sanjukta Behera": an acronym
            continue
        if (
            w == ","
            and j - 2 >= lo
            and tag(j - 2) == "DET"
            and (tag(j - 1) == "ADJ" or (tag(j - 1) == "VERB" and lower[j - 1].endswith("ed")))
        ):
            k = j - 1  # "the bespectacled, 71-year-old diplomat": adjectives before one noun
            continue
        if w in ("in", "of") and share_at(view, j + 1) and j - 1 >= lo:
            k = j - 1 if w == "in" else j - 2  # "Six in 10 Republicans"
            continue
        if (
            tj in CONTENT_TAGS
            or (w in NP_INNER and j - 1 >= lo and tag(j - 1) != "PUNCT")
            or (hyphen_joined(view, j) or (j + 2 <= i and hyphen_joined(view, j + 2)))
        ):
            if w in ("'s", "’s") and tj not in ("PART", "NOUN", "PROPN"):
                break
            if tj == "ADJ" and view.words[j][0].islower() and w.endswith("ing"):
                pass
            k = j
            continue
        if tj == "VERB" and view.words[j][:1].islower() and is_nominal(tag(k)) and not (
                w.endswith("ing")) and (
                j - 1 >= lo and tag(j - 1) == "PROPN" and tag.noun_reading(j)):
            k = j  # "a member of the Horizon shore team": a noun between a name and its head
            continue
        if (
            tj == "VERB"
            and (w.endswith("ing") or participle_form(w))  # ("the judges' written decision")
            and j - 1 >= lo
            and (
                tag(j - 1) == "DET" or lower[j - 1] in POSSESSIVES
                or lower[j - 1] in ("'s", "’s")
                # a plural's possessive: "The Democrats’ leading candidate"
                or (lower[j - 1] in ("'", "’") and j - 2 >= lo and lower[j - 2].endswith("s"))
                or (tag(j - 1) == "ADJ" and j - 2 >= lo
                    and (tag(j - 2) == "DET" or lower[j - 2] in POSSESSIVES))
            )
        ):
            # "the acting chief executive", "the ruling party", "its chief operating
            # officer": a participle's noun
            k = j
            continue
        if tj == "DET" or w in POSSESSIVES or (
            # "One of those voters": a pronoun the lexicon knows as a determiner too,
            # before the phrase's first noun
            tag.alt_lex.get(w) == "DET" and j + 1 == k and is_nominal(tag(k))
        ):
            k = j
            # "a spokesman for the campaign", "a report by the inspector general",
            # "a source familiar with the talks": carry on through the phrase.
            if j - 2 >= lo and end - (j - 2) <= max_len:
                p, before = lower[j - 1], lower[j - 2]
                if (p in ("of", "for", "at", "from", "by") and is_nominal(tag(j - 2))) or (
                    p in ("with", "to", "on", "about", "in") and before in NP_LINK_ADJ
                ) or (p == "of" and tag(j - 2) == "NUM" and before.isalpha()):
                    # "One of the cooks, who …, says", "two of the workers said": a
                    # partitive's number word
                    k = j - 1
                    continue
            break
        if (
            w in NP_PREPS
            and w not in ("to", "in", "on", "with")
            and j - 1 >= lo
            and is_nominal(tag(j - 1))
        ):
            k = j
            continue
        if w in ("with", "to", "on", "about", "in") and j - 2 >= lo and lower[j - 1] in NP_LINK_ADJ:
            k = j - 1  # "a source familiar with the talks", "people close to the president"
            continue
        if w == "by" and j - 1 >= lo and is_nominal(tag(j - 1)):
            k = j  # "a report by the inspector general"
            continue
        if w in NAME_INNER and j - 1 >= lo and _inside_name(view, tag, j, lo):
            k = j  # "Board of Control for Cricket in India", "Hidrovias do Norte"
            continue
        if (
            w == "and"
            and j - 1 >= lo
            and is_nominal(tag(j - 1))
            and tag(k) in ("ADJ", "PROPN", "NOUN")
            and view.words[k][:1].isupper()
        ):
            k = j  # "the Florida senator and Republican presidential candidate"
            continue
        if w == ")" or w == "(":
            break
        break
    while k <= i and (lower[k] in NP_PREPS or view.words[k] in NP_INNER):
        k += 1
    if k > i:
        return None
    return k


# Lower-case words inside a capitalised name: prepositions of English organisation
# names (after their head), and particles of Romance names ("Banco do Brasil").
ROMANCE_PARTICLES = frozenset(["do", "da", "dos", "das", "de", "del", "di", "du", "della", "dello",
                               "delle", "degli", "dei", "yr",  # (and Welsh "Cymdeithas yr Iaith")
                               "i", "e"])  # (joining surnames: "Vilaró i Pons", "Silva e Costa")
NAME_INNER = ROMANCE_PARTICLES | {"in", "for", "on", "to"}
# Heads of bodies named with their seat: "the High Court in Dublin", "… Office in Kotor".
SEATED_HEADS = frozenset(["court", "embassy", "consulate", "tribunal", "mission", "office"])


def _inside_name(view: DocView, tag: Tagger, j: int, lo: int) -> bool:
    """Is the lower-case word at ``j`` inside a capitalised name: capitalised words on
    both sides, the one before no sentence's first, and for an English preposition an
    organisation's head among the six words before it ("Board of Control for …")?"""
    words = view.words
    if j + 1 >= len(words) or not (words[j - 1][:1].isupper() and words[j + 1][:1].isupper()):
        return False
    if view.lower[j] in ROMANCE_PARTICLES and is_nominal(tag(j - 1)) and (
            words[j] not in ("I", "E")):  # (a headline's "… I …" is no particle)
        return True  # (no English word: "Why do Americans" has "do" after no noun)
    if j - 1 == view.sents[view.sent_of[j - 1]][0] or not is_nominal(tag(j - 1)):
        return False
    if view.lower[j] == "to":  # "Right to Life Coalition": a head after it
        return any(w in tag.org_heads for w in view.lower[j + 1 : j + 5])
    before = view.lower[max(lo, j - 6) : j]
    if view.lower[j] == "in" and "for" not in before:
        # "in" after "for" ("… for Cricket in India") or right after the head of a body
        # that sits in a place ("the Administrative Court in Karlstad", "the US Embassy
        # in Moscow"): no "Bank in Leeds" of one's own name
        return before[-1] in tag.org_heads and before[-1] in SEATED_HEADS
    return any(w in tag.org_heads for w in before)


def _participle_after_noun(view: DocView, tag: Tagger, k: int, hi: int) -> bool:
    """Is token ``k``, after a noun, a participle that the word lexicon lacks, before a
    preposition or an article ("The woman crouching between the rows", not "the rice
    smuggling probe" nor a gerund after a preposition)? The news' nouns in "-ing" are in
    the lexicon ("briefing")."""
    w = view.lower[k]
    return (
        w.endswith("ing") and len(w) > 5 and view.words[k].islower()
        and tag.pos_lex.get(w) is None and k + 1 < hi
        and tag(k - 1) != "ADP"  # "the victim of cyberbullying": a gerund, a noun
        and tag(k + 1) in ("ADP", "DET")
    )


def np_right(view: DocView, tag: Tagger, start: int, hi: int, max_len: int = 14) -> int | None:
    """End (exclusive) of the noun phrase that begins at token ``start`` (before ``hi``)."""
    if start >= hi:
        return None
    lower = view.lower
    w0 = lower[start]
    if (
        (w0 in OBJECT_PRONOUNS or w0 in SUBJECT_PRONOUNS)
        and w0 not in ("that", "which", "who", "one")
        and is_pronoun_case(view.words[start])
        # "her lawyers": a possessive determiner, not the object pronoun
        and not (w0 == "her" and start + 1 < hi and tag(start + 1) in ("NOUN", "ADJ"))
    ):
        return start + 1
    k = start
    if w0 in tag.indefinite and (start + 1 >= hi or tag(start + 1) == "PUNCT"):
        return start + 1  # '“…,” tweeted another.'
    if (
        w0 in tag.indefinite
        and start + 2 < hi
        and view.lower[start + 1] in ("of", "on", "in", "at", "from", "among", "within")
    ):
        # "some on Twitter", "many in the party", "others among his aides"
        end = np_right(view, tag, start + 2, hi, max_len)
        if end is not None:
            return end
    if tag(k) == "DET" or lower[k] in POSSESSIVES:
        k += 1
    elif w0 in ("one", "another") and k + 1 < hi and tag(k + 1) in ("ADV", "VERB", "ADJ"):
        k += 1  # "one well-connected Democrat", "another senior official"
    head = -1
    while k < hi and k - start < max_len:
        t = tag(k)
        w = lower[k]
        if view.is_space[k]:
            break
        if w in ("most", "more", "very", "least", "less") and k + 1 < hi and tag(k + 1) == "ADJ":
            k += 1
            continue
        if k + 2 < hi and lower[k + 1] == "-" and lower[k + 2] in HYPHEN_PARTICLES and (
                hyphen_joined(view, k + 2)) and view.words[k][:1].isalpha():
            head, k = k + 2, k + 3  # "the stand-up", "the runner-up": a particle compound
            continue
        if t in CONTENT_TAGS:
            if head >= 0 and _participle_after_noun(view, tag, k, hi):
                break  # "The woman | crouching between the rows …"
            if is_nominal(t) or hyphen_joined(view, k) or (
                t == "NUM" and lower[k - 1] == "of"
                and (k + 1 >= hi or lower[k + 1] in ("who", "whose", ","))
            ):
                head = k  # (a number closing "of" heads its phrase: "A mother of three")
            k += 1
            continue
        if t == "VERB" and w.endswith("ing") and k > start and k + 1 < hi and (
            tag(k + 1) == "NOUN" and tag(k - 1) in ("ADJ", "DET")
            and tag.model_tags is not None and tag.pos_lex.get(w) is None
        ):
            k += 1  # "A 58-year-old signalling technician": a model's participle tag of a
            continue  # word the lexicon lacks (the rules call it a noun)
        if t == "VERB" and w.endswith("ing") and head < 0 and k > start and k + 1 < hi and (
            tag(k + 1) in ("NOUN", "PROPN", "ADJ")
            and (tag(k - 1) == "DET" or lower[k - 1] in POSSESSIVES or lower[k - 1] == "another")
        ):
            k += 1  # "the leading Supreme Court advocate", "another visiting professor": a
            continue  # participle between a determiner and its noun modifies the noun
        if (
            t == "VERB"
            and w.endswith("ed")
            and (head < 0 or lower[k - 1] == "of")
            and k + 1 < hi
            and (tag(k + 1) in CONTENT_TAGS or lower[k + 1] == "-")
        ):
            k += 1  # "retired neurosurgeon Ben Carson", "well-connected Democrat"
            continue
        if w in ("elect", "designate") and k > start and lower[k - 1] == "-":
            k += 1  # "Mayor-elect Zohran Mamdani": the title's suffix
            continue
        if k > start and k + 1 < hi and tag(k + 1) in ("NOUN", "ADJ") and (
                (t == "VERB" and hyphen_joined(view, k)) or (w == "-" and k + 2 < hi and (
                    hyphen_joined(view, k + 1) and tag(k + 1) == "VERB"
                    and tag(k + 2) in ("NOUN", "ADJ")))):
            k += 1  # "the city's best-known venue": a compound's participle, its noun after
            continue
        if t == "ADV" and head < 0 and k + 2 < hi and hyphen_joined(view, k + 2):
            k += 2  # "well-connected", "long-serving": the compound's first half
            continue
        if (
            w in NP_INNER
            and k > start
            and tag(k - 1) in CONTENT_TAGS
            and k + 1 < hi
            and tag(k + 1) != "PUNCT"
        ):
            k += 1
            continue
        if (
            w in ("'s", "’s") and k == head + 1 and view.words[head][:1].isupper()
            and view.starts[k] == view.ends[head]
            and (k + 1 >= hi or lower[k + 1] in (".", ",", ";", ":", ")", "!", "?"))
        ):
            return k + 1  # "…, said McDonald's.": a firm's name, no possessive
        if (
            w in ("and", "&")
            and head == k - 1
            and view.words[k - 1][:1].isupper()
            and (end := org_name_end(view, tag.org_heads, k + 1, hi)) is not None
        ):
            head, k = end - 1, end  # "the Agriculture and Horticulture Development Board"
            continue
        if w == "and" and of_org_name(view, tag.org_heads, start, k, hi):
            k += 1  # "the Association of Avocado Producers and Packers of Michoacán"
            continue
        if (
            t == "VERB" and w.endswith("ed") and head >= 0 and k + 2 < hi
            and lower[k + 1] == "by" and tag(k + 2) in ("DET", "PROPN")
        ):
            k += 2  # "data compiled by MarketSight": a participle and its agent
            continue
        if (
            w in ("with", "to", "on", "about", "in")
            and head >= 0
            and lower[k - 1] in NP_LINK_ADJ
            and k + 1 < hi
            and tag(k + 1) in ("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON")
        ):
            k += 1  # "people familiar with the negotiations", "an aide close to him"
            if tag(k) == "DET" or lower[k] in POSSESSIVES:
                k += 1
            continue
        if w == "(" and head >= 0:
            m = k + 1
            while m < hi and m - k < 8 and view.words[m] != ")":
                m += 1
            if m < hi and view.words[m] == ")":
                k = m + 1
                continue
            break
        if (
            head >= 0 and k + 1 < hi
            # "people with knowledge of the talks"
            and (w in ("of", "for", "at", "from") or (w == "with" and lower[k + 1] in KNOWING))
            and (tag(k + 1) in NP_NEXT or lower[k + 1] in POSSESSIVES or (
                # a headline's "owner of shuttered Short North restaurant"
                w == "of" and tag(k + 1) == "VERB" and lower[k + 1].endswith("ed")
                and k + 2 < hi and tag(k + 2) in NP_NEXT
            ))
        ):
            k += 1
            if tag(k) == "DET" or lower[k] in POSSESSIVES:
                k += 1
            continue
        break
    if (
        head >= 0 and k - 1 > head and k < hi and tag(k - 1) == "ADJ" and tag(k) == "VERB"
        and participle_form(lower[k])
        and lower[start] in ("a", "an", "the")
    ):
        head = k - 1  # "A BCCI circular sent to …": an adjective's noun before a participle
    elif k - 1 > max(head, start) and tag(k - 1) == "ADJ" and tag.noun_reading(k - 1):
        head = k - 1  # "said the union chief.", "The chief executive": a noun tagged ADJ
    if head < 0:
        return None
    return head + 1
