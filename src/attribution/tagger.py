"""The coarse tagger the rules read: part of speech per token, from the Doc's own tags
when a statistical pipeline set them, else from the most-frequent-tag evidence of
``data/words.tsv`` and the word's shape (capitals mid-sentence mark a name). Quote rules,
speaker resolution and hedges share one tagger per Doc (:meth:`Tagger.of`).
"""

from __future__ import annotations

from .resources import Resources
from .segment import DocView
from .word_forms import number_words, participle_form, unknown_word_tag

POSSESSIVES = frozenset(["his", "her", "their", "its", "our", "my", "your"])
QUOTE_TOKENS = frozenset("\"'“”„‟‘’‚‛«»‹›「」『』＂") | {"''", "``"}
# Modal verbs, which never come before a finite verb: "Will wrote", "May said" are names.
MODALS = frozenset(["will", "may", "might", "can", "could", "shall", "should", "would", "must"])
# The model's tags that no capitalised word the lexicon lacks mid-sentence bears: a
# function word's or a verb's.
NO_NAME_TAGS = frozenset(["VERB", "AUX", "ADP", "ADV", "SCONJ", "CCONJ", "DET", "PRON",
                          "PART", "INTJ"])
OPENING_MARKS = frozenset("\"'“‘«„‚‛‟「『") | {"''", "``"}


