"""A figure counts the plural noun its lower-case modifiers lead to (`units._head_noun`), not the modifier."""

from __future__ import annotations

from app.attribution import figures as fg
from app.attribution.units import figure_units


def test_a_modifier_before_the_counted_noun_is_not_the_unit():
    assert figure_units("It estimated that 230,000 registered voters lack an ID.") == {"voter"}
    assert figure_units("The stadium would create 4,000 permanent jobs.") == {"job"}
    assert figure_units("Some 12 critical patients were moved.") == {"patient"}
    assert fg.figures("Some 230,000 registered voters have no ID.")[0].unit == fg.figures("50,000 voters")[0].unit


def test_names_and_a_modifier_before_the_counted_noun():
    assert figure_units("About 1,200 Granmoor transit workers went on strike.") == {"worker"}


def test_a_plural_first_word_a_verb_or_a_function_word_stays_as_it_was():
    assert figure_units("Some 140 teachers worked on Monday.") == {"teacher"}
    assert figure_units("The union said fewer than 30 did.") == {""}
    assert figure_units("He said 11 had serious injuries.") == {""}  # "had": a function word, no modifier
    assert figure_units("It cost 5 percent more.") == {"percent"}
    assert figure_units("It was a 48-page report.") == {"pag"}


def test_a_noun_modifier_stays_the_unit():  # "Two heartland states filed suit" counts no states that legalized
    assert figure_units("Two heartland states filed the first challenge.") == {"heartland"}
    assert figure_units("It has received 41 fire reports.") == {"fir"}
