"""A yes/no question's event told in other words: a quote close to the question that holds its other terms, some in a
derived form, reports the event (issue 14, point 3: a false "not covered")."""

from __future__ import annotations

from app.answer.answered import answers_question
from tests.answer.test_qualifiers import article

Q = "Has Mayor Lee objected to his name being used in election politics?"
DECRIED = "Mayor Lee recently decried the use of his name in election-year politicking."


def test_a_close_quote_holding_the_other_terms_in_derived_forms_rewords_the_event():
    assert answers_question(Q, article(DECRIED), [None], [0.62])


def test_a_quote_less_close_or_missing_a_term_does_not():
    assert not answers_question(Q, article(DECRIED), [None], [0.5])  # not close enough to the question
    other = "Mayor Lee recently decried the use of his name in the parade."  # no election, no politics
    assert not answers_question(Q, article(other), [None], [0.62])
