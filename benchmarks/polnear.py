"""Load PolNeAR attribution relations from brat standoff files.

PolNeAR (Newell, Margolin & Ruths, "An Attribution Relations Corpus for Political News",
LREC 2018; github networkdynamics/PolNeAR) annotates 1,028 US political news articles
from 2016 with attribution relations: a Source (who), a Cue (the reporting phrase) and a
Content (what is attributed), as brat standoff with character offsets into the article.

Layout read here (the copy in ``../shared/data/polnear``)::

    {train,dev}/text/NAME.txt                 the article
    {train,dev}/attributions/NAME_XXXX.ann    annotations by annotator XXXX

A few articles were annotated by several annotators and have several ``.ann`` files: we
use exactly one, the first in sorted file-name order, so every article counts once.

In the ``.ann`` files, ``T`` lines hold text-bound spans (``T12<TAB>Label START END[;START
END...]<TAB>text``; ``;`` separates the fragments of a discontinuous span) and ``E`` lines
tie them into an attribution (``E3<TAB>Attribution:T4 Source:T3 Content:T2 Cue:T1``; any
argument may be missing; ``Content2`` adds a second content part). The text field may run
over several lines, so every line that does not start with ``T<digits><TAB>`` or
``E<digits><TAB>`` is a continuation (or a note) and is skipped. Offsets, not the text
field, define a span. Gold attributions without a Content are dropped.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Range = tuple[int, int]
Fragments = tuple[Range, ...]

_TEXT_BOUND = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_EVENT = re.compile(r"^(E\d+)\t(.*)$")
_ANN_NAME = re.compile(r"^(?P<article>.+)_(?P<annotator>[^_]+)\.ann$")


@dataclass(frozen=True, slots=True)
class TextBound:
    """A brat ``T`` annotation: a label and its character fragments."""

    id: str
    label: str
    fragments: Fragments


@dataclass(frozen=True, slots=True)
class Event:
    """A brat ``E`` annotation: its trigger label and (role, T-id) arguments."""

    id: str
    label: str
    args: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One gold attribution relation: the fragments of its content, source and cue."""

    id: str
    content: Fragments
    source: Fragments
    cue: Fragments


@dataclass(frozen=True, slots=True)
class Article:
    """One article: its text, gold attributions and the annotation file used."""

    name: str
    text: str
    gold: tuple[GoldAttribution, ...]
    annotator: str


def parse_fragments(field: str) -> Fragments:
    """``"3 8;10 12"`` -> ``((3, 8), (10, 12))``."""
    pairs = (part.split() for part in field.split(";"))
    return tuple((int(start), int(end)) for start, end in pairs)


def parse_brat(ann: str) -> tuple[dict[str, TextBound], list[Event]]:
    """Text-bound annotations by id and events in file order; other lines are skipped."""
    spans: dict[str, TextBound] = {}
    events: list[Event] = []
    for line in ann.splitlines():
        if m := _TEXT_BOUND.match(line):
            spans[m[1]] = TextBound(m[1], m[2], parse_fragments(m[3]))
        elif m := _EVENT.match(line):
            events.append(_parse_event(m[1], m[2]))
    return spans, events


def _parse_event(event_id: str, body: str) -> Event:
    args = [tuple(item.split(":", 1)) for item in body.split() if ":" in item]
    label = args[0][0] if args else ""
    return Event(event_id, label, tuple((role, ref) for role, ref in args[1:]))


def _role_fragments(event: Event, spans: dict[str, TextBound], role: str) -> Fragments:
    """All fragments of the arguments whose role starts with ``role`` (Content, Content2)."""
    found = [
        frag
        for name, ref in event.args
        if name.startswith(role) and ref in spans
        for frag in spans[ref].fragments
    ]
    return tuple(sorted(set(found)))


def attributions_from_brat(ann: str) -> list[GoldAttribution]:
    """Gold attributions of one ``.ann`` file, dropping those without a Content."""
    spans, events = parse_brat(ann)
    gold = []
    for event in events:
        if not event.label.startswith("Attribution"):
            continue
        content = _role_fragments(event, spans, "Content")
        if content:
            source = _role_fragments(event, spans, "Source")
            cue = _role_fragments(event, spans, "Cue")
            gold.append(GoldAttribution(event.id, content, source, cue))
    return gold


def read_text(path: Path) -> str:
    """The exact file contents (no newline translation: brat offsets count every char)."""
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


def annotation_files(split_dir: Path) -> dict[str, Path]:
    """Article name -> its annotation file: the first in sorted order per article."""
    chosen: dict[str, Path] = {}
    for path in sorted((split_dir / "attributions").glob("*.ann")):
        m = _ANN_NAME.match(path.name)
        if m:
            chosen.setdefault(m["article"], path)
    return chosen


def load_split(data_dir: Path, split: str, limit: int | None = None) -> list[Article]:
    """The articles of ``split`` that have a text and an annotation file, by name."""
    split_dir = data_dir / "polnear" / split
    if not split_dir.is_dir():
        raise FileNotFoundError(
            f"no PolNeAR split at {split_dir}; pass --data pointing at the shared data dir"
        )
    articles = []
    for name, ann_path in sorted(annotation_files(split_dir).items()):
        text_path = split_dir / "text" / f"{name}.txt"
        if not text_path.exists():
            continue
        gold = tuple(attributions_from_brat(read_text(ann_path)))
        annotator = ann_path.stem.rsplit("_", 1)[1]
        articles.append(Article(name, read_text(text_path), gold, annotator))
        if limit is not None and len(articles) >= limit:
            break
    return articles


@dataclass(frozen=True, slots=True)
class SeedQuote:
    """One gold quote of the seed article (``seed/gold.json``)."""

    content: Range
    cue: Range | None
    mention: Range | None
    name: str | None
    speaker_kind: str | None
    kind: str
    required: bool


def _range(d: dict[str, Any] | None) -> Range | None:
    return None if d is None else (int(d["start"]), int(d["end"]))


def _seed_quote(q: dict[str, Any]) -> SeedQuote:
    speaker = q.get("speaker") or {}
    content = _range(q["content"])
    assert content is not None
    return SeedQuote(
        content=content,
        cue=_range(q.get("cue")),
        mention=_range(speaker.get("mention")),
        name=speaker.get("name"),
        speaker_kind=speaker.get("kind"),
        kind=str(q.get("kind", "")),
        required=bool(q.get("required", False)),
    )


def load_seed(seed_dir: Path) -> tuple[str, list[SeedQuote]] | None:
    """The seed article and its gold quotes, or ``None`` when the files are missing."""
    gold_path = seed_dir / "gold.json"
    if not gold_path.exists():
        return None
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = read_text(seed_dir / gold.get("text_file", "article.txt"))
    return text, [_seed_quote(q) for q in gold["quotes"]]


def in_prose(article: Article, prose: Any) -> tuple[str, tuple[GoldAttribution, ...]]:
    """The text the rules read and the gold in its offsets: an article with page
    furniture is read without it (``attribution.prose.Prose``; ``None``: no furniture),
    so the training scripts label candidates against gold offsets moved the same way.
    An attribution whose content lies wholly on a cut line is left out."""
    if prose is None:
        return article.text, article.gold

    def moved(fragments: Fragments) -> Fragments:
        out = []
        for a, b in fragments:
            a2, b2 = prose.to_prose(a), prose.to_prose(b)
            if a2 < b2:
                out.append((a2, b2))
        return tuple(out)

    gold = (GoldAttribution(g.id, moved(g.content), moved(g.source), moved(g.cue))
            for g in article.gold)
    return prose.text, tuple(g for g in gold if g.content)  # none lies on furniture
