"""Merits (`app/attribution/merits.py`): a question asking whether a thing is good or bad, right or wrong, fair, is
disputed by two outlets that praise and condemn it in their own words; a merit word describing a kind of thing, or
praise and condemnation on the same side, is no dispute."""

from __future__ import annotations

from app.attribution import merits
from app.attribution.verdicts import opposite_sides


def test_a_question_asks_a_verdict_on_merits_unless_the_word_describes_a_kind():
    assert merits.asks("Was it the right decision?")
    assert merits.asks("Are the charges against him fair?")
    assert merits.asks("Did the White House do anything wrong in its talks with him?")
    assert merits.asks("Is the lawsuit a good idea?")
    assert merits.asks("Was the reading a good use of the House's time?")
    assert not merits.asks("Was the improper use of campaign money an accident?")  # "improper use": a kind
    assert not merits.asks("Did the House vote right away?")


def test_praise_and_condemnation_in_other_words():
    assert merits.sides("This is the wrong move at the wrong time.") == {1}
    assert merits.sides("I can assure the public that nothing improper took place.") == {0}
    assert merits.sides("I think it's a valuable exercise.") == {0}
    assert merits.sides("They are wasting their taxpayers' dollars by filing this suit.") == {1}
    assert merits.sides("There is absolutely no way there can be a fair process here.") == {1}


def test_a_merit_word_that_names_a_kind_or_a_name_takes_no_side():
    assert not merits.sides("Clinton has devoted a fair amount of time to it.")
    assert not merits.sides("According to Peter Keating at Vanity Fair, it cost $1.1 million.")
    assert not merits.sides("It could remove a valuable weapon for fighting discrimination.")
    assert not merits.sides("The allegations of improper conduct rest on factual errors.")
    assert not merits.sides("He's a good guy.")


def test_opposite_verdicts_on_merits_disagree_and_the_same_verdict_does_not():
    q = "Was allowing the imports the right decision?"
    assert opposite_sides(q, "This is the wrong move at the wrong time.", "Officials said it was the right decision.")
    assert not opposite_sides(q, "This is the wrong move at the wrong time.", "It is an outrageous decision.")
    assert not opposite_sides("When were the imports allowed?", "This is the wrong move.", "It was the right decision.")
