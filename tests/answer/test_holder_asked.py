"""A question about what someone wants, fears, plans or proposes asks that holder's stance: a dispute between two
other sources on the same topic does not make the answer contested; a dispute with the holder's side does."""

from __future__ import annotations

from app.answer.holder_asked import holder_disputed, polar_holder, polar_holder_disputed, stance_holder
from app.answer.sides import Picked
from tests.answer.test_sides import quote

CLAIM = quote("The city's complaint argues that the new dam floods farmland downstream.", "Daily Star", "left", 1.0)
REBUTTAL = quote("This complaint is baseless and we will fight it in court.", "Evening Post", "right", 0.9,
                 "Mayor Ann Reyes")
FARMERS = quote("Farmers fear the dam will ruin the spring harvest, their union said.", "Daily Star", "left", 0.95)
FARMERS_DENIED = quote("Engineers called the farmers' fears unfounded.", "Evening Post", "right", 0.9)


def contested(*quotes):
    return Picked(list(quotes), True, "rebuttal", (0, 1), (0, 1))


def test_the_holder_of_a_stance_is_read_from_the_subject_of_its_verb():
    assert stance_holder("What do the farmers fear if the dam is built?") == frozenset({"farmer"})
    assert stance_holder("What changes does the union want the city to make?")
    assert stance_holder("How does the mayor plan to answer the complaint?")
    assert stance_holder("What did the council propose for the budget?")
    assert not stance_holder("Why did the mayor want the vote delayed?")  # a reason, not the stance
    assert not stance_holder("What did the mayor say about the dam?")  # a said-question: `Asked.said`'s
    assert not stance_holder("What did the mayor's statement say she and the council both believe?")
    assert not stance_holder("What does the complaint argue?")
    assert not stance_holder("What did the Fear Index show?")  # a capitalised name word is no verb


def test_a_dispute_between_two_other_sources_leaves_what_the_holder_fears_undisputed():
    q = "What do farmers fear if the dam is built?"
    got = holder_disputed(q, contested(CLAIM, REBUTTAL, FARMERS))
    assert not got.contested and got.about == "" and got.pair == () and got.quotes == [CLAIM, REBUTTAL]


def test_a_dispute_of_the_holders_own_stance_stays_contested():
    q = "What do farmers fear if the dam is built?"
    picked = contested(FARMERS, FARMERS_DENIED)
    assert holder_disputed(q, picked) == picked


def test_a_speaker_naming_the_holder_is_the_holders_side():
    q = "How does the mayor plan to answer the complaint?"
    picked = contested(CLAIM, REBUTTAL)  # the rebuttal is Mayor Ann Reyes's: her side is in the pair
    assert holder_disputed(q, picked) == picked


def test_a_question_asking_no_stance_is_left_as_it_was():
    q = "Does the dam flood farmland downstream?"
    picked = contested(CLAIM, REBUTTAL)
    assert holder_disputed(q, picked) == picked


def test_a_yes_no_question_of_a_stance_reads_its_holder_before_the_verb():
    assert polar_holder("Does the union object to the dam itself?") == frozenset({"union"})
    assert polar_holder("Did Mayor Ann Reyes support the new dam?")
    assert polar_holder("Do the farmers want the dam moved?")
    assert not polar_holder("Does the dam flood farmland downstream?")  # no verb of stance
    assert not polar_holder("What do the farmers fear?")  # the wh-form: `stance_holder`'s, on pick's pair only


def test_a_yes_no_stance_question_is_disputed_only_with_the_holders_side_in_the_pair():
    q = "Do the farmers object to the dam itself?"
    assert not polar_holder_disputed(q, contested(CLAIM, REBUTTAL)).contested  # the city and the mayor: not the holder
    picked = contested(FARMERS, FARMERS_DENIED)
    assert polar_holder_disputed(q, picked) == picked
    other = contested(CLAIM, REBUTTAL)
    assert polar_holder_disputed("Does the dam flood farmland downstream?", other) == other
