"""Does the answer to a "Who …?" question name anyone the question does not?

A who-question asks for a person or a body. Near the topic, relevance answers it with a sentence about the thing asked
("Tea Party organizers … disavowing racially charged signs that appear in their protest crowds" for "Who carried the
racially charged signs …?"): every name in it is one the question already gives, so it names no one new who could be
the answer. A shown quote answers in kind when its text holds a capitalised name (a person, a body, a place standing
for its people: "attorneys general in Nebraska") whose words the question does not hold, or when its speaker chain
holds one (the speaker of the words a "Who said …" question quotes is the answer). A date ("Tuesday", "June") names no
one. Pure functions over the question and the picked quotes' words and chains.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.dates import DATE
from app.answer.quote import Quote
from app.text.terms import per_text, term_set

_WHO = re.compile(r"^\W*who\b", re.I)
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.&-]*")


@per_text(maxsize=1 << 8)
def _asked_terms(question: str) -> frozenset[str]:
    return term_set(question) if _WHO.match(question) else frozenset()


def _new_name(text: str, asked: frozenset[str]) -> bool:
    """`text` holds a capitalised word, not a date, whose search terms the question does not hold."""
    for m in _CAPITALISED.finditer(text):
        word = m.group()
        found = term_set(word)
        if found and not found <= asked and not DATE.fullmatch(word.rstrip(".")):
            return True
    return False


def nobody_named(question: str, shown: Sequence[Quote]) -> bool:
    """A "Who …?" question whose shown quotes name no one it does not already name, in their words or their
    speaker chains (module docstring); False for any other question or no quotes."""
    asked = _asked_terms(question)
    if not asked or not shown:
        return False
    return not any(_new_name(q.text, asked) or any(_new_name(link.name, asked) for link in q.links) for q in shown)
