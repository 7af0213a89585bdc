"""Dependency evidence for attributions, when the Doc carries a parse.

With a statistical pipeline the cue verb's dependents say what the rules guess from
word order (Pareti 2016; the PARC baselines; the Gender Gap Tracker's extractor):

* its nominal subject (``nsubj``; not a passive subject) is the speaker, minus
  relative clauses and appositives but with every nominal conjunct ("David Andersen
  and David Peterson wrote": both, a group) — used where the word-order rules find none
  ("officials who spoke on condition of anonymity said"). Cutting contents at the
  clausal complement's edge was tried and did not improve F1 on PolNeAR.

The function returns a token range or ``None``; the constructions use it only to fill
in what the rules did not find, so a pipeline without a parser leaves the rules' answer
in place.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

SUBJECT_DEPS = frozenset({"nsubj"})  # a passive subject is not the source
NP_TRIM_DEPS = frozenset({"relcl", "appos", "acl", "punct", "advcl", "cc", "conj"})


def subject_span(doc: Doc, cue: int) -> tuple[int, int] | None:
    """Token range of the cue's subject noun phrase, without relative clauses,
    appositives and trailing punctuation."""
    tok = doc[cue]
    for child in tok.children:
        if child.dep_ in SUBJECT_DEPS:
            name = _appositive_name(child)
            if name is not None:
                return name
            start, end = child.i, child.i + 1
            for t in child.subtree:
                if t.i < child.i and not _under_trimmed(t, child):
                    start = min(start, t.i)
                elif t.i > child.i and not _under_trimmed(t, child):
                    end = max(end, t.i + 1)
            # Keep the noun phrase contiguous: stop at the first trimmed dependent, at
            # any depth ("The review of Ysbyty Dyffryn Tawe | , near Swansea, found").
            joined = _conjuncts_end(child)
            for t in child.rights:
                if (t.dep_ in NP_TRIM_DEPS or _time_phrase(t)) and t.i >= joined:
                    end = min(end, t.left_edge.i)
            end = next((k for k in range(child.i + 1, end) if _under_trimmed(doc[k], child)
                        and not _in_word(doc, k)), end)
            end = _named_by_apposition(doc, child, end)
            return _whole_words(doc, start, _split_subject_end(tok, child, max(end, child.i + 1)))
    if tok.dep_ == "conj" and tok.head.i < cue and tok.head.pos_ in ("VERB", "AUX"):
        return subject_span(doc, tok.head.i)  # "She lives on a pension … and said that"
    return None


def _split_subject_end(verb: Token, first: Token, end: int) -> int:
    """``end`` past a second subject of ``verb`` that a parse split off a name it runs on
    into ("CNN | President Jeff Zucker is n't kowtowing": two subjects, one phrase): the
    last token of the next subject when only capitalised words lie between."""
    doc = verb.doc
    for other in verb.children:
        if other.dep_ in SUBJECT_DEPS and other.i >= end and other.i < verb.i and all(
                doc[k].pos_ == "PROPN" for k in range(end, other.i + 1)):
            end = other.i + 1
    return end


def _named_by_apposition(doc: Doc, subject: Token, end: int) -> int:
    """``end`` past the name an appositive gives the subject's last noun, when the name
    closes the subject ("a spokesperson for the UN children's agency | , Unicef, |
    told"): part of who spoke."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return end
    name = doc[end + 1]
    if name.dep_ != "appos" or name.pos_ != "PROPN" or not (
        subject.i <= name.head.i < end and name.head.i != subject.i
    ):
        return end
    toks = list(name.subtree)
    if toks[0].i != end + 1 or not all(t.pos_ == "PROPN" or t.text in ("-", ".") for t in toks):
        return end
    after = toks[-1].i + 1
    if after < len(doc) and (doc[after].text == "," or doc[after].head.i == subject.head.i
                             or doc[after].i == subject.head.i):
        return after
    return end


def _in_word(doc: Doc, k: int) -> bool:
    """Is token ``k`` a hyphen inside a word ("Patna | - | based")?"""
    return doc[k].text == "-" and k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def _appositive_name(subject: Token) -> tuple[int, int] | None:
    """The name a common-noun subject's appositive gives, when the appositive is a name
    alone and closes the subject ("The minister representing the home affairs minister
    in the Senate, | Julian Tan, | said"): the speaker is the person named, not the role
    (which may be another's)."""
    if subject.pos_ != "NOUN":
        return None
    for k in subject.rights:
        if k.dep_ != "appos" or k.pos_ != "PROPN":
            continue
        toks = list(k.subtree)
        if not all(t.pos_ == "PROPN" or t.text in ("-", ".") for t in toks):
            return None
        a, b = toks[0].i, toks[-1].i + 1
        if not (a > 0 and subject.doc[a - 1].text == ","):
            return None
        if b != subject.right_edge.i + 1 and subject.doc[b].text != ",":
            return None
        return _whole_words(subject.doc, a, b)
    return None


def _whole_words(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """``start .. end`` widened over the pieces of a word a tokenizer split at a hyphen
    ("Ben" "-" "Haim", whose parse makes three subjects of one name)."""
    while end < len(doc) and not doc[end - 1].whitespace_ and (
        (doc[end].text == "-" and end + 1 < len(doc) and doc[end + 1].is_alpha)
        or (doc[end - 1].text == "-" and doc[end].is_alpha)
    ):
        end += 1
    while start > 0 and not doc[start - 1].whitespace_ and (
        (doc[start - 1].text == "-" and start > 1 and doc[start - 2].is_alpha
        and not doc[start - 2].whitespace_)
        or (doc[start].text == "-" and doc[start - 1].is_alpha)
    ):
        start -= 1
    return start, end


def _time_phrase(t: Token) -> bool:
    """Is ``t`` a preposition whose object is a date or a time ("Pacific leaders | on
    Friday | called …")? Attached to the subject, that is a parse's slip: the time is
    the verb's, no part of who spoke."""
    return t.dep_ == "prep" and any(
        k.dep_ == "pobj" and k.ent_type_ in ("DATE", "TIME") for k in t.children
    )


def _conjuncts_end(subject: Token) -> int:
    """The token after the last nominal conjunct coordinated with ``subject`` ("David
    Andersen and David Peterson", "Trump, Cruz and Rubio", "Mr. Trump, and others"), or
    ``subject.i`` when it has none: who spoke is all of them."""
    end, node = subject.i, subject
    for _ in range(16):
        nxt = next((k for k in node.rights if k.dep_ == "conj" and k.pos_ in NOMINAL), None)
        if nxt is None:
            break
        end, node = nxt.right_edge.i + 1, nxt
    return end


def _nominal_conjunct(node: Token) -> bool:
    """Is ``node`` a nominal conjunct, or the word or comma that coordinates one with
    what comes before it ("Trump, Cruz and Rubio")?"""
    if node.dep_ == "conj":
        return node.pos_ in NOMINAL
    if node.dep_ == "punct" and node.text == "," and node.i + 1 < len(node.doc):
        node = node.doc[node.i + 1]  # a list's comma: a conjunct or "and" after it
        if node.dep_ == "conj" or any(k.dep_ == "conj" and k.left_edge.i == node.i
                                      for k in node.head.rights):
            return True
    return node.dep_ == "cc" and any(
        k.dep_ == "conj" and k.pos_ in NOMINAL and k.i > node.i for k in node.head.rights)


NOMINAL = frozenset({"PROPN", "NOUN", "PRON"})


def _under_trimmed(t: Token, root: Token) -> bool:
    """Does the path from ``t`` up to ``root`` pass a relative clause, appositive, ...?
    (Not a nominal conjunct: "Trump and Ryan" both spoke.)"""
    node = t
    for _ in range(64):  # parse trees are shallow; the bound guards a malformed one
        if node.i == root.i:
            return False
        if _nominal_conjunct(node):
            node = node.head
            continue
        if node.dep_ in NP_TRIM_DEPS or _time_phrase(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False
