"""The bench's `chroma run` child stops with the bench, whichever signal ends it (slow: real servers)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

ROOT = Path(__file__).resolve().parents[2]
# Ctrl-C reaches a bench run from a terminal as KeyboardInterrupt; a job started in the background by a
# non-interactive shell (CI runners, `cmd &`) inherits SIGINT as ignored, so the child sets the terminal's handler
HOLD = """
import signal, sys, time
from pathlib import Path
from app.bench.server import chroma_server
signal.signal(signal.SIGINT, signal.default_int_handler)
with chroma_server(Path(sys.argv[1])) as (url, pid):
    print(pid, flush=True)
    time.sleep(600)
"""


def _gone(pid: int, seconds: float = 40) -> bool:
    """True once `pid` has exited (a zombie no one reaped has too), waiting up to `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_the_chroma_server_stops_when_the_bench_is_signalled(tmp_path, sig):
    bench = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path / "data")], stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    server = int(bench.stdout.readline())
    try:
        bench.send_signal(sig)
        bench.wait(timeout=60)
        assert _gone(server), "chroma run outlived the bench"
    finally:
        if not _gone(server, 0):
            os.kill(server, signal.SIGKILL)
        if bench.poll() is None:
            bench.kill()
