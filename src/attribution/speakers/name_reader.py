"""Reading the proper name inside a speaker mention: the run of capitalised words,
initials and name particles that ends the phrase ("Hamid al-Tayeb", "Frederick W Kagan"),
an organisation's name through "of", "for", "and", "the" and an office's possessive
("Bureau of Meteorology", "the Sheriff's Office"), a headline's verbs left out.
:class:`NameReader` holds the word tests mention typing (:mod:`.typer`) builds on."""

from __future__ import annotations

from ..phrases import SEATED_HEADS, TIME_ADVERBS
from ..resources import Resources
from ..segment import DocView
from ..word_forms import participle_form
from .appositions import DATA_NOUNS
from .casing import Casing
from .name_shapes import common_noun_form, numbered, office_word
from .names import BREAK_TAGS, POSSESSIVE, nickname_open, okina
from .typer_words import DETERMINERS, PATRONYMICS, nameless
from .wordsets import WordSets

NAME_PARTICLES = frozenset(  # lower-case, inside a name ("Hamid al-Tayeb", "von der Leyen")
    ["al", "el", "bin", "binti", "ibn", "bint", "wa", "van", "von", "de", "da", "del", "della",
     "di", "du", "dello", "delle", "degli", "dei",
     "la", "le", "des", "do", "dos", "das", "der", "den", "ter", "ten", "y", "zu", "ng", "ap",
     "ab", "yr", "i", "e"]
)
# Tags of a capitalised word that opens no name ("In Pola", "And Ruto said").
LEADING_TAGS = frozenset(["ADP", "CCONJ", "SCONJ"])
PEOPLE = frozenset(["women", "men", "children", "people"])  # "People Power's …": no saint
# Prepositions after the head of a mention: "a spokesman for the campaign".
HEAD_PREPS = frozenset(
    ["of", "for", "at", "from", "with", "in", "to", "by", "on", "about", "across", "around",
     "throughout", "near", "outside", "inside", "beside", "behind", "along", "among", "within"]
)
# Lower-case words inside an organisation's name ("Institute for the Study of War").
# (and French ones: "Association des Hôteliers et Restaurateurs de l'île Maurice")
NAME_CONNECTORS = frozenset(["of", "for", "and", "the", "on", "des", "du", "de", "et", "pour"])
ELIDED = ("l'", "d'", "l’", "d’")  # an elided article opening a name's word ("l'île")
# The words that join a group's members to its cause in its name ("Veterans for Peace").
CAUSE_WORDS = frozenset(["for", "against", "without"])


def regular_singular(w: str) -> str:
    """The singular of a regular plural ("coaches" → "coach"), or ``w`` itself."""
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


# Outlets' nouns that open a sentence before the outlet's name, as no outlet's name
# begins ("Broadcaster NTV reported"; not "Daily Mail", "Channel Nine", "Network Rail").
INITIAL_MEDIA_NOUNS = frozenset(["broadcaster", "newspaper", "tabloid", "magazine", "website",
                                 "outlet", "broadsheet"])

