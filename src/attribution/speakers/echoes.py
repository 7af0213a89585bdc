"""A headline's unnamed speaker is the body's speaker whose words it repeats, or the one
who speaks there with its title.

Headlines describe where the body names: "Woman held at gunpoint with her sons in 2023
raid says apology 'a start' but demotion not enough" is the story of Nadia El-Khoury,
who "said the apology was “a start”". The words a headline quotes are the quote it
summarises (the Gender Gap Tracker's and citron's headline rules read the same echo),
so the unnamed person the headline makes its speaker is the named person of the body
whose quote holds those words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from ..candidates import Candidate
from ..segment import DocView
from .entities import ANIMATE, Cluster, Registry, find

# A stretch a headline quotes: "… says apology 'a start' …".
_QUOTED = regex.compile(r"[\"“‘']((?:[^\"“”‘’']|(?<=\w)[’'](?=\w)){3,80}?)[\"”’'](?!\w)")
# (an apostrophe inside a word is no closing mark: "‘Kids can’t learn on a cold pie’")
_WORD = regex.compile(r"\w+")
# A subject pronoun a headline's quotation opens with, which the body's report of the
# same words leaves out ("'We would have gone to 20 crore'" beside: the side "would have
# gone to 20 crore").
_LEADING_PRONOUN = regex.compile(r"(?:i|we|he|she|they|it|you)\s+")


_MARKS = regex.compile(r"\s*[\"“”‘’']\B|\B[\"“”‘’']\s*")  # quotation marks, not apostrophes


def _holds(content: str, quoted: str) -> bool:
    """Does a body quote's ``content`` hold what a headline ``quoted``, but perhaps the
    subject pronoun it opens with (and the marks of a fragment the body quotes: "the
    water was “up to our knees …”" holds "Water was up to our knees …")?"""
    if quoted in content or quoted in _MARKS.sub(" ", content).replace("  ", " "):
        return True
    rest = _LEADING_PRONOUN.sub("", quoted, count=1) if _LEADING_PRONOUN.match(quoted) else ""
    return len(_WORD.findall(rest)) >= 3 and rest in content


def echoed(
    reg: Registry,
    view: DocView,
    cands: Sequence[Candidate],
    speakers: Sequence[Cluster | None],
    in_prose: Callable[[int], bool],
) -> None:
    """Join each headline's unnamed speaker to the one named person of the body whose
    quote holds every word the headline's content quotes."""
    text = view.text
    body = [
        (text[c.content[0] : c.content[1]].casefold(), find(s))
        for c, s in zip(cands, speakers, strict=True)
        if s is not None and in_prose(view.token_at(c.content[0]))
    ]
    for c, s in zip(cands, speakers, strict=True):
        if s is None or in_prose(view.token_at(c.content[0])):
            continue
        own = find(s)
        if own.named or own.kind not in (*ANIMATE, "unknown") or own.plural:
            continue
        quoted = [m.group(1).casefold().rstrip(",.;:!? ")  # the comma a cue follows
                  for m in _QUOTED.finditer(text, *c.content)]
        quoted = [q for q in quoted if len(_WORD.findall(q)) >= 2]
        found = {
            id(who): who for content, who in body
            if quoted and who.named and who.kind == "person"
            and all(_holds(content, q) for q in quoted)
            and (not own.gender or own.gender == who.gender or not who.gender)
        }
        if not found:
            # "…, judge rules", "…, says CEO", or words the body reports in its own
            # ("'never reached me', fire chief tells …"): the one person of the body
            # who speaks with that title ("Justice Harpreet Gill", "chief executive …")
            found = {
                id(who): who for _, who in body
                if who.named and who.kind == "person" and own.descriptors and (
                    own.descriptors & who.descriptors or _spelled(own.name, who, text)
                    or _titled(own, who, text))
            }
            if len(found) > 1:  # "…, chairman warns": the chairman, not another head
                said = set(_WORD.findall(own.name.casefold())) & own.descriptors
                named = {k: who for k, who in found.items() if said & who.descriptors}
                found = named if len(named) == 1 else found
            if len(found) > 1:  # "…, says Sindh minister": the one "Sindh's" describes
                found = {k: who for k, who in found.items() if _qualified(own, who, text)}
        if len(found) == 1:
            reg.merge(own, next(iter(found.values())))


# Words an acronym of a title skips ("Chief Financial Officer" is CFO; "Minister of
# State" MOS).
_SKIPPED = frozenset(["of", "the", "and", "for", "its", "his", "her", "their", "a", "an"])


def _spelled(acronym: str, who: Cluster, text: str) -> bool:
    """Does a headline's title alone in capitals ("…, says CFO") spell the initials of a
    title the body gives ``who`` ("its chief financial officer", "Chief Financial
    Officer Yoon Seo-yeon")?"""
    if not (2 <= len(acronym) <= 5 and acronym.isalpha() and acronym.isupper()):
        return False
    target = acronym.casefold()
    own = {w.casefold() for w in _WORD.findall(who.name)}  # "Paul Mason" spells no PM
    for phrase in [*who.descriptions, *(text[a:b] for a, b in who.mentions)]:
        words = [w.casefold() for w in _WORD.findall(phrase)
                 if w.casefold() not in _SKIPPED and w.casefold() not in own]
        initials = "".join(w[0] for w in words)
        if target in initials:
            return True
    return False


_LAST_WORD = regex.compile(r"(\w+)[ \t]+\Z")  # on the same line


def _titled(own: Cluster, who: Cluster, text: str) -> bool:
    """Is a mention of ``who`` right after a word the headline calls its speaker
    ("…, challenger alleges" … "4,098 for challenger Dana Whitlock")?"""
    said = set(_WORD.findall(own.name.casefold())) & own.descriptors  # its own words
    for a, _ in who.mentions:
        m = _LAST_WORD.search(text, max(0, a - 30), a)
        if m is not None and m.group(1).casefold() in said:
            return True
    return False


def _qualified(own: Cluster, who: Cluster, text: str) -> bool:
    """Do the words of a headline's title other than its title nouns ("Sindh" of "Sindh
    minister") stand in a mention or description of ``who`` ("Sindh's relief
    minister")?"""
    extra = {w for w in _WORD.findall(own.name.casefold()) if w not in own.descriptors}
    said = " ".join([*who.descriptions, *(text[a:b] for a, b in who.mentions)]).casefold()
    return bool(extra) and extra <= set(_WORD.findall(said))
