"""Who is quoted in PolNeAR, by publisher: the sourcing profile of a split.

    python benchmarks/sourcing.py [--data ../shared/data] [--split dev] [--by publisher]
                                 [--model NAME] [--html report.html] [--top 15]

Reads the split's articles and ``polnear/metadata.tsv`` (publisher, publication_date,
author, ...: any of its columns can be ``--by``), analyses the texts, and prints the
profile per group as Markdown tables (the figures in docs/profile.md), beside the number
of attribution relations PolNeAR's annotators marked in the same articles (quotations
found against relations annotated: a rough check of the counts' scale, not an accuracy).
``--html`` writes the corpus report (needs the plot extra). PolNeAR: Newell, Margolin &
Ruths, LREC 2018.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from _setup import require_package

require_package()

import attribution  # noqa: E402
from polnear import load_split  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"


def metadata(data: Path) -> dict[str, dict[str, str]]:
    """``filename -> {column: value}`` of ``polnear/metadata.tsv``."""
    path = data / "polnear" / "metadata.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    rows = (dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:] if line)
    return {row["filename"]: row for row in rows}


def polnear_profile(
    data: Path, split: str = "dev", by: str = "publisher", model: str | None = None
) -> tuple[attribution.Profile, dict[str, int], float]:
    """The profile of ``split`` grouped by a metadata column, the gold relations per
    group, and the seconds the analysis took."""
    meta = metadata(data)
    articles = load_split(data, split)
    missing = [a.name for a in articles if a.name not in meta]
    if missing:
        sys.exit(f"{len(missing)} articles are not in metadata.tsv, e.g. {missing[0]}")
    if articles and by not in meta[articles[0].name]:
        sys.exit(f"--by {by}: metadata.tsv has no such column "
                 f"({', '.join(meta[articles[0].name])})")
    analyzer = attribution.Analyzer(model=model)
    start = time.perf_counter()
    results = [(res, {"id": name, **meta[name]}) for res, name in
               analyzer.pipe(((a.text, a.name) for a in articles), as_tuples=True)]
    seconds = time.perf_counter() - start
    gold: dict[str, int] = {}
    for a in articles:
        group = meta[a.name][by]
        gold[group] = gold.get(group, 0) + len(a.gold)
    return attribution.profile(results, by=by), gold, seconds


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.0f} %"


def groups_table(prof: attribution.Profile, gold: dict[str, int]) -> str:
    head = ("| group | articles | quotations (gold relations) | sources | person / org. / "
            "anon. / media / doc. | women / men / unstated | anonymous | hedged | "
            "non-neutral cues | top source (share of quoted words) |\n"
            "|---|--:|--:|--:|--:|--:|--:|--:|--:|---|")
    lines = [head]
    for g in [*prof.groups, prof.corpus]:
        k, s = g.sources_by_kind, g.sources_by_gender
        cues = sum(g.stances.values())
        loaded = cues - g.stances["neutral"] - g.stances["unlisted"]
        top = g.top_source
        gold_n = sum(gold.values()) if g.whole else gold.get(g.group or "", 0)
        lines.append(
            f"| {g.label} | {g.articles} | {g.quotes} ({gold_n}) | {g.source_appearances} | "
            f"{k['person']} / {k['organization']} / {k['anonymous']} / {k['media']} / "
            f"{k['document']} | {s['female']} / {s['male']} / {s['unstated']} | "
            f"{_pct(g.anonymous_share)} | {_pct(g.hedged_share)} | "
            f"{_pct(loaded / cues if cues else None)} | "
            f"{top.name if top else '—'} ({_pct(g.top_source_share)}) |"
        )
    return "\n".join(lines)


def sources_table(prof: attribution.Profile, top: int) -> str:
    lines = ["| source | kind | stated gender | articles | quotations | words | direct | "
             "hedged | cues |", "|---|---|---|--:|--:|--:|--:|--:|---|"]
    for s in prof.corpus.sources[:top]:
        cues = ", ".join(f"{k} {v}" for k, v in list(s.cues.items())[:4])
        lines.append(f"| {s.name} | {s.kind} | {s.gender or '—'} | {s.articles} | "
                     f"{s.quotes} | {s.words} | {_pct(s.direct_share)} | "
                     f"{_pct(s.hedged_share)} | {cues} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--by", default="publisher", help="a column of metadata.tsv")
    parser.add_argument("--model", default=None, help="a spaCy pipeline (default: rules)")
    parser.add_argument("--html", type=Path, default=None, help="write the report here")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    prof, gold, seconds = polnear_profile(args.data, args.split, args.by, args.model)
    backend = args.model or "rules"
    print(f"PolNeAR {args.split}, by {args.by}: {prof.corpus.articles} articles analysed "
          f"in {seconds:.1f} s ({backend} backend)\n")
    print(groups_table(prof, gold))
    print(f"\nTop {args.top} sources of the split (pooled over articles by kind and name):\n")
    print(sources_table(prof, args.top))
    if args.html is not None:
        report: Any = prof.to_html(
            title=f"Who is quoted in PolNeAR {args.split}, by {args.by}", top=args.top)
        args.html.write_text(report, encoding="utf-8")
        print(f"\nwrote {args.html}")


if __name__ == "__main__":
    main()
