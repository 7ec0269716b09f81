"""Two counted nouns that name one workforce: "1,200 Granmoor transit workers went on strike" / "850 employees did not
report for work" count the same people, so the two figures are two reports of one quantity
(`figures.conflicting_figures` compares figures of one unit only). The class is the nouns for people someone employs,
taken as a whole (worker, employee, staff, personnel); a part of a workforce named by its trade or rank ("nurses",
"managers"), and any other count of people ("voters", "adults", "residents"), is its own unit: those may count a subset
or another group."""

from __future__ import annotations

from app.text.terms import stem

# as `units._unit` writes a unit: stemmed, a final "e" dropped ("employees" → "employ")
WORKFORCE = frozenset(stem(w).rstrip("e") for w in (
    "worker workers employee employees staffer staffers staff personnel").split())  # not "laborers": stem "labor" is
# also the modifier of "500 labor leaders"


def one_count(a: str, b: str) -> bool:
    """Units `a` and `b` (as `figures.Figure.unit` has them) count one quantity: the same unit, or two nouns of the
    whole of a workforce."""
    return a == b or (a in WORKFORCE and b in WORKFORCE)
