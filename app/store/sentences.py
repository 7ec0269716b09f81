"""A document's sentences as the index keeps them: spans, unit vectors, search terms, the
initialisms they spell out ("American Civil Liberties Union": aclu), their figures, where their first words
point back to (`app.text.antecedents`), their words as the act test reads them (`app.text.word_runs`) and the words
by which they may name a role (`app.text.role_words`), made once at ingest.

Quote choice and claim grouping read these instead of splitting passages, tokenising their sentences
and embedding quotes for every question: at ask time the only model call is the question's embedding.
One small binary file per document (`app.store.sentence_file`; beside `docs/<doc_id>.txt`, or in the document's
record on a Chroma server): a changed document replaces only its own sentences."""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy as np

from app.attribution.figure_codec import figure_bytes, units_from
from app.support.once import once
from app.store import sentence_file
from app.store.rows import LazyRows
from app.text.acronyms import initialisms
from app.text.antecedents import refs
from app.text.marks import mark
from app.text.role_words import role_words
from app.text.sentences import Span
from app.text.terms import terms
from app.text.word_runs import Runs, runs_bytes, runs_from


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
    runs: bytes = b""  # every sentence's `word_runs.runs_bytes` (WORDS_VERSION), the same way
    run_bounds: np.ndarray | None = None
    marks: np.ndarray | None = None  # (n,) uint8: each sentence's `app.text.marks.mark` (MARKS_VERSION); None: none
    roles: bytes = b""  # every sentence's `role_words` (ROLES_VERSION), space-separated, as the terms are
    role_bounds: np.ndarray | None = None

    @classmethod
    def of(cls, spans: list[Span], vectors: np.ndarray, text: str | None = None) -> Sentences:
        """Spans and vectors; given the document's text, each sentence's terms and signals too."""
        if len(spans) != len(vectors):
            raise ValueError(f"{len(spans)} sentences but {len(vectors)} vectors")
        stored = _columns([text[s.start : s.end] for s in spans]) if text is not None else ()
        return cls(np.array([s.start for s in spans], dtype=np.int64), np.array([s.end for s in spans], dtype=np.int64),
                   np.asarray(vectors, dtype=np.float32).reshape(len(spans), -1), *stored)

    @property
    def whole(self) -> bool:
        """Whether every column ingest stores is here: a file written by another terms, signals, antecedents,
        word-runs, marks or roles version is read without the columns of that version (`sentence_file`)."""
        return all(c is not None for c in (self.bounds, self.initial_bounds, self.figure_bounds, self.ref_bounds,
                                           self.run_bounds, self.marks, self.role_bounds))

    def completed(self, text: str) -> Sentences:
        """These sentences with every column worked out from the document's `text` as ingest works it out (`of`),
        when one is missing: an index ingested by another version then answers as a fresh one does (the ask path's
        readers of a missing column do less, not the same); itself when whole."""
        if self.whole:
            return self
        starts, ends = self.offsets
        return Sentences(self.starts, self.ends, self.vectors, *_columns([text[a:b] for a, b in zip(starts, ends)]))

    def __len__(self) -> int:
        return len(self.starts)

    @once
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
        return [frozenset(words[a:b].decode().split()) if a < b else frozenset() for a, b in zip(cuts, cuts[1:])]

    def figures_of(self, rows: range) -> list[bytes | None]:
        """The stored `figure_bytes` of each of `rows`' texts (None: not stored)."""
        return _cut(self.figures, self.figure_bounds, rows)

    def refs_of(self, rows: range) -> list[bytes | None]:
        """The stored `antecedents.refs` of each of `rows` (None: not stored)."""
        return _cut(self.refs, self.ref_bounds, rows)

    def role_rows(self, role: frozenset[str]) -> np.ndarray | None:
        """The rows (ascending) whose stored `role_words` hold a word of `role` (only they may name its holder)."""
        if self.role_bounds is None:
            return None
        cuts, data = self.role_bounds.tolist(), self.roles
        return np.array([i for i, (a, b) in enumerate(zip(cuts, cuts[1:])) if a < b
                         and not role.isdisjoint(data[a:b].decode().split(" "))], dtype=np.int64)

    def spans_hold(self, rows: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> list[bool]:
        """For each span [starts[i], ends[i]), whether a sentence sharing a character with it is one of `rows`."""
        first = np.searchsorted(self.ends, starts, "right")
        last = np.maximum(first, np.searchsorted(self.starts, ends, "left"))
        return (np.searchsorted(rows, first, "left") < np.searchsorted(rows, last, "left")).tolist()

    def word_runs(self, start: int, end: int, text: str) -> Runs | None:
        """`word_runs.word_runs(text)`, `text` the document's [start, end), as ingest stored it: the runs of its
        sentences one after another, when it is whole sentences with whitespace between them; None: not stored,
        or the span starts or ends inside a sentence, or something else lies between two of them."""
        rows = self.rows(start, end)
        starts, ends = self.offsets
        if self.run_bounds is None or not rows or starts[rows.start] != start or ends[rows.stop - 1] != end \
                or not all(text[ends[i] - start : starts[i + 1] - start].isspace() for i in rows[:-1]):
            return None
        return runs_from(_cut(self.runs, self.run_bounds, rows))

    def sentence_runs(self) -> list[Runs] | None:
        """Every sentence's `word_runs` as ingest stored them, in order; None: not stored."""
        if self.run_bounds is None:
            return None
        return [runs_from([data]) for data in _cut(self.runs, self.run_bounds, range(len(self)))]

    def figures_hold(self, token: bytes, start: int = 0, end: int | None = None) -> bool | None:
        """Whether the stored figures of the sentences that overlap text[start:end] hold `token` in their bytes
        (a necessary test: `b'"stor"'` is there when one of them counts stores); None: no figures stored."""
        if self.figure_bounds is None:
            return None
        rows = self._overlap(start, end)
        if not rows:
            return False
        return token in self.figures[int(self.figure_bounds[rows.start]) : int(self.figure_bounds[rows.stop])]

    def figures_hold_spans(self, token: bytes, starts: np.ndarray, ends: np.ndarray) -> list[bool] | None:
        """`figures_hold(token, start, end)` for each of the spans at once (a look reads an article's 50 chunks: 85 us
        span by span, 10 at once): the token's places in the stored bytes found once, each span's rows bisected
        together; None: no figures stored."""
        if self.figure_bounds is None:
            return None
        first = np.searchsorted(self.ends, starts, "right")  # `_overlap` of every span
        last = np.maximum(first, np.searchsorted(self.starts, ends, "left"))
        if not token:
            return (last > first).tolist()
        places, at = [], self.figures.find(token)
        while at >= 0:
            places.append(at)
            at = self.figures.find(token, at + 1)
        found = np.array([*places, np.iinfo(np.int64).max - len(token)], dtype=np.int64)  # a sentinel past the end
        lo, hi = self.figure_bounds[first], self.figure_bounds[last]
        return ((last > first) & (found[np.searchsorted(found, lo, "left")] + len(token) <= hi)).tolist()

    def figure_units(self, start: int = 0, end: int | None = None) -> frozenset[str] | None:
        """The units of the stored figures of the sentences that overlap text[start:end] (what `units.figure_units`
        gives for each of their texts, together); None: no figures stored."""
        if self.figure_bounds is None:
            return None
        return frozenset().union(*map(units_from, _cut(self.figures, self.figure_bounds, self._overlap(start, end))))

    def _overlap(self, start: int, end: int | None) -> range:
        """Positions of the sentences that share a character with text[start:end] (end None: to the text's end)."""
        starts, ends = self.offsets  # bisected as lists: a numpy search per chunk cost more than the test
        first = bisect_right(ends, start)
        return range(first, max(first, len(starts) if end is None else bisect_left(starts, end)))

    @once
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

    def holds_run(self, run: re.Pattern[bytes]) -> bool | None:
        """Whether `run` (a pattern over space-separated terms: b"margaret (?:\\S+ )?hunter") matches whole terms of
        one sentence's stored terms; None when no terms were stored."""
        if self.bounds is None:
            return None
        words, cuts, at = self.words, self._cuts, 0
        while (m := run.search(words, at)) is not None:
            a, b = m.span()
            if (a in cuts or words[a - 1] == 32) and (b in cuts or words[b] == 32) \
                    and not any(a < c < b for c in cuts):  # within one sentence
                return True
            at = a + 1
        return False

    @once
    def _cuts(self) -> frozenset[int]:
        """Offsets in `words` where a sentence's terms start or end (no space there)."""
        return frozenset(self.bounds.tolist()) if self.bounds is not None else frozenset()

    def to_bytes(self) -> bytes:
        """The sentences file of these sentences (`sentence_file`)."""
        return sentence_file.to_bytes(self.starts, self.ends, self.vectors, (
            (self.bounds, self.words), (self.initial_bounds, self.initials), (self.figure_bounds, self.figures),
            (self.ref_bounds, self.refs), (self.run_bounds, self.runs)), self.marks, (self.role_bounds, self.roles))

    @classmethod
    def read(cls, path: str | os.PathLike) -> Sentences:
        """The sentences file at `path`: spans and terms now, the vectors of the rows asked for later
        (`sentence_file.read`)."""
        return cls(*sentence_file.read(path))

    @classmethod
    def from_bytes(cls, data: bytes) -> Sentences:
        """The stored sentences; their terms only when the current tokeniser made them (TERMS_VERSION)."""
        return cls(*sentence_file.from_bytes(data))


def _columns(texts: list[str]) -> tuple:
    """What ingest stores for the sentences `texts`, in `Sentences`' field order from `words` to `role_bounds`."""
    found = [figure_bytes(t) for t in texts]
    return (*_packed([" ".join(terms(t)).encode() for t in texts]),
            *_packed([" ".join(sorted(initialisms(t))).encode() for t in texts]),
            *_packed(found), *_packed(refs(texts)), *_packed([runs_bytes(t) for t in texts]),
            np.array([mark(t, bool(f)) for t, f in zip(texts, found)], dtype=np.uint8),
            *_packed([" ".join(sorted(role_words(t))).encode() for t in texts]))


def _packed(parts: list[bytes]) -> tuple[bytes, np.ndarray]:
    """Each sentence's bytes, one after another, and the n + 1 bounds that cut them."""
    return b"".join(parts), np.cumsum([0] + [len(p) for p in parts], dtype=np.int64)


def _cut(data: bytes, bounds: np.ndarray | None, rows: range) -> list[bytes | None]:
    """Each of `rows`' bytes in a column (None: the column is not stored)."""
    if bounds is None:
        return [None] * len(rows)
    cuts = bounds[rows.start : rows.stop + 1].tolist()
    return [data[a:b] for a, b in zip(cuts, cuts[1:])]


def doc_sentences(chunks) -> list[Span]:
    """The document's sentences, from its chunks (which are made of whole sentences and overlap)."""
    return sorted({s for c in chunks for s in c.sentences}, key=lambda s: s.start)
