"""Does a quote tell the asked event against another target?

"Did Safari Club International announce a lawsuit against Trump's suspension of the trophy decision?" asks whether
one suit happened, by what it is against (a yes/no question's own event: its verb, or the noun a support or
announcing verb takes; not "urge lawmakers to vote against", "join the lawsuit against"). News writing names a
suit's target as the verb's object or after "against": "a trophy-hunting organization that sued the Obama
administration in 2014", "a lawsuit against the Interior Department".
An answering sentence that tells the event against a target holding none of the asked target's names tells of
another suit (an earlier one, against someone else), not the one asked (`told_against_others`); a sentence that
names no target is not read.
Pure functions over the question and the answering quotes' text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from app.answer.asked_events import carrier, yes_no_matches
from app.answer.other_doers import EVENT_NOUNS, asked_event
from app.text.terms import per_text, terms

# "… a lawsuit against Trump's suspension of the trophy decision?": the event's word and what it is against
_ASKED = re.compile(r"\b(?P<event>[a-z]+)\s+against\s+(?P<target>[^?]+?)\s*\?\s*$")
_NAME = re.compile(r"\b[A-Z][\w.-]*")
# a target's words: up to five, ended by a preposition, a clause word or punctuation
_TARGET = (r"(?P<target>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)"
           r"(?=\s+(?:in|on|at|over|for|to|from|after|before|when|and|that|which|who)\b|\s*[,.;:]|$)")


@per_text(maxsize=1 << 8)
def asked_target(question: str) -> tuple[str, frozenset[str]] | None:
    """The event base (`other_doers.EVENT_NOUNS`) a question asks against a target, and the target's names
    ("lawsuit against Trump's suspension": sue, {trump}); None when it asks none or names none."""
    m = _ASKED.search(question)
    base = asked_event(m.group("event")) if m else None
    if base is None or not any(asked_event(carrier(question, y) or "x") == base for y in yes_no_matches(question)):
        return None  # only the event a yes/no question asks happened: not "urge … to vote against", "join the suit"
    names = frozenset(w for n in _NAME.findall(m.group("target")) for w in terms(n))
    return (base, names) if names else None


@lru_cache(maxsize=len(EVENT_NOUNS))
def _patterns(base: str) -> tuple[re.Pattern, ...]:
    nouns = "|".join(EVENT_NOUNS[base])
    stem = base[:-1] if base.endswith("e") else base
    verbs = "|".join(sorted({stem + "ed", base + "s", stem + "ing"}))
    return (re.compile(rf"\b(?:{verbs})\s+(?!(?:in|on|at|over|for|to|from|after|by|that)\b){_TARGET}"),
            re.compile(rf"\b(?i:{nouns})\s+against\s+{_TARGET}"))


def targets(base: str, text: str) -> list[str]:
    """The targets `text` gives the event of `base` (its verb's object, or what its noun is against)."""
    return [m.group("target") for rx in _patterns(base) for m in rx.finditer(text)]


def told_against_others(question: str, texts: Sequence[str]) -> bool:
    """The answering quotes give the asked event targets, and none of them holds a name of the asked target."""
    asked = asked_target(question)
    if asked is None:
        return False
    base, names = asked
    told = [t for text in texts for t in targets(base, text)]
    return bool(told) and not any(names & frozenset(terms(t)) for t in told)
