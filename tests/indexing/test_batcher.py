"""Each document's chunks and sentences reach the embedder as soon as it is added (embedding runs
while the next document is parsed), each distinct text of a batch once; what is stored is each
text's own vector."""

from __future__ import annotations

import threading

import numpy as np

from app.config import Config
from app.documents.load import RawDocument
from app.indexing.batcher import Batcher
from app.indexing.prepare import prepare
from app.registry import Registry
from app.store.embed import HashEmbedder
from app.store.local import Store

SHARED = "The council met on Tuesday to discuss the river bridge."
TEXTS = {
    "a.txt": f"{SHARED} The mayor said the cost would rise. Critics asked for an audit of the plan.",
    "b.txt": f"Residents packed the hall. {SHARED} Nobody spoke against the new timetable.",
    "c.txt": "One sentence only here, about the ferry.",
}


class Recording(HashEmbedder):
    """The hash fake, recording each call's texts."""

    def __init__(self) -> None:
        super().__init__(64)
        self.calls: list[list[str]] = []

    def embed(self, texts):
        self.calls.append(list(texts))
        return super().embed(texts)


def _flushed(tmp_path) -> tuple[Store, Recording, list]:
    embedder = Recording()
    store = Store.open(tmp_path / "index", embedder=embedder.name, dim=embedder.dim, chunking={}, create=True)
    prepared = [prepare(RawDocument(name, text), Registry(), Config(chunk_words=20)) for name, text in TEXTS.items()]
    batcher = Batcher(store, embedder, batch=sum(len(p.chunks) for p in prepared))  # full at the last document
    for p in prepared:
        batcher.add(p, [p.source])
    batcher.flush()
    return store, embedder, prepared


def test_each_document_is_embedded_when_added_each_distinct_text_of_the_batch_once(tmp_path):
    _, embedder, prepared = _flushed(tmp_path)
    assert len(embedder.calls) == len(prepared)  # one call per document, started before the flush
    texts = [t for call in embedder.calls for t in call]
    assert texts.count(SHARED) == 1 and texts.count(TEXTS["c.txt"]) == 1  # shared; a one-sentence chunk
    assert len(texts) == len(set(texts))
    assert embedder.calls[0][0] == prepared[0].chunks[0].text  # chunks first, then the new sentences


def test_embedding_starts_before_the_batch_is_full(tmp_path):
    embedder = Recording()
    store = Store.open(tmp_path / "index", embedder=embedder.name, dim=embedder.dim, chunking={}, create=True)
    p = prepare(RawDocument("a.txt", TEXTS["a.txt"]), Registry(), Config(chunk_words=20))
    batcher = Batcher(store, embedder, batch=1000)
    batcher.add(p, [p.source])
    batcher._worker.shutdown(wait=True)  # the background call has run, though nothing is stored yet
    assert embedder.calls and store.count() == 0
    batcher.flush()
    assert store.count() == len(p.chunks)


def test_stored_vectors_are_each_texts_own_embedding(tmp_path):
    store, _, prepared = _flushed(tmp_path)
    plain = HashEmbedder(64)
    for p in prepared:
        got = store.vectors([c.id for c in p.chunks])
        np.testing.assert_allclose(np.stack([got[c.id] for c in p.chunks]), plain.embed([c.text for c in p.chunks]))
        sentences = store.sentences(p.doc_id)
        texts = [p.text[s:e] for s, e in zip(sentences.starts, sentences.ends)]
        np.testing.assert_allclose(np.asarray(sentences.vectors[np.arange(len(texts))]), plain.embed(texts))


class Overlapping(HashEmbedder):
    """The hash fake whose first call holds on until a second call has started (or 5 s pass)."""

    def __init__(self) -> None:
        super().__init__(64)
        self.second = threading.Event()
        self.started = 0
        self.overlapped: bool | None = None

    def embed(self, texts):
        self.started += 1
        if self.started == 1:
            self.overlapped = self.second.wait(timeout=5)
        else:
            self.second.set()
        return super().embed(texts)


def test_next_documents_embedding_starts_while_the_previous_call_still_runs(tmp_path):
    embedder = Overlapping()
    store = Store.open(tmp_path / "index", embedder=embedder.name, dim=embedder.dim, chunking={}, create=True)
    batcher = Batcher(store, embedder, batch=1000)
    for name in ("a.txt", "c.txt"):
        p = prepare(RawDocument(name, TEXTS[name]), Registry(), Config(chunk_words=20))
        batcher.add(p, [p.source])
    batcher.flush()
    assert embedder.overlapped  # no core waits for one document's last batch before the next starts
    assert store.count() == 2 + 1
