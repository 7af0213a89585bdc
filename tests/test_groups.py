"""Groups that speak together (issue 17, "one person, one entity"): a coordinated
speaker is a group entity whose members are entities of their own; "both men", "the two
senators" and a plural "they" refer back to two named people; organisation names with
"and" and groups without named members stay one mention. Names of many origins."""

from __future__ import annotations

import json

import pytest

import attribution
from attribution import Analysis, Analyzer, Entity, Quote


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def only_quote(res: Analysis) -> Quote:
    assert len(res.quotes) == 1, res.quotes
    return res.quotes[0]


def group_of(res: Analysis, q: Quote) -> tuple[Entity, list[Entity]]:
    """The quote's speaker entity and its members (each an entity of the result)."""
    assert q.speaker is not None and q.speaker.entity is not None, q
    group = res.entity(q.speaker.entity)
    assert group is not None
    members = [res.entity(m) for m in group.members]
    assert all(m is not None for m in members)
    return group, [m for m in members if m is not None]


def test_two_titled_names_are_a_group_of_two_people(an: Analyzer) -> None:
    text = "Sen. Elizabeth Warren and Sen. Bernie Sanders said the bill was too weak."
    res = an.analyze(text)
    q = only_quote(res)
    group, members = group_of(res, q)
    assert q.speaker is not None and q.speaker.name == "Elizabeth Warren | Bernie Sanders"
    assert group.kind == "person" and q.speaker.kind == "person"
    assert group.name == q.speaker.name
    assert [m.name for m in members] == ["Elizabeth Warren", "Bernie Sanders"]
    assert all(m.kind == "person" and not m.members for m in members)
    # each member's mention is its conjunct; the group's the whole coordination
    assert [[s.text for s in m.mentions] for m in members] == [
        ["Sen. Elizabeth Warren"], ["Sen. Bernie Sanders"]
    ]
    assert [s.text for s in group.mentions] == [
        "Sen. Elizabeth Warren and Sen. Bernie Sanders"
    ]
    assert res.people_quoted() == ["Elizabeth Warren", "Bernie Sanders"]


def test_a_list_of_three_names_is_a_group_of_three(an: Analyzer) -> None:
    res = an.analyze(
        "Aiko Tanaka, Kwame Mensah and Priya Raman said the plan would fail."
    )
    q = only_quote(res)
    _, members = group_of(res, q)
    assert q.speaker is not None
    assert q.speaker.name == "Aiko Tanaka | Kwame Mensah | Priya Raman"
    assert [m.name for m in members] == ["Aiko Tanaka", "Kwame Mensah", "Priya Raman"]
    assert q.speaker.mention is not None
    assert q.speaker.mention.text == "Aiko Tanaka, Kwame Mensah and Priya Raman"


def test_a_name_and_her_husband_named_are_a_group(an: Analyzer) -> None:
    res = an.analyze("Olga Petrova and her husband Dmitri Petrov said they were leaving.")
    q = only_quote(res)
    group, members = group_of(res, q)
    assert group.name == "Olga Petrova | Dmitri Petrov" and group.kind == "person"
    assert members[1].gender == "male"  # "husband" says so
    assert members[0].gender == "female"  # "her", coordinated with her name, says so
    assert group.gender is None


def test_a_name_and_a_description_make_a_mixed_group(an: Analyzer) -> None:
    res = an.analyze("Rafael Ortiz and his lawyer said the charges were false.")
    q = only_quote(res)
    group, members = group_of(res, q)
    assert [(m.name, m.kind) for m in members] == [
        ("Rafael Ortiz", "person"), ("lawyer", "anonymous")
    ]
    assert group.kind == "unknown"
    assert [s.text for s in members[1].mentions] == ["his lawyer"]
    # the people quoted: the one person named
    assert res.people_quoted() == ["Rafael Ortiz"]


def test_honorifics_state_each_members_gender_and_she_takes_a_member(an: Analyzer) -> None:
    res = an.analyze(
        'Mr. Haddad and Ms. Nakamura said the deal was done. "It is final," she said.'
    )
    first, second = res.quotes
    _, members = group_of(res, first)
    assert [(m.name, m.gender) for m in members] == [("Haddad", "male"), ("Nakamura", "female")]
    assert second.speaker is not None and second.speaker.entity == members[1].id


