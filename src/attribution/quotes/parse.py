"""Dependency evidence for attributions, when the Doc carries a parse.

With a statistical pipeline the cue verb's dependents say what the rules guess from
word order (Pareti 2016; the PARC baselines; the Gender Gap Tracker's extractor):

* its clausal complement (``ccomp``; ``xcomp`` for "wants to ...") is the content —
  the parse knows where "he will vote for Clinton" ends and ", but he hasn't endorsed
  her" (a ``conj`` of the cue) begins;
* its nominal subject (``nsubj``) is the speaker, minus relative clauses and
  appositives, which become the description.

Every function returns token ranges or ``None``; the constructions use them only to
refine or fill in what the rules found, so a pipeline without a parser, or a parse
that disagrees badly, leaves the rules' answer in place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

CONTENT_DEPS = frozenset({"ccomp", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj"})  # a passive subject is not the source
NP_TRIM_DEPS = frozenset({"relcl", "appos", "acl", "punct", "advcl", "cc", "conj"})


def has_parse(doc: Doc) -> bool:
    return bool(doc.has_annotation("DEP"))


def content_span(doc: Doc, cue: int) -> tuple[int, int] | None:
    """Token range of the cue's clausal complement, if the parse gives it one."""
    tok = doc[cue]
    best = None
    for child in tok.children:
        if child.dep_ in CONTENT_DEPS:
            span = (child.left_edge.i, child.right_edge.i + 1)
            if best is None or span[1] - span[0] > best[1] - best[0]:
                best = span
    return best


def subject_span(doc: Doc, cue: int) -> tuple[int, int] | None:
    """Token range of the cue's subject noun phrase, without relative clauses,
    appositives and trailing punctuation."""
    tok = doc[cue]
    for child in tok.children:
        if child.dep_ in SUBJECT_DEPS:
            start, end = child.i, child.i + 1
            for t in child.subtree:
                if t.i < child.i and not _under_trimmed(t, child):
                    start = min(start, t.i)
                elif t.i > child.i and not _under_trimmed(t, child):
                    end = max(end, t.i + 1)
            # Keep the noun phrase contiguous: stop at the first trimmed dependent.
            for t in child.rights:
                if t.dep_ in NP_TRIM_DEPS:
                    end = min(end, t.left_edge.i)
            return start, max(end, child.i + 1)
    return None


def appositive_span(doc: Doc, head: int) -> tuple[int, int] | None:
    """Token range of an appositive hanging from the token at ``head``."""
    for child in doc[head].rights:
        if child.dep_ == "appos":
            return child.left_edge.i, child.right_edge.i + 1
    return None


def _under_trimmed(t: Token, root: Token) -> bool:
    """Does the path from ``t`` up to ``root`` pass a relative clause, appositive, ...?"""
    node = t
    for _ in range(64):  # parse trees are shallow; the bound guards a malformed one
        if node.i == root.i:
            return False
        if node.dep_ in NP_TRIM_DEPS:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False
