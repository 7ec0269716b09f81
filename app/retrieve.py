"""Retrieve stage: dense (Chroma) + lexical (BM25) candidates, fused by reciprocal rank,
then picked with an outlet-diversity penalty so one verbose outlet cannot crowd out the rest."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np

from app.config import Config
from app.lexical import LexicalIndex
from app.store import Store, StoredChunk
from app.terms import terms


@dataclass(frozen=True)
class Filters:
    outlets: frozenset[str] = frozenset()
    stances: frozenset[str] = frozenset()

    def where(self) -> dict[str, Any] | None:
        clauses = []
        if self.outlets:
            clauses.append({"outlet": {"$in": sorted(self.outlets)}})
        if self.stances:
            clauses.append({"stance": {"$in": sorted(self.stances)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def allowed(self) -> dict[str, set[str]] | None:
        allowed = {}
        if self.outlets:
            allowed["outlet"] = set(self.outlets)
        if self.stances:
            allowed["stance"] = set(self.stances)
        return allowed or None


@dataclass(frozen=True)
class Hit:
    chunk: StoredChunk
    dense: float  # cosine similarity to the question
    lexical: float  # BM25 score (0 when lexical retrieval did not find it)
    coverage: float  # idf-weighted share of the question's terms found in the passage
    fused: float  # reciprocal-rank-fusion score
    score: float  # fused score after the diversity penalty

    @property
    def outlet(self) -> str:
        return str(self.chunk.meta.get("outlet", "unknown"))


def rrf(rankings: list[list[str]], k: int) -> dict[str, float]:
    """Reciprocal rank fusion: sum of 1/(k + rank) over the rankings an id appears in."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, cid in enumerate(ranking, start=1):
            scores[cid] = scores.get(cid, 0.0) + 1.0 / (k + rank)
    return scores


def diversify(candidates: list[tuple[str, float, str]], k: int, factor: float) -> list[tuple[str, float]]:
    """Greedy pick of k (id, score, outlet): each earlier pick from an outlet multiplies its
    next candidates' score by `factor`."""
    picked: list[tuple[str, float]] = []
    used: Counter[str] = Counter()
    pool = list(candidates)
    while pool and len(picked) < k:
        best = max(range(len(pool)), key=lambda i: pool[i][1] * factor ** used[pool[i][2]])
        cid, score, outlet = pool.pop(best)
        picked.append((cid, score * factor ** used[outlet]))
        used[outlet] += 1
    return picked


def retrieve(
    question: str,
    qvec: np.ndarray,
    *,
    store: Store,
    lexical: LexicalIndex | None,
    config: Config,
    filters: Filters = Filters(),
    k: int | None = None,
) -> list[Hit]:
    k = k or config.k
    dense, records = store.nearest(qvec, config.candidates, filters.where())
    lex = lexical.search(question, config.candidates, filters.allowed()) if lexical else []
    fused = rrf([[cid for cid, _ in dense], [cid for cid, _ in lex]], config.rrf_k)
    if not fused:
        return []
    records.update(store.get([cid for cid in fused if cid not in records], with_vectors=True))
    dense_sim = dict(dense)
    for cid, (_, vec) in records.items():  # lexical-only candidates still get a dense score
        if cid not in dense_sim and vec is not None:
            dense_sim[cid] = float(np.dot(vec, qvec))
    lex_score = dict(lex)
    qterms = set(terms(question))
    cover = {cid: lexical.coverage(qterms, rec.text) if lexical else 0.0 for cid, (rec, _) in records.items()}
    best = max(dense_sim.get(cid, 0.0) for cid in records)
    floor = max(config.relevance_floor, best - config.relevance_margin)
    ordered = sorted(
        (cid for cid in fused if cid in records
         and (dense_sim.get(cid, 0.0) >= floor or cover[cid] >= config.relevance_coverage)),
        key=lambda c: -fused[c],
    )
    picks = diversify([(cid, fused[cid], records[cid][0].meta.get("outlet", "")) for cid in ordered], k, config.diversity)
    return [
        Hit(records[cid][0], dense_sim.get(cid, 0.0), lex_score.get(cid, 0.0), cover[cid], fused[cid], score)
        for cid, score in picks
    ]


def answerable(hits: list[Hit], config: Config) -> bool:
    """Strong enough evidence to answer: a close passage, or one holding most of the question's terms."""
    return any(
        h.dense >= config.abstain_below or (h.coverage >= config.answer_coverage and h.dense >= config.abstain_below / 2)
        for h in hits
    )
