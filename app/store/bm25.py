"""Query a BM25 index that bm25s built and saved, with numpy alone.

bm25s computes every (term, chunk) score at index time and saves them as a sparse column matrix
(`data`, `indices`, `indptr` .npy files and `vocab.index.json`); answering a query is summing the
query terms' columns. Importing bm25s imports scipy, which a one-shot `byline ask` need not pay
for, so the ask path reads bm25s's files here and sums the same columns bm25s would
(`BM25.get_scores` for its default "lucene" method; equality is tested). Building stays bm25s's.
"""

from __future__ import annotations

import json
import logging
import threading
from pathlib import Path

import numpy as np


class SavedBm25:
    def __init__(self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, vocab: dict[str, int],
                 num_docs: int) -> None:
        self.data, self.indices, self.indptr, self.vocab, self.num_docs = data, indices, indptr, vocab, num_docs
        self._buffer: np.ndarray | None = None  # the scores array, reused (see `_scores`)
        self._summed: tuple[str, ...] | None = None  # the query tokens whose scores `_buffer` holds
        self._masked: np.ndarray | None = None  # `_buffer` times a filter's mask
        self.sums = 0  # score arrays summed (a question's second, filtered search reuses the first's)
        self._lock = threading.Lock()

    @classmethod
    def of(cls, bm25) -> SavedBm25:
        """The arrays of a bm25s.BM25 just built (what its `save` writes)."""
        sc = bm25.scores
        return cls(sc["data"], sc["indices"], sc["indptr"], dict(bm25.vocab_dict), int(sc["num_docs"]))

    @classmethod
    def load(cls, folder: Path) -> SavedBm25:
        params = json.loads((folder / "params.index.json").read_text(encoding="utf-8"))
        if params.get("method", "lucene") not in ("lucene", "robertson", "atire"):
            raise ValueError(f"bm25s method {params.get('method')!r} adds non-occurrence scores: not supported here")
        arrays = [np.load(folder / f"{name}.csc.index.npy") for name in ("data", "indices", "indptr")]
        vocab = json.loads((folder / "vocab.index.json").read_text(encoding="utf-8"))
        return cls(*arrays, vocab, int(params["num_docs"]))

    def postings(self, token: str) -> np.ndarray:
        """Rows of the chunks that contain `token`."""
        t = self.vocab.get(token)
        return self.indices[self.indptr[t] : self.indptr[t + 1]] if t is not None else self.indices[:0]

    def contains(self, token: str, rows: np.ndarray) -> np.ndarray:
        """Which of `rows` hold `token`: a binary search in its postings (bm25s keeps each term's
        rows sorted), not a pass over them — a common term has tens of thousands at 100k chunks."""
        post = self.postings(token)
        if not len(post):
            return np.zeros(len(rows), dtype=bool)
        # rows in the postings' own dtype: searching int64 rows in int32 postings copies the postings first
        at = np.minimum(np.searchsorted(post, rows.astype(post.dtype, copy=False)), len(post) - 1)
        return post[at] == rows

    def scores(self, tokens: list[str], weight_mask: np.ndarray | None = None) -> np.ndarray:
        """Each chunk's BM25 score for the query tokens (unknown tokens score nothing)."""
        with self._lock:
            return self._scores(tokens, weight_mask).copy()

    def _scores(self, tokens: list[str], weight_mask: np.ndarray | None) -> np.ndarray:
        """The scores in buffers reused from question to question: a fresh 100k-row array per
        question cost page faults, a millisecond on a busy machine. The unfiltered sums stay in
        `_buffer` until other tokens come: a search of the same question restricted by a filter
        (the second look at the other stance groups) only multiplies them by its mask — the very
        floats summing again would give. Call with `_lock` held."""
        if self._buffer is None:
            self._buffer = np.zeros(self.num_docs, dtype=self.data.dtype)
            self._masked = np.zeros(self.num_docs, dtype=self.data.dtype)
        out = self._buffer
        if self._summed != tuple(tokens):
            self._summed, self.sums = None, self.sums + 1
            out.fill(0)
            for t in (self.vocab[t] for t in tokens if t in self.vocab):
                start, end = self.indptr[t], self.indptr[t + 1]
                np.add.at(out, self.indices[start:end], self.data[start:end])
            self._summed = tuple(tokens)
        if weight_mask is None:
            return out
        return np.multiply(out, weight_mask, out=self._masked)

    def forget(self) -> None:
        """Sum the next query's scores afresh, even for the same tokens (the bench's cold questions)."""
        with self._lock:
            self._summed = None

    def top(self, tokens: list[str], k: int, weight_mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The k best (chunk row, score), best first, ties by row."""
        k = min(k, self.num_docs)
        if k <= 0:
            return []
        with self._lock:
            return best_rows(self._scores(tokens, weight_mask), k)


def best_rows(scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The k highest of non-negative `scores` as (row, score), best first, ties by row (0 < k <= len).

    Only the rows that score (those in the query terms' postings, a few thousand of 100k for a
    question's distinctive words) are ranked: a partition of every row cost 0.6 ms at 100k chunks.
    Rows scoring 0 fill up to k, by row."""
    rows = _contenders(scores, k)
    if len(rows) < k:  # fewer scoring rows than asked for: the first unscored rows complete the k
        rows = np.concatenate([rows, np.flatnonzero(scores == 0)[: k - len(rows)]])
    sub = scores[rows]
    if len(rows) > k:  # everything above the k-th best score, then the earliest rows equal to it
        kth = np.partition(sub, len(sub) - k)[len(sub) - k]
        above = np.flatnonzero(sub > kth)
        pick = np.concatenate([above, np.flatnonzero(sub == kth)[: k - len(above)]])
        rows, sub = rows[pick], sub[pick]
    order = np.lexsort((rows, -sub))
    return [(int(rows[i]), float(sub[i])) for i in order]


SAMPLED = 4096  # rows of a strided sample whose k-th best score bounds the k-th best of all rows


def _contenders(scores: np.ndarray, k: int) -> np.ndarray:
    """Rows that may be among the k best, in row order: those scoring at least the k-th best of a
    strided sample (never above the k-th best of all rows, so every one of the k best is kept), or,
    when the sample has fewer than k scoring rows, every scoring row. On the bench's 100k chunks a
    question's terms score 14-72k rows; ranking all of them cost 1 ms a question, the sample's few
    hundred 0.2 ms."""
    step = len(scores) // SAMPLED
    if step >= 2:
        sample = scores[::step]
        floor = np.partition(sample, len(sample) - k)[len(sample) - k] if len(sample) >= k else 0
        if floor > 0:
            return np.flatnonzero(scores >= floor)
    return np.flatnonzero(scores)


def bm25s_module():  # bm25s sets its own logger to DEBUG on import: keep its chatter out of stderr
    import bm25s
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s
