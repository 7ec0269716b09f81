""""When did X last <verb>?" asks when the time before this one was: a sentence that dates the previous occurrence
answers, not the lead that dates the present one (pure regexes, no model).

News dates the previous occurrence in a few set ways: the present one is the first "since" a date ("the district's
first strike since 1994"), the previous one is "last" or "previous" beside a date ("passed its last inspection in
April", "the previous strike, in 1994"), or something "had not" happened "since" a date. A plain answer opens with
the close quote that does so when the best quote does not (`openers.duration_first`: another "how long ago", a span
back from now). "Has X been punished before?" asks the same of a yes/no question: an earlier occurrence dated by its
year answers ("the plant was cited in 2021 … and paid a $60,000 fine"), or by a span back ("three years ago"); a best
quote saying none was ("could not find any examples", "the first time") answers no and keeps the opening.
"""

from __future__ import annotations

import re

from app.answer.months import MONTHS

# "When did … last strike", "When was … last inspected", "When was the last time …": not "last year / week / night"
_TIME_NOUNS = r"(?:year|month|week|night|day|time|term|season|summer|winter|spring|fall|autumn|decade|century)s?"
ASKED = re.compile(rf"^\W*when\s+(?:did|was|were|has|have|had|is|are)\b.*?\blast\s+(?!{_TIME_NOUNS}\b)[a-z]"
                   r"|^\W*when\s+(?:was|is)\s+the\s+last\s+time\b", re.I)
_DATE = rf"(?:(?:19|20)\d\d|(?:{'|'.join(MONTHS)})\b|the\s+(?:19|20)\d0s)"
# "first strike since 1994", "had not been inspected since 2019", "its last inspection in April", "the previous strike,
# in 1994"
GIVEN = re.compile(rf"\b(?:first|not|never|no)\b[^.;]{{0,60}}?\bsince\s+{_DATE}|\b(?:last|previous|prior)\s+"
                   rf"(?:[\w’'-]+,?\s+){{0,3}}?(?:(?:was|came|took\s+place)\s+)?(?:in|on)\s+{_DATE}")


# "Has the plant been punished before?", "Had it ever been read aloud before?"
EARLIER_ASKED = re.compile(r"^\W*(?:has|have|had|did|was|were)\b.*\b(?:before|previously|in\s+the\s+past)\W*$", re.I)
# an earlier occurrence dated: "in 2021", "three years ago", or a previous one (`GIVEN`)
_EARLIER = re.compile(r"\bin\s+(?:(?:19|20)\d\d|the\s+(?:19|20)\d0s)\b|\b(?:years?|decades?)\s+ago\b", re.I)


def asks_previous(question: str) -> bool:
    """"When did X last <verb>?": the time before this one is asked."""
    return ASKED.search(question) is not None


def asks_earlier(question: str) -> bool:
    """"Has X <verb> before?": whether an earlier occurrence was is asked."""
    return EARLIER_ASKED.search(question) is not None


# "could not find any examples", "never before", "the first time": a quote answering no (or that this is the first)
_NONE_BEFORE = re.compile(r"\b(?:not|never|no|none|first)\b|n[’']t\b", re.I)


def answers_none(text: str) -> bool:
    """`text` says no earlier occurrence was (a negation, or "the first time"): it answers "… before?" too."""
    return _NONE_BEFORE.search(text) is not None


def gives_earlier(text: str) -> bool:
    """`text` dates an occurrence back in time: a year after "in", a span "ago", or a previous one ("since 2023"
    tells how long something has gone on, not when it happened before)."""
    return _EARLIER.search(text) is not None or gives_previous(text)


def gives_previous(text: str) -> bool:
    """`text` dates a previous occurrence: a first "since" a date, or "last / previous" beside one."""
    return GIVEN.search(text) is not None
