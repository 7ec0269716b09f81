"""A where-question's answer names a place beside the act (app/answer/places.py, opening.py)."""

from __future__ import annotations

import numpy as np

from app.answer.places import asks_place, gives_place
from app.answer.select import asked
from app.answer.sides import pick
from tests.answer.test_acts import quote


def test_where_and_in_which_city_ask_for_a_place():
    assert asks_place("Where was the convention that adopted the resolution?")
    assert asks_place("In which Ohio towns is the ad airing?")
    assert not asks_place("Which group paid for the ad?")
    assert not asks_place("When did the House pass the bill?")


def test_a_place_answers_only_when_the_question_does_not_name_it_already():
    q = "In which Ohio towns is the ad airing?"
    assert gives_place(q, "it's airing in Dayton, Akron and Toledo")
    assert not gives_place(q, "a new ad set to air in the key battleground state of Ohio")
    assert not gives_place(q, "the ad began airing in March")  # a month is no place
    assert gives_place("Where was the group's convention?", "adopted during the annual convention in Kansas City")


def test_a_where_answer_opens_with_the_quote_giving_the_place_beside_the_act():
    q = "Where was the convention that adopted the resolution?"
    lead = quote("The league adopted a resolution Tuesday condemning racist elements in the movement.", "Fox", 0.98)
    placed = quote("The resolution was adopted during the annual convention in Kansas City, a spokesman said.",
                   "HuffPost", 0.71)
    picked = pick(asked(q), q, [lead, placed], np.eye(2, dtype=np.float32))
    assert picked.quotes == [placed]  # the lead names the act but no place: it adds no answer


def test_a_best_quote_that_gives_the_place_keeps_its_place():
    q = "Where was the congressman indicted?"
    best = quote("The congressman was indicted by a federal grand jury in San Diego on Tuesday.", "Times", 1.1)
    other = quote("The congressman and his wife were indicted on charges of misusing funds.", "HuffPost", 1.05)
    assert pick(asked(q), q, [best, other], np.eye(2, dtype=np.float32)).quotes[0] is best


def test_when_no_quote_gives_the_place_the_one_naming_the_act_still_opens():
    q = "In which city did the league adopt its resolution?"
    lead = quote("Leaders of the league approved a resolution condemning racism.", "HuffPost", 1.0)
    act = quote("The league adopted a resolution Tuesday condemning racist elements.", "Fox", 0.97)
    assert pick(asked(q), q, [lead, act], np.eye(2, dtype=np.float32)).quotes[0] is act


def test_after_a_dated_opening_a_quote_naming_the_act_without_the_time_adds_no_answer():
    q = "When did the House pass the bill?"
    best = quote("The bill, which passed 234-193, was the party's top priority upon winning the House in the "
                 "2018 elections.", "HuffPost", 1.0)
    dated = quote("The House passed the showcase legislation on Friday, an expansive measure.", "Times", 0.8)
    undated = quote("The House approved the plan 234-193 after the bill passed committee.", "Fox", 0.79)
    assert pick(asked(q), q, [best, dated, undated], np.eye(3, dtype=np.float32)).quotes == [dated]


def test_after_a_best_quote_giving_the_time_asked_a_quote_without_it_adds_no_answer():
    q = "When did the two states file their lawsuit?"
    best = quote("The two states filed the lawsuit on Thursday in the Supreme Court.", "Times", 1.0)
    lead = quote("The two states filed a lawsuit seeking a court order against the law.", "Fox", 0.98)
    assert pick(asked(q), q, [best, lead], np.eye(2, dtype=np.float32)).quotes == [best]
    yes_no = "Did the two states file a lawsuit?"
    sued = quote("The two states sued their neighbour over its law.", "Fox", 0.98)
    assert len(pick(asked(yes_no), yes_no, [best, sued], np.eye(2, dtype=np.float32)).quotes) == 2  # corroboration


def test_after_a_best_quote_giving_the_count_another_outlet_giving_the_same_count_corroborates():
    q = "How many villagers have been killed in attacks blamed on the gang?"
    best = quote("Of the 1,700 villagers killed in attacks, about 1,200 were killed by the gang.", "Mehr", 1.0)
    same = quote("The gang has assassinated over 1,200 villagers in four decades.", "Rasa", 0.95)
    other = quote("The gang's leaders were blamed for attacks on 40 police posts.", "Fars", 0.95)
    assert pick(asked(q), q, [best, same], np.eye(2, dtype=np.float32)).quotes == [best, same]
    assert pick(asked(q), q, [best, other], np.eye(2, dtype=np.float32)).quotes == [best]
