"""A suit asked by what it is against is not answered by a suit told against another target."""

from __future__ import annotations

from app.answer.answered import answers_question
from app.answer.targets import asked_target, targets, told_against_others
from tests.answer.test_qualifiers import article

Q = "Did Safari Club International announce a lawsuit against Trump's suspension of the trophy decision?"
EARLIER = ("Safari Club International, a trophy-hunting organization that sued the Obama administration in 2014 in "
           "an effort to challenge the ban, lashed out against the news media.")


def test_the_target_of_a_yes_no_questions_own_event_is_read():
    assert asked_target(Q) == ("sue", frozenset({"trump"}))
    assert asked_target("Did Nebraska and Oklahoma file a lawsuit against Colorado?") == ("sue", frozenset({"colorado"}))
    assert asked_target("Did the ACLU urge lawmakers to vote against H.R. 1?") is None  # the event asked is urging
    assert asked_target("Did Utah join the lawsuit against Colorado?") is None  # joining, not suing
    assert targets("sue", EARLIER) == ["the Obama administration"]
    assert targets("sue", "They filed a lawsuit against the Interior Department on Monday.") == ["the Interior Department"]


def test_a_suit_against_another_target_does_not_answer():
    assert told_against_others(Q, [EARLIER])
    assert not told_against_others(Q, ["The group sued the Trump administration over the suspension."])
    assert not told_against_others(Q, ["The group said it would go to court."])  # no target told: not read
    assert not answers_question(Q, article(EARLIER, "Mr. Trump put the trophy decision on hold."), [None])
