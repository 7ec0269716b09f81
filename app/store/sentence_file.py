"""The sentences file: how a document's `Sentences` are laid out in bytes, written and read back.

HEAD int64s, starts, ends (int64), vectors (float32), then for the terms, the initialisms, the figures, the
refs and the word runs each: n + 1 int64 bounds and the bytes they cut; then each sentence's mark (`app.text.marks`),
one byte each; then the role words (`app.text.role_words`): n + 1 bounds and their bytes. Read back with no parsing
(an .npz costed milliseconds per document to open, on every question).
Files of versions 1 to 6 still read; what another tokeniser, signals, antecedents, word-runs, marks or roles version
stored is left out (`Sentences` then works it out at ask time, or bounds a score without it).
`app.store.sentences` turns these columns into a `Sentences`."""

from __future__ import annotations

import os
import struct

import numpy as np

from app.attribution.figure_codec import SIGNALS_VERSION
from app.store.rows import StoredRows
from app.text.antecedents import ANTECEDENTS_VERSION
from app.text.marks import MARKS_VERSION
from app.text.role_words import ROLES_VERSION
from app.text.terms import TERMS_VERSION
from app.text.word_runs import WORDS_VERSION

MAGIC = 0x53454E54_42594C37  # "SENTBYL7": the format below, version 7 (6 had no role words, 5 no marks, 4 no word
# runs, 3 no refs, 2 no signals)
MAGIC_V6 = 0x53454E54_42594C36  # version 6: HEAD_V6 int64s, then as version 7 up to the marks; still read
MAGIC_V5 = 0x53454E54_42594C35  # version 5: HEAD_V5 int64s, then as version 6 up to the word runs; still read
MAGIC_V4 = 0x53454E54_42594C34  # version 4: HEAD_V4 int64s, then as version 5 up to the refs; still read
MAGIC_V3 = 0x53454E54_42594C33  # version 3: HEAD_V3 int64s, then as version 4 up to the figures; still read
MAGIC_V2 = 0x53454E54_42594C32  # version 2: HEAD_V2 int64s, then as version 3 up to the terms; still read
MAGIC_V1 = 0x53454E54_42594C31  # version 1: MAGIC_V1, n, dim, starts, ends, vectors (no terms); still read
HEAD = 15  # int64s before the arrays: MAGIC, n, dim, terms version (-1: none stored), bytes of terms, signals
HEAD_V6, HEAD_V5, HEAD_V4, HEAD_V3, HEAD_V2 = 13, 12, 10, 8, 5  # version (-1: none stored), bytes of initialisms,
# bytes of figures, refs version (-1: none stored), bytes of refs, word-runs version (-1: none stored), bytes of runs,
# marks version (-1: none stored; else n bytes), roles version (-1: none stored), bytes of role words; version 6 had
# the first thirteen, 5 the first twelve, 4 the first ten, 3 the first eight, 2 the first five
FIRST = 4096  # bytes read first: the head and, for a document of up to 251 sentences, the spans

# What a file gives `Sentences(...)`, in its field order: starts, ends, vectors, then (stored columns only) words,
# bounds, initials, initial_bounds, figures, figure_bounds, refs, ref_bounds, runs, run_bounds, marks, roles,
# role_bounds
Fields = tuple


