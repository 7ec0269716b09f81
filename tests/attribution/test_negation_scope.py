"""How far a negation reaches: past a partitive after a negative quantifier ("none of the nine ferries is …"), and not
back over the noun a relative clause's negation modifies ("a levy that no farmer would pay"). Invented sentences."""

from __future__ import annotations

from app.attribution.contradict import negated, negates_ahead, opposite_polarity
from app.attribution.negation_scope import partitive_words, reach_before


def test_a_negative_quantifier_with_a_partitive_negates_the_predicate_after_its_noun_phrase():
    assert negates_ahead("The harbor master said none of the nine ferries is seaworthy.", "seaworthi")
    assert negates_ahead("Not one of the old ferries was ever inspected, the union said.", "inspect")
    assert negated("Neither of the two pumping stations was flooded.", frozenset({"flood"}))


def test_a_plain_negation_reaches_no_further_than_before():
    text = "The mayor did not say when the seven new pumping stations along the river would be flooded."
    assert not negates_ahead(text, "flood")
    assert partitive_words(text, text.index("not") + 3) == 0
    assert partitive_words("none of them", 4) == 2


def test_a_negation_inside_a_relative_clause_does_not_negate_the_noun_before_it():
    claim = 'The councilman said the budget holds "a secret levy that no farmer would ever agree to."'
    assert not negated(claim, frozenset({"secret", "levi"}))
    assert negated("The budget holds no secret levy.", frozenset({"levi"}))
    assert reach_before("a plan which nobody opposed", len("a plan which ")) == ""
    assert reach_before("that is not true", len("that is ")) == "that is "  # a demonstrative subject, no relative


def test_a_quantified_denial_opposes_a_plain_claim():
    claim = 'Board member Ray Tull said the ferries carry "dangerous cargo that no inspector has checked."'
    denial = "The port's safety officer, Ida Venn, said none of the 11 ferries carries dangerous cargo."
    assert opposite_polarity(denial, claim, frozenset({"danger", "cargo"}))
