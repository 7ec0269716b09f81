"""A second look for the other side: when the first window of quotes holds no disagreement, the
best quotes of the other stance groups (a retrieval restricted to them) are checked against the
best quote. A rebuttal or denial that ranks below the first window is found this way, but it must
speak to the best quote's claim (its similarity to that quote, not only to the question) and
answer the question nearly as well as the best quote: as in the first window, a quote far below
it (CONTEST_POOL) counts only by a precise rule (figures of what is asked, a rebuttal naming its source).

The other side's look: when a quote of another stance group answers nearly as well as the best
one (within CLOSE), the passages of the stance groups other than *its* own (the best quote's group
among them) that the first retrieval missed are checked against it the same way: a rebuttal from
the best quote's side of what the other side says ("These anti-MEK claims were merely designed …")
is found even when its passage ranked below the first window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from app.answer.select import Asked, Quote, sentence_vectors
from app.answer.sides import CLOSE, CONTEST_POOL, WIDE_POOL, Picked, two_sides, contradiction

Embed = Callable[[Sequence[str]], np.ndarray]
OTHER_MAX = 4  # the other side's best-ranked quotes checked against the best quote


def second_look(ask: Asked, question: str, picked: Picked, others: Sequence[Quote], embed: Embed) -> Picked:
    """`others`: quotes from the other stance groups' passages, best first."""
    if picked.contested or not picked.quotes:
        return picked
    best = picked.quotes[0]
    found = _contradicting(ask, question, best, best.score, others, embed)
    return Picked([best, found[0]], True, found[1], (0, 1), (0, 1)) if found else picked


def _contradicting(ask: Asked, question: str, anchor: Quote, top: float, others: Sequence[Quote], embed: Embed
                   ) -> tuple[Quote, str] | None:
    """The first of the other side's best quotes (within WIDE_POOL of the best score `top`) that
    contradicts `anchor`, with the rule's name; below CONTEST_POOL only a precise rule counts."""
    cands = [q for q in others if q.outlet != anchor.outlet and q.score >= top - WIDE_POOL][:OTHER_MAX]
    if not cands:
        return None
    vectors = sentence_vectors([anchor.text, *(q.text for q in cands)], embed)
    for q, v in zip(cands, vectors[1:]):
        why = contradiction(ask, question, anchor, q, float(v @ vectors[0]), q.score < top - CONTEST_POOL)
        if why:
            return q, why
    return None


OthersOf = Callable[[str], Sequence[Quote]]  # a stance group -> quotes of the other groups' passages, best first


def other_sides_look(ask: Asked, question: str, picked: Picked, ranked: Sequence[Quote], others_of: OthersOf,
                     embed: Embed) -> Picked:
    """`ranked`: the first window's quotes, best first. The best-ranked quote of another stance group
    within CLOSE of the best is the anchor; the best quote still opens the answer."""
    if picked.contested or not ranked or ranked[0].stance is None:
        return picked
    best = ranked[0]
    anchor = next((q for q in ranked[1:] if q.score >= best.score - CLOSE and q.stance is not None
                   and q.stance != best.stance), None)
    found = _contradicting(ask, question, anchor, best.score, others_of(anchor.stance), embed) if anchor else None
    return two_sides([best, anchor, found[0]], 1, 2, found[1]) if anchor and found else picked
