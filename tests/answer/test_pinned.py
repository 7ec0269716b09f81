"""A figure question answered only by a figure carrying what the question pins (issue 14 point 3, near-topic): the
unit it counts in, a figure of its own that names the thing, a period counted from the start. Invented sentences,
no model."""

from __future__ import annotations

from app.answer.answer_type import figure_given
from app.answer.asked import asked
from app.answer.pinned import asked_unit, period_named, unit_fits


def _given(question: str, text: str) -> bool:
    return figure_given(asked(question), question, [text])


def test_a_count_of_units_of_time_or_distance_names_its_unit():
    assert asked_unit("How many hours did the hearing take?") == "hour"
    assert asked_unit("How many miles did the marchers walk?") == "mil"
    assert asked_unit("How many votes did the bill get?") == ""  # no unit of a scale: counted as before


def test_a_neighbouring_unit_answers_and_a_far_one_does_not():
    assert unit_fits("hour", "minut") and unit_fits("hour", "day") and unit_fits("year", "month")
    assert not unit_fits("hour", "year") and not unit_fits("day", "month")
    assert unit_fits("hour", "pag")  # not a unit of time: `counts_asked` judges it


def test_a_span_in_a_far_unit_is_no_count_of_the_units_asked():
    q = "How many hours did the council's hearing on the budget take?"
    assert not _given(q, "At the hearing on the budget, critics of the plan say it ignores 150 years of local debate.")
    assert _given(q, "The hearing on the budget took nearly 90 minutes.")
    assert _given(q, "The hearing on the budget took five hours.")


def test_a_span_in_a_far_unit_answers_when_its_own_words_name_what_is_asked():
    q = "How many days did the council's review of the budget last?"
    assert _given(q, "The council voted after a two-year review of the budget.")
    assert not _given(q, "Critics say the plan ignores 150 years of local debate and custom.")


def test_the_question_s_own_figure_restated_is_no_answer():
    q = "How much will the 10 percent cut in school budgets save?"
    assert not _given(q, "The board takes up a proposed 10 percent cut in school budgets on Monday.")
    assert _given(q, "Officials estimate the 10 percent cut will save $4 million.")
    q = "How much did the mayor pay in taxes over two decades?"  # a figure beside the question's own tells of it
    assert _given(q, "The mayor paid an effective tax rate of 30 percent over those two decades.")


def test_a_period_counted_from_the_start_is_named_where_the_figure_stands():
    q = "How much did the 10 percent cut save schools in its first year?"
    assert not period_named(q, "Officials estimate the cut will save $4 million over the next nine months.")
    assert period_named(q, "The cut saved $3 million in its first year.")
    assert period_named(q, "First-year savings came to $3 million.")
    assert period_named("How much did the cut save?", "It saved $4 million over nine months.")  # no period asked
    assert not _given(q, "Officials estimate the cut will save $4 million over the next nine months.")
    assert _given(q, "The cut saved schools $3 million in its first year.")
