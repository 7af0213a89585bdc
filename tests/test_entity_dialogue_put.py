"""Issue 17: a question put to someone ("“When can we go back?” she asked him", or an
uncued question) after their turn is answered by them in the next uncued line, even when
the paragraph after the exchange names another speaker; a question a speaker says
("“How can we trust them?” said …") is no question put, and the uncued line after it
continues that speaker."""

from __future__ import annotations

import pytest

from attribution import Analyzer

EXCHANGE = (
    "“The water took everything,” said the woman, Lan Nguyen.\n\n"
    "Her son, Tuan Nguyen, a fisherman, said the family's boat had been lost in the "
    "storm.\n\n"
    "“When can we go back?” Ms. Nguyen {cue}.\n\n"
    "“When the water goes, Ma.”\n\n"
    "“And if it doesn't go?”\n\n"
    "“Then we will build again.”\n\n"
    "Opposition leader Kwabena Asante accused the government of ignoring the warnings.\n"
)


@pytest.fixture(scope="module")
def an() -> Analyzer:
    return Analyzer()


def _speakers(an: Analyzer, text: str) -> list[str | None]:
    res = an.analyze(text)
    return [q.speaker.name if q.speaker else None for q in res.quotes if q.kind == "direct"]


def test_the_uncued_lines_after_a_question_put_alternate(an: Analyzer) -> None:
    speakers = _speakers(an, EXCHANGE.format(cue="asked him"))
    assert speakers == ["Lan Nguyen", "Lan Nguyen", "Tuan Nguyen", "Lan Nguyen", "Tuan Nguyen"]


def test_a_question_said_is_no_question_put(an: Analyzer) -> None:
    text = (
        "Lindiwe Dube, the council's treasurer, said the budget was balanced.\n\n"
        "“How can anyone trust them now?” said Pedro Alves, a shop owner.\n\n"
        "“They promised us a new road five years ago and nothing has happened.”\n"
    )
    assert _speakers(an, text) == ["Pedro Alves", "Pedro Alves"]


def test_an_uncued_line_after_uncued_lines_continues_the_floor_not_the_next_speaker(
    an: Analyzer,
) -> None:
    text = (
        "Okafor learned of the deal on the team bus. Speaking on a video call, he said "
        "he had twenty minutes to pack.\n\n"
        '"Did you see it coming?" he was asked.\n\n'
        '"Honestly? No. My agent called and told me to pack for Ottawa. That was it."\n\n'
        '"And your family?"\n\n'
        '"My mom is from Gatineau, so she is already planning the first road trip."\n\n'
        "Kraken general manager Tomasz Wisniewski said the return was too good to pass "
        "up.\n"
    )
    res = an.analyze(text)
    last = [q for q in res.quotes if q.content.text.startswith('"My mom')]
    assert len(last) == 1 and last[0].speaker is not None
    assert last[0].speaker.name == "Okafor"


def test_a_question_put_is_answered_by_the_last_other_speaker_before_it(an: Analyzer) -> None:
    text = (
        "The witness, Ernesto Malabanan, said the payments were made in cash every "
        "Friday.\n\n"
        "Sen. Teresita Ong-Lacson pressed the witness on who collected the money.\n\n"
        '"Did you ever see a customs officer take the envelope?" Ong-Lacson asked.\n\n'
        '"Not with my own eyes, Your Honor."\n\n'
        '"Then how do you know where it went?"\n\n'
        '"Because the containers moved the next morning. Every time."\n'
    )
    res = an.analyze(text)
    speakers = [q.speaker.name if q.speaker else None for q in res.quotes]
    assert speakers[:4] == ["Ernesto Malabanan", "Teresita Ong-Lacson", "Ernesto Malabanan",
                            "Teresita Ong-Lacson"]



