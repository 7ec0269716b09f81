"""A yes/no question's act denied by one quote and reported done by another, worded apart: "did not pay a ransom to
the hackers" / "the hospital's insurer paid Greyhook $1.2 million" (cosine 0.32) for "Did St. Aldric pay a ransom?".

Each quote's stance is read toward the question, not against the other quote: a negation that bears on a word of what
the question asks (`contradict.negates_ahead`: "never received a formal offer") is a denial; the same word (or its
other verb form, "paid" for "pay") with no negation near the question's terms is an assertion.
"""

from __future__ import annotations

import re

from app.answer.none_counted import yes_no
from app.answer.verb_forms import SAME_VERB
from app.attribution import contradict as cx
from app.text.terms import term_set

# An open question the text leaves open asserts nothing: "declined to say whether the hospital had paid a ransom"
_OPEN = re.compile(r"\b(?:whether|declin\w*\s+to\s+(?:say|comment|confirm|discuss))\b", re.IGNORECASE)


def _forms(t: str) -> frozenset[str]:
    return frozenset({t, SAME_VERB[t]}) if t in SAME_VERB else frozenset({t})


def denied(text: str, predicate: frozenset[str]) -> frozenset[str]:
    """The question's predicate terms a negation in `text` bears on (each by any of its forms)."""
    return frozenset(t for t in predicate if any(cx.negates_ahead(text, f) for f in _forms(t)))


def asserted(text: str, predicate: frozenset[str], about: frozenset[str]) -> frozenset[str]:
    """The predicate terms `text` holds (by any form) with no negation near any of the question's terms (`about`), and
    not as a question, a rebuttal or a question left open ("declined to say whether …")."""
    if cx.negated(text, about) or cx.only_asks(text) or cx.rebuts(text) or _OPEN.search(text):
        return frozenset()
    held = term_set(text)
    return frozenset(t for t in predicate if _forms(t) & held)


def denied_and_done(question: str, predicate: frozenset[str], about: frozenset[str], a: str, b: str) -> bool:
    """For a yes/no question, one text denies a word of what it asks and the other asserts that word (either order)."""
    if not yes_no(question) or not predicate:
        return False
    return any(denied(z, predicate) & asserted(c, predicate, about) for z, c in ((a, b), (b, a)))
