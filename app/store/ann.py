"""An approximate nearest-neighbour index over the chunk table's vectors (faiss IVF-Flat), saved beside it
(`bm25/ann.faiss`) for an index past the exact-search size (`table.EXACT_MAX`).

It answers a question's unfiltered dense query in place of Chroma's HNSW query: at 100k bench chunks 0.19 ms
against Chroma's 0.9-1.45, and closer to exact search (97.7 % of its top 5 reach exact search's fifth
similarity; Chroma's query with its default search breadth 57 %). Chroma stays the store of record and
answers filtered queries and a Chroma server's. Like the table it is a cache: one file, its header naming
the store fingerprint and row count it was built for, written atomically; missing, stale, unreadable, or
faiss not installed, the question asks Chroma. A rebuild reuses the last file's trained lists (adding
100k rows: 0.8 s; training them: 7.9 s), so a changed document costs no retraining.
Bench at 100k (`bench --only queries`, 5 runs alternating with main on a busy 2-core box): byline / llama-index,
worst of p50 and p95, median 1.26x (main 1.63x), hit@5 0.7 both; RSS +170 MB; a cold ask 0.90 s (main 1.19 s:
no chromadb import).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from app.support.files import atomic_write_bytes

log = logging.getLogger(__name__)
ANN_VERSION = 1
ROWS_PER_LIST = 100  # inverted lists of ~100 rows: 1000 lists at 100k chunks
PROBE_SHARE = 32  # a question scans 1/32 of the lists (~3k rows at 100k: 0.19 ms, 97.7 % of exact top 5)
FILE = "ann.faiss"


def _faiss():
    """faiss, or None when it is not installed (then Chroma answers every dense query)."""
    try:
        import faiss
    except ImportError:
        return None
    faiss.omp_set_num_threads(1)  # one question, one thread: a busy 2-core box made waiting threads the p95
    return faiss


class Ann:
    """Rows of the chunk table nearest a question vector, by inner product (unit rows: cosine)."""

    def __init__(self, index, fingerprint: str) -> None:
        self.index, self.fingerprint = index, fingerprint

    def __len__(self) -> int:
        return int(self.index.ntotal)

    @classmethod
    def build(cls, vectors: np.ndarray, fingerprint: str, previous: Ann | None = None) -> Ann | None:
        """An index of `vectors`, trained on them, or reusing `previous`'s lists when it has their width."""
        faiss = _faiss()
        if faiss is None or not len(vectors):
            return None
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1]
        if previous is not None and previous.index.d == dim:
            index = faiss.clone_index(previous.index)
            index.reset()  # keeps the trained lists, drops the rows
        else:
            lists = max(1, min(len(vectors) // ROWS_PER_LIST, 4096))
            index = faiss.IndexIVFFlat(faiss.IndexFlatIP(dim), dim, lists, faiss.METRIC_INNER_PRODUCT)
            index.train(vectors)
        index.add(vectors)
        index.nprobe = max(1, index.nlist // PROBE_SHARE)
        return cls(index, fingerprint)

    def search(self, qvec: np.ndarray, n: int) -> list[tuple[int, float]]:
        """The n rows nearest the question, best first, with their similarity."""
        sims, rows = self.index.search(np.asarray(qvec, dtype=np.float32).reshape(1, -1), n)
        return [(int(r), float(s)) for r, s in zip(rows[0], sims[0]) if r >= 0]

    def save(self, folder: Path) -> None:
        """One file, header line then the serialised index: a crash leaves the old file or the new one."""
        header = json.dumps({"version": ANN_VERSION, "fingerprint": self.fingerprint, "rows": len(self)})
        atomic_write_bytes(folder / FILE, header.encode() + b"\n" + _faiss().serialize_index(self.index).tobytes())

    @classmethod
    def saved_or_built(cls, folder: Path, fingerprint: str, rows: int, vectors) -> Ann | None:
        """The index saved for this table (fingerprint and row count), else one built on the saved one's trained
        lists and saved; `vectors()` gives the table's vectors and is read only to build."""
        saved = cls.load(folder)
        if saved is not None and saved.fingerprint == fingerprint and len(saved) == rows:
            return saved
        ann = cls.build(vectors(), fingerprint, saved)
        if ann is not None:
            ann.save(folder)
        return ann

    @classmethod
    def load(cls, folder: Path, fingerprint: str | None = None, rows: int | None = None) -> Ann | None:
        """The saved index, when built for this fingerprint and row count (None: any); else None."""
        faiss, path = _faiss(), folder / FILE
        if faiss is None or not path.is_file():
            return None
        try:
            data = path.read_bytes()
            cut = data.index(b"\n")
            header = json.loads(data[:cut])
            if header.get("version") != ANN_VERSION or fingerprint not in (None, header["fingerprint"]):
                return None
            index = faiss.deserialize_index(np.frombuffer(data, dtype=np.uint8, offset=cut + 1))
            if rows not in (None, index.ntotal):
                return None
            return cls(index, header["fingerprint"])
        except Exception as exc:  # a cache: whatever a crash or a disk left there, rebuild it or ask Chroma
            log.info("nearest-neighbour index at %s not usable (%s)", path, exc)
            return None
