"""A "Who …?" question is answered in kind only by quotes that name someone the question does not: in their words
(a person, a body, a place standing for its people) or in their speaker chains; a date names no one."""

from __future__ import annotations

from dataclasses import replace

from app.answer.who_named import nobody_named
from app.attribution.links import Link
from tests.answer.test_qualifiers import article

SIGNS = "Who carried the racially charged signs in Tea Party protest crowds?"


def test_a_sentence_naming_only_the_questions_own_names_names_no_one():
    told = article("Tea Party organizers routinely disavow racially charged signs that appear in their crowds.")
    assert nobody_named(SIGNS, told)
    assert nobody_named(SIGNS, article("The signs appeared on Tuesday in March."))  # dates name no one


def test_a_new_name_in_the_words_or_in_the_speaker_chain_answers_in_kind():
    assert not nobody_named(SIGNS, article("Protesters from the Ohio Tea Party carried the signs."))
    assert not nobody_named("Who sued Colorado over marijuana?",
                            article("The lawsuit was brought by attorneys general in Nebraska and Oklahoma."))
    said = article("“The signs were not ours,” he said.")
    assert nobody_named(SIGNS, said)
    chained = [replace(said[0], links=(Link("Mark Williams", "quotes"),))]
    assert not nobody_named(SIGNS, chained)


def test_other_questions_and_empty_answers_are_not_read():
    told = article("Tea Party organizers routinely disavow racially charged signs.")
    assert not nobody_named("What did Tea Party organizers say about the signs?", told)
    assert not nobody_named(SIGNS, [])


def test_the_picked_quotes_of_a_who_question_are_read_for_a_new_name():
    from app.answer.gaps import doer_missing
    assert doer_missing(None, SIGNS, article("Tea Party organizers routinely disavow racially charged signs."))
