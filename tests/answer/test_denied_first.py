"""A yes/no question opens with the close quote that denies the asked part, when the best one only restates the topic
(app/answer/denied_first.py, opening.plain_order)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.denied_first import denied_first, lacks
from app.answer.opening import plain_order
from tests.answer.test_acts import quote

Q = "Is the mayor choosing her deputy for their fund-raising ability?"
LEAD = "The mayor said she expected to announce her choice of a deputy by Friday, ending a long search."
DENIAL = "The mayor said she was not basing her selection on fund-raising prowess, but on experience."


def test_a_close_denial_of_the_asked_part_opens_before_a_lead_restating_the_topic():
    ranked = [quote(LEAD, "Times", 0.79), quote(DENIAL, "Times", 0.70)]
    assert denied_first(asked(Q), Q, ranked, [1]) == 1
    assert plain_order(asked(Q), Q, ranked, [1], 2)[0] == 1


def test_a_denial_that_is_not_close_does_not_open():
    ranked = [quote(LEAD, "Times", 0.79), quote(DENIAL, "Times", 0.50)]
    assert denied_first(asked(Q), Q, ranked, []) == 0


def test_a_best_quote_that_already_denies_something_asked_keeps_the_opening():
    best = quote("The mayor is not choosing her deputy by seniority, aides said.", "Times", 0.79)
    ranked = [best, quote(DENIAL, "Times", 0.70)]
    assert denied_first(asked(Q), Q, ranked, [1]) == 0


def test_a_denial_of_a_word_the_best_quote_holds_in_some_form_does_not_open():
    q = "Did the council pass a resolution condemning racism in the movement?"
    best = quote("The council adopted a resolution condemning racist elements in the movement.", "Post", 1.08)
    other = quote("Movement organizers disputed claims of racism and asked the council to withdraw it.", "Wire", 1.03)
    assert "racism" not in lacks(best.text, frozenset({"racism"}))
    assert denied_first(asked(q), q, [best, other], [1]) == 0


def test_a_close_quote_that_denies_nothing_does_not_open():
    other = quote("Her fund-raising prowess was praised by donors at a dinner on Tuesday.", "Times", 0.75)
    assert denied_first(asked(Q), Q, [quote(LEAD, "Times", 0.79), other], [1]) == 0


def test_a_wh_question_is_left_to_the_other_openers():
    q = "Why is the mayor choosing her deputy for fund-raising?"
    ranked = [quote(LEAD, "Times", 0.79), quote(DENIAL, "Times", 0.70)]
    assert plain_order(asked(q), q, ranked, [1], 2)[0] == 0


def test_a_close_quote_naming_the_asked_part_above_the_denial_keeps_the_opening():
    # the first close quote naming what the best lacks decides: it names "fund-raising" with no denial the scope check
    # reads (a long subject between "neither" and the verb), so a later denial of another verb does not open
    named = ("Neither the mayor nor the aides who ran her search for a deputy last spring are weighing fund-raising "
             "ability, officials said.")
    ranked = [quote(LEAD, "Times", 0.79), quote(named, "Times", 0.72), quote(DENIAL, "Times", 0.70)]
    assert denied_first(asked(Q), Q, ranked, [1, 2]) == 0
