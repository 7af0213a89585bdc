"""Closed classes mention typing reads (``typer.py``): determiners, ordinals, entity
labels, post-nominal letters, name suffixes and the pronoun classes of the speaker
lexicon."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..phrases import PLURAL_QUANTIFIERS, ROMANCE_PARTICLES, SHARE_NUMBERS, acronym_gloss

DETERMINERS = frozenset(
    ["the", "a", "an", "another", "this", "that", "these", "those", "his", "her", "their",
     "its", "our", "my", "your", "whose"]
)
PERSON_ENTS = frozenset({"PERSON"})
ORDINALS = frozenset([
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "nineteenth",
])
ORG_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
# Majority tags of a capitalised word that is no name alone ("Born:", "Story continues").
NOT_NAMES = frozenset(["VERB", "AUX", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART"])
# Letters after a person's name that are no part of it: honours, a barrister's rank,
# an elected office ("… KC", "… MP", "… OBE").
POST_NOMINALS = frozenset(["KC", "QC", "SC", "MP", "MSP", "MLA", "MPP", "MS", "TD", "OBE",
                           "MBE", "CBE", "KBE", "DBE", "FRS", "PhD",
                           # the members of the Commonwealth's other legislatures (Isle of
                           # Man's Keys and Council, Newfoundland's and Quebec's assemblies,
                           # the European Parliament) and honours of its orders
                           "MHK", "MLC", "MHA", "MNA", "MEP", "AO", "CMG", "KCMG", "GCMG",
                           "CVO", "LVO", "MVO", "ONZM", "MNZM", "CNZM", "JP"])
# Determiners before a body's member's title that make the member unnamed ("a Labour MP").
UNNAMED_DETS = frozenset(["a", "an", "one", "another"])
# Quantifiers that never precede a person's name ("more Olympic champions").
QUANTIFIERS_BEFORE = frozenset(["more", "most", "many", "some", "few", "fewer", "several",
                                "other", "all"])
# Name suffixes that belong to the name but are no surname: "Brent Bozell III".
NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])
# Particles of a patronymic, after which come the father's title and name ("Siti
# Norhayati binti Haji Abdullah", "Ramli bin Sulaiman").
PATRONYMICS = frozenset(["bin", "binti", "bint", "ibn", "bte"])


def title_reach(lower: Sequence[str], toks: Sequence[int]) -> int:
    """How many of a name run's first tokens may be the person's titles: not its
    suffixes ("Jr"), nor what follows a patronymic's particle (the father's title:
    "binti Haji Abdullah")."""
    last = len(toks) - 1
    while last > 0 and lower[toks[last]] in NAME_SUFFIXES:
        last -= 1
    return next((n for n in range(1, last) if lower[toks[n]] in PATRONYMICS), last)
PRONOUN_CLASSES = (
    ("pron_he", "m", False, "person"),
    ("pron_she", "f", False, "person"),
    ("pron_i", "", False, "person"),
    ("pron_you", "", False, "person"),
    ("pron_we", "", True, "organization"),
    ("pron_they", "", True, "anonymous"),
    ("pron_it", "", False, "organization"),
)
# Round numbers of a crowd before "of" ("Hundreds of Quechua farmers"): the people
# after "of" are the source.
MANY = frozenset(["hundreds", "thousands", "dozens", "scores", "millions", "tens"])


def nameless(word: str) -> bool:
    """Does a word alone say a source is unnamed ("unnamed", "anonymous", "unidentified",
    "undisclosed"), unlike the quantifiers and plural heads of the lexicon's
    ``anon_marker`` class ("others", "some", "officials")?"""
    return word.startswith(("anonym", "unnamed", "unidentified", "undisclosed"))

# Words that make a number approximate before a plural subject ("More than 30 …"), with
# the word each takes before the number ("" for none).
APPROXIMATORS = {"more": "than", "fewer": "than", "less": "than", "at": "least", "up": "to",
                 "nearly": "", "almost": "", "about": "", "around": "", "roughly": "",
                 "some": ""}
# What stands right before an approximate number in a group's name ("More than 30
# stallholders", "nearly 200"; not "up to 10,000 people", "some 40 residents", which
# keep their number).
APPROXIMATE = frozenset(["than", "nearly", "almost", "about", "around", "roughly", "least"])
SHARES = frozenset(["percent", "per", "%", "points"])  # "about 9 percent": a share, no count
COUNT_WORDS = frozenset(["hundred", "thousand", "dozen", "million"])  # "several hundred"


def quantity(lower: Sequence[str], k: int) -> bool:
    """Is token ``k`` a quantifier an anonymous group's name goes without ("three people
    familiar with …" is "people familiar with …"), or an approximate count of it ("More
    than 30 stallholders …" are "stallholders …"; not "31 speakers", "about 9 percent")?"""
    w = lower[k]
    if w in COUNT_WORDS and k > 0 and (lower[k - 1] in SHARE_NUMBERS or (
            lower[k - 1] in PLURAL_QUANTIFIERS or lower[k - 1][:1].isdigit())):
        return True  # "Several hundred drivers", "two thousand workers": a count
    return w in SHARE_NUMBERS or w in PLURAL_QUANTIFIERS or (
        k > 0 and lower[k - 1] in APPROXIMATE and w[:1].isdigit() and w.replace(",", "").isdigit()
        and k + 1 < len(lower) and lower[k + 1] not in SHARES
    )


