"""Organisation names inside noun phrases: where an "and" joins no two noun phrases but
the words of one name ("the Agriculture and Horticulture Development Board", "the
Association of Avocado Producers and Packers of Michoacán"). ``heads`` are the speaker
lexicon's organisation heads (``org_head``)."""

from __future__ import annotations

from collections.abc import Container

from .segment import DocView


def org_name_end(view: DocView, heads: Container[str], k: int, hi: int) -> int | None:
    """The end of a run of capitalised words from token ``k`` that closes with an
    organisation's head ("Horticulture Development Board"), or None."""
    m = k
    while m < hi and m - k < 6 and view.words[m][:1].isupper() and not view.is_space[m]:
        m += 1
    return m if m > k and view.lower[m - 1] in heads else None


def of_org_name(view: DocView, heads: Container[str], start: int, k: int, hi: int) -> bool:
    """Is "and" at token ``k`` inside a name that an organisation's head opened with "of"
    or "for" ("Council for Scientific and Industrial Research"): capitalised words (or
    "the") since then, and a capitalised word after it? ``start``: the phrase's first."""
    words, lower = view.words, view.lower
    if k + 1 >= hi or not (words[k + 1][:1].isupper() and words[k - 1][:1].isupper()):
        return False
    j = next((j for j in range(k - 2, max(start, k - 7), -1) if lower[j] in ("of", "for")), 0)
    return j > start and lower[j - 1] in heads and all(
        words[i][:1].isupper() or lower[i] == "the" for i in range(j + 1, k))
