""""How far will X have to go …" asks a distance as "How far did they walk" does: any verb of motion, after any
auxiliary or modal, makes a how-far question one that a distance answers (app/answer/measure.py, DISTANCE_ASKED)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.signals import figure_answers
from app.attribution.units import DISTANCE

Q = "How far will mothers have to go to give birth now?"


def test_a_verb_of_going_asks_a_distance():
    assert asked(Q).measured == DISTANCE
    assert asked("How far can patients commute for dialysis?").measured == DISTANCE
    assert asked("How far did the marchers walk?").measured == DISTANCE


def test_a_count_of_other_things_does_not_answer_it_a_distance_does():
    ask = asked(Q)
    assert not figure_answers(ask, "Voss said births had fallen to about 290 last year.")
    assert figure_answers(ask, "The nearest unit is Halvern General Hospital, 38 miles north on a two-lane highway.")


def test_how_far_without_motion_asks_no_distance():
    assert asked("How far will the board go in cutting costs to save money?").measured == ""
