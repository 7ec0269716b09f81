"""Uploads and asks don't block each other (issue 18, case 7): against a real `byline serve`, while
an upload is stopped inside its ingest (a gated fake embedder, tests/edges/gated_serve.py), asks,
/sources and /documents answer from the last committed state — and the upload is still running
when they return. Nothing here measures time: the order of events is what is asserted."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import httpx
import pytest
from integr_support import ROOT, assistant, cli_env, free_port, running, write_lake_docs

GATED = Path(__file__).with_name("gated_serve.py")
NEW = ("The zeppelin landed on the frozen lake in May, the airship crew said. "
       "Skaters watched the zeppelin moor beside the ice. Notice gate7f3a.")


@pytest.fixture
def served(tmp_path):
    assistant(tmp_path / "index").ingest([write_lake_docs(tmp_path / "docs")])
    gate = tmp_path / "gate"
    gate.mkdir()
    port = free_port()
    env = cli_env(BYLINE_TEST_GATE=str(gate), BYLINE_UPLOAD_DIR=str(tmp_path / "uploads"))
    args = [sys.executable, str(GATED), "serve", "--index", str(tmp_path / "index"), "--port", str(port)]
    with running(args, f"http://127.0.0.1:{port}/healthz", tmp_path / "serve.log", env=env, cwd=ROOT):
        yield f"http://127.0.0.1:{port}", gate


def wait_for_file(path: Path, upload: threading.Thread) -> None:
    while not path.exists():
        assert upload.is_alive(), "the upload ended before reaching the gate"
        upload.join(0.05)


def test_asks_answer_from_the_committed_state_while_an_upload_is_inside_its_ingest(served):
    url, gate = served
    before = httpx.get(f"{url}/sources", timeout=60).json()
    uploaded: list[httpx.Response] = []
    upload = threading.Thread(target=lambda: uploaded.append(httpx.post(
        f"{url}/documents", files={"file": ("zeppelin.txt", NEW.encode())}, data={"outlet": "Lake Gazette"},
        timeout=150)))
    upload.start()
    try:
        wait_for_file(gate / "entered", upload)  # the upload is embedding: its ingest holds the write lock
        answer = httpx.post(f"{url}/ask", json={"question": "Did the lake freeze in May?"}, timeout=150)
        zeppelin = httpx.post(f"{url}/ask", json={"question": "Where did the zeppelin land?"}, timeout=150)
        sources = httpx.get(f"{url}/sources", timeout=150).json()
        text = httpx.get(f"{url}/documents/{before[0]['doc_id']}", timeout=150)
        healthz = httpx.get(f"{url}/healthz", timeout=150)
        still_uploading = upload.is_alive() and not (gate / "open").exists()
    finally:
        (gate / "open").touch()
        upload.join(150)
    assert still_uploading  # every read above returned while the upload was still inside its ingest
    assert answer.status_code == 200 and answer.json()["citations"]
    assert {c["outlet"] for c in answer.json()["citations"]} <= {"Lake Gazette", "Valley Herald"}
    assert zeppelin.status_code == 200
    assert all("zeppelin" not in c["quote"].lower() for c in zeppelin.json()["citations"])  # not committed yet
    assert sources == before
    assert text.status_code == 200 and healthz.status_code == 200
    assert uploaded and uploaded[0].status_code == 201, uploaded and uploaded[0].text
    after = httpx.post(f"{url}/ask", json={"question": "Where did the zeppelin land?"}, timeout=150).json()
    assert any("zeppelin" in c["quote"].lower() for c in after["citations"])  # committed: now it answers
    assert len(httpx.get(f"{url}/sources", timeout=60).json()) == len(before) + 1
