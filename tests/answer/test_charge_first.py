""""What is X accused of?" asks for the charge, which news states as "charges of", "charged with", "accused … of":
a plain answer opens with the close quote that states one when the best quote, a reaction to the indictment or a
lead naming the story, does not (app/answer/opening.py `charge_first`). Only the order of a plain answer changes."""

from __future__ import annotations

import pytest

from app.answer.opening import charge_first, plain_order
from app.answer.select import asked
from tests.answer.test_speaker_first import quote

Q = "What is Duncan Hunter accused of?"
REACTION = quote("“Today’s indictment confirms just how deep this corruption can reach when someone like Duncan "
                 "Hunter Jr. is in it for himself instead of representing the people.”", "NYT", 0.89)
CHARGE = quote("Rep. Duncan Hunter, R-Calif., and his wife, Margaret, were indicted on charges of illegally converting "
               "$250,000 in campaign funds for personal expenses and filing false records.", "Fox", 0.86)


def test_the_close_quote_stating_the_charge_opens_the_answer():
    ranked = [REACTION, CHARGE]
    assert charge_first(Q, ranked) == 1
    assert plain_order(asked(Q), Q, ranked, [0, 1], 2)[0] == 1


@pytest.mark.parametrize("question", ["What was Duncan Hunter charged with?", "What charges does Duncan Hunter face?",
                                      "What did prosecutors accuse Duncan Hunter of?"])
def test_every_wording_of_a_charge_question_reorders(question):
    assert charge_first(question, [REACTION, CHARGE]) == 1


@pytest.mark.parametrize("text", ["Prosecutors accused the congressman and his wife of spending the money on "
                                  "vacations.", "He was charged with wire fraud.", "The indictment alleges that the "
                                  "couple spent campaign money on a pet rabbit."])
def test_every_way_news_states_a_charge_counts(text):
    assert charge_first(Q, [REACTION, quote(text, "HuffPost", 0.8)]) == 1


def test_a_best_quote_stating_the_charge_keeps_its_place():
    assert charge_first(Q, [CHARGE, REACTION]) == 0


def test_a_charge_far_below_the_best_does_not_open():
    assert charge_first(Q, [REACTION, quote(CHARGE.text, "Fox", 0.4)]) == 0


def test_only_a_question_about_a_charge_reorders():
    assert charge_first("What did Duncan Hunter's opponent say?", [REACTION, CHARGE]) == 0
    assert charge_first("Who accused Duncan Hunter of lying?", [REACTION, CHARGE]) == 0
