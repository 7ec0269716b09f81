"""Two voices in one outlet's account that disagree: sources disagree across outlets (`sides.py`), but one article
may quote two named speakers on opposite sides of "Is X P?", one calling X P and the other denying it ("I don't think
the Constitution is propaganda" / Nadler's "total nonsense" and "propaganda"). P, the complement, ends the question;
the denial's negation bears forward on it (`contradict.negates_ahead`): "the lawsuit was without merit" denies the
suit's merit, not that it is a lawsuit, and a negation of the subject ("we do not provide any government
organization …") denies no P.
"""

from __future__ import annotations

import re

from app.answer import agree
from app.answer.asked import Asked
from app.answer.select import Quote
from app.attribution import contradict as cx
from app.text.terms import term_set, terms

_COPULAR = re.compile(r"^\W*(?:is|are|was|were)\s+(?P<rest>[^?]+)\??\s*$", re.IGNORECASE)


def complement(question: str) -> str | None:
    """The stem of the last word of a copular yes/no question ("Is the reading propaganda?": propaganda), or None."""
    m = _COPULAR.match(question)
    found = terms(m.group("rest")) if m else []
    return found[-1] if found else None


def voices_deny(ask: Asked, question: str, a: Quote, b: Quote) -> bool:
    """a and b are two named speakers (other surnames), one negating the asked complement that the other states
    with no negation near it, on a question that asks no source's words, figure or identity."""
    sa, sb = a.source[1].split()[-1:], b.source[1].split()[-1:]
    if not (sa and sb) or sa == sb or ask.said or ask.figure or ask.identity \
            or cx.question_quote(a.text) or cx.question_quote(b.text):
        return False
    p = complement(question)
    return p is not None and p in term_set(a.text) & term_set(b.text) \
        and any(cx.negates_ahead(n.text, p) and not cx.negated(o.text, frozenset({p})) for n, o in ((a, b), (b, a))) \
        and not agree.polarity_agrees(ask, question, a, b)
