"""For a question of fact, an outcome sought or only possible takes no side of whether it came about
(`verdicts.opposite_sides`)."""

import pytest

from app.attribution.verdicts import opposite_sides

FACT = "Has any city zoning law been struck down by the courts?"
NONE_YET = "She said forty cities have zoning laws, and none have been overturned by the courts."


@pytest.mark.parametrize("sought", [
    "The developers' suit asks the state supreme court to strike down key parts of the ordinance.",
    "The builders are seeking to overturn the zoning rules.",
    "Landlords urged the judges to invalidate the law.",
    "Critics called the developers attempting to overturn the vote outrageous.",
])
def test_an_outcome_asked_for_is_no_side(sought):
    assert not opposite_sides(FACT, NONE_YET, sought)


def test_an_outcome_asked_for_answers_a_question_of_what_would_happen():
    sought = "The builders are seeking to overturn the zoning rules."
    assert opposite_sides("Would the builders' suit overturn the zoning rules?", NONE_YET, sought)


def test_a_possible_outcome_is_no_side_of_a_question_of_fact():
    maybe = "If the court rules for the builders, every zoning law in the state could be in danger of being undone."
    assert not opposite_sides(FACT, NONE_YET, maybe)
    assert opposite_sides("Would a ruling for the builders undo every zoning law?", NONE_YET, maybe)


def test_an_outcome_that_came_about_still_takes_a_side():
    assert opposite_sides(FACT, NONE_YET, "In 2019 a judge struck down the city's zoning law.")
