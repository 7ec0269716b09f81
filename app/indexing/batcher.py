"""Embedding in batches: prepared documents wait until their chunks fill a batch, then each is
stored (text, chunks, sentence vectors, manifest entry) and the batch committed. Their chunks and
sentences are embedded ahead, from the moment each is added (app/indexing/ahead.py)."""

from __future__ import annotations

from app.indexing.ahead import EmbedAhead
from app.indexing.prepare import Prepared
from app.store.embed import Embedder
from app.store.local import Store
from app.store.sentences import Sentences, doc_sentences
from app.text.sentences import Span


class Batcher:
    """Collects prepared documents, embedding their chunks and sentences ahead, and stores them in batches."""

    def __init__(self, store: Store, embedder: Embedder, batch: int = 256) -> None:
        self.store, self.embedder, self.batch = store, embedder, batch
        self.pending: dict[str, tuple[Prepared, list[str], dict, list[Span]]] = {}
        self.ahead = EmbedAhead(embedder.embed, embedder.dim, batch)
        self.chunks_added = 0

    def add(self, prepared: Prepared, sources: list[str], links: dict | None = None) -> None:
        """Queue a document; its chunks and every sentence (what quote choice and claim grouping
        read at ask time) start embedding now."""
        spans = doc_sentences(prepared.chunks)
        self.pending[prepared.doc_id] = (prepared, sources, links or {}, spans)
        self.ahead.submit([*(c.text for c in prepared.chunks), *_sentence_texts(prepared, spans)])
        if sum(len(p.chunks) for p, *_ in self.pending.values()) >= self.batch:
            self.flush()

    def text(self, doc_id: str) -> str:
        return self.pending[doc_id][0].text if doc_id in self.pending else self.store.text(doc_id)

    def ensure_stored(self, doc_id: str) -> None:
        if doc_id in self.pending:
            self.flush()

    def flush(self) -> None:
        """Wait for every pending document's vectors, then store each and commit: an embedding
        error leaves the store as it was."""
        if not self.pending:
            return
        try:
            vectors = {d: (self.ahead.vectors([c.text for c in p.chunks]), self.ahead.vectors(_sentence_texts(p, spans)))
                       for d, (p, _, _, spans) in self.pending.items()}
        except BaseException:
            self.close()
            raise
        for doc_id, (prepared, sources, links, spans) in self.pending.items():
            chunk_vectors, sentence_vectors = vectors[doc_id]
            self.store.put(doc_id, prepared.text, prepared.record(sources, links), prepared.chunks, chunk_vectors,
                           prepared.chunk_meta(), Sentences.of(spans, sentence_vectors, prepared.text))
            self.chunks_added += len(prepared.chunks)
        self.store.commit()
        self.pending.clear()
        self.ahead.close()

    def close(self) -> None:
        """Drop what is pending, unstored (an ingest that failed), and stop the embedding worker."""
        self.pending.clear()
        self.ahead.close()


def _sentence_texts(prepared: Prepared, spans: list[Span]) -> list[str]:
    return [prepared.text[s.start : s.end] for s in spans]
