"""Known failures of the desk tests (issues 16 and 17), in one place.

One set of test ids per test function of ``test_desks.py`` and
``test_furniture_metamorphic.py``, each with the reason its tests are marked
``xfail(strict=True)``: when a listed test starts to pass it fails as XPASS until its
id is removed here, so this list only shrinks as the library improves. The comment
on each id says what the library gave when the list was made (commit ae8bddb; for the
twelve fixtures written on 2026-12-05 and scored unseen first, when they were added:
commit 30ce649 and its successor).
``test_known_failures_name_tests`` fails on an id that names no test.

Tests of fields the result model does not have yet (``Analysis.entities``,
``Analysis.furniture``, a speaker's gender, ``Analyzer(attributions=True)``) are not
listed: each is one xfail ("pending", from ``desk_support.py``) until the field exists,
and then its cases pass or fail on their own. ``Analysis.entities`` and the speaker's
gender came with issue 17 (branch ``entities``): the four groups of those tests below
list what did not pass then; they never ran before, so no entry hides a regression.
"""

from __future__ import annotations

KNOWN_FAILURES: dict[str, tuple[frozenset[str], str]] = {
    "test_quote_found": (
        frozenset({
        }),
        "issue 16: an expected quote is not found",
    ),
    "test_quote_kind": (
        frozenset({
        }),
        "issue 16: the quote's kind is wrong",
    ),
    "test_quote_cue": (
        frozenset({
        }),
        "issue 16: the quote's cue is wrong or missing",
    ),
    "test_speaker_name": (
        frozenset({
        }),
        "issue 17: the speaker is not its canonical name",
    ),
    "test_no_unexpected_quote": (
        frozenset({
        }),
        "issue 16: reports that are not quotes",
    ),
    "test_not_quote": (
        frozenset({
        }),
        "issue 16: another sense of a cue verb, a label or a dateline read as a quote",
    ),
    "test_furniture_not_in_quotes": (
        frozenset({
        }),
        "issue 16: page furniture read as prose",
    ),
    "test_attribution_not_default": (
        frozenset({
        }),
        "issue 16: an attribution reported as a quote by default",
    ),
    "test_furniture_changes_no_quote": (
        frozenset({
        }),
        "issue 16: inserted furniture changes quotes",
    ),
    "test_speaker_kind": (
        frozenset({
        }),
        "issue 17: the speaker's kind is wrong (typing in the speakers stage)",
    ),
    "test_speaker_gender": (
        frozenset({
        }),
        "issue 17: the speaker's stated gender is missing or wrong",
    ),
    "test_speaker_entity": (
        frozenset({
        }),
        "issue 17: the speaker refers to another entity",
    ),
    "test_entity": (
        frozenset({
        }),
        "issue 17: the entity is missing, or its kind or stated gender is wrong",
    ),
    "test_entity_mentions": (
        frozenset({
            "books_festival_review-bankole",  # mentions missing: ["'her'@882"]
            "health_corridor_care-trust",  # mentions missing: ["'the trust that runs it'@365"]
            "health_corridor_care-minister",  # mentions missing: ["'The minister’s office'@2118"]
            "housing_leith_tower-menon",  # mentions missing: ["'Its planning director, Siddharth
            "science_oyster_microplastics-study",  # mentions missing: ["'a study published on Wedn…
            "sports_cricket_presser-ekanayake",  # mentions missing: ["'Sri Lanka head coach Chamin…
            "science_wildfire_smoke-study",  # 'a study published …' not joined to the headline's
            "education_school_board-plan",  # 'the plan approved Thursday' typed unknown
            "tech_data_breach-siobhan",  # no entity named 'Siobhan'
            "council_bike_lanes-staff_report",  # mentions missing: ["'a staff report'@508"]
        }),
        "issue 17: a mention of the entity is not among its mentions",
    ),
    "test_attribution_found": (
        frozenset({
        }),
        "issue 16/17: an attribution is not found or its speaker is not its canonical name",
    ),
    "test_furniture_exposed": (
        frozenset({
        }),
        "issue 16: a furniture line is not recognised",
    ),
}
