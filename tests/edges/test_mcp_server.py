"""`byline mcp` over stdio, driven by the MCP client of the same `mcp` package."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import pytest
from integr_support import ROOT, assistant, call_tools, cli_env, write_lake_docs

QUESTION = "Did the lake freeze in May?"
PARTS = "How many skaters were on the ice, and when will the lake thaw?"  # the thaw is in no article


@pytest.fixture(scope="module")
def session_results(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("mcp")
    lake = assistant(tmp / "index")
    lake.ingest([write_lake_docs(tmp / "docs")])
    calls = [
        ("ask", {"question": QUESTION}),
        ("list_sources", {}),
        ("ask", {"question": QUESTION, "outlets": ["Nowhere Times"]}),
        ("ask", {"question": "   "}),
        ("ask", {"question": QUESTION, "k": "many"}),
        ("ask", {"question": "x" * 10_000}),
        ("ask", {"question": "?!? ... ---"}),
        ("ask", {"question": None}),
        ("ask", {"question": "\x00\x1b\x07"}),
        ("ask", {"question": QUESTION, "k": 0}),
        ("ask", {}),
        ("ask", {"question": QUESTION}),  # after all of the above: the server is still answering
        ("ask", {"question": PARTS}),
    ]
    tools, results = asyncio.run(call_tools(tmp / "index", calls))
    return lake, tools, results


def test_server_offers_ask_and_list_sources(session_results):
    _, tools, _ = session_results
    assert sorted(tools) == ["ask", "list_sources"]


def test_ask_returns_the_answer_json_as_structured_content(session_results):
    lake, _, results = session_results
    result = results[0]
    assert not result.is_error
    assert result.structured_content == lake.ask(QUESTION).model_dump(mode="json")
    assert {c["outlet"] for c in result.structured_content["citations"]} == {"Lake Gazette", "Valley Herald"}


def test_ask_names_the_part_of_a_question_no_source_answers_in_its_structured_content(session_results):
    lake, _, results = session_results
    content = results[12].structured_content
    assert content["not_covered_parts"] == lake.ask(PARTS).model_dump(mode="json")["not_covered_parts"]
    assert [p["part"] for p in content["not_covered_parts"]] == ["When will the lake thaw?"]
    assert "not_covered_parts" not in results[0].structured_content


def test_list_sources_returns_what_byline_sources_json_prints(session_results):
    lake, _, results = session_results
    printed = subprocess.run([sys.executable, "-m", "app.edges.cli", "sources", "--json", "--index", str(lake.config.index_dir)],
                             capture_output=True, text=True, env=cli_env(), cwd=ROOT, check=True).stdout
    assert results[1].structured_content == {"sources": json.loads(printed)}


@pytest.mark.parametrize(("call", "needle"), [(2, "unknown outlet 'Nowhere Times'"), (3, "the question is empty"),
                                              (4, "k"), (5, "the limit is 2,000"), (6, "no words to search for"),
                                              (7, "question"), (8, "no words to search for"), (9, "k must be between"),
                                              (10, "question")])
def test_bad_calls_are_tool_errors_with_one_line_messages(session_results, call, needle):
    result = session_results[2][call]
    assert result.is_error
    message = result.content[0].text
    assert needle in message and "Traceback" not in message


def test_bad_questions_do_not_crash_the_server(session_results):
    lake, _, results = session_results
    assert not results[11].is_error  # the last call after the bad ones
    assert results[11].structured_content == lake.ask(QUESTION).model_dump(mode="json")


def test_ask_on_an_index_without_documents_is_a_tool_error_saying_so(tmp_path):
    (tmp_path / "none").mkdir()
    assistant(tmp_path / "index").ingest([tmp_path / "none"])
    _, [result] = asyncio.run(call_tools(tmp_path / "index", [("ask", {"question": QUESTION})]))
    assert result.is_error and "holds no documents — add some with: byline ingest DIR" in result.content[0].text
