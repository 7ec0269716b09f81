"""A sum told for several listed things is no sum of one of them (pure, no model).

"How much did the couple spend on their family trip to Spain?" asks the sum of one trip; a sentence that gives one
sum for "family trips to Portugal and Spain, school tuition and dental work" names the place asked, but only as one
item of a list its sum covers: the share of the trip asked is not told. The thing's place or name is read after the
money verb's object ("trip to Spain", "the ad in Ohio"); a list is two or more capitalised names joined by commas and
a final "and" / "or" (`listed`), one of them not a word of the question.
"""

from __future__ import annotations

import re

from app.answer.asked_thing import MONEY_VERB
from app.answer.listed import lists_names, lists_with

# "spend on their family trip to Spain", "pay for the ad in Ohio": a capitalised name placing the thing asked
_PLACED = re.compile(rf"\b(?i:how\s+much)\b.*?\b{MONEY_VERB}\s+(?:in|on|for)\s+[^?,;]*?\b(?:to|in|at)\s+"
                     r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")


def joint_sum(question: str, text: str) -> bool:
    """The question asks the sum of a thing placed by a name, and `text` names that name only in a list of names
    the question does not give: its sum is of all of them."""
    m = _PLACED.search(question)
    return m is not None and lists_with(text, m.group("name")) and lists_names(question, text)
