"""A yes/no question worded with one verb of a family is answered by a sentence that tells the act with another verb
of it: operating a thing ("run", "operate", "manage", "maintain", "use") and undoing a decision ("reverse",
"overturn") are families, as declining and blaming were (pure functions over invented sentences)."""

from __future__ import annotations

from app.answer.outcome import unreported
from app.answer.verb_forms import family, opposite
from app.text.terms import stem


def test_operating_verbs_are_one_family():
    assert {stem(w) for w in ("operate", "manage", "maintain", "use")} <= family("run")
    assert stem("have") not in family("run")  # the light verb, in every article
    assert not opposite("run")


def test_another_operating_verb_reports_the_asked_act_where_the_subject_acts():
    assert unreported("Does the Riverside Club operate a radio station?", ["The Riverside Club runs a small station."]) == []
    assert unreported("Did the Riverside Club run the station?", ["The Riverside Club has managed the station since 1990."]) == []
    assert unreported("Did the Riverside Club run the station?", ["The Riverside Club listened to the station."]) \
        == ["run"]


def test_undoing_a_decision_is_reported_by_either_verb():
    told = ["Governor Smith on Friday reversed the board's decision to close the school."]
    assert unreported("Did Governor Smith overturn the board's decision?", told) == []
    assert unreported("Did Governor Smith overturn the board's decision?",
                      ["Governor Smith praised the board's decision to close the school."]) == ["overturn"]
