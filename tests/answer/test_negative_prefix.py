"""A quote that says a word's opposite by a negative prefix ("unfair") agrees with one that negates the word ("wasn't
a fair comparison"): the pair is no denial (`contradict.agrees_by_prefix`, `agree.polarity_agrees`)."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.sides import pick
from app.attribution.contradict import agrees_by_prefix
from tests.answer.test_sides import quote, vectors

CLOSE = vectors((1, 0.1), (1, 0.2))
Q = "Did the workers' lawyer think the comparison the company's lawyer made was fair?"
NEGATED = quote("The workers' lawyer said that wasn't a fair comparison because the company must train its managers.",
                "A", "x", 1.0)


def test_the_prefixed_opposite_agrees_with_the_negation():
    assert agrees_by_prefix("that wasn't a fair comparison", "a trial would be unfair", frozenset({"fair"}))
    assert agrees_by_prefix("the position was not paid", "an unpaid advisory position", frozenset({"paid"}))
    assert agrees_by_prefix("the spending was not proper", "the spending was improper", frozenset({"proper"}))
    assert not agrees_by_prefix("that wasn't a fair comparison", "a trial would be fair", frozenset({"fair"}))
    assert not agrees_by_prefix("a fair comparison", "a trial would be unfair", frozenset({"fair"}))  # no negation


def test_a_prefix_is_negative_only_before_an_adjectives_ending():
    """"in-" / "im-" / "dis-" begin many words that are no opposites: "inform" is not "not form", "improve" not
    "not prove"."""
    assert not agrees_by_prefix("they did not form a group", "they informed the group", frozenset({"form"}))
    assert not agrees_by_prefix("they did not prove it", "they improved it", frozenset({"prove"}))
    assert agrees_by_prefix("it was not legal", "it was illegal", frozenset({"legal"}))


def test_a_negation_and_the_words_opposite_are_no_denial_but_its_assertion_is():
    unfair = quote("Justices appeared to agree with the company's lawyer that even a trial would be unfair.",
                   "B", "y", 0.95)
    assert not pick(asked(Q), Q, [NEGATED, unfair], CLOSE).contested
    fair = quote("The company's lawyer said it was a fair comparison of the stores.", "B", "y", 0.95)
    assert pick(asked(Q), Q, [NEGATED, fair], CLOSE).about == "denial"
