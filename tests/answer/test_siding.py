"""Whose side a rebuttal takes (`siding`): a quote that tells the rebutter's own stand is no claim for it to reject."""

from __future__ import annotations

from app.answer.siding import reports_rebutter
from tests.answer.test_sides import quote


def test_the_rebutters_own_stand_is_told_by_the_surname_as_a_word_not_inside_another():
    r = quote("“This suit is without merit,” Ross said.", "A", "x", 1.0, speaker="Wilbur Ross")
    assert reports_rebutter(r, quote("But Commerce Secretary Wilbur Ross isn't backing down.", "B", "y", 0.9))
    assert reports_rebutter(r, quote("Ross’s office said it would fight.", "B", "y", 0.9))
    assert not reports_rebutter(r, quote("The tariffs apply across the board, the suit says.", "B", "y", 0.9))


def test_a_rebuttal_cue_is_searched_for_once_per_quote_pair(monkeypatch):
    from app.answer.select import asked
    from app.answer.siding import rebuttal_elsewhere
    from app.attribution import contradict as cx

    searched, real = [], cx.REBUTTAL_SEARCH

    class Counting:  # the cue pattern, counting its searches
        def search(self, text: str):
            searched.append(text)
            return real.search(text)

    monkeypatch.setattr(cx, "REBUTTAL_SEARCH", Counting())
    r = quote("Mr. Hale said Dunn “mischaracterized” the purchases.", "A", "x", 1.0, speaker="Tom Hale")
    t = quote("Dunn said the trips were for work.", "B", "y", 0.9, speaker="Ray Dunn")
    assert not rebuttal_elsewhere(asked("Were the purchases personal?"), r, t)  # aimed at Dunn’s words
    assert searched == [r.text]  # not once for the doer's act and again for a negation
