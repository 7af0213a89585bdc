"""Issue 17: a plural description is not the one person its apposition names ("The
aides, led by campaign manager Kofi Boateng, told …"; "three economists -- Amara Osei
at … and Lukas Berger at … --"): the group stays a description of its own, and a later
"they" is the group's, not an organisation named since."""

from __future__ import annotations

import pytest

from attribution import Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer(attributions=True)


def test_a_plural_description_led_by_a_named_person_is_not_that_person(an: Analyzer) -> None:
    res = an.analyze(
        "The aides, led by campaign manager Kofi Boateng, told donors that they were not "
        "expecting to win Iowa or New Hampshire. They said they were hopeful about the "
        "spring.\n"
    )
    speakers = [(q.speaker.name, q.speaker.kind) if q.speaker else None for q in res.quotes]
    assert speakers == [("aides", "anonymous"), ("aides", "anonymous")]


def test_a_plural_description_set_off_with_names_is_not_the_first_name(an: Analyzer) -> None:
    res = an.analyze(
        "In a recent study, three economists -- Amara Osei at the University of Ghana and "
        "Lukas Berger at the University of California, San Diego -- raised a challenge. "
        "They examined the wages of workers. The adjustment, they concluded, never "
        "happened.\n"
    )
    names = [q.speaker.name if q.speaker else None for q in res.quotes]
    assert names == ["economists", "economists"]


def test_a_singular_description_is_still_named_by_its_apposition(an: Analyzer) -> None:
    res = an.analyze(
        "The campaign manager, Kofi Boateng, told donors that the team was not expecting "
        "to win Iowa.\n"
    )
    speaker = res.quotes[0].speaker
    assert speaker is not None and speaker.name == "Kofi Boateng"
