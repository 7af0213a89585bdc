"""What the hedge checks read: the document view, word classes, and bounded look-arounds.

Every check of :mod:`.modal_checks` and :mod:`.word_checks` looks at a few tokens around a
lexicon match through a :class:`Context`: the lower-cased words, the sentence bounds, and a
coarse part of speech (the Doc's tags under a statistical pipeline, the word lexicon's most
frequent tag on the rules backend). Each look-around is bounded (``MAX_SKIP`` tokens), so a
check costs constant work even in a sentence of a million tokens.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..phrases import Tagger
from ..resources import Resources
from ..segment import DocView


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
COORDINATORS = words("and but or nor")
RELATIVE_PRONOUNS = words("that which who whom whose")
CLAUSE_PUNCT = frozenset(";:—–()[]")
THINK_REJECT = words("of about tank tanks twice back through up ahead over")

# Every look-around is bounded, so each match costs constant work even in a sentence of a
# million tokens: MAX_SKIP tokens when skipping spaces and adverbs, MAX_SCOPE for a scope.
MAX_SKIP = 12
MAX_SCOPE = 80

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
        """Coarse tag of token i ('' outside the document, as :meth:`low` gives)."""
        if not 0 <= i < len(self.view.words):
            return ""
        if self._tagger is None:
            self._tagger = Tagger.of(self.view, self.resources)
        return self._tagger(i)

    def low(self, i: int) -> str:
        """Lower-case word ``i`` with a plain apostrophe ('' outside the document)."""
        if 0 <= i < len(self.view.words):
            w = self.view.lower[i]
            return w.replace("’", "'") if "’" in w else w
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

    def counterfactual_if(self, s: int) -> bool:
        """Does the "if" at ``s`` open a past counterfactual ("if he had won"), whose
        condition the speaker takes to be false, not open?"""
        j = s + 1
        for _ in range(8):
            j = self.next(j)
            if j < 0 or self.view.words[j] in (",", ";", ".", ":"):
                return False
            if self.low(j) in ("had", "'d") and self.low(self.next(j + 1)) != "to":
                return True
            j += 1
        return False

    def mostly_capitalised(self, a: int, b: int) -> bool:
        """Are most words of tokens ``a .. b-1`` capitalised (a title-case headline)?"""
        ws = [w for w in self.view.words[a:min(b, a + 60)] if w[:1].isalpha() and len(w) > 3]
        return len(ws) >= 2 and sum(w[0].isupper() for w in ws) * 3 >= len(ws) * 2

    def is_cap(self, i: int) -> bool:
        w = self.word(i)
        return bool(w) and w[0].isupper()

    def lex_tag(self, word: str) -> str | None:
        return self.resources.words.pos.get(word)
