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


def test_how_much_in_the_topic_of_a_said_question_asks_no_figure():
    """"What did X say about how much …": X's words on that topic are asked, as with a verb of asking's indirect
    question; a figure asked outright, or a "how much" after a noun, is still one."""
    assert not asks_figure("What did the mayor say about how much the new stadium relied on public money?")
    assert not asks_figure("What did the senator say in a radio interview on Monday about how many voters knew?")
    assert not asks_figure("Did the governor comment on how long the inquiry took?")
    assert asks_figure("How much did the mayor say the stadium cost?")
    assert asks_figure("Is there evidence of how much water the plant used?")
