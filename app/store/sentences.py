"""A document's sentences as the index keeps them: spans and unit vectors, made once at ingest.

Quote choice and claim grouping read these instead of splitting passages and embedding quotes
for every question: at ask time the only model call is the question's embedding. Stored as one
small .npz per document (beside `docs/<doc_id>.txt`, or inside the document's record on a
Chroma server), so a changed document replaces only its own sentences.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np

from app.text.sentences import Span


@dataclass(frozen=True, eq=False)
class Sentences:
    """Sentence i of a document is `text[starts[i]:ends[i]]`; `vectors[i]` is its embedding."""

    starts: np.ndarray  # (n,) int64, ascending
    ends: np.ndarray  # (n,) int64
    vectors: np.ndarray  # (n, dim) float32, unit rows

    @classmethod
    def of(cls, spans: list[Span], vectors: np.ndarray) -> Sentences:
        if len(spans) != len(vectors):
            raise ValueError(f"{len(spans)} sentences but {len(vectors)} vectors")
        return cls(np.array([s.start for s in spans], dtype=np.int64), np.array([s.end for s in spans], dtype=np.int64),
                   np.asarray(vectors, dtype=np.float32).reshape(len(spans), -1))

    def __len__(self) -> int:
        return len(self.starts)

    def within(self, start: int, end: int) -> tuple[list[Span], np.ndarray]:
        """The sentences lying inside [start, end) (document offsets), and their vectors."""
        lo = int(np.searchsorted(self.starts, start, side="left"))
        hi = max(lo, int(np.searchsorted(self.ends, end, side="right")))
        return [Span(int(s), int(e)) for s, e in zip(self.starts[lo:hi], self.ends[lo:hi])], self.vectors[lo:hi]

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        np.savez(buf, starts=self.starts, ends=self.ends, vectors=self.vectors)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> Sentences:
        with np.load(io.BytesIO(data)) as z:
            return cls(z["starts"], z["ends"], z["vectors"])


def doc_sentences(chunks) -> list[Span]:
    """The document's sentences, from its chunks (which are made of whole sentences and overlap)."""
    return sorted({s for c in chunks for s in c.sentences}, key=lambda s: s.start)
