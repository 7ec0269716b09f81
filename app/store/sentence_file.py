"""The sentences file: how a document's `Sentences` are laid out in bytes, written and read back.

HEAD int64s, starts, ends (int64), vectors (float32), then for the terms, the initialisms, the figures and the
refs each: n + 1 int64 bounds and the bytes they cut. Read back with no parsing (an .npz costed milliseconds per
document to open, on every question). Files of versions 1 to 3 still read; what another tokeniser, signals or
antecedents version stored is left out (`Sentences` then works it out at ask time). `app.store.sentences` turns
these columns into a `Sentences`."""

from __future__ import annotations

import os
import struct

import numpy as np

from app.attribution.figure_codec import SIGNALS_VERSION
from app.store.rows import StoredRows
from app.text.antecedents import ANTECEDENTS_VERSION
from app.text.terms import TERMS_VERSION

MAGIC = 0x53454E54_42594C34  # "SENTBYL4": the format below, version 4 (version 3 had no refs, 2 no signals)
MAGIC_V3 = 0x53454E54_42594C33  # version 3: HEAD_V3 int64s, then as version 4 up to the figures; still read
MAGIC_V2 = 0x53454E54_42594C32  # version 2: HEAD_V2 int64s, then as version 3 up to the terms; still read
MAGIC_V1 = 0x53454E54_42594C31  # version 1: MAGIC_V1, n, dim, starts, ends, vectors (no terms); still read
HEAD = 10  # int64s before the arrays: MAGIC, n, dim, terms version (-1: none stored), bytes of terms, signals
HEAD_V3, HEAD_V2 = 8, 5  # version (-1: none stored), bytes of initialisms, bytes of figures, refs version (-1: none
# stored), bytes of refs; version 3 had the first eight, version 2 the first five
FIRST = 4096  # bytes read first: the head and, for a document of up to 251 sentences, the spans

# What a file gives `Sentences(...)`, in its field order: starts, ends, vectors, then (stored columns only) words,
# bounds, initials, initial_bounds, figures, figure_bounds, refs, ref_bounds
Fields = tuple


def to_bytes(starts: np.ndarray, ends: np.ndarray, vectors, columns: tuple[tuple[np.ndarray | None, bytes], ...]
             ) -> bytes:
    """The file of these spans, vectors and (bounds, bytes) columns: terms, initialisms, figures, refs (bounds
    None: not stored; initialisms and figures are stored together or not at all)."""
    n, dim = vectors.shape
    (bounds, words), (initial_bounds, initials), (figure_bounds, figures), (ref_bounds, refs) = columns
    zeros, signals = np.zeros(n + 1, dtype=np.int64), initial_bounds is not None and figure_bounds is not None
    head = np.array([MAGIC, n, dim, TERMS_VERSION if bounds is not None else -1, len(words),
                     SIGNALS_VERSION if signals else -1, len(initials), len(figures),
                     ANTECEDENTS_VERSION if ref_bounds is not None else -1, len(refs)], dtype=np.int64)
    return b"".join([*(a.tobytes() for a in (head, starts.astype(np.int64), ends.astype(np.int64),
                                             vectors.astype(np.float32))),
                     *(part for cuts, data in columns for part in (_int64(cuts, zeros), data))])


def read(path: str | os.PathLike) -> Fields:
    """The file at `path`, reading only its spans and terms now and the vectors of the rows asked for later
    (`StoredRows`, which keeps the file open): a question needs a few sentences of each document it quotes, and
    reading whole files cost more than the rest of retrieval at 1k chunks. The head and the spans come in one
    read (of FIRST bytes) when they fit."""
    fd = os.open(path, os.O_RDONLY)
    kept = False
    try:
        size = os.fstat(fd).st_size
        first = os.pread(fd, FIRST, 0)
        layout = _layout(first)
        if layout is None:  # version 1, or not a sentences file: the whole-file parser decides
            return from_bytes(first if size <= len(first) else os.pread(fd, size, 0))
        at, n, dim, version, words, signals = layout[:6]
        bounds_at = at + 16 * n + 4 * n * dim
        if size != bounds_at + _tail_size(layout) or min(n, dim, *_byte_counts(layout)) < 0:
            raise ValueError("not a byline sentences file")
        raw = first if at + 16 * n <= len(first) else os.pread(fd, at + 16 * n, 0)
        spans = np.frombuffer(raw, dtype=np.int64, count=2 * n, offset=at)
        vectors = StoredRows.of(fd, at + 16 * n, n, dim)
        kept = isinstance(vectors, StoredRows)  # it closes the file when it goes
        tail = os.pread(fd, size - bounds_at, bounds_at) if version == TERMS_VERSION else b""  # terms, signals
        return _with_tail(spans[:n], spans[n:], vectors, tail, layout)
    finally:
        if not kept:
            os.close(fd)