def test_the_one_a_line_is_spoken_to_answers_it(an: Analyzer) -> None:
    text = (
        "At a kiosk in Yaba, agent Ibrahim Sule was explaining the situation to a queue.\n\n"
        "“Kudipay is down, I have told you,” he said to a man in a blue kaftan.\n\n"
        "“So where is my N15,000?”\n\n"
        "“In the system, oga. It will come back.”\n"
    )
    assert _speakers(an, text) == ["Ibrahim Sule", "man in a blue kaftan", "Ibrahim Sule"]


def test_an_outlet_told_is_no_one_who_answers(an: Analyzer) -> None:
    text = (
        'A representative for Farrelly told People the actor was "looking forward to '
        'getting back to work."\n'
    )
    res = an.analyze(text)
    assert [q.speaker.name if q.speaker else None for q in res.quotes] == [
        "representative for Farrelly"]


NARRATED = (
    "At the gate, paint-shop worker Murat Yıldız, 34, poured coffee for his colleague "
    "Elif Demirci.\n\n"
    '"Two more weeks of this?" she asked.\n\n'
    '"As long as it takes."\n\n'
    '"Then bring a bigger thermos."\n'
)


def test_she_is_not_whom_a_his_just_pointed_at() -> None:
    # "his colleague": a little evidence that Murat is a man; "she" is Elif
    speakers = [q.speaker.name for q in Analyzer().analyze(NARRATED).quotes if q.speaker]
    assert speakers[0] == "Elif Demirci"


def test_a_question_no_one_else_answered_is_answered_by_the_other_one_narrated() -> None:
    speakers = [q.speaker.name for q in Analyzer().analyze(NARRATED).quotes if q.speaker]
    assert speakers == ["Elif Demirci", "Murat Yıldız", "Elif Demirci"]


def test_a_short_uncued_line_after_an_exchange_of_two_alternates() -> None:
    text = (
        "At a shelter in Quilpué, Rosa Huaiquimil, 67, sat on a cot beside her neighbor "
        "Jorge Saavedra Pinto.\n\n"
        '"I left my glasses on the table," she said.\n\n'
        '"We\'ll get you new ones," Saavedra said.\n\n'
        '"And a new table?"\n\n'
        '"And a new table."\n'
    )
    speakers = [q.speaker.name for q in Analyzer().analyze(text).quotes if q.speaker]
    assert speakers == [
        "Rosa Huaiquimil", "Jorge Saavedra Pinto", "Rosa Huaiquimil", "Jorge Saavedra Pinto"
    ]


def test_a_short_question_back_to_a_narrated_exchange_is_the_other_ones() -> None:
    text = (
        "At the river, a young man operating a changfan machine shouted at a farmer who "
        "had walked down to the bank.\n\n"
        "\u201cOld lady, this is not your land,\u201d he said.\n\n"
        "\u201cThen whose river is this?\u201d\n\n"
        "\u201cAsk the chief.\u201d\n"
    )
    res = Analyzer().analyze(text)
    speakers = [q.speaker.name for q in res.quotes if q.speaker]
    # a line of three words is a quote; the question back is the farmer's
    assert len(res.quotes) == 3
    assert speakers[1] == "farmer" and speakers[2] != "farmer"


def test_a_paragraph_of_narration_before_an_uncued_line_gives_its_speaker() -> None:
    text = (
        "At the Castlebay shop, Ewa Nowak, who moved to Barra from Gdańsk in 2019, said "
        "fresh fruit had not arrived for nine days.\n\n"
        "A customer holding a bag of frozen peas leaned over the counter.\n\n"
        '"Any bananas yet, Ewa?"\n'
    )
    res = Analyzer().analyze(text)
    line = next(q for q in res.quotes if q.content.text.startswith('"Any'))
    assert line.speaker is not None and line.speaker.name == "customer"


