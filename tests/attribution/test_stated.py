"""A figure the question states is disputed when another source gives a different figure for the same thing."""

from __future__ import annotations

from app.answer.select import asked
from app.attribution.stated import disputes_stated

Q = "Did the Clintons pay a 30 percent federal tax rate in 2014, as Jeb Bush said?"
BUSH = "Mr. Bush said his own federal tax rate was 36 percent, and that the Clintons' 2014 tax rate was 30 percent."
RETURN = "The Clintons' effective federal tax rate for 2014 was 35.7 percent, the returns show."


def test_a_quote_giving_the_question_figure_and_one_giving_another_for_the_same_thing_conflict():
    a, b = disputes_stated(Q, BUSH, RETURN, asked(Q).terms)
    assert (a.text, b.text) == ("30 percent", "35.7 percent")  # each side's own figure, in the quotes' order
    b2, a2 = disputes_stated(Q, RETURN, BUSH, asked(Q).terms)
    assert (a2.text, b2.text) == ("30 percent", "35.7 percent")


def test_the_question_figure_rounded_agreeing_or_about_something_else_is_no_dispute():
    terms = asked(Q).terms
    assert disputes_stated(Q, BUSH, "Their federal tax rate for 2014 was 30.2 percent.", terms) is None  # rounds to it
    assert disputes_stated(Q, BUSH, BUSH, terms) is None  # both give the question's figure
    assert disputes_stated(Q, BUSH, "Turnout in the state rose 35.7 percent.", terms) is None  # not what is asked
    assert disputes_stated("What was the Clintons' tax rate in 2014?", BUSH, RETURN, terms) is None  # states no figure
