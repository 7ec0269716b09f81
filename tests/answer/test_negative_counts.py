"""A negative quantity answers "how many" (app/answer/word_counts.py): a bound denied ("there is no minimum number",
"no set limit") whatever the noun counted, and a count of none of the noun asked ("zero", "not a single", "not one");
a "no" before another noun, or a count of none of another noun, answers nothing."""

from __future__ import annotations

from app.answer.answer_type import figure_given
from app.answer.asked import asked
from app.answer.word_counts import counted_in_words


def test_a_denied_bound_answers_how_many():
    q = "How many complaints must a tenant file before the city acts?"
    assert counted_in_words(q, "The housing lawyer replied that “there is no minimum number” in the code.")
    assert counted_in_words(q, "There is no set limit, the clerk said.")
    assert counted_in_words(q, "The ordinance does not name a fixed threshold.") is False  # "not name a …": no bound
    assert counted_in_words("How many terms may a mayor serve?", "The charter sets no upper limit.")


def test_zero_or_not_a_single_one_of_the_noun_asked_is_a_count_of_none():
    q = "How many stores closed after the storm?"
    assert counted_in_words(q, "Not a single store closed after the storm.")
    assert counted_in_words(q, "Zero stores closed, the chain said.")
    assert counted_in_words(q, "Not one store in the county closed.")


def test_a_no_before_another_noun_is_no_count():
    q = "How many stores closed after the storm?"
    assert not counted_in_words(q, "There is no evidence that stores closed.")
    assert not counted_in_words(q, "Not a single worker was hurt when the stores closed.")
    assert not counted_in_words(q, "No one knows the number of stores.")


def test_a_denied_bound_gives_the_figure_asked():
    q = "How many complaints must a tenant file before the city acts?"
    assert figure_given(asked(q), q, ["The housing lawyer replied that “there is no minimum number” in the code."])
    assert not figure_given(asked(q), q, ["The housing lawyer said tenants complain often."])
