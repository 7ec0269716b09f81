"""Embedding ahead: each document's chunks and sentences start embedding when it is added, each
distinct text once per batch, and what is stored is exactly the embedder's vector for each text."""

from __future__ import annotations

import threading

import numpy as np
import pytest

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
    """The hash fake, recording each call's texts (and optionally failing, or waiting to start)."""

    def __init__(self, fail: bool = False) -> None:
        super().__init__(64)
        self.calls: list[list[str]] = []
        self.started = threading.Event()
        self.fail = fail

    def embed(self, texts):
        self.calls.append(list(texts))
        self.started.set()
        if self.fail:
            raise RuntimeError("encoder crashed")
        return super().embed(texts)


def _prepared(name: str):
    return prepare(RawDocument(name, TEXTS[name]), Registry(), Config(chunk_words=12))


def _store(tmp_path, embedder) -> Store:
    return Store.open(tmp_path / "index", embedder=embedder.name, dim=embedder.dim, chunking={}, create=True)


def test_a_text_shared_by_documents_or_equal_to_its_chunk_is_embedded_once(tmp_path):
    embedder = Recording()
    batcher = Batcher(_store(tmp_path, embedder), embedder, batch=1000)
    for name in TEXTS:
        batcher.add(_prepared(name), [name])
    batcher.flush()
    embedded = [t for call in embedder.calls for t in call]
    assert embedded.count(SHARED) == 1
    assert embedded.count(TEXTS["c.txt"]) == 1  # the one-sentence document: its chunk is its sentence
    assert len(embedded) == len(set(embedded))


def test_embedding_starts_when_a_document_is_added_not_at_the_flush(tmp_path):
    embedder = Recording()
    store = _store(tmp_path, embedder)
    batcher = Batcher(store, embedder, batch=1000)
    p = _prepared("a.txt")
    batcher.add(p, ["a.txt"])
    assert embedder.started.wait(timeout=30)  # the worker embeds while this thread prepares the next file
    assert store.count() == 0  # nothing stored before the flush
    batcher.flush()
    assert store.count() == len(p.chunks) and batcher.ahead._pool is None  # the worker is stopped after a flush


def test_stored_vectors_are_each_texts_own_embedding_in_document_order(tmp_path):
    embedder = Recording()
    store = _store(tmp_path, embedder)
    batcher = Batcher(store, embedder, batch=1000)
    prepared = [_prepared(name) for name in TEXTS]
    for p in prepared:
        batcher.add(p, [p.source])
    batcher.flush()
    plain = HashEmbedder(64)
    for p in prepared:
        got = store.vectors([c.id for c in p.chunks])
        np.testing.assert_allclose(np.stack([got[c.id] for c in p.chunks]), plain.embed([c.text for c in p.chunks]))
        sentences = store.sentences(p.doc_id)
        texts = [p.text[s:e] for s, e in zip(sentences.starts, sentences.ends)]
        np.testing.assert_allclose(np.asarray(sentences.vectors[np.arange(len(texts))]), plain.embed(texts))


def test_an_embedding_error_surfaces_at_the_flush_and_stores_nothing(tmp_path):
    embedder = Recording(fail=True)
    store = _store(tmp_path, embedder)
    batcher = Batcher(store, embedder, batch=1000)
    batcher.add(_prepared("a.txt"), ["a.txt"])
    with pytest.raises(RuntimeError, match="encoder crashed"):
        batcher.flush()
    assert store.count() == 0 and not store.manifest.documents
    assert not batcher.pending and batcher.ahead._pool is None


def test_a_full_batch_is_stored_when_it_fills(tmp_path):
    embedder = Recording()
    store = _store(tmp_path, embedder)
    batcher = Batcher(store, embedder, batch=2)
    batcher.add(_prepared("a.txt"), ["a.txt"])  # several chunks of 12 words: the batch is full
    assert store.count() > 0 and not batcher.pending
