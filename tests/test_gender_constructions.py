"""Genders the text states through constructions and runs of pronouns, and subjects
whose head a phrase modifies (issue 17, branch ``speakers5``), names of many origins;
never a gender from a list of given names.

* a possessive coordinated with a name is that person's ("Clinton and her aides"), and
  so is one in a relative clause set off after a name ("Bryan Pagliano, who invoked his
  Fifth Amendment rights"), but not when another name, a pronoun or a copula stands
  between ("…, who was her director", "…, who worked on Clinton's campaign … her home");
* one sure possessive ("… said her children …") states a gender at the end of the
  article when nothing says otherwise; a possessive that opens its speaker's report
  ("Pastrana said his client …") is the speaker's when no one else in the sentence
  could own it;
* pronouns that continued a person's turns as a sentence's subject, after separate
  mentions of the name, state its gender even when each had a rival; a chain of unsure
  pronouns after one mention still does not (``test_entity_genders.py``);
* "People briefed on the move said": the people speak, not the object of the phrase
  that modifies them (a title before "of" is no such head); "Virtually all analysts",
  "outside experts": words before a speaker span that belong to it; a relative
  pronoun's antecedent widens the same way ("10,000 people in the arena, who");
* "the" before a capitalised run, an ordinal opening it, or an outlet's name before a
  document noun ("Washington Post Poll") make no person's name; an outlet's desk ("BBC
  Sport") is no person; a relative clause can give a description's name ("one user, who
  gave her name only as Siobhan,"); a kinship noun right before a name states its
  gender ("his brother Karim Haddad").
"""

from __future__ import annotations

import pytest

from attribution import Analysis, Analyzer
from test_entity_genders import entity


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def test_a_possessive_coordinated_with_a_name_is_that_persons(an: Analyzer) -> None:
    text = (
        "Investigators want to interview Oluwaseun Adeyemi about the contracts, a "
        "prosecutor, Haruto Sato, said on Monday.\n\n"
        "\"We will speak to Oluwaseun Adeyemi and her staff,\" Sato said.\n\n"
        "Agents also plan to interview Adeyemi and her deputies next week.\n\n"
        "\"I have done nothing wrong,\" Adeyemi said."
    )
    res = an.analyze(text)
    assert entity(res, "Oluwaseun Adeyemi").gender == "female"
    assert entity(res, "Haruto Sato").gender is None


def test_a_possessive_in_a_relative_clause_after_a_name(an: Analyzer) -> None:
    text = (
        "The committee heard from Mateus Carvalho, who invoked his right to silence "
        "last year.\n\n"
        "\"I have nothing to add,\" Carvalho said on Tuesday."
    )
    res = an.analyze(text)
    assert entity(res, "Mateus Carvalho").gender == "male"


def test_a_relative_clause_with_another_name_or_a_copula_states_nothing(
    an: Analyzer,
) -> None:
    """"Pagliano, who worked on Clinton's campaign before setting up the server in her
    home": whose home is not the relative clause's to say; nor "Sullivan, who was her
    director": a copula makes him someone's, not the owner."""
    text = (
        "Officials praised Siddharth Rao, who worked on Nkechi Obi's campaign before "
        "setting up the office in her home.\n\n"
        "\"It was a good office,\" Rao said.\n\n"
        "Many of Obi's aides are new, including Lior Ben-David, who was her director "
        "of planning.\n\n"
        "\"We start again,\" Ben-David said."
    )
    res = an.analyze(text)
    assert entity(res, "Siddharth Rao").gender is None
    assert entity(res, "Lior Ben-David").gender is None


def test_a_pronoun_between_makes_the_possessive_unsure(an: Analyzer) -> None:
    """"Carly Fiorina, who he named as his running mate": "his" is the namer's."""
    text = (
        "The senator appeared with Ilse Vandenberg, who he named on Wednesday as his "
        "running mate.\n\n"
        "\"We are ready,\" Vandenberg said."
    )
    res = an.analyze(text)
    assert entity(res, "Ilse Vandenberg").gender != "male"


