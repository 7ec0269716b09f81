"""A length of time told in words answers a "How long did X <verb>" question only in a sentence that names X, the
subject whose length is asked (`app.answer.lasting`): not the length of another act near the topic."""

from __future__ import annotations

import pytest

from app.answer.asked import asked
from app.answer.lasting import lasting_subject
from app.answer.signals import figure_answers


@pytest.mark.parametrize(("question", "subject"), [
    ("How long did the village fair last?", {"villag", "fair"}),
    ("How long did the Harbor Board meeting last?", {"harbor", "board", "meet"}),
    ("How long did Smith and Jones argue before the vote?", {"smith", "jone"}),
    ("How long did Mayor Ortega speak in Tulsa?", {"mayor", "ortega"}),  # the verb after a bare name is no subject
    ("How long did the inquiry into the mayor go on?", {"inquiri"}),
    ("How long did the mayor speak at the rally?", {"mayor"}),  # two lower-case words: the last is the verb
    ("How long did it take the council to vote?", set()),  # a pronoun names no subject
    ("What did the council say?", set()),
])
def test_the_subject_of_a_how_long_question_is_read_before_its_verb(question, subject):
    assert lasting_subject(question) == subject


def test_a_length_in_words_answers_only_in_a_sentence_naming_whose_length_is_asked():
    ask = asked("How long did the village fair last?")
    assert figure_answers(ask, "The village fair went on for several days, organisers said.")
    assert not figure_answers(ask, "In a matter of hours, the mayor fired off a letter to the village board.")
    assert figure_answers(asked("How long did it take the mayor to answer?"),
                          "In a matter of hours, the mayor fired off a letter.")


def test_a_counted_figure_is_read_as_before_whatever_the_sentence_names():
    assert figure_answers(asked("How long did the village fair last?"), "It ran 3 days.")
