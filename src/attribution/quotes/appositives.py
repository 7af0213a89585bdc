"""An appositive after a name that follows its cue ("said John Smith, a spokesman for
X"): the description the source is given on its right."""

from __future__ import annotations

from ..phrases import POSSESSIVES
from .context import Context


def right_appositive(ctx: Context, end: int, s1: int) -> tuple[int, int] | None:
    """ "said John Smith, a spokesman for X." -> the appositive after the name."""
    view = ctx.view
    if end >= s1 or view.words[end] != ",":
        return None
    first = ctx.next_tok(end + 1, s1)
    if first >= s1:
        return None
    fw = view.lower[first]
    if not (
        ctx.tag(first) == "DET"
        or fw in POSSESSIVES
        or ctx.res.speakers.has("role", fw)
        or ctx.res.speakers.has("title", fw)
    ):
        return None
    k = first
    relative = False  # "a staffer who said she planned to march"
    while k < s1 and view.words[k] not in (",", ".", ";", ":", "!", "?") and ctx.in_quote[k] < 0:
        t = ctx.tag(k)
        relative = relative or (k > first and fw != "who" and view.lower[k] in ("who", "whose"))
        if not relative and (
            t == "AUX" or (t == "VERB" and not view.lower[k].endswith(("ed", "ing")))
            # a past tense with its object: "According to the commission, the company
            # declared an average grade …" (a participle takes a preposition: "based in")
            or (t == "VERB" and view.lower[k].endswith("ed") and k > first and k + 1 < s1
                and (ctx.tag(k + 1) in ("DET", "NUM") or view.lower[k + 1] in POSSESSIVES))
        ):
            return None  # a clause, not an appositive
        k += 1
    if k - first > 20:
        return None
    return first, k
