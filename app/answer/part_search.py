"""Each part of a two-part question searched on its own, within the story the question is about.

"Which group produced the Netanyahu ad, and how much airtime has it reserved?" asks two things of one story. One
search for the whole question finds the passages its first part dominates; the second part's sentence ("They have
reserved $500,000 of airtime …") may be in none of them. So each part is embedded and searched by itself (dense
similarity and BM25, fused by reciprocal rank as `retrieve` fuses them) over the passages of the story's articles
only: those of the whole question's ranked quotes published within STORY_DAYS of its best one's (`every_side.on_story`;
the ranking is on the story the question names already, `story.on_story`). A part then never finds another story's
sentence that shares its words. Its passages' sentences are ranked against the part (`select.rank_quotes`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from app.answer.every_side import on_story as near_days
from app.answer.quote import Quote
from app.answer.retrieve import Hit, rrf, stored_chunks
from app.answer.roles import role_asked
from app.answer.scoring import Coverage
from app.answer.select import Embed, asked, rank_quotes
from app.store.lexical import LexicalIndex
from app.store.local import Store
from app.text.terms import terms

PartRanking = Callable[[str], list[Quote]]  # a part of the question -> its candidate quotes, best first


def story_documents(ranked: Sequence[Quote]) -> list[str]:
    """The articles of the story the whole question's ranking is about: its quotes' published within STORY_DAYS of its
    best quote's article (either undated: kept), best first."""
    if not ranked:
        return []
    near = near_days([ranked[0].hit])
    return list(dict.fromkeys(q.hit.chunk.doc_id for q in ranked if near(q.hit)))


def story_passages(part: str, pvec: np.ndarray, ids: Sequence[str], lexical: LexicalIndex, k: int, rrf_k: int
                   ) -> list[tuple[str, float, float, float]]:
    """The k passages among `ids` (a story's chunks) best for `part`: dense similarity to its vector and BM25 over
    those chunks only, fused by reciprocal rank; as (id, dense, bm25, fused), best first."""
    sims = lexical.similarities(list(ids), pvec)
    dense = sorted(sims, key=lambda c: -sims[c])
    lex = dict(lexical.search_within(part, len(ids), ids))
    fused = rrf([dense, list(lex)], rrf_k)
    best = sorted((c for c in fused if c in sims), key=lambda c: -fused[c])[:k]
    return [(c, sims[c], lex.get(c, 0.0), fused[c]) for c in best]


def part_ranking(ranked: Sequence[Quote], *, store: Store, lexical: LexicalIndex | None, embed: Callable,
                 quotes: Embed, coverage: Coverage, k: int, rrf_k: int) -> PartRanking | None:
    """The ranking of one part's quotes over the story of `ranked` (the whole question's candidates); None when there
    is no chunk table to search the story's passages in. `embed` embeds the part; `quotes`: the answer's sentence
    vectors, which learn the part's passages' stored sentences."""
    docs = store.manifest.documents
    ids = [cid for d in story_documents(ranked) for cid in (docs.get(d) or {}).get("chunk_ids", [])]
    if lexical is None or lexical.table is None or not ids:
        return None

    def rank(part: str) -> list[Quote]:
        pvec = embed([part])[0]
        found = story_passages(part, pvec, ids, lexical, k, rrf_k)
        records = stored_chunks([c for c, *_ in found], store, lexical)
        qterms = set(terms(part, query=True))
        cover = dict(zip(records, lexical.coverages(qterms, list(records))))
        hits = [Hit(records[c], dense, bm25, cover[c], fused, fused, store.sentences(records[c].doc_id))
                for c, dense, bm25, fused in found if c in records]
        quotes.chunks.extend(h.chunk for h in hits)
        return rank_quotes(role_asked(asked(part), hits), hits, pvec, quotes, coverage)
    return rank
