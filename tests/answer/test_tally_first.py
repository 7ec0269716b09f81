""""By what vote …?" asks a tally like "What was the vote …?", and opens with the close quote naming the act with one
(app/answer/asked.py, app/answer/openers.py `tally_first`, app/answer/opening.py)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.opening import plain_order
from app.answer.openers import tally_first
from app.answer.signals import gives_tally
from tests.answer.test_acts import quote


def test_by_what_vote_asks_a_tally():
    for q in ("By what vote did the Senate confirm the judge?", "By what margin did the bill pass?",
              "What was the House vote on the bill?"):
        assert asked(q).tally, q
    for q in ("What did the vote decide?", "By what means did the city pay?"):
        assert not asked(q).tally, q


def test_a_tally_is_given_by_two_counts():
    assert gives_tally("The bill, which passed 234-193, now goes to the Senate.")
    assert gives_tally("In a 5-4 ruling, the court struck it down.")
    assert not gives_tally("The House passed the bill on Friday.")


def test_a_tally_question_opens_with_the_close_quote_naming_the_act_with_a_tally():
    q = "By what vote did the Senate pass the bill?"
    lead = quote("The Senate passed the sweeping election bill on Friday after a long debate.", "A", 0.85)
    other = quote("In committee, members split 12-10 on an amendment to the bill.", "B", 0.8)  # another act's tally
    tally = quote("The bill, which passed 61-39, was the majority's top priority.", "C", 0.74)
    assert tally_first(asked(q), q, [lead, other, tally]) == 2
    assert plain_order(asked(q), q, [lead, other, tally], [1, 2], 2)[0] == 2


def test_a_best_quote_giving_a_tally_keeps_the_opening():
    q = "By what vote did the Senate pass the bill?"
    best = quote("The Senate passed the bill 61-39 on Friday.", "A", 0.9)
    other = quote("The bill, which passed 61-39, was the majority's top priority.", "B", 0.8)
    assert tally_first(asked(q), q, [best, other]) == 0


def test_the_result_of_a_vote_asks_its_tally():
    for q in ("What was the result of the union vote at the mill?", "What was the outcome of the council vote?",
              "What was the result of the referendum?"):
        assert asked(q).tally, q
    for q in ("What was the result of the inspection?", "What was the outcome of the lawsuit?"):
        assert not asked(q).tally, q


def test_a_tally_written_with_to_counts_only_beside_a_vote():
    assert gives_tally("Workers at the mill voted 212 to 97 to join the union.")
    assert gives_tally("The board approved the plan by a vote of 7 to 2.")
    assert gives_tally("In a 5 to 4 ruling, the court struck it down.")
    assert not gives_tally("Prices rose from 10 to 20 percent over the year.")
    assert not gives_tally("The shop is open 9 to 5 on weekdays.")


def test_the_result_of_a_vote_opens_with_the_quote_giving_the_tally():
    q = "What was the result of the union vote at the mill?"
    lead = quote("The union says the company threatened to close the mill during the campaign.", "A", 0.8)
    tally = quote("The closure came weeks after workers at the mill voted 212 to 97 to join the union.", "B", 0.75)
    assert plain_order(asked(q), q, [lead, tally], [1], 2)[0] == 1
