"""Years that tell when an act happened, not the period an object covers (issue 14 point 1). In news copy a year
often names what a thing covers: "tax returns dating back to 1977", "income from 2007 to 2014", "between 2009 and
2016", "the effective tax rate for 2014", "the first 2016 candidate", "the fiscal 2019 budget". Such a year is no
date of the act a "when" question asks about ("When did Clinton release her tax returns?" is not answered "2014" by
"… from 2007 to 2014, according to tax returns released Friday"). A year may date an act when it is none of:
- a span's end: "2007 to 2014", "2007 through 2014", "2007-2014", "between January 2016 and December 2018";
- a period's start or end: "since 2007", "dating back to 1977", "going back to late 1998", "from 1977", "through
  2006", "beginning in 2009";
- a noun's modifier: a year before a lowercase word that is no function word ("the 2016 campaign", "a 2014 ban",
  "Zinke's 2014 and 2016 congressional campaigns"),
  unless a preposition of time stands before it ("in 2017 lawyers said"), or after "fiscal";
- a noun's period: "for 2014" after a noun ("returns for 2014"; not "scheduled for 2019", an act's date).
Pure functions over the text.
"""

from __future__ import annotations

import re

from app.text.terms import STOPWORDS

_Y = r"(?:19|20)\d\d"
_YEAR = re.compile(rf"\b{_Y}\b")
_MONTH = r"(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?|May)"
_WHEN = rf"(?:{_MONTH}\s+|(?:early|late|mid-?)\s*)?"  # "January 2016", "late 1998": a year with its part
_SPAN = re.compile(rf"\b{_Y}\s*(?:(?:to|through|thru|until)\s+{_WHEN}|[-–—]\s*){_Y}\b|"
                   rf"\bbetween\s+{_WHEN}{_Y}\s+and\s+{_WHEN}{_Y}\b", re.I)
# the words before a year that open or close a period: "since 2007", "dating back to 1977", "from 1977"
_PERIOD_END = re.compile(r"\b(?:since|back\s+to|back\s+as\s+far\s+as|as\s+far\s+back\s+as|from|through|thru|"
                         rf"(?:beginning|starting)(?:\s+in)?)\s+{_WHEN}$", re.I)
_FISCAL = re.compile(r"\bfiscal\s+(?:year\s+)?$", re.I)
# a preposition of time before the year: it dates what follows ("in 2017 lawyers said"), no modifier
_TIME_PREPOSITION = re.compile(r"\b(?:in|on|by|during|before|after|until|around|early|late|mid|of)[\s-]+$", re.I)
# the word after a year, past the years listed with it ("Zinke's 2014 and 2016 congressional campaigns")
_NEXT_WORD = re.compile(rf"(?:\s*(?:,|and|or)\s+{_Y}\b)*[\s-]*(?P<word>[a-z][a-z-]*)\b")
# "returns for 2014", "the rate for 2014": a noun's period; "scheduled for 2019", "set for 2020": an act's date
_FOR = re.compile(r"\b(?P<word>[A-Za-z’']+)\s+for\s+$")
_SETS_DATE = frozenset({"set", "due", "planned", "slated", "scheduled", "expected", "timed", "booked", "date"})


def dating_years(text: str) -> list[tuple[int, str]]:
    """The years in `text` that may date an act (start offset, year): not a period covered (see the module)."""
    spans = [m.span() for m in _SPAN.finditer(text)]
    return [(m.start(), m.group(0)) for m in _YEAR.finditer(text)
            if not any(s <= m.start() < e for s, e in spans) and not covered(text, m.start(), m.end())]


def covered(text: str, start: int, end: int) -> bool:
    """The year at text[start:end] names a period an object covers: a period's start or end, a noun's modifier, or a
    noun's period ("for 2014" after a noun)."""
    before = text[max(0, start - 40):start]
    if _PERIOD_END.search(before) or _FISCAL.search(before):
        return True
    nxt = _NEXT_WORD.match(text, end)
    if nxt and nxt.group("word") not in STOPWORDS and not _TIME_PREPOSITION.search(before):
        return True
    after_for = _FOR.search(before)
    return after_for is not None and not _sets_date(after_for.group("word").casefold())


def _sets_date(word: str) -> bool:
    """A word before "for YEAR" that sets a date for an act ("scheduled for 2019"), or a verb's -ed form."""
    return word in _SETS_DATE or word.endswith("ed")
