"""Speaker resolution on PolNeAR: who the library says spoke, against our annotation.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) marks each attribution's Source span but
not whom it refers to. ``speakers_gold/polnear_{dev,train}.tsv`` adds that by hand: for
every Source span of the annotated articles, its mention type, the canonical name of
its entity, the entity's kind and the gender the text states (guidelines in
``speakers_gold/README.md``). This benchmark runs ``attribution.Analyzer`` over those
articles and reports:

(a) **Resolution accuracy by mention type.** A gold source row is *matched* when one of
    the gold attributions it is the Source of is matched to a predicted quote (contents
    overlap >= 50% of both, one to one, greedy by overlap as in ``accuracy.py``; the
    library's interrupted quotes are first grouped into attributions the same way) and
    that quote's speaker mention shares a character with the row's span. Matched rows
    are *correct* when the quote's ``speaker.name`` resolves the row's canonical name by
    the rules of ``speaker_metrics.py`` (normalised equality; a surname alone for a
    full-name entity is wrong; groups need every member named). Rows whose canonical
    name is ``-`` are not scored. Rows that are not matched are counted by why: no
    predicted quote for the content, or a quote whose speaker mention is elsewhere.
(b) **People quoted per article**: the gold persons among the article's sources (group
    members one by one) against the library's speakers of kind person
    (``Analysis.people_quoted``: a group's members who are people, one by one); micro
    and macro precision, recall, F1.
(c) **Gender**, once the library states it (``Analysis.entities`` with ``gender``, issue
    17): of the quoted people found by name, the share whose gender the library states
    and the share of those it gets right. "n/a" while the library has no entities.

Usage::

    python benchmarks/speakers.py [--data ../shared/data] [--split dev|train]
        [--model NAME] [--errors N] [--json PATH]

``--errors`` prints wrong resolutions with the mention text: use it on train only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from _setup import require_package
from accuracy import DEFAULT_DATA, AttributionSystem, Pred, fmt, pipe_table
from metrics import CharCounter, greedy_match, overlap_candidates, touches
from polnear import Article, load_split
from speaker_metrics import (
    ENTITY_KINDS,
    MENTION_TYPES,
    GenderTally,
    GoldFormatError,
    GoldSource,
    check_offsets,
    entity_genders,
    gold_people,
    load_gold,
    pair_names,
    people_scores,
    resolves,
)

GOLD_DIR = Path(__file__).resolve().parent / "speakers_gold"
STATUSES = ("no_quote", "other_mention", "matched")


@dataclass
class RowResult:
    """A gold source row and what the library made of it."""

    gold: GoldSource
    status: str = "no_quote"
    predicted: str | None = None
    correct: bool = False


@dataclass
class ArticleResult:
    rows: list[RowResult] = field(default_factory=list)
    gold_people: dict[str, str] = field(default_factory=dict)
    predicted_people: list[str] = field(default_factory=list)
    genders: dict[str, str | None] | None = None


def match_rows(
    article: Article, rows: Sequence[GoldSource], preds: Sequence[Pred]
) -> list[RowResult]:
    """Judge each gold source row against the article's predicted attributions."""
    counter = CharCounter(article.text)
    gold = list(article.gold)
    g_frags = [g.content for g in gold]
    p_frags = [p.content for p in preds]
    g_size = [counter.size(f) for f in g_frags]
    p_size = [counter.size(f) for f in p_frags]

    def half(g: int, p: int, overlap: int) -> bool:
        return 2 * overlap >= g_size[g] and 2 * overlap >= p_size[p]

    matched = greedy_match(overlap_candidates(counter, g_frags, p_frags, half))
    overlap_of = {g: counter.overlap(g_frags[g], p_frags[p]) for g, p in matched.items()}
    results = []
    for row in rows:
        result = RowResult(row)
        span = ((row.start, row.end),)
        best = -1
        for g, attribution in enumerate(gold):
            if (
                not attribution.source
                or (attribution.source[0][0], attribution.source[-1][1]) != (row.start, row.end)
                or g not in matched
            ):
                continue
            pred = preds[matched[g]]
            if not (pred.speaker and touches(pred.speaker, span)):
                if result.status == "no_quote":
                    result.status = "other_mention"
                continue
            if overlap_of[g] > best:
                best = overlap_of[g]
                result.status, result.predicted = "matched", pred.speaker_name
        result.correct = result.status == "matched" and resolves(result.predicted, row)
        results.append(result)
    return results