def to_bytes(starts: np.ndarray, ends: np.ndarray, vectors, columns: tuple[tuple[np.ndarray | None, bytes], ...],
             marks: np.ndarray | None = None, roles: tuple[np.ndarray | None, bytes] = (None, b"")) -> bytes:
    """The file of these spans, vectors and (bounds, bytes) columns: terms, initialisms, figures, refs, word runs
    (bounds None: not stored; initialisms and figures are stored together or not at all), the marks (one uint8 a
    sentence; None: not stored) and the role words (bounds, bytes)."""
    n, dim = vectors.shape
    (bounds, words), (initial_bounds, initials), (figure_bounds, figures), (ref_bounds, refs), (run_bounds, runs) \
        = columns
    role_bounds, role_bytes = roles
    zeros, signals = np.zeros(n + 1, dtype=np.int64), initial_bounds is not None and figure_bounds is not None
    head = np.array([MAGIC, n, dim, TERMS_VERSION if bounds is not None else -1, len(words),
                     SIGNALS_VERSION if signals else -1, len(initials), len(figures),
                     ANTECEDENTS_VERSION if ref_bounds is not None else -1, len(refs),
                     WORDS_VERSION if run_bounds is not None else -1, len(runs),
                     MARKS_VERSION if marks is not None else -1,
                     ROLES_VERSION if role_bounds is not None else -1, len(role_bytes)], dtype=np.int64)
    return b"".join([*(a.tobytes() for a in (head, starts.astype(np.int64), ends.astype(np.int64),
                                             vectors.astype(np.float32))),
                     *(part for cuts, data in columns for part in (_int64(cuts, zeros), data)),
                     b"" if marks is None else marks.astype(np.uint8).tobytes(), _int64(role_bounds, zeros),
                     role_bytes])


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
        layout = (24, head[1], head[2], -1, 0, -1, 0, 0, -1, 0, -1, 0, -1, -1, 0)  # no terms: MAGIC_V1, n, dim
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
    signals of the current SIGNALS_VERSION, the refs of the current ANTECEDENTS_VERSION and the word runs of the
    current WORDS_VERSION (each column: n + 1 bounds, then the bytes they cut), the marks of the current
    MARKS_VERSION (n bytes) and the role words of the current ROLES_VERSION (bounds, then bytes)."""
    _, n, _, version, words, signals, initials, figures, refs_version, refs, runs_version, runs, marks, roles_version, \
        roles = layout
    if version != TERMS_VERSION:
        return starts, ends, vectors
    signed, size, at, columns = signals == SIGNALS_VERSION, 8 * (n + 1), 0, []
    kept = True, signed, signed, refs_version == ANTECEDENTS_VERSION, runs_version == WORDS_VERSION
    for count, keep in zip((words, initials, figures, refs, runs), kept):
        columns += (tail[at + size : at + size + count], _bounds(tail, n, at)) if keep else (b"", None)
        at += size + count
    kept_marks = np.frombuffer(tail, dtype=np.uint8, count=n, offset=at) if marks == MARKS_VERSION else None
    at += n if marks != -1 else 0
    kept_roles = (tail[at + size : at + size + roles], _bounds(tail, n, at)) if roles_version == ROLES_VERSION \
        else (b"", None)
    return (starts, ends, vectors, *columns, kept_marks, *kept_roles)


def _layout(data: bytes) -> tuple[int, ...] | None:
    """(head bytes, n, dim, terms version, terms bytes, signals version, initialisms bytes, figures bytes,
    refs version, refs bytes, runs version, runs bytes, marks version, roles version, roles bytes) of a version 7, 6, 5,
    4, 3 or 2 file (6: no role words; 5: no marks either; 4: no runs either; 3: no refs either; 2: no signals either),
    else None."""
    head = struct.unpack_from(f"={min(HEAD, len(data) // 8)}q", data)  # as np.int64 reads them, as ints
    if len(head) == HEAD and head[0] == MAGIC:
        return 8 * HEAD, *head[1:]
    if len(head) >= HEAD_V6 and head[0] == MAGIC_V6:
        return 8 * HEAD_V6, *head[1:HEAD_V6], -1, 0
    if len(head) >= HEAD_V5 and head[0] == MAGIC_V5:
        return 8 * HEAD_V5, *head[1:HEAD_V5], -1, -1, 0
    if len(head) >= HEAD_V4 and head[0] == MAGIC_V4:
        return 8 * HEAD_V4, *head[1:HEAD_V4], -1, 0, -1, -1, 0
    if len(head) >= HEAD_V3 and head[0] == MAGIC_V3:
        return 8 * HEAD_V3, *head[1:HEAD_V3], -1, 0, -1, 0, -1, -1, 0
    if len(head) >= HEAD_V2 and head[0] == MAGIC_V2:
        return 8 * HEAD_V2, *head[1:HEAD_V2], -1, 0, 0, -1, 0, -1, 0, -1, -1, 0
    return None


def _byte_counts(layout: tuple[int, ...]) -> tuple[int, ...]:
    """The byte counts a layout gives (terms, initialisms, figures, refs, runs, role words): none may be negative."""
    return layout[4], layout[6], layout[7], layout[9], layout[11], layout[14]


def _tail_size(layout: tuple[int, ...]) -> int:
    """Bytes from the term bounds to the end of a file of this layout."""
    at, n, _, _, words, _, initials, figures, _, refs_size, _, runs_size, marks, _, roles_size = layout
    # version 7, 6 and 5: terms, initialisms, figures, refs, runs (6: then the marks; 7: then the role words); 4: no
    # runs; 3: no refs; 2: terms
    columns = {8 * HEAD: 5, 8 * HEAD_V6: 5, 8 * HEAD_V5: 5, 8 * HEAD_V4: 4, 8 * HEAD_V3: 3}.get(at, 1)
    return columns * 8 * (n + 1) + words + (initials + figures if columns > 1 else 0) \
        + (refs_size if columns > 3 else 0) + (runs_size if columns > 4 else 0) + (n if marks != -1 else 0) \
        + (8 * (n + 1) + roles_size if at == 8 * HEAD else 0)


def _bounds(tail: bytes, n: int, at: int) -> np.ndarray:
    return np.frombuffer(tail, dtype=np.int64, count=n + 1, offset=at)


def _int64(cuts: np.ndarray | None, zeros: np.ndarray) -> bytes:
    return (cuts if cuts is not None else zeros).astype(np.int64).tobytes()
