"""A document a said-question names speaks by its own noun (app/answer/speaks.py, `document_said.py`): "What does the
lawsuit by X say …" is answered where "the suit says", even when the question asks one thing it says; a part of a
legal text ("the clause", "the provision") is such a document. A quote that only names the document, or its makers
doing something else, leaves it silent."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.document_said import asked_document, document_speaks
from app.answer.speaks import speaker_silent
from tests.answer.test_speaks import quote

SUIT = "What does the lawsuit by Maine and Vermont say drains the towns' budgets?"
CLAUSE = "What does the Commerce Clause say?"


def test_a_document_asked_one_thing_speaks_by_its_noun():
    said = [quote("“Cheap lumber drains the towns' budgets,” the suit says, and the mills suffer.")]
    assert not speaker_silent(asked(SUIT), SUIT, said)


def test_a_document_only_named_or_its_makers_acting_leave_it_silent():
    named = [quote("Maine and Vermont filed the lawsuit in federal court on Monday."),
             quote("Lawyers read the suit aloud to reporters.", "b")]
    assert speaker_silent(asked(SUIT), SUIT, named)


def test_a_part_of_a_legal_text_is_a_document_that_speaks():
    clause = asked_document("the Commerce Clause")
    assert clause is not None and "clause" in clause.nouns
    assert document_speaks(clause, "The clause states that Congress regulates trade among the states.")
    assert not document_speaks(clause, "Lawyers cited the clause in their brief.")
    assert not speaker_silent(asked(CLAUSE), CLAUSE,
                              [quote("The provision says that Congress regulates trade among the states.")])
