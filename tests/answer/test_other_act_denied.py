"""A question asking for a thing, a reason or a manner is disputed by a negation only when it denies the act asked;
a negation of another act on the way ("did not otherwise have sufficient funds", "for not tracking marijuana")
answers, it does not deny."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.sides import pick
from app.attribution.negated_heads import negated_heads
from tests.answer.test_sides import quote, vectors

CLOSE = vectors((1, 0), (1, 0.05))  # two quotes on one claim


def test_a_negation_denies_the_first_content_word_after_it():
    assert negated_heads("since they did not otherwise have sufficient personal funds to pay") == {"suffici"}
    assert negated_heads("The White House did not offer him a paid position.") == {"offer"}
    assert negated_heads("hard pressed to believe this in any way helps conservation") >= {"help"}


def test_a_what_question_is_not_disputed_by_a_negation_of_another_act():
    spent = quote("The indictment says they converted campaign funds to their own personal benefit.", "A", "x", 1.0)
    other = quote("The Hunters used campaign funds since they did not otherwise have sufficient personal funds.",
                  "B", "y", 0.95)
    q = "What did the Hunters spend their campaign funds on?"
    assert not pick(asked(q), q, [spent, other], CLOSE).contested
    denied = quote("The Hunters did not spend campaign funds on personal items, their lawyer says.", "B", "y", 0.95)
    assert pick(asked(q), q, [spent, denied], CLOSE).contested  # the act asked, denied


def test_a_how_question_is_not_disputed_by_a_negation_of_another_act():
    a = quote("Officials criticized Colorado for not tracking marijuana once it is sold.", "A", "x", 1.0)
    b = quote("Nebraska and Oklahoma plan to respond to Colorado's marijuana sales with a federal lawsuit.", "B", "y", 0.95)
    q = "How do Nebraska and Oklahoma plan to respond to Colorado's marijuana sales?"
    assert not pick(asked(q), q, [a, b], CLOSE).contested


def test_a_yes_no_question_keeps_the_wider_denial():
    a = quote("Google does not provide the government with direct access to its servers.", "A", "x", 1.0)
    b = quote("The government had direct access to the servers of Google, the report said.", "B", "y", 0.95)
    q = "Does the government have direct access to Google's servers?"
    assert pick(asked(q), q, [a, b], CLOSE).contested  # "provide" is no word of the question: still a denial
