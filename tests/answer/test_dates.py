"""Dates in text (app/answer/dates.py): one place for what counts as a date and as a time."""

from app.answer.dates import names_date, names_time
from app.answer.asked_events import element_given


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
