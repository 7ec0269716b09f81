"""A what / why / how question is disputed by a denial only of the act it asks about (`wh_denied`), not by a negation
of the story's topic words; a yes/no question by a rebuttal of claims only when it holds a word of its predicate
(hand-made quotes and vectors, as in test_sides)."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.sides import contradiction, pick
from app.answer.wh_denied import rebuttal_words, wh_act
from tests.answer.test_sides import quote, vectors


def test_the_act_of_a_what_why_how_question_and_none_of_other_questions():
    for q, act in (("What caused the fire at the Dorne warehouse?", {"caus"}),
                   ("Why did the council say the new levy would help?", {"help"}),
                   ("Did the council raise the levy?", set()),  # yes/no: any word of its predicate
                   ("How many homes lost power?", set()),  # a figure
                   ("Who started the fire at the Dorne warehouse?", set())):  # identity: its own act
        assert wh_act(asked(q), q) == act, q


def test_a_negation_of_the_story_s_topic_does_not_dispute_the_cause_asked():
    q = "What caused the fire at the Dorne warehouse?"
    ranked = [quote("A faulty heater started the fire at the Dorne warehouse, the owner said.", "A", "x", 1.0),
              quote("Neighbours said the fire at the Dorne warehouse was far larger than the owner admits, and that it was "
                    "not the warehouse's first problem.", "B", "y", 0.85)]
    assert not pick(asked(q), q, ranked, vectors((1, 0.3), (1, 0.5))).contested


def test_a_denial_of_the_act_asked_still_disputes_it():
    q = "Why did the council say the new levy would help?"
    ranked = [quote("The council said the new levy would help repair the town's roads within two years.", "A", "x", 1.0),
              quote("Residents said the new levy would not help the town's roads at all.", "B", "y", 0.9)]
    picked = pick(asked(q), q, ranked, vectors((1, 0.3), (1, 0.5)))
    assert picked.contested and picked.about == "denial"


def test_a_rebuttal_of_claims_disputes_a_yes_no_question_only_with_a_word_of_its_predicate():
    q = "Is the Varn League funded by foreign donors?"  # the Varn League is the story's topic; funded by donors asked
    target = quote("The Varn League, founded in the 1970s, joined the protests that toppled the donor-funded "
                   "government in 1989.", "A", "x", 1.0)
    topic_only = quote("These anti-Varn League claims were merely designed to divert attention from the crimes of "
                       "the government.", "B", "y", 0.8)
    on_asked = quote("These claims about foreign funding of the Varn League were merely designed to divert attention "
                     "from the crimes of the government.", "B", "y", 0.8)
    assert rebuttal_words(asked(q), q) == {"fund", "donor", "foreign"}
    assert contradiction(asked(q), q, target, topic_only, 0.5) is None
    assert contradiction(asked(q), q, target, on_asked, 0.5) == "rebuttal"


def test_a_what_why_how_question_keeps_every_word_for_a_rebuttal():
    q = "Why did the Varn League stop its protests?"  # the reason disputed is words the question does not hold
    assert rebuttal_words(asked(q), q) == asked(q).terms
