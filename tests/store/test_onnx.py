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

    monkeypatch.setattr(onnx._Process, "encoders", {})  # as in a new process: the session is the process's
    monkeypatch.setattr(onnx._Process, "loading", set())
    embedder = MiniLMEmbedder()
    embedder.preload()
    embedder.preload()  # a second call starts nothing new
    threads = [t for t in __import__("threading").enumerate() if t.name == "byline-model-load"]
    assert len(threads) == 1
    threads[0].join(timeout=60)
    assert onnx.loaded()
    assert embedder.embed(["a question"]).shape == (1, 384)


@pytest.fixture(scope="module")
def fresh_export(tmp_path_factory):
    """The install path on a clean machine: no export in the cache folder, so one is made now."""
    from app.store import onnx

    mp = pytest.MonkeyPatch()
    mp.setenv("BYLINE_MODEL_CACHE", str(tmp_path_factory.mktemp("model-cache")))
    try:
        yield onnx.model_file()
    finally:
        mp.undo()


@pytest.mark.model
def test_install_export_is_the_fused_graph_and_gives_sentence_transformers_vectors(fresh_export, reference):
    import onnx as onnx_format

    from app.store.onnx import OnnxEncoder, weights_dir

    ops = [(n.domain, n.op_type) for n in onnx_format.load(str(fresh_export), load_external_data=False).graph.node]
    assert ops.count(("com.microsoft", "Attention")) == 6  # one fused attention per layer
    assert ops.count(("com.microsoft", "SkipLayerNormalization")) == 12
    texts = TEXTS + [f"Sentence {i} of a padded batch about the bridge vote." * (1 + i % 3) for i in range(9)]
    vectors = OnnxEncoder(fresh_export, weights_dir(), threads=2).encode(texts, batch_size=4)
    np.testing.assert_allclose(vectors, reference.encode(texts, normalize_embeddings=True), atol=1e-5)


@pytest.mark.model
def test_fusion_falls_back_to_the_plain_export_when_the_optimizer_is_missing(fresh_export, tmp_path, monkeypatch):
    import shutil
    import sys

    from app.store import onnx

    path = tmp_path / "model.onnx"
    shutil.copy(fresh_export, path)
    before = path.read_bytes()
    monkeypatch.setitem(sys.modules, "onnxruntime.transformers.optimizer", None)  # import fails
    assert onnx.fuse(path) is False
    assert path.read_bytes() == before and not list(tmp_path.glob("*.fused"))


@pytest.mark.model
def test_batches_run_side_by_side_give_the_very_vectors_of_one_thread():
    from app.store import onnx

    texts = [("word " * (i * 11 % 60)) + f"sentence {i} about a bridge." for i in range(40)]
    alone = onnx.encoder().encode(texts, batch_size=4, workers=1)
    side_by_side = onnx.encoder().encode(texts, batch_size=4, workers=3)
    assert np.array_equal(alone, side_by_side)  # bit for bit: a text's vector does not depend on its batch
    assert np.array_equal(alone[:5], onnx.encoder().encode(texts[:5], batch_size=32))


@pytest.mark.model
def test_calls_in_flight_share_the_encoders_batch_threads_and_keep_their_vectors():
    import threading
    from concurrent.futures import ThreadPoolExecutor

    from app.store import onnx

    class Recording(onnx.OnnxEncoder):
        threads: set[threading.Thread] = set()  # the objects: a thread that ended is not counted twice

        def _batch(self, encodings):
            self.threads.add(threading.current_thread())
            return super()._batch(encodings)

    enc = Recording(onnx.model_file(), onnx.weights_dir())
    texts = [("word " * (i * 7 % 50)) + f"sentence {i} about a ferry." for i in range(30)]
    alone = [enc.encode(part, batch_size=4, workers=1) for part in (texts[:15], texts[15:])]
    enc.threads.clear()
    with ThreadPoolExecutor(2) as calls:
        both = list(calls.map(lambda part: enc.encode(part, batch_size=4, workers=2), (texts[:15], texts[15:])))
    assert all(np.array_equal(a, b) for a, b in zip(alone, both))
    assert len(enc.threads) <= 2 and all(t.name.startswith("byline-encode") for t in enc.threads)  # one pool, kept


@pytest.mark.model
def test_a_question_tokenized_ahead_embeds_to_the_very_vector_and_its_tokens_serve_once(monkeypatch):
    """`tokenize` runs before the BM25 worker starts (the tokenizer releases the GIL); the next encode of that
    text takes its tokens, bit for bit the vector it would make, and any later encode tokenizes afresh."""
    from app.store import onnx

    enc = onnx.encoder()
    question = TEXTS[0]
    plain = enc.encode([question])
    enc.tokenize(question)
    calls = []
    real = enc.tokenizer

    class Counting:
        def encode(self, text):
            calls.append(text)
            return real.encode(text)

    monkeypatch.setattr(enc, "tokenizer", Counting())
    assert np.array_equal(enc.encode([question]), plain) and calls == []
    assert np.array_equal(enc.encode([question]), plain) and calls == [question]  # used once
    enc.tokenize(question)
    enc.forget()
    calls.clear()
    enc.encode([question])
    assert calls == [question]  # forgotten: tokenized again
    enc.tokenize(question)
    calls.clear()
    enc.encode([TEXTS[1]])
    assert calls == [TEXTS[1]]  # another text's tokens are never used for it
