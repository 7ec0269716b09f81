"""How a quote names the event a yes/no question asks about (app/answer/outcome.py `mentions`, app/answer/answer_type.py
`off_type`): a forecast about the event's noun ("the key vote … could belong to Kennedy") is a prospect, an event's noun
after "those / other / previous" names other events of its kind, and the noun before an infinitive ("urge lawmakers to
vote") names whom a request addresses, which a report may word otherwise."""

from __future__ import annotations

from app.answer.answer_type import off_type
from app.answer.outcome import mentions, unreported


def test_a_modal_after_the_events_noun_is_a_forecast():
    assert mentions("vote", "The key vote for a Wal-Mart victory could belong to Justice Anthony Kennedy.") == "prospect"
    assert mentions("rule", "Others worried about a ruling that would allow the case to go forward.") == "prospect"


def test_a_verb_before_a_modal_clause_is_still_a_report():
    assert mentions("pass", "The House passed a bill that would expand voting access.") == "reported"
    assert mentions("win", "The senator won a seat that would otherwise go to a Democrat.") == "reported"
    assert mentions("vote", "The vote could have gone either way.") == "reported"
    assert mentions("vote", "The vote broke down on party lines.") == "reported"


def test_other_events_of_the_kind_do_not_report_the_one_asked():
    assert mentions("rule", "The Wal-Mart case dwarfs those rulings in importance.") is None
    assert mentions("rule", "Unlike previous rulings, the court ruled against the company.") == "reported"
    # a quantity of them ("a series of", "a string of") is other events of the kind too
    assert mentions("rule", "The court has recently issued a series of rulings in favor of plaintiffs.") is None
    assert mentions("vote", "The House has held a number of votes on the measure.") is None
    assert mentions("rule", "After a series of hearings, the court ruled against the company.") == "reported"


def test_whom_a_request_addresses_may_be_worded_otherwise():
    question = "Did the ACLU urge lawmakers to vote against H.R. 1?"
    texts = ["The American Civil Liberties Union urged members to vote against the bill.",
             "The ACLU, in a recent letter to Congress, encouraged lawmakers to vote against the bill."]
    assert not off_type(question, texts)


def test_a_bare_object_named_only_beside_another_verb_is_still_missing():
    question = "Did Duncan Hunter win re-election against Ammar Campa-Najjar?"
    texts = ["Mr. Hunter easily won California's nonpartisan primary with 48 percent of the vote.",
             "The lawmaker is running for re-election in November against Democrat Ammar Campa-Najjar."]
    assert off_type(question, texts)


def test_an_event_with_a_person_named_in_full_is_told_only_by_a_text_naming_them():
    question = "Did Netanyahu meet with Mitt Romney during the campaign?"
    other = "Netanyahu also rejected reports that Obama refused his request for a meeting."
    assert unreported(question, [other]) == ["meet"]
    assert unreported(question, ["Netanyahu met Mitt Romney in New York on Friday."]) == []
    assert unreported(question, ["Netanyahu met Romney in New York on Friday."]) == []  # the surname names him


def test_a_single_name_or_a_bill_is_no_party():
    assert unreported("Did the House pass H.R. 1?", ["The House passed the For the People Act on Friday."]) == []


def test_what_a_demand_asks_for_is_not_done():
    text = "The St. Louis group fired off a statement demanding the organization withdraw its resolution."
    assert mentions("withdraw", text) == "prospect"


def test_a_denied_intent_or_a_refusal_reports_that_the_event_did_not_happen():
    """"had no immediate plans to join" answers "Did Utah join the lawsuit?" (no), as "did not join" would; a plan
    alone stays a prospect."""
    assert mentions("join", "Utah and New Mexico said they had no immediate plans to join the suit.") == "reported"
    assert mentions("join", "The governor declined to join the suit.") == "reported"
    assert mentions("join", "Utah said it plans to join the suit.") == "prospect"
    assert mentions("join", "Utah has no intention of joining the suit.") == "reported"
    # a denied attempt too: "Did the resolution label the movement racist?" is answered (no) by its sponsor
    assert mentions("label", "He said the resolution was not an attempt to label the movement as racist.") == "reported"
    assert mentions("label", "It was an attempt to label the movement as racist.") == "prospect"
