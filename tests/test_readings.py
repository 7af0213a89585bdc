"""Other readings of a content's edges (attribution.quotes.readings) and the verb group of
a tagged cue: the rules propose them, the decider chooses."""

from __future__ import annotations

import pytest

from attribution import Analyzer
from attribution.candidates import Candidate


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer(attributions=True)


def readings_of(an: Analyzer, text: str) -> dict[str, dict[str, float]]:
    """Content text -> the reading evidence of each candidate proposed for ``text``."""
    proposals = an.pipeline.propose(an.nlp(text), text)
    out: dict[str, dict[str, float]] = {}
    for c in proposals.candidates:
        out[text[c.content[0] : c.content[1]]] = {
            k: v for k, v in (c.evidence or {}).items() if k.startswith("reading")
        }
    return out


def test_a_content_is_also_read_up_to_a_preposition_or_subordinator(an: Analyzer) -> None:
    text = ("He said the plan would play a role in his campaign as it heads toward a "
            "contested convention.")
    found = readings_of(an, text)
    full = "the plan would play a role in his campaign as it heads toward a contested convention"
    assert found[full] == {}  # the rule's own reading
    assert found["the plan would play a role"]["reading_cut"] == 1.0
    shorter = "the plan would play a role in his campaign"
    cut = found[shorter]
    assert cut["reading_cut"] == 1.0
    assert cut["reading_ratio"] == pytest.approx(len(shorter) / len(full))


def test_no_reading_is_cut_inside_a_date(an: Analyzer) -> None:
    text = ("The group said the finding raised questions about her statement in an Aug. 8, "
            "2015, affidavit that was filed in court.")
    found = readings_of(an, text)
    assert "the finding raised questions about her statement" in found  # a comma elsewhere
    assert not any(c.endswith(("Aug. 8", "2015")) for c in found)


def test_a_content_that_stops_at_a_comma_is_also_read_to_the_sentence_end(an: Analyzer) -> None:
    text = "Officials blamed the mandate for higher prices, with no sign that it works."
    found = readings_of(an, text)
    longer = found["the mandate for higher prices, with no sign that it works"]
    assert longer["reading_extended"] == 1.0
    assert longer["reading_ratio"] > 1.0


def test_a_short_object_that_stops_at_a_comma_is_also_read_to_the_sentence_end(
    an: Analyzer,
) -> None:
    # A one- or two-word object is too short to cut, but it may stop at a list's comma.
    text = "Polls have shown Cruz, Rubio, Kasich and Bush in a jumble for second place."
    found = readings_of(an, text)
    assert found["Cruz"] == {}
    longer = found["Cruz, Rubio, Kasich and Bush in a jumble for second place"]
    assert longer["reading_extended"] == 1.0


@pytest.mark.parametrize(("text", "short", "longer"), [
    ("He said immigration from Mexico is in decline — a decline that took hold in 2008.",
     "immigration from Mexico is in decline",
     "immigration from Mexico is in decline — a decline that took hold in 2008"),
    ("Aides said he is being polite and showing respect to the FBI.",
     "he is being polite",
     "he is being polite and showing respect to the FBI"),
])
def test_a_content_that_stops_at_a_dash_or_and_is_also_read_to_the_sentence_end(
    an: Analyzer, text: str, short: str, longer: str,
) -> None:
    found = readings_of(an, text)
    assert short in found
    assert found[longer]["reading_extended"] == 1.0


def test_quotations_keep_the_edges_of_their_quote_marks(an: Analyzer) -> None:
    text = "“We will win in November, and we will win big,” the senator said."
    found = readings_of(an, text)
    assert all(not evidence for evidence in found.values())


def test_readings_share_the_report_of_the_rule(an: Analyzer) -> None:
    text = "He said the plan would play a role in his campaign as it heads toward a vote."
    proposals = an.pipeline.propose(an.nlp(text), text)
    by_rule: dict[tuple[str, tuple[int, int] | None], list[Candidate]] = {}
    for c in proposals.candidates:
        by_rule.setdefault((c.rule, c.cue), []).append(c)
    group = next(g for g in by_rule.values() if len(g) > 1)
    assert len({(c.speaker, c.cue_type, c.cue_tok) for c in group}) == 1


def test_only_one_reading_of_a_report_is_kept() -> None:
    res = Analyzer(attributions=True).analyze(
        "He said the plan would play a role in his campaign as it heads toward a vote.")
    assert len([q for q in res.quotes if q.cue is not None and q.cue.text == "said"]) == 1


def test_a_tagged_auxiliary_takes_its_verb_into_the_cue(an: Analyzer) -> None:
    text = "Officials have blamed the mandate for higher prices."
    proposals = an.pipeline.propose(an.nlp(text), text)
    cues = {text[c.cue[0] : c.cue[1]] for c in proposals.candidates if c.cue is not None}
    assert "have" not in cues  # never the auxiliary alone, with "blamed …" as content
    contents = {text[c.content[0] : c.content[1]] for c in proposals.candidates}
    assert not any(content.startswith("blamed") for content in contents)


