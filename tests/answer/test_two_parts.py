"""A question that asks two things (issue 14 points 2-3): each part gets the quote that answers it, and a part no
quote answers is named in a "Not covered:" line while the other part is still quoted. Hand-made quotes."""

from __future__ import annotations

from app.answer.compose import Selection
from app.answer.asked import asked
from app.answer.partial import NOT_COVERED, untold_parts
from app.answer.sides import Picked
from app.answer.two_parts import by_parts, own_terms, parted, question_parts
from tests.answer.test_perspectives_view import quote

Q = "What was the mayor charged with, and when is she due in court?"
CHARGED = quote("The mayor was charged with fraud and bribery on Monday.", "A", "x", 1.0)
LEAD = quote("The mayor of Springfield has led the city since 2010.", "B", "y", 0.98)
COURT = quote("She is due in court on Thursday morning.", "A", "x", 0.8, start=200)


def test_two_clauses_joined_by_and_before_a_wh_word_or_an_auxiliary_are_two_parts():
    assert question_parts(Q) == ("What was the mayor charged with?", "When is she due in court?")
    assert question_parts("Where will the ad run, and was the government consulted on it?") == (
        "Where will the ad run?", "Was the government consulted on it?")
    assert question_parts("When and where did the council meet?") == (
        "When did the council meet?", "Where did the council meet?")


def test_a_wh_phrase_after_and_asks_of_the_first_clause():
    assert question_parts("When was the program started and by which agencies?") == (
        "When was the program started?", "By which agencies was the program started?")


def test_one_question_with_and_inside_a_clause_is_one_part():
    assert question_parts("What did the mayor and her husband buy?") == ()
    assert question_parts("How many women worked there and were paid less?") == ()
    assert question_parts("Who audits the budget and who pays for it") != ()  # two verbs, two wh-words: two parts
    assert question_parts("Tell me about the mayor's charges, and who paid for her lawyer?") == ()  # no question first


def test_a_parts_own_words_leave_out_the_other_parts_words_and_its_names():
    assert own_terms("When is the Mayor due in court?", "What was the Mayor charged with?") >= {"court"}
    assert not own_terms("When is the Mayor due in court?", "") & {"mayor"}


def test_each_part_is_answered_by_its_own_quote_in_part_order():
    found = by_parts(Q, Picked([CHARGED, LEAD], False), [CHARGED, LEAD, COURT], [None])
    assert found is not None and found.untold == ()
    assert [q.text for q in found.picked.quotes] == [CHARGED.text, COURT.text]


def test_a_part_no_quote_answers_is_untold_and_the_other_part_is_still_quoted():
    found = by_parts(Q, Picked([CHARGED, LEAD], False), [CHARGED, LEAD], [None])
    assert found is not None and [q.text for q in found.picked.quotes] == [CHARGED.text]
    assert found.untold == ("When is she due in court?",)
    [part] = untold_parts(found.untold)
    assert (part.part, part.missing) == ("When is she due in court?", "the date asked for")
    assert part.line == f"{NOT_COVERED} none of the indexed sources reports the date asked for " \
                        "(\u201cWhen is she due in court?\u201d)."


def test_a_part_asking_only_what_was_said_is_answered_by_the_other_parts_quote_not_called_untold():
    q = "Who described what the resolution calls for, and what did he say it says?"
    said = quote('The resolution "calls on all people to repudiate the element," said Jo Smith, its author.', "A", "x",
                 1.0)
    found = by_parts(q, Picked([said], False), [said, LEAD], [None])
    assert found is not None and found.untold == ()
    assert [x.text for x in found.picked.quotes] == [said.text]


def test_when_the_whole_was_not_answered_a_when_part_is_answered_only_by_a_quote_that_gives_a_time():
    undated = quote("She is due in court, her lawyer said.", "A", "x", 0.8, start=200)
    found = by_parts(Q, Picked([CHARGED], False), [CHARGED, undated], [None], strict=True)
    assert found is not None and found.untold == ("When is she due in court?",)


def test_when_the_whole_was_answered_a_quote_giving_the_type_asked_comes_first_but_another_may_answer():
    undated = quote("She is due in court, her lawyer said.", "A", "x", 0.85, start=200)
    found = by_parts(Q, Picked([CHARGED], False), [CHARGED, undated, COURT], [None])
    assert found is not None and [q.text for q in found.picked.quotes] == [CHARGED.text, COURT.text]
    where = "What was the mayor charged with, and where did she move?"
    fled = quote("She moved to Canada after the charges were filed.", "A", "x", 0.85, start=300)  # no "in / at" place
    found = by_parts(where, Picked([CHARGED], False), [CHARGED, fled], [None])
    assert found is not None and found.untold == () and found.picked.quotes[1].text == fled.text
    assert by_parts(where, Picked([CHARGED], False), [CHARGED, fled], [None], strict=True).untold


def test_a_whole_question_not_covered_is_answered_by_the_part_that_is():
    chosen = Selection(asked(Q), [CHARGED, LEAD], Picked([], False), covered=False)
    out = parted(Q, chosen, [None])
    assert out.covered and [q.text for q in out.picked.quotes] == [CHARGED.text] and out.untold


def test_a_contested_answer_or_a_one_part_question_is_left_as_it_was():
    assert by_parts(Q, Picked([CHARGED, COURT], True), [CHARGED, COURT], [None]) is None
    assert by_parts("What was the mayor charged with?", Picked([CHARGED], False), [CHARGED, COURT], [None]) is None


def test_the_assistant_names_the_part_no_source_answers_in_a_field_as_well_as_in_its_text(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    ans = a.ask("How much will the bridge cost, and when will it open?")
    assert not ans.abstained and ans.citations and ans.not_covered is None
    [part] = ans.not_covered_parts
    assert (part.part, part.missing) == ("When will it open?", "the date asked for")
    assert ans.answer.splitlines()[-1] == part.line
    assert a.ask("What will the bridge cost?").not_covered_parts == []