def evaluate(
    articles: Sequence[Article], gold: dict[str, list[GoldSource]], model: str | None
) -> list[ArticleResult]:
    system = AttributionSystem(model)
    out = []
    for article in articles:
        analysis = system.analyzer.analyze(article.text)
        preds = system.from_quotes(analysis.quotes)
        rows = gold[article.name]
        # a group ("Elizabeth Warren | Bernie Sanders") counts as its members
        people = analysis.people_quoted()
        out.append(
            ArticleResult(
                rows=match_rows(article, rows, preds),
                gold_people=gold_people(rows),
                predicted_people=list(dict.fromkeys(people)),
                genders=entity_genders(analysis),
            )
        )
    return out


# --- aggregation ----------------------------------------------------------------------


def resolution_table(
    rows: Sequence[RowResult], by: str, labels: Iterable[str]
) -> dict[str, dict[str, Any]]:
    """Counts and accuracy per label of ``by`` (mention_type or kind), plus "all"."""
    table: dict[str, dict[str, Any]] = {}
    for label in [*labels, "all"]:
        chosen = [r for r in rows if label == "all" or getattr(r.gold, by) == label]
        scored = [r for r in chosen if r.gold.resolvable]
        status = Counter(r.status for r in scored)
        correct = sum(r.correct for r in scored)
        if not chosen:
            continue
        table[label] = {
            "rows": len(chosen),
            "unresolvable": len(chosen) - len(scored),
            **{s: status[s] for s in STATUSES},
            "correct": correct,
            "accuracy": correct / status["matched"] if status["matched"] else None,
            "correct_of_scored": correct / len(scored) if scored else None,
        }
    return table


def gender_tally(results: Sequence[ArticleResult]) -> GenderTally | None:
    if all(r.genders is None for r in results):
        return None
    tally = GenderTally()
    for r in results:
        genders = r.genders or {}
        for gold_name, pred_name in pair_names(r.gold_people, r.predicted_people):
            tally.add(r.gold_people[gold_name], genders.get(pred_name))
    return tally


def summarize(results: Sequence[ArticleResult]) -> dict[str, Any]:
    rows = [row for r in results for row in r.rows]
    people = people_scores([(r.gold_people, r.predicted_people) for r in results])
    tally = gender_tally(results)
    return {
        "by_mention_type": resolution_table(rows, "mention_type", MENTION_TYPES),
        "by_kind": resolution_table(rows, "kind", ENTITY_KINDS),
        "people": {
            "articles": people["articles"],
            "micro": {
                "gold": people["micro"].gold,
                "pred": people["micro"].pred,
                "matched": people["micro"].matched,
                "precision": people["micro"].precision,
                "recall": people["micro"].recall,
                "f1": people["micro"].f1,
            },
            "macro": people["macro"],
        },
        "gender": None if tally is None else vars(tally),
    }


# --- tables ---------------------------------------------------------------------------


def table_md(data: dict[str, dict[str, Any]], first: str) -> str:
    headers = [
        first,
        "rows",
        "not scored (-)",
        "no quote",
        "mention elsewhere",
        "matched",
        "correct",
        "accuracy (of matched)",
        "correct of scored",
    ]
    body = [
        [
            label,
            d["rows"],
            d["unresolvable"],
            d["no_quote"],
            d["other_mention"],
            d["matched"],
            d["correct"],
            d["accuracy"],
            d["correct_of_scored"],
        ]
        for label, d in data.items()
    ]
    return pipe_table(headers, body)


