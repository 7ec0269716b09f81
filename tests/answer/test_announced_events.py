"""A speech act that IS the event asked ("Did X announce a lawsuit / confirm the indictment") is checked by the noun it
takes, as a support verb's is; with a clause after it ("announce that …") it asks what was said. A yes/no question
whose subject is in lower case ("Did conservation groups file …", "Have any courts ruled …", "Did a court rule …")
has its event read as a named subject's is."""

from __future__ import annotations

from app.answer.answered import answers_question
from app.answer.asked_events import events, instance_words, intended, subject_terms, supported
from app.answer.outcome import intent_untold, unreported
from tests.answer.test_sides import quote


def test_a_speech_act_that_takes_a_noun_is_checked_by_that_noun():
    assert events("Did Tea Party leaders announce a lawsuit against the NAACP?") == ["lawsuit"]
    assert events("Did Hunter's lawyers announce a plea deal with prosecutors?") == ["deal"]
    assert events("Did the NAACP unveil a resolution on the Tea Party?") == ["resolution"]
    assert supported("Did Tea Party leaders announce a lawsuit against the NAACP?") == {}  # "announced" alone: no


def test_a_speech_act_before_a_clause_asks_what_was_said():
    assert events("Did the agency announce that it would issue permits?") == []
    assert events("Did Sanders confirm that the ban would stay in place?") == []
    assert events("Did legal observers suggest that Ginsburg might recuse herself?") == []


def test_another_announcement_does_not_answer_whether_the_asked_one_was_made():
    q = "Did James Clapper announce an investigation into the leak?"
    statement = [quote("James Clapper announced a statement on Thursday decrying the leak.", "A", "x", 1.0)]
    assert unreported(q, [x.text for x in statement]) == ["investigation"]
    assert not answers_question(q, statement, ["2013-06-08"])
    opened = [quote("James Clapper announced an investigation into the leak on Thursday.", "A", "x", 1.0)]
    assert answers_question(q, opened, ["2013-06-08"])


def test_an_indefinite_or_quantified_lower_case_subject_is_read_as_a_named_one():
    assert events("Did prosecutors file lawsuits over the trophy decision?") == ["lawsuits"]
    assert events("Did a court rule that the program was unconstitutional?") == ["rule"]
    assert events("Have any courts ruled on the bill?") == ["ruled"]
    assert events("Were any lawsuits filed against the agency?") == ["lawsuits"]  # a passive: its subject is filed
    assert events("Have any lawsuits been filed against the agency?") == ["lawsuits"]
    assert subject_terms("Did a court rule that the program was unconstitutional?") == {"rule": frozenset({"court"})}


def test_a_definite_lower_case_subject_names_one_doer_and_is_not_read():
    """"Did the administration defend the decision …" is answered in other words as often as a named subject's act:
    no event is checked, as before."""
    assert events("Did the administration defend the decision to allow imports?") == []
    assert events("Did the justices seem prepared to block the lawsuit?") == []
    assert events("Did major corporations oppose Wal-Mart in the case?") == []  # not a bare plural alone


def test_a_modified_bare_plural_is_read_only_for_an_event_named_by_a_noun():
    """"Did conservation groups file lawsuits …" asks whether lawsuits were filed, which the sources name when it
    happened; "Did major corporations oppose …" may be answered by an opposite ("briefs supporting"): not read."""
    assert events("Did conservation groups file lawsuits over the trophy decision?") == ["lawsuits"]
    assert events("Did environmental groups announce a lawsuit?") == ["lawsuit"]
    assert events("Did civil liberties groups file lawsuits over the trophy decision?") == ["lawsuits"]  # two modifiers
    assert events("Did federal prosecutors charge his wife?") == []
    assert events("Did the groups file lawsuits over the decision?") == []  # definite: one doer, as before


def test_a_named_subject_is_read_as_before():
    assert events("Did the Senate pass H.R. 1?") == ["pass"]
    assert events("Did the Internet companies deny giving the government access?") == ["deny"]


def test_a_class_of_events_no_quote_reports_is_not_answered():
    q = "Did a court rule that the program was unconstitutional?"
    court = [quote("The program is subject to oversight by the court, an official said.", "A", "x", 1.0)]
    assert unreported(q, [x.text for x in court]) == ["rule"]
    ruled = [quote("A federal court ruled on Monday that the program was unconstitutional.", "A", "x", 1.0)]
    assert unreported(q, [x.text for x in ruled]) == []


def test_an_event_is_reported_by_its_irregular_past():
    """"froze" reports "freeze", "wrote" "write" (`verb_forms.IRREGULAR`)."""
    assert events("Did Lake Mead freeze in May?") == ["freeze"]
    assert unreported("Did Lake Mead freeze in May?", ["The ministry said Lake Mead froze in May."]) == []
    assert unreported("Did the senator write the bill?", ["The senator wrote the bill last year."]) == []


def test_a_final_decision_is_told_only_by_a_text_that_holds_final():
    q = "Did Trump announce his final decision on elephant trophies?"
    assert instance_words(q) == {"decision": "final"}
    reversed_one = ["Trump reversed the decision on elephant trophies on Friday."]
    assert unreported(q, reversed_one) == ["decision"]
    assert unreported(q, ["Trump announced his final decision on elephant trophies on Monday."]) == []
    assert unreported("Did Trump announce a decision on elephant trophies?", reversed_one) == []  # any decision


def test_an_existential_question_about_the_past_asks_for_its_events_noun():
    assert events("Were there any lawsuits filed against the NSA over the program?") == ["lawsuits"]
    assert events("Has there been a ruling on the bill?") == ["ruling"]
    assert events("Were there any deaths reported in Harare?") == ["deaths"]
    assert events("Is there racism within the movement?") == []  # not an event of the past
    q = "Were there any lawsuits over the marijuana law?"
    assert unreported(q, ["Two states sued Colorado over the marijuana law."]) == []  # "sued" reports lawsuits
    assert unreported(q, ["Two states criticised the marijuana law."]) == ["lawsuits"]


def test_an_announced_intent_is_told_by_its_verb_done_or_planned_but_not_by_advice_to_do_it():
    q = "Did President Trump announce that he would veto the bill?"
    assert intended(q) == ["veto"]
    assert intent_untold(q, ["Trump has been advised to veto the legislation if it reaches his desk."]) == ["veto"]
    assert intent_untold(q, ["It was not clear why Trump made the announcement."]) == ["veto"]
    assert intent_untold(q, ["Trump said on Friday that he would veto the legislation."]) == []
    assert intent_untold("Did the agency announce that it would issue permits?",
                         ["The service announced that it would begin issuing permits."]) == []
    assert not answers_question(q, [quote("It was not clear why Trump made the announcement.", "A", "x", 1.0)],
                                ["2019-03-08"])
