"""Page furniture: the lines of a scraped page that are not the article's prose.

A page scraped as text keeps what stood around the article: advertising slots ("Story
continues below advertisement"), link and video prompts ("Related: …", "Watch: …"),
bylines and credits, captions, share and newsletter prompts, cookie and copyright
notices, timestamps and subheads. Read as prose, such a line becomes a quote whose
speaker is its first word, or the antecedent of the next "he". Boilerplate removal
(Kohlschütter et al. 2010, Boilerpipe; Pomikálek 2011, jusText) tells such blocks by
their shallow text features; here, where the blocks are single lines inside the text,
a line is furniture when

* it matches a pattern of the furniture lexicon (``data/furniture.tsv``: the pattern,
  its kind, its source) as a whole, and is short (a notice may be longer); or
* its layout says so: a short line standing as its own paragraph (after a sentence's
  end, a blank line or another furniture line; the next line does not run on in lower
  case) that is no sentence — it ends without sentence punctuation, or is a short
  label ending in a colon — and holds no quote mark and no reporting verb. Subheads,
  related-story links and captions have this shape; the text's first line (the
  headline) and a line with a reporting verb ("…, says US") are left to the quote
  rules;
* it is the text's first line and a section label or breadcrumbs above the headline
  ("POLITICS", "Football | Premier League", "Home › Technology › Security", "Asia
  Pacific"): a few words in capitals, or parts between separators, or up to three words
  in title case over a headline that says more, with a line under it that is no
  sentence either; the headline is then the second line;
* it interrupts a quotation where the text says one is due: news typography opens every
  paragraph of a quotation that runs on with a quote mark and closes only the last one,
  and announces a block quotation with a colon ("The Times reports:", "Transcript as
  follows:"). A short plain line (one sentence, no quote mark, no verb of speech)
  standing as its own paragraph after a paragraph that leaves a quotation open (and ends
  with no mark) or after an announcing one, and before the paragraph that opens with the
  mark, is no part of the quotation nor of the article's prose: a caption or an editor's
  line the page put there (kind ``caption``, what such a line most often is; at most two
  such lines). It then neither breaks the quotation nor joins it, and a caption written
  as a sentence ("Firefighters work through the night at the site of the blaze.") is set
  aside there although nothing else tells it from prose.

:func:`find_furniture` returns the lines with their kind, in text order, as character
ranges of the exact input. The pipeline sets them aside: no cue, quote, content or
speaker comes from them, no pronoun takes them as antecedent, and a quotation that runs
over several paragraphs runs over them.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from .alternation import FirstChar, by_first_char
from .lexicon import PathLike, data_path, read_tsv
from .quotes.marks import QuoteRegion, find_quote_regions
from .types import FURNITURE_KINDS

KINDS = FURNITURE_KINDS
# The most words a line of each kind holds (a prompt is short; a notice, a caption with
# its credit or a label with its text may be longer).
WORDS = {"ad": 40, "cookie": 60, "copyright": 60, "credit": 60, "caption": 60, "newsletter": 30,
         "label": 40, "byline": 25, "timestamp": 20, "link": 25}
PROMPT_WORDS = 12
MOST_WORDS = max(PROMPT_WORDS, *WORDS.values())  # the most words any kind takes
LAYOUT_WORDS = 12  # the most words a line read as furniture by its layout holds
LIST_WORDS = 20  # the most words of a list item (a bullet, a line under a label)
INTERRUPTION_LINES = 2  # the most plain lines read as interrupting a quotation
MAX_CHARS = 600  # longer lines are prose, and are never matched
_LINES = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x85]+")
_ENDS_SENTENCE = frozenset(".!?…:;\"”’»)]'")
_QUOTES = frozenset("\"“”„‟«»‹›「」『』＂")
# The marks a paragraph that opens or continues a quotation starts with.
_OPENERS = frozenset("\"“„‟«»‹›‘‚'＂`「『")
# A single mark that is no apostrophe (not between two letters): "‘No,’ she said".
_SINGLE_MARK = re.compile(r"[‘‚‛]|(?<![^\W_])[’']|[’'](?![^\W_])")
# A quotation in single marks: words, the first mark opening a word, the last ending one
# ("'We lost our nerve': …"); an apostrophe inside or after a word ("players' union")
# opens none, and one word in marks is a term ("On ‘Disastrous’ Invasion").
_SINGLE_QUOTED = re.compile(
    r"(?<![\w'‘’])['‘][^\W_][^'‘’\n]*?\s[^'‘’\n]*?[^\s'‘’][’'](?![^\W_])"
)
_BULLETS = frozenset("•▪◦‣►▶▸›»*·-–—")
_SEPARATORS = re.compile(r"\s[|•·]\s")
# A link prompt with the title it links to after a colon or a bar ("Read more: Inside
# the fight over …"): two words at least.
_TITLED = re.compile(r"[:|›»>–—]\s*[^\s:|›»>–—]+\s+\S")
_CRUMBS = re.compile(r"\s[|•·›»>/]\s")  # between the parts of breadcrumbs
_BREAKS = re.compile(r"\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")
# Words of the notices, credits and captions a long furniture line holds; a long line
# without one is prose, and the lexicon's alternation is not tried on it.
_LONG_HINTS = (
    "cookie", "©", "(c)", "copyright", "rights reserved", "may not be", "photo", "image",
    "picture", "credit", "caption", "getty", "reuters", "(ap", "ap photo", "afp",
    "associated press", "(epa", "epa-efe", "shutterstock", "alamy", "bloomberg",
    "newsletter", "subscri", "sign up", "sign in", "log in", "login", "inbox", "consent",
    "agree", "warning:", "editor", "note:", "note to", "contributed", "reporting by",
    "editing by", "edited", "condensed", "published", "updated", "posted", "rating:",
    "born:", "died:", "terms of", "privacy", "javascript", " app", "correction",
    "clarification", "see also", "related:", "distributed", "personal use", "@",
    "amended", "read more", "more on this", "have your say", "advertis", "journalism",
    "out now", "now out", "order a copy", "on sale", "our reporting", "our coverage",
    "our content", "our site", "our website", "our newsroom", "our work",
)




def _hinted(line: str) -> bool:
    # One substring search per hint (in C) is twice as quick as one regular-expression
    # alternation of them all, which tries every hint at every character.
    lower = line.lower()
    return any(h in lower for h in _LONG_HINTS) or ("/" in lower and "(" in lower)


class _Hints:
    """:func:`_hinted` for the lines of one text: every hint searched once in the whole
    lower-cased text (not once per line), and a line asks whether one lies inside it.
    The text's lower case is its lines' when no letter changes length in lower case
    and no capital sigma (whose lower case depends on the next letter) is in it;
    otherwise each line is read on its own."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.found: list[tuple[int, int]] | None = None  # hint occurrences, by start
        self.by_line = False

    def __call__(self, s: int, e: int) -> bool:
        if self.found is None:
            self.found = self._search()
        if self.by_line:
            return _hinted(self.text[s:e])
        found = self.found
        k = bisect.bisect_left(found, (s, s))
        while k < len(found) and found[k][0] < e:
            if found[k][1] <= e:
                return True
            k += 1
        line = self.text[s:e]
        return "/" in line and "(" in line

    def _search(self) -> list[tuple[int, int]]:
        text = self.text
        lower = text.lower()
        if len(lower) != len(text) or "\u03a3" in text:
            self.by_line = True
            return []
        found = []
        for h in _LONG_HINTS:
            p = lower.find(h)
            while p >= 0:
                found.append((p, p + len(h)))
                p = lower.find(h, p + 1)
        found.sort()
        return found
