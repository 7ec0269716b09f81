"""One writer per index, across processes (issue 18, case 2): a `byline ingest` into an index that
`byline serve` holds is refused with a message naming the server, and loses nothing of either;
readers keep working; a killed writer's lock does not block the next one; a process whose
manifest is out of date reads it again before it writes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import httpx
import pytest
from integr_support import ROOT, assistant, cli_env, free_port, running, write_lake_docs

from app.errors import IndexBusyError
from app.store.lock import LOCK_FILE, WriterLock


def note(folder, name: str, text: str):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text(json.dumps({"outlet": "Lake Gazette"}), encoding="utf-8")
    return folder


def test_a_held_index_refuses_a_second_writer_by_name_and_reads_go_on(tmp_path):
    index = tmp_path / "index"
    server = assistant(index)
    server.ingest([write_lake_docs(tmp_path / "docs")])
    server.hold_writes()
    other = assistant(index)
    with pytest.raises(IndexBusyError, match=rf"being written by pid {os.getpid()} \("):
        other.ingest([note(tmp_path / "more", "n.txt", "Skaters said the ice was thick.")])
    assert other.ask("Did the lake freeze in May?").citations  # a reader is never refused
    assert len(server.sources()) == 2


def test_a_lock_left_by_a_killed_writer_does_not_block(tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    code = (f"import time; from app.store.lock import WriterLock; WriterLock({str(index)!r}).acquire(); "
            "print('held', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, env=cli_env(), cwd=ROOT)
    assert proc.stdout.readline().strip() == b"held"
    with pytest.raises(IndexBusyError, match=f"pid {proc.pid}"):
        WriterLock(index).acquire()
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert json.loads((index / LOCK_FILE).read_text())["pid"] == proc.pid  # the file stays behind ...
    report = assistant(index).ingest([write_lake_docs(tmp_path / "docs")])  # ... and blocks nobody
    assert len(report.new) == 2


def test_a_writer_with_an_old_manifest_reads_it_again_and_loses_nothing(tmp_path):
    index = tmp_path / "index"
    first, second = assistant(index), assistant(index)
    first.ingest([write_lake_docs(tmp_path / "docs")])
    second.ingest([note(tmp_path / "b", "b.txt", "Skaters said the ice was thick in May.")])
    first.ingest([note(tmp_path / "c", "c.txt", "Divers said the water under the ice was warm.")])
    names = sorted(s.source.rsplit("/", 1)[-1] for s in assistant(index).sources())
    assert names == ["b.txt", "c.txt", "gazette.txt", "herald.txt"]


def test_cli_ingest_while_byline_serve_runs_is_refused_and_nothing_is_lost(tmp_path):
    index = tmp_path / "index"
    assistant(index).ingest([write_lake_docs(tmp_path / "docs")])
    port = free_port()
    env = cli_env(BYLINE_UPLOAD_DIR=str(tmp_path / "uploads"))
    args = [sys.executable, "-m", "app.edges.cli", "serve", "--index", str(index), "--port", str(port)]
    with running(args, f"http://127.0.0.1:{port}/healthz", tmp_path / "serve.log", env=env, cwd=ROOT) as server:
        more = note(tmp_path / "more", "cli.txt", "Skaters said the lake ice was thick in May.")
        cli = subprocess.run([sys.executable, "-m", "app.edges.cli", "ingest", str(more), "--index", str(index)],
                             env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert cli.returncode == 2
        assert f"being written by pid {server.pid} (byline serve" in cli.stderr and "Traceback" not in cli.stderr
        ask = subprocess.run([sys.executable, "-m", "app.edges.cli", "ask", "Did the lake freeze in May?", "--index",
                              str(index), "--json"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert ask.returncode == 0 and json.loads(ask.stdout)["citations"]  # readers keep working
        up = httpx.post(f"http://127.0.0.1:{port}/documents", files={"file": ("up.txt", b"Divers said the water was warm.")},
                        data={"outlet": "Valley Herald"}, timeout=60)
        assert up.status_code == 201
        listed = httpx.get(f"http://127.0.0.1:{port}/sources", timeout=30).json()
    names = sorted(s["source"].rsplit("/", 1)[-1] for s in listed)
    assert names == ["gazette.txt", "herald.txt", "up.txt"]
    stored = json.loads((index / "manifest.json").read_text())["documents"]
    assert all((index / "docs" / f"{d}.txt").is_file() for d in stored) and len(stored) == 3
    after = subprocess.run([sys.executable, "-m", "app.edges.cli", "ingest", str(more), "--index", str(index)],
                           env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert after.returncode == 0, after.stderr
    assert len(json.loads((index / "manifest.json").read_text())["documents"]) == 4


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"),
                                     RuntimeError("Error in compaction: Failed to apply logs: database or disk is full")],
                         ids=["ENOSPC", "chroma"])
def test_a_full_disk_is_reported_as_disk_full(tmp_path, monkeypatch, failure):
    from app.errors import IndexWriteError
    from app.store.local import Store

    def full(*args, **kwargs):
        raise failure

    monkeypatch.setattr(Store, "put", full)
    with pytest.raises(IndexWriteError, match="^disk full while writing the index at"):
        assistant(tmp_path / "index").ingest([write_lake_docs(tmp_path / "docs")])
