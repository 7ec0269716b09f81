"""The onnxruntime MiniLM (questions and ingest) must give the vectors sentence-transformers gives."""

from __future__ import annotations

import numpy as np
import pytest

from app.store.embed import MiniLMEmbedder, sentence_transformer

TEXTS = [
    "What did the foreign minister ask social media companies to do?",
    "ok",
    "The council approved the bridge; critics say the real cost will exceed 90 million dollars. " * 40,  # > 256 tokens
]


@pytest.fixture(scope="module")
def reference():
    return sentence_transformer()


@pytest.mark.model
def test_question_vectors_match_sentence_transformers_including_padding_and_truncation(reference):
    small = MiniLMEmbedder().embed(TEXTS)  # 3 texts: the one-thread session, padded to the longest
    full = reference.encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    assert small.dtype == np.float32 and small.shape == (3, 384)
    np.testing.assert_allclose(small, full, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(small, axis=1), 1.0, atol=1e-5)


@pytest.mark.model
def test_ingest_batches_keep_input_order_and_match_one_by_one(reference):
    embedder = MiniLMEmbedder(batch_size=4)
    texts = [("word " * (i * 7 % 30)) + f"sentence {i} about a bridge." for i in range(embedder.small_batch + 3)]
    vectors = embedder.embed(texts)  # sorted by length into batches, returned in input order
    np.testing.assert_allclose(vectors, reference.encode(texts, normalize_embeddings=True), atol=1e-5)
    np.testing.assert_allclose(vectors[3], embedder.embed([texts[3]])[0], atol=1e-5)


@pytest.mark.model
def test_preload_loads_the_question_session_in_the_background_once(monkeypatch):
    from app.store import onnx

    monkeypatch.setattr(onnx, "_ENCODERS", {})  # as in a new process: the sessions are shared by the process
    monkeypatch.setattr(onnx, "_LOADING", set())
    embedder = MiniLMEmbedder()
    embedder.preload()
    embedder.preload()  # a second call starts nothing new
    threads = [t for t in __import__("threading").enumerate() if t.name == "byline-model-load"]
    assert len(threads) == 1
    threads[0].join(timeout=60)
    assert onnx.loaded(1)
    assert embedder.embed(["a question"]).shape == (1, 384)
