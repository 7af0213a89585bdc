"""Building blocks of the speaker-resolution benchmark (``speakers.py``).

The gold is our own annotation of PolNeAR sources (``speakers_gold/*.tsv``, guidelines in
``speakers_gold/README.md``): one row per gold Source span with the canonical name of the
entity it refers to. This module reads it and holds the rules the benchmark scores by.

**Names.** A predicted speaker name resolves a gold source when
:func:`resolves` says so:

1. Both names are normalised (:func:`normalize_name`): Unicode NFKC, invisible format
   characters dropped, lower case, curly quotes made straight, a possessive ``'s`` at
   the end of a word dropped, every other non-alphanumeric character made a space,
   blanks collapsed; then leading determiners ("the", "a", "another", ...) and leading
   honorifics or titles ("Mr.", "Sen.", "President", "Gov.", ...) are dropped while more
   than one word remains. "Mr. Trump's" -> "trump"; "President Barack Obama" ->
   "barack obama"; "the Tax Policy Center" -> "tax policy center".
2. The two normalised names are equal; or they are equal after dropping single-letter
   middle initials (:func:`lenient_name`) and both still have two words or more
   ("Donald J. Trump" = "Donald Trump"; "G.K. Butterfield" is not "Butterfield").
   Suffixes count: "Donald Trump Jr." is not "Donald Trump".
3. Nothing else counts: a surname alone for an entity with a full name is wrong
   ("Trump" for "Donald Trump"), and so is a longer or different form.
4. A gold group ("Jon Tester | David Vitter", a coordination or a plural pronoun for
   named people) is resolved when every member's normalised name occurs, word-bounded,
   in the normalised prediction ("Tester and Vitter" is not enough; "Jon Tester and
   David Vitter" is).
5. Gold rows whose canonical name is ``-`` (the text never says who) are not scored.

**People quoted.** Per article, the gold set is the canonical names of the person
entities among its source rows (groups of people contribute each member); the predicted
set is the names of the library's speakers of kind ``person``. Names are paired one to
one when :func:`same_name` holds; precision, recall and F1 are computed over all
articles (micro) and as the mean of the per-article values (macro; an article counts in
the precision mean when it has predictions and in the recall mean when it has gold).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from metrics import PRF

GROUP_SEPARATOR = " | "
UNRESOLVED = "-"
MENTION_TYPES = (
    "pronoun",
    "description",
    "surname",
    "full_name",
    "title_name",
    "organization",
    "other",
)
ENTITY_KINDS = ("person", "organization", "anonymous", "media", "document", "unknown")
COLUMNS = (
    "article",
    "start",
    "end",
    "mention",
    "mention_type",
    "entity",
    "canonical",
    "kind",
    "gender",
    "note",
)

_DETERMINER_WORDS = (
    "the a an another some many several few most other one this that these those "
    "his her its their our my your"
)
_TITLE_WORDS = (
    "mr mrs ms miss mx dr doctor prof professor sir dame lord lady rev reverend fr "
    "sen senator rep representative congressman congresswoman del delegate gov governor "
    "lt gen general col maj capt sgt adm president pres vice secretary sec attorney "
    "judge justice chief mayor speaker chairman chairwoman ambassador minister prime "
    "chancellor commissioner former"
)
_DETERMINERS = frozenset(_DETERMINER_WORDS.split())
_TITLES = frozenset(_TITLE_WORDS.split())
_NON_WORD = re.compile(r"[^\w]+")
_POSSESSIVE = re.compile(r"(?<=\w)'s?(?=\s|$)")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})


# --- gold -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GoldSource:
    """One annotated source span (one row of ``speakers_gold/*.tsv``)."""

    article: str
    start: int
    end: int
    mention: str
    mention_type: str
    entity: str
    canonical: str
    kind: str
    gender: str
    note: str = ""

    @property
    def members(self) -> tuple[str, ...]:
        """The canonical names of a group, or the one name."""
        return tuple(self.canonical.split(GROUP_SEPARATOR))

    @property
    def is_group(self) -> bool:
        return len(self.members) > 1

    @property
    def resolvable(self) -> bool:
        return self.canonical != UNRESOLVED


class GoldFormatError(ValueError):
    """A gold TSV row does not have the documented shape."""


def parse_gold(lines: Iterable[str]) -> list[GoldSource]:
    """Rows of a gold TSV (header line first), validated."""
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None or tuple(header) != COLUMNS:
        raise GoldFormatError(f"gold TSV header must be {'<TAB>'.join(COLUMNS)}, got {header}")
    rows = []
    for number, cells in enumerate(reader, 2):
        if len(cells) != len(COLUMNS):
            raise GoldFormatError(f"line {number}: {len(cells)} columns, want {len(COLUMNS)}")
        row = dict(zip(COLUMNS, cells, strict=True))
        if row["mention_type"] not in MENTION_TYPES or row["kind"] not in ENTITY_KINDS:
            raise GoldFormatError(f"line {number}: bad mention_type or kind: {cells}")
        if row["gender"] not in ("m", "f", "-"):
            raise GoldFormatError(f"line {number}: gender must be m, f or -: {cells}")
        rows.append(
            GoldSource(
                article=row["article"],
                start=int(row["start"]),
                end=int(row["end"]),
                mention=row["mention"],
                mention_type=row["mention_type"],
                entity=row["entity"],
                canonical=row["canonical"],
                kind=row["kind"],
                gender=row["gender"],
                note=row["note"],
            )
        )
    return rows


def load_gold(path: Path) -> dict[str, list[GoldSource]]:
    """Gold rows by article, in file order."""
    if not path.exists():
        raise FileNotFoundError(f"no speaker gold at {path}")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = parse_gold(fh)
    by_article: dict[str, list[GoldSource]] = {}
    for row in rows:
        by_article.setdefault(row.article, []).append(row)
    return by_article


def _in_order(words: Sequence[str], within: Sequence[str]) -> bool:
    rest = iter(within)
    return all(any(w == v for v in rest) for w in words)


def check_offsets(text: str, rows: Sequence[GoldSource]) -> list[str]:
    """Problems of ``rows`` against the article ``text``: offsets out of range, or a
    check column whose words are not, in order, words of the span's text (a
    discontinuous span's check column skips what lies between its fragments)."""
    problems = []
    for row in rows:
        if not 0 <= row.start < row.end <= len(text):
            problems.append(f"{row.article} {row.start}-{row.end}: offsets out of range")
            continue
        span = text[row.start : row.end].split()
        check = row.mention.removesuffix(" …").split()
        if not check or not _in_order(check, span):
            problems.append(f"{row.article} {row.start}-{row.end}: {row.mention!r} not in span")
    return problems


# --- names ----------------------------------------------------------------------------


def normalize_name(name: str) -> str:
    """The comparison form of a name (see the module docstring, rule 1)."""
    s = unicodedata.normalize("NFKC", name)
    s = "".join(c for c in s if unicodedata.category(c) != "Cf").translate(_QUOTES).lower()
    s = _POSSESSIVE.sub("", s)
    words = _NON_WORD.sub(" ", s).replace("_", " ").split()
    while len(words) > 1 and (words[0] in _DETERMINERS or words[0] in _TITLES):
        words.pop(0)
    return " ".join(words)


def lenient_name(normalized: str) -> str:
    """``normalized`` without single-letter words after the first (rule 2)."""
    words = normalized.split()
    return " ".join(w for k, w in enumerate(words) if not (k > 0 and len(w) == 1))


def same_name(a: str, b: str) -> bool:
    """Whether two names name the same entity under rules 1-3."""
    na, nb = normalize_name(a), normalize_name(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    la, lb = lenient_name(na), lenient_name(nb)
    return la == lb and len(la.split()) >= 2


def _contains_words(haystack: str, needle: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


def resolves(predicted: str | None, source: GoldSource) -> bool:
    """Whether a predicted speaker name is right for a gold source (rules 1-4)."""
    if predicted is None or not source.resolvable:
        return False
    if not source.is_group:
        return same_name(predicted, source.canonical)
    pred = normalize_name(predicted)
    return all(_contains_words(pred, normalize_name(m)) for m in source.members)


# --- people quoted --------------------------------------------------------------------


def gold_people(rows: Iterable[GoldSource]) -> dict[str, str]:
    """Canonical person names of an article's sources (group members included),
    each with the gender the gold states for it ("-" for groups' members)."""
    people: dict[str, str] = {}
    for row in rows:
        if row.kind != "person" or not row.resolvable:
            continue
        for member in row.members:
            gender = row.gender if not row.is_group else "-"
            if people.get(member, "-") == "-":
                people[member] = gender
    return people


def pair_names(gold: Iterable[str], predicted: Iterable[str]) -> list[tuple[str, str]]:
    """One-to-one (gold, predicted) pairs under :func:`same_name`, in gold order;
    exact normalised matches are paired first."""
    gold_list = list(dict.fromkeys(gold))
    pred_list = list(dict.fromkeys(predicted))
    pairs: list[tuple[str, str]] = []
    used: set[int] = set()
    unpaired = []
    for g in gold_list:
        k = next(
            (
                k
                for k, p in enumerate(pred_list)
                if k not in used and normalize_name(p) == normalize_name(g)
            ),
            None,
        )
        if k is None:
            unpaired.append(g)
        else:
            used.add(k)
            pairs.append((g, pred_list[k]))
    for g in unpaired:
        k = next((k for k, p in enumerate(pred_list) if k not in used and same_name(g, p)), None)
        if k is not None:
            used.add(k)
            pairs.append((g, pred_list[k]))
    return pairs


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


def people_scores(articles: Sequence[tuple[Iterable[str], Iterable[str]]]) -> dict[str, Any]:
    """Micro and macro P/R/F1 over (gold names, predicted names) per article.

    In the macro means an article counts for precision when it has predictions, for
    recall when it has gold, and for F1 when it has either (F1 0 if one side is empty).
    """
    per = []
    for gold, pred in articles:
        g, p = list(dict.fromkeys(gold)), list(dict.fromkeys(pred))
        per.append(PRF(len(g), len(p), len(pair_names(g, p))))
    micro = PRF(sum(s.gold for s in per), sum(s.pred for s in per), sum(s.matched for s in per))
    return {
        "articles": len(per),
        "micro": micro,
        "macro": {
            "precision": _mean(s.precision if s.pred else None for s in per),
            "recall": _mean(s.recall if s.gold else None for s in per),
            "f1": _mean(s.f1 if s.gold or s.pred else None for s in per),
        },
    }


# --- gender (when the library states it) ----------------------------------------------


def _gender_letter(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip().lower()
    if text in ("m", "male", "masculine", "man"):
        return "m"
    if text in ("f", "female", "feminine", "woman"):
        return "f"
    return None


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)


def entity_genders(analysis: Any) -> dict[str, str | None] | None:
    """Person entity name -> "m", "f" or None (not stated), from ``analysis.entities``.

    The adapter to the entity model of issue 17 (entities with ``id, name, kind, gender,
    mentions, descriptions``; objects or their ``to_dict`` form). ``None`` when the
    analysis has no entities: the library does not expose gender yet.
    """
    entities = _field(analysis, "entities")
    if entities is None:
        return None
    genders: dict[str, str | None] = {}
    for entity in entities:
        name, kind = _field(entity, "name"), _field(entity, "kind")
        if name is None or (kind is not None and str(kind) != "person"):
            continue
        gender = _gender_letter(_field(entity, "gender"))
        if genders.get(str(name)) is None:
            genders[str(name)] = gender
    return genders


@dataclass
class GenderTally:
    """Quoted people found by name, and what the library says of their gender."""

    people: int = 0
    stated: int = 0
    right: int = 0
    stated_unsupported: int = 0  # the library states a gender the text does not

    def add(self, gold_gender: str, predicted: str | None) -> None:
        self.people += 1
        if predicted is None:
            return
        self.stated += 1
        if gold_gender == "-":
            self.stated_unsupported += 1
        elif predicted == gold_gender:
            self.right += 1
