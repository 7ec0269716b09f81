"""End to end: every integration surface answers the seed question with the same citations.

The reference is `Assistant.ask` over an embedded index of the seed corpus; each surface runs for
real on loopback (uvicorn, an MCP stdio subprocess, a `chroma run` server).
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

import httpx
import pytest
from fastapi.testclient import TestClient
from integr_support import (
    ROOT,
    SEED_QUESTION,
    assistant,
    call_tools,
    chroma_server,
    citation_keys,
    cli_env,
    free_port,
    running,
)

from app.edges.http import create_app
from app.edges.integrations.llama_index import BylineQueryEngine, BylineRetriever
from seed import copy_seed


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    a = assistant(tmp_path_factory.mktemp("seed") / "index")
    a.ingest([copy_seed(tmp_path_factory.mktemp("seed-corpus"))])
    expected = a.ask(SEED_QUESTION).model_dump(mode="json")
    assert expected["citations"], "the seed question should be answered with quotes"
    return a, expected


def test_http_api_in_process(seed):
    a, expected = seed
    body = TestClient(create_app(a, token="")).post("/ask", json={"question": SEED_QUESTION}).json()
    assert body == expected


def test_http_api_served_by_uvicorn_with_a_token(seed, tmp_path):
    a, expected = seed
    port = free_port()
    args = [sys.executable, "-m", "app.edges.cli", "serve", "--port", str(port), "--index", str(a.config.index_dir)]
    with running(args, f"http://127.0.0.1:{port}/healthz", tmp_path / "serve.log", env=cli_env(BYLINE_API_TOKEN="t0k"),
                 cwd=ROOT):
        url, auth = f"http://127.0.0.1:{port}", {"Authorization": "Bearer t0k"}
        assert httpx.post(f"{url}/ask", json={"question": SEED_QUESTION}).status_code == 401
        response = httpx.post(f"{url}/ask", json={"question": SEED_QUESTION}, headers=auth, timeout=60)
        assert response.status_code == 200
        assert citation_keys(response.json()) == citation_keys(expected)
        assert len(httpx.get(f"{url}/sources", headers=auth).json()) == len(a.sources())


def test_mcp_over_stdio(seed):
    a, expected = seed
    _, [result] = asyncio.run(call_tools(a.config.index_dir, [("ask", {"question": SEED_QUESTION})]))
    assert not result.is_error
    assert citation_keys(result.structured_content) == citation_keys(expected)


def test_llama_index_retriever_and_query_engine(seed):
    a, expected = seed
    nodes = BylineRetriever(a).retrieve(SEED_QUESTION)
    keys = [tuple(n.node.metadata[k] for k in ("outlet", "doc_id", "start", "end", "quote", "label")) for n in nodes]
    assert keys == citation_keys(expected)
    response = BylineQueryEngine(assistant=a).query(SEED_QUESTION)
    assert str(response) == expected["answer"]
    assert [n.node.metadata["quote"] for n in response.source_nodes] == [c["quote"] for c in expected["citations"]]


def test_chroma_server_via_the_cli(seed, tmp_path):
    _, expected = seed
    work = tmp_path / "work"  # a user's folder holding a copy of the seed corpus, as `corpus/`
    copy_seed(work / "corpus")
    with chroma_server(tmp_path / "chroma") as url:
        def byline(*args: str) -> str:
            done = subprocess.run([sys.executable, "-m", "app.edges.cli", "--chroma-url", url, *args, "--index",
                                   str(tmp_path / "cache")], capture_output=True, text=True, env=cli_env(), cwd=work)
            assert done.returncode == 0, done.stderr
            return done.stdout

        assert "5 new" in byline("ingest", "corpus/")
        answer = json.loads(byline("ask", "--json", SEED_QUESTION))
        assert citation_keys(answer) == citation_keys(expected)
        server_side = assistant(tmp_path / "other-cache", chroma_url=url)
        assert citation_keys(server_side.ask(SEED_QUESTION).model_dump()) == citation_keys(expected)

