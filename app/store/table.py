"""Per-chunk columns the ask path reads without a store round trip: each chunk's document, span,
source chains and vector, saved beside the BM25 index (`bm25/table.json`, `bm25/vectors.npy`).

With them a question costs at most one Chroma call (the nearest-neighbour query): lexical-only
candidates get their dense score from `vectors`, and the passages answered from are rebuilt from
the document's text (`text[start:end]` is the chunk's text, an ingest invariant) and its manifest
metadata. A small index needs no Chroma call at all: `nearest` is an exact cosine search over the
memory-mapped vectors, cheaper than an HNSW query up to `EXACT_MAX` chunks and never approximate —
so a one-shot `byline ask` does not import chromadb. A larger index reads only the rows a question
needs, with `pread` (`VectorFile`): a memory map of 100k rows became resident in a few questions
(the kernel maps whole read-ahead folios around each row touched: +150 MB at 100k chunks). The
table is a cache: built from the store when it is missing or stale, like the BM25 index it sits beside.
"""

from __future__ import annotations

import json
import os
import weakref
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from app.support.files import atomic_write, atomic_write_bytes
from app.store.chroma import StoredChunk

EXACT_MAX = 15_000  # chunks up to which exact search costs less than an HNSW query (`_product`, one thread: 0.65 ms
# CPU at 10k chunks, growing with the rows; Chroma's query 2.3 at 10k and at 100k: past 15k rows the two would be about
# even. 15 MB of vectors in memory at 10k)
SMALL_MAX = 5_000  # chunks up to which a question also searches the other stance groups' chunks (`LexicalIndex.small`)
TABLE_VERSION = 2


