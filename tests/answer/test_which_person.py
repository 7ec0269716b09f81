"""A "Which <role> …?" question asks for a name: an answer whose quotes name nobody the question does not (an
indefinite "A white lawmaker said", a body's name) leaves it not covered."""

from __future__ import annotations

from dataclasses import replace

from app.answer.answered import answers_question
from app.answer.which_person import asked_verb, asks_which_person, person_unnamed
from app.attribution.links import QUOTES, Link
from tests.answer.test_qualifiers import article


def test_a_which_role_question_asks_for_a_person():
    assert asks_which_person("Which white lawmaker said he also heard the epithets?")
    assert asks_which_person("Which Justice Department official wrote to Issa?")
    assert asks_which_person("Which law-enforcement officers said they had seen no increase?")
    assert not asks_which_person("Which court did Colorado sheriffs ask to strike down the law?")  # a court
    assert not asks_which_person("Which group urged lawmakers to vote against the bill?")  # a group
    assert not asks_which_person("Which advisory board was Sestak offered a seat on?")
    assert not asks_which_person("Who said he also heard the epithets?")  # "who": other checks


def test_an_unnamed_doer_leaves_the_which_person_question_not_covered():
    q = "Which white lawmaker said he also heard the racial epithets?"
    unnamed = article("A white lawmaker said he also heard the epithets, but activists said the lawmakers were lying.")
    assert person_unnamed(q, unnamed) == ["who"]
    assert not answers_question(q, unnamed, [None])
    named = article("Rep. Tom Perriello, a white lawmaker, said he also heard the racial epithets.")
    assert person_unnamed(q, named) == []


def test_a_bodys_name_is_no_person_but_a_quoted_speaker_is():
    q = "Which officials led the Park Service review that Sarah Huckabee Sanders cited?"
    body = article("In defending the decision, Ms. Sanders cited a recently completed Park Service review.")
    assert person_unnamed(q, body) == ["who"]
    assert person_unnamed(q, article("The review was run by the Interior Department.")) == ["who"]
    spoken = [replace(body[0], links=(Link("Jonathan Jarvis", QUOTES),))]
    assert person_unnamed(q, spoken) == []


def test_the_next_sentence_names_the_person_when_it_tells_the_asked_act():
    q = "Which other Republican congressman was indicted the same month as Duncan Hunter?"
    counted, named = article("Mr. Hunter, 41, becomes the second Republican congressman to be indicted this month.",
                             "Representative Chris Collins, Republican of New York, was indicted on insider trading "
                             "charges.")
    assert person_unnamed(q, [counted]) == []  # the sentence after tells who else was indicted
    other_act = article("Mr. Hunter, 41, becomes the second Republican congressman to be indicted this month.",
                        "Representative Chris Collins, Republican of New York, announced his retirement.")
    assert person_unnamed(q, other_act[:1]) == ["who"]  # a name doing something else answers no "which"


def test_a_speaker_named_next_does_not_tell_who_said_the_asked_words():
    q = "Which white lawmaker told reporters he also heard the racial epithets?"
    quotes = article("A white lawmaker told reporters he also heard the epithets.",
                     "Rep. Emanuel Cleaver told reporters that he was spit on.")
    assert person_unnamed(q, quotes[:1]) == ["who"]


def test_the_answer_quotes_the_sentence_after_that_names_the_person():
    from app.answer.which_person import named_next
    q = "Which other Republican congressman was indicted the same month as Duncan Hunter?"
    counted, named = article("Mr. Hunter, 41, becomes the second Republican congressman to be indicted this month.",
                             "Representative Chris Collins, Republican of New York, was indicted on insider trading "
                             "charges.")
    joined = named_next(q, [counted], close=0.12)[0]
    assert joined.text == f"{counted.text} {named.text}" and (joined.start, joined.end) == (counted.start, named.end)
    assert joined.hit.chunk.text[joined.start:joined.end] == joined.text  # still a verbatim span
    assert named_next("Which congressman was indicted on insider trading charges?", [named], 0.12) == [named]


def test_what_is_the_name_of_a_role_asks_for_a_person_as_which_role_does():
    q = "What was the name of the senior Israeli official who said the government was not consulted on the ad?"
    assert asks_which_person(q)
    assert asks_which_person("What is the name of the former NSA official who spoke to Fox News about the program?")
    assert not asks_which_person("What is the name of the group that produced the ad?")  # a group: no person
    unnamed = article("A senior Israeli official said the government was not consulted on the ad and did not approve it.")
    assert person_unnamed(q, unnamed) == ["who"]
    named = article("The government was not consulted, said Ron Dermer, a senior Israeli official.")
    assert person_unnamed(q, named) == []


def test_the_relative_pronoun_after_the_role_is_not_the_asked_verb():
    assert asked_verb("What is the name of the former NSA official who spoke to Fox News?") == "spoke"
    assert asked_verb("What was the name of the protester that was removed from the chamber?") == "removed"


def test_a_description_in_the_chain_is_no_name_for_a_which_question():
    q = "Which state official said the audit was late?"
    unnamed = article("A state official said the audit was late.")
    described = [replace(unnamed[0], links=(Link("a former state official", QUOTES),))]
    assert person_unnamed(q, described) == ["who"]  # the chain describes the speaker as the article does, names no one
    named = [replace(unnamed[0], links=(Link("Ruth Dane", QUOTES),))]
    assert person_unnamed(q, named) == []