def test_a_question_put_after_a_paragraph_of_narration_is_answered_in_its_scene() -> None:
    # the technician spoke two paragraphs before, but the narration set a new scene
    text = (
        "A 58-year-old signalling technician from Lyon who had travelled to Paris for the "
        "march said he had started work at 19 and would now have to stay on the tracks "
        "until 65.\n\n"
        '"Forty-six years. Tell me who in a ministry works forty-six years," said the '
        "technician, Rachid Benali-Roux.\n\n"
        "State rail operator SNCF said only one in three high-speed TGV trains was running "
        "and advised passengers to postpone their journeys.\n\n"
        "At the Gare de Lyon, a woman with two suitcases stopped a station agent in an "
        "orange vest.\n\n"
        '"Is there anything to Marseille today?" she asked.\n\n'
        '"One train, at 17:10. It is already full."\n'
    )
    res = Analyzer().analyze(text)
    line = next(q for q in res.quotes if q.content.text.startswith('"One train'))
    assert line.speaker is not None and line.speaker.name == "station agent"


def test_a_things_role_after_a_fronted_clause_is_the_one_who_asks_next() -> None:
    # "its driver": a tanker's driver is a person, the main clause's subject, whom the
    # "he" of the next line is; the woman he asks answers, and keeps no "he"
    text = (
        "MONTERREY (Wire) - The utility cut piped supply on Thursday.\n\n"
        "Near the front of the line stood a tamale seller.\n\n"
        "“If I don't cook, my family doesn't eat,” said Rosaura Méndez Garza, 52.\n\n"
        "When the tanker pulled up, its driver walked down the line counting containers.\n\n"
        "“How many?” he asked.\n\n"
        "“Six,” Méndez said.\n\n"
        "“Four. There are 200 people behind you.”\n\n"
        "Later, Méndez filled her drums. “That's two days of selling,” she said.\n"
    )
    res = Analyzer().analyze(text)
    names = [q.speaker.name if q.speaker else None for q in res.quotes]
    assert names == ["Rosaura Méndez Garza", "driver", "Rosaura Méndez Garza", "driver",
                     "Rosaura Méndez Garza"]
    assert [e.gender for e in res.entities if e.name == "Rosaura Méndez Garza"] == ["female"]


def test_sir_and_a_titled_surname_call_the_one_who_answers_next() -> None:
    # "Sir" calls the last other man named; "Mr. Felsted" calls him by his surname
    text = (
        "WAVERLY, Iowa — The board voted 5-1 on Monday.\n\n"
        "The sharpest exchange came when Doug Felsted, a retired machinist, went past his "
        "three-minute limit.\n\n"
        '"Sir, your time is up," board president Ana Lucía Bermúdez said.\n\n'
        '"I\'m reading from page 212. You need to hear this."\n\n'
        '"We\'ve all read it, Mr. Felsted."\n\n'
        '"Then you know it doesn\'t belong next to Harry Potter."\n\n'
        "Several people in the audience applauded, and Bermúdez called a recess.\n"
    )
    names = [q.speaker.name if q.speaker else None for q in Analyzer().analyze(text).quotes]
    assert names == ["Ana Lucía Bermúdez", "Doug Felsted", "Ana Lucía Bermúdez", "Doug Felsted"]


def test_sir_calls_the_unnamed_man_of_the_scene_not_a_man_named_before() -> None:
    text = (
        "TOLEDO, Ohio — Hospitals diverted ambulances on Tuesday.\n\n"
        "Deshawn Whitaker, 61, said his appointment had been canceled.\n\n"
        "Outside the emergency entrance, a security guard was turning away a man with a "
        "bandaged hand.\n\n"
        "“The ER’s on diversion, sir. Perrysburg is 15 minutes down the road,” the guard said.\n\n"
        "“I’m not having a heart attack. I just need stitches.”\n\n"
        "“Then they can still see you. Sign in at the tent.”\n\n"
        "The man walked away.\n"
    )
    names = [q.speaker.name if q.speaker else None for q in Analyzer().analyze(text).quotes]
    assert names[-3:] == ["security guard", "man", "security guard"]


