"""Follow-up questions through the Python API: `ask(question, history=[...])`."""

import json

import pytest

from app.answer.conversation import READING_PREFIX, SCOPE_PREFIX
from app.errors import QueryError

FIRST = "How much will the construction of the bridge cost in million dollars?"


@pytest.fixture
def assistant(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    return a


def test_the_other_side_is_read_against_the_last_answer_and_says_so(assistant):
    first = assistant.ask(FIRST, stances=["pro"])
    assert {c.outlet for c in first.citations} == {"Daily Planet"}
    follow = assistant.ask("And what did the other side say?", history=[first])
    assert follow.citations and {c.stance for c in follow.citations} == {"anti"}
    assert follow.question == "And what did the other side say?"
    assert follow.followup.stances == ["anti"] and follow.followup.question == FIRST
    assert follow.answer.splitlines()[0] == f"{READING_PREFIX} what do outlets against the plan say about “{FIRST}”"


def test_without_history_the_same_follow_up_is_not_understood(assistant):
    alone = assistant.ask("And what did the other side say?")
    assert alone.followup is None and not alone.answer.startswith(READING_PREFIX)


def test_history_of_questions_alone_reads_like_history_of_answers(assistant):
    first = assistant.ask(FIRST, stances=["pro"])
    by_answer = assistant.ask("What about Gazette?", history=[first])
    by_text = assistant.ask("What about Gazette?", history=[FIRST])
    by_dict = assistant.ask("What about Gazette?", history=[json.loads(first.model_dump_json())])
    assert by_answer == by_text == by_dict
    assert {c.outlet for c in by_text.citations} == {"Gotham Gazette"}
    assert by_text.followup.outlets == ["Gotham Gazette"]


def test_a_filtered_answer_says_what_was_searched(assistant):
    answer = assistant.ask("What will the bridge cost?", outlets=["Planet"])
    assert answer.scope.outlets == ["Daily Planet"]
    assert f"{SCOPE_PREFIX} Daily Planet." in answer.answer.splitlines()
    answer = assistant.ask("What will the bridge cost?", stances=["anti"])
    assert f"{SCOPE_PREFIX} Against the plan." in answer.answer.splitlines()


def test_an_unfiltered_plain_answer_keeps_the_json_contract(assistant):
    data = json.loads(assistant.ask(FIRST).model_dump_json())
    assert set(data) == {"question", "answer", "abstained", "contested", "citations"}


@pytest.mark.parametrize("bad", [[42], [{"question": "x"}]])
def test_a_malformed_history_is_a_query_error(assistant, bad):
    with pytest.raises(QueryError, match="history"):
        assistant.ask("And the other side?", history=bad)
