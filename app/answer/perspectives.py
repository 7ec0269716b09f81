"""The perspectives view: per stance group and outlet, what each indexed outlet says about the
question, or that it does not address it.

It starts from the answer view's own selection (`compose.select_answer`), so switching views never
contradicts: every quote the answer view shows stands under its outlet here, the label "the sources
disagree" (and what about) is the answer view's, and when the answer view abstains so does this one.
Outlets the answer view did not quote are looked up one by one (an outlet-filtered retrieval) and
shown only with quotes that answer the question by the answer view's rule: scored like its
candidates (`select.rank_quotes`) and within `sides.CLOSE` of its best candidate.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from app.answer import compose as answer_stage
from app.answer.retrieve import Filters, Hit, answerable, retrieve
from app.answer.select import Quote, rank_quotes
from app.answer.sides import CLOSE
from app.config import Config
from app.models import Answer
from app.registry import Registry
from app.store.lexical import LexicalIndex
from app.store.local import Store

PER_OUTLET = 2  # quotes per outlet in the perspectives view (more only when the answer view quotes more)


def perspectives(question: str, qvec: np.ndarray, chosen: answer_stage.Selection | None, *, store: Store,
                 lexical: LexicalIndex, config: Config, filters: Filters, k: int | None, registry: Registry,
                 vectors_for: Callable, carried: Callable) -> Answer:
    """Every indexed outlet within the filters, with the answer view's quotes of it (`chosen`; None:
    the answer view abstains) and, up to PER_OUTLET, its other quotes that answer the question.
    `vectors_for(chunks)` gives the Embed that knows the quotes of those chunks (app/answer/vectors.py)."""
    indexed = {rec["meta"]["outlet"]: rec["meta"].get("stance") for rec in store.manifest.documents.values()}
    views = []
    for outlet, stance in sorted(indexed.items()):
        if (filters.outlets and outlet not in filters.outlets) or (filters.stances and stance not in filters.stances):
            continue
        quotes = [q for q in chosen.picked.quotes if q.outlet == outlet] if chosen else []
        if chosen and len(quotes) < PER_OUTLET:
            hits = retrieve(question, qvec, store=store, lexical=lexical, config=config,
                            filters=Filters(frozenset({outlet}), filters.stances), k=min(k or PER_OUTLET, PER_OUTLET))
            quotes += further_quotes(chosen, outlet, [h for h in hits if answerable([h], config)], quotes,
                                     qvec, vectors_for, lexical)
        views.append(answer_stage.OutletView(outlet, stance, quotes))
    return answer_stage.compose_perspectives(question, views, registry, chosen, carried)


def further_quotes(chosen: answer_stage.Selection, outlet: str, hits: list[Hit], shown: list[Quote],
                   qvec: np.ndarray, vectors_for: Callable, lexical: LexicalIndex | None) -> list[Quote]:
    """The outlet's quotes that answer the question as the answer view judges it (scored like its
    candidates, within CLOSE of its best one), best first, none overlapping a quote shown already,
    so that the outlet has at most PER_OUTLET: from the answer view's candidates and `hits`."""
    found = rank_quotes(chosen.ask, hits, qvec, vectors_for([h.chunk for h in hits]),
                        answer_stage.coverage_of(lexical)) if hits else []
    pool = sorted([q for q in chosen.ranked if q.outlet == outlet] + [q for q in found if q.outlet == outlet],
                  key=lambda q: -q.score)
    out: list[Quote] = []
    for q in pool:
        if len(shown) + len(out) >= PER_OUTLET or q.score < chosen.best - CLOSE:
            break
        if not any(o.hit.chunk.doc_id == q.hit.chunk.doc_id and q.start < o.end and o.start < q.end
                   for o in (*shown, *out)):
            out.append(q)
    return out
