""""How long …": which questions ask for a span of time, and which sentences give one (pure regexes, no model).

Two readings of each, on purpose:
- whether an answer holds what was asked (`answered`, `measure.measured`): any "How long did / has / will … <verb>"
  asks a span (`DURATION_ASKED`), and only a duration answers it, counted or in words ("two and a half hours",
  "several minutes", "lasted hours", "months of negotiations"), not a span that places an event in time ("two
  days after", "a year ago": `DURATION`, `duration_given`);
- which quote opens a plain answer (`opening.duration_first`): "How long ago / did …" (`SPAN_ASKED`; not "How long
  has … been running", whose start a year after "since" does not tell apart from another act's), and a span, an
  "ago" or the year from which something has gone on serves (`SPAN`, `asks_duration`, `gives_duration`).
"How long is the indictment …" asks for a length, and neither reads it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.text.lengths import DURATION

# "How long did the investigation last?": a span of time answers ("two-year"), not "48-page"; "How long is" a length
DURATION_ASKED = re.compile(r"(?:^|[,;:]\s*)\W*how\s+long\s+(?:did|does|do|has|have|had|will|would|can|could)\b",
                            re.I)


def duration_given(question: str, texts: Sequence[str]) -> bool:
    """A "How long did / has … <verb>" question is answered only by a quote that gives a duration."""
    return not DURATION_ASKED.search(question) or any(DURATION.search(t) for t in texts)


# "How long ago did …", "How long did the argument last": a span of time, not a length ("How long is the indictment …");
# not "How long has … been running": what goes on is dated by its start, which a year after "since" does not tell
# apart from another act's ("briefed 13 times on the programs since 2009")
SPAN_ASKED = re.compile(r"^\W*how\s+long\s+(?:ago|did|will|would|does|do)\b", re.I)
_SPAN_WORDS = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few|half\s+an?)"
# "a decade ago", "the 10-year-old lawsuit", "an hour-long argument", "monthslong", "for 45 minutes", "launched in
# 2007", "since 2009": how long something lasted, or when what goes on began
SPAN = re.compile(rf"\b{_SPAN_WORDS}[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b|"
                  r"\b(?:second|minute|hour|day|week|month|year|decade)s?\s*-?long\b|\bago\b|"
                  r"\b(?:since|in)\s+(?:19|20)\d\d\b|\bdecades?\b", re.I)


def asks_duration(question: str) -> bool:
    """The question asks how long something lasted or has gone on."""
    return SPAN_ASKED.match(question) is not None


def gives_duration(text: str) -> bool:
    """`text` gives a span of time, or the year or time ago from which something has gone on."""
    return SPAN.search(text) is not None
