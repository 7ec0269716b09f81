"""Pay is told as a rate of time: a sum per day / hour / year answers "How much are X paid?" (signals.pay_rate), while a
rate still answers no question about a total that is not one of pay ("two trophies allowed per import")."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.answer_type import figure_given
from app.answer.signals import figure_answers

MEMO = "A district memo says substitutes will be paid $310 a day during the strike, more than twice the usual rate."


def test_a_daily_wage_answers_how_much_someone_is_paid():
    q = "How much are substitutes getting paid during the strike?"
    assert figure_answers(asked(q), MEMO)
    assert figure_given(asked(q), q, [MEMO])


def test_an_hourly_wage_answers_how_much_someone_earns():
    q = "How much do the nurses earn?"
    assert figure_answers(asked(q), "The nurses earn $45 an hour, the union's contract shows.")


def test_a_rate_answers_no_total_of_what_is_not_pay():
    q = "How much did the city spend on the stadium?"  # no pay word: a daily sum is no total spent
    assert not figure_answers(asked(q), "The city spends $2,000 a day on the stadium during games.")
    q = "How many trophies were imported?"
    assert not figure_answers(asked(q), "Hunters were allowed two trophies per import.")


def test_a_yearly_sum_answers_how_much_is_given_in_the_present():
    q = "How much money does the city give the museum?"
    assert asked(q).habitual
    assert figure_answers(asked(q), "The museum receives $2.6 million a year from the city.")


def test_a_past_total_is_not_asked_as_a_rate():
    q = "How much did the Clintons give to charity?"
    assert not asked(q).habitual
    assert not figure_answers(asked(q), "The Clintons gave $1 million a year to their foundation.")
