"""A yes/no question opens with the quote that denies what it asks, when the best one neither states nor denies it.

"Is Trump choosing his running mate for their fund-raising ability?" asks whether a predicate holds. The best-scoring
sentence often restates the topic ("Mr. Trump also said he expected to announce his choice of a running mate by
Friday") and names nothing of the part asked ("fund-raising"); the sentence that answers denies that very part ("he
was not basing his vice-presidential selection on fund-raising prowess"). A denial is checkable (a negation scoping
forward over the asked word, `contradict.negates_ahead`), a "yes" restating the question is not: so only a close quote
(one that answers closely, `sides.CLOSE`) denying a predicate word the best quote does not hold in any form ("racist"
holds "racism") takes the opening, and only from a best quote that denies nothing asked. Pure; no score moves.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.select import Quote
from app.attribution.contradict import negates_ahead
from app.text.terms import stem

# "Is …", "Did …", "Could …": a yes/no question asks whether a claim holds (a wh-question asks for an account)
YES_NO = re.compile(r"^\W*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b", re.IGNORECASE)
FORM_PREFIX = 5  # letters two words' stems share to be forms of one word ("racist" / "racism")


def denies(text: str, stems: frozenset[str]) -> bool:
    """`text` denies one of `stems`: a negation whose clause goes on to it within a few words."""
    return any(negates_ahead(text, s) for s in stems)


def lacks(text: str, stems: frozenset[str]) -> frozenset[str]:
    """The stems `text` holds in no form: no word of it whose stem shares their first FORM_PREFIX letters."""
    held = {stem(w)[:FORM_PREFIX] for w in re.findall(r"[a-z]+", text.casefold())}
    return frozenset(s for s in stems if s[:FORM_PREFIX] not in held)


def denied_first(ask: Asked, question: str, ranked: Sequence[Quote], close: Sequence[int]) -> int:
    """The position of the quote a plain answer to a yes/no question (`YES_NO`) opens with: 0, unless the
    best quote denies none of the question's predicate words (its lower-case ones, `Asked.predicate`) and the first
    close one naming a word the best quote lacks denies it (a sentence that names it without a denial the scope
    check reads, "neither the department nor the office … is investigating", keeps the opening where it was)."""
    if not ranked or not ask.predicate or YES_NO.match(question) is None or denies(ranked[0].text, ask.predicate):
        return 0
    missing = lacks(ranked[0].text, ask.predicate)
    naming = next((j for j in close if j < len(ranked) and missing and lacks(ranked[j].text, missing) != missing), 0)
    return naming if naming and denies(ranked[naming].text, missing) else 0
