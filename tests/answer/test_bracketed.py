"""A sum in parentheses belongs to the words right before it: a recipient listed beside another's bracketed sum,
with none of its own, is not counted."""

from __future__ import annotations

from app.answer.bracketed import asked_recipient, sum_elsewhere

Q = "How much did the Clinton Family Foundation give to the Museum for African Art?"
LISTED = ("The beneficiaries of that foundation include their larger foundation ($1.865 million in 2014), as well as "
          "the Museum for African Art in New York, the Preventive Medicine Research Institute in California.")


def test_the_recipient_closing_a_how_much_question_is_read():
    assert asked_recipient(Q) == "Museum for African Art"
    assert asked_recipient("How much did the Clintons give to charity?") is None  # no name
    assert asked_recipient("Who gave to the Museum for African Art?") is None  # no sum asked


def test_a_recipient_listed_beside_another_ones_bracketed_sum_gets_no_sum():
    assert sum_elsewhere(Q, [LISTED])
    assert not sum_elsewhere(Q, ["They gave to their larger foundation ($1.865 million), the Museum for African Art "
                                 "($50,000) and others."])  # its own bracketed sum
    assert not sum_elsewhere(Q, ["The foundation gave $50,000 to the Museum for African Art."])  # given to it
    assert not sum_elsewhere(Q, [LISTED, "It gave $50,000 to the Museum for African Art last year."])
    assert not sum_elsewhere(Q, ["The Museum for African Art got money from the foundation."])  # no list of sums


def test_the_listed_recipient_without_its_sum_is_not_covered():
    from app.answer.answered import answers_question
    from tests.answer.test_qualifiers import article
    quote = article(f"All but $190,450 of their charitable giving passed through the Clinton Family Foundation. {LISTED}")
    assert not answers_question(Q, quote, [None])  # the giving and a sum are there, the museum's sum is not
