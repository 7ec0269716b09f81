"""Two voices in one outlet's account that disagree: sources disagree across outlets (`sides.py`), but one article
may quote two named speakers on opposite sides of "Is X P?", one calling X P and the other denying it ("I don't think
the Constitution is propaganda" / Nadler's "total nonsense" and "propaganda"). P, the complement, ends the question;
the denial's negation bears forward on it (`contradict.negates_ahead`): "the lawsuit was without merit" denies the
suit's merit, not that it is a lawsuit, and a negation of the subject ("we do not provide any government
organization …") denies no P. A yes/no question with another verb ("Do the books contain sexually explicit
material?") is denied by a negation of two or more of its words both quotes hold ("none of the 14 books is sexually
explicit").
"""

from __future__ import annotations

import re

from app.answer import agree
from app.answer.asked import Asked
from app.answer.select import Quote
from app.attribution import contradict as cx
from app.attribution.conformity import opposite_conformity
from app.text.terms import term_set, terms

_COPULAR = re.compile(r"^\W*(?:is|are|was|were)\s+(?P<rest>[^?]+)\??\s*$", re.IGNORECASE)


_POLAR = re.compile(r"^\W*(?:do|does|did|has|have|had)\s+(?P<rest>[^?]+)\??\s*$", re.IGNORECASE)
PREDICATE_WORDS = 2  # a yes/no question with another verb: the denial negates at least this many of its words


def complement(question: str) -> str | None:
    """The stem of the last word of a copular yes/no question ("Is the reading propaganda?": propaganda), or None."""
    m = _COPULAR.match(question)
    found = terms(m.group("rest")) if m else []
    return found[-1] if found else None


def predicate_denied(question: str, n: str, o: str) -> bool:
    """A yes/no question with another verb ("Do the books contain sexually explicit material?"): `n` negates, ahead,
    at least PREDICATE_WORDS of the question's lower-case words that both quotes hold ("none of the books is sexually
    explicit"), and `o` negates none of them. One word is not enough: "did not have sufficient personal funds"
    denies no misuse of campaign funds."""
    m = _POLAR.match(question)
    if m is None:
        return False
    held = set(terms(" ".join(w for w in m.group("rest").split() if w[:1].islower()))) & term_set(n) & term_set(o)
    denied = frozenset(p for p in held if cx.negates_ahead(n, p))
    return len(denied) >= PREDICATE_WORDS and not cx.negated(o, frozenset(held))


def voices_deny(ask: Asked, question: str, a: Quote, b: Quote) -> bool:
    """a and b are two named speakers (other surnames), one negating the asked complement that the other states
    with no negation near it, on a question that asks no source's words, figure or identity."""
    sa, sb = a.source[1].split()[-1:], b.source[1].split()[-1:]
    if not (sa and sb) or sa == sb or ask.said or ask.figure or ask.identity \
            or cx.question_quote(a.text) or cx.question_quote(b.text):
        return False
    if opposite_conformity(a.text, b.text, ask.predicate or ask.terms):  # "broken the law" / "complied with the law"
        return True
    p = complement(question)
    if p is None:
        return any(predicate_denied(question, n.text, o.text) for n, o in ((a, b), (b, a))) \
            and not agree.polarity_agrees(ask, question, a, b)
    return p in term_set(a.text) & term_set(b.text) \
        and any(cx.negates_ahead(n.text, p) and not cx.negated(o.text, frozenset({p})) for n, o in ((a, b), (b, a))) \
        and not agree.polarity_agrees(ask, question, a, b)
