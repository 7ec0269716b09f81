"""A passive question asks what was done to its subject: a close sentence naming the act of another object does not
open the answer before the best sentence naming the thing asked about (app/answer/patient.py, opening.act_first)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.opening import act_first
from app.answer.patient import other_object, patient
from tests.answer.test_acts import quote


def test_a_passive_questions_subject_head_is_the_thing_asked_about():
    assert patient("How was the clot treated?", ("treated",)) == "clot"
    assert patient("How was the order of the readers decided?", ("decided",)) == "order"
    assert patient("When was the bill passed?", ("passed",)) == "bill"
    assert patient("When was the job offer made to the senator?", ("made",)) == "offer"


def test_a_named_thing_is_no_patient_news_tells_it_by_common_nouns_too():
    assert patient("When was the For the People Act passed?", ("passed",)) is None


def test_a_compound_names_its_last_part():
    q = "Where was the suit filed?"
    best = "Two states brought a suit over the marijuana law."
    assert not other_object(q, ("filed",), best, "The states filed a federal lawsuit in the Supreme Court.")


def test_an_active_question_has_no_patient():
    assert patient("How did the House vote on the bill?", ("vote",)) is None
    assert patient("When did the council adopt the resolution?", ("adopt",)) is None
    assert patient("When is the Supreme Court expected to decide the case?", ("expected", "decide")) is None
    assert patient("When is the panel expected to decide the case?", ("expected", "decide")) is None  # its doer
    assert patient("Where was the convention that adopted the resolution?", ("adopted",)) is None


def test_the_act_of_another_object_is_told_apart():
    q = "How was the clot treated?"
    best = "Following the fall, a blood clot developed in her brain."
    assert other_object(q, ("treated",), best, "The drug, which is used to treat thyroid disease, was also listed.")
    assert not other_object(q, ("treated",), best, "Doctors treated the clot with blood thinners.")
    assert not other_object(q, ("treated",), "Her doctors met on Monday.", "The drug is used to treat thyroids.")


def test_a_verb_of_another_object_does_not_open_before_the_best_naming_the_thing_asked():
    q = "How was the order of the readers decided?"
    best = quote("The order of reading was ironed out at the last minute, with party parity in mind.", "Times", 0.80)
    other = quote("It was decided in advance that repealed parts of the Constitution would not be read.", "Times", 0.78)
    assert act_first(asked(q), q, [best, other]) == 0


def test_the_act_of_the_thing_asked_still_opens():
    q = "How was the order of the readers decided?"
    best = quote("The reading, in an order both parties worked out, began on Thursday.", "Times", 0.80)
    told = quote("The order of the readers was decided by seniority, the clerk said.", "Times", 0.78)
    assert act_first(asked(q), q, [best, told]) == 1
