"""Helpers for the integration-surface tests: small indexes, free ports, a real Chroma server."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from app.api import Assistant
from app.bench.server import free_port, stop  # noqa: F401  (free_port: the tests' port helper too)
from app.config import Config
from app.store.embed import HashEmbedder

ROOT = Path(__file__).resolve().parents[1]
SEED_QUESTION = "What did Javad Zarif ask social media sites to do?"
FAKE_EMBEDDER = "hash-256"

LAKE_DOCS = {
    "gazette.txt": ("Lake Gazette", "The ministry said the lake froze in May. Officials counted forty skaters on the ice."),
    "herald.txt": ("Valley Herald", "Fishermen said the lake never froze in May. They fished from boats all month."),
}


def config(index_dir: Path, **changes) -> Config:
    # thresholds are calibrated for MiniLM; the hash fake's similarities run lower
    base = Config(index_dir=index_dir, corpus_dir=index_dir.parent / "corpus", embedder=FAKE_EMBEDDER,
                  upload_dir=index_dir.parent / "uploads", relevance_floor=0.1, abstain_below=0.3)
    return base.with_(**changes)


def assistant(index_dir: Path, **changes) -> Assistant:
    return Assistant(config=config(index_dir, **changes), embedder=HashEmbedder(256))


def write_lake_docs(folder: Path) -> Path:
    """Two tiny articles that disagree, each with its outlet in a sidecar file."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (outlet, text) in LAKE_DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(json.dumps({"outlet": outlet}), encoding="utf-8")
    return folder


def citation_keys(answer: dict) -> list[tuple]:
    """What must agree between surfaces: who is quoted, where, and what, and the label it is shown under."""
    return [(c["outlet"], c["doc_id"], c["start"], c["end"], c["quote"], c.get("label", c["outlet"])) for c in answer["citations"]]


def cli_env(**extra: str) -> dict[str, str]:
    """Environment for a byline subprocess: this worktree's code, the fake embedder, no network."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BYLINE_")}
    env.update(PYTHONPATH=str(ROOT), BYLINE_EMBEDDER=FAKE_EMBEDDER, BYLINE_RELEVANCE_FLOOR="0.1", BYLINE_ABSTAIN_BELOW="0.3", HF_HUB_OFFLINE="1",
               ANONYMIZED_TELEMETRY="False", GRADIO_ANALYTICS_ENABLED="False", **extra)
    return env


async def call_tools(index_dir, calls: list[tuple[str, dict]]) -> tuple[list[str], list]:
    """Start `byline mcp --index DIR` over stdio, list its tools and make `calls` in one session."""
    from mcp import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    params = StdioServerParameters(command=sys.executable, args=["-m", "app.edges.cli", "mcp", "--index", str(index_dir)],
                                   env=cli_env(), cwd=str(ROOT))
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        tools = [t.name for t in (await session.list_tools()).tools]
        return tools, [await session.call_tool(name, args) for name, args in calls]




def wait_for(url: str, proc: subprocess.Popen, log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args} exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(url, timeout=2).status_code == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f}s:\n{log.read_text()[-3000:]}")


@contextlib.contextmanager
def running(args: list[str], ready_url: str, log: Path, **popen) -> Iterator[subprocess.Popen]:
    """Start a server process, wait until `ready_url` answers 200, and always stop it."""
    with open(log, "wb") as out:
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, **popen)
        try:
            wait_for(ready_url, proc, log)
            yield proc
        finally:
            stop(proc, 15)


@contextlib.contextmanager
def chroma_server(data_dir: Path) -> Iterator[str]:
    """A real `chroma run` on a free loopback port (the bench's: app/bench/server.py); yields its URL."""
    from app.bench.server import chroma_server as started

    with started(data_dir) as (url, _pid):
        yield url
