"""The bench in Chroma server mode (`byline bench --chroma-server`): the query measurement repeated
against a `chroma run` server that the bench starts on 127.0.0.1, one per scale, its data kept
beside the cached indexes and seeded from the embedded index of the same scale (a copy of its
Chroma directory plus the server-only collections: app/store/seed.py; a second run only
measures), and a projection to 1M chunks.

Per question a server answer pays HTTP round trips (the change marker, the vector query above the
exact-search size, the answered documents' sentences) and their payload, both independent of the
index size, plus the HNSW search, which grows with it: `project` fits the vector query's time
against ln N over the measured scales and extrapolates it, and the server's memory linearly.
"""

from __future__ import annotations

import math
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from app.bench.measure import worker

PROJECT_TO = 1_000_000
SERVER_FORMAT = "b1"  # in the seeded servers' folder names: bump when what a server store keeps changes


@contextmanager
def chroma_server(data: Path) -> Iterator[tuple[str, int]]:
    """A `chroma run` over `data` on a free loopback port: (url, pid) while the block runs."""
    data.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = (data.parent / f"{data.name}.log").open("w")
    cmd = [str(Path(sys.executable).parent / "chroma"), "run", "--path", str(data), "--host", "127.0.0.1",
           "--port", str(port)]
    with terminate_raises():  # a SIGTERM to the bench stops the server too, as Ctrl-C does
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT,
                                env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_ready(url, proc, Path(log.name))
            yield url, proc.pid
        finally:
            stop(proc, 30)
            log.close()


@contextmanager
def terminate_raises() -> Iterator[None]:
    """While the block runs, SIGTERM raises SystemExit in the main thread (as SIGINT raises
    KeyboardInterrupt), so `finally` clauses stop child processes instead of the default action
    killing this one and leaving them running. The previous handler comes back after. Off the main
    thread, where handlers cannot be set, nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _raise_exit(signum: int, _frame: Any) -> None:
    raise SystemExit(128 + signum)


def free_port() -> int:
    """A loopback port no process listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(proc: subprocess.Popen, timeout: float) -> None:
    """Stop a child process: SIGTERM, then SIGKILL when it has not exited within `timeout` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _wait_ready(url: str, proc: subprocess.Popen, log: Path, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"chroma run exited ({proc.returncode}): {log.read_text()[-400:]}")
        try:
            urllib.request.urlopen(url + "/api/v2/heartbeat", timeout=1).close()
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"chroma run did not answer at {url} within {seconds:.0f} s (log: {log})")


def measure_server(scales: Sequence[int], local_dir: Callable[[int], Path], data_dir: Callable[[int], Path],
                   corpus: Path, questions_file: Path, reps: int, progress: Callable[[str], None]) -> dict[str, Any]:
    """At each scale: a server seeded from the embedded index (once), then the query worker against
    it; with the set-up time, the server's resident memory and the 1M projection."""
    import psutil

    rows = []
    for n in scales:
        data = data_dir(n)
        setup = seed_once(local_dir(n), data, progress)
        with chroma_server(data / "chroma") as (url, pid):
            progress(f"server: queries at {n:,} chunks against {url}")
            row = worker(data / "index", corpus, questions_file, reps, url)
            rows.append({**row, "setup": setup, "server_rss_mb": psutil.Process(pid).memory_info().rss / 1e6})
    return {"scales": rows, "projection": project(rows)}


def seed_once(index_dir: Path, data: Path, progress: Callable[[str], None]) -> dict[str, Any]:
    """`data/chroma` (what `chroma run` serves) and `data/index` (the server store's local caches)
    seeded from the embedded index at `index_dir` (app/store/seed.py), unless a previous run did;
    its marker records how long that took."""
    import json
    import shutil

    from app.store.seed import seed_server_data
    from app.writes import REGISTRY_SNAPSHOT

    marker = data / "index" / "bench-complete.json"
    if marker.is_file():
        return {**json.loads(marker.read_text()), "cached": True}
    progress(f"server: seeding {data.name} from {index_dir.name}")
    t0 = time.perf_counter()
    documents = seed_server_data(index_dir, data / "chroma", data / "index")
    if (index_dir / REGISTRY_SNAPSHOT).is_file():  # the registry the index was built with
        shutil.copy2(index_dir / REGISTRY_SNAPSHOT, data / "index" / REGISTRY_SNAPSHOT)
    info = {"seed_s": time.perf_counter() - t0, "documents": documents}
    marker.write_text(json.dumps(info))
    return {**info, "cached": False}


def project(rows: Sequence[dict[str, Any]], to: int = PROJECT_TO) -> dict[str, Any]:
    """The vector query's p50 at `to` chunks from a fit a + b·ln N over the measured scales (HNSW
    search grows with the graph's depth), the answer's p50 there (the largest scale's plus that
    growth; everything else per question is fixed), and the server's memory from a line through
    the measured RSS. Needs two scales or more."""
    pts = sorted((r["chunks"], r["probes"]["query"]) for r in rows)
    if len({n for n, _ in pts}) < 2:
        return {}
    a, b = _line([math.log(n) for n, _ in pts], [t for _, t in pts])
    query_at = a + b * math.log(to)
    big = max(rows, key=lambda r: r["chunks"])
    ma, mb = _line([float(r["chunks"]) for r in rows], [r["server_rss_mb"] for r in rows])
    return {"chunks": to, "query_ms": query_at, "query_ms_per_e": b,
            "answer_p50_ms": big["byline"]["p50"] + query_at - big["probes"]["query"],
            "answer_p95_ms": big["byline"]["p95"] + query_at - big["probes"]["query"],
            "fixed_ms": {k: big["probes"][k] for k in ("round_trip", "query_records", "sentences")
                         if k in big["probes"]},
            "server_rss_mb": ma + mb * to, "from_chunks": [n for n, _ in pts]}


def _line(xs: Sequence[float], ys: Sequence[float]) -> tuple[float, float]:
    """Least-squares intercept and slope."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var if var else 0.0
    return my - slope * mx, slope

