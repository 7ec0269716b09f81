"""Embedding in batches: each prepared document's new texts (chunks and sentences) are embedded on a
background thread while the next document is parsed; when a batch's chunks are full, its documents
are stored (text, chunks, sentence vectors, manifest entry) and committed."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from app.indexing.prepare import Prepared
from app.store.embed import Embedder
from app.store.local import Store
from app.store.sentences import Sentences, doc_sentences


CALL_TEXTS = 4096  # texts per embedder call: the encoder holds a call's tokens and vectors at once
CALLS = 2  # embedder calls in flight: the next document's batches queue while the last batch of one runs


class Batcher:
    """Collects prepared documents, embeds their texts in the background, stores them in batches."""

    def __init__(self, store: Store, embedder: Embedder, batch: int = 256) -> None:
        self.store, self.embedder, self.batch = store, embedder, batch
        self.pending: dict[str, tuple[Prepared, list[str], dict]] = {}
        self.chunks_added = 0
        self._worker: ThreadPoolExecutor | None = None
        self._vectors: dict[str, _Row] = {}  # each distinct text of the batch: the call embedding it

    def add(self, prepared: Prepared, sources: list[str], links: dict | None = None) -> None:
        self.pending[prepared.doc_id] = (prepared, sources, links or {})
        self._embed_later(_texts(prepared))
        if sum(len(p.chunks) for p, _, _ in self.pending.values()) >= self.batch:
            self.flush()

    def text(self, doc_id: str) -> str:
        return self.pending[doc_id][0].text if doc_id in self.pending else self.store.text(doc_id)

    def ensure_stored(self, doc_id: str) -> None:
        if doc_id in self.pending:
            self.flush()

    def flush(self) -> None:
        """Wait for the pending documents' vectors (chunks, and every sentence: what quote choice
        and claim grouping read at ask time), then store each document."""
        if not self.pending:
            return
        try:
            for doc_id, (prepared, sources, links) in self.pending.items():
                spans = doc_sentences(prepared.chunks)
                vectors, sentence_vectors = (self._stack(texts) for texts in _texts(prepared, spans))
                self.store.put(doc_id, prepared.text, prepared.record(sources, links), prepared.chunks,
                               vectors, prepared.chunk_meta(), Sentences.of(spans, sentence_vectors, prepared.text))
                self.chunks_added += len(prepared.chunks)
            self.store.commit()
        finally:
            self._stop()
            self.pending.clear()

    def _embed_later(self, groups: tuple[list[str], list[str]]) -> None:
        """Start embedding the texts no earlier document of the batch brought (a one-sentence chunk
        is its sentence; the same sentence in two articles is embedded once), while ingest goes on
        parsing: the encoder's native code runs without the GIL."""
        new = list(dict.fromkeys(t for texts in groups for t in texts if t not in self._vectors))
        if not new:
            return
        self._worker = self._worker or ThreadPoolExecutor(CALLS, thread_name_prefix="byline-embed")
        for at in range(0, len(new), CALL_TEXTS):
            part = new[at : at + CALL_TEXTS]
            call = self._worker.submit(self.embedder.embed, part)
            for row, text in enumerate(part):
                self._vectors[text] = _Row(call, row)

    def _stack(self, texts: list[str]) -> np.ndarray:
        rows = [self._vectors[t].result() for t in texts]
        return np.array(rows, dtype=np.float32).reshape(len(texts), self.embedder.dim)

    def abandon(self) -> None:
        """Drop the pending documents (not committed: the next ingest redoes them) and end the embed threads
        without waiting. The pool's queue also reaches a thread an interrupt left unregistered with it (Ctrl-C
        landing in ThreadPoolExecutor's thread start): unwoken, it kept Python 3.11 from ever exiting."""
        if self._worker is not None:
            self._worker.shutdown(wait=False, cancel_futures=True)
        self._worker, self._vectors = None, {}
        self.pending.clear()

    def _stop(self) -> None:
        if self._worker is not None:
            self._worker.shutdown(wait=True, cancel_futures=True)
        self._worker, self._vectors = None, {}


def _texts(p: Prepared, spans=None) -> tuple[list[str], list[str]]:
    """The document's chunk texts and sentence texts, in stored order."""
    spans = doc_sentences(p.chunks) if spans is None else spans
    return [c.text for c in p.chunks], [p.text[s.start : s.end] for s in spans]


class _Row:
    """One row of an embedder call's result, as a future-like `result()`."""

    def __init__(self, call: Future, row: int) -> None:
        self.call, self.row = call, row

    def result(self) -> np.ndarray:
        return self.call.result()[self.row]

