"""The stages of a criminal case are distinct events (app/answer/answered.py `other_stage`): "Was Duncan Hunter
convicted?" is not answered in other words by the indictment, nor by a profile of the congressman that names him and
is close to the question; the stage itself or a verdict ("found guilty") words it."""

from __future__ import annotations

from app.answer.answered import other_stage
from app.text.terms import stem

CONVICTED = {stem("convicted")}


def test_a_quote_without_the_stage_asked_or_a_verdict_does_not_word_it():
    assert other_stage(CONVICTED, "Representative Duncan Hunter was indicted by a federal grand jury on Tuesday.")
    assert other_stage(CONVICTED, "His family has been a household name in California politics for decades.")


def test_the_stage_itself_or_a_verdict_words_it():
    assert not other_stage(CONVICTED, "A jury convicted Hunter on all counts.")
    assert not other_stage(CONVICTED, "Hunter was found guilty of misusing campaign funds.")


def test_only_a_question_about_a_stage_is_read():
    assert not other_stage({stem("sued")}, "The two states filed a lawsuit against Colorado.")
    assert not other_stage(set(), "Representative Duncan Hunter was indicted.")
