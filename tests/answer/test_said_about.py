"""X's words answer "What did X say about Y's Z?" only when X's quote speaks of Y or of Z."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.said_about import owned_topic, silent_on
from tests.answer.test_qualifiers import article

Q = "What did Betty Dukes say about Justice Kennedy's questions at the argument?"


def test_the_owner_and_the_thing_owned_are_what_x_is_asked_about():
    assert owned_topic(Q) == frozenset({"kennedi", "question"})
    assert owned_topic("What did Chris Collins say about Duncan Hunter's indictment?") >= {"hunter", "indict"}
    assert owned_topic("What did Betty Dukes say about the case?") == frozenset()  # no named owner


def test_x_speaking_of_something_else_of_the_story_does_not_answer():
    other = article("Wal-Mart worker Betty Dukes said the management at her store was bypassing her for promotions.")
    assert silent_on(asked(Q), Q, other)
    spoke = article("Betty Dukes said Justice Kennedy’s tone worried her.")
    assert not silent_on(asked(Q), Q, spoke)  # the owner named, with a curly possessive
    before = article("Justice Kennedy pressed the lawyer with questions.", "Betty Dukes said she was not worried.")
    assert not silent_on(asked(Q), Q, before[1:])  # named in the sentence before
    assert not silent_on(asked(Q), Q, article("The women's lawyer said the case was strong."))  # X silent: not read

