"""A question's term is held by a sentence in a derived form of its word, and an abbreviation's letters are no words."""

from __future__ import annotations

from app.text.derived import derived, holds_all
from app.text.terms import stem, term_set


def test_a_short_derivational_tail_makes_two_stems_one_word():
    assert derived(stem("politics"), stem("politicking"))  # "polit" / "politick"
    assert derived(stem("election"), stem("elector"))
    assert not derived(stem("part"), stem("parties"))  # a stem this short: many words begin so
    assert not derived(stem("state"), stem("statement"))  # a longer tail: another word
    assert not derived(stem("polit"), stem("polit"))  # the same stem is no derivation (held as itself)


def test_every_asked_term_is_held_as_itself_in_a_derived_form_or_as_an_abbreviations_letter():
    held = term_set("Netanyahu recently decried the use of his name in election-year politicking.")
    assert holds_all(term_set("his name being used in U.S. election politics"), held)
    assert not holds_all(term_set("his name being used in U.S. election advertising"), held)


def test_a_digit_is_a_word_to_hold_not_an_abbreviations_letter():
    held = term_set("The House passed H.R. 2 on Friday.")
    assert not holds_all(term_set("H.R. 1 passed the House"), held)  # another bill
    assert holds_all(term_set("the U.S. House passed H.R. 2"), held)


def test_either_stem_may_come_first():
    assert derived("politick", "polit") and derived("polit", "politick")
    assert not derived("statement", "state") and not derived("state", "statement")
    assert not derived("parti", "part") and not derived("part", "parti")  # the shorter stem is too short either way
