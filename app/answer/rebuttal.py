"""A second look for the other side: when the first window of quotes holds no disagreement, the
best quotes of the other stance groups (a retrieval restricted to them) are checked against the
best quote. A rebuttal or denial that ranks below the first window is found this way, but it must
speak to the best quote's claim (its similarity to that quote, not only to the question) and
answer the question nearly as well as the best quote: as in the first window, a quote far below
it (CONTEST_POOL) counts only by a precise rule (figures of what is asked, a rebuttal naming its source).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from app.answer.select import Asked, Quote, sentence_vectors
from app.answer.sides import CONTEST_POOL, WIDE_POOL, Picked, contradiction

Embed = Callable[[Sequence[str]], np.ndarray]
OTHER_MAX = 4  # the other side's best-ranked quotes checked against the best quote


def second_look(ask: Asked, question: str, picked: Picked, others: Sequence[Quote], embed: Embed) -> Picked:
    """`others`: quotes from the other stance groups' passages, best first."""
    if picked.contested or not picked.quotes:
        return picked
    best = picked.quotes[0]
    cands = [q for q in others if q.outlet != best.outlet and q.score >= best.score - WIDE_POOL][:OTHER_MAX]
    if not cands:
        return picked
    vectors = sentence_vectors([best.text, *(q.text for q in cands)], embed)
    for q, v in zip(cands, vectors[1:]):
        sim = float(v @ vectors[0])
        why = contradiction(ask, question, best, q, sim, q.score < best.score - CONTEST_POOL)
        if why:
            return Picked([best, q], True, why, (0, 1), (0, 1))
    return picked
