"""A figure question naming years opens with the figure of those years, not the same quantity of another period
(app/answer/year_first.py, app/answer/opening.py)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.opening import plain_order
from app.answer.year_first import OPEN_END, asks_quantity, other_years, periods_of, year_first
from tests.answer.test_acts import quote


def test_a_sentence_names_years_and_spans_of_years():
    assert periods_of("The rate for 2014 was 35.7 percent.") == {(2014, 2014)}
    assert periods_of("from 2007 through 2014 the couple paid") == {(2007, 2014)}
    assert periods_of("between 2005 and 2008 troopers seized") == {(2005, 2008)}
    assert periods_of("have had 22 briefings since 2009") == {(2009, OPEN_END)}
    assert periods_of("paid $3 million in 2012 and $4 million in 2014") == {(2012, 2012), (2014, 2014)}
    assert periods_of("They paid $3 million in taxes.") == frozenset()


def test_questions_asking_for_a_quantity():
    for q in ("What was the city's effective tax rate in 2012?", "What is the mayor's standard speaking fee?",
              "How much did the city spend in 2012?", "What share of the budget went to schools in 2012?"):
        assert asks_quantity(asked(q), q), q
    for q in ("What did the mayor say in 2012?", "Who won the 2012 election?"):
        assert not asks_quantity(asked(q), q), q


def test_a_figure_of_another_period_opens_no_answer_about_the_years_asked():
    q = "What was the company's effective tax rate from 2010 through 2015?"
    one_year = quote("The company's effective tax rate for 2015 was 30 percent.", "A", 1.0)
    span = quote("From 2010 through 2015 the company paid an effective tax rate of 27 percent.", "B", 0.8)
    assert year_first(asked(q), q, [one_year, span]) == 1
    assert plain_order(asked(q), q, [one_year, span], [1], 2)[0] == 1


def test_a_single_year_asked_opens_with_that_years_figure():
    q = "How much did the city spend on police in 2012?"
    other = quote("The city spent $40 million on police in 2014, the budget shows.", "A", 1.0)
    asked_year = quote("In 2012 the city spent $35 million on police.", "B", 0.8)
    assert year_first(asked(q), q, [other, asked_year]) == 1


def test_a_quote_naming_no_year_or_every_year_asked_keeps_the_opening():
    q = "How much did the city spend on police in 2012?"
    undated = quote("The city spent $35 million on police, the budget shows.", "A", 1.0)
    other = quote("In 2014 the city spent $40 million on police.", "B", 0.9)
    assert year_first(asked(q), q, [undated, other]) == 0
    both = quote("The city spent $35 million on police in 2012 and $40 million in 2014.", "A", 1.0)
    assert not other_years(q, both.text, lambda text: True)
    assert year_first(asked(q), q, [both, other]) == 0


def test_no_close_quote_of_the_years_asked_keeps_the_opening():
    q = "How much did the city spend on police in 2012?"
    other = quote("The city spent $40 million on police in 2014.", "A", 1.0)
    far = quote("In 2012 the city spent $35 million on police.", "B", 0.5)  # beyond ACT_MARGIN
    assert year_first(asked(q), q, [other, far]) == 0


def test_a_question_naming_no_year_is_not_second_guessed():
    q = "What was the company's effective tax rate?"
    one_year = quote("The company's effective tax rate for 2015 was 30 percent.", "A", 1.0)
    span = quote("From 2010 through 2015 the company paid an effective tax rate of 27 percent.", "B", 0.9)
    assert year_first(asked(q), q, [one_year, span]) == 0


def test_a_span_gives_no_figure_of_one_of_its_years():
    q = "What was the company's effective tax rate in 2012?"
    one_year = quote("The company's effective tax rate for 2015 was 30 percent.", "A", 1.0)
    span = quote("From 2010 through 2015 the company paid an effective tax rate of 27 percent.", "B", 0.9)
    assert year_first(asked(q), q, [one_year, span]) == 0


def test_a_span_since_a_year_is_the_span_asked_from_that_year():
    q = "How much did the company pay in taxes from 2009 to 2014?"
    one_year = quote("The company paid $4 million in taxes in 2014.", "A", 1.0)
    since = quote("The company has paid $30 million in taxes since 2009.", "B", 0.9)
    assert year_first(asked(q), q, [one_year, since]) == 1