# Newspaper words of other languages that open a masthead ("Diario Financiero", "Jornal
# Nacional", "Corriere Fiorentino", "Gazeta Wyborcza"): an outlet's name, not a person's.
# (and the Portuguese article of "O Globo", "O Tempo", "O Estado de S. Paulo")
FOREIGN_MASTHEADS = frozenset(["Diario", "Diário", "Jornal", "Folha", "Gazeta", "Gazzetta",
                               "Corriere", "Dagens", "Dagblad", "Dagbladet", "O"])


def masthead(words: Sequence[str], lows: Sequence[str], media_suffix: frozenset[str]) -> bool:
    """Is the name ``words`` (``lows`` lower-cased) an outlet's: one that ends with a
    newspaper word ("Chicago Tribune"), has one before a Romance particle ("Gazzetta dello
    Sport", "Folha de S.Paulo"), or opens with another language's ("Diario Financiero")?"""
    return len(words) > 1 and (words[-1] in media_suffix or words[0] in FOREIGN_MASTHEADS or any(
        words[i] in media_suffix and lows[i + 1] in ROMANCE_PARTICLES
        for i in range(min(2, len(words) - 1))))


# Hyphenated endings after a role noun that say when its holder holds it: "MP-elect",
# "nominee-in-waiting", "minister-designate"; the role is the noun before them.
ROLE_SUFFIXES = (("elect",), ("designate",), ("in", "-", "waiting"), ("to", "-", "be"))


# A headline's capitalised reporting verb in the present, which ends the name before it
# ("Hillary Clinton Says EgyptAir Crash Seems Like …"); not a past form, which may be a
# name ("Rehema Said Kombo").
HEADLINE_REPORTS = frozenset(["Says", "Tells", "Warns", "Claims", "Urges", "Vows", "Insists",
                              "Admits", "Denies", "Slams", "Blasts", "Announces", "Confirms",
                              "Reveals", "Predicts"])


def without_role_suffix(lower: Sequence[str], words: Sequence[str], a: int, b: int) -> int:
    """The end of the mention ``a .. b-1`` without a role's hyphenated ending, or
    before a headline's reporting verb after its first word."""
    b = next((k for k in range(a + 1, b) if words[k] in HEADLINE_REPORTS), b)
    for suffix in ROLE_SUFFIXES:
        n = len(suffix)
        if b - a > n + 1 and tuple(lower[b - n : b]) == suffix and words[b - n - 1] == "-":
            return b - n - 1
    return b

# A player by ranking: "the world No 2", "the No. 1 seed", "the world number one".
RANK = regex.compile(
    r"(?:(?:the|The) )?(?:(?:\p{Lu}\p{Ll}+ )?world |women's |men's )?(?:No\.?|[Nn]umber) "
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)(?: seed)?\Z")


# Words that open a post-modifier after a glossed acronym ("(EIA) submitted to").
GLOSS_FOLLOWERS = frozenset(["of", "for", "by", "from", "on", "in", "to", "at", "with", "who",
                             "which", "that"])


def gloss_cut(words: Sequence[str], a: int, b: int) -> int:
    """The end of a mention ``a .. b-1`` before an acronym glossed in brackets inside it
    and the post-modifier after it ("An environmental impact assessment (EIA) submitted
    to the department": the assessment; not "A … Corporation (BMC) report"), else
    ``b``."""
    for o in range(a + 1, b - 3):
        if acronym_gloss(words, o, b) and (
                words[o + 3].endswith("ed") or words[o + 3] in GLOSS_FOLLOWERS):
            return o
    return b


# Title nouns that end an office's capitalised name and no person's ("Rural Affairs
# Secretary", "Health Minister"; not "Bishop", "King", surnames too).
OFFICE_ENDS = frozenset(["secretary", "minister", "commissioner", "ombudsman", "spokesperson",
                         "spokesman", "spokeswoman", "chairperson", "chairwoman", "treasurer"])
