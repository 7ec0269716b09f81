"""/healthz answers while every worker thread is busy (issue 18, case 7: under 200 concurrent asks
it took up to 5 s, waiting for the same worker threads as the asks)."""

from __future__ import annotations

import threading
import time

import httpx
import uvicorn
from integr_support import assistant, free_port, write_lake_docs

from app.api import Assistant
from app.edges.http import create_app

WORKERS = 40  # anyio's default thread limit, which FastAPI runs sync endpoints in


class CountingAssistant(Assistant):
    """Counts the asks that hold a worker thread; each waits at the gate until the test opens it."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.inside, self.gate, self._count = 0, threading.Event(), threading.Lock()

    def ask(self, *args, **kwargs):
        with self._count:
            self.inside += 1
        assert self.gate.wait(120)
        return super().ask(*args, **kwargs)


def test_healthz_answers_while_asks_hold_every_worker_thread(tmp_path):
    base = assistant(tmp_path / "index")
    base.ingest([write_lake_docs(tmp_path / "docs")])
    a = CountingAssistant(config=base.config, embedder=base.embedder.inner)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(a, token=""), host="127.0.0.1", port=port, log_level="warning"))
    serving = threading.Thread(target=server.run)
    serving.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    askers = [threading.Thread(target=httpx.post, args=(f"{url}/ask",),
                               kwargs={"json": {"question": "Did the lake freeze?"}, "timeout": 120})
              for _ in range(WORKERS + 5)]
    for t in askers:
        t.start()
    try:
        deadline = time.monotonic() + 60
        while a.inside < WORKERS and time.monotonic() < deadline:
            time.sleep(0.05)
        assert a.inside == WORKERS  # every worker thread is taken by a waiting ask
        answered = []
        probe = threading.Thread(target=lambda: answered.append(httpx.get(f"{url}/healthz", timeout=30).json()))
        probe.start()
        probe.join(20)
        assert answered == [{"status": "ok", "index": True}]
    finally:
        a.gate.set()
        for t in askers:
            t.join(120)
        server.should_exit = True
        serving.join(30)
