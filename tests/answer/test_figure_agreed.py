"""A rebuttal of a charge beside the one figure both sides give does not dispute the figure asked; a rebuttal naming a
quantity does (invented sentences)."""

from __future__ import annotations

from app.answer.figure_agreed import figure_agreed
from app.answer.select import asked
from tests.answer.test_sides import quote

Q = "How many ferries does the harbour board say the line runs without a licence?"
CHARGE = quote("The harbour board accused the Skerry Line of running some 40 ferries without a licence, a charge "
               "the company denied.", "Coast Wire", "center", 1.0)
STATED = quote("The Skerry Line runs about 40 ferries without a licence and spreads false reports about them, the "
               "harbour board said.", "Port Daily", "right", 0.98)  # a rebuttal cue in the charge's own words


def test_a_denied_charge_beside_the_same_figure_is_no_dispute_of_the_figure():
    assert figure_agreed(asked(Q), CHARGE, STATED) and figure_agreed(asked(Q), STATED, CHARGE)


def test_another_figure_or_a_rejected_quantity_still_disputes():
    other = quote("The Skerry Line runs about 90 ferries without a licence, the harbour board said.", "Port Daily",
                  "right", 0.98)
    assert not figure_agreed(asked(Q), CHARGE, other)
    toll = quote("The harbour board put the number of unlicensed ferries at 40, a figure the company denied.",
                 "Coast Wire", "center", 1.0)
    assert not figure_agreed(asked(Q), toll, STATED)  # it rejects the quantity itself
    assert not figure_agreed(asked("Does the Skerry Line run ferries without a licence?"), CHARGE, STATED)
