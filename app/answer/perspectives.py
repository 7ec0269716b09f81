"""The perspectives view: per stance group and outlet, what each indexed outlet says about the
question, or that it does not address it."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from app.answer import compose as answer_stage
from app.answer.retrieve import Filters, answerable, retrieve
from app.config import Config
from app.models import Answer
from app.registry import Registry
from app.store.lexical import LexicalIndex
from app.store.local import Store

PER_OUTLET = 2  # quotes per outlet in the perspectives view
PERSPECTIVE_MARGIN = 0.2  # an outlet's quote may be this much less similar to the question than the best quote


def perspectives(question: str, qvec: np.ndarray, *, store: Store, lexical: LexicalIndex, config: Config,
                 filters: Filters, k: int | None, registry: Registry, vectors_for: Callable,
                 carried: Callable) -> Answer:
    """One outlet-filtered retrieval per indexed outlet (within the filters). Passages are long,
    so relevance is judged on the quotes picked from them: an outlet addresses the question when
    one of its quotes is as close to the question as the best quote of any outlet, within
    PERSPECTIVE_MARGIN (cosine), and its passage is answerable. `vectors_for(chunks)` gives the
    Embed that knows the quotes of those chunks (app/answer/vectors.py)."""
    indexed = {rec["meta"]["outlet"]: rec["meta"].get("stance") for rec in store.manifest.documents.values()}
    candidates: list[tuple[str, str | None, list]] = []
    for outlet, stance in sorted(indexed.items()):
        if (filters.outlets and outlet not in filters.outlets) or (filters.stances and stance not in filters.stances):
            continue
        only = Filters(frozenset({outlet}), filters.stances)
        hits = retrieve(question, qvec, store=store, lexical=lexical, config=config, filters=only,
                        k=min(k or PER_OUTLET, PER_OUTLET))
        hits = [h for h in hits if answerable([h], config)]
        quotes = answer_stage.choose_quotes(question, hits, config.min_quote_similarity) if hits else []
        candidates.append((outlet, stance, quotes))
    texts = [q.text for _, _, quotes in candidates for q in quotes]
    embed = vectors_for([q.hit.chunk for _, _, quotes in candidates for q in quotes])
    sims = iter(embed(texts) @ qvec if texts else [])
    scored = [(o, s, [(q, float(next(sims))) for q in quotes]) for o, s, quotes in candidates]
    best = max((sim for _, _, pairs in scored for _, sim in pairs), default=0.0)
    views = [answer_stage.OutletView(o, s, [q for q, sim in pairs if sim >= best - PERSPECTIVE_MARGIN])
             for o, s, pairs in scored]
    return answer_stage.compose_perspectives(question, views, registry, embed=embed, carried=carried)
