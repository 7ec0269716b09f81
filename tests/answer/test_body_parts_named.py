"""A legislature is named by its chambers and its members' titles: "the House Armed Services Committee" names
Congress; another body does not."""

from __future__ import annotations

from app.answer.named import name_held
from app.text.terms import term_set


def test_congress_is_named_by_its_chambers_and_members():
    congress = frozenset({"congress"})
    assert name_held(congress, term_set("She was elected in 2010 and serves on the House Budget Committee.").__contains__)
    assert name_held(congress, term_set("The congressman voted no.").__contains__)
    assert not name_held(congress, term_set("The governor signed the budget.").__contains__)
