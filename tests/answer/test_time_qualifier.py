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


def test_a_price_asked_by_its_verb_is_answered_by_the_sum_whatever_verb_gives_it():
    # "What does a V2 cost?": "which retails for $649" answers though it names no cost (openers.measure_first)
    import numpy as np

    from app.answer.sides import pick
    from tests.answer.test_acts import quote
    q = "What does a Brakko K3 cost?"
    assert asked(q).money and not asked("What did the auditor say the audit cost?").money
    lead = quote("Brakko said Tuesday it would give owners of its K3 scooter a free new battery.", "Post", 0.72)
    price = quote("The K3, which retails for $649, is one of the best-selling scooters.", "Star", 0.60)
    picked = pick(asked(q), q, [lead, price], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is price