def test_the_askers_own_narrated_report_is_part_of_the_scene_of_the_answer() -> None:
    text = (
        "The shelter opened at midnight.\n\n"
        "Darlene Whitehorse, 58, arrived with two dogs. Her neighbour, Ray Cardinal, asked "
        "whether she had seen his truck.\n\n"
        '"Did you see it on the road?" Cardinal asked.\n\n'
        '"No. Only smoke."\n\n'
        '"Then it\'s gone."\n\n'
        "Volunteers handed out blankets.\n"
    )
    names = [q.speaker.name if q.speaker else None for q in Analyzer().analyze(text).quotes]
    assert names[-3:] == ["Ray Cardinal", "Darlene Whitehorse", "Ray Cardinal"]


HEARING = (
    "Ruthie Panipakuttuk remembers when a bag of flour cost $6 at the old trading post.\n\n"
    "Panipakuttuk was the first of 14 elders to testify. The hamlet set up the inquiry "
    "after residents complained that prices had barely moved.\n\n"
    "The inquiry is chaired by Joanasie Kilabuk, a former MLA, who says its job is \"to "
    "put the receipts and the stories in one place.\"\n\n"
    "\"How often did your family buy food at the post?\" Kilabuk asked {pronoun}.\n\n"
    "\"Tea. Flour. Sugar. Bullets. Everything else came from the land.\"\n"
)


def test_the_one_him_or_her_refers_to_answers_the_question(an: Analyzer) -> None:
    said = _speakers(an, HEARING.format(pronoun="her"))
    assert said[-2:] == ["Joanasie Kilabuk", "Ruthie Panipakuttuk"]


def test_a_pronoun_that_opens_a_phrase_is_no_addressee(an: Analyzer) -> None:
    # "asked her mother": a possessive, not the one the line is spoken to
    text = HEARING.replace("Kilabuk asked {pronoun}.", "Kilabuk asked her mother.")
    assert _speakers(an, text)[-1] != "Ruthie Panipakuttuk"


SINGLE_MARKS = (
    "‘Ten minutes, and the year was gone,’ Ms Vautrin says, turning a bunch over in her "
    "palm.\n\n"
    "Her son, Théo, 19, is walking up from the track with two empty crates.\n\n"
    "‘Do we sort them here or at the winery?’ he asks.\n\n"
    "‘Here. I want to see what is left.’\n\n"
    "‘There isn’t much left, Maman.’\n"
)


def test_short_lines_in_single_marks_are_turns_of_their_own(an: Analyzer) -> None:
    # a British house style's ‘…’ marks a line of dialogue as “…” does
    assert _speakers(an, SINGLE_MARKS) == ["Vautrin", "Théo", "Vautrin", "Théo"]


QUAY = (
    "\"We'll land in three weeks what we used to land in two months,\" said Callum "
    "Buchan.\n\n"
    "{kin}, Ewan, who joined the boat as a deckhand last year, said he had started "
    "looking for work on wind farms.\n\n"
    "\"Will you still need me in March?\" Ewan asked his {relation} as they mended a net.\n\n"
    "\"Ask me in February.\"\n"
)


@pytest.mark.parametrize("kin", ["His son", "Buchan's son"])
def test_a_kin_noun_names_the_owner_to_the_one_it_names(an: Analyzer, kin: str) -> None:
    # "His son, Ewan": Callum Buchan is Ewan's father, whom "his father" then is
    said = _speakers(an, QUAY.format(kin=kin, relation="father"))
    assert said[-2:] == ["Ewan", "Callum Buchan"]


def test_a_relation_the_kin_noun_does_not_invert_is_someone_else(an: Analyzer) -> None:
    # a nephew's father is not his uncle
    said = _speakers(an, QUAY.format(kin="His nephew", relation="father"))
    assert said[-1] != "Callum Buchan"


