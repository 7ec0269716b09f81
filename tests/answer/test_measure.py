"""A "What is / was the <measure> …" question is answered only by a figure of that measure (issue 14
point 3). Hand-made sentences, no model."""

from __future__ import annotations

from app.answer.answer_type import figure_given
from app.answer.asked import asked
from app.answer.measure import measure_asked, measure_given, measured
from app.answer.answered import answers_question
from app.attribution.units import DISTANCE, TIME
from tests.answer.test_sides import quote


def test_the_measure_its_qualifier_and_what_it_is_of_are_read_from_the_question():
    m = measure_asked("What was Jane Park's heart rate at her last check-up?")
    assert (m.noun, m.key, m.of) == ("rate", "heart", frozenset())
    m = measure_asked("What was the mayor's share of the vote in the primary?")
    assert (m.noun, m.key, m.of) == ("share", "share", frozenset({"vote"}))
    assert measure_asked("What is the estimated cost of the bridge?").also == "cost"
    assert measure_asked("What did the mayor say about the bridge?") is None
    assert measure_asked("What is the bridge made of?") is None


def test_a_figure_of_another_measure_does_not_answer():
    q = "What was Jane Park's blood sugar level at her last check-up?"
    assert not measure_given(q, ["At her last check-up her blood pressure was 100/65 and her heart rate was 72."])
    assert measure_given(q, ["Her blood sugar level was 95 at the check-up."])
    assert measure_given("What was Jane Park's heart rate?", ["Her blood pressure was 100/65 and her heart rate was 72."])


def test_a_measure_needs_a_figure_not_only_its_topic():
    q = "What is the size of the deer population in Ohio?"
    assert not measure_given(q, ["Ohio has had mixed success maintaining its deer population."])
    assert measure_given(q, ["Ohio's deer population shrank to 600,000 last year."])  # a figure beside the population


def test_a_share_takes_a_percent_and_a_price_a_dollar_sum_of_what_was_asked():
    assert measure_given("What was the mayor's share of the vote?", ["The mayor won the primary with 48 percent of the vote."])
    q = "What is the price of a deer hunting permit in Ohio?"
    assert not measure_given(q, ["The hunters' club donated $24,500 to the governor's campaign."])  # no permit
    assert measure_given(q, ["A deer hunting permit costs $19 in Ohio."])
    assert measure_given("What is the estimated cost of the bridge?", ["The bridge would cost $40 million."])


def test_a_measure_question_with_no_figure_of_it_in_its_quotes_is_not_answered():
    q = "What is the size of the deer population in Ohio?"
    topical = [quote("Ohio has had mixed success maintaining its deer population, a survey found.", "A", "left", 0.8)]
    counted = [quote("Ohio's deer population shrank to 600,000 last year, a survey found.", "A", "left", 0.8)]
    assert not answers_question(q, topical, [None])
    assert answers_question(q, counted, [None])


def test_a_change_in_percent_is_no_size():
    q = "What is the size of the deer population in Ohio?"
    assert not measure_given(q, ["Ohio's deer population shrank nearly 30 percent from 2007 to 2014."])


def test_how_long_it_lasted_and_how_far_it_is_ask_for_a_time_and_a_distance():
    assert measured("How long did the investigation last before the indictment?") == TIME
    assert measured("Before he was indicted, how long did the investigation last?") == TIME  # after a leading clause
    assert measured("How far is the town from the border?") == DISTANCE
    assert measured("How far did the marchers walk?") == DISTANCE
    assert measured("How long is the indictment?") == "" and measured("How far will the party go to win?") == ""


def test_a_how_far_question_is_answered_by_a_distance_not_by_another_figure():
    q = "How far is the town from the border?"
    assert figure_given(asked(q), q, ["The town is just 55 miles from the border."])
    assert not figure_given(asked(q), q, ["The town, home to 3,000 people, faces the border."])
    assert not figure_given(asked(q), q, ["The town has stood by the border for 200 years."])  # a time, no distance


def test_a_count_of_units_of_time_or_distance_asks_a_figure_in_that_kind_of_unit():
    assert measured("How many seconds long is the ad?") == TIME
    assert measured("How many hours did the reading of the Constitution take?") == TIME
    assert measured("How many miles did the marchers cover?") == DISTANCE
    assert measured("How many votes did the bill get?") == "" and measured("How many times did he call?") == ""
    q = "How many seconds long is the group's ad?"
    assert figure_given(asked(q), q, ["The group's 30-second ad runs in Florida."])
    assert not figure_given(asked(q), q, ["The group reserved $500,000 of airtime for the ad, run by two longtime "
                                          "strategists."])
