"""Dates in text. `DATE`: a weekday, a month (with or without a day), a year, "yesterday";
`TIME`: a date or a time relative to the report ("last summer", "next week", "two days ago"), which
answers "when" as well. And the years and months a question names ("in November 2010", "in 2018"),
against the sources' dates: a question about a time after every source's date asks what no article
could report."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.text.marks import DATE, WEEKDAY, names_date  # noqa: F401  (DATE, names_date: re-exported)
from app.text.marks import MONTH as _MONTH
from app.text.marks import MONTH_SHORT as _MONTH_SHORT

TIME = re.compile(DATE.pattern
                  + r"|(?i:\b(?:today|tomorrow|tonight|soon|ago|later)\b|\b(?:next|this|last|coming|earlier\s+this)\s+"
                  r"(?:week|month|year|spring|summer|fall|autumn|winter|session|term)\b)")
# a day told by another event on it: "The release comes on the same day the State Department released …", "On that
# same day, Obama had lunch with Clinton", "the next day" ("at the same time" is also "meanwhile": not read)
SAME_DAY = re.compile(r"\b(?:the|that)\s+same\s+(?:day|week|month|morning|afternoon|evening|night)\b|"
                    r"\bthe\s+(?:next|following|previous)\s+(?:day|week|month|morning|evening|night)\b", re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year on its own ("in 2014"), the figure rules' years too
_MONTHS = tuple(m.casefold() for m in _MONTH.split("|"))
YEAR_ASKED = re.compile(rf"\b(?:(?P<month>{'|'.join(_MONTHS)})\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def years(text: str) -> set[str]:
    """The years the text names ("for 2015" → {"2015"})."""
    return set(YEAR.findall(text))


# "from 2007 to 2014", "from 2007 through 2014": a span of years asked
_SPAN_ASKED = re.compile(r"\bfrom\s+((?:19|20)\d\d)\s+(?:to|through|thru|until)\s+((?:19|20)\d\d)\b", re.I)


def years_named(question: str, text: str) -> bool:
    """The text names every year the question names; a span asked ("from 2007 to 2014") is named from its start on
    too ("paid $13.6 million in state taxes since 2007": from then up to the report)."""
    asked = years(question)
    if all(y in text for y in asked):
        return True
    m = _SPAN_ASKED.search(question)
    return m is not None and asked == {m.group(1), m.group(2)} and \
        re.search(rf"\bsince\s+{m.group(1)}\b", text) is not None


def names_time(text: str) -> bool:
    """The text names a date or a time relative to the report ("last summer"): it can answer "when"."""
    return TIME.search(text) is not None


def asks_after(question: str, dates: Sequence[str | None]) -> bool:
    """The question asks about a time after every source's date ("in November 2010", "in 2018"):
    no article can report it. Dates are ISO (YYYY-MM-DD); undated sources never rule a question out."""
    known = [d[:7] for d in dates if d and re.match(r"\d{4}-\d\d", d)]
    if not known or len(known) < len(dates):
        return False
    latest = max(known)
    for m in YEAR_ASKED.finditer(question):
        month = _MONTHS.index(m.group("month").casefold()) + 1 if m.group("month") else None
        asked = f"{m.group('year')}-{month:02d}" if month else m.group("year")
        if (asked > latest if month else asked > latest[:4]):
            return True
    return False


# A date as precise as "on what day" asks: a weekday, a month with its day, or a day relative to the report
DAY = re.compile(rf"\b(?:{WEEKDAY}|(?:{_MONTH}|{_MONTH_SHORT})\s+\d{{1,2}}\b|[Yy]esterday|[Tt]oday|[Tt]omorrow|"
                 r"[Tt]onight)\b")
_DAY_ASKED = re.compile(r"\b(?:what|which)\s+(?:day|date)\b", re.I)
_YEAR_ASKED = re.compile(r"\b(?:what|which)\s+year\b", re.I)


def gives_time(question: str, text: str) -> bool:
    """`text` names a time as precise as the question asks: a day for "on what day / date" (a year
    alone does not answer it), a year for "in what year", any date or relative time for "when" (the day of another
    event too: "on the same day the State Department released …", `SAME_DAY`)."""
    if _DAY_ASKED.search(question):
        return DAY.search(text) is not None
    if _YEAR_ASKED.search(question):
        return YEAR.search(text) is not None
    return names_time(text) or SAME_DAY.search(text) is not None

