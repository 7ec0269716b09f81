"""The event of a when-question whose subject is a long noun phrase.

"When will the Wal-Mart sex discrimination case go to trial?": the event parses (`asked_events`) read a named subject
or one determiner and one noun before the verb, so a subject of several lower-case words leaves the question with no
event, and any quote about the case answers it. News questions put the subject after "when" and its auxiliary,
open it with a determiner, and end it at the verb, which meets a preposition, a determiner or the question mark
("case | go to trial", "the board | meet on …"). A light or motion verb hands the event to the noun it takes
("go to trial": trial; "give her interview": interview), as a support verb does.
Pure functions over the question.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.answer.asked_events import LIGHT, support_object
from app.text.terms import STOPWORDS, per_text, stem

_SCHEDULE = r"(?:expected|scheduled|due|set|likely|slated)\s+to\s+"
_FUNCTION = r"in|on|at|to|for|from|with|into|before|after|the|a|an|his|her|their|its"
_WHEN_LONG = re.compile(r"^\W*when\s+(?P<aux>will|would|did|does|do|is|was|are|were)\s+"
                        # "When is the Senate expected to vote …": a schedule cue ends the subject, the verb follows
                        rf"(?P<subj>(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){{1,5}}?(?={_SCHEDULE})|"
                        r"(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){2,5}?)" rf"(?:{_SCHEDULE})?"
                        rf"(?P<verb>[a-z]+)(?=\s+(?:{_FUNCTION})\b|\s*\?)", re.I)
_MOTION = frozenset("go come head move".split())  # "go to trial", "come to a vote": the noun is the event


class WhenEvent(NamedTuple):
    event: str  # the verb, or the noun a light or motion verb hands the event to
    subject: frozenset[str]  # the subject's stems, stop words aside
    present: bool  # asked of now or later ("will", "does"): a prospect answers it


@per_text(maxsize=1 << 8)
def long_when(question: str) -> WhenEvent | None:
    """The event of a "When <aux> <determiner> <three or more words> <verb> …" question (module docstring)."""
    m = _WHEN_LONG.match(question)
    if m is None:
        return None
    verb = m.group("verb").casefold()
    event = support_object(question[m.end("verb"):]) if verb in LIGHT | _MOTION else verb
    if not event or event in STOPWORDS:
        return None
    subject = frozenset(stem(w.casefold()) for w in re.findall(r"[\w'’-]+", m.group("subj"))
                        if w.casefold() not in STOPWORDS)
    return WhenEvent(event, subject, m.group("aux").casefold() not in ("did", "was", "were"))
