"""Store-level costs of one question, beside the full answer: the vector query alone (ids and
distances), the query with records (the payload a plain retriever reads), the answered documents'
sentences with the passages' sentence vectors, and, for a Chroma server, one HTTP round trip (a heartbeat). Run on the
embedded and the server store alike, they separate what grows with the index (the HNSW search) from what does
not (round trips, payload)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from app.bench.report import percentile


def probe_store(store, qvecs: Sequence[np.ndarray], candidates: int, k: int, reps: int) -> dict[str, float]:
    """p50 milliseconds of each store call over the questions' vectors, `reps` passes."""
    spans = {id(v): _top_spans(store, v, k) for v in qvecs}  # looked up before the clock runs
    calls: dict[str, Callable[[np.ndarray], Any]] = {
        "query": lambda v: store.query(v, candidates),
        "query_records": lambda v: store.nearest(v, k),
        "sentences": lambda v: _read_sentences(store, spans[id(v)]),
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


def _top_spans(store, vector: np.ndarray, k: int) -> list[tuple[str, int, int]]:
    """(doc_id, start, end) of the k nearest chunks."""
    hits, records = store.nearest(vector, k)
    return [(records[cid][0].doc_id, records[cid][0].start, records[cid][0].end) for cid, _ in hits]


def _read_sentences(store, spans: list[tuple[str, int, int]]) -> None:
    """What an answer reads of its passages' documents: their sentences and the passages' vectors,
    none in memory before (as `app.bench.measure.forget` leaves them)."""
    store._sentences.clear()
    store.load_sentences([d for d, _, _ in spans], spans)
