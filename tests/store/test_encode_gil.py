"""A question's encode keeps the GIL until its session runs: the BM25 worker started just before takes it
then, beside the session, not before it (numpy lets go of the GIL to calloc a zeroed array of 1 KiB or more)."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import numpy as np

import app.store.onnx as onnx
from app.store.onnx import OnnxEncoder

DIM = 384  # a question's vector: 1,536 bytes of float32


class FakeSession:
    """Records whether the session has run; its states are each token's id, repeated over DIM."""

    def __init__(self) -> None:
        self.ran = False

    def run(self, _outputs, feed):
        self.ran = True
        ids = feed["input_ids"].astype(np.float32)
        return [np.repeat(ids[..., None], DIM, axis=2)]


class FakeTokenizer:
    def encode(self, text: str):
        ids = [len(w) for w in text.split()]
        return SimpleNamespace(ids=ids, type_ids=[0] * len(ids))

    def encode_batch(self, texts):
        return [self.encode(t) for t in texts]


def fake_encoder() -> OnnxEncoder:
    enc = object.__new__(OnnxEncoder)  # no model file: the session and tokenizer are fakes
    enc._session, enc.tokenizer, enc.dim, enc._ahead = FakeSession(), FakeTokenizer(), DIM, None
    enc._pools, enc._pool_lock = {}, threading.Lock()
    return enc


def test_no_zeroed_array_of_a_kibibyte_is_made_before_the_question_session_runs(monkeypatch):
    enc, zeroed = fake_encoder(), []

    def zeros(shape, dtype=float):
        made = np.zeros(shape, dtype)
        if not enc._session.ran:
            zeroed.append(made.nbytes)
        return made

    numpy = SimpleNamespace(**{n: getattr(np, n) for n in dir(np) if not n.startswith("__")})
    numpy.zeros = zeros
    monkeypatch.setattr(onnx, "np", numpy)
    vectors = enc.encode(["What did the minister ask social media sites to do?"])
    assert vectors.shape == (1, DIM) and not [n for n in zeroed if n >= 1024]


def test_every_row_of_a_batch_encode_is_written_in_input_order():
    enc = fake_encoder()
    texts = ["a bb ccc", "dddd", "ee f gg hhh iiii", "jjjjj kk"]
    vectors = enc.encode(texts, batch_size=2)
    one_by_one = np.vstack([enc.encode([t]) for t in texts])
    np.testing.assert_allclose(vectors, one_by_one, atol=1e-6)
    assert np.isfinite(vectors).all()
