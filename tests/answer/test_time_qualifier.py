"""A unit of time that only places a 'how many' question in time ('last year') is not what it counts (invented
sentences): 'for 20 years' counts no lamb born last season; 'How many years …' still asks for years."""

from app.answer.asked import asked
from app.answer.signals import figure_answers
from app.answer.time_qualifier import time_qualified


def test_time_adverbials_are_read():
    assert time_qualified("How many lambs were born at Carrow Farm last year?") == {"year"}
    assert time_qualified("How many trout died in the past two weeks?") == {"week"}
    assert time_qualified("How many mills closed a decade ago?") == {"decad"}
    assert time_qualified("How many years did the mill run?") == frozenset()
    assert time_qualified("How many years ago did the mill close?") == frozenset()


def test_a_length_of_time_does_not_count_what_last_year_asks():
    ask = asked("How many lambs were born at Carrow Farm last year?")
    assert not figure_answers(ask, "Shepherd Ian Moss, who has worked at Carrow Farm for 20 years, said lambing was hard.")
    assert figure_answers(ask, "The farm said 340 lambs were born there in 2024.")


def test_years_asked_are_still_counted():
    assert figure_answers(asked("How many years did Ian Moss work at Carrow Farm?"),
                          "Ian Moss has worked at Carrow Farm for 20 years.")