def test_an_addressee_named_by_apposition_answers(an: Analyzer) -> None:
    text = (
        "RNZ reported last month that schools in Northland had raised similar "
        "complaints.\n\n"
        "“What was lunch today, bub?” Wiremu Pōhatu asked his daughter, Anahera, 9, at the "
        "school gate on Wednesday afternoon.\n\n"
        "“Sausage rolls. They were cold in the middle.”\n"
    )
    assert _speakers(an, text)[-2:] == ["Wiremu Pōhatu", "Anahera"]


def test_a_speech_that_ends_in_a_question_asks_no_one_present(an: Analyzer) -> None:
    """"“At half-time I did not shout. I asked them one question: …?” Ekdahl told his
    press conference. / “They answered,” the Swede said." The question is the speech's,
    told to no one who answers: the Swede is the manager; and a description right after
    a quotation of several sentences continues the subject before the quotation (“…. I
    hope she saw this one,” the 24-year-old said)."""
    text = (
        "Jonas Ekdahl said his side had grown up.\n\n"
        "“At half-time I did not shout. I asked them one question: do you want to be the "
        "team that lost, or the team that answered?” Ekdahl told his press conference.\n\n"
        "“They answered,” the Swede said.\n\n"
        "Tendai Mapfumo, who had not scored since September, told MUTV that the winner "
        "was for his grandmother.\n\n"
        "“She watched every game on a tiny phone. I hope she saw this one,” the "
        "24-year-old said.\n"
    )
    assert _speakers(an, text) == ["Jonas Ekdahl", "Jonas Ekdahl", "Tendai Mapfumo"]


@pytest.mark.parametrize("addressee", ["the driver of a white minibus", "a witness"])
def test_a_described_addressee_ending_in_s_is_one_person_who_answers(
    an: Analyzer, addressee: str
) -> None:
    """"told the driver of a white minibus": "minibus" is no plural, so the driver is
    the one spoken to, who answers the next uncued line."""
    text = (
        "Outside Karnak temple on Monday, a guide who gave his name only as Ashraf was "
        "waiting for a group from Lyon.\n\n"
        f"\"Forty minutes late,\" Ashraf told {addressee}.\n\n"
        "\"The ferry was late, not me.\"\n\n"
        "\"The ferry is always late.\"\n\n"
        "Papyrus sellers at the gate were told to leave by police.\n"
    )
    speakers = _speakers(an, text)
    assert speakers[:3] == ["Ashraf", addressee.split(" ", 1)[1], "Ashraf"]


@pytest.mark.parametrize("gaze", ["looking at Liquitay", "turning to Liquitay"])
def test_a_participle_of_gaze_names_whom_a_line_is_put_to(an: Analyzer, gaze: str) -> None:
    """"“Majority stake for whom?” asked an older man near the door, looking at
    Liquitay.": Liquitay answers the next uncued line, then the man, then Liquitay."""
    text = (
        "The council's president, Ramona Liquitay, said the plan was a decision made in "
        "Santiago.\n\n"
        "At the council's hall on Tuesday evening, a dozen members watched the "
        "announcement on a phone.\n\n"
        f"“Majority stake for whom?” asked an older man near the door, {gaze}.\n\n"
        "“For Codelco.”\n\n"
        "“Codelco is Santiago.”\n\n"
        "“Everything is Santiago, tío.”\n\n"
        "The company said it would seek talks with the ministry.\n"
    )
    assert _speakers(an, text)[:4] == ["older man", "Ramona Liquitay", "older man",
                                        "Ramona Liquitay"]