def people_md(p: dict[str, Any]) -> str:
    mi, ma = p["micro"], p["macro"]
    return pipe_table(
        ["", "gold", "predicted", "matched", "precision", "recall", "F1"],
        [
            [
                "micro",
                mi["gold"],
                mi["pred"],
                mi["matched"],
                mi["precision"],
                mi["recall"],
                mi["f1"],
            ],
            [
                f"macro ({p['articles']} articles)",
                "",
                "",
                "",
                ma["precision"],
                ma["recall"],
                ma["f1"],
            ],
        ],
    )


def gender_md(g: dict[str, Any] | None) -> str:
    if g is None:
        return pipe_table(
            ["quoted people found", "gender stated", "right"], [["n/a", "n/a", "n/a"]]
        )
    stated = g["stated"] / g["people"] if g["people"] else None
    right = g["right"] / g["stated"] if g["stated"] else None
    return pipe_table(
        [
            "quoted people found",
            "gender stated",
            "stated share",
            "right",
            "right share",
            "stated where the text does not",
        ],
        [[g["people"], g["stated"], stated, g["right"], right, g["stated_unsupported"]]],
    )


def report(summary: dict[str, Any], split: str, n_articles: int) -> str:
    parts = [
        f"## Speakers: resolution on PolNeAR {split} ({n_articles} annotated articles)\n",
        "### (a) Resolution accuracy by mention type\n",
        table_md(summary["by_mention_type"], "mention type"),
        "\n_matched: a predicted quote matches one of the row's attributions (content "
        ">= 50% both ways) and its speaker mention overlaps the gold source; accuracy: "
        "speaker.name resolves the canonical name (speaker_metrics.py)._\n",
        "### Resolution accuracy by entity kind\n",
        table_md(summary["by_kind"], "entity kind"),
        "",
        "### (b) People quoted per article\n",
        people_md(summary["people"]),
        "",
        "### (c) Gender of quoted people\n",
        gender_md(summary["gender"]),
        "",
    ]
    return "\n".join(parts)


def errors_md(results: Sequence[ArticleResult], limit: int) -> str:
    lines = [f"### Wrong resolutions (first {limit})\n"]
    shown = 0
    for r in results:
        for row in r.rows:
            if row.status == "matched" and not row.correct and row.gold.resolvable:
                lines.append(
                    f"- {row.gold.article} {row.gold.start}-{row.gold.end} "
                    f"[{row.gold.mention_type}] {row.gold.mention!r}: gold "
                    f"{row.gold.canonical!r}, predicted {row.predicted!r}"
                )
                shown += 1
                if shown >= limit:
                    return "\n".join(lines)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--model", default=None, help="a spaCy pipeline name (default: rules)")
    parser.add_argument("--gold", type=Path, default=None, help="gold TSV (default: ours)")
    parser.add_argument("--errors", type=int, default=0, help="print N wrong resolutions")
    parser.add_argument("--json", type=Path, default=None, help="write the summary here")
    args = parser.parse_args(argv)
    require_package()

    try:
        gold = load_gold(args.gold or GOLD_DIR / f"polnear_{args.split}.tsv")
        articles = [a for a in load_split(args.data, args.split) if a.name in gold]
    except (FileNotFoundError, GoldFormatError) as err:
        print(f"{parser.prog}: {err}", file=sys.stderr)
        return 1
    missing = sorted(set(gold) - {a.name for a in articles})
    if missing:
        print(f"gold articles not in the {args.split} split: {missing}", file=sys.stderr)
        return 1
    problems = [p for a in articles for p in check_offsets(a.text, gold[a.name])]
    if problems:
        print("gold does not fit the texts:\n" + "\n".join(problems[:20]), file=sys.stderr)
        return 1
    results = evaluate(articles, gold, args.model)
    summary = summarize(results)
    print(report(summary, args.split, len(articles)))
    if args.errors:
        print(errors_md(results, args.errors))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2, default=fmt), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