def test_a_noun_and_its_preposition_may_join_the_cue(an: Analyzer) -> None:
    # PolNeAR's cue holds a light verb's noun and preposition ("expressed support for"),
    # its content the preposition's object.
    found = readings_of(an, "Black voters overwhelmingly expressed support for Sanders.")
    assert found["Sanders"]["reading_left"] == 1.0
    found = readings_of(an, "Mr. Trump even offered some kind words about Mr. Bush.")
    assert found["Mr. Bush"]["reading_left"] == 1.0


def test_no_cue_takes_an_infinitive_through_its_object(an: Analyzer) -> None:
    found = readings_of(an, "Republicans are seizing an opportunity to tarnish Clinton.")
    assert "tarnish Clinton" not in found and "Clinton" not in found


def test_a_phrasal_verbs_particle_may_join_the_cue(an: Analyzer) -> None:
    # "called out | his rival …", "singled out | the reporter": PolNeAR's cue holds the
    # particle (and a preposition after it)
    found = readings_of(an, "Rubio called out his rival Donald Trump for alienating voters.")
    assert found["his rival Donald Trump for alienating voters"]["reading_left"] == 1.0
    found = readings_of(an, "Trump singled out the reporter who asked the question.")
    assert found["the reporter who asked the question"]["reading_left"] == 1.0


def cues_and_contents(an: Analyzer, text: str) -> set[tuple[str, str]]:
    """(cue, content) of every candidate proposed for ``text``."""
    proposals = an.pipeline.propose(an.nlp(text), text)
    return {(text[c.cue[0] : c.cue[1]], text[c.content[0] : c.content[1]])
            for c in proposals.candidates if c.cue is not None}


@pytest.mark.parametrize(("text", "cue", "content"), [
    # after a modal or "do", the next word is the verb whatever the word list calls it
    ("Many Republicans would vote for Trump.", "vote for", "Trump"),
    ("We don’t like it.", "don’t like", "it"),
    # negation, "long" and a floating quantifier stand inside the verb group
    ("They have all characterized their speechmaking as a duty.", "have all characterized",
     "their speechmaking"),
    ("Critics have long called for her ouster.", "called for", "her ouster"),
    ("Clinton will focus on what she would do to make lives better.", "will focus on",
     "what she would do to make lives better"),
])
def test_a_tagged_auxiliary_takes_the_verb_of_its_group(
    an: Analyzer, text: str, cue: str, content: str,
) -> None:
    found = cues_and_contents(an, text)
    assert (cue, content) in found
    assert not any(c in ("would", "do", "have", "will") for c, _ in found)


@pytest.mark.parametrize(("text", "cue", "content"), [
    # PolNeAR's cue is the verb group with the adjective and its preposition; the
    # content is the preposition's object
    ("Republicans have been critical of Clinton’s use of personal email.",
     "have been critical of", "Clinton’s use of personal email"),
    ("In a statement, the group was critical of the deal.", "was critical of", "the deal"),
    ("Some top Democrats are confident in the Clinton operation.", "are confident in",
     "the Clinton operation"),
    # a lexicon cue after "be": the adjective's complement is the content, no passive
    ("Voters were worried about the economy.", "worried about", "the economy"),
    ("The Mexican government is worried that Trump could hurt investment.", "worried",
     "Trump could hurt investment"),
])
def test_a_predicative_adjectives_complement_is_the_content(
    an: Analyzer, text: str, cue: str, content: str,
) -> None:
    assert (cue, content) in cues_and_contents(an, text)


def test_a_predicative_adjective_without_a_complement_proposes_nothing(an: Analyzer) -> None:
    assert cues_and_contents(an, "The weather was good in Ohio.") == set()


@pytest.mark.parametrize(("text", "cue", "content"), [
    # a manner adverb or "out" between the cue and its topic's preposition
    ("Lopez stopped by and spoke briefly about the cancellation of his show.",
     "spoke briefly about", "the cancellation of his show"),
    ("Valls also spoke out sharply against Trump’s influence.", "spoke out sharply against",
     "Trump’s influence"),
    # a wh-clause as the preposition's object
    ("This year Camil spoke about how Hollywood is out of touch with Latino audiences.",
     "spoke about", "how Hollywood is out of touch with Latino audiences"),
])
def test_a_topic_follows_manner_adverbs_and_may_be_a_wh_clause(
    an: Analyzer, text: str, cue: str, content: str,
) -> None:
    assert (cue, content) in cues_and_contents(an, text)


def test_a_time_after_a_manner_adverb_is_no_topic(an: Analyzer) -> None:
    assert cues_and_contents(an, "He spoke briefly on Tuesday.") == set()


def test_a_name_is_what_known_as_reports(an: Analyzer) -> None:
    found = cues_and_contents(an, "Clinton won the string of contests known as Super Tuesday.")
    assert ("known as", "Super Tuesday") in found
    assert cues_and_contents(an, "I have known him for years.") == set()


def test_a_modal_takes_no_adverb_for_its_verb(an: Analyzer) -> None:
    found = cues_and_contents(an, "The objective for Ryan will likely be to find common ground.")
    assert not any(cue == "will likely" for cue, _ in found)
