"""The lexical side of retrieval: a bm25s index over the stored chunks, persisted beside Chroma."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from itertools import repeat
from pathlib import Path

import numpy as np

from app.support.files import atomic_write
from app.store.ann import Ann
from app.store.bm25 import SavedBm25, bm25s_module
from app.store.manifest import fingerprint
from app.store.chroma import StoredChunk
from app.store.cues import Cues
from app.store.facets import FacetMasks
from app.store.search_ahead import SearchAhead, search_key
from app.store.table import EXACT_MAX, SMALL_MAX, ChunkTable, VectorFile
from app.text.background import prior_idf
from app.text.aliases import ALIASES_VERSION, Aliases
from app.text.spellings import Spellings
from app.store.corpus_words import corpus_words
from app.text.terms import TERMS_VERSION, terms

log = logging.getLogger(__name__)
COVER_ALL = 200_000  # chunks up to which the BM25 worker covers every chunk's terms (`_search_and_cover`)
__all__ = ["LexicalIndex", "fingerprint"]
_TOKENS = {"terms": TERMS_VERSION, "aliases": ALIASES_VERSION}  # what made the tokens: another's index is rebuilt


class LexicalIndex:
    """BM25 over chunk texts; `search` can be restricted to chunks passing a filter."""

    def __init__(self, ids: list[str], facets: list[dict[str, str | None]], bm25, df: dict[str, int],
                 table: ChunkTable | None = None, built_for: str | None = None, cues: Cues | None = None) -> None:
        self.ids, self._bm25 = ids, bm25
        self.facets = facets  # per chunk: outlet, stance (for filtering without a store round trip)
        self.df = df  # document frequency of each term, for idf-weighted coverage
        self.table = table  # per chunk: document, span, chains, vector (app/store/table.py)
        self.cues = cues  # which chunks and documents hold a rebuttal cue (None: not found for this index)
        self.fingerprint = built_for or fingerprint(ids)  # the store's fingerprint this index was built for
        self._idf: dict[str, float] = {}  # and below: the last terms' idf sum (`coverage`)
        self._total: tuple[set[str] | frozenset[str], dict[str, float], float] | None = None
        self._built = None  # the bm25s object, when this index was built in this process
        self._rows: dict[str, int] | None = None  # chunk id -> row, made on first use
        self._last: tuple[tuple, list[tuple[str, float]]] | None = None  # the last search and its result
        self._facets = FacetMasks(facets)
        self._ahead = SearchAhead(self._search_and_cover)  # searches started on a worker thread (`prefetch`)
        self._covered: tuple[frozenset[str], np.ndarray | dict[int, float] | None] | None = None  # the worker's
        self.spellings: Spellings | None = None  # the corpus's spellings of words a question may write otherwise
        self.aliases: Aliases | None = None  # the corpus's acronyms and the names it spells them as
        self.ann: Ann | None = None  # past EXACT_MAX: unfiltered dense queries (app/store/ann.py), else Chroma's
        self.words = None  # the corpus's word vectors, read on first use (app/store/word_table.py `WordFile`)

    def idf(self, term: str) -> float:
        value = self._idf.get(term)
        if value is None:  # memoised: coverage asks for the question's terms once per candidate
            value = self._idf[term] = prior_idf(term, self.df.get(term, 0), max(len(self.ids), 1))
        return value

    def rows(self, ids: Sequence[str]) -> list[int]:
        """Each chunk's row in the index, -1 for one it lacks (a dict lookup each: hundreds a question)."""
        if self._rows is None:
            self._rows = {c: row for row, c in enumerate(self.ids)}
        return list(map(self._rows.get, ids, repeat(-1)))

    def may_rebut(self, ids: Sequence[str]) -> list[bool]:
        """Per chunk, False only when its text is known to hold no rebuttal cue (`cues`)."""
        cues = self.cues
        return [True] * len(ids) if cues is None else [cues.chunk_may_rebut(r) for r in self.rows(ids)]

    def outlets(self, ids: list[str]) -> dict[str, str]:
        """Outlet of each chunk the index holds."""
        outlets = self._facets.outlets()  # read by row: no call a candidate (60-70 a search)
        return {cid: outlets[r] for cid, r in zip(ids, self.rows(ids)) if r >= 0}

    @property
    def exact(self) -> bool:
        """Whether `nearest` searches this index exactly (a chunk table of at most EXACT_MAX rows)."""
        return self.table is not None and len(self.table) <= EXACT_MAX

    @property
    def small(self) -> bool:  # searched exactly, and small enough for a second look at the question
        return self.exact and len(self.ids) <= SMALL_MAX

    def nearest(self, qvec: np.ndarray, n: int, allowed: dict[str, set[str]] | None = None
                ) -> list[tuple[str, float]] | None:
        """The n chunks nearest the question by exact search over the chunk table, restricted to the
        allowed facets; None when the index is too big for that (ask the store) or has no table."""
        if not self.exact:  # unfiltered, a saved nearest-neighbour index answers it; else the store
            return None if allowed or self.ann is None else [(self.ids[r], s) for r, s in self.ann.search(qvec, n)]
        mask = self._facets.mask(allowed) if allowed else None
        return [(self.ids[row], sim) for row, sim in self.table.nearest(qvec, n, mask)]

    def similarities(self, ids: list[str], qvec: np.ndarray) -> dict[str, float]:
        """Cosine similarity of the question to each chunk the table holds."""
        rows = [(cid, r) for cid, r in zip(ids, self.rows(ids)) if r >= 0] if self.table is not None else []
        sims = self.table.similarity(np.array([r for _, r in rows], dtype=np.int64), qvec) if rows else []
        return {cid: s for (cid, _), s in zip(rows, sims.tolist() if rows else [])}  # Python floats: float(s) each

    def documents(self, ids: list[str]) -> list[str]:
        """The documents of the chunks the table holds."""
        return [t.docs[int(t.doc[r])] for r in self.rows(ids) if r >= 0] if (t := self.table) is not None else []

    def chunks(self, ids: list[str], text_of, meta_of) -> dict[str, StoredChunk]:
        """The chunks the table holds, as the store would return them (app/store/table.py)."""
        if self.table is None:
            return {}
        return {cid: self.table.chunk(r, cid, text_of, meta_of) for cid, r in zip(ids, self.rows(ids)) if r >= 0}

    def coverages(self, question_terms: set[str], ids: list[str], texts: list[str] | None = None) -> list[float]:
        """`coverage` of each chunk, read from the BM25 postings (which chunks hold each term, the same
        `terms` tokens) instead of tokenising the texts again; one the index lacks, from `texts` (or 0)."""
        covered = self._covered  # the worker's, for the same terms: every chunk's, or (a large index) by row
        untexted, texts = texts is None, texts if texts is not None else [""] * len(ids)
        if self._bm25 is None or not question_terms:
            return [self.coverage(question_terms, t) for t in texts]
        if covered is not None and covered[1] is not None and untexted and covered[0] == question_terms:
            rows = self.rows(ids)
            if isinstance(known := covered[1], dict):  # the BM25 candidates': the others' here, each on its own
                more = iter(self._coverages(question_terms, [c for c, r in zip(ids, rows) if r not in known], texts))
                return [known[r] if r in known else next(more) for r in rows]
            share = known[np.array(rows, dtype=np.int64)].tolist() if rows else []
            return [c if r >= 0 else 0.0 for r, c in zip(rows, share)]
        return self._coverages(question_terms, ids, texts)

    def _coverage_rows(self, question_terms: set[str]) -> np.ndarray | None:
        """`_coverages` of every chunk at once, the same sums in the same order (a term's weight
        added where its postings are); None when the question has no weighted terms."""
        weights = {t: self.idf(t) for t in question_terms}
        total = sum(weights.values())
        if self._bm25 is None or not total:
            return None
        found = np.zeros(len(self.ids))
        for t, w in weights.items():
            found[self._bm25.postings(t)] += w
        return found / total

    def _coverages(self, question_terms: set[str], ids: list[str], texts: list[str]) -> list[float]:
        """Each chunk's coverage on its own (the same float whatever other ids come with it)."""
        rows = np.array(self.rows(ids), dtype=np.int64)
        weights = {t: self.idf(t) for t in question_terms}
        total = sum(weights.values())
        found = np.zeros(len(ids))
        for t, w in weights.items():
            found += w * self._bm25.contains(t, rows)
        return [float(f) / total if r >= 0 else self.coverage(question_terms, text) if total else 0.0
                for f, r, text in zip(found, rows, texts)]

    def coverage(self, question_terms: set[str], text: str | frozenset[str]) -> float:
        """Share of the question's idf weight whose terms occur in `text` (0..1); stored terms: no tokenising."""
        if not question_terms:
            return 0.0
        present = set(terms(text)) if isinstance(text, str) else text
        last = self._total  # the last set's weights and sum (a scorer asks of one set per sentence); one read: threads
        if last is None or last[0] is not question_terms or len(last[1]) != len(question_terms):
            weights = {t: self.idf(t) for t in question_terms}  # the same set object: the same sum, in its order
            last = self._total = (question_terms, weights, sum(weights.values()))
        return sum(map(last[1].__getitem__, question_terms & present)) / last[2] if last[2] else 0.0  # looked up

    @classmethod
    def build(cls, ids: list[str], texts: list[str], facets: list[dict[str, str | None]],
              table: ChunkTable | None = None, built_for: str | None = None) -> LexicalIndex:
        bm25s, built = bm25s_module(), None
        tokenised = [terms(t) or ["\x00"] for t in texts]
        if ids:
            built = bm25s.BM25()
            built.index(tokenised, show_progress=False)
        index = cls(list(ids), list(facets), SavedBm25.of(built) if built else None,
                    dict(Counter(t for toks in tokenised for t in set(toks))), table, built_for)
        index._built = built  # bm25s saves its own files (`save`); searches read them the way SavedBm25 does
        return index

    @classmethod
    def for_store(cls, store, folder: Path, fingerprint: str) -> LexicalIndex:
        """The index saved in `folder` when it was built for the store's fingerprint, else one built
        from the store (texts, facets, vectors: one pass over it) and saved."""
        aliases, spellings = corpus_words(store, folder, fingerprint)  # what else the documents tell, read once
        loaded = cls.load(folder)
        if loaded is None or loaded.fingerprint != fingerprint:
            pairs = list(store.iter_records())
            chunks, texts = [c for c, _ in pairs], [c.text for c, _ in pairs]
            vectors = np.array([v for _, v in pairs], dtype=np.float32).reshape(len(pairs), store.manifest.dim)
            metas = [{"outlet": c.meta.get("outlet"), "stance": c.meta.get("stance")} for c in chunks]
            loaded = cls.build([c.id for c in chunks], texts, metas, ChunkTable.build(chunks, vectors), fingerprint)
            loaded.cues = Cues.find(texts, (c.doc_id for c in chunks), store.text)  # what no question changes
            loaded.save(folder)
        loaded.aliases, loaded.spellings = aliases, spellings
        if loaded.table is not None and len(loaded.table) > EXACT_MAX and getattr(store, "local_files", True):
            loaded.ann = _ann(folder, loaded.table, fingerprint)
        return loaded

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self._built is not None:
            self._built.save(str(folder / "bm25"))
        if self.table is not None:
            self.table.save(folder)
        if self.cues is not None:
            self.cues.save(folder, self.fingerprint)
        atomic_write(folder / "ids.json", json.dumps({"ids": self.ids, "facets": self.facets, "df": self.df,
                                                         **_TOKENS, "fingerprint": self.fingerprint}))

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex | None:
        try:
            data = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
            if {key: data.get(key) for key in _TOKENS} != _TOKENS:
                raise ValueError(f"tokenised by terms / aliases version {data.get('terms')} / {data.get('aliases')}")
            bm25 = SavedBm25.load(folder / "bm25") if data["ids"] else None
            table = ChunkTable.load(folder, len(data["ids"]))
            return cls(list(data["ids"]), list(data["facets"]), bm25, dict(data["df"]), table, data["fingerprint"],
                       Cues.load(folder, data["fingerprint"], len(data["ids"])))
        except Exception as exc:  # a cache: whatever a crash or a disk left there, rebuild it
            log.info("lexical index at %s not usable (%s); it will be rebuilt", folder, exc)
            return None

    def search(self, query: str, n: int, allowed: dict[str, set[str]] | None = None) -> list[tuple[str, float]]:
        """Best chunks for `query` as (id, bm25 score), only those with a positive score. The last search
        is remembered: the Assistant starts it (`prefetch`) while the question embeds; retrieval asks the same."""
        key = search_key(query, n, allowed)
        if (pending := self._ahead.take(key)) is not None:
            self._last = (key, pending.result())
        if self._last is None or self._last[0] != key:
            self._last = (key, self._search(query, n, allowed))
        return self._last[1]

    def awaited(self) -> bool:
        """Whether the question's thread has asked for a search started by the last `prefetch`: it has its vector,
        and what the worker still does ahead of it (`then`) would hold the GIL that thread wants back."""
        return self._ahead.awaited

    def prefetch(self, query: str, n: int, allowed: dict[str, set[str]] | None = None,
                 then: Callable[[list[tuple[str, float]]], None] | None = None,
                 also: Sequence[dict[str, set[str]]] = ()) -> None:
        """Start `search(query, n, allowed)` on a worker thread: the calling thread embeds the
        question meanwhile (onnxruntime releases the GIL while it runs, the search takes it), and the
        search then finds the result. The question's own thread keeps the embedding: the longer of
        the two never waits for a thread to be woken. The worker also computes the found chunks'
        coverage of the query's terms (`coverages` reads them), then calls `then(found)` — which
        `search` does not wait for — and then does the same for the searches restricted to each
        filter of `also` (those a later look at the question may make: the other stance groups')."""
        key = search_key(query, n, allowed)
        if self._last is not None and self._last[0] == key:
            return  # searched already (the same question again)
        self._covered = None
        self._ahead.start(query, n, [allowed, *also], then)

    def _search_and_cover(self, query: str, n: int, allowed: dict[str, set[str]] | None, first: bool = True
                          ) -> list[tuple[str, float]]:
        """The search; `first`: its terms' coverage for `coverages` (every chunk's up to COVER_ALL chunks: 100k chunks'
        postings cost 0.7 ms of the worker's, idle while the question embeds, and the dense candidates' then cost the
        answer none; else the found ones', the others' covered there), found rows read ahead."""
        found = self._search(query, n, allowed)
        if not first:
            return found
        qterms, ids = set(terms(query, query=True)), [cid for cid, _ in found]  # as retrieval builds the terms
        self._covered = (frozenset(qterms), self._coverage_rows(qterms) if len(self.ids) <= COVER_ALL else dict(
            zip(self.rows(ids), self._coverages(qterms, ids, [""] * len(ids)))) if ids else None)
        if ids and self.table is not None:  # those the dense search misses: vectors by row
            self.table.read_ahead(self.rows(ids))
        return found

    def forget(self) -> None:
        """Drop the remembered search and score arrays (the bench times each question as if never asked)."""
        self._ahead.forget()  # first: it waits for the worker
        self._last = self._covered = None
        for part in (self._bm25, self.table):
            if part is not None:
                part.forget()

    def search_within(self, query: str, n: int, ids: Sequence[str]) -> list[tuple[str, float]]:
        """`search` over the chunks `ids` only (one story's passages: a part of a question, `part_search`)."""
        rows = [r for r in set(self.rows(ids)) if r >= 0]
        return self._search(query, n, None, np.bincount(rows, minlength=len(self.ids)).astype(float))

    def _search(self, query: str, n: int, allowed: dict[str, set[str]] | None, mask: np.ndarray | None = None
                ) -> list[tuple[str, float]]:
        tokens = terms(query, query=True)
        if self._bm25 is None or not tokens:
            return []
        mask = self._facets.mask(allowed) if allowed else mask
        if mask is not None and not mask.any():
            return []
        k = min(n, len(self.ids))
        return [(self.ids[row], score) for row, score in self._bm25.top(tokens, k, mask) if score > 0]


def _ann(folder: Path, table: ChunkTable, fingerprint: str) -> Ann | None:
    """The nearest-neighbour index saved for this table, else one built and saved (`Ann.saved_or_built`)."""
    return Ann.saved_or_built(folder, fingerprint, len(table), lambda: table.vectors.all()
                              if isinstance(table.vectors, VectorFile) else table.vectors)

