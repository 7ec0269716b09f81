"""A document's sentences as the index keeps them: spans, unit vectors, search terms, the
initialisms they spell out ("American Civil Liberties Union": aclu), their figures and where their first words
point back to (`app.text.antecedents`), made once at ingest.

Quote choice and claim grouping read these instead of splitting passages, tokenising their sentences
and embedding quotes for every question: at ask time the only model call is the question's embedding.
One small binary file per document (beside `docs/<doc_id>.txt`, or in the document's record on a
Chroma server): a changed document replaces only its own sentences."""

from __future__ import annotations

import os
import struct
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from app.attribution.figure_codec import SIGNALS_VERSION, figure_bytes
from app.store.rows import LazyRows, StoredRows
from app.text.acronyms import initialisms
from app.text.antecedents import ANTECEDENTS_VERSION, refs
from app.text.sentences import Span
from app.text.terms import TERMS_VERSION, terms

MAGIC = 0x53454E54_42594C34  # "SENTBYL4": the format below, version 4 (version 3 had no refs, 2 no signals)
MAGIC_V3 = 0x53454E54_42594C33  # version 3: HEAD_V3 int64s, then as version 4 up to the figures; still read
MAGIC_V2 = 0x53454E54_42594C32  # version 2: HEAD_V2 int64s, then as version 3 up to the terms; still read
MAGIC_V1 = 0x53454E54_42594C31  # version 1: MAGIC_V1, n, dim, starts, ends, vectors (no terms); still read
HEAD = 10  # int64s before the arrays: MAGIC, n, dim, terms version (-1: none stored), bytes of terms, signals
HEAD_V3, HEAD_V2 = 8, 5  # version (-1: none stored), bytes of initialisms, bytes of figures, refs version (-1: none
# stored), bytes of refs; version 3 had the first eight, version 2 the first five
FIRST = 4096  # bytes read first: the head and, for a document of up to 251 sentences, the spans


