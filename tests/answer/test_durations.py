"""A length of time in words answers "How long did …": a counted unit with a half more ("two and a half hours"), and a
bare plural of a unit where news gives a vague length ("lasted hours", "months of negotiations", "a matter of days");
not a set of times ("the months of June and July") nor a span placing the event in time ("hours after")."""

from __future__ import annotations

from app.answer.durations import DURATION, duration_given

Q = "How long did the council debate the budget?"


def test_a_count_with_a_half_more_is_a_length():
    assert duration_given(Q, ["The council debated the budget for two and a half hours."])
    assert duration_given(Q, ["After an hour and a half, the council voted."])


def test_a_bare_plural_unit_after_a_verb_of_lasting_or_taking_is_a_length():
    for text in ("The debate lasted hours.", "The budget debate took months.", "Members spent weeks on the budget.",
                 "Counting the votes could take days."):
        assert duration_given(Q, [text]), text
    assert not duration_given(Q, ["The council took up the budget hours after the vote."])  # placed in time
    assert duration_given(Q, ["The count took days after the polls closed."])  # a length, then when it began


def test_a_bare_plural_unit_measuring_an_activity_is_a_length():
    assert duration_given(Q, ["The budget passed after months of negotiations."])
    assert duration_given(Q, ["The vote ended weeks of Senate debate over the budget."])
    assert duration_given(Q, ["The council settled it in a matter of days."])


def test_a_set_of_times_is_no_length():
    assert not duration_given(Q, ["The offer was made during the months of June and July."])
    assert not duration_given(Q, ["The council meets on the days of the week its chair sets."])
    assert not duration_given(Q, ["The clerk posted the hours of operation."])
    assert not DURATION.search("The years of his tenure were quiet.")
    assert DURATION.search("Years of his tenure were quiet.")  # no determiner: how long
