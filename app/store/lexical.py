"""The lexical side of retrieval: a bm25s index over the stored chunks, persisted beside Chroma."""

from __future__ import annotations

import json
import logging
import math
from collections import Counter
from pathlib import Path

import numpy as np

from app.files import atomic_write
from app.store.manifest import fingerprint
from app.text.terms import terms

log = logging.getLogger(__name__)


def _bm25s():
    """Import bm25s, which sets its own logger to DEBUG on import: keep its chatter out of stderr."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s

__all__ = ["LexicalIndex", "fingerprint"]


class LexicalIndex:
    """BM25 over chunk texts; `search` can be restricted to chunks passing a filter."""

    def __init__(self, ids: list[str], facets: list[dict[str, str | None]], bm25, df: dict[str, int]) -> None:
        self.ids = ids
        self.facets = facets  # per chunk: outlet, stance (for filtering without a store round trip)
        self._bm25 = bm25
        self.df = df  # document frequency of each term, for idf-weighted coverage
        self.fingerprint = fingerprint(ids)
        self._idf: dict[str, float] = {}

    def idf(self, term: str) -> float:
        value = self._idf.get(term)
        if value is None:  # memoised: coverage asks for the question's terms once per candidate
            n, df = max(len(self.ids), 1), self.df.get(term, 0)
            value = self._idf[term] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        return value

    def coverage(self, question_terms: set[str], text: str) -> float:
        """Share of the question's idf weight whose terms occur in `text` (0..1)."""
        if not question_terms:
            return 0.0
        present = set(terms(text))
        total = sum(self.idf(t) for t in question_terms)
        return sum(self.idf(t) for t in question_terms & present) / total if total else 0.0

    @classmethod
    def build(cls, ids: list[str], texts: list[str], facets: list[dict[str, str | None]]) -> LexicalIndex:
        bm25s = _bm25s()

        bm25 = None
        tokenised = [terms(t) or ["\x00"] for t in texts]
        if ids:
            bm25 = bm25s.BM25()
            bm25.index(tokenised, show_progress=False)
        return cls(list(ids), list(facets), bm25, dict(Counter(t for toks in tokenised for t in set(toks))))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self._bm25 is not None:
            self._bm25.save(str(folder / "bm25"))
        atomic_write(folder / "ids.json", json.dumps({"ids": self.ids, "facets": self.facets, "df": self.df}))

    @classmethod
    def for_store(cls, store, folder: Path) -> LexicalIndex:
        """The index saved in `folder` when it matches the store's fingerprint, else one built from
        the store's chunks (and saved there)."""
        loaded = cls.load(folder)
        if loaded is None or loaded.fingerprint != store.fingerprint():
            chunks = list(store.iter_chunks())
            loaded = cls.build([c.id for c in chunks], [c.text for c in chunks],
                               [{"outlet": c.meta.get("outlet"), "stance": c.meta.get("stance")} for c in chunks])
            loaded.save(folder)
        return loaded

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex | None:
        bm25s = _bm25s()

        try:
            data = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
            bm25 = bm25s.BM25.load(str(folder / "bm25")) if data["ids"] else None
            return cls(list(data["ids"]), list(data["facets"]), bm25, dict(data["df"]))
        except Exception as exc:  # a cache: whatever a crash or a disk left there, rebuild it
            log.info("lexical index at %s not usable (%s); it will be rebuilt", folder, exc)
            return None

    def search(self, query: str, n: int, allowed: dict[str, set[str]] | None = None) -> list[tuple[str, float]]:
        """Best chunks for `query` as (id, bm25 score), only those with a positive score."""
        tokens = terms(query, query=True)
        if self._bm25 is None or not tokens:
            return []
        mask = None
        if allowed:
            mask = np.array(
                [all(f.get(key) in values for key, values in allowed.items()) for f in self.facets], dtype=np.float32
            )
            if not mask.any():
                return []
        k = min(n, len(self.ids))
        docs, scores = self._bm25.retrieve([tokens], k=k, show_progress=False, weight_mask=mask)
        return [(self.ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]
