"""Who "I" is when a sentence of the article's own says it: the labelled answerer of an
interview, or the writer of an op-ed.

Outside quotation marks, a first-person pronoun belongs to whoever holds the text at
that point. Two layouts of news say who that is:

* **a transcript or Q&A** labels each answer with its speaker ("Quaye: I tell them …"):
  an "I" in a labelled paragraph is the label's;
* **an op-ed, column or letter** names its writer in a byline ("By Rick Scott"), in an
  author's note at its end ("Rick Scott is the Republican governor of Florida."), or in
  a headline that opens with the writer's name and a colon ("Ann Coulter: And Then There
  Was the One"): an "I" of the prose is the writer's.

Nothing else is guessed: an unnamed columnist's "I" stays unresolved (PolNeAR's
guidelines, and the Gender Gap Tracker's, do the same).
"""

from __future__ import annotations

from ..quotes.words import SPEECH_PRONOUNS
from ..segment import DocView

LABEL_WORDS = 4  # the longest speaker label, in words ("Nii Armah Quaye:")
BYLINE_LINES = 4  # lines at the top searched for a byline
NOTE_VERBS = frozenset(["is", "was"])

Span = tuple[int, int]


def _words(view: DocView, a: int, end: int) -> int:
    """The first token at or after ``a`` (before ``end``) that is no space or quote."""
    while a < end and (view.is_space[a] or not view.words[a][:1].isalnum()):
        a += 1
    return a


def _name_run(view: DocView, a: int, end: int) -> int:
    """The end of the capitalised run of at most :data:`LABEL_WORDS` words at ``a``."""
    k, n = a, 0
    while k < end and n < LABEL_WORDS and (
        view.words[k][:1].isupper() or view.words[k] in (".", "-")
    ):
        n += view.words[k][:1].isupper()
        k += 1
    while k > a and view.words[k - 1] in (".", "-"):
        k -= 1
    return k


def label_of(view: DocView, i: int) -> Span | None:
    """The speaker label that opens token ``i``'s paragraph ("Quaye:"), as tokens."""
    first, end = view.paras[view.para_of[i]]
    a = _words(view, first, end)
    b = _name_run(view, a, end)
    if a < b < end and view.words[b] == ":" and b < i:
        return (a, b)
    return None


def labelled_speech(view: DocView, labels: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of what labelled paragraphs say ("FALLIN: I think he is …"): a
    transcript's speech, whose pronouns are the speaker's, as a quotation's are. Speech
    says "I", "we" or "you"; a section heading ("Jeb Bush: Student loans …") does not,
    and a label in ``labels`` ("Update:", lower case) names no speaker."""
    out = []
    for first, end in view.paras:
        a = _words(view, first, end)
        b = _name_run(view, a, end)
        if (
            a < b < end - 1 and view.words[b] == ":" and view.lower[a] not in labels
            and any(view.lower[i] in SPEECH_PRONOUNS for i in range(b + 1, end))
        ):
            out.append((view.ends[b], view.ends[end - 1]))
    return out


def writer_of(view: DocView, prose: list[bool]) -> Span | None:
    """The writer's name as tokens: a byline line at the top ("By Rick Scott"); or a
    headline "Name: …" or an author's note that ends the article ("Rick Scott is the
    Republican governor of Florida."), when the article's prose never names that person
    elsewhere (a headline "Rubio: I still believe …" quotes the man it is about)."""
    paras = view.paras
    for n, (first, end) in enumerate(paras[:BYLINE_LINES]):
        a = _words(view, first, end)
        if a + 1 < end and view.words[a] in ("By", "BY") and not prose[n]:
            b = _name_run(view, a + 1, end)
            if b - (a + 1) >= 2:
                return (a + 1, b)
    found = None
    if paras:
        first, end = paras[0]
        a = _words(view, first, end)
        b = _name_run(view, a, end)
        if b - a >= 2 and b < end and view.words[b] == ":":
            found = (a, b, 0)
    if found is None:
        for n in range(len(paras) - 1, -1, -1):
            if not prose[n]:
                continue
            first, end = paras[n]
            a = _words(view, first, end)
            b = _name_run(view, a, end)
            k = _words(view, b, end)
            if (
                b - a >= 2 and k + 1 < end and view.lower[k] in NOTE_VERBS
                and view.lower[_words(view, k + 1, end)] in ("a", "an", "the")
            ):
                found = (a, b, n)
            break
    if found is None:
        return None
    a, b, n = found
    surname = view.words[b - 1]
    for m, (first, end) in enumerate(paras):
        if m != n and prose[m] and surname in view.words[first:end]:
            return None
    return (a, b)


class Narrator:
    """Who "I" is: the label of its paragraph, else the article's writer (looked for
    once); None inside quotation marks or when the text does not say."""

    def __init__(self, view: DocView, prose: list[bool]) -> None:
        self.view = view
        self.prose = prose
        self._writer: Span | None = None
        self._read = False

    def span(self, a: int, quoted: bool) -> Span | None:
        """The name "I" at token ``a`` stands for; ``quoted``: it stands in quotation
        marks."""
        span = label_of(self.view, a)
        if span is None and quoted:
            return None
        if span is None:
            if not self._read:
                self._writer = writer_of(self.view, self.prose)
                self._read = True
            span = self._writer
        return span
