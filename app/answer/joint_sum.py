"""A sum told for several listed things is no sum of one of them (pure, no model).

"How much did the couple spend on their family trip to Spain?" asks the sum of one trip; a sentence that gives one
sum for "family trips to Portugal and Spain, school tuition and dental work" names the place asked, but only as one
item of a list its sum covers: the share of the trip asked is not told. Nor is Florida's share told by a sum placed
"in swing states" ("How much … is being spent in Florida?"). The thing's place is the capitalised name after the money
verb or its object ("spent in Florida", "trip to Spain", "the ad in Ohio"); a list is two or more capitalised names
joined by commas and a final "and" / "or" (`listed`), one of them not a word of the question. Names of places inside
the one asked ("to air in Miami, West Palm Beach and Fort Myers" for Florida) are read as its parts: no gazetteer.
"""

from __future__ import annotations

import re

from app.answer.asked_thing import MONEY_VERB
from app.answer.listed import lists_names, lists_with

# "spend on their family trip to Spain", "pay for the ad in Ohio": a capitalised name placing the thing asked
# "… being spent in Florida"
_PLACED = re.compile(rf"\b(?i:how\s+much)\b.*?\b{MONEY_VERB}\s+(?:(?:in|on|for)\s+[^?,;]*?\b)?(?:to|in|at)\s+"
                     r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")
# "in swing states", "in several countries": a sum placed in a class of places, in the plural
_PLACES = re.compile(r"\b(?:in|across|to)\s+(?:(?:the|several|many|some|all|\w+)\s+){0,2}?(?:states|countries|cities|"
                     r"counties|nations|regions|markets|districts|provinces)\b", re.I)


def joint_sum(question: str, text: str) -> bool:
    """The question asks the sum of a thing placed by a name, and `text` names that name only in a list of names
    the question does not give, or places its sum in a class of places in the plural without the name ("in swing
    states"): its sum is of all of them."""
    m = _PLACED.search(question)
    if m is None:
        return False
    if m.group("name") not in text:
        return _PLACES.search(text) is not None
    return lists_with(text, m.group("name")) and lists_names(question, text)
