"""A partly-answered question's answering quotes must hold the kind of thing asked for at all: a time for "when", a
causal or purpose word for "why", a word of deciding for "What did <body> decide"."""

from __future__ import annotations

from app.answer.elements import decision_missing, element_missing, reason_missing, time_missing
from app.answer.sides import answers_question
from tests.answer.test_qualifiers import article


def test_a_when_question_needs_a_time_in_the_answer():
    q = "When did Bauer interview Sestak's brother?"
    assert time_missing(q, article("Bauer also interviewed representatives for Sestak and Clinton.")) == ["when"]
    assert time_missing(q, article("Bauer interviewed them last summer.")) == []
    assert time_missing(q, article("Bauer interviewed them in June.")) == []
    assert time_missing("When do members start work?", article("They start at 6 a.m. every day.")) == []  # a clock time
    assert time_missing("When did they work together?", article("They worked together in the mid-1970s.")) == []
    assert time_missing("Who interviewed Sestak's brother?", article("Bauer did.")) == []  # no time asked
    assert not answers_question(q, article("Bauer also interviewed representatives for Sestak and Clinton."), [None])


def test_a_why_question_needs_a_causal_or_purpose_word_in_the_answer():
    q = "Why did the FBI begin investigating charges dating back to 2009?"
    bare = article("But the FBI began investigating additional charges dating back as far as 2009.")
    assert reason_missing(q, bare) == ["why"]
    assert reason_missing(q, article("The FBI began investigating because a treasurer complained.")) == []
    assert reason_missing(q, article("The FBI began investigating to recover the funds.")) == []  # a purpose
    assert reason_missing("Why did the agency say the imports would help?", bare) == []  # what was said answers
    assert element_missing(q, bare) == ["why"]


def test_a_decision_question_needs_a_word_of_deciding_and_a_said_only_from_the_decider():
    q = "What did the House Ethics Committee decide about Duncan Hunter?"
    probe = article("Mr. Hunter was already being investigated by the House Ethics Committee.",
                    "His lawyer said then that the congressman intended to cooperate fully.")
    assert decision_missing(q, probe) == ["decision"]
    assert decision_missing(q, probe[:1] + article("The House Ethics Committee said he broke no rule.")) == []
    assert decision_missing(q, article("The committee ruled that he broke no rule.")) == []
    assert decision_missing("What did the House Ethics Committee say about Duncan Hunter?", probe) == []  # no decision
    assert decision_missing("What did Duncan Hunter's doctor conclude about his health?", probe) == []  # a possessive