def test_both_men_refers_to_the_two_men_named_before(an: Analyzer) -> None:
    res = an.analyze(
        "Rafael Ortiz met Chen Wei on Monday. Both men said the talks went well."
    )
    q = only_quote(res)
    group, _ = group_of(res, q)
    assert group.name == "Rafael Ortiz | Chen Wei"
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == "Both men"


def test_the_two_senators_refers_to_the_two_senators_named(an: Analyzer) -> None:
    res = an.analyze(
        'Senators Ngozi Okafor and Lars Eriksson met on Monday. '
        '"We agree," the two senators said.'
    )
    q = only_quote(res)
    group, _ = group_of(res, q)
    assert group.name == "Ngozi Okafor | Lars Eriksson"


def test_a_bare_two_introduces_a_pair_of_its_own(an: Analyzer) -> None:
    """ "two players" (no "the", no "both") are others than the two just named."""
    res = an.analyze(
        "Ferraz denied any rift with Tavares, but two players told the newspaper O Tempo, "
        "on condition of anonymity, that the squad had lost faith in the coach."
    )
    q = only_quote(res)
    assert q.speaker is not None and q.speaker.name == "players"


def test_both_candidates_refers_to_the_two_named_two_sentences_before(an: Analyzer) -> None:
    """A sentence that mentions only unnamed people lies between the pair and "both
    candidates": they are still the two the text named last."""
    res = an.analyze(
        "Amaka Eze won 49 percent of the vote, while Tomasz Wójcik won 48 percent. "
        "Party officials had hoped for a clear result. "
        "On Thursday, both candidates said a recount was not needed."
    )
    q = next(q for q in res.quotes if "recount" in q.content.text)
    group, _ = group_of(res, q)
    assert group.name == "Amaka Eze | Tomasz Wójcik"


def test_both_candidates_with_a_third_person_between_stays_a_description(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "Amaka Eze won 49 percent of the vote, while Tomasz Wójcik won 48 percent. "
        "Returning officer Kofi Mensah had hoped for a clear result. "
        "On Thursday, both candidates said a recount was not needed."
    )
    q = next(q for q in res.quotes if "recount" in q.content.text)
    assert q.speaker is not None
    e = res.entity(q.speaker.entity)
    assert e is None or not e.members


def test_both_men_with_three_people_before_stays_a_description(an: Analyzer) -> None:
    res = an.analyze(
        "Rafael Ortiz met Chen Wei and Tomás Lindqvist on Monday. "
        "Both men said the talks went well."
    )
    q = only_quote(res)
    assert q.speaker is not None
    e = res.entity(q.speaker.entity)
    assert e is None or not e.members


def test_they_after_a_group_refers_to_it(an: Analyzer) -> None:
    res = an.analyze(
        "Sen. Amara Nwosu and Sen. Henrik Dahl said the bill was too weak. "
        "Later they said it could still pass."
    )
    first, second = res.quotes
    assert first.speaker is not None and second.speaker is not None
    assert second.speaker.entity == first.speaker.entity
    assert second.speaker.name == "Amara Nwosu | Henrik Dahl"


def test_they_after_two_people_named_together_refers_to_both(an: Analyzer) -> None:
    res = an.analyze(
        "Sen. Amara Nwosu and Sen. Henrik Dahl introduced a bill on Monday. "
        '"It is overdue," they said.'
    )
    q = only_quote(res)
    assert q.speaker is not None and q.speaker.name == "Amara Nwosu | Henrik Dahl"


def test_he_never_takes_a_group(an: Analyzer) -> None:
    res = an.analyze(
        "Mr. Ivanov and Ms. Adeyemi said the bill was too weak. "
        '"It will fail," he said.'
    )
    second = res.quotes[1]
    assert second.speaker is not None and second.speaker.name == "Ivanov"


@pytest.mark.parametrize("text", [
    "Democrats and Republicans said the bill was too weak.",
    "Johnson & Johnson said the recall was voluntary.",
    "Procter and Gamble said the recall was voluntary.",
    "The Bureau of Alcohol, Tobacco, Firearms and Explosives said the guns were seized.",
])
def test_no_named_members_or_one_organisations_name_is_no_group(
    an: Analyzer, text: str
) -> None:
    res = an.analyze(text)
    q = only_quote(res)
    assert q.speaker is not None and " | " not in q.speaker.name
    assert len(res.entities) == 1 and not res.entities[0].members


