"""Vectors for one answer without a model call: the question's (already embedded for retrieval)
and the quotes' from the sentence vectors ingest stored (app/store/sentences.py).

Quote choice picks a sentence of a retrieved passage, sometimes with its neighbour; claim grouping
and the perspectives view compare those quotes by embedding. `stored_vectors` answers such an
embedding call from the stored vectors of the passages' sentences (a pair of neighbours: the
normalised sum of both), and sends anything else — a quote cut another way, a passage of an index
built before sentences were stored — to the real embedder.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from app.store.chroma import StoredChunk
from app.store.sentences import Sentences

Embed = Callable[[Sequence[str]], np.ndarray]


class KnownVectors:
    """An Embed over a fixed text → vector table, falling back to `embed` for unknown texts."""

    def __init__(self, known: Mapping[str, np.ndarray], embed: Embed) -> None:
        self.known, self.embed = dict(known), embed
        self.misses = 0  # texts the table did not know (embedded by the fallback)

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.known]
        if missing:
            self.misses += len(missing)
            self.known.update(zip(missing, np.asarray(self.embed(missing), dtype=np.float32)))
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([self.known[t] for t in texts])


def sentence_table(chunks: Sequence[StoredChunk], sentences_of: Callable[[str], Sentences | None]) -> dict[str, np.ndarray]:
    """Text → stored vector for every sentence of the chunks and every pair of neighbours."""
    table: dict[str, np.ndarray] = {}
    for c in chunks:
        stored = sentences_of(c.doc_id)
        if stored is None:
            continue
        spans, vectors = stored.within(c.start, c.end)
        cut = [(s.start - c.start, s.end - c.start) for s in spans]
        for (a, b), v in zip(cut, vectors):
            table.setdefault(c.text[a:b], v)
        for i in range(len(cut) - 1):
            both = vectors[i] + vectors[i + 1]
            table.setdefault(c.text[cut[i][0] : cut[i + 1][1]], both / max(float(np.linalg.norm(both)), 1e-12))
    return table


def stored_vectors(given: Mapping[str, np.ndarray], chunks: Sequence[StoredChunk],
                   sentences_of: Callable[[str], Sentences | None], embed: Embed) -> KnownVectors:
    """The Embed for one answer: `given` (the question's vector) plus the chunks' stored sentences."""
    return KnownVectors({**sentence_table(chunks, sentences_of), **given}, embed)
