"""The vectors of a document's sentences, read when sliced: from the sentences file by rows
(`StoredRows`, app/store/sentence_file.py) or, on a Chroma server, by block (app/store/sentence_blocks.py)."""

from __future__ import annotations

import os

import numpy as np


class LazyRows:
    """(n, dim) float32 vectors read when sliced: `rows[a:b]` reads just those rows (`_rows`), and
    what takes an array (np.asarray, astype, other indexing) reads them all."""

    dtype = np.dtype(np.float32)
    ndim = 2
    shape: tuple[int, int]

    def _rows(self, start: int, stop: int) -> np.ndarray:
        raise NotImplementedError

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, key) -> np.ndarray:
        if isinstance(key, slice) and key.step in (None, 1):
            start, stop, _ = key.indices(self.shape[0])
            return self._rows(start, max(start, stop))
        return self._rows(0, self.shape[0])[key]

    def __array__(self, dtype=None, copy=None) -> np.ndarray:
        rows = self._rows(0, self.shape[0])
        return rows if dtype is None else rows.astype(dtype)

    def astype(self, dtype) -> np.ndarray:
        return self._rows(0, self.shape[0]).astype(dtype)


class StoredRows(LazyRows):
    """The vectors of a sentences file, each slice read with one pread. The file stays open while
    they are in use: a re-ingest replacing it (a new file, renamed over it) does not change what
    they read."""

    MAX_OPEN = 256  # files held open at once: beyond, a document's vectors are read whole, as before
    open_files = 0

    def __init__(self, fd: int, offset: int, n: int, dim: int) -> None:
        self.fd, self.offset, self.shape = fd, offset, (n, dim)
        self._read: list[tuple[int, int, np.ndarray]] = []  # (start, stop, rows) read so far
        StoredRows.open_files += 1

    def __del__(self) -> None:  # not weakref.finalize: its registration cost 5 us of the 25 a document's read takes
        StoredRows.open_files -= 1
        os.close(self.fd)

    @classmethod
    def of(cls, fd: int, offset: int, n: int, dim: int) -> StoredRows | np.ndarray:
        """Rows read on demand from `fd`, which the StoredRows then owns (closes); read now when
        MAX_OPEN files are held (caches keep up to 512 documents' sentences: a process must stay
        under its file limit), and `fd` stays the caller's."""
        if cls.open_files >= cls.MAX_OPEN:
            return np.frombuffer(os.pread(fd, 4 * n * dim, offset), dtype=np.float32).reshape(n, dim)
        return cls(fd, offset, n, dim)

    def _rows(self, start: int, stop: int) -> np.ndarray:
        """Rows [start, stop), from a range read before when one holds them: a question reads a passage's rows
        several times (its closest sentence, its reach, its quotes' vectors), half of its reads, 14 us each."""
        for a, b, rows in self._read:
            if a <= start and stop <= b:
                return rows[start - a : stop - a]
        row = 4 * self.shape[1]
        data = os.pread(self.fd, row * (stop - start), self.offset + row * start) if stop > start else b""
        rows = np.frombuffer(data, dtype=np.float32).reshape(stop - start, self.shape[1])
        self._read.append((start, stop, rows))
        return rows
