"""A figure that counts a set the article told before ("the two states were challenging …"), not what is asked.

A definite count of a plural noun refers back: "gratified that the two states were challenging Colorado's marijuana
laws", "The two states filed a lawsuit". Beside a figure whose words hold more of what the question asks ("Four states
have legalized recreational marijuana" for "How many states have legalized recreational marijuana?"), it counts
another thing, and the two figures do not disagree."""

from __future__ import annotations

import re

from app.answer.asked import Asked
from app.attribution.figures import Figure


def told_before(figure: Figure, text: str) -> bool:
    """`text` writes the figure as a definite count of a plural noun: "the two states"."""
    return re.search(rf"\bthe\s+{re.escape(figure.text)}\s+[a-z]+s\b", text, re.IGNORECASE) is not None


def counts_told_set(ask: Asked, a: tuple[Figure, str], b: tuple[Figure, str]) -> bool:
    """One figure (with its quote's text) is a definite count, and its words hold fewer of what is asked than the
    other figure's (a strict subset)."""
    asked = ask.predicate or ask.terms
    return any(told_before(f, text) and f.context & asked < g.context & asked for (f, text), (g, _) in ((a, b), (b, a)))
