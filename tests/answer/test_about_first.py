""""What did X say about <a person>?" opens with X's close words naming the person (app/answer/about_first.py)."""

from __future__ import annotations

from app.answer.about_first import about_first, about_terms
from app.answer.asked import asked
from tests.answer.test_acts import quote

Q = "What did Mayor Jones say about Ada Park?"
OTHER = quote("“I think it is wrong that the council stalls the budget, frankly,” Mayor Jones said.", "Times", 0.62)
NAMED = quote("Councilwoman Ada Park? “A tireless, honest public servant,” Mayor Jones said.", "Times", 0.58)


def voiced(q):
    return "Jones said" in q.text


def test_the_close_quote_of_x_naming_the_person_opens_before_x_on_something_else():
    assert about_first(asked(Q), Q, [OTHER, NAMED], [1], voiced) == 1


def test_a_best_quote_naming_the_person_by_a_pronoun_keeps_the_opening():
    best = quote("“She is a fighter,” Mayor Jones said on Monday.", "Times", 0.62)
    assert about_first(asked(Q), Q, [best, NAMED], [1], voiced) == 0


def test_a_best_quote_naming_the_person_keeps_the_opening():
    best = quote("“Park is the best of them,” Mayor Jones said on Monday.", "Times", 0.62)
    assert about_first(asked(Q), Q, [best, NAMED], [1], voiced) == 0


def test_a_quote_not_in_xs_voice_or_not_close_does_not_open():
    critic = quote("Councilwoman Ada Park is a disgrace, a critic said.", "Post", 0.60)
    assert about_first(asked(Q), Q, [OTHER, critic], [1], voiced) == 0
    assert about_first(asked(Q), Q, [OTHER, NAMED], [], voiced) == 0


def test_only_a_bare_name_is_a_person_asked_about_a_thing_is_told_by_it_as_often():
    assert about_terms(Q) == frozenset({"ada", "park"})
    assert about_terms("What did Mayor Jones say about Ada Park as a candidate?") == frozenset({"ada", "park"})
    assert about_terms("What did Mayor Jones say about Ada Park's remarks?") == frozenset()
    assert about_terms("What did Mayor Jones say about the budget?") == frozenset()


def test_a_plain_answer_opens_with_it():
    from app.answer.opening import plain_order

    assert plain_order(asked(Q), Q, [OTHER, NAMED], [1], 2)[0] == 1


def test_how_x_described_a_person_asks_the_same():
    q = "How did Mayor Jones describe Ada Park as a candidate?"
    assert about_terms(q) == frozenset({"ada", "park"})
    assert about_first(asked(q), q, [OTHER, NAMED], [1], voiced) == 1


def test_a_pronoun_after_xs_name_is_xs_own_and_keeps_nothing():
    best = quote("“We have five names,” Mayor Jones said at City Hall, where he spoke on Monday.", "Times", 0.62)
    assert about_first(asked(Q), Q, [best, NAMED], [1], voiced) == 1
