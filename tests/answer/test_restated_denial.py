"""An outlet that restates the denial is on the denial's side: its other quote, with no negation, does not assert what
the denial negates (`accounts.one_account` the other way round, and `rebuttal.claim_look`)."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.sides import pick
from tests.answer.test_claim_look import BEST, CLAIM, Q, look
from tests.answer.test_sides import quote, vectors

RESTATED = quote("Officials told reporters that intelligence agencies do not collect information on millions of citizens.",
                 "B", "y", 0.6)


def test_the_other_outlet_restating_the_best_quote_s_denial_is_on_its_side_in_the_claim_look():
    v = {BEST.text: (1, 0.3), RESTATED.text: (1, 0.3), CLAIM.text: (1, 0.6)}  # restated: cosine 1; the claim ≈ 0.96
    assert not look(Q, BEST, [RESTATED, CLAIM], v)[0].contested
    assert look(Q, BEST, [CLAIM], v)[0].contested  # with no restatement, the same claim is the other side


def test_an_outlet_restating_the_denial_does_not_assert_what_it_negates():
    q = "Did the mayor have enough personal money to pay for the trips?"
    denial = quote("The mayor did not have sufficient personal funds to pay for the trips, the indictment says.",
                   "A", "x", 1.0)
    restated = quote("The indictment says the mayor did not have sufficient personal funds to pay for the trips.",
                     "B", "y", 0.99)
    spending = quote("The mayor kept spending city money on personal trips despite warnings.", "B", "y", 0.8)
    v = vectors((1, 0.1), (1, 0.1), (1, 0.8))
    assert not pick(asked(q), q, [denial, restated, spending], v).contested
    assert pick(asked(q), q, [denial, spending], vectors((1, 0.1), (1, 0.8))).contested  # no restatement: denied
