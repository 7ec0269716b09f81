"""A figure of another quantity than the one asked is no answer (issue 14.3): "900 permanent jobs" for "How many seats
…", "1,200 transit workers" for "How much does a bus fare cost …"."""

import numpy as np

from app.answer.article_look import not_there
from app.answer.asked import asked
from app.answer.counted_thing import counts_other, figure_heads
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.attribution.figures import figures
from app.store.chroma import StoredChunk


def _fake_embed(texts):
    """Each word its own direction: no two different words share a meaning."""
    return np.array([np.random.default_rng(abs(hash(t)) % (1 << 32)).normal(size=32) for t in texts])


def _same_embed(texts):
    """Every word one direction: any two words share a meaning."""
    return np.ones((len(texts), 4))


def _other(question, *texts, embed=_fake_embed):
    return counts_other(asked(question), question, list(texts), embed)


def _quote(text):
    chunk = StoredChunk(id="c1", doc_id="d1", start=0, end=len(text), text=text,
                        meta={"outlet": "Harbour Gazette", "stance": "left", "date": "2021-03-02"})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), 0.6)


def _heads(text):
    return [figure_heads(text, f) for f in figures(text)]


SEATS = "How many seats will the new ferry terminal have?"
FARE = "How much does a ferry ticket cost in Harlow?"


def test_the_plural_a_figure_counts_is_its_head():
    assert _heads("The terminal would create about 900 permanent jobs, the council said.") == [("jobs",)]
    assert _heads("They held 13 classified hearings and briefings for members.") == [("hearings", "briefings")]
    assert _heads("Two of the named plaintiffs attended the argument.") == [("plaintiffs",)]
    assert _heads("It tracks data from nine leading U.S. Internet companies.") == [("companies",)]


def test_a_figure_whose_phrase_names_no_plural_has_no_head():
    assert _heads("far fewer than the 4,000 the mayor has promised") == [()]


def test_a_count_of_another_thing_does_not_answer_how_many():
    assert _other(SEATS, "The ferry terminal would create about 900 permanent jobs.")


def test_a_count_of_the_asked_thing_answers():
    assert not _other(SEATS, "The new ferry terminal will have 1,200 seats and create 900 jobs.")


def test_a_word_of_the_same_meaning_counts_the_asked_thing():
    assert not _other(SEATS, "The ferry terminal would create about 900 permanent jobs.", embed=_same_embed)


def test_a_general_noun_is_answered_by_a_count_of_any_kind():
    assert not _other("How many people were on the new ferry?", "The new ferry carried 300 passengers.")


def test_a_figure_read_as_the_answer_with_no_head_may_be_the_answer():
    assert not _other(SEATS, "The new ferry terminal will hold 1,200, the council said.")


def test_a_count_of_things_is_no_sum_of_money():
    assert _other(FARE, "About 1,200 Harlow ferry workers went on strike over pay.")


def test_a_sum_in_dollars_or_a_currency_answers_a_money_question():
    assert not _other(FARE, "A Harlow ferry ticket costs $4, and 1,200 Harlow ferry workers went on strike.")
    assert not _other(FARE, "A Harlow ferry ticket costs 40 crowns, and 1,200 Harlow ferry workers went on strike.")


def test_the_answer_is_not_there_when_its_only_figure_counts_another_thing():
    jobs, seats = _quote("The ferry terminal would create about 900 permanent jobs."), _quote(
        "The new ferry terminal will have 1,200 seats.")
    assert not_there(asked(SEATS), SEATS, [jobs], [jobs], _fake_embed)
    assert not not_there(asked(SEATS), SEATS, [jobs], [jobs, seats], _fake_embed)


def test_a_text_naming_the_asked_thing_leaves_the_question_to_the_other_checks():
    assert not _other(SEATS, "The ferry terminal would create about 900 permanent jobs and new seats for the council.")
