"""`byline ask` and `byline chat` start loading the question model before the query stack imports."""

from __future__ import annotations

import pytest

from app.edges import cli
from app.store import onnx


@pytest.fixture
def started(monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(onnx, "preload", lambda int8=False: calls.append("preload int8" if int8 else "preload"))
    monkeypatch.delenv("BYLINE_EMBEDDER", raising=False)
    return calls


@pytest.mark.parametrize("argv", [["byline", "ask", "Who?"], ["/x/app/edges/cli/__main__.py", "--json", "ask", "q"],
                                  ["byline", "chat"], ["-m", "ask", "q"]])  # the last: python -m app.edges.cli ask
def test_question_commands_start_loading_the_model(started, argv):
    cli._early_preload(argv)
    assert started == ["preload"]


@pytest.mark.parametrize("argv", [["byline", "ingest", "corpus/"], ["pytest", "ask"], ["byline", "sources"]])
def test_other_commands_and_programs_do_not(started, argv):
    cli._early_preload(argv)
    assert started == []


def test_an_index_of_the_hash_fake_needs_no_model(started, monkeypatch):
    monkeypatch.setenv("BYLINE_EMBEDDER", "hash-256")
    cli._early_preload(["byline", "ask", "Who?"])
    assert started == []


def test_the_int8_embedder_preloads_the_int8_model(started, monkeypatch):
    monkeypatch.setenv("BYLINE_EMBEDDER", "all-MiniLM-L6-v2-int8")
    cli._early_preload(["byline", "ask", "Who?"])
    assert started == ["preload int8"]
