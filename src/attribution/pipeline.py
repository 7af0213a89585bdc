"""The stages, run in order over one spaCy Doc.

::

    Doc ─ furniture ─ page-furniture lines (and extra spaces inside a line) found and cut
                    out (prose.py): every later stage reads the article without them;
                    offsets are mapped back
          segment ─ DocView (token arrays, sentences, paragraphs)
          marks ─── quote regions (paired quote marks, character offsets)
          cues ──── reporting cues (PhraseMatcher over the cue lexicon)
          rules ─── candidate attributions, each from a declared rule (quotes/rules):
                    content, cue, speaker mention, the rule's id
          speakers ─ mentions typed and resolved to entities (he → Mason Clark), one
                    entity per person, organisation or source
          hedges ── hedge cues, scored, attached to the quotes they stand in
    → Analysis

Each stage reads the evidence the Doc has: tokens always, the dependency parse and
entity labels when a statistical pipeline set them. The spaCy component and
:class:`~attribution.Analyzer` both run this object, so they return the same results.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .collector import collector_paused
from .decider import QUOTE_CUE_TYPES, Decider
from .furniture import furniture_and_regions
from .hedges import HedgeFinder, attach_hedges
from .prose import cut_prose
from .quotes.attributions import Proposals, propose
from .quotes.cue_tagger import packaged_tagger
from .quotes.cues import CueFinder
from .quotes.marks import find_quote_regions
from .resources import Resources
from .segment import build_view
from .speakers.resolve import resolve
from .types import CUE_TYPES, QUOTE_KINDS, Analysis


@dataclass(frozen=True)
class Settings:
    """What to keep: quote kinds and cue types (None keeps all), whether to hedge, the
    least confidence a quote needs (None: the decider model's default), and whether to
    add the PARC-style attributions that are no quotes (beliefs, intentions, knowledge,
    perceptions, noun-phrase contents). ``pause_gc``: pause Python's cyclic garbage
    collector while a document is analysed (:mod:`attribution.collector`)."""

    quote_kinds: frozenset[str] | None = None
    cue_types: frozenset[str] | None = None
    hedges: bool = True
    min_confidence: float | None = None
    attributions: bool = False
    cue_tagger: bool | None = None  # None: with attributions
    pause_gc: bool = True

    @property
    def tags_cues(self) -> bool:
        """Does the learned cue tagger propose cues beyond the lexicon?"""
        return self.attributions if self.cue_tagger is None else self.cue_tagger

    @classmethod
    def make(
        cls,
        quote_kinds: Iterable[str] | None = None,
        cue_types: Iterable[str] | None = None,
        hedges: bool = True,
        min_confidence: float | None = None,
        attributions: bool = False,
        cue_tagger: bool | None = None,
        pause_gc: bool = True,
    ) -> Settings:
        if min_confidence is not None and (
            isinstance(min_confidence, bool)
            or not isinstance(min_confidence, (int, float))
            or not 0.0 <= min_confidence <= 1.0
        ):
            raise ValueError(
                f"min_confidence must be a number from 0 to 1 (or None for the default), "
                f"got {min_confidence!r}"
            )
        return cls(
            _choices(quote_kinds, QUOTE_KINDS, "quote_kinds"),
            _choices(cue_types, CUE_TYPES, "cue_types"),
            bool(hedges),
            None if min_confidence is None else float(min_confidence),
            bool(attributions),
            None if cue_tagger is None else bool(cue_tagger),
            bool(pause_gc),
        )


def _choices(
    values: Iterable[str] | None, allowed: tuple[str, ...], name: str
) -> frozenset[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    chosen = frozenset(values)
    bad = sorted(v for v in chosen if v not in allowed)
    if bad:
        raise ValueError(
            f"{name}: unknown value(s) {', '.join(map(repr, bad))}; "
            f"choose from {', '.join(allowed)}"
        )
    return chosen


class Pipeline:
    """Compiled matchers for one vocabulary, and the stages that use them."""

    def __init__(self, nlp: Language, resources: Resources, settings: Settings | None = None):
        self.nlp = nlp
        self.resources = resources
        self.settings = settings or Settings()
        self.cues = CueFinder(nlp, resources.cues)
        self.hedges = HedgeFinder(nlp, resources=resources)
        self.decider = Decider(self.settings.min_confidence, self.settings.attributions)
        # A short line holding one of these is left to the quote rules ("…, says US").
        self.reporting_words = frozenset(
            form for entry in resources.cues.entries for form in entry.forms if " " not in form
        )
        # Speech and writing: a line inside a quotation holding one may be its attribution.
        self.speech_words = frozenset(
            form for entry in resources.cues.entries if entry.cue_type in QUOTE_CUE_TYPES
            for form in entry.forms if " " not in form
        )

    def propose(
        self, doc: Doc, text: str | None = None, rules: frozenset[str] | None = None
    ) -> Proposals:
        """Every candidate the quote rules propose for ``doc`` (only those of ``rules``
        when given), with the context they read. The rules read the article without its
        page furniture (``Proposals.prose`` maps the offsets back when there is some)."""
        text = text if text is not None else doc.text
        lines, regions = furniture_and_regions(
            text, self.reporting_words, speech_words=self.speech_words
        )
        prose = cut_prose(doc, text, lines)
        if prose is not None:
            doc, text = prose.doc, prose.text
        view = build_view(doc, text)
        if regions is None or prose is not None:
            regions = find_quote_regions(view.text)
        cues = self.cues(doc, view)
        tagger = None
        if self.settings.tags_cues:
            tagger = packaged_tagger("parsed" if view.annotations.dep else "blank")
        return propose(view, regions, cues, self.resources, rules, tagger, prose,
                       unframed_cues=self.settings.attributions)

    def __call__(self, doc: Doc, text: str | None = None) -> Analysis:
        """Analyse ``doc``; ``text`` is its text when the caller has it already."""
        with collector_paused(self.settings.pause_gc):
            return self._analyse(doc, text)

    def _analyse(self, doc: Doc, text: str | None) -> Analysis:
        proposals = self.propose(doc, text)
        view = proposals.ctx.view
        chosen, context = self.decider.decide(proposals)
        resolution = resolve(
            view,
            chosen,
            self.resources,
            quoted=[(r.start, r.end) for r in proposals.ctx.regions],
            context=context,
        )
        s = self.settings
        if s.quote_kinds is not None or s.cue_types is not None:
            resolution = resolution.keep([
                q
                for q in resolution.quotes
                if (s.quote_kinds is None or q.kind in s.quote_kinds)
                and (s.cue_types is None or q.cue_type in s.cue_types)
            ])
        hedges = self.hedges(view) if s.hedges else []
        quotes, hedges = attach_hedges(resolution.quotes, hedges)
        analysis = Analysis(quotes=quotes, hedges=hedges, entities=resolution.entities,
                            text=view.text)
        return analysis if proposals.prose is None else proposals.prose.restore(analysis)
