"""A when-question whose subject is a long noun phrase still asks about its event."""

from __future__ import annotations

from app.answer.outcome import unreported
from app.answer.when_long import long_when

Q = "When will the Wal-Mart sex discrimination case go to trial?"


def test_the_event_after_a_long_subject_is_read():
    found = long_when(Q)
    assert found is not None and found.event == "trial" and found.present  # "go to trial": the trial is the event
    assert {"case", "discrimin"} <= found.subject
    assert long_when("When did the sex discrimination case against Wal-Mart start?").event == "start"
    assert long_when("When did the House vote on H.R. 1?") is None  # a named subject: the other parses read it


def test_quotes_about_the_case_that_never_tell_the_trial_do_not_answer_when_it_comes():
    about = ["Her discrimination claims were folded into a class action lawsuit covering female Wal-Mart employees."]
    assert unreported(Q, about) == ["trial"]
    assert unreported(Q, ["The case will go to trial in June."]) == []  # a prospect with its date answers "when will"


def test_a_schedule_cue_ends_the_subject_and_the_verb_after_it_is_the_event():
    found = long_when("When is the Wal-Mart sex discrimination lawsuit expected to go to trial?")
    assert found is not None and found.event == "trial" and "expect" not in found.subject
    senate = long_when("When is the Senate expected to vote on H.R. 1?")
    assert senate is not None and senate.event == "vote" and senate.subject == {"senat"}
    decision = ["It is the largest class action in history, and the court's decision, expected by June, will matter."]
    assert unreported("When is the Wal-Mart sex discrimination lawsuit expected to go to trial?", decision) == ["trial"]
