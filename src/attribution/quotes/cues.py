"""Reporting cues: the verbs and phrases that introduce what someone said or thinks.

The cue lexicon (``data/cues.tsv``) follows the attribution cues annotated in PARC 3.0
(Pareti 2016) and PolNeAR (Newell, Margolin & Ruths 2018) and the reporting-verb
classes of Bergler (1992) and Krestel, Bergler & Witte (2008). All forms are matched in
one pass with spaCy's :class:`~spacy.matcher.PhraseMatcher` on lower case; the longest
match wins where forms overlap ("called" inside "called for").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..resources import CueEntry, CueLexicon
from ..segment import DocView


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue found in the text: tokens ``start .. end-1`` and its lexicon entry."""

    start: int
    end: int
    entry: CueEntry


class CueFinder:
    """Finds every cue-lexicon form in a Doc."""

    def __init__(self, nlp: Language, lexicon: CueLexicon) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[int, CueEntry] = {}
        for entry in lexicon.entries:
            label = f"CUE:{entry.lemma}:{entry.cue_type}:{'|'.join(sorted(entry.frames))}"
            self.entries[nlp.vocab.strings.add(label)] = entry
            self.matcher.add(label, [nlp.make_doc(form) for form in entry.forms])

    def __call__(self, doc: Doc, view: DocView) -> list[CueMatch]:
        # Longest first at each start (a stable sort: ties keep the matcher's order).
        found = sorted(self.matcher(doc), key=_longest_first)
        entries = self.entries
        out: list[CueMatch] = []
        last_end = -1
        for key, start, end in found:
            if start < last_end:
                continue
            out.append(CueMatch(start, end, entries[key]))
            last_end = end
        return out


def _longest_first(match: tuple[int, int, int]) -> tuple[int, int]:
    return match[1], -match[2]
