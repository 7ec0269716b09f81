"""A two-part question's case (issue 14.3): every part quoted, or the part no article answers said plainly to be not
covered, without abstaining. Small literal corpus (tests/evaluation/test_metrics.py)."""

from __future__ import annotations

from app.answer.partial import untold_parts
from app.evaluation.parts import part_reasons
from tests.evaluation.test_metrics import ALIGNED, GOOD_A, GOOD_H, answer, case, corpus  # noqa: F401 (fixture)

H = {"doc": "critic.txt", "snippet": "thousands of fake accounts"}
A = {"doc": "site.txt", "snippet": "a smear campaign"}


def test_each_part_must_be_quoted(corpus):
    both = case(part_passages=[[H], [A]])
    assert part_reasons(both, answer(GOOD_H, GOOD_A), corpus) == []
    assert part_reasons(both, answer(GOOD_H), corpus) == ["part 2 of the question is not answered by a quote"]


def test_the_expected_passages_are_the_parts_passages_when_not_given():
    assert [p.snippet for p in case(part_passages=[[H], [A]]).expected_passages] == [H["snippet"], A["snippet"]]


def said_not_covered(part: str):
    """An answer quoting GOOD_H that names `part` not covered, in its text and in `not_covered_parts`."""
    parts = untold_parts([part])
    text = f"- Daily Critic: \u201c{GOOD_H.quote}\u201d [1]\n{parts[0].line}"
    return answer(GOOD_H, text=text).model_copy(update={"not_covered_parts": parts})


def test_a_part_not_covered_is_read_from_the_answers_field_and_only_then(corpus):
    told = case(part_passages=[[H]], part_not_covered=True)
    said = said_not_covered("When did the camp open?")
    assert part_reasons(told, said, corpus) == []
    assert part_reasons(told, answer(GOOD_H), corpus) == ["does not say which part of the question is not covered"]
    assert part_reasons(case(part_passages=[[H]]), said, corpus) == [
        "says a part is not covered although every part is"]


def test_the_not_covered_line_in_the_text_without_the_field_does_not_count(corpus):
    told = case(part_passages=[[H]], part_not_covered=True)
    text_only = answer(GOOD_H, text=said_not_covered("When did the camp open?").answer)
    assert part_reasons(told, text_only, corpus) == ["does not say which part of the question is not covered"]


def test_abstaining_fails_a_question_one_part_of_which_is_answered(corpus):
    told = case(part_passages=[[H]], part_not_covered=True)
    assert "abstains although a part of the question is answered" in part_reasons(
        told, answer(text="The indexed sources don't answer this.", abstained=True), corpus)
    assert ALIGNED
