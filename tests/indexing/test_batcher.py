"""A batch's chunks and sentences reach the embedder together, each distinct text once, so the
encoder sorts them all by token count; what is stored is each text's own vector."""

from __future__ import annotations

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


def test_a_batch_of_documents_is_embedded_in_one_call_each_distinct_text_once(tmp_path):
    _, embedder, prepared = _flushed(tmp_path)
    assert len(embedder.calls) == 1  # chunks and sentences of every document (more texts than `batch`): one encode
    texts = embedder.calls[0]
    assert texts.count(SHARED) == 1 and texts.count(TEXTS["c.txt"]) == 1  # shared; a one-sentence chunk
    assert len(texts) == len(set(texts))
    assert sum(len(p.chunks) for p in prepared) > 3  # more chunks than documents: not one call per document


def test_stored_vectors_are_each_texts_own_embedding(tmp_path):
    store, _, prepared = _flushed(tmp_path)
    plain = HashEmbedder(64)
    for p in prepared:
        got = store.vectors([c.id for c in p.chunks])
        np.testing.assert_allclose(np.stack([got[c.id] for c in p.chunks]), plain.embed([c.text for c in p.chunks]))
        sentences = store.sentences(p.doc_id)
        texts = [p.text[s:e] for s, e in zip(sentences.starts, sentences.ends)]
        np.testing.assert_allclose(np.asarray(sentences.vectors[np.arange(len(texts))]), plain.embed(texts))
