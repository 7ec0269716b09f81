"""The numpy MiniLM forward pass (used for questions) must give the vectors sentence-transformers gives."""

from __future__ import annotations

import numpy as np
import pytest

from app.store.embed import MiniLMEmbedder

TEXTS = [
    "What did the foreign minister ask social media companies to do?",
    "ok",
    "The council approved the bridge; critics say the real cost will exceed 90 million dollars. " * 40,  # > 256 tokens
]


@pytest.mark.model
def test_question_vectors_match_sentence_transformers_including_padding_and_truncation():
    embedder = MiniLMEmbedder()
    small = embedder.embed(TEXTS)  # 3 texts: the numpy path
    full = embedder._load().encode(TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    assert small.dtype == np.float32 and small.shape == (3, 384)
    np.testing.assert_allclose(small, full, atol=1e-5)
    np.testing.assert_allclose(np.linalg.norm(small, axis=1), 1.0, atol=1e-5)


@pytest.mark.model
def test_large_batches_still_use_sentence_transformers():
    embedder = MiniLMEmbedder()
    texts = [f"Sentence number {i} about a bridge." for i in range(embedder.small_batch + 1)]
    vectors = embedder.embed(texts)
    assert embedder._model is not None
    np.testing.assert_allclose(vectors[:2], embedder.embed(texts[:2]), atol=1e-5)
