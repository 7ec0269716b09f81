"""Classes of false "the sources disagree" flags on unseen phrasing (issue 14 item 1; helper cprec17, dev-cprec):
the noun "Constitution", which only shares the verdict "constitutional"'s stem, is no verdict, in a quote or in the
question. Each test also keeps the real disagreement the rule must not lose."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.sides import pick
from app.attribution import verdicts
from tests.answer.test_sides import quote, vectors

CLOSE = vectors((1, 0.1), (1, 0.2))  # the same claim by similarity


def test_naming_the_constitution_is_no_verdict():
    assert verdicts.verdict_words("Members read the United States Constitution aloud.",
                                  "The group said the provisions unconstitutionally impinge on free speech.") is None
    assert verdicts.verdict_words("The judge held the rule constitutional.",
                                  "The group said the rule is unconstitutional.") == ("constitutional", "unconstitutional")
    assert verdicts.verdict_words("The council said the sale was legal.", "Critics said it was illegal.") == ("legal", "illegal")


def test_a_question_naming_the_constitution_asks_no_verdict_on_it():
    rule = quote("In the new session every House bill must cite the constitutional source of its authority.", "A", "x", 1.0)
    other = quote("The union urged a vote against the bill because its provisions unconstitutionally impinge on speech.",
                  "B", "y", 0.95)
    q = "What new rule ties House bills to the Constitution?"
    assert not pick(asked(q), q, [rule, other], CLOSE).contested
    verdict = "Is the bill constitutional?"  # the verdict itself asked: the two still disagree
    assert pick(asked(verdict), verdict, [rule, other], CLOSE).about == "verdicts"
