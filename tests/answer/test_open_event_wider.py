"""An open event ("Whom did X defeat …?") is reported by a quote a little further down the ranking that names its
subject and tells the act as done, as an asked event is (`outcome.unreported`'s `wider` quotes)."""

from __future__ import annotations

from app.answer.outcome import unreported

QUESTION = "Whom did Mayor Alvarez defeat in the Democratic primary?"
CLOSE = ["Mayor Alvarez was offered a post on a city board if he stayed out of the Democratic primary race."]


def test_an_open_event_told_further_down_by_its_subject_is_reported():
    wider = ["Alvarez rejected the offer and went on to defeat Councilman Dana Reyes in the primary."]
    assert unreported(QUESTION, CLOSE) == ["defeat"]
    assert unreported(QUESTION, CLOSE, wider) == []


def test_an_open_event_told_further_down_of_someone_else_is_not():
    assert unreported(QUESTION, CLOSE, ["The councilman went on to defeat Dana Reyes in the primary."]) == ["defeat"]
    assert unreported(QUESTION, CLOSE, ["Alvarez hopes to defeat Councilman Dana Reyes next year."]) == ["defeat"]
