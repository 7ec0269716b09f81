"""One outlet's quotes are one account: a negation in one of them does not deny what another of them
asserts (issue 14 point 1). Takes the candidate quotes of an answer and their similarities; gives
whether a denial found between two of them is really a disagreement between outlets."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from app.answer.select import Asked, Quote
from app.attribution import contradict as cx

RESTATES = 0.75  # cosine similarity for two quotes to tell the same thing (a paraphrase, not a related claim)


def one_account(ask: Asked, ranked: Sequence[Quote], pool: list[int], sims: np.ndarray, i: int, j: int,
                 why: str) -> bool:
    """A denial between i and j is no disagreement when the denying quote's own outlet also asserts the
    claim the other one makes (another of its quotes, with no negation near the question's terms, restates
    it: RESTATES): one outlet's quotes are one account, so its negation bears on something else
    ("were indicted on charges of … personal expenses" and, from the same outlet, "did not otherwise have
    sufficient personal funds"). The other way round too: the asserting quote's own outlet restates the denial
    (another of its quotes, negated too, RESTATES), so its account agrees with the denial and the asserting quote's
    missing negation denies nothing."""
    if why != "denial":
        return False
    terms = ask.predicate or ask.terms
    for n, a in ((i, j), (j, i)):
        if cx.negated(ranked[n].text, terms) and not cx.negated(ranked[a].text, ask.terms) and any(
                k not in (n, a) and ranked[k].outlet == ranked[n].outlet and sims[k, a] >= RESTATES
                and not cx.negated(ranked[k].text, ask.terms) for k in pool):
            return True
        if cx.negated(ranked[n].text, terms) and not cx.negated(ranked[a].text, ask.terms) and any(
                k not in (n, a) and ranked[k].outlet == ranked[a].outlet and sims[k, n] >= RESTATES
                and cx.negated(ranked[k].text, terms) for k in pool):
            return True  # the asserting quote's own outlet restates the denial: its account agrees with it
    return False
