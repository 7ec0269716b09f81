"""Precision metrics see what a reader sees: the contested flag, the first quote, the answer's
length, its labels and the verdict refusal (hand-made answers over a small literal corpus)."""

from __future__ import annotations

import pytest

from app.answer.compose import NO_VERDICT
from app.evaluation import metrics as m
from app.evaluation.cases import Case
from app.evaluation.precision import case_precision, labelled_lines
from app.evaluation.report import precision_totals
from app.evaluation.scoring import score_case
from app.models import Answer, Citation
from app.registry import Registry

TEXT = "The senator said the bill costs 5 million dollars. The weather was fine. Critics said it was 9 million dollars."


@pytest.fixture
def corpus() -> m.Corpus:
    reg = Registry.model_validate({"stance_groups": [{"id": "a", "label": "A"}],
                                   "outlets": [{"name": "Daily Critic", "stance": "a"}]})
    return m.Corpus([m.Doc("d1", "critic.txt", "Daily Critic", "a", TEXT)], reg)


def cite(n: str, quote: str, chain: tuple[str, ...] = ()) -> Citation:
    start = TEXT.index(quote)
    return Citation(id=n, outlet="Daily Critic", doc_id="d1", quote=quote, start=start, end=start + len(quote),
                    chain=list(chain))


def answer(*cs: Citation, contested: bool = False, extra: str = "") -> Answer:
    lines = [extra] if extra else []
    lines += [f"- Daily Critic{''.join(f', quoting {n}' for n in c.chain)}: \u201c{c.quote}\u201d [{c.id}]" for c in cs]
    return Answer(question="q?", answer="\n".join(lines), abstained=False, contested=contested, citations=list(cs))


def case(**fields) -> Case:
    return Case.model_validate({"id": "c", "question": "How much does the bill cost?", "kind": "single",
                                "contested": False, **fields})


COST = cite("1", "The senator said the bill costs 5 million dollars.", ("Senator",))
WEATHER = cite("2", "The weather was fine.")
PASSAGE = [{"doc": "critic.txt", "snippet": "the bill costs 5 million"}]


def test_key_first_and_on_point_see_the_order_and_the_unrelated_quote(corpus):
    good = case_precision(case(expected_passages=PASSAGE), answer(COST, WEATHER), corpus)
    assert good.key_first is True and good.on_point == m.Ratio(1, 2)
    buried = case_precision(case(expected_passages=PASSAGE), answer(WEATHER, COST), corpus)
    assert buried.key_first is False


def test_a_flag_that_does_not_match_the_label_is_a_failure_reason(corpus):
    flagged = score_case(case(), answer(COST, contested=True), corpus, k=6)
    assert any("disagree" in r for r in flagged.reasons)
    missed = score_case(case(kind="contested", contested=True), answer(COST), corpus, k=6)
    assert any("does not say that the sources disagree" in r for r in missed.reasons)
    assert score_case(case(), answer(COST), corpus, k=6).passed


def test_contested_precision_and_recall_over_cases(corpus):
    results = [score_case(case(contested=c, kind="contested" if c else "single"), answer(COST, contested=f), corpus, 6)
               for c, f in ((True, True), (True, False), (False, True), (False, False))]
    values, counts = {}, {}
    precision_totals(results, values, counts)
    assert values["contested_precision"] == 0.5 and values["contested_recall"] == 0.5
    assert counts["contested_precision"] == 2 and counts["contested_recall"] == 2


def test_answer_length_counts_quotes_and_characters_plain_questions_apart(corpus):
    results = [score_case(case(), answer(COST, WEATHER), corpus, 6),
               score_case(case(kind="contested", contested=True), answer(COST), corpus, 6)]
    values, counts = {}, {}
    precision_totals(results, values, counts)
    assert values["quotes_per_answer"] == 1.5 and values["quotes_per_plain_answer"] == 2
    assert values["quoted_chars_per_answer"] == (len(COST.quote) * 2 + len(WEATHER.quote)) / 2


