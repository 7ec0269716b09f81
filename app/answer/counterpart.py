"""The other side's counterpart of a yes/no claim: the same asked word, negated in one outlet and asserted in another.

"Did she get to see a lawyer?" — Compass Wire: "He said she had been questioned for 14 hours without a lawyer
present." — the state agency: "Brenovic said Veyrin had been given access to a lawyer …". The two tell one claim in
different words (their sentence cosine is low, they share one word of the question), so the denial rule of `sides`
(SAME_CLAIM, or ON_POINT and SHARED_ASKED question terms) never pairs them, though each answers the question and
one denies exactly the asked word the other asserts. The reading: a yes/no question (whether a claim holds, not
whether X said it, not a figure, a day, who or where) whose best quote is unopposed; a quote of another stance group
and another source that answers the question within CONTEST_POOL of the best and on the same claim (COUNTERPART_SIM
to the best quote) holds a predicate word of the question that one of the two negates as its negation's head (the
first content word after it in its clause, `negates_head`) and the other holds with no negation near it, the denying
quote naming no asked word the asserting one lacks (`counters`); and none of `agree`'s reasons why such a pair agrees
after all holds. A negation of another word ("no agreement was reached at the
meeting" for "Did the minister attend the meeting?") scopes over no asked predicate word it shares with the best
quote, or leaves the meeting unasserted by the other: no pair. Pure; the pair's sentence vectors are embedded here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from app.answer import agree
from app.answer.opening import YES_NO
from app.answer.scoring import sentence_vectors
from app.answer.select import Asked, Quote
from app.answer.sides import CONTEST_POOL, Picked, _other_side, different_sources
from app.attribution import contradict as cx
from app.text.terms import term_set, terms

Embed = Callable[[Sequence[str]], np.ndarray]
COUNTERPART_SIM = 0.3  # sentence cosine of two quotes telling one claim in different words (below sides.ON_POINT)
MOST = 4  # the other side's best-ranked quotes checked
_INFINITIVE = re.compile(r"\s*to\s", re.IGNORECASE)


def asks_claim(ask: Asked, question: str) -> bool:
    """A yes/no question on whether a claim holds: not what X said, a role, a figure, who / where / when."""
    return YES_NO.match(question) is not None and not agree.statement_asked(question) and not (
        ask.said or ask.role or ask.figure or ask.identity or ask.date)


def negates_head(text: str, word: str) -> bool:
    """A negation's head is a word of stem `word`: the first content word after the negation in its clause ("without
    a lawyer present", "was not consulted"), not a word further on in an adjunct ("none have been overturned because of
    federal law" negates "overturned", not "law"); a negated infinitive ("asked him not to sign") is a request or an
    aim, no denial of a fact (nor is a hyphenated compound, "the no-fly rule": `NEGATION` skips it)."""
    for m in cx.denials(text):
        clause = cx.CLAUSE_END.split(text[m.end() :], maxsplit=1)[0]
        if _INFINITIVE.match(clause):
            continue
        head = terms(clause)[:1]
        if head == [word]:
            return True
    return False


def opposite_on(word: str, a: str, b: str) -> bool:
    """One text negates `word` as its head, the other holds it with no negation near it."""
    near = frozenset({word})
    return (negates_head(a, word) and not cx.negated(b, near)) or (negates_head(b, word) and not cx.negated(a, near))


def counters(ask: Asked, question: str, best: Quote, q: Quote) -> bool:
    """`q` tells the opposite of `best` on a predicate word of the question both hold (the cosine not yet checked):
    the act a "Did X <verb>" question names when it names one (`Asked.verb`: "Did Sestak accept the job offer?" is
    not disputed by "did not offer him a paid position"); and the denying quote names no asked word the asserting one
    does not ("she was never at the meeting" denies "attended the meeting"; "did not offer Mr. Sestak a full-time
    paid position" speaks of another claim than "alluded to a job offer")."""
    if q.outlet == best.outlet or not _other_side(best, q) or not different_sources(best, q):
        return False
    if cx.only_asks(best.text) or cx.only_asks(q.text):
        return False
    asked = ask.predicate or ask.terms
    told, other = term_set(best.text) & asked, term_set(q.text) & asked
    return any(opposite_on(w, best.text, q.text) and _denial_within(w, best.text, told, q.text, other)
               for w in sorted(told & other & (ask.verb or asked))) \
        and not agree.polarity_agrees(ask, question, best, q)


def _denial_within(word: str, a: str, told_a: frozenset[str], b: str, told_b: frozenset[str]) -> bool:
    """The text that negates `word` (a or b) names no asked word (`told_*`) the other does not."""
    return told_a <= told_b if negates_head(a, word) else told_b <= told_a


def counterpart(ask: Asked, question: str, picked: Picked, ranked: Sequence[Quote], embed: Embed) -> Picked:
    """`picked` unless its best quote, on a yes/no question, has a counterpart in `ranked` (best first): then the
    two, contested ("denial"), the best quote first."""
    if picked.contested or not picked.quotes or not asks_claim(ask, question):
        return picked
    best = picked.quotes[0]
    cands = [q for q in ranked if q.score >= best.score - CONTEST_POOL and counters(ask, question, best, q)][:MOST]
    if not cands:
        return picked
    vectors = sentence_vectors([best.text, *(q.text for q in cands)], embed)
    found = next((q for q, v in zip(cands, vectors[1:]) if float(v @ vectors[0]) >= COUNTERPART_SIM), None)
    return Picked([best, found], True, "denial", (0, 1), (0, 1)) if found is not None else picked
