"""The units of time a question names only to place what it asks in time ("How many babies were born at St. Brenna's
last year?": "year" says when the babies were counted, it is not what is counted).

A time adverbial is a unit of time after a word that anchors it to the calendar or spreads it over one: "last / this /
next / past / previous / each / every / per / a year", "in the past two years", or before "ago" ("a decade ago").
`signals.counts_asked` reads the question's other words for the unit a "how many" figure counts, so "for 15 years"
(how long a doctor has delivered babies) is no count of the babies asked about, while "How many years …" still asks
for years.
"""

from __future__ import annotations

import re

from app.attribution.units import TIME_UNITS
from app.text.terms import per_text, stem

_UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies)|terms?|seasons?)"
_ANCHOR = r"(?:last|this|next|past|previous|prior|coming|each|every|per|a|an)"
# "last year", "the past two years", "each month"; "two years ago"
_ADVERBIAL = re.compile(rf"\b{_ANCHOR}\s+(?:(?:\w+|\d+)\s+)?(?P<unit>{_UNIT})\b|\b(?P<ago>{_UNIT})\s+ago\b", re.I)


@per_text(maxsize=1 << 8)
def time_qualified(question: str) -> frozenset[str]:
    """Stems of the units of time `question` names only in a time adverbial (not in "How many years …")."""
    found = set()
    for m in _ADVERBIAL.finditer(question):
        unit = stem(m.group("unit") or m.group("ago")).rstrip("e")
        if unit in TIME_UNITS:
            found.add(unit)
    counted = re.search(rf"(?i)\bhow\s+many\s+(?P<unit>{_UNIT})\b", question)
    return frozenset(found - ({stem(counted.group("unit")).rstrip("e")} if counted else set()))
