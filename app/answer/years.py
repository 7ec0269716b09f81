"""Different years for the event a "when" question asks about: "The congressman's lawyers said in 2017 that Hunter
and his wife repaid the campaign about $60,000" / "He repaid his campaign more than $60,000 earlier this year"
(a report of 2018). The weekday rule (`agree.days_of_asked_event`) at the grain of a year: each quote gives one
year near a word of the asked event's verb, named ("in 2017") or relative to its report's date ("earlier this
year", "last summer"), and the two differ. Pure functions over two quotes and the question."""

from __future__ import annotations

import re

from app.answer.asked import asks_date
from app.answer.dates import YEAR
from app.answer.outcome import events, same_event
from app.answer.select import Quote

# "this year", "earlier this year", "last summer": a year relative to the report's date
_RELATIVE = re.compile(r"\b(?P<which>this|last)\s+(?:year|spring|summer|fall|autumn|winter)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w’'$,.-]+")
EVENT_WORDS = 8  # a year tells when the event happened only this many words from a word of its verb


def conflicting_years(question: str, a: Quote, b: Quote) -> bool:
    """A "when" question's event is given two different years by the quotes."""
    verbs = events(question) if asks_date(question) else []
    if not verbs:
        return False
    ya, yb = (event_year(q.text, verbs, q.hit.chunk.meta.get("date")) for q in (a, b))
    return ya is not None and yb is not None and ya != yb


def event_year(text: str, verbs: list[str], published: str | None) -> str | None:
    """The year `text` gives nearest to a word of one of the event's `verbs` (within EVENT_WORDS), or None."""
    words = [(m.start(), m.group(0).strip(",.").casefold()) for m in _WORD.finditer(text)]
    at = [i for i, (_, w) in enumerate(words) if any(same_event(v, w) for v in verbs)]
    found = []
    for m in YEAR.finditer(text):
        found.append((_index(words, m.start()), m.group(0)))
    for m in _RELATIVE.finditer(text):
        if published and re.match(r"\d{4}", published):
            year = int(published[:4]) - (m.group("which").casefold() == "last")
            found.append((_index(words, m.start()), str(year)))
    near = [(min(abs(i - j) for j in at), year) for i, year in found if at]
    near = [(d, year) for d, year in near if d <= EVENT_WORDS]
    return min(near)[1] if near else None


def _index(words: list[tuple[int, str]], start: int) -> int:
    """The position of the word at or after character `start`."""
    return next((i for i, (s, _) in enumerate(words) if s >= start), len(words))
