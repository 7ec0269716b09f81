"""One writer per index folder, across processes: an advisory lock on `<index>/writer.lock`.

The file names the holder (pid, command, since when), so a refused writer can say what holds
it. The lock itself is `flock`: the kernel drops it when the holder exits or is killed (kill -9),
so a stale file never blocks anyone; the next writer takes it over and rewrites the file.
Readers never take it. In Chroma server mode there is no folder to lock: the manifest lives in
the server, and each write refreshes from it and commits entry by entry (app/store/server.py).
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from pathlib import Path

from app.errors import IndexBusyError, IndexMissingError

LOCK_FILE = "writer.lock"


def holder(path: Path) -> str:
    """'pid 4242 (byline serve --port 8000), writing since …' from a lock file."""
    try:
        info = json.loads(path.read_text(encoding="utf-8") or "{}")
        return f"pid {info['pid']} ({info['command']}), writing since {info['since']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "another process"


class WriterLock:
    def __init__(self, index_dir: Path) -> None:
        self.path = Path(index_dir) / LOCK_FILE
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise IndexBusyError naming its holder; never waits."""
        if self._fd is not None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise IndexMissingError(f"{self.path.parent} cannot be used as an index folder: {exc.strerror or exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise IndexBusyError(
                f"the index at {self.path.parent} is being written by {holder(self.path)}; one process writes "
                "an index at a time: upload through that process (POST /documents) or wait until it ends"
            ) from None
        command = " ".join(["byline" if sys.argv[0].endswith(("cli", "__main__.py")) else Path(sys.argv[0]).name,
                            *sys.argv[1:]])
        info = {"pid": os.getpid(), "command": command[:300], "since": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(info).encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        os.ftruncate(self._fd, 0)
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None

