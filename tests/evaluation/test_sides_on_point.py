"""sides_on_point: a flagged answer to a contested case shows every other side with a quote that speaks to the
dispute (an expected passage or a disputed value), not just any passage of that side's outlet."""

from __future__ import annotations

import pytest

from app.evaluation import metrics as m
from app.evaluation.cases import Case
from app.evaluation.precision import case_precision
from app.evaluation.report import Thresholds, check_thresholds, precision_totals
from app.evaluation.scoring import score_case
from app.models import Answer, Citation
from app.registry import Registry

BOARD = "A board member said the strike was illegal under the transit law. The meeting ran late."
UNION = "The union said 4,000 workers walked out. The union said the strike is legal and protected."


@pytest.fixture
def corpus() -> m.Corpus:
    reg = Registry.model_validate({"stance_groups": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
                                   "outlets": [{"name": "Board Times", "stance": "a"},
                                               {"name": "Union Voice", "stance": "b"}]})
    return m.Corpus([m.Doc("d1", "board.txt", "Board Times", "a", BOARD),
                     m.Doc("d2", "union.txt", "Union Voice", "b", UNION)], reg)


def cite(n: str, outlet: str, doc: str, text: str, quote: str) -> Citation:
    start = text.index(quote)
    return Citation(id=n, outlet=outlet, doc_id=doc, quote=quote, start=start, end=start + len(quote))


ILLEGAL = cite("1", "Board Times", "d1", BOARD, "A board member said the strike was illegal under the transit law.")
LATE = cite("2", "Board Times", "d1", BOARD, "The meeting ran late.")
HEADCOUNT = cite("3", "Union Voice", "d2", UNION, "The union said 4,000 workers walked out.")
LEGAL = cite("4", "Union Voice", "d2", UNION, "The union said the strike is legal and protected.")


def answer(*cs: Citation, contested: bool = True) -> Answer:
    lines = ["The sources disagree.", "They disagree on whether the strike is legal."]
    lines += [f"- {c.outlet}: \u201c{c.quote}\u201d [{c.id}]" for c in cs]
    return Answer(question="Is the strike legal?", answer="\n".join(lines), abstained=False, contested=contested,
                  citations=list(cs))


def case(**fields) -> Case:
    return Case.model_validate({"id": "c", "question": "Is the strike legal?", "kind": "contested",
                                "contested": True, "must_cite": ["Board Times", "Union Voice"],
                                "expected_passages": [{"doc": "board.txt", "snippet": "the strike was illegal"},
                                                      {"doc": "union.txt", "snippet": "the strike is legal"}],
                                **fields})


def test_a_side_quoting_the_disputed_claim_is_on_point(corpus):
    assert case_precision(case(), answer(ILLEGAL, LEGAL), corpus).sides_on_point is True


def test_a_side_quoting_something_else_of_its_outlet_is_off_point(corpus):
    """The union's head count says nothing about legality: the case still passes, the metric does not."""
    off = answer(ILLEGAL, HEADCOUNT)
    assert case_precision(case(), off, corpus).sides_on_point is False
    assert score_case(case(), off, corpus, k=6).coverage_met is True
    assert case_precision(case(), answer(ILLEGAL, LEGAL, HEADCOUNT), corpus).sides_on_point is False


def test_the_first_quotes_own_group_is_not_judged(corpus):
    """Only the other sides are judged: a second quote of the first quote's group may be context."""
    assert case_precision(case(), answer(ILLEGAL, LATE, LEGAL), corpus).sides_on_point is True


def test_a_disputed_value_in_the_quote_makes_a_side_on_point(corpus):
    values = case(expected_passages=[{"doc": "board.txt", "snippet": "the strike was illegal"}],
                  disputed_values=["4,000"])
    assert case_precision(values, answer(ILLEGAL, HEADCOUNT), corpus).sides_on_point is True
    nothing = case(expected_passages=[], disputed_values=[])
    assert case_precision(nothing, answer(ILLEGAL, HEADCOUNT), corpus).sides_on_point is None


def test_unflagged_answers_and_unlabelled_cases_are_not_counted(corpus):
    assert case_precision(case(), answer(ILLEGAL, HEADCOUNT, contested=False), corpus).sides_on_point is None
    single = case(kind="single", contested=False)
    assert case_precision(single, answer(ILLEGAL, HEADCOUNT), corpus).sides_on_point is None
    assert case_precision(case(), answer(ILLEGAL, LATE), corpus).sides_on_point is None  # one side shown


def test_the_share_over_cases_and_its_gate(corpus):
    results = [score_case(case(), a, corpus, 6) for a in
               (answer(ILLEGAL, LEGAL), answer(ILLEGAL, HEADCOUNT), answer(ILLEGAL, HEADCOUNT, contested=False))]
    values, counts = {}, {}
    precision_totals(results, values, counts)
    assert values["sides_on_point"] == 0.5 and counts["sides_on_point"] == 2
    gate = Thresholds(minimum={"sides_on_point": 0.75})
    assert check_thresholds(values, gate) == ["sides_on_point = 0.500, below the minimum 0.75"]
