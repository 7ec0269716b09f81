"""Flag stability: a reworded question must get the same decision and the same "sources disagree"
flag as the question (hand-made answers; a fake system answers by looking the question up)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from app.evaluation.baselines import System
from app.evaluation.cases import Case
from app.evaluation.report import METRICS, Thresholds, check_thresholds, render_markdown
from app.evaluation.runner import add_stability
from app.evaluation.stability import ask_rephrasings, case_stability, flips, stability_totals
from app.models import Answer, Citation

Q, R1, R2 = "Did the senator say the bill costs 5 million?", "Was 5 million the senator's cost for the bill?", \
    "Did the senator put the bill's cost at 5 million?"


def said(outlet: str = "Daily Critic") -> Citation:
    quote = "The senator said the bill costs 5 million dollars."
    return Citation(id="1", outlet=outlet, doc_id="d1", quote=quote, start=0, end=len(quote))


def answer(contested: bool = False, abstained: bool = False, outlet: str = "Daily Critic") -> Answer:
    return Answer(question="q", answer="", abstained=abstained, contested=contested,
                  citations=[] if abstained else [said(outlet)])


def case(*rephrasings: str, **fields) -> Case:
    return Case.model_validate({"id": "c", "question": Q, "kind": "single", "contested": False,
                                "rephrasings": list(rephrasings), **fields})


def test_a_rewording_with_the_same_decision_and_flag_is_stable():
    s = case_stability(case(R1, R2), answer(), [answer(), answer()])
    assert (s.flags.hits, s.flags.total, s.reasons) == (2, 2, [])


def test_a_rewording_that_flips_the_contested_flag_says_which_wording_and_what():
    s = case_stability(case(R1, R2), answer(contested=True), [answer(contested=True), answer()])
    assert (s.flags.hits, s.flags.total) == (1, 2)
    assert s.reasons == [f"{R2!r} is not flagged contested; the question is"]


def test_a_rewording_flagged_contested_when_the_question_is_not():
    assert flips(answer(), answer(contested=True), R1) == [f"{R1!r} is flagged contested; the question is not"]


def test_abstaining_on_a_rewording_of_an_answered_question_is_a_flip():
    assert flips(answer(), answer(abstained=True), R1) == [f"{R1!r} is abstained on; the question is answered"]
    assert flips(answer(abstained=True), answer(), R1) == [f"{R1!r} is answered; the question is abstained on"]


def test_an_answer_without_quotes_counts_as_abstaining():
    bare = Answer(question="q", answer="Nothing.", abstained=False, contested=True, citations=[])
    assert flips(answer(abstained=True), bare, R1) == []


def test_the_first_quotes_outlet_is_compared_only_when_both_answer():
    s = case_stability(case(R1, R2), answer(outlet="Fox News"), [answer(outlet="HuffPost"), answer(abstained=True)])
    assert (s.first_outlet.hits, s.first_outlet.total) == (0, 1)
    assert (s.flags.hits, s.flags.total) == (1, 2)  # the abstention flips; the other outlet alone does not


def test_cases_without_rephrasings_or_answer_are_left_out_and_unanswered_rewordings_skipped():
    assert case_stability(case(), answer(), []) is None
    assert case_stability(case(R1), None, [answer()]) is None
    assert case_stability(case(R1, R2), answer(), [None, answer()]).flags.total == 1


def test_totals_over_cases():
    results = [case_stability(case(R1), answer(), [answer(contested=True)]), None,
               case_stability(case(R1, R2), answer(), [answer(), answer()])]
    values, counts = stability_totals(results)
    assert values["flag_stability"] == pytest.approx(2 / 3) and counts["flag_stability"] == 3
    assert values["first_outlet_stability"] == 1.0 and counts["first_outlet_stability"] == 3
    assert stability_totals([None]) == ({"flag_stability": None, "first_outlet_stability": None},
                                        {"flag_stability": 0, "first_outlet_stability": 0})


def test_rephrasings_are_asked_with_the_cases_history_and_given_back_per_case():
    seen = []

    def answer_all(questions, histories):
        seen.extend(zip(questions, map(tuple, histories)))
        return [answer(contested=q == R2) for q in questions]

    cases = [case(R1, R2, history=["Earlier?"]), case(), case(R1).model_copy(update={"id": "d"})]
    got = ask_rephrasings(answer_all, cases)
    assert seen == [(R1, ("Earlier?",)), (R2, ("Earlier?",)), (R1, ())]
    assert [[a.contested for a in per] for per in got] == [[False, True], [], [False]]


def test_the_runner_reports_flag_stability_and_the_gate_reads_it():
    by_question = {Q: answer(contested=True), R1: answer(contested=True), R2: answer()}
    system = System("fake", lambda qs: [by_question[q] for q in qs])
    report = {"metrics": {}, "counts": {}}
    add_stability(report, system, [case(R1, R2)], [by_question[Q]])
    assert report["metrics"]["flag_stability"] == 0.5 and report["counts"]["flag_stability"] == 2
    assert report["stability"][0]["reasons"] == [f"{R2!r} is not flagged contested; the question is"]
    assert check_thresholds(report["metrics"], Thresholds(minimum={"flag_stability": 0.6}))
    assert "flag_stability" in METRICS


def test_the_markdown_lists_the_rewordings_that_change_the_answer():
    system = {"name": "byline", "metrics": dict.fromkeys(METRICS), "counts": dict.fromkeys(METRICS, 0),
              "per_outlet": [], "cases": [], "stability": [{"id": "c", "reasons": ["'x' is flagged contested"]}]}
    text = render_markdown({"cases": 1, "k": 4, "systems": [system], "threshold_failures": []})
    assert "rewordings that change the answer" in text and "| c | 'x' is flagged contested |" in text


@pytest.mark.parametrize("rephrasings", [[Q], [R1, R1], ["a", R1], [R1, R2, R1 + " x", R2 + " y"]])
def test_a_rephrasing_must_be_a_new_wording_and_at_most_three(rephrasings):
    with pytest.raises(ValidationError):
        case(*rephrasings)