class Tagger:
    """Coarse part of speech per token: the Doc's own tags, or the word lexicon's."""

    def __init__(self, view: DocView, resources: Resources) -> None:
        self.view = view
        self.pos_lex = resources.words.pos
        self.alt_lex = resources.words.alt
        self.lower_tags = resources.words.lower_tags
        self.tags: list[str | None]
        self.tags = [None] * len(view.words)
        # A model's tags decide for words the lexicon has never seen; for known words the
        # lexicon's majority tag, which the rules are tuned to, stays.
        self.model_tags = view.pos
        # Pronouns and quantifiers that stand alone as a source ("Someone called it …",
        # "Others say", "Another notes"): the speaker lexicon's indefinites.
        self.indefinite = resources.speakers.words.get("indefinite", frozenset())
        # Heads of organisation names ("Board", "Commission"): "and" inside such a name
        # joins no two noun phrases ("Agriculture and Horticulture Development Board").
        self.org_heads = resources.speakers.words.get("org_head", frozenset())
        self.nationality = resources.speakers.words.get("nationality", frozenset())
        self.roles = resources.speakers.words.get("role", frozenset())
        # Organisation heads of two words whose first word is a verb alone ("think tank").
        self.compounds = resources.speakers.phrases.get("org_head", frozenset())
        self.compound_firsts = frozenset(p[0] for p in self.compounds if len(p) == 2)

    def _plural_subject(self, i: int) -> bool:
        """Does a plural noun or a plural pronoun stand right before the lower-case word
        ``i``, and a function word after it ("prices rise every winter", "they plan to";
        not "a news release that", "its sales exercise.")?"""
        view = self.view
        if i == 0 or i + 1 >= len(view.words) or view.is_space[i - 1]:
            return False
        before, after = view.lower[i - 1], view.lower[i + 1]
        pos = self.pos_lex
        return (before in ("they", "we") or (
            before.endswith("s") and pos.get(before) == "NOUN"
            and self.alt_lex.get(before) != "VERB"
            and "NOUN" in (pos.get(before[:-1]), pos.get(before[:-2]))  # ("news" is no "new")
        )) and pos.get(after) in ("DET", "ADV", "ADP", "PART", "NUM", "SCONJ", "PRON")

    @classmethod
    def of(cls, view: DocView, resources: Resources) -> Tagger:
        """A tagger of ``view`` whose tags every stage's shares (kept in ``view.memo``
        with the word lexicon that made them, not the tagger: no reference cycle), so
        each token of a document is tagged once."""
        tagger = cls(view, resources)
        shared = view.memo.get(cls)
        if isinstance(shared, tuple) and shared[0] is resources.words:
            tagger.tags = shared[1]
        else:
            view.memo[cls] = (resources.words, tagger.tags)
        return tagger

    def __call__(self, i: int) -> str:
        t = self.tags[i]
        if t is None:
            t = self._guess(i)
            self.tags[i] = t
        return t

    def _guess(self, i: int) -> str:
        view = self.view
        w = view.words[i]
        c = w[0]
        if self.model_tags is not None and self.pos_lex.get(w) is None and c.isalpha():
            # (punctuation, quote marks and numbers take the tags they take without a
            # model: the model calls a closing "'" a particle, "›" a noun, "2.47am" a name)
            # a word the lexicon has never seen: the model's tag, but a capitalised one
            # before a name the model reads is that name's first word ("Nguyễn Thị Thu
            # Hà" opening a sentence, "Nguyễn" tagged a verb); and an adverb by its "-ly"
            # alone, unknown in lower case too, is a name ("Ledgerly, the … app, said")
            nxt = i + 1
            if c.isupper() and ((
                nxt < len(view.words) and self.model_tags[nxt] == "PROPN"
                and view.words[nxt][:1].isupper() and view.starts[nxt] > view.ends[i]
            ) or (self.model_tags[i] == "ADV" and self.pos_lex.get(view.lower[i]) is None)):
                return "PROPN"
            if c.isupper() and self.model_tags[i] in NO_NAME_TAGS and not self._initial(i):
                # mid-sentence, a capital marks a name, as without a model: "said DoC
                # senior ranger …", "said Per-Olof Lindqvist" (a verb, a preposition)
                return "PROPN"
            if c.islower() and w in number_words():
                # a number word the lexicon lacks is a noun, as without a model, which
                # the rules read as one ("who has tended cocoa for four decades said")
                return "NOUN"
            if self.model_tags[i] == "ADV" and c.islower() and not w.endswith("ly"):
                # the model's adverb for a word it has never seen either, with no "-ly":
                # the shape's guess ("says Luxor hotelier as …": a noun)
                return unknown_word_tag(w)
            if self.model_tags[i] == "VERB" and c.islower() and self._modifies_noun(i):
                # a modifier the parse hangs in a noun phrase: the shape's guess, as
                # without a model ("a retired logging truck driver": no verb)
                return unknown_word_tag(w)
            return self.model_tags[i]
        if c.islower():
            # Lower-case words take the same tag wherever they stand: memoised.
            t = self.lower_tags.get(w)
            if t is None:
                t = self.pos_lex.get(w) or unknown_word_tag(w)
                if len(self.lower_tags) < 200_000:
                    self.lower_tags[w] = t
            if t == "VERB" and w in self.compound_firsts and i + 1 < len(view.words) and (
                    (w, view.lower[i + 1]) in self.compounds):
                return "NOUN"  # "the think tank Expert-Grup": an organisation's head
            if t == "VERB" and w.endswith(("ed", "ing")) and self._attributive(i) and (
                w.endswith("ed") or view.lower[i + 1] in self.roles
            ):
                # "a 61-year-old retired teacher", "The purchasing director": a
                # participle as modifier (an "-ing" one only of a role noun)
                return "ADJ"
            if t == "ADJ" and w in self.roles and 0 < i < len(view.words) - 1 and (
                view.lower[i - 1] in ("a", "an", "the")
                and self.pos_lex.get(after := view.lower[i + 1]) == "VERB"
                and (after.endswith(("ed", "s")) or after in ("said", "told"))  # finite
            ):
                # "a regular studied the board": a role, the subject's head (not "a
                # liberal think tank")
                return "NOUN"
            if t == "NOUN" and self.alt_lex.get(w) == "VERB" and (self._plural_subject(i) or (
                    i + 1 < len(view.words) and view.lower[i + 1] in ("him", "them", "me", "us"))):
                # "said prices rise every winter": a plural subject's verb; "said fuel cost
                # him EC$14.90 a gallon": a noun takes no object pronoun after it
                return "VERB"
            return t
        if view.is_space[i]:
            return "SPACE"
        if len(w) == 2 and w[1] in "sS" and c in "'’":
            return "PART"
        if c in "'’" and len(w) > 2 and w[1:].isalpha():
            # A clitic: "'re", "’ve", "'ll" (not a quote mark).
            return self.pos_lex.get(w) or self.pos_lex.get("'" + w[1:].lower()) or "AUX"
        if w in QUOTE_TOKENS or (c in QUOTE_TOKENS and len(w) <= 2):
            return "PUNCT"
        if not c.isalnum():
            if (c in "$#@" and len(w) > 1) or w == "%":
                return "NOUN"  # (a share: "47% say …")
            return "PUNCT"
        if c.isdigit():
            return "NUM"
        tag = self.pos_lex.get(w)
        lower = view.lower[i]
        if c.isupper():
            if w == "I":
                return "PRON"
            following = view.words[i + 1 : i + 3]
            if w in ("No", "No.") and following and (following[0][:1].isdigit() or (
                    following[0] == "." and following[1:2] and following[1][:1].isdigit())):
                return "NOUN"  # "the world No 2", "the No. 1 seed": a rank, no "no"
            if self._initial(i):
                if lower in MODALS and self._finite_next(i):
                    return "PROPN"  # "May said the deal was done": a name
                if tag == "ADJ" and self._finite_next(i) and (
                    self.alt_lex.get(w) == "PROPN" or w in self.nationality
                ):
                    return "PROPN"  # "Cuban said", "Young said": a surname
                if tag is not None:
                    return tag
                low = self.pos_lex.get(lower)
                if low == "VERB" and self._finite_next(i):
                    return "PROPN"  # "Unite said", "Create has said": a name, no imperative
                if low is not None and low not in ("NOUN", "PROPN", "ADJ"):
                    return low
                return "PROPN"
            # Mid-sentence, a capital marks a name: "Shook said", "From said", "Cuban
            # said"; only nouns, numbers and plain adjectives ("American") keep their tag.
            if lower in MODALS and self._finite_next(i):
                return "PROPN"  # "“…,” Will wrote.", "Theresa May said"
            if w == "A" and view.words[i + 1 : i + 2] == ["-"] and view.ends[i] == view.starts[
                    i + 1] and view.words[i - 1][:1].isupper():
                return "PROPN"  # "said Peng A-hsiu": a given name's first syllable
            if tag in ("PROPN", "NOUN", "NUM", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART") or (
                tag == "ADJ" and self.alt_lex.get(w) != "PROPN"
            ):
                if tag == "ADJ" and self._after_name(i):
                    return "PROPN"  # "Rex Early", "Jack Small": a surname
                if tag == "ADJ" and w in self.nationality and view.lower[i - 1] == "the" and (
                    self._finite_next(i)
                ):
                    return "NOUN"  # "The Italian denied …": a person
                return tag
            return "PROPN"
        if tag is not None:
            return tag
        if lower.endswith("ly"):
            return "ADV"
        return "NOUN"

    def _initial(self, i: int) -> bool:
        """Does token ``i`` open its sentence (or a quotation right at its mark)?"""
        view = self.view
        return i == view.sents[view.sent_of[i]][0] or (
            i > 0 and view.words[i - 1] in OPENING_MARKS and view.starts[i] == view.ends[i - 1]
        )

    def _attributive(self, i: int) -> bool:
        """Does token ``i`` stand between an article or adjective and a noun (by the
        lexicon's tags: "a retired teacher", "the injured man")?"""
        view = self.view
        if i == 0 or i + 1 >= len(view.words):
            return False
        before, after = view.lower[i - 1], view.lower[i + 1]
        return (
            before in ("a", "an", "the") or before in POSSESSIVES
            # (an adjective that is no noun too: not "the chief executive denied reports")
            or (self.pos_lex.get(before) == "ADJ" and self.alt_lex.get(before) != "NOUN")
            # "the Korean coaching staff" (not "The Italian denied suggestions")
            or (view.words[i - 1] in self.nationality and view.lower[i].endswith("ing"))
        ) and self.pos_lex.get(after) == "NOUN" and view.words[i + 1][:1].islower()

    def _modifies_noun(self, i: int) -> bool:
        """Does the parse hang token ``i`` inside a noun phrase, as a modifier of a noun
        to its right in the same sentence?"""
        view = self.view
        if not view.annotations.dep:
            return False
        tok = view.doc[i]
        head = tok.head.i
        return tok.dep_ in ("amod", "compound") and i < head < view.sents[view.sent_of[i]][1] and (
            self.model_tags is not None and self.model_tags[head] in ("NOUN", "PROPN")
        )

    def _finite_next(self, i: int) -> bool:
        """Is the word right after token ``i`` a finite verb ("said", "says", "has")?"""
        j = i + 1
        if j >= len(self.view.words) or not self.view.words[j][:1].islower():
            return False
        w = self.view.words[j]
        return self(j) == "AUX" or (self(j) == "VERB" and (participle_form(w) or w.endswith("s")))

    def noun_reading(self, i: int) -> bool:
        """Can token i, tagged as a verb or an adjective, be read as a noun inside a noun
        phrase ("his Twitter feed", "the chief executive"): the lexicon knows it as a noun
        too, and a modifier precedes it?"""
        if i == 0 or self.alt_lex.get(self.view.lower[i]) != "NOUN":
            return False
        return self(i - 1) in ("ADJ", "NOUN", "PROPN", "DET") or (
            self.view.lower[i - 1] in POSSESSIVES
        )

    def verb_after_subject(self, a: int, b: int, surname: bool = False) -> bool:
        """Is token ``b``, tagged a noun, the verb of the one-word name at token ``a`` that
        opens its sentence: a present tense the lexicon also knows as a verb, before no
        verb of its own ("Yıldız laughs at that", not "Apple shares fell")? After the
        ``surname`` of someone the article names in full any such form is ("Wong
        disputes that account")."""
        view = self.view
        if b != a + 1 or (a != view.sents[view.sent_of[a]][0] and not (
                surname and self._after_comma(a))):
            return False
        w = view.lower[b]
        if not w.endswith("s") or not (surname or self.alt_lex.get(w) == "VERB"):
            return False
        return b + 1 >= len(view.words) or self(b + 1) not in ("VERB", "AUX")

    def _after_comma(self, a: int) -> bool:
        """Does a clause open at token ``a``, after a comma or a dash in its sentence
        ("… -- unlike many of her donor friends, Ebeling lives a low key life")?"""
        view = self.view
        p = a - 1
        while p > view.sents[view.sent_of[a]][0] and view.is_space[p]:
            p -= 1
        return p >= view.sents[view.sent_of[a]][0] and view.words[p] in (",", ";", "—", "–", "--")

    def _after_name(self, i: int) -> bool:
        """Does a capitalised given name ("Rex", "Jack") stand right before token i?"""
        view = self.view
        p = i - 1
        if p < 0 or view.starts[i] == view.ends[p]:
            return False
        p -= 1 if view.is_space[p] else 0
        if p < 0 or not view.words[p][:1].isupper() or view.words[p][-1:] == ".":
            return False
        return self.pos_lex.get(view.words[p]) in ("PROPN", None)
