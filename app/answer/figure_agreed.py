"""A rebuttal beside the one figure both sides give: "… accused the opposition of running some 4,000 fake accounts, a
charge the group denied" and "ran a network of about 4,000 fake social media accounts, the centre said", for "How big
is the network the opposition is accused of running?". Both quotes give the figure asked, the same figure (one the
other rounded or hedged): the rebuttal rejects the charge, not its size, so it does not dispute the answer, unless it
names a quantity it rejects ("a figure the rebels denied", "disputed the toll"): nouns of a closed class that name a
number.
"""

from __future__ import annotations

import re

from app.answer.asked import Asked
from app.answer.asked_figure import paid_unit
from app.answer.select import Quote
from app.attribution.figures import answer_figure, roughly_same, same_figure

_QUANTITY_NOUN = re.compile(r"\b(?:figures?|numbers?|tolls?|estimates?|counts?|tall(?:y|ies)|totals?|sums?|amounts?|"
                            r"statistics?|data)\b", re.IGNORECASE)


def figure_agreed(ask: Asked, r: Quote, target: Quote) -> bool:
    """A figure question, and rebuttal r and its target give one figure of what is asked, r naming no quantity."""
    if not ask.figure or _QUANTITY_NOUN.search(r.text):
        return False
    unit = paid_unit(ask)
    fr, ft = (answer_figure(q.text, ask.terms, ask.predicate, unit) for q in (r, target))
    return fr is not None and ft is not None and (same_figure(fr, ft) or roughly_same(fr, ft))
