"""An index whose speaker labels an older byline made says so on every edge, once, in one line naming
`byline ingest`; a current index says nothing, and `byline ingest` makes the notice go away.

The stale index is a copy of a fresh one whose manifest records an older ATTRIBUTION_VERSION (what an index built
before the last bump holds)."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from integr_support import assistant, call_tools, write_lake_docs
from typer.testing import CliRunner

from app.edges.cli import cli
from app.edges.http import create_app
from app.edges.ui_handlers import Handlers
from app.indexing.freshness import ATTRIBUTION_VERSION

QUESTION = "How much did the lake rise?"


def make_stale(index: Path, to: Path) -> Path:
    """A copy of `index` whose documents' chains are recorded as made by the previous attribution rules."""
    shutil.copytree(index, to)
    path = to / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for rec in data["documents"].values():
        rec["attribution"] = ATTRIBUTION_VERSION - 1
    path.write_text(json.dumps(data), encoding="utf-8")
    return to


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stale")
    fresh = assistant(tmp / "fresh")
    fresh.ingest([write_lake_docs(tmp / "docs")])
    return tmp / "fresh", make_stale(tmp / "fresh", tmp / "stale"), tmp / "docs"


def _said(index: Path) -> str | None:
    return assistant(index).ask(QUESTION).stale_index


def test_the_api_answer_names_what_is_stale_and_the_command_that_fixes_it(indexes):
    fresh, stale, _ = indexes
    notice = _said(stale)
    assert notice is not None and "\n" not in notice
    assert "speaker labels of 2 of 2 documents" in notice and f"`byline ingest --index {stale}`" in notice
    assert _said(fresh) is None
    assert assistant(stale).stale_notice() == notice and assistant(fresh).stale_notice() is None


def test_a_stale_answer_is_otherwise_the_same_answer(indexes):
    fresh, stale, _ = indexes
    a, b = assistant(fresh).ask(QUESTION), assistant(stale).ask(QUESTION)
    assert a.model_dump() == b.model_copy(update={"stale_index": None}).model_dump()
    assert "stale_index" not in a.model_dump() and "stale_index" in b.model_dump()  # left out when current


def test_the_cli_says_it_once_on_stderr_and_keeps_json_stdout_the_contract(indexes):
    fresh, stale, _ = indexes
    env = {"BYLINE_EMBEDDER": "hash-256", "BYLINE_ABSTAIN_BELOW": "0.05"}
    result = CliRunner().invoke(cli, ["ask", QUESTION, QUESTION, "--json", "--index", str(stale)], env=env)
    assert result.exit_code == 0, result.output
    assert [line for line in result.stderr.splitlines() if line.strip()] == [f"note: {_said(stale)}"]
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 2 and all("stale_index" not in a for a in answers)
    plain = CliRunner().invoke(cli, ["ask", QUESTION, "--index", str(stale)], env=env)
    assert plain.stderr.count("byline ingest") == 1 and "Traceback" not in plain.output
    quiet = CliRunner().invoke(cli, ["ask", QUESTION, "--json", "--index", str(fresh)], env=env)
    assert quiet.exit_code == 0 and quiet.stderr.strip() == ""


def test_http_answers_carry_the_field(indexes):
    fresh, stale, _ = indexes
    got = TestClient(create_app(assistant(stale), token="")).post("/ask", json={"question": QUESTION})
    assert got.status_code == 200 and got.json()["stale_index"] == _said(stale)
    got = TestClient(create_app(assistant(fresh), token="")).post("/ask", json={"question": QUESTION})
    assert got.status_code == 200 and "stale_index" not in got.json()


def test_mcp_answers_carry_the_field(indexes):
    fresh, stale, _ = indexes
    _, [old] = asyncio.run(call_tools(stale, [("ask", {"question": QUESTION})]))
    _, [new] = asyncio.run(call_tools(fresh, [("ask", {"question": QUESTION})]))
    assert not old.is_error and old.structured_content["stale_index"] == _said(stale)
    assert not new.is_error and "stale_index" not in new.structured_content


def test_the_ui_shows_a_banner_above_the_chat_until_ingest(indexes, tmp_path):
    fresh, stale, docs = indexes
    assert Handlers(assistant(fresh)).banner() == ""
    copy = shutil.copytree(stale, tmp_path / "stale")
    ui = Handlers(assistant(copy))
    page = ui.render([], False)
    assert 'class="bl-notice bl-warning"' in page and "<code>byline ingest" in page
    assert "`" not in ui.banner()  # the command reads as code, not as Markdown backticks
    ui.assistant.ingest([docs])  # the fix the banner names: redoes the documents of older rules
    assert ui.banner() == "" and ui.assistant.stale_notice() is None
    assert ui.assistant.ask(QUESTION).stale_index is None


def test_no_index_no_notice(tmp_path):
    assert Handlers(assistant(tmp_path / "none")).banner() == ""
    assert assistant(tmp_path / "none").stale_notice() is None
