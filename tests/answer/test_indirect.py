"""A question someone reports asking ("asked Mr. Sellers how many …") is not what the reader asks for: the figure is
read from the question's own words (pure functions)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.indirect import asks_figure, own_part


def test_a_reported_how_many_question_asks_no_figure():
    question = "Who asked Mr. Sellers how many examples of abuse need to be shown before it flows from the policy?"
    assert own_part(question) == "Who asked Mr. Sellers "
    assert not asks_figure(question) and not asked(question).figure
    assert not asks_figure("Which senator wondered aloud how much the program cost?")


def test_the_questions_own_figure_is_kept():
    assert asks_figure("How many times did reporters ask Obama how many troops would stay?")
    assert asks_figure("How much did the ad cost?") and asked("How much did the ad cost?").figure
    assert asks_figure("What share of the vote did Sestak win?")
    assert own_part("Did the ad run in Ohio?") == "Did the ad run in Ohio?"
