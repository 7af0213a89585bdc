"""Issue 17: which phrase is the source, and what kind of entity it is. A campus after
an institution inside an appositive is no name given second; a "-ing" modifier after a
demonym ("the Korean coaching staff") is no verb; a relative clause over a hyphenated
word ("a ground-floor flat") still ends at the cue; a role noun that is also a body's
head after a demonym ("the Finnish centre") is a player; a compound role ("its
secretary-general") is no "secretary", so no "minister"; a periodic report's name
("World Economic Outlook", "Regular Economic Report") and a poll's ("Morning Consult
Poll") are a document's, whole, and so is an office of a title with its portfolio ("the
Office of the Director of National Intelligence") a body's; "according to X" after ", and"
opens its own clause. A list inside a relative clause ("who has sold saltfish, ducana and
bull foot soup") stays in the source; a rule text ("The Code of Points") states what it
requires."""

from __future__ import annotations

import pytest

from test_speaker_phrases import AN, _speaker


@pytest.mark.parametrize("place", ["the University of the West Indies, Cave Hill",
                                   "the University of California, Berkeley"])
def test_a_campus_in_an_appositive_is_no_name_given_second(place: str) -> None:
    """"Dr Anjali Persaud, a marine biologist at the University of the West Indies, Cave
    Hill, said …": the name that opens the sentence is the source, not the campus."""
    speaker = _speaker(f"Dr Anjali Persaud, a marine biologist at {place}, said warmer "
                       "water was feeding the blooms.")
    assert speaker.name == "Anjali Persaud"


def test_a_role_phrase_before_a_name_still_gives_the_name() -> None:
    """"A professor at Harvard, Jane Doe, said …": no name opens the sentence, so the
    name after the description is the source, as before."""
    assert _speaker("A professor at Harvard, Jane Doe, said the plan was weak.").name == "Jane Doe"


def test_an_ing_modifier_after_a_demonym_is_no_verb() -> None:
    """"A member of the Korean coaching staff, who asked not to be named …, said": the
    whole phrase is the source, not "staff"."""
    speaker = _speaker("A member of the Korean coaching staff, who asked not to be named "
                       "because he was not authorized to speak, said the team would not "
                       "lodge a protest.")
    assert speaker.name == "member of the Korean coaching staff"


def test_a_past_tense_verb_after_a_demonym_stays_a_verb() -> None:
    """"The Italian denied suggestions that …, pointing out that …": "denied" is the
    verb of "The Italian", who is the coach named before."""
    quotes = AN.analyze("Marco Ventresca said the plan was fine. The Italian denied "
                        "suggestions that his side had tired, pointing out that City had "
                        "finished with more shots.").quotes
    assert [q.speaker.name for q in quotes if q.speaker] == ["Marco Ventresca"] * 2


def test_a_relative_clause_over_a_hyphenated_word_ends_at_the_cue() -> None:
    """"A retired railway worker who lives on a €130 monthly pension in a ground-floor
    flat in Fushë Kosovë says …": the hyphen of "ground-floor" is no dash, so the worker
    is the source, not the town."""
    speaker = _speaker("A retired railway worker who lives on a €130 monthly pension in a "
                       "ground-floor flat in Fushë Kosovë says the line means little.")
    assert (speaker.name, speaker.kind) == ("retired railway worker", "anonymous")


def test_a_demonym_before_a_position_makes_a_player() -> None:
    """"“…,” the Finnish centre said." after "Eetu Kallio": a centre is a playing
    position too, so after a demonym the description is a person, Kallio; "a Finnish
    research centre" stays an organisation, as do plural "Republican lawmakers"."""
    text = 'Eetu Kallio scored twice.\n\n"I saw the puck go in," the Finnish centre said.\n'
    speaker = AN.analyze(text).quotes[0].speaker
    assert speaker is not None and (speaker.name, speaker.kind) == ("Eetu Kallio", "person")
    assert _speaker("A Finnish research centre said the water was warm.").kind == "organization"
    assert _speaker("Republican lawmakers said they would block it.").kind == "organization"


