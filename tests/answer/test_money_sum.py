""""How much did X donate / pay / spend …?" asks a sum of money: a percentage of something ("10 percent of their
income") is a share, which answers only "How much of <a whole> …" (app/answer/asked.py, signals.counts_asked)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.signals import figure_answers


def test_a_donation_asked_is_a_sum_not_a_share():
    ask = asked("How much did the couple donate to charity over the eight years?")
    assert ask.money and not ask.part
    assert figure_answers(ask, "They also donated $15 million to charity.")
    assert not figure_answers(ask, "Last year they donated over 10 percent of their income to charity.")


def test_how_much_of_a_whole_is_answered_by_a_share_too():
    ask = asked("How much of their income did the couple give to charity?")
    assert ask.money and ask.part
    assert figure_answers(ask, "Last year they donated over 10 percent of their income to charity.")
