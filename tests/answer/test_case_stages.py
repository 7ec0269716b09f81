"""The stages of a criminal case are distinct events (app/answer/answered.py `other_stage`): "Was Duncan Hunter
convicted?" is not answered in other words by the indictment, nor by a profile of the congressman that names him and
is close to the question; the stage itself or a verdict ("found guilty") words it."""

from __future__ import annotations

from app.answer.stages import other_stage
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


def test_an_earlier_stage_or_a_forecast_does_not_word_an_outcome():
    ruled, won, signed = {stem("rule")}, {stem("win")}, {stem("sign")}
    assert other_stage(ruled, "The Supreme Court appeared closely divided on Tuesday during arguments over the suit.")
    assert other_stage(ruled, "The Supreme Court appears ready to block a massive lawsuit against the retailer.")
    assert other_stage(won, "The lawsuit asks the Supreme Court to strike down key parts of the state's law.")
    assert other_stage(signed, "The president has been advised to veto the legislation if it reaches his desk.")
    assert other_stage({stem("revoke")}, "The group urged the IRS to reconsider the charity's tax-exempt status.")


def test_an_outcome_of_the_kind_asked_words_it():
    assert not other_stage({stem("win")}, "The Supreme Court ruled for Colorado on Monday.")
    assert not other_stage({stem("rule")}, "The justices threw out the class action against the retailer.")
    assert not other_stage({stem("approve")}, "The House passed the bill 234-193.")
    assert not other_stage({stem("disclose")}, "She released her tax returns on Friday.")  # no outcome asked


def test_a_settlement_ends_a_lawsuit():
    settled = {stem("settle")}
    assert other_stage(settled, "The mere certification of a class-action suit can prompt defendants to settle.")
    assert not other_stage(settled, "Wal-Mart settled the suit with the women for $50 million.")
