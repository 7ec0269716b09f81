"""A role is bound to a speaker by grammar — a title before the name, an apposition after it, the role set off before
the name, a possessive role as the subject of the trailing verb of saying — not by being near the owner's name
(invented sentences)."""

from app.answer.role_bound import bound, owner_implied


def test_a_title_before_the_name_binds_the_role():
    assert bound(frozenset({"historian"}), "Yale historian Ann Vole said the plan would fail.", "Ann Vole")


def test_an_apposition_after_the_name_binds_the_role():
    assert bound(frozenset({"lawyer"}), "Ann Vole, a senior lawyer with the bank, said it would appeal.", "Ann Vole")


def test_the_role_set_off_before_the_name_binds_it():
    assert bound(frozenset({"spokesman"}), "The bank's spokesman, Paul Lind, declined to comment.", "Paul Lind")


def test_a_role_bound_to_the_person_spoken_to_is_not_the_speaker_s():
    text = "Justice Ann Vole told Paul Lind, the workers' lawyer, that the class was too large."
    assert not bound(frozenset({"lawyer"}), text, "Ann Vole")
    assert bound(frozenset({"lawyer"}), text, "Paul Lind")


def test_a_possessive_role_or_a_title_abbreviation_implies_the_owner():
    assert owner_implied(frozenset({"doctor"}), "She swims daily, her doctor said.", "Ann Vole")
    assert owner_implied(frozenset({"doctor"}), "The note, from Dr. Ann Vole, said she is fit.", "Ann Vole")
    assert not owner_implied(frozenset({"doctor"}), "The note, from Dr. Ann Vole, said she is fit.", "Paul Lind")
    assert not owner_implied(frozenset({"doctor"}), "Ann Vole, a doctor, said she is fit.", "Ann Vole")
