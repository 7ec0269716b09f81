"""One writer per index in Chroma server mode too (issue 18): the lock is a record in the server
naming its holder (pid, host, command); a second writer from another process is refused by name;
a holder killed with -9 does not block the next writer. Against a real `chroma run`."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from integr_support import ROOT, assistant, chroma_server, cli_env, write_lake_docs

from app.errors import IndexBusyError
from app.store.chroma import chroma_client
from app.store.lock import ServerWriterLock

CHROMA = Path(sys.executable).parent / "chroma"

HOLDER = """
import sys
from app.store.chroma import chroma_client
from app.store.lock import ServerWriterLock
url = sys.argv[1]
lock = ServerWriterLock(url, lambda: chroma_client(None, url))
lock.acquire()
print("held", flush=True)
sys.stdin.read()  # holds until killed
"""


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    if not CHROMA.is_file():
        pytest.skip(f"no `chroma` command next to {sys.executable}: the server lock needs a real `chroma run`")
    with chroma_server(tmp_path_factory.mktemp("chroma") / "data") as found:
        yield found


def lock(url: str) -> ServerWriterLock:
    return ServerWriterLock(url, lambda: chroma_client(None, url))


def test_second_writer_is_refused_naming_the_holder_until_it_releases(url):
    first, second = lock(url), lock(url)
    first.acquire()
    try:
        with pytest.raises(IndexBusyError, match=rf"being written by pid {os.getpid()} on {socket.gethostname()}"):
            second.acquire()
        assert not second.held
    finally:
        first.release()
    second.acquire()  # released: the next writer takes it
    assert second.held
    second.release()


def test_a_writer_in_another_process_blocks_ingest_and_its_death_frees_the_lock(url, tmp_path):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, url], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              env=cli_env(), cwd=ROOT)
    try:
        assert holder.stdout.readline().strip() == b"held"
        a = assistant(tmp_path / "index", chroma_url=url)
        with pytest.raises(IndexBusyError, match=rf"pid {holder.pid} on .*\(-c http://"):
            a.ingest([write_lake_docs(tmp_path / "docs")])
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        report = a.ingest([write_lake_docs(tmp_path / "docs")])  # a dead holder's lock is taken over
        assert len(report.new) == 2
        assert not a._writer.held  # released after the write: other servers may write next
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_cli_ingest_refused_while_a_server_writes_says_who(url, tmp_path):
    first = lock(url)
    first.acquire()
    try:
        out = subprocess.run([sys.executable, "-m", "app.edges.cli", "--chroma-url", url, "ingest",
                              str(write_lake_docs(tmp_path / "docs")), "--index", str(tmp_path / "index")],
                             capture_output=True, text=True, env=cli_env(), cwd=ROOT, timeout=300)
    finally:
        first.release()
    assert out.returncode != 0
    assert f"pid {os.getpid()} on {socket.gethostname()}" in out.stderr
    assert "Traceback" not in out.stderr