def test_near_topic_cases_expect_abstention(corpus):
    res = score_case(case(kind="near_topic"), answer(COST), corpus, 6)
    assert res.expects_abstention and not res.passed
    values, counts = {}, {}
    precision_totals([res], values, counts)
    assert values["near_topic_abstention"] == 0.0


def test_labels_must_be_on_the_answer_line_before_the_quote(corpus):
    assert labelled_lines(answer(COST)) == m.Ratio(1, 1)
    bare = Answer(question="q", abstained=False, answer=f"- \u201c{COST.quote}\u201d [1]", citations=[COST])
    assert labelled_lines(bare) == m.Ratio(0, 1)
    no_chain = Answer(question="q", abstained=False, answer=f"- Daily Critic: \u201c{COST.quote}\u201d [1]", citations=[COST])
    assert labelled_lines(no_chain) == m.Ratio(0, 1)


def test_speaker_accuracy_reads_the_quote_that_carries_the_passage(corpus):
    chain = case(kind="chain", expected_chain=["Senator"], expected_passages=PASSAGE)
    assert case_precision(chain, answer(COST), corpus).speaker_right is True
    wrong = COST.model_copy(update={"chain": ["Critics"]})
    other = WEATHER.model_copy(update={"chain": ["Senator"]})  # the right name on another quote does not count
    assert case_precision(chain, answer(wrong, other), corpus).speaker_right is False


def test_a_contested_answer_to_a_verdict_question_must_refuse_the_verdict(corpus):
    asked = case(question="Yes or no: does the bill cost 5 million?", kind="adversarial", contested=True)
    assert case_precision(asked, answer(COST, contested=True, extra=NO_VERDICT), corpus).verdict_refused is True
    assert case_precision(asked, answer(COST, contested=True), corpus).verdict_refused is False
    assert case_precision(asked, answer(COST, contested=False), corpus).verdict_refused is None


def test_case_labels_must_fit_the_kind():
    with pytest.raises(ValueError, match="contested: true"):
        case(kind="contested", contested=False)
    with pytest.raises(ValueError, match="expects no answer"):
        case(kind="near_topic", contested=True)
    with pytest.raises(ValueError, match="Field required"):
        Case.model_validate({"id": "c", "question": "why?", "kind": "single"})


def test_a_contested_answer_must_say_what_the_sources_disagree_on(corpus):
    disputed = case(kind="contested", contested=True)
    named = answer(COST, contested=True, extra="The sources disagree.\nThe sources give different figures.")
    assert case_precision(disputed, named, corpus).disagreement_named is True
    unnamed = answer(COST, contested=True, extra="The sources disagree.\n" + NO_VERDICT)  # the refusal names nothing
    assert case_precision(disputed, unnamed, corpus).disagreement_named is False
    assert case_precision(disputed, answer(COST, contested=False), corpus).disagreement_named is None


def test_a_case_can_require_the_values_the_disagreement_line_names(corpus):
    """A wrong figure in "The sources give different figures: …" fails the case (it passed every gate before)."""
    disputed = case(kind="contested", contested=True, disputed_values=["5 million dollars", "9 million dollars"])
    line = "The sources disagree.\nThe sources give different figures: \u201c{}\u201d and \u201c{}\u201d."
    right = answer(COST, contested=True, extra=line.format("5 million dollars", "9 million dollars"))
    assert not [r for r in score_case(disputed, right, corpus, k=6).reasons if "disputed value" in r]
    wrong = answer(COST, contested=True, extra=line.format("5 million dollars", "two"))
    assert "does not name the disputed value(s) 9 million dollars in what the sources disagree on" in \
        score_case(disputed, wrong, corpus, k=6).reasons
    quoted_only = answer(COST, contested=True, extra="The sources disagree.")  # in a quote is not in the line
    assert any("disputed value(s) 5 million dollars, 9 million dollars" in r
               for r in score_case(disputed, quoted_only, corpus, k=6).reasons)
