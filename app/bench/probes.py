"""Store-level costs of one question, beside the full answer: the vector query alone (ids and
distances), the query with records (the payload a plain retriever reads), the answered documents'
sentences, and, for a Chroma server, one HTTP round trip (a heartbeat). Run on the embedded and
the server store alike, they separate what grows with the index (the HNSW search) from what does
not (round trips, payload)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from app.bench.report import percentile


def probe_store(store, qvecs: Sequence[np.ndarray], candidates: int, k: int, reps: int) -> dict[str, float]:
    """p50 milliseconds of each store call over the questions' vectors, `reps` passes."""
    docs = {id(v): _top_docs(store, v, k) for v in qvecs}  # looked up before the clock runs
    calls: dict[str, Callable[[np.ndarray], Any]] = {
        "query": lambda v: store.query(v, candidates),
        "query_records": lambda v: store.nearest(v, k),
        "sentences": lambda v: store._load_many(docs[id(v)]),
    }
    client = getattr(store, "_client", None)
    if client is not None:
        calls["round_trip"] = lambda v: client.heartbeat()
    out = {}
    for name, call in calls.items():
        times = []
        for _ in range(reps):
            for v in qvecs:
                t0 = time.perf_counter()
                call(v)
                times.append(1000 * (time.perf_counter() - t0))
        out[name] = percentile(times, 50)
    return out


def _top_docs(store, vector: np.ndarray, k: int) -> list[str]:
    hits, records = store.nearest(vector, k)
    return list(dict.fromkeys(records[cid][0].doc_id for cid, _ in hits))
