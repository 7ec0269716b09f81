"""A count in words answers "How many <noun> …" when its noun phrase ends on that noun (issue 14, point 3: a false
"not covered" hid the answer). Hand-made sentences, no model."""

from __future__ import annotations

from app.answer.answer_type import figure_given
from app.answer.asked import asked
from app.answer.asked_figure import counted_noun
from app.answer.word_counts import counted_in_words


def given(question: str, text: str) -> bool:
    return figure_given(asked(question), question, [text])


def test_the_counted_noun_is_the_plural_after_how_many():  # one definition: `asked_figure.counted_noun`
    assert counted_noun("How many of the named witnesses testified at the hearing?") == "witnesses"  # a partitive
    assert counted_noun("How many tech firms does the program reach?") == "firms"
    assert counted_noun("How much did it cost?") == ""


def test_an_irregular_plural_counted_in_words_answers():
    assert counted_in_words("How many women attended the argument?", "Two women attended the argument.")


def test_a_partitive_count_in_words_answers():
    q = "How many of the named witnesses testified at the hearing?"
    assert given(q, "Three of the named witnesses, Ann Lee and two clerks, testified at the hearing.")


def test_a_count_in_words_before_modifiers_answers():
    q = "How many tech firms does the program draw data from?"
    assert given(q, "The program draws data from seven leading U.S. tech firms.")


def test_a_count_in_words_of_another_noun_does_not_answer():
    q = "How many tech firms does the program draw data from?"
    assert not counted_in_words(q, "The program was started two years ago by firms in the area.")
    assert not given(q, "The program was started two years ago by firms in the area.")


def test_a_function_word_ends_the_noun_phrase():
    q = "How many elephants were killed?"
    assert not counted_in_words(q, "Hunters killed two of the largest bulls in the herd of elephants.")
    assert not counted_in_words(q, "Poachers shot elephants in two African countries.")


def test_a_count_of_none_answers_how_many():
    q = "How many of its tax returns has the company released?"
    assert counted_in_words(q, "The law would require at least 10 years of tax returns — the company has released none.")
    assert counted_in_words("How many arrests did the county make?", "The county made no drug arrests last year.")
    assert counted_in_words("How many arrests did the county make?", "None of the arrests were for marijuana.")
    assert not counted_in_words("How many arrests did the county make?", "The sheriff had no comment on the arrests.")
    assert not counted_in_words("How many arrests did the county make?", "None of the deputies spoke about arrests.")