def test_one_sure_possessive_states_a_gender(an: Analyzer) -> None:
    text = (
        "More than 60 parents spoke during the meeting.\n\n"
        "Thuy Nguyen, a parent of two, said her children would have to cross a "
        "highway to reach the new school. \"It is not safe,\" Nguyen said."
    )
    res = an.analyze(text)
    assert entity(res, "Thuy Nguyen").gender == "female"


def test_pronouns_continuing_separate_mentions_state_a_gender(an: Analyzer) -> None:
    """Each "he" had a rival (the subject of the clause Okonkwo reports, of no stated
    gender), but after two separate mentions of Okonkwo both continued him as a
    sentence's subject."""
    text = (
        "Emeka Okonkwo spoke at the forum on Monday.\n\n"
        "Okonkwo said Rafael Quispe had cut the budget. He said the city needs more "
        "buses.\n\n"
        "Later, Okonkwo said Quispe had misled voters. He said the talks had gone "
        "badly.\n\n"
        "\"We agree on most things,\" Quispe said."
    )
    res = an.analyze(text)
    assert entity(res, "Emeka Okonkwo").gender == "male"
    assert entity(res, "Rafael Quispe").gender is None


def test_a_possessive_opening_the_speakers_report_is_the_speakers(an: Analyzer) -> None:
    """"Pastrana said his client had worked …": the speaker's own report, whose first
    word is "his", with no rival in the sentence."""
    text = (
        "Prosecutor Anjali Raghunathan said the thefts were planned.\n\n"
        "The defendant's attorney, Tiago Fonseca, said his client had worked at the "
        "church for 22 years."
    )
    res = an.analyze(text)
    assert entity(res, "Tiago Fonseca").gender == "male"
    assert entity(res, "Anjali Raghunathan").gender is None


# ------------------------------------------------------------- post-modified subjects


def speaker_named(res: Analysis, words: str) -> tuple[str | None, str | None]:
    found = [q for q in res.quotes if words in q.content.text]
    assert found, [q.content.text for q in res.quotes]
    sp = found[0].speaker
    return (None, None) if sp is None else (sp.name, sp.mention.text if sp.mention else None)


def test_people_a_phrase_modifies_speak_not_its_object(an: Analyzer) -> None:
    """"People briefed on the move said …": the people speak, not "the move"; also a
    participle ("interviewed at"), a share ("one in four voters in a poll") and a
    possessed head ("the minister's partners in Nairobi")."""
    text = (
        "Kwame Asante was named campaign chief on Wednesday.\n\n"
        "People briefed on the move said that it reflected a crisis in the campaign.\n\n"
        "One in four voters in a Daily Ledger poll said the economy mattered most.\n\n"
        "Farmers interviewed at the market said prices had doubled."
    )
    res = an.analyze(text)
    assert speaker_named(res, "reflected a crisis") == (
        "People briefed on the move", "People briefed on the move"
    )
    assert speaker_named(res, "economy mattered")[0] == "One in four voters in a Daily Ledger poll"
    assert speaker_named(res, "prices had doubled")[0] == "Farmers interviewed at the market"


def test_a_title_before_of_is_no_post_modified_head(an: Analyzer) -> None:
    """"Secretary of State Ngozi Okonjo said": a title, not someone "of" the state."""
    text = "Secretary of State Ngozi Okonjo said the talks would resume on Monday."
    res = an.analyze(text)
    assert speaker_named(res, "talks would resume")[0] == "Ngozi Okonjo"


def test_words_before_the_span_that_belong_to_it(an: Analyzer) -> None:
    """"Virtually all analysts say", "Still, outside experts said": the adverb of the
    quantifier and "outside" are part of who speaks."""
    text = (
        "The central bank cut rates on Tuesday.\n\n"
        "Virtually all analysts say the cut came too late.\n\n"
        "Still, outside experts said the findings fit a growing body of evidence."
    )
    res = an.analyze(text)
    assert speaker_named(res, "came too late")[0] == "Virtually all analysts"
    assert speaker_named(res, "findings fit")[0] == "outside experts"


# --------------------------------------------------------------- names of no one


