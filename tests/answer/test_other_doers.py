"""An event asked by its doer ("Which sheriffs sued …", "Did Colorado sheriffs sue …") is not answered by a
sentence that tells the event, by its verb or its noun ("suit" of "sue"), as another doer's."""

from __future__ import annotations

from app.answer.asked_events import events, subject_terms
from app.answer.doers import office_unpaired
from app.answer.other_doers import asked_event, names_event, reported_agents, subject_told_as_others
from app.answer.qualifiers import unpaired
from tests.answer.test_qualifiers import article


def test_an_event_verb_maps_to_its_noun_and_back():
    assert asked_event("sued") == asked_event("lawsuit") == asked_event("sue") == "sue"
    assert asked_event("ruled") == "rule" and asked_event("voted") == "vote"
    assert asked_event("called") is None
    assert names_event("sue", "We believe this suit is without merit.")
    assert not names_event("sue", "The sheriff said marijuana is flowing in.")


def test_the_doer_of_an_event_is_its_subject_its_possessor_or_its_by_phrase():
    assert reported_agents("sue", "The lawsuit was brought by attorneys general in Nebraska and Oklahoma.")
    assert reported_agents("sue", "Nebraska and Oklahoma filed a federal lawsuit on Thursday.")
    assert reported_agents("sue", "The states' lawsuit argues the law is unconstitutional.")
    assert reported_agents("rule", "Last week, the court ruled against the city.") == ["the court"]
    assert reported_agents("sue", "We believe this suit is without merit.") == []  # no doer given
    assert reported_agents("sue", "The group met in May, and sued the agency.") == []  # a conjunction is no doer


def test_an_office_asked_is_no_answer_when_the_event_is_told_as_another_doers():
    q = "Which sheriffs sued the state over its law?"
    near = article("The lawsuit was brought by attorneys general in Nebraska and Oklahoma.",
                   "Sheriff Mark Overman said the drug is flowing into his county.")
    assert office_unpaired(q, near[:1]) == ["sheriff"]  # the neighbour's sheriff is no sheriff suing
    assert office_unpaired(q, article("A suit was filed by Sheriff Mark Overman and two others.")) == []
    assert office_unpaired("Which states sued the county?", near[:1]) == []  # the states' suit answers
    both = article("The lawsuit was brought by attorneys general in Nebraska.", "A sheriff filed his own lawsuit.")
    assert office_unpaired(q, both) == []  # one quote tells a sheriff's suit


def test_a_subject_asked_is_no_answer_when_the_event_is_told_as_another_doers():
    q = "Did Colorado sheriffs sue the state over its law?"
    other = article("The lawsuit was brought by attorneys general in Nebraska and Oklahoma.")
    assert subject_told_as_others(q, other) == ["sheriffs"]
    assert "sheriffs" in unpaired(q, other)
    assert subject_told_as_others("Did Nebraska and Oklahoma sue the state?", other) == []
    assert subject_told_as_others(q, article("Two sheriffs filed a lawsuit against the state.")) == []
    assert subject_told_as_others(q, article("We believe this suit is without merit.")) == []  # no doer given
    assert subject_told_as_others("Did Colorado sheriffs praise the law?", other) == []  # no event noun asked


def test_a_wh_questions_subject_is_read_as_a_yes_no_questions():
    q = "Which court did Colorado sheriffs ask to strike down the state's marijuana law?"
    other = article("Colorado's attorney general will defend the law after Nebraska and Oklahoma asked the U.S. "
                    "Supreme Court to declare it unconstitutional.")
    assert subject_told_as_others(q, other) == ["sheriffs"]  # the states asked, not the sheriffs
    assert subject_told_as_others(q, article("Sheriffs from Colorado asked the Supreme Court to strike it down.")) == []
    assert subject_told_as_others("Which court did Nebraska and Oklahoma ask to strike down the law?", other) == []


def test_a_pronoun_names_no_other_doer():
    assert reported_agents("ask", "The case moved on after they asked the court to act.") == []
    assert subject_told_as_others("Which court did Colorado sheriffs ask to act?",
                                  article("As they asked the Supreme Court to strike the law down, …")) == []


def test_an_indefinite_pronoun_subject_asks_whether_anyone_did_it_and_names_no_other_doer():
    q = "Did anyone sue Colorado over its marijuana law?"
    assert events(q) == ["sue"] and subject_terms(q) == {"sue": frozenset()}
    told = article("The states of Nebraska and Oklahoma filed a federal lawsuit claiming Colorado's law is illegal.")
    assert subject_told_as_others(q, told) == []