@dataclass(frozen=True, eq=False)
class Sentences:
    """Sentence i of a document is `text[starts[i]:ends[i]]`; `vectors[i]` is its embedding and
    `terms(i)` its search terms (`app.text.terms.terms` of its text)."""

    starts: np.ndarray  # (n,) int64, ascending
    ends: np.ndarray  # (n,) int64
    vectors: np.ndarray | LazyRows  # (n, dim) float32, unit rows (read from the file on demand: `read`)
    words: bytes = b""  # every sentence's terms, space-separated, UTF-8, one sentence after another…
    bounds: np.ndarray | None = None  # … sentence i's are words[bounds[i]:bounds[i + 1]]; None: not stored
    initials: bytes = b""  # the signals (SIGNALS_VERSION), the same way: every sentence's `initialisms`…
    initial_bounds: np.ndarray | None = None  # … sentence i's at initials[initial_bounds[i]:…[i + 1]]; None: not stored
    figures: bytes = b""  # … and every sentence's `figures` (`figure_codec`)
    figure_bounds: np.ndarray | None = None
    refs: bytes = b""  # every sentence's `antecedents.refs` (ANTECEDENTS_VERSION), the same way
    ref_bounds: np.ndarray | None = None

    @classmethod
    def of(cls, spans: list[Span], vectors: np.ndarray, text: str | None = None) -> Sentences:
        """Spans and vectors; given the document's text, each sentence's terms and signals too."""
        if len(spans) != len(vectors):
            raise ValueError(f"{len(spans)} sentences but {len(vectors)} vectors")
        stored = ()
        if text is not None:
            texts = [text[s.start : s.end] for s in spans]
            stored = (*_packed([" ".join(terms(t)).encode() for t in texts]),
                      *_packed([" ".join(sorted(initialisms(t))).encode() for t in texts]),
                      *_packed([figure_bytes(t) for t in texts]),
                      *_packed(refs(texts)))
        return cls(np.array([s.start for s in spans], dtype=np.int64), np.array([s.end for s in spans], dtype=np.int64),
                   np.asarray(vectors, dtype=np.float32).reshape(len(spans), -1), *stored)

    def __len__(self) -> int:
        return len(self.starts)

    @cached_property
    def offsets(self) -> tuple[list[int], list[int]]:
        """`starts` and `ends` as lists (both ascending: the sentences follow one another), which `rows`
        bisects: a numpy search per passage, several per question, cost more than the search itself."""
        return self.starts.tolist(), self.ends.tolist()

    def within(self, start: int, end: int) -> tuple[list[Span], np.ndarray]:
        """The sentences lying inside [start, end) (document offsets), and their vectors."""
        rows = self.rows(start, end)
        return [Span(s, e) for s, e in self.spans_of(rows)], self.vectors[rows.start : rows.stop]

    def spans_of(self, rows: range) -> list[tuple[int, int]]:
        """(start, end) document offsets of the sentences at `rows` (a `rows` result)."""
        starts, ends = self.offsets
        return list(zip(starts[rows.start : rows.stop], ends[rows.start : rows.stop]))

    def rows(self, start: int, end: int) -> range:
        """Positions of the sentences lying inside [start, end) (document offsets)."""
        starts, ends = self.offsets
        lo = bisect_left(starts, start)
        return range(lo, max(lo, bisect_right(ends, end)))

    def overlapping(self, start: int, end: int) -> np.ndarray:
        """Vectors of the sentences that share a character with [start, end) (document offsets)."""
        starts, ends = self.offsets
        lo = bisect_right(ends, start)
        return self.vectors[lo:max(lo, bisect_left(starts, end))]

    def terms(self, i: int) -> frozenset[str] | None:
        """Sentence i's search terms as ingest stored them; None when they were not stored."""
        if self.bounds is None:
            return None
        return frozenset(self.words[int(self.bounds[i]) : int(self.bounds[i + 1])].decode().split())

    def terms_of(self, rows: range) -> list[frozenset[str] | None]:
        """`terms(i)` for each of `rows`, in one pass over their bounds."""
        if self.bounds is None:
            return [None] * len(rows)
        cuts, words = self.bounds[rows.start : rows.stop + 1].tolist(), self.words
        return [frozenset(words[a:b].decode().split()) for a, b in zip(cuts, cuts[1:])]

    def initials_of(self, rows: range) -> list[frozenset[str] | None]:
        """`initialisms` of each of `rows`' texts, as ingest stored them (None: not stored)."""
        if self.initial_bounds is None:
            return [None] * len(rows)
        cuts, words = self.initial_bounds[rows.start : rows.stop + 1].tolist(), self.initials
        return [frozenset(words[a:b].decode().split()) for a, b in zip(cuts, cuts[1:])]

    def figures_of(self, rows: range) -> list[bytes | None]:
        """The stored `figure_bytes` of each of `rows`' texts (None: not stored)."""
        return _cut(self.figures, self.figure_bounds, rows)

    def refs_of(self, rows: range) -> list[bytes | None]:
        """The stored `antecedents.refs` of each of `rows` (None: not stored)."""
        return _cut(self.refs, self.ref_bounds, rows)

    def figures_hold(self, token: bytes, start: int = 0, end: int | None = None) -> bool | None:
        """Whether the stored figures of the sentences that overlap text[start:end] hold `token` in their bytes
        (a necessary test: `b'"stor"'` is there when one of them counts stores); None: no figures stored."""
        if self.figure_bounds is None:
            return None
        starts, ends = self.offsets  # bisected as lists: a numpy search per chunk cost more than the test
        first, last = bisect_right(ends, start), len(starts) if end is None else bisect_left(starts, end)
        if first >= last:
            return False
        return token in self.figures[int(self.figure_bounds[first]) : int(self.figure_bounds[last])]

    @cached_property
    def all_terms(self) -> frozenset[str] | None:
        """The whole document's search terms (every sentence's `terms` together) in one pass over the stored
        bytes; None when they were not stored. Asked per candidate article on each question (`answer.named`)."""
        if self.bounds is None:
            return None
        cuts, words = self.bounds.tolist(), self.words
        return frozenset(b" ".join(words[a:b] for a, b in zip(cuts, cuts[1:])).decode().split())

    def holds(self, term: str) -> bool | None:
        """Whether `term` is one of the document's stored search terms (`all_terms` holds it), found in the
        stored bytes instead of splitting them all: a question tests a few name words per candidate article
        (`answer.named`), and a set of the whole article's terms cost 0.3 ms per article; None when no terms
        were stored. A match counts only as a whole term: between spaces or sentence bounds."""
        if self.bounds is None:
            return None
        if "all_terms" in self.__dict__:  # already split: a set lookup
            return term in self.all_terms
        key, words, cuts = term.encode(), self.words, self._cuts
        at = words.find(key) if key else -1
        while at >= 0:
            end = at + len(key)
            if (at in cuts or words[at - 1] == 32) and (end in cuts or words[end] == 32):
                return True
            at = words.find(key, at + 1)
        return False

    @cached_property
    def _cuts(self) -> frozenset[int]:
        """Offsets in `words` where a sentence's terms start or end (no space there)."""
        return frozenset(self.bounds.tolist()) if self.bounds is not None else frozenset()

    def to_bytes(self) -> bytes:
        """HEAD int64s, starts, ends (int64), vectors (float32), then for the terms, the initialisms and
        the figures each: n + 1 int64 bounds and the bytes they cut. Read back with no parsing (an .npz
        costed milliseconds per document to open, on every question)."""
        n, dim = self.vectors.shape
        zeros, signals = np.zeros(n + 1, dtype=np.int64), self.initial_bounds is not None and self.figure_bounds is not None
        head = np.array([MAGIC, n, dim, TERMS_VERSION if self.bounds is not None else -1, len(self.words),
                         SIGNALS_VERSION if signals else -1, len(self.initials), len(self.figures),
                         ANTECEDENTS_VERSION if self.ref_bounds is not None else -1, len(self.refs)], dtype=np.int64)
        columns = ((self.bounds, self.words), (self.initial_bounds, self.initials), (self.figure_bounds, self.figures),
                   (self.ref_bounds, self.refs))
        return b"".join([*(a.tobytes() for a in (head, self.starts.astype(np.int64), self.ends.astype(np.int64),
                                                 self.vectors.astype(np.float32))),
                         *(part for cuts, data in columns for part in (_int64(cuts, zeros), data))])

    @classmethod
    def read(cls, path: str | os.PathLike) -> Sentences:
        """The sentences file at `path`, reading only its spans and terms now and the vectors of the
        rows asked for later (`StoredRows`, which keeps the file open): a question needs a few
        sentences of each document it quotes, and reading whole files cost more than the rest of
        retrieval at 1k chunks. The head and the spans come in one read (of FIRST bytes) when they fit."""
        fd = os.open(path, os.O_RDONLY)
        kept = False
        try:
            size = os.fstat(fd).st_size
            first = os.pread(fd, FIRST, 0)
            layout = _layout(first)
            if layout is None:  # version 1, or not a sentences file: the whole-file parser decides
                return cls.from_bytes(first if size <= len(first) else os.pread(fd, size, 0))
            at, n, dim, version, words, signals = layout[:6]
            bounds_at = at + 16 * n + 4 * n * dim
            if size != bounds_at + _tail_size(layout) or min(n, dim, *_byte_counts(layout)) < 0:
                raise ValueError("not a byline sentences file")
            raw = first if at + 16 * n <= len(first) else os.pread(fd, at + 16 * n, 0)
            spans = np.frombuffer(raw, dtype=np.int64, count=2 * n, offset=at)
            vectors = StoredRows.of(fd, at + 16 * n, n, dim)
            kept = isinstance(vectors, StoredRows)  # it closes the file when it goes
            tail = os.pread(fd, size - bounds_at, bounds_at) if version == TERMS_VERSION else b""  # terms, signals
            return cls._with_tail(spans[:n], spans[n:], vectors, tail, layout)
        finally:
            if not kept:
                os.close(fd)

    @classmethod
    def from_bytes(cls, data: bytes) -> Sentences:
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
            return cls(starts, ends, vectors)
        return cls._with_tail(starts, ends, vectors, data[bounds_at:], layout)

    @classmethod
    def _with_tail(cls, starts: np.ndarray, ends: np.ndarray, vectors, tail: bytes, layout: tuple[int, ...]
                   ) -> Sentences:
        """With what the tail (term bounds on) stores: the terms the current tokeniser made (no tail:
        none), the signals of the current SIGNALS_VERSION and the refs of the current ANTECEDENTS_VERSION
        (each column: n + 1 bounds, then the bytes they cut)."""
        (_, n, _, version, words, signals, initials, figures, refs_version, _), size = layout, 8 * (layout[1] + 1)
        if version != TERMS_VERSION:
            return cls(starts, ends, vectors)
        cut = size + words, 2 * size + words + initials, 3 * size + words + initials + figures  # each column's bounds
        signed, refs_kept, bounds = signals == SIGNALS_VERSION, refs_version == ANTECEDENTS_VERSION, _bounds(tail, n, 0)
        ib, fb = (_bounds(tail, n, cut[0]), _bounds(tail, n, cut[1])) if signed else (None, None)
        rb = _bounds(tail, n, cut[2]) if refs_kept else None
        return cls(starts, ends, vectors, tail[size:cut[0]], bounds, tail[cut[0] + size:cut[1]] if signed else b"", ib,
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


def _packed(parts: list[bytes]) -> tuple[bytes, np.ndarray]:
    """Each sentence's bytes, one after another, and the n + 1 bounds that cut them."""
    return b"".join(parts), np.cumsum([0] + [len(p) for p in parts], dtype=np.int64)


def _bounds(tail: bytes, n: int, at: int) -> np.ndarray:
    return np.frombuffer(tail, dtype=np.int64, count=n + 1, offset=at)


def _cut(data: bytes, bounds: np.ndarray | None, rows: range) -> list[bytes | None]:
    """Each of `rows`' bytes in a column (None: the column is not stored)."""
    if bounds is None:
        return [None] * len(rows)
    cuts = bounds[rows.start : rows.stop + 1].tolist()
    return [data[a:b] for a, b in zip(cuts, cuts[1:])]


def _int64(cuts: np.ndarray | None, zeros: np.ndarray) -> bytes:
    return (cuts if cuts is not None else zeros).astype(np.int64).tobytes()


def doc_sentences(chunks) -> list[Span]:
    """The document's sentences, from its chunks (which are made of whole sentences and overlap)."""
    return sorted({s for c in chunks for s in c.sentences}, key=lambda s: s.start)
