"""A headline's capitalised reporting verb ends the name before it (issue 17: names
doubled): "Hillary Clinton Says EgyptAir Crash Seems Like An 'Act Of Terrorism'" is
Hillary Clinton's, not an organisation "EgyptAir Crash"; a past form may be a name's
("Rehema Said Kombo") and stays in it (``speakers/typer_words.without_role_suffix``)."""

from __future__ import annotations

import pytest

import attribution

AN = attribution.Analyzer(attributions=True)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The plane vanished on Thursday, officials said.\n\n"
         "Hillary Clinton Says EgyptAir Crash Seems Like An Act Of Terrorism\n",
         "Hillary Clinton"),
        ("The plane vanished on Thursday, officials said.\n\n"
         "Kwame Mensah Warns Grid Could Fail This Winter\n", "Kwame Mensah"),
    ],
)
def test_a_headline_report_ends_the_name(text: str, name: str) -> None:
    speakers = [q.speaker for q in AN.analyze(text).quotes if q.speaker is not None]
    assert speakers[-1].name == name
    assert speakers[-1].kind == "person"


def test_a_past_form_inside_a_name_stays() -> None:
    text = ("Mining Commission executive secretary Rehema Said Kombo insisted the figures "
            "were \"not a matter of opinion\".")
    speaker = AN.analyze(text).quotes[0].speaker
    assert speaker is not None
    assert speaker.name == "Rehema Said Kombo"
