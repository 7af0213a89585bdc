"""A heading opens a new section (issue 17): the name it gives is no description's of
the section before. "Assem, the plane's co-pilot, … A friend referred to him as … /
Mohamed Shoukair, 36. / Shoukair, the flight's pilot, …": the friend is Assem's, not
Shoukair, although the next person named, as a subject and without a title, would
otherwise be the unnamed description of the sentences before (cataphora,
``speakers/cataphora.py``). A caption-like line of page furniture is no heading."""

from __future__ import annotations

import attribution

AN = attribution.Analyzer()

TEXT = (
    "Mohamed Mamdouh Assem, 24.\n\n"
    "Assem, the plane's co-pilot, had logged 2,766 flying hours with the airline. A friend "
    "said that he was the most beautiful soul she had ever met.\n\n"
    "Mohamed Shoukair, 36.\n\n"
    "Shoukair, the flight's pilot, had logged nearly 6,300 hours of flying time, the "
    "airline said on Thursday."
)


def test_a_heading_name_does_not_resolve_the_description_before_it() -> None:
    res = AN.analyze(TEXT)
    friend = next(q for q in res.quotes if q.speaker and q.speaker.mention
                  and q.speaker.mention.text == "A friend")
    assert friend.speaker is not None
    assert "Shoukair" not in friend.speaker.name
    assert "Mohamed Shoukair" not in res.people_quoted()


def test_cataphora_still_joins_within_a_section() -> None:
    text = (
        "A Halifax ferry captain says the crossings have grown rougher every winter.\n\n"
        "Aidan MacNeil, 52, has worked the harbour for thirty years. \"The swells are "
        "bigger,\" he said."
    )
    speakers = [q.speaker.name for q in AN.analyze(text).quotes if q.speaker is not None]
    assert speakers and all(name == "Aidan MacNeil" for name in speakers)
