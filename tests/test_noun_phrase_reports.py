"""A cue's object that is a noun phrase reports no words in the default output ("the
ministry reported a 12 percent drop", "the company added a second title"): PolNeAR may
annotate such attributions, a reader calls none of them a quote."""

from __future__ import annotations

import pytest

from attribution import Analyzer


def contents(text: str) -> list[str]:
    return [q.content.text for q in Analyzer().analyze(text).quotes]


@pytest.mark.parametrize("text", [
    "The ministry reported a 12 percent drop in emergency admissions nationwide over the "
    "first two days.",
    "The company reported a 41 per cent jump in quarterly profit.",
    "The firm reported a $4 million drop in revenue.",
])
def test_an_amount_with_its_unit_before_a_noun_is_no_clause(text: str) -> None:
    """"a 12 percent drop", "a $4 million drop": an article, a number and its unit or
    currency make "drop" a noun."""
    assert contents(text) == []


def test_a_clause_whose_subject_holds_an_amount_is_still_read() -> None:
    assert contents("The senator said a 12 percent rise was coming.") == [
        "a 12 percent rise was coming"]


def test_a_participle_set_off_before_its_adverb_and_by_is_no_predicate() -> None:
    """", driven largely by storage fees": a participle after a comma, an "-ly" adverb
    and "by" is set off from the noun phrase; it is no verb of a reported clause."""
    assert contents("The federation reported a surplus of $4.1 million for its last fiscal "
                    "year, driven largely by storage fees.") == []
    assert contents("The company said sales rose, driven largely by exports.") == [
        "sales rose, driven largely by exports"]


@pytest.mark.parametrize("text", [
    "Lindqvist also added an amendment to let seniors use their phones at lunch.",
    "Aotearoa added another nine miles to their lead over third-placed Baltic Sprint on the "
    "last night.",
    "Her neighbours have added new lines closer to the reef, where the water is a little "
    "cooler.",
    "Organisers added a second blockade point at the Brezjak junction at noon, and traffic "
    "on the state road was stopped.",
])
def test_a_noun_phrases_infinitive_compound_relative_or_next_clause_is_no_predicate(
    text: str,
) -> None:
    """The verb of an infinitive ("an amendment to let …"), of a hyphened compound
    ("third-placed"), of a relative after a comma (", where the water is …") or of a
    clause after ", and" is no verb of a clause the cue reports: the object is a noun
    phrase."""
    assert contents(text) == []


@pytest.mark.parametrize("text, content", [
    ("The mayor said the plan to cut jobs would fail.", "the plan to cut jobs would fail"),
    ("The mayor said the town, where the water is cooler, would grow.",
     "the town, where the water is cooler, would grow"),
])
def test_a_clause_with_those_inside_its_subject_is_still_read(text: str, content: str) -> None:
    assert contents(text) == [content]


def test_an_adjective_shaped_past_tense_after_a_subject_pronoun_is_a_verb() -> None:
    """"said she worried about …": "worried", an adjective in the lexicon, is the verb
    of the clause after "she"."""
    assert contents("Mai Vang, whose son is a sophomore at East High School, said she "
                    "worried about reaching him during a lockdown.") == [
        "she worried about reaching him during a lockdown"]


def test_a_name_and_its_relative_clause_before_said_is_no_inverted_content() -> None:
    """"Nathalie Kieffer, who heads the department, said a care worker …": the name and
    its relative clause are the subject; "said a care worker" inverts nothing."""
    assert contents("Nathalie Kieffer, who heads the union’s cross-border department, said "
                    "a care worker driving in from Longwy could lose up to €900 a year.") == [
        "a care worker driving in from Longwy could lose up to €900 a year"]


@pytest.mark.parametrize("text, content", [
    ("Jury strips Horizon of Cape Town win; ‘we sailed clean’, says Kerbrat",
     "‘we sailed clean’"),
    ("Polish candidates clash over Ukraine in final debate; 'Poland is not for sale,' says "
     "Zieleniewski", "'Poland is not for sale,'"),
])
def test_a_quotation_after_a_semicolon_is_the_whole_content(text: str, content: str) -> None:
    """A headline's "…; ‘we sailed clean’, says Kerbrat": the clause before the semicolon
    is the writer's; the quotation after it, as after a colon, is what was said."""
    assert contents(text) == [content]


