"""A document's sentences in a Chroma server, read by the rows an answer needs.

An answer reads the vectors of the few sentences inside the passages it quotes, but a document's
sentences stored as one record cost the whole record per question (~200 kB of base64 for a
100-sentence document: ~10 ms of the server answer's ~27 ms at 100k chunks). So the server keeps
per document a head record (spans and search terms, vectors left out: a few kB), id `<doc_id>`,
and the vectors in blocks, id `<doc_id>:<k>` for the sentences starting in characters
[k·CHARS, (k+1)·CHARS); every record's metadata names its document (`doc`), which removes them
together. A passage's block ids follow from its offsets, so one request reads the answered
documents' heads and their passages' blocks. `BlockRows` stands for the vectors: a slice reads
the blocks it needs that are not in memory yet. A head written before this layout (the whole blob, no `blocks` key)
still reads, whole.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from typing import Any

import numpy as np

from app.errors import IndexMissingError
from app.store.rows import LazyRows
from app.store.sentences import Sentences

CHARS = 1024  # a block holds the vectors of the sentences starting in 1,024 characters of the document
Fetch = Callable[[list[str]], Mapping[str, bytes]]  # block ids -> their rows' float32 bytes (missing: left out)


def records(doc_id: str, sentences: Sentences) -> tuple[list[str], list[dict[str, Any]]]:
    """The ids and metadata of the head and vector-block records for one document."""
    vectors = np.asarray(sentences.vectors, dtype=np.float32)
    n, dim = vectors.shape
    head = replace(sentences, vectors=np.zeros((n, 0), dtype=np.float32)).to_bytes()
    ids, metas = [doc_id], [{"doc": doc_id, "sentences": _b64(head), "block_chars": CHARS, "dim": dim}]
    keys = np.asarray(sentences.starts) // CHARS
    for k in np.unique(keys).tolist():
        ids.append(block_id(doc_id, k))
        metas.append({"doc": doc_id, "vectors": _b64(vectors[keys == k].tobytes())})
    return ids, metas


def block_id(doc_id: str, k: int) -> str:
    return f"{doc_id}:{k}"


def block_ids(doc_id: str, start: int, end: int) -> list[str]:
    """Ids of the blocks that hold the sentences inside [start, end) (document offsets): known
    before the head is read, so one request can ask for the heads and the passages' blocks."""
    return [block_id(doc_id, k) for k in range(start // CHARS, max(start, end - 1) // CHARS + 1)]


def from_head(doc_id: str, meta: Mapping[str, Any], fetch: Fetch, ready: Mapping[str, bytes] = {}) -> Sentences:
    """The document's sentences from its head record's metadata; vectors from the `ready` blocks,
    others read through `fetch` when used."""
    data = base64.b64decode(meta["sentences"])
    if "block_chars" not in meta:  # the whole blob, as written before blocks
        return Sentences.from_bytes(data)
    head = Sentences.from_bytes(data)
    rows = BlockRows(doc_id, head.starts, int(meta["dim"]), int(meta["block_chars"]), fetch)
    for bid, block in ready.items():
        rows.keep(bid, block)
    return replace(head, vectors=rows)


def read_blocks(found: Iterable[tuple[Sentences, int, int]], fetch: Fetch) -> None:
    """Read, in one `fetch`, the vector blocks of the sentences inside each (sentences, start, end)
    document span that are not in memory yet (spans of documents stored whole are skipped)."""
    wanted: dict[str, BlockRows] = {}
    for sentences, start, end in found:
        rows = sentences.vectors
        if isinstance(rows, BlockRows):
            span = sentences.rows(start, end)
            wanted.update((bid, rows) for bid in rows.needed(span.start, span.stop))
    if wanted:
        got = fetch(list(wanted))
        for bid, rows in wanted.items():
            if bid in got:
                rows.keep(bid, got[bid])


class BlockRows(LazyRows):
    """The vectors of a server document's sentences, read by block when sliced."""

    def __init__(self, doc_id: str, starts: np.ndarray, dim: int, chars: int, fetch: Fetch) -> None:
        self.doc_id, self.shape, self._fetch = doc_id, (len(starts), dim), fetch
        self._keys = np.asarray(starts, dtype=np.int64) // chars  # each row's block, ascending
        self._blocks: dict[int, np.ndarray] = {}

    def needed(self, start: int, stop: int) -> list[str]:
        """Ids of the blocks holding rows [start, stop) that are not in memory."""
        keys = dict.fromkeys(self._keys[start:stop].tolist()) if stop > start else {}
        return [block_id(self.doc_id, k) for k in keys if k not in self._blocks]

    def keep(self, bid: str, data: bytes) -> None:
        """Take a block read for this document (one of another document, or another grid, is ignored)."""
        doc_id, _, k = bid.rpartition(":")
        lo, hi = (int(i) for i in np.searchsorted(self._keys, [int(k), int(k) + 1]))
        rows = np.frombuffer(data, dtype=np.float32)
        if doc_id == self.doc_id and len(rows) == (hi - lo) * self.shape[1]:
            self._blocks[int(k)] = rows.reshape(hi - lo, self.shape[1])

    def _rows(self, start: int, stop: int) -> np.ndarray:
        missing = self.needed(start, stop)
        if missing:
            got = self._fetch(missing)
            for bid in missing:
                self.keep(bid, got.get(bid, b""))
            if self.needed(start, stop):
                raise IndexMissingError(f"the sentence vectors of document {self.doc_id} are missing from the server "
                                        "(it was just replaced or removed)")
        if stop <= start:
            return np.zeros((0, self.shape[1]), dtype=np.float32)
        first, last = int(self._keys[start]), int(self._keys[stop - 1])
        rows = np.concatenate([self._blocks[k] for k in range(first, last + 1) if k in self._blocks])
        offset = start - int(np.searchsorted(self._keys, first))
        return rows[offset : offset + stop - start]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
