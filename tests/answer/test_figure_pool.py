"""A figure of the noun the question counts may stand further below the best quote (`asked_figure.figure_pool`): news
gives a size in a sentence about something else ("a lawsuit that covers 1.5 million women" in a justice's concerns)."""

from __future__ import annotations

from app.answer.asked_figure import FIGURE_POOL, figure_pool
from app.answer.select import asked
from app.answer.sides import WIDE_POOL, pick
from tests.answer.test_sides import quote, vectors

Q = "How large is the class of women suing the retailer?"
BEST = quote("The court appears ready to block a lawsuit against the retailer on behalf of up to 1.6 million women.",
             "A", "x", 1.1)
FAR = quote("A justice voiced concerns about the particulars of the lawsuit that covers 1.5 million women.", "B", "y",
            BEST.score - (WIDE_POOL + FIGURE_POOL) / 2)  # below the plain pool, within the figures' pool


def test_another_outlets_figure_of_the_counted_noun_far_below_the_best_is_contested():
    picked = pick(asked(Q), Q, [BEST, FAR], vectors((1, 0.3), (1, 0.6)))
    assert picked.contested and picked.about == "figures"


def test_the_wider_pool_holds_only_figures_of_a_noun_the_question_names():
    stores = quote("The women worked in 3,400 stores in 170 job classifications.", "B", "y", FAR.score)
    ask = asked(Q)
    ranked = [BEST, FAR, stores]
    assert figure_pool(ask, [q.score for q in ranked], [q.text for q in ranked], WIDE_POOL) == [0, 1]
    assert not pick(ask, Q, [BEST, stores], vectors((1, 0.3), (1, 0.6))).contested
    rounded = quote("A justice voiced concerns about the lawsuit that covers about 1.6 million women.", "B", "y",
                    FAR.score)  # the same figure, hedged: agreement, however far it reaches
    assert not pick(ask, Q, [BEST, rounded], vectors((1, 0.3), (1, 0.6))).contested
    beyond = quote(FAR.text, "B", "y", BEST.score - FIGURE_POOL - 0.05)
    assert not pick(ask, Q, [BEST, beyond], vectors((1, 0.3), (1, 0.6))).contested


def test_a_question_asking_no_figure_keeps_the_plain_pool():
    q = "Did the court block the lawsuit of the women suing the retailer?"
    assert figure_pool(asked(q), [BEST.score, FAR.score], [BEST.text, FAR.text], WIDE_POOL) == [0]


def test_a_how_many_question_widens_only_for_figures_of_the_noun_it_counts():
    q = "In how many stores did the women suing the retailer work?"  # counts stores; women is only named
    ask = asked(q)
    stores = quote("The women worked in 3,400 stores in 170 job classifications.", "B", "y", FAR.score)
    assert figure_pool(ask, [BEST.score, FAR.score, stores.score], [BEST.text, FAR.text, stores.text], WIDE_POOL,
                       q) == [0, 2]
    assert not pick(ask, q, [BEST, FAR], vectors((1, 0.3), (1, 0.6))).contested
