"""Issue 17: descriptions that vary on a name (a demonym noun, an age after a titled
person, a guest described by apposition) and the pronoun that answers a question."""

from __future__ import annotations

import pytest

from attribution import Analysis, Analyzer


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def speakers(res: Analysis) -> list[str | None]:
    return [q.speaker.name if q.speaker else None for q in res.quotes]


@pytest.mark.parametrize("noun", ["the Pole", "the Irishman", "the Spaniard"])
def test_a_demonym_noun_varies_on_the_person_just_named(an: Analyzer, noun: str) -> None:
    res = an.analyze(
        "The home head coach was in a far less forgiving mood. Ruairí Mac Giolla, whose "
        'side have now dropped nine points, described the second half as "unacceptable".\n\n'
        f'"I am not going to hide from it," {noun} said.\n'
    )
    assert speakers(res)[-1] == "Ruairí Mac Giolla"


@pytest.mark.parametrize("demonym", ["Italian", "Egyptian", "Swede"])
def test_a_demonym_adjective_before_a_verb_is_the_subject_noun(an: Analyzer, demonym: str) -> None:
    """"The Italian denied suggestions that …, pointing out that …": "Italian" is the
    noun the sentence opens with, not an adjective of "denied suggestions"."""
    res = an.analyze(
        "City manager Marco Ventresca felt the penalty should never have been given.\n\n"
        f"The {demonym} denied suggestions that his side had tired in the final 20 minutes, "
        "pointing out that City had finished with more shots.\n"
    )
    q = next(q for q in res.quotes if q.content.text.startswith("City had finished"))
    assert q.speaker is not None and q.speaker.mention is not None
    assert q.speaker.mention.text == f"The {demonym}"
    assert q.speaker.name == "Marco Ventresca"


def test_an_age_varies_on_a_titled_person(an: Analyzer) -> None:
    res = an.analyze(
        "The film's director, Kemi Adeyemi-Cole, told journalists before the screening "
        "that the story had taken her nine years to bring to the screen.\n\n"
        '"I pitched this film to every financier in this city," the 44-year-old said.\n'
    )
    assert speakers(res) == ["Kemi Adeyemi-Cole", "Kemi Adeyemi-Cole"]


def test_a_guest_described_by_apposition_is_an_anonymous_person(an: Analyzer) -> None:
    res = an.analyze(
        "One guest, a Lagos-based producer who asked not to be named because he is "
        'working on a rival release, said the budget was "at least three times" what '
        "had been reported.\n"
    )
    speaker = res.quotes[0].speaker
    assert speaker is not None and speaker.kind == "anonymous"


EXCHANGE = (
    "Desmond Kavanagh, who was deputy commissioner of the fire service, told the "
    "commission that crews had been spread across three fronts.\n\n"
    '"We had 11 tankers on a line that needed 30," Mr Kavanagh said.\n\n'
    '"I asked for interstate support on the Monday. It arrived on the Thursday. By then '
    'the line was gone."\n\n'
    "Under questioning from counsel assisting the commission, Priya Raghavendra SC, the "
    "62-year-old "
    "accepted that a request had not been escalated until after 2pm.\n\n"
    '"Why did that request sit for three hours?" Ms Raghavendra asked.\n\n'
    '"It didn\'t sit. It was competing with every other request in the state," he replied.\n'
)


def test_the_pronoun_that_answers_a_question_is_not_the_askers(an: Analyzer) -> None:
    assert speakers(an.analyze(EXCHANGE))[-2:] == ["Priya Raghavendra", "Desmond Kavanagh"]


