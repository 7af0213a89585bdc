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

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from ..resources import Resources
from ..segment import DocView
from ..types import Hedge, HedgeCategory, Span
from .checks import CHECK_FUNCTIONS
from .compose import entry_numbers
from .context import Context, words
from .govern import is_embedded
from .lexicon import HedgeEntry, HedgeLexicon, Modifier
from .scope import scope_of
from .scorer import CueJudge

COMPOSABLE = frozenset({"probability"})
NEGATABLE = frozenset({"probability", "evidential", "belief", "attribution", "modal", "desire"})
AUX_BEFORE_NT = words(
    "do does did is are was were can could would will should may might must ca wo has "
    "have had need"
)


def in_title(ctx: Context, s: int, e: int) -> bool:
    """Is the cue a capitalised word inside a name or a title ("Questions and Fears From
    the Wounded", "Some Might Say") in a sentence that is not itself in title case?"""
    w = ctx.word(s)
    if not w[:1].isupper() or w == "I" or ctx.sentence_initial(s):
        return False
    p, n = ctx.prev(s), ctx.next(e)
    if not ((p >= 0 and ctx.is_cap(p) and ctx.word(p) != "I") or (n >= 0 and ctx.is_cap(n))):
        return False
    return not ctx.sentence_flag(s, "title_case", ctx.mostly_capitalised)


class HedgeFinder:
    """Finds hedge cues in a document view: ``HedgeFinder(nlp)(view) -> list[Hedge]``.

    Each match is judged by its rule check, then by ``judge`` when one is given (a
    :class:`~.scorer.HedgeScorer` trained by ``scripts/train_hedge_scorer.py``, or any
    object with its ``judge`` method), which may drop an accepted cue or keep a rejected one.
    """

    def __init__(self, nlp: Language, lexicon: HedgeLexicon | None = None,
                 resources: Resources | None = None, *,
                 judge: CueJudge | None = None) -> None:
        self.nlp = nlp
        self.judge = judge
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
                if in_title(ctx, s, e):
                    covered_to = e  # "Questions and Fears From the Wounded": a title
                    break
                category = CHECK_FUNCTIONS[entry.check](ctx, s, e, entry)
                if self.judge is not None:
                    category = self.judge.judge(ctx, s, e, entry, category)
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
        scope = scope_of(ctx, start, e, category)
        return Hedge(
            cue=Span(cue_start, cue_end, view.text[cue_start:cue_end]),
            category=category,
            probability=None if prob is None else round(prob, 4),
            probability_range=None if rng is None else (round(rng[0], 4), round(rng[1], 4)),
            certainty=round(certainty, 4),
            negated=negated or entry.negated,
            scope=scope,
            embedded=is_embedded(ctx, s, e, category),
        )
