"""A wage asked of now ("How much are substitutes paid …") is answered by a rate of pay ("$310 a day"), as news gives
wages; a sum asked of a past act ("How much did the district pay …") is not (issue 14.3: no "Not covered" above the
quote that answers). Hand-made sentences, no model."""

from __future__ import annotations

from app.answer.answer_type import figure_given
from app.answer.asked import asked

RATE = "A district memo says substitutes will be paid $310 a day during the strike."


def given(question: str, text: str) -> bool:
    return figure_given(asked(question), question, [text])


def test_a_wage_asked_of_now_is_answered_by_a_rate_of_pay():
    assert asked("How much are substitutes getting paid during the strike?").wage
    assert given("How much are substitutes getting paid during the strike?", RATE)
    assert given("How much does a substitute earn during the strike?", "A substitute earns $310 a day.")


def test_a_sum_of_a_past_act_or_a_rate_of_another_unit_is_no_wage():
    assert not asked("How much did the district pay substitutes during the strike?").wage
    assert not given("How much did the district pay substitutes during the strike?", RATE)  # a total asked
    assert not asked("How much does the repair cost?").wage  # a price, not pay
    assert given("How much are substitutes paid each week?", "Substitutes are paid $1,500 a week.")
    assert not given("How much are substitutes paid each week?", RATE)  # the unit asked is a week
