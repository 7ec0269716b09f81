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


def exchange(index, lines: list[str], replies: int) -> tuple[list, str]:
    """Send `lines` to a `byline mcp` on `index`, read `replies` replies (None for one that never
    came: the process is killed after 90 s instead of hanging the test), and its stderr."""
    proc = subprocess.Popen([sys.executable, "-m", "app.edges.cli", "mcp", "--index", str(index)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(), cwd=ROOT)
    watchdog = threading.Timer(90, proc.kill)
    watchdog.start()
    try:
        proc.stdin.write("\n".join(lines) + "\n")
        proc.stdin.flush()  # stdin stays open until every reply is read: EOF may end the session early
        answers = [json.loads(proc.stdout.readline() or "null") for _ in range(replies)]
    finally:
        watchdog.cancel()
        proc.stdin.close()
        stderr = proc.stderr.read()
        proc.wait(60)
    return answers, stderr


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
    replies, stderr = exchange(index, lines, len(lines))
    assert None not in replies, "a message got no reply"
    answered = {r["id"]: r["result"] for r in replies if "result" in r}  # replies may come in any order
    assert sorted(answered) == [1, 3] and answered[3] == {}
    errors = sorted(((r["id"], r["error"]["code"]) for r in replies if "error" in r), key=str)
    assert errors == sorted([(None, -32700), (2, -32600), (7, -32602), (8, -32600), (None, -32600), (None, -32600),
                             (None, -32602), ("deep", -32600)], key=str), errors
    assert "Traceback" not in stderr


def test_an_over_long_line_is_refused_unread_and_blank_lines_between_messages_are_skipped(tmp_path):
    from app.edges.mcp_errors import MAX_LINE

    index = tmp_path / "index"
    assistant(index).ingest([write_lake_docs(tmp_path / "docs")])
    huge = json.dumps({"jsonrpc": "2.0", "id": 4, "method": "ping", "params": {"pad": "x" * (MAX_LINE + 10)}})
    sent = [json.dumps(INIT), "", "   ", huge, json.dumps({"jsonrpc": "2.0", "id": 5, "method": "ping"})]
    replies, stderr = exchange(index, sent, 3)  # init, the long line, ping 5
    assert None not in replies, "a message got no reply"
    assert sorted(r["id"] for r in replies if "result" in r) == [1, 5]
    [error] = [r for r in replies if "error" in r]
    assert error["id"] is None and error["error"]["code"] == -32600 and "longer than" in error["error"]["message"]
    assert "Traceback" not in stderr
