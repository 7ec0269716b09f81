"""A "how many … each year" question asks a rate (issue 14): a total or a change over years is no yearly count.
Hand-made sentences, no model."""

from __future__ import annotations

from app.answer.answer_type import figure_given
from app.answer.asked import asked

Q = "How many wolves are shot each year?"


def given(question: str, text: str) -> bool:
    return figure_given(asked(question), question, [text])


def test_a_total_or_a_change_over_years_is_no_yearly_count():
    assert not given(Q, "The number of wolves has shrunk from about 5,000 a century ago to about 400 remaining.")
    assert not given(Q, "A census found the wolf population shrank by 300 wolves from 2007 to 2014.")


def test_a_rate_of_the_unit_or_one_year_count_answers():
    assert given(Q, "Hunters shoot about 200 wolves a year.")
    assert given(Q, "An annual average of 200 wolves are shot.")
    assert given(Q, "In 2015, hunters shot 200 wolves.")


def test_a_question_asking_no_rate_of_time_is_not_held_to_one():
    assert given("How many wolves remain?", "The number of wolves has shrunk to about 400 wolves remaining.")
