"""A length of time told in a sentence, counted or in words ("two and a half hours", "for several minutes", "lasted
hours", "monthslong"), whatever the question: read at ingest (`marks.may_count`: such a sentence may answer "How long
did …") and at ask time (`answer.durations`, `answer.signals.figure_answers`). Pure regexes, no model.

`DURATION` also reads the year or name from which something has gone on ("since 2009"); `tells_length` does not: a
start is no length of a finished act.
"""

from __future__ import annotations

import re

_UNIT = r"(?:second|minute|hour|day|night|week|month|year|decade|centur(?:y|ie))"
# a definite amount ("two", "3", "a"), then the vague ones a length may be told with ("several", "a couple of")
_DEFINITE = r"(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
_AMOUNT = rf"(?:{_DEFINITE}|several|few|many|couple\s+of|half\s+an?|dozens?\s+of)"
# "two days after", "three weeks before the vote", "a year ago", "months later": a span that places an event in
# time, not how long one lasted
_OFFSET = r"(?!\s+(?:after|before|later|earlier|ago|prior|from\s+now)\b)"
# "two and a half hours": a counted unit with a half more
_HALF = r"(?:\s+and\s+a\s+half)?"
# A length told by a bare plural of a unit, which news uses for a vague length: the object of a verb of lasting or
# taking ("lasted hours", "took months", "spent years"), the measure of an activity after it ("hours of debate",
# "weeks of Senate talks"; not after "the": "the days of the week", "the months of June and July" are a set of
# times, not a length), or "a matter of days"
_BARE = (rf"\b(?:last(?:s|ed|ing)?|t(?:ake|akes|ook|aking)|spen(?:d|ds|t|ding))\s+(?:nearly\s+|almost\s+|about\s+|"
         rf"just\s+|only\s+|more\s+than\s+)?{_UNIT}s\b|(?<!\bthe\s)\b{_UNIT}s\s+of\s+\w|\ba\s+matter\s+of\s+{_UNIT}s\b")
DURATION = re.compile(rf"\b{_AMOUNT}{_HALF}[\s-]+(?:more\s+|full\s+|long\s+)?{_UNIT}s?\b{_OFFSET}|"
                      rf"\b(?:for|lasted|lasting|took)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?"
                      rf"{_AMOUNT}[\s-]+{_UNIT}s?\b|\b{_UNIT}s?[\s-]?long\b|\b(?:for|over)\s+"
                      rf"(?:{_UNIT}s\b|the\s+(?:past|last)\s+)|\bsince\s+(?:\d{{4}}|(?-i:[A-Z][a-z]+))\b"
                      rf"|\ball\s+(?:day|night)\b|\bovernight\b|\bdecades\b|{_BARE}", re.I)


def tells_length(text: str) -> bool:
    """`text` tells how long something lasted (`DURATION`), not only the year or name from which it has gone on
    ("repeatedly since 2006", "briefed 13 times … since 2009": the start of another act, no length of this one)."""
    return any(not m.group().casefold().startswith("since") for m in DURATION.finditer(text))


# a length told with a definite amount ("two-year", "3 days", "a decade"), not a vague one ("several minutes",
# "monthslong", "lasted hours", "for decades")
_COUNTED = re.compile(rf"^(?:for\s+|lasted\s+|lasting\s+|took\s+)?(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?"
                      rf"{_DEFINITE}\b", re.I)


# "hour-long", "day-long": one unit, a definite length ("monthslong", "weeks-long" are vague)
_ONE_UNIT_LONG = re.compile(rf"^{_UNIT}[\s-]?long$", re.I)
_AGE_AFTER = re.compile(r"[\s-]old\b", re.I)  # "the 10-year-old lawsuit": an age, not how long something lasted


def counts_length(text: str) -> bool:
    """`text` tells a length with a definite amount (`tells_length`, counted): "after a two-year investigation", "the
    hour-long argument", not only "a monthslong investigation", "for several minutes" or an age ("10-year-old")."""
    return any(not m.group().casefold().startswith("since") and not _AGE_AFTER.match(text, m.end())
               and (_COUNTED.match(m.group()) or _ONE_UNIT_LONG.match(m.group())) for m in DURATION.finditer(text))
