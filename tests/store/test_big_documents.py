"""A document with more chunks than Chroma takes in one call (issue 18, case 4: a 5 MB article
aborted the whole ingest with 'Batch size of 6836 is greater than max batch size of 5461') is
stored and removed in batches."""

from __future__ import annotations

import numpy as np

from app.documents.chunk import Chunk, chunk_id
from app.store.local import MAX_BATCH, Store


def test_a_document_of_7000_chunks_is_stored_and_removed_in_batches(tmp_path):
    store = Store.open(tmp_path / "index", embedder="hash-8", dim=8, chunking={"chunk_words": 10}, create=True)
    n = 7_000
    assert n > MAX_BATCH
    words = [f"word{i}" for i in range(n)]
    text = " ".join(words)
    starts = np.cumsum([0] + [len(w) + 1 for w in words[:-1]])
    chunks = [Chunk(chunk_id("big", int(s), w), "big", int(s), int(s) + len(w), w) for s, w in zip(starts, words)]
    vectors = np.random.default_rng(0).random((n, 8), dtype=np.float32)
    meta = [{"doc_id": "big", "start": c.start, "end": c.end, "outlet": "Harbour Times"} for c in chunks]
    store.put("big", text, {"sources": ["big.txt"], "meta": {}, "chars": len(text)}, chunks, vectors, meta)
    store.commit()
    assert store.count() == n
    store.remove("big")
    store.commit()
    assert store.count() == 0
