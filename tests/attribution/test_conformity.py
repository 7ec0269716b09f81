"""Keeping a norm against breaking it: two closed classes of verbs with the same norm noun as object deny each other
without a negation word; a negation before the verb turns the side (invented sentences)."""

from __future__ import annotations

from app.attribution.conformity import opposite_conformity, sides_taken
from app.text.terms import term_set

ASKED = term_set("Did the ferry company break the harbour safety rules?")


def test_broken_against_complied_with_the_same_norm_disagree():
    a = "Councillor Ines Varga said the ferry company had broken the harbour rules twice this year."
    b = "The company's director said it had complied with every harbour rule."
    assert opposite_conformity(a, b, ASKED) == "rule" and opposite_conformity(b, a, ASKED) == "rule"


def test_a_negated_violation_keeps_the_norm():
    assert sides_taken("The operator said it did not violate any rules.") == {("rule", True)}
    assert sides_taken("The operator never obeyed the rules, she said.") == {("rule", False)}
    a = "The inspector said the crew breached the safety rules."
    assert opposite_conformity(a, "The captain said the crew did not break any rules.", ASKED) == "rule"


def test_the_same_side_or_another_norm_is_no_disagreement():
    a = "Inspectors said the crew violated the safety rules."
    assert opposite_conformity(a, "The union admitted the crew flouted the rules.", ASKED) is None
    assert opposite_conformity(a, "The company said it had complied with its contract.", ASKED) is None
    assert opposite_conformity(a, "The company said it complied with the rules.", frozenset({"ferri"})) is None  # not asked


def test_breaking_something_that_is_no_norm_takes_no_side():
    assert sides_taken("The ferry broke the record for the crossing and broke ground on a new pier.") == frozenset()
    assert sides_taken("The port obeyed no one, a sailor joked.") == frozenset()
