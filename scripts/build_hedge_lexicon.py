"""Fill the numbers of the hedge lexicon from CAPphrase and the official probability scales.

    python scripts/build_hedge_lexicon.py --data ../shared/data          # rewrite in place
    python scripts/build_hedge_lexicon.py --data ../shared/data --check  # only compare

Rows of ``src/attribution/data/hedges.tsv`` whose ``basis`` is

* ``capphrase:TERM[+TERM...]`` get the median and interquartile range (linear
  interpolation between order statistics) of the CAPphrase readings of TERM, pooled
  over the TERMs (Kucharski 2026, doi:10.5281/zenodo.18750055, CC-BY 4.0);
* ``capphrase-not:TERM[+TERM...]`` get the same numbers of the readings reflected,
  ``1 - x`` ("probably not" from "Probable"): the negation of a surveyed phrase;
* ``scale:TERM`` get the median of the midpoints of the official scales that list TERM
  (US ICD 203, IPCC, UK PHIA, NATO, EFSA) and the ICD 203 range when ICD 203 lists it,
  else the mean low and mean high of the scales that do;
* ``manual`` or ``none`` are left as written (their ``source`` says why).

A row with a probability and no certainty gets ``certainty = 0.3 + 0.7 * |2p - 1|``:
a phrase near an even chance commits to little, one near an endpoint to much.

Intensifier strengths in ``hedge_modifiers.tsv`` with basis ``fit:...`` are fitted as the
mean fraction of the way a base phrase moves towards its endpoint when intensified.
The package never reads ``../shared``: the numbers live in the TSV files.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEDGES = ROOT / "src" / "attribution" / "data" / "hedges.tsv"
MODIFIERS = ROOT / "src" / "attribution" / "data" / "hedge_modifiers.tsv"
SCALES = ("us_nic", "ipcc", "uk", "nato", "efsa")


def quantile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    k = (len(xs) - 1) * q
    f = int(k)
    c = min(f + 1, len(xs) - 1)
    return xs[f] + (xs[c] - xs[f]) * (k - f)


def load_capphrase(folder: Path) -> dict[str, list[float]]:
    readings: dict[str, list[float]] = {}
    with open(folder / "absolute_judgements.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                readings.setdefault(row["term"].strip().lower(), []).append(
                    float(row["probability"]) / 100
                )
            except ValueError:
                continue
    return readings


def load_scales(folder: Path) -> dict[str, dict[str, tuple[float, float]]]:
    scales: dict[str, dict[str, tuple[float, float]]] = {}
    for name in SCALES:
        with open(folder / f"yardstick_{name}.csv", encoding="utf-8") as fh:
            scales[name] = {
                r["term"].strip().lower(): (float(r["low"]) / 100, float(r["high"]) / 100)
                for r in csv.DictReader(fh)
            }
    return scales


def fmt(x: float) -> str:
    return f"{x:.4f}".rstrip("0").rstrip(".") if x else "0"


def capphrase_numbers(terms: list[str], cap: dict[str, list[float]], reflect: bool = False
                      ) -> tuple[float, ...]:
    pooled: list[float] = []
    for t in terms:
        if t.lower() not in cap:
            raise SystemExit(f"basis capphrase:{t}: no such CAPphrase term")
        pooled += cap[t.lower()]
    if reflect:
        pooled = [round(1 - x, 4) for x in pooled]
    return statistics.median(pooled), quantile(pooled, 0.25), quantile(pooled, 0.75)


def scale_numbers(term: str, scales: dict[str, dict[str, tuple[float, float]]]
                  ) -> tuple[float, ...]:
    listed = {name: s[term.lower()] for name, s in scales.items() if term.lower() in s}
    if not listed:
        raise SystemExit(f"basis scale:{term}: no official scale lists it")
    mid = statistics.median((lo + hi) / 2 for lo, hi in listed.values())
    if "us_nic" in listed:
        lo, hi = listed["us_nic"]
    else:
        lo = statistics.mean(r[0] for r in listed.values())
        hi = statistics.mean(r[1] for r in listed.values())
    return mid, lo, hi


def certainty_of(p: float) -> float:
    return round(0.3 + 0.7 * abs(2 * p - 1), 2)


def split_tsv(path: Path) -> tuple[list[str], list[str], list[list[str]]]:
    """Comment lines, header, rows (comments kept only above the header)."""
    comments: list[str] = []
    header: list[str] = []
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not header:
            if line.startswith("#") or not line.strip():
                comments.append(line)
            else:
                header = line.split("\t")
            continue
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return comments, header, rows


def build_hedges(cap: dict[str, list[float]], scales: dict[str, dict[str, tuple[float, float]]]
                 ) -> tuple[str, dict[str, float]]:
    comments, header, rows = split_tsv(HEDGES)
    col = {h: i for i, h in enumerate(header)}
    by_phrase: dict[str, float] = {}
    for row in rows:
        basis = row[col["basis"]]
        nums: tuple[float, ...] | None = None
        if basis.startswith("capphrase:"):
            nums = capphrase_numbers(basis[len("capphrase:"):].split("+"), cap)
        elif basis.startswith("capphrase-not:"):
            nums = capphrase_numbers(basis[len("capphrase-not:"):].split("+"), cap, reflect=True)
        elif basis.startswith("scale:"):
            nums = scale_numbers(basis[len("scale:"):], scales)
        if nums is not None:
            p, lo, hi = nums
            row[col["probability"]], row[col["low"]], row[col["high"]] = fmt(p), fmt(lo), fmt(hi)
        prob = row[col["probability"]]
        if prob and not row[col["certainty"]]:
            row[col["certainty"]] = fmt(certainty_of(float(prob)))
        if prob:
            for phrase in row[col["phrase"]].split("|"):
                by_phrase[phrase] = float(prob)
    out = "\n".join([*comments, "\t".join(header), *("\t".join(r) for r in rows)]) + "\n"
    return out, by_phrase


def fit_strength(pairs: list[tuple[float, float]]) -> float:
    """Mean fraction of the way to the endpoint each base moves when intensified."""
    fractions = []
    for base, strong in pairs:
        end = 1.0 if base >= 0.5 else 0.0
        fractions.append((strong - base) / (end - base))
    return round(statistics.mean(fractions), 2)


def build_modifiers(cap: dict[str, list[float]], scales: dict[str, dict[str, tuple[float, float]]]
                    ) -> str:
    def mid(term: str) -> float:
        lo, hi = scales["efsa"][term]
        return (lo + hi) / 2

    med = {t: statistics.median(v) for t, v in cap.items()}
    fits = {
        "fit:efsa:very": fit_strength([(mid("likely"), mid("very likely")),
                                       (mid("unlikely"), mid("very unlikely"))]),
        "fit:efsa:extremely": fit_strength([(mid("likely"), mid("extremely likely")),
                                            (mid("unlikely"), mid("extremely unlikely"))]),
        "fit:capphrase:highly": fit_strength([(med["likely"], med["highly likely"]),
                                              (med["unlikely"], med["highly unlikely"])]),
    }
    comments, header, rows = split_tsv(MODIFIERS)
    col = {h: i for i, h in enumerate(header)}
    for row in rows:
        basis = row[col["basis"]]
        if basis.startswith("fit:"):
            if basis not in fits:
                raise SystemExit(f"{MODIFIERS}: unknown basis {basis}")
            row[col["strength"]] = fmt(fits[basis])
    return "\n".join([*comments, "\t".join(header), *("\t".join(r) for r in rows)]) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--check", action="store_true", help="report differences, write nothing")
    args = ap.parse_args()
    folder = Path(args.data) / "hedging" / "capphrase"
    cap = load_capphrase(folder)
    scales = load_scales(folder)
    hedges, by_phrase = build_hedges(cap, scales)
    modifiers = build_modifiers(cap, scales)
    missing = [t for t in cap if t not in by_phrase]
    if missing:
        print(f"CAPphrase terms without a lexicon row: {missing}", file=sys.stderr)
        return 1
    changed = [p for p, new in ((HEDGES, hedges), (MODIFIERS, modifiers))
               if p.read_text(encoding="utf-8") != new]
    if args.check:
        for p in changed:
            print(f"{p.relative_to(ROOT)} differs from its derivation", file=sys.stderr)
        return 1 if changed else 0
    HEDGES.write_text(hedges, encoding="utf-8")
    MODIFIERS.write_text(modifiers, encoding="utf-8")
    for term in sorted(cap, key=lambda t: -statistics.median(cap[t])):
        xs = cap[term]
        print(f"{term:24s} n={len(xs):5d} median={statistics.median(xs):.2f} "
              f"IQR=[{quantile(xs, .25):.2f}, {quantile(xs, .75):.2f}]")
    print(f"wrote {HEDGES.relative_to(ROOT)} and {MODIFIERS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