_TWO_SENTENCES = re.compile(r"[.!?]\s+[A-Z]")


@dataclass(frozen=True, slots=True)
class Line:
    """A furniture line: characters ``start .. end`` of the text, and its kind."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class FurnitureLexicon:
    """The furniture patterns as one compiled alternation (a named group per row)."""

    pattern: re.Pattern[str]
    kinds: tuple[str, ...]
    unless_report: tuple[bool, ...] = ()  # per row: prose if the line holds a cue word
    # The same alternation split by a line's first character (``alternation.py``): the
    # rows that cannot start a line so are not tried. None: the whole is tried.
    by_first: FirstChar | None = field(default=None, compare=False, repr=False)

    @classmethod
    def load(cls, path: PathLike) -> FurnitureLexicon:
        parts = []
        kinds = []
        unless = []
        for k, row in enumerate(read_tsv(path, ("pattern", "kind", "source"))):
            kind = row.choice("kind", KINDS)
            unless.append(row.choice("unless", ("", "report")) == "report")
            try:
                re.compile(row["pattern"])
            except re.error as e:
                raise row.error("pattern", f"not a regular expression ({e})") from None
            parts.append(f"(?P<k{k}>{row['pattern']})")
            kinds.append(kind)
        return cls(re.compile("|".join(parts), re.IGNORECASE), tuple(kinds), tuple(unless),
                   by_first_char(parts, re.IGNORECASE))

    def kind_of(self, line: str, reporting_words: frozenset[str] = frozenset()) -> str | None:
        """The kind of the row ``line`` matches as a whole; None when it matches none, or
        its row says a line holding a reporting word is prose and this one does."""
        pattern = self.pattern if self.by_first is None else self.by_first.pattern(line)
        m = pattern.fullmatch(line)
        if m is None or m.lastgroup is None:
            return None
        k = int(m.lastgroup[1:])
        body = line.partition(":")[2] or line  # past a label ("Editor's note:")
        if k < len(self.unless_report) and self.unless_report[k] and _reports(
            body.split(), reporting_words
        ):
            return None
        return self.kinds[k]


@functools.lru_cache(maxsize=4)
def _packaged() -> FurnitureLexicon:
    return FurnitureLexicon.load(data_path("furniture.tsv"))


def find_furniture(
    text: str,
    reporting_words: frozenset[str],
    lexicon: FurnitureLexicon | None = None,
    speech_words: frozenset[str] | None = None,
) -> list[Line]:
    """The furniture lines of ``text``. ``reporting_words`` are the lower-cased forms of
    the cue lexicon: a short line holding one may be a headline ("…, says US"), which
    the quote rules read; ``speech_words`` those of its speech and writing cues (default:
    all of ``reporting_words``): a line inside a quotation that holds one may be its
    attribution, one that holds only an attitude ("… is expected to open …") is not."""
    return furniture_and_regions(text, reporting_words, lexicon, speech_words)[0]


def furniture_and_regions(
    text: str,
    reporting_words: frozenset[str],
    lexicon: FurnitureLexicon | None = None,
    speech_words: frozenset[str] | None = None,
) -> tuple[list[Line], list[QuoteRegion] | None]:
    """:func:`find_furniture`, and when it finds no line the quote regions of ``text``
    (``find_quote_regions(text)``, which it reads on the way), else None."""
    lex = lexicon or _packaged()
    hinted = _Hints(text)
    spans = []
    for m in _LINES.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    out: list[Line] = []
    head = 0  # the headline's line
    for k, (s, e) in enumerate(spans):
        if e - s > MAX_CHARS:
            continue
        line = text[s:e]
        words = line.split()
        # A long line is prose unless it holds a notice's or a caption's words: only then
        # is the lexicon's alternation tried on it; no kind takes a line of more words
        # than MOST_WORDS, so it is not tried on one.
        long = len(words) > PROMPT_WORDS
        if len(words) > MOST_WORDS or (long and not hinted(s, e)):
            kind = None
        else:
            kind = lex.kind_of(line, reporting_words)
        if kind is not None and len(words) <= WORDS.get(kind, PROMPT_WORDS) and (
            kind in WORDS or not _TWO_SENTENCES.search(line)
        ):
            out.append(Line(s, e, kind))
            if k == head:
                head = k + 1  # furniture above the headline: the headline comes after it
            continue
        if k == head:
            if k == 0 and _section_label(words, line, spans, text, reporting_words, lex):
                out.append(Line(s, e, "navigation"))
                head = 1  # the headline is the next line (or the first after furniture)
            continue  # the headline is read by the quote rules
        if len(words) > LIST_WORDS:
            continue
        gap = text[spans[k - 1][1] : s]
        after_furniture = bool(out and out[-1].start == spans[k - 1][0])
        stop = line.rstrip("\"'”’»")[-1:]  # (a quoted headline's last word: no stop)
        if (any(ch in _QUOTES for ch in line) or _SINGLE_QUOTED.search(line)) and not (
            # (but a headline under a link list's prompt, its quotation unstopped: "More
            # from Nordic Air / Kraft: 'Wisła always feels like home'")
            after_furniture and out[-1].kind == "link" and stop.isalnum()
            and not _TITLED.search(text[out[-1].start : out[-1].end])
        ):
            continue  # quotations are read, in single marks too ("‘We lost’: Smith …")
        standalone = (
            text[spans[k - 1][1] - 1] in _ENDS_SENTENCE  # the line before ends a sentence
            or len(_BREAKS.findall(gap)) >= 2  # or a blank line stands between
            or after_furniture
        )
        nxt = text[spans[k + 1][0]] if k + 1 < len(spans) else ""
        # A list item (a bullet, a bar of fields, a line under a link prompt or under a
        # label ending in a colon: "Key points:") is furniture whatever its words, a
        # headline's "…, petition says" under "RELATED NEWS" too; a plain short line
        # only without a reporting verb. A link that gives its own title ("Related: City
        # unveils …") lists nothing under it: the headline after it ("…, study finds")
        # is read.
        listed = after_furniture and (
            (out[-1].kind == "link" and not _TITLED.search(text[out[-1].start : out[-1].end]))
            or text[out[-1].end - 1] == ":"
        )
        if not (listed and stop not in _ENDS_SENTENCE and not nxt.islower()) and (
                not standalone or nxt.islower() or not _no_sentence(words, line, nxt)):
            continue
        if line[0] in _BULLETS or _SEPARATORS.search(line) or listed:
            out.append(Line(s, e, "link"))
        elif len(words) <= LAYOUT_WORDS and not _reports(words, reporting_words):
            out.append(Line(s, e, "subhead"))
    speech = reporting_words if speech_words is None else speech_words
    regions = find_quote_regions(text, [(f.start, f.end) for f in out])
    found = _interruptions(text, spans, out, regions, reporting_words, speech)
    if found:
        return sorted(out + found, key=lambda f: f.start), None
    return out, None if out else regions


def _interruptions(
    text: str,
    spans: list[tuple[int, int]],
    out: list[Line],
    regions: list[QuoteRegion],
    reporting_words: frozenset[str],
    speech_words: frozenset[str],
) -> list[Line]:
    """Lines that interrupt a quotation where the text says one is due (module
    docstring): after a line that leaves a quotation open at its end, or that announces
    one with a colon ("The Times reports:", "Transcript as follows:"), and before the
    line that opens with the mark that continues or opens it, at most
    ``INTERRUPTION_LINES`` short plain lines (one sentence, no quote mark, no verb of
    speech; furniture lines between them are skipped)."""
    furniture = {f.start for f in out}
    open_ends = {r.end for r in regions if not r.closed and r.depth == 0}
    found: list[Line] = []
    for k, (s, e) in enumerate(spans):
        line = text[s:e]
        # An open quotation runs on only from a line that does not end with a mark
        # (the pairing may leave nested marks open where the writer closed them).
        runs_on = e in open_ends and line[-1] not in _QUOTES and line[-1] not in "’'"
        due = runs_on or (
            line[-1] == ":" and s not in furniture and not any(ch in _QUOTES for ch in line)
            and (_reports(line.split(), reporting_words) or "follows" in line.lower())
        )
        if not due:
            continue
        # A line with a verb of speech may be the quotation's attribution, or the report
        # an announcement promised; one with an attitude ("is expected to") is neither.
        plain: list[tuple[int, int]] = []
        prev_end = e
        for a, b in spans[k + 1 :]:
            if a in furniture:
                prev_end = b
                continue
            if not _paragraph_break(text[prev_end:a]):
                break  # a line of a list or a hard-wrapped paragraph, no interruption
            if text[a] in _OPENERS:
                if plain:
                    found += [Line(x, y, "caption") for x, y in plain]
                break
            if len(plain) == INTERRUPTION_LINES or not _plain_sentence(text[a:b], speech_words):
                break
            plain.append((a, b))
            prev_end = b
    return found


def _paragraph_break(gap: str) -> bool:
    return len(_BREAKS.findall(gap)) >= 2


def _plain_sentence(line: str, reporting_words: frozenset[str]) -> bool:
    """A short line of one sentence that opens as a sentence does, with no quote mark
    and no reporting verb (of ``reporting_words``): what a caption or an editor's line
    looks like, and no part of the speech around it."""
    words = line.split()
    return (
        len(words) <= LIST_WORDS and (line[0].isupper() or line[0].isdigit())
        and not any(ch in _QUOTES for ch in line) and not _SINGLE_MARK.search(line)
        and not _TWO_SENTENCES.search(line)
        and not _reports(words, reporting_words)
    )


def _section_label(
    words: list[str], line: str, spans: list[tuple[int, int]], text: str,
    reporting_words: frozenset[str], lex: FurnitureLexicon,
) -> bool:
    """Is the text's first line a section label or breadcrumbs standing above the
    headline ("POLITICS", "Football | Premier League", "Home › Technology › Security"):
    a few words, no sentence, no reporting verb, in capitals, as one word or as parts
    between separators, with a line after it that is no sentence either (the
    headline)?"""
    if len(spans) < 2 or len(words) > LIST_WORDS or _reports(words, reporting_words):
        return False
    j = 1  # the headline: the next line that no lexicon row sets aside
    while j + 1 < len(spans) and j < 4 and lex.kind_of(text[spans[j][0] : spans[j][1]]):
        j += 1
    nxt = text[spans[j][0] : spans[j][1]]
    if nxt[:1].islower() or nxt[-1] in ".!?…" or (
        len(spans) > j + 1 and text[spans[j + 1][0]].islower()  # a sentence wrapped
    ):
        return False
    parts = [p.split() for p in _CRUMBS.split(line)]
    if len(parts) > 1:  # "›" and "»" separate parts here; they quote nothing
        return all(0 < len(p) <= 4 and p[0][:1].isupper() and p[-1][-1] not in _ENDS_SENTENCE
                   and not any(ch in _QUOTES for ch in " ".join(p)) for p in parts)
    if line[-1] in _ENDS_SENTENCE or any(ch in _QUOTES for ch in line):
        return False
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and (
        (len(words) <= 3 and all(ch.isupper() for ch in letters))
        or (len(words) == 1 and line[:1].isupper())
        # "Crime & Courts", "Arts & Culture": a desk's name joined by an ampersand
        or ("&" in words and len(words) <= 4 and all(w[:1].isupper() or w == "&" for w in words))
        # "Asia Pacific", "Rugby Union", "Life and Style": a desk's name in title case,
        # over a headline that says more than it does
        or (len(words) <= TITLE_LABEL_WORDS and words[0][:1].isupper()
            and all(_title_word(w) for w in words)
            and len(nxt.split()) >= len(words) + HEADLINE_MORE)
    )


TITLE_LABEL_WORDS = 3  # the most words of a section label in title case
HEADLINE_MORE = 2  # the headline under it has at least this many words more
_LABEL_LINKS = frozenset({"and", "of", "the", "&"})


def _title_word(word: str) -> bool:
    """A word of a desk's name in title case: capitalised letters (a hyphen or an
    apostrophe inside), or a link word ("and", "of", "&")."""
    return word in _LABEL_LINKS or (
        word[:1].isupper() and word.replace("-", "").replace("'", "").replace("’", "").isalpha()
    )


def _reports(words: list[str], reporting_words: frozenset[str]) -> bool:
    return any(w.lower().strip(",;:") in reporting_words for w in words)


def _no_sentence(words: list[str], line: str, nxt: str) -> bool:
    """A line that is no sentence: it ends without sentence punctuation, or it is a
    short label ending in a colon ("Key points:") that announces no quotation or text
    ("He said:", "Transcript as follows:")."""
    if line[-1] == ":":
        return len(words) <= 4 and nxt not in _QUOTES and "follow" not in line.lower()
    return line[-1] not in _ENDS_SENTENCE
