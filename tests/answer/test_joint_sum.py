"""One sum told for several listed places is no sum of the one asked (issue 14 point 3, near-topic). Invented
sentences, no model."""

from __future__ import annotations

from app.answer.answer_type import figure_given
from app.answer.asked import asked
from app.answer.joint_sum import joint_sum
from app.answer.listed import lists_with

Q = "How much did the couple spend on their family trip to Spain?"


def test_a_name_is_listed_only_among_other_names():
    assert lists_with("trips to Portugal and Spain, and a new car", "Spain")
    assert lists_with("visits to Lisbon, Madrid or Spain", "Spain")
    assert not lists_with("a trip to Spain and a new car", "Spain")


def test_a_sum_for_a_list_of_places_is_no_sum_of_the_place_asked():
    joint = "They spent $40,000 in campaign funds on family trips to Portugal and Spain and on school tuition."
    own = "They spent $9,000 on a family trip to Spain in 2015."
    assert joint_sum(Q, joint)
    assert not joint_sum(Q, own)
    assert not figure_given(asked(Q), Q, [joint])
    assert figure_given(asked(Q), Q, [own])


def test_a_question_naming_no_place_of_its_thing_is_not_checked():
    q = "How much did the couple spend on family trips?"
    assert not joint_sum(q, "They spent $40,000 on family trips to Portugal and Spain.")


def test_a_sum_placed_in_a_class_of_places_is_no_sum_of_one_place():
    q = "How much of the union's campaign is being spent in Ohio?"
    assert joint_sum(q, "The union has launched a $2 million TV campaign aimed at voters in swing states.")
    assert not joint_sum(q, "The union is spending $400,000 of its campaign in Ohio.")
    assert not figure_given(asked(q), q, ["The union has launched a $2 million TV campaign in swing states."])
    # cities named without the place asked: the sum may well be the place's, told by its parts
    assert not joint_sum("How much is the union spending on the ad in Ohio?",
                         "The ad, to air in Columbus, Dayton and Toledo, is costing the union $1 million.")
