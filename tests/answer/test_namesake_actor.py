"""A question about one person is not answered by the act of another of the same surname: the headline names
the story's person in full, the surname alone is theirs afterwards, and the asked person must act in a quote."""

from __future__ import annotations

from app.answer.namesake_actor import asked_subject, namesake_acts
from app.answer.qualifiers import unpaired
from tests.answer.test_qualifiers import article

ASK = "When did Laura Bush call the governor about the pardon?"
HEADLINE = "Aides Say George Bush Urged Governor to Pardon Donor"


def test_the_asked_subject_is_the_person_right_after_the_auxiliary():
    assert asked_subject(ASK) == ("laura", "bush", "Bush")
    assert asked_subject("What role did Laura Bush play in the pardon?") == ("laura", "bush", "Bush")
    assert asked_subject("Which aide asked George Bush to call the governor?") is None  # the person is an object


def test_another_of_the_surname_acting_leaves_the_asked_person_unanswered():
    george = article("The aides asked former President George Bush to call the governor about the pardon.",
                     title=HEADLINE)
    assert namesake_acts(ASK, george) == ["bush"]
    assert "bush" in unpaired(ASK, george)


def test_a_bare_surname_is_the_headline_person_and_a_possessive_or_object_is_no_actor():
    quotes = article("Aides said George Bush made the calls.",
                     "The donor was a longtime supporter of Laura Bush's literacy campaign.",
                     "Laura Bush's aides said the governor called twice.",
                     "The governor said Bush called him twice in March.",
                     "Mr. Bush was the first to praise Laura Bush after the pardon.", title=HEADLINE)
    assert namesake_acts(ASK, quotes[1:]) == ["bush"]


def test_a_headline_verb_before_the_surname_names_no_one():
    # a headline capitalises its verbs: "Urge Bush" is not a person, unless the article writes them before the name
    why = "Why did Laura Bush call the governor?"
    urged = article("The aides asked the governor for a pardon.", "Bush called the governor for him.",
                    title="Aides Urge Bush to Pardon Donor")
    assert namesake_acts(why, urged[1:]) == []
    george = article("Aides said George Bush made the calls.", "Bush called the governor for him.",
                     title="Aides Say George Bush Urged Pardon")
    assert namesake_acts(why, george[1:]) == ["bush"]


def test_the_asked_person_acting_or_speaking_answers():
    assert namesake_acts(ASK, article("Laura Bush called the governor in March, aides said.", title=HEADLINE)) == []
    assert namesake_acts(ASK, article("In March, Laura Bush called the governor.", title=HEADLINE)) == []
    both = article("George Bush and Laura Bush called the governor in March.", title=HEADLINE)
    assert namesake_acts(ASK, both) == []


def test_a_bare_surname_is_the_asked_person_when_the_headline_names_no_other():
    plain = article("The governor said Bush called him twice in March.", title="Governor Pardons Donor")
    assert namesake_acts(ASK, plain) == []
    named = article("The governor said Bush called him twice in March.", title="Laura Bush Urged Pardon, Aides Say")
    assert namesake_acts(ASK, named) == []


def test_a_courtesy_title_is_read_as_either_where_the_article_uses_both():
    couple = article("Aides said George Bush made the calls.", "Mrs. Bush spoke at the dinner.",
                     "Mr. Bush called the governor in March.", title=HEADLINE)
    assert namesake_acts(ASK, couple[2:]) == []
    only_mr = article("Aides said George Bush made the calls.", "Mr. Bush called the governor in March.",
                      title=HEADLINE)
    assert namesake_acts(ASK, only_mr[1:]) == ["bush"]


def test_a_courtesy_title_of_the_other_sex_is_the_namesake_where_the_article_tells_the_asked_sex():
    # the article writes "Mr." and "Mrs." of the surname, and "Hillary Rodham Clinton … her" makes her "Mrs. Clinton"
    ask = "How much did Hillary Clinton earn for speeches in Stockholm?"
    taxes = article("Hillary Rodham Clinton on Friday released her tax returns.", "Mrs. Clinton paid the tax.",
                    "Mr. Clinton earned $750,000 for a speech in Stockholm.", "Mrs. Clinton earned $10 million.",
                    title="Clintons Report Earnings")
    assert namesake_acts(ask, taxes[2:3]) == ["clinton"]
    assert namesake_acts(ask, taxes[3:]) == []
    assert namesake_acts("How much did Bill Clinton earn for speeches in Stockholm?", taxes[2:3]) == []


def test_a_function_word_opening_the_sentence_names_no_one():
    # "Among" is capitalised because it opens the sentence: no first name of another Bush
    among = article("Among Mrs. Bush's calls that week was one to the governor about the pardon.",
                    title="Laura Bush Called Governor About Pardon")
    assert namesake_acts(ASK, among) == []
    despite = article("Despite George Bush's call, the governor refused the pardon.", title=HEADLINE)
    assert namesake_acts(ASK, despite) == ["bush"]  # a first name after it still names another
