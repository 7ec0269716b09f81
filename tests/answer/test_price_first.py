"""A price asked by its noun opens with the quote naming any noun of price beside a sum, not the best quote's total
(app/answer/price_first.py, app/answer/opening.py)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.opening import plain_order
from app.answer.price_first import asks_price, gives_price, price_first
from tests.answer.test_acts import quote


def test_questions_asking_for_one_things_price():
    for q in ("What was the senator's usual fee for a speech?", "What is the price of a fishing permit in Maine?",
              "What was the charge for parking at the stadium?", "What would be the fee for a late filing?"):
        assert asks_price(q), q
    for q in ("What was the city's tax rate?", "What fees did the bank charge?", "How did he set his fee?",
              "What was the heart rate of the patient?"):
        assert not asks_price(q), q


def test_a_price_noun_beside_a_sum_gives_a_price():
    for text in ("Her standard rate was $225,000.", "The price of a permit is $5,000.", "He charged $40, a fee he set.",
                 "Parking carries a charge of $12 a day."):
        assert gives_price(text), text
    for text in ("She was paid a total of $675,000 for three speeches.",  # a total, no price noun
                 "She earned nearly $10 million in speaking fees in 2013.",  # plural: many prices summed
                 "They paid an effective tax rate of 31 percent.",  # a rate, but no sum of money
                 "The fee, which the board raised twice over the last decade, now stands at $40."):  # too far apart
        assert not gives_price(text), text


def test_a_price_question_opens_with_the_close_quote_naming_a_price():
    q = "What was the senator's usual fee for giving a speech?"
    total = quote("She gave three speeches to the bank and was paid a total of $675,000 for them.", "A", 0.86)
    fees = quote("She earned nearly $10 million in speaking fees last year.", "A", 0.75)
    rate = quote("Her standard rate was $225,000.", "A", 0.55)
    assert price_first(q, [total, fees, rate]) == 2
    assert plain_order(asked(q), q, [total, fees, rate], [1, 2], 2)[0] == 2


def test_a_best_quote_giving_a_price_keeps_the_opening():
    q = "What is the price of a fishing permit in Maine?"
    best = quote("A fishing permit in Maine carries a price of $25 for residents.", "A", 0.9)
    other = quote("The state's fee is $64 for visitors.", "B", 0.8)
    assert price_first(q, [best, other]) == 0


def test_a_price_quote_far_below_the_best_does_not_open():
    q = "What was the senator's usual fee for giving a speech?"
    total = quote("She was paid a total of $675,000 for three speeches.", "A", 0.9)
    rate = quote("Her standard rate was $225,000.", "A", 0.5)  # beyond ACT_MARGIN
    assert price_first(q, [total, rate]) == 0
