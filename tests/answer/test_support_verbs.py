"""A yes/no question's support verb ("receive", "take", "make") carries no event of its own: the noun it takes does,
and a verb of conduct ("act illegally") asks for a judgement, not an event. A name between the verb and a determiner
is the recipient of the object, to be paired with it."""

from __future__ import annotations

from app.answer.asked_events import events, open_events, subject_terms
from app.answer.outcome import unreported
from app.answer.presumed import presumed_events, unreported_presumed
from app.answer.qualifiers import closing_place, recipient, unpaired
from tests.answer.test_qualifiers import article


def test_a_support_verbs_event_is_the_head_of_the_noun_it_takes():
    assert events("Did Congress receive full briefings on the NSA surveillance programs?") == ["briefings"]
    assert events("Did Joe Sestak take the offered seat on a presidential board?") == ["seat"]
    assert events("Did Duncan Hunter make any repayment of the money?") == ["repayment"]
    assert subject_terms("Did Congress receive full briefings on the NSA?") == {"briefings": frozenset({"congress"})}


def test_past_a_name_or_a_preposition_the_first_lower_case_noun_carries_the_event():
    assert events("Did Nebraska and Oklahoma take Colorado to court?") == ["court"]
    assert events("Was Congress given full briefings on the programs?") == ["briefings"]


def test_a_support_verb_with_nothing_after_it_to_carry_the_event_is_checked_itself():
    assert events("Did the Senate take up H.R. 1?") == ["take"]


def test_a_full_verb_is_still_the_event():
    assert events("Did the House pass H.R. 1?") == ["pass"]
    assert events("Did the NAACP pass a resolution condemning racism?") == ["pass"]


def test_a_wh_questions_support_verb_is_read_as_before():
    assert events("What prison sentence did Duncan Hunter receive after his trial?") == ["receive"]


def test_a_verb_of_conduct_asks_for_a_judgement_not_an_event():
    assert events("Did the White House act illegally when it offered Joe Sestak a job?") == ["offered"]


def test_the_noun_a_support_verb_takes_is_reported_by_its_verb_or_itself_but_not_as_a_prospect():
    question = "Did Congress receive full briefings on the NSA surveillance programs?"
    assert unreported(question, ["Officials have held more than a dozen classified briefings for lawmakers."]) == []
    assert unreported(question, ["Congress was briefed on the programs."]) == []
    assert unreported(question, ["Lawmakers are expected to get briefings next week."]) == ["briefings"]
    assert unreported("Did Duncan Hunter receive a prison sentence?",
                      ["Hunter could be sentenced to five years in prison if convicted."]) == ["sentence"]


def test_a_name_before_a_determiner_is_the_recipient_of_the_object():
    assert recipient("Did the White House make Arlen Specter a job offer?") == ("offer", frozenset({"specter"}))
    assert recipient("Did the White House offer Joe Sestak a job?") == ("offer", frozenset({"sestak"}))
    assert recipient("Did Congress receive full briefings on the NSA?") is None


def test_the_recipient_must_stand_with_the_objects_event():
    question = "Did the White House make Arlen Specter a job offer?"
    other = article("Officials had spent time recruiting Senator Arlen Specter to switch parties.",
                    "The White House offered Mr. Sestak an unpaid post.")
    assert unpaired(question, other) == ["specter"]
    given = article("The White House offered Arlen Specter a post in the administration.")
    assert unpaired(question, given) == []


def test_move_to_hands_the_event_to_the_infinitive():
    assert events("From which countries did the Fish and Wildlife Service move to allow elephant trophies?") == ["allow"]
    assert events("Did the Fish and Wildlife Service move to allow elephant trophies from Tanzania?") == ["allow"]
    question = "From which countries did the Fish and Wildlife Service move to allow elephant trophies?"
    assert unreported(question, ["The service began allowing hunters to import trophies from two African countries."]) == []
    # the infinitive is the wh-phrase's event: worded otherwise, it still needs the element asked for (countries)
    assert unreported(question, ["The service reversed course on the trophies."], reworded=True) == ["allow"]


def test_a_hedge_before_an_infinitive_is_not_a_catenative():
    assert events("During the arguments, which way did the Supreme Court appear to lean?") == ["appear"]
    assert events("Did Justice Breyer appear to side with the women?") == ["appear"]
    assert open_events("Where did Justice Breyer appear to stand in the Wal-Mart argument?") == ("appear",)


def test_a_place_closing_a_question_after_from_stands_by_the_answer():
    question = "Did the Fish and Wildlife Service move to allow elephant trophies from Tanzania?"
    assert closing_place(question) == frozenset({"tanzania"})
    given = article("The service will allow elephant trophies from Zimbabwe and Zambia.")
    assert unpaired(question, given) == ["tanzania"]
    assert unpaired(question.replace("Tanzania", "Zambia"), given) == []


def test_the_support_verb_itself_still_reports_the_event_and_judges_it_when_the_noun_is_not_reported():
    question = "Did Congress receive full briefings on the NSA surveillance programs?"
    assert unreported(question, ["Congress received the details of the programs in 2011."]) == []
    # the noun only as a prospect, the verb not named: a quote that rewords the question answers, as before
    assert unreported(question, ["Lawmakers are expected to get briefings next week."], reworded=True) == []


def test_a_why_questions_presumed_event_after_a_light_support_verb_is_not_checked():
    assert presumed_events("Why did the Supreme Court make a decision about the lawsuit?") == []
    assert presumed_events("Why did Duncan Hunter receive a prison sentence?") == ["sentence"]


def test_a_why_questions_presumed_noun_is_held_by_its_support_verb_too():
    question = "Why did Duncan Hunter receive a prison sentence?"
    assert unreported_presumed(question, article("Hunter received a letter from the committee.")) == []
    assert unreported_presumed(question, article("Hunter wrote a letter to the committee.")) == ["sentence"]
