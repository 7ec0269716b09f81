"""One writer per index folder, across processes: an advisory lock on `<index>/writer.lock`.

The file names the holder (pid, command, since when), so a refused writer can say what holds
it. The lock itself is `flock`: the kernel drops it when the holder exits or is killed (kill -9),
so a stale file never blocks anyone; the next writer takes it over and rewrites the file.
Readers never take it.

In Chroma server mode (`chroma_url`) the index lives in the server, so the lock does too: one
record in the collection `byline_chunks_writer` naming the holder (pid, host, command, since) and
a heartbeat the holder renews. A second writer, from any host, is refused with the holder's name;
a holder that died (same host: its pid is gone; another host: no heartbeat for STALE seconds) is
taken over. Chroma has no compare-and-swap: `add` of an existing id is ignored, so whoever's
record is there after both added holds the lock, and a stale record is deleted only if it is
still that stale record (`where` on its token).
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
import sys
import threading
import time
import uuid
from pathlib import Path

from app.errors import IndexBusyError, IndexMissingError

log = logging.getLogger(__name__)
LOCK_FILE = "writer.lock"
SERVER_LOCK = "byline_chunks_writer"  # the lock's collection in a Chroma server
HEARTBEAT = 10.0  # seconds between a server lock holder's renewals
STALE = 60.0  # a server lock not renewed for this long, held from another host, is taken over


def _me() -> dict:
    command = " ".join(["byline" if sys.argv[0].endswith(("cli", "__main__.py")) else Path(sys.argv[0]).name,
                        *sys.argv[1:]])
    return {"pid": os.getpid(), "host": socket.gethostname()[:100], "command": command[:300],
            "since": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}


def _named(info: dict) -> str:
    try:
        host = f" on {info['host']}" if info.get("host") else ""
        return f"pid {info['pid']}{host} ({info['command']}), writing since {info['since']}"
    except (KeyError, TypeError):
        return "another process"


def holder(path: Path) -> str:
    """'pid 4242 (byline serve --port 8000), writing since …' from a lock file."""
    try:
        return _named(json.loads(path.read_text(encoding="utf-8") or "{}"))
    except (OSError, ValueError):
        return "another process"


def busy(where: str, who: str) -> IndexBusyError:
    return IndexBusyError(f"the index at {where} is being written by {who}; one process writes an index at a "
                          "time: upload through that process (POST /documents) or wait until it ends")


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
            raise IndexMissingError(
                f"{self.path.parent} cannot be used as an index folder: {exc.strerror or exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise busy(str(self.path.parent), holder(self.path)) from None
        info = {k: v for k, v in _me().items() if k != "host"}
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



class ServerWriterLock:
    """The writer lock of an index in a Chroma server: a record in SERVER_LOCK (see the module doc)."""

    def __init__(self, url: str, connect) -> None:
        self.url = url
        self._connect = connect  # () -> chromadb client; called on the first acquire
        self._coll = None
        self._token: str | None = None
        self._stop = threading.Event()

    @property
    def held(self) -> bool:
        return self._token is not None

    def _current(self) -> tuple[str | None, dict]:
        res = self._coll.get(ids=["writer"], include=["metadatas"])
        if not res["ids"]:
            return None, {}
        meta = res["metadatas"][0] or {}
        return meta.get("token"), meta

    def acquire(self) -> None:
        """Take the lock or raise IndexBusyError naming its holder; never waits."""
        if self._token is not None:
            return
        if self._coll is None:
            self._coll = self._connect().get_or_create_collection(SERVER_LOCK, embedding_function=None)
        token = uuid.uuid4().hex
        for _ in range(2):
            self._coll.add(ids=["writer"], embeddings=[[0.0]],
                           metadatas=[{**_me(), "token": token, "beat": time.time()}])  # ignored when held
            held_by, meta = self._current()
            if held_by == token:
                self._token = token
                self._stop.clear()
                threading.Thread(target=self._beat, name="byline-writer-lock", daemon=True).start()
                return
            if held_by is None or not _stale(meta):
                break
            log.warning("taking over the writer lock in %s from %s (it stopped)", self.url, _named(meta))
            self._coll.delete(ids=["writer"], where={"token": held_by})
        raise busy(f"{self.url} (Chroma server)", _named(meta) if held_by else "another process")

    def _beat(self) -> None:
        while not self._stop.wait(HEARTBEAT):
            token = self._token
            try:
                if token is None or self._current()[0] != token:
                    return
                self._coll.update(ids=["writer"], metadatas=[{"beat": time.time()}])
            except Exception as exc:  # the server is away for a moment: the next beat tries again
                log.warning("could not renew the writer lock in %s: %s", self.url, exc)

    def release(self) -> None:
        if self._token is None:
            return
        token, self._token = self._token, None
        self._stop.set()
        self._coll.delete(ids=["writer"], where={"token": token})


def _stale(meta: dict) -> bool:
    """The holder is gone: on this host its pid is not running; elsewhere it stopped renewing."""
    if meta.get("host") == socket.gethostname()[:100] and isinstance(meta.get("pid"), int):
        try:
            os.kill(meta["pid"], 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # running under another user: alive, so the heartbeat decides
            pass
    return time.time() - float(meta.get("beat") or 0) > STALE
