"""The LLM options on every surface: CLI flags and BYLINE_LLM_* variables, HTTP, the UI section."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("openai", reason="the optional LLM extra is not installed: pip install 'byline[llm]'")
pytestmark = pytest.mark.llm

from fastapi.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from app.edges.cli import cli  # noqa: E402
from app.edges.http import create_app  # noqa: E402
from corpora import write_corpus  # noqa: E402
from tests.synthesis.fake_llm import FakeLLM  # noqa: E402
from tests.synthesis.test_fake_server import QUESTION, faithful  # noqa: E402

ENV = {"BYLINE_EMBEDDER": "hash-256", "BYLINE_ABSTAIN_BELOW": "0.05"}


@pytest.fixture
def index(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    result = CliRunner().invoke(cli, ["ingest", str(corpus), "--index", str(tmp_path / "index")], env=ENV)
    assert result.exit_code == 0, result.output
    return tmp_path / "index"


def ask_json(index, *flags, env=None):
    result = CliRunner().invoke(cli, ["ask", QUESTION, "--json", "--index", str(index), *flags], env={**ENV, **(env or {})})
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_cli_flags_add_a_verified_synthesis_to_the_json(index):
    assert "synthesis" not in ask_json(index)  # extractive stays the default
    with FakeLLM(faithful) as server:
        data = ask_json(index, "--llm-base-url", server.base_url, "--llm-model", "fake")
    assert data["synthesis"]["text"] and all(s["verified"] for s in data["synthesis"]["sentences"])
    assert data["citations"] and data["answer"].startswith(("Here is", "The sources"))  # existing fields unchanged


def test_environment_variables_configure_the_llm(index):
    with FakeLLM(faithful) as server:
        data = ask_json(index, env={"BYLINE_LLM_BASE_URL": server.base_url, "BYLINE_LLM_MODEL": "fake"})
    assert data["synthesis"]["model"] == "fake"


def test_a_server_model_without_url_is_a_one_line_error(index):
    result = CliRunner().invoke(cli, ["ask", QUESTION, "--index", str(index), "--llm-model", "gpt-x"], env=ENV)
    assert result.exit_code == 2 and "needs --llm-base-url" in result.output and "Traceback" not in result.output


def test_http_ask_synthesizes_when_an_llm_is_configured(make_assistant, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    with FakeLLM(faithful) as server:
        a = make_assistant(corpus, llm_base_url=server.base_url, llm_model="fake")
        a.ingest()
        client = TestClient(create_app(a, token=""))
        with_llm = client.post("/ask", json={"question": QUESTION}).json()
        without = client.post("/ask", json={"question": QUESTION, "synthesize": False}).json()
    assert with_llm["synthesis"]["text"] and "synthesis" not in without


def test_http_synthesize_without_an_llm_is_a_clear_error(make_assistant, tmp_path):
    a = make_assistant(write_corpus(tmp_path / "corpus"))
    a.ingest()
    response = TestClient(create_app(a, token="")).post("/ask", json={"question": QUESTION, "synthesize": True})
    assert response.status_code == 422 and "needs an LLM" in response.json()["error"]


def test_ui_section_streams_then_shows_the_verified_answer(make_assistant, tmp_path):
    from app.edges.ui_llm import LlmSection

    a = make_assistant(write_corpus(tmp_path / "corpus"))
    a.ingest()
    history = [{"question": QUESTION, "answer": {"citations": []}}]
    with FakeLLM(faithful) as server:
        frames = list(LlmSection(a).write(history, server.base_url, "fake"))
    assert any("writing" in f for f in frames[:-1])
    assert "fake, verified" in frames[-1] and "\u2713" in frames[-1] and "According to" in frames[-1]


def test_ui_settings_may_not_point_the_server_elsewhere(make_assistant, tmp_path):
    from app.edges.ui_llm import LlmSection

    a = make_assistant(write_corpus(tmp_path / "corpus"))
    history = [{"question": QUESTION, "answer": {"citations": []}}]
    frames = list(LlmSection(a).write(history, "http://10.0.0.5:8000/v1", "fake"))
    assert len(frames) == 1 and "must be on this machine" in frames[0]
