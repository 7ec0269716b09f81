"""Which way a sum of money flows: taken in (earned, received, raised) or paid out (paid, spent, given). A question
asking a sum paid out is not answered by a figure told only with acts of taking in ("How much … tax did the Clintons
pay" and "the Clintons earned $140,937,785"): it counts another sum, so two such figures are no disagreement on what
was asked. Not the other way round: a payment word names money taken in when passive ("She was paid $9.7 million for
speeches" answers "How much did she earn?"), and the words around a figure are stems, with no voice.
`not_money`: a money question ("How much had the Hunters paid back …") is not answered by a count of things
("a 48-page indictment", "up to 1.6 million women"): two such counts are no disagreement on the sum asked."""

from __future__ import annotations

from app.answer.asked import Asked
from app.attribution import figures as fg
from app.attribution.units import unit_kind
from app.text.terms import stem

MONEY_IN = frozenset(stem(w) for w in "earned earn received receive raised raise".split())
MONEY_OUT = frozenset(stem(w) for w in "paid pay spent spend donated donate gave give contributed repaid".split())


def flows_otherwise(ask: Asked, f: fg.Figure) -> bool:
    """The question asks a sum paid out (and no sum taken in), and the words around figure f name only acts of
    taking money in: f counts another sum."""
    if not ask.predicate & MONEY_OUT or ask.predicate & MONEY_IN:
        return False
    return bool(f.context & MONEY_IN) and not f.context & MONEY_OUT


SUM_UNITS = frozenset({"dollar", "percent", ""})  # a sum, a share of one, or a bare number


def not_money(ask: Asked, f: fg.Figure) -> bool:
    """The question asks a sum of money (`Asked.money`: "how much … pay / cost / spend / earn") and figure f counts
    things ("48-page", "1.6 million women", "3,400 stores"): its unit is a counted noun, not a sum (a currency is a
    sum: "400 million crowns", `units.unit_kind`)."""
    return ask.money and unit_kind(f.unit) not in SUM_UNITS
