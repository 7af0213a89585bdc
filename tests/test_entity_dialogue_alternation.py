"""Issue 17: once three lines in three paragraphs alternate between two people, an
uncued line goes on with the exchange, whatever its length; a report or a quotation
running over two paragraphs starts no such exchange."""

from __future__ import annotations

import pytest

from attribution import Analyzer

KITCHEN = (
    "The kitchen opens at five. Dilani Perera checks the bookings with her partner, "
    "Min-ho Park.\n\n"
    "“How many for the first sitting?” Perera asks.\n\n"
    "“Sixty-two,” says Park. “And a table of nine at eight.”\n\n"
    "“Nine. On a Thursday.”\n\n"
    "“They are from the consulate, and they want to know if you can do the rice dish.”\n\n"
    "{line}\n\n"
    "Park says the business plan was written on the back of a tender document.\n"
)


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def _speaker(an: Analyzer, text: str, line: str) -> str | None:
    res = an.analyze(text)
    quote = [q for q in res.quotes if q.content.text.strip("“”\"") == line.strip("“”\"")]
    assert quote, [q.content.text for q in res.quotes]
    return quote[0].speaker.name if quote[0].speaker else None


def test_an_exchange_under_way_goes_on_after_a_long_line(an: Analyzer) -> None:
    text = KITCHEN.format(line="“Tell them Sunday, and only if they book the whole room.”")
    assert _speaker(an, text, "“They are from the consulate, and they want to know if you "
                    "can do the rice dish.”") == "Min-ho Park"
    line = "“Tell them Sunday, and only if they book the whole room.”"
    assert _speaker(an, text, line) == "Dilani Perera"


def test_a_quotation_running_over_two_paragraphs_is_no_exchange(an: Analyzer) -> None:
    text = (
        "\"Is the mayor going to say it?\" the challenger, Dana Whitlock, wrote on "
        "Sunday.\n\n"
        "Mayor Paul Brenner said: \"There is no magic to the word. It is a talking point.\n\n"
        "\"Calling a thing by another name does not make it go away,\" Brenner said.\n\n"
        "\"Not once has an adviser of mine said it would change anything.\"\n"
    )
    assert _speaker(an, text, "\"Not once has an adviser of mine said it would change "
                    "anything.\"") == "Paul Brenner"


def test_a_run_of_uncued_lines_goes_on_past_two_paragraphs(an: Analyzer) -> None:
    text = (
        "My friend Hal, who spent years in Jaffna, orders the kothu roti.\n\n"
        "“Is it always this spicy?” Hal asks.\n\n"
        "“Only on Fridays, when the cook is in charge,” says the owner, Marek Dabrowski.\n\n"
        "“And on Saturdays, when he is not?”\n\n"
        "“Saturdays are worse, believe me.”\n\n"
        "“Then I will come on a Sunday, with my mother.”\n\n"
        "The mutton curry is the best thing I have eaten this year.\n"
    )
    assert _speaker(an, text, "“Then I will come on a Sunday, with my mother.”") == "Hal"


@pytest.mark.parametrize("call", ["Mum", "Mama"])
def test_a_line_calling_someone_by_a_kin_word_is_answered_by_the_other(
    an: Analyzer, call: str
) -> None:
    text = (
        "“We gave this mine three generations,” said Halina Kubacka, 54. “Nobody asked us "
        "whether we wanted to give it a fourth.”\n\n"
        "Her son Tomasz, 29, said he had accepted a transfer to the Halemba pit.\n\n"
        f"“{call}, it's a job,” he told her as they walked to the car park.\n\n"
        "“It's a job until they close that one too.”\n\n"
        "The mine will close in March.\n"
    )
    assert _speaker(an, text, "“It's a job until they close that one too.”") == (
        "Halina Kubacka")


def test_a_kin_word_calling_someone_is_no_name(an: Analyzer) -> None:
    # "Ma" calls a mother; it is no name to look up ("Ma. Lourdes Tan-Aquino" gives one)
    text = (
        "Every Sunday the tablet in the family's kitchen lights up, and the woman on the "
        "screen asks the question she has asked for 14 years: \"Kumain na kayo?\"\n\n"
        "\"Yes, Ma. Adobo,\" says the young woman at the table.\n\n"
        "The woman on the screen is Rowena Dimaculangan, 46, a domestic helper in Hong "
        "Kong.\n\n"
        "Back in Lipa, Rowena Dimaculangan's husband, Arnel, says he no longer asks when "
        "she is coming home.\n\n"
        "In an interview, Undersecretary Ma. Lourdes Tan-Aquino said the agency was "
        "helping.\n\n"
        "On the tablet, Rowena Dimaculangan tells Kristine to study hard.\n\n"
        "“Ma, I'm always studying.”\n\n"
        "“I know, anak. I know.”\n"
    )
    res = an.analyze(text)
    assert "Ma" not in {e.name for e in res.entities}
    assert _speaker(an, text, "“I know, anak. I know.”") != "Ma"
