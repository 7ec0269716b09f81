"""The day a quote gives an event, read against its article's own date (issue 14 point 1: outlets that date the
same event differently disagree). A weekday in news copy is the last such day on or before the article's date
("published Saturday" in an article of Wednesday 2016-07-13 is 2016-07-09); a month and day ("Jan. 5", "January 5")
falls in the article's year (the year before when it would lie more than a month ahead). Two quotes give
conflicting days when each gives one day, the days differ, and each article could have reported the other's day (it
is not later than either article's date): an article written before the other's day tells another occurrence (a
statement "late Thursday" in Friday's paper, another "Saturday statement" in Saturday's). A weekday against a date
is compared only when the weekday's article has a date to resolve it; without dates, two weekdays are compared by
name and two dates by month and day. A span ("this week", "from Monday to Wednesday") gives no one day.
Pure functions over the text and the article's ISO date (stored with every chunk at ingest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from app.answer.dates import WEEKDAY
from app.answer.opening import YES_NO
from app.answer.outcome import same_event
from app.text.terms import per_text
from app.text.function_words import WEEKDAYS

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# Month names capitalised ("may" the verb is no date); "Sept. 11" is a name, not a day, only when it names a law or
# an attack: too rare here to special-case
_DAY = re.compile(rf"\b(?:(?P<weekday>{WEEKDAY})\b|"
                  r"(?P<month>Jan(?:uary|\.)|Feb(?:ruary|\.)|March|April|May|June|July|Aug(?:ust|\.)|"
                  r"Sept?(?:ember|\.)|Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.))\s+(?P<day>\d{1,2})\b"
                  r"(?!,?\s*\d{4}))")  # a date with its year ("Oct. 19, 2011") tells history, not the news's day
# Between two days, a span's joint: no one day ("from Monday to Wednesday", "Monday through Friday", "between Jan. 5
# and Jan. 9", "Jan. 5-9" is one match and no day of its own)
_JOINT = re.compile(r"\s*(?:to|through|until|thru|and|-|–)\s*$", re.I)
_OPENS = re.compile(r"\b(?:from|between)\s*$", re.I)
# An event still to come: its weekday is the next such day ("due to be arraigned … on Thursday", "will vote Friday")
_AHEAD = re.compile(r"\b(?:will|won't|due to|scheduled|expected to|plans? to|is to|are to|set to|next)\b", re.I)
# A yes/no question that names the day it asks about: "Was the interview published on Saturday?"
_ON_DAY = re.compile(r"\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                     r"Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b")


@dataclass(frozen=True)
class Day:
    """One day a text gives: its words ("Saturday", "Jan. 5"), and the day resolved against the article's date."""

    words: str
    weekday: str = ""  # "saturday" for a weekday
    month_day: tuple[int, int] | None = None  # (1, 5) for "Jan. 5"
    on: date | None = None  # the calendar day, when the article's date resolves it


def asks_dated(question: str) -> bool:
    """A yes/no question that names the day of the event it asks about ("Did the House pass H.R. 1 on Friday?")."""
    return YES_NO.search(question) is not None and _ON_DAY.search(question) is not None


@per_text(maxsize=1 << 10)
def days(text: str, published: str | None = None) -> tuple[Day, ...]:
    """The days `text` gives, each once (a weekday and a date that fall on one day count once); not a span's ends."""
    base, ahead = _iso(published), _AHEAD.search(text) is not None
    found = list(_DAY.finditer(text))
    spans = {k for k in range(1, len(found)) if _JOINT.match(text[found[k - 1].end():found[k].start()])
             and (_OPENS.search(text[:found[k - 1].start()]) or "and" not in text[found[k - 1].end():found[k].start()])}
    out: list[Day] = []
    for k, m in enumerate(found):
        if k in spans or k + 1 in spans:
            continue
        day = _weekday(m.group("weekday"), base, ahead) if m.group("weekday") else _month_day(m, base)
        if not any(_same(day, d) for d in out):
            out.append(day)
    return tuple(out)


def one_day(text: str, published: str | None = None) -> Day | None:
    """The one day `text` gives, or None (none, several, or a span)."""
    found = days(text, published)
    return found[0] if len(found) == 1 else None


def conflicting(a: str, a_published: str | None, b: str, b_published: str | None) -> bool:
    """Each text gives one day, the two differ, and each article could have told the other's day."""
    da, db = one_day(a, a_published), one_day(b, b_published)
    if da is None or db is None:
        return False
    if da.on and db.on and (da.on > _iso(a_published) or db.on > _iso(b_published)):  # both ahead: the days
        return da.on != db.on
    if da.on and db.on:
        latest = min(d for d in (_iso(a_published), _iso(b_published)) if d)
        return da.on != db.on and max(da.on, db.on) <= latest
    if da.weekday and db.weekday:
        return da.weekday != db.weekday
    if da.month_day and db.month_day:
        return da.month_day != db.month_day
    return False  # a weekday against a date with no article date to resolve it: unknown


_WORD = re.compile(r"[A-Za-z’']+")
_VERBISH = re.compile(r"\w+(?:ed|ing)$")


def dates_act(text: str, acts: tuple[str, ...], published: str | None = None) -> bool:
    """The one day `text` gives is the day of one of the `acts`: of the words that may be verbs (a form of an act,
    an -ed or -ing form), the nearest to the day is a form of an act ("published Saturday", "indicted … on Tuesday";
    not "a letter sent … on Aug. 6 asking him to postpone the indictment": "asking" is nearer)."""
    day = one_day(text, published)
    at = text.find(day.words) if day else -1
    if at < 0 or not acts:
        return False
    verbs = [(min(abs(m.start() - at), abs(m.end() - at - len(day.words))), m.group(0).casefold())
             for m in _WORD.finditer(text) if _VERBISH.match(m.group(0).casefold())
             or any(same_event(a.casefold(), m.group(0).casefold()) for a in acts)]
    near = min(verbs, default=None)
    return near is not None and any(same_event(a.casefold(), near[1]) for a in acts)


def _same(a: Day, b: Day) -> bool:
    return (a.on is not None and a.on == b.on) or (a.weekday != "" and a.weekday == b.weekday) \
        or (a.month_day is not None and a.month_day == b.month_day)


def _weekday(word: str, base: date | None, ahead: bool) -> Day:
    name = word.casefold()
    back = (base.weekday() - WEEKDAYS.index(name)) % 7 if base else 0
    on = (base + timedelta(days=(7 - back) % 7) if ahead else base - timedelta(days=back)) if base else None
    return Day(word, weekday=name, on=on)


def _month_day(m: re.Match[str], base: date | None) -> Day:
    month, day = _MONTHS.index(m.group("month")[:3].casefold()) + 1, int(m.group("day"))
    on = None
    if base and 1 <= day <= 31:
        try:
            on = date(base.year, month, day)
            if on > base + timedelta(days=31):
                on = date(base.year - 1, month, day)
        except ValueError:
            on = None
    return Day(m.group(0), month_day=(month, day), on=on)


def _iso(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