def from_bytes(data: bytes) -> Fields:
    """The stored sentences; their terms only when the current tokeniser made them (TERMS_VERSION)."""
    layout = _layout(data)
    if layout is None:
        head = [int(x) for x in np.frombuffer(data, dtype=np.int64, count=min(3, len(data) // 8))]
        if len(head) < 3 or head[0] != MAGIC_V1:
            raise ValueError("not a byline sentences file")
        layout = (24, head[1], head[2], -1, 0, -1, 0, 0, -1, 0)  # no terms: the head is MAGIC_V1, n, dim
    at, n, dim, version = layout[:4]
    bounds_at = at + 16 * n + 4 * n * dim
    if min(n, dim, *_byte_counts(layout)) < 0 or len(data) != bounds_at + (_tail_size(layout) if at > 24 else 0):
        raise ValueError("not a byline sentences file")
    starts = np.frombuffer(data, dtype=np.int64, count=n, offset=at)
    ends = np.frombuffer(data, dtype=np.int64, count=n, offset=at + 8 * n)
    vectors = np.frombuffer(data, dtype=np.float32, count=n * dim, offset=at + 16 * n).reshape(n, dim)
    if version != TERMS_VERSION:  # none stored, or made by another tokeniser: ask-time work
        return starts, ends, vectors
    return _with_tail(starts, ends, vectors, data[bounds_at:], layout)


def _with_tail(starts: np.ndarray, ends: np.ndarray, vectors, tail: bytes, layout: tuple[int, ...]) -> Fields:
    """With what the tail (term bounds on) stores: the terms the current tokeniser made (no tail: none), the
    signals of the current SIGNALS_VERSION and the refs of the current ANTECEDENTS_VERSION (each column: n + 1
    bounds, then the bytes they cut)."""
    (_, n, _, version, words, signals, initials, figures, refs_version, _), size = layout, 8 * (layout[1] + 1)
    if version != TERMS_VERSION:
        return starts, ends, vectors
    cut = size + words, 2 * size + words + initials, 3 * size + words + initials + figures  # each column's bounds
    signed, refs_kept, bounds = signals == SIGNALS_VERSION, refs_version == ANTECEDENTS_VERSION, _bounds(tail, n, 0)
    ib, fb = (_bounds(tail, n, cut[0]), _bounds(tail, n, cut[1])) if signed else (None, None)
    rb = _bounds(tail, n, cut[2]) if refs_kept else None
    return (starts, ends, vectors, tail[size:cut[0]], bounds, tail[cut[0] + size:cut[1]] if signed else b"", ib,
            tail[cut[1] + size:cut[2]] if signed else b"", fb, tail[cut[2] + size:] if refs_kept else b"", rb)


def _layout(data: bytes) -> tuple[int, ...] | None:
    """(head bytes, n, dim, terms version, terms bytes, signals version, initialisms bytes, figures bytes,
    refs version, refs bytes) of a version 4, 3 or 2 file (3: no refs; 2: no signals either), else None."""
    head = struct.unpack_from(f"={min(HEAD, len(data) // 8)}q", data)  # as np.int64 reads them, as ints
    if len(head) == HEAD and head[0] == MAGIC:
        return 8 * HEAD, *head[1:]
    if len(head) >= HEAD_V3 and head[0] == MAGIC_V3:
        return 8 * HEAD_V3, *head[1:HEAD_V3], -1, 0
    if len(head) >= HEAD_V2 and head[0] == MAGIC_V2:
        return 8 * HEAD_V2, *head[1:HEAD_V2], -1, 0, 0, -1, 0
    return None


def _byte_counts(layout: tuple[int, ...]) -> tuple[int, ...]:
    """The byte counts a layout gives (of terms, initialisms, figures, refs): none may be negative."""
    return layout[4], layout[6], layout[7], layout[9]


def _tail_size(layout: tuple[int, ...]) -> int:
    """Bytes from the term bounds to the end of a file of this layout."""
    at, n, _, _, words, _, initials, figures, _, refs_size = layout
    columns = 4 if at == 8 * HEAD else 3 if at == 8 * HEAD_V3 else 1  # version 4: terms, initialisms, figures, refs
    return columns * 8 * (n + 1) + words + (initials + figures if columns > 1 else 0) \
        + (refs_size if columns > 3 else 0)


def _bounds(tail: bytes, n: int, at: int) -> np.ndarray:
    return np.frombuffer(tail, dtype=np.int64, count=n + 1, offset=at)


def _int64(cuts: np.ndarray | None, zeros: np.ndarray) -> bytes:
    return (cuts if cuts is not None else zeros).astype(np.int64).tobytes()
