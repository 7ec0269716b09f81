"""When two quotes that look opposed agree on what was asked (issue 14 point 1): each predicate
takes the question and the two quotes a contradiction rule paired, and says the rule's cue does not
bear on the asked claim, so the pair is no disagreement. A flag must be earned on the question's
own claim: the same quantity, the same event, a rebuttal of what the other side says.
"""

from __future__ import annotations

import re

from app.answer.asked import Asked
from app.answer.outcome import prospective
from app.answer.select import Quote
from app.answer.signals import counts_asked
from app.attribution import contradict as cx
from app.text.terms import stem, term_set

_NEGATIVE_PREFIXES = ("non", "un", "il", "im", "in", "ir", "dis")
BASE_MIN = 4  # letters of a prefixed word's base for it to count as the word's positive ("paid" of "unpaid")


def other_quantities(ask: Asked, a: Quote, b: Quote) -> bool:
    """The figures two quotes answer with are not what the question counts: "$139 million" and "$141
    million" earned differ, but the question asked how many years of tax returns were released."""
    fa, fb = cx.answer_figure(a.text, ask.terms), cx.answer_figure(b.text, ask.terms)
    return fa is None or fb is None or not (counts_asked(ask, fa) and counts_asked(ask, fb))


_DAY_ASKED = re.compile(r"\b(what day|which day|when)\b", re.IGNORECASE)


def days_of_asked_event(question: str, a: Quote, b: Quote) -> bool:
    """The quotes give different weekdays for the event a day question asks about (not for another)."""
    return bool(_DAY_ASKED.search(question)) and cx.conflicting_days(a.text, b.text) and not other_events(question, a, b)


def other_events(question: str, a: Quote, b: Quote) -> bool:
    """The day one quote gives is not the day of the event asked: the quote tells the event as a
    prospect ("… decision will be announced next week …,” he posted to Twitter Sunday evening" for
    "On what day did Trump announce the decision was on hold?": Sunday is the day of another post)."""
    return prospective(question, a.text) or prospective(question, b.text)


def reports_rebutter(r: Quote, target: Quote) -> bool:
    """The target tells the rebutter's own stand ("But Colorado Attorney General John Suthers isn't
    backing down" for Suthers' "without merit"): both quotes are one side's account, there is no claim
    of the other side for the rebuttal to reject."""
    surname = r.source[1].split()[-1:]
    return bool(surname) and len(surname[0]) > 2 and surname[0].casefold() in target.text.casefold()


def affirms_negative(ask: Asked, a: Quote, b: Quote) -> bool:
    """The question's claim is itself negative ("an unpaid one", "illegal"), and the negated quote
    negates its positive ("did not offer … a full-time paid position"): that agrees with the claim,
    it does not deny it, unless the other quote asserts the positive word itself."""
    bases = {stem(t[len(p):]) for t in ask.predicate or ask.terms for p in _NEGATIVE_PREFIXES
             if t.startswith(p) and len(t) - len(p) >= BASE_MIN}
    if not bases:
        return False
    for n, o in ((a, b), (b, a)):
        if _negates(n.text, bases) and not bases & term_set(o.text):
            return True
    return False


SCOPE_WORDS = 16  # a negation's scope: the words after it, up to the end of its clause (at most this many)
_CLAUSE_END = re.compile(r"[,;:!?]|\b(?:because|but|so|while|although|which)\b", re.IGNORECASE)


def _negates(text: str, words: set[str]) -> bool:
    """A negation in `text` whose scope (the rest of its clause) holds one of `words` (stems)."""
    for m in cx.NEGATION.finditer(text):
        rest = text[m.end():]
        end = _CLAUSE_END.search(rest)
        scope = " ".join((rest[: end.start()] if end else rest).split()[:SCOPE_WORDS])
        if term_set(scope) & words:
            return True
    return False


# "not more than one year", "no later than Friday": a bound on a quantity, not a denial of a claim
_BOUND = re.compile(r"\b(?:not|no)\s+(?:more|less|fewer|later|earlier|longer|greater|higher|lower)\s+than\b", re.IGNORECASE)


def bound_only(ask: Asked, a: Quote, b: Quote) -> bool:
    """The two quotes are of opposite polarity only through a bound ("shall be … imprisoned not more than
    one year" in a statute a critic cites): without it, neither denies what the other asserts."""
    ta, tb = _BOUND.sub(" ", a.text), _BOUND.sub(" ", b.text)
    if ta == a.text and tb == b.text:
        return False
    return not cx.opposite_polarity(ta, tb, ask.verb or ask.predicate or ask.terms, ask.terms)


def both_deny(ask: Asked, a: Quote, b: Quote) -> bool:
    """Each quote denies something the question asks about, within its negation's clause ("Batting down
    allegations that the White House dangled the secretary of Navy position …" and "insisting that the
    White House never offered Sestak the job of Secretary of the Navy"): one denial does not deny the
    other, they agree."""
    asked = set(ask.predicate or ask.terms)
    return _negates(a.text, asked) and _negates(b.text, asked)


def polarity_agrees(ask: Asked, a: Quote, b: Quote) -> bool:
    """A pair of opposite polarity agrees on the asked claim after all: a negated positive of a negative
    claim, a bound, or two denials."""
    return affirms_negative(ask, a, b) or bound_only(ask, a, b) or both_deny(ask, a, b)

