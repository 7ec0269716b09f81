"""A purpose infinitive tells what an act already told was for (app/answer/purpose.py): after a completed act of
contact or motion, or a superlative's doer, it reports its event; after a why-question's restated premise, it is the
reason. Other infinitives stay prospects, and a restated premise without a purpose still lacks its why."""

from __future__ import annotations

from app.answer.elements import element_missing
from app.answer.outcome import mentions, unreported
from tests.answer.test_qualifiers import article


def test_a_purpose_after_a_completed_call_or_trip_reports_its_event():
    assert mentions("congratulate", "The governor called to congratulate her on the vote.") == "reported"
    assert mentions("thank", "The senator flew to Kabul to thank the troops.") == "reported"
    assert mentions("apologize", "The mayor phoned him to apologize.") == "reported"


def test_a_superlatives_doer_did_what_the_infinitive_says():
    assert mentions("congratulate", "The mayor was one of the first to call to congratulate him on his win.") \
        == "reported"
    assert mentions("vote", "She was the only senator to vote against the budget.") == "reported"
    q = "Did Jane Ruiz congratulate Tom Beck on his win?"
    assert unreported(q, ["Ms. Ruiz was one of the first to call to congratulate Mr. Beck on his win."]) == []


def test_an_infinitive_of_wanting_planning_or_a_request_stays_a_prospect():
    prospects = {"The governor plans to congratulate her.": "congratulate",
                 "The governor wanted to call to congratulate her.": "congratulate",
                 "The senator will fly to Kabul to thank the troops.": "thank",
                 "The senator wanted to go to Kabul to thank the troops.": "thank",
                 "Party leaders called on him to resign.": "resign", "She hopes to be the first to vote.": "vote"}
    assert all(mentions(event, text) == "prospect" for text, event in prospects.items())
    q = "Did Jane Ruiz congratulate Tom Beck on his win?"
    assert unreported(q, ["Ms. Ruiz plans to call to congratulate Mr. Beck on his win."]) == ["congratulate"]


def test_a_purpose_after_the_restated_premise_answers_why():
    q = "Why was the governor in Denver on Friday?"
    assert element_missing(q, article("The governor was in Denver on Friday to meet the state's mayors.")) == []
    assert element_missing(q, article("The governor was in Denver on Friday.")) == ["why"]


def test_an_infinitive_before_the_premise_or_of_refusing_gives_no_why():
    q = "Why did the FBI begin investigating charges dating back to 2009?"
    assert element_missing(q, article("The FBI began investigating charges dating back to 2009, and agents declined "
                                      "to explain.")) == ["why"]
    q = "Why was the governor in Denver on Friday?"  # the premise's words after the infinitive: not its purpose
    assert element_missing(q, article("The governor went to speak, and was in Denver on Friday.")) == ["why"]
    # an infinitive far after the premise, another clause's: critics' request is no purpose of the trip
    assert element_missing(q, article("The governor was in Denver on Friday, and critics called on the administration "
                                      "to answer questions.")) == ["why"]
