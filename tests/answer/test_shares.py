"""A question asking for a proportion ("What share …", "what tax rate …") opens with the quote that gives one
(app/answer/shares.py, app/answer/opening.py): a percent or a share in words answers, a sum or a count does not."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.opening import act_first, plain_order
from app.answer.shares import asks_share, gives_share, share_given
from tests.answer.test_acts import quote


def test_questions_asking_for_a_proportion():
    for q in ("What share of its budget did the city spend on police?", "What tax rate did the senator pay in 2019?",
              "What effective federal tax rate did they pay?", "What percentage of voters backed the measure?",
              "How large a share of the vote did she win?"):
        assert asks_share(q), q
    for q in ("What did the critic rate the film?", "How much did the city spend on police?",
              "What did the governor say about the rate hike?"):
        assert not asks_share(q), q


def test_a_percent_or_a_share_in_words_gives_a_proportion():
    for text in ("The company paid an effective rate of 12.5 percent.", "Turnout rose to 61% this year.",
                 "Nearly one in five voters stayed home.", "Half of the budget went to schools."):
        assert gives_share(text), text
    for text in ("The company paid $3 million in taxes.", "He paid a higher rate than his rival.",
                 "The city hired 40 officers."):
        assert not gives_share(text), text


def test_a_proportion_question_opens_with_the_quote_that_gives_one():
    q = "What share of the workers are women?"  # no act: a count of women is a figure of what is asked, not a share
    lead = quote("The company employs 1,200 women across its stores, the filing says.", "A", 0.9)
    share = quote("Women make up 40 percent of the workers, the filing says.", "B", 0.8)
    assert plain_order(asked(q), q, [lead, share], [1], 2)[0] == 1


def test_after_a_proportion_only_another_proportion_corroborates():
    q = "What share of its 2019 profit did the company pay in state taxes?"
    share = quote("In 2019 the company paid an effective state tax rate of 11 percent.", "A", 0.9)
    sum_paid = quote("The company paid $9 million in state taxes in 2019, filings show.", "B", 0.88)
    again = quote("The company paid 11 percent of its 2019 profit in state taxes.", "C", 0.85)
    assert plain_order(asked(q), q, [share, sum_paid, again], [1, 2], 3) == [0, 2]


def test_the_best_quote_giving_the_proportion_for_the_years_asked_keeps_the_opening():
    q = "What tax rate did the governor say his rival paid in 2016?"
    best = quote("The governor said his own rate was 31 percent and put his rival's 2016 rate at 19 percent.", "A", 0.9)
    act = quote("The governor paid an effective tax rate of 28 percent over the decade.", "B", 0.85)
    assert share_given(q, best.text) and act_first(asked(q), q, [best, act]) == 0
    span = "What tax rate did the governor pay from 2010 through 2016?"
    one_year = quote("The governor's tax rate for 2016 was 24 percent.", "A", 0.9)
    assert not share_given(span, one_year.text)  # a rate of one year of the seven asked
