"""The act of a yes/no question whose subject is no name: indefinite subjects and perfects (`asked_shapes`), and a
"Did <Name> <verb> <Owner>'s <noun>" question whose possessive is the object's, not a role of the doer."""

import pytest

from app.answer.asked import asked, asks_verdict
from app.answer.asked_shapes import yes_no_act
from app.text.terms import terms


def _act(word: str) -> frozenset[str]:
    return frozenset(terms(word, query=True)[:1])


@pytest.mark.parametrize("question, verb", [
    ("Did anyone sue the county over its zoning rules?", "sue"),
    ("Did anybody appeal the ruling?", "appeal"),
    ("Did someone leak the memo to reporters?", "leak"),
    ("Did a judge block the new tariff?", "block"),
    ("Did any Democrats oppose the budget in the Senate?", "oppose"),
    ("Has any city ordinance been overturned on appeal?", "overturned"),
    ("Have the charges against the mayor been dropped?", "dropped"),
    ("Had the full report ever been read out in parliament before?", "read"),
    ("Has the pipeline been shut down since the spill?", "shut"),
    ("Has the agency been collecting phone records?", "collecting"),
    ("Has the governor vetoed the bill?", "vetoed"),
    ("Have any courts ruled on the new map?", "ruled"),
    ("Have judges recused themselves from such cases?", "recused"),
])
def test_yes_no_question_without_a_named_subject_gives_its_act(question, verb):
    assert yes_no_act(question) == _act(verb)
    assert asked(question).verb == _act(verb)


@pytest.mark.parametrize("question", [
    "Has the senator been fair to the unions?",  # "been" + an adjective: a verdict, no act
    "Has the merger been a success?",
    "Has the council been able to meet?",
    "Did the mayor's office ignore the report?",  # a definite subject: `DID_CASE` or nothing, not this reading
    "Did prosecutors announce new charges?",  # a bare plural names its doers
])
def test_questions_of_state_or_other_shapes_give_no_act_here(question):
    assert yes_no_act(question) == frozenset()


def test_object_possessive_is_not_the_doer_role():
    ask = asked("Did Lopez reverse the department's decision to close the clinic?")
    assert ask.verb == _act("reverse")
    assert ask.doer == frozenset({"lopez"}) and not ask.doer_role


def test_owner_role_question_still_reads_the_role():
    ask = asked("Did Ohio's attorney general promise to appeal?")
    assert ask.doer_role == frozenset(terms("attorney")) and ask.verb == _act("promise")


def test_indefinite_act_question_asks_no_verdict_it_does_not_name():
    ask = asked("Did anyone sue the state over its cannabis law?")
    assert not asks_verdict(ask, ("illegal", "legal"))
    assert asks_verdict(asked("Is the state's cannabis law legal?"), ("illegal", "legal"))


@pytest.mark.parametrize("question, existential", [
    ("Did anyone sue the county over its zoning rules?", True),
    ("Did any Democrats oppose the budget?", True),
    ("Did a judge block the tariff?", True),
    ("Did the county sue the state?", False),
    ("Who sued the county?", False),  # asked as identity
])
def test_did_anyone_asks_whether_the_act_happened(question, existential):
    assert asked(question).existential is existential


def test_did_anyone_is_not_disputed_by_a_rebuttal_of_the_acts_merits():
    from app.answer.sides import pick
    from tests.answer.test_sides import quote, vectors

    suit = quote("Two counties filed a lawsuit against the state on Monday, saying its water law is "
                 "unconstitutional.", "A", "x", 1.0)
    merits = quote("We believe this lawsuit is without merit and we will vigorously defend against it.", "B", "y",
                   0.95, speaker="Ana Ruiz")
    close = vectors((1, 0.1), (1, 0.2))  # the same claim by similarity
    q = "Did anyone sue the state over its water law?"
    assert not pick(asked(q), q, [suit, merits], close).contested
    whether = "Is the counties' lawsuit against the state justified?"  # the merits asked: the rebuttal disputes it
    assert pick(asked(whether), whether, [suit, merits], close).contested
