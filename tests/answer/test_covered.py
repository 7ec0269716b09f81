"""Years that date an act, not the period an object covers (`app/answer/covered.py`)."""

from __future__ import annotations

from app.answer.covered import dating_years


def years(text: str) -> list[str]:
    return [year for _, year in dating_years(text)]


def test_a_span_of_years_dates_no_act():
    assert years("They paid $44 million in taxes from 2007 to 2014, according to returns released Friday.") == []
    assert years("instances between 2009 and 2016 when the couple used campaign funds") == []
    assert years("the 2007-2014 returns") == []
    assert years("the remains of elephants killed between January 2016 and December 2018") == []
    assert years("Between 2005 and 2008 seizures rose.") == []
    assert years("the phone records from May 2012 to June 2014") == []


def test_a_period_opened_or_closed_by_a_year_dates_no_act():
    assert years("They have previously released their tax returns dating back to 1977.") == []
    assert years("The couple has paid $43 million in federal taxes since 2007.") == []
    assert years("returns for the period from 1977, when they entered public life, through 2006") == []
    assert years("charges dating back as far as 2009") == []
    assert years("anyone who worked for the company going back to late 1998") == []
    assert years("scores of instances, beginning in 2009 and continuing through 2016, in which") == []


def test_a_year_modifying_a_noun_dates_no_act():
    assert years("She is the first 2016 candidate to release any health information.") == []
    assert years("the fiscal 2019 budget was sent") == []
    assert years("The deficit grew in fiscal 2019.") == []
    assert years("donations to Zinke's 2014 and 2016 congressional campaigns") == []  # years listed together
    assert years("The lawyers said in 2017 and 2018 that he repaid it.") == ["2017", "2018"]


def test_a_year_after_a_preposition_of_time_dates_what_follows():
    assert years("In 2017 lawyers said he repaid it.") == ["2017"]
    assert years("The lawyers said in 2017 that he repaid the city.") == ["2017"]
    assert years("In 2013, she tested negative.") == ["2013"]


def test_a_nouns_year_after_for_is_its_period_but_a_date_set_for_a_year_is_not():
    assert years("The effective federal tax rate for 2014 was 35.7 percent.") == []
    assert years("The vote was scheduled for 2019.") == ["2019"]
    assert years("He was indicted for 2015 expenses.") == []  # a noun's modifier
