"""When something began, told by the state it began: "has been sold in stores since January" dates the start of
sales as surely as "sales began in January" does. A when-question whose act is a verb of beginning ("When did sales
begin?", "When did the stores open?") opens with the close quote giving a "since <time>", when the best quote neither
names the act nor gives one. Pure functions of the question and the ranking."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.acts import names_act
from app.answer.asked import Asked
from app.answer.openers import first_close
from app.answer.select import Quote
from app.text.marks import MONTH, MONTH_SHORT, WEEKDAY
from app.text.terms import stem

# Verbs of beginning: the act whose time a "since" gives (their stems, so every form of each)
BEGINNING = frozenset(stem(w) for w in "begin began begun start open launch commence".split())
# "since January", "since early 2014", "since March 3", "since Monday": the start of a state that still holds
SINCE = re.compile(rf"\bsince\s+(?:(?:early|late|mid|last|the\s+(?:start|end)\s+of)\s+)?"
                   rf"(?:{MONTH}|{MONTH_SHORT}|{WEEKDAY}|(?:19|20)\d\d\b)")


def asks_start(ask: Asked) -> bool:
    """The question asks when something began: a when-question whose act is a verb of beginning."""
    return ask.date and any(stem(a) in BEGINNING for a in ask.acts)


def start_first(ask: Asked, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "When did X begin …?" opens with: 0, unless the best quote neither
    names the act nor gives a "since <time>" and one within ACT_MARGIN gives one ("… which has been sold in stores
    since January" for "When did recreational marijuana sales begin in Colorado?", not "For months, sheriffs have
    complained …")."""
    if not ranked or not asks_start(ask) or SINCE.search(ranked[0].text) or names_act(ask.acts, ranked[0].text):
        return 0
    return first_close(ranked, lambda q: SINCE.search(q.text) is not None)