def test_a_coordination_after_a_preposition_is_no_speaker_group(an: Analyzer) -> None:
    res = an.analyze("The talks between Ngozi Okafor and Lars Eriksson said little.")
    assert all(not e.members for e in res.entities)


def test_the_group_and_a_members_own_quote_share_the_member(an: Analyzer) -> None:
    res = an.analyze(
        "Sen. Elizabeth Warren and Sen. Bernie Sanders said the bill was too weak. "
        '"It fails working families," Warren said.'
    )
    first, second = res.quotes
    _, members = group_of(res, first)
    assert second.speaker is not None and second.speaker.entity == members[0].id
    assert second.speaker.name == "Elizabeth Warren"
    # the profile counts each person once, crediting the group's quote to each member
    sources = {s.name: s for s in attribution.profile(res).articles[0].sources}
    assert set(sources) == {"Elizabeth Warren", "Bernie Sanders"}
    assert (sources["Elizabeth Warren"].quotes, sources["Bernie Sanders"].quotes) == (2, 1)
    assert res.people_quoted() == ["Elizabeth Warren", "Bernie Sanders"]


def test_members_round_trip_through_json_and_survive_renumbering() -> None:
    res = Analyzer(quote_kinds=("direct",)).analyze(
        'Omar Haddad said the count was fair. "It is not," said Lena Vogt. '
        'Sen. Amara Nwosu and Sen. Henrik Dahl said it was too weak. '
        '"We will appeal," they said.'
    )
    # Haddad's indirect report is dropped: the ids are numbered again, members too
    assert [e.id for e in res.entities] == ["e1", "e2", "e3", "e4"]
    groups = [e for e in res.entities if e.members]
    assert [(g.id, g.members) for g in groups] == [("e3", ("e2", "e4"))]
    assert [res.entity(m).name for m in groups[0].members] == [  # type: ignore[union-attr]
        "Amara Nwosu", "Henrik Dahl"
    ]
    d = json.loads(json.dumps(res.to_dict()))
    assert Analysis.from_dict(d) == res
    for g in groups:
        assert Entity.from_dict(g.to_dict()) == g


def test_the_component_sets_a_span_per_member_and_one_for_the_group() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("attribution")
    doc = nlp("Sen. Elizabeth Warren and Sen. Bernie Sanders said the bill was too weak.")
    spans = {(s.text, s.label_) for s in doc.spans["entities"]}
    assert ("Sen. Elizabeth Warren", "person: Elizabeth Warren") in spans
    assert ("Sen. Bernie Sanders", "person: Bernie Sanders") in spans
    assert ("Sen. Elizabeth Warren and Sen. Bernie Sanders",
            "person: Elizabeth Warren | Bernie Sanders") in spans


def test_they_prefers_two_people_just_named_together_over_an_older_organisation(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "The agency said the plan was late. Funding went to Sen. Amara Nwosu and "
        "Sen. Henrik Dahl. Last week, they said the plan would pass."
    )
    first, second = res.quotes
    assert first.speaker is not None and first.speaker.name == "agency"
    assert second.speaker is not None and second.speaker.name == "Amara Nwosu | Henrik Dahl"


def test_a_list_of_surnames_named_in_full_before_is_a_group_of_them(an: Analyzer) -> None:
    # "Trump" opens its sentence (a common word capitalised there) and the word list
    # guesses nothing for the others: the full names before say who they are.
    res = an.analyze(
        "Donald Trump met Paul Ryan and Reince Priebus on Thursday.\n\n"
        "Trump, Ryan and RNC Chairman Reince Priebus said in a joint statement that the "
        "meeting was a positive step.\n"
    )
    q = next(q for q in res.quotes if q.content.text.startswith("the meeting"))
    _, members = group_of(res, q)
    assert [m.name for m in members] == ["Donald Trump", "Paul Ryan", "Reince Priebus"]


def test_they_continues_people_described_in_the_plural_who_open_the_sentence(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "Bojanala reported a R3.1-billion profit for 2025. Spokesperson Farah Haffejee said "
        "the company would \"respond fully to every allegation\".\n\n"
        "Relatives of several of the dead workers sat in the front row. They said in a "
        "joint statement that they wanted the hearings broadcast live.\n"
    )
    last = res.quotes[-1]
    assert last.speaker is not None
    assert (last.speaker.name, last.speaker.kind) == (
        "Relatives of several of the dead workers", "anonymous"
    )


