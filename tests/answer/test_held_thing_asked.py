"""A question the sources answer in other words is answered, not "not covered": a verb of holding or using asked with
its object in the wh-phrase is answered by the thing named ("What resolution did they use?" by "… with a resolution
…"); "hear arguments" is a support verb's noun like "receive briefings". The other direction holds: a thing named only
as a prospect, or a verb of change ("faces a sentence" for "What sentence did X receive?"), is no answer."""

from __future__ import annotations

from app.answer.asked_events import events
from app.answer.held_thing import element_nouns
from app.answer.outcome import unreported


def test_a_used_or_held_thing_named_answers_the_wh_question():
    q = "What measure did the mayor use to delay the vote?"
    assert unreported(q, ["The council delayed the vote with a measure requiring two readings."]) == []
    q = "What post does Karen Ellis hold at the museum?"
    assert unreported(q, ["Ellis became the museum's chief curator, a post she took in 2019."]) == []


def test_a_held_thing_named_only_as_a_prospect_is_no_answer():
    q = "What measure did the mayor use to delay the vote?"
    assert unreported(q, ["The mayor may offer a measure next week."]) == ["use"]


def test_a_verb_of_change_still_needs_its_event():
    q = "What prison sentence did the treasurer receive?"
    assert unreported(q, ["The treasurer faces a maximum sentence of ten years."]) == ["receive"]
    assert unreported(q, ["If convicted, the treasurer could be sentenced to ten years."]) == ["receive"]
    assert unreported(q, ["The treasurer received a four-year sentence."]) == []


def test_element_nouns_are_the_wh_phrases_nouns():
    assert element_nouns("What prison sentence ") == ["prison", "sentence"]
    assert element_nouns("What ") == []


def test_hearing_arguments_is_the_arguments():
    assert events("Did the Ninth Circuit hear the Acme arguments on Friday?") == ["arguments"]
    assert events("Did Judge Alsup hear the testimony?") == ["testimony"]
