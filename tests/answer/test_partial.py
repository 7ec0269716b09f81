"""The partial answer (issue 14 point 3): when the passages are about the question but none reports
what it asks for, the answer says so in neutral words, quotes at most two related passages flagged
as related, and abstains in its structured result (`abstained`, `not_covered`). Hand-made quotes."""

from __future__ import annotations

from app.answer.partial import NOT_COVERED, RELATED, RELATED_MAX, missing, not_covered, related, untold_parts
from app.answer.verify import verify
from app.models import Answer
from app.registry import Registry
from tests.answer.test_perspectives_view import quote

REG = Registry.model_validate({"stance_groups": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}],
                               "outlets": [{"name": "A", "stance": "x"}, {"name": "B", "stance": "y"}]})


def test_what_is_missing_is_named_by_the_kind_of_thing_asked_for():
    assert missing("When will the council vote on the budget?") == "the date asked for"
    assert missing("How many votes did the mayor win?") == "the figure asked for"
    assert missing("How old is the mayor?") == "the age asked for"
    assert missing("How long did the council debate the budget?") == "the length of time asked for"
    assert missing("What was the mayor's share of the vote?") == "the share the question asks about"
    assert missing("What was the average salary of a city clerk?") == "the salary the question asks about"
    assert missing("What did the ACLU say about the program?") == "what the ACLU said about it"
    assert missing("Who won the race for mayor?") == "the name asked for"
    assert missing("Did the council pass the budget?") == "whether it happened"
    assert missing("Will the council meet again next year?") == "whether it will happen"
    assert missing("What plea did the mayor enter?") == "the plea the question asks about"
    assert missing("What did the court decide about the suit?") == "the outcome asked for"
    assert missing("Just tell me yes or no: did the council pass the budget?") == "whether it happened"


def test_a_partial_answer_abstains_says_what_is_not_covered_and_quotes_related_passages_only():
    ranked = [quote("The council will vote on the budget.", "A", "x", 1.0),
              quote("The budget is due in spring.", "A", "x", 0.98, start=100),
              quote("Members debated the budget for hours.", "B", "y", 0.95)]
    ans = not_covered("When will the council vote on the budget?", ranked, REG)
    lines = ans.answer.splitlines()
    assert ans.abstained and not ans.contested and ans.not_covered == "the date asked for"
    assert lines[0] == (f"{NOT_COVERED} none of the indexed sources reports the date asked for "
                        "(\u201cWhen will the council vote on the budget?\u201d).")
    assert lines[1] == RELATED
    assert [c.outlet for c in ans.citations] == ["A", "B"]  # at most two, from two outlets
    assert len(ans.citations) <= RELATED_MAX and lines[2].startswith("- A: \u201cThe council will vote")
    texts = {"A": "The council will vote on the budget.", "B": "Members debated the budget for hours."}
    assert verify(ans, texts.get, lambda d: d) == []


def test_a_related_quote_far_below_the_best_is_left_out_and_two_at_most_are_kept():
    assert len(related([quote("Close.", "A", "x", 1.0), quote("Far below.", "B", "y", 0.5)])) == 1
    three = [quote("One.", "A", "x", 1.0), quote("Two.", "B", "y", 0.99), quote("Three.", "C", "y", 0.98)]
    assert [q.outlet for q in related(three)] == ["A", "B"] and RELATED_MAX == 2


def test_only_a_partial_answer_may_abstain_with_citations():
    ans = not_covered("Did the council pass the budget?", [quote("The council will vote on the budget.", "A", "x", 1.0)], REG)
    text = {"A": "The council will vote on the budget."}.get
    assert verify(ans, text, lambda d: d) == []
    plain = Answer(**{**ans.model_dump(), "not_covered": None})
    assert "an abstention carries citations" in verify(plain, text, lambda d: d)


def test_the_not_covered_field_is_left_out_of_a_plain_answer():
    assert "not_covered" not in Answer(question="q", answer="a", abstained=False).model_dump()


def test_asked_for_a_date_no_article_gives_the_assistant_answers_not_covered_with_related_quotes(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    ans = a.ask("When will the construction of the river bridge begin?")
    assert ans.abstained and ans.not_covered == "the date asked for" and not ans.contested
    assert ans.answer.startswith(f"{NOT_COVERED} none of the indexed sources reports the date asked for")
    assert 1 <= len(ans.citations) <= RELATED_MAX and a.verify(ans) == []
    assert a.ask("When will the construction of the river bridge begin?", view="perspectives").abstained
    plain = a.ask("What will the bridge cost?")
    assert not plain.abstained and plain.not_covered is None


def test_a_question_for_the_name_of_someone_is_missing_the_name():
    assert missing("What was the name of the protester who was removed from the House chamber?") == "the name asked for"


def test_the_not_covered_parts_are_left_out_of_an_answer_without_them_and_read_back_when_given():
    assert "not_covered_parts" not in Answer(question="q", answer="a", abstained=False).model_dump()
    parts = untold_parts(["When will it open?"])
    told = Answer(question="q", answer=f"a\n{parts[0].line}", abstained=False, not_covered_parts=parts)
    assert told.model_dump(mode="json")["not_covered_parts"] == [
        {"part": "When will it open?", "missing": "the date asked for", "line": parts[0].line}]
    assert Answer.model_validate_json(told.model_dump_json()) == told
