"""What names or says a mention right after it: an apposition set off by commas ("The
engineer, Yuki Tanabe,"), a name after a relative clause, a copula ("is a 44-year-old
teacher"), the producer of a document ("a report by the council") and the source of
data ("figures released by the trust").
"""

from __future__ import annotations

from ..phrases import ARTICLES, NP_PREPS, POSSESSIVES, Tagger, np_right
from ..segment import DocView
from .text import COPULAS, MAX_RELATIVE


def apposition_after(view: DocView, tag: Tagger, b: int, hi: int) -> tuple[int, int] | None:
    """The description set off by commas after token ``b``: "Huang Xiaoling, a
    software engineer, …", "Aidan MacNeil, 52, …"."""
    words = view.words
    if b + 1 >= hi or words[b] != ",":
        return None
    k = b + 1
    if words[k][:1].isdigit() and k + 1 < hi and words[k + 1] in (",", "."):
        return (k, k + 1)  # an age
    lower_start = view.lower[k] not in ARTICLES and view.lower[k] not in POSSESSIVES and not (
        words[k][:1].isupper()
    )
    end = np_right(view, tag, k, hi)
    if end is not None and end + 3 < hi and words[end] == "(" and words[end + 2] == ")" and (
            words[end + 3] in (",", ".")):
        return (k, end)  # "The fund, Kommunernas Pensionsfond (KPF), said": its acronym
    if end is None or end >= hi or not (
        words[end] in (",", ".", ";")
        # "Ewa Kowalczyk, a 6-foot-1 sophomore whose family moved …": its relative clause
        or (view.lower[end] in ("who", "whose") and view.lower[k] in ("a", "an"))
    ):
        return None
    if lower_start and not words[end - 1][:1].isupper():
        return None  # only a title and a name may start in lower case: "state premier X"
    return (k, end)


def names_someone(view: DocView, span: tuple[int, int]) -> bool:
    """Does an apposition open with a capital ("the climber, Andrés Ortiz Vidal,") or end
    with one after a lower-case title ("retired Supt. Bronwyn MacAulay")?"""
    return view.words[span[0]][:1].isupper() or view.words[span[1] - 1][:1].isupper()


def apposition_after_relative(
    view: DocView, tag: Tagger, b: int, hi: int
) -> tuple[int, int] | None:
    """A name set off after a restrictive relative clause that starts at token ``b``:
    "The coach who wrote the email, Brendan Okafor-Hale, left …"; or None."""
    if b >= hi or view.lower[b] not in ("who", "that"):
        return None
    for j in range(b + 1, min(hi, b + MAX_RELATIVE)):
        if view.words[j] in (",", ";", ":") or view.is_space[j]:
            span = apposition_after(view, tag, j, hi) if view.words[j] == "," else None
            return span if span is not None and view.words[span[0]][:1].isupper() else None
    return None


def named_after(view: DocView, tag: Tagger, b: int, hi: int) -> tuple[int, int] | None:
    """The name after "named"/"called" at token ``b``: "a baker named Tomás Echeverría"."""
    if b + 1 >= hi or view.lower[b] not in ("named", "called") or not (
        view.words[b + 1][:1].isupper()
    ):
        return None
    end = np_right(view, tag, b + 1, hi)
    return None if end is None else (b + 1, end)


def producer_after(view: DocView, tag: Tagger, b: int) -> int | None:
    """The end of a "by"/"from" phrase that names who made a document, after token ``b``
    ("satellite estimates [by the Addis Ababa-based Horn Water Institute]", "data [from
    the Bureau of Meteorology]"), or None: its noun phrase must hold a capitalised
    word."""
    hi = view.sents[view.sent_of[b - 1]][1]
    if b + 1 >= hi or view.lower[b] not in ("by", "from"):
        return None
    end = np_right(view, tag, b + 1, hi)
    if end is not None and end + 1 < hi and view.words[end] == "-":
        end = np_right(view, tag, end + 1, hi) or end  # "the Addis Ababa-based Horn …"
    if end is None or not any(view.words[i][:1].isupper() for i in range(b + 1, end)):
        return None
    return end


# Nouns for data, which speak for whoever released them ("figures released by the
# trust", "results from the Electoral Commission"), and how data is released.
DATA_NOUNS = frozenset(["figures", "data", "results", "statistics", "numbers"])
RELEASING = frozenset(["released", "published", "compiled", "issued", "provided",
                       "collected", "produced", "supplied", "submitted", "presented"])


def data_source(view: DocView, tag: Tagger, b: int) -> tuple[int, int] | None:
    """The noun phrase of who released the data a mention ending before token ``b``
    names: "figures [released by] [the trust] that runs it", "preliminary results
    [from] [the Electoral Commission]"; None if there is none."""
    hi = view.sents[view.sent_of[b - 1]][1]
    k = b + 1 if b < hi and view.lower[b] in RELEASING else b
    if k > b and view.lower[k] != "by":  # "released on Friday by", "submitted to the inquiry by"
        k = next((i for i in range(k, min(hi, k + 5)) if view.lower[i] == "by"
                  and view.words[i - 1][:1].isalnum()), k)
    if k + 1 >= hi or view.lower[k] not in ("by", "from"):
        return None
    end = np_right(view, tag, k + 1, hi)
    return None if end is None else (k + 1, end)


def copula_after(view: DocView, tag: Tagger, b: int, hi: int) -> tuple[int, int] | None:
    """The description after "is a"/"was the" at token ``b``: "… is a 44-year-old"."""
    if b + 1 >= hi or view.lower[b] not in COPULAS or view.lower[b + 1] not in ARTICLES:
        return None
    end = np_right(view, tag, b + 1, hi)
    return None if end is None else (b + 1, end)


def named_by_copula(view: DocView, tag: Tagger, b: int, hi: int) -> tuple[int, int] | None:
    """The name a copula at token ``b`` gives the subject before it, when the name ends
    the clause or is set off: "The man at the bench [is] Kemal Yıldız, 71, who …", "The
    mail carrier [is] Walter Przybylski, and …", "Her name [is] Aylin Yıldız-Moreno."
    A name that goes on ("is Smith's horse", "was Acme Widgets Ltd's …") is not one."""
    if b + 1 < hi and view.lower[b] in NP_PREPS:
        # "The man with the stopwatch is Getaneh Tessema": over the subject's phrase
        k = b + 1
        while k < min(b + 6, hi) and tag(k) in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            k += 1
        b = k
    if b + 1 >= hi or view.lower[b] not in ("is", "was"):
        return None
    if view.lower[b + 1] in ("her", "his", "their"):
        # "The young woman is her daughter Kristine, 19": a kin or role noun, then the name
        k = b + 2
        while k < min(b + 4, hi) and view.words[k][:1].islower() and tag(k) in ("NOUN", "ADJ"):
            k += 1
        if k == b + 2 or k >= hi:
            return None
        b = k - 1
    if not view.words[b + 1][:1].isupper():
        return None
    end = np_right(view, tag, b + 1, hi)
    if end is None or not all(
        view.words[k][:1].isupper() or view.words[k] in ("-", "‐") for k in range(b + 1, end)
    ):
        return None
    if end < hi and view.words[end] not in (",", ".", ";", "and"):
        return None
    return b + 1, end
