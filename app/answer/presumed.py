"""Questions that take an event for granted, checked against every article the answer could quote.

"Why did the Supreme Court reject the lawsuit?" presumes a rejection. Near the corpus's topics the
passages are about the story, so relevance alone answers such a question with its quotes. The check
abstains only on strong evidence: no article of a candidate quote (the whole article as ingest stored
its terms, not only the retrieved passage) holds the presumed verb in any form (its stem, an
irregular past or a verb of its family, `verb_forms`), not even as a prospect. A reworded event
("filed a lawsuit" for "sue") may still answer a why-question, so the caller skips the check when a
close quote states the question in other words. Pure functions, no model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked_events import LIGHT, events, supported
from app.answer.named import articles_terms
from app.answer.select import Quote
from app.answer.verb_forms import IRREGULAR, family
from app.text.terms import stem

_WHY = re.compile(r"^\W*why\s+did\s+", re.I)


def presumed_events(question: str) -> list[str]:
    """The verbs a "Why did X <verb> …" question takes for granted, read as "Did X <verb> …" is."""
    if (m := _WHY.match(question)) is None:
        return []
    asked = "Did " + question[m.end():]
    return [v for v in events(asked) if v not in LIGHT and supported(asked).get(v) not in LIGHT]


def unreported_presumed(question: str, candidates: Sequence[Quote]) -> list[str]:
    """The presumed events (`presumed_events`) that no article of a candidate quote names at all."""
    verbs = presumed_events(question)
    if not verbs:
        return []
    held = articles_terms(candidates)
    support = supported("Did " + _WHY.sub("", question, count=1))  # a support verb's noun, or the verb itself
    return [v for v in verbs if not any(map(held, forms(v) | forms(support.get(v, v))))]


def forms(verb: str) -> frozenset[str]:
    """The stems of the verb's forms ("sue": sue, sued, suing), its irregular past and its family (not its
    opposite: "approved" is no rejection)."""
    base = verb[:-1] if verb.endswith("e") else verb
    return frozenset({stem(w) for w in (verb, base + "ed", base + "ing", verb + "s", IRREGULAR.get(verb, verb))}
                     | family(verb, opposites=False))