def test_a_compound_role_is_not_its_first_part() -> None:
    """"Its secretary-general, Placide Mintsa, …" is no secretary, so "the minister"
    later is the Forestry Minister named before, not Mintsa."""
    text = (
        "Gabon to ban raw log exports\n\n"
        "LIBREVILLE, Dec 7 (Reuters) - Gabon will ban raw log exports, Forestry Minister "
        "Sylvie Mouity Boukinda said on Monday.\n\n"
        "The National Union of Timber Workers said it supported the ban. Its "
        "secretary-general, Placide Mintsa, told reporters that 1,200 workers could lose "
        "their jobs.\n\n"
        '"A sawmill does not help a man in a camp," Mintsa said.\n\n'
        "Asked about compensation, the minister said the quotas were always temporary.\n"
    )
    last = AN.analyze(text).quotes[-1].speaker
    assert last is not None and last.name == "Sylvie Mouity Boukinda"


@pytest.mark.parametrize(("source", "name"), [
    ("The World Bank's Regular Economic Report", "Regular Economic Report"),
    ("The IMF's latest World Economic Outlook", "World Economic Outlook"),
    ("The Annual Energy Outlook", "Annual Energy Outlook"),
])
def test_a_periodic_reports_name_is_a_document(source: str, name: str) -> None:
    """A capitalised name that ends in "Outlook", "Prospects", "Index" or "Report" is a
    document's, with a first word that is also a role ("Regular") kept in it."""
    speaker = _speaker(f"{source} found that prices rose.")
    assert (speaker.name, speaker.kind) == (name, "document")


@pytest.mark.parametrize(("source", "name"), [
    ("The AP-GfK Poll", "AP-GfK Poll"),
    ("A Morning Consult Poll", "Morning Consult Poll"),
])
def test_a_polls_name_is_a_document(source: str, name: str) -> None:
    """A capitalised name that ends in "Poll" is a poll's, not a person's."""
    speaker = _speaker(f"{source} found that prices rose.")
    assert (speaker.name, speaker.kind) == (name, "document")


@pytest.mark.parametrize("body", [
    "The Office of the Inspector General for the Intelligence Community",
    "The Office of the Director of National Intelligence",
    "The Office of the Auditor General for Local Government",
])
def test_an_office_of_a_title_with_its_portfolio_is_one_body(body: str) -> None:
    """A title inside a body's name followed by its portfolio ("… Director of National
    Intelligence") names no one: the body is the source, whole, not "Intelligence"."""
    speaker = _speaker(f"{body} said the emails were classified.")
    assert (speaker.name, speaker.kind) == (body.removeprefix("The "), "organization")


def test_according_to_after_a_comma_and_opens_its_own_clause() -> None:
    """"The company said it would relocate …, and according to Usher, the first ships
    could dock …": the company's report and Usher's are two quotes, not one trailing
    "according to Usher"."""
    text = ('The company said it would relocate "every living colony" before any dredging '
            "starts, and according to Usher, the first ships could dock in late 2029.")
    quotes = {q.content.text: q.speaker.name for q in AN.analyze(text).quotes if q.speaker}
    assert quotes['the first ships could dock in late 2029'] == "Usher"
    assert quotes['it would relocate "every living colony" before any dredging starts'] == "company"


def test_a_present_verb_before_its_objects_determiner_makes_a_clause() -> None:
    """"… says the hotel blocks the old footpath to the beach": "blocks", a plural noun's
    form, is the clause's verb before "the", so the content is a reported clause (a
    quote), not the cue's object."""
    quote = AN.analyze("The residents' group says the hotel blocks the old footpath to the "
                       "beach.").quotes[0]
    assert quote.content.text == "the hotel blocks the old footpath to the beach"


