"""A count of any kind of person answers "how many people"; a count of things, or another group asked, does not."""

from app.answer.people_count import counts_people


def test_persons_of_any_kind_are_people():
    assert all(counts_people("peopl", u) for u in ("worker", "voter", "patient", "adult", "peopl", "women"))


def test_things_are_not_people():
    assert not any(counts_people("peopl", u) for u in ("job", "claim", "dollar", "percent", "gallon"))


def test_a_named_group_asked_is_not_any_group_of_persons():
    assert not counts_people("worker", "voter") and not counts_people("patient", "peopl")