def test_a_reported_question_is_answered_by_another_and_followed_up_by_its_asker(
    an: Analyzer,
) -> None:
    # "asked whether she had …": the asker is not the "she" who answers next, and the
    # uncued question after the answer is the asker's again
    text = (
        '"I have been singing since I was six," singer Dominique Achebe-Hart testified. '
        "Achebe-Hart told jurors she was hurt.\n\n"
        "Under cross-examination, Kessler's attorney, Martin Feldhaus, asked whether she "
        "had used prerecorded backing tracks on the tour.\n\n"
        '"At some shows, for some harmonies. Every artist does," she said.\n\n'
        '"So the vocals the audience heard were not always live?"\n\n'
        '"The lead vocals were always live. Always."\n\n'
    )
    assert _speakers(an, text) == [  # (the direct lines)
        "Dominique Achebe-Hart", "Dominique Achebe-Hart", "Martin Feldhaus",
        "Dominique Achebe-Hart",
    ]
    # counter-example: an answer after a question of the writer's stays the answerer's
    text2 = (
        "Analyst Ravi Menon asked whether the dispute could delay the expansion.\n\n"
        '"It could delay permits, yes," chief executive Tomás Ilic said.\n\n'
        "And the 2027 output guidance?\n\n"
        '"Unchanged. Sixty thousand tonnes."\n\n'
    )
    assert _speakers(an, text2)[-1] == "Tomás Ilic"


def test_a_line_that_calls_the_last_speaker_by_name_names_her(an: Analyzer) -> None:
    text = (
        "Rodel Dimaculangan, 52, who has fished these waters since he was twelve, sat on "
        "the hull of his upturned boat on Tuesday and scraped at a black crust.\n\n"
        '"Look at that. Three weeks, and it still comes off like tar," he said.\n\n'
        '"Because it is tar," his wife answered from the doorway.\n\n'
        '"I know it is tar, Ligaya."\n\n'
        '"We have no catch any more," Ligaya Dimaculangan said later.\n\n'
    )
    assert _speakers(an, text) == [
        "Rodel Dimaculangan", "Ligaya Dimaculangan", "Rodel Dimaculangan",
        "Ligaya Dimaculangan",
    ]


def test_a_question_called_out_is_put_to_the_one_the_narration_set_beside_the_caller(
    an: Analyzer,
) -> None:
    text = (
        "Across the locker room, Kofi Mensah was still in his uniform when Jalen "
        "Whitfield walked past.\n\n"
        '"Thirty-four?" Mensah called out.\n\n'
        '"Thirty-four."\n\n'
        '"In my building?"\n\n'
        '"Our building."\n'
    )
    assert _speakers(an, text) == ["Kofi Mensah", "Jalen Whitfield", "Kofi Mensah",
                                   "Jalen Whitfield"]


def test_a_question_paragraph_of_two_sentences_is_one_step_of_the_scene(an: Analyzer) -> None:
    # '“Address?” Mr Gopee asked.' splits into two sentences; the narration before it is
    # still the scene the answerer comes from.
    text = (
        "At the tanker, a council clerk, Arvind Gopee, checked names against a list as "
        "Marie-Louise Bégué, 38, held out two plastic drums.\n\n"
        '"Address?" Mr Gopee asked.\n\n'
        '"Royal Road, number 14."\n\n'
        '"You had two drums yesterday."\n\n'
        '"Yesterday my son came home."\n'
    )
    assert _speakers(an, text) == ["Arvind Gopee", "Marie-Louise Bégué", "Arvind Gopee",
                                   "Marie-Louise Bégué"]


def test_whom_a_question_is_asked_keeps_where_she_stands(an: Analyzer) -> None:
    # "the woman behind the glass" answers, named by her whole description
    text = (
        "Ferry cancelled\n\n"
        "Ana Latu queued at the ticket window for more than an hour.\n\n"
        '"When is the next boat?" she asked the woman behind the glass.\n\n'
        '"Maybe Monday. Maybe next week."\n\n'
        '"Maybe?"\n\n'
        '"That is what they tell us too."\n'
    )
    assert _speakers(an, text) == ["Ana Latu", "woman behind the glass"] * 2


