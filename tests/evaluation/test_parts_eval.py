"""A two-part question's case (issue 14.3): every part quoted, or the part no article answers said plainly to be not
covered, without abstaining. Small literal corpus (tests/evaluation/test_metrics.py)."""

from __future__ import annotations

from app.evaluation.parts import NOT_COVERED_LINE, part_reasons
from tests.evaluation.test_metrics import ALIGNED, GOOD_A, GOOD_H, answer, case, corpus  # noqa: F401 (fixture)

H = {"doc": "critic.txt", "snippet": "thousands of fake accounts"}
A = {"doc": "site.txt", "snippet": "a smear campaign"}


def test_each_part_must_be_quoted(corpus):
    both = case(part_passages=[[H], [A]])
    assert part_reasons(both, answer(GOOD_H, GOOD_A), corpus) == []
    assert part_reasons(both, answer(GOOD_H), corpus) == ["part 2 of the question is not answered by a quote"]


def test_the_expected_passages_are_the_parts_passages_when_not_given():
    assert [p.snippet for p in case(part_passages=[[H], [A]]).expected_passages] == [H["snippet"], A["snippet"]]


def test_a_part_not_covered_is_said_in_its_own_line_and_only_then(corpus):
    told = case(part_passages=[[H]], part_not_covered=True)
    line = f"{NOT_COVERED_LINE} none of the indexed sources reports the date asked for."
    said = answer(GOOD_H, text=f"- Daily Critic: \u201c{GOOD_H.quote}\u201d [1]\n{line}")
    assert part_reasons(told, said, corpus) == []
    assert part_reasons(told, answer(GOOD_H), corpus) == ["does not say which part of the question is not covered"]
    assert part_reasons(case(part_passages=[[H]]), said, corpus) == [
        "says a part is not covered although every part is"]


def test_abstaining_fails_a_question_one_part_of_which_is_answered(corpus):
    told = case(part_passages=[[H]], part_not_covered=True)
    assert "abstains although a part of the question is answered" in part_reasons(
        told, answer(text="The indexed sources don't answer this.", abstained=True), corpus)
    assert ALIGNED
