"""A question naming the phase of an act ("stop delivering", "begin to sell") asks when that phase comes: a close quote
of the act alone does not open the answer before the best quote naming the phase (app/answer/aspect.py,
opening.act_first)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.aspect import drops_phase, names_phase, phase_asked
from app.answer.opening import act_first
from tests.answer.test_acts import quote


def test_the_aspectual_verb_before_a_gerund_or_infinitive_is_the_phase_asked():
    assert phase_asked("When does the hospital stop delivering babies?") == "stop"
    assert phase_asked("When did the House begin reading the Constitution aloud?") == "begin"
    assert phase_asked("When did the stores start to sell marijuana?") == "start"
    assert phase_asked("When did the House finish reading the Constitution?") == "finish"


def test_no_phase_without_an_aspectual_verb_governing_an_act():
    assert phase_asked("When does the hospital deliver its last baby?") is None
    assert phase_asked("When did the strike end?") is None  # the act is the ending itself
    assert phase_asked("Who endorsed running mates?") is None


def test_a_quote_names_the_phase_in_any_form():
    assert names_phase("stop", "The unit will stop delivering babies on October 1.")
    assert names_phase("begin", "The House began the reading on Thursday.")
    assert not names_phase("stop", "The unit delivered 290 babies in 2024.")


def test_the_act_alone_drops_the_phase_the_best_quote_names():
    best, other = "It will stop delivering babies on October 1.", "The unit delivered 290 babies in 2024."
    assert drops_phase("stop", best, other)
    assert not drops_phase(None, best, other)
    assert not drops_phase("stop", other, best)  # the best one names no phase: nothing dropped


def test_a_dated_quote_of_the_act_alone_does_not_open_before_the_phase():
    q = "When does the hospital stop delivering babies?"
    best = quote("The medical center will stop delivering babies on October 1, officials said.", "Sentinel", 1.17)
    other = quote("Chief executive Randall Voss said the unit delivered 290 babies in 2024.", "Sentinel", 0.90)
    assert act_first(asked(q), q, [best, other]) == 0