def test_she_who_answers_the_justice_is_the_lawyer_he_pressed(an: Analyzer) -> None:
    res = an.analyze(
        "Keller's lawyer, Anjali Deshpande-Ruiz, told the justices the warrant was "
        '"a dragnet dressed up as a search".\n\n'
        '"The government walked into a database of millions of people," Deshpande-Ruiz '
        "said.\n\n"
        "Justice Harlan Whitcomb pressed her on where the line should be drawn.\n\n"
        '"If the officers had asked for 50 yards, would you be standing here?" Whitcomb '
        "asked.\n\n"
        '"I would, Justice Whitcomb, but with a weaker case," she said.\n'
    )
    assert speakers(res)[-1] == "Anjali Deshpande-Ruiz"
    whitcomb = [e for e in res.entities if e.name == "Harlan Whitcomb"]
    assert whitcomb and whitcomb[0].gender is None


def test_a_speaker_who_asks_and_goes_on_alone_keeps_the_line(an: Analyzer) -> None:
    res = an.analyze(
        "Mayor Ana Folau spoke to residents on Tuesday.\n\n"
        '"Why would we close the pool now?" she asked.\n\n'
        '"We would not, and we will not," she said.\n'
    )
    assert speakers(res) == ["Ana Folau", "Ana Folau"]


def test_a_kind_of_business_refers_to_the_untyped_organisation_just_named(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "EgyptAir confirmed the crash on Thursday. The co-pilot had logged 2,766 hours, "
        "the airline said.\n"
    )
    assert speakers(res) == ["EgyptAir"]


def test_a_kind_of_business_reaches_back_only_to_the_one_it_can_be(an: Analyzer) -> None:
    """Three sentences on, "the airline" is the only organisation whose kind nothing
    tells; further back, still the article's only such organisation (a reader links
    it), but never one of two."""
    near = (
        "EgyptAir confirmed the crash on Thursday. The Civil Aviation Authority opened "
        "an inquiry on Friday. The authority's inspectors met Greek police on Saturday. "
        "The co-pilot had logged 2,766 hours, the airline said.\n"
    )
    assert speakers(an.analyze(near))[-1] == "EgyptAir"
    far = near.replace(
        "The co-pilot", "Eleni Markou, a prosecutor, flew to Cairo on Sunday. The co-pilot"
    )
    assert speakers(an.analyze(far))[-1] == "EgyptAir"
    two = near.replace("The Civil Aviation Authority opened an inquiry on Friday.",
                       "Boeing said it would help.")
    assert speakers(an.analyze(two))[-1] == "airline"


def test_he_after_the_writers_question_is_the_last_speakers(an: Analyzer) -> None:
    res = an.analyze(
        "President Barack Obama has nominated 40 judges this year, and he said on Monday "
        "that the Senate should act.\n\n"
        "Carl Tobias, a law professor at the University of Richmond, was not optimistic.\n\n"
        "“I think they are just going to run out the clock this year,” Tobias said.\n\n"
        "But what if Hillary Clinton wins? Don’t Republicans run the risk of her putting "
        "forward more liberal nominees than Obama?\n\n"
        "“Hillary should just do whatever she wants to do,” he said.\n"
    )
    assert speakers(res)[-1] == "Carl Tobias"


def test_an_unnamed_spokesperson_for_one_body_is_not_anothers_named_one(an: Analyzer) -> None:
    res = an.analyze(
        "In a statement, a spokesperson for Manitoba’s Department of Indigenous "
        "Reconciliation and Northern Relations said the province was reviewing the "
        "decision. The spokesperson did not say whether the province would appeal.\n\n"
        "Manitoba Hydro spokesperson Ayesha Qureshi told CBC News the utility would take "
        "part in any talks.\n"
    )
    names = speakers(res)
    assert names[-1] == "Ayesha Qureshi"
    assert all(n != "Ayesha Qureshi" for n in names[:-1])


def test_according_to_a_ministry_with_a_list_of_portfolios(an: Analyzer) -> None:
    res = an.analyze(
        "About 200,000 new homes have been handed over, according to the Ministry of "
        "Environment, Urbanisation and Climate Change. The ministry says 453,000 will be "
        "finished by the end of the year.\n"
    )
    assert set(speakers(res)) == {"Ministry of Environment, Urbanisation and Climate Change"}


