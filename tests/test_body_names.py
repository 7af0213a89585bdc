"""Issue 17: bodies, offices and documents named as a reader names them. "World
Triathlon" is a federation, no person; a portfolio the text names elsewhere ("the
Director of Audit") is no part of the name after it; "the Hon." before a name set off
after a list of portfolios is that name; a participle's phrase after "The report," names
nothing; an acronym glossed after an unnamed body ("the regional health agency (ARS)")
is that body; a possessor's body ("Martinique's banana growers' group") is no body
described before; "An official at the Ministry of Finance in Paris" is the official. A
headline's group of people ends at its role noun ("Anglers brave cold winds for …",
"Hà Nội ride-hailing drivers protest …"); "The Japanese world No 3" is a player by
rank; a reply's pronoun is whom the line before was told to, not who told it; a number
between capitalised words stays in a name ("Channel 4 News")."""

from __future__ import annotations

import pytest

from test_speaker_phrases import AN, _speaker


@pytest.mark.parametrize("body", ["World Triathlon", "World Archery", "World Rugby"])
def test_a_world_federation_is_an_organisation(body: str) -> None:
    """A name that opens with "World" is a body's, whatever its second word."""
    speaker = _speaker(f"In a statement, {body} said its officials had reviewed the video.")
    assert (speaker.name, speaker.kind) == (body, "organization")


def test_a_portfolio_named_elsewhere_is_no_part_of_the_name() -> None:
    """"Director of Audit Marcia Joseph-Lake": the text also says "the Director of
    Audit", so "Audit" ends the office and the name is hers."""
    text = ("The ground cost EC$48.6 million, according to the latest report of the "
            "Director of Audit.\n\nIn the report, Director of Audit Marcia Joseph-Lake "
            "wrote that the project had been run without controls.")
    names = {q.speaker.name for q in AN.analyze(text).quotes if q.speaker}
    assert "Marcia Joseph-Lake" in names
    assert not any(n.startswith("Audit") for n in names)


@pytest.mark.parametrize("courtesy", ["the Hon.", "Hon."])
def test_a_courtesy_after_a_list_of_portfolios_opens_the_name(courtesy: str) -> None:
    """"the Minister of Sports, Youth and Culture, the Hon. Jermaine Thibou, told": the
    name set off second is the source, not the last portfolio."""
    speaker = _speaker(f"But the Minister of Sports, Youth and Culture, {courtesy} Jermaine "
                       "Thibou, told the Observer that the ground was the pride of the city.")
    assert (speaker.name, speaker.kind) == ("Jermaine Thibou", "person")


@pytest.mark.parametrize("where", ["laid in the House of Representatives",
                                   "published in the Official Gazette"])
def test_a_participle_phrase_after_a_report_names_nothing(where: str) -> None:
    """"The report, laid in the House of Representatives on Tuesday, found that …":
    the report speaks, not the House."""
    speaker = _speaker(f"The report, {where} on Tuesday, found that the ministry approved "
                       "eleven variations without approval.")
    assert (speaker.name, speaker.kind) == ("report", "document")


def test_an_acronym_glossed_after_an_unnamed_body_is_that_body() -> None:
    """"the regional health agency (ARS)" … "The ARS said": one entity, though the
    initials of the English words spell no "ARS"."""
    text = ("Most adults carry the pesticide, according to the regional health agency "
            "(ARS).\n\nThe agency said in a statement that it would extend free testing. "
            "The ARS said 11,400 people had been tested.")
    analysis = AN.analyze(text)
    speakers = {q.speaker.entity for q in analysis.quotes if q.speaker}
    assert len(speakers) == 1
    assert len([e for e in analysis.entities if e.kind == "organization"]) == 1


def test_a_possessors_body_is_no_body_described_before() -> None:
    """"Martinique's banana growers' group" is a group of Martinique's, no variation on
    "the regional health agency" the text described before."""
    text = ("Most adults carry the pesticide, according to the regional health agency.\n\n"
            "The agency said in a statement that it would extend free testing.\n\n"
            "Martinique's banana growers' group, which reported a rise in exports, said "
            "it would appeal.")
    analysis = AN.analyze(text)
    agency = next(q.speaker for q in analysis.quotes if q.content.text.startswith("it would "
                                                                                   "extend"))
    assert agency is not None and agency.name == "regional health agency"
    assert all("growers" not in e.name for e in analysis.entities if e.id == agency.entity)