def test_names_of_things_are_no_people_quoted(an: Analyzer) -> None:
    """"The Great Debate Debate shows …", "the Fourteenth Amendment says …", "a Washington
    Post Poll found …": "the" before a name, an ordinal opening it, or an outlet's
    document are no person's name; the people quoted are the people."""
    text = (
        "Amara Diallo said the vote was close.\n\n"
        "The Great Debate Debate argues that the primaries were decided early.\n\n"
        "The Fourteenth Amendment says that all persons born here are citizens, "
        "Siosaia Taufa said.\n\n"
        "A Washington Post Poll found that most voters wanted a change."
    )
    res = an.analyze(text)
    assert res.people_quoted() == ["Amara Diallo", "Siosaia Taufa"]
    kinds = {q.speaker.name: q.speaker.kind for q in res.quotes if q.speaker}
    assert kinds.get("Washington Post Poll", "document") == "document"


def test_an_outlets_desk_is_no_rival_for_he(an: Analyzer) -> None:
    """"Sean Dyche told BBC Sport that he expected …": "BBC Sport" is an outlet, no
    person "he" could mean."""
    text = (
        "Their manager, Nuno Espírito Santo, told BBC Sport that he expected a real "
        "battle at the weekend."
    )
    res = an.analyze(text)
    assert entity(res, "Nuno Espírito Santo").gender == "male"


def test_a_relative_clause_that_gives_the_name(an: Analyzer) -> None:
    """"one user, who gave her name only as Siobhan, wrote": the user is Siobhan, a
    woman; so is "a driver, who identified himself only as Tomasz,"."""
    text = (
        "Some users were less forgiving. \"I've deleted my account,\" one user, who "
        "gave her name only as Siobhan, wrote on the forum.\n\n"
        "\"Nobody told us,\" a driver, who identified himself only as Tomasz, said "
        "outside the depot."
    )
    res = an.analyze(text)
    assert entity(res, "Siobhan").gender == "female"
    assert entity(res, "Siobhan").kind == "person"
    assert entity(res, "Tomasz").kind == "person"
    assert res.people_quoted() == ["Siobhan", "Tomasz"]


@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("A woman selling empanadas outside the hall, who gave only her first name, Rosa, "
         "said her son worked at a lithium plant.\n\n\"He earns well,\" she said.",
         "Rosa", "female"),
        # the relative clause may follow a short apposition
        ("A younger witness, a 24-year-old who gave only his first name, Rudi, said the "
         "haze had kept his daughter out of school.\n\n\"Everyone knows that,\" Rudi "
         "replied.", "Rudi", "male"),
        # or only a nickname
        ("A spokesman for the group, who gave only his nickname, Bigode, said its members "
         "had been provoked.\n\n\"We defended ourselves,\" Bigode said.", "Bigode", "male"),
    ],
)
def test_a_relative_clause_that_gives_only_a_first_name(
    an: Analyzer, text: str, name: str, gender: str
) -> None:
    """"A woman selling empanadas …, who gave only her first name, Rosa, said": the
    woman is Rosa."""
    res = an.analyze(text)
    assert [q.speaker.name for q in res.quotes if q.speaker] == [name, name]
    assert entity(res, name).kind == "person"
    assert entity(res, name).gender == gender


def test_a_kinship_noun_right_before_a_name(an: Analyzer) -> None:
    """"an interview his brother Karim Haddad gave to ITV": "brother" says Karim's
    gender; "the interview" says nothing."""
    text = (
        "Omar Haddad was on the flight, according to an interview his brother Karim "
        "Haddad gave to ITV.\n\n"
        "\"He was kind,\" Karim Haddad said, adding that the airline had not called."
    )
    res = an.analyze(text)
    assert entity(res, "Karim Haddad").gender == "male"


def test_a_relative_pronouns_antecedent_widens_like_a_speaker(an: Analyzer) -> None:
    """"… 10,000 people in the arena, who chanted that …": the people, not the arena."""
    text = (
        "Lwazi Dlamini spoke for an hour on Saturday to 10,000 people in the arena, who "
        "chanted that the mayor must go."
    )
    res = an.analyze(text)
    assert speaker_named(res, "mayor must go")[0] == "10,000 people in the arena"
