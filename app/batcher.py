"""Embedding in batches: prepared documents wait until their chunks fill a batch, then one embed
call covers them all and each document is stored (text, chunks, manifest entry) and committed."""

from __future__ import annotations

import numpy as np

from app.prepare import Prepared
from app.store.embed import Embedder
from app.store.local import Store


class Batcher:
    """Collects prepared documents and embeds their chunks in batches before storing them."""

    def __init__(self, store: Store, embedder: Embedder, batch: int = 256) -> None:
        self.store, self.embedder, self.batch = store, embedder, batch
        self.pending: dict[str, tuple[Prepared, list[str], dict]] = {}
        self.chunks_added = 0

    def add(self, prepared: Prepared, sources: list[str], links: dict | None = None) -> None:
        self.pending[prepared.doc_id] = (prepared, sources, links or {})
        if sum(len(p.chunks) for p, _, _ in self.pending.values()) >= self.batch:
            self.flush()

    def text(self, doc_id: str) -> str:
        return self.pending[doc_id][0].text if doc_id in self.pending else self.store.text(doc_id)

    def ensure_stored(self, doc_id: str) -> None:
        if doc_id in self.pending:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        texts = [c.text for p, _, _ in self.pending.values() for c in p.chunks]
        vectors = self.embedder.embed(texts) if texts else np.empty((0, self.embedder.dim))
        row = 0
        for prepared, sources, links in self.pending.values():
            n = len(prepared.chunks)
            self.store.put(prepared.doc_id, prepared.text, prepared.record(sources, links), prepared.chunks,
                           vectors[row : row + n], prepared.chunk_meta())
            row += n
            self.chunks_added += n
        self.store.commit()
        self.pending.clear()
