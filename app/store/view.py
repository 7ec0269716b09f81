"""A read view of an index as last committed: what asks read while a write is under way.

The Assistant publishes a View when a write starts (the committed state it starts from) and when
it ends; questions, `sources`, `document` and `verify` read the current View and never wait for
the writer. A View holds a copy of the manifest entries, the lexical index built for them and the
set of their chunk ids: chunks a running write has added to Chroma (not yet in a published View)
are filtered out of every dense lookup, so an answer never cites a half-written document. What a
running write deletes (a replaced or removed document) may already be missing: an answer then
leaves it out, and reading its text says it was just removed, never a stale or mixed version.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from app.errors import IndexMissingError, QueryError
from app.store.chroma import StoredChunk
from app.store.lexical import LexicalIndex
from app.store.local import Store
from app.store.sentences import Sentences

CACHE = 512  # documents whose texts and sentences a view keeps in memory
AHEAD = 16  # documents whose sentences `read_ahead` reads per search (its first ones: at 1k bench chunks nearly every
# document an answer reads is among the first 16 of its BM25 search's)


class View:
    """Read-only, store-like access to one committed state (what app.answer reads)."""

    def __init__(self, store: Store, lexical: LexicalIndex) -> None:
        self.store = store
        self.manifest = replace(store.manifest, documents={d: dict(rec) for d, rec in store.manifest.documents.items()})
        self.lexical = lexical
        self.generation = store.generation
        self._chunks = frozenset(cid for rec in self.manifest.documents.values() for cid in rec["chunk_ids"])
        self._fingerprint = store.fingerprint()
        self._texts: dict[str, str] = {}
        self._sentences: dict[str, Sentences | None] = {}
        self._ahead: dict[str, Sentences | None] = {}  # read by the BM25 worker (`read_ahead`), taken by `sentences`

    def fingerprint(self) -> str:
        return self._fingerprint

    def count(self) -> int:
        return len(self._chunks)

    def query(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        """Nearest committed chunks as (id, similarity), best first (a write's new chunks left out)."""
        return [(cid, sim) for cid, sim in self.store.query(vector, n, where) if cid in self._chunks]

    def get(self, ids: Sequence[str], with_vectors: bool = False) -> dict[str, tuple[StoredChunk, np.ndarray | None]]:
        return self.store.get([cid for cid in ids if cid in self._chunks], with_vectors)

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        return self.store.vectors([cid for cid in ids if cid in self._chunks])

    def sentences(self, doc_id: str) -> Sentences | None:
        """The document's stored sentences (None: not stored, or removed by the running write)."""
        if doc_id not in self._sentences:
            _bounded(self._sentences)
            found = self._ahead.pop(doc_id, self) if doc_id in self.manifest.documents else None
            self._sentences[doc_id] = self.store._load_sentences(doc_id) if found is self else found
        return self._sentences[doc_id]

    def read_ahead(self, doc_ids: Sequence[str], stop: Callable[[], bool] = lambda: False) -> None:
        """Read the sentences of the first AHEAD of these documents not in memory, on the BM25 worker while the
        question embeds (`retrieve.start`), for `sentences` and `load_sentences` to take; only this thread writes
        `_ahead`, only the question's writes `_sentences` (one `Sentences` per document read); none for a server
        store, whose reads are requests; none once `stop()` (the question's thread has its vector and wants the GIL)."""
        if not self.store.local_files:
            return
        for doc_id in [d for d in dict.fromkeys(doc_ids) if d in self.manifest.documents][:AHEAD]:
            if stop():  # the question's thread is past its embed: a read here would keep the GIL from it
                return
            if doc_id not in self._sentences and doc_id not in self._ahead:
                _drop_oldest(self._ahead, 4 * AHEAD)  # those earlier questions read and never took
                self._ahead[doc_id] = self.store._load_sentences(doc_id)

    def forget(self) -> None:
        """Drop the sentences read (the bench times each question as if never asked)."""
        self._sentences.clear()
        self._ahead.clear()

    def load_sentences(self, doc_ids: Sequence[str], spans: Sequence[tuple[str, int, int]] = ()) -> None:
        """Read the committed documents' sentences not in memory yet, in one go (one request to a
        server, with the vectors of those inside the (doc_id, start, end) `spans`; a second one
        reads the spans' vectors of documents read before)."""
        missing = [d for d in dict.fromkeys(doc_ids) if d not in self._sentences]
        found = {d: got for d in missing if (got := self._ahead.pop(d, self)) is not self}
        found.update(self.store._load_many([d for d in missing if d in self.manifest.documents and d not in found],
                                           spans))
        for doc_id in missing:
            _bounded(self._sentences)
            self._sentences[doc_id] = found.get(doc_id)
        self.store._read_rows([(got, a, b) for d, a, b in spans if (got := self._sentences.get(d)) is not None])

    def load_texts(self, doc_ids: Sequence[str]) -> None:
        """Read the committed texts not in memory yet (a server store asks for them in one request);
        one the running write just removed is left to `text` to report."""
        try:
            self.store.load_texts([d for d in dict.fromkeys(doc_ids) if d in self.manifest.documents
                                   and d not in self._texts])
        except IndexMissingError:
            pass

    def text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            if doc_id not in self.manifest.documents:
                raise QueryError(f"no document {doc_id!r} in the index")
            try:
                text = _read_text(self.store, doc_id)
            except IndexMissingError:
                if doc_id in self.store.manifest.documents:
                    raise
                raise QueryError(f"document {doc_id!r} was just removed from the index") from None
            _bounded(self._texts)
            self._texts[doc_id] = text
        return self._texts[doc_id]


def _read_text(store: Store, doc_id: str) -> str:
    """The store's text; its cache may be changed by the writer thread meanwhile (read once more)."""
    try:
        return store.text(doc_id)
    except KeyError:
        return store.text(doc_id)


def _bounded(cache: dict) -> None:
    while len(cache) >= CACHE:
        cache.pop(next(iter(cache)), None)


def _drop_oldest(ahead: dict, keep: int) -> None:
    """Drop the first entries of `ahead` until fewer than `keep` are left; the question's thread may take one
    meanwhile (then the next goes)."""
    while len(ahead) >= keep:
        try:
            ahead.pop(next(iter(ahead)), None)
        except (StopIteration, RuntimeError):  # emptied, or changed while it was looked at
            continue
