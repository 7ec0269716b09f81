"""A pronoun rejection of "X said the plan would harm schools by moving money to charters" rejects the claimed harm,
not the means the sentence grants: it disputes what X said, and whether the plan harms schools, not whether it moves
money."""

from __future__ import annotations

from app.answer.disputed import answered_back
from app.answer.means_clause import means_only
from app.answer.select import asked
from app.answer.sides import Picked
from tests.answer.test_disputed import _article

CLAIM = "The party leader said the plan would harm public schools by moving money to charter schools, and would raise fees."


def test_asked_words_only_in_the_means_clause():
    assert means_only(CLAIM, frozenset({"move", "money", "charter"}))
    assert not means_only(CLAIM, frozenset({"harm", "public", "money"}))  # the claim holds "harm"
    assert not means_only("The plan moves money to charter schools.", frozenset({"move", "money"}))  # no means clause


def test_a_pronoun_rejection_disputes_the_claim_and_what_x_said_not_the_means():
    claim, back = _article((CLAIM, "Ann Lee"), ("Democrats called that a mischaracterization.", None))
    means = "Would the plan move money to charter schools?"
    assert not answered_back(asked(means), means, Picked([claim], False), [claim, back]).contested
    harm = "Would the plan harm public schools?"
    assert answered_back(asked(harm), harm, Picked([claim], False), [claim, back]).contested
    said = "What did Ann Lee say about the plan moving money to charter schools?"
    assert answered_back(asked(said), said, Picked([claim], False), [claim, back]).contested
