"""Ctrl-C in any command: one line, exit code 130, at once — even when the interrupt left a worker thread
that nobody will ever wake (as one landing in ThreadPoolExecutor's thread start does), which Python would
otherwise join forever at exit."""

from __future__ import annotations

import subprocess
import sys

from integr_support import ROOT, cli_env

STUCK = """
import threading
from app.edges.cli.base import friendly

@friendly
def command():
    threading.Thread(target=threading.Event().wait, name="orphan", daemon=False).start()
    print("partial output")
    raise KeyboardInterrupt

command()
"""


def test_ctrl_c_exits_130_with_one_line_even_with_a_worker_thread_nobody_wakes():
    out = subprocess.run([sys.executable, "-c", STUCK], capture_output=True, text=True, env=cli_env(), cwd=ROOT,
                         timeout=60)
    assert out.returncode == 130, out.stderr
    assert out.stderr.strip() == "interrupted"
    assert out.stdout == "partial output\n"  # what was printed before the interrupt is not lost
