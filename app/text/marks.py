"""What a sentence may answer, whatever the question: it names a date (`DATE`: a "when" question's bonus), or it may
count something (a figure, a share in words, a tally, an age: a "how many" question's bonus). Worked out once per
sentence at ingest (`marks`) and stored, so a question bounds a sentence's score without its text
(`app.answer.select.spans_reach`): a sentence with no mark cannot earn that bonus.
"""

from __future__ import annotations

import re

from app.text.lengths import tells_length

# 2: a sentence that tells a length of time in words ("for several minutes", `lengths.tells_length`) may count
MARKS_VERSION = 2  # bump when `marks` (or the patterns below) change what they give: stored marks of another are unused
DATED, COUNTS = 1, 2  # the bits of a sentence's mark

# Month and day names capitalised: "may" the verb is no date.
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
MONTH_SHORT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
DATE = re.compile(rf"\b(?:{WEEKDAY}|{MONTH}|{MONTH_SHORT}\s*\d|[Yy]esterday|(?:19|20)\d\d)\b")

TALLY = re.compile(r"(?<![\d,.-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d-]|[.,]\d)")
# A tally written with "to", read as one only beside a word of voting or deciding ("voted 388 to 201", "by a vote of
# 7 to 2", "a 5 to 4 ruling"): elsewhere "N to M" is a range ("from 10 to 20 percent")
VOTE_TALLY = re.compile(r"\b(?:vot(?:e|es|ed|ing)|passed|approved|rejected|ruled|margin)\s+(?:[a-z]+\s+){0,2}?"
                        r"\d{1,3}\s+to\s+\d{1,3}\b|\b\d{1,3}\s+to\s+\d{1,3}\s+(?:vote|margin|decision|ruling)\b", re.I)
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
# "nearly one in seven reports", "two out of three": a share written in words answers "what share"
RATIO = re.compile(rf"\b{_NUMBER_WORD}\s+(?:in|out\s+of)\s+(?:every\s+)?{_NUMBER_WORD}\b", re.I)
# An age: "Mr. Hunter, 41, becomes", "a 10-year-old lawsuit", "decade-old", "70 years old", "aged 70",
# "at age 70", "born in 1976"
AGE = re.compile(r"\b\w+[\s-]years?[\s-]old\b|\b\w+-old\b|\b(?:aged?|at\s+age)\s+\d{1,3}\b|"
                 r"(?-i:[A-Z][\w.'’-]*),\s+\d{1,3},|\bborn\b[^.]{0,40}?\b(?:1[89]|20)\d\d\b", re.I)


def names_date(text: str) -> bool:
    """The text names a date: a weekday, a month, a year, "yesterday" ("published Sunday")."""
    return DATE.search(text) is not None


def may_count(text: str, has_figures: bool) -> bool:
    """The text may answer a "how many / how much / how old" question (`answer.signals.figure_answers` can hold for
    it): it has figures (`has_figures`: `attribution.figures.figures(text)` is not empty), an age, a share in words,
    a tally or a length of time ("for several minutes": "How long did …", `lengths.tells_length`)."""
    return has_figures or any(p.search(text) is not None for p in (AGE, RATIO, TALLY)) or tells_length(text)


def mark(text: str, has_figures: bool) -> int:
    """The sentence's mark: DATED when it names a date, COUNTS when it may count (`may_count`)."""
    return DATED * names_date(text) | COUNTS * may_count(text, has_figures)
