"""Whether a statement was made ("Does the lawsuit say …?") is not disputed by a rejection of the statement's source
that spells out no claim ("this suit is without merit"), nor by opposite verdicts the question does not name."""

from __future__ import annotations

from app.answer.agree import other_verdict
from app.answer.select import asked
from app.answer.sides import pick
from tests.answer.test_sides import quote, vectors

SAYS = quote("The lawsuit says the dam flooded the valley and ruined the farms below it.", "A", "x", 1.0)
MERIT = quote("“We believe this suit is without merit,” said Governor Jane Doe.", "B", "y", 0.95, "Jane Doe")


def test_a_rejection_of_the_suit_spelling_out_no_claim_does_not_dispute_what_the_suit_says():
    q = "Does the lawsuit say the dam flooded the valley?"
    assert not pick(asked(q), q, [SAYS, MERIT], vectors((1, 0.3), (1, 0.35))).contested


def test_the_same_rejection_disputes_the_claim_itself():
    q = "Did the dam flood the valley?"
    assert pick(asked(q), q, [SAYS, MERIT], vectors((1, 0.3), (1, 0.35))).contested


def test_opposite_verdicts_the_question_does_not_name_do_not_dispute_whether_a_statement_was_made():
    assert other_verdict(asked(q := "Does the report say the program was expanded?"), q, ("legal", "illegal"))
    assert not other_verdict(asked(q := "Is the program legal?"), q, ("legal", "illegal"))
