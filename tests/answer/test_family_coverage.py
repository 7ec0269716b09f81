"""A question worded with one verb of a family ranks the sentences that tell the act with another verb of it as it
ranks those with its own verb ("Did Obama decline to meet …" is covered by "… refused his request for a meeting"),
the opposites excepted; operating a thing ("run", "operate", "manage", "maintain") and undoing a decision ("reverse",
"overturn") are families too (pure functions over invented sentences)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.outcome import unreported
from app.answer.parts import held
from app.answer.verb_forms import other_forms, with_forms
from app.text.terms import stem, term_set


def test_a_verb_of_the_family_covers_the_asked_verb():
    ask = asked("Did the mayor decline to meet the union?")
    assert stem("decline") in held(ask, "The mayor refused to meet the union leaders.")
    assert stem("decline") in held(ask, "The mayor rejected a meeting with the union.")


def test_an_opposite_does_not_cover_the_asked_verb_in_ranking():
    forms = other_forms({stem("accept")})
    assert stem("accept") not in with_forms(term_set("The council rejected the offer."), forms)


def test_the_verb_itself_and_an_unrelated_verb():
    forms = other_forms({stem("decline"), stem("budget")})
    assert set(forms) == {stem("decline")}
    assert stem("decline") not in with_forms(term_set("The mayor agreed to meet the union."), forms)


def test_an_irregular_past_still_covers_its_verb():
    assert stem("pay") in with_forms(term_set("The firm paid the fine."), other_forms({stem("pay")}))


def test_operating_verbs_are_one_family():
    ask = asked("Does the club run a radio station?")
    assert stem("run") in held(ask, "The club has operated a small radio station since 1990.")
    assert stem("run") in held(ask, "The station is managed by the club's members.")
    assert stem("run") not in held(ask, "The club listens to a radio station.")


def test_undoing_a_decision_is_reported_by_either_verb():
    told = ["The governor on Friday overturned the board's decision to close the school."]
    assert unreported("Did the governor reverse the board's decision?", told) == []
    assert stem("reverse") in held(asked("Did the governor reverse the board's decision?"), told[0])
