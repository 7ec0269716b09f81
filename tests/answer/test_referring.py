"""Sentences that refer back to the person or thing named before them (app/answer/referring.py)."""

from app.answer.referring import PRONOUN_LED, PRONOUN_OPENS, THING_LED


def test_a_personal_pronoun_opening_refers_back_to_a_person():
    assert PRONOUN_LED.match("He repaid his campaign about $60,000.")
    assert not PRONOUN_LED.match("Hence the delay.")
    assert not PRONOUN_LED.match("The senator repaid it.")


def test_it_or_a_scheme_noun_opening_refers_back_to_a_thing():
    assert THING_LED.match("The deal will cost taxpayers $450 million.")
    assert THING_LED.match("It would cost $3 billion over ten years.")
    assert THING_LED.match("This measure raises $2 million.")
    assert not THING_LED.match("Its backers say it pays for itself.")
    assert not THING_LED.match("The senator said it would cost more.")


def test_any_pronoun_or_demonstrative_subject_in_any_case_refers_back():
    assert PRONOUN_OPENS.match("It also creates a matching fund.")
    assert PRONOUN_OPENS.match("these would be paid by the state")
    assert not PRONOUN_OPENS.match("Items on the list cost $200.")
