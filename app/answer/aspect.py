"""The phase of an act a question asks about: "When does the hospital stop delivering babies?" asks when the
delivering stops, not when babies were delivered. An aspectual verb (start, begin, stop, end, resume, finish, …) before
the act's gerund or infinitive names the phase; a quote naming the act without that phase ("the unit delivered 290
babies in 2024") tells of the activity, not of its start or end, and gives another time than the one asked.

`phase_asked(question)`: the stem of the aspectual verb governing a gerund or "to" infinitive in the question (None:
none). `drops_phase(phase, best, other)`: the best quote names the phase and `other` does not, so `other` is no better
answer than the best one (`opening.act_first`). Pure functions of the texts; the aspectual verbs are a closed class.
"""

from __future__ import annotations

import re


# Aspectual verbs in every form, by their base: they name the start, end or going on of the act after them
_BASES = {"start": "start starts started starting", "begin": "begin begins began begun beginning",
          "stop": "stop stops stopped stopping", "end": "end ends ended ending",
          "resume": "resume resumes resumed resuming", "finish": "finish finishes finished finishing",
          "cease": "cease ceases ceased ceasing", "quit": "quit quits quitting", "halt": "halt halts halted halting",
          "continue": "continue continues continued continuing", "keep": "keep keeps kept keeping"}
_BASE_OF = {form: base for base, forms in _BASES.items() for form in forms.split()}
_FORM = "|".join(sorted(_BASE_OF, key=len, reverse=True))
# the aspectual verb, then an -ing word or "to" and a verb: "stop delivering", "begin to sell"
_PHASE = re.compile(rf"\b(?P<verb>{_FORM})\s+(?:[a-z]+ing\b|to\s+[a-z]+\b)", re.I)
_ANY = re.compile(rf"\b(?:{_FORM})\b", re.I)


def phase_asked(question: str) -> str | None:
    """The aspectual verb (its base) the question asks the act's phase by ("stop" in "When does the hospital stop
    delivering babies?"); None when it names none."""
    m = _PHASE.search(question)
    return _BASE_OF[m.group("verb").casefold()] if m is not None else None


def names_phase(phase: str, text: str) -> bool:
    """`text` holds a form of the aspectual verb `phase` (a base)."""
    return any(_BASE_OF[w.casefold()] == phase for w in _ANY.findall(text))


def drops_phase(phase: str | None, best: str, other: str) -> bool:
    """The best quote names the phase asked and `other` does not: `other` tells of the act, not of the phase asked."""
    return phase is not None and names_phase(phase, best) and not names_phase(phase, other)
