"""Whose side a rebuttal takes (`siding`): a quote that tells the rebutter's own stand is no claim for it to reject."""

from __future__ import annotations

from app.answer.siding import reports_rebutter
from tests.answer.test_sides import quote


def test_the_rebutters_own_stand_is_told_by_the_surname_as_a_word_not_inside_another():
    r = quote("“This suit is without merit,” Ross said.", "A", "x", 1.0, speaker="Wilbur Ross")
    assert reports_rebutter(r, quote("But Commerce Secretary Wilbur Ross isn't backing down.", "B", "y", 0.9))
    assert reports_rebutter(r, quote("Ross’s office said it would fight.", "B", "y", 0.9))
    assert not reports_rebutter(r, quote("The tariffs apply across the board, the suit says.", "B", "y", 0.9))