class ChunkTable:
    """Row i describes chunk i of the lexical index: `docs[doc[i]]`, `start[i]:end[i]`, `chains[i]`."""

    def __init__(self, docs: list[str], doc: np.ndarray, start: np.ndarray, end: np.ndarray,
                 chains: dict[int, str], vectors: np.ndarray) -> None:
        self.docs, self.doc, self.start, self.end = docs, doc, start, end
        self.chains = chains  # row -> per-sentence chains JSON, only for rows that have some
        self.vectors = vectors  # (rows, dim) float32 unit rows; memory-mapped when loaded
        self._last: tuple[bytes, np.ndarray] | None = None  # the last question's vector and its similarities
        self.products = 0  # full similarity passes (a question's filtered search reuses its first)
        self._order: tuple[np.ndarray, np.ndarray] | None = None  # a short table's similarities, their row order

    def __len__(self) -> int:
        return len(self.doc)

    @classmethod
    def build(cls, chunks: Sequence[StoredChunk], vectors: np.ndarray) -> ChunkTable:
        docs = list(dict.fromkeys(c.doc_id for c in chunks))
        code = {d: i for i, d in enumerate(docs)}
        return cls(docs, np.array([code[c.doc_id] for c in chunks], dtype=np.int32),
                   np.array([c.start for c in chunks], dtype=np.int64),
                   np.array([c.end for c in chunks], dtype=np.int64),
                   {row: c.meta["chains"] for row, c in enumerate(chunks) if c.meta.get("chains")},
                   _rows(np.asarray(vectors, dtype=np.float32), len(chunks)))

    def save(self, folder: Path) -> None:
        """Columns as .npy files (read without parsing), the document ids and chains as JSON."""
        atomic_write_bytes(folder / "vectors.npy", _npy(self.vectors, np.float32))
        atomic_write_bytes(folder / "spans.npy", _npy(np.stack([self.doc, self.start, self.end], axis=1), np.int64))
        atomic_write(folder / "table.json", json.dumps({
            "version": TABLE_VERSION, "docs": self.docs, "chains": {str(r): c for r, c in self.chains.items()}},
            ensure_ascii=False))

    @classmethod
    def load(cls, folder: Path, rows: int) -> ChunkTable:
        """The saved table; ValueError when it is not one for `rows` chunks (then it is rebuilt)."""
        data = json.loads((folder / "table.json").read_text(encoding="utf-8"))
        if data.get("version") != TABLE_VERSION:
            raise ValueError(f"chunk table version {data.get('version')}, not {TABLE_VERSION}")
        # no mmap of 0 bytes
        vectors: np.ndarray | VectorFile = np.load(folder / "vectors.npy", mmap_mode="r" if rows else None)
        if len(vectors) > EXACT_MAX:  # no exact search reads them all: read the rows asked for
            vectors = VectorFile(folder / "vectors.npy", vectors.offset, vectors.shape)
        else:  # a plain array over the same mapped pages: np.memmap's subclass hooks cost on every product and row read
            vectors = np.asarray(vectors)
        spans = np.load(folder / "spans.npy").reshape(-1, 3)
        table = cls(list(data["docs"]), spans[:, 0].astype(np.int32), spans[:, 1], spans[:, 2],
                    {int(r): c for r, c in data["chains"].items()}, vectors)
        if not len(table) == len(vectors) == rows or (rows and int(table.doc.max()) >= len(table.docs)):
            raise ValueError(f"chunk table has {len(table)} rows, the index {rows}")
        return table

    def similarity(self, rows: np.ndarray, qvec: np.ndarray) -> np.ndarray:
        """Cosine similarity of the question to each of `rows` (unit vectors: a dot product): read from the question's
        full pass when it has had one (`similarities`: the same floats, `_product` going row by row), which spares
        reading the rows' vectors again (a retrieval's lexical-only candidates, 30-60 a question)."""
        q, rows = np.asarray(qvec, dtype=np.float32), np.asarray(rows, dtype=np.int64)
        last = self._last  # one read: another thread's question may replace it
        if last is not None and last[0] == q.tobytes():
            return last[1][rows]
        return np.asarray(self.vectors[rows] @ q)

    def nearest(self, qvec: np.ndarray, n: int, mask: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The n rows most similar to the question, best first (exact search); `mask` (1.0/0.0 per
        row) keeps only the allowed rows, as Chroma's `where` would. A short table's rows are ordered once a question
        (`top_rows`' order, by value then row): each mask's search (the other stance groups' look) reads its rows
        from that order instead of ordering its own."""
        if not len(self) or n <= 0:
            return []
        sims = self.similarities(qvec)
        if len(sims) < FLOOR_GROUP * 4 * n:
            order = self._ordered(sims)
            rows = (order if mask is None else order[mask[order] != 0])[:n]
            if len(rows) and np.isnan(sims[rows[-1]]):  # NaN last: none among the n unless too few numbers
                rows = rows[~np.isnan(sims[rows])]
        else:
            allowed = np.flatnonzero(mask) if mask is not None else None
            pool = sims[allowed] if allowed is not None else sims
            if not len(pool):
                return []
            best = top_rows(pool, min(n, len(pool)))
            rows = allowed[best] if allowed is not None else best
        return list(zip(rows.tolist(), sims[rows].tolist()))  # Python ints and floats, the same values

    def _ordered(self, sims: np.ndarray) -> np.ndarray:
        """Every row, most similar first, equal ones by row: one stable sort of the question's similarities, kept
        with them (one read of the pair: another thread's question may replace it)."""
        last = self._order
        if last is None or last[0] is not sims:
            last = self._order = (sims, np.argsort(-sims, kind="stable"))
        return last[1]

    def similarities(self, qvec: np.ndarray) -> np.ndarray:
        """Every row's similarity to the question; the last question's are kept, so a second search
        of the same question (restricted to other stance groups) masks them instead of a new pass."""
        q = np.asarray(qvec, dtype=np.float32)
        key, last = q.tobytes(), self._last  # one read: another thread's question may replace it
        if last is None or last[0] != key:
            vectors = self.vectors.all() if isinstance(self.vectors, VectorFile) else self.vectors
            last = self._last = (key, _product(vectors, q))
            self.products += 1
        return last[1]

    def forget(self) -> None:
        self._last = self._order = None
        if isinstance(self.vectors, VectorFile):
            self.vectors.forget()

    def read_ahead(self, rows: list[int]) -> None:
        """Rows a question will likely ask `similarity` for, read now when the vectors are read by row."""
        if isinstance(self.vectors, VectorFile):
            self.vectors.read_ahead(rows)

    def chunk(self, row: int, cid: str, text_of: Callable[[str], str], meta_of: Callable[[str], dict[str, Any]]
              ) -> StoredChunk:
        """The stored chunk at `row`, as the store would return it: its text cut from the document,
        its metadata the document's plus its span and chains."""
        doc_id, start, end = self.docs[int(self.doc[row])], int(self.start[row]), int(self.end[row])
        meta = {k: v for k, v in meta_of(doc_id).items() if v is not None and k != "outlet_source"}
        meta.update(doc_id=doc_id, start=start, end=end)
        if row in self.chains:
            meta["chains"] = self.chains[row]
        return StoredChunk(cid, doc_id, start, end, text_of(doc_id)[start:end], meta)


class VectorFile:
    """The float32 rows of a saved .npy, read on demand: `vf[rows]` reads just those rows. The file
    stays open (a rebuild replacing it atomically does not change what this table reads)."""

    def __init__(self, path: Path, offset: int, shape: tuple[int, int]) -> None:
        self.offset, self.shape = offset, shape
        self.fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, self.fd)
        self._early: dict[int, bytes] = {}  # rows read ahead for the question being answered (`read_ahead`)

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, rows: np.ndarray) -> np.ndarray:
        early, size = self._early, 4 * self.shape[1]
        data = b"".join(early.get(r) or os.pread(self.fd, size, self.offset + size * r)
                        for r in np.asarray(rows).reshape(-1).tolist())
        return np.frombuffer(data, dtype=np.float32).reshape(-1, self.shape[1])

    def read_ahead(self, rows: list[int]) -> None:
        """Read these rows now (the BM25 worker, while the question embeds: its lexical-only
        candidates' vectors), in place of the last question's; `rows[...]` then takes their bytes."""
        size = 4 * self.shape[1]
        self._early = {r: os.pread(self.fd, size, self.offset + size * r) for r in rows}

    def forget(self) -> None:
        self._early = {}

    def all(self) -> np.ndarray:
        size = 4 * self.shape[0] * self.shape[1]
        return np.frombuffer(os.pread(self.fd, size, self.offset), dtype=np.float32).reshape(self.shape)


def _product(vectors: np.ndarray, q: np.ndarray) -> np.ndarray:
    """`vectors @ q`, one row's dot product at a time (numpy's einsum loop, no BLAS: one thread, and a row's similarity
    the same float wherever the row lies and whatever rows come with it). After the question's embedding has pushed the
    vectors out of the CPU cache, it streams them in half the time of OpenBLAS's gemv in blocks of 512 rows (10k bench
    chunks: 0.65 vs 1.27 ms CPU, median of 180 products; 1k: 0.12 vs 0.18)."""
    return np.einsum("ij,j->i", vectors, q, optimize=False)


def top_rows(sims: np.ndarray, n: int) -> np.ndarray:
    """Positions of the n largest of `sims`, largest first; equal values by position (the earlier row first), which
    also decides which of equal values at the n-th place are kept: the result hangs on the values alone, not on how a
    partition moved the others. A long array is first cut to the values reaching `_floor` (10k bench rows: ~45 of
    them, 0.06 ms where a partition of all took 0.25-0.5). A short one (a small index's, a stance group's part of it) is
    sorted whole: one stable sort orders by value then position in two numpy calls instead of a dozen (1k bench rows,
    in the ask: ~0.05 ms less a search); a NaN sorts last, and is dropped."""
    if 0 < n and len(sims) < FLOOR_GROUP * 4 * n:
        best = np.argsort(-sims, kind="stable")[:n]
        return best if not len(best) or not np.isnan(sims[best[-1]]) else best[~np.isnan(sims[best])]
    rows = np.flatnonzero(sims >= (_floor(sims, n) if len(sims) >= FLOOR_GROUP * 4 * n else -np.inf))  # no NaN
    n = min(n, len(rows))
    if not n:
        return rows
    found = sims[rows]
    kth = np.partition(found, len(found) - n)[len(found) - n]  # the n-th largest value
    above = rows[found > kth]
    chosen = np.concatenate([above, rows[found == kth][: n - len(above)]])
    return chosen[np.lexsort((chosen, -sims[chosen]))]


FLOOR_GROUP = 32  # values per group whose largest `_floor` reads


def _floor(sims: np.ndarray, n: int) -> float:
    """A value the n largest of `sims` all reach: the n-th largest of the groups' maxima (n groups hold a value at
    least that high; none when a value is NaN, which a partition would take for the largest). Needs n groups or more."""
    maxima = np.maximum.reduceat(sims, np.arange(0, len(sims), FLOOR_GROUP))
    return -np.inf if np.isnan(maxima).any() else np.partition(maxima, len(maxima) - n)[len(maxima) - n]


def _rows(vectors: np.ndarray, n: int) -> np.ndarray:
    """Vectors as (n, dim) rows; an empty index keeps the (0, dim) shape it came with."""
    return vectors if vectors.ndim == 2 and len(vectors) == n else vectors.reshape(n, -1 if n else 0)


def _npy(array: np.ndarray, dtype) -> bytes:
    import io

    buf = io.BytesIO()
    np.save(buf, np.ascontiguousarray(array, dtype=dtype))
    return buf.getvalue()