def test_a_body_placed_in_a_town_is_the_source() -> None:
    """"The Basic State Prosecutor's Office in Kotor said …": the office with its seat is
    the source, as a court with its seat is ("the Administrative Court in Karlstad"), not
    the town; a country after "in" stays in a body's name ("The Board of Control for
    Cricket in India")."""
    speaker = _speaker("The Basic State Prosecutor’s Office in Kotor said it had formed a case.")
    assert (speaker.name, speaker.kind) == ("Basic State Prosecutor’s Office in Kotor",
                                            "organization")
    speaker = _speaker("The Board of Control for Cricket in India said 74 players were sold.")
    assert speaker.name == "Board of Control for Cricket in India"


@pytest.mark.parametrize(("text", "content"), [
    ("The office said that it had formed a case and had asked the municipality for documents.",
     "it had formed a case and had asked the municipality for documents"),
    ("The minister said the Government would fight for every job and would ask the commission "
     "to spread the cuts.",
     "the Government would fight for every job and would ask the commission to spread the cuts"),
])
def test_a_second_verb_in_the_reported_tense_stays_in_the_content(text: str, content: str) -> None:
    """"said the Government would fight … and would ask …": a cue after "and" with the
    reported clause's "would" or "had" is that clause's second verb, not the speaker's
    second report."""
    assert [q.content.text for q in AN.analyze(text).quotes] == [content]


def test_a_refusal_after_but_is_the_speakers_own_act() -> None:
    """"… said it was monitoring … but would not comment on …": "would not" with a cue is
    the speaker's refusal, no part of what was said."""
    quotes = AN.analyze("The Office for Students said it was monitoring the position of "
                        "institutions but would not comment on any single university.").quotes
    assert [q.content.text for q in quotes] == ["it was monitoring the position of institutions"]


@pytest.mark.parametrize("opening", ["", "Outside the eastern gate on Wednesday, "])
def test_a_list_inside_a_relative_clause_stays_in_the_source(opening: str) -> None:
    """"a vendor who has sold saltfish, ducana and bull foot soup at Test matches since
    1991 said": the list's comma is no end of the relative clause, and a fronted place
    of six words before the subject is no source either."""
    speaker = _speaker(f"{opening}A vendor who has sold saltfish, ducana and bull foot soup "
                       "at Test matches since 1991 said the renovation had cost her more "
                       "than money.")
    assert speaker.mention is not None and speaker.mention.text == (
        "A vendor who has sold saltfish, ducana and bull foot soup at Test matches since 1991")
    assert (speaker.name, speaker.kind) == ("vendor", "anonymous")


def test_a_further_relative_clause_after_a_comma_is_still_a_description() -> None:
    """"A nurse who has worked there for 11 years, and who asked not to be named, said":
    the second relative clause describes; the comma before "and who" is no list's."""
    speaker = _speaker("A nurse who has worked in the department for 11 years, and who asked "
                       "not to be named, said staff were running a ward in a hallway.")
    assert speaker.name == "nurse"


@pytest.mark.parametrize("rules", ["The Code of Points", "The league's rulebook"])
def test_a_rule_text_states_what_it_requires(rules: str) -> None:
    """"The Code of Points states that …": a code is a text, so its "states" reports."""
    quotes = AN.analyze(f"{rules} states that a vault is credited only if the half-turn "
                        "is completed.").quotes
    assert [q.content.text for q in quotes] == [
        "a vault is credited only if the half-turn is completed"]


@pytest.mark.parametrize("participle", ["written", "revised", "sealed"])
def test_a_past_participle_between_a_possessor_and_its_noun_is_in_the_source(
    participle: str,
) -> None:
    """ "The judges’ written decision found that …": a participle (irregular ones too)
    between a determiner or possessor and its noun modifies the noun, as "the acting
    chief executive" does."""
    from attribution import analyze

    text = f"The judges’ {participle} decision found that no part of her head had touched the line."
    quotes = analyze(text).quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [
        f"judges’ {participle} decision"]
