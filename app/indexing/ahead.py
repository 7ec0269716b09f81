"""Embedding ahead: a document's texts go to the encoder on one worker thread as soon as the
document is prepared, so the next document's cleaning, chunking and source chains (spaCy, on the
ingest thread) run while the encoder works (onnxruntime releases the GIL).

Each text is embedded once per batch of documents however many documents hold it (a one-sentence
chunk is its sentence; a repeated paragraph is one text); `vectors` waits only for what it reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

Embed = Callable[[Sequence[str]], np.ndarray]


class EmbedAhead:
    """Texts submitted are embedded in order on one worker thread, at most `batch` per call."""

    def __init__(self, embed: Embed, dim: int, batch: int) -> None:
        self._embed, self.dim, self.batch = embed, dim, batch
        self._where: dict[str, tuple[Future, int]] = {}  # text -> (its embed call, its row there)
        self._pool: ThreadPoolExecutor | None = None

    def submit(self, texts: Iterable[str]) -> None:
        """Start embedding the texts not submitted yet."""
        new = [t for t in dict.fromkeys(texts) if t not in self._where]
        for at in range(0, len(new), self.batch):
            part = new[at : at + self.batch]
            if self._pool is None:
                self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="byline-embed")
            job = self._pool.submit(self._embed, part)
            self._where.update((text, (job, row)) for row, text in enumerate(part))

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text (submitted now if it was not); an embedding error is raised here."""
        self.submit(texts)
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            job, row = self._where[text]
            out[i] = job.result()[row]
        return out

    def close(self) -> None:
        """Forget every text and stop the worker (after the embedding it is running)."""
        pool, self._pool = self._pool, None
        self._where.clear()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
