"""Disagreement is about what was asked (issue 14 point 1): a rebuttal of reports that a quote denies too agrees
with it; a support verb's object carries a yes/no question's claim; how a source responded is disputed only
by a rebuttal of its response, not by a quote on what it responded to."""

from __future__ import annotations

from app.answer.agree import denied_words
from app.answer.event_days import days_of_asked_event
from app.answer.select import asked
from app.answer.sides import pick
from app.answer.opening import plain_order, response_first
from app.answer.source_asked import asks_response, reports_response
from app.attribution import contradict as cx
from tests.answer.test_sides import quote, vectors

PUSHBACK = ("He appeared to be attempting to push back against early reports that the agency had direct access to "
            "the servers at Acme, Globex and similar companies.")


def test_a_rebuttal_cue_opens_the_claim_a_few_words_after_it():
    assert cx.rebutted_claim(PUSHBACK) == "the agency had direct access to the servers at Acme"
    assert cx.rebutted_claim("Officials pushed back against the reports that the mayor resigned.") == "the mayor resigned"
    # another clause between the cue and a claim: the claim is not the one rejected
    assert cx.rebutted_claim("He pushed back against critics, and reports that the mayor resigned spread.") is None


def test_a_rebuttal_of_reports_a_source_denies_too_does_not_dispute_what_it_said():
    q = "What did Acme say about handing customer data to the agency?"
    acme = quote("\"If the agency has a voluntary program to gather customer data we don't participate in it.\"",
                 "A", "x", 1.0, "Acme")
    pushback = quote(PUSHBACK, "B", "y", 0.62, "James Clapper")  # below the best: only a named rebuttal counts
    assert not pick(asked(q), q, [acme, pushback], vectors((1, 0.2), (1, 1.4))).contested
    # a statement that asserts what the reports say is disputed by the rebuttal that names its source
    claims = quote("\"The agency had direct access to the servers at Acme,\" the analyst said.", "A", "x", 1.0, "Acme")
    q2 = "What did Acme say about the agency's access to its servers?"
    assert pick(asked(q2), q2, [claims, pushback], vectors((1, 0.2), (1, 1.4))).contested


def test_a_support_verbs_object_carries_a_yes_no_questions_claim():
    giving = asked("Are Internet companies giving the agency a back door into their servers?")
    assert {"back", "door"} <= denied_words(giving)  # not only "give"
    assert denied_words(asked("Did John Smith veto the budget?")) == frozenset({"veto"})
    # a where / when question's act stays what a denial must negate
    assert denied_words(asked("Where did John Smith take the vacations he paid for?")) == frozenset({"take"})
    q = "Are Internet companies giving the agency a back door into their servers?"
    denial = quote("\"Acme does not have a 'back door' for the agency to access user data.\"", "A", "x", 1.0, "Acme")
    report = quote("The agency has a back door into the servers of Internet companies, the report said.", "B", "y",
                   0.95)
    assert pick(asked(q), q, [denial, report], vectors((1, 0.1), (1, 0.3))).contested


def test_how_a_source_responded_is_disputed_only_by_a_rebuttal_of_its_response():
    assert asks_response("How did Acme respond to the reports of a back door?")
    assert asks_response("How did the mayor react to the verdict?")
    assert asks_response("What was the union's reaction to the offer?")
    assert not asks_response("Did Acme respond to the reports?") and not asks_response("How did the court lean?")
    q = "How did Acme respond to the reports of a back door?"
    denial = quote("\"People allege that we built a back door, but Acme does not have a back door.\"", "A", "x", 1.0,
                   "Acme")
    report = quote("The report said the agency had a back door into Acme's servers.", "B", "y", 0.95)
    assert not pick(asked(q), q, [denial, report], vectors((1, 0.1), (1, 0.3))).contested
    yes_no = "Does Acme have a back door for the agency?"  # the fact is asked: the denial disputes the report
    assert pick(asked(yes_no), yes_no, [denial, report], vectors((1, 0.1), (1, 0.3))).contested


def test_another_speakers_statement_on_a_day_is_not_the_day_of_the_statement_asked():
    q = "When did Tom Smith announce a companion bill?"
    announced = quote("Sen. Tom Smith announced the outlines of a companion bill on Wednesday.", "A", "x", 1.0,
                      "Tom Smith")
    speech = quote("“This bill is a takeover,” Mr. Jones said in a speech on Friday.", "B", "y", 0.9, "Kevin Jones")
    assert not days_of_asked_event(q, announced, speech)
    # the speaker asked about saying it on another day is the statement asked
    own = quote("“The companion bill is ready,” Mr. Smith said in a speech on Friday.", "B", "y", 0.9, "Tom Smith")
    assert days_of_asked_event(q, announced, own)


RESPOND = "How did the club's organizers respond to the charge that they tolerate cheating?"


def test_the_responders_own_rebuttal_of_the_charge_is_their_response_not_a_dispute():
    charge = quote("The league accused the club of tolerating cheating and asked it to expel the players.", "A", "x", 1.0)
    response = quote("The club's organizers disputed claims of cheating and called on the league to withdraw them.",
                     "B", "y", 0.95)
    assert reports_response(RESPOND, response.text) and not reports_response(RESPOND, charge.text)
    assert not pick(asked(RESPOND), RESPOND, [charge, response], vectors((1, 0.2), (1, 0.3))).contested


def test_a_response_question_opens_with_the_responder_answering_not_with_the_charge():
    charge = quote("The league accused the club's organizers of tolerating cheating on Tuesday.", "A", "x", 1.0)
    response = quote("The club's organizers disputed claims of cheating.", "B", "y", 0.95)
    assert response_first(RESPOND, [charge, response]) == 1
    assert plain_order(asked(RESPOND), RESPOND, [charge, response], [0, 1], 2)[0] == 1  # the answer opens with it
    assert response_first(RESPOND, [response, charge]) == 0
    assert response_first("What did the league say?", [charge, response]) == 0  # no response asked
