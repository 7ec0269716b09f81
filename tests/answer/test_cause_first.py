""""Why …?" asks a cause: when the best quote only restates what happened and a close one gives a cause or a purpose,
the plain answer opens with that one (app/answer/openers.py `cause_first`, `gives_reason`; app/answer/opening.py)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.opening import plain_order
from app.answer.openers import cause_first, gives_reason
from tests.answer.test_acts import quote


def test_a_purpose_of_means_is_a_reason():
    assert gives_reason('The mayor said the city needed that time "to count every ballot again."')
    assert gives_reason("The district used the grant to hire four reading tutors.")
    assert gives_reason("The county spent $3 million to rebuild the levee.")
    assert gives_reason("The ferry stopped because the river froze.")


def test_a_habit_an_obligation_or_a_bare_fact_is_no_reason():
    assert not gives_reason("He used to be the harbor master.")
    assert not gives_reason("She needed to leave before the vote.")
    assert not gives_reason("The ferry stopped running on March 3 and did not resume until April.")


def test_why_opens_with_the_close_quote_giving_a_cause():
    q = "Why did the ferry company stop service for a month?"
    restated = quote("The ferry company stopped service on March 3 and did not resume it until April 2.", "A", 0.7)
    cause = quote('The owner said the company needed the month "to replace both engines."', "B", 0.62)
    assert cause_first(q, [restated, cause]) == 1
    assert plain_order(asked(q), q, [restated, cause], [1], 2)[0] == 1


def test_a_best_quote_with_a_cause_keeps_the_opening_and_a_far_one_does_not_open():
    q = "Why did the ferry company stop service for a month?"
    best = quote("The ferry company stopped service because the river froze.", "A", 0.8)
    other = quote("The owner said the company needed the month to replace both engines.", "B", 0.7)
    assert cause_first(q, [best, other]) == 0
    restated = quote("The ferry company stopped service on March 3.", "A", 0.9)
    far = quote("The owner said the company needed the month to replace both engines.", "B", 0.4)
    assert cause_first(q, [restated, far]) == 0
    assert cause_first("When did the ferry company stop service?", [restated, other]) == 0


def test_why_not_keeps_a_best_quote_stating_the_bar():
    q = "Why could the harbor master not sit on the port board?"
    bar = quote("An aide said the rules were clear, and he couldn't have served as harbor master and on the board.",
                "A", 0.8)
    other = quote("The board did not pay its members because the budget was cut.", "B", 0.75)
    assert cause_first(q, [bar, other]) == 0
    assert cause_first("Why did the harbor master leave the port board?", [bar, other]) == 1
