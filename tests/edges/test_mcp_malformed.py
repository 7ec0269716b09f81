"""The MCP server answers a malformed or deeply nested message with a JSON-RPC error (issue 18,
case 8: the request never got an answer) and goes on serving the same session."""

from __future__ import annotations

import json
import subprocess
import sys

from integr_support import ROOT, assistant, cli_env, write_lake_docs

INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}


def test_malformed_and_deeply_nested_messages_get_an_error_and_the_session_goes_on(tmp_path):
    index = tmp_path / "index"
    assistant(index).ingest([write_lake_docs(tmp_path / "docs")])
    nested = '{"jsonrpc": "2.0", "id": 2, "method": "ping", "params": ' + "[" * 20_000 + "]" * 20_000 + "}"
    lines = [json.dumps(INIT), "this is not json", nested, json.dumps({"jsonrpc": "2.0", "id": 3, "method": "ping"})]
    done = subprocess.run([sys.executable, "-m", "app.edges.cli", "mcp", "--index", str(index)],
                          input="\n".join(lines) + "\n", capture_output=True, text=True, env=cli_env(), cwd=ROOT, timeout=120, check=False)
    replies = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r.get("id") for r in replies] == [1, None, None, 3]
    assert [r["error"]["code"] for r in replies[1:3]] == [-32700, -32700]
    assert replies[3]["result"] == {}
    assert "Traceback" not in done.stderr
