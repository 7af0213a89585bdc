"""Issue 17: a body's member named by the body and a title after an indefinite
determiner ("a Labour MP", "One Government TD", "another Conservative MP") is an
unnamed person, not a name, and not the member named before with that title; a
source set off as unnamed is not the person named next."""

from __future__ import annotations

import pytest

from attribution import Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("One Labour MP", "Labour MP"),
        ("One Government TD, who asked not to be named,", "Government TD"),
        ("Another Conservative MP", "Conservative MP"),
        ("A Fianna Fáil TD", "Fianna Fáil TD"),
    ],
)
def test_a_members_title_after_an_indefinite_is_an_unnamed_person(
    an: Analyzer, phrase: str, name: str
) -> None:
    res = an.analyze(f"{phrase} said the plan would fail.\n")
    speaker = res.quotes[0].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind) == (name, "anonymous")


def test_a_named_member_with_a_post_nominal_title_is_still_named(an: Analyzer) -> None:
    res = an.analyze("Jane Smith MP said yesterday that the plan was sound.\n")
    speaker = res.quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == ("Jane Smith", "person")


def test_one_of_many_is_not_the_member_named_before(an: Analyzer) -> None:
    res = an.analyze(
        "People Before Profit TD Rory Adeyemi-Walsh said the protest was \"the start, not "
        "the end\".\n\n"
        "One Government TD, speaking privately, said there was \"real nervousness\" in the "
        "party.\n"
    )
    names = [q.speaker.name if q.speaker else None for q in res.quotes]
    assert names == ["Rory Adeyemi-Walsh", "Government TD"]


def test_a_source_set_off_as_unnamed_is_not_named_by_the_next_name(an: Analyzer) -> None:
    res = an.analyze(
        "Not everyone was convinced. An economist at a London-based bank, who asked not to "
        "be named because of company policy, said the decision \"looks political\".\n\n"
        "Nikos Papadimitriou, head of strategy at Harbor Point Capital, told MarketLine the "
        "bank had \"spent credibility it worked very hard to earn.\"\n"
    )
    names = [q.speaker.name if q.speaker else None for q in res.quotes]
    assert names == ["economist at a London-based bank", "Nikos Papadimitriou"]


@pytest.mark.parametrize(
    "clause", ["who did not want to be named", "who asked not to be identified"]
)
def test_other_words_for_an_unnamed_source_keep_it_unnamed(an: Analyzer, clause: str) -> None:
    res = an.analyze(
        f"A Senedd member, {clause}, said there was \"no appetite\" for a U-turn.\n\n"
        "Mererid Owen, who farms near Machynlleth, said the row had become \"tribal\".\n"
    )
    names = [q.speaker.name if q.speaker else None for q in res.quotes]
    assert names[1] == "Mererid Owen" and names[0] != "Mererid Owen"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trump’s leading Republican rivals, Sens. Ted Cruz of Texas and Marco Rubio of "
         "Florida, have both urged the mogul to release the tapes.",
         "Ted Cruz | Marco Rubio"),
        ("The two mayors, Amara Okafor and Lena Brandt, said that the bridge would close.",
         "Amara Okafor | Lena Brandt"),
    ],
)
def test_a_plural_description_is_the_people_its_apposition_lists(text: str, name: str) -> None:
    """ "Trump's rivals, Sens. Ted Cruz of Texas and Marco Rubio of Florida, have urged":
    the description is the group its apposition names, each member without the place
    after "of" (``groups.GroupReader._apposed_members``)."""
    speaker = Analyzer(attributions=True).analyze(text).quotes[0].speaker
    assert speaker is not None
    assert speaker.name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Instead of Cardin, Corker teamed up with Sens. Robert Menendez (D-N.J.), Joe "
         "Manchin III (D-W.Va.) and Marco Rubio (R-Fla.), all of whom opposed the Iran deal "
         "last summer, to introduce the bill.",
         "Robert Menendez | Joe Manchin III | Marco Rubio"),
        ("The panel heard from Amara Okafor and Lena Brandt, both of whom said that the "
         "bridge must close.", "Amara Okafor | Lena Brandt"),
    ],
)
def test_a_quantified_relative_after_a_list_is_the_whole_list(text: str, name: str) -> None:
    """ "A (D-N.J.), B (D-W.Va.) and C (R-Fla.), all of whom opposed …": a quantified
    relative ("all of whom", "both of whom") refers to the whole list of names before
    it, each member without its bracket (``groups.GroupReader._list_before``); a bare
    "who" is left to the last name."""
    speaker = Analyzer(attributions=True).analyze(text).quotes[0].speaker
    assert speaker is not None
    assert speaker.name == name