def test_a_foreman_is_an_anonymous_person(an: Analyzer) -> None:
    res = an.analyze(
        "A foreman at a construction site in the Defne district, who asked not to be named, "
        "said his crew worked seven days a week.\n"
    )
    speaker = res.quotes[0].speaker
    assert speaker is not None and speaker.kind == "anonymous"


JUDGE = (
    "Manitoba breached treaty promise to Red Willow Cree Nation, judge rules in flooding "
    "case\n\n"
    "A Manitoba judge has ruled that the province failed to honour its treaty "
    "obligations to a Cree First Nation.\n\n"
    "In a 212-page decision released Thursday, Court of King's Bench Justice Harpreet "
    'Gill found that Manitoba "acted with an indifference that bordered on contempt" '
    "toward the Red Willow Cree Nation.\n"
)


def test_a_headlines_title_and_the_leads_description_are_the_judge_named_later(
    an: Analyzer,
) -> None:
    res = an.analyze(JUDGE)
    assert set(speakers(res)) == {"Harpreet Gill"}
    gill = [e for e in res.entities if e.name == "Harpreet Gill"]
    assert gill and gill[0].gender is None  # "King's" is the court's, not the judge's


def test_an_entertainment_company_is_the_agency(an: Analyzer) -> None:
    res = an.analyze(
        "All five members of LUMINE have filed for an injunction against Haneul Creative "
        "Entertainment.\n\n"
        "In a statement released Wednesday afternoon, the agency said it had fulfilled "
        "every obligation under the contracts.\n"
    )
    assert speakers(res) == ["Haneul Creative Entertainment"]


def test_a_description_named_by_its_kin_after_a_copula(an: Analyzer) -> None:
    res = an.analyze(
        "The tablet rings at eight. Rowena Dimaculangan answers it in her employer's "
        "kitchen in Hong Kong.\n\n"
        '"Yes, Ma. Adobo," says the young woman at the table.\n\n'
        "The young woman is her daughter Kristine, 19, now in her second year of nursing "
        "school.\n"
    )
    assert speakers(res) == ["Kristine"]


def test_a_description_with_its_phrase_named_by_a_copula(an: Analyzer) -> None:
    res = an.analyze(
        '"One more," says the man with the stopwatch.\n\n'
        '"You said that last time."\n\n'
        "The woman in the green jacket is Meseret Gebremedhin. The man with the stopwatch "
        "is Getaneh Tessema, who has coached her since she was 17.\n"
    )
    assert speakers(res)[0] == "Getaneh Tessema"


def test_a_role_of_something_named_is_no_variation_on_someone_else(an: Analyzer) -> None:
    # "the skipper of the pelagic trawler Sealgair": nothing known of the federation's
    # chief executive holds "Sealgair"; the skipper is named in the next quote
    res = an.analyze(
        "The Scottish Fishermen's Federation said the deal would cost boats £110m.\n\n"
        'Its chief executive, Morag Strachan, said: "This deal gives Norwegian boats more '
        'access to our waters."\n\n'
        '"Nobody in Peterhead will believe that this was the best that could be got."\n\n'
        "At Peterhead harbour, the skipper of the pelagic trawler Sealgair, who has fished "
        "for mackerel for 31 years, said the cut would mean tying the boat up.\n\n"
        '"We\'ll land in three weeks what we used to land in two months," said Callum '
        "Buchan.\n"
    )
    assert speakers(res)[-2:] == ["Callum Buchan", "Callum Buchan"]


def test_a_role_of_an_office_still_varies(an: Analyzer) -> None:
    # "Secretary of State" names an office, not something the person must hold
    res = an.analyze(
        "Hillary Clinton spoke in Ohio on Monday about trade.\n\n"
        'The former secretary of State said she would "never outsource" jobs.\n'
    )
    assert speakers(res) == ["Hillary Clinton"]


