"""A figure question naming a level of government ("How much … in state and local taxes?") opens with the quote whose
figure belongs to that level, not the best one whose figure another level holds (app/answer/levels.py, opening.py)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.levels import asked_levels, figure_levels, gives_level
from app.answer.opening import plain_order
from tests.answer.test_acts import quote


def test_levels_are_read_as_modifiers_only():
    assert asked_levels("How much did the couple pay in state and local taxes?") == {"state", "local"}
    assert asked_levels("How much did federal agencies spend on the trips?") == {"federal"}
    assert not asked_levels("How many states is the crop shipped to?")
    assert not asked_levels("How much did the state of Ohio spend?")


def test_a_figure_belongs_to_the_level_written_nearest_it():
    text = "The couple paid $43,885,310 in federal taxes and $13,625,777 in state and local taxes."
    assert figure_levels(text) == ["federal", "state"]
    far = "The mayor said the city will spend a total of roughly $4 million on the new park."
    assert figure_levels(far) == [""]  # the level word is more than a few words from the figure


def test_a_figure_of_another_level_loses_the_opening_to_one_of_the_level_asked():
    q = "How much did the couple pay in state and local taxes from 2010 to 2016?"
    lead = quote("The couple earned $90 million and paid $30 million in federal income taxes from 2010 to 2016.", "A",
                 0.9)
    state = quote("They paid $30 million in federal taxes and an additional $9 million in state taxes.", "B", 0.85)
    assert plain_order(asked(q), q, [lead, state], [0, 1], 2) == [1]  # the federal figure no longer corroborates
    what = "What did the couple pay in state and local taxes from 2010 to 2016?"  # a sum asked without "how much"
    assert plain_order(asked(what), what, [lead, state], [0, 1], 2) == [1]


def test_the_best_quote_with_a_figure_of_the_level_asked_keeps_the_opening():
    q = "How much did the couple pay in state and local taxes?"
    both = quote("The couple paid $30 million in federal taxes and $9 million in state and local taxes.", "A", 0.9)
    state = quote("They paid an additional $9 million in state taxes.", "B", 0.85)
    assert plain_order(asked(q), q, [both, state], [1], 2) == [0, 1]
    unleveled = quote("The couple paid $30 million in taxes over the years.", "A", 0.9)  # no level beside its figure
    assert plain_order(asked(q), q, [unleveled, state], [1], 2)[0] == 0


def test_a_proportion_of_the_level_asked_corroborates_a_proportion():
    q = "What share of its 2019 profit did the company pay in state taxes?"  # a percent, not a sum, is asked
    share = quote("In 2019 the company paid an effective state tax rate of 11 percent.", "A", 0.9)
    again = quote("The company paid 11 percent of its 2019 profit in state taxes.", "C", 0.85)
    assert plain_order(asked(q), q, [share, again], [1], 2) == [0, 1]



def test_a_proportion_question_reads_the_level_of_its_percents():
    q = "What share of its 2019 profit did the company pay in state taxes?"  # "pay", but a percent is asked, no sum
    assert gives_level(asked(q), q, "The company paid 4 percent of its 2019 profit in state taxes.")
    sums = "How much did the company pay in state taxes?"
    assert not gives_level(asked(sums), sums, "The company paid 4 percent of its 2019 profit in state taxes.")
