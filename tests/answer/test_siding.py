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


def test_a_rebuttal_cue_inside_a_reported_charge_is_no_rebuttal_but_one_after_or_on_claims_is():
    from app.answer.siding import reported_charge
    from app.attribution import contradict as cx

    def charge(text: str) -> bool:
        return reported_charge(text, cx.REBUTTAL_SEARCH.search(text))
    assert charge("The programme, which claimed that the group was engaged in online propaganda, aired Friday.")
    assert charge("Officials alleged that the council spread lies.")
    assert not charge("It claimed that the group had no support at home, which is not true.")  # after the clause
    assert not charge("The minister claimed that the reports were false.")  # a verdict on claims
    assert not charge("The report that Hale blamed his wife mischaracterized the charges.")  # no claiming verb