@pytest.mark.parametrize("body", ["the Ministry of Finance", "the Ministry of Overseas France"])
def test_an_official_at_a_ministry_in_a_city_is_the_official(body: str) -> None:
    """"An official at the Ministry of Finance in Paris said": the official speaks, not
    the city."""
    speaker = _speaker(f"An official at {body} in Paris, who asked not to be named, said the "
                       "government was studying the judgment.")
    assert speaker.kind == "anonymous"
    assert speaker.name.startswith("official at the Ministry of")


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("'She's a keeper!': Anglers brave cold winds for walleye opener on Mille Lacs",
         ("Anglers", "anonymous")),
        ('"We drive 14 hours and earn nothing": Hà Nội ride-hailing drivers protest fare cut',
         ("Hà Nội ride-hailing drivers", "anonymous")),
        ("‘It is a slow death’: Kestrel theatre director on why the doors close",
         ("Kestrel theatre director", "anonymous")),
    ],
)
def test_a_headlines_group_ends_at_its_role_noun(headline: str, expected: tuple[str, str]) -> None:
    """After a headline quotation's colon, the speaker is the capitals and the role noun
    they modify, not the words that say what they do."""
    speaker = _speaker(headline)
    assert (speaker.name, speaker.kind) == expected


def test_a_subjectless_verb_after_a_cue_noun_is_no_report() -> None:
    """"Audit report puts final bill at EC$48.6 million": "report" is a noun, and "puts
    …" no clause anyone reported."""
    assert AN.analyze("Audit report puts final bill at EC$48.6 million").quotes == []


@pytest.mark.parametrize("clause", ["prices rise every winter", "costs fall when demand weakens"])
def test_a_plural_subjects_verb_is_a_verb(clause: str) -> None:
    """"said prices rise every winter": "rise" after a plural subject and before a
    function word is its verb, so the clause is a report."""
    quotes = AN.analyze(f"The minister said {clause}.").quotes
    assert [q.content.text for q in quotes] == [clause]


def test_a_reply_is_by_whom_the_line_before_was_told_to() -> None:
    """"“She did a Cheng,” Benítez told the judge, Ingrid Solberg. / “…,” she replied.":
    the judge replies, not the coach whose gender the text has not yet given."""
    text = ("Her coach, Aurelio Benítez, lodged an inquiry within a minute.\n\n"
            "‘She did a Cheng,’ Benítez told the vault panel’s judge, Ingrid Solberg of "
            "Norway.\n\n"
            "‘The half-turn was not completed before the table,’ she replied.\n\n"
            "‘Then show me the video.’\n\n"
            "‘The superior jury has the video.’")
    names = [q.speaker.name if q.speaker else None for q in AN.analyze(text).quotes]
    assert names == ["Aurelio Benítez", "Ingrid Solberg", "Aurelio Benítez", "Ingrid Solberg"]


def test_a_rank_after_a_demonym_is_the_player_of_that_rank() -> None:
    """"The Japanese world No 3 told reporters": a player by nationality and rank, the
    one the article is about."""
    text = ('Ayaka Morimoto lost the final in five games. "It was a let," Morimoto said.\n\n'
            "The Japanese world No 3 told reporters that she would ask for a meeting.")
    names = [q.speaker.name if q.speaker else None for q in AN.analyze(text).quotes]
    assert names == ["Ayaka Morimoto", "Ayaka Morimoto"]


@pytest.mark.parametrize(("text", "name"), [
    ("Channel 4 News said the report was wrong.", "Channel 4 News"),
    ("Xayaburi 2 Power Company said the spillway gates had opened.", "Xayaburi 2 Power Company"),
    ("21st Century Fox said the deal was off.", "21st Century Fox"),
])
def test_a_number_between_capitalised_words_stays_in_the_name(text: str, name: str) -> None:
    """A number inside a name ("Channel 4 News") is part of it, as an ordinal is."""
    assert _speaker(text).name == name


def test_a_dates_number_starts_no_name() -> None:
    """"On May 5 Smith said": the day's number is the date's, not a name's."""
    assert _speaker("On May 5 Smith said the report was wrong.").name == "Smith"
