"""A document's sentences as the index keeps them: spans and unit vectors, made once at ingest.

Quote choice and claim grouping read these instead of splitting passages and embedding quotes
for every question: at ask time the only model call is the question's embedding. Stored as one
small binary file per document (beside `docs/<doc_id>.txt`, or inside the document's record on a
Chroma server), so a changed document replaces only its own sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.text.sentences import Span

MAGIC = 0x53454E54_42594C31  # "SENTBYL1": the format below, version 1


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

    def overlapping(self, start: int, end: int) -> np.ndarray:
        """Vectors of the sentences that share a character with [start, end) (document offsets)."""
        lo = int(np.searchsorted(self.ends, start, side="right"))
        hi = int(np.searchsorted(self.starts, end, side="left"))
        return self.vectors[lo:max(lo, hi)]

    def to_bytes(self) -> bytes:
        """MAGIC, n, dim (int64), starts, ends (int64), vectors (float32): read back with no parsing
        (an .npz costed milliseconds per document to open, on every question)."""
        n, dim = self.vectors.shape
        head = np.array([MAGIC, n, dim], dtype=np.int64)
        return b"".join(a.tobytes() for a in (head, self.starts.astype(np.int64), self.ends.astype(np.int64),
                                              self.vectors.astype(np.float32)))

    @classmethod
    def from_bytes(cls, data: bytes) -> Sentences:
        magic, n, dim = (int(x) for x in np.frombuffer(data, dtype=np.int64, count=3))
        if magic != MAGIC or len(data) != 24 + 16 * n + 4 * n * dim:
            raise ValueError("not a byline sentences file")
        starts = np.frombuffer(data, dtype=np.int64, count=n, offset=24)
        ends = np.frombuffer(data, dtype=np.int64, count=n, offset=24 + 8 * n)
        vectors = np.frombuffer(data, dtype=np.float32, count=n * dim, offset=24 + 16 * n).reshape(n, dim)
        return cls(starts, ends, vectors)


def doc_sentences(chunks) -> list[Span]:
    """The document's sentences, from its chunks (which are made of whole sentences and overlap)."""
    return sorted({s for c in chunks for s in c.sentences}, key=lambda s: s.start)
