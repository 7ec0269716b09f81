"""Per-chunk facets (outlet, stance) as the ask path filters by them: a mask per filter, an outlet per row."""

from __future__ import annotations

import numpy as np


class FacetMasks:
    """Row i of the lexical index has `facets[i]` (the facets never change for one index)."""

    def __init__(self, facets: list[dict[str, str | None]]) -> None:
        self.facets = facets
        self._columns: dict[str, tuple[np.ndarray, dict]] = {}  # facet -> (code per chunk, value -> code)
        self._masks: dict[str, np.ndarray] = {}  # filter -> its mask
        self._outlets: list[str] | None = None  # each row's outlet ("" for none), made on first use

    def outlets(self) -> list[str]:
        """Each row's outlet ("" for none): a list a question's candidates are looked up in, made on first use."""
        if self._outlets is None:
            self._outlets = [f.get("outlet") or "" for f in self.facets]
        return self._outlets

    def mask(self, allowed: dict[str, set[str]]) -> np.ndarray:
        """1.0 for the chunks whose facets are all allowed, else 0.0 — array operations over a
        per-facet column of codes made once, not a Python loop over every chunk per question; each
        filter's mask is kept (a question's dense and BM25 searches, the next question's, share it)."""
        key = repr(sorted((k, sorted(v)) for k, v in allowed.items()))
        if key not in self._masks:
            if len(self._masks) >= 64:  # a bound for a server asked many distinct filters
                self._masks.clear()
            self._masks[key] = self._new_mask(allowed)
        return self._masks[key]

    def _new_mask(self, allowed: dict[str, set[str]]) -> np.ndarray:
        mask = np.ones(len(self.facets), dtype=bool)
        for key, values in allowed.items():
            if key not in self._columns:
                names = [f.get(key) for f in self.facets]
                vocab = {v: i for i, v in enumerate(dict.fromkeys(names))}
                self._columns[key] = (np.array([vocab[v] for v in names], dtype=np.int32), vocab)
            codes, vocab = self._columns[key]
            mask &= np.isin(codes, [vocab[v] for v in values if v in vocab])
        return mask.astype(np.float32)
