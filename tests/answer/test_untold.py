"""A quote that says the detail asked for was not told ("he refused to provide details, such as who approached him",
"It was unclear where Mr. Bush got the figure") is no answer: it opens no plain answer when a told quote is close, the
question is not covered when none is, and the not-covered reply quotes it first and says so."""

from __future__ import annotations

from app.answer.answered import answers_question
from app.answer.partial import NOT_COVERED, not_covered
from app.answer.untold import says_unknown, told_order, untold_for, untold_only
from app.attribution.withheld import asserted, untold
from app.registry import Registry
from tests.answer.test_perspectives_view import quote

REG = Registry.model_validate({"stance_groups": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}],
                               "outlets": [{"name": "A", "stance": "x"}, {"name": "B", "stance": "y"}]})
REFUSED = "But he refused to provide details, such as who approached him and what position was dangled in front of him."
NO_DETAILS = "Mr. Sestak said in February that he had been offered a job but provided no details."
CLINTON = "Clinton initiated conversations with Sestak at the behest of White House Chief of Staff Rahm Emanuel."
UNCLEAR = "It was unclear where Mr. Bush got the figure."
SAID = "Mr. Bush said the Clintons' 2014 tax rate was 30 percent."


def test_a_title_s_full_stop_and_a_fronted_clause_s_comma_bound_what_is_not_told():
    assert untold(UNCLEAR) == ["where Mr. Bush got the figure"] and asserted(UNCLEAR) == "It was unclear ."
    obama = "While declining to discuss what happened, Mr. Obama said, “nothing improper took place.”"
    assert untold(obama) == ["what happened"]  # the main clause after the comma asserts again
    assert untold("He did not say who, if anyone, approached him.") == ["who, if anyone, approached him"]


def test_the_asked_detail_inside_what_is_not_told_is_no_answer():
    assert untold_for("Who approached Sestak about the job?", REFUSED)
    assert untold_for("What job was Sestak offered?", NO_DETAILS)  # the details of the offer were not given
    assert untold_for("How did the official define targeting?", "It was not immediately clear how the official "
                      "defined “targeting.”")
    assert not untold_for("Who approached Sestak about the job?", CLINTON)
    # the same wh-word only: "why Mr. Trump reversed" tells who reversed it
    assert not untold_for("Who reversed the decision?", "It is unclear why Mr. Trump reversed the decision.")
    # told after "but": an answer
    assert not untold_for("Which options did the White House consider?", "The White House did not disclose what "
                          "those options were, but people briefed on the matter said one option was a board seat.")


def test_a_question_about_the_telling_or_a_yes_no_one_is_answered_by_the_refusal():
    assert not untold_for("Why did Sestak refuse to say who approached him?", REFUSED)
    assert not untold_for("Why did the White House take three months to explain the offer?", NO_DETAILS)
    assert not untold_for("Will other states join the suit?", "It was unclear if other states would join the suit.")


def test_a_told_quote_within_the_act_margin_opens_instead_of_the_refusal():
    ranked = [quote(REFUSED, "A", "x", 0.97), quote(NO_DETAILS, "B", "y", 0.88), quote(CLINTON, "B", "y", 0.66)]
    assert told_order("Who approached Sestak about the job?", ranked, [0, 1], 0.12, 2) == [2]
    assert told_order("Who approached Sestak about the job?", ranked, [2], 0.12, 2) == [2]  # no refusal kept: as is
    assert not untold_only("Who approached Sestak about the job?", ranked[:2], ranked)


def test_after_a_refusal_another_outlet_s_told_quote_close_to_the_new_opening_corroborates_it():
    navy = quote("The White House never offered Sestak the job of Secretary of the Navy.", "A", "x", 1.04, start=200)
    board = quote("One of the jobs discussed with Sestak was the intelligence advisory board.", "B", "y", 1.0, start=300)
    ranked = [quote(REFUSED, "A", "x", 1.26), quote(NO_DETAILS, "B", "y", 1.17), navy, board]
    assert told_order("What job was Sestak offered?", ranked, [0, 1], 0.12, 2) == [2, 3]
    named = [quote(REFUSED, "A", "x", 0.97), quote(CLINTON, "B", "y", 0.70), quote(SAID, "C", "x", 0.69)]
    assert told_order("Who approached Sestak about the job?", named, [0], 0.12, 2) == [1]  # another name: no echo


def test_when_only_refusals_answer_the_question_is_not_covered():
    ranked = [quote(REFUSED, "A", "x", 0.97), quote(NO_DETAILS, "B", "y", 0.88),
              quote("Sestak won the primary.", "B", "y", 0.40)]
    assert untold_only("Who approached Sestak about the job?", ranked[:2], ranked)
    assert not answers_question("Who approached Sestak about the job?", ranked, [None])
    nameless = [*ranked[:2], quote("The White House looked for ways to clear the field.", "B", "y", 0.70)]
    assert untold_only("Who approached Sestak about the job?", nameless[:2], nameless)  # told, but names no one


def test_words_asked_only_where_a_source_says_they_are_not_known_leave_the_question_not_covered():
    ranked = [quote(SAID, "A", "x", 0.92), quote(UNCLEAR, "A", "x", 0.49, start=100)]
    question = "Where did Jeb Bush get the 30 percent figure for the Clintons' tax rate?"
    assert untold_only(question, ranked[:1], ranked)
    assert not untold_only("What tax rate did Jeb Bush say the Clintons paid?", ranked[:1], ranked)
    assert says_unknown(question, ranked) is ranked[1]
    ans = not_covered(question, ranked, REG)
    assert ans.abstained and ans.answer.splitlines()[0].startswith(NOT_COVERED)
    assert "one says it was not told or not known" in ans.answer.splitlines()[0]
    assert ans.citations[0].quote == UNCLEAR  # the withheld sentence first among the related ones, never an answer
    assert says_unknown("Who approached Sestak about the job?", [quote(NO_DETAILS, "B", "y", 1.0)]) is None


def test_a_question_asking_no_detail_reads_no_clause_of_the_quotes(monkeypatch):
    """`_inside` reads a text's untold clauses only for a question asking a detail (`detail_asked`)."""
    import app.answer.untold as untold_module

    monkeypatch.setattr(untold_module, "untold", lambda _text: (_ for _ in ()).throw(AssertionError("clauses read")))
    assert untold_module.detail_asked("Did the council close the ferry?") is None
    assert untold_module._inside("Did the council close the ferry?", "It is unclear who closed the ferry.") == {}
