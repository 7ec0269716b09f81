"""The MCP server answers a malformed or deeply nested message with a JSON-RPC error (issue 18,
case 8: the request never got an answer) and goes on serving the same session."""

from __future__ import annotations

import json
import subprocess
import sys
import threading

from integr_support import ROOT, assistant, cli_env, write_lake_docs

INIT = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}}


def test_malformed_and_deeply_nested_messages_get_an_error_and_the_session_goes_on(tmp_path):
    index = tmp_path / "index"
    assistant(index).ingest([write_lake_docs(tmp_path / "docs")])
    nested = '{"jsonrpc": "2.0", "id": 2, "method": "ping", "params": ' + "[" * 20_000 + "]" * 20_000 + "}"
    lines = [json.dumps(INIT), "this is not json", nested, json.dumps({"jsonrpc": "2.0", "id": 3, "method": "ping"})]
    proc = subprocess.Popen([sys.executable, "-m", "app.edges.cli", "mcp", "--index", str(index)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(), cwd=ROOT)
    watchdog = threading.Timer(90, proc.kill)  # a reply that never comes fails the test instead of hanging it
    watchdog.start()
    try:
        proc.stdin.write("\n".join(lines) + "\n")
        proc.stdin.flush()  # stdin stays open until every reply is read: EOF may end the session early
        replies = [json.loads(proc.stdout.readline() or "null") for _ in lines]
    finally:
        watchdog.cancel()
        proc.stdin.close()
        stderr = proc.stderr.read()
        proc.wait(60)
    assert None not in replies, "a message got no reply"
    answered = {r["id"]: r["result"] for r in replies if "result" in r}  # replies may come in any order
    assert sorted(answered) == [1, 3] and answered[3] == {}
    assert [(r["id"], r["error"]["code"]) for r in replies if "error" in r] == [(None, -32700), (None, -32700)]
    assert "Traceback" not in stderr
