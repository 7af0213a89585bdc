"""Issue 17: a coordination that is the subject of an infinitive after "for" ("it may be
enough for Okafor and Lindqvist to agree on …") speaks as a group, like one that opens
its clause; the model backend's parse gives it whole (``quotes/parse.subject_span``)."""

from __future__ import annotations

from parsed_support import parsed

TEXT = (
    "Speaker Ngozi Okafor met Senator Kaja Lindqvist on Thursday. Okafor praised the "
    "meeting.\n\nFor instance, it may be enough for Okafor and Lindqvist to agree on the "
    "overarching need for lower taxes and a smaller government without aligning on every "
    "policy.\n"
)


def test_a_coordinated_subject_of_an_infinitive_after_for_is_a_group() -> None:
    quotes = parsed().analyze(TEXT).quotes
    names = [q.speaker.name for q in quotes if q.speaker is not None]
    assert "Kaja Lindqvist | Ngozi Okafor" in names or "Ngozi Okafor | Kaja Lindqvist" in names
