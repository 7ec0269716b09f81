"""Dates in text (app/answer/dates.py): one place for what counts as a date and as a time."""

from app.answer.dates import names_date, names_time
from app.answer.held_thing import element_given


def test_a_month_a_weekday_a_year_or_yesterday_is_a_date():
    for text in ("The vote came in May.", "published Sunday", "in 2018", "on Dec. 3", "yesterday"):
        assert names_date(text), text


def test_may_the_verb_is_no_date():
    assert not names_date("Officials may release the report.")
    assert not names_time("Officials may release the report.")


def test_a_time_relative_to_the_report_answers_when_but_is_no_date():
    assert names_time("Sestak said Clinton called him last summer.")
    assert not names_date("Sestak said Clinton called him last summer.")
    assert element_given("When ", "Sestak said Clinton called him last summer.")
    assert not element_given("When ", "Sestak said Clinton called him about the job.")


def test_a_span_of_years_asked_is_named_by_a_since_from_its_start():
    from app.answer.dates import years_named
    q = "How much did the couple pay in state taxes from 2007 to 2014?"
    assert years_named(q, "They paid $13.6 million in state taxes since 2007.")
    assert years_named(q, "From 2007 to 2014 they paid $13.6 million in state taxes.")
    assert not years_named(q, "They paid $13.6 million in state taxes since 2010.")
    assert not years_named("How much did they pay in 2014?", "They paid $9 million since 2010.")  # no span asked


def test_a_what_date_or_day_phrase_asks_a_time_and_how_many_asks_a_number():
    """"On what date", "What day" ask what "When" asks (a time, whatever noun the text uses); "How many / how much"
    ask a number: the answer gives the figure, not the wh-phrase's noun ("date")."""
    assert element_given("On what date ", "The company found the intrusion on January 9.")
    assert element_given("What day ", "Her comments were published Saturday.")
    assert not element_given("On what date ", "The company found the intrusion after an audit.")
    assert element_given("How many profiles ", "Chatterline removed 312 accounts.")
    assert element_given("How much ", "It paid two million crowns.")
    assert not element_given("How many profiles ", "Chatterline removed the accounts.")
    assert not element_given("What sentence ", "He was indicted on Tuesday.")  # a noun that is no time: held or not
