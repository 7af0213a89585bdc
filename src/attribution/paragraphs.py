"""Paragraph breaks as sentence starts before a statistical parser runs.

A scraped page's lines are separate things: "Advertisement" and the paragraph after it,
a caption and the lead, a byline and the headline. A parser that sees no boundary there
makes one sentence of them and hangs the next paragraph's subject on the furniture
("Advertisement | Felsted later told the Courier …" parses "Felsted" as a modifier of
"Advertisement"), so the quote rules that read the parse lose the speaker. spaCy's parser
keeps sentence starts set before it; this component sets one at every paragraph break.

The Analyzer adds it before the ``parser`` of a pipeline it loads or is given
(:func:`keep_paragraphs`); the rules backend has no parser and needs none, since its own
sentences always end at paragraph breaks (:mod:`attribution.segment`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from .segment import is_para_break

COMPONENT = "attribution_paragraphs"


def paragraph_starts(doc: Doc) -> Doc:
    """Mark the first token of each paragraph as a sentence start (the paragraph breaks
    of :func:`attribution.segment.is_para_break`: not a hard-wrapped line's)."""
    for tok in doc[1:-1]:
        if tok.is_space:
            nxt = doc[tok.i + 1]
            if not nxt.is_space and is_para_break(tok.text, doc[tok.i - 1].text, nxt.text):
                nxt.is_sent_start = True
    return doc


@Language.factory(COMPONENT)
def make_paragraph_starts(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The component's factory (an entry point too: a saved pipeline that holds it loads
    without importing ``attribution`` first)."""
    return paragraph_starts


def keep_paragraphs(nlp: Language) -> Language:
    """Add :func:`paragraph_starts` before ``nlp``'s parser (once); ``nlp`` unchanged
    when it has no parser. Returns ``nlp``."""
    if "parser" in nlp.pipe_names and COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, before="parser")
    return nlp
