"""Quote paragraphs with no cue of their own.

News runs a speaker's quotation over several paragraphs and sets quote paragraphs next
to the attribution that names the speaker; such a paragraph takes the speaker of the
attribution next to it, and shares its cue when it continues the same quotation.
"""

from __future__ import annotations

import bisect

from ...candidates import Candidate
from ..clauses import clause_end
from ..context import Context
from ..marks import QUOTE_CHARS
from ..words import TERMINAL
from .registry import Example, declare

MIN_LINE_WORDS = 2  # the fewest words of a quote paragraph with no cue ("“We saved them.”")

CONTINUATION = declare(
    "uncued.continuation",
    "uncued",
    "the rest of a quotation interrupted by its attribution (“A,” she said. “B.”): it "
    "shares the cue and the speaker",
    examples=[
        Example(
            "“We will win,” she said. “We will win big in the fall.”",
            "“We will win big in the fall.”",
            None,
            "said",
        ),
    ],
    needs=["postposed.source_cue"],
)
PARAGRAPH = declare(
    "uncued.paragraph",
    "uncued",
    "a quote paragraph with no cue takes the speaker of the attribution next to it "
    "(a line announcing it, 'Transcript as follows:', is its label, no paragraph between)",
    examples=[
        Example(
            "“We will win,” she said.\n\n“Nobody can stop this movement now, nobody.”",
            "“Nobody can stop this movement now, nobody.”",
            None,
            None,
        ),
        Example(
            "“Where were you?” the judge asked.\n\n“At home,” he said.\n\n“Alone?”",
            "“Alone?”",
            None,
            None,
        ),
        Example(
            "“We will win,” she said.\n\nThe hall was full.\n\nTranscript as follows:\n\n"
            "“Nobody can stop this movement now, nobody.”",
            "“Nobody can stop this movement now, nobody.”",
            None,
            None,
        ),
    ],
    needs=["postposed.source_cue"],
)


def uncued_paragraphs(ctx: Context, cands: list[Candidate], claimed: set[int]) -> list[Candidate]:
    """A quote standing as its own sentence or paragraph with no cue takes the speaker
    of the attribution next to it (the previous one; the next one if none before)."""
    view = ctx.view
    out: list[Candidate] = []
    if not cands:
        return out
    starts = [c.content[0] for c in cands]
    for k, (t0, t1) in enumerate(ctx.region_toks):
        if k in claimed:
            continue
        r = ctx.regions[k]
        s0, _ = ctx.sent(t0)
        _, s1_last = ctx.sent(t1 - 1)
        # It must start its sentence; it ends it, or (right after the attribution it
        # continues) runs on into the sentence: '“A,” he said. “B” and other issues.'
        if ctx.next_tok(s0, t1) != t0:
            continue
        tail = ctx.next_tok(t1, s1_last)
        runs_on = tail < s1_last and view.words[tail] not in TERMINAL
        words = sum(1 for i in range(t0, t1) if view.words[i][0].isalnum())
        para = view.para_of[t0]
        # Nearest attribution before, within the two previous paragraphs; a line that
        # announces the quotation ("Partial transcript as follows:") is its label, no
        # paragraph of its own between it and the report it belongs to.
        reach = para - 1 if para > 0 and announces(ctx, para - 1) else para
        pos = bisect.bisect_left(starts, r.start)
        src: int | None = None
        for idx in range(pos - 1, -1, -1):
            c = cands[idx]
            if reach - c.para > 2:
                break
            if _other_reading(c) or c.rule.startswith("parsed."):
                continue
            if c.speaker is not None or c.inherit is not None:
                src = idx
                if (
                    idx > 0
                    and cands[idx - 1].sent == c.sent
                    and view.token_at(c.content[0]) not in ctx.open_at
                    and view.token_at(cands[idx - 1].content[0]) in ctx.open_at
                    and (cands[idx - 1].speaker is not None or cands[idx - 1].inherit is not None)
                ):
                    # '“A,” she said, adding that B. “C.”': C continues her quotation,
                    # not the participle's report.
                    src = idx - 1
                break
        if src is None:
            for idx in range(pos, len(cands)):
                c = cands[idx]
                if c.para - para > 1:
                    break
                if c.speaker is not None and c.kind in ("direct", "mixed", "indirect") and (
                    not c.rule.startswith("parsed.")
                ):
                    src = idx
                    break
        if src is None and out and out[-1].para == para - 1 and out[-1].inherit is not None:
            # a run of lines, each in the paragraph after the last ("“Is it spicy?” Hal
            # asks. / “Only on Fridays.” / “And on Saturdays?” / “Saturdays are worse.”"):
            # the run goes on from the attribution it started with
            source = out[-1].inherit
        elif src is None:
            continue
        else:
            source = cands[src]
        # The same quotation, interrupted by its attribution: same paragraph, and the
        # attribution's sentence comes right before. It shares the cue.
        continuation = (
            src is not None
            and source.para == para
            and source.cue is not None
            and source.content[1] <= r.start
            and view.sent_of[t0] - source.sent <= 1
            and not any(
                c.content[0] > source.content[0]
                and c.content[0] < r.start
                # '“A,” she said, adding that B. “C.”': her participle's report is no break
                and c.sent != source.sent
                for c in cands[src + 1 : pos]
            )
        )
        # a one-word line right after a turn of speech is a turn too ("“Alone?” /
        # “Yes.”"), when it is a whole sentence
        turn = words == 1 and view.words[t1 - 2] in ("?", ".", "!") and (
            source.para >= para - 1 or (bool(out) and out[-1].para == para - 1))
        if (runs_on or (words < MIN_LINE_WORDS and not turn)) and not continuation:
            continue
        end = clause_end(ctx, t0, s1_last) if runs_on else t1
        span = ctx.trim_content(t0, end)
        if span is None:
            continue
        cand = Candidate(
            span,
            source.cue if continuation else None,
            source.cue_type,
            "direct",
            None,
            None,
            inherit=source,
            sent=view.sent_of[t0],
            para=para,
            continuation=continuation,
            rule=CONTINUATION if continuation else PARAGRAPH,
            evidence={"runs_on": float(runs_on)},
        )
        out.append(cand)
    return out


def _other_reading(c: Candidate) -> bool:
    """Is ``c`` a parse's other reading of a report the word-order rules read too
    ("told | reporters" beside '“…,” X told reporters')? The line continues the report,
    whose reading stands among the candidates itself. (A reading only the parse
    proposes is passed over too: '…, who spoke to | 7News from her home' is no
    quotation a line continues.)"""
    return c.evidence is not None and c.evidence.get("parse_alongside", 0.0) > 0


ANNOUNCEMENT_WORDS = 12  # the most words of a line announcing a quotation


def announces(ctx: Context, para: int) -> bool:
    """Is paragraph ``para`` a short line ending in a colon with no quotation of its
    own, which announces the quotation after it ("Partial transcript as follows:")?"""
    view = ctx.view
    first, end = view.paras[para]
    words = [i for i in range(first, end) if view.words[i].strip()]
    return (
        bool(words) and view.words[words[-1]] == ":" and len(words) <= ANNOUNCEMENT_WORDS
        and not any(view.words[i] in QUOTE_CHARS for i in words)
    )