@pytest.mark.parametrize("name", ["Yoon Seo-yeon", "Carla Fogarty"])
def test_a_headlines_acronym_is_the_one_whose_title_it_spells(an: Analyzer, name: str) -> None:
    # "CFO" spells "Chief Financial Officer", not "Chief Executive"; nor a name's initials
    res = an.analyze(
        "Hanseong sees HBM sales more than doubling in 2026, says CFO\n\n"
        "SEOUL (Wire) - Hanseong Semiconductor expects sales of memory chips to double "
        "this year, its chief financial officer said on Thursday.\n\n"
        f'"HBM is not a cycle anymore," Chief Financial Officer {name} told analysts.\n\n'
        'Chief Executive Baek Jong-hoon said: "Nothing has been delayed."\n'
    )
    assert speakers(res) == [name, name, name, "Baek Jong-hoon"]


def test_a_headlines_acronym_is_no_names_initials(an: Analyzer) -> None:
    res = an.analyze(
        "Budget cuts will hurt schools, says CFO\n\n"
        'Teachers union leader Carla Fiona Osei said: "This budget hurts every school."\n'
    )
    assert speakers(res)[-1] == "Carla Fiona Osei" and speakers(res)[0] != "Carla Fiona Osei"


def test_a_headlines_words_the_body_reports_in_its_own_go_by_title(an: Analyzer) -> None:
    res = an.analyze(
        "Backburn warning ‘never reached me’, fire chief tells royal commission\n\n"
        "A senior fire officer who ran the response to the fire has told a royal commission "
        "he was never warned that a planned backburn could break containment lines.\n\n"
        "Deputy Chief Officer Warrick Delahunty gave evidence for most of Thursday.\n\n"
        "“I accept that the system failed,” he said.\n"
    )
    assert set(speakers(res)) == {"Warrick Delahunty"}


@pytest.mark.parametrize("title", ["the MP-elect", "the president-elect"])
def test_a_title_to_be_held_varies_on_the_winner(an: Analyzer, title: str) -> None:
    res = an.analyze(
        f'Sharmaine Gayle-Lindo won the seat on Thursday. "We did it," {title} said.\n'
    )
    assert speakers(res) == ["Sharmaine Gayle-Lindo"]


def test_a_hyphenated_name_after_a_headlines_colon_is_whole(an: Analyzer) -> None:
    res = an.analyze(
        "‘We did it for Papine’: Gayle-Lindo takes East Rural by 312 votes\n\n"
        "By Staff Reporter\n\nSharmaine Gayle-Lindo won the seat.\n"
    )
    assert speakers(res) == ["Sharmaine Gayle-Lindo"]


def test_a_headlines_title_goes_to_the_minister_its_place_word_describes(an: Analyzer) -> None:
    res = an.analyze(
        "Flood relief ‘stuck in files in Islamabad’, says Sindh minister\n\n"
        "KARACHI: Sindh’s relief minister on Saturday accused the federal government of "
        "sitting on Rs28 billion in flood assistance.\n\n"
        "Minister for Relief Shazia Parveen Memon said the province had submitted its "
        "assessment.\n\n"
        "Federal Minister for Planning Imran Qureshi told reporters that Sindh had not "
        "filed its certificates.\n"
    )
    assert speakers(res)[0] == "Shazia Parveen Memon"


def test_a_headlines_title_alone_is_the_body_speaker_with_its_head_noun(an: Analyzer) -> None:
    # "Lands Minister" after the headline's quote is the minister the lead names,
    # though the body gives his office in full ("Minister for Lands and …")
    res = an.analyze(
        "Galamsey fight: “No chief will be spared” — Lands Minister\n\n"
        "The Minister for Lands and Natural Resources, Hon. Kofi Adjei-Boateng, has warned "
        "that chiefs who lease river lands to miners will face prosecution.\n\n"
        "“The rivers are dying,” he said.\n"
    )
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == [
        "Kofi Adjei-Boateng"] * 3


