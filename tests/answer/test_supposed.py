"""An act named after "if", "unless" or "whether" in its clause is supposed, not told: it opens no plain answer before
a quote that tells the act in other words."""

from __future__ import annotations

from app.answer.opening import act_first
from app.answer.select import asked
from app.answer.supposed import act_supposed
from tests.answer.test_sides import quote


def test_an_act_in_a_condition_is_supposed():
    assert act_supposed(("approve",), "Several members worried about the cost if they approved the bridge next year.")
    assert act_supposed(("approve",), "Nobody knows whether the council will approve the bridge.")
    assert act_supposed(("approve",), "The mayor will resign unless the council approves the bridge.")


def test_an_act_told_or_told_once_beside_a_condition_is_not_supposed():
    assert not act_supposed(("approve",), "The council approved the bridge on Monday.")
    assert not act_supposed(("approve",), "If it rains, the council approved a delay.")  # the comma ends the condition
    assert not act_supposed(("approve",), "The council approved the bridge, and would approve more if asked.")
    assert not act_supposed(("approve",), "The council met on Monday.")  # names no act: nothing supposed


def test_a_plain_answer_does_not_open_with_an_act_supposed():
    q = "Did the council approve the bridge?"
    told = quote("Two committees said the bridge could go ahead this spring.", "Daily Post", "right", 0.9)
    supposed = quote("Several members worried about the cost if they approved the bridge.", "Evening Star", "left", 0.7)
    told_act = quote("The council approved the bridge on Monday.", "Evening Star", "left", 0.7)
    assert act_first(asked(q), q, [told, supposed]) == 0
    assert act_first(asked(q), q, [told, told_act]) == 1
