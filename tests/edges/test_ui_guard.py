"""`byline ui` honours BYLINE_API_TOKEN and warns on a non-loopback host (issue 18, case 8)."""

from __future__ import annotations

import sys

import httpx
from integr_support import ROOT, assistant, cli_env, free_port, running, write_lake_docs
from typer.testing import CliRunner

from app.edges import ui as web
from app.edges.cli import cli

TOKEN = "ui-tok-5e6f7a8b9c"


def test_byline_ui_with_a_token_refuses_requests_without_it(tmp_path):
    index = tmp_path / "index"
    assistant(index).ingest([write_lake_docs(tmp_path / "docs")])
    port = free_port()
    args = [sys.executable, "-m", "app.edges.cli", "ui", "--index", str(index), "--port", str(port)]
    env = cli_env(BYLINE_API_TOKEN=TOKEN)
    with running(args, f"http://127.0.0.1:{port}/healthz", tmp_path / "ui.log", env=env, cwd=ROOT):
        base = f"http://127.0.0.1:{port}"
        assert httpx.get(f"{base}/ui/", timeout=30).status_code == 401
        assert httpx.post(f"{base}/ask", json={"question": "Did the lake freeze in May?"}, timeout=30).status_code == 401
        auth = {"Authorization": f"Bearer {TOKEN}"}
        assert httpx.get(f"{base}/ui/", headers=auth, timeout=30, follow_redirects=True).status_code == 200
    assert TOKEN not in (tmp_path / "ui.log").read_text(errors="replace")


def test_byline_ui_on_a_public_host_without_a_token_warns(tmp_path, monkeypatch):
    launched = []

    def launch(a, host, port):
        launched.append(host)
        return None, f"http://{host}:{port}"

    monkeypatch.setattr(web, "launch", launch)
    monkeypatch.setattr(web, "serve_forever", lambda demo: None)
    monkeypatch.delenv("BYLINE_API_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["ui", "--index", str(tmp_path / "index"), "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert launched == ["0.0.0.0"]
    assert "without BYLINE_API_TOKEN" in result.output
