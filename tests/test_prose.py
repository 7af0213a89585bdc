"""The article without its page furniture (:mod:`attribution.prose`): every stage after
furniture detection reads the text as if the furniture lines were absent, and the result
comes back in the input's offsets."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from attribution import Analyzer, analyze
from attribution.furniture import Line
from attribution.prose import cut_furniture
from desk_support import fixture

ARTICLE = (
    "Rescuers reached the climber after midnight.\n\n"
    "Sergeant Hemi Rangi said the rescue was textbook.\n\n"
    "“Another hour and it would have been different,” he said.\n\n"
    "Officials said the track would reopen on Monday."
)
FURNITURE = "Watch: Andrés Ortiz Vidal describes the fall\n\nAdvertisement\n\n"


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    return [(q.content.text, q.kind, q.speaker and q.speaker.name) for q in analyze(text).quotes]


def test_furniture_between_paragraphs_is_as_if_absent() -> None:
    """A line naming another man between a speaker and the "he" of the next paragraph:
    no antecedent, no paragraph in between, the same quotes and speakers."""
    at = ARTICLE.index("“Another")
    with_furniture = ARTICLE[:at] + FURNITURE + ARTICLE[at:]
    assert _quotes(with_furniture) == _quotes(ARTICLE)
    assert all(speaker != "Andrés Ortiz Vidal" for _, _, speaker in _quotes(with_furniture))
    found = analyze(with_furniture).furniture
    assert [(f.text, f.kind) for f in found] == [
        ("Watch: Andrés Ortiz Vidal describes the fall", "video"), ("Advertisement", "ad")]


def test_offsets_are_the_inputs() -> None:
    at = ARTICLE.index("Officials")
    text = ARTICLE[:at] + FURNITURE + ARTICLE[at:]
    res = analyze(text)
    spans = [q.content for q in res.quotes] + [q.cue for q in res.quotes if q.cue]
    spans += [m for e in res.entities for m in e.mentions]
    spans += [h.cue for h in res.hedges]
    assert spans
    assert all(text[s.start : s.end] == s.text for s in spans)
    assert all(not (f.start < s.end and s.start < f.end) for f in res.furniture for s in spans)


def test_a_quotation_over_a_furniture_line_is_read_whole_and_reported_in_pieces() -> None:
    text = (
        "The mayor spoke on Monday.\n\n"
        "“We will build the bridge, and we will build it on time.\n\n"
        "Story continues below advertisement\n\n"
        "“Nobody in this city will wait another year,” Mayor Ana Silva said.\n\n"
        "The council votes next week."
    )
    res = analyze(text)
    pieces = [q for q in res.quotes if q.kind == "direct"]
    assert [q.content.text for q in pieces] == [
        "“We will build the bridge, and we will build it on time.",
        "“Nobody in this city will wait another year,”",
    ]
    assert {q.speaker.name for q in pieces if q.speaker} == {"Ana Silva"}
    assert len({q.group for q in pieces}) == 1


def test_cut_maps_offsets_both_ways() -> None:
    an = Analyzer()
    text = "One two.\n\nAd\n\nThree four.\nShare\nFive."
    share = text.index("Share")
    lines = [Line(10, 12, "ad"), Line(share, share + 5, "share")]
    prose = cut_furniture(an.nlp(text), text, lines)
    assert prose.text == "One two.\n\nThree four.\nFive."
    assert prose.doc.text == prose.text
    assert prose.removed == ((10, 14), (share, share + 6))
    three = prose.text.index("Three")
    assert prose.start(three) == text.index("Three")
    assert prose.end(three) == 10  # a span ending at the cut ends before the ad line
    assert prose.to_prose(text.index("Five")) == prose.text.index("Five")
    assert prose.to_prose(11) == three  # inside a cut: the cut's place
    for pos in range(len(prose.text) + 1):
        assert prose.to_prose(prose.start(pos)) == pos


def test_a_text_of_furniture_only() -> None:
    res = analyze("Advertisement\n\nShare this article")
    assert res.quotes == [] and res.hedges == []
    assert [f.kind for f in res.furniture] == ["ad", "share"]


def test_a_correction_that_reports_speech_is_prose() -> None:
    """A correction notice is furniture unless it says what someone said."""
    an = Analyzer()
    note = "Correction: An earlier version of this article misstated the date of the vote."
    said = ("Clarification: An earlier version said the mayor had resigned; she said on "
            "Monday that she would stay.")
    text = f"The council met on Monday.\n\n{note}\n\n{said}\n\nThe vote is on Friday."
    kinds = {f.text: f.kind for f in an.analyze(text).furniture}
    assert kinds == {note: "label"}


# -- extra spaces inside a line ---------------------------------------------------------
# spaCy makes each run of extra spaces (or a tab) a token of its own; it stood between a
# cue and its source or inside a name. The prose Doc leaves them out like furniture, but a
# quotation is never split there.


def _doubled(text: str, every: int) -> tuple[str, list[int]]:
    """``text`` with a second space after every ``every``-th space inside a line, and the
    new offset of each old one."""
    out, where, seen = [], [], 0
    for ch in text:
        where.append(sum(map(len, out)))
        out.append(ch)
        if ch == " ":
            seen += 1
            if seen % every == 0:
                out.append(" ")
    where.append(sum(map(len, out)))
    return "".join(out), where


def _mapped(text: str, every: int) -> list[tuple[int, int, str, str | None]]:
    spaced, where = _doubled(text, every)
    back = {new: old for old, new in enumerate(where)}
    res = analyze(spaced)
    assert all(spaced[q.content.start : q.content.end] == q.content.text for q in res.quotes)
    return [(back[q.content.start], back[q.content.end], q.kind,
             q.speaker and q.speaker.name) for q in res.quotes]


def test_extra_spaces_inside_lines_change_no_quote() -> None:
    """A metamorphic relation on the seed-like article and a desk fixture: a second space
    after every third space changes no quote, kind or speaker (offsets mapped back)."""
    for text in (ARTICLE, fixture("court_report").text):
        before = [(q.content.start, q.content.end, q.kind, q.speaker and q.speaker.name)
                  for q in analyze(text).quotes]
        assert before
        for every in (1, 3):
            assert _mapped(text, every) == before


def test_extra_spaces_do_not_break_a_source_or_a_group() -> None:
    text = ("However, Sen. Bernie Sanders (Vt.)  and former Maryland governor Martin "
            "O'Malley suggested that Clinton would be too ready to use force overseas.\n\n"
            "The senator, Bernie  Sanders, said that the plan was weak.")
    res = analyze(text)
    assert [q.speaker and q.speaker.name for q in res.quotes] == [
        "Bernie Sanders | Martin O'Malley", "Bernie Sanders"]
    assert res.quotes[1].speaker is not None and res.quotes[1].speaker.mention is not None
    assert res.quotes[1].speaker.mention.text == "Bernie  Sanders"  # the input's own text


def test_a_quotation_with_extra_spaces_stays_whole() -> None:
    text = "“We will build the bridge,  and we will\tbuild it on time,” Mayor Ana Silva said."
    res = analyze(text)
    assert [q.content.text for q in res.quotes] == [text[: text.index(" Mayor")]]


def test_the_cut_keeps_parse_entities_and_span_groups() -> None:
    """An annotated Doc loses its space tokens, not its arcs, entities or span groups:
    the arc from "said" to "Amidror" runs over the cut."""
    an = Analyzer()
    words = ["Critics", "said", " ", "Yaakov", "Amidror", "agreed", "."]
    spaces = [True, True, False, True, True, False, False]
    doc = Doc(an.nlp.vocab, words=words, spaces=spaces,
              heads=[1, 1, 1, 4, 5, 1, 1], deps=["nsubj", "ROOT", "dep", "compound",
                                                 "nsubj", "ccomp", "punct"],
              ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    doc.spans["coref_clusters_1"] = [SpacySpan(doc, 2, 5)]
    prose = cut_furniture(doc, doc.text, [])
    assert prose.text == "Critics said Yaakov Amidror agreed."
    assert prose.removed == ((13, 14),) and prose.splits == (False,)
    out = prose.doc
    assert [t.text for t in out] == ["Critics", "said", "Yaakov", "Amidror", "agreed", "."]
    assert [t.head.i for t in out] == [1, 1, 3, 4, 1, 1]
    assert [(e.text, e.label_) for e in out.ents] == [("Yaakov Amidror", "PERSON")]
    assert [s.text for s in out.spans["coref_clusters_1"]] == ["Yaakov Amidror"]
