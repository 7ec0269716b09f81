"""A rejection of an act's merits ("We believe this suit is without merit") leaves undisputed what a what / how / why
question asks (what the suit argues, how someone will respond): only a rebuttal spelling out the claim it rejects, or
naming the other quote's source, disputes that answer (pure functions, invented quotes)."""

from __future__ import annotations

from app.answer.agree import asks_content
from app.answer.select import asked
from app.answer.sides import pick
from tests.answer.test_sides import quote, vectors

ARGUES = "The lawsuit argues that the state has created a dangerous gap in the federal drug-control system."
MERITS = "\u201cWe believe this lawsuit is without merit and we will vigorously defend the state's drug-control system,\u201d he said."
SPELLED = "The governor rejected claims that the state created a gap in the federal drug-control system."


def ranked(rebuttal: str) -> list:
    return [quote(ARGUES, "Times", "center", 1.0), quote(rebuttal, "Post", "left", 0.95, speaker="Jane Doe")]


def test_what_how_why_which_questions_ask_for_content():
    assert asks_content("What does the lawsuit argue about the state's law?")
    assert asks_content("How does the governor plan to respond to the lawsuit?")
    assert not asks_content("Does the lawsuit argue that the state's law created a gap?")


def test_a_merits_rejection_does_not_dispute_what_a_content_question_asks():
    q = "What does the lawsuit argue about the state's drug-control system?"
    assert not pick(asked(q), q, ranked(MERITS), vectors((1, 0), (1, 0.1))).contested


def test_a_rebuttal_spelling_out_the_claim_still_disputes_a_content_questions_answer():
    q = "What does the lawsuit argue about the state's drug-control system?"
    assert pick(asked(q), q, ranked(SPELLED), vectors((1, 0), (1, 0.1))).contested
