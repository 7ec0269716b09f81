"""Years and months a question names ("in November 2010", "in 2018"), against the sources' dates:
a question about a time after every source's date asks what no article could report."""

from __future__ import annotations

import re
from collections.abc import Sequence

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
YEAR_ASKED = re.compile(rf"\b(?:(?P<month>{'|'.join(_MONTHS)})\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


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
