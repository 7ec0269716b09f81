"""The MCP server answers a malformed or deeply nested message with a JSON-RPC error (issue 18,
case 8: the request never got an answer) and goes on serving the same session. The error follows
JSON-RPC 2.0: id null only when the id cannot be read (not JSON, not an object, no valid id);
otherwise the request's own id, also for a message nested too deep to parse whole."""

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
    nested_first = '{"params": {"a": ' + '{"a": ' * 20_000 + "1" + "}" * 20_000 + '}, "method": "x", "id": "deep"}'
    lines = [json.dumps(INIT), "this is not json", nested, json.dumps({"jsonrpc": "2.0", "id": 3, "method": "ping"}),
             json.dumps({"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": "oops"}),
             json.dumps({"jsonrpc": "2.0", "id": 8, "method": 5}), "[1, 2]",
             json.dumps({"jsonrpc": "2.0", "method": 1, "params": "bar"}),
             json.dumps({"jsonrpc": "2.0", "id": True, "method": "ping", "params": 1}), nested_first]
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
    errors = sorted(((r["id"], r["error"]["code"]) for r in replies if "error" in r), key=str)
    assert errors == sorted([(None, -32700), (2, -32600), (7, -32602), (8, -32600), (None, -32600), (None, -32600),
                             (None, -32602), ("deep", -32600)], key=str), errors
    assert "Traceback" not in stderr
