"""A yes/no question is disputed by a denial only when its negation scopes over a word of what the question asks
(`wh_denied.denies_ahead`, `contradict.negated_ahead`): a negation after the story's subject ("the mine would not take
water …") denies its own verb and object, not the subject the question names (hand-made quotes, as in test_sides)."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.sides import contradiction, pick
from app.answer.wh_denied import denies_ahead
from app.attribution.contradict import negated_ahead
from tests.answer.test_sides import quote, vectors

CLAIM = "Opponents led by the Tarn Water Alliance say the quarry will draw down the aquifer that supplies the farms."
OTHER = ("Chief executive Grant Lowell said the quarry would not take water from any farmer's well. The quarry will "
         "draw from a deep saline aquifer that is not used for farming or drinking, he said.")


def test_a_negation_scopes_to_its_clause_s_end_not_back_over_its_subject():
    assert negated_ahead(OTHER) == {"take", "water", "farmer", "well", "use", "farm", "drink"}
    assert negated_ahead("Harker said warmer water, not the dam, was behind the decline.") == {"dam"}
    assert negated_ahead("The company does not tolerate delays.") == {"toler", "delay"}
    assert negated_ahead("The plan was approved on Monday.") == frozenset()
    assert {"million", "overtim"} <= negated_ahead("It could not document $4.2 million in overtime, he said.")


def test_a_denial_of_another_act_of_the_story_s_subject_does_not_dispute_a_yes_no_question():
    q = "Will opponents appeal the approval of the quarry?"
    ask = asked(q)
    assert contradiction(ask, q, quote(CLAIM, "A", "x", 1.0), quote(OTHER, "B", "y", 0.9), 0.7) is None
    ranked = [quote(CLAIM, "A", "x", 1.0), quote(OTHER, "B", "y", 0.9)]
    assert not pick(ask, q, ranked, vectors((1, 0.3), (1, 0.5))).contested


def test_a_denial_over_what_is_asked_still_disputes_it():
    q = "Will the quarry take water from farmers' wells?"
    ask = asked(q)
    assert denies_ahead(ask, q, CLAIM, OTHER, ask.predicate)
    picked = pick(ask, q, [quote(CLAIM, "A", "x", 1.0), quote(OTHER, "B", "y", 0.9)], vectors((1, 0.3), (1, 0.5)))
    assert picked.contested and picked.about == "denial"


def test_a_what_why_how_question_keeps_its_own_test():
    q = "Why will opponents appeal the approval of the Tarn quarry?"
    assert denies_ahead(asked(q), q, CLAIM, OTHER, frozenset({"mine"}))
