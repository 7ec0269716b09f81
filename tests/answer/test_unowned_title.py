"""A bare role bound to the speaker's name, no owner before it ("said chief executive Victor Osei"), is the role of the
body the passage names: the holder of "Voltra's chief executive" (app/answer/role_bound.py `unowned_title`)."""

from __future__ import annotations

from app.answer.role_bound import owner_implied, unowned_title

CEO = frozenset({"chief", "execut"})
OSEI = ["victor", "osei"]


def test_a_bare_title_or_apposition_before_or_after_the_name_has_no_owner():
    assert unowned_title(CEO, '"We are acting out of caution," said chief executive Victor Osei.', OSEI)
    assert unowned_title(CEO, "The chief executive, Victor Osei, said the company acted.", OSEI)
    assert unowned_title(CEO, "Victor Osei, the chief executive, said the company acted.", OSEI)
    assert owner_implied(CEO, "Chief executive Victor Osei said the company acted.", "Victor Osei")


def test_a_role_with_its_owner_before_it_is_not_unowned():
    assert not unowned_title(CEO, "Calvera chief executive Victor Osei said the mine was safe.", OSEI)
    assert not unowned_title(CEO, "The company's chief executive, Victor Osei, said so.", OSEI)
    assert not owner_implied(CEO, "Calvera chief executive Victor Osei said the mine was safe.", "Victor Osei")


def test_part_of_the_role_or_another_name_is_no_holder():
    assert not unowned_title(CEO, "Chief Alana Reyes said two of the fires began at home.", ["alana", "reyes"])
    assert not unowned_title(CEO, "said chief executive Victor Osei of Tamsin, not Grant Lowell", ["grant", "lowell"])


def test_an_indefinite_role_is_nobody_s():
    assert not unowned_title(frozenset({"doctor"}), "Ann Vole, a doctor, said she is fit.", ["ann", "vole"])