# -- a family by its surname: "the Ebelings" -------------------------------------------
FAMILY = (
    "Amaka Okonkwo met the senator in 1989. Her husband, Chidi Okonkwo, joined them "
    "later.\n\n"
    '"We never talk politics at dinner," Amaka Okonkwo said.\n\n'
    "The Okonkwos said they would vote for her in the primary."
)


def test_a_plural_surname_is_the_group_of_the_people_of_that_name(an: Analyzer) -> None:
    res = an.analyze(FAMILY)
    q = next(q for q in res.quotes if q.content.text.startswith("they would"))
    group, members = group_of(res, q)
    assert [m.name for m in members] == ["Amaka Okonkwo", "Chidi Okonkwo"]
    assert group.kind == "person"
    assert [m.gender for m in members] == ["female", "male"]


def test_a_plural_surname_with_one_person_of_that_name_is_no_group(an: Analyzer) -> None:
    text = FAMILY.replace("Chidi Okonkwo", "Chidi Eze")
    res = an.analyze(text)
    q = next(q for q in res.quotes if q.content.text.startswith("they would"))
    assert q.speaker is not None
    ent = res.entity(q.speaker.entity) if q.speaker.entity is not None else None
    assert ent is None or not ent.members



@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("As minister, Amara Nwosu targeted pension reform, drawing the ire of lawmakers "
         "who said she was too involved.", "lawmakers"),
        ("The plan won the support of residents who said the road was unsafe.", "residents"),
        # people before "of" stay the antecedent
        ("The bill angered members of the council who said it was rushed.",
         "members of the council"),
    ],
)
def test_who_after_a_thing_of_people_is_those_people(text: str, name: str) -> None:
    """"drawing the ire of lawmakers who thought …": "who" is the lawmakers, not the
    ire; "members of the council who said" are the members."""
    res = Analyzer().analyze(text)
    speakers = [q.speaker.name for q in res.quotes if q.speaker]
    assert speakers[-1] == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pickets held up a photo of former union boss Teodor Varga (who says the strike "
         "is illegal) outside the gates.", "Teodor Varga"),
        ("Over the past two weeks, her adviser Jake Sullivan (who said the answers were "
         "ready) drafted the replies.", "Jake Sullivan"),
    ],
)
def test_who_in_parentheses_after_a_name_is_that_person(text: str, name: str) -> None:
    """"a photo of David Duke (who enthusiastically endorses Trump …)": a relative
    clause set off in parentheses refers to the noun phrase before them."""
    res = Analyzer(attributions=True).analyze(text)
    speakers = [q.speaker.name for q in res.quotes if q.speaker]
    assert speakers and speakers[0] == name


def test_they_after_its_own_sentences_plural_subject_is_that_subject() -> None:
    """"Clinton aides have privately expressed frustration over …, a step they believe
    could help …": "they" continues the plural subject before it in its own sentence,
    not the group of the sentence before."""
    text = (
        "Organisers will tell those voters to back the winner of the primaries.\n\n"
        "Mensah aides have privately expressed frustration over Okafor's refusal to "
        "endorse her, a step they believe could help unite the party."
    )
    res = Analyzer(attributions=True).analyze(text)
    they = [q.speaker.name for q in res.quotes
            if q.speaker and q.speaker.mention and q.speaker.mention.text == "they"]
    assert they == ["Mensah aides"]


def test_a_coordinated_subject_whose_verb_stands_further_on_is_a_group(an: Analyzer) -> None:
    """The rule read the subject; its report comes after "have spent the week"."""
    res = an.analyze(
        "Donald Trump met Paul Ryan and Kwame Mensah on Thursday. Since then, Trump, Ryan "
        "and Mensah have spent the week insisting that the party is united."
    )
    q = only_quote(res)
    _, members = group_of(res, q)
    assert [m.name for m in members] == ["Donald Trump", "Paul Ryan", "Kwame Mensah"]


def test_a_name_and_its_apposition_of_two_roles_is_one_person(an: Analyzer) -> None:
    res = an.analyze(
        "Konstantin Grishchenko, a former foreign minister and a deputy prime minister "
        "under Mr. Yanukovych, said in a telephone interview that Mr. Manafort had grown "
        "disillusioned with his client."
    )
    q = only_quote(res)
    assert q.speaker is not None and q.speaker.name == "Konstantin Grishchenko"
