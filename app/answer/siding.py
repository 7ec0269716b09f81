"""Whose side a rebuttal takes: one that names another quote's speaker as one it agrees with ("MPP agrees with
Suthers' opinion that the suit is “without merit”", "Zinke echoed Trump's comment", "Elliott echoed Tvert's
sentiments") rejects what both reject, so it is not aimed at that speaker's words (`agree.rebuttal_elsewhere`)."""

from __future__ import annotations

import re

from app.answer.select import Quote
from app.text.terms import term_set

# "agrees with Suthers' opinion", "echoed Tvert's sentiments", "sided with Wal-Mart": r takes the named one's side
_SIDING = re.compile(r"\b(?:agree[sd]?|agreeing|echo(?:es|ed|ing)?|sid(?:es|ed|ing)|lin(?:es|ed|ing) up)\s+(?:with\s+)?"
                     r"(?:the\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")


def sides_with(r: Quote, target: Quote) -> bool:
    """r names target's speaker only as one it agrees with ("MPP agrees with Suthers' opinion that the suit is
    “without merit”" for Suthers' own words): it rejects what both reject, not what target says."""
    surname = target.source[1].split()[-1:]
    return bool(surname) and any(term_set(surname[0]) <= term_set(m.group("name").replace("’", "'"))
                                 for m in _SIDING.finditer(r.text))