@pytest.mark.parametrize("heard", [
    "The court heard that gardaí had attended the bar on eleven occasions.",
    "According to figures from the council, the bar had been fined twice.",
])
def test_a_question_is_answered_past_what_a_court_heard_by_who_spoke_before(
    an: Analyzer, heard: str
) -> None:
    """What a court heard or a document says between a witness's turn and the judge's
    question is no turn of anyone who answers: the witness who spoke before answers."""
    text = (
        "Pub refused late licence\n\n"
        "Inspector Pádraig Ó Flatharta said the premises was a drain on resources.\n\n"
        "‘My members are being pulled away,’ he said.\n\n"
        f"{heard}\n\n"
        "‘How many of those were after midnight?’ Judge Caitríona Hennessy asked.\n\n"
        "‘All of them, Judge.’\n"
    )
    assert _speakers(an, text)[-2:] == ["Caitríona Hennessy", "Pádraig Ó Flatharta"]


@pytest.mark.parametrize("opening", [
    "The meeting grew heated when Ona Kazlauskiene, a 72-year-old retired teacher, stood up.",
    "The hall fell silent after Ona Kazlauskiene stood up.",
])
def test_the_subject_of_a_clause_after_a_main_clause_of_no_one_is_the_center(
    an: Analyzer, opening: str
) -> None:
    """"The meeting grew heated when Ona … stood up": the main clause's subject is no one,
    so the person the "when" clause opens with is whom the next "she" continues, and the
    uncued lines alternate from her."""
    text = (
        "Vice-Minister Rasa Jankauskiene told a packed meeting on Wednesday that no family "
        "would be forced to move.\n\n"
        "“We will pay for insulation,” she said.\n\n"
        f"{opening}\n\n"
        "“Where will our grandchildren swim?” she asked.\n\n"
        "“The lake stays open to the public.”\n\n"
        "“And when there is shooting?”\n"
    )
    assert _speakers(an, text) == ["Rasa Jankauskiene", "Ona Kazlauskiene",
                                   "Rasa Jankauskiene", "Ona Kazlauskiene"]


def test_a_person_described_before_the_conjunction_stays_the_center(an: Analyzer) -> None:
    """"A woman in the second row stood up before the chief executive had finished": the
    main clause has a subject of its own; the conjunction's clause does not take over."""
    text = (
        "Chief executive Katarina Hedlund said the fund had sold its last oil shares.\n\n"
        "“It took time to get it right,” she said.\n\n"
        "A woman at the back stood up before the chief executive had finished.\n\n"
        "“Why did it take you six years?” she asked.\n"
    )
    assert _speakers(an, text)[-1] != "Katarina Hedlund"


def test_a_line_that_takes_up_the_last_lines_word_answers_it(an: Analyzer) -> None:
    """"“Tell them about the lights,” he said. / “The lights! We have no lights …”": a
    line that opens by taking up a word of the one before is the other one's, the woman
    the narration set beside him; the exchange then alternates."""
    text = (
        "“Nobody comes out to the car park at lunch,” said Beverly Tonge, 64.\n\n"
        "Asked if she would apply for one of the new stalls inside the stands, Ms. Tonge "
        "laughed.\n\n"
        "“At EC$1,500 a match? Who can pay that?”\n\n"
        "Ms. Tonge believes the vendors were moved to make room for a sponsor's bar.\n\n"
        "Her neighbour at the next stall, coconut water seller Desmond Richards, leaned "
        "over the counter.\n\n"
        "“Tell them about the lights,” he said.\n\n"
        "“The lights! We have no lights out here. After six o'clock I am selling in the "
        "dark.”\n\n"
        "“And the toilets.”\n\n"
        "“Don't start me on the toilets.”\n"
    )
    assert _speakers(an, text) == ["Beverly Tonge", "Beverly Tonge", "Desmond Richards",
                                   "Beverly Tonge", "Desmond Richards", "Beverly Tonge"]