class NameReader:
    """The word tests and name runs of one document's mentions."""

    def __init__(self, view: DocView, res: Resources) -> None:
        self.view = view
        self.lex = res.speakers
        self.sets = WordSets.of(res.speakers)
        self.words = res.words
        self.casing = Casing(view, res.words)

    def ent_label(self, i: int) -> str:
        """The word lexicon's entity label of token i's word ("" for none), not the
        pipeline's: a small model's lose names of many origins ("Siddharth Kulkarni" a
        facility; docs/evaluation.md, twelfth session)."""
        return self.words.ent.get(self.view.words[i], "")

    def is_cap(self, i: int) -> bool:
        return self.view.words[i][:1].isupper()

    def split_apposition(self, a: int, b: int) -> tuple[int, tuple[int, int]] | None:
        """``(name end, description range)``: "Matthew Prince, chief executive of X"."""
        words = self.view.words
        if self.view.lower[b - 1] in self.sets.org_head and all(  # "Environment, … Ministry"
                self.is_cap(i) or words[i] in ("and", ",") for i in range(a, b)):
            return None
        for c in range(a + 1, min(b - 1, a + 7)):
            if words[c] == ",":
                if all(self.is_cap(i) or words[i] in (".", "-", "'") for i in range(a, c)):
                    d1 = b - 1 if words[b - 1] == "," else b
                    if d1 > c + 1:
                        return c, (c + 1, d1)
                return None
        return None

    def postmodifier_at(self, p: int) -> bool:
        """Does a relative clause or participle phrase start at ``p`` ("residents who …")?"""
        lower, pos = self.view.lower, self.words.pos
        prev, w, nxt = lower[p - 1], lower[p], lower[p + 1]
        if not prev.isalpha() or prev in DETERMINERS:
            return False
        if w in ("who", "whom", "whose", "which") or (w == "that" and pos.get(nxt) == "VERB") or (
            w in TIME_ADVERBS and p + 2 < len(lower) and self.postmodifier_at(p + 1)
        ):
            return True  # "The auction house that listed it", "families still living in"
        # "a memo dated 2 March", "a report released Tuesday by", "a circular sent to"
        return (w.endswith("ing") or participle_form(w)) and pos.get(w) in ("VERB", None) and (
            nxt in DETERMINERS or nxt in ("to", "ahead", "prior") or pos.get(nxt) == "ADP"
            or nxt in self.sets.time or nxt[:1].isdigit())

    def is_courtesy(self, i: int) -> bool:
        """A title of courtesy ("Ms", "Mr.", "Dr"), which says nothing of a role?"""
        return self.view.lower[i].rstrip(".") in self.sets.courtesy

    def is_title(self, i: int) -> bool:
        """An honorific or title ("Lt" "." split by the tokenizer counts as "Lt.")."""
        stem = (low := self.view.lower[i]).rstrip(".")
        if stem not in self.sets.title_stem:
            return False  # each test below finds a title of this stem: most words have none
        titles = self.sets.title
        return low in titles or stem in titles or (
            low + "." in titles and i + 1 < len(self.view.words) and self.view.words[i + 1] == "."
        )

    def titled(self, i: int) -> bool:  # a title or role word ("Sen.", "adviser")
        return self.is_title(i) or self.view.lower[i] in self.sets.role

    def office_end(self, toks: list[int]) -> int:
        """Where the name starts in a run that opens with an office ("Minister for
        National Development Leong Shu Fen", "Senior Minister of State for Health
        Muhammad Faizal Ismail"): after the title, "of"/"for" and the capitalised common
        words of the portfolio, the first word the word lexicon knows as no common
        noun or adjective; -1 when the run is no such office or no name follows it
        ("Minister for Health" alone)."""
        lower, words = self.view.lower, self.view.words
        pos, ent = self.words.pos, self.words.ent
        if "of" not in (lows := [lower[t] for t in toks]) and "for" not in lows:
            return -1  # no office without its "of"/"for" (the test below): most runs
        # a place or a body before the office: "Ohio Secretary of State Jon Husted"
        n = next((j for j in range(min(3, len(toks))) if self.titled(toks[j])), 0)
        while n < len(toks) and (self.titled(toks[n]) or lower[toks[n]] in self.sets.nationality
                                 or words[toks[n]] in self.sets.nationality):
            n += 1  # "Senior Minister", "Deputy Secretary", "US Secretary"
        if (
            n >= len(toks) or lower[toks[n]] not in ("of", "for")
            or not any(self.titled(i) for i in toks[:n])
        ):
            return -1
        while n < len(toks) and (
            lower[toks[n]] in NAME_CONNECTORS
            or (pos.get(lower[toks[n]]) in ("NOUN", "ADJ") and ent.get(words[toks[n]]) != "PERSON")
            or (lower[toks[n]] not in pos and common_noun_form(lower[toks[n]]))  # "Tourism"
            or self.titled(toks[n]) or (n + 2 < len(toks) and office_word(self.view, toks[n]))
        ):
            n += 1
        if n >= len(toks) or lower[toks[n - 1]] in NAME_CONNECTORS or not self.is_cap(toks[n]):
            return -1
        return n

    def name_after_body(self, toks: list[int]) -> list[int]:
        """The person's name after the body a run opens with ("[Sindh Assembly] Faraz
        Ahmed Siddiqui", after "Speaker of the"): the words after its last organisation
        head when two or more follow, each a capitalised word no list knows as a common
        noun, a head or a title; else ``toks`` itself."""
        lower, words, pos = self.view.lower, self.view.words, self.words.pos
        # (a head that opens the run heads the whole name: "Ysbyty Dyffryn Tawe")
        heads = [n for n, i in enumerate(toks[:-2]) if n and lower[i] in self.sets.org_head]
        rest = toks[heads[-1] + 1 :] if heads else []
        if rest and all(
            self.is_cap(i) and words[i].isalpha() and pos.get(lower[i]) not in ("NOUN", "ADJ")
            and lower[i] not in self.sets.org_head and not self.titled(i)
            for i in rest
        ):
            return rest
        return toks

    def initial_common_noun(self, i: int) -> bool:
        """Is token i a plural role or document word capitalised as a sentence's first?"""
        view = self.view
        w = view.lower[i]
        if i != view.sents[view.sent_of[i]][0] or not w.endswith("s") or w.endswith("ss"):
            return False  # a singular role word there is a title: "President Obama said"
        sets = self.sets  # ("Winemakers on the slopes … say": a regular plural's singular)
        return w in sets.role or w in sets.doc_head or w in sets.org_head or (
            regular_singular(w) in sets.role)

    def possessor_in_name(self, k: int, i: int) -> bool:
        """Is the possessor before the "'s" at token ``i`` a word of the name (lexicon
        class ``name_possessor``): "Women" ("Women's Aid"), or a saint ("St John's")?"""
        lower = self.view.lower
        j = i - 1
        while j > k and self.is_cap(j - 1) and i - j < 3:
            j -= 1
        return lower[i - 1] in self.sets.name_possessor or (
            j < i - 1 and lower[j] in self.sets.name_possessor and lower[j] not in PEOPLE
        )

    def demonym_before(self, toks: list[int], n: int) -> bool:
        """Is ``toks[n]`` (with the word before it) a demonym before a person's given name
        and surname ("South African Riaan Pieterse", "Sri Lankan Kumar Sangakkara"; not
        "U.S. Geological Survey", "African-Americans", "American Community Survey")?"""
        words, lower, pos = self.view.words, self.view.lower, self.words.pos
        i, rest = toks[n], toks[n + 1 :]
        if len(rest) < 2 or words[rest[0]] == "-" or not (
            words[i] in self.sets.nationality
            or (n > 0 and toks[n - 1] == i - 1
                and self.lex.phrase("nationality", (words[i - 1], words[i])))
        ):
            return False
        first, last = words[rest[0]], lower[rest[-1]]
        if last in self.sets.org_head or last in self.sets.doc_head or pos.get(last) == "NOUN":
            return False  # a body's or a document's name
        return self.words.ent.get(first) == "PERSON" or (
            lower[rest[0]] not in pos and first.isalpha() and first[1:].islower())

    def place_before(self, k: int, i: int) -> bool:
        """Is the capitalised run ending before token ``i`` (from ``k`` on) a place's name,
        which possesses an organisation's name and is no word of it?"""
        j = i
        while j > k and self.is_cap(j - 1):
            j -= 1
        return self.lex.phrase("gpe", tuple(self.view.words[j:i]))

    def initial_company_noun(self, i: int) -> bool:
        """Is token i a company noun capitalised only because it opens the sentence, or an
        acronym of one ("NGO"), before a name ("Carmaker Zelvano recalls …")?"""
        view = self.view
        first = view.sents[view.sent_of[i]][0]
        while first < i and view.words[first][:1] in "\"'“‘":
            first += 1
        return ((view.words[i] in ("NGO", "PAC") and i > 0 and (  # "the relief NGO Manch"
            view.words[i - 1][:1].islower() or view.lower[i - 1] in ("the", "a", "an"))) or (
            i == first and (view.lower[i] in self.sets.company_noun
                            or view.lower[i] in INITIAL_MEDIA_NOUNS)  # "Broadcaster NTV"
            and view.words[i].istitle())) and i + 1 < len(view.words) and self.is_cap(i + 1)

    def person_noun(self, i: int) -> bool:
        """A noun for a person: a role ("Democrat", "Muslim"), a nationality ("American")?"""
        return self.view.lower[i] in self.sets.role or self.view.words[i] in self.sets.nationality

    def kin_before(self, a: int) -> str:
        """ "m"/"f" when a lower-case gendered noun after a possessive or an article
        stands right before the name at token ``a`` ("an interview his brother Karim
        Haddad gave", "the widow Amina Yusuf"), else ""."""
        lower = self.view.lower
        if a < 2 or not self.view.words[a - 1].islower():
            return ""
        det = lower[a - 2]
        if det not in ("his", "her", "their", "the", "a", "'s", "’s"):
            return ""
        return self.gender_word(a - 1)

    def gender_word(self, i: int) -> str:
        """ "m"/"f" for an honorific or gendered noun at token i ("Ms.", "widow")."""
        low = self.view.lower[i]
        if len(low) > 1 and self.view.words[i].isupper():
            return ""  # "MS" (a Member of the Senedd), "MP": no "Ms"
        if low in self.sets.gendered_male:
            return "m"
        if low in self.sets.gendered_female:
            return "f"
        return ""

    def phrase_person(self, a: int, b: int) -> bool:
        """Does a description say its entity is a person: a role or gendered noun before
        any preposition or comma ("a Clinton supporter and president of …")?"""
        lower = self.view.lower
        for i in range(a, b):
            if lower[i] in HEAD_PREPS or lower[i] in (",", "who", "whose", "which", "that", "("):
                return False
            if lower[i] in self.sets.role or self.gender_word(i):
                return lower[i] not in self.sets.org_head
        return False

    def phrase_company(self, a: int, b: int) -> str:
        """A description's head (before any preposition or comma) if it is a company noun
        ("the London-based maker of …") or an organisation's ("The charity, X,"); "" if not."""
        lower = self.view.lower
        head = -1
        for i in range(a, b):
            if lower[i] in HEAD_PREPS or lower[i] in (",", "who", "whose", "which", "that", "("):
                break
            head = i
        return lower[head] if head >= 0 and (lower[head] in self.sets.company_noun or (
            # an organisation's noun closing a short description ("the premier's office")
            head == b - 1 and b - a <= 6 and lower[head] in self.sets.org_head)) else ""

    def phrase_gender(self, a: int, b: int) -> str:
        """The gender a description states by its head ("Her daughter", "a spokesman for
        the mother of …" is male): the gendered word before any preposition or comma."""
        lower = self.view.lower
        gender = ""
        for i in range(a, b):
            if lower[i] in HEAD_PREPS or lower[i] in (",", "who", "whose", "which", "that", "("):
                break
            if self.words.pos.get(lower[i]) == "ADP":
                break  # "Schilling, through a spokeswoman, declined": someone else's noun
            if i + 1 < b and self.view.words[i + 1] in POSSESSIVE:
                continue  # "the Queen's spokesman": the possessor's noun
            if self.view.words[i] in POSSESSIVE:
                gender = ""  # "Ms. Patel's lawyer": the words before are the possessor's
                continue
            gender = self.gender_word(i) or gender
        return gender

    def _name_run(self, k: int, b: int) -> list[int]:
        """The proper name ending the phrase ``k..b``, or []: capitalised words, initials,
        name particles, a number between capitals ("Frederick W Kagan", "Channel 4 News");
        a body's also through "of", "for", "and", "the" ("Institute for the Study of War")."""
        view = self.view
        words, lower = view.words, view.lower
        if not self.is_cap(b - 1) and not self._hyphen_tail(b - 1, k, b) and not self._local(b):
            return []
        if b - k > 2 and tuple(words[k:b]) in self.sets.known_names:
            return list(range(k, b))  # "Times of India": a name the lexicon knows
        org = self._org_name(k, b)
        r = b - 1 if self._local(b) else b
        while r > k:
            i = r - 1
            w = words[i]
            if (
                self.is_cap(i) and not self.initial_common_noun(i)
                and not self.initial_company_noun(i)
            ):
                father = lower[i - 1] in PATRONYMICS  # "binti Haji Abdullah": his title
                if self.is_title(i) and i > k and not self.is_cap(i - 1) and not org and (
                    words[i + 1] not in POSSESSIVE  # "newsletter Queen's Park Pulse"
                ) and not father and words[i + 1] != "-":  # (a compound's: "Expert-Grup")
                    break  # "former President Bill Clinton": the title is no name
                if i > k and r < b and not org and self.is_courtesy(i) and not father:
                    break  # "Member of Parliament Ms Prudence Musonda": the name after it
                r -= 1
            elif r < b and (o := nickname_open(view, i, k)) is not None:
                r = o  # 'Jonas "Kestrel" Lindqvist': a nickname inside the name
            elif (
                w in (".", "-", "&") or (len(w) == 1 and w.isupper()) or self._hyphen_tail(i, k, b)
                or numbered(view, i, self.sets.time)
            ):
                r -= 1
            elif (
                lower[i] in NAME_PARTICLES
                and i > k
                and (self.is_cap(i - 1)  # "van der Berg", "Banco de la Nación": two
                     or (i - 1 > k and lower[i - 1] in NAME_PARTICLES and self.is_cap(i - 2)))
                and (words[i + 1] == "-" or self.is_cap(i + 1) or lower[i + 1] in NAME_PARTICLES)
            ):
                r -= 1  # "al-Tayeb", "van der Berg"
            elif (
                # (a plural's possessive says it is a body's name: "the National
                # Farmers' Union", "the Expedition Operators’ Association Nepal")
                (org or (words[i] in ("'", "’") and lower[i - 1].endswith("s")))
                and words[i] in POSSESSIVE
                and i > k
                and self.is_cap(i - 1)
                and self.is_cap(i + 1)
                # (an organisation's head after it: "the Expedition Operators’ Association
                # Nepal")
                and any(w in self.sets.org_head for w in lower[i + 1 : b])
                and not self.place_before(k, i)  # "South Korea's Hanseong Semiconductor"
                and not words[i - 1].isupper()  # an owner: "The NHL's Department of …"
            ):
                r -= 1  # "the Sheriff's Office", "the Information Commissioner's Office"
            elif (
                words[i] in POSSESSIVE and i > k and self.is_cap(i - 1) and self.is_cap(i + 1)
                and self.possessor_in_name(k, i)
            ):
                r -= 1  # "Women's Aid", "St John's Ambulance", "Queen's Park Pulse"
            elif (
                org and words[i] == "," and i > k and self.is_cap(i - 1)
                and (self.is_cap(i + 1) or (lower[i + 1] == "the" and self.is_cap(i + 2)))
            ):
                r -= 1  # "Ministry of Environment, Urbanisation and Climate Change"
            elif (
                org
                # "Board of Control for Cricket in India": "in" after a "for"
                and (lower[i] in NAME_CONNECTORS or lower[i][:2] in ELIDED
                     or (lower[i] == "in" and ("for" in lower[k:i] or lower[i - 1] in SEATED_HEADS))
                     or lower[i] == "to"  # "Right to Life Coalition", "Citizenship by
                     or (lower[i] == "by" and self.is_cap(i - 1) and self.is_cap(i + 1)))  # …"
                and i > k
                and (self.is_cap(i - 1) or lower[i - 1] in NAME_CONNECTORS or words[i - 1] == ",")
                and (self.is_cap(i + 1) or lower[i + 1] in NAME_CONNECTORS
                     or lower[i + 1][:2] in ELIDED)
            ):
                r -= 1
            else:
                break
        if self._prefixed(r, k):
            return []  # "an anti-Trump PAC", "pro-Kremlin bloggers": a description
        while r < b and (words[r] in (".", "-", "&") or lower[r] in NAME_CONNECTORS):
            r += 1
        if r >= b:
            return []
        pre = list(range(k, r))
        if pre and not any(self.titled(i) for i in pre) and all(self.is_cap(i) for i in pre) and (
            not self.initial_company_noun(pre[-1])
        ):
            run = list(range(k, b))  # "Biden administration": a capitalised modifier
        else:
            run = list(range(r, b))
        run = self._headline_tail(run)
        while len(run) > 1 and self.words.pos.get(lower[run[0]]) in LEADING_TAGS and (
            lower[run[0]] not in NAME_PARTICLES
            and not (words[run[1]] == "-" and view.ends[run[0]] == view.starts[run[1]])
        ):  # (but "Per-Olof Lindqvist": a hyphen joins it to the name)
            run = run[1:]  # "'…': In Pola, fishers …": a preposition capitalised there
        if run and run[0] > k and okina(view, run[0]):
            run.insert(0, run[0] - 1)  # "Dr 'Ofa Fusitu'a": the ʻokina opens the name
        return [] if not run or self.common_caps(run) else run

    def _prefixed(self, r: int, k: int) -> bool:
        """Is the token at ``r`` a hyphen that joins a lower-case prefix to the name
        after it ("anti-Trump", "pro-Kremlin", "ex-Labour")?"""
        view = self.view
        words = view.words
        return (
            r - 1 >= k
            and r + 1 < len(words)
            and words[r] == "-"
            and words[r - 1].isalpha()
            and words[r - 1].islower()
            and view.ends[r - 1] == view.starts[r]
            and view.ends[r] == view.starts[r + 1]
        )

    def _headline_tail(self, run: list[int]) -> list[int]:
        """A title-case headline capitalises its verbs and function words too: the name
        is what follows the last of them ("Offensive Things Donald Trump Said" ends in
        "Donald Trump"; "Media And Marco Rubio")."""
        if len(run) < 2 or not self.casing.title_case(run[-1]):
            return run
        view, pos, ent = self.view, self.words.pos, self.words.ent
        org = view.lower[run[-1]] in self.sets.org_head
        for n in range(len(run) - 1, -1, -1):
            i = run[n]
            if org and view.lower[i] in NAME_CONNECTORS:
                continue  # "Agriculture and Horticulture Development Board": one name
            if (
                pos.get(view.lower[i]) in BREAK_TAGS or view.lower[i] in ("says", "said")
            ) and ent.get(view.words[i]) != "PERSON":
                return run[n + 1 :]
        return run

    def common_caps(self, toks: list[int] | range) -> bool:
        """Are the capitalised words of ``toks`` all common words (or role nouns)
        capitalised only by where they stand ("Terrorists", "Spokesmen", a headline's
        "Long-Time Leaders")?"""
        casing, lower, words, roles = self.casing, self.view.lower, self.view.words, self.sets.role
        return all(casing.by_position(i) and (casing.common_word(lower[i]) or lower[i] in roles)
                   for i in toks if words[i][:1].isupper())  # (Casing.common, by_position once)

    def _hyphen_tail(self, i: int, k: int, b: int) -> bool:
        """Is token i the lower-case end of a hyphenated name ("Ki-moon", "Mei-lin"), not
        of an adjective made of a name ("Oscar-winning", "Texas-based")? A verb or an
        adjective ends a name only where the phrase ``k .. b`` ends and it is no
        participle ("Park Jae-won", "Kim Dae-young"; not "Oscar-winning Tom Hanks")."""
        view = self.view
        low = view.lower[i]
        return (
            i - 2 >= k
            and view.words[i - 1] == "-"
            and view.starts[i] == view.ends[i - 1]
            and view.starts[i - 1] == view.ends[i - 2]
            and view.words[i - 2][:1].isupper()
            and view.words[i][:1].isalpha()
            and (
                view.words[i][:1].isupper()
                or self.words.pos.get(low) not in ("VERB", "ADJ")
                or (i == b - 1 and not low.endswith(("ing", "ed", "born", "made", "led")))
                # "Jae-won Lim": a given name's syllable that spells a verb, a surname after
                or (i + 1 < b and self.is_cap(i + 1) and self.words.pos.get(low) == "VERB"
                    and not low.endswith(("ing", "ed", "born", "made", "led", "en")))
            )
        )

    def _local(self, b: int) -> bool:
        """Does the phrase end in a union local's number ("Teamsters Local 413")?"""
        words = self.view.words
        return b >= 2 and words[b - 1].isdigit() and words[b - 2] == "Local"

    def _org_general(self, i: int) -> bool:
        """Is token i the "General" of an organisation ("Directorate General of …"),
        no military title?"""
        lower = self.view.lower
        return lower[i] == "general" and i > 0 and lower[i - 1] in self.sets.org_head

    def _org_name(self, k: int, b: int) -> bool:
        """Is the phrase a body's name: its last word a head ("Council"), or one before "of"/"for"
        ("Bureau of Meteorology"), "World Rugby" (an opener and one word), "Local 413"?"""
        lower, sets = self.view.lower, self.sets
        if lower[b - 1] in sets.org_head or self._local(b) or (
                b - k == 2 and lower[k] in sets.org_opener) or (
            # "Fisheries and Oceans Canada": portfolios, then the country they serve
            "and" in lower[k:b] and self.sets.known_names.get((self.view.words[b - 1],)) == (
                "organization") and (
                self.words.pos.get(lower[k]) == "NOUN" or common_noun_form(lower[k]))
        ):
            return True
        return any(
            lower[i] in self.sets.org_head and self.is_cap(i) and (
                lower[i + 1] in ("of", "for", "on", "des", "du", "de", "pour")
                or (lower[i + 1] == "in" and lower[i] in SEATED_HEADS)  # "Court in Karlstad"
                # "Directorate General of Civil Aviation", "Inspectorate General of …"
                or (self._org_general(i + 1) and i + 2 < b and lower[i + 2] in ("of", "for"))
            )
            for i in range(k, b - 1)
        )

    def cause_name(self, k: int, b: int) -> bool:
        """Is ``k .. b-1`` a name of capitalised words whose plural noun is followed by
        "for", "against" or "without" and a capitalised cause ("Veterans for Peace",
        "Doctors Without Borders")?"""
        lower = self.view.lower
        at = next((p for p in range(k + 1, b - 1) if lower[p] in CAUSE_WORDS), -1)
        if at < 0 or not lower[at - 1].endswith("s") or lower[at - 1].endswith("ss"):
            return False
        return all(self.is_cap(i) for i in range(k, at)) and self.is_cap(at + 1) and all(
            self.is_cap(i) or lower[i] in NAME_CONNECTORS for i in range(at + 1, b)
        ) and self.is_cap(b - 1)

    def known_name(self, toks: list[int]) -> bool:
        """Is the run (or its end) a name of the lexicon: an organisation, outlet or
        place?"""
        known = self.sets.known_names
        words = tuple(self.view.words[i] for i in toks)
        return any(
            words[len(words) - n :] in known
            for n in range(min(len(words), self.sets.max_len), 0, -1)
        ) or (len(words) == 1 and words[0].isupper())

    def name_end(self, b: int, end: int, kind: str) -> int:
        """Where the name of a description whose head ends at ``b`` ends among tokens
        ``b .. end-1``: before a clause that says its source is unnamed, and for a
        document before a participle that says when or by whom it was made ("An Audit
        Wales report published in November", "a letter seen by BizDesk Africa")."""
        end = self.unnamed_clause(b, end)
        if kind == "document" and self.view.lower[b - 1] not in DATA_NOUNS:
            # (but "data compiled by Kettering Analytics" is known by its compiler)
            made = self.sets.doc_made
            lower = self.view.lower
            end = next((p for p in range(b, end) if lower[p] in made or self._doc_tail(b, p, end)),
                       end)
            while end > b and lower[end - 1] in (",", "and", "-", "–", "—", "to", "be", "being"):
                end -= 1
        return end

    def _doc_tail(self, b: int, p: int, end: int) -> bool:
        """Does a document's name end before token ``p``: at its recipient once its
        author is given ("A letter from Serie B's league office | to the club"), or at
        the place of the body it names ("A study by the Institute for Mobility Economics
        | in Cologne"), unless it names a body by its seat (:data:`SEATED_HEADS`)?"""
        lower = self.view.lower
        if lower[p] == "to":
            return any(lower[k] in ("from", "by") for k in range(b, p))
        return (
            lower[p] == "in" and p > b and self.is_cap(p - 1)
            and lower[p - 1] not in SEATED_HEADS  # "the U.N. Verification Mission in Colombia"
            and all(self.is_cap(k) for k in range(p + 1, end)) and p + 1 < end
        )

    def unnamed_clause(self, b: int, end: int) -> int:
        """Where a relative clause saying its source is unnamed starts in ``b .. end-1``
        ("official who asked not to be named because …"); ``end`` when there is none."""
        lower = self.view.lower
        for p in range(b, end):
            if lower[p] == "who":
                # (a phrase, or a word that says so itself: not "other", "some", "people")
                said = self.lex.holds("anon_marker", tuple(lower[p + 1 : end]), nameless)
                return p if said else end
        return end

    def description_kind(self, head: str, mods: tuple[str, ...], toks: list[int]) -> str:
        sets = self.sets
        if head in sets.doc_head:
            return "document"
        one = {head, head.removesuffix("s")}  # plural: "one of the organizations", "firms"
        demonym = len(toks) > 1 and self.view.words[toks[-2]] in sets.nationality and (
            not head.endswith("s"))
        if one & sets.org_head and not any(w in sets.media_head for w in mods) and not (
                head in sets.role and demonym):
            return "organization"  # "the agency"; "the news agency" an outlet; "the Finnish
            # centre" a player (a role noun, also a body's head, after a demonym)
        if one & sets.company_noun and head not in ("giant", "brand"):  # "the airline"
            return "organization"
        if head in self.sets.media_head and head not in self.sets.role:
            return "media"
        if mods[-1:] in (("owned",), ("run",), ("listed",)):
            return "organization"  # "The state-owned operator", "a London-listed miner"
        if head in sets.role or head in sets.indefinite or head in sets.anon_marker or (
            head in sets.people_group  # "the crowd", "the couple", "the family"
            or (head.endswith("s") and any(head[:-1] in w for w in (  # "the girls"
                sets.role, sets.gendered_male, sets.gendered_female)))
            or (head.endswith("men") and head[:-3] + "man" in sets.role)):  # "chairmen"
            return "anonymous"
        if toks and self.view.words[toks[-1]] in self.sets.nationality:
            return "anonymous"  # "an American"
        if toks and (self.gender_word(toks[-1]) or any(
            (self.view.lower[i] in ("year", "years") and i + 2 < len(self.view.words)
             and self.view.lower[i + 2] == "old") or self.view.lower[i] == "born" for i in toks
        )):
            return "anonymous"  # "the woman", "the 24-year-old goaltender", "Leicester-born"
        if toks and all(self.is_cap(i) for i in toks) and not self.common_caps(toks):
            return "organization"
        return "unknown"