def test_a_question_the_narration_reports_is_answered_then_its_asker_retorts(
    an: Analyzer,
) -> None:
    res = an.analyze(
        "Cllr Elin Bevan-Price said the school would close.\n\n"
        "A farmer at the back asked why the council had found money for a car park.\n\n"
        "“That is a different budget,” Cllr Bevan-Price replied.\n\n"
        "“It is the same council tax.”\n\n"
        "“I understand the frustration, I do.”\n"
    )
    assert [q.speaker.name if q.speaker else None for q in res.quotes][1:] == [
        "Elin Bevan-Price", "farmer", "Elin Bevan-Price"]


@pytest.mark.parametrize("newcomer", ["a regular", "a customer"])
def test_the_man_asking_the_named_owner_is_the_newcomer_not_the_owner(
    an: Analyzer, newcomer: str
) -> None:
    # the question calls the owner by name, so he does not ask it; "the man" takes up
    # the one the sentence before introduced after a fronted phrase ("regular" is an
    # adjective for the word lexicon, a noun before a finite verb)
    res = an.analyze(
        "Crawfish prices soar\n\n"
        "Andre Batiste, who owns a boiling shop on Johnston Street, said he had raised his "
        "boiled price twice since January.\n\n"
        f"At the counter Tuesday, {newcomer} studied the board.\n\n"
        "“What’s it today, Andre?” the man asked.\n\n"
        "“Eight ninety-nine a pound.”\n"
    )
    assert speakers(res) == ["Andre Batiste", newcomer.split()[1], "Andre Batiste"]


def test_an_adjective_before_a_compound_noun_stays_an_adjective(an: Analyzer) -> None:
    res = an.analyze(
        '"The risk of negative costs rises as well," said Ben Zipperer, a labor economist '
        "at the Washington Center for Equitable Growth, a liberal think tank. In poorer "
        'parts of the state, he said, "we don\'t know what the answer will be."\n'
    )
    assert speakers(res) == ["Ben Zipperer"] * 2
    assert [q.speaker.gender for q in res.quotes if q.speaker] == ["male"] * 2


def test_a_place_with_a_letter_is_no_one_his_refers_to(an: Analyzer) -> None:
    # "Gate B" is a place (a common noun and a letter, as "Witness C" is a designation):
    # "his friend" is the friend of the man who just spoke
    res = an.analyze(
        "Metro flooded\n\n"
        "Commuters were told to leave through Gate B, where the escalator had stopped. On "
        "the stairs, two drenched men argued about walking out.\n\n"
        '"Bhai, the escalator is dead, we\'ll have to climb," said one of them.\n\n'
        '"Climb where? Outside it\'s worse," his friend replied.\n'
    )
    assert speakers(res) == ["one of them", "friend"]


@pytest.mark.parametrize("courtesy", ["Mr.", "Ms.", "Dr."])
def test_a_courtesy_title_is_no_office_a_role_noun_must_match(an: Analyzer, courtesy: str) -> None:
    """A courtesy title ("Mr. Trump", newspaper style) is no office of its own: "the
    candidate" after it still varies on the person named, as after a bare surname."""
    res = an.analyze(
        "Dana Whitfield met donors in Des Moines on Monday. "
        f"{courtesy} Whitfield met them again on Tuesday.\n\n"
        "The candidate said that the campaign would not change course.\n"
    )
    assert speakers(res)[-1] == "Dana Whitfield"


@pytest.mark.parametrize("origin", ["the Dominican Republic", "the Bronx", "Baní"])
def test_an_age_and_origin_with_the_varies_on_the_person_just_quoted(
    an: Analyzer, origin: str
) -> None:
    """"The 27-year-old from the Dominican Republic said" after the hitter is quoted:
    an origin with its article is an origin too."""
    res = an.analyze(
        "Yeison Peralta homered twice on Friday night.\n\n"
        '"Full stadium, October, your mom in the stands," Peralta said.\n\n'
        f"The 27-year-old from {origin} said he had been sitting on a fastball.\n"
    )
    assert speakers(res)[-1] == "Yeison Peralta"
