"""Different years for the event a "when" question asks about (`app/answer/years.py`): the weekday rule at the
grain of a year, a relative year read against the report's date."""

from __future__ import annotations

from app.answer.select import Quote, asked
from app.answer.sides import pick
from app.answer.years import conflicting_years, day_of_other_event, event_year
from tests.answer.test_sides import Hit, StoredChunk, vectors


def dated(text: str, outlet: str, stance: str, date: str, s: float) -> Quote:
    chunk = StoredChunk(id=f"{outlet}-{text[:8]}", doc_id=outlet, start=0, end=len(text), text=text,
                        meta={"outlet": outlet, "stance": stance, "date": date})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), s)


LAWYERS = dated("The mayor's lawyers said in 2017 that he repaid the city about $60,000.", "A", "x", "2018-08-21", 1.0)
EARLIER = dated("He repaid the city more than $60,000 earlier this year for expenses dating back to 2015.", "B", "y",
                "2018-08-21", 0.9)
Q = "When did the mayor repay about $60,000 to the city?"


def test_a_year_near_the_asked_event_named_or_relative_to_the_report():
    assert event_year(LAWYERS.text, ["repay"], "2018-08-21") == "2017"
    assert event_year(EARLIER.text, ["repay"], "2018-08-21") == "2018"  # "earlier this year", not 2015 further off
    assert event_year("Last summer he repaid it.", ["repay"], "2010-05-28") == "2009"
    assert event_year("In 2017 the council met; nothing was repaid.", ["resign"], "2018-01-01") is None  # not the event


def test_a_when_question_given_two_years_for_its_event_is_contested():
    assert conflicting_years(Q, LAWYERS, EARLIER)
    picked = pick(asked(Q), Q, [LAWYERS, EARLIER], vectors((1, 0.1), (1, 0.2)))
    assert picked.contested and picked.about == "dates"
    same = dated("He repaid the city about $60,000 last year, his lawyers said.", "B", "y", "2018-08-21", 0.9)
    assert not pick(asked(Q), Q, [LAWYERS, same], vectors((1, 0.1), (1, 0.2))).contested  # last year is 2017 too
    how_much = "How much did the mayor repay to the city?"  # not a when question: the years are no answer
    assert not conflicting_years(how_much, LAWYERS, EARLIER)


def test_a_which_year_question_on_a_verb_with_its_particle_is_contested_too():
    asked_back = "In what year did the mayor pay back about $60,000 to the city?"  # "pay back", told as "repaid"
    assert conflicting_years(asked_back, LAWYERS, EARLIER)
    picked = pick(asked(asked_back), asked_back, [LAWYERS, EARLIER], vectors((1, 0.1), (1, 0.2)))
    assert picked.contested and picked.about == "dates"


# A weekday dates the asked event only in a sentence naming it (`day_of_other_event`, contest18)
PRINTED = dated("The senator told the Gazette in an interview printed Sunday that she is running.", "A", "x",
                "2016-07-12", 1.0)
ATTACKED = dated("The governor on Tuesday attacked the senator for her remarks about the race.", "B", "y",
                 "2016-07-12", 0.9)
PRINTED_OTHER = dated("Her remarks to the Gazette were printed Saturday, her office said.", "B", "y", "2016-07-12", 0.9)
DAY_Q = "On what day did the Gazette print the senator's interview?"


def test_a_weekday_of_another_event_gives_no_day_of_the_asked_one():
    assert day_of_other_event(("print",), ATTACKED.text)  # Tuesday is the day of the attack
    assert not day_of_other_event(("print",), PRINTED.text)
    assert not day_of_other_event((), ATTACKED.text)  # no act parsed: no veto
    picked = pick(asked(DAY_Q), DAY_Q, [PRINTED, ATTACKED], vectors((1, 0.1), (1, 0.2)))
    assert not picked.contested  # Sunday (printed) / Tuesday (attacked) is no disagreement on the day asked


def test_two_weekdays_for_the_asked_event_are_still_contested():
    picked = pick(asked(DAY_Q), DAY_Q, [PRINTED, PRINTED_OTHER], vectors((1, 0.1), (1, 0.2)))
    assert picked.contested and picked.about == "days"


def test_a_word_that_may_be_an_irregular_form_of_the_act_keeps_the_day():
    assert not day_of_other_event(("stride",), "The senator strode to the podium on Tuesday.")  # "strode": in doubt
    assert day_of_other_event(("stride",), "The senator strode to the podium on Tuesday.", exact=True)
    assert not day_of_other_event(("drive",), "The senator drove to the capital on Tuesday.", exact=True)  # known
    assert day_of_other_event(("drive",), "While driving home, the senator on Tuesday said it was late.")  # other clause
    assert not day_of_other_event(("announce",), "In a tweet on Friday night, the mayor said he put it on hold.")


def test_years_the_released_object_covers_are_not_the_year_of_the_release():
    q = "On what day did the senator release her tax returns?"
    earlier = dated("The couple has previously released their tax returns dating back to 1977.", "A", "x",
                    "2015-07-31", 1.0)
    span = dated("They paid $44 million in federal taxes from 2007 to 2014, according to tax returns released Friday.",
                 "B", "y", "2015-07-31", 0.9)
    campaign = dated("She is the first 2016 candidate to release any kind of health information.", "C", "z",
                     "2015-07-31", 0.8)
    assert event_year(span.text, ["release"], "2015-07-31") is None
    assert not conflicting_years(q, earlier, span)
    assert not conflicting_years(q, earlier, campaign)
    assert conflicting_years(q, dated("She released her returns in 2014.", "A", "x", "2015-07-31", 1.0),
                             dated("She released the returns in 2015.", "B", "y", "2015-07-31", 1.0))
