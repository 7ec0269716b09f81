"""The lexical side of retrieval: a bm25s index over the stored chunks, persisted beside Chroma."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from app.store import atomic_write
from app.terms import terms

log = logging.getLogger(__name__)


def fingerprint(ids: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()[:16]


class LexicalIndex:
    """BM25 over chunk texts; `search` can be restricted to chunks passing a filter."""

    def __init__(self, ids: list[str], facets: list[dict[str, str | None]], bm25) -> None:
        self.ids = ids
        self.facets = facets  # per chunk: outlet, stance (for filtering without a store round trip)
        self._bm25 = bm25
        self.fingerprint = fingerprint(ids)

    @classmethod
    def build(cls, ids: list[str], texts: list[str], facets: list[dict[str, str | None]]) -> LexicalIndex:
        import bm25s

        bm25 = None
        if ids:
            bm25 = bm25s.BM25()
            bm25.index([terms(t) or ["\x00"] for t in texts], show_progress=False)
        return cls(list(ids), list(facets), bm25)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self._bm25 is not None:
            self._bm25.save(str(folder / "bm25"))
        atomic_write(folder / "ids.json", json.dumps({"ids": self.ids, "facets": self.facets}))

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex | None:
        import bm25s

        try:
            data = json.loads((folder / "ids.json").read_text(encoding="utf-8"))
            bm25 = bm25s.BM25.load(str(folder / "bm25")) if data["ids"] else None
            return cls(list(data["ids"]), list(data["facets"]), bm25)
        except Exception as exc:  # a cache: whatever a crash or a disk left there, rebuild it
            log.info("lexical index at %s not usable (%s); it will be rebuilt", folder, exc)
            return None

    def search(self, query: str, n: int, allowed: dict[str, set[str]] | None = None) -> list[tuple[str, float]]:
        """Best chunks for `query` as (id, bm25 score), only those with a positive score."""
        tokens = terms(query)
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
