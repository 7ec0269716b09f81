"""A money question's sum is of the thing it asks about (issue 14 point 3, near-topic): a word narrowing that thing
("property taxes", "federal holiday") must stand with the sum. Invented sentences, no model."""

from __future__ import annotations

from app.answer.answer_type import figure_given
from app.answer.asked import asked
from app.answer.asked_thing import Thing, asked_thing, thing_sentences


def test_the_thing_is_read_after_the_money_verb_its_subject_or_how_much():
    assert asked_thing("How much did the Smiths pay in property taxes?") == Thing("tax", frozenset({"properti"}))
    assert asked_thing("How much would the city bus lane cost?") == Thing("lane", frozenset({"citi", "bus"}), True)
    assert asked_thing("How much sales tax did the mall collect?") == Thing("tax", frozenset({"sale"}))
    assert asked_thing("How much did the couple spend on their family trip to Spain?") == \
        Thing("trip", frozenset({"famili"}))


def test_a_thing_with_no_lower_case_narrowing_word_or_the_sum_itself_is_not_checked():
    assert asked_thing("How much did the mayor spend on the Riverside project?") is None  # a name only
    assert asked_thing("How much campaign money did the senator repay?") is None  # money is the sum itself
    assert asked_thing("How much did the mayor pay for her three trips to Ohio?") is None  # a count narrows nothing
    assert asked_thing("How much did the Gallup poll estimate the repairs would cost?") is None  # no determiner


def test_a_sum_of_the_same_head_with_another_narrowing_word_does_not_answer():
    q = "How much did the Smiths pay in property taxes?"
    assert not figure_given(asked(q), q, ["The Smiths paid $40,000 in federal income taxes last year."])
    assert not figure_given(asked(q), q, ["The records show the Smiths paid $40,000 in federal taxes. They also "
                                          "paid an additional $9,000 in state taxes."])
    assert figure_given(asked(q), q, ["The Smiths paid $6,000 in property taxes on their home."])


def test_a_pronoun_sentence_names_what_the_sentence_before_opens_on():
    thing = asked_thing("How much would the new bus lane cost?")
    listed = "The plan, backed by the city, includes a new bus lane. It also creates grants of up to $500."
    told = "The new bus lane opens in May. It would cost $3 million."
    assert thing_sentences(thing, listed) == ["The plan, backed by the city, includes a new bus lane."]
    assert thing_sentences(thing, told) == ["The new bus lane opens in May.", "It would cost $3 million."]
    q = "How much would the new bus lane cost?"
    assert not figure_given(asked(q), q, [listed])
    assert figure_given(asked(q), q, [told])


def test_a_sentence_not_naming_the_head_paid_for_may_word_it_otherwise():
    q = "How much did the city spend on presidential travel to Ohio?"
    assert figure_given(asked(q), q, ["The city spent $2 million on four of the president's trips to Ohio."])
    assert not figure_given(asked(q), q, ["The city spent $2 million on staff travel to Ohio."])


def test_a_definite_description_of_the_head_refers_back_to_the_thing():
    q = "How much will the river bridge cost?"
    told = "The river bridge is a scam, critics say. The real cost of the bridge will exceed 90 million dollars."
    assert figure_given(asked(q), q, [told])
    assert not figure_given(asked(q), q, ["The real cost of a rail bridge will exceed 90 million dollars."])


def test_a_head_modifying_another_noun_is_no_definite_description_of_it():
    q = "How much did the Smiths pay in property taxes?"
    assert not figure_given(asked(q), q, ["In the tax returns, the Smiths paid $40,000 in federal taxes."])
    assert figure_given(asked(q), q, ["The Smiths' property taxes rose. They paid $6,000 of the taxes in May."])
    q = "How much will the river bridge cost?"
    assert figure_given(asked(q), q, ["The river bridge opens in May. The bridge's cost is $90 million."])


def test_a_subjects_head_phrase_ends_at_its_first_preposition():
    from app.answer.asked_thing import head_phrase

    assert head_phrase("the public financing system for congressional campaigns") == "the public financing system"
    assert head_phrase("the elephants' natural habitat") == "the elephants' natural habitat"
    assert head_phrase("seizures of marijuana in Nebraska") == "seizures"