@pytest.mark.parametrize("text, content", [
    ("The mayor of a Moselle town where more than a third of working adults cross the "
     "border every morning said he feared a drop in spending in local shops.",
     "he feared a drop in spending in local shops"),
    ("Residents of a village where the river flooded said they had no warning.",
     "they had no warning"),
])
def test_a_subject_with_a_places_relative_clause_speaks(text: str, content: str) -> None:
    """"The mayor of a town where many adults commute said": the relative clause of the
    place ends right before the cue; the sentence's subject opens it and speaks."""
    quotes = Analyzer().analyze(text).quotes
    assert [q.content.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and quotes[0].speaker.name.startswith(
        ("mayor of a Moselle town", "Residents of a village"))


@pytest.mark.parametrize("text", [
    "A married couple from Wheelersburg asked that their names not be used because their "
    "son is still using.",
    "The chief executive of a rival payments firm, who spoke on condition that the firm not "
    "be named, declined to comment.",
])
def test_the_condition_of_anonymity_is_no_report(text: str) -> None:
    """"asked that their names not be used", "on condition that the firm not be named":
    the source's condition of anonymity, however it is worded, reports nothing."""
    assert contents(text) == []


@pytest.mark.parametrize("text", [
    "On Feb. 19, campus police told two coalition members to leave the Quad.",
    "An RCMP officer had knocked on the door at 4 p.m. and told them to leave.",
    "Police told protesters to move off the tram tracks.",
])
def test_an_order_to_move_is_no_quote(text: str) -> None:
    """"police told protesters to leave": an order to move (data/rule_words.tsv,
    ``movement_orders``) is an act; no words are reported by default."""
    assert contents(text) == []


def test_an_order_to_do_something_else_is_still_a_report() -> None:
    assert contents("The minister told the agency to review the contract.") == [
        "the agency to review the contract"]
    assert Analyzer(attributions=True).analyze(
        "Police told protesters to leave the square.").quotes != []


@pytest.mark.parametrize("text, content", [
    ("Paul Ryan says he's not ready to support Trump.", "he's not ready to support Trump"),
    ("Cruz said for weeks he’s the only candidate who can beat Trump.",
     "for weeks he’s the only candidate who can beat Trump"),
    ("Officials said there’s no way to sell the plan.", "there’s no way to sell the plan"),
])
def test_a_contracted_is_after_a_pronoun_is_the_clauses_verb(text: str, content: str) -> None:
    """"says he's not ready": the "'s" of "he's", "there's" is "is", a verb; the clause
    is a report (it was read as a noun phrase and dropped by default)."""
    assert contents(text) == [content]


def test_a_relative_clauses_verb_is_no_predicate_of_the_object() -> None:
    """"a $10,000 civil penalty for providers who violated the waiting period": the verb
    of a relative clause inside the object is no verb of a reported clause."""
    assert contents("Lawmakers had also added a $10,000 civil penalty for providers who "
                    "violated the waiting period.") == []
    assert contents("Kestrel said patients who use its copay card would pay $10.") == [
        "patients who use its copay card would pay $10"]


def test_a_relative_that_after_a_noun_cue_opens_no_clause() -> None:
    """"furious about the contact calls that decided the last five minutes": "that" and a
    finite verb with its object is a relative clause of the noun "calls", no report."""
    assert contents("England left the court furious about the contact calls that decided "
                    "the last five minutes.") == []
    assert contents("Lim said that suspended sentences had become almost automatic.") == [
        "suspended sentences had become almost automatic"]


def test_a_time_clause_with_as_after_the_cue_is_no_report() -> None:
    """"'We cannot count on one storm': WRA chief warns as typhoon nears": "as" and a
    clause after the cue tell when, not what; the quotation before is the report."""
    assert contents("'We cannot count on one storm': WRA chief warns as typhoon nears") == [
        "'We cannot count on one storm'"]
    assert contents('Clinton said as he introduced his wife, "Finally, the dam broke."') != []


@pytest.mark.parametrize("text", [
    "Onboard footage released by the race shows the moment she checked with her navigator.",
    "A video recording shows the man grabbed the reporter by the arm.",
])
def test_what_a_picture_shows_is_no_quote(text: str) -> None:
    """"footage shows the moment …": a picture's or a recording's view is seen, not said
    (data/rule_words.tsv, ``visual_sources``); PolNeAR may still annotate it."""
    assert contents(text) == []
    assert contents("The report shows that the council overspent its budget.") == [
        "the council overspent its budget"]


@pytest.mark.parametrize("text", [
    "Trustees also added a second public hearing, set for June 3.",
    "Silverline reported a net profit of HK$41 million in its last accounts, filed in Hong "
    "Kong in June.",
])
def test_a_participle_set_off_before_a_preposition_is_no_predicate(text: str) -> None:
    """", set for June 3", ", filed in Hong Kong": a participle after a comma and before
    a preposition modifies the noun phrase; it is no verb of a reported clause."""
    assert contents(text) == []


@pytest.mark.parametrize("text, content", [
    ("Farmers warned on Monday that they \"cannot wait another summer\" for irrigation "
     "water, as the government inaugurated a new desalination plant.",
     "they \"cannot wait another summer\" for irrigation water"),
    ("Scotland's fishing industry has said the UK government \"traded away\" the future of "
     "the mackerel fleet, after a deal with Norway was signed.",
     "the UK government \"traded away\" the future of the mackerel fleet"),
])
def test_a_trailing_event_after_a_comma_is_the_writers(text: str, content: str) -> None:
    """"…, as the government inaugurated a plant", "…, after a deal was signed": an event
    clause after the report's comma is the writer's news, no part of what was said."""
    assert contents(text) == [content]


def test_a_quotation_inside_the_subjects_aside_keeps_the_report() -> None:
    """'A crofter, who described himself as "about as patient as a man can be", said …':
    a quotation that closes inside the aside is part of it; the main report stays."""
    assert "he had been unable to go" in contents(
        'A crofter, who described himself as "about as patient as a man can be", said he '
        "had been unable to go.")


@pytest.mark.parametrize("text", [
    "Ona Kazlauskiene stood up to ask about the lake that borders the site.",
    "The farmers asked about the road that crosses the valley.",
])
def test_a_that_after_a_noun_before_a_verb_and_its_object_is_a_relative(text: str) -> None:
    """"to ask about the lake that borders the site": a "that" between a noun and a verb
    in "-s" with its object opens a relative clause, no reported one."""
    assert contents(text) == []


def test_a_that_clause_whose_plural_subject_has_a_time_stays() -> None:
    """"told reporters that sales this year rose": a plural subject and its time, no
    relative clause."""
    assert contents("He told reporters that sales this year rose.") == [
        "sales this year rose"]


@pytest.mark.parametrize("text", [
    "Mason Clark told reporters that",
    "Mason Clark Mason Clark told reporters Mason Clark Mason Clark that",
    "He told the Times that",
])
def test_a_cue_whose_that_ends_the_text_proposes_nothing(text: str) -> None:
    """"… told reporters that" at the end of a text (a truncated scrape): no content is
    left, so no reading, and no look-up past the last token (a property test found it)."""
    assert contents(text) == []
