"""Which way a sum of money flows: taken in (earned, received, raised) or paid out (paid, spent, given). A question
asking a sum paid out is not answered by a figure told only with acts of taking in ("How much … tax did the Clintons
pay" and "the Clintons earned $140,937,785"): it counts another sum, so two such figures are no disagreement on what
was asked. Not the other way round: a payment word names money taken in when passive ("She was paid $9.7 million for
speeches" answers "How much did she earn?"), and the words around a figure are stems, with no voice."""

from __future__ import annotations

from app.answer.asked import Asked
from app.attribution import contradict as cx
from app.text.terms import stem

MONEY_IN = frozenset(stem(w) for w in "earned earn received receive raised raise".split())
MONEY_OUT = frozenset(stem(w) for w in "paid pay spent spend donated donate gave give contributed repaid".split())


def flows_otherwise(ask: Asked, f: cx.Figure) -> bool:
    """The question asks a sum paid out (and no sum taken in), and the words around figure f name only acts of
    taking money in: f counts another sum."""
    if not ask.predicate & MONEY_OUT or ask.predicate & MONEY_IN:
        return False
    return bool(f.context & MONEY_IN) and not f.context & MONEY_OUT
