"""Near-topic questions: an event the question asks happened must be reported by a quote, not only
mentioned as a prospect (pure functions, hand-made sentences)."""

from __future__ import annotations

from app.answer.outcome import events, reported, unreported
from app.answer.sides import answers_question
from tests.answer.test_sides import quote


def test_the_event_is_the_verb_of_a_did_question_or_a_when_clause():
    assert events("Did the Supreme Court agree to hear the case?") == ["agree"]
    assert events("Did Congress pass the bill after the rally?") == ["pass"]
    assert events("What did the mayor say when he vetoed the budget?") == ["vetoed"]
    assert events("What kind of group was it when it was founded?") == ["founded"]
    assert events("When did he do that?") == [] and events("What did the mayor say?") == []


def test_a_prospect_is_not_a_report_but_a_denial_is():
    assert not reported("vetoed", "The mayor has been advised to veto the budget if it reaches his desk.")
    assert not reported("pass", "Activists gathered to push for passage of the bill.")
    assert not reported("apologize", "Critics suggested that she owed the court an apology.")
    assert reported("pass", "The council passed the bill on Friday.")
    assert reported("pass", "The council did not pass the bill.")  # an answer: no
    assert reported("send", "The channel filmed the camp and sent the footage abroad.")


def test_a_question_whose_event_no_answering_quote_reports_is_not_answered():
    q = "Did the Supreme Court agree to hear the lawsuit?"
    filed = [quote("The states filed a lawsuit in the Supreme Court on Thursday.", "A", "x", 1.0)]
    assert unreported(q, [x.text for x in filed]) == ["agree"]
    assert not answers_question(q, filed, ["2014-12-18"])
    agreed = [*filed, quote("The Supreme Court agreed on Monday to hear the lawsuit.", "B", "y", 0.95)]
    assert answers_question(q, agreed, ["2014-12-18"])
    far = [*filed, quote("The Supreme Court agreed on Monday to hear the lawsuit.", "B", "y", 0.5)]
    assert not answers_question(q, far, ["2014-12-18"])  # a quote far below the best does not answer
