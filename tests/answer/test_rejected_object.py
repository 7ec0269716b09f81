"""A verb of rejecting denies its object, not a place or time after it: "could refute the claims at a hearing" says
nothing against a hearing; "no" and "not" bear on their clause."""

from __future__ import annotations

from app.answer.agree import polarity_agrees
from app.answer.rejected_object import object_only, rejects_other_object
from app.answer.select import asked
from tests.answer.test_sides import quote

ASKED = frozenset({"hear", "move", "toward", "case", "court"})


def test_a_rejecting_verb_whose_object_holds_no_asked_word_is_aimed_elsewhere():
    assert object_only("The judge said the city could refute the claims at a hearing.", ASKED)
    assert object_only("The mayor dismissed the complaints during the hearing.", ASKED)


def test_a_rejecting_verb_whose_object_or_subject_holds_an_asked_word_bears_on_it():
    assert not object_only("The court rejected the case before it reached a hearing.", ASKED)  # object: the case
    assert not object_only("The case was dismissed by the judge.", ASKED)  # a passive's object stands before it
    assert not object_only("The city denied that the case would move toward a hearing.", ASKED)


def test_no_and_not_bear_on_their_clause():
    assert not object_only("The case did not move toward a hearing.", ASKED)
    assert not object_only("There was no hearing, and the city refuted the claims.", ASKED)  # "no hearing" stands


def test_a_pair_whose_only_negation_rejects_another_object_agrees_on_what_is_asked():
    q = "Did the lower court allow the case to move toward a hearing?"
    a = quote("Two lower courts said the case could move toward a hearing.", "Daily Post", "right", 0.9)
    b = quote("The judge said it was possible the city could refute the claims at a hearing.", "Evening Star",
              "left", 0.8, "Jane Roe")
    assert rejects_other_object(ASKED, a.text, b.text)
    assert polarity_agrees(asked(q), q, a, b)
    c = quote("The lower court did not allow the case to move toward a hearing.", "Evening Star", "left", 0.8)
    assert not rejects_other_object(ASKED, a.text, c.text)


def test_no_denies_its_noun_phrase_not_the_place_after_it():
    asked_ = frozenset({"object", "union"})
    assert object_only("Union leaders say there is no corruption within the union.", asked_)  # denies corruption
    assert not object_only("The council says it has no objection to the union.", asked_)  # its phrase: the objection
    assert not object_only("There is no truth to the claim that the council objects to the union.", asked_)
    assert not object_only("The council does not object to the union.", asked_)  # "not": its clause


def test_a_denial_of_a_neighbouring_noun_is_no_dispute_on_the_asked_one():
    q = "Does the council object to the union itself?"
    a = quote("The council's resolution would condemn the corruption of the union.", "Daily Post", "right", 0.9)
    b = quote("Union leaders say there is no corruption within the union.", "Evening Star", "left", 0.8, "Union")
    assert polarity_agrees(asked(q), q, a, b)
    q2 = "Is there corruption within the union?"
    assert not polarity_agrees(asked(q2), q2, a, b)
