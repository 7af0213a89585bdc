"""The reading a statistical parse gives a cue the word-order rules could not frame.

The word-order rules read a cue through its lexicon frame (say, that, to, object, ...).
A cue the learned tagger proposes ("endorsed", "voted for", "shrugged off", "is mulling")
has no frame of its own, and a lexicon cue in an unusual order may find none either; on
PolNeAR train a third of the acts and attitudes outside the lexicon have no candidate
for that reason, while the cue's clausal complement, object or prepositional complement
in a dependency parse covers the annotated content for more than half of them. With a
pipeline that parses (the model backend), such a cue is read from its dependents: each
complement to the cue's right is one reading, its subject the source. The decider, which
knows the parse's labels, chooses among them and against everything else.

A cue the word-order rules did frame gets the parse's readings too, as other readings of
the same report (evidence ``parse_alongside``): where the rules' content runs past the
object or the clause the parse bounds ("taunted Twitter | by creating ...", "raised
them | again at the opening of the talks"), the complement's subtree is the reading
annotators mark. On PolNeAR train this adds a matching candidate for 641 more gold
attributions; the cut and run-on readings of :mod:`..readings` are not made of them.

Two more readings need the parse to tell a cue's reporting sense from its others, so
they have no word-order twin in :mod:`.unframed`:

* a cue of several words ("voted for | Clinton", "calls on | all nations to …",
  "express enthusiasm about | Clinton", "point out | that …") is read from the
  complements that its words, not only its last, take past its end
  (``parsed.phrase_complement``): the last word of "calls for" is a preposition,
  whose object the complement reading above never looked at;
* a noun cue is read from the clause that its own parse hangs from it ("Trump's
  accusation | that Clinton is playing …", "his promise | to build a wall", "Their
  argument: | Only a Democratic Senate can …"; ``parsed.noun_clause``), its possessor
  the source. A participle ("the report | released by …") is no such clause.

On PolNeAR train these were the two largest kinds of gold attribution whose cue the
model backend found and for which it proposed nothing (46 and 76 of 583). They are
rules only the parsed backend proposes, so the rules backend's decider never sees
their columns (:data:`ONLY_WITH_PARSE`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...candidates import Candidate
from ..context import Context
from ..cues import CueMatch
from ..parse import subject_span
from .registry import Example, declare

COMPLEMENT = declare(
    "parsed.complement",
    "parsed",
    "SOURCE CUE COMPLEMENT as a dependency parse reads it: the subtree of the cue's "
    "clausal complement, object or prepositional object, its subject the source; only "
    "with a parsing pipeline, for a cue no word-order rule framed",
    frames=["say", "object", "to"],
    examples=[
        Example(
            "The senator shrugged off the criticism on Tuesday.",
            "the criticism",
            "The senator",
            "shrugged",
        ),
    ],
    counter_examples=["The weather was cold."],
)

PHRASE = declare(
    "parsed.phrase_complement",
    "parsed",
    "SOURCE CUE-OF-SEVERAL-WORDS COMPLEMENT as a dependency parse reads it: the subtree "
    "of a complement that a word of the cue (not only its last) takes past the cue's "
    "end, a preposition's object included; only with a parsing pipeline",
    frames=["say", "object", "to"],
    examples=[
        Example(
            "The governor called for an independent inquiry into the shooting.",
            "an independent inquiry into the shooting",
            "The governor",
            "called for",
        ),
    ],
    counter_examples=["The weather was cold."],
)

NOUN_CLAUSE = declare(
    "parsed.noun_clause",
    "parsed",
    "POSSESSOR NOUN-CUE CLAUSE as a dependency parse reads it: a that-clause, an "
    "infinitive or a clause after a colon that hangs from a noun cue (or from the "
    "copula the noun is the subject of: her argument is that …), the noun's possessor "
    "the source; only with a parsing pipeline",
    frames=["noun", "say", "to"],
    examples=[
        Example(
            "The senator's claim that farmers would suffer drew criticism.",
            "farmers would suffer",
            "The senator's",
            "claim",
        ),
    ],
    counter_examples=["The report released by the committee was long."],
)

WORD_ORDER = declare(
    "parsed.word_order",
    "parsed",
    "SOURCE CUE CONTENT by word order, for a cue neither a frame reading, the parse's "
    "readings nor the narrow unframed readings claimed: what follows the cue to its "
    "sentence's end; only with a parsing pipeline, whose columns tell the decider "
    "whether the parse has the content hang from the cue",
    frames=["say", "object", "to", "that", "noun"],
    examples=[
        Example(
            "Two-thirds support reducing the prison sentences for people convicted of "
            "non-violent crimes.",
            "reducing the prison sentences for people convicted of non-violent crimes",
            "Two-thirds",
            "support",
        ),
    ],
    counter_examples=["The weather was cold."],
)

WORD_ORDER_OBJECT = declare(
    "parsed.word_order_object",
    "parsed",
    "SOURCE CUE OBJECT by word order, for a cue nothing else claimed: the words after "
    "the cue up to the first punctuation, preposition or clause word; only with a "
    "parsing pipeline",
    frames=["say", "object", "to", "that", "noun"],
    examples=[
        Example(
            "Two-thirds support reducing the prison sentences for people convicted of "
            "non-violent crimes.",
            "reducing the prison sentences",
            "Two-thirds",
            "support",
        ),
    ],
    counter_examples=["The weather was cold."],
)

# The rules no Doc without a parse proposes: their one-hot columns are the parsed
# decider's alone (:mod:`attribution.decider.parsed`), so the blank model's stay as
# they were.
ONLY_WITH_PARSE = (NOUN_CLAUSE, PHRASE, WORD_ORDER, WORD_ORDER_OBJECT)

# Dependents whose subtree is a content, and the preposition a cue keeps ("voted for").
COMPLEMENTS = frozenset(["ccomp", "xcomp", "dobj", "obj", "prep", "oprd"])
MAX_TOKENS = 120  # a complement longer than this is a parse that ran away
# What a word inside a cue of several words takes: a preposition's object too.
PHRASE_COMPLEMENTS = COMPLEMENTS | {"pobj", "pcomp"}
NOUN_POS = frozenset(["NOUN", "PROPN"])
CLAUSE_MARKS = frozenset(["that", "whether", "if"])
# Dependents that give a verb a clause of its own: it shares no subject with another.
OWN_CLAUSE = frozenset(["nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "mark"])


def from_parse(ctx: Context, cue: CueMatch, alongside: bool = False) -> list[Candidate]:
    """Readings of ``cue`` from its dependents in the Doc's parse (none without one);
    ``alongside``: the cue has word-order readings too, and these are other readings
    of the same report (marked so in their evidence)."""
    if not ctx.parsed:
        return []
    view = ctx.view
    doc = view.doc
    head = cue.end - 1  # an auxiliary's group ends with its verb ("has cast")
    if view.is_space[head]:
        return []
    tok = doc[head]
    speaker = subject_before(doc, head, cue.start)
    if speaker is None:
        speaker = shared_subject(doc, head)
    if speaker is None and tok.pos_ in NOUN_POS and tok.dep_ == "dobj" and (
        tok.head.i in ctx.cue_at and tok.head.i < cue.start
    ):
        # the noun a reporting verb takes as its object reports for the verb's subject
        # ("Fifita told Triple M's breakfast show | the fans had been …")
        speaker = subject_before(doc, tok.head.i, tok.head.i)
    s1 = view.sents[view.sent_of[head]][1]
    out = []
    for child in tok.rights:
        if child.dep_ not in COMPLEMENTS:
            continue
        first = child.i + 1 if child.dep_ == "prep" else child.left_edge.i
        end = min(child.right_edge.i + 1, s1)
        if first >= end or end - first > MAX_TOKENS or first < cue.end:
            continue
        content = ctx.trim_content(first, end)
        if content is None:
            continue
        cue_end = child.i + 1 if child.dep_ == "prep" and child.i == cue.end else cue.end
        c = ctx.candidate(
            content, (cue.start, cue_end), cue.entry.cue_type, "indirect", speaker,
            rule=COMPLEMENT,
        )
        if alongside:
            c.evidence = {"parse_alongside": 1.0}
        out.append(c)
    if cue.end - cue.start > 1:
        out += _phrase(ctx, cue, s1, speaker, {c.content for c in out}, alongside)
    if tok.pos_ in NOUN_POS:
        out += _noun_clause(ctx, cue, s1, {c.content for c in out}, alongside)
    return out


def shared_subject(doc: Doc, cue: int) -> tuple[int, int] | None:
    """The subject a cue with none of its own shares with the verb before it, past a
    comma: the verb it is a participle or a conjunct of ("It rejected the figures, |
    saying …"), or the clause the parse made its complement where a headline drops the
    second subject ("Court strikes down the law, | says it cannot survive")."""
    tok = doc[cue]
    if tok.pos_ != "VERB" or any(k.dep_ in OWN_CLAUSE for k in tok.children):
        return None  # "…, and that the winds were not expected": a clause of its own
    verbs = [tok.head] if tok.dep_ in ("advcl", "conj") and tok.head.i < cue else []
    if tok.dep_ == "advcl" and tok.tag_ != "VBG":
        verbs = []  # "…, as he said"
    verbs += [k for k in tok.lefts if k.dep_ == "ccomp"]
    for verb in verbs:
        if verb.dep_ in ("relcl", "acl") or not any(
            doc[k].text == "," for k in range(verb.i + 1, cue)
        ):
            continue  # "a firefighter who spent the night | defending": not the speaker's
        span = subject_before(doc, verb.i, verb.i)
        if span is not None:
            return span
    return None


def subject_before(doc: Doc, verb: int, before: int) -> tuple[int, int] | None:
    """The subject the parse gives token ``verb``, if it ends by token ``before`` (an
    inverted one after the verb is no source here)."""
    span = subject_span(doc, verb)
    return span if span is not None and span[1] <= before else None


def _phrase(
    ctx: Context, cue: CueMatch, s1: int, speaker: tuple[int, int] | None,
    seen: set[tuple[int, int]], alongside: bool,
) -> list[Candidate]:
    """The complements past the cue's end of each word of a cue of several words."""
    doc = ctx.view.doc
    if speaker is None:
        speaker = subject_before(doc, _top(ctx, cue), cue.start)
    out = []
    for k in range(cue.start, cue.end):
        for child in doc[k].rights:
            if child.i < cue.end or child.dep_ not in PHRASE_COMPLEMENTS:
                continue
            if child.dep_ == "prep":
                continue  # a preposition past the cue is the last word's reading
            c = _reading(ctx, cue, child.left_edge.i, child.right_edge.i + 1, s1, speaker,
                         PHRASE, seen, alongside)
            if c is not None:
                out.append(c)
    return out


def _top(ctx: Context, cue: CueMatch) -> int:
    """The cue's word whose head lies outside it (its syntactic head)."""
    doc = ctx.view.doc
    for k in range(cue.start, cue.end):
        h = doc[k].head.i
        if h == k or not cue.start <= h < cue.end:
            return k
    return cue.end - 1


def _noun_clause(
    ctx: Context, cue: CueMatch, s1: int, seen: set[tuple[int, int]], alongside: bool,
) -> list[Candidate]:
    """The clause a noun cue governs: "claim | that …", "promise | to …", ": …"."""
    doc = ctx.view.doc
    tok = doc[cue.end - 1]
    speaker = None
    ante: tuple[int, int] | None = None
    for child in tok.lefts:
        if child.dep_ == "poss":
            end = child.i + 1
            if end < cue.start and doc[end].dep_ == "case":
                end += 1  # "The senator's"
            speaker = (child.left_edge.i, end)
    verb = tok.head.head
    if speaker is None and tok.dep_ == "pobj" and tok.head.dep_ == "prep" and (
        verb.i in ctx.cue_at and verb.i < tok.i
    ):
        # "which said in a statement | that …": the statement is the reporting verb's
        # subject's
        speaker = subject_before(doc, verb.i, verb.i)
        if speaker is not None and verb.dep_ == "relcl" and speaker[1] - speaker[0] == 1:
            # "…, which said": the relative's antecedent, as the word-order rules read it
            ante = (verb.head.left_edge.i, verb.head.i + 1)
    out = []
    # (clause head, its first token): the noun's own clauses, the copula's ("Her
    # argument … is | that Americans should …")
    kids = [(k, k.left_edge.i) for k in tok.rights if k.dep_ in ("acl", "appos", "ccomp")]
    if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.head.i > tok.i:
        kids += [(k, k.left_edge.i) for k in tok.head.rights if k.dep_ == "ccomp"]
    nxt = cue.end
    while nxt < s1 and doc[nxt].is_space:
        nxt += 1
    if nxt < s1 and doc[nxt].dep_ in ("mark", "aux") and doc[nxt].head.i > nxt and (
        doc[nxt].lower_ in CLAUSE_MARKS or doc[nxt].lower_ == "to"
    ) and doc[nxt].head.dep_ in ("ccomp", "advcl", "acl", "xcomp"):
        # "his suggestion | that Mrs. Clinton had …" that the parse hung elsewhere:
        # the clause from its mark on
        kids.append((doc[nxt].head, nxt))
    for child, first in kids:
        if child.pos_ not in ("VERB", "AUX") or first < cue.end:
            continue
        lead = doc[first]
        gap = [doc[k].text for k in range(cue.end, first)
               if not doc[k].is_space and child.head.i == tok.i]
        clause = (
            lead.lower_ in CLAUSE_MARKS
            or (lead.lower_ == "to" and lead.head.i == child.i)
            or gap == [":"]
            or any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in child.lefts)
        )
        if not clause:
            continue  # "the report released by …": a participle, no content
        c = _reading(ctx, cue, first, child.right_edge.i + 1, s1, speaker, NOUN_CLAUSE, seen,
                     alongside)
        if c is not None:
            c.antecedent = ante
            out.append(c)
    return out


def _reading(
    ctx: Context, cue: CueMatch, first: int, end: int, s1: int,
    speaker: tuple[int, int] | None, rule: str, seen: set[tuple[int, int]], alongside: bool,
) -> Candidate | None:
    end = min(end, s1)
    if first >= end or end - first > MAX_TOKENS:
        return None
    content = ctx.trim_content(first, end)
    if content is None or content in seen:
        return None
    seen.add(content)
    c = ctx.candidate(content, (cue.start, cue.end), cue.entry.cue_type, "indirect", speaker,
                      rule=rule)
    if alongside:
        c.evidence = {"parse_alongside": 1.0}
    return c
